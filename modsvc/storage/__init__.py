"""Storage: the SQL schema, the database handle and migrations."""

from modsvc.storage.counts import compact_status_counts, status_counts
from modsvc.storage.database import Database
from modsvc.storage.models import (
    ActorKind,
    ApiToken,
    Base,
    Comment,
    CommentStatus,
    CommentStatusCount,
    ModelVersion,
    ModerationEvent,
    Moderator,
    Rule,
    WebhookDelivery,
    utcnow,
)

__all__ = [
    "ActorKind",
    "ApiToken",
    "Base",
    "Comment",
    "CommentStatus",
    "CommentStatusCount",
    "Database",
    "ModelVersion",
    "ModerationEvent",
    "Moderator",
    "Rule",
    "WebhookDelivery",
    "compact_status_counts",
    "status_counts",
    "utcnow",
]
