"""RQ job functions. Each takes ids, is idempotent, and lets errors propagate so RQ retries."""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta
from pathlib import Path

from rq import get_current_job
from sqlalchemy import select, update

from modsvc import metrics, webhooks
from modsvc.events import record_change
from modsvc.model_store import ModelStore
from modsvc.storage import Comment, CommentStatus, utcnow
from workers import runtime
from workers.queues import enqueue_scoring_many, scoring_is_waiting

logger = logging.getLogger(__name__)

SWEEP_AFTER_SECONDS = 60


def score_comment(comment_id: str) -> str | None:
    """Score one comment and move it out of ``received``; a no-op if already done.

    Returns the new status, or None when there was nothing to do.
    """
    started = time.perf_counter()
    context = runtime.current()
    services = context.services
    with services.db.session() as session:
        row = session.execute(
            select(
                Comment.body, Comment.status, Comment.captcha_seconds, Comment.honeypot,
                Comment.created_at,
            ).where(Comment.id == comment_id)
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
    metrics.SCORING_SECONDS.observe(time.perf_counter() - started)
    metrics.SCORING_DELAY_SECONDS.observe(max(0.0, (now - row.created_at).total_seconds()))
    return str(decision.status)


def sweep_received(older_than_seconds: float = SWEEP_AFTER_SECONDS, limit: int = 1000) -> int:
    """Re-enqueue comments still ``received`` after a while (lost enqueue, killed worker)."""
    services = runtime.current().services
    cutoff = utcnow() - timedelta(seconds=older_than_seconds)
    with services.db.session() as session:
        rows = session.execute(
            select(Comment.id, Comment.request_id)
            .where(Comment.status == CommentStatus.RECEIVED, Comment.created_at < cutoff)
            .order_by(Comment.created_at)
            .limit(limit)
        ).all()
    stranded = [(c, r) for c, r in rows if not scoring_is_waiting(services.redis, c)]
    # The original request id goes along, so the retried job's logs still point back to it.
    enqueue_scoring_many(services.redis, stranded)
    if stranded:
        logger.warning("sweeper re-enqueued %d comments stuck in received", len(stranded))
    return len(stranded)


def retrain_model(
    data_files: list[str] | None = None, force: bool = False, scheduled: bool = False
) -> dict[str, object]:
    """Train a candidate on seed + labels (+ files) and activate it if not worse (or forced).

    A scheduled run is skipped when nobody decided a comment since the newest model.
    Progress messages go to the job's meta so the /ops page can show them.
    """
    store = ModelStore(runtime.current().services)
    if scheduled and not store.new_labels_since_last_model():
        logger.info("scheduled retrain skipped: no new labels since the last model")
        return {"skipped": True}
    job = get_current_job()

    def progress(message: str) -> None:
        if job is not None:
            job.meta["progress"] = message
            job.save_meta()

    report = store.train(
        data_files=[Path(p) for p in data_files or []],
        activate="yes" if force else "auto",
        progress=progress,
    )
    return {"skipped": False, "version": report.version, "activated": report.activated,
            "comparison": report.card.get("comparison")}


def deliver_webhook(comment_id: str, to_status: str, occurred_at: str) -> str:
    """POST the signed notice of one status change to the portal; a no-op once delivered.

    Raises on connection errors, timeouts, 5xx and 429 so RQ retries with backoff; a 3xx or
    other 4xx answer is logged as failed and not retried (it needs a person to fix it).
    """
    job = get_current_job()
    final = job is None or not job.retries_left
    return webhooks.deliver(
        runtime.current().services, comment_id, to_status,
        datetime.fromisoformat(occurred_at), final=final,
    )
