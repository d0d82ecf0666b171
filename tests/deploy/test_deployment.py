"""The production files say what the docs say: services, commands that exist, volumes, checks."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from modsvc.cli import build_parser
from modsvc.config import load_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


def _command(service: dict[str, Any]) -> list[str]:
    command = service["command"]
    return shlex.split(command) if isinstance(command, str) else list(command)


def test_compose_runs_web_workers_redis_postgres_and_a_migration(compose: dict[str, Any]) -> None:
    services = compose["services"]

    assert {"web", "worker", "redis", "postgres", "migrate"} <= set(services)
    assert "--appendonly" in _command(services["redis"]), "Redis keeps queued work on disk"
    assert services["web"]["depends_on"]["migrate"]["condition"] == (
        "service_completed_successfully"
    )


def test_every_modsvc_command_in_compose_exists(compose: dict[str, Any]) -> None:
    parser = build_parser()
    for name in ("web", "worker"):
        command = _command(compose["services"][name])
        assert command[0] == "modsvc"
        parser.parse_args(command[1:])
    migrate = " ".join(_command(compose["services"]["migrate"]))
    for used in re.findall(r"modsvc ([a-z]+(?: [a-z]+)?)", migrate):
        parser.parse_args(used.split())


def test_volumes_persist_database_redis_and_models(compose: dict[str, Any]) -> None:
    services = compose["services"]
    declared = set(compose["volumes"])

    def volumes(name: str) -> set[str]:
        return {v.split(":")[0] for v in services[name].get("volumes", [])}

    for name in ("postgres", "redis"):
        assert volumes(name), name
        assert volumes(name) <= declared
    assert volumes("web") == volumes("worker") == volumes("migrate"), "one shared model registry"


def test_health_checks_and_settings(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name in ("web", "redis", "postgres"):
        assert "healthcheck" in services[name], name
    assert "/readyz" in " ".join(services["web"]["healthcheck"]["test"])
    env = compose["x-modsvc-env"]
    for required in ("MODSVC_DATABASE_URL", "MODSVC_REDIS_URL", "MODSVC_SECRET_KEY"):
        assert required in env
    assert env["MODSVC_DATABASE_URL"].startswith("postgresql+psycopg://")


def test_the_settings_in_compose_parse(compose: dict[str, Any], tmp_path: Path) -> None:
    env = {
        k: re.sub(r"\$\{[^}]*\}", "", re.sub(r"\$\{REDIS_PASSWORD[^}]*\}", "redis-pw", str(v)))
        for k, v in compose["x-modsvc-env"].items()
    }
    env.update(MODSVC_DATA_DIR=str(tmp_path), MODSVC_SECRET_KEY="x" * 32)
    env["MODSVC_DATABASE_URL"] = "postgresql+psycopg://modsvc:pw@postgres:5432/modsvc"

    settings = load_settings(env)

    assert settings.redis_url == "redis://:redis-pw@redis:6379/0"


def test_redis_asks_for_the_password_every_service_uses(compose: dict[str, Any]) -> None:
    required = re.compile(r"^\$\{REDIS_PASSWORD:\?[^}]+\}$")  # no default: compose refuses
    redis = compose["services"]["redis"]
    command = _command(redis)

    assert required.match(command[command.index("--requirepass") + 1])
    url = compose["x-modsvc-env"]["MODSVC_REDIS_URL"]
    assert re.match(r"^redis://:\$\{REDIS_PASSWORD:\?[^}]+\}@redis:6379/0$", url)
    # The health check logs in too (redis-cli reads REDISCLI_AUTH), or Redis never turns healthy.
    assert required.match(redis["environment"]["REDISCLI_AUTH"])
    for name in ("migrate", "web", "worker"):
        assert compose["services"][name]["environment"]["MODSVC_REDIS_URL"] == url


def test_the_image_installs_the_package_and_runs_unprivileged() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()

    assert re.search(r"^FROM python:3\.11", dockerfile, re.MULTILINE)
    for package in ("modsvc", "classifiers", "workers"):
        assert f"COPY {package} ./{package}" in dockerfile
    assert "RUN pip install ." in dockerfile
    assert re.search(r"^USER (?!root)", dockerfile, re.MULTILINE)
    assert "HEALTHCHECK" in dockerfile
    cmd = re.search(r'^CMD \[(.*)\]', dockerfile, re.MULTILINE)
    assert cmd
    args = [a.strip().strip('"') for a in cmd.group(1).split(",")]
    assert args[0] == "modsvc"
    build_parser().parse_args(args[1:])


def test_make_run_takes_a_host_a_port_and_workers() -> None:
    def recipe(*variables: str) -> str:
        shown = subprocess.run(["make", "-n", "run", *variables], cwd=ROOT, check=True,
                               capture_output=True, text=True).stdout
        (line,) = [line for line in shown.splitlines() if "modsvc up" in line]
        return line

    args = shlex.split(recipe("PORT=8080", "HOST=0.0.0.0", "WORKERS=3"))
    parsed = build_parser().parse_args(args[args.index("up"):])
    assert (parsed.host, parsed.port, parsed.workers) == ("0.0.0.0", 8080, 3)
    # Without them, MODSVC_HOST / MODSVC_PORT / MODSVC_WORKERS (or the defaults) apply.
    plain = build_parser().parse_args(shlex.split(recipe())[1:])
    assert (plain.host, plain.port, plain.workers) == (None, None, None)


def test_only_the_proxy_is_published_and_it_sets_the_forwarded_address(
    compose: dict[str, Any],
) -> None:
    services = compose["services"]
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"proxy"}
    assert compose["x-modsvc-env"]["MODSVC_TRUSTED_PROXIES"].endswith(":-1}")
    mounted = [v.split(":")[0] for v in services["proxy"]["volumes"]]
    config = (ROOT / mounted[0].removeprefix("./")).read_text()
    # Replaced, never appended: a client's own X-Forwarded-For is thrown away.
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in config
    assert "$proxy_add_x_forwarded_for" not in config


def test_redis_refuses_writes_rather_than_evicting_queued_jobs(compose: dict[str, Any]) -> None:
    command = _command(compose["services"]["redis"])
    assert command[command.index("--maxmemory-policy") + 1] == "noeviction"
    assert "--maxmemory" in command
