"""The moderators' work: the queue, decisions, undo, and a comment's full story.

Every decision is a conditional update (``WHERE status = <what the moderator saw>``) plus an
appended event, so two moderators deciding the same comment can never both win silently: the
second gets a conflict and sees who was first.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, or_, select, tuple_, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from modsvc.events import record_change
from modsvc.exceptions import ConflictError, NotFoundError, ValidationError
from modsvc.queues import enqueue_scoring
from modsvc.services import Services
from modsvc.storage import (
    ActorKind,
    Comment,
    CommentStatus,
    ModerationEvent,
    ReviewRequest,
    utcnow,
)
from modsvc.storage import status_counts as stored_status_counts

logger = logging.getLogger(__name__)

ACTIONS = {
    "approve": CommentStatus.APPROVED,
    "reject": CommentStatus.REJECTED,
    "spam": CommentStatus.SPAM,
}
SORTS = ("score", "-score", "age", "-age")
MAX_PAGE = 100
MAX_BULK = 500
# A moderator's own words on a decision.
REASON_MAX_CHARS = 1000
# Why a person rejects a comment, as the portal may tell its writer (free text goes beside it).
REJECTION_REASONS = ("abusive", "off_topic", "personal_data", "false_information", "duplicate",
                     "other")
QUEUE_STATUSES = tuple(s.value for s in CommentStatus)


@dataclass(frozen=True)
class QueueFilter:
    """What the moderator asked to see."""

    status: str = CommentStatus.PENDING
    article_id: str | None = None
    q: str | None = None
    score_min: float | None = None
    score_max: float | None = None
    since: datetime | None = None
    until: datetime | None = None
    model_version: str | None = None
    sort: str = "-score"
    cursor: str | None = None
    limit: int = 50
    # Campaigns (issue 18): only one campaign's members, or only comments in none.
    campaign_id: int | None = None
    outside_campaigns: bool = False


@dataclass
class QueuePage:
    """One page of the queue and where the next one starts."""

    items: list[dict[str, Any]]
    next_cursor: str | None
    counts: dict[str, int] = field(default_factory=dict)


# What a queue item shows; pages read these columns rather than whole ORM objects.
ITEM_COLUMNS = (
    Comment.id, Comment.status, Comment.article_id, Comment.parent_id, Comment.author_name,
    Comment.author_email, Comment.body, Comment.created_at, Comment.updated_at, Comment.score,
    Comment.model_version, Comment.reasons, Comment.campaign_id, Comment.article_title,
    Comment.article_url,
)


def public_item(comment: Any) -> dict[str, Any]:
    """A comment (or a row of :data:`ITEM_COLUMNS`) as the queue shows it to moderators."""
    return {
        "id": comment.id,
        "status": comment.status,
        "article_id": comment.article_id,
        "parent_id": comment.parent_id,
        "author_name": comment.author_name,
        "author_email": comment.author_email,
        "body": comment.body,
        "created_at": comment.created_at.isoformat(),
        "updated_at": comment.updated_at.isoformat(),
        "score": comment.score,
        "model_version": comment.model_version,
        "reasons": comment.reasons or [],
        "campaign_id": comment.campaign_id,
        "article_title": comment.article_title,
        "article_url": comment.article_url,
    }


def _sort_key(sort: str) -> tuple[Any, bool]:
    """The column a sort orders by, and whether it descends."""
    if sort in ("score", "-score"):
        return Comment.score, sort.startswith("-")
    return Comment.created_at, sort == "-age"


def _encode_cursor(sort: str, value: Any, comment_id: str) -> str:
    if isinstance(value, datetime):
        value = value.isoformat()
    raw = json.dumps({"s": sort, "v": value, "id": comment_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if not isinstance(data, dict) or data.get("s") != sort or not isinstance(data["id"], str):
            raise ValueError("cursor of another sort")
        value = data["v"]
        if sort in ("age", "-age"):
            value = datetime.fromisoformat(value)
        elif value is not None:
            # A score: a probability. A huge integer would overflow the database's REAL.
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError("score cursor without a number")
            value = float(value)
            if not 0.0 <= value <= 1.0:
                raise ValueError("score cursor out of range")
        return value, data["id"]
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise ValidationError(
            "the cursor is not valid for this listing; start again without it",
            details={"fields": {"cursor": "invalid"}},
        ) from None


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(flt: QueueFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Comment.status == flt.status]
    if flt.article_id:
        conditions.append(Comment.article_id == flt.article_id)
    if flt.q:
        pattern = _like_pattern(flt.q.lower())
        conditions.append(
            or_(
                func.lower(Comment.body).like(pattern, escape="\\"),
                func.lower(Comment.author_name).like(pattern, escape="\\"),
            )
        )
    if flt.score_min is not None:
        conditions.append(Comment.score >= flt.score_min)
    if flt.score_max is not None:
        conditions.append(Comment.score <= flt.score_max)
    if flt.since is not None:
        conditions.append(Comment.created_at >= flt.since)
    if flt.until is not None:
        conditions.append(Comment.created_at < flt.until)
    if flt.model_version:
        conditions.append(Comment.model_version == flt.model_version)
    if flt.campaign_id is not None:
        conditions.append(Comment.campaign_id == flt.campaign_id)
    elif flt.outside_campaigns:
        conditions.append(Comment.campaign_id.is_(None))
    return conditions


def status_counts(session: Session) -> dict[str, int]:
    """How many comments are in each queue status (for the tabs)."""
    counts = {status: 0 for status in QUEUE_STATUSES}
    counts.update({status: n for status, n in stored_status_counts(session).items()
                   if status in counts})
    return counts


def queue(services: Services, flt: QueueFilter) -> QueuePage:
    """A page of comments in one status, keyset-paginated.

    The cursor remembers the sort value and id of the last item shown, so deciding items
    between pages never makes the next page skip or repeat one.
    """
    if flt.sort not in SORTS:
        raise ValidationError(f"sort must be one of {', '.join(SORTS)}",
                              details={"fields": {"sort": "unknown"}})
    if flt.status not in QUEUE_STATUSES:
        raise ValidationError(f"status must be one of {', '.join(QUEUE_STATUSES)}",
                              details={"fields": {"status": "unknown"}})
    key, descending = _sort_key(flt.sort)
    conditions = _conditions(flt)
    limit = max(1, min(flt.limit, MAX_PAGE))
    # Writers' requests for a person to look come first in the pending tab (issue 19).
    requests_first = flt.status == CommentStatus.PENDING
    review_after, cursor = _split_review_cursor(flt.cursor) if requests_first else (None,
                                                                                     flt.cursor)
    after = _decode_cursor(cursor, flt.sort) if cursor else None
    with services.db.session() as session:
        if requests_first:
            rows, requested = _requested_then_rest(session, key, descending, conditions, after,
                                                   review_after, limit + 1)
        else:
            rows, requested = _page(session, key, descending, conditions, after, limit + 1), 0
        counts = status_counts(session)
    items = [public_item(comment) for comment in rows[:limit]]
    for item, row in zip(items[:requested], rows, strict=False):
        item["review"] = {"requested_at": row.requested_at.isoformat(), "note": row.review_note}
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = (_encode_review_cursor(last.requested_at, last.id) if limit <= requested
                       else _encode_cursor(flt.sort, getattr(last, key.key), last.id))
    return QueuePage(items=items, next_cursor=next_cursor, counts=counts)


# Review requests first (issue 19) ------------------------------------------------------------
REVIEW_CURSOR_PREFIX = "r."  # not in base64's URL-safe alphabet, so no sort cursor has it


def _split_review_cursor(cursor: str | None) -> tuple[tuple[datetime, str] | None, str | None]:
    """A cursor inside the requested part as ``(requested_at, id)``, or the sort's cursor."""
    if not cursor or not cursor.startswith(REVIEW_CURSOR_PREFIX):
        return None, cursor
    try:
        raw = cursor[len(REVIEW_CURSOR_PREFIX):]
        data = json.loads(base64.urlsafe_b64decode((raw + "=" * (-len(raw) % 4)).encode()))
        return (datetime.fromisoformat(data["t"]), str(data["id"])), None
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise ValidationError(
            "the cursor is not valid for this listing; start again without it",
            details={"fields": {"cursor": "invalid"}},
        ) from None


