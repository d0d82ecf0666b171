"""Stories of an operator reading the logs: JSON lines that follow a comment from its HTTP
request into its scoring job, and never hold an address, a password, a token or a secret."""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Callable
from typing import Any

import pytest

from modsvc import gunicorn_conf, logs
from modsvc.accounts import create_token
from modsvc.captcha import answer_for
from modsvc.queues import fetch_job, scoring_job_id
from modsvc.storage import CommentStatus
from tests.conftest import SECRET, Moderator, Service
from tests.observability.conftest import LogLines
from workers import jobs
from workers.worker import run_worker

CLIENT_IP = "203.0.113.9"
REQUEST_ID = "obs-flow-request-0001"


def _post_comment(service: Service, body: str, answer: str | None = None,
                  headers: dict[str, str] | None = None) -> Any:
    environ = {"REMOTE_ADDR": CLIENT_IP}
    captcha = service.client.post("/api/v1/captcha", environ_base=environ).get_json()
    given = answer or answer_for(SECRET, captcha["captcha_id"])
    payload = {"article_id": "berita-9", "author_name": "Siti", "body": body,
               "captcha_id": captcha["captcha_id"], "captcha_answer": given}
    return service.client.post("/api/v1/comments", json=payload, headers=headers or {},
                               environ_base=environ), given


def test_a_whole_flow_leaves_no_address_password_token_or_secret_in_the_logs(
    make_service: Callable[..., Service],
    make_moderator: Callable[..., Moderator],
    service: Service,
    json_logs: LogLines,
) -> None:
    limited = make_service(rate_limit_comments="3/minute")
    # A reader comments (with our request id), gets one captcha wrong, then is rate-limited.
    accepted, right_answer = _post_comment(
        limited, "Jalan di desa kami rusak, mohon diperbaiki", headers={"X-Request-ID": REQUEST_ID}
    )
    assert accepted.status_code == 202
    comment_id = accepted.get_json()["id"]
    wrong, wrong_answer = _post_comment(limited, "Komentar kedua", answer="WRONG9")
    assert wrong.get_json()["error"]["code"] == "captcha_invalid"
    _post_comment(limited, "Komentar ketiga")
    refused, _ = _post_comment(limited, "Komentar keempat")
    assert refused.status_code == 429

    # A moderator logs in with a password; an integration uses a bearer token.
    moderator = make_moderator("dewi")
    issued = create_token(service.services, "portal-bot", "moderate")
    bot = service.client.get("/api/v1/moderation/queue",
                             headers={"Authorization": f"Bearer {issued.secret}"})
    assert bot.status_code == 200
    assert service.client.get(
        "/api/v1/moderation/queue", headers={"Authorization": "Bearer msv_not-a-real-token"}
    ).status_code == 401

    # The comment is scored by the real worker, then the moderator approves it.
    run_worker(service.services, burst=True, with_sweeper=False)
    assert moderator.decide(comment_id, "approve").status_code == 200
    session_cookie = moderator.client.get_cookie("modsvc_session")
    assert session_cookie is not None

    records = json_logs.records()
    assert records, "nothing was logged"
    for record in records:
        assert {"time", "level", "logger", "message", "request_id"} <= record.keys(), record
    secrets_seen = {
        "client IP": CLIENT_IP,
        "password": moderator.password,
        "bearer token": issued.secret,
        "bad bearer token": "msv_not-a-real-token",
        "secret key": SECRET,
        "captcha answer": right_answer,
        "wrong captcha answer": wrong_answer,
        "session cookie": session_cookie.value,
        "CSRF token": moderator.csrf(),
    }
    for what, value in secrets_seen.items():
        assert value not in json_logs.text, f"the {what} is in the logs"

    request_lines = [r for r in records if r["request_id"] == REQUEST_ID]
    assert any(r["logger"] == "modsvc.access" and r["path"] == "/api/v1/comments"
               for r in request_lines), request_lines
    job_lines = [r for r in request_lines if r.get("job_id") == scoring_job_id(comment_id)]
    assert any(r["logger"] == "workers.jobs" and comment_id in r["message"]
               for r in job_lines), "the scoring job's log lines lack the request id"
    assert any(r["logger"] == "modsvc.access" and r["path"] == "/login" for r in records)


