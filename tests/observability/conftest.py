"""Fixtures for observability stories: the JSON log lines a process would write, parsed."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from modsvc import logs


class LogLines:
    """What the process's JSON log handler wrote during a test."""

    def __init__(self, stream: io.StringIO) -> None:
        self.stream = stream

    @property
    def text(self) -> str:
        return self.stream.getvalue()

    def records(self) -> list[dict[str, Any]]:
        """Every line, parsed: each must be one JSON object."""
        return [json.loads(line) for line in self.text.splitlines()]


@pytest.fixture
def json_logs() -> Iterator[LogLines]:
    """Log as a service process does (JSON handler, noisy libraries quieted), at DEBUG so
    that even debug records are checked."""
    stream = io.StringIO()
    handler = logs.json_handler(stream)
    root = logging.getLogger()
    previous_level = root.level
    previous = {name: logging.getLogger(name).level for name in logs.QUIET_LOGGERS}
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logs.quiet_libraries()
    yield LogLines(stream)
    root.removeHandler(handler)
    root.setLevel(previous_level)
    for name, level in previous.items():
        logging.getLogger(name).setLevel(level)
