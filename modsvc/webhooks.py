"""Webhooks to the portal: signed notices that a comment was approved, rejected or marked spam.

After a transaction commits, :class:`Notifier` (a :mod:`modsvc.events` listener) enqueues one
delivery job per change the portal cares about, so a request never waits for the portal. The
job calls :func:`deliver`, which signs the JSON body with HMAC-SHA256 over
``"{timestamp}.{body}"``, POSTs it with a short timeout and no redirects, and appends every
attempt to the delivery log. Failures worth retrying raise :class:`RetryableDeliveryError`, so
RQ retries with backoff. docs/WEBHOOKS.md is the portal's side of this contract.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from redis.exceptions import RedisError
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from modsvc import events
from modsvc.events import StatusChange
from modsvc.metrics import WEBHOOK_FAILURES
from modsvc.queues import enqueue_webhook, webhook_is_waiting
from modsvc.storage import (
    Campaign,
    CampaignDecision,
    Comment,
    CommentStatus,
    ModerationEvent,
    WebhookDelivery,
    utcnow,
)

if TYPE_CHECKING:
    from redis import Redis

    from modsvc.services import Services

logger = logging.getLogger(__name__)

EVENT_TYPE = "comment.status_changed"
SIGNATURE_VERSION = "v1"
TIMESTAMP_HEADER = "X-Modsvc-Timestamp"
SIGNATURE_HEADER = "X-Modsvc-Signature"
EVENT_HEADER = "X-Modsvc-Event"
EVENT_ID_HEADER = "X-Modsvc-Event-Id"
USER_AGENT = "modsvc-webhooks/1"
TIMEOUT_SECONDS = 5.0
MAX_ERROR_CHARS = 500
RESPONSE_EXCERPT_BYTES = 300
MAX_RECENT = 1000

# The statuses the portal acts on: show (approved) or never show (rejected, spam).
NOTIFIED_STATUSES = frozenset({CommentStatus.APPROVED, CommentStatus.REJECTED, CommentStatus.SPAM})


class Outcome(enum.StrEnum):
    """What one attempt came to."""

    DELIVERED = "delivered"
    RETRYING = "retrying"  # failed, and RQ will try again later
    FAILED = "failed"  # failed for good: a 4xx/3xx answer, or the last retry


class RetryableDeliveryError(RuntimeError):
    """The portal was unreachable, slow, or answered 5xx/429; RQ should try again."""


def announces(change: StatusChange) -> bool:
    """Whether the portal hears of this change.

    Moves to approved, rejected or spam, and moves away from approved (an undo), since the
    portal must then stop showing a comment it was told to show. :func:`announced_events` is
    the same rule in SQL, for the events to send again.
    """
    return change.to_status in NOTIFIED_STATUSES or change.from_status == CommentStatus.APPROVED


def announced_events() -> ColumnElement[bool]:
    """:func:`announces` as a condition on :class:`ModerationEvent` rows."""
    return ModerationEvent.to_status.in_([status.value for status in NOTIFIED_STATUSES]) | (
        ModerationEvent.from_status == CommentStatus.APPROVED
    )


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header value: ``v1=`` and the hex HMAC-SHA256 of ``timestamp.body``."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"{SIGNATURE_VERSION}={digest.hexdigest()}"


def payload(event: ModerationEvent, comment: Comment) -> dict[str, Any]:
    """The JSON the portal receives for one event.

    Only an approved comment carries its text and author name, which the portal needs to show
    it; for the others the ids suffice to hide or drop it. The author's email, IP hashes and
    the moderator's name are never sent.
    """
    shown = None
    if event.to_status == CommentStatus.APPROVED:
        shown = {
            "parent_id": comment.parent_id,
            "author_name": comment.author_name,
            "body": comment.body,
            "created_at": comment.created_at.isoformat(),
        }
    return {
        "event_id": event.id,
        "type": EVENT_TYPE,
        "occurred_at": event.created_at.isoformat(),
        "comment_id": comment.id,
        "article_id": comment.article_id,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "actor": event.actor_kind,
        "comment": shown,
        # Why a person rejected it, for the portal to tell the writer (null otherwise).
        "rejection": (
            {"reason_code": event.reason_code, "note": event.reason}
            if event.to_status == CommentStatus.REJECTED and event.reason_code else None
        ),
    }


class Notifier:
    """The status-change listener that enqueues deliveries after commit."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    def __call__(self, changes: Sequence[StatusChange]) -> None:
        for change in changes:
            if not announces(change):
                continue
            try:
                enqueue_webhook(self.redis, change.comment_id, change.to_status, change.at)
            except RedisError as error:
                # The change is committed; the notice can be replayed with enqueue_undelivered.
                logger.warning(
                    "webhook for comment %s (%s) not enqueued, Redis unavailable: %s",
                    change.comment_id, change.to_status, type(error).__name__,
                )


