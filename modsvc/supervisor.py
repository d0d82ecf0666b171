"""`modsvc up`: the whole service on one machine, supervised.

Starts Redis if none is configured, migrates, trains a first model when none exists, then runs
gunicorn and N workers, restarting whatever dies. Ctrl-C or SIGTERM stops the web server first
(in-flight requests finish), then the workers (current jobs finish), then Redis.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType

from modsvc import metrics
from modsvc.accounts import add_moderator, list_moderators
from modsvc.config import Settings
from modsvc.model_store import ModelStore
from modsvc.redis_server import BundledRedis
from modsvc.services import Services

logger = logging.getLogger(__name__)

RESTART_DELAY_SECONDS = 1.0


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
        self.process = subprocess.Popen(self.command, env=self.env, start_new_session=True)
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


def prepare(settings: Settings, say: Callable[[str], None]) -> None:
    """Migrate, train a first model if none exists, and create a first admin if none exists."""
    services = Services.from_settings(settings)
    try:
        services.db.migrate()
        store = ModelStore(services)
        version = store.active_version()
        if version is None:
            say("No model yet: training the default model from the seed corpus…")
            report = store.train(progress=lambda step: say(f"  {step}"))
            say(f"Model {report.version} trained and active.")
        else:
            store.announce(version)
        if not list_moderators(services):
            password = secrets.token_urlsafe(12)
            add_moderator(services, "admin", password, role="admin")
            say(f"First moderator created: user 'admin', password '{password}' (shown once).")
    finally:
        services.close()


def run_up(settings: Settings, host: str, port: int, workers: int) -> int:
    """Run everything until Ctrl-C or SIGTERM; returns the exit code."""
    def say(line: str) -> None:
        print(line, flush=True)

    redis: BundledRedis | None = None
    if not settings.redis_url:
        redis = BundledRedis(settings.data_dir)
        redis.start()
        settings = settings.with_overrides(redis_url=redis.url)
        say(f"Started the bundled Redis on {redis.url} (AOF in {redis.dir}).")
    stopping = False

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        prepare(settings, say)
        # Web processes and workers count into one directory; /metrics adds them up.
        metrics.prepare_multiprocess_dir(settings.data_dir)
        env = _child_env(settings)
        web = Child(
            "web",
            [
                sys.executable, "-m", "gunicorn", "-c", "python:modsvc.gunicorn_conf",
                "modsvc.wsgi:app", "--bind", f"{host}:{port}", "--workers", "2",
            ],
            env,
        )
        worker_children = [
            Child(f"worker-{n + 1}", [sys.executable, "-m", "modsvc", "worker"], env)
            for n in range(workers)
        ]
        children = [web, *worker_children]
        for child in children:
            child.start()
        base = f"http://{host}:{port}"
        say(f"modsvc is running on {base}")
        say(f"  demo page:   {base}/demo")
        say(f"  moderation:  {base}/login")
        say(f"  health:      {base}/readyz")
        say("Log in with the admin account printed at first start, or add one with")
        say("  modsvc moderators add NAME --role admin")
        say("Press Ctrl-C to stop.")
        while not stopping:
            time.sleep(0.5)
            if redis is not None and not redis.alive() and not stopping:
                logger.warning("bundled redis died; restarting it")
                redis.start()
            for child in children:
                if not child.alive() and not stopping:
                    if child.process is not None:
                        child.end_leftovers()
                        metrics.process_exited(child.process.pid)
                    child.restarts += 1
                    logger.warning("%s exited; restarting (restart %d)", child.name, child.restarts)
                    time.sleep(RESTART_DELAY_SECONDS)
                    child.start()
        say("Stopping: web server first, then workers, then Redis…")
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
        say("Stopped.")
