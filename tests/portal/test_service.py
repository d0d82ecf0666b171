"""Stories of operators checking the service: health, readiness, settings, CORS, demo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import update

from modsvc.config import ConfigError, load_settings
from modsvc.storage import ModelVersion
from tests.conftest import Service


def test_a_running_service_is_healthy_and_ready(service: Service) -> None:
    assert service.client.get("/healthz").get_json() == {"status": "ok"}
    ready = service.client.get("/readyz")
    assert ready.status_code == 200
    assert ready.get_json()["checks"] == {"database": "ok", "redis": "ok", "model": "ok"}


def test_without_an_active_model_the_service_is_not_ready(service: Service) -> None:
    with service.services.db.session() as session:
        session.execute(update(ModelVersion).values(active=False))

    ready = service.client.get("/readyz")

    assert ready.status_code == 503
    assert ready.get_json()["checks"]["model"] == "missing"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("MAX_LINKS", "many"),
        ("MAX_BODY_CHARS", "0"),
        ("AUTO_APPROVE", "perhaps"),
        ("SPAM_THRESHOLD", "1.5"),
        ("RATE_LIMIT_COMMENTS", "lots"),
        ("TRUSTED_PROXIES", "-1"),
        ("LANGUAGE", "fr"),
        ("REDIS_URL", "http://localhost"),
        ("DATABASE_URL", "mysql://x"),
        ("CORS_ORIGINS", "example.com"),
        ("SECRET_KEY", "short"),
        ("WEBHOOK_URL", "https://portal.example/hook"),
        ("PORT", "http"),
        ("PORT", "70000"),
    ],
)
def test_a_bad_setting_stops_the_start_and_names_the_variable(
    tmp_path: Path, name: str, value: str
) -> None:
    with pytest.raises(ConfigError, match=f"MODSVC_{name}"):
        load_settings({"MODSVC_DATA_DIR": str(tmp_path), f"MODSVC_{name}": value})


def test_the_secret_key_is_generated_once_and_kept_private(tmp_path: Path) -> None:
    first = load_settings({"MODSVC_DATA_DIR": str(tmp_path)})
    second = load_settings({"MODSVC_DATA_DIR": str(tmp_path)})

    assert first.secret_key == second.secret_key
    assert len(first.secret_key) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_only_configured_origins_may_call_the_portal_api(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(cors_origins="https://berita.sukamajukab.go.id")

    allowed = service.client.post(
        "/api/v1/captcha", headers={"Origin": "https://berita.sukamajukab.go.id"}
    )
    other = service.client.post("/api/v1/captcha", headers={"Origin": "https://evil.example"})

    assert allowed.headers["Access-Control-Allow-Origin"] == "https://berita.sukamajukab.go.id"
    assert "Access-Control-Allow-Origin" not in other.headers


def test_the_demo_page_embeds_the_comment_form(service: Service) -> None:
    page = service.client.get("/demo")

    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for hook in ('id="comment-form"', 'name="author_name"', 'id="captcha-image"',
                 'id="captcha-audio"', 'id="captcha-refresh"', 'name="website"'):
        assert hook in html
    with service.client.get("/static/demo.js") as script:
        assert script.status_code == 200
