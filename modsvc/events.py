"""Status changes: the one place that appends moderation events.

Every change of a comment's status goes through :func:`record_change`, which adds the
append-only event row and remembers the change on the session. After the transaction commits,
:func:`install` hands the committed changes to listeners (webhooks), so a notification is
never sent for a change that was rolled back, and never blocks the transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from modsvc.storage import ModerationEvent, utcnow

logger = logging.getLogger(__name__)

PENDING_KEY = "modsvc.status_changes"


@dataclass(frozen=True)
class StatusChange:
    """A committed change of one comment's status."""

    comment_id: str
    from_status: str | None
    to_status: str
    actor: str
    reason: str | None
    at: datetime


Listener = Callable[[Sequence[StatusChange]], None]


def record_change(
    session: Session,
    comment_id: str,
    *,
    actor: str,
    from_status: str | None,
    to_status: str,
    reason: str | None = None,
    moderator_id: int | None = None,
    at: datetime | None = None,
) -> ModerationEvent:
    """Append the event of a status change (in the caller's transaction)."""
    at = at or utcnow()
    row = ModerationEvent(
        comment_id=comment_id,
        actor=actor,
        moderator_id=moderator_id,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        created_at=at,
    )
    session.add(row)
    session.info.setdefault(PENDING_KEY, []).append(
        StatusChange(comment_id, from_status, to_status, actor, reason, at)
    )
    return row


def install(sessions: sessionmaker[Session], listener: Listener) -> None:
    """Call ``listener`` with each transaction's changes once it has committed."""

    def after_commit(session: Session) -> None:
        changes = session.info.pop(PENDING_KEY, [])
        if not changes:
            return
        try:
            listener(changes)
        except Exception:
            # The change is committed; a failed notification must not undo or hide it.
            logger.exception("status change listener failed for %d changes", len(changes))

    def after_rollback(session: Session) -> None:
        session.info.pop(PENDING_KEY, None)

    event.listen(sessions, "after_commit", after_commit)
    event.listen(sessions, "after_rollback", after_rollback)