def _encode_review_cursor(requested_at: datetime, comment_id: str) -> str:
    raw = json.dumps({"t": requested_at.isoformat(), "id": comment_id}, separators=(",", ":"))
    return REVIEW_CURSOR_PREFIX + base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _requested_then_rest(
    session: Session,
    key: Any,
    descending: bool,
    conditions: list[ColumnElement[bool]],
    after: tuple[Any, str] | None,
    review_after: tuple[datetime, str] | None,
    limit: int,
) -> tuple[list[Any], int]:
    """Comments whose writer asked for a review, oldest request first, then the others in
    the sort's order; and how many of the rows are requested ones.

    The open requests are found through their own index (``answered_at IS NULL``), never by
    walking the queue; the rest is the usual keyset range without them.
    """
    rows: list[Any] = []
    if after is None:  # a sort cursor means the requested part was shown already
        where = [ReviewRequest.answered_at.is_(None), *conditions]
        if review_after is not None:
            where.append(tuple_(ReviewRequest.created_at, ReviewRequest.comment_id)
                         > tuple_(*review_after))
        rows = list(session.execute(
            select(*ITEM_COLUMNS, ReviewRequest.created_at.label("requested_at"),
                   ReviewRequest.note.label("review_note"))
            .join(ReviewRequest, ReviewRequest.comment_id == Comment.id)
            .where(*where)
            .order_by(ReviewRequest.created_at, ReviewRequest.comment_id)
            .limit(limit)
        ))
    requested = len(rows)
    if requested < limit:
        open_request = exists().where(ReviewRequest.comment_id == Comment.id,
                                      ReviewRequest.answered_at.is_(None))
        rows += _page(session, key, descending, [*conditions, ~open_request], after,
                      limit - requested)
    return rows, requested


