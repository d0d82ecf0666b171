"""The web service under load: intake, captcha and rate-limited requests against /healthz."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import psutil

from bench.corpus import texts
from bench.load import LoadResult, run_wrk
from bench.stack import Stack
from modsvc.captcha import answer_for, new_captcha_id

# A portal's reader takes a while to type; the captcha was issued this long before the post.
TYPING_SECONDS = 25.0


def presolved_bodies(stack: Stack, count: int, *, article_id: str = "berita-bench") -> Path:
    """Write ``count`` comment bodies, one per line, each with its own solved captcha.

    Challenge ids are made as :meth:`modsvc.captcha.Captchas.issue` makes them (issuing stores
    nothing), dated a reader's typing time ago, so preparing them does not load the server.
    """
    bodies = texts(min(count, 5000))
    issued = time.time() - TYPING_SECONDS
    secret = stack.settings().secret_key
    path = Path(tempfile.mkstemp(prefix="bodies-", suffix=".jsonl", dir=stack.root)[1])
    with path.open("w") as handle:
        for number in range(count):
            captcha_id = new_captcha_id(secret, issued_at=issued)
            handle.write(json.dumps({
                "article_id": article_id,
                "author_name": f"Pembaca {number % 97}",
                "body": bodies[number % len(bodies)],
                "captcha_id": captcha_id,
                "captcha_answer": answer_for(secret, captcha_id),
            }) + "\n")
    return path


def web_rss_mb(stack: Stack) -> float:
    """The largest resident set of one gunicorn worker (the arbiter excluded)."""
    largest = 0.0
    for process in stack.processes:
        try:
            arbiter = psutil.Process(process.pid)
            children = arbiter.children(recursive=True)
        except psutil.NoSuchProcess:
            continue
        if "gunicorn" not in " ".join(arbiter.cmdline()) and "serve" not in arbiter.cmdline():
            continue
        for child in children:
            largest = max(largest, child.memory_info().rss / 2**20)
    return largest


def _pairwise(baseline: list[LoadResult], subject: list[LoadResult], ok_only: bool = True
              ) -> dict[str, Any]:
    ratios = [
        (s.ok_rate if ok_only else s.rate) / b.rate for b, s in zip(baseline, subject, strict=True)
    ]
    return {
        "ratio": statistics.median(ratios),
        "ratios": [round(r, 3) for r in ratios],
        "baseline_rps": [round(b.rate, 1) for b in baseline],
        "subject_rps": [round((s.ok_rate if ok_only else s.rate), 1) for s in subject],
        "subject_p50_ms": [round(s.p50_ms, 2) for s in subject],
        "subject_p99_ms": [round(s.p99_ms, 2) for s in subject],
        "subject_non2xx": [s.non2xx for s in subject],
    }


def intake_ratios(stack: Stack, base: str, *, repeats: int, seconds: float, connections: int
                  ) -> dict[str, Any]:
    """``POST /api/v1/comments`` and ``POST /api/v1/captcha`` throughput over ``/healthz``.

    Runs alternate baseline and subject, so a noisy neighbour hurts both alike; each figure is
    the median of the per-pair ratios.
    """
    health: list[LoadResult] = []
    intake: list[LoadResult] = []
    captcha: list[LoadResult] = []
    health_for_captcha: list[LoadResult] = []
    # The first seconds of a fresh gunicorn are slower (imports, JIT-less warm caches).
    run_wrk(f"{base}/healthz", connections=connections, seconds=1.0)
    for _ in range(repeats):
        bodies = presolved_bodies(stack, int(3000 * seconds))
        health.append(run_wrk(f"{base}/healthz", connections=connections, seconds=seconds))
        intake.append(run_wrk(f"{base}/api/v1/comments", method="POST", bodies=bodies,
                              connections=connections, seconds=seconds))
        bodies.unlink()
        health_for_captcha.append(
            run_wrk(f"{base}/healthz", connections=connections, seconds=seconds))
        captcha.append(run_wrk(f"{base}/api/v1/captcha", method="POST", connections=connections,
                               seconds=seconds))
    return {
        "intake": _pairwise(health, intake),
        "captcha": _pairwise(health_for_captcha, captcha),
    }


def ratelimited_ratio(stack: Stack, base: str, *, repeats: int, seconds: float,
                      connections: int) -> dict[str, Any]:
    """Throughput of requests refused with 429 over ``/healthz`` (same process config)."""
    health: list[LoadResult] = []
    refused: list[LoadResult] = []
    bodies = presolved_bodies(stack, 1000)
    run_wrk(f"{base}/healthz", connections=connections, seconds=1.0)
    for _ in range(repeats):
        health.append(run_wrk(f"{base}/healthz", connections=connections, seconds=seconds))
        result = run_wrk(f"{base}/api/v1/comments", method="POST", bodies=bodies,
                         connections=connections, seconds=seconds)
        refused.append(result)
    found = _pairwise(health, refused, ok_only=False)
    found["subject_429_share"] = [round(r.non2xx / max(1, r.requests), 4) for r in refused]
    return found


def sweep(stack: Stack, base: str, *, levels: list[int], seconds: float) -> list[dict[str, Any]]:
    """Throughput and latency of /healthz and of intake at each number of connections."""
    rows = []
    for connections in levels:
        health = run_wrk(f"{base}/healthz", connections=connections, seconds=seconds)
        bodies = presolved_bodies(stack, int(3000 * seconds))
        intake = run_wrk(f"{base}/api/v1/comments", method="POST", bodies=bodies,
                         connections=connections, seconds=seconds)
        bodies.unlink()
        rows.append({
            "connections": connections,
            "healthz_rps": round(health.rate, 1), "healthz_p50_ms": round(health.p50_ms, 2),
            "healthz_p99_ms": round(health.p99_ms, 2),
            "intake_rps": round(intake.ok_rate, 1), "intake_p50_ms": round(intake.p50_ms, 2),
            "intake_p99_ms": round(intake.p99_ms, 2), "intake_non2xx": intake.non2xx,
        })
    return rows


def wait_for_worker(stack: Stack, base: str, timeout: float = 120.0) -> None:
    """Post one comment and wait until a worker has decided it (its model is loaded)."""
    body = presolved_bodies(stack, 1).read_text().strip()
    answer = httpx.post(f"{base}/api/v1/comments", content=body, timeout=10.0,
                        headers={"Content-Type": "application/json"})
    comment_id = answer.json()["id"]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = httpx.get(f"{base}/api/v1/comments/{comment_id}", timeout=10.0).json()
        if status["status"] != "received":
            return
        time.sleep(0.2)
    raise RuntimeError(f"no worker decided a comment in {timeout:.0f}s:\n"
                       f"{stack.log_tail('worker')}")


def end_to_end_ms(stack: Stack, base: str, *, count: int, poll_seconds: float = 0.002
                  ) -> dict[str, Any]:
    """Idle service: from sending a comment to reading its decided status, one at a time."""
    samples: list[float] = []
    with httpx.Client(base_url=base, timeout=10.0) as client:
        bodies = presolved_bodies(stack, count).read_text().splitlines()
        for body in bodies:
            time.sleep(0.05)  # idle between comments: the worker waits on an empty queue
            started = time.perf_counter()
            answer = client.post("/api/v1/comments", content=body,
                                 headers={"Content-Type": "application/json"})
            if answer.status_code != 202:
                raise RuntimeError(f"intake answered {answer.status_code}: {answer.text}")
            comment_id = answer.json()["id"]
            while True:
                status = client.get(f"/api/v1/comments/{comment_id}").json()["status"]
                if status != "received":
                    break
                if time.perf_counter() - started > 30:
                    raise RuntimeError("a comment was not scored within 30 s")
                time.sleep(poll_seconds)
            samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50": statistics.median(samples),
        "p90": samples[int(0.9 * (len(samples) - 1))],
        "max": samples[-1],
        "n": len(samples),
    }
