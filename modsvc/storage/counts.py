"""Comments per status, read from the counters the database keeps (migrations 0004, 0005).

The queue's tabs and the metrics read a handful of rows instead of counting a table of
millions. On PostgreSQL each connection adds to its own counter rows (no writer waits on
another's), so a count is a sum over slots, and old slots are folded into slot 0 now and then.
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from modsvc.storage.models import CommentStatusCount

# Fold every slot but 0 into slot 0. Rows a running transaction holds are skipped (they are
# folded next time), so the fold never waits on a writer and a writer never waits on it.
_COMPACT_POSTGRESQL = text("""
    WITH moved AS (
        DELETE FROM comment_status_counts
        WHERE (status, slot) IN (
            SELECT status, slot FROM comment_status_counts
            WHERE slot <> 0 FOR UPDATE SKIP LOCKED)
        RETURNING status, comments)
    INSERT INTO comment_status_counts (status, slot, comments)
    SELECT status, 0, sum(comments) FROM moved GROUP BY status
    ON CONFLICT (status, slot)
    DO UPDATE SET comments = comment_status_counts.comments + EXCLUDED.comments
""")


def status_counts(session: Session) -> dict[str, int]:
    """How many comments are in each status that has ever had one."""
    rows = session.execute(
        select(CommentStatusCount.status, func.sum(CommentStatusCount.comments))
        .group_by(CommentStatusCount.status)
    ).all()
    return {status: int(count) for status, count in rows}


def compact_status_counts(session: Session) -> None:
    """Fold the per-connection counter rows into one per status (PostgreSQL only)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_COMPACT_POSTGRESQL)
