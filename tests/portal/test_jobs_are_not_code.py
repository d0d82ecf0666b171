"""The story of a local process that can write to Redis and plants a job: the worker must not
run anything the job's bytes say (RQ's default pickle would)."""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path

from rq import Queue

from modsvc.queues import SCORING_QUEUE, job_queue
from tests.conftest import Service
from workers.worker import ScoringWorker


class _Payload:
    """Unpickling this runs ``os.system``: what an attacker would plant."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def test_a_planted_pickled_job_is_never_unpickled(service: Service, tmp_path: Path) -> None:
    redis = service.services.redis
    marker = tmp_path / "pwned"
    # As an attacker with Redis access would: a job whose data is a pickle, on our queue.
    planted = Queue(SCORING_QUEUE, connection=redis).enqueue(print, "x", job_id="planted-job")
    redis.hset(planted.key, "data", zlib.compress(pickle.dumps(_Payload(marker))))
    posted = service.portal.post("Terima kasih infonya pak").get_json()

    ScoringWorker([job_queue(SCORING_QUEUE, redis)], connection=redis, batch_size=1).work(
        burst=True)

    assert not marker.exists(), "the planted pickle ran"
    status = service.client.get(f"/api/v1/comments/{posted['id']}").get_json()["status"]
    assert status != "received", "the real job around it was still scored"
