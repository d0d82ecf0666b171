"""The SQL schema: comments with their evidence, moderation events, people, tokens, rules, models.

Alembic migrations in ``modsvc/migrations`` create these tables; keep the two in step.
"""

from __future__ import annotations

import enum
import secrets
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a real bigint.
BigId = BigInteger().with_variant(Integer(), "sqlite")
# The largest value of an Integer key on PostgreSQL; a bigger id from a URL or a form names no
# row (and PostgreSQL would refuse to compare it with the column).
INTEGER_ID_MAX = 2**31 - 1
# The longest comment id the column holds.
COMMENT_ID_MAX = 32


def utcnow() -> datetime:
    """Timezone-aware now; every timestamp we store is UTC."""
    return datetime.now(UTC)


def new_comment_id() -> str:
    """A public, unguessable comment id (so statuses cannot be enumerated)."""
    return secrets.token_urlsafe(12)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that comes back timezone-aware on SQLite too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use modsvc.storage.models.utcnow()")
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class CommentStatus(enum.StrEnum):
    """Where a comment is in its life (DESIGN.md, "Comment lifecycle"): received (being
    scored), pending (in the moderators' queue), approved, rejected (not spam, not
    publishable) or spam."""

    RECEIVED = "received"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    SPAM = "spam"


class ActorKind(enum.StrEnum):
    """Who made a status change, as a kind: stats, training labels, undo and webhooks read it.

    ``moderator`` is a person at the queue; ``token`` an integration acting with a ``moderate``
    token; ``akismet`` a site reporting through the Akismet API; ``model`` and ``rule`` the
    automatic decisions (a blocklist rule or the honeypot decided, or the score did);
    ``portal`` a comment's arrival from the portal; ``citizen`` its writer asking, through the
    portal's page, for a person to look at it (a comment the model marked spam goes back to
    the queue); ``campaign`` a near duplicate sent to spam because moderators had marked its
    campaign spam (issue 18); ``system`` anything else.
    """

    MODERATOR = "moderator"
    TOKEN = "token"
    AKISMET = "akismet"
    MODEL = "model"
    RULE = "rule"
    PORTAL = "portal"
    CITIZEN = "citizen"
    CAMPAIGN = "campaign"
    SYSTEM = "system"

    @classmethod
    def people(cls) -> tuple[ActorKind, ...]:
        """Decisions by people, directly or through their own moderation tools."""
        return (cls.MODERATOR, cls.TOKEN)

    @classmethod
    def automatic(cls) -> tuple[ActorKind, ...]:
        """Decisions the service made by itself."""
        return (cls.MODEL, cls.RULE, cls.CAMPAIGN)

    @classmethod
    def arrivals(cls) -> tuple[ActorKind, ...]:
        """A comment coming in (from the portal, or checked for a site)."""
        return (cls.PORTAL, cls.AKISMET)

    @classmethod
    def labellers(cls) -> tuple[ActorKind, ...]:
        """Whose approve or spam decisions become training labels."""
        return (cls.MODERATOR, cls.TOKEN, cls.AKISMET)


class Base(DeclarativeBase):
    """Declarative base of every table."""


class Comment(Base):
    """A comment as the portal sent it, with the evidence moderators and retraining use."""

    __tablename__ = "comments"

    id: Mapped[str] = mapped_column(String(COMMENT_ID_MAX), primary_key=True,
                                    default=new_comment_id)
    article_id: Mapped[str] = mapped_column(String(128))
    # What the portal says of the article, for moderators (optional; migration 0008).
    article_title: Mapped[str | None] = mapped_column(String(300), nullable=True)
    article_url: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    parent_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    author_name: Mapped[str] = mapped_column(String(100))
    author_email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=CommentStatus.RECEIVED)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Evidence: never the raw IP, only keyed hashes of it and of its network prefix.
    ip_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    ip_prefix_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    user_agent: Mapped[str | None] = mapped_column(String(512), nullable=True)
    referrer: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    accept_language: Mapped[str | None] = mapped_column(String(256), nullable=True)
    captcha_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    honeypot: Mapped[bool] = mapped_column(Boolean, default=False)
    request_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Where it came from: the portal's own form, or a site checking it through the Akismet API.
    source: Mapped[str] = mapped_column(String(16), default="portal", server_default="portal")
    site_url: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    api_token_id: Mapped[int | None] = mapped_column(
        ForeignKey("api_tokens.id"), nullable=True, index=True
    )
    # Set by scoring.
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    model_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reasons: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    scored_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # The campaign of near duplicates it belongs to, set when it is scored (migration 0007;
    # no foreign key: the column was added without rebuilding the table and its triggers).
    campaign_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (
        Index("ix_comments_status_created", "status", "created_at", "id"),
        Index("ix_comments_status_score", "status", "score", "id"),
        Index("ix_comments_article_status_created", "article_id", "status", "created_at"),
        Index("ix_comments_email", "author_email"),
        Index("ix_comments_ip_hash", "ip_hash"),
        # Partial: only campaigns' members are indexed, so arrivals pay nothing for them.
        Index("ix_comments_status_campaign", "status", "campaign_id",
              sqlite_where=text("campaign_id IS NOT NULL"),
              postgresql_where=text("campaign_id IS NOT NULL")),
        Index("ix_comments_campaign_article", "campaign_id", "article_id",
              sqlite_where=text("campaign_id IS NOT NULL"),
              postgresql_where=text("campaign_id IS NOT NULL")),
        Index("ix_comments_campaign_ip", "campaign_id", "ip_hash",
              sqlite_where=text("campaign_id IS NOT NULL"),
              postgresql_where=text("campaign_id IS NOT NULL")),
    )


