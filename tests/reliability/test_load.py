"""The story of the evening rush: a crowd of readers comments at once through the whole stack
(gunicorn, Redis, the database, the scoring workers), on loopback, bounded in count.

Every comment must be accepted (202) and end scored; no answer may be a 5xx. Throughput and
latency percentiles go to the report. CI runs a smaller crowd; the figures in
docs/RELIABILITY.md come from ``MODSVC_RELIABILITY_COMMENTS=20000`` (see there for the command).
The logs of the whole run are read for addresses, tokens and secrets afterwards.
"""

from __future__ import annotations

import os
import re
from typing import Any

import pytest

from tests.reliability.load import Crowd
from tests.reliability.stack import SECRET, Stack

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

COMMENTS = int(os.environ.get("MODSVC_RELIABILITY_COMMENTS", "1000"))
CONCURRENCY = int(os.environ.get("MODSVC_RELIABILITY_CONCURRENCY", "50"))
RUN_LOAD = 16
NOTHING_TORN = {"without_portal_event": 0, "scored_without_score": 0,
                "scored_without_model_event": 0}


def test_a_crowd_of_readers_at_once_is_served_without_losing_a_comment(
    stack: Stack, report: dict[str, Any]
) -> None:
    stack.wait_ready()
    crowd = Crowd(stack.base, SECRET, run=RUN_LOAD, count=COMMENTS, concurrency=CONCURRENCY,
                  marker_prefix="load")

    result = crowd.run_sync()

    figures = report["load"] = {
        **result.figures(), "answered_5xx": len(result.server_errors()),
        "database": stack.database_url.split(":", 1)[0].split("+")[0],
    }
    print("\nRELIABILITY load", figures)
    assert result.server_errors() == []
    assert result.statuses() == {"202": COMMENTS}, figures
    drained_in = stack.wait_scored(result.accepted_ids, timeout=120 + COMMENTS / 20)
    assert stack.half_written() == NOTHING_TORN
    figures.update(lost=0, all_scored_seconds_after_last_post=round(drained_in, 1))
    print("RELIABILITY load", figures)


def test_the_logs_of_everything_that_happened_hold_no_address_token_or_secret(
    stack: Stack,
) -> None:
    text = stack.log()

    assert SECRET not in text
    assert re.findall(r"msv_[A-Za-z0-9_-]{16,}", text) == [], "a bearer token was logged"
    readers = re.findall(r"(?<![\d.])10\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])", text)
    assert readers == [], "a reader's address was logged"
    assert "kata-sandi" not in text, "a password was logged"
    assert "modsvc_session=" not in text, "a session cookie was logged"
    records = stack.log_records()
    assert records
    assert all("request_id" in r for r in records)