def _page(
    session: Session,
    key: Any,
    descending: bool,
    conditions: list[ColumnElement[bool]],
    after: tuple[Any, str] | None,
    limit: int,
) -> list[Any]:
    """Up to ``limit`` comments (rows of :data:`ITEM_COLUMNS`) after the cursor, in order.

    Ties break on the id in the sort's own direction, and the position is a row-value
    comparison, so every page is one range scan of a ``(status, key, id)`` index however deep
    it is. Comments without a score (not scored yet, or decided before scoring) sort as the
    lowest scores: a score listing is the scored range, then the unscored ones by id (asc
    puts the unscored first).
    """
    if key is not Comment.score:
        return _range(session, key, descending, conditions, after, limit)
    value, last_id = after if after is not None else (0.0, None)
    unscored_first = not descending
    segments: list[tuple[bool, tuple[Any, str] | None]] = []  # (scored?, position)
    if after is None:
        segments = [(not unscored_first, None), (unscored_first, None)]
    elif value is None:  # the cursor is in the unscored part
        assert last_id is not None
        segments = [(False, (None, last_id))] + ([(True, None)] if unscored_first else [])
    else:
        segments = [(True, after)]
        if not unscored_first:
            segments.append((False, None))
    found: list[Any] = []
    for scored, position in segments:
        if len(found) >= limit:
            break
        if scored:
            part = [*conditions, Comment.score.is_not(None)]
            found += _range(session, key, descending, part, position, limit - len(found))
        else:
            part = [*conditions, Comment.score.is_(None)]
            by_id = (None, position[1]) if position is not None else None
            found += _range(session, None, descending, part, by_id, limit - len(found))
    return found


def _range(
    session: Session,
    key: Any,
    descending: bool,
    conditions: list[ColumnElement[bool]],
    after: tuple[Any, str] | None,
    limit: int,
) -> list[Any]:
    """One keyset range: ``ORDER BY key, id`` (or ``id`` alone when ``key`` is None)."""
    where = list(conditions)
    if after is not None:
        value, last_id = after
        if key is None:
            where.append(Comment.id < last_id if descending else Comment.id > last_id)
        elif descending:
            where.append(tuple_(key, Comment.id) < tuple_(value, last_id))
        else:
            where.append(tuple_(key, Comment.id) > tuple_(value, last_id))
    # Unscored rows (key None) are ordered by id, written as (score, id) with score all NULL:
    # the (status, score, id) index then yields them in order. Ordered by id alone, the
    # planner may walk the primary key hoping to meet a few unscored rows soon, and read the
    # whole table when there are none (seen on PostgreSQL: 400 ms for a first page).
    columns = [Comment.score, Comment.id] if key is None else [key, Comment.id]
    order = [column.desc() if descending else column.asc() for column in columns]
    return list(session.execute(select(*ITEM_COLUMNS).where(*where).order_by(*order).limit(limit)))


@dataclass(frozen=True)
class Actor:
    """Who decides: a person (with an account id) or an integration token."""

    name: str
    moderator_id: int | None = None
    kind: ActorKind = ActorKind.MODERATOR


