"""RQ's job lifecycle for a batch of jobs run as one: the only module that touches RQ's
internals (the scoring worker's micro-batches, :class:`workers.worker.ScoringWorker`).

RQ's public API runs one job at a time, with a few Redis round trips of bookkeeping each; at a
deep queue that bookkeeping costs more than scoring the comment. This adapter does the same
bookkeeping for many jobs in one pipeline per step, so that every job ends exactly as if RQ
had run it alone (tests/portal/test_batch_scoring.py compares the two paths through RQ's
public API). It depends on these behaviours of RQ, checked for the versions in :data:`TESTED_RQ`:

1. A queue is a Redis list of job ids at ``Queue.key``; dequeuing pops from its head.
2. A started job is an entry ``<job id>:<execution id>`` in the queue's
   ``StartedJobRegistry`` (a sorted set scored by the heartbeat deadline), with an
   ``rq.executions.Execution`` saved and listed in the job's ``ExecutionRegistry``;
   ``Execution.create``/``delete`` do exactly that, one registry object per call.
3. ``Job.prepare_for_execution`` marks a job started (status, worker name, started_at).
4. A finished job: hash fields ``status`` (``finished``) and ``ended_at``; a
   ``Result`` of type successful with the return value; membership of the
   ``FinishedJobRegistry``; the job hash expiring after its result TTL (deleted at TTL 0).
   The in-memory ``Job`` keeps its status in the private ``_status``.
5. The worker hash counts ``successful_job_count`` and ``total_working_time``.

On an RQ version outside :data:`TESTED_RQ` nothing here runs: :func:`supported` is False and
the worker runs every job through RQ's own path (slower at a deep queue, never wrong).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from uuid import uuid4

import rq
from redis import Redis
from redis.client import Pipeline
from rq import Queue
from rq.executions import Execution, ExecutionRegistry
from rq.job import Job, JobStatus
from rq.registry import StartedJobRegistry
from rq.results import Result
from rq.utils import current_timestamp, now, utcformat
from rq.worker import BaseWorker, WorkerStatus

logger = logging.getLogger(__name__)

# RQ versions (major.minor) whose internals this module was checked against; pyproject.toml
# allows only these.
TESTED_RQ = ("2.12",)

# Pops up to #ARGV - 1 job ids and records each as started (score ARGV[1]) under the
# execution id given for it, as Execution.create names registry entries (behaviours 1, 2).
_POP_AS_STARTED = """
local ids = redis.call('LPOP', KEYS[1], #ARGV - 1)
if not ids then return {} end
for i, id in ipairs(ids) do
    redis.call('ZADD', KEYS[2], ARGV[1], id .. ':' .. ARGV[i + 1])
end
return ids
"""


def supported(version: str = rq.__version__) -> bool:
    """True when this RQ's internals are the ones this module was checked against."""
    return ".".join(version.split(".")[:2]) in TESTED_RQ


@dataclass
class Batch:
    """Jobs taken to run as one, with the execution id each is registered as started under."""

    jobs: list[Job]
    execution_ids: dict[str, str]
    executions: dict[str, Execution] = field(default_factory=dict)


class BatchBookkeeping:
    """Take, start, finish or give back a batch of jobs of one queue for one worker."""

    def __init__(self, worker: BaseWorker) -> None:
        self.worker = worker
        self.connection: Redis = worker.connection
        self._pop_as_started = self.connection.register_script(_POP_AS_STARTED)

    def take_more(self, first: Job, queue: Queue, size: int,
                  joins: Callable[[Job], bool]) -> tuple[Batch, list[Job]]:
        """``first`` (which RQ dequeued) and up to ``size - 1`` more jobs popped behind it:
        those ``joins`` accepts make the batch, the others are returned to run alone.

        The pop and the jobs' started entries happen in one Lua script, so a worker killed
        before it finishes leaves them where RQ's maintenance finds them (abandoned jobs,
        retried), never in between, neither queued nor started.
        """
        provisional_ids = [uuid4().hex for _ in range(size - 1)]
        score = current_timestamp() + self.worker.get_heartbeat_ttl(first)
        popped = self._pop_as_started(keys=[queue.key, queue.started_job_registry.key],
                                      args=[score, *provisional_ids])
        batch = Batch(jobs=[first], execution_ids={first.id: uuid4().hex})
        if not popped:
            return batch, []
        ids = [raw.decode() if isinstance(raw, bytes) else str(raw) for raw in popped]
        provisional = dict(zip(ids, provisional_ids, strict=False))
        others: list[Job] = []
        with self.connection.pipeline() as pipe:
            fetched = Job.fetch_many(ids, connection=self.connection,
                                     serializer=self.worker.serializer)
            for job_id, job in zip(ids, fetched, strict=True):
                if job is None or job.id in batch.execution_ids or not joins(job):
                    # Deleted meanwhile, queued twice (it runs once, as RQ skips it), or
                    # another kind of job, which runs alone through RQ's path afterwards.
                    pipe.zrem(queue.started_job_registry.key, f"{job_id}:{provisional[job_id]}")
                    if job is not None and job.id not in batch.execution_ids:
                        others.append(job)
                    continue
                batch.execution_ids[job.id] = provisional[job_id]
                batch.jobs.append(job)
            pipe.execute()
        return batch, others

    def start(self, batch: Batch, queue: Queue) -> None:
        """Mark every job of the batch started, and the worker busy (behaviours 2, 3)."""
        ttl = self.worker.get_heartbeat_ttl(batch.jobs[0])
        started = queue.started_job_registry
        with self.connection.pipeline() as pipe:
            for job in batch.jobs:
                execution = Execution(batch.execution_ids[job.id], job.id, self.connection,
                                      self.worker.name)
                execution.save(ttl=ttl, pipeline=pipe)
                ExecutionRegistry(job.id, pipe).add(execution, ttl=ttl, pipeline=pipe)
                started.add_execution(execution, pipeline=pipe, ttl=ttl, xx=False)
                batch.executions[job.id] = execution
                job.prepare_for_execution(self.worker.name, pipeline=pipe)
            self.worker.set_state(WorkerStatus.BUSY, pipeline=pipe)
            pipe.execute()

    def give_back(self, batch: Batch, queue: Queue) -> None:
        """Undo :meth:`start`, so each job can run alone through RQ's own path."""
        with self.connection.pipeline() as pipe:
            for job in batch.jobs:
                _forget(batch.executions[job.id], queue.started_job_registry, pipe)
            pipe.execute()

    def finish(self, batch: Batch, queue: Queue, results: Mapping[str, Any]) -> None:
        """Store every job as finished with its return value (``results`` by job id), and
        count them on the worker (behaviours 4, 5)."""
        ended = now()
        working = 0.0
        started = queue.started_job_registry
        finished = queue.finished_job_registry
        with self.connection.pipeline() as pipe:
            for job in batch.jobs:
                execution = batch.executions[job.id]
                # What Job._handle_success and Job.cleanup store, minus rewriting the fields
                # of the job hash that did not change since prepare_for_execution.
                job._status = JobStatus.FINISHED
                job.ended_at = ended
                pipe.hset(job.key, mapping={"status": JobStatus.FINISHED.value,
                                            "ended_at": utcformat(ended)})
                result_ttl = job.get_result_ttl(self.worker.default_result_ttl)
                if result_ttl != 0:
                    Result.create(
                        job, Result.Type.SUCCESSFUL, result_ttl, return_value=results[job.id],
                        worker_name=self.worker.name, pipeline=pipe, execution_id=execution.id,
                        execution_started_at=execution.created_at, execution_ended_at=ended,
                    )
                    finished.add(job, result_ttl, pipe)
                if result_ttl == 0:
                    job.delete(pipeline=pipe, remove_from_queue=False)
                elif result_ttl > 0:
                    pipe.expire(job.key, result_ttl)
                _forget(execution, started, pipe)
                working += (ended - (job.started_at or ended)).total_seconds()
            # As increment_successful_job_count and increment_total_working_time keep them.
            pipe.hincrby(self.worker.key, "successful_job_count", len(batch.jobs))
            pipe.hincrbyfloat(self.worker.key, "total_working_time", working)
            self.worker.set_state(WorkerStatus.IDLE, pipeline=pipe)
            pipe.execute()


def _forget(execution: Execution, started: StartedJobRegistry, pipe: Pipeline) -> None:
    """``Execution.delete`` with the batch's registry object."""
    pipe.delete(execution.key)
    started.remove_execution(execution, pipeline=pipe)
    ExecutionRegistry(execution.job_id, execution.connection).remove(execution, pipeline=pipe)

