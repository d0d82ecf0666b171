"""The real service, started for a benchmark: Redis, database, model, gunicorn and workers."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from redis import Redis

from classifiers.training import TrainedModel
from modsvc.config import Settings, load_settings
from modsvc.model_store import ModelStore
from modsvc.redis_server import BundledRedis, free_port
from modsvc.services import Services
from modsvc.storage import Base, Database

logger = logging.getLogger(__name__)

SECRET_KEY = "bench-secret-key-that-is-long-enough-for-hmac"
# Raised by setting: one client address sends everything. A one-second window keeps the
# moving window of timestamps as short as production limits (3/minute, 100/day) keep it; its
# cost in Redis grows with the hits it holds.
UNLIMITED = "100000/second"


class Stack:
    """Everything one benchmark needs, under a temporary data directory.

    Args:
        redis_url: a Redis database the benchmark may empty; None starts the bundled Redis on a
            free port (nothing else is touched).
        database_url: a database the benchmark may drop and re-create; None is SQLite in the
            temporary directory.
        env: more ``MODSVC_*`` settings (e.g. lower rate limits).
    """

    def __init__(
        self,
        *,
        redis_url: str | None = None,
        database_url: str | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="modsvc-bench-"))
        self.data_dir = self.root / "data"
        self._given_redis = redis_url
        self._bundled: BundledRedis | None = None
        self.database_url = database_url or f"sqlite:///{self.data_dir / 'modsvc.db'}"
        self.extra_env = env or {}
        self.processes: list[subprocess.Popen[bytes]] = []
        self.redis_url = ""
        self.services: Services | None = None

    # -- life cycle ---------------------------------------------------------------------------

    def start(self, model: TrainedModel | None = None) -> Stack:
        """Start Redis, empty and migrate the database, register and activate ``model``."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self._given_redis:
            self.redis_url = self._given_redis
            Redis.from_url(self.redis_url).flushdb()
        else:
            self._bundled = BundledRedis(self.root)
            self._bundled.start()
            self.redis_url = self._bundled.url
        reset_database(self.database_url)
        self.services = Services.from_settings(self.settings())
        self.services.db.migrate()
        if model is not None:
            store = ModelStore(self.services)
            store.activate(store.register(model))
        return self

    def stop(self) -> None:
        """Stop every process this stack started (SIGTERM, then SIGKILL), then Redis."""
        for process in reversed(self.processes):
            stop_process(process)
        self.processes.clear()
        if self.services is not None:
            self.services.close()
            self.services = None
        if self._bundled is not None:
            self._bundled.stop()
        elif self._given_redis:
            Redis.from_url(self._given_redis).flushdb()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Stack:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- settings -----------------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        """The environment of every child process (and of :meth:`settings`)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("MODSVC_")}
        env.update(
            MODSVC_DATA_DIR=str(self.data_dir),
            MODSVC_DATABASE_URL=self.database_url,
            MODSVC_REDIS_URL=self.redis_url,
            RQ_REDIS_URL=self.redis_url,  # for `rq worker`, whose --url would show the password
            MODSVC_SECRET_KEY=SECRET_KEY,
            MODSVC_RATE_LIMIT_COMMENTS=UNLIMITED,
            MODSVC_RATE_LIMIT_CAPTCHA=UNLIMITED,
            MODSVC_RATE_LIMIT_CAPTCHA_AUDIO=UNLIMITED,
        )
        env.update(self.extra_env)
        return env

    def settings(self) -> Settings:
        """Settings as the children parse them."""
        return load_settings(self.env())

    @property
    def redis(self) -> Redis:
        assert self.services is not None
        return self.services.redis

    # -- processes ----------------------------------------------------------------------------

    def spawn(self, command: list[str], name: str, env: dict[str, str] | None = None
              ) -> subprocess.Popen[bytes]:
        """Start a child in its own session, logging into the stack's directory."""
        log = (self.root / f"{name}.log").open("ab")
        process = subprocess.Popen(
            command, env=env or self.env(), stdout=log, stderr=log, start_new_session=True,
        )
        log.close()
        self.processes.append(process)
        return process

    def serve(self, web_workers: int = 2) -> str:
        """Run ``modsvc serve`` (gunicorn with modsvc.gunicorn_conf) and wait for /healthz."""
        port = free_port()
        self.spawn(
            [sys.executable, "-m", "modsvc", "serve", "--host", "127.0.0.1", "--port", str(port),
             "--web-workers", str(web_workers)],
            "web",
        )
        base = f"http://127.0.0.1:{port}"
        wait_until_healthy(base)
        return base

    def worker(self, extra_env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        """Run one ``modsvc worker`` process."""
        env = self.env()
        env.update(extra_env or {})
        return self.spawn([sys.executable, "-m", "modsvc", "worker"], "worker", env)

    def log_tail(self, name: str, lines: int = 30) -> str:
        """The end of a child's log, for error messages."""
        path = self.root / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def stop_process(process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    """SIGTERM the child's process group, wait, then SIGKILL it."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_until_healthy(base: str, timeout: float = 60.0) -> None:
    """Poll ``/healthz`` until it answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{base} did not become healthy in {timeout:.0f}s")


def reset_database(url: str) -> None:
    """Drop every modsvc table (and Alembic's) so migrations start from scratch."""
    if url.startswith("sqlite"):
        return  # a fresh file in the temporary directory
    from sqlalchemy import text

    database = Database(url)
    with database.engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    database.dispose()


@contextmanager
def running(model: TrainedModel | None = None, **kwargs: object) -> Iterator[Stack]:
    """A started :class:`Stack` that is stopped on exit, whatever happens."""
    stack = Stack(**kwargs)  # type: ignore[arg-type]
    try:
        stack.start(model)
        yield stack
    finally:
        stack.stop()
