"""The only place that puts jobs on RQ queues, and the one way to open a queue or a job.

Jobs receive ids, never ORM objects. A scoring job's id is derived from the comment id, so
enqueueing the same comment twice (the sweeper after a lost enqueue) replaces rather than
duplicates work, and the job itself is idempotent anyway.

Jobs are stored as JSON (RQ's ``JSONSerializer``), never pickled: a pickle is code, and
anything that can write to Redis could then run code in a worker. Their arguments are ids,
strings, numbers and lists, and their results dicts of the same, so JSON carries them all.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime

from redis import Redis
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer

SCORING_QUEUE = "modsvc-scoring"
SCORING_FUNCTION = "workers.jobs.score_comment"
DEFAULT_QUEUE = "modsvc-default"
SCORING_RETRY = Retry(max=5, interval=[1, 5, 15, 30, 60])
# About four hours of patience with the portal before a notice is given up.
WEBHOOK_RETRY = Retry(max=8, interval=[10, 30, 60, 300, 900, 1800, 3600, 7200])
# RQ's scheduler moves a due retry onto the queue within a second or two; one still waiting
# this long after its time has no scheduler left to move it (a Redis outage kills it, and a
# new one waits for the dead one's lock to expire, up to a minute), so the sweeper takes it over.
OVERDUE_RETRY_SECONDS = 10
# How long RQ keeps a finished scoring job's record: the comment row holds the verdict, and a
# deep queue's records would otherwise fill Redis. Read at enqueue time, so tests that inspect
# job records may keep them longer than a stalled machine takes (tests/conftest.py).
SCORING_RESULT_SECONDS = 60
# A failed job stays a week, for a person to look at.
FAILED_JOB_SECONDS = 7 * 24 * 3600


SERIALIZER = JSONSerializer


def job_queue(name: str, redis: Redis) -> Queue:
    """The RQ queue ``name``, storing its jobs as JSON."""
    return Queue(name, connection=redis, serializer=SERIALIZER)


def fetch_job(job_id: str, redis: Redis) -> Job:
    """An RQ job by id (raises ``NoSuchJobError``), read as JSON."""
    return Job.fetch(job_id, connection=redis, serializer=SERIALIZER)


def scoring_job_id(comment_id: str) -> str:
    """The RQ job id of a comment's scoring job."""
    return f"score-{comment_id}"


def enqueue_scoring(redis: Redis, comment_id: str, request_id: str | None = None) -> None:
    """Queue the scoring of one stored comment (one round trip to Redis)."""
    enqueue_scoring_many(redis, [(comment_id, request_id)])


def enqueue_scoring_many(redis: Redis, comments: Sequence[tuple[str, str | None]]) -> None:
    """Queue the scoring of several stored comments, given as ``(comment_id, request_id)``.

    Everything goes through one pipeline: RQ would otherwise spend a round trip on the queue
    set and another on the job for each comment, and the intake path waits for each one.
    """
    if not comments:
        return
    queue = job_queue(SCORING_QUEUE, redis)
    with redis.pipeline() as pipe:
        for comment_id, request_id in comments:
            queue.enqueue_call(
                SCORING_FUNCTION,
                args=(comment_id,),
                job_id=scoring_job_id(comment_id),
                retry=SCORING_RETRY,
                result_ttl=SCORING_RESULT_SECONDS,
                failure_ttl=FAILED_JOB_SECONDS,
                timeout=60,
                meta={"request_id": request_id} if request_id else None,
                pipeline=pipe,
            )
        pipe.execute()


def webhook_job_id(comment_id: str, to_status: str, occurred_at: datetime) -> str:
    """The RQ job id of the notice of one status change (its comment, new status and time)."""
    micros = round(occurred_at.timestamp() * 1_000_000)
    return f"webhook-{comment_id}-{to_status}-{micros}"


def enqueue_webhook(redis: Redis, comment_id: str, to_status: str, occurred_at: datetime) -> None:
    """Queue the webhook that tells the portal about one committed status change."""
    queue = job_queue(DEFAULT_QUEUE, redis)
    queue.enqueue(
        "workers.jobs.deliver_webhook",
        comment_id,
        to_status,
        occurred_at.isoformat(),
        job_id=webhook_job_id(comment_id, to_status, occurred_at),
        retry=WEBHOOK_RETRY,
        result_ttl=3600,
        failure_ttl=FAILED_JOB_SECONDS,
        job_timeout=60,
    )


def webhook_is_waiting(
    redis: Redis, comment_id: str, to_status: str, occurred_at: datetime
) -> bool:
    """True when this notice's job is queued or scheduled for a retry already."""
    try:
        job = fetch_job(webhook_job_id(comment_id, to_status, occurred_at), redis)
    except NoSuchJobError:
        return False
    return job.get_status() in {JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED}


def campaign_webhook_job_id(decision_id: int) -> str:
    """The RQ job id of the notice that a campaign decision blocked a campaign."""
    return f"webhook-campaign-{decision_id}"


def enqueue_campaign_webhook(redis: Redis, decision_id: int) -> None:
    """Queue the webhook that tells the portal a campaign was blocked (a committed decision)."""
    job_queue(DEFAULT_QUEUE, redis).enqueue(
        "workers.jobs.deliver_campaign_webhook",
        decision_id,
        job_id=campaign_webhook_job_id(decision_id),
        retry=WEBHOOK_RETRY,
        result_ttl=3600,
        failure_ttl=FAILED_JOB_SECONDS,
        job_timeout=60,
    )


def scoring_backlog(redis: Redis) -> int:
    """How many scoring jobs wait in the queue."""
    return job_queue(SCORING_QUEUE, redis).count


def waiting_scoring_jobs(redis: Redis) -> set[str]:
    """Ids of scoring jobs that will run without help: in the queue, or scheduled for a retry.

    A job's status alone is not enough: a worker killed between taking jobs off the queue and
    running them leaves them marked queued while no list holds them any more.
    """
    queue = job_queue(SCORING_QUEUE, redis)
    # A retry long overdue means no scheduler is left to move it: that one needs help too.
    due_after = time.time() - OVERDUE_RETRY_SECONDS
    scheduled = redis.zrangebyscore(queue.scheduled_job_registry.key, due_after, "+inf")
    return set(queue.get_job_ids()) | {
        raw.decode() if isinstance(raw, bytes) else str(raw) for raw in scheduled
    }


def enqueue_retrain(
    redis: Redis, data_files: list[str] | None = None, force: bool = False, scheduled: bool = False
) -> str:
    """Queue a retraining; returns the job id to follow its progress."""
    job = job_queue(DEFAULT_QUEUE, redis).enqueue(
        "workers.jobs.retrain_model",
        data_files or [],
        force,
        scheduled,
        job_timeout=3600,
        result_ttl=7 * 24 * 3600,
        failure_ttl=FAILED_JOB_SECONDS,
    )
    return str(job.id)
