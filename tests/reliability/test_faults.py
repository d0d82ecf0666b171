"""Stories of an operator's bad day, told against the real service (``modsvc up``: gunicorn,
scoring workers, a Redis server and a database): workers die, Redis dies, the database goes
away, someone swaps the model file, the machine is shut down in the middle of the evening rush.

Each story runs a crowd of readers (:mod:`tests.reliability.load`) through the fault and checks
the promise to the portal: what got a 202 ends scored, what could not be served got a 503 with
Retry-After (never a 500), and the service comes back by itself.
"""

from __future__ import annotations

import asyncio
import http.client
import os
import re
import signal
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import skops.io as sio
import yaml
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer
from sqlalchemy import select

from classifiers.registry import MODEL_FILE
from classifiers.training import TrainedModel
from modsvc import gunicorn_conf
from modsvc.accounts import add_moderator, create_token
from modsvc.captcha import answer_for
from modsvc.model_store import ACTIVE_KEY, ModelStore
from modsvc.storage import Comment
from tests.conftest import login_form_token
from tests.reliability.load import Crowd, LoadResult, Timeline
from tests.reliability.stack import SECRET, Stack

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
# Each story's readers come from their own range of addresses (rate limits are per address).
RUN_WORKER_KILLS, RUN_REDIS, RUN_DATABASE, RUN_MODEL, RUN_SIGTERM = 11, 12, 13, 14, 15
NOTHING_TORN = {"without_portal_event": 0, "scored_without_score": 0,
                "scored_without_model_event": 0}
# The sweeper re-enqueues a comment left `received` after SWEEP_AFTER_SECONDS (15 s here, 60 s
# by default), in rounds a third of that apart; the bound leaves room for a loaded machine.
SWEEPER_RECOVERY_SECONDS = 150
# Readers in the Redis, database and shutdown stories: enough for the fault to land mid-rush.
OUTAGE_CROWD = 800


def _no_server_errors_but_clear_503s(result: LoadResult) -> list[str]:
    """Every 5xx a reader saw is a JSON 503 `unavailable` with Retry-After."""
    problems = []
    for attempt in result.server_errors():
        if attempt.status != 503:
            problems.append(f"{attempt.stage} answered {attempt.status}")
        elif attempt.code != "unavailable" or not attempt.json_error_shape:
            problems.append(f"{attempt.stage} 503 without the JSON error shape")
        elif not (attempt.retry_after or "").isdigit():
            problems.append(f"{attempt.stage} 503 without Retry-After")
    return problems


def _logged_in_moderator(stack: Stack, client: httpx.Client, name: str) -> httpx.Client:
    """A moderator's browser: logged in, holding a session cookie."""
    password = f"{name}-kata-sandi-panjang"
    add_moderator(stack.services, name, password)
    answer = client.post("/login", data={"username": name, "password": password,
                                         "csrf_token": login_form_token(client.get("/login").text)})
    assert answer.status_code == 302, answer.text
    assert client.get("/api/v1/moderation/queue").status_code == 200
    return client


@dataclass(frozen=True)
class Probe:
    """One request made during an outage, and how it was answered."""

    status: int
    retry_after: str
    body: Any
    seconds: float


def _probe(client: httpx.Client, method: str, path: str, **kwargs: Any) -> Probe:
    started = time.perf_counter()
    answer = client.request(method, path, **kwargs)
    try:
        body = answer.json()
    except ValueError:
        body = answer.text[:200]
    return Probe(answer.status_code, answer.headers.get("Retry-After", ""), body,
                 round(time.perf_counter() - started, 3))


def _assert_unavailable(probe: Probe, what: str) -> None:
    assert probe.status == 503, f"{what}: {probe.status} {probe.body}"
    assert probe.retry_after.isdigit(), f"{what}: no Retry-After"
    if what.startswith("moderator page"):
        return  # people browsing get the HTML error page
    assert isinstance(probe.body, dict), f"{what}: {probe.body}"
    if "error" in probe.body:
        assert probe.body["error"]["code"] == "unavailable", f"{what}: {probe.body}"
    else:
        assert probe.body["status"] == "unavailable", f"{what}: {probe.body}"


