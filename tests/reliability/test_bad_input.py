"""Stories of bad input sent by hand to the real HTTP server (gunicorn in front of the app):
broken encodings, NUL bytes, huge bodies and headers, deep JSON, wrong content types, forged
pagination cursors, and names that play with writing direction or hide themselves.

Every answer is a clear 4xx (the JSON error shape when the app answers; gunicorn's own refusal
for requests it will not even read) and never a 5xx; what is accepted is stored exactly.
"""

from __future__ import annotations

import base64
import itertools
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from modsvc.accounts import add_moderator, create_token
from modsvc.captcha import answer_for
from modsvc.storage import Comment
from tests.conftest import login_form_token
from tests.reliability.stack import SECRET, Stack

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

_ADDRESSES = (f"10.99.{n // 256 % 256}.{n % 256}" for n in itertools.count())
GOOD = {"article_id": "berita-7", "author_name": "Siti",
        "body": "Mohon info jadwal posyandu bulan depan"}


def _captcha(client: httpx.Client) -> dict[str, str]:
    captcha_id = client.post("/api/v1/captcha").json()["captcha_id"]
    return {"captcha_id": captcha_id, "captcha_answer": answer_for(SECRET, captcha_id)}


def _json_error(answer: httpx.Response) -> dict[str, Any]:
    body = answer.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "details"}, body
    return dict(body["error"])


@pytest.fixture
def portal(stack: Stack, browsers: Callable[[str], httpx.Client]) -> httpx.Client:
    """Readers behind the portal's proxy, each request from an address of its own (the
    per-address rate limits are not what these stories are about)."""
    stack.wait_ready()
    client = browsers(stack.base)

    def from_a_new_reader(request: httpx.Request) -> None:
        request.headers.setdefault("X-Forwarded-For", next(_ADDRESSES))

    client.event_hooks["request"].append(from_a_new_reader)
    return client


@pytest.fixture
def moderator_token(stack: Stack) -> dict[str, str]:
    """Headers of an integration with the moderate scope."""
    token = create_token(stack.services, "bad-input", "moderate").secret
    return {"Authorization": f"Bearer {token}"}


def _post_raw(portal: httpx.Client, content: bytes, content_type: str | None) -> httpx.Response:
    headers = {"Content-Type": content_type} if content_type else {}
    return portal.post("/api/v1/comments", content=content, headers=headers)


@pytest.mark.parametrize(
    ("name", "content", "content_type", "status", "code"),
    [
        ("invalid UTF-8", b'{"body": "\xff\xfe\xc3\x28"}', "application/json", 400, "invalid"),
        ("not JSON at all", b"<comment>halo</comment>", "application/json", 400, "invalid"),
        ("JSON nested 20,000 deep", b"[" * 20000 + b"]" * 20000, "application/json", 400,
         "invalid"),
        ("an object nested 10,000 deep", b'{"a":' * 10000 + b"1" + b"}" * 10000,
         "application/json", 400, "invalid"),
        ("a 1 MB body", b'{"body": "' + b"x" * 1_000_000 + b'"}', "application/json", 413,
         "too_large"),
        ("plain text", b"halo", "text/plain", 415, "unsupported_media_type"),
        ("XML", b"<a/>", "application/xml", 415, "unsupported_media_type"),
        ("a form", b"body=halo", "application/x-www-form-urlencoded", 415,
         "unsupported_media_type"),
        ("multipart", b"--x\r\n\r\nhalo\r\n--x--", "multipart/form-data; boundary=x", 415,
         "unsupported_media_type"),
        ("no content type", b'{"body": "halo"}', None, 415, "unsupported_media_type"),
        ("UTF-16 JSON", json.dumps(GOOD).encode("utf-16"), "application/json; charset=utf-16",
         400, "invalid"),
        ("JSON null", b"null", "application/json", 400, "invalid"),
        ("a JSON string", b'"halo"', "application/json", 400, "invalid"),
        ("a huge number", b'{"body": 1' + b"0" * 5000 + b"}", "application/json", 400,
         "invalid"),
    ],
)
def test_a_broken_body_is_refused_clearly(
    portal: httpx.Client, name: str, content: bytes, content_type: str | None, status: int,
    code: str,
) -> None:
    answer = _post_raw(portal, content, content_type)

    assert answer.status_code == status, (name, answer.text[:300])
    assert _json_error(answer)["code"] == code


def test_a_lone_surrogate_in_a_field_is_a_400(portal: httpx.Client) -> None:
    payload = json.dumps({**GOOD, "body": "halo SURROGATE", **_captcha(portal)})
    content = payload.replace("SURROGATE", "\\ud800").encode()

    answer = _post_raw(portal, content, "application/json")

    assert answer.status_code == 400, answer.text
    assert "body" in _json_error(answer)["details"]["fields"]


