"""Storage: the SQL schema, the database handle and migrations."""

from modsvc.storage.counts import compact_status_counts, status_counts
from modsvc.storage.database import Database, is_missing_schema
from modsvc.storage.models import (
    ActorKind,
    ApiToken,
    Base,
    Campaign,
    CampaignDecision,
    Comment,
    CommentStatus,
    CommentStatusCount,
    IdempotencyKey,
    ModelVersion,
    ModerationEvent,
    Moderator,
    ReviewRequest,
    Rule,
    WebhookDelivery,
    utcnow,
)

__all__ = [
    "ActorKind",
    "ApiToken",
    "Base",
    "Campaign",
    "CampaignDecision",
    "Comment",
    "CommentStatus",
    "CommentStatusCount",
    "Database",
    "IdempotencyKey",
    "ModelVersion",
    "ModerationEvent",
    "Moderator",
    "ReviewRequest",
    "Rule",
    "WebhookDelivery",
    "compact_status_counts",
    "is_missing_schema",
    "status_counts",
    "utcnow",
]
