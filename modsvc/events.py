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

from sqlalchemy import event, insert
from sqlalchemy.orm import Session, sessionmaker

from modsvc.storage import ActorKind, ModerationEvent, utcnow

logger = logging.getLogger(__name__)

PENDING_KEY = "modsvc.status_changes"


@dataclass(frozen=True)
class StatusChange:
    """A committed change of one comment's status."""

    comment_id: str
    from_status: str | None
    to_status: str
    actor: str
    actor_kind: ActorKind
    reason: str | None
    at: datetime
    reason_code: str | None = None
    batch_id: str | None = None
    undoes_event_id: int | None = None


Listener = Callable[[Sequence[StatusChange]], None]


def record_change(
    session: Session,
    comment_id: str,
    *,
    actor: str,
    actor_kind: ActorKind,
    from_status: str | None,
    to_status: str,
    reason: str | None = None,
    moderator_id: int | None = None,
    at: datetime | None = None,
    reason_code: str | None = None,
    batch_id: str | None = None,
    undoes_event_id: int | None = None,
) -> None:
    """Append the event of a status change (in the caller's transaction)."""
    change = StatusChange(comment_id, from_status, to_status, actor, actor_kind, reason,
                          at or utcnow(), reason_code, batch_id, undoes_event_id)
    record_changes(session, [change], moderator_id=moderator_id)


def record_changes(
    session: Session, changes: Sequence[StatusChange], *, moderator_id: int | None = None
) -> None:
    """Append the events of several status changes in one statement (a worker's batch).

    A plain INSERT, not the ORM's unit of work: events are never read back in the same
    transaction, and the unit of work's bookkeeping costs more than the insert itself.
    """
    if not changes:
        return
    session.execute(
        insert(ModerationEvent.__table__),  # type: ignore[arg-type]
        [{"comment_id": c.comment_id, "actor": c.actor, "actor_kind": c.actor_kind,
          "moderator_id": moderator_id,
          "from_status": c.from_status, "to_status": c.to_status, "reason": c.reason,
          "reason_code": c.reason_code, "batch_id": c.batch_id,
          "undoes_event_id": c.undoes_event_id, "created_at": c.at} for c in changes],
    )
    session.info.setdefault(PENDING_KEY, []).extend(changes)


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
