"""Rate limits (Flask-Limiter), counted in Redis so every web process and machine shares them.

The client is the connecting address; X-Forwarded-For is believed only for the number of proxy
hops in ``MODSVC_TRUSTED_PROXIES`` (werkzeug's ProxyFix rewrites ``remote_addr`` for that).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial, wraps
from typing import Any

from flask import Flask, Response, current_app, request
from flask_limiter import Limiter, RequestLimit
from flask_limiter.util import get_remote_address
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from modsvc import metrics
from modsvc.config import Settings

logger = logging.getLogger(__name__)


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
    hooks = app.after_request_funcs.setdefault(None, [])
    hooks[:] = [_tolerant(hook) if _is_limiter_hook(hook) else hook for hook in hooks]


def _is_limiter_hook(hook: Callable[..., object]) -> bool:
    return isinstance(hook, partial) and bool(hook.args) and hook.args[0] is limiter


def _tolerant(hook: Callable[..., Any]) -> Callable[[Response], Response]:
    """Flask-Limiter's X-RateLimit-* headers without its failure mode.

    The headers are read from Redis again after the view ran. If Redis went away in between,
    the answer must still go out as it is (a 202 for a comment already stored, or the 503 of
    the outage), only without those headers, instead of turning into a 500.
    """

    @wraps(hook)
    def add_headers(response: Response) -> Response:
        try:
            answered: Response = hook(response)
        except (RedisConnectionError, RedisTimeoutError) as error:
            logger.warning("rate-limit headers left out: %s", type(error).__name__)
            return response
        return answered

    return add_headers
