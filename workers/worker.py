"""The scoring worker: an RQ worker that keeps the model in memory, plus the sweeper.

RQ's default worker forks a work horse per job, which would reload or copy the model for every
comment; :class:`ScoringWorker` runs jobs in its own process instead (RQ's SimpleWorker). If the
process dies mid-job, the sweeper (one per deployment at a time, by a Redis lock) finds the
comment still ``received`` and enqueues it again.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import Any

import rq
from croniter import croniter
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, SimpleWorker
from rq.job import Job
from rq.timeouts import JobTimeoutException
from sqlalchemy.exc import SQLAlchemyError

from modsvc.logs import log_context
from modsvc.metrics import serve_worker_metrics
from modsvc.queues import (
    DEFAULT_QUEUE,
    SCORING_FUNCTION,
    SCORING_QUEUE,
    SERIALIZER,
    enqueue_retrain,
    job_queue,
)
from modsvc.scoring import NoActiveModelError
from modsvc.services import Services
from workers import jobs, rq_batches, runtime
from workers.rq_batches import Batch, BatchBookkeeping

logger = logging.getLogger(__name__)

SWEEP_INTERVAL_SECONDS = 20
SWEEP_LOCK_KEY = "modsvc:sweeper:lock"
RETRAIN_SLOT_GRACE_SECONDS = 300
# RQ's maintenance also restarts the worker's scheduler process (which moves retries that are
# due back onto their queues) when a Redis outage killed it; RQ's default waits 10 minutes.
MAINTENANCE_INTERVAL_SECONDS = 30
# Up to this many queued scoring jobs are scored together: big enough to spread the per-job
# costs (Redis bookkeeping, a transaction), small enough to stay well inside a job's timeout.
SCORING_BATCH_SIZE = 64
# How long the thread listening for RQ's worker commands waits between looks at its stop flag.
PUBSUB_WAIT_SECONDS = 1.0


class ScoringWorker(SimpleWorker):
    """An RQ worker that runs jobs in-process, so the model is loaded once, and scores
    micro-batches when the scoring queue is deep.

    After RQ hands it a scoring job, the worker takes up to ``batch_size - 1`` more scoring
    jobs waiting behind it (one ``LPOP``), scores all their comments with one read and one
    transaction (:func:`workers.jobs.score_comments`), and does RQ's bookkeeping for all of
    them in one pipeline per step (:mod:`workers.rq_batches`, the only code that touches
    RQ's internals): each job is started, finished and keeps its result as if it had run
    alone. If the batch fails, every job in it runs again alone through RQ's own
    path, so retries and failures are RQ's. With an empty queue behind it a job runs alone
    at once, so batching never delays a comment.
    """

    def __init__(self, *args: Any, batch_size: int = SCORING_BATCH_SIZE, **kwargs: Any) -> None:
        kwargs.setdefault("serializer", SERIALIZER)  # JSON, never pickle (modsvc.queues)
        super().__init__(*args, **kwargs)
        self.batch_size = batch_size
        # RQ's internals are touched only there, and only on the RQ versions it was checked on.
        self._batches = (BatchBookkeeping(self) if batch_size > 1 and rq_batches.supported()
                         else None)
        if batch_size > 1 and not rq_batches.supported():
            logger.warning("RQ %s is not one the batch bookkeeping was checked against "
                           "(%s): scoring one job at a time", rq.__version__,
                           ", ".join(rq_batches.TESTED_RQ))

    def subscribe(self) -> None:
        """RQ's ``subscribe``, with a listening thread that notices a stop within a second.

        RQ's thread waits up to 60 s for a message, and since redis-py 8
        ``PubSubWorkerThread.stop()`` waits for it to end: when the unsubscribe beat the stop
        flag (one stop in five here), RQ's teardown took a minute, so ``modsvc up`` killed the
        worker after 30 s, a worker outlived a dead supervisor for a minute, and a test that
        looked at a job with a 60 s result TTL after ``work(burst=True)`` found none.
        """
        self.pubsub = self.connection.pubsub()
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})
        # RQ declares the attribute as None only.
        self.pubsub_thread = self.pubsub.run_in_thread(  # type: ignore[assignment]
            sleep_time=PUBSUB_WAIT_SECONDS, daemon=True,
            exception_handler=self._pubsub_exception_handler,
        )

    def perform_job(self, job: Job, queue: Queue) -> bool:
        # Records logged during the job carry its id and the id of the request that queued it.
        with log_context(request=job.meta.get("request_id"), job=job.id):
            return bool(super().perform_job(job, queue))

    def execute_job(self, job: Job, queue: Queue) -> None:
        if self._batches and queue.name == SCORING_QUEUE and _is_scoring(job):
            batch, others = self._batches.take_more(job, queue, self.batch_size, _is_scoring)
            if len(batch.jobs) > 1:
                self._perform_batch(self._batches, batch, queue)
            else:
                super().execute_job(job, queue)
            for other in others:
                super().execute_job(other, queue)
            return
        super().execute_job(job, queue)

    def _perform_batch(self, books: BatchBookkeeping, batch: Batch, queue: Queue) -> None:
        books.start(batch, queue)
        comment_ids = [str(job.args[0]) for job in batch.jobs]
        request_ids = {str(job.args[0]): job.meta.get("request_id") for job in batch.jobs}
        timeout = max(job.timeout or queue.DEFAULT_TIMEOUT for job in batch.jobs)
        try:
            with self.death_penalty_class(timeout, JobTimeoutException, job_id=batch.jobs[0].id):
                results = jobs.score_comments(comment_ids, request_ids=request_ids)
        except Exception:
            logger.warning("a batch of %d scoring jobs failed; running each alone",
                           len(batch.jobs), exc_info=True)
            books.give_back(batch, queue)
            for job in batch.jobs:
                super().execute_job(job, queue)
            return
        books.finish(batch, queue, {job.id: results[str(job.args[0])] for job in batch.jobs})


def _is_scoring(job: Job) -> bool:
    """A scoring job as :func:`modsvc.queues.enqueue_scoring` makes it (one comment id, its
    result kept for a while, as a batch's bookkeeping stores results)."""
    return (
        job.func_name == SCORING_FUNCTION
        and len(job.args) == 1
        and isinstance(job.args[0], str)
        and not job.kwargs
        and (job.result_ttl is None or job.result_ttl > 0)
    )


class Sweeper(threading.Thread):
    """Every few seconds, one worker in the deployment re-enqueues stranded comments, writes
    campaign blocks back into a Redis that lost them, and starts the scheduled retraining when
    its time has come."""

    def __init__(
        self,
        redis: Redis,
        interval: float = SWEEP_INTERVAL_SECONDS,
        retrain_cron: str | None = None,
        sweep_after: float = jobs.SWEEP_AFTER_SECONDS,
    ) -> None:
        super().__init__(name="modsvc-sweeper", daemon=True)
        self.redis = redis
        self.sweep_after = sweep_after
        # A sweep at least three times per waiting time, so a stranded comment waits at most
        # about 4/3 of it.
        self.interval = max(2.0, min(interval, sweep_after / 3))
        self.retrain_cron = retrain_cron
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                # The lock expires before the next round, so a dead holder never blocks others.
                if self.redis.set(SWEEP_LOCK_KEY, "1", nx=True, ex=int(self.interval) - 1):
                    self.sweep()
            except (RedisError, SQLAlchemyError) as error:
                logger.warning("sweep failed, will retry: %s", type(error).__name__)

    def sweep(self) -> None:
        """One round's work (the caller holds the deployment's sweep lock)."""
        jobs.sweep_received(older_than_seconds=self.sweep_after)
        jobs.restore_campaign_blocks()
        self.start_scheduled_retrain()

    def start_scheduled_retrain(self, now: datetime | None = None) -> bool:
        """Enqueue the retraining of the cron slot that just began, once per deployment."""
        if not self.retrain_cron:
            return False
        now = now or datetime.now(UTC)
        slot = croniter(self.retrain_cron, now).get_prev(datetime)
        if (now - slot).total_seconds() > RETRAIN_SLOT_GRACE_SECONDS:
            return False
        if not self.redis.set(f"modsvc:retrain:slot:{slot.isoformat()}", "1", nx=True,
                              ex=2 * 24 * 3600):
            return False
        enqueue_retrain(self.redis, scheduled=True)
        logger.info("scheduled retraining for %s enqueued", slot.isoformat())
        return True

    def stop(self) -> None:
        """Ask the thread to finish after its current round."""
        self.stopped.set()


def run_worker(services: Services, *, burst: bool = False, with_sweeper: bool = True) -> None:
    """Run a worker until SIGTERM/SIGINT (RQ finishes the current job first)."""
    context = runtime.configure(services)
    try:
        model = context.model()
        logger.info("worker ready with model %s", model.version)
    except NoActiveModelError:
        logger.warning("no active model yet; jobs will retry until one is trained")
    if services.settings.worker_metrics_port:
        serve_worker_metrics(services.settings.worker_metrics_port)
    queues = [job_queue(name, services.redis) for name in (SCORING_QUEUE, DEFAULT_QUEUE)]
    worker = ScoringWorker(queues, connection=services.redis,
                           maintenance_interval=MAINTENANCE_INTERVAL_SECONDS)
    sweeper = (
        Sweeper(services.redis, sweep_after=services.settings.sweep_after_seconds,
                retrain_cron=services.settings.retrain_cron)
        if with_sweeper else None
    )
    if sweeper is not None:
        sweeper.start()
    try:
        worker.work(burst=burst, with_scheduler=True, logging_level="WARNING")
    finally:
        if sweeper is not None:
            sweeper.stop()
