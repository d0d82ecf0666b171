"""`modsvc up`: the whole service on one machine, supervised.

Takes the data directory's lock (one `modsvc up` per directory), stops what a supervisor that
died there left running, starts Redis if none is configured, migrates, trains a first model
when none exists, then runs gunicorn and N workers, restarting whatever dies. Ctrl-C, SIGTERM
or a closed terminal (SIGHUP) stops the web server first (in-flight requests finish), then the
workers (current jobs finish), then Redis. Every child gets SIGTERM from the kernel when the
supervisor dies however it dies (:func:`modsvc.processes.die_with_parent`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType

from modsvc import gunicorn_conf, metrics
from modsvc.accounts import add_moderator, list_moderators
from modsvc.config import Settings
from modsvc.instance_lock import AlreadyRunningError, Holder, InstanceLock
from modsvc.model_store import ModelStore
from modsvc.processes import ProcessRef, die_with_parent, end_group
from modsvc.redis_server import PASSWORD_FILE, BundledRedis
from modsvc.services import Services

logger = logging.getLogger(__name__)

RESTART_DELAY_SECONDS = 1.0
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# What a dead supervisor left got SIGTERM from the kernel already; this is the wait for it.
LEFTOVER_GRACE_SECONDS = 10.0
REDIS = "redis"


class StartRefusedError(RuntimeError):
    """`modsvc up` will not start: the data directory or the port is taken."""


@dataclass
class Child:
    """A supervised process and how to start it again."""

    name: str
    command: list[str]
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    started_at: float = field(default=0.0)

    def start(self) -> None:
        # Own session: Ctrl-C reaches only the supervisor, which stops children in order.
        # SIGTERM from the kernel if the supervisor dies without stopping them.
        self.process = subprocess.Popen(
            self.command, env=self.env, start_new_session=True,
            preexec_fn=die_with_parent(signal.SIGTERM),
        )
        self.started_at = time.monotonic()

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def signal(self, signum: int) -> None:
        if self.alive():
            assert self.process is not None
            self.process.send_signal(signum)

    def wait(self, timeout: float) -> None:
        if self.process is None:
            return
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            logger.warning("%s did not stop in %.0fs; killing it", self.name, timeout)
            self.process.kill()
            self.process.wait()
        self.end_leftovers()

    def end_leftovers(self) -> None:
        """Kill what the ended child left in its process group.

        A worker killed outright (OOM killer, SIGKILL) cannot stop the RQ scheduler process it
        forked; without this every restart would leave one more running.
        """
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)


def _child_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        MODSVC_DATA_DIR=str(settings.data_dir),
        MODSVC_DATABASE_URL=settings.database_url,
        MODSVC_REDIS_URL=settings.redis_url or "",
        MODSVC_SECRET_KEY=settings.secret_key,
    )
    return env


def check_port_free(host: str, port: int) -> None:
    """Refuse an address something listens on already.

    Gunicorn binds with SO_REUSEPORT (``gunicorn_conf``), which lets it share a port with
    another server that did the same, such as a second gunicorn: the kernel would split the
    connections between them and nothing would say so.
    """
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                       flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        raise StartRefusedError(f"cannot listen on {host}: {error}") from None
    for family, kind, proto, _, address in addresses:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as error:
                raise StartRefusedError(
                    f"cannot listen on {host}:{port}: {error.strerror}. Another program uses "
                    f"that port; choose another with --port (or MODSVC_PORT, or "
                    f"`make run PORT=...`)."
                ) from None


def end_leftovers(previous: Holder, say: Callable[[str], None]) -> None:
    """Stop what a supervisor that died without stopping its children left running.

    The kernel sent each child SIGTERM when that supervisor died; this waits for them (and
    kills what will not stop), web and workers first, Redis last so they can finish their
    work. A record from another machine (a data directory on a shared filesystem) names
    processes that are not ours to touch.
    """
    if previous.hostname and previous.hostname != socket.gethostname():
        logger.warning("the last modsvc up on this data directory ran on %s; not touching "
                       "its processes from here", previous.hostname)
        return
    for name in sorted(previous.children, key=lambda name: name == REDIS):
        child = previous.children[name]
        if end_group(child, LEFTOVER_GRACE_SECONDS):
            say(f"Stopped {name} (pid {child.pid}), left running by the last `modsvc up` here "
                f"(pid {previous.pid}), which ended without stopping it.")


def prepare(settings: Settings, say: Callable[[str], None]) -> None:
    """Migrate, train a first model if none exists, and create a first admin if none exists."""
    services = Services.from_settings(settings)
    try:
        services.db.migrate()
        store = ModelStore(services)
        version = store.active_version()
        if version is None:
            # Training logs each step itself (one line each); no second copy through `say`.
            say("No model yet: training the default model from the bundled corpora…")
            report = store.train()
            say(f"Model {report.version} trained and active.")
        else:
            store.announce(version)
        if not list_moderators(services):
            password = secrets.token_urlsafe(12)
            add_moderator(services, "admin", password, role="admin")
            say(f"First moderator created: user 'admin', password '{password}' (shown once).")
    finally:
        services.close()


def say(line: str) -> None:
    """Print for the person at the terminal; once the terminal is gone, say nothing."""
    with contextlib.suppress(OSError):
        print(line, flush=True)


def run_up(settings: Settings, host: str, port: int, workers: int) -> int:
    """Run everything until Ctrl-C, SIGTERM or SIGHUP; returns the exit code.

    Raises :class:`StartRefusedError` when another `modsvc up` holds the data directory or the
    address is taken.
    """
    stopping = False

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    for signum in STOP_SIGNALS:
        signal.signal(signum, on_signal)
    base = f"http://{host}:{port}"
    lock = InstanceLock(settings.data_dir)
    try:
        previous = lock.acquire(base)
    except AlreadyRunningError as error:
        raise StartRefusedError(str(error)) from None
    redis: BundledRedis | None = None
    children: list[Child] = []
    started = False
    try:
        if previous is not None:
            end_leftovers(previous, say)
        check_port_free(host, port)
        started = True
        if not settings.redis_url:
            redis = BundledRedis(settings.data_dir)
            redis.start()
            lock.record(REDIS, _ref(redis.process))
            settings = settings.with_overrides(redis_url=redis.url)
            say(f"Started the bundled Redis on {redis.address} (AOF in {redis.dir}; "
                f"password in {settings.data_dir / PASSWORD_FILE}).")
        prepare(settings, say)
        if stopping:
            return 0
        # Web processes and workers count into one directory; /metrics adds them up.
        metrics.prepare_multiprocess_dir(settings.data_dir)
        env = _child_env(settings)
        children = [
            Child("web", gunicorn_conf.command(
                host, port, 2, control_socket=settings.data_dir / "gunicorn.ctl"), env),
            *(Child(f"worker-{n + 1}", [sys.executable, "-m", "modsvc", "worker"], env)
              for n in range(workers)),
        ]
        check_port_free(host, port)  # again: training may have taken a while
        for child in children:
            child.start()
            lock.record(child.name, _ref(child.process))
        say(f"modsvc is running on {base}")
        say(f"  demo page:   {base}/demo")
        say(f"  moderation:  {base}/login")
        say(f"  health:      {base}/readyz")
        say("Log in with the admin account printed at first start, or add one with")
        say("  modsvc moderators add NAME --role admin")
        say("Press Ctrl-C to stop.")
        while not stopping:
            time.sleep(0.5)
            _restart_the_dead(children, redis, lock, lambda: stopping)
        say("Stopping: web server first, then workers, then Redis…")
        web, *worker_children = children
        web.signal(signal.SIGTERM)
        web.wait(30)
        for child in worker_children:
            child.signal(signal.SIGTERM)
        for child in worker_children:
            child.wait(30)
        return 0
    finally:
        if redis is not None:
            redis.stop()
        # Children still running (an error above) are dying by their parent-death signal; the
        # record stays so that the next start waits for them.
        lock.release(keep_record=any(child.alive() for child in children))
        if started:
            say("Stopped.")


def _restart_the_dead(
    children: list[Child], redis: BundledRedis | None, lock: InstanceLock,
    stopping: Callable[[], bool],
) -> None:
    """Start again whatever died, unless a stop was asked for meanwhile."""
    if redis is not None and not redis.alive() and not stopping():
        logger.warning("bundled redis died; restarting it")
        redis.start()
        lock.record(REDIS, _ref(redis.process))
    for child in children:
        if not child.alive() and not stopping():
            if child.process is not None:
                child.end_leftovers()
                metrics.process_exited(child.process.pid)
            child.restarts += 1
            logger.warning("%s exited; restarting (restart %d)", child.name, child.restarts)
            time.sleep(RESTART_DELAY_SECONDS)
            child.start()
            lock.record(child.name, _ref(child.process))


def _ref(process: subprocess.Popen[bytes] | None) -> ProcessRef | None:
    return None if process is None else ProcessRef.of(process.pid)
