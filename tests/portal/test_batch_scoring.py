"""Stories of a worker facing a deep queue: it scores micro-batches, and they must end exactly
as one-by-one scoring would, with RQ's bookkeeping, retries and failures intact."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
import rq
from redis import Redis
from rq.job import JobStatus
from rq.results import Result
from sqlalchemy import func, select, text, update

from modsvc.queues import SCORING_QUEUE, fetch_job, job_queue, scoring_job_id
from modsvc.storage import Comment, CommentStatus, ModerationEvent
from tests.conftest import DATA, Service
from workers import jobs, rq_batches, runtime
from workers.rq_batches import BatchBookkeeping
from workers.worker import ScoringWorker


def _bodies(count: int) -> list[str]:
    with Path(DATA / "tiny_labeled.csv").open(newline="") as handle:
        rows = [row["text"] for row in csv.DictReader(handle)]
    return rows[:count]


def _post_all(service: Service, bodies: list[str]) -> list[str]:
    ids = []
    for body in bodies:
        answer = service.portal.post(body)
        assert answer.status_code == 202, answer.get_json()
        ids.append(answer.get_json()["id"])
    return ids


def _work(service: Service, batch_size: int) -> ScoringWorker:
    runtime.configure(service.services)
    queue = job_queue(SCORING_QUEUE, service.services.redis)
    worker = ScoringWorker([queue], connection=service.services.redis, batch_size=batch_size)
    worker.work(burst=True)
    return worker


def _stored(service: Service, ids: list[str]) -> dict[str, tuple[object, ...]]:
    with service.services.db.session() as session:
        rows = session.scalars(select(Comment).where(Comment.id.in_(ids))).all()
        return {c.id: (c.status, c.score, c.reasons, c.model_version) for c in rows}


def _events(service: Service, actor_prefix: str = "model:") -> dict[str, int]:
    with service.services.db.session() as session:
        rows = session.execute(
            select(ModerationEvent.comment_id, func.count())
            .where(ModerationEvent.actor.like(f"{actor_prefix}%"))
            .group_by(ModerationEvent.comment_id)
        ).all()
    return {comment_id: int(n) for comment_id, n in rows}


def test_a_deep_queue_scored_in_batches_ends_as_one_by_one_scoring(service: Service) -> None:
    ids = _post_all(service, _bodies(23))
    with service.services.db.session() as session:
        comments = session.scalars(select(Comment).where(Comment.id.in_(ids))).all()
        expected = {
            c.id: runtime.current().judge(c.body, c.captcha_seconds, c.honeypot) for c in comments
        }

    worker = _work(service, batch_size=10)

    stored = _stored(service, ids)
    for comment_id, judgement in expected.items():
        assert stored[comment_id] == (
            judgement.decision.status, judgement.probability, judgement.decision.reasons,
            judgement.model_version,
        )
    assert _events(service) == dict.fromkeys(ids, 1)
    redis = service.services.redis
    for comment_id in ids:
        job = fetch_job(scoring_job_id(comment_id), redis)
        assert job.get_status() == JobStatus.FINISHED
        assert job.return_value() == stored[comment_id][0]
    queue = job_queue(SCORING_QUEUE, redis)
    assert queue.count == 0
    assert queue.started_job_registry.count == 0
    assert queue.failed_job_registry.count == 0
    assert queue.finished_job_registry.count == len(ids)
    worker.refresh()
    assert worker.successful_job_count == len(ids)


def test_a_scoring_job_whose_result_is_not_kept_runs_alone_as_rq_runs_it(
    service: Service,
) -> None:
    # A batch's bookkeeping stores results with a TTL; a job asking for none (TTL 0: RQ
    # deletes it when done) is left out of the batch and run by RQ alone.
    ids = _post_all(service, _bodies(5))
    redis = service.services.redis
    unkept = fetch_job(scoring_job_id(ids[2]), redis)
    unkept.result_ttl = 0
    unkept.save()

    _work(service, batch_size=10)

    assert set(_stored(service, ids)) == set(ids)
    assert _events(service) == dict.fromkeys(ids, 1)
    assert not redis.exists(unkept.key), "RQ deletes a job whose result is not kept"
    kept = [fetch_job(scoring_job_id(i), redis) for i in ids if i != ids[2]]
    assert {job.get_status() for job in kept} == {JobStatus.FINISHED}
    assert len({job.ended_at for job in kept}) == 1, "the others were still one batch"


def test_scoring_a_batch_again_changes_nothing(service: Service) -> None:
    ids = _post_all(service, _bodies(6))
    _work(service, batch_size=10)
    before = _stored(service, ids)

    again = jobs.score_comments(ids)

    assert again == dict.fromkeys(ids)
    assert _stored(service, ids) == before
    assert _events(service) == dict.fromkeys(ids, 1)


def test_a_comment_a_moderator_decided_first_keeps_the_moderators_status(
    service: Service,
) -> None:
    ids = _post_all(service, _bodies(8))
    with service.services.db.session() as session:
        session.execute(
            update(Comment).where(Comment.id == ids[3]).values(status=CommentStatus.APPROVED)
        )

    _work(service, batch_size=10)

    stored = _stored(service, ids)
    assert stored[ids[3]][0] == CommentStatus.APPROVED
    assert stored[ids[3]][1] is None
    assert ids[3] not in _events(service)
    assert all(stored[i][0] != CommentStatus.RECEIVED for i in ids)
    job = fetch_job(scoring_job_id(ids[3]), service.services.redis)
    assert job.get_status() == JobStatus.FINISHED
    assert job.return_value() is None


def test_when_some_rows_changed_under_the_batch_only_the_others_get_a_verdict(
    service: Service,
) -> None:
    ids = _post_all(service, _bodies(5))
    context = runtime.configure(service.services)
    with service.services.db.session() as session:
        rows = session.execute(
            select(Comment.id, Comment.body, Comment.status, Comment.captcha_seconds,
                   Comment.honeypot, Comment.created_at).where(Comment.id.in_(ids))
        ).all()
    judged = [(row, context.judge(row.body, row.captcha_seconds, row.honeypot)) for row in rows]
    # A moderator decides one comment after the batch read it and before it writes.
    with service.services.db.session() as session:
        session.execute(
            update(Comment).where(Comment.id == rows[0].id).values(status=CommentStatus.SPAM)
        )

    changed = jobs._write_verdicts(service.services.db, judged, rows[0].created_at)

    assert {row.id for row, _ in changed} == {row.id for row in rows[1:]}
    assert _events(service) == {row.id: 1 for row in rows[1:]}
    assert _stored(service, [rows[0].id])[rows[0].id][0] == CommentStatus.SPAM


def test_when_the_database_fails_under_a_batch_each_job_is_retried_by_rq(
    service: Service,
) -> None:
    ids = _post_all(service, _bodies(4))
    engine = service.services.db.engine
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE comments RENAME TO comments_away"))
    try:
        _work(service, batch_size=10)
    finally:
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE comments_away RENAME TO comments"))

    redis = service.services.redis
    statuses = {fetch_job(scoring_job_id(i), redis).get_status() for i in ids}
    assert statuses == {JobStatus.SCHEDULED}, "each job failed alone and waits for its retry"
    queue = job_queue(SCORING_QUEUE, redis)
    assert queue.started_job_registry.count == 0
    assert all(status[0] == CommentStatus.RECEIVED for status in _stored(service, ids).values())


@pytest.mark.parametrize("batch_size", [1, 64])
def test_a_lone_comment_is_scored_at_once_whatever_the_batch_size(
    service: Service, batch_size: int
) -> None:
    (comment_id,) = _post_all(service, _bodies(1))

    _work(service, batch_size=batch_size)

    assert _stored(service, [comment_id])[comment_id][0] != CommentStatus.RECEIVED
    assert _events(service) == {comment_id: 1}


def test_jobs_a_worker_took_and_died_with_are_retried_by_rq(service: Service) -> None:
    ids = _post_all(service, _bodies(5))
    redis = service.services.redis
    queue = job_queue(SCORING_QUEUE, redis)
    worker = ScoringWorker([queue], connection=redis, batch_size=10)
    first = redis.lpop(queue.key)  # what RQ's dequeue did with the first job
    assert isinstance(first, bytes)

    books = BatchBookkeeping(worker)
    batch, _others = books.take_more(fetch_job(first.decode(), redis), queue, 10, lambda _j: True)
    # ... and the worker is killed before it scores anything.

    assert len(batch.jobs) == 5
    assert queue.count == 0
    taken = {scoring_job_id(i) for i in ids} - {first.decode()}
    assert taken <= set(queue.started_job_registry.get_job_ids(cleanup=False))
    queue.started_job_registry.cleanup(timestamp=time.time() + 3600)
    statuses = {fetch_job(job_id, redis).get_status() for job_id in taken}
    assert statuses <= {JobStatus.SCHEDULED, JobStatus.QUEUED}, "RQ retries abandoned jobs"


@pytest.mark.reliability
def test_a_worker_with_nothing_to_do_ends_within_seconds_every_time(redis: Redis) -> None:
    # RQ's worker took a minute to end one run in five (its command listener; see
    # ScoringWorker.subscribe): `modsvc up` then killed it, and a finished scoring job
    # (kept 60 s) could expire before the test that ran the worker looked at it.
    queue = job_queue(SCORING_QUEUE, redis)
    slowest = 0.0
    for _ in range(10):
        started = time.monotonic()
        ScoringWorker([queue], connection=redis).work(burst=True, logging_level="WARNING")
        slowest = max(slowest, time.monotonic() - started)

    assert slowest < 5, f"a worker took {slowest:.1f}s to end"


def _as_rq_tells_it(service: Service, comment_id: str) -> tuple[object, ...]:
    """What RQ's public API says of a finished scoring job, ids and times left out."""
    redis = service.services.redis
    job = fetch_job(scoring_job_id(comment_id), redis)
    queue = job_queue(SCORING_QUEUE, redis)
    results = job.results()
    return (
        job.get_status(), job.return_value(), [r.type for r in results],
        job.id in queue.finished_job_registry, job.id in queue.started_job_registry,
        job.get_executions(), job.worker_name is not None, job.started_at is not None,
        job.ended_at is not None, 0 < redis.ttl(job.key) <= job.get_result_ttl(0),
        # And what RQ stored, field by field (values of times and ids left out).
        sorted(redis.hkeys(job.key)),
        [sorted(fields) for _id, fields in redis.xrange(Result.get_key(job.id))],
        0 < redis.ttl(Result.get_key(job.id)) <= job.get_result_ttl(0),
        redis.hget(job.key, "status"),
    )


