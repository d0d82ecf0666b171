# Two commands matter: `make run` (the whole service on this machine) and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: run test lint system-deps clean

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

run: $(BIN)/.installed
	$(BIN)/modsvc up

lint: $(BIN)/.installed
	$(BIN)/ruff check modsvc classifiers workers tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

test: $(BIN)/.installed system-deps lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