@pytest.mark.parametrize("field", ["body", "author_name", "author_email", "parent_id",
                                   "captcha_id", "captcha_answer", "article_id", "website"])
def test_a_nul_byte_in_any_field_is_a_400(portal: httpx.Client, stack: Stack, field: str) -> None:
    payload: dict[str, Any] = {**GOOD, **_captcha(portal)}
    payload[field] = "halo\x00dunia@contoh.id" if field == "author_email" else "halo\x00dunia"

    answer = portal.post("/api/v1/comments", json=payload)

    assert answer.status_code == 400, answer.text
    assert _json_error(answer)["code"] == "invalid"


@pytest.mark.parametrize(
    ("method", "path", "needs_token"),
    [
        ("GET", "/api/v1/comments/abc%00def", False),
        ("GET", "/api/v1/articles/berita%00/comments", False),
        ("GET", "/api/v1/articles/berita-1/comments?page=1%00", False),
        ("GET", "/api/v1/moderation/queue?q=gacor%00", True),
        ("GET", "/api/v1/moderation/queue?article_id=%00", True),
        ("GET", "/api/v1/moderation/comments/%00", True),
        ("POST", "/api/v1/moderation/decisions", True),
    ],
)
def test_a_nul_byte_in_a_path_query_or_list_is_a_400(
    portal: httpx.Client, moderator_token: dict[str, str], method: str, path: str,
    needs_token: bool,
) -> None:
    headers = moderator_token if needs_token else {}
    body = {"action": "spam", "ids": ["abc\x00"]} if method == "POST" else None

    answer = portal.request(method, path, headers=headers, json=body)

    assert answer.status_code == 400, answer.text
    assert _json_error(answer)["code"] == "invalid"


def test_a_nul_byte_in_the_login_form_is_a_400(portal: httpx.Client) -> None:
    answer = portal.post("/login", data={"username": "admin\x00", "password": "x" * 12},
                         headers={"Accept": "application/json"})

    assert answer.status_code == 400


def test_a_nul_byte_in_a_multipart_form_is_a_400(
    portal: httpx.Client, stack: Stack
) -> None:
    key = create_token(stack.services, "multipart-site", "akismet").secret
    fields = {"api_key": (None, key), "blog": (None, "https://b.example"),
              "user_ip": (None, "203.0.113.5"), "comment_content": (None, "halo\x00dunia")}

    answer = portal.post("/1.1/comment-check", files=fields)

    assert answer.status_code == 400, answer.text


def test_cr_and_lf_in_the_log_in_next_are_no_error(portal: httpx.Client, stack: Stack) -> None:
    add_moderator(stack.services, "crlf-dewi", "kata-sandi-panjang-sekali")
    token = login_form_token(portal.get("/login").text)

    answer = portal.post("/login", params={"next": "/moderation\r\nSet-Cookie: x=1"},
                         data={"username": "crlf-dewi", "password": "kata-sandi-panjang-sekali",
                               "csrf_token": token})

    assert answer.status_code == 302, answer.text
    assert answer.headers["Location"].startswith("/moderationSet-Cookie:")
    assert "x" not in portal.cookies


@pytest.mark.parametrize(
    ("name", "headers", "statuses"),
    [
        ("a 100 KB header", {"X-Padding": "a" * 100_000}, {400, 431}),
        ("a 9 KB cookie", {"Cookie": "modsvc_session=" + "b" * 9000}, {400, 431}),
        ("200 headers", {f"X-H{n}": "v" for n in range(200)}, {400, 431}),
        ("a 7 KB user agent (accepted, stored cut short)", {"User-Agent": "M" * 7000}, {201}),
        ("a junk X-Request-ID (replaced)", {"X-Request-ID": "<script>" * 10}, {201}),
        ("a junk forwarded-for", {"X-Forwarded-For": "not-an-ip, ::::, 999.1.1.1"}, {201}),
    ],
)
def test_huge_or_strange_headers_get_a_4xx_or_are_tamed(
    portal: httpx.Client, name: str, headers: dict[str, str], statuses: set[int],
) -> None:
    answer = portal.post("/api/v1/captcha", headers=headers)

    assert answer.status_code in statuses, (name, answer.status_code, answer.text[:200])
    if answer.status_code == 201:
        assert answer.headers["X-Request-ID"] != headers.get("X-Request-ID")


def test_a_10_kb_url_gets_a_4xx(portal: httpx.Client) -> None:
    answer = portal.get("/api/v1/comments/" + "a" * 10_000)

    assert 400 <= answer.status_code < 500