def _all_processes() -> list[int]:
    return [int(entry) for entry in os.listdir("/proc") if entry.isdigit()]


def _process_group(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[2])
    except (OSError, ValueError, IndexError):
        return None


def test_workers_killed_three_times_during_2000_comments_lose_none(
    stack: Stack, report: dict[str, Any]
) -> None:
    stack.wait_ready()
    killed: list[int] = []
    timeline = Timeline()

    async def kill_every_worker_three_times(crowd: Crowd) -> None:
        for n, fraction in enumerate((0.25, 0.5, 0.75)):
            await crowd.reach(fraction)
            pids = stack.worker_pids()
            assert pids, "no workers to kill"
            for pid in pids:
                os.kill(pid, signal.SIGKILL)
            killed.extend(pids)
            timeline.mark(f"kill {n + 1}")
            # `modsvc up` starts new workers by itself; wait for all of them before the next
            # kill (one back is not enough: the next round would kill only that one).
            while len(set(stack.worker_pids()) - set(killed)) < stack.workers:
                await asyncio.sleep(0.1)

    crowd = Crowd(stack.base, SECRET, run=RUN_WORKER_KILLS, count=2000, concurrency=50,
                  marker_prefix="kill")
    result = crowd.run_sync(kill_every_worker_three_times)
    timeline.mark("posted")

    assert result.statuses() == {"202": 2000}, "the portal does not notice workers dying"
    scored_in = stack.wait_scored(result.accepted_ids, timeout=SWEEPER_RECOVERY_SECONDS)
    assert stack.half_written() == NOTHING_TORN
    assert len(killed) == 3 * stack.workers
    assert stack.log().count("exited; restarting") >= len(killed)
    left_behind = [pid for pid in _all_processes() if _process_group(pid) in killed]
    assert left_behind == [], "a killed worker left processes running (its RQ scheduler)"
    assert stack.wait_ready() < 5
    report["faults.worker_sigkill"] = {
        "comments": 2000, "accepted": len(result.accepted), "workers_killed": len(killed),
        "kills": 3, "all_scored_seconds_after_last_post": round(scored_in, 1),
        "lost": 0, **{k: v for k, v in result.figures().items() if k in ("seconds",)},
    }


