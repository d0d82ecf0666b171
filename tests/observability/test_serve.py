"""The story of an operator running `modsvc serve` with several gunicorn workers and a worker
process beside it: /metrics adds up every process, and the logs are JSON without addresses."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from modsvc.captcha import answer_for
from modsvc.redis_server import free_port
from tests.conftest import METRICS_HEADERS, METRICS_TOKEN, SECRET, Service

pytestmark = pytest.mark.slow

CLIENT_IP = "203.0.113.9"
REQUEST_ID = "serve-flow-request-0001"
ROOT = Path(__file__).resolve().parents[2]


def _call(base: str, method: str, path: str, data: Any = None,
          headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(
        base + path, method=method, data=json.dumps(data).encode() if data is not None else None,
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, b""


def _count(base: str, name: str, **labels: str) -> float:
    _, body = _call(base, "GET", "/metrics", headers=METRICS_HEADERS)
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    return 0.0


def _env(service: Service) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("MODSVC_") and k != "PROMETHEUS_MULTIPROC_DIR"}
    settings = service.settings
    env.update(
        MODSVC_DATA_DIR=str(settings.data_dir), MODSVC_DATABASE_URL=settings.database_url,
        MODSVC_REDIS_URL=settings.redis_url or "", MODSVC_SECRET_KEY=SECRET,
        MODSVC_METRICS_TOKEN=METRICS_TOKEN,
        MODSVC_TRUSTED_PROXIES="1", MODSVC_RATE_LIMIT_COMMENTS="1000/minute",
        MODSVC_RATE_LIMIT_CAPTCHA="1000/minute",
    )
    return env


def test_serve_adds_up_metrics_of_every_process_and_logs_json_without_addresses(
    service: Service, tmp_path: Path
) -> None:
    env = _env(service)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    web_log = tmp_path / "web.log"
    with web_log.open("w") as log:
        web = subprocess.Popen(
            [sys.executable, "-m", "modsvc", "serve", "--port", str(port), "--web-workers", "2"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while _call(base, "GET", "/healthz")[0] != 200:
            assert web.poll() is None, web_log.read_text()
            assert time.monotonic() < deadline, web_log.read_text()
            time.sleep(0.2)

        before = _count(base, "modsvc_http_request_duration_seconds_count",
                        endpoint="health.healthz", method="GET", status_class="2xx")
        for _ in range(20):
            assert _call(base, "GET", "/healthz")[0] == 200
        # Whichever gunicorn worker answers the scrape, it reports all of them.
        for _ in range(4):
            assert _count(base, "modsvc_http_request_duration_seconds_count",
                          endpoint="health.healthz", method="GET", status_class="2xx") == (
                before + 20
            )

        forwarded = {"X-Forwarded-For": CLIENT_IP}
        _, raw = _call(base, "POST", "/api/v1/captcha", headers=forwarded)
        captcha = json.loads(raw)
        status, raw = _call(base, "POST", "/api/v1/comments", {
            "article_id": "berita-1", "author_name": "Warga", "body": "Jalan rusak parah pak",
            "captcha_id": captcha["captcha_id"],
            "captcha_answer": answer_for(SECRET, captcha["captcha_id"]),
        }, headers={**forwarded, "X-Request-ID": REQUEST_ID})
        assert status == 202, raw
        comment_id = json.loads(raw)["id"]

        # A worker started by `modsvc up` shares the web server's metrics directory.
        metrics_dir = service.settings.data_dir / "metrics"
        assert list(metrics_dir.glob("*.db")), "gunicorn workers count into the data dir"
        worker = subprocess.run(
            [sys.executable, "-m", "modsvc", "worker", "--burst"],
            env={**env, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)},
            capture_output=True, text=True, timeout=120, check=False,
        )
        assert worker.returncode == 0, worker.stderr
        assert _count(base, "modsvc_scoring_duration_seconds_count") == 1
        assert _count(base, "modsvc_comments", status="received") == 0
    finally:
        web.send_signal(signal.SIGTERM)
        web.wait(30)

    web_text = web_log.read_text()
    for text in (web_text, worker.stderr):
        lines = [line for line in text.splitlines() if line.strip()]
        assert lines
        for line in lines:
            record = json.loads(line)  # every line is one JSON object
            assert {"time", "level", "logger", "message", "request_id"} <= record.keys()
        assert CLIENT_IP not in text
    web_records = [json.loads(line) for line in web_text.splitlines() if line.strip()]
    assert any(r["request_id"] == REQUEST_ID and r["logger"] == "modsvc.access"
               for r in web_records)
    job_records = [json.loads(line) for line in worker.stderr.splitlines() if line.strip()]
    assert any(r["request_id"] == REQUEST_ID and r.get("job_id") == f"score-{comment_id}"
               for r in job_records), worker.stderr


def _durability(base: str) -> dict[str, str]:
    _, body = _call(base, "GET", "/metrics", headers=METRICS_HEADERS)
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            if sample.name == "modsvc_database_durability_info":
                return dict(sample.labels)
    raise AssertionError("no modsvc_database_durability_info")


@pytest.mark.parametrize("setting", [None, "normal"])
def test_the_running_service_commits_as_durably_as_the_docs_say(
    service: Service, setting: str | None
) -> None:
    env = _env(service)
    if setting:
        env["MODSVC_SQLITE_SYNCHRONOUS"] = setting
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    web = subprocess.Popen(
        [sys.executable, "-m", "modsvc", "serve", "--port", str(port), "--web-workers", "1"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while _call(base, "GET", "/healthz")[0] != 200:
            assert web.poll() is None
            assert time.monotonic() < deadline
            time.sleep(0.2)
        found = _durability(base)
    finally:
        web.send_signal(signal.SIGTERM)
        web.wait(30)

    documented = (ROOT / "docs" / "RELIABILITY.md").read_text()
    if service.settings.database_url.startswith("sqlite"):
        expected = setting or "full"
        assert found == {"journal_mode": "wal", "synchronous": expected}
        assert "`MODSVC_SQLITE_SYNCHRONOUS` (`full`" in documented
    else:
        assert found == {"fsync": "on", "synchronous_commit": "on"}
        assert "`synchronous_commit=on`" in documented
