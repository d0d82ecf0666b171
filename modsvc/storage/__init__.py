"""Storage: the SQL schema, the database handle and migrations."""

from modsvc.storage.database import Database
from modsvc.storage.models import (
    ApiToken,
    Base,
    Comment,
    CommentStatus,
    ModelVersion,
    ModerationEvent,
    Moderator,
    Rule,
    WebhookDelivery,
    utcnow,
)

__all__ = [
    "ApiToken",
    "Base",
    "Comment",
    "CommentStatus",
    "Database",
    "ModelVersion",
    "ModerationEvent",
    "Moderator",
    "Rule",
    "WebhookDelivery",
    "utcnow",
]
