"""RQ's job lifecycle for a batch of jobs run as one: the only module that touches RQ's
internals (the scoring worker's micro-batches, :class:`workers.worker.ScoringWorker`).

RQ's public API runs one job at a time, with a few Redis round trips of bookkeeping each; at a
deep queue that bookkeeping costs more than scoring the comment. This adapter does the same
bookkeeping for many jobs at once (a Lua script each to take, start and finish them), so that
every job ends exactly as if RQ had run it alone (tests/portal/test_batch_scoring.py compares
the two paths through RQ's public API and field by field). Scripts rather than pipelines: RQ's
objects queue six commands a job to start it and eight to finish it, and redis-py packing and
parsing them in Python cost more than the rest of the bookkeeping. It depends on these
behaviours of RQ, checked for the versions in :data:`TESTED_RQ`:

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

# What start writes for each job (behaviours 2, 3), server-side: per job, RQ's own path sends
# six commands, and redis-py packing them in Python cost more than scoring a comment. ARGV:
# the worker's name and key, the started registry's key, the execution's TTL, the execution
# registry's score and TTL, the started registry's score, the executions' creation time, the
# jobs' start time (UTC text), the started status, the worker's busy state, the key prefixes
# (:func:`_key_prefixes`), then a job id and its execution id per job.
_START = """
local worker, worker_key, started = ARGV[1], ARGV[2], ARGV[3]
local ttl, executions_score, executions_ttl, started_score = ARGV[4], ARGV[5], ARGV[6], ARGV[7]
local created, heartbeat, status, busy = ARGV[8], ARGV[9], ARGV[10], ARGV[11]
local job_prefix, execution_prefix, executions_prefix = ARGV[12], ARGV[13], ARGV[14]
for i = 16, #ARGV, 2 do
    local job, execution = ARGV[i], ARGV[i + 1]
    local composite = job .. ':' .. execution
    local execution_key, executions = execution_prefix .. composite, executions_prefix .. job
    redis.call('HSET', execution_key, 'id', execution, 'created_at', created,
               'last_heartbeat', created, 'worker_name', worker)
    redis.call('EXPIRE', execution_key, ttl)
    redis.call('ZADD', executions, executions_score, execution)
    redis.call('EXPIRE', executions, executions_ttl)
    redis.call('ZADD', started, started_score, composite)
    redis.call('HSET', job_prefix .. job, 'last_heartbeat', heartbeat, 'status', status,
               'started_at', heartbeat, 'worker_name', worker)
end
redis.call('HSET', worker_key, 'state', busy)
"""

# What finish writes for each job (behaviours 2, 4, 5), server-side, as for _START. ARGV: the
# worker's name and key, the started and finished registries' keys, the end (UTC text,
# timestamp, and whole seconds for the finished registry's scores), the number of jobs, their
# working time, the finished status, the idle state, the successful result's type, the key
# prefixes, then per job: its id, its execution id, the execution's start (timestamp), the
# return value as RQ stores it ('' for none) and the result's TTL in seconds (positive).
_FINISH = """
local worker, worker_key, started, finished = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local ended, ended_ts, stamp = ARGV[5], ARGV[6], tonumber(ARGV[7])
local count, working, status, idle, kind = ARGV[8], ARGV[9], ARGV[10], ARGV[11], ARGV[12]
local job_prefix, execution_prefix = ARGV[13], ARGV[14]
local executions_prefix, results_prefix = ARGV[15], ARGV[16]
for i = 17, #ARGV, 5 do
    local job, execution, execution_started, value = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
    local ttl = ARGV[i + 4]
    local job_key, results = job_prefix .. job, results_prefix .. job
    local composite = job .. ':' .. execution
    redis.call('HSET', job_key, 'status', status, 'ended_at', ended)
    local entry = {'type', kind, 'worker_name', worker}
    if value ~= '' then
        table.insert(entry, 'return_value')
        table.insert(entry, value)
    end
    for _, field in ipairs({'execution_id', execution, 'execution_started_at', execution_started,
                            'execution_ended_at', ended_ts}) do
        table.insert(entry, field)
    end
    redis.call('XADD', results, 'MAXLEN', '~', '10', '*', unpack(entry))
    redis.call('EXPIRE', results, ttl)
    redis.call('ZADD', finished, stamp + tonumber(ttl), job)
    redis.call('EXPIRE', job_key, ttl)
    redis.call('DEL', execution_prefix .. composite)
    redis.call('ZREM', started, composite)
    redis.call('ZREM', executions_prefix .. job, execution)
