"""Stories of a portal (or a bot) sending comments that are not acceptable."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from modsvc.services import Services
from modsvc.storage import Comment
from tests.conftest import Portal

GOOD = {
    "article_id": "berita-123",
    "author_name": "Siti Aminah",
    "body": "Mohon info jadwal posyandu bulan depan di desa Sukamaju",
}


def _payload(portal: Portal, **changes: Any) -> dict[str, Any]:
    captcha_id, answer = portal.captcha()
    payload: dict[str, Any] = {**GOOD, "captcha_id": captcha_id, "captcha_answer": answer}
    for key, value in changes.items():
        if value is ...:
            payload.pop(key)
        else:
            payload[key] = value
    return payload


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"body": ...}, "body"),
        ({"author_name": ...}, "author_name"),
        ({"article_id": ...}, "article_id"),
        ({"captcha_id": ...}, "captcha_id"),
        ({"body": ""}, "body"),
        ({"body": "   "}, "body"),
        ({"body": 42}, "body"),
        ({"author_name": ["Siti"]}, "author_name"),
        ({"author_email": "not-an-email"}, "author_email"),
        ({"article_id": "../../etc/passwd"}, "article_id"),
        ({"article_id": "x" * 200}, "article_id"),
        ({"body": "halo\x00dunia"}, "body"),
        ({"author_name": "Siti\x07"}, "author_name"),
        ({"body": "x" * 5001}, "body"),
    ],
)
def test_a_bad_field_is_named_in_a_400(
    portal: Portal, services: Services, changes: dict[str, Any], field: str
) -> None:
    response = portal.client.post("/api/v1/comments", json=_payload(portal, **changes))

    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "invalid"
    assert field in error["details"]["fields"]
    with services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 0


def test_broken_json_is_a_400(portal: Portal) -> None:
    response = portal.client.post(
        "/api/v1/comments", data='{"body": "unterminated', content_type="application/json"
    )

    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid"


def test_a_json_array_is_a_400(portal: Portal) -> None:
    response = portal.client.post("/api/v1/comments", json=[GOOD])

    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid"


def test_a_form_post_is_415(portal: Portal) -> None:
    response = portal.client.post("/api/v1/comments", data=GOOD)

    assert response.status_code == 415
    assert response.get_json()["error"]["code"] == "unsupported_media_type"


def test_a_huge_request_is_413(portal: Portal) -> None:
    payload = _payload(portal, body="x" * (200 * 1024))

    response = portal.client.post(
        "/api/v1/comments", data=json.dumps(payload), content_type="application/json"
    )

    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "too_large"


def test_multilingual_text_with_emoji_and_right_to_left_names_is_accepted(portal: Portal) -> None:
    payload = _payload(
        portal,
        author_name="محمد\u200f Ahmad",
        body="Matur nuwun Pak Bupati 🙏 dalane wis apik saiki\nsemoga berkah",
        author_email="",
    )

    response = portal.client.post("/api/v1/comments", json=payload)

    assert response.status_code == 202


@pytest.mark.parametrize(
    ("changes", "codes", "limits"),
    [
        ({"body": ...}, {"body": "required"}, {}),
        ({"body": "   "}, {"body": "required"}, {}),
        ({"body": "\u200b\u200d"}, {"body": "not_visible"}, {}),
        ({"body": "x" * 5001}, {"body": "too_long"}, {"body": 5000}),
        ({"author_name": "n" * 101}, {"author_name": "too_long"}, {"author_name": 100}),
        ({"author_email": "bukan-email"}, {"author_email": "not_an_email"}, {}),
        ({"article_id": "ada spasi"}, {"article_id": "invalid_format"}, {}),
        ({"author_name": "Siti\x07"}, {"author_name": "control_characters"}, {}),
    ],
)
def test_each_refused_field_carries_a_code_a_portal_can_translate(
    portal: Portal, changes: dict[str, Any], codes: dict[str, str], limits: dict[str, int]
) -> None:
    answer = portal.client.post("/api/v1/comments", json=_payload(portal, **changes))

    assert answer.status_code == 400
    details = answer.get_json()["error"]["details"]
    assert details["field_codes"] == codes
    assert details["limits"] == limits
    assert set(details["fields"]) == set(codes), "and a worded message per field"


def test_a_reader_is_told_in_indonesian_unless_their_browser_asks_otherwise(
    portal: Portal,
) -> None:
    too_long = _payload(portal, body="x" * 5001)
    indonesian = portal.client.post("/api/v1/comments", json=too_long).get_json()["error"]
    english = portal.client.post("/api/v1/comments", json=_payload(portal, body="x" * 5001),
                                 headers={"Accept-Language": "en-US,en;q=0.9"}).get_json()
    javanese = portal.client.post("/api/v1/comments", json=_payload(portal, body="x" * 5001),
                                  headers={"Accept-Language": "jv,id;q=0.8"}).get_json()

    assert indonesian["message"] == "Komentar terlalu panjang: paling banyak 5000 karakter."
    assert english["error"]["message"] == "Comment is too long: at most 5000 characters."
    assert javanese["error"]["message"] == indonesian["message"]


def test_a_wrong_captcha_says_why_in_the_reader_s_language(portal: Portal) -> None:
    payload = {**_payload(portal), "captcha_answer": "SALAH"}

    error = portal.client.post("/api/v1/comments", json=payload).get_json()["error"]

    assert error["code"] == "captcha_invalid"
    assert error["details"] == {"reason": "wrong"}
    assert error["message"].startswith("Kode captcha salah")
