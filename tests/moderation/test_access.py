"""Stories of who may get in: accounts, sessions, tokens, scopes and CSRF."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from modsvc.accounts import add_moderator, create_token, disable_moderator, revoke_token
from tests.conftest import Moderator, Service, seed_comments

MODERATION_ROUTES = [
    ("GET", "/api/v1/moderation/queue"),
    ("POST", "/api/v1/moderation/comments/x/decision"),
    ("POST", "/api/v1/moderation/decisions"),
    ("POST", "/api/v1/moderation/comments/x/undo"),
    ("GET", "/api/v1/moderation/comments/x"),
]


def test_a_moderator_logs_in_with_the_right_password_only(service: Service) -> None:
    add_moderator(service.services, "dewi", "kata-sandi-rahasia")
    wrong = Moderator(service, "dewi", "salah-sandi-sekali")
    right = Moderator(service, "dewi", "kata-sandi-rahasia")

    refused = wrong.log_in()
    accepted = right.log_in()

    assert refused.status_code == 401
    assert "Nama pengguna atau kata sandi salah" in refused.get_data(as_text=True)
    assert accepted.status_code == 302
    assert accepted.headers["Location"].endswith("/moderation")
    cookie = accepted.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert right.queue().status_code == 200
    assert wrong.queue().status_code == 401


def test_logging_in_gives_a_fresh_session_id(service: Service) -> None:
    add_moderator(service.services, "dewi", "kata-sandi-rahasia")
    moderator = Moderator(service, "dewi", "kata-sandi-rahasia")
    moderator.client.get("/login")
    before = moderator.client.get_cookie("modsvc_session")

    moderator.log_in()

    after = moderator.client.get_cookie("modsvc_session")
    assert after is not None
    assert before is None or before.value != after.value


def test_guessing_passwords_is_rate_limited_per_account(service: Service) -> None:
    add_moderator(service.services, "dewi", "kata-sandi-rahasia")
    guesser = Moderator(service, "dewi", "tebakan-salah-123")

    codes = [guesser.log_in().status_code for _ in range(6)]

    assert codes == [401] * 5 + [429]


def test_a_disabled_moderator_is_locked_out_at_once(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    dewi = make_moderator("dewi")
    assert dewi.queue().status_code == 200

    disable_moderator(service.services, "dewi")

    assert dewi.queue().status_code == 401


def test_logging_out_ends_the_session(make_moderator: Callable[..., Moderator]) -> None:
    dewi = make_moderator("dewi")

    dewi.client.post("/logout", data={"csrf_token": dewi.csrf()})

    assert dewi.queue().status_code == 401


@pytest.mark.parametrize(("method", "path"), MODERATION_ROUTES)
def test_anonymous_callers_get_401(service: Service, method: str, path: str) -> None:
    response = service.client.open(path, method=method, json={})

    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize(("method", "path"), MODERATION_ROUTES)
def test_a_token_without_the_moderate_scope_gets_403(
    service: Service, method: str, path: str
) -> None:
    token = create_token(service.services, "akismet-plugin", "akismet").secret

    response = service.client.open(
        path, method=method, json={}, headers={"Authorization": f"Bearer {token}"}
    )

    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"


def test_a_moderate_token_works_until_revoked(service: Service) -> None:
    issued = create_token(service.services, "portal-backend", "moderate")
    headers = {"Authorization": f"Bearer {issued.secret}"}
    [comment_id] = seed_comments(service, ["komentar biasa"])

    decided = service.client.post(
        f"/api/v1/moderation/comments/{comment_id}/decision", json={"action": "approve"},
        headers=headers,
    )
    revoke_token(service.services, issued.id)
    after = service.client.get("/api/v1/moderation/queue", headers=headers)
    garbage = service.client.get(
        "/api/v1/moderation/queue", headers={"Authorization": "Bearer msv_nonsense"}
    )

    assert decided.status_code == 200, "tokens need no CSRF token"
    assert after.status_code == 401
    assert garbage.status_code == 401


def test_a_session_write_without_a_csrf_token_is_refused(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    dewi = make_moderator("dewi")
    [comment_id] = seed_comments(service, ["komentar biasa"])

    forged = dewi.client.post(
        f"/api/v1/moderation/comments/{comment_id}/decision", json={"action": "approve"}
    )
    form_without_token = dewi.client.post("/logout")

    assert forged.status_code == 403
    assert forged.get_json()["error"]["code"] == "csrf_failed"
    assert form_without_token.status_code == 403
    assert dewi.queue().get_json()["counts"]["pending"] == 1


def test_only_admins_have_the_operate_scope(
    make_moderator: Callable[..., Moderator],
) -> None:
    from modsvc.auth import ROLE_SCOPES

    assert ROLE_SCOPES["moderator"] == {"moderate"}
    assert ROLE_SCOPES["admin"] == {"moderate", "operate"}
