"""A baseline worker: RQ's default forking ``Worker`` over the scoring queue, with the model
already loaded in the parent, so each work horse inherits it by fork and pays only for the
fork and RQ's bookkeeping of one job. ``python -m bench.forking`` (settings from the env)."""

from __future__ import annotations

import logging

from rq import Worker

from modsvc.config import load_settings
from modsvc.queues import SCORING_QUEUE, SERIALIZER, job_queue
from modsvc.services import Services
from workers import runtime


def main() -> None:
    """Load the model, then work the scoring queue until it is empty."""
    logging.basicConfig(level=logging.WARNING)
    services = Services.from_settings(load_settings())
    runtime.configure(services).model()
    queue = job_queue(SCORING_QUEUE, services.redis)
    Worker([queue], connection=services.redis, serializer=SERIALIZER).work(
        burst=True, logging_level="WARNING")


if __name__ == "__main__":
    main()
