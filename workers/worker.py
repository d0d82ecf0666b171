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

from croniter import croniter
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, SimpleWorker
from rq.job import Job
from sqlalchemy.exc import SQLAlchemyError

from modsvc.logs import log_context
from modsvc.metrics import serve_worker_metrics
from modsvc.services import Services
from workers import jobs, runtime
from workers.queues import DEFAULT_QUEUE, SCORING_QUEUE, enqueue_retrain

logger = logging.getLogger(__name__)

SWEEP_INTERVAL_SECONDS = 20
SWEEP_LOCK_KEY = "modsvc:sweeper:lock"
RETRAIN_SLOT_GRACE_SECONDS = 300


class ScoringWorker(SimpleWorker):
    """An RQ worker that runs jobs in-process, so the model is loaded once."""

    def perform_job(self, job: Job, queue: Queue) -> bool:
        # Records logged during the job carry its id and the id of the request that queued it.
        with log_context(request=job.meta.get("request_id"), job=job.id):
            return bool(super().perform_job(job, queue))


class Sweeper(threading.Thread):
    """Every few seconds, one worker in the deployment re-enqueues stranded comments and
    starts the scheduled retraining when its time has come."""

    def __init__(
        self,
        redis: Redis,
        interval: float = SWEEP_INTERVAL_SECONDS,
        retrain_cron: str | None = None,
    ) -> None:
        super().__init__(name="modsvc-sweeper", daemon=True)
        self.redis = redis
        self.interval = interval
        self.retrain_cron = retrain_cron
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                # The lock expires before the next round, so a dead holder never blocks others.
                if self.redis.set(SWEEP_LOCK_KEY, "1", nx=True, ex=int(self.interval) - 1):
                    jobs.sweep_received()
                    self.start_scheduled_retrain()
            except (RedisError, SQLAlchemyError) as error:
                logger.warning("sweep failed, will retry: %s", type(error).__name__)

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
    except runtime.NoActiveModelError:
        logger.warning("no active model yet; jobs will retry until one is trained")
    if services.settings.worker_metrics_port:
        serve_worker_metrics(services.settings.worker_metrics_port)
    queues = [Queue(name, connection=services.redis) for name in (SCORING_QUEUE, DEFAULT_QUEUE)]
    worker = ScoringWorker(queues, connection=services.redis)
    sweeper = (
        Sweeper(services.redis, retrain_cron=services.settings.retrain_cron)
        if with_sweeper else None
    )
    if sweeper is not None:
        sweeper.start()
    try:
        worker.work(burst=burst, with_scheduler=True, logging_level="WARNING")
    finally:
        if sweeper is not None:
            sweeper.stop()
