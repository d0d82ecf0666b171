"""Stories of the log-in page under attack: where it sends people afterwards, what a stranger
can store or lock by visiting it, and what is left of a session after log-out."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from redis import Redis

from modsvc.accounts import add_moderator
from tests.conftest import Moderator, Service, login_form_token

PASSWORD = "kata-sandi-yang-panjang"


def _log_in(client: object, name: str, password: str, **query: str) -> object:
    form = client.get("/login").get_data(as_text=True)  # type: ignore[attr-defined]
    return client.post(  # type: ignore[attr-defined]
        "/login", query_string=query,
        data={"username": name, "password": password, "csrf_token": login_form_token(form)},
    )


@pytest.mark.parametrize(
    "target",
    [
        "/%09/evil.example", "/\t/evil.example", "//evil.example", "/\\evil.example",
        "\\\\evil.example", "https://evil.example/", "/\r\n/evil.example",
        "java\tscript:alert(1)", "/%2F/evil.example".replace("%2F", "/"),
        "http:/evil.example", " //evil.example",
    ],
)
def test_after_log_in_no_next_leads_to_another_host(service: Service, target: str) -> None:
    add_moderator(service.services, "dewi", PASSWORD)

    answer = _log_in(service.app.test_client(), "dewi", PASSWORD, next=target)

    assert answer.status_code == 302  # type: ignore[attr-defined]
    location = answer.headers["Location"]  # type: ignore[attr-defined]
    # As a browser reads it: tabs and newlines dropped, backslashes as slashes.
    seen = re.sub(r"[\x00-\x1f\x7f]", "", location).replace("\\", "/")
    assert seen.startswith("/"), location
    assert not urlsplit(seen).netloc, location


def test_a_same_site_next_is_kept(service: Service) -> None:
    add_moderator(service.services, "dewi", PASSWORD)

    answer = _log_in(service.app.test_client(), "dewi", PASSWORD, next="/moderation?status=spam")

    assert answer.headers["Location"] == "/moderation?status=spam"  # type: ignore[attr-defined]


def test_visitors_who_never_log_in_store_no_session(service: Service, redis: Redis) -> None:
    before = len(redis.keys("modsvc:session:*"))
    for _ in range(50):
        stranger = service.app.test_client()
        assert stranger.get("/login").status_code == 200
        stranger.get("/moderation/nowhere", headers={"Accept": "text/html"})
        stranger.get("/login?lang=en")

    assert len(redis.keys("modsvc:session:*")) == before


def test_log_in_without_the_form_s_token_is_refused(service: Service) -> None:
    add_moderator(service.services, "dewi", PASSWORD)
    forger = service.app.test_client()

    answer = forger.post("/login", data={"username": "dewi", "password": PASSWORD,
                                         "csrf_token": "made-up"})

    assert answer.status_code == 403
    assert forger.get_cookie("modsvc_session") is None


def test_a_stranger_guessing_cannot_lock_the_moderator_out(service: Service) -> None:
    add_moderator(service.services, "dewi", PASSWORD)
    stranger = service.app.test_client()
    stranger.environ_base["REMOTE_ADDR"] = "198.51.100.66"
    for _ in range(8):
        _log_in(stranger, "dewi", "tebak-tebak")
    for _ in range(8):  # posts without the form's token do not even count as tries
        stranger.post("/login", data={"username": "dewi", "password": "x"})

    assert _log_in(stranger, "dewi", PASSWORD).status_code == 429  # type: ignore[attr-defined]
    owner = service.app.test_client()
    owner.environ_base["REMOTE_ADDR"] = "203.0.113.20"
    assert _log_in(owner, "dewi", PASSWORD).status_code == 302  # type: ignore[attr-defined]


def test_log_out_deletes_the_session_and_starts_no_new_one(
    service: Service, redis: Redis, make_moderator: Callable[..., Moderator]
) -> None:
    dewi = make_moderator("dewi")
    cookie = dewi.client.get_cookie("modsvc_session")
    assert cookie is not None
    assert redis.exists(f"modsvc:session:{cookie.value}")

    answer = dewi.client.post("/logout", data={"csrf_token": dewi.csrf()})

    assert answer.status_code == 302
    assert not redis.exists(f"modsvc:session:{cookie.value}")
    assert dewi.client.get_cookie("modsvc_session") is None
    page = dewi.client.get(answer.headers["Location"] + "&lang=en").get_data(as_text=True)
    assert "You are logged out" in page


@pytest.mark.parametrize("path", ["/login", "/moderation", "/demo", "/docs", "/nowhere"])
def test_every_page_forbids_framing_and_inline_script(service: Service, path: str) -> None:
    answer = service.app.test_client().get(path, headers={"Accept": "text/html"})

    policy = answer.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    script = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script
    assert answer.headers["X-Frame-Options"] == "DENY"
    assert answer.headers["Referrer-Policy"] == "same-origin"
    assert "<script>" not in answer.get_data(as_text=True), "no inline script on the page"
