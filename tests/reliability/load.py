"""A bounded crowd of readers on loopback: each asks for a captcha, solves it, posts a comment.

The crowd is asyncio tasks sharing one aiohttp session (one connection per reader at most),
so ``concurrency`` readers are in flight at once; aiohttp's C parser keeps the crowd's own
CPU cost well below the service's on a machine they share. Every attempt is recorded with its
outcome and latency, and every body carries a unique marker, so a test can tell afterwards
which comments the database holds whatever the client heard (a 202, a 503, or a dropped
connection). A patient crowd does what a portal does with a 503: waits Retry-After, sends the
same comment again.

Each reader comes through the trusted reverse proxy with an address of its own
(``X-Forwarded-For``), so the default per-address rate limits hold as they do in production.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import aiohttp

from modsvc.captcha import answer_for
from tests.reliability.stack import IDLE_CONNECTION_SECONDS

BODIES = (
    "Jalan di desa kami rusak parah sejak musim hujan, mohon segera diperbaiki pak",
    "Terima kasih atas beritanya, sangat membantu warga yang mau mengurus KTP",
    "Kapan pendaftaran PPDB SMP dibuka? anak saya mau daftar tahun ini",
    "SLOT GACOR maxwin hari ini depo 10rb wd cepat di pulauwin88 .com",
    "Pinjaman online cair 5 menit tanpa jaminan, hubungi wa 0812 3456 7890",
    "Harga cabai di pasar naik lagi, pemerintah harus turun tangan",
)
REQUEST_TIMEOUT_SECONDS = 30.0
T = TypeVar("T")


@dataclass
class Attempt:
    """One try of a reader at posting a comment (a patient reader may try again)."""

    index: int
    marker: str
    try_number: int = 1
    status: int = 0  # HTTP status of the comment post; 0 when no answer came
    stage: str = "comment"  # where it ended: "captcha" or "comment"
    code: str | None = None  # the error code of a JSON error answer
    error: str | None = None  # the transport error when no answer came
    retry_after: str | None = None
    comment_id: str | None = None
    replayed: bool = False  # the answer was a comment an earlier try with its key stored
    captcha_seconds: float = 0.0
    comment_seconds: float = 0.0
    finished_at: float = 0.0
    json_error_shape: bool = True


@dataclass
class LoadResult:
    """Every attempt of a run and when it ran."""

    attempts: list[Attempt]
    started: float
    finished: float
    concurrency: int

    @property
    def accepted(self) -> list[Attempt]:
        """Attempts answered 202."""
        return [a for a in self.attempts if a.status == 202]

    @property
    def finals(self) -> list[Attempt]:
        """The last try of each comment: how it ended for the reader."""
        last: dict[int, Attempt] = {}
        for attempt in self.attempts:
            last[attempt.index] = attempt
        return [last[index] for index in sorted(last)]

    @property
    def accepted_ids(self) -> list[str]:
        """Ids of the accepted comments."""
        return [a.comment_id for a in self.accepted if a.comment_id]

    def statuses(self, attempts: Sequence[Attempt] | None = None) -> Counter[str]:
        """How many tries ended how: ``202``, ``503``, ``captcha 503``, ``no answer``..."""
        counts: Counter[str] = Counter()
        for attempt in self.attempts if attempts is None else attempts:
            label = "no answer" if attempt.status == 0 else str(attempt.status)
            counts[label if attempt.stage == "comment" else f"captcha {label}"] += 1
        return counts

    def server_errors(self) -> list[Attempt]:
        """Attempts answered with any 5xx status (503 included)."""
        return [a for a in self.attempts if a.status >= 500]

    def figures(self) -> dict[str, Any]:
        """Throughput and latency percentiles of the comment posts that were answered."""
        seconds = self.finished - self.started
        answered = sorted(a.comment_seconds for a in self.attempts
                          if a.stage == "comment" and a.status)
        captchas = sorted(a.captcha_seconds for a in self.attempts if a.captcha_seconds)
        return {
            "comments": len(self.finals),
            "concurrency": self.concurrency,
            "accepted": len(self.accepted),
            "answers": dict(sorted(self.statuses().items())),
            "seconds": round(seconds, 1),
            "accepted_per_second": round(len(self.accepted) / seconds, 1) if seconds else 0.0,
            "requests_per_second": round(
                (len(answered) + len(captchas)) / seconds, 1) if seconds else 0.0,
            "comment_ms": _percentiles(answered),
            "captcha_ms": _percentiles(captchas),
        }


def _percentiles(values: Sequence[float]) -> dict[str, float]:
    if not values:
        return {}

    def at(fraction: float) -> float:
        index = min(len(values) - 1, max(0, round(fraction * len(values)) - 1))
        return round(values[index] * 1000, 1)

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": at(1.0)}


def reader_address(run: int, index: int) -> str:
    """A private address of its own for each reader of a run (10.<run>.x.y)."""
    return f"10.{run % 256}.{(index >> 8) & 255}.{index & 255}"


async def _error_code(response: aiohttp.ClientResponse) -> tuple[str | None, bool]:
    try:
        body = await response.json(content_type=None)
    except ValueError:
        return None, False
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None, False
    return error.get("code"), {"code", "message", "details"} <= error.keys()


class Crowd:
    """``count`` readers' comments, ``concurrency`` at a time, against ``base``."""

    def __init__(
        self,
        base: str,
        secret: str,
        *,
        run: int,
        count: int,
        concurrency: int,
        marker_prefix: str = "rel",
        bodies: Sequence[str] = BODIES,
        patient: bool = False,
        max_tries: int = 10,
    ) -> None:
        self.base = base
        self.secret = secret
        self.run = run
        self.count = count
        self.concurrency = concurrency
        self.marker_prefix = marker_prefix
        self.bodies = bodies
        self.patient = patient
        self.max_tries = max_tries
        self.attempts: list[Attempt] = []
        self.done = 0
        self._next = 0
        self.stopped = False

    def marker(self, index: int) -> str:
        """The unique text in comment ``index``'s body."""
        return f"[{self.marker_prefix}-{self.run}-{index}]"

    def key(self, index: int) -> str:
        """Comment ``index``'s ``Idempotency-Key``."""
        return f"crowd-{self.marker_prefix}-{self.run}-{index:08d}"

    async def _one(self, client: aiohttp.ClientSession, index: int, try_number: int) -> Attempt:
        attempt = Attempt(index=index, marker=self.marker(index), try_number=try_number)
        headers = {"X-Forwarded-For": reader_address(self.run, index)}
        # The same key on every try of one comment, as a portal keeps it with the reader's text.
        comment_headers = {**headers, "Idempotency-Key": self.key(index)}
        started = time.perf_counter()
        try:
            async with client.post("/api/v1/captcha", headers=headers) as answer:
                if answer.status != 201:
                    attempt.stage = "captcha"
                    attempt.status = answer.status
                    attempt.code, attempt.json_error_shape = await _error_code(answer)
                    attempt.retry_after = answer.headers.get("Retry-After")
                    return attempt
                captcha_id = (await answer.json())["captcha_id"]
            attempt.captcha_seconds = time.perf_counter() - started
            payload = {
                "article_id": f"berita-{index % 50}",
                "author_name": f"Warga {index}",
                "body": f"{self.bodies[index % len(self.bodies)]} {attempt.marker}",
                "captcha_id": captcha_id,
                "captcha_answer": answer_for(self.secret, captcha_id),
            }
            posted_at = time.perf_counter()
            async with client.post("/api/v1/comments", json=payload,
                                   headers=comment_headers) as answer:
                attempt.status = answer.status
                attempt.retry_after = answer.headers.get("Retry-After")
                if answer.status == 202:
                    attempt.comment_id = (await answer.json())["id"]
                    attempt.replayed = answer.headers.get("Idempotent-Replayed") == "true"
                else:
                    attempt.code, attempt.json_error_shape = await _error_code(answer)
            attempt.comment_seconds = time.perf_counter() - posted_at
        except (aiohttp.ClientError, TimeoutError) as error:
            attempt.status = 0
            attempt.error = f"{type(error).__name__}: {error}"[:200]
        finally:
            attempt.finished_at = time.monotonic()
        return attempt

    async def _reader(self, client: aiohttp.ClientSession) -> None:
        while not self.stopped and self._next < self.count:
            index = self._next
            self._next += 1
            for try_number in range(1, self.max_tries + 1):
                attempt = await self._one(client, index, try_number)
                self.attempts.append(attempt)
                if not (self.patient and attempt.status == 503 and not self.stopped):
                    break
                # What a portal does with a 503: keep the reader's text, wait, send it again.
                await asyncio.sleep(float(attempt.retry_after or 5))
            self.done += 1

    async def run_async(self, *chaos: Callable[[Crowd], Any]) -> LoadResult:
        """Post every comment while the ``chaos`` coroutines (given this crowd) do their work."""
        # A patient reader's connection idles for Retry-After seconds: dropped before gunicorn
        # drops it, or the retry can be reset unanswered (stack.IDLE_CONNECTION_SECONDS).
        connector = aiohttp.TCPConnector(limit=self.concurrency,
                                         keepalive_timeout=IDLE_CONNECTION_SECONDS)
        timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
        async with aiohttp.ClientSession(self.base, connector=connector,
                                         timeout=timeout) as client:
            started = time.monotonic()
            readers = [asyncio.create_task(self._reader(client)) for _ in range(self.concurrency)]
            troubles = [asyncio.create_task(act(self)) for act in chaos]
            await asyncio.gather(*readers)
            await asyncio.gather(*troubles)
            finished = time.monotonic()
        return LoadResult(sorted(self.attempts, key=lambda a: a.index), started, finished,
                          self.concurrency)

    def run_sync(self, *chaos: Callable[[Crowd], Any]) -> LoadResult:
        """:meth:`run_async` from synchronous code."""
        return run_in_own_loop(self.run_async(*chaos))

    async def reach(self, fraction: float) -> None:
        """Wait until ``fraction`` of the comments are done."""
        while self.done < fraction * self.count and not self.stopped:
            await asyncio.sleep(0.02)


def run_in_own_loop(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to the end in a thread of its own, with its own event loop: the thread
    calling may have a loop running already (Playwright's sync API keeps one in the main
    thread for the whole session of a test run that includes the browser stories)."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(asyncio.run(coroutine))
        except BaseException as error:  # handed to the caller below
            failure.append(error)

    thread = threading.Thread(target=run, name="crowd")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]


@dataclass
class Timeline:
    """When things happened during a run (monotonic seconds), for figures."""

    marks: dict[str, float] = field(default_factory=dict)

    def mark(self, name: str) -> None:
        """Remember now under ``name``."""
        self.marks[name] = time.monotonic()

    def between(self, first: str, second: str) -> float:
        """Seconds from one mark to another."""
        return round(self.marks[second] - self.marks[first], 2)
