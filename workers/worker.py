"""The scoring worker: an RQ worker that keeps the model in memory, plus the sweeper.

RQ's default worker forks a work horse per job, which would reload or copy the model for every
comment; :class:`ScoringWorker` runs jobs in its own process instead (RQ's SimpleWorker). If the
process dies mid-job, the sweeper (one per deployment at a time, by a Redis lock) finds the
comment still ``received`` and enqueues it again.
"""

from __future__ import annotations

import logging
import threading

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, SimpleWorker
from sqlalchemy.exc import SQLAlchemyError

from modsvc.services import Services
from workers import jobs, runtime
from workers.queues import DEFAULT_QUEUE, SCORING_QUEUE

logger = logging.getLogger(__name__)

SWEEP_INTERVAL_SECONDS = 20
SWEEP_LOCK_KEY = "modsvc:sweeper:lock"


class ScoringWorker(SimpleWorker):
    """An RQ worker that runs jobs in-process, so the model is loaded once."""


class Sweeper(threading.Thread):
    """Every few seconds, one sweeper in the deployment re-enqueues stranded comments."""

    def __init__(self, redis: Redis, interval: float = SWEEP_INTERVAL_SECONDS) -> None:
        super().__init__(name="modsvc-sweeper", daemon=True)
        self.redis = redis
        self.interval = interval
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                # The lock expires before the next round, so a dead holder never blocks others.
                if self.redis.set(SWEEP_LOCK_KEY, "1", nx=True, ex=int(self.interval) - 1):
                    jobs.sweep_received()
            except (RedisError, SQLAlchemyError) as error:
                logger.warning("sweep failed, will retry: %s", type(error).__name__)

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
    queues = [Queue(name, connection=services.redis) for name in (SCORING_QUEUE, DEFAULT_QUEUE)]
    worker = ScoringWorker(queues, connection=services.redis)
    sweeper = Sweeper(services.redis) if with_sweeper else None
    if sweeper is not None:
        sweeper.start()
    try:
        worker.work(burst=burst, with_scheduler=True, logging_level="WARNING")
    finally:
        if sweeper is not None:
            sweeper.stop()
