"""Intake of new comments: validate, check the captcha, store durably, then enqueue scoring.

The comment is committed before it is enqueued. If the enqueue is lost (Redis blinked between
the two), the sweeper finds the comment still ``received`` and enqueues it again, so an
accepted comment is never stranded.

A portal may send an ``Idempotency-Key`` with a comment and the same key when it sends that
comment again (after a 503, a timeout or a dropped connection): a key seen before returns the
comment it stored, without a captcha and without storing it twice.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from modsvc.captcha import Captchas
from modsvc.events import record_change
from modsvc.exceptions import ApiError, ValidationError
from modsvc.queues import enqueue_scoring
from modsvc.schemas.refusals import RequestModel
from modsvc.services import Services
from modsvc.storage import ActorKind, Comment, CommentStatus, IdempotencyKey, utcnow
from modsvc.storage.models import new_comment_id

logger = logging.getLogger(__name__)

ARTICLE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
EMAIL_PATTERN = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
# A key a portal makes for each new comment: a UUID, or any 16 to 128 letters, digits and
# ``._:+/=-`` (base64 and hex fit); short keys would collide.
IDEMPOTENCY_KEY_PATTERN = re.compile(r"^[A-Za-z0-9._:+/=-]{16,128}$")
# Tabs and newlines are fine in a comment; other control characters never come from a person.
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}


def _has_control_characters(value: str, allowed: set[str]) -> bool:
    return any(
        unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value
    )


def _shows_nothing(value: str) -> bool:
    """True when no character would be seen: only spaces, zero-width and format characters
    (ZWSP, ZWJ, BOM, direction marks). Such characters are fine inside a name or text."""
    return all(unicodedata.category(ch)[0] in "CZ" for ch in value)


class CommentInput(RequestModel):
    """A reader's comment. `body` may be at most MODSVC_MAX_BODY_CHARS characters (5000 by
    default). `website` is the honeypot: leave it empty (people never see the field). Unknown
    fields are ignored."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    worded: ClassVar[bool] = True

    article_id: Annotated[str, StringConstraints(pattern=ARTICLE_ID_PATTERN)]
    author_name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    author_email: Annotated[str, StringConstraints(max_length=254)] | None = None
    body: Annotated[str, StringConstraints(min_length=1)]
    parent_id: Annotated[str, StringConstraints(min_length=1, max_length=32)] | None = None
    captcha_id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    captcha_answer: Annotated[str, StringConstraints(min_length=1, max_length=32)]
    # What the portal says of the article, shown to moderators beside the comment.
    article_title: Annotated[str, StringConstraints(max_length=300)] | None = None
    article_url: Annotated[str, StringConstraints(max_length=1024,
                                                  pattern=r"^https?://[^\s]+$")] | None = None
    # The honeypot: a form field people never see; bots fill every field they find.
    website: Annotated[str, Field(max_length=2000)] | None = None

    @field_validator("author_name")
    @classmethod
    def _name_has_no_controls(cls, value: str) -> str:
        if _has_control_characters(value, set()):
            raise PydanticCustomError("control_characters", "must not contain control characters")
        if _shows_nothing(value):
            raise PydanticCustomError("not_visible", "must contain a visible character")
        return value

    @field_validator("body")
    @classmethod
    def _body_has_no_controls(cls, value: str) -> str:
        if _has_control_characters(value, _ALLOWED_CONTROLS):
            raise PydanticCustomError("control_characters", "must not contain control characters")
        if _shows_nothing(value):
            raise PydanticCustomError("not_visible", "must contain a visible character")
        return value

    @field_validator("author_email")
    @classmethod
    def _email_looks_like_one(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        assert value is not None
        if not EMAIL_PATTERN.match(value):
            raise PydanticCustomError("not_an_email", "is not an e-mail address")
        return value.lower()


@dataclass(frozen=True)
class ClientEvidence:
    """What the request tells about its sender, before any hashing."""

    ip: str
    user_agent: str | None
    referrer: str | None
    accept_language: str | None
    request_id: str | None


def parse_comment(payload: Any, max_body_chars: int) -> CommentInput:
    """Validate a decoded JSON body; raises :class:`ValidationError` naming each bad field."""
    data = CommentInput.parse(payload)
    if len(data.body) > max_body_chars:
        raise ValidationError(
            f"the comment is longer than {max_body_chars} characters",
            details={"field_codes": {"body": "too_long"}, "limits": {"body": max_body_chars}},
        )
    return data


def ip_hashes(secret_key: str, ip: str) -> tuple[str, str]:
    """Keyed hashes of an IP and of its network (/24 for IPv4, /48 for IPv6).

    The raw address is never stored; the keyed hash still lets moderators see that two
    comments came from one address or one network.
    """
    try:
        address = ipaddress.ip_address(ip)
        prefix = 24 if address.version == 4 else 48
        network = str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))
    except ValueError:
        network = ip
    key = secret_key.encode()

    def digest(value: str) -> str:
        return hmac.new(key, b"ip:" + value.encode(), hashlib.sha256).hexdigest()[:32]

    return digest(ip), digest(network)