def test_the_batch_bookkeeping_leaves_each_job_as_rqs_own_path_does(service: Service) -> None:
    """workers.rq_batches does RQ's bookkeeping for many jobs at once: read back through RQ's
    public API, every job looks as if RQ had run it alone (run on each RQ version allowed)."""
    bodies = _bodies(12)
    alone_ids = _post_all(service, bodies)
    alone = _work(service, batch_size=1)
    batched_ids = _post_all(service, bodies)
    batched = _work(service, batch_size=5)

    for alone_id, batched_id in zip(alone_ids, batched_ids, strict=True):
        assert _as_rq_tells_it(service, batched_id) == _as_rq_tells_it(service, alone_id)
    for worker in (alone, batched):
        worker.refresh()
        assert worker.successful_job_count == len(bodies)
        assert worker.failed_job_count == 0
        assert worker.total_working_time > 0
    queue = job_queue(SCORING_QUEUE, service.services.redis)
    assert queue.started_job_registry.count == 0
    # It did batch: jobs of one batch end at the same instant, one by one never do.
    def ends(ids: list[str]) -> set[object]:
        return {fetch_job(scoring_job_id(i), service.services.redis).ended_at for i in ids}

    assert len(ends(alone_ids)) == len(alone_ids)
    assert len(ends(batched_ids)) < len(batched_ids)


def test_batching_is_used_only_on_the_rq_versions_it_was_checked_against() -> None:
    assert rq_batches.supported(rq.__version__), "pyproject.toml allows only checked versions"
    assert rq_batches.supported("2.12.3")
    assert not rq_batches.supported("2.13.0")
    assert not rq_batches.supported("3.0.0")