def test_each_line_is_one_json_object_with_the_context_of_its_request_and_job(
    json_logs: LogLines,
) -> None:
    log = logging.getLogger("modsvc.test")
    with logs.log_context(request="req-12345678", job="score-abc"):
        log.info("scored %s", "abc", extra={"duration_ms": 4.2})
        try:
            raise RuntimeError("boom from 198.51.100.23")
        except RuntimeError:
            log.exception("job failed")
    log.warning("outside any request")

    scored, failed, outside = json_logs.records()
    assert scored["message"] == "scored abc"
    assert scored["level"] == "INFO"
    assert scored["logger"] == "modsvc.test"
    assert scored["time"].endswith("Z")
    assert (scored["request_id"], scored["job_id"]) == ("req-12345678", "score-abc")
    assert scored["duration_ms"] == 4.2
    assert "RuntimeError" in failed["exception"]
    assert "198.51.100.23" not in failed["exception"], "addresses are masked in tracebacks too"
    assert outside["request_id"] is None
    assert "job_id" not in outside


def test_what_a_library_might_print_is_masked() -> None:
    assert logs.redact("ratelimit 3 per 1 minute (LIMITER/modsvc/203.0.113.9/x) exceeded") == (
        "ratelimit 3 per 1 minute (LIMITER/modsvc/[ip]/x) exceeded"
    )
    assert logs.redact("peer 2001:db8::7 closed") == "peer [ip] closed"
    loopback_and_times = "redis at 127.0.0.1:6379 at 12:30:45"
    assert logs.redact(loopback_and_times) == loopback_and_times
    assert logs.redact("Authorization: Bearer msv_abc.def") == "Authorization: [redacted]"
    assert logs.redact("headers {'Cookie': 'modsvc_session=xyz; a=b'}") == (
        "headers {'Cookie': '[redacted]'}"
    )
    assert logs.redact("model 20261101-020000-3fa9 loaded") == "model 20261101-020000-3fa9 loaded"
    assert logs.redact("Error connecting to redis://:Zq7_x-9@127.0.0.1:41234/0.") == (
        "Error connecting to redis://:[redacted]@127.0.0.1:41234/0."
    )
    assert logs.redact("postgresql+psycopg://modsvc:pw@db:5432/modsvc") == (
        "postgresql+psycopg://modsvc:[redacted]@db:5432/modsvc"
    )
    assert logs.redact("GET http://127.0.0.1:8000/demo") == "GET http://127.0.0.1:8000/demo"


def test_gunicorn_never_writes_the_client_address() -> None:
    assert gunicorn_conf.accesslog is None
    assert "%(h)s" not in gunicorn_conf.access_log_format
    assert "%(r)s" not in gunicorn_conf.access_log_format, "the request line has the query"
    assert "%(q)s" not in gunicorn_conf.access_log_format
    formatter = gunicorn_conf.logconfig_dict["formatters"]["json"]["()"]
    assert formatter == "modsvc.logs.JsonFormatter"


def test_a_comment_enqueued_again_by_the_sweeper_keeps_its_request_id(service: Service) -> None:
    response = service.portal.post("Mohon info posyandu", headers={"X-Request-ID": REQUEST_ID})
    comment_id = response.get_json()["id"]
    fetch_job(scoring_job_id(comment_id), service.services.redis).delete()

    assert jobs.sweep_received(older_than_seconds=0) == 1

    job = fetch_job(scoring_job_id(comment_id), service.services.redis)
    assert job.meta["request_id"] == REQUEST_ID
    service.drain()
    status = service.client.get(f"/api/v1/comments/{comment_id}").get_json()["status"]
    assert status != CommentStatus.RECEIVED


def test_log_lines_follow_standard_error_when_a_command_run_in_process_closes_its_stand_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An operator's command run inside another program (or a test capturing its output) swaps
    standard error for a while and closes the stand-in afterwards; the process's log lines
    must then go to the standard error of the moment, not to the closed file."""
    logger = logging.getLogger("modsvc.story")
    logger.setLevel(logging.INFO)
    handler = logs.json_handler()
    logger.addHandler(handler)
    logger.propagate = False
    try:
        during = io.StringIO()
        monkeypatch.setattr(sys, "stderr", during)
        logger.info("during the command")
        during.close()
        after = io.StringIO()
        monkeypatch.setattr(sys, "stderr", after)
        logger.info("after the command")
        lines = after.getvalue().splitlines()
        assert [json.loads(line)["message"] for line in lines] == ["after the command"]
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