end
redis.call('HINCRBY', worker_key, 'successful_job_count', count)
redis.call('HINCRBYFLOAT', worker_key, 'total_working_time', working)
redis.call('HSET', worker_key, 'state', idle)
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
        self._start = self.connection.register_script(_START)
        self._finish = self.connection.register_script(_FINISH)
        self._prefixes = _key_prefixes(self.connection)

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
        """Mark every job of the batch started, and the worker busy (behaviours 2, 3): what
        ``Execution.save``, ``ExecutionRegistry.add``, ``add_execution`` and
        ``prepare_for_execution`` store, in one script."""
        ttl = self.worker.get_heartbeat_ttl(batch.jobs[0])
        started_at = now()
        stamp = current_timestamp()
        pairs: list[str] = []
        for job in batch.jobs:
            execution = Execution(batch.execution_ids[job.id], job.id, self.connection,
                                  self.worker.name)
            execution.created_at = execution.last_heartbeat = started_at
            batch.executions[job.id] = execution
            # What prepare_for_execution keeps in memory.
            job.worker_name = self.worker.name
            job.last_heartbeat = job.started_at = started_at
            job._status = JobStatus.STARTED
            pairs += (job.id, execution.id)
        self._start(args=[
            self.worker.name, self.worker.key, queue.started_job_registry.key, ttl,
            stamp + ttl + 60, ttl + 60, stamp + ttl, repr(started_at.timestamp()),
            utcformat(started_at), JobStatus.STARTED.value, WorkerStatus.BUSY.value,
            *self._prefixes, *pairs,
        ])
        self.worker._state = WorkerStatus.BUSY

    def give_back(self, batch: Batch, queue: Queue) -> None:
        """Undo :meth:`start`, so each job can run alone through RQ's own path."""
        with self.connection.pipeline() as pipe:
            for job in batch.jobs:
                _forget(batch.executions[job.id], queue.started_job_registry, pipe)
            pipe.execute()

    def finish(self, batch: Batch, queue: Queue, results: Mapping[str, Any]) -> None:
        """Store every job as finished with its return value (``results`` by job id), and
        count them on the worker (behaviours 4, 5): what ``Job._handle_success``,
        ``Result.create`` and ``Job.cleanup`` store, minus rewriting the fields of the job hash
        that did not change since the start, in one script. A batch's jobs keep their results
        for a while (a positive result TTL, as the worker's batches take only such jobs); RQ
        runs a job with another alone."""
        ended = now()
        working = 0.0
        per_job: list[str | int] = []
        for job in batch.jobs:
            execution = batch.executions[job.id]
            job._status = JobStatus.FINISHED
            job.ended_at = ended
            stored = Result(job.id, Result.Type.SUCCESSFUL, self.connection,
                            return_value=results[job.id], serializer=job.serializer).serialize()
            per_job += (job.id, execution.id, repr(execution.created_at.timestamp()),
                        stored.get("return_value", ""),
                        job.get_result_ttl(self.worker.default_result_ttl))
            working += (ended - (job.started_at or ended)).total_seconds()
        self._finish(args=[
            self.worker.name, self.worker.key, queue.started_job_registry.key,
            queue.finished_job_registry.key, utcformat(ended), repr(ended.timestamp()),
            current_timestamp(), len(batch.jobs), repr(working), JobStatus.FINISHED.value,
            WorkerStatus.IDLE.value, Result.Type.SUCCESSFUL.value, *self._prefixes, *per_job,
        ])
        self.worker._state = WorkerStatus.IDLE


def _key_prefixes(connection: Redis) -> list[str]:
    """The key prefixes of jobs, executions, execution registries and results, read off
    RQ's own key names once, for the scripts."""
    execution = Execution("e", "j", connection)
    return [Job.redis_job_namespace_prefix,
            execution.key.removesuffix(execution.composite_key),
            ExecutionRegistry("j", connection).key.removesuffix("j"),
            Result.get_key("j").removesuffix("j")]


def _forget(execution: Execution, started: StartedJobRegistry, pipe: Pipeline) -> None:
    """``Execution.delete`` with the batch's registry object."""
    pipe.delete(execution.key)
    started.remove_execution(execution, pipeline=pipe)
    ExecutionRegistry(execution.job_id, execution.connection).remove(execution, pipeline=pipe)

