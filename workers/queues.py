"""The only place that puts jobs on RQ queues.

Jobs receive ids, never ORM objects. A scoring job's id is derived from the comment id, so
enqueueing the same comment twice (the sweeper after a lost enqueue) replaces rather than
duplicates work, and the job itself is idempotent anyway.
"""

from __future__ import annotations

from redis import Redis
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

SCORING_QUEUE = "modsvc-scoring"
DEFAULT_QUEUE = "modsvc-default"
SCORING_RETRY = Retry(max=5, interval=[1, 5, 15, 30, 60])


def scoring_job_id(comment_id: str) -> str:
    """The RQ job id of a comment's scoring job."""
    return f"score-{comment_id}"


def enqueue_scoring(redis: Redis, comment_id: str, request_id: str | None = None) -> None:
    """Queue the scoring of one stored comment."""
    queue = Queue(SCORING_QUEUE, connection=redis)
    queue.enqueue(
        "workers.jobs.score_comment",
        comment_id,
        job_id=scoring_job_id(comment_id),
        retry=SCORING_RETRY,
        result_ttl=60,
        failure_ttl=7 * 24 * 3600,
        job_timeout=60,
        meta={"request_id": request_id} if request_id else None,
    )


def scoring_backlog(redis: Redis) -> int:
    """How many scoring jobs wait in the queue."""
    return Queue(SCORING_QUEUE, connection=redis).count


def scoring_is_waiting(redis: Redis, comment_id: str) -> bool:
    """True when the comment's scoring job is queued or scheduled for a retry already."""
    try:
        status = Job.fetch(scoring_job_id(comment_id), connection=redis).get_status()
    except NoSuchJobError:
        return False
    return status in {JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED}
