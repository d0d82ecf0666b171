"""A writer's way back: asking once for a person to look at a held comment (issue 19).

``POST /api/v1/comments`` answers with a review token, an HMAC of the comment id under the
secret key: only the browser that posted the comment holds it, it names that comment alone,
and nothing is stored to check it. With it the writer may ask, once, that a person look at a
comment that is held (``pending``) or that the model marked spam, which the writer reads as
"waiting for moderation" too. A comment marked spam goes back to the queue (an event by the
``citizen``); either way the request puts it first in the moderators' pending tab, with the
writer's note, until a person decides. The decision reaches the writer through the comment's
status, and the request says it was answered.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from pydantic import ConfigDict, StringConstraints, field_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import event, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from modsvc.events import PENDING_KEY, StatusChange, record_change
from modsvc.exceptions import ConflictError, ForbiddenError, NotFoundError
from modsvc.schemas.refusals import RequestModel
from modsvc.storage import ActorKind, Comment, CommentStatus, ReviewRequest, utcnow

if TYPE_CHECKING:
    from modsvc.services import Services

logger = logging.getLogger(__name__)

NOTE_MAX_CHARS = 1000
# A held comment and one the model marked spam both read "waiting for moderation" to the
# writer; either may be put before a person.
REVIEWABLE = (CommentStatus.PENDING, CommentStatus.SPAM)
_TOKEN_BYTES = 24  # 32 characters of URL-safe base64
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}


def review_token_for(secret_key: str, comment_id: str) -> str:
    """The token that lets the writer of ``comment_id`` ask for a review (and nothing else)."""
    digest = hmac.new(secret_key.encode(), b"modsvc-review:" + comment_id.encode(),
                      hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:_TOKEN_BYTES]).decode()


def token_matches(secret_key: str, comment_id: str, token: str) -> bool:
    """Whether ``token`` is this comment's review token (compared in constant time)."""
    expected = review_token_for(secret_key, comment_id)
    return hmac.compare_digest(token.encode(), expected.encode())


class ReviewInput(RequestModel):
    """`token` is the `review_token` of the 202 that accepted the comment; `note` is the
    writer's optional word to the moderator. Unknown fields are ignored."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    worded: ClassVar[bool] = True

    token: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    note: Annotated[str, StringConstraints(max_length=NOTE_MAX_CHARS)] | None = None

    @field_validator("note")
    @classmethod
    def _note_has_no_controls(cls, value: str | None) -> str | None:
        if not value:
            return None
        if any(unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS for ch in value):
            raise PydanticCustomError("control_characters", "must not contain control characters")
        return value


@dataclass(frozen=True)
class ReviewState:
    """What the writer may know of their request."""

    state: str  # requested | answered
    requested_at: datetime
    answered_at: datetime | None

    def public(self) -> dict[str, Any]:
        """As the portal's status answer carries it."""
        return {
            "state": self.state,
            "requested_at": self.requested_at.isoformat(),
            "answered_at": self.answered_at.isoformat() if self.answered_at else None,
        }


def _state(row: ReviewRequest) -> ReviewState:
    return ReviewState("answered" if row.answered_at else "requested", row.created_at,
                       row.answered_at)


def with_review(session: Session, comment_id: str) -> tuple[Comment, ReviewState | None] | None:
    """A comment and its writer's request (None if they made none), read in one statement.

    A decision commits the comment's new status and the request's answer together, but two
    statements may fall on either side of that commit (SQLite outside an explicit transaction
    and PostgreSQL at READ COMMITTED both give each statement the newest commit): the writer
    would read "answered" beside the status from before the decision, and the embed, which
    stops asking once a request is answered, would keep "reviewed: not shown" for a comment a
    moderator had just approved.
    """
    row = session.execute(
        select(Comment, ReviewRequest)
        .outerjoin(ReviewRequest, ReviewRequest.comment_id == Comment.id)
        .where(Comment.id == comment_id)
    ).first()
    if row is None:
        return None
    comment, request = row
    return comment, None if request is None else _state(request)


def request_review(services: Services, comment_id: str, data: ReviewInput) -> ReviewState:
    """Put a held comment before a person, once, for the holder of its review token.

    Raises:
        ForbiddenError: the token is not this comment's.
        NotFoundError: no such comment.
        ConflictError: asked already, or the comment is not held (still being checked,
            shown, or refused by a person).
    """
    # The token first: it needs no database, and a stranger learns nothing past it.
    if not token_matches(services.settings.secret_key, comment_id, data.token):
        raise ForbiddenError("this review token is not for this comment")
    now = utcnow()
    try:
        with services.db.writing() as session:
            comment = session.get(Comment, comment_id)
            if comment is None:
                raise NotFoundError("no such comment")
            if session.get(ReviewRequest, comment_id) is not None:
                raise _already_requested()
            if comment.status not in REVIEWABLE:
                raise ConflictError(
                    "only a comment waiting for moderation can be put before a person",
                    details={"reason": "not_held"},
                )
            seen = comment.status
            row = ReviewRequest(comment_id=comment_id, note=data.note, status_at_request=seen,
                                created_at=now)
            session.add(row)
            session.flush()  # a second request racing this one fails here, on the key
            if seen == CommentStatus.SPAM:
                _back_to_queue(session, comment_id, now)
            state = _state(row)
    except IntegrityError:
        raise _already_requested() from None
    logger.info("review requested for comment %s (was %s)", comment_id, seen)
    return state


def _already_requested() -> ConflictError:
    return ConflictError("a review of this comment was asked for already",
                          details={"reason": "already_requested"})


def _back_to_queue(session: Session, comment_id: str, now: datetime) -> None:
    moved = session.execute(  # type: ignore[attr-defined]
        update(Comment)
        .where(Comment.id == comment_id, Comment.status == CommentStatus.SPAM)
        .values(status=CommentStatus.PENDING, updated_at=now)
    ).rowcount
    if not moved:  # a moderator decided it this very moment: theirs stands, ask again
        raise ConflictError("the comment changed just now; look at its status again",
                             details={"reason": "changed"})
    record_change(session, comment_id, actor="citizen", actor_kind=ActorKind.CITIZEN,
                  from_status=CommentStatus.SPAM, to_status=CommentStatus.PENDING,
                  reason="review requested by the writer", at=now)


def _follow_decisions(session: Session) -> None:
    """Before a commit: a decision that takes a comment out of the queue answers its open
    request; one that puts it back (an undo) opens it again. One statement per kind, and
    none for commits that change no status from or back to ``pending`` (the workers' scoring
    goes from ``received``)."""
    changes: list[StatusChange] = session.info.get(PENDING_KEY) or []
    answered = {c.comment_id for c in changes
                if c.from_status == CommentStatus.PENDING and c.to_status != CommentStatus.PENDING}
    reopened = {c.comment_id for c in changes
                if c.to_status == CommentStatus.PENDING and c.actor_kind != ActorKind.CITIZEN
                and c.from_status not in (None, CommentStatus.RECEIVED)} - answered
    if answered:
        session.execute(
            update(ReviewRequest)
            .where(ReviewRequest.comment_id.in_(answered), ReviewRequest.answered_at.is_(None))
            .values(answered_at=utcnow())
        )
    if reopened:
        session.execute(
            update(ReviewRequest)
            .where(ReviewRequest.comment_id.in_(reopened),
                   ReviewRequest.answered_at.is_not(None))
            .values(answered_at=None)
        )


def install(services: Services) -> None:
    """Keep review requests in step with the decisions of every session of this process."""
    event.listen(services.db.sessions, "before_commit", _follow_decisions)
