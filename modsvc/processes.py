"""Processes that end with the process that started them, and telling ours from strangers.

`modsvc up` starts Redis, gunicorn and the workers each in a session of their own (so Ctrl-C
reaches only the supervisor, which stops them in order). Nothing else then reaches them: if the
supervisor is killed outright or its terminal closes, they would run on as orphans. Linux's
parent-death signal closes that gap: :func:`die_with_parent` arms it in the child.

A process id alone may name another process later; :class:`ProcessRef` adds the start time the
kernel keeps for it (``/proc/<pid>/stat``), so a record of what a dead supervisor ran is never
used to signal a process that merely inherited a number.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PR_SET_PDEATHSIG = 1
PROC = Path("/proc")


def die_with_parent(signum: int = signal.SIGTERM) -> Callable[[], None] | None:
    """A ``preexec_fn`` that sends ``signum`` to the child when its parent dies.

    The kernel ties the signal to the thread that forked, so call ``Popen`` from the main
    thread (elsewhere none is armed). A parent that died between the fork and the ``prctl``
    would never send it: the child checks for that and gives up. None where the kernel has no
    such signal.
    """
    if not sys.platform.startswith("linux"):
        return None
    if threading.current_thread() is not threading.main_thread():
        # The signal would come when this thread ends, not when the process does.
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent = os.getpid()

    def arm() -> None:
        if prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0) != 0 or os.getppid() != parent:
            os._exit(70)

    return arm


def _stat(pid: int) -> list[str] | None:
    """The fields of ``/proc/<pid>/stat`` after the command name (state first)."""
    try:
        raw = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # The command name is in parentheses and may itself hold spaces or parentheses.
    return raw[raw.rindex(")") + 2:].split()


def start_time(pid: int) -> int | None:
    """When ``pid`` started (clock ticks after boot), or None when it is gone or a zombie."""
    fields = _stat(pid)
    if fields is None or fields[0] == "Z":
        return None
    return int(fields[19])


@dataclass(frozen=True)
class ProcessRef:
    """One process for good: its id and its start time."""

    pid: int
    started: int

    @classmethod
    def of(cls, pid: int) -> ProcessRef | None:
        """The process running as ``pid`` now, if any."""
        started = start_time(pid)
        return None if started is None else cls(pid, started)

    def running(self) -> bool:
        """True while this very process runs (not another one with the same id)."""
        return start_time(self.pid) == self.started


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of the process group ``pgid``."""
    members = []
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None and fields[0] != "Z" and int(fields[2]) == pgid:
                members.append(int(entry.name))
    return members


def _signal_group(pgid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signum)


def end_group(leader: ProcessRef, grace: float) -> bool:
    """Stop what is left of the process group ``leader`` started in a session of its own.

    SIGTERM first (Redis flushes its AOF, gunicorn and the workers finish what they hold),
    SIGKILL for whatever still runs after ``grace`` seconds. Returns True when something of
    the group was still running. When ``leader``'s id now names another process, the group is
    long gone (the kernel reuses no id while a group of that id lives) and nothing is touched.
    """
    current = start_time(leader.pid)
    if current is not None and current != leader.started:
        return False
    if not group_members(leader.pid):
        return False
    _signal_group(leader.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while group_members(leader.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if group_members(leader.pid):
        _signal_group(leader.pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while group_members(leader.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
    return True


def end_process(process: ProcessRef, grace: float) -> None:
    """SIGTERM ``process`` (if it still runs), SIGKILL after ``grace`` seconds."""
    for signum, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        if not process.running():
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(process.pid, signum)
        deadline = time.monotonic() + wait
        while process.running() and time.monotonic() < deadline:
            time.sleep(0.05)
