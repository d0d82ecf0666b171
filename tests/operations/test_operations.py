"""Stories of operators keeping rules, tokens and an eye on the figures, in the API and /ops."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from flask import render_template_string
from sqlalchemy import update

from modsvc.accounts import add_moderator, create_token
from modsvc.storage import Comment, ModerationEvent
from tests.conftest import DATA, Moderator, Service, seed_comments, stored_status

GAMBLING = "main di hoki303 pasti maxwin, daftar di hoki303.xyz sekarang"


def _operator(service: Service) -> dict[str, str]:
    token = create_token(service.services, "ops-script", "operate").secret
    return {"Authorization": f"Bearer {token}"}


def test_a_domain_rule_marks_matching_comments_as_spam(service: Service) -> None:
    headers = _operator(service)

    added = service.client.post("/api/v1/rules", headers=headers, json={
        "kind": "domain", "pattern": "https://hoki303.xyz/", "action": "spam"})
    tested = service.client.post("/api/v1/rules/test", headers=headers, json={"text": GAMBLING})
    posted = service.portal.post(GAMBLING).get_json()
    service.drain()

    assert added.status_code == 201
    assert added.get_json()["pattern"] == "hoki303.xyz"
    result = tested.get_json()
    assert result["status"] == "spam"
    rule_reason = result["reasons"][0]
    assert rule_reason["code"] == "rule_domain"
    start, end = rule_reason["spans"][0]
    assert GAMBLING[start:end] == "hoki303.xyz"
    assert stored_status(service, posted["id"]) == "spam"


def test_a_hold_rule_keeps_comments_from_auto_approval(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(auto_approve="on", approve_threshold="0.99", spam_threshold="0.999")
    headers = _operator(service)
    service.client.post("/api/v1/rules", headers=headers,
                        json={"kind": "word", "pattern": "pinjol", "action": "hold"})

    held = service.portal.post("Bagaimana cara lapor PINJOL ilegal yang meneror warga?")
    plain = service.portal.post("Terima kasih infonya, sangat membantu")
    service.drain()

    def status(response: object) -> str:
        comment_id = response.get_json()["id"]  # type: ignore[attr-defined]
        return str(service.client.get(f"/api/v1/comments/{comment_id}").get_json()["status"])

    assert status(held) == "pending"
    assert status(plain) == "approved"


def test_bad_rules_are_refused_with_the_field_named(service: Service) -> None:
    headers = _operator(service)

    for body, field in (
        ({"kind": "regex", "pattern": "x", "action": "spam"}, "kind"),
        ({"kind": "word", "pattern": "two words", "action": "spam"}, "pattern"),
        ({"kind": "domain", "pattern": "not a domain", "action": "hold"}, "pattern"),
        ({"kind": "word", "pattern": "x", "action": "delete"}, "action"),
    ):
        response = service.client.post("/api/v1/rules", headers=headers, json=body)
        assert response.status_code == 400
        assert field in response.get_json()["error"]["details"]["fields"]


def test_a_rule_that_looks_for_what_another_does_is_refused(service: Service) -> None:
    headers = _operator(service)
    first = service.client.post("/api/v1/rules", headers=headers, json={
        "kind": "phrase", "pattern": "Slot Gacor", "action": "spam"})

    # The same words in other letters, disguised: the same rule.
    again = [service.client.post("/api/v1/rules", headers=headers, json={
        "kind": "phrase", "pattern": pattern, "action": "hold"})
        for pattern in ("slot gacor", " SLOT  GACOR ", "sl0t gac0r", "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑")]
    other_kind = service.client.post("/api/v1/rules", headers=headers, json={
        "kind": "word", "pattern": "gacor", "action": "spam"})

    assert first.status_code == 201
    assert [answer.status_code for answer in again] == [409, 409, 409, 409]
    error = again[0].get_json()["error"]
    assert error["code"] == "conflict"
    assert error["details"]["rule_id"] == first.get_json()["id"]
    assert error["message"].startswith("Sudah ada aturan untuk ini (tandai spam)")
    assert other_kind.status_code == 201
    rules = service.client.get("/api/v1/rules", headers=headers).get_json()["items"]
    assert len(rules) == 2


def test_in_ops_a_refused_rule_is_said_once_in_the_page_s_language(
    service: Service, make_moderator: Callable[..., Moderator]
) -> None:
    admin = make_moderator("admin", role="admin")
    csrf = admin.csrf()
    rule = {"csrf_token": csrf, "intent": "add", "kind": "word", "pattern": "maxwin",
            "action": "spam"}
    admin.client.post("/ops/rules", data=rule)

    twice = admin.client.post("/ops/rules", data=rule, follow_redirects=True)
    two_words = admin.client.post("/ops/rules", data={**rule, "pattern": "max win"},
                                  follow_redirects=True)
    in_english = admin.client.post("/ops/rules?lang=en", data={**rule, "pattern": "max win"},
                                   follow_redirects=True)

    page = twice.get_data(as_text=True)
    assert page.count("Sudah ada aturan untuk ini") == 1, page
    assert "<td>kata</td><td>maxwin</td><td>tandai spam</td>" in page
    assert "<td>moderator admin · <time" in page
    assert two_words.get_data(as_text=True).count(
        "Tidak berhasil: Kata, frasa atau domain harus satu kata") == 1
    assert "Not done: Word, phrase or domain must be one word" in in_english.get_data(as_text=True)


def test_error_pages_speak_the_page_s_language(
    service: Service, make_moderator: Callable[..., Moderator]
) -> None:
    moderator = make_moderator("dewi")
    html = {"Accept": "text/html"}

    missing = moderator.client.get("/moderation/tidak-ada", headers=html)
    forbidden = moderator.client.get("/ops", headers=html)
    english = moderator.client.get("/moderation/tidak-ada?lang=en", headers=html)
    api = moderator.client.get("/api/v1/moderation/comments/c_0000", headers={
        "Accept-Language": "id"})

    assert missing.status_code == 404
    assert "Tidak ada yang ditemukan di alamat ini." in missing.get_data(as_text=True)
    assert forbidden.status_code == 403
    assert "Anda tidak berhak membuka halaman ini" in forbidden.get_data(as_text=True)
    assert "Nothing was found at this address." in english.get_data(as_text=True)
    error = api.get_json()["error"]
    assert (api.status_code, error["code"]) == (404, "not_found")
    assert error["message"] == "Tidak ada yang ditemukan di alamat ini."
    assert error["details"]["detail"] == "no such comment"


def test_rules_can_be_listed_and_removed(service: Service) -> None:
    headers = _operator(service)
    rule = service.client.post("/api/v1/rules", headers=headers, json={
        "kind": "phrase", "pattern": "angka jitu", "action": "hold"}).get_json()

    removed = service.client.delete(f"/api/v1/rules/{rule['id']}", headers=headers)

    assert removed.status_code == 204
    assert service.client.get("/api/v1/rules", headers=headers).get_json()["items"] == []


def test_tokens_are_issued_once_listed_without_secrets_and_revoked(
    service: Service, make_moderator: Callable[..., Moderator]
) -> None:
    headers = _operator(service)
    admin = make_moderator("admin", role="admin")

    issued = admin.client.post("/api/v1/tokens", headers={"X-CSRFToken": admin.csrf()},
                               json={"name": "wordpress", "scope": "akismet"}).get_json()
    listed = service.client.get("/api/v1/tokens", headers=headers).get_json()["items"]
    revoked = service.client.delete(f"/api/v1/tokens/{issued['id']}", headers=headers)

    assert issued["token"].startswith("msv_")
    assert issued["token"] not in str(listed)
    assert {t["name"] for t in listed} == {"wordpress", "ops-script"}
    assert revoked.status_code == 204


def test_a_token_cannot_mint_tokens(service: Service) -> None:
    headers = _operator(service)

    for scope in ("operate", "moderate", "akismet"):
        minted = service.client.post("/api/v1/tokens", headers=headers,
                                     json={"name": f"successor-{scope}", "scope": scope})
        assert minted.status_code == 403
    listed = service.client.get("/api/v1/tokens", headers=headers).get_json()["items"]
    assert [t["name"] for t in listed] == ["ops-script"]


def test_the_webhooks_page_never_shows_the_url_s_credentials(
    make_service: Callable[..., Service], make_moderator: Callable[..., Moderator],
) -> None:
    service = make_service(webhook_url="https://portal:s3cr3t-pass@portal.example.id/hook"
                                       "?token=query-secret-123", webhook_secret="w" * 32)
    admin = Moderator(service, "admin", "admin-password-123")
    add_moderator(service.services, "admin", "admin-password-123", role="admin")
    assert admin.log_in().status_code == 302

    page = admin.client.get("/ops/webhooks").get_data(as_text=True)

    assert "portal.example.id/hook" in page
    assert "s3cr3t-pass" not in page
    assert "query-secret-123" not in page


def test_a_moderator_cannot_use_operator_routes(
    service: Service, make_moderator: Callable[..., Moderator]
) -> None:
    dewi = make_moderator("dewi", role="moderator")
    token = create_token(service.services, "queue-bot", "moderate").secret

    assert dewi.client.get("/api/v1/stats").status_code == 403
    assert dewi.client.get("/ops").status_code == 403
    assert service.client.get(
        "/api/v1/models", headers={"Authorization": f"Bearer {token}"}
    ).status_code == 403
    assert service.client.get("/api/v1/models").status_code == 401


def test_the_figures_follow_what_happened(
    service: Service, make_moderator: Callable[..., Moderator]
) -> None:
    headers = _operator(service)
    for body in ("Jalan rusak mohon diperbaiki", "Terima kasih pak", "Kapan posyandu buka?"):
        service.portal.post(body)
    service.drain()
    admin = make_moderator("admin", role="admin")
    pending = admin.queue().get_json()["items"]
    admin.decide(pending[0]["id"], "approve")
    admin.decide(pending[1]["id"], "reject")

    figures = service.client.get("/api/v1/stats?days=7", headers=headers).get_json()

    today = figures["days"][-1]
    assert len(figures["days"]) == 7
    assert today["received"] == 3
    assert today["auto_spam"] + today["to_queue"] + today["auto_approved"] == 3
    assert (today["approved"], today["rejected"]) == (1, 1)
    assert figures["moderators"] == {"moderator:admin": {today["date"]: 2}}
    assert sum(figures["score_histogram"]["counts"]) == 3
    assert figures["queue"]["pending"] == today["to_queue"] - 2


def test_an_admin_works_the_ops_pages(
    service: Service, make_moderator: Callable[..., Moderator]
) -> None:
    admin = make_moderator("admin", role="admin")
    seed_comments(service, ["komentar"])
    csrf = admin.csrf()

    for path in ("/ops", "/ops/models", "/ops/rules", "/ops/tokens", "/ops/moderators",
                 "/ops/webhooks"):
        page = admin.client.get(path)
        assert page.status_code == 200, path
    models_page = admin.client.get("/ops/models").get_data(as_text=True)
    added = admin.client.post("/ops/rules", data={
        "csrf_token": csrf, "intent": "add", "kind": "word", "pattern": "gacor",
        "action": "spam"}, follow_redirects=True)
    tested = admin.client.post("/ops/rules", data={
        "csrf_token": csrf, "intent": "test", "text": "slot gacor hari ini"})
    token_page = admin.client.post("/ops/tokens", data={
        "csrf_token": csrf, "intent": "create", "name": "portal", "scope": "moderate"})
    forged = admin.client.post("/ops/rules", data={"intent": "add", "kind": "word",
                                                   "pattern": "x", "action": "spam"})

    assert models_page.count("<svg") == 2, "the score histogram and the precision-recall curve"
    assert "gacor" in added.get_data(as_text=True)
    assert "aturan: daftar blokir kata" in tested.get_data(as_text=True)
    assert re.search(r'id="new-token">msv_[\w-]+<', token_page.get_data(as_text=True))
    assert forged.status_code == 403


def test_a_bad_upload_is_refused_by_its_own_name_and_nothing_stays_on_disk(
    service: Service,
) -> None:
    headers = _operator(service)
    uploads = service.settings.data_dir / "uploads"
    good = b"text,label\nslot gacor daftar sekarang,spam\njalan desa rusak,ham\n"
    deep = b'{"text": ' + b"[" * 20_000 + b"]" * 20_000 + b', "label": "spam"}\n'

    answer = service.client.post(
        "/api/v1/models/retrain", headers=headers, content_type="multipart/form-data",
        data={"files": [(io.BytesIO(good), "baik.csv"), (io.BytesIO(deep), "dalam.jsonl")]},
    )

    assert answer.status_code == 400
    error = answer.get_json()["error"]
    message = error["message"]
    assert message.startswith("dalam.jsonl, baris 1:"), message
    assert (error["details"]["file"], error["details"]["line"], error["details"]["problem"]) == (
        "dalam.jsonl", 1, "too_deep")
    assert str(service.settings.data_dir) not in message
    assert not any(uploads.iterdir()), "neither file of the refused request is kept"


@pytest.mark.one_database
def test_uploaded_training_files_are_deleted_once_the_retraining_read_them(
    service: Service,
) -> None:
    headers = _operator(service)
    uploads = service.settings.data_dir / "uploads"
    labeled = (DATA / "tiny_labeled.csv").read_bytes()

    answer = service.client.post(
        "/api/v1/models/retrain", headers=headers, content_type="multipart/form-data",
        data={"files": [(io.BytesIO(labeled), "label-warga.csv")]},
    )
    assert answer.status_code == 202
    assert len(list(uploads.iterdir())) == 1
    service.drain()

    assert list(uploads.iterdir()) == []


def test_a_comment_sent_at_dawn_in_jakarta_counts_on_that_jakarta_day(
    make_service: Callable[..., Service],
) -> None:
    service = make_service()
    admin = Moderator(service, "admin", "admin-password-123")
    add_moderator(service.services, "admin", "admin-password-123", role="admin")
    assert admin.log_in().status_code == 302
    posted = service.portal.post("Terima kasih infonya pak").get_json()
    # The latest 04:17 WIB that has passed: still the day before in UTC (21:17).
    jakarta = ZoneInfo("Asia/Jakarta")
    dawn = datetime.now(jakarta).replace(hour=4, minute=17, second=0, microsecond=0)
    if dawn > datetime.now(jakarta):
        dawn -= timedelta(days=1)
    assert dawn.astimezone(UTC).date() != dawn.date()
    with service.services.db.session() as session:
        session.execute(update(ModerationEvent).values(created_at=dawn.astimezone(UTC)))
        session.execute(update(Comment).where(Comment.id == posted["id"])
                        .values(created_at=dawn.astimezone(UTC)))

    days = admin.client.get("/api/v1/stats").get_json()["days"]
    page = admin.client.get(f"/moderation/comments/{posted['id']}/panel").get_data(as_text=True)

    assert {d["date"]: d["received"] for d in days}[dawn.date().isoformat()] == 1
    assert "04:17 WIB" in page


def test_the_models_page_never_shows_a_few_genuine_comments_as_zero_percent(
    service: Service,
) -> None:
    """2 of 1,338 held-out genuine comments marked spam read 0,15%, not 0%."""
    def share_of(part: int, whole: int) -> str:
        return render_template_string(
            '{% from "ops/models.html" import share_of with context %}{{ share_of(part, whole) }}',
            part=part, whole=whole)

    with service.app.test_request_context("/ops/models", headers={"Accept-Language": "id"}):
        assert share_of(2, 1338) == "0,15% (2 dari 1.338)"
        assert share_of(925, 1033) == "89,5% (925 dari 1.033)"
        assert share_of(0, 5186) == "0% (0 dari 5.186)"
