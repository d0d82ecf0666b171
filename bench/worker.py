"""Scoring workers under a flood of queued comments, and the idle service's end-to-end time."""

from __future__ import annotations

import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import func, insert, select

from bench.corpus import texts
from bench.stack import Stack, stop_process
from modsvc.intake import ip_hashes
from modsvc.queues import SCORING_QUEUE, enqueue_scoring_many
from modsvc.storage import Comment, CommentStatus, ModerationEvent, utcnow


def flood(stack: Stack, count: int, *, chunk: int = 1000) -> list[str]:
    """Store ``count`` received comments (as intake does) and queue their scoring jobs."""
    assert stack.services is not None
    bodies = texts(min(count, 5000), random_seed=11)
    ip_hash, prefix_hash = ip_hashes(stack.settings().secret_key, "127.0.0.1")
    ids: list[str] = []
    for start in range(0, count, chunk):
        now = utcnow()
        rows: list[dict[str, Any]] = []
        for number in range(start, min(count, start + chunk)):
            rows.append({
                "id": f"bench{number:08d}", "article_id": f"berita-{number % 50}",
                "author_name": f"Pembaca {number % 97}", "body": bodies[number % len(bodies)],
                "status": CommentStatus.RECEIVED, "created_at": now, "updated_at": now,
                "ip_hash": ip_hash, "ip_prefix_hash": prefix_hash, "captcha_seconds": 25.0,
                "honeypot": False, "source": "portal",
            })
        with stack.services.db.session() as session:
            session.execute(insert(Comment), rows)
            session.execute(insert(ModerationEvent), [
                {"comment_id": row["id"], "actor": "portal", "from_status": None,
                 "to_status": CommentStatus.RECEIVED, "created_at": now} for row in rows])
        enqueue_scoring_many(stack.redis, [(row["id"], None) for row in rows])
        ids.extend(row["id"] for row in rows)
    return ids


def _remaining(stack: Stack) -> int:
    assert stack.services is not None
    with stack.services.db.session() as session:
        return int(session.scalar(
            select(func.count()).select_from(Comment)
            .where(Comment.status == CommentStatus.RECEIVED)) or 0)


def _scored_span(stack: Stack) -> tuple[int, float]:
    """How many comments were scored, and seconds between the first and the last verdict."""
    assert stack.services is not None
    with stack.services.db.session() as session:
        count, first, last = session.execute(
            select(func.count(), func.min(Comment.scored_at), func.max(Comment.scored_at))
            .where(Comment.scored_at.is_not(None))).one()
    if not count or first is None or last is None:
        return 0, 0.0
    return int(count), (last - first).total_seconds()


class _PeakRss(threading.Thread):
    """Samples a process tree's largest resident set while it runs."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_mb = 0.0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.2):
            try:
                process = psutil.Process(self.pid)
                for member in [process, *process.children(recursive=True)]:
                    self.peak_mb = max(self.peak_mb, member.memory_info().rss / 2**20)
            except psutil.NoSuchProcess:
                return


def drain_with(stack: Stack, command: list[str] | None, count: int, *, timeout: float,
               env: dict[str, str] | None = None) -> dict[str, Any]:
    """Flood ``count`` comments, start one worker process (with ``env`` added to its
    environment), wait until all are decided."""
    flood(stack, count)
    started = time.monotonic()
    process = (stack.spawn(command, "baseline-worker") if command
               else stack.worker(env))
    sampler = _PeakRss(process.pid)
    sampler.start()
    try:
        while _remaining(stack) and time.monotonic() - started < timeout:
            if process.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{stack.log_tail('worker')}")
            time.sleep(0.25)
        wall = time.monotonic() - started
    finally:
        sampler.stopped.set()
        stop_process(process)
    scored, span = _scored_span(stack)
    # From the first verdict to the last: the worker's start (imports, model) is left out.
    per_second = (scored - 1) / span if scored > 1 and span > 0 else scored / wall
    return {
        "comments": count,
        "scored": scored,
        "per_second": per_second,
        "wall_seconds_with_start": round(wall, 2),
        "peak_rss_mb": round(sampler.peak_mb, 1),
    }


def naive_rq_command(stack: Stack) -> list[str]:
    """RQ's own ``rq worker``: the default Worker, which forks a work horse for every job.

    The Redis URL (it carries the password) goes in ``RQ_REDIS_URL``, not on the command line
    (:func:`drain_with` passes the stack's environment, which sets it)."""
    rq = Path(sys.executable).parent / "rq"
    return [str(rq), "worker", "--burst", "--serializer", "rq.serializers.JSONSerializer",
            "--logging_level", "WARNING", SCORING_QUEUE]


def preloaded_fork_command() -> list[str]:
    """RQ's forking Worker with the model loaded before it forks (see bench.forking)."""
    return [sys.executable, "-m", "bench.forking"]


def backlog(stack: Stack) -> int:
    """Scoring jobs still waiting."""
    return int(stack.redis.llen(f"rq:queue:{SCORING_QUEUE}"))


def median_spread(values: list[float]) -> dict[str, float]:
    """Median, min and max of repeated measurements."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}
