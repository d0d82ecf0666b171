"""RQ job functions. Each takes ids, is idempotent, and lets errors propagate so RQ retries."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from rq import get_current_job
from sqlalchemy import Integer, bindparam, func, select, update

from classifiers.steps import TrainingStep
from modsvc import campaigns, metrics, webhooks
from modsvc.events import StatusChange, record_changes
from modsvc.logs import log_context
from modsvc.model_store import ModelStore, discard_uploads
from modsvc.queues import enqueue_scoring_many, scoring_job_id, waiting_scoring_jobs
from modsvc.scoring import Judgement, Runtime
from modsvc.storage import (
    ActorKind,
    Comment,
    CommentStatus,
    Database,
    compact_status_counts,
    utcnow,
)
from workers import runtime

logger = logging.getLogger(__name__)

SWEEP_AFTER_SECONDS = 60
T = TypeVar("T")
# A batch goes to the campaign index in parts, each half of what is left and at least this
# many comments (64: 32, 16, 8, 4, 4). The index takes about a fifth of the time judging does
# per comment, so each part's look-ups end while the next part is judged, and only the last,
# smallest part is waited for.
PLACE_PART_MIN = 4


def score_comment(comment_id: str) -> str | None:
    """Score one comment and move it out of ``received``; a no-op if already done.

    Returns the new status, or None when there was nothing to do.
    """
    return score_comments([comment_id])[comment_id]


def score_comments(
    comment_ids: Sequence[str], request_ids: Mapping[str, str | None] | None = None
) -> dict[str, str | None]:
    """Score several comments with one read and one transaction (a worker's micro-batch).

    Each comment is judged and updated exactly as :func:`score_comment` would (that function
    is this one with a single id): the update is conditional on ``received`` and records one
    event per comment it changed. Returns each id's new status, None where there was nothing
    to do. An error rolls back the whole batch, so nothing is half-scored. ``request_ids``
    (comment id -> the request that posted it) label each comment's log line.
    """
    started = time.perf_counter()
    context = runtime.current()
    services = context.services
    results: dict[str, str | None] = dict.fromkeys(comment_ids)
    with services.db.session() as session:
        rows = session.execute(
            select(
                Comment.id, Comment.body, Comment.status, Comment.captcha_seconds,
                Comment.honeypot, Comment.created_at, Comment.article_id, Comment.ip_hash,
                Comment.campaign_id,
            ).where(Comment.id.in_(list(results)))
            # In order of arrival: the first of near duplicates in a batch starts their group,
            # as across batches (without it, rows of an IN list come in no particular order).
            .order_by(Comment.created_at, Comment.id)
        ).all()
    waiting = [row for row in rows if row.status == CommentStatus.RECEIVED]
    if not waiting:
        return results
    now = utcnow()
    placed: dict[str, campaigns.Placed] = {}
    if services.settings.campaigns:
        # Near duplicates of recent comments (issue 18): each part of the batch is in the
        # index's hands while the worker judges the next.
        gate = context.thresholds(context.model()).approve
        judged = []
        with campaigns.Placing(services, gate) as placing:
            for rows_of_part in place_parts(waiting):
                part = _judged(context, rows_of_part)
                placing.add([(row.id, judgement.normalised, judgement.probability)
                             for row, judgement in part])
                judged += part
            placed = placing.placed()
    else:
        judged = _judged(context, waiting)
    changed = _write_verdicts(services.db, judged, now, placed)
    each = (time.perf_counter() - started) / len(judged)
    for row, judgement in changed:
        results[row.id] = str(judgement.decision.status)
        with _log_context_of(row.id, request_ids):
            logger.info(
                "comment %s scored %.4f by %s -> %s",
                row.id, judgement.probability, judgement.model_version,
                judgement.decision.status,
            )
        metrics.SCORING_SECONDS.observe(each)
        metrics.SCORING_DELAY_SECONDS.observe(max(0.0, (now - row.created_at).total_seconds()))
    return results


def place_parts(rows: Sequence[T]) -> Iterator[Sequence[T]]:
    """The parts in which a batch goes to the campaign index (:data:`PLACE_PART_MIN`)."""
    start = 0
    while start < len(rows):
        size = max(PLACE_PART_MIN, (len(rows) - start) // 2)
        yield rows[start:start + size]
        start += size


def _judged(context: Runtime, rows: Sequence[Any]) -> list[tuple[Any, Judgement]]:
    return [(row, context.judge(row.body, row.captcha_seconds, row.honeypot)) for row in rows]


# One statement for a whole batch: each row changes only while it is still `received`.
_UPDATE_RECEIVED = (
    update(Comment.__table__)  # type: ignore[arg-type]
    .where(Comment.__table__.c.id == bindparam("comment_id"),
           Comment.__table__.c.status == CommentStatus.RECEIVED)
    .values(status=bindparam("new_status"), score=bindparam("new_score"),
            model_version=bindparam("new_model_version"), reasons=bindparam("new_reasons"),
            scored_at=bindparam("new_scored_at"), updated_at=bindparam("new_scored_at"),
            # A member stays in its campaign (a comment scored again after an undo).
            campaign_id=func.coalesce(bindparam("new_campaign_id", type_=Integer),
                                      Comment.__table__.c.campaign_id))
)


def _write_verdicts(
    db: Database, judged: Sequence[tuple[Any, Judgement]], now: datetime,
    placed: dict[str, campaigns.Placed] | None = None,
) -> list[tuple[Any, Judgement]]:
    """Store the verdicts and their events in one transaction; returns those that changed.

    The conditional update runs as one executemany. When it changed every row (the usual
    case) all get their event; when something else moved a comment meanwhile (a moderator,
    another worker), the transaction is redone row by row so only the changed ones get one.
    Comments ``placed`` among near duplicates join their campaigns in the same transaction
    (a blocked campaign's block may make the verdict spam).
    """
    # Rows in one order (by id) in every worker, so two batches that share a comment (a
    # sweeper's re-enqueue) wait for each other instead of deadlocking.
    judged = sorted(judged, key=lambda item: str(item[0].id))
    with db.writing() as session:
        verdicts = _with_campaigns(session, judged, placed, now)
        params = [_verdict_params(row, judgement, now) for row, judgement in verdicts]
        if len(params) > 1 and session.bind.dialect.supports_sane_multi_rowcount:  # type: ignore[union-attr]
            if session.execute(_UPDATE_RECEIVED, params).rowcount == len(params):  # type: ignore[attr-defined]
                record_changes(session, [_verdict_change(row.id, judgement, now)
                                         for row, judgement in verdicts])
                _record_members(session, verdicts, now)
                return verdicts
            session.rollback()
            verdicts = _with_campaigns(session, judged, placed, now)
            params = [_verdict_params(row, judgement, now) for row, judgement in verdicts]
        changed = []
        for (row, judgement), values in zip(verdicts, params, strict=True):
            if session.execute(_UPDATE_RECEIVED, values).rowcount:  # type: ignore[attr-defined]
                record_changes(session, [_verdict_change(row.id, judgement, now)])
                changed.append((row, judgement))
        _record_members(session, changed, now)
        return changed


def _with_campaigns(
    session: Any, judged: Sequence[tuple[Any, Judgement]],
    placed: dict[str, campaigns.Placed] | None, now: datetime,
) -> list[tuple[Any, Judgement]]:
    if not placed:
        return list(judged)
    memberships = campaigns.resolve(session, placed, now)
    return [(row, campaigns.caught(judgement, memberships.get(row.id)))
            for row, judgement in judged]


def _record_members(
    session: Any, verdicts: Sequence[tuple[Any, Judgement]], now: datetime
) -> None:
    campaigns.record_members(session, [
        campaigns.Joined(row.id, judgement.campaign_id, row.article_id, row.ip_hash,
                         row.created_at)
        for row, judgement in verdicts
        if judgement.campaign_id is not None and row.campaign_id is None
    ], now)


def _verdict_params(row: Any, judgement: Judgement, now: datetime) -> dict[str, Any]:
    return {"comment_id": row.id, "new_status": judgement.decision.status,
            "new_score": judgement.probability, "new_model_version": judgement.model_version,
            "new_reasons": judgement.decision.reasons, "new_scored_at": now,
            "new_campaign_id": judgement.campaign_id}


def _verdict_change(
    comment_id: str, judgement: Judgement, now: datetime
) -> StatusChange:
    decision = judgement.decision
    by = ActorKind(decision.by)
    actor = (f"campaign:{judgement.campaign_id}" if by == ActorKind.CAMPAIGN
             else f"model:{judgement.model_version}")
    return StatusChange(
        comment_id=comment_id, from_status=CommentStatus.RECEIVED, to_status=decision.status,
        actor=actor, actor_kind=by,
        reason="; ".join(r["text_en"] for r in decision.reasons[:3]) or None, at=now,
    )


def _log_context_of(
    comment_id: str, request_ids: Mapping[str, str | None] | None
) -> AbstractContextManager[None]:
    """In a batch, each comment's log line names its own request and job."""
    if request_ids is None:
        return nullcontext()
    return log_context(request=request_ids.get(comment_id), job=scoring_job_id(comment_id))


def sweep_received(older_than_seconds: float = SWEEP_AFTER_SECONDS, limit: int = 1000) -> int:
    """Re-enqueue comments still ``received`` after a while (lost enqueue, killed worker)."""
    services = runtime.current().services
    cutoff = utcnow() - timedelta(seconds=older_than_seconds)
    with services.db.session() as session:
        compact_status_counts(session)
    with services.db.session() as session:
        rows = session.execute(
            select(Comment.id, Comment.request_id)
            .where(Comment.status == CommentStatus.RECEIVED, Comment.created_at < cutoff)
            .order_by(Comment.created_at)
            .limit(limit)
        ).all()
    waiting = waiting_scoring_jobs(services.redis) if rows else set()
    stranded = [(c, r) for c, r in rows if scoring_job_id(c) not in waiting]
    # The original request id goes along, so the retried job's logs still point back to it.
    enqueue_scoring_many(services.redis, stranded)
    if stranded:
        logger.warning("sweeper re-enqueued %d comments stuck in received", len(stranded))
    return len(stranded)


def restore_campaign_blocks() -> int | None:
    """Campaign blocks back into a Redis that lost them (see
    :func:`modsvc.campaigns.restore_blocks`); the sweeper's round."""
    return campaigns.restore_blocks(runtime.current().services)


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

    def progress(step: TrainingStep) -> None:
        if job is not None:
            job.meta["progress"] = str(step)
            job.meta["step"] = step.as_dict()
            job.save_meta()

    uploads = [Path(p) for p in data_files or []]
    try:
        report = store.train(data_files=uploads, activate="yes" if force else "auto",
                             progress=progress)
    finally:
        # Read once, then gone, whether the training worked or not (RQ does not retry it).
        discard_uploads(uploads)
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


def deliver_campaign_webhook(decision_id: int) -> str:
    """POST the signed notice that people blocked a campaign; a no-op once delivered (as
    :func:`deliver_webhook`, with the same retries)."""
    job = get_current_job()
    final = job is None or not job.retries_left
    return webhooks.deliver_campaign(runtime.current().services, decision_id, final=final)
