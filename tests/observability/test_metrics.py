"""Stories of an operator scraping /metrics: comments per status, queues, scoring latency, the
active model, request latency per endpoint, and what was refused (429s, captcha failures)."""

from __future__ import annotations

import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from modsvc import metrics
from modsvc.config import ConfigError, load_settings
from modsvc.redis_server import free_port
from tests.conftest import METRICS_HEADERS, Service

METRIC_NAMES = (
    "modsvc_http_request_duration_seconds",
    "modsvc_comments",
    "modsvc_queue_depth",
    "modsvc_queue_scheduled_jobs",
    "modsvc_queue_failed_jobs",
    "modsvc_scoring_duration_seconds",
    "modsvc_scoring_delay_seconds",
    "modsvc_active_model",
    "modsvc_rate_limited",
    "modsvc_captcha_failures",
    "modsvc_webhook_failures",
    "modsvc_dependency_errors",
    "modsvc_dependency_up",
)


def scrape(service: Service) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of /metrics, keyed by name and labels."""
    response = service.client.get("/metrics", headers=METRICS_HEADERS)
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    samples = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str,
          **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def test_an_operator_sees_comments_queues_scoring_and_the_active_model(service: Service) -> None:
    before = scrape(service)
    for body in ("Jalan desa rusak parah", "Terima kasih infonya pak"):
        assert service.portal.post(body).status_code == 202

    waiting = scrape(service)
    assert value(waiting, "modsvc_comments", status="received") == 2
    assert value(waiting, "modsvc_queue_depth", queue="modsvc-scoring") == 2
    assert value(waiting, "modsvc_active_model_info", version=service.model_version) == 1
    assert value(waiting, "modsvc_dependency_up", dependency="database") == 1
    assert value(waiting, "modsvc_dependency_up", dependency="redis") == 1
    posted = dict(endpoint="comments.post_comment", method="POST", status_class="2xx")
    assert value(waiting, "modsvc_http_request_duration_seconds_count", **posted) - value(
        before, "modsvc_http_request_duration_seconds_count", **posted
    ) == 2

    service.drain()

    scored = scrape(service)
    assert value(scored, "modsvc_comments", status="received") == 0
    assert sum(value(scored, "modsvc_comments", status=s)
               for s in ("pending", "approved", "spam")) == 2
    assert value(scored, "modsvc_queue_depth", queue="modsvc-scoring") == 0
    for histogram in ("modsvc_scoring_duration_seconds", "modsvc_scoring_delay_seconds"):
        assert value(scored, f"{histogram}_count") - value(before, f"{histogram}_count") == 2
    text = service.client.get("/metrics", headers=METRICS_HEADERS).get_data(as_text=True)
    for name in METRIC_NAMES:
        assert f"# TYPE {name}" in text, f"{name} is not exposed"


def test_latency_is_labelled_by_endpoint_never_by_raw_path(service: Service) -> None:
    unknown_comment = "zz-no-such-comment-42"
    assert service.client.get(f"/api/v1/comments/{unknown_comment}").status_code == 404
    assert service.client.get("/wp-login.php?x=secret-query").status_code == 404
    assert service.client.open("/healthz", method="BREW").status_code == 405

    text = service.client.get("/metrics", headers=METRICS_HEADERS).get_data(as_text=True)

    assert unknown_comment not in text
    assert "wp-login" not in text
    assert "secret-query" not in text
    samples = scrape(service)
    assert value(samples, "modsvc_http_request_duration_seconds_count",
                 endpoint="comments.get_comment", method="GET", status_class="4xx") >= 1
    assert value(samples, "modsvc_http_request_duration_seconds_count",
                 endpoint="unmatched", method="GET", status_class="4xx") >= 1
    assert value(samples, "modsvc_http_request_duration_seconds_count",
                 endpoint="unmatched", method="other", status_class="4xx") >= 1


def test_rate_limit_rejections_and_captcha_failures_are_counted(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(rate_limit_comments="3/minute")
    before = scrape(service)
    captcha_id, _ = service.portal.captcha()
    payload = {"article_id": "berita-1", "author_name": "Budi", "body": "Halo",
               "captcha_id": captcha_id, "captcha_answer": "WRONG"}
    assert service.client.post("/api/v1/comments", json=payload).status_code == 400
    # The challenge was used up by the wrong answer: trying it again is an expired captcha.
    assert service.client.post("/api/v1/comments", json=payload).status_code == 400
    assert service.portal.post("Komentar ketiga").status_code == 202
    refused = service.portal.post("Komentar keempat")
    assert refused.status_code == 429

    after = scrape(service)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("modsvc_captcha_failures_total", reason="wrong") == 1
    assert grew("modsvc_captcha_failures_total", reason="expired") == 1
    assert grew("modsvc_rate_limited_total", endpoint="comments.post_comment") == 1
    assert grew("modsvc_http_request_duration_seconds_count", endpoint="comments.post_comment",
                method="POST", status_class="4xx") == 3


def test_a_worker_on_another_machine_serves_its_own_metrics(tmp_path: Path) -> None:
    port = free_port()
    settings = load_settings({"MODSVC_DATA_DIR": str(tmp_path),
                              "MODSVC_WORKER_METRICS_PORT": str(port)})
    assert settings.worker_metrics_port == port
    server = metrics.serve_worker_metrics(port)
    assert server is not None
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as answer:
            text = answer.read().decode()
    finally:
        server.shutdown()
        server.server_close()
    assert "# TYPE modsvc_scoring_duration_seconds histogram" in text


@pytest.mark.parametrize("port", ["0", "70000", "http"])
def test_a_bad_worker_metrics_port_stops_the_start(tmp_path: Path, port: str) -> None:
    with pytest.raises(ConfigError, match="MODSVC_WORKER_METRICS_PORT"):
        load_settings({"MODSVC_DATA_DIR": str(tmp_path), "MODSVC_WORKER_METRICS_PORT": port})


def test_a_stranger_cannot_read_the_metrics(make_service: Callable[..., Service]) -> None:
    service = make_service()
    assert service.client.get("/metrics").status_code == 401
    wrong = {"Authorization": "Bearer not-the-metrics-token-at-all"}
    assert service.client.get("/metrics", headers=wrong).status_code == 401
    unconfigured = make_service(metrics_token="")
    closed = unconfigured.client.get("/metrics", headers=METRICS_HEADERS)
    assert closed.status_code == 403
    assert "MODSVC_METRICS_TOKEN" in closed.get_json()["error"]["details"]["detail"]
    opened = make_service(metrics_token="", metrics_public="on")
    assert opened.client.get("/metrics").status_code == 200
