"""Stories of the Redis server `modsvc up` bundles: it asks for a password no other local
process knows, and one AOF directory never gets two servers."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis import Redis
from redis.backoff import NoBackoff
from redis.exceptions import AuthenticationError, ResponseError
from redis.retry import Retry

from modsvc.redis_server import PASSWORD_FILE, PID_FILE, BundledRedis

pytestmark = pytest.mark.reliability


@pytest.fixture
def servers() -> Iterator[list[BundledRedis]]:
    """Bundled servers a test started; each is stopped afterwards."""
    started: list[BundledRedis] = []
    yield started
    for server in started:
        server.stop()


def _start(data_dir: Path, servers: list[BundledRedis]) -> BundledRedis:
    server = BundledRedis(data_dir)
    servers.append(server)
    server.start()
    return server


def _redis_servers_in(directory: Path) -> list[int]:
    """Live redis-server processes working in ``directory``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            exe = Path(os.readlink(entry / "exe")).name
            cwd = Path(os.readlink(entry / "cwd"))
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if exe.startswith("redis-server") and cwd == directory.resolve() and state != "Z":
            found.append(int(entry.name))
    return found


def test_a_local_process_without_the_password_is_refused(
    tmp_path: Path, servers: list[BundledRedis]
) -> None:
    server = _start(tmp_path, servers)

    once = Retry(NoBackoff(), 0)  # redis-py would retry a refused log-in for seconds
    stranger = Redis(host="127.0.0.1", port=server.port, retry=once)
    with pytest.raises(AuthenticationError):
        stranger.set("modsvc:session:forged", "admin")
    with pytest.raises((AuthenticationError, ResponseError)):
        Redis(host="127.0.0.1", port=server.port, password="guess", retry=once).ping()
    stranger.close()

    assert Redis.from_url(server.url).ping()
    password_file = tmp_path / PASSWORD_FILE
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
    assert server.password == password_file.read_text().strip()
    assert len(server.password) >= 32
    # Not on the command line, which every local user can read.
    assert server.process is not None
    assert server.password.encode() not in Path(f"/proc/{server.process.pid}/cmdline").read_bytes()


def test_the_password_is_made_once_and_kept(
    tmp_path: Path, servers: list[BundledRedis]
) -> None:
    first = _start(tmp_path, servers)
    first.stop()

    again = _start(tmp_path, servers)

    assert again.password == first.password
    assert Redis.from_url(again.url).ping()


def test_a_redis_left_running_on_the_data_directory_is_stopped_before_another_starts(
    tmp_path: Path, servers: list[BundledRedis]
) -> None:
    leftover = _start(tmp_path, servers)
    Redis.from_url(leftover.url).set("modsvc:queued", "kept")
    assert leftover.process is not None

    successor = _start(tmp_path, servers)

    assert leftover.process.wait(5) is not None
    assert _redis_servers_in(tmp_path / "redis") == [successor.process.pid]  # type: ignore[union-attr]
    # The leftover wrote its AOF out on SIGTERM, so nothing it held is lost.
    assert Redis.from_url(successor.url).get("modsvc:queued") == b"kept"


def test_a_pid_file_naming_another_program_leaves_that_program_alone(
    tmp_path: Path, servers: list[BundledRedis]
) -> None:
    redis_dir = tmp_path / "redis"
    redis_dir.mkdir()
    # Same working directory, different program: only a redis-server there is ours to stop.
    bystander = subprocess.Popen(["sleep", "60"], cwd=redis_dir)
    try:
        (redis_dir / PID_FILE).write_text(f"{bystander.pid}\n")

        _start(tmp_path, servers)

        assert bystander.poll() is None
    finally:
        bystander.kill()
        bystander.wait()


def test_a_full_bundled_redis_refuses_writes_instead_of_evicting_jobs(
    tmp_path: Path, servers: list[BundledRedis]
) -> None:
    server = _start(tmp_path, servers)
    client = Redis.from_url(server.url)

    config = client.config_get("maxmemory*")

    assert config["maxmemory-policy"] == "noeviction"
    assert int(config["maxmemory"]) == 512 * 1024 * 1024
    client.close()
