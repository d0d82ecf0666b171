"""Stories of moderators working the queue through the JSON API."""

from __future__ import annotations

from collections.abc import Callable

from modsvc.model_store import moderator_labels
from tests.conftest import Moderator, Service, seed_comments

BODIES = [f"komentar warga nomor {n} tentang jalan desa" for n in range(7)]


def test_the_queue_lists_pending_comments_by_score_with_counts(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    ids = seed_comments(service, BODIES)
    seed_comments(service, ["sudah spam"], status="spam")
    dewi = make_moderator()

    page = dewi.queue(sort="-score").get_json()

    assert [item["id"] for item in page["items"]] == list(reversed(ids))
    assert page["counts"]["pending"] == 7
    assert page["counts"]["spam"] == 1
    first = page["items"][0]
    assert {"body", "author_name", "article_id", "score", "model_version", "reasons"} <= set(first)


def test_filters_narrow_the_queue(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    ids = seed_comments(service, BODIES)
    dewi = make_moderator()

    by_article = dewi.queue(article_id="berita-1").get_json()["items"]
    by_text = dewi.queue(q="NOMOR 3").get_json()["items"]
    by_score = dewi.queue(score_min="0.4", score_max="0.7").get_json()["items"]
    by_model = dewi.queue(model_version="other").get_json()["items"]
    wildcard = dewi.queue(q="%").get_json()["items"]

    assert {i["article_id"] for i in by_article} == {"berita-1"}
    assert [i["id"] for i in by_text] == [ids[3]]
    assert all(0.4 <= i["score"] <= 0.7 for i in by_score)
    assert by_score
    assert by_model == []
    assert wildcard == [], "% is searched literally"


def test_paging_stays_correct_while_items_are_decided(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    ids = seed_comments(service, BODIES)
    dewi = make_moderator()

    first = dewi.queue(sort="age", limit="3").get_json()
    for item in first["items"]:
        assert dewi.decide(item["id"], "approve").status_code == 200
    second = dewi.queue(sort="age", limit="3", cursor=first["next_cursor"]).get_json()
    third = dewi.queue(sort="age", limit="3", cursor=second["next_cursor"]).get_json()

    assert [i["id"] for i in first["items"]] == ids[:3]
    assert [i["id"] for i in second["items"]] == ids[3:6]
    assert [i["id"] for i in third["items"]] == ids[6:]
    assert third["next_cursor"] is None


def test_a_broken_cursor_is_a_clear_400(make_moderator: Callable[..., Moderator]) -> None:
    dewi = make_moderator()

    for cursor in ("not-base64!", "eyJ4IjoxfQ", "e30"):
        response = dewi.queue(cursor=cursor)
        assert response.status_code == 400
        assert response.get_json()["error"]["details"]["fields"] == {"cursor": "invalid"}


def test_two_moderators_deciding_the_same_comment_the_second_gets_409(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    [comment_id] = seed_comments(service, ["promo slot gacor"])
    dewi, budi = make_moderator("dewi"), make_moderator("budi")

    first = dewi.decide(comment_id, "spam", expected_status="pending")
    second = budi.decide(comment_id, "approve", expected_status="pending")

    assert first.status_code == 200
    assert first.get_json()["status"] == "spam"
    assert second.status_code == 409
    error = second.get_json()["error"]
    assert error["code"] == "conflict"
    assert (error["details"]["status"], error["details"]["by"]) == ("spam", "moderator:dewi")
    assert error["message"] == ("Komentar ini sudah spam (oleh moderator dewi). "
                                "Muat ulang untuk melihatnya.")


def test_bulk_spam_reports_each_comment(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    ids = seed_comments(service, BODIES[:4])
    dewi = make_moderator()
    dewi.decide(ids[0], "approve")

    response = dewi.client.post(
        "/api/v1/moderation/decisions",
        json={"ids": [*ids, "missing"], "action": "spam", "expected_status": "pending"},
        headers={"X-CSRFToken": dewi.csrf()},
    )

    assert response.get_json()["results"] == {
        ids[0]: "conflict", ids[1]: "ok", ids[2]: "ok", ids[3]: "ok", "missing": "not_found"
    }
    assert dewi.queue(status="spam").get_json()["counts"]["spam"] == 3


def test_undo_reverses_a_decision_as_a_new_event(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    [comment_id] = seed_comments(service, ["jadwal posyandu kapan?"])
    dewi = make_moderator()
    dewi.decide(comment_id, "spam")

    undone = dewi.client.post(
        f"/api/v1/moderation/comments/{comment_id}/undo", headers={"X-CSRFToken": dewi.csrf()}
    )
    history = dewi.client.get(f"/api/v1/moderation/comments/{comment_id}").get_json()["events"]
    undo_again = dewi.client.post(
        f"/api/v1/moderation/comments/{comment_id}/undo", headers={"X-CSRFToken": dewi.csrf()}
    )

    assert undone.status_code == 200
    assert undone.get_json()["status"] == "pending"
    assert [(e["from_status"], e["to_status"]) for e in history] == [
        ("pending", "spam"), ("spam", "pending")
    ]
    assert history[1]["reason"].startswith("undo of event")
    assert undo_again.status_code == 200, "undoing the undo puts the decision back"
    assert undo_again.get_json()["status"] == "spam"


def test_the_detail_shows_evidence_history_and_the_authors_other_comments(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    ids = seed_comments(service, BODIES[:4])
    dewi = make_moderator()

    detail = dewi.client.get(f"/api/v1/moderation/comments/{ids[0]}").get_json()

    assert detail["author_email"] == "warga0@example.id"
    assert detail["evidence"]["ip_hash"] == "iphash0"
    assert [c["id"] for c in detail["same_author"]["by_email"]] == [ids[2]]
    assert [c["id"] for c in detail["same_author"]["by_ip"]] == [ids[2]]
    assert dewi.client.get("/api/v1/moderation/comments/nope").status_code == 404


def test_decisions_become_training_labels(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    ids = seed_comments(service, ["terima kasih pak bupati", "slot gacor maxwin", "kasar"])
    seed_comments(service, ["model saja yang menilai"], status="spam")
    dewi = make_moderator()
    dewi.decide(ids[0], "approve")
    dewi.decide(ids[1], "spam")
    dewi.decide(ids[2], "reject")

    labels = {(e.text, e.label) for e in moderator_labels(service.services)}

    assert labels == {("terima kasih pak bupati", 0), ("slot gacor maxwin", 1)}


def test_a_bad_action_is_a_400(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    [comment_id] = seed_comments(service, ["x"])
    dewi = make_moderator()

    response = dewi.decide(comment_id, "delete")

    assert response.status_code == 400
    assert response.get_json()["error"]["details"]["fields"] == {"action": "unknown"}


def test_a_date_range_and_newest_first_order(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    ids = seed_comments(service, BODIES)  # one a minute, the last a minute ago
    dewi = make_moderator()
    from modsvc.storage import Comment

    with service.services.db.session() as session:
        times = {c.id: c.created_at for c in session.query(Comment)}
    since = times[ids[2]].isoformat()
    until = times[ids[5]].isoformat()

    page = dewi.queue(since=since, until=until, sort="-age").get_json()
    bad = dewi.queue(since="kemarin")

    assert [i["id"] for i in page["items"]] == [ids[4], ids[3], ids[2]]
    assert bad.status_code == 400
    assert bad.get_json()["error"]["details"]["fields"] == {"since": "not a date"}


def test_one_undo_restores_a_whole_bulk_action(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    ids = seed_comments(service, BODIES[:4])
    dewi = make_moderator()
    csrf = {"X-CSRFToken": dewi.csrf()}
    bulk = dewi.client.post("/api/v1/moderation/decisions", headers=csrf,
                            json={"ids": ids[:3], "action": "spam", "expected_status": "pending"})
    batch = bulk.get_json()["batch_id"]
    budi = make_moderator("budi")
    budi.decide(ids[2], "approve", expected_status="spam")  # someone moved one meanwhile

    undone = dewi.client.post(f"/api/v1/moderation/batches/{batch}/undo", headers=csrf)
    again = dewi.client.post(f"/api/v1/moderation/batches/{batch}/undo", headers=csrf)

    assert undone.status_code == 200
    assert undone.get_json()["results"] == {ids[0]: "ok", ids[1]: "ok", ids[2]: "conflict"}
    counts = dewi.queue().get_json()["counts"]
    assert (counts["pending"], counts["spam"], counts["approved"]) == (3, 0, 1)
    assert again.get_json()["results"] == {ids[2]: "conflict"}, "only what was not undone"


def test_the_figures_leave_out_undone_decisions(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    ids = seed_comments(service, BODIES[:5])
    dewi = make_moderator()
    admin = make_moderator("admin", role="admin")
    csrf = {"X-CSRFToken": dewi.csrf()}
    for comment_id in ids[:4]:
        dewi.decide(comment_id, "approve")
    dewi.decide(ids[4], "spam")
    for comment_id in (ids[2], ids[3], ids[4]):
        dewi.client.post(f"/api/v1/moderation/comments/{comment_id}/undo", headers=csrf)

    stats = admin.client.get("/api/v1/stats").get_json()

    today = stats["days"][-1]
    assert (today["approved"], today["spam"]) == (2, 0)
    assert sum(stats["moderators"]["moderator:dewi"].values()) == 2


def test_a_rejection_says_why_in_the_history(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    [comment_id] = seed_comments(service, ["kamu bodoh semua, dasar pejabat korup"])
    dewi = make_moderator()

    decided = dewi.decide(comment_id, "reject", reason_code="abusive",
                          reason="kata-kata kasar kepada warga lain")
    unknown = dewi.decide(comment_id, "reject", reason_code="bosan")

    assert decided.status_code == 200
    assert unknown.status_code == 400
    events = dewi.client.get(f"/api/v1/moderation/comments/{comment_id}").get_json()["events"]
    assert events[-1]["reason_code"] == "abusive"
    assert events[-1]["reason"] == "kata-kata kasar kepada warga lain"