def _apply(
    session: Session,
    comment_id: str,
    to_status: CommentStatus,
    actor: Actor,
    *,
    reason: str | None,
    expected_status: str | None,
    reason_code: str | None = None,
    batch_id: str | None = None,
    undoes_event_id: int | None = None,
) -> Comment:
    comment = session.get(Comment, comment_id)
    if comment is None:
        raise NotFoundError("no such comment")
    seen = expected_status or comment.status
    if comment.status != seen:
        raise _conflict(session, comment)
    if comment.status == to_status:
        return comment
    now = utcnow()
    changed = session.execute(  # type: ignore[attr-defined]
        update(Comment)
        .where(Comment.id == comment_id, Comment.status == seen)
        .values(status=to_status, updated_at=now)
    ).rowcount
    if not changed:
        session.refresh(comment)
        raise _conflict(session, comment)
    record_change(session, comment_id, actor=actor.name, actor_kind=actor.kind,
                  moderator_id=actor.moderator_id, from_status=seen, to_status=to_status,
                  reason=reason, at=now, reason_code=reason_code, batch_id=batch_id,
                  undoes_event_id=undoes_event_id)
    session.flush()
    session.refresh(comment)
    return comment


def _conflict(session: Session, comment: Comment) -> ConflictError:
    last = session.scalar(
        select(ModerationEvent)
        .where(ModerationEvent.comment_id == comment.id)
        .order_by(ModerationEvent.id.desc())
        .limit(1)
    )
    by = last.actor if last else "someone"
    return ConflictError(
        f"this comment is already '{comment.status}' (by {by}); reload to see it",
        details={"status": comment.status, "by": by},
    )


def decide(
    services: Services,
    comment_id: str,
    action: str,
    actor: Actor,
    *,
    reason: str | None = None,
    expected_status: str | None = None,
    reason_code: str | None = None,
) -> dict[str, Any]:
    """Approve, reject or mark one comment as spam (a rejection may say why)."""
    to_status = _action_status(action)
    _check_decision(expected_status, reason_code)
    with services.db.session() as session:
        comment = _apply(session, comment_id, to_status, actor, reason=reason,
                         expected_status=expected_status, reason_code=reason_code)
        return public_item(comment)


def _check_decision(expected_status: str | None, reason_code: str | None) -> None:
    if expected_status is not None and expected_status not in QUEUE_STATUSES:
        raise ValidationError("unknown expected_status",
                              details={"fields": {"expected_status": "unknown"}})
    if reason_code is not None and reason_code not in REJECTION_REASONS:
        raise ValidationError(f"reason_code must be one of {', '.join(REJECTION_REASONS)}",
                              details={"fields": {"reason_code": "unknown"}})


def decide_many(
    services: Services,
    comment_ids: Sequence[str],
    action: str,
    actor: Actor,
    *,
    reason: str | None = None,
    expected_status: str | None = None,
    reason_code: str | None = None,
) -> BatchResult:
    """Decide many comments; each succeeds or fails on its own (``ok``, ``conflict``,
    ``not_found``). Their events share a batch id, which :func:`undo_batch` takes."""
    to_status = _action_status(action)
    _check_decision(expected_status, reason_code)
    if not comment_ids or len(comment_ids) > MAX_BULK:
        raise ValidationError(f"send 1 to {MAX_BULK} ids", details={"fields": {"ids": "size"}})
    batch_id = secrets.token_hex(8)
    results: dict[str, str] = {}
    for comment_id in dict.fromkeys(comment_ids):
        try:
            with services.db.session() as session:
                _apply(session, comment_id, to_status, actor, reason=reason,
                       expected_status=expected_status, reason_code=reason_code,
                       batch_id=batch_id)
            results[comment_id] = "ok"
        except ConflictError:
            results[comment_id] = "conflict"
        except NotFoundError:
            results[comment_id] = "not_found"
    return BatchResult(batch_id=batch_id, results=results)


@dataclass(frozen=True)
class BatchResult:
    """What a bulk decision (or its undo) did to each comment, and the batch's id."""

    batch_id: str
    results: dict[str, str]


def undo(services: Services, comment_id: str, actor: Actor) -> dict[str, Any]:
    """Reverse the latest decision made by a person or token, as a new event."""
    with services.db.session() as session:
        last = session.scalar(
            select(ModerationEvent)
            .where(
                ModerationEvent.comment_id == comment_id,
                ModerationEvent.actor_kind.in_(ActorKind.people()),
                ModerationEvent.from_status.is_not(None),
            )
            .order_by(ModerationEvent.id.desc())
            .limit(1)
        )
        if last is None or last.from_status is None:
            raise ConflictError("there is no decision to undo on this comment")
        comment = _reverse(session, last, actor)
        item = public_item(comment)
    if item["status"] == CommentStatus.RECEIVED:
        enqueue_scoring(services.redis, comment_id)
    return item


def _reverse(session: Session, event: ModerationEvent, actor: Actor,
             batch_id: str | None = None) -> Comment:
    assert event.from_status is not None
    return _apply(session, event.comment_id, CommentStatus(event.from_status), actor,
                  reason=f"undo of event {event.id}", expected_status=event.to_status,
                  batch_id=batch_id, undoes_event_id=event.id)


