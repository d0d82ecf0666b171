"""RQ job functions. Each takes ids, is idempotent, and lets errors propagate so RQ retries."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select, update

from modsvc.events import record_change
from modsvc.storage import Comment, CommentStatus, utcnow
from workers import runtime
from workers.queues import enqueue_scoring, scoring_is_waiting

logger = logging.getLogger(__name__)

SWEEP_AFTER_SECONDS = 60


def score_comment(comment_id: str) -> str | None:
    """Score one comment and move it out of ``received``; a no-op if already done.

    Returns the new status, or None when there was nothing to do.
    """
    context = runtime.current()
    services = context.services
    with services.db.session() as session:
        row = session.execute(
            select(Comment.body, Comment.status, Comment.captcha_seconds, Comment.honeypot).where(
                Comment.id == comment_id
            )
        ).first()
    if row is None or row.status != CommentStatus.RECEIVED:
        return None
    judgement = context.judge(row.body, row.captcha_seconds, row.honeypot)
    decision = judgement.decision
    now = utcnow()
    with services.db.session() as session:
        # Conditional on `received`: a second run of the same job, or a moderator who got
        # there first, leaves the comment as it is.
        changed = session.execute(  # type: ignore[attr-defined]
            update(Comment)
            .where(Comment.id == comment_id, Comment.status == CommentStatus.RECEIVED)
            .values(
                status=decision.status,
                score=judgement.probability,
                model_version=judgement.model_version,
                reasons=decision.reasons,
                scored_at=now,
                updated_at=now,
            )
        ).rowcount
        if not changed:
            return None
        record_change(
            session, comment_id, actor=f"model:{judgement.model_version}",
            from_status=CommentStatus.RECEIVED, to_status=decision.status,
            reason="; ".join(r["text_en"] for r in decision.reasons[:3]) or None, at=now,
        )
    logger.info(
        "comment %s scored %.4f by %s -> %s",
        comment_id, judgement.probability, judgement.model_version, decision.status,
    )
    return str(decision.status)


def sweep_received(older_than_seconds: float = SWEEP_AFTER_SECONDS, limit: int = 1000) -> int:
    """Re-enqueue comments still ``received`` after a while (lost enqueue, killed worker)."""
    services = runtime.current().services
    cutoff = utcnow() - timedelta(seconds=older_than_seconds)
    with services.db.session() as session:
        ids = session.scalars(
            select(Comment.id)
            .where(Comment.status == CommentStatus.RECEIVED, Comment.created_at < cutoff)
            .order_by(Comment.created_at)
            .limit(limit)
        ).all()
    stranded = [c for c in ids if not scoring_is_waiting(services.redis, c)]
    for comment_id in stranded:
        enqueue_scoring(services.redis, comment_id)
    if stranded:
        logger.warning("sweeper re-enqueued %d comments stuck in received", len(stranded))
    return len(stranded)
