"""Stories of a writer whose comment is held asking, once, for a person to look (issue 19):
the token from the 202 names one comment, a comment the model marked spam goes back to the
queue first in line with the writer's note, and the moderator's decision reaches the writer."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event, func, select

from modsvc import moderation
from modsvc.accounts import add_moderator
from modsvc.storage import ActorKind, Comment, ModerationEvent, ReviewRequest
from tests.conftest import Moderator, Service, seed_comments

GENUINE = "Saya warga Sukamaju, jalan di depan SD Negeri 2 rusak parah, mohon segera diperbaiki"
NOTE = "Ini keluhan asli, bukan iklan. Terima kasih."


def _posted(service: Service, body: str = GENUINE) -> dict[str, Any]:
    answer = service.portal.post(body)
    assert answer.status_code == 202, answer.get_json()
    service.drain()
    return dict(answer.get_json())


def _ask(service: Service, comment_id: str, token: str, **fields: Any) -> Any:
    return service.client.post(f"/api/v1/comments/{comment_id}/review",
                               json={"token": token, **fields})


def _status(service: Service, comment_id: str) -> dict[str, Any]:
    return dict(service.client.get(f"/api/v1/comments/{comment_id}").get_json())


def _stored(service: Service, comment_id: str) -> Comment:
    with service.services.db.session() as session:
        comment = session.get(Comment, comment_id)
        assert comment is not None
        return comment


def _moderator(service: Service) -> Moderator:
    add_moderator(service.services, "dewi", "dewi-password-123")
    person = Moderator(service, "dewi", "dewi-password-123")
    assert person.log_in().status_code == 302
    return person


@pytest.fixture
def marks_all_spam(make_service: Callable[..., Service]) -> Service:
    """A service whose policy marks every scored comment spam (spam threshold 0)."""
    return make_service(spam_threshold="0")


@pytest.fixture
def holds_all(make_service: Callable[..., Service]) -> Service:
    """A service whose policy holds every scored comment for moderators."""
    return make_service(spam_threshold="1")


def test_a_writer_the_model_marked_spam_asks_a_person_and_the_approval_reaches_them(
    marks_all_spam: Service,
) -> None:
    service = marks_all_spam
    seed_comments(service, ["komentar lain yang menunggu", "satu lagi yang menunggu"])
    posted = _posted(service)
    assert _stored(service, posted["id"]).status == "spam", "the model marked it spam"
    assert _status(service, posted["id"])["status"] == "pending", "the writer reads: waiting"
    assert _status(service, posted["id"])["review"] is None

    answer = _ask(service, posted["id"], posted["review_token"], note=NOTE)

    assert answer.status_code == 202, answer.get_json()
    assert answer.get_json()["review"]["state"] == "requested"
    assert _stored(service, posted["id"]).status == "pending", "back in the moderators' queue"
    with service.services.db.session() as session:
        last = session.scalars(select(ModerationEvent).where(
            ModerationEvent.comment_id == posted["id"]).order_by(ModerationEvent.id.desc())).first()
        assert last is not None
        assert (last.from_status, last.to_status, last.actor_kind) == ("spam", "pending",
                                                                       "citizen")
    dewi = _moderator(service)
    first = dewi.queue(status="pending").get_json()["items"][0]
    assert first["id"] == posted["id"], "the request comes first, whatever the scores"
    assert first["review"]["note"] == NOTE

    assert dewi.decide(posted["id"], "approve", expected_status="pending").status_code == 200

    status = _status(service, posted["id"])
    assert status["status"] == "approved"
    assert status["review"]["state"] == "answered"
    assert status["review"]["answered_at"] is not None
    assert posted["id"] not in [i["id"] for i in dewi.queue(status="pending").get_json()["items"]]


def test_a_held_comment_stays_held_but_goes_first_and_a_refusal_reads_as_answered(
    holds_all: Service,
) -> None:
    service = holds_all
    posted = _posted(service)
    events_before = _events(service, posted["id"])

    assert _ask(service, posted["id"], posted["review_token"]).status_code == 202

    assert _stored(service, posted["id"]).status == "pending"
    assert _events(service, posted["id"]) == events_before, "no status changed, no event"
    dewi = _moderator(service)
    first = dewi.queue(status="pending").get_json()["items"][0]
    assert (first["id"], first["review"]["note"]) == (posted["id"], None)
    dewi.decide(posted["id"], "spam", expected_status="pending")
    status = _status(service, posted["id"])
    # A person looked and said no: the writer is told so, still without the word "spam".
    assert (status["status"], status["review"]["state"]) == ("pending", "answered")


def test_a_decision_landing_while_the_writer_looks_never_reads_as_answered_but_still_held(
    holds_all: Service,
) -> None:
    """The embed stops asking once a request is answered, so its one answer must be whole: the
    moderator's approval commits between the statements of the writer's status look-up (hooked
    on the database itself), and the writer reads either the request still open or the
    approval, never "answered" beside the status from before it."""
    service = holds_all
    posted = _posted(service)
    assert _ask(service, posted["id"], posted["review_token"]).status_code == 202
    engine = service.services.db.engine
    armed = [True]

    def approve_meanwhile(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if armed[0] and statement.lstrip().upper().startswith("SELECT") \
                and "FROM comments" in statement:
            armed[0] = False
            moderation.decide(service.services, posted["id"], "approve",
                              moderation.Actor("moderator:dewi", None, ActorKind.MODERATOR))

    event.listen(engine, "after_cursor_execute", approve_meanwhile)
    try:
        status = _status(service, posted["id"])
    finally:
        event.remove(engine, "after_cursor_execute", approve_meanwhile)

    assert not armed[0], "the approval landed during the look-up"
    assert (status["status"], status["review"]["state"]) in {
        ("pending", "requested"), ("approved", "answered")}, status
    after = _status(service, posted["id"])
    assert (after["status"], after["review"]["state"]) == ("approved", "answered")


def _events(service: Service, comment_id: str) -> int:
    with service.services.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(ModerationEvent).where(
            ModerationEvent.comment_id == comment_id)) or 0)


def test_the_token_names_one_comment_and_a_stranger_changes_nothing(holds_all: Service) -> None:
    service = holds_all
    mine, other = _posted(service), _posted(service, "Kapan jadwal vaksin di puskesmas?")

    refusals = [
        _ask(service, other["id"], mine["review_token"]),
        _ask(service, mine["id"], "x" * 32),
        _ask(service, mine["id"], mine["review_token"].lower()),
        _ask(service, "no-such-comment", mine["review_token"]),
    ]

    assert [r.status_code for r in refusals] == [403, 403, 403, 403]
    assert {r.get_json()["error"]["code"] for r in refusals} == {"forbidden"}
    with service.services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(ReviewRequest)) == 0


def test_a_writer_asks_once(holds_all: Service) -> None:
    service = holds_all
    posted = _posted(service)

    first = _ask(service, posted["id"], posted["review_token"], note="tolong dilihat")
    second = _ask(service, posted["id"], posted["review_token"], note="sekali lagi")

    assert first.status_code == 202
    assert second.status_code == 409
    assert second.get_json()["error"]["details"]["reason"] == "already_requested"
    with service.services.db.session() as session:
        [request] = session.scalars(select(ReviewRequest)).all()
        assert request.note == "tolong dilihat"


def test_two_requests_at_the_same_instant_make_one(holds_all: Service) -> None:
    service = holds_all
    posted = _posted(service)
    barrier = threading.Barrier(8)
    statuses: list[int] = []

    def ask() -> None:
        client = service.app.test_client()
        barrier.wait()
        statuses.append(client.post(f"/api/v1/comments/{posted['id']}/review",
                                    json={"token": posted["review_token"]}).status_code)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [202] + [409] * 7


def test_only_a_comment_waiting_for_moderation_can_be_put_before_a_person(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(spam_threshold="1")
    unscored = service.portal.post(GENUINE).get_json()  # not drained: still being checked
    early = _ask(service, unscored["id"], unscored["review_token"])
    service.drain()
    dewi = _moderator(service)
    dewi.decide(unscored["id"], "approve")

    shown = _ask(service, unscored["id"], unscored["review_token"])

    assert early.status_code == 409
    assert early.get_json()["error"]["details"]["reason"] == "not_held"
    assert shown.status_code == 409
    assert shown.get_json()["error"]["details"]["reason"] == "not_held"


def test_a_note_too_long_or_holding_control_characters_is_refused_by_field(
    holds_all: Service,
) -> None:
    service = holds_all
    posted = _posted(service)
    url = f"/api/v1/comments/{posted['id']}/review"

    long_note = service.client.post(url, json={"token": posted["review_token"],
                                               "note": "a" * 1001},
                                    headers={"Accept-Language": "en"})
    control = service.client.post(url, json={"token": posted["review_token"],
                                             "note": "halo\x07"})
    missing = service.client.post(url, json={"note": "tanpa token"})

    assert long_note.status_code == 400
    details = long_note.get_json()["error"]["details"]
    assert (details["field_codes"], details["limits"]) == ({"note": "too_long"}, {"note": 1000})
    assert "1000" in long_note.get_json()["error"]["message"]
    assert control.get_json()["error"]["details"]["field_codes"] == {
        "note": "control_characters"}
    assert missing.get_json()["error"]["details"]["field_codes"] == {"token": "required"}
    assert _status(service, posted["id"])["review"] is None, "nothing was asked"


def test_requests_are_rate_limited_per_address(make_service: Callable[..., Service]) -> None:
    service = make_service(spam_threshold="1", rate_limit_reviews="2/hour")
    comments = [_posted(service, f"Komentar warga nomor {n} tentang jalan desa") for n in range(3)]

    answers = [_ask(service, c["id"], c["review_token"]) for c in comments]

    assert [a.status_code for a in answers] == [202, 202, 429]
    assert int(answers[2].headers["Retry-After"]) > 0


def test_an_undo_puts_the_request_back_first_in_line(holds_all: Service) -> None:
    service = holds_all
    seed_comments(service, ["komentar yang menunggu dengan skor tinggi"])
    posted = _posted(service)
    _ask(service, posted["id"], posted["review_token"])
    dewi = _moderator(service)
    dewi.decide(posted["id"], "reject", expected_status="pending")
    assert _status(service, posted["id"])["review"]["state"] == "answered"

    undone = dewi.client.post(f"/api/v1/moderation/comments/{posted['id']}/undo",
                              headers={"X-CSRFToken": dewi.csrf()})

    assert undone.status_code == 200
    assert _status(service, posted["id"])["review"]["state"] == "requested"
    assert dewi.queue(status="pending").get_json()["items"][0]["id"] == posted["id"]


def test_the_portal_origin_may_ask_from_the_readers_browser(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(spam_threshold="1", cors_origins="https://berita.example.go.id")
    posted = _posted(service)
    origin = {"Origin": "https://berita.example.go.id"}

    preflight = service.client.options(
        f"/api/v1/comments/{posted['id']}/review",
        headers={**origin, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"})
    answer = service.client.post(f"/api/v1/comments/{posted['id']}/review",
                                 json={"token": posted["review_token"]}, headers=origin)

    assert preflight.headers["Access-Control-Allow-Origin"] == origin["Origin"]
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert answer.headers["Access-Control-Allow-Origin"] == origin["Origin"]
    assert "Access-Control-Allow-Credentials" not in answer.headers, "no cookies travel"