def undo_batch(services: Services, batch_id: str, actor: Actor) -> BatchResult:
    """Reverse every decision of one bulk action: each comment goes back where it was, unless
    someone changed it since (``conflict``), or it was undone already (``not_found``)."""
    with services.db.session() as session:
        undone = select(ModerationEvent.undoes_event_id).where(
            ModerationEvent.undoes_event_id.is_not(None))
        events = list(session.scalars(
            select(ModerationEvent)
            .where(ModerationEvent.batch_id == batch_id,
                   ModerationEvent.actor_kind.in_(ActorKind.people()),
                   ModerationEvent.undoes_event_id.is_(None),
                   ModerationEvent.id.not_in(undone))
            .order_by(ModerationEvent.id)
        ))
    if not events:
        raise NotFoundError("no decisions of this batch are left to undo")
    undo_id = secrets.token_hex(8)
    results: dict[str, str] = {}
    for event in events:
        try:
            with services.db.session() as session:
                comment = _reverse(session, event, actor, undo_id)
                status = comment.status
            results[event.comment_id] = "ok"
            if status == CommentStatus.RECEIVED:
                enqueue_scoring(services.redis, event.comment_id)
        except ConflictError:
            results[event.comment_id] = "conflict"
    return BatchResult(batch_id=undo_id, results=results)


def _action_status(action: str) -> CommentStatus:
    if action not in ACTIONS:
        raise ValidationError(f"action must be one of {', '.join(ACTIONS)}",
                              details={"fields": {"action": "unknown"}})
    return ACTIONS[action]


def detail(services: Services, comment_id: str) -> dict[str, Any]:
    """Everything known about a comment: evidence, reasons, history, the author's others."""
    with services.db.session() as session:
        comment = session.get(Comment, comment_id)
        if comment is None:
            raise NotFoundError("no such comment")
        events = session.scalars(
            select(ModerationEvent)
            .where(ModerationEvent.comment_id == comment_id)
            .order_by(ModerationEvent.id)
        ).all()
        # What identifies a person (their e-mail, else the same name) apart from what merely
        # shares their network address (a café's or an office's Wi-Fi): the panel shows the
        # two separately, so a citizen is never judged by a spammer on the same connection.
        same_author: dict[str, list[dict[str, Any]]] = {"by_email": [], "by_name": [],
                                                         "by_ip": []}
        for key, column, value in (
            ("by_email", Comment.author_email, comment.author_email),
            ("by_name", Comment.author_name, comment.author_name),
            ("by_ip", Comment.ip_hash, comment.ip_hash),
        ):
            if value:
                others = session.scalars(
                    select(Comment)
                    .where(column == value, Comment.id != comment_id)
                    .order_by(Comment.created_at.desc())
                    .limit(20)
                ).all()
                same_author[key] = [
                    {"id": o.id, "status": o.status, "body": o.body[:280],
                     "created_at": o.created_at.isoformat(), "score": o.score}
                    for o in others
                ]
        item = public_item(comment)
        item["evidence"] = {
            "ip_hash": comment.ip_hash,
            "ip_prefix_hash": comment.ip_prefix_hash,
            "user_agent": comment.user_agent,
            "referrer": comment.referrer,
            "accept_language": comment.accept_language,
            "captcha_seconds": comment.captcha_seconds,
            "honeypot": comment.honeypot,
            "request_id": comment.request_id,
            "source": comment.source,
            "site_url": comment.site_url,
            "scored_at": comment.scored_at.isoformat() if comment.scored_at else None,
        }
        undone = {e.undoes_event_id for e in events if e.undoes_event_id is not None}
        item["events"] = [
            {"id": e.id, "actor": e.actor, "actor_kind": e.actor_kind,
             "from_status": e.from_status, "to_status": e.to_status, "reason": e.reason,
             "reason_code": e.reason_code, "batch_id": e.batch_id,
             "undoes_event_id": e.undoes_event_id, "undone": e.id in undone,
             "created_at": e.created_at.isoformat()}
            for e in events
        ]
        item["same_author"] = same_author
        item["parent"] = None
        if comment.parent_id:
            parent = session.get(Comment, comment.parent_id)
            if parent is not None:
                item["parent"] = {"id": parent.id, "author_name": parent.author_name,
                                  "body": parent.body[:600], "status": parent.status}
        request = session.get(ReviewRequest, comment_id)
        item["review"] = None if request is None else {
            "requested_at": request.created_at.isoformat(), "note": request.note,
            "answered_at": request.answered_at.isoformat() if request.answered_at else None,
        }
        return item
