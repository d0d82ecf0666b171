# Two commands matter: `make run` (the whole service on this machine) and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: run test lint system-deps translations clean reliability screenshots

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# Debian's Chromium drives the browser tests; install it when missing and we may.
system-deps:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "install Debian's chromium (sudo apt-get install chromium) for the browser tests"; exit 1; fi; }

# `make run PORT=8080 HOST=0.0.0.0 WORKERS=3`; unset, MODSVC_PORT, MODSVC_HOST and
# MODSVC_WORKERS apply, else 127.0.0.1:8000 with 2 workers.
run: $(BIN)/.installed
	$(BIN)/modsvc up $(if $(HOST),--host $(HOST)) $(if $(PORT),--port $(PORT)) $(if $(WORKERS),--workers $(WORKERS))

lint: $(BIN)/.installed
	$(BIN)/ruff check modsvc classifiers workers tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

# Everything: lint, types, the stories (SQLite, and PostgreSQL when MODSVC_TEST_DATABASE_URL is
# set), browser tests and the reliability suite (faults, fuzzing, a 1,000-comment load).
# Two pytest processes (pytest-xdist), one test file each at a time: the suite is mostly
# waiting on the real service, Redis and browsers, so it runs in about two thirds of the time.
# Each process has its own Redis and PostgreSQL test database (tests/conftest.py).
TEST_PROCESSES ?= 2
test: $(BIN)/.installed system-deps lint
	$(BIN)/pytest -n $(TEST_PROCESSES) --dist loadfile

# Refresh the screenshots in docs/ from the browser stories (`make test` never writes them).
screenshots: $(BIN)/.installed system-deps
	MODSVC_SCREENSHOTS=1 $(BIN)/pytest -m browser

# The reliability stories alone (docs/RELIABILITY.md), figures in var/reliability.json.
# `make reliability COMMENTS=20000` runs the full load the documented figures come from.
COMMENTS ?= 1000
reliability: $(BIN)/.installed system-deps
	mkdir -p var
	MODSVC_RELIABILITY_COMMENTS=$(COMMENTS) MODSVC_RELIABILITY_REPORT=var/reliability.json \
	  $(BIN)/pytest -m reliability

# After changing UI strings: extract, merge into the Indonesian catalogue, translate, compile.
translations: $(BIN)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -o modsvc/translations/messages.pot --no-location --omit-header .
	$(BIN)/pybabel update -i modsvc/translations/messages.pot -d modsvc/translations --no-fuzzy-matching
	$(BIN)/pybabel compile -d modsvc/translations

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
