"""Prometheus metrics, all prefixed ``modsvc_``.

Two kinds live here:

- Events counted where they happen (request latency, scoring latency, rate-limit rejections,
  captcha failures, webhook failures, dependency outages). Under gunicorn several processes
  count them, so ``modsvc serve`` and ``modsvc up`` run everything in prometheus_client's
  multiprocess mode: ``PROMETHEUS_MULTIPROC_DIR`` points at a directory under the data
  directory, emptied at start (:func:`prepare_multiprocess_dir`), which the workers of
  ``modsvc up`` share too. Without the variable (tests, one process) the default registry is
  used.
- State read at scrape time by :class:`ServiceCollector` (comments per status, queue depths,
  the active model), from the database and Redis, so every web process reports the same truth
  and nothing has to be kept in step.

Labels are bounded: Flask endpoint names (never raw paths), a method from a fixed set, a
status class. This module imports no web framework, so workers import it too.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from wsgiref.simple_server import WSGIServer

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
    start_http_server,
)
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily, Metric
from prometheus_client.registry import Collector
from redis.exceptions import RedisError
from rq import Queue
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from modsvc.queues import DEFAULT_QUEUE, SCORING_QUEUE, job_queue
from modsvc.storage import CommentStatus, ModelVersion, status_counts

if TYPE_CHECKING:
    from modsvc.services import Services

logger = logging.getLogger(__name__)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED_ENDPOINT = "unmatched"
_QUEUE_PREFIX = "modsvc-"

REQUEST_SECONDS = Histogram(
    "modsvc_http_request_duration_seconds",
    "Time to answer an HTTP request, by Flask endpoint, method and status class.",
    ["endpoint", "method", "status_class"],
)
SCORING_SECONDS = Histogram(
    "modsvc_scoring_duration_seconds",
    "Time a worker spends on one comment's scoring job (read, score, store).",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
SCORING_DELAY_SECONDS = Histogram(
    "modsvc_scoring_delay_seconds",
    "Time from accepting a comment to its verdict, queue wait included.",
    buckets=(0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0),
)
RATE_LIMITED = Counter(
    "modsvc_rate_limited_total",
    "Requests refused with 429 by a rate limit, by Flask endpoint.",
    ["endpoint"],
)
CAPTCHA_FAILURES = Counter(
    "modsvc_captcha_failures_total",
    "Captcha attempts refused: reason 'wrong' (bad answer) or 'expired' (unknown or used).",
    ["reason"],
)
WEBHOOK_FAILURES = Counter(
    "modsvc_webhook_failures_total",
    "Failed webhook delivery attempts: outcome 'retrying' (RQ tries again) or 'failed' "
    "(given up).",
    ["outcome"],
)
DEPENDENCY_ERRORS = Counter(
    "modsvc_dependency_errors_total",
    "Requests answered 503 because a dependency ('redis' or 'database') failed.",
    ["dependency"],
)


def observe_request(endpoint: str | None, method: str, status: int, seconds: float) -> None:
    """Record one answered request under bounded labels."""
    REQUEST_SECONDS.labels(
        endpoint=endpoint or UNMATCHED_ENDPOINT,
        method=method if method in HTTP_METHODS else "other",
        status_class=f"{status // 100}xx",
    ).observe(seconds)


def multiprocess_dir() -> str | None:
    """The shared metrics directory when this process runs in multiprocess mode."""
    return os.environ.get(MULTIPROC_ENV) or None


def prepare_multiprocess_dir(data_dir: Path) -> Path:
    """Create (or empty) the multiprocess directory and export it for this process's children.

    ``PROMETHEUS_MULTIPROC_DIR`` wins when the operator set it; otherwise
    ``<data dir>/metrics``. Only the ``*.db`` files prometheus_client writes are removed, so
    counts start from zero with each start, as Prometheus expects of a restarted target.
    Call it before prometheus_client is imported in the processes that count.
    """
    directory = Path(os.environ.get(MULTIPROC_ENV) or data_dir / "metrics")
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("*.db"):
        stale.unlink()
    os.environ[MULTIPROC_ENV] = str(directory)
    return directory


def process_exited(pid: int) -> None:
    """Forget the live gauges of a dead process (gunicorn's ``child_exit``, ``modsvc up``)."""
    directory = multiprocess_dir()
    if directory:
        multiprocess.mark_process_dead(pid, directory)


class _ThisProcess(Collector):
    """The default registry (this process's counts and its process_* metrics)."""

    def collect(self) -> Iterator[Metric]:
        yield from REGISTRY.collect()


class ServiceCollector(Collector):
    """State read at scrape time: comments per status, RQ queues, the active model.

    Costs one grouped count on an indexed column, one primary-key lookup and one Redis
    pipeline per scrape. A dependency that does not answer is reported as down (and its
    metrics left out) rather than failing the whole scrape.
    """

    def __init__(self, services: Services) -> None:
        self.services = services

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "modsvc_dependency_up", "1 when the dependency answered this scrape.",
            labels=["dependency"],
        )
        try:
            yield from self._database()
            up.add_metric(["database"], 1)
        except SQLAlchemyError as error:
            logger.warning("metrics: database unavailable: %s", type(error).__name__)
            up.add_metric(["database"], 0)
        try:
            yield from self._queues()
            up.add_metric(["redis"], 1)
        except RedisError as error:
            logger.warning("metrics: redis unavailable: %s", type(error).__name__)
            up.add_metric(["redis"], 0)
        yield up

    def _database(self) -> list[Metric]:
        with self.services.db.session() as session:
            counts = status_counts(session)
            active = session.scalar(select(ModelVersion.version).where(ModelVersion.active))
        comments = GaugeMetricFamily(
            "modsvc_comments", "Stored comments by status, counted at scrape time.",
            labels=["status"],
        )
        for status in CommentStatus:
            comments.add_metric([status.value], counts.get(status.value, 0))
        model = InfoMetricFamily(
            "modsvc_active_model", "The model version that scores new comments.",
            labels=["version"],
        )
        if active is not None:
            model.add_metric([active], {})
        durability = self.services.db.durability()
        database = InfoMetricFamily(
            "modsvc_database_durability",
            "What a commit survives, read from a live connection of the web process "
            "(SQLite: journal_mode, synchronous; PostgreSQL: fsync, synchronous_commit).",
            labels=sorted(durability),
        )
        database.add_metric([durability[key] for key in sorted(durability)], {})
        return [comments, model, database]

    def _queues(self) -> list[Metric]:
        redis = self.services.redis
        names = {SCORING_QUEUE, DEFAULT_QUEUE}
        for key in redis.smembers(Queue.redis_queues_keys):
            name = (key.decode() if isinstance(key, bytes) else str(key)).rsplit(":", 1)[-1]
            if name.startswith(_QUEUE_PREFIX):
                names.add(name)
        ordered = sorted(names)
        pipe = redis.pipeline(transaction=False)
        for name in ordered:
            queue = job_queue(name, redis)
            pipe.llen(queue.key)
            pipe.zcard(queue.scheduled_job_registry.key)
            pipe.zcard(queue.failed_job_registry.key)
        results = pipe.execute()
        depth = GaugeMetricFamily(
            "modsvc_queue_depth", "Jobs waiting in each RQ queue.", labels=["queue"]
        )
        waiting = GaugeMetricFamily(
            "modsvc_queue_scheduled_jobs", "Jobs waiting for a retry or a set time, per queue.",
            labels=["queue"],
        )
        failed = GaugeMetricFamily(
            "modsvc_queue_failed_jobs", "Jobs in each queue's failed registry.",
            labels=["queue"],
        )
        for index, name in enumerate(ordered):
            queued, scheduled, gave_up = results[3 * index: 3 * index + 3]
            depth.add_metric([name], queued)
            waiting.add_metric([name], scheduled)
            failed.add_metric([name], gave_up)
        return [depth, waiting, failed]


def exposition(services: Services) -> tuple[bytes, str]:
    """The body and content type of ``GET /metrics``."""
    registry = CollectorRegistry(auto_describe=False)
    directory = multiprocess_dir()
    if directory:
        multiprocess.MultiProcessCollector(registry, path=directory)
    else:
        registry.register(_ThisProcess())
    registry.register(ServiceCollector(services))
    return generate_latest(registry), CONTENT_TYPE_LATEST


def serve_worker_metrics(port: int) -> WSGIServer | None:
    """Serve this worker's metrics on ``port`` (all interfaces), for workers on other machines.

    A daemon thread answers scrapes; the returned server can be shut down. Under ``modsvc up``
    workers share the web server's multiprocess directory instead, and their counts already
    appear on its ``/metrics``; then nothing is started.
    """
    if multiprocess_dir():
        logger.info("worker metrics go through the shared multiprocess directory")
        return None
    server, _ = start_http_server(port)
    logger.info("worker metrics on port %d", port)
    return server
