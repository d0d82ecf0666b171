"""Rate limits (Flask-Limiter), counted in Redis so every web process and machine shares them.

The client is the connecting address; X-Forwarded-For is believed only for the number of proxy
hops in ``MODSVC_TRUSTED_PROXIES`` (werkzeug's ProxyFix rewrites ``remote_addr`` for that).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial, wraps
from typing import Any

from flask import Flask, Response, current_app, request
from flask_limiter import Limiter, RequestLimit
from flask_limiter.util import get_remote_address
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from werkzeug.exceptions import TooManyRequests

from modsvc import metrics
from modsvc.config import Settings

logger = logging.getLogger(__name__)


# The portal's endpoints limited per client address, which a flood hits again and again.
REMEMBERED_ENDPOINTS = frozenset({"comments.post_comment", "captcha.issue", "captcha.audio"})
MAX_REMEMBERED_CLIENTS = 10_000
MEMORY_EXTENSION = "modsvc.refusals"


@dataclass(frozen=True)
class Refusal:
    """A client refused by a limit: refused again until ``until`` (epoch seconds)."""

    until: float
    limit: int


class RefusalMemory:
    """Clients this process has seen refused, until the limit that refused them frees a slot.

    A moving window records nothing for a refused request, so until the breached limit's reset
    time Redis can only refuse that client again. A bot that keeps posting is then answered
    from memory: no Redis round trips, no Flask-Limiter work, the same 429 and headers. Each
    process learns from its own first refusal; the oldest entries go beyond the bound.
    """

    def __init__(self, size: int = MAX_REMEMBERED_CLIENTS) -> None:
        self.size = size
        self._entries: dict[tuple[str, str], Refusal] = {}
        self._lock = threading.Lock()

    def remember(self, key: tuple[str, str], refusal: Refusal) -> None:
        with self._lock:
            self._entries.pop(key, None)
            self._entries[key] = refusal
            while len(self._entries) > self.size:
                del self._entries[next(iter(self._entries))]

    def recall(self, key: tuple[str, str], now: float) -> Refusal | None:
        with self._lock:
            refusal = self._entries.get(key)
            if refusal is not None and refusal.until <= now:
                del self._entries[key]
                return None
            return refusal


class RememberedRefusal(TooManyRequests):
    """The 429 of a remembered refusal, with the headers Flask-Limiter would have sent."""

    def __init__(self, refusal: Refusal, now: float) -> None:
        super().__init__(retry_after=max(1, math.ceil(refusal.until - now)))
        self.refusal = refusal

    def get_headers(self, *args: Any, **kwargs: Any) -> list[tuple[str, str]]:
        headers: Iterable[tuple[str, str]] = super().get_headers(*args, **kwargs)
        return [*headers, ("X-RateLimit-Limit", str(self.refusal.limit)),
                ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", str(int(self.refusal.until)))]


def _memory_key() -> tuple[str, str] | None:
    endpoint = request.endpoint
    if endpoint not in REMEMBERED_ENDPOINTS or request.method == "OPTIONS":
        return None
    return endpoint, get_remote_address()


def _count_breach(limit: RequestLimit) -> None:
    """Count the 429 under the endpoint's name (the key holds the client's address), and
    remember the client when the endpoint is limited by address."""
    metrics.RATE_LIMITED.labels(endpoint=request.endpoint or metrics.UNMATCHED_ENDPOINT).inc()
    key = _memory_key()
    if key is not None:
        memory: RefusalMemory = current_app.extensions[MEMORY_EXTENSION]
        # The window's own reset time: ``reset_at`` rounds it up by a second.
        memory.remember(key, Refusal(until=float(limit.window.reset_time),
                                     limit=limit.limit.amount))


def _refuse_remembered() -> None:
    """Answer a client refused moments ago without asking Redis again."""
    key = _memory_key()
    if key is None:
        return
    now = time.time()
    refusal = current_app.extensions[MEMORY_EXTENSION].recall(key, now)
    if refusal is not None:
        metrics.RATE_LIMITED.labels(endpoint=key[0]).inc()
        raise RememberedRefusal(refusal, now)


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
    app.extensions[MEMORY_EXTENSION] = RefusalMemory()
    app.before_request(_refuse_remembered)  # before the limiter's own check
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