def test_a_long_user_agent_is_stored_cut_short(portal: httpx.Client, stack: Stack) -> None:
    payload = {**GOOD, **_captcha(portal)}
    answer = portal.post("/api/v1/comments", json=payload, headers={"User-Agent": "M" * 7000})

    assert answer.status_code == 202
    with stack.services.db.session() as session:
        stored = session.get(Comment, answer.json()["id"])
        assert stored is not None
        assert stored.user_agent == "M" * 512


def _cursor(data: Any) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("garbage", {"cursor": "!!!not-base64!!!"}),
        ("base64 of nothing JSON", {"cursor": _cursor(b"\xff\xfe\xfd")}),
        ("a cursor of another sort", {"cursor": _cursor({"s": "age", "v": "x", "id": "a"}),
                                      "sort": "-score"}),
        ("a score that is text", {"cursor": _cursor({"s": "-score", "v": "x", "id": "a"})}),
        ("an age that is a number", {"cursor": _cursor({"s": "-age", "v": 5, "id": "a"}),
                                     "sort": "-age"}),
        ("a list instead of an object", {"cursor": _cursor([1, 2, 3])}),
        ("an id that is a number", {"cursor": _cursor({"s": "-score", "v": 0.5, "id": 7})}),
        ("a score of 10**300", {"cursor": _cursor({"s": "-score", "v": 10**300, "id": "a"})}),
        ("a score of 1e308", {"cursor": _cursor({"s": "-score", "v": 1e308, "id": "a"})}),
        ("a score that is true", {"cursor": _cursor({"s": "-score", "v": True, "id": "a"})}),
        ("JSON nested 1,500 deep", {"cursor": _cursor(b"[" * 1500 + b"]" * 1500)}),
        ("an unknown sort", {"sort": "id; DROP TABLE comments"}),
        ("an unknown status", {"status": "deleted"}),
        ("limit in Arabic-Indic digits", {"limit": "٣"}),
        ("limit as a superscript", {"limit": "²"}),
        ("limit negative", {"limit": "-5"}),
        ("a score bound that is not a number", {"score_min": "NaN-ish"}),
        ("a date that is not a date", {"since": "kemarin"}),
    ],
)
def test_a_forged_cursor_or_bad_paging_is_a_400(
    portal: httpx.Client, moderator_token: dict[str, str], name: str, query: dict[str, str],
) -> None:
    answer = portal.get("/api/v1/moderation/queue", params=query, headers=moderator_token)

    assert answer.status_code == 400, (name, answer.text)
    assert _json_error(answer)["code"] == "invalid"


@pytest.mark.parametrize(
    "query",
    [{"page": "0"}, {"page": "-1"}, {"page": "²"}, {"page": "１"}, {"per_page": "0"},
     {"per_page": "101"}, {"per_page": "9" * 40}, {"page": "1e3"}, {"page": ""}],
)
def test_bad_article_paging_is_a_400(portal: httpx.Client, query: dict[str, str]) -> None:
    answer = portal.get("/api/v1/articles/berita-1/comments", params=query)

    assert answer.status_code == 400, (query, answer.text)
    assert _json_error(answer)["code"] == "invalid"


@pytest.mark.parametrize(
    "name",
    [
        "\u202eevil\u202c",  # a right-to-left override, closed
        "\u202eadmin",  # an override left open
        "محمد عبدالله",  # Arabic
        "שרה",  # Hebrew
        "Siti\u200bAminah",  # a zero-width space inside
        "👩\u200d👩\u200d👧",  # a family emoji joined by zero-width joiners
        "\u2067Budi\u2069",  # an isolate around a name
    ],
)
def test_names_with_direction_marks_or_zero_width_characters_are_kept_exactly(
    portal: httpx.Client, stack: Stack, moderator_token: dict[str, str], name: str,
) -> None:
    answer = portal.post("/api/v1/comments", json={**GOOD, "author_name": name,
                                                   **_captcha(portal)})

    assert answer.status_code == 202, answer.text
    comment_id = answer.json()["id"]
    detail = portal.get(f"/api/v1/moderation/comments/{comment_id}", headers=moderator_token)
    assert detail.json()["author_name"] == name


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200c\u200d", "\ufeff", " \u2066\u2069 ",
                                  "\u202e"])
def test_a_name_that_shows_nothing_is_refused(portal: httpx.Client, name: str) -> None:
    answer = portal.post("/api/v1/comments", json={**GOOD, "author_name": name,
                                                   **_captcha(portal)})

    assert answer.status_code == 400, answer.text
    assert "author_name" in _json_error(answer)["details"]["fields"]
