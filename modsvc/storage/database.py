"""The database handle shared by web processes, workers and the CLI."""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
# PostgreSQL's SQLSTATE for "relation does not exist".
_UNDEFINED_TABLE = "42P01"


def is_missing_schema(error: BaseException) -> bool:
    """Whether *error* says a table is missing: the database was never migrated, or the command
    was pointed at another database than the service's (a wrong MODSVC_DATA_DIR)."""
    if not isinstance(error, DBAPIError):
        return False
    original = error.orig
    return (getattr(original, "sqlstate", None) == _UNDEFINED_TABLE
            or "no such table" in str(original))


# PRAGMA synchronous answers a number.
_SQLITE_SYNCHRONOUS = {0: "off", 1: "normal", 2: "full", 3: "extra"}


def _sqlite_pragmas(synchronous: str) -> Any:
    """The connect hook: WAL lets readers (the queue UI) go on while a worker writes;
    busy_timeout makes writers wait for each other instead of failing.

    ``synchronous=FULL`` fsyncs the WAL at every commit, so a comment that got its 202 survives
    a power cut or a kernel crash; ``NORMAL`` fsyncs only at checkpoints and survives a crash
    of the process alone (the most recent commits can roll back after a power cut).
    """
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous.upper()}")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return on_connect


class Database:
    """An engine and a session factory for one database URL."""

    def __init__(self, url: str, *, sqlite_synchronous: str = "full") -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        # A server connection can die between two requests; a SQLite file cannot, so SQLite
        # skips the ping (one query less for every session).
        kwargs: dict[str, Any] = {"pool_pre_ping": not self.is_sqlite}
        if self.is_sqlite:
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 15}
        else:
            # TCP keepalives and a user timeout notice a server that vanished without a reset
            # (power loss, a cut network) in seconds instead of the kernel's two hours.
            kwargs.update(pool_size=5, max_overflow=10, connect_args={
                "connect_timeout": 3, "keepalives": 1, "keepalives_idle": 5,
                "keepalives_interval": 2, "keepalives_count": 3, "tcp_user_timeout": 10_000,
            })
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas(sqlite_synchronous))
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock: threading.Lock | None = None
        self._lock_path = ""
        self._lock_fd: int | None = None
        self._lock_pid = 0
        if self.is_sqlite:
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                self._write_lock = threading.Lock()
                self._lock_path = f"{path}.write-lock"

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for a short write transaction (intake, a worker's verdicts).

        On SQLite, writers of every process take a file lock first, so they queue in the
        kernel and start the moment the previous one commits; left to SQLite's busy handler
        they would sleep in growing steps (1, 2, 5, 10, 25... ms) while the lock is free,
        and a dozen concurrent writers lose most of their time there. PostgreSQL needs none.
        """
        if self._write_lock is None:
            with self.session() as session:
                yield session
            return
        with self._write_lock, self._write_lock_file() as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                with self.session() as session:
                    yield session
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def _write_lock_file(self) -> Iterator[int]:
        if self._lock_fd is None or self._lock_pid != os.getpid():
            # Opened per process: a descriptor inherited through fork shares its lock.
            self._lock_fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            self._lock_pid = os.getpid()
        yield self._lock_fd

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            try:
                session.rollback()
            except Exception:
                # The connection is in a state no one can vouch for (e.g. a job's time-out
                # interrupted the driver mid-statement): never hand it back to the pool.
                logger.warning("discarding a database connection that could not roll back")
                session.invalidate()
            raise
        finally:
            session.close()

    def durability(self) -> dict[str, str]:
        """What a commit survives, as a live connection of this process reports it.

        SQLite: ``journal_mode`` and ``synchronous`` (``full`` survives a power cut, ``normal``
        a crash of the process only). PostgreSQL: ``fsync`` and ``synchronous_commit``.
        """
        with self.engine.connect() as connection:
            if self.is_sqlite:
                level = connection.execute(text("PRAGMA synchronous")).scalar()
                mode = connection.execute(text("PRAGMA journal_mode")).scalar()
                return {"journal_mode": str(mode).lower(),
                        "synchronous": _SQLITE_SYNCHRONOUS.get(int(level or 0), str(level))}
            return {
                "fsync": str(connection.execute(text("SHOW fsync")).scalar()),
                "synchronous_commit": str(
                    connection.execute(text("SHOW synchronous_commit")).scalar()),
            }

    def ping(self) -> None:
        """Raise if the database cannot answer a trivial query."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        from alembic import command  # only `migrate` needs Alembic (~10 MB per process)
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["engine"] = self.engine
        command.upgrade(config, "head")

    def dispose(self) -> None:
        """Close pooled connections (after a fork, or at shutdown)."""
        self.engine.dispose()
