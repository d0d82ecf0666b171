"""Who is calling: a moderator's server-side session or a bearer token, and what they may do.

Sessions live in Redis (Flask-Session), so logging out or disabling an account takes effect at
once on every web process. Session-authenticated writes need a CSRF token (Flask-WTF); bearer
tokens do not, since a browser never attaches them by itself.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar

from flask import Flask, Response, g, request, session
from flask_session.redis import RedisSessionInterface
from flask_wtf.csrf import CSRFError, CSRFProtect

from modsvc.accounts import ROLE_SCOPES, token_for
from modsvc.current import services
from modsvc.exceptions import ApiError, ForbiddenError
from modsvc.moderation import Actor
from modsvc.services import Services
from modsvc.storage import ActorKind, Moderator

logger = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SESSION_HOURS = 12

csrf = CSRFProtect()

F = TypeVar("F", bound=Callable[..., Any])


class UnauthorizedError(ApiError):
    """No valid credentials were sent."""

    status = 401
    code = "unauthorized"


@dataclass(frozen=True)
class Principal:
    """A moderator (through a session) or an API token."""

    kind: str
    id: int
    name: str
    scopes: frozenset[str]

    @property
    def actor(self) -> str:
        """How events name who did something."""
        return f"{self.kind}:{self.name}"

    @property
    def moderator_id(self) -> int | None:
        """The account id when a person acts."""
        return self.id if self.kind == "moderator" else None

    @property
    def actor_kind(self) -> ActorKind:
        """The kind events record for this principal's decisions."""
        return ActorKind.MODERATOR if self.kind == "moderator" else ActorKind.TOKEN


class _Sessions(RedisSessionInterface):
    """Redis sessions whose cookie is Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(request.is_secure or super().get_cookie_secure(app))


def _from_token(header: str) -> Principal | None:
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret:
        raise UnauthorizedError("use 'Authorization: Bearer <token>'")
    token = token_for(services(), secret.strip())
    if token is None:
        raise UnauthorizedError("unknown or revoked token")
    return Principal("token", token.id, token.name, frozenset({token.scope}))


def _from_session() -> Principal | None:
    moderator_id = session.get("moderator_id")
    if moderator_id is None:
        return None
    with services().db.session() as db:
        moderator = db.get(Moderator, moderator_id)
    if moderator is None or moderator.disabled:
        session.clear()
        return None
    g.via_session = True
    return Principal(
        "moderator", moderator.id, moderator.username, ROLE_SCOPES.get(moderator.role, frozenset())
    )


def current_principal() -> Principal | None:
    """The caller of this request, if any; cached per request."""
    if "principal" not in g:
        header = request.headers.get("Authorization")
        g.principal = _from_token(header) if header else _from_session()
    principal: Principal | None = g.principal
    return principal


def current_actor() -> Actor:
    """Who a decision of this request is recorded as (the caller passed :func:`require`)."""
    principal = current_principal()
    assert principal is not None
    return Actor(principal.actor, principal.moderator_id, principal.actor_kind)


def require(scope: str) -> Callable[[F], F]:
    """Refuse anonymous callers (401) and callers without ``scope`` (403); check CSRF on
    session-authenticated writes."""

    def decorate(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            principal = current_principal()
            if principal is None:
                raise UnauthorizedError("log in or send a bearer token")
            if scope not in principal.scopes:
                raise ForbiddenError(f"this needs the '{scope}' scope")
            if g.get("via_session") and request.method not in SAFE_METHODS:
                csrf.protect()
            return view(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def log_in(moderator: Moderator) -> None:
    """Start a fresh session (a new id, so a planted session id is worthless)."""
    session.clear()
    session.permanent = True
    session["moderator_id"] = moderator.id
    session["username"] = moderator.username
    from flask import current_app

    current_app.session_interface.regenerate(session)  # type: ignore[attr-defined]


def log_out() -> None:
    """End the session on the server and in the browser.

    Emptied and left empty, Flask-Session deletes it from Redis and clears the cookie: the old
    id names nothing any more, and no new session is made for the visitor who is now anonymous.
    """
    session.clear()


# The log-in form's CSRF protection, for visitors who have no session (and must not get one
# just for looking at the form: 2,000 anonymous page views would otherwise store 2,000
# sessions): a random nonce in a cookie only this site can set, and in the form its HMAC under
# the secret key. A cross-site form can neither read the cookie nor forge the HMAC.
LOGIN_NONCE_COOKIE = "modsvc_login"
LOGIN_NONCE_SECONDS = 2 * 3600
_NONCE_SHAPE = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32)


def _login_token(nonce: str) -> str:
    from flask import current_app

    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, b"modsvc-login-csrf:" + nonce.encode(), hashlib.sha256).hexdigest()


def login_form_token() -> str:
    """The token for the log-in form; :func:`remember_login_nonce` sets its cookie."""
    nonce = request.cookies.get(LOGIN_NONCE_COOKIE) or ""
    if not _NONCE_SHAPE.fullmatch(nonce):
        nonce = secrets.token_urlsafe(32)
    g.login_nonce = nonce
    return _login_token(nonce)


def remember_login_nonce(response: Response) -> Response:
    """Set the nonce cookie the form's token was made from."""
    nonce = g.get("login_nonce")
    if nonce:
        response.set_cookie(LOGIN_NONCE_COOKIE, nonce, max_age=LOGIN_NONCE_SECONDS,
                            httponly=True, samesite="Strict", secure=request.is_secure,
                            path="/login")
    return response


def check_login_form() -> None:
    """Refuse a log-in post whose token does not match its nonce cookie (403 csrf_failed)."""
    nonce = request.cookies.get(LOGIN_NONCE_COOKIE) or ""
    given = request.form.get("csrf_token") or ""
    if not nonce or not hmac.compare_digest(given.encode(), _login_token(nonce).encode()):
        raise CSRFError("the log-in form's token is missing or wrong")


def _csrf_error(error: CSRFError) -> Any:
    from modsvc.errors import error_response

    return error_response(403, "csrf_failed", "missing or wrong CSRF token; reload the page")


def init_app(app: Flask, found: Services) -> None:
    """Wire sessions and CSRF into the app."""
    from datetime import timedelta

    app.config.update(
        SESSION_COOKIE_NAME="modsvc_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        # Checked explicitly: in `require` for JSON writes, and on every HTML form.
        WTF_CSRF_CHECK_DEFAULT=False,
        WTF_CSRF_TIME_LIMIT=None,
    )
    app.session_interface = _Sessions(
        app, client=found.redis, key_prefix="modsvc:session:", permanent=True
    )
    csrf.init_app(app)
    app.register_error_handler(CSRFError, _csrf_error)