def test_redis_killed_during_intake_answers_503_and_recovers_by_itself(
    stack: Stack, browsers: Callable[[str], httpx.Client], report: dict[str, Any]
) -> None:
    stack.wait_ready()
    moderator = _logged_in_moderator(stack, browsers(stack.base), "redis-dewi")
    anonymous = browsers(stack.base)
    posted = anonymous.post("/api/v1/captcha").json()["captcha_id"]
    timeline = Timeline()
    probes: dict[str, Probe] = {}
    issued_in_outage: list[int] = []

    def during_the_outage() -> None:
        # Issuing needs no Redis (the id is signed, nothing is stored); drawing it does.
        fresh = anonymous.post("/api/v1/captcha")
        issued_in_outage.append(fresh.status_code)
        if fresh.status_code == 201:
            probes["captcha image"] = _probe(anonymous, "GET", fresh.json()["image_url"])
        probes["comment"] = _probe(anonymous, "POST", "/api/v1/comments", json={
            "article_id": "berita-1", "author_name": "Budi", "body": "Listrik padam lagi",
            "captcha_id": posted, "captcha_answer": "AAAAA"})
        probes["readyz"] = _probe(anonymous, "GET", "/readyz")
        probes["moderator queue (session cookie)"] = _probe(
            moderator, "GET", "/api/v1/moderation/queue")
        probes["moderator page (session cookie)"] = _probe(
            moderator, "GET", "/moderation", headers={"Accept": "text/html"})

    async def kill_redis_for_a_while(crowd: Crowd) -> None:
        await crowd.reach(0.3)
        assert stack.redis_server.process is not None
        stack.redis_server.process.kill()
        stack.redis_server.process.wait()
        timeline.mark("killed")
        try:
            await asyncio.to_thread(during_the_outage)
            await asyncio.sleep(max(0.0, 5 - (time.monotonic() - timeline.marks["killed"])))
        finally:
            # Back even when a probe failed: the next stories share this service.
            await asyncio.to_thread(stack.redis_server.start)
        timeline.mark("restarted")
        await asyncio.to_thread(stack.wait_ready, 60)
        timeline.mark("ready")

    crowd = Crowd(stack.base, SECRET, run=RUN_REDIS, count=OUTAGE_CROWD, concurrency=50,
                  marker_prefix="redis", patient=True)
    result = crowd.run_sync(kill_redis_for_a_while)

    refused = _answered_only_202_or_clear_503(result, probes)
    assert issued_in_outage == [201], "a challenge could not be issued without Redis"
    # Readers who were told to retry later did, and the service, back by itself, took them.
    assert result.statuses(result.finals) == {"202": OUTAGE_CROWD}
    stored = stack.stored_markers(a.marker for a in result.attempts)
    assert len(stored) == OUTAGE_CROWD
    assert set(stored.values()) == {1}, "a comment refused with 503 was stored after all"
    scored_in = stack.wait_scored(result.accepted_ids, timeout=SWEEPER_RECOVERY_SECONDS)
    assert stack.half_written() == NOTHING_TORN
    assert moderator.get("/api/v1/moderation/queue").status_code == 200, "sessions survive"
    report["faults.redis_killed"] = {
        "comments": len(result.finals), "accepted": len(result.accepted),
        "answered_503": len(refused), "answered_500": 0,
        "outage_seconds": timeline.between("killed", "restarted"),
        "probe_answer_seconds": {what: p.seconds for what, p in probes.items()},
        "ready_seconds_after_restart": timeline.between("restarted", "ready"),
        "all_scored_seconds_after_last_post": round(scored_in, 1), "lost": 0,
        "answers": dict(result.statuses()),
    }


def _answered_only_202_or_clear_503(result: Any, probes: dict[str, Probe]) -> list[Any]:
    """An outage seen by readers: no 5xx but 503s with Retry-After, every probe refused
    clearly, nothing but 202 and 503; returns the 503 attempts."""
    assert _no_server_errors_but_clear_503s(result) == []
    for what, probe in probes.items():
        _assert_unavailable(probe, what)
    refused = [a for a in result.attempts if a.status == 503]
    assert refused, "nobody noticed the outage"
    assert all(a.status in (202, 503) for a in result.attempts), result.statuses()
    return refused


