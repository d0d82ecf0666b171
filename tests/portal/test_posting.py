"""Stories of the portal posting comments and reading their fate."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import func, select

from modsvc.services import Services
from modsvc.storage import Comment, ModerationEvent
from tests.conftest import Portal, Service

GENUINE = "Jalan di depan SD Negeri 2 rusak parah pak, mohon segera diperbaiki sebelum musim hujan"


def test_a_citizen_posts_a_comment_and_a_worker_puts_it_in_the_queue(
    portal: Portal, services: Services, drain: Callable[[], None]
) -> None:
    response = portal.post(GENUINE, author_email="Siti@Example.ID")

    assert response.status_code == 202
    body = response.get_json()
    assert body["status"] == "received"
    assert response.headers["Location"] == f"/api/v1/comments/{body['id']}"

    drain()

    status = portal.client.get(f"/api/v1/comments/{body['id']}").get_json()
    assert status["status"] in {"pending", "spam"}
    assert set(status) == {"id", "status", "article_id", "created_at", "review"}
    assert status["review"] is None, "the writer has not asked for a review"
    with services.db.session() as session:
        comment = session.get(Comment, body["id"])
        assert comment is not None
        assert comment.score is not None
        assert 0.0 <= comment.score <= 1.0
        assert comment.model_version is not None
        assert comment.author_email == "siti@example.id"
        assert comment.ip_hash
        assert comment.ip_hash != "127.0.0.1"
        assert comment.captcha_seconds is not None
        assert comment.captcha_seconds >= 0
        events = session.scalars(
            select(ModerationEvent).where(ModerationEvent.comment_id == comment.id)
            .order_by(ModerationEvent.id)
        ).all()
        assert [(e.from_status, e.to_status) for e in events] == [
            (None, "received"), ("received", comment.status)
        ]


def test_with_auto_approve_on_a_genuine_comment_is_shown_on_its_article(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(auto_approve="on", approve_threshold="0.9", spam_threshold="0.95")

    posted = service.portal.post(GENUINE, author_email="warga@example.id").get_json()
    service.drain()

    status = service.client.get(f"/api/v1/comments/{posted['id']}").get_json()
    assert status["status"] == "approved"
    listing = service.client.get("/api/v1/articles/berita-123/comments").get_json()
    assert [item["id"] for item in listing["items"]] == [posted["id"]]
    assert listing["total"] == 1
    shown = listing["items"][0]
    assert shown["body"] == GENUINE
    assert "author_email" not in shown
    assert "ip_hash" not in shown
    assert "score" not in shown


def test_a_gambling_ad_is_marked_spam_without_reaching_moderators(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(spam_threshold="0.5")

    posted = service.portal.post(
        "SLOT GACOR hari ini maxwin 🔥 depo 10k wd lancar di pulauwin88 . com daftar sekarang"
    ).get_json()
    service.drain()

    with service.services.db.session() as session:
        comment = session.get(Comment, posted["id"])
        assert comment is not None
        assert comment.status == "spam"
        assert comment.reasons, "moderators and retraining need the reasons"


def test_a_bot_that_fills_the_hidden_field_is_marked_spam(
    portal: Portal, services: Services, drain: Callable[[], None]
) -> None:
    posted = portal.post(GENUINE, website="http://seo-backlink.example").get_json()

    drain()

    with services.db.session() as session:
        comment = session.get(Comment, posted["id"])
        assert comment is not None
        assert comment.honeypot is True
        assert comment.status == "spam"
        assert comment.reasons is not None
        assert comment.reasons[0]["code"] == "honeypot"


def test_a_reply_must_name_a_comment_on_the_same_article(portal: Portal) -> None:
    parent = portal.post(GENUINE).get_json()

    reply = portal.post("setuju pak", parent_id=parent["id"])
    stray = portal.post("setuju pak", parent_id="nonexistent")
    elsewhere = portal.post("setuju pak", parent_id=parent["id"], article_id="berita-999")

    assert reply.status_code == 202
    assert stray.status_code == 400
    assert stray.get_json()["error"]["details"]["field_codes"] == {"parent_id": "unknown_parent"}
    assert elsewhere.status_code == 400


def test_an_unknown_comment_is_a_json_404(portal: Portal) -> None:
    response = portal.client.get("/api/v1/comments/doesnotexist")

    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_the_article_listing_shows_only_approved_comments_page_by_page(
    portal: Portal, services: Services
) -> None:
    ids = [portal.post(f"{GENUINE} nomor {n}").get_json()["id"] for n in range(5)]
    with services.db.session() as session:
        for comment_id in ids[:3]:
            session.get(Comment, comment_id).status = "approved"  # type: ignore[union-attr]

    first = portal.client.get("/api/v1/articles/berita-123/comments?per_page=2").get_json()
    second = portal.client.get("/api/v1/articles/berita-123/comments?per_page=2&page=2").get_json()
    bad = portal.client.get("/api/v1/articles/berita-123/comments?per_page=1000")

    assert first["total"] == 3
    assert [i["id"] for i in first["items"]] + [i["id"] for i in second["items"]] == ids[:3]
    assert bad.status_code == 400
    with services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 5


def test_a_comment_marked_spam_reads_as_pending_to_the_portal_unless_told_otherwise(
    make_service: Callable[..., Service],
) -> None:
    for reveal, shown in (("off", "pending"), ("on", "spam")):
        service = make_service(reveal_spam_status=reveal, spam_threshold="0.0")
        posted = service.portal.post("Terima kasih infonya pak").get_json()
        service.drain()

        status = service.client.get(f"/api/v1/comments/{posted['id']}").get_json()["status"]

        assert status == shown


def test_a_reply_of_only_numbers_or_emoji_waits_for_a_person_whatever_its_score(
    make_service: Callable[..., Service],
) -> None:
    # Digits are what gambling brands carry ("pulauwin88"), so a citizen's "88" or "99" can
    # score as high as an ad; with no word in it, it cannot sell anything: people decide it.
    service = make_service(spam_threshold="0")
    replies = [service.portal.post(body).get_json()["id"] for body in ("99", "88 👍👍", "!!!")]
    advert = service.portal.post("SLOT GACOR maxwin di pulauwin88").get_json()["id"]
    service.drain()

    with service.services.db.session() as session:
        for comment_id in replies:
            comment = session.get(Comment, comment_id)
            assert comment is not None
            assert comment.status == "pending", comment.body
            assert comment.reasons is not None
            assert comment.reasons[0]["code"] == "no_words"
        ad = session.get(Comment, advert)
        assert ad is not None
        assert ad.status == "spam", "a comment with words is still decided by its score"


def test_a_portal_that_sends_a_comment_again_with_its_key_gets_the_one_stored(
    portal: Portal, services: Services, drain: Callable[[], None]
) -> None:
    key = {"Idempotency-Key": "3f0c1e52-7a4b-4c2e-9d55-0b6c7e1f2a90"}
    captcha_id, answer = portal.captcha()
    sent = {"article_id": "berita-123", "author_name": "Siti", "body": GENUINE,
            "captcha_id": captcha_id, "captcha_answer": answer}
    first = portal.client.post("/api/v1/comments", json=sent, headers=key)
    drain()
    # The answer never reached the reader; the portal sends the very same request again (its
    # captcha is used up by now), then once more with a new captcha, as a reader would.
    again = portal.client.post("/api/v1/comments", json=sent, headers=key)
    once_more = portal.post(GENUINE, headers=key)

    assert first.status_code == 202
    assert "Idempotent-Replayed" not in first.headers
    for replay in (again, once_more):
        assert replay.status_code == 202, replay.get_json()
        assert replay.headers["Idempotent-Replayed"] == "true"
        assert replay.get_json()["id"] == first.get_json()["id"]
        assert replay.get_json()["review_token"] == first.get_json()["review_token"]
        assert replay.get_json()["status"] in {"pending", "spam"}
    # A comment the model marked spam reads as pending here too, as on its status page.
    assert again.get_json()["status"] == portal.client.get(
        f"/api/v1/comments/{first.get_json()['id']}").get_json()["status"]
    assert _stored(services, GENUINE) == 1


def test_a_key_names_one_comment_and_one_network(
    portal: Portal, services: Services
) -> None:
    key = {"Idempotency-Key": "k-2026-12-07-000000001"}
    first = portal.post(GENUINE, headers=key)

    reused = portal.post("Komentar lain dengan kunci yang sama", headers=key)
    elsewhere = portal.post(GENUINE, headers=key, environ_base={"REMOTE_ADDR": "203.0.113.7"})
    short = portal.post(GENUINE, headers={"Idempotency-Key": "abc"})

    assert first.status_code == 202
    assert reused.status_code == 422
    assert reused.get_json()["error"]["code"] == "idempotency_key_reused"
    # From another network the same key claims nothing: a new comment.
    assert elsewhere.status_code == 202
    assert elsewhere.get_json()["id"] != first.get_json()["id"]
    assert "Idempotent-Replayed" not in elsewhere.headers
    assert short.status_code == 400
    assert short.get_json()["error"]["details"]["field_codes"] == {
        "idempotency_key": "invalid_format"}
    assert _stored(services, GENUINE) == 2


def test_the_same_comment_sent_many_times_at_once_is_stored_once(
    portal: Portal, services: Services
) -> None:
    # A portal retrying on a timeout while the first try is still running.
    key = {"Idempotency-Key": "f7d7c2a4-0c1e-4a6b-8c53-2f1d9e4b7a61"}
    tries = 8
    start = threading.Barrier(tries)

    def send(_n: int) -> Any:
        start.wait()
        return portal.post(GENUINE, headers=key)

    with ThreadPoolExecutor(tries) as pool:
        answers = list(pool.map(send, range(tries)))

    assert [a.status_code for a in answers] == [202] * tries
    assert len({a.get_json()["id"] for a in answers}) == 1
    assert sum("Idempotent-Replayed" not in a.headers for a in answers) == 1
    assert _stored(services, GENUINE) == 1


def _stored(services: Services, body: str) -> int:
    """How many comments with this text are stored."""
    with services.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Comment)
                                  .where(Comment.body == body)) or 0)
