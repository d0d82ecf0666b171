"""One `modsvc up` per data directory.

Two supervisors on one data directory would run two Redis servers appending to one AOF and two
gunicorns sharing a port (gunicorn binds with SO_REUSEPORT, so the kernel would split the
traffic between them and nothing would warn): rate limits, captcha marks and queues would split
between two Redises. :class:`InstanceLock` is an ``flock`` on ``<data dir>/modsvc-up.lock``,
held for the life of the supervisor and released by the kernel however it ends. The file
also records who holds it (pid, address, when) for the refusal message, and which children it
runs, so the next start after a crash can stop what the dead one left.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import socket
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from modsvc.processes import ProcessRef

logger = logging.getLogger(__name__)

LOCK_FILE = "modsvc-up.lock"


@dataclass
class Holder:
    """Who runs `modsvc up` on a data directory, and the children it started."""

    pid: int
    url: str
    since: str
    hostname: str = ""
    children: dict[str, ProcessRef] = field(default_factory=dict)

    def to_json(self) -> str:
        data = asdict(self)
        data["children"] = {name: [ref.pid, ref.started] for name, ref in self.children.items()}
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> Holder | None:
        """The record, or None when the file is empty (a clean stop) or unreadable."""
        try:
            data: dict[str, Any] = json.loads(raw)
            children = {str(name): ProcessRef(int(pid), int(started))
                        for name, (pid, started) in data.pop("children", {}).items()}
            return cls(pid=int(data["pid"]), url=str(data["url"]), since=str(data["since"]),
                       hostname=str(data.get("hostname", "")), children=children)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


class AlreadyRunningError(RuntimeError):
    """Another live `modsvc up` holds the data directory."""

    def __init__(self, data_dir: Path, holder: Holder | None) -> None:
        if holder is None:
            who = "another `modsvc up`"
            how = "Stop it first"
        else:
            where = f" on {holder.hostname}" if holder.hostname else ""
            who = (f"`modsvc up` (pid {holder.pid}{where}, serving {holder.url} "
                   f"since {holder.since})")
            how = f"Stop it first (Ctrl-C where it runs, or `kill -TERM {holder.pid}`)"
        super().__init__(
            f"{who} is already running on the data directory {data_dir}. {how}, or give this "
            f"one another data directory (MODSVC_DATA_DIR)."
        )


class InstanceLock:
    """The lock of one data directory; see the module docstring."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_FILE
        self._fd: int | None = None
        self._holder: Holder | None = None

    def acquire(self, url: str) -> Holder | None:
        """Take the lock for this process serving ``url``.

        Returns the record a previous holder left when it ended without stopping (killed,
        crashed), so its leftovers can be stopped; None after a clean stop. Raises
        :class:`AlreadyRunningError` while another process holds it.
        """
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = Holder.from_json(_read(fd))
            os.close(fd)
            raise AlreadyRunningError(self.data_dir, holder) from None
        self._fd = fd
        previous = Holder.from_json(_read(fd))
        self._holder = Holder(
            pid=os.getpid(), url=url, hostname=socket.gethostname(),
            since=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        )
        self._write(self._holder.to_json())
        return previous

    def record(self, name: str, process: ProcessRef | None) -> None:
        """Note the child ``name`` now runs as ``process`` (None: it is not running)."""
        if self._holder is None:
            return
        if process is None:
            self._holder.children.pop(name, None)
        else:
            self._holder.children[name] = process
        self._write(self._holder.to_json())

    def release(self, keep_record: bool = False) -> None:
        """Unlock; the record is emptied (a clean stop leaves nothing to clean) unless kept.

        The file stays: removing it would let a start that opened it just before see a lock
        of its own on a file no one else can find any more.
        """
        if self._fd is None:
            return
        if not keep_record:
            with contextlib.suppress(OSError):
                self._write("")
        os.close(self._fd)
        self._fd = None
        self._holder = None

    def _write(self, text: str) -> None:
        assert self._fd is not None
        # Write, then cut: a reader never finds the file empty while a holder runs.
        data = text.encode()
        os.pwrite(self._fd, data, 0)
        os.ftruncate(self._fd, len(data))


def _read(fd: int) -> str:
    return os.pread(fd, 65536, 0).decode(errors="replace")