def test_the_database_going_away_answers_503_and_recovers_by_itself(
    stack: Stack, browsers: Callable[[str], httpx.Client], report: dict[str, Any]
) -> None:
    if stack.proxy is None:
        pytest.skip("the database outage is played on PostgreSQL (MODSVC_TEST_DATABASE_URL)")
    stack.wait_ready()
    operator = create_token(stack.services, "db-outage-bot", "moderate").secret
    anonymous = browsers(stack.base)
    earlier = stack.client.post("/api/v1/captcha").json()["captcha_id"]
    accepted = anonymous.post("/api/v1/comments", json={
        "article_id": "berita-1", "author_name": "Budi", "body": "Sebelum gangguan",
        "captcha_id": earlier, "captcha_answer": answer_for(SECRET, earlier)}).json()["id"]
    timeline = Timeline()
    probes: dict[str, Probe] = {}

    def during_the_outage() -> None:
        probes["status read"] = _probe(anonymous, "GET", f"/api/v1/comments/{accepted}")
        probes["article listing"] = _probe(anonymous, "GET", "/api/v1/articles/berita-1/comments")
        probes["readyz"] = _probe(anonymous, "GET", "/readyz")
        probes["moderation queue (token)"] = _probe(
            anonymous, "GET", "/api/v1/moderation/queue",
            headers={"Authorization": f"Bearer {operator}"})

    async def cut_the_database_for_a_while(crowd: Crowd) -> None:
        assert stack.proxy is not None
        await crowd.reach(0.3)
        stack.proxy.cut()
        timeline.mark("cut")
        try:
            await asyncio.to_thread(during_the_outage)
            await asyncio.sleep(max(0.0, 5 - (time.monotonic() - timeline.marks["cut"])))
        finally:
            stack.proxy.restore()
        timeline.mark("restored")
        await asyncio.to_thread(stack.wait_ready, 60)
        timeline.mark("ready")

    crowd = Crowd(stack.base, SECRET, run=RUN_DATABASE, count=OUTAGE_CROWD, concurrency=50,
                  marker_prefix="db", patient=True)
    result = crowd.run_sync(cut_the_database_for_a_while)

    refused = _answered_only_202_or_clear_503(result, probes)
    assert result.statuses(result.finals) == {"202": OUTAGE_CROWD}
    scored_in = stack.wait_scored([*result.accepted_ids, accepted],
                                  timeout=SWEEPER_RECOVERY_SECONDS)
    assert stack.half_written() == NOTHING_TORN
    # A refused comment was not stored, so the reader who tries again makes no duplicate. The
    # lost acknowledgement (a COMMIT reaches PostgreSQL but its answer dies with the cut
    # connection, so the reader hears 503 and tries again) would store it twice, but the
    # crowd sends each comment's Idempotency-Key on every try, as a portal should: the retry
    # gets the comment stored then.
    stored = stack.stored_markers(a.marker for a in result.attempts)
    duplicates = [marker for marker, count in stored.items() if count > 1]
    assert duplicates == []
    # Each answer that was such a stored comment followed a 503 for the same comment.
    replayed = [a for a in result.attempts if a.replayed]
    told_503 = {a.marker for a in result.attempts if a.status == 503}
    assert {a.marker for a in replayed} <= told_503
    report["faults.database_unavailable"] = {
        "comments": len(result.finals), "accepted": len(result.accepted),
        "answered_503": len(refused), "answered_500": 0,
        "stored_twice_after_a_503": len(duplicates),
        "stored_before_a_503_and_replayed": len(replayed),
        "outage_seconds": timeline.between("cut", "restored"),
        "probe_answer_seconds": {what: p.seconds for what, p in probes.items()},
        "ready_seconds_after_restore": timeline.between("restored", "ready"),
        "all_scored_seconds_after_last_post": round(scored_in, 1), "lost": 0,
        "answers": dict(result.statuses()),
    }


def _truncate(path: Any) -> None:
    path.write_bytes(path.read_bytes()[:2000])


def _flip_bytes(path: Any) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(b ^ 0xFF for b in data[middle:middle + 64])
    path.write_bytes(bytes(data))


def _hostile(path: Any) -> None:
    # A pipeline that would call a function of the attacker's choosing when used.
    sio.dump(Pipeline([("run", FunctionTransformer(os.system))]), path)


def _not_a_model(path: Any) -> None:
    path.write_bytes(b"PK\x03\x04" + struct.pack("<I", 0xDEADBEEF) + b"not a zip at all")


TAMPERINGS = {"truncated": _truncate, "bytes flipped": _flip_bytes,
              "untrusted types": _hostile, "garbage": _not_a_model}


def test_a_tampered_model_is_refused_and_the_live_one_keeps_scoring(
    stack: Stack, default_model: TrainedModel, report: dict[str, Any],
) -> None:
    stack.wait_ready()
    operator = {"Authorization": f"Bearer {create_token(stack.services, 'ops', 'operate').secret}"}
    store = ModelStore(stack.services)
    live = store.active_version()
    refusals = {}
    for how, tamper in TAMPERINGS.items():
        candidate = store.register(default_model)
        tamper(stack.settings.models_dir / candidate / MODEL_FILE)

        refused = stack.client.post(f"/api/v1/models/{candidate}/activate", headers=operator)

        assert refused.status_code == 422, (how, refused.text)
        assert refused.json()["error"]["code"] == "invalid_model"
        refusals[how] = refused.status_code
    models = stack.client.get("/api/v1/models", headers=operator).json()["items"]
    assert [m["version"] for m in models if m["active"]] == [live]
    assert stack.services.redis.get(ACTIVE_KEY) == (live or "").encode()
    crowd = Crowd(stack.base, SECRET, run=RUN_MODEL, count=5, concurrency=5,
                  marker_prefix="model")
    result = crowd.run_sync()
    stack.wait_scored(result.accepted_ids, timeout=60)
    with stack.services.db.session() as session:
        versions = set(session.scalars(
            select(Comment.model_version).where(Comment.id.in_(result.accepted_ids))))
    assert versions == {live}, "the workers kept scoring with the live model"
    report["faults.tampered_model"] = {how: f"refused ({code})" for how, code in refusals.items()}