class CommentStatusCount(Base):
    """A share of the comments in one status; kept exact by triggers on ``comments``
    (migrations 0004, 0005). The count of a status is the sum over its slots: on PostgreSQL
    each connection writes its own slot so concurrent writers never lock the same row
    (:mod:`modsvc.storage.counts`)."""

    __tablename__ = "comment_status_counts"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    comments: Mapped[int] = mapped_column(BigInteger)


class ModerationEvent(Base):
    """One status change; rows are only ever added, never updated or deleted."""

    __tablename__ = "moderation_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    comment_id: Mapped[str] = mapped_column(ForeignKey("comments.id"), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    # Stored once, so no reader has to guess it from the actor's name (see ActorKind).
    actor_kind: Mapped[str] = mapped_column(String(16), default=ActorKind.SYSTEM)
    moderator_id: Mapped[int | None] = mapped_column(ForeignKey("moderators.id"), nullable=True)
    from_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Why a person rejected it, from REJECTION_REASONS (the free text stays in ``reason``).
    reason_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # The bulk or campaign action this event was one of: one undo restores them all.
    batch_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    # The event an undo reversed; statistics leave out both.
    undoes_event_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class Moderator(Base):
    """A person who works the queue (role `moderator`) or also runs the service (`admin`)."""

    __tablename__ = "moderators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="moderator")
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ApiToken(Base):
    """A bearer token for servers and scripts; only a keyed hash of it is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Rule(Base):
    """A blocklist rule: a word, phrase or domain that holds a comment or marks it spam."""

    __tablename__ = "rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    pattern: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(16))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(100), nullable=True)


class ModelVersion(Base):
    """A trained model in the registry; exactly one row is active at a time."""

    __tablename__ = "model_versions"

    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    card: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class WebhookDelivery(Base):
    """One attempt to tell the portal about a status change; only ever added.

    ``event_id`` is the moderation event announced (for ``campaign.blocked``, the campaign
    decision), so the log shows every attempt of one notification together and a delivery job
    can tell it was already delivered; ``event_type`` says which.
    """

    __tablename__ = "webhook_deliveries"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(BigInteger, index=True)
    event_type: Mapped[str] = mapped_column(
        String(40), default="comment.status_changed", server_default="comment.status_changed"
    )
    # A comment's notice names the comment; a campaign's notice the campaign.
    comment_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    campaign_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    from_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_status: Mapped[str] = mapped_column(String(16))
    attempt: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(String(2048))
    response_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outcome: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    duration_ms: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class ReviewRequest(Base):
    """A writer's request that a person look at their held comment (issue 19; migration 0009).

    One per comment (the comment id is the key). ``answered_at`` is set in the transaction of
    the decision that takes the comment out of the queue, and cleared if an undo puts it back,
    so the queue finds the open requests through a small index instead of every request ever
    made (:mod:`modsvc.reviews`).
    """

    __tablename__ = "review_requests"

    comment_id: Mapped[str] = mapped_column(ForeignKey("comments.id"), primary_key=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The status the comment had when the writer asked (``pending`` or ``spam``).
    status_at_request: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        Index("ix_review_requests_open", "answered_at", "created_at", "comment_id"),
    )


class IdempotencyKey(Base):
    """A key a portal sent with a new comment (``Idempotency-Key``), so that sending the same
    comment again, after an answer that never arrived or a 503 whose commit went through,
    returns the stored comment instead of storing it twice (migration 0010).

    ``key`` is a keyed hash of the key and the writer's network (/24, /48): a key is the
    writer's, and one guessed or reused from another network claims nothing. A table of its
    own, as for review requests, so ``comments`` keeps its triggers on SQLite.
    """

    __tablename__ = "idempotency_keys"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    comment_id: Mapped[str] = mapped_column(ForeignKey("comments.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Campaign(Base):
    """Near duplicates of one another that arrived within the campaign window (issue 18).

    A campaign is a signal, not a verdict: each member is scored and decided on its own, and
    only a decision by people (:class:`CampaignDecision`) makes it a spam campaign whose later
    near duplicates go to spam directly. ``anchor_id`` is its first comment, whose id is the
    campaign's token in the Redis index (:mod:`modsvc.campaign_index`). The counts are kept by
    the workers as members join; ``decision_id`` points at the standing decision (none, or
    undone: open).
    """

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    anchor_id: Mapped[str] = mapped_column(String(32), unique=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    articles: Mapped[int] = mapped_column(Integer, default=0)
    addresses: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    # The standing CampaignDecision (no foreign key: the two tables point at each other).
    decision_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def counts(self) -> dict[str, Any]:
        """Its id and counts as the API and the webhook send them."""
        return {"id": self.id, "size": self.size, "articles": self.articles,
                "addresses": self.addresses, "first_seen_at": self.first_seen_at.isoformat(),
                "last_seen_at": self.last_seen_at.isoformat()}


class CampaignDecision(Base):
    """People deciding a whole campaign at once; only undone, never deleted.

    ``from_status`` is the status whose members it decided (the queue tab); the members'
    events carry ``batch_id``, so undoing the batch undoes the decision.
    """

    __tablename__ = "campaign_decisions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str] = mapped_column(String(16))
    batch_id: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    actor_kind: Mapped[str] = mapped_column(String(16))
    decided: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
