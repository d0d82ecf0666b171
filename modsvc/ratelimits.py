"""Rate limits (Flask-Limiter), counted in Redis so every web process and machine shares them.

The client is the connecting address; X-Forwarded-For is believed only for the number of proxy
hops in ``MODSVC_TRUSTED_PROXIES`` (werkzeug's ProxyFix rewrites ``remote_addr`` for that).
"""

from __future__ import annotations

from flask import Flask, current_app, request
from flask_limiter import Limiter, RequestLimit
from flask_limiter.util import get_remote_address

from modsvc import metrics
from modsvc.config import Settings


def _count_breach(_limit: RequestLimit) -> None:
    """Count the 429 under the endpoint's name (the key holds the client's address)."""
    metrics.RATE_LIMITED.labels(endpoint=request.endpoint or metrics.UNMATCHED_ENDPOINT).inc()


limiter = Limiter(
    key_func=get_remote_address,
    key_prefix="modsvc",
    headers_enabled=True,
    strategy="moving-window",
    on_breach=_count_breach,
)


def _setting(name: str) -> str:
    settings: Settings = current_app.extensions["modsvc"].settings
    return str(getattr(settings, name))


def comments_limit() -> str:
    """Per-IP limit on posting comments."""
    return _setting("rate_limit_comments")


def captcha_limit() -> str:
    """Per-IP limit on asking for captchas."""
    return _setting("rate_limit_captcha")


def captcha_audio_limit() -> str:
    """Per-IP limit on captcha audio, which is costly to make."""
    return _setting("rate_limit_captcha_audio")


def init_app(app: Flask, settings: Settings) -> None:
    """Point the limiter at Redis for this app."""
    assert settings.redis_url is not None
    app.config["RATELIMIT_STORAGE_URI"] = settings.redis_url
    app.config["RATELIMIT_STORAGE_OPTIONS"] = {"socket_timeout": 3, "socket_connect_timeout": 2}
    limiter.init_app(app)