def test_sigterm_in_the_middle_of_the_rush_finishes_what_was_started(
    stack: Stack, report: dict[str, Any]
) -> None:
    stack.wait_ready()
    timeline = Timeline()
    exit_code: list[int] = []

    async def stop_the_service(crowd: Crowd) -> None:
        await crowd.reach(0.4)
        timeline.mark("sigterm")
        exit_code.append(await asyncio.to_thread(stack.stop))
        timeline.mark("stopped")

    crowd = Crowd(stack.base, SECRET, run=RUN_SIGTERM, count=OUTAGE_CROWD, concurrency=50,
                  marker_prefix="term")
    result = crowd.run_sync(stop_the_service)

    assert exit_code == [0]
    assert "Stopped." in stack.log()
    assert [a for a in result.attempts if a.status >= 500] == []
    stored = stack.stored_markers(a.marker for a in result.attempts)
    answered = {a.marker for a in result.attempts if a.status == 202}
    # A request the server took in was finished and answered; none was cut off after storing.
    assert set(stored) == answered
    assert set(stored.values()) == {1}
    assert stack.half_written() == NOTHING_TORN

    stack.start()
    scored_in = stack.wait_scored(result.accepted_ids, timeout=SWEEPER_RECOVERY_SECONDS)
    assert stack.half_written() == NOTHING_TORN
    report["faults.sigterm_during_load"] = {
        "comments": len(result.attempts), "accepted": len(result.accepted),
        "no_answer_after_stop": sum(1 for a in result.attempts if a.status == 0),
        "stored_without_answer": 0, "answered_5xx": 0,
        "stop_seconds": timeline.between("sigterm", "stopped"),
        "all_scored_seconds_after_restart": round(scored_in, 1), "lost": 0,
    }


def test_a_connection_idle_as_long_as_the_shipped_proxy_keeps_it_is_still_answered(
    stack: Stack,
) -> None:
    # nginx (deploy/nginx.conf) reuses a connection to gunicorn until it has idled this long;
    # gunicorn must not close it first, or a comment posted at that instant gets a 502.
    upstream = (ROOT / "deploy" / "nginx.conf").read_text().split("upstream", 1)[1]
    proxy_idle = re.search(r"keepalive_timeout\s+(\d+)s;", upstream.split("}", 1)[0])
    assert proxy_idle is not None, "the proxy would keep idle connections for nginx's 60 s"
    stack.wait_ready()
    connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=10)
    try:
        answers = []
        connection.request("GET", "/healthz")
        answers.append(connection.getresponse())
        answers[-1].read()
        kept = connection.sock
        time.sleep(int(proxy_idle.group(1)))
        # http.client sends on the socket it holds; had gunicorn closed it, this would raise.
        connection.request("GET", "/healthz")
        answers.append(connection.getresponse())
        answers[-1].read()
        reused = kept is not None and connection.sock is kept
    finally:
        connection.close()

    assert [answer.status for answer in answers] == [200, 200]
    assert reused, "the second request did not go out on the idle connection"


def test_the_web_container_is_given_longer_to_stop_than_gunicorn_takes_to_drain() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    grace = compose["services"]["web"]["stop_grace_period"]

    assert grace.endswith("s")
    assert int(grace[:-1]) > gunicorn_conf.graceful_timeout, "docker would kill mid-request"