def _check_parent(session: Session, data: CommentInput) -> None:
    if data.parent_id is None:
        return
    parent_article = session.scalar(select(Comment.article_id).where(Comment.id == data.parent_id))
    if parent_article != data.article_id:
        raise ValidationError(
            "the parent comment does not exist on this article",
            details={"field_codes": {"parent_id": "unknown_parent"}},
        )


def _row_of(comment: Comment) -> dict[str, Any]:
    """The column values set on a new, unsaved comment."""
    return {
        column.key: getattr(comment, column.key)
        for column in Comment.__table__.columns
        if column.key in comment.__dict__
    }


class IdempotencyKeyReusedError(ApiError):
    """An ``Idempotency-Key`` sent before came with another article or text: a key names one
    comment, and this one is not stored."""

    status = 422
    code = "idempotency_key_reused"


@dataclass(frozen=True)
class Accepted:
    """A stored comment, and whether an earlier request with the same key stored it."""

    comment: Comment
    replayed: bool = False


def check_idempotency_key(value: str | None) -> str | None:
    """The header's value if it is a usable key, None when absent; 400 otherwise."""
    if value is None:
        return None
    if not IDEMPOTENCY_KEY_PATTERN.match(value):
        raise ValidationError(
            "Idempotency-Key must be 16 to 128 letters, digits or ._:+/=- (a UUID fits)",
            details={"field_codes": {"idempotency_key": "invalid_format"}},
        )
    return value


def _scoped_key(secret_key: str, prefix_hash: str, key: str) -> str:
    """The stored form of a key: keyed to the service and to the writer's network."""
    return hmac.new(secret_key.encode(), f"key:{prefix_hash}:{key}".encode(),
                    hashlib.sha256).hexdigest()


def _sent_before(services: Services, key: str, data: CommentInput) -> Comment | None:
    """The comment an earlier request with this key stored, if any."""
    with services.db.session() as session:
        comment = session.scalar(
            select(Comment).join(IdempotencyKey, IdempotencyKey.comment_id == Comment.id)
            .where(IdempotencyKey.key == key))
        if comment is None:
            return None
        if comment.article_id != data.article_id or comment.body != data.body:
            raise IdempotencyKeyReusedError(
                "this Idempotency-Key was sent before with another article or text; "
                "make a new key for each new comment")
        session.expunge(comment)
        return comment


def submit_comment(services: Services, data: CommentInput, client: ClientEvidence,
                   idempotency_key: str | None = None) -> Accepted:
    """Check the captcha, store the comment, then enqueue its scoring; with a key sent
    before, the comment stored then (see the module docstring)."""
    ip_hash, prefix_hash = ip_hashes(services.settings.secret_key, client.ip)
    key = (None if idempotency_key is None
           else _scoped_key(services.settings.secret_key, prefix_hash, idempotency_key))
    if key is not None and (earlier := _sent_before(services, key, data)) is not None:
        return Accepted(earlier, replayed=True)
    captchas = Captchas(services.redis, services.settings.secret_key)
    seconds = captchas.consume(data.captcha_id, data.captcha_answer)
    now = utcnow()
    comment = Comment(
        id=new_comment_id(),
        article_id=data.article_id,
        article_title=data.article_title or None,
        article_url=data.article_url or None,
        parent_id=data.parent_id,
        author_name=data.author_name,
        author_email=data.author_email,
        body=data.body,
        status=CommentStatus.RECEIVED,
        ip_hash=ip_hash,
        ip_prefix_hash=prefix_hash,
        user_agent=(client.user_agent or "")[:512] or None,
        referrer=(client.referrer or "")[:1024] or None,
        accept_language=(client.accept_language or "")[:256] or None,
        captcha_seconds=round(seconds, 3),
        honeypot=bool(data.website),
        request_id=client.request_id,
        source="portal",
        created_at=now,
        updated_at=now,
    )
    try:
        with services.db.writing() as session:
            _check_parent(session, data)
            # A plain INSERT of the row rather than the ORM's unit of work, whose bookkeeping
            # for one new object costs more than the rest of the transaction; `comment` stays
            # a detached object holding the same values, for the answer. The row goes as
            # parameters, not through .values(): the statement is then compiled once per
            # process, not per call.
            session.execute(insert(Comment.__table__), _row_of(comment))  # type: ignore[arg-type]
            if key is not None:
                session.execute(insert(IdempotencyKey.__table__),  # type: ignore[arg-type]
                                {"key": key, "comment_id": comment.id, "created_at": now})
            record_change(session, comment.id, actor="portal", actor_kind=ActorKind.PORTAL,
                          from_status=None, to_status=comment.status, at=now)
    except IntegrityError:
        # The same key, sent twice at once: the other request stored the comment first.
        if key is None or (earlier := _sent_before(services, key, data)) is None:
            raise
        return Accepted(earlier, replayed=True)
    try:
        enqueue_scoring(services.redis, comment.id, request_id=client.request_id)
    except Exception:
        # Stored durably already: the sweeper will enqueue it again within a minute or two.
        logger.warning("enqueue of comment %s failed; the sweeper will retry", comment.id)
    return Accepted(comment)
