"""Moderator accounts and API tokens.

Passwords are stored as argon2 hashes; tokens as SHA-256 digests (they are long random strings,
so a fast hash is enough and lookups stay one indexed query). A token is shown once, at creation.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from modsvc.exceptions import ApiError, NotFoundError, ValidationError
from modsvc.services import Services
from modsvc.storage import ApiToken, Moderator, utcnow
from modsvc.storage.models import INTEGER_ID_MAX

# What each role of person may do; tokens carry one scope of SCOPES.
ROLE_SCOPES = {"moderator": frozenset({"moderate"}), "admin": frozenset({"moderate", "operate"})}
ROLES = tuple(ROLE_SCOPES)
SCOPES = ("moderate", "operate", "akismet")
TOKEN_PREFIX = "msv_"

_hasher = PasswordHasher()


@dataclass(frozen=True)
class IssuedToken:
    """A new token; ``secret`` is never shown again."""

    id: int
    name: str
    scope: str
    secret: str


def token_digest(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode()).hexdigest()


def add_moderator(services: Services, username: str, password: str, role: str = "moderator") -> int:
    """Create an account; the password must be at least 10 characters."""
    if role not in ROLES:
        raise ValidationError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 10:
        raise ValidationError("the password must be at least 10 characters long")
    if not username or len(username) > 64 or not username.isprintable():
        raise ValidationError("the name must be 1 to 64 printable characters")
    with services.db.session() as session:
        if session.scalar(select(Moderator.id).where(Moderator.username == username)):
            raise ApiError(f"moderator {username!r} exists already", status=409, code="conflict")
        moderator = Moderator(username=username, password_hash=_hasher.hash(password), role=role)
        session.add(moderator)
        session.flush()
        return moderator.id


def list_moderators(services: Services) -> list[Moderator]:
    """All accounts, oldest first."""
    with services.db.session() as session:
        return list(session.scalars(select(Moderator).order_by(Moderator.id)))


def disable_moderator(services: Services, username: str) -> None:
    """Stop an account from logging in (its history stays)."""
    with services.db.session() as session:
        moderator = session.scalar(select(Moderator).where(Moderator.username == username))
        if moderator is None:
            raise NotFoundError(f"no moderator {username!r}")
        moderator.disabled = True


def authenticate(services: Services, username: str, password: str) -> Moderator | None:
    """The enabled account with these credentials, else None (same work either way)."""
    with services.db.session() as session:
        moderator = session.scalar(select(Moderator).where(Moderator.username == username))
    stored = moderator.password_hash if moderator else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if moderator is None or moderator.disabled:
        return None
    return moderator


_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def create_token(services: Services, name: str, scope: str) -> IssuedToken:
    """Issue a bearer token with one scope."""
    if scope not in SCOPES:
        raise ValidationError(f"scope must be one of {', '.join(SCOPES)}")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with services.db.session() as session:
        token = ApiToken(name=name, token_hash=token_digest(secret), scope=scope)
        session.add(token)
        session.flush()
        return IssuedToken(id=token.id, name=name, scope=scope, secret=secret)


def token_dict(token: ApiToken) -> dict[str, object]:
    """A token as lists show it (never its secret or hash)."""
    return {
        "id": token.id, "name": token.name, "scope": token.scope,
        "created_at": token.created_at.isoformat(),
        "revoked_at": token.revoked_at.isoformat() if token.revoked_at else None,
        "last_used_at": token.last_used_at.isoformat() if token.last_used_at else None,
    }


def list_tokens(services: Services) -> list[ApiToken]:
    """All tokens (without their secrets), newest first."""
    with services.db.session() as session:
        return list(session.scalars(select(ApiToken).order_by(ApiToken.id.desc())))


def revoke_token(services: Services, token_id: int) -> None:
    """Make a token useless from now on."""
    with services.db.session() as session:
        token = session.get(ApiToken, token_id) if 0 < token_id <= INTEGER_ID_MAX else None
        if token is None:
            raise NotFoundError(f"no token {token_id}")
        token.revoked_at = token.revoked_at or utcnow()


def token_for(services: Services, secret: str) -> ApiToken | None:
    """The live (not revoked) token with this secret, else None; records its use."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    with services.db.session() as session:
        token = session.scalar(
            select(ApiToken).where(
                ApiToken.token_hash == token_digest(secret), ApiToken.revoked_at.is_(None)
            )
        )
        if token is not None:
            now = utcnow()
            # Write at most once a minute: a busy integration should not turn reads into writes.
            if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
                token.last_used_at = now
        return token
