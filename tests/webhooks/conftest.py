"""A real HTTP receiver standing in for the portal, and a worker that also runs due retries."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from rq.registry import ScheduledJobRegistry
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from modsvc.queues import DEFAULT_QUEUE, SCORING_QUEUE, job_queue
from tests.conftest import Service
from workers import runtime
from workers.worker import ScoringWorker

DOCS = Path(__file__).resolve().parents[2] / "docs" / "WEBHOOKS.md"
WEBHOOK_SECRET = "portal-shared-webhook-secret"


@dataclass(frozen=True)
class Received:
    """One request as the portal saw it: headers and the raw body."""

    headers: dict[str, str]
    body: bytes
    path: str


class Receiver:
    """The portal's webhook endpoint on loopback; answers with scripted statuses, then 200."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.answers: list[int] = []
        self.delay_seconds = 0.0
        self.lock = threading.Lock()
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/modsvc"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def answer_with(self, *statuses: int) -> None:
        self.answers.extend(statuses)

    def app(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        time.sleep(self.delay_seconds)
        with self.lock:
            self.requests.append(
                Received(dict(request.headers), request.get_data(), request.path)
            )
            status = self.answers.pop(0) if self.answers else 200
        headers = {"Location": "http://elsewhere.example/steal"} if 300 <= status < 400 else {}
        response = Response(f"answer {status}", status=status, headers=headers)
        return response(environ, start_response)

    def stop(self) -> None:
        self.server.shutdown()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A portal endpoint that records what it receives."""
    server = Receiver()
    yield server
    server.stop()


@pytest.fixture
def service(make_service: Callable[..., Service], receiver: Receiver) -> Service:
    """The service with webhooks to the receiver (``make_moderator`` logs in to this one)."""
    return make_service(webhook_url=receiver.url, webhook_secret=WEBHOOK_SECRET)


def run_due_retries(service: Service) -> None:
    """Make the scheduled retries due now, then drain with the worker's scheduler on.

    The retry intervals are real (10 s and up); instead of waiting, the test moves each
    scheduled job's time to now through RQ's own registry, so the worker's scheduler (the same
    code that runs in production with ``with_scheduler=True``) enqueues and runs it.
    """
    redis = service.services.redis
    registry = ScheduledJobRegistry(DEFAULT_QUEUE, connection=redis)
    queue = job_queue(DEFAULT_QUEUE, redis)
    for job_id in registry.get_job_ids():
        job = queue.fetch_job(job_id)
        assert job is not None
        registry.schedule(job, datetime.now(UTC))
    runtime.configure(service.services)
    queues = [job_queue(name, redis) for name in (SCORING_QUEUE, DEFAULT_QUEUE)]
    # The service's worker class: RQ's SimpleWorker may take a minute to end (see
    # ``ScoringWorker.subscribe``).
    ScoringWorker(queues, connection=redis, batch_size=1).work(burst=True, with_scheduler=True)


@pytest.fixture(scope="session")
def documented_verify() -> Callable[..., bool]:
    """The Python verification function exactly as docs/WEBHOOKS.md gives it to the portal."""
    blocks = re.findall(r"```python\n(.*?)```", DOCS.read_text(), flags=re.DOTALL)
    assert blocks, "docs/WEBHOOKS.md lost its Python snippet"
    namespace: dict[str, Any] = {}
    exec(compile(blocks[0], str(DOCS), "exec"), namespace)
    verify: Callable[..., bool] = namespace["verify"]
    return verify
