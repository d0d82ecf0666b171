"""Stories of the portal hearing about comments through signed webhooks."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from prometheus_client import REGISTRY
from redis import Redis
from redis.backoff import NoBackoff
from redis.retry import Retry
from rq.job import JobStatus
from rq.registry import ScheduledJobRegistry
from sqlalchemy import select

from modsvc import moderation, webhooks
from modsvc.accounts import add_moderator
from modsvc.events import StatusChange
from modsvc.moderation import Actor
from modsvc.queues import DEFAULT_QUEUE, fetch_job, job_queue
from modsvc.services import Services
from modsvc.storage import ActorKind, CommentStatus, Database, ModerationEvent, utcnow
from tests.conftest import Moderator, Service, seed_comments
from tests.webhooks.conftest import WEBHOOK_SECRET, Receiver, run_due_retries

GAMBLING_AD = "SLOT GACOR hari ini maxwin 🔥 depo 10k wd lancar di pulauwin88 . com daftar sekarang"


def _failures(outcome: str) -> float:
    return REGISTRY.get_sample_value("modsvc_webhook_failures_total", {"outcome": outcome}) or 0.0


def deliveries(service: Service) -> list[dict[str, object]]:
    """The delivery log, oldest first."""
    return list(reversed(webhooks.recent_deliveries(service.services)))


def test_a_moderator_approves_a_comment_and_the_portal_receives_a_signed_webhook(
    service: Service,
    receiver: Receiver,
    make_moderator: Callable[..., Moderator],
    documented_verify: Callable[..., bool],
) -> None:
    [comment_id] = seed_comments(service, ["Jalan desa rusak parah, mohon diperbaiki."])
    dewi = make_moderator()

    assert dewi.decide(comment_id, "approve").status_code == 200
    assert receiver.requests == [], "the decision does not wait for the portal"
    service.drain()

    [received] = receiver.requests
    headers = received.headers
    assert received.path == "/hooks/modsvc"
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Modsvc-Event"] == "comment.status_changed"
    assert abs(int(headers["X-Modsvc-Timestamp"]) - time.time()) < 60
    assert headers["X-Modsvc-Signature"].startswith("v1=")
    assert documented_verify(
        WEBHOOK_SECRET, headers["X-Modsvc-Timestamp"], headers["X-Modsvc-Signature"],
        received.body,
    )
    event = json.loads(received.body)
    history = dewi.client.get(f"/api/v1/moderation/comments/{comment_id}").get_json()["events"]
    assert event["event_id"] == history[-1]["id"] == int(headers["X-Modsvc-Event-Id"])
    assert event["type"] == "comment.status_changed"
    assert event["comment_id"] == comment_id
    assert event["article_id"] == "berita-0"
    assert (event["from_status"], event["to_status"]) == ("pending", "approved")
    assert event["actor"] == "moderator"
    assert event["occurred_at"] == history[-1]["created_at"]
    assert event["comment"]["body"] == "Jalan desa rusak parah, mohon diperbaiki."
    assert event["comment"]["author_name"] == "Warga 0"
    assert set(event["comment"]) == {"parent_id", "author_name", "body", "created_at"}
    assert b"example.id" not in received.body, "the author's email never leaves modsvc"
    assert b"dewi" not in received.body, "nor the moderator's name"
    [logged] = deliveries(service)
    assert logged["event_id"] == event["event_id"]
    assert (logged["attempt"], logged["response_status"], logged["outcome"]) == (
        1, 200, "delivered"
    )
    assert logged["url"] == receiver.url


def test_a_forged_tampered_or_stale_webhook_fails_the_documented_check(
    service: Service,
    receiver: Receiver,
    make_moderator: Callable[..., Moderator],
    documented_verify: Callable[..., bool],
) -> None:
    [comment_id] = seed_comments(service, ["Terima kasih atas infonya."])
    make_moderator().decide(comment_id, "reject")
    service.drain()
    [received] = receiver.requests
    stamp = received.headers["X-Modsvc-Timestamp"]
    signature = received.headers["X-Modsvc-Signature"]

    assert documented_verify(WEBHOOK_SECRET, stamp, signature, received.body)
    assert not documented_verify("another-secret", stamp, signature, received.body)
    assert not documented_verify(WEBHOOK_SECRET, stamp, signature, received.body + b" ")
    assert not documented_verify(WEBHOOK_SECRET, str(int(stamp) + 1), signature, received.body)
    assert not documented_verify(
        WEBHOOK_SECRET, stamp, signature, received.body, now=int(stamp) + 301
    ), "a replay after the 5-minute window is refused"
    event = json.loads(received.body)
    assert event["to_status"] == "rejected"
    assert event["comment"] is None, "only approved comments carry their text"
    assert event["rejection"] is None, "the moderator gave no reason"


def test_the_portal_hears_why_a_comment_was_rejected(
    service: Service, receiver: Receiver, make_moderator: Callable[..., Moderator],
) -> None:
    [comment_id] = seed_comments(service, ["Ini nomor HP pak kades 0812-3456-7890, telpon aja"])
    make_moderator().decide(comment_id, "reject", reason_code="personal_data",
                            reason="Nomor pribadi orang lain tidak kami tampilkan.")
    service.drain()

    [received] = receiver.requests
    event = json.loads(received.body)
    assert event["rejection"] == {"reason_code": "personal_data",
                                  "note": "Nomor pribadi orang lain tidak kami tampilkan."}


def test_the_model_marks_a_comment_spam_and_the_portal_hears_of_it(
    make_service: Callable[..., Service], receiver: Receiver
) -> None:
    service = make_service(
        webhook_url=receiver.url, webhook_secret=WEBHOOK_SECRET, spam_threshold="0.5"
    )

    posted = service.portal.post(GAMBLING_AD).get_json()
    service.drain()

    [received] = receiver.requests
    event = json.loads(received.body)
    assert event["comment_id"] == posted["id"]
    assert (event["from_status"], event["to_status"]) == ("received", "spam")
    assert event["actor"] == "model"
    assert event["comment"] is None
    assert GAMBLING_AD.encode() not in received.body


def test_a_portal_that_fails_once_gets_the_webhook_on_the_retry(
    service: Service,
    receiver: Receiver,
    make_moderator: Callable[..., Moderator],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    failures_before = _failures("retrying")
    receiver.answer_with(500)
    [comment_id] = seed_comments(service, ["Setuju, lampu jalan harus segera diganti."])
    make_moderator().decide(comment_id, "approve")

    before = utcnow()
    service.drain()
    after = utcnow()

    assert len(receiver.requests) == 1
    [first] = deliveries(service)
    assert (first["attempt"], first["response_status"], first["outcome"]) == (1, 500, "retrying")
    assert "answer 500" in str(first["error"])
    assert _failures("retrying") == failures_before + 1, "modsvc_webhook_failures_total counts it"
    registry = ScheduledJobRegistry(DEFAULT_QUEUE, connection=service.services.redis)
    [job_id] = registry.get_job_ids()
    due = registry.get_scheduled_time(job_id)
    # Measured against the delivery's own time (somewhere in the drain), not the clock now: a
    # loaded machine can take many seconds to drain.
    backoff, slack = timedelta(seconds=10), timedelta(seconds=1)
    assert before + backoff - slack <= due <= after + backoff + slack, "backoff starts at 10 s"

    run_due_retries(service)

    assert len(receiver.requests) == 2
    assert receiver.requests[1].body == receiver.requests[0].body, "the same event, resent"
    first, second = deliveries(service)
    assert first["event_id"] == second["event_id"]
    assert (second["attempt"], second["response_status"], second["outcome"]) == (
        2, 200, "delivered"
    )
    assert fetch_job(job_id, service.services.redis).get_status() == (
        JobStatus.FINISHED
    )
    assert WEBHOOK_SECRET not in caplog.text, "the secret is never logged"


def test_an_unreachable_portal_is_retried(make_service: Callable[..., Service]) -> None:
    closed = Receiver()
    url = closed.url
    closed.stop()
    closed.server.server_close()
    service = make_service(webhook_url=url, webhook_secret=WEBHOOK_SECRET)
    [comment_id] = seed_comments(service, ["Kapan pasar baru dibuka?"])
    moderation.decide(service.services, comment_id, "spam", Actor("token:cms"))

    service.drain()

    [logged] = deliveries(service)
    assert logged["outcome"] == "retrying"
    assert logged["response_status"] is None
    assert "ConnectError" in str(logged["error"])
    registry = ScheduledJobRegistry(DEFAULT_QUEUE, connection=service.services.redis)
    assert len(registry.get_job_ids()) == 1


@pytest.mark.slow
def test_a_portal_slower_than_five_seconds_is_retried(
    service: Service, receiver: Receiver, make_moderator: Callable[..., Moderator]
) -> None:
    receiver.delay_seconds = webhooks.TIMEOUT_SECONDS + 1
    [comment_id] = seed_comments(service, ["Server portal sedang lambat."])
    make_moderator().decide(comment_id, "approve")

    started = time.monotonic()
    service.drain()

    assert time.monotonic() - started < webhooks.TIMEOUT_SECONDS + 3
    [logged] = deliveries(service)
    assert logged["outcome"] == "retrying"
    assert "timeout" in str(logged["error"])


def test_a_400_answer_is_not_retried(
    service: Service, receiver: Receiver, make_moderator: Callable[..., Moderator]
) -> None:
    receiver.answer_with(400)
    [comment_id] = seed_comments(service, ["Mantap, beritanya lengkap."])
    make_moderator().decide(comment_id, "approve")

    service.drain()
    run_due_retries(service)

    assert len(receiver.requests) == 1
    [logged] = deliveries(service)
    assert (logged["response_status"], logged["outcome"]) == (400, "failed")
    registry = ScheduledJobRegistry(DEFAULT_QUEUE, connection=service.services.redis)
    assert registry.get_job_ids() == []


def test_a_redirect_is_not_followed_to_another_host(
    service: Service, receiver: Receiver, make_moderator: Callable[..., Moderator]
) -> None:
    receiver.answer_with(302)
    [comment_id] = seed_comments(service, ["Semoga cepat selesai."])
    make_moderator().decide(comment_id, "approve")

    service.drain()
    run_due_retries(service)

    assert len(receiver.requests) == 1
    [logged] = deliveries(service)
    assert (logged["response_status"], logged["outcome"]) == (302, "failed")
    assert "not followed" in str(logged["error"])


def test_without_a_webhook_url_nothing_is_enqueued(
    make_service: Callable[..., Service],
) -> None:
    service = make_service()
    [comment_id] = seed_comments(service, ["Info yang bermanfaat."])
    add_moderator(service.services, "dewi", "dewi-password-123")
    dewi = Moderator(service, "dewi", "dewi-password-123")
    assert dewi.log_in().status_code == 302

    assert dewi.decide(comment_id, "approve").status_code == 200

    redis = service.services.redis
    assert job_queue(DEFAULT_QUEUE, redis).count == 0
    assert ScheduledJobRegistry(DEFAULT_QUEUE, connection=redis).get_job_ids() == []
    service.drain()
    assert webhooks.recent_deliveries(service.services) == []


def test_an_undo_tells_the_portal_to_stop_showing_the_comment(
    service: Service, receiver: Receiver, make_moderator: Callable[..., Moderator]
) -> None:
    [comment_id] = seed_comments(service, ["Komentar yang keliru disetujui."])
    dewi = make_moderator()
    dewi.decide(comment_id, "approve")
    assert dewi.client.post(
        f"/api/v1/moderation/comments/{comment_id}/undo", headers={"X-CSRFToken": dewi.csrf()}
    ).status_code == 200

    service.drain()

    approved, undone = sorted((json.loads(r.body) for r in receiver.requests),
                              key=lambda e: e["event_id"])
    assert (approved["to_status"], undone["from_status"], undone["to_status"]) == (
        "approved", "approved", "pending"
    )
    assert undone["event_id"] > approved["event_id"], "the portal keeps the highest event id"
    assert undone["comment"] is None


def test_a_bulk_decision_sends_one_webhook_per_comment(
    service: Service, receiver: Receiver, make_moderator: Callable[..., Moderator]
) -> None:
    ids = seed_comments(service, ["judi satu", "judi dua", "judi tiga"])
    dewi = make_moderator()

    response = dewi.client.post(
        "/api/v1/moderation/decisions", json={"action": "spam", "ids": ids},
        headers={"X-CSRFToken": dewi.csrf()},
    )
    assert response.status_code == 200
    service.drain()

    events = [json.loads(r.body) for r in receiver.requests]
    assert sorted(e["comment_id"] for e in events) == sorted(ids)
    assert {e["to_status"] for e in events} == {"spam"}


def test_a_delivered_notice_is_not_sent_twice(
    service: Service, receiver: Receiver, make_moderator: Callable[..., Moderator]
) -> None:
    [comment_id] = seed_comments(service, ["Sekali saja."])
    make_moderator().decide(comment_id, "approve")
    service.drain()
    [received] = receiver.requests
    event = json.loads(received.body)
    services = service.services

    replayed = webhooks.enqueue_undelivered(services, since=utcnow() - timedelta(hours=1))
    with services.db.session() as session:
        row = session.get(ModerationEvent, event["event_id"])
        assert row is not None
        again = webhooks.deliver(services, comment_id, row.to_status, row.created_at)

    assert replayed == 0
    assert again == "already delivered"
    assert len(receiver.requests) == 1


def test_with_redis_down_a_decision_stands_and_the_notice_can_be_replayed(
    service: Service, receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    [comment_id] = seed_comments(service, ["Diputuskan saat Redis mati."])
    settings = service.settings
    cut_off = Services(
        settings=settings,
        db=Database(settings.database_url),
        redis=Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.5,
                    retry=Retry(NoBackoff(), 0)),
    )
    webhooks.install(cut_off)

    with caplog.at_level(logging.WARNING, logger="modsvc.webhooks"):
        item = moderation.decide(cut_off, comment_id, "approve", Actor("moderator:dewi", None))
    cut_off.db.dispose()

    assert item["status"] == "approved"
    assert "not enqueued" in caplog.text
    service.drain()
    assert receiver.requests == []

    since = utcnow() - timedelta(minutes=5)
    assert webhooks.enqueue_undelivered(service.services, since) == 1
    assert webhooks.enqueue_undelivered(service.services, since) == 0, "already waiting"
    service.drain()

    [received] = receiver.requests
    assert json.loads(received.body)["comment_id"] == comment_id


def test_the_changes_sent_again_after_an_outage_are_the_ones_the_portal_hears_of_live(
    service: Service,
) -> None:
    """The rule of which changes the portal hears of is stated in Python (live) and in SQL
    (replay); for every pair of statuses the two must agree."""
    [comment_id] = seed_comments(service, ["Satu komentar, semua perubahan."])
    statuses: list[str | None] = [None, *(status.value for status in CommentStatus)]
    pairs = [(before, after) for before in statuses for after in statuses
             if after is not None and before != after]
    now = utcnow()
    with service.services.db.session() as session:
        session.add_all(ModerationEvent(comment_id=comment_id, actor="moderator:dewi",
                                        actor_kind=ActorKind.MODERATOR, from_status=before,
                                        to_status=after, created_at=now) for before, after in pairs)
    with service.services.db.session() as session:
        replayed = {(before, after) for before, after in session.execute(
            select(ModerationEvent.from_status, ModerationEvent.to_status)
            .where(ModerationEvent.comment_id == comment_id, webhooks.announced_events())
        )}

    live = {(before, after) for before, after in pairs if webhooks.announces(StatusChange(
        comment_id, before, str(after), "moderator:dewi", ActorKind.MODERATOR, None, now))}
    assert replayed == live
    assert (CommentStatus.APPROVED.value, CommentStatus.PENDING.value) in live, "an undo"
    assert (CommentStatus.RECEIVED.value, CommentStatus.PENDING.value) not in live