def install(services: Services) -> None:
    """Send webhooks for committed changes, when a webhook URL is configured."""
    if services.settings.webhook_url:
        events.install(services.db.sessions, Notifier(services.redis))


@dataclass(frozen=True)
class _Attempt:
    status: int | None
    error: str | None
    retryable: bool
    duration_ms: int


def display_url(url: str) -> str:
    """The URL without credentials or query string, which may carry a token: for the log and
    the /ops page."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _excerpt(response: httpx.Response) -> str:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size >= RESPONSE_EXCERPT_BYTES:
            break
    text = b"".join(chunks)[:RESPONSE_EXCERPT_BYTES].decode("utf-8", errors="replace")
    return " ".join(text.split())


def _post(url: str, body: bytes, headers: dict[str, str]) -> _Attempt:
    """POST once; classify the answer as delivered, worth retrying, or not."""
    started = time.monotonic()

    def took() -> int:
        return int((time.monotonic() - started) * 1000)

    try:
        # Redirects are not followed: a signed notice must not be handed to another host.
        with (
            httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False) as client,
            client.stream("POST", url, content=body, headers=headers) as response,
        ):
            status = response.status_code
            if 200 <= status < 300:
                return _Attempt(status, None, False, took())
            if 300 <= status < 400:
                where = display_url(response.headers.get("Location", ""))
                error = f"HTTP {status} redirect to {where!r} not followed; fix the webhook URL"
                return _Attempt(status, error[:MAX_ERROR_CHARS], False, took())
            error = f"HTTP {status}: {_excerpt(response)}"[:MAX_ERROR_CHARS]
            return _Attempt(status, error, status >= 500 or status == 429, took())
    except httpx.TimeoutException as error:
        return _Attempt(None, f"timeout ({type(error).__name__})", True, took())
    except httpx.TransportError as error:
        return _Attempt(None, f"{type(error).__name__}: {error}"[:MAX_ERROR_CHARS], True, took())
    except httpx.HTTPError as error:
        # A malformed URL or the like: retrying will not help.
        return _Attempt(None, f"{type(error).__name__}: {error}"[:MAX_ERROR_CHARS], False, took())


def _find_event(
    session: Session, comment_id: str, to_status: str, occurred_at: datetime
) -> ModerationEvent | None:
    return session.scalar(
        select(ModerationEvent)
        .where(
            ModerationEvent.comment_id == comment_id,
            ModerationEvent.to_status == to_status,
            ModerationEvent.created_at == occurred_at,
        )
        .order_by(ModerationEvent.id)
        .limit(1)
    )


def _delivered(session: Session, event_id: int, event_type: str = EVENT_TYPE) -> bool:
    return (
        session.scalar(
            select(WebhookDelivery.id)
            .where(
                WebhookDelivery.event_id == event_id,
                WebhookDelivery.event_type == event_type,
                WebhookDelivery.outcome == Outcome.DELIVERED,
            )
            .limit(1)
        )
        is not None
    )


def _attempts(session: Session, event_id: int, event_type: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(WebhookDelivery)
            .where(WebhookDelivery.event_id == event_id,
                   WebhookDelivery.event_type == event_type)
        )
        or 0
    )


def deliver(
    services: Services,
    comment_id: str,
    to_status: str,
    occurred_at: datetime,
    *,
    final: bool = True,
) -> str:
    """Tell the portal about one status change, once; log the attempt.

    The event is found by its comment, new status and time (all the listener knows). Does
    nothing when the event was delivered before, so a replayed or duplicated job is harmless.
    ``final`` says whether RQ has retries left, only to label the log row. Raises
    :class:`RetryableDeliveryError` on connection errors, timeouts, 5xx and 429.
    """
    settings = services.settings
    url, secret = settings.webhook_url, settings.webhook_secret
    if not url or not secret:
        logger.info("webhook for comment %s dropped: no webhook URL configured", comment_id)
        return "disabled"
    with services.db.session() as session:
        event = _find_event(session, comment_id, to_status, occurred_at)
        if event is None:
            logger.warning(
                "webhook for comment %s: no %s event at %s", comment_id, to_status, occurred_at
            )
            return "missing"
        if _delivered(session, event.id):
            return "already delivered"
        comment = session.get(Comment, comment_id)
        if comment is None:
            logger.warning("webhook for event %d: comment %s is gone", event.id, comment_id)
            return "missing"
        if comment.source != "portal":
            # Comments other sites check through the Akismet API are not the portal's.
            return "not the portal's"
        attempt_number = 1 + _attempts(session, event.id, EVENT_TYPE)
        event_id, from_status = event.id, event.from_status
        body = json.dumps(payload(event, comment), separators=(",", ":"), ensure_ascii=False)
    return _send(services, EVENT_TYPE, event_id, body, attempt_number, final=final,
                 comment_id=comment_id, from_status=from_status, to_status=to_status)


def _send(
    services: Services, event_type: str, event_id: int, body: str, attempt_number: int, *,
    final: bool, comment_id: str | None = None, campaign_id: int | None = None,
    from_status: str | None, to_status: str,
) -> str:
    """Sign and POST one notice, append the attempt to the delivery log, and raise
    :class:`RetryableDeliveryError` when RQ should try again."""
    url, secret = services.settings.webhook_url, services.settings.webhook_secret
    if not url or not secret:
        raise RuntimeError("webhooks are not configured")
    raw = body.encode("utf-8")
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        EVENT_HEADER: event_type,
        EVENT_ID_HEADER: str(event_id),
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: sign(secret, timestamp, raw),
    }
    attempt = _post(url, raw, headers)
    if attempt.error is None:
        outcome = Outcome.DELIVERED
    elif attempt.retryable and not final:
        outcome = Outcome.RETRYING
    else:
        outcome = Outcome.FAILED
    shown_url = display_url(url)
    with services.db.session() as session:
        session.add(
            WebhookDelivery(
                event_id=event_id, event_type=event_type, comment_id=comment_id,
                campaign_id=campaign_id, from_status=from_status,
                to_status=to_status, attempt=attempt_number, url=shown_url[:2048],
                response_status=attempt.status, outcome=outcome, error=attempt.error,
                duration_ms=attempt.duration_ms, created_at=utcnow(),
            )
        )
    if outcome == Outcome.DELIVERED:
        logger.info("webhook event %d delivered (attempt %d)", event_id, attempt_number)
        return str(outcome)
    WEBHOOK_FAILURES.labels(outcome=outcome.value).inc()
    logger.warning(
        "webhook event %d attempt %d to %s %s: %s",
        event_id, attempt_number, shown_url, outcome, attempt.error,
    )
    if attempt.retryable:
        raise RetryableDeliveryError(f"event {event_id}: {attempt.error}")
    return str(outcome)


def recent_deliveries(services: Services, limit: int = 100) -> list[dict[str, Any]]:
    """The newest delivery attempts first, for operators (API and /ops pages)."""
    limit = max(1, min(limit, MAX_RECENT))
    with services.db.session() as session:
        rows = session.scalars(
            select(WebhookDelivery).order_by(WebhookDelivery.id.desc()).limit(limit)
        ).all()
        return [
            {
                "id": row.id,
                "event_id": row.event_id,
                "event_type": row.event_type,
                "comment_id": row.comment_id,
                "campaign_id": row.campaign_id,
                "from_status": row.from_status,
                "to_status": row.to_status,
                "attempt": row.attempt,
                "url": row.url,
                "response_status": row.response_status,
                "outcome": row.outcome,
                "error": row.error,
                "duration_ms": row.duration_ms,
                "created_at": row.created_at.isoformat(),
            }
            for row in rows
        ]


def enqueue_undelivered(services: Services, since: datetime, limit: int = 1000) -> int:
    """Enqueue again the notices since ``since`` that never reached the portal.

    For when Redis was down as changes committed, or the portal was down past the last retry.
    Events already delivered, or whose job is still queued or scheduled, are left alone.
    """
    if not services.settings.webhook_url:
        return 0
    delivered = select(WebhookDelivery.event_id).where(
        WebhookDelivery.outcome == Outcome.DELIVERED,
        WebhookDelivery.event_type == EVENT_TYPE,
    )
    with services.db.session() as session:
        rows = session.execute(
            select(ModerationEvent.comment_id, ModerationEvent.to_status,
                   ModerationEvent.created_at)
            .where(
                ModerationEvent.created_at >= since,
                announced_events(),
                ModerationEvent.id.not_in(delivered),
            )
            .order_by(ModerationEvent.id)
            .limit(limit)
        ).all()
    enqueued = 0
    for comment_id, to_status, at in rows:
        if webhook_is_waiting(services.redis, comment_id, to_status, at):
            continue
        enqueue_webhook(services.redis, comment_id, to_status, at)
        enqueued += 1
    if enqueued:
        logger.info("re-enqueued %d undelivered webhooks since %s", enqueued, since.isoformat())
    return enqueued


CAMPAIGN_EVENT_TYPE = "campaign.blocked"
# A campaign notice names at most this many of the portal's articles it hit.
CAMPAIGN_ARTICLES_SENT = 100


def campaign_payload(
    decision: CampaignDecision, campaign: Campaign, article_ids: Sequence[str]
) -> dict[str, Any]:
    """The JSON the portal receives when people block a campaign (issue 18).

    Counts and the portal's own article ids only: no text, authors or addresses. Each member
    that changed status is announced on its own (``comment.status_changed``).
    """
    return {
        "event_id": decision.id,
        "type": CAMPAIGN_EVENT_TYPE,
        "occurred_at": decision.created_at.isoformat(),
        "actor": decision.actor_kind,
        "campaign": {**campaign.counts(), "article_ids": list(article_ids)},
    }


def deliver_campaign(services: Services, decision_id: int, *, final: bool = True) -> str:
    """Tell the portal that a campaign was blocked, once; log the attempt (as :func:`deliver`).

    Nothing is sent when the decision was undone before the notice went out.
    """
    settings = services.settings
    if not settings.webhook_url or not settings.webhook_secret:
        return "disabled"
    with services.db.session() as session:
        decision = session.get(CampaignDecision, decision_id)
        if decision is None:
            return "missing"
        if decision.undone_at is not None:
            return "undone"
        if _delivered(session, decision.id, CAMPAIGN_EVENT_TYPE):
            return "already delivered"
        campaign = session.get(Campaign, decision.campaign_id)
        if campaign is None:
            return "missing"
        article_ids = session.scalars(
            select(Comment.article_id)
            .where(Comment.campaign_id == campaign.id, Comment.source == "portal")
            .group_by(Comment.article_id)
            .order_by(func.count().desc(), Comment.article_id)
            .limit(CAMPAIGN_ARTICLES_SENT)
        ).all()
        attempt_number = 1 + _attempts(session, decision.id, CAMPAIGN_EVENT_TYPE)
        body = json.dumps(campaign_payload(decision, campaign, article_ids),
                          separators=(",", ":"), ensure_ascii=False)
        from_status = decision.from_status
    return _send(services, CAMPAIGN_EVENT_TYPE, decision_id, body, attempt_number,
                 final=final, campaign_id=campaign.id, from_status=from_status,
                 to_status=CommentStatus.SPAM)
