"""Rate limits (Flask-Limiter), counted in Redis so every web process and machine shares them.

The client is the connecting address; X-Forwarded-For is believed only for the number of proxy
hops in ``MODSVC_TRUSTED_PROXIES`` (werkzeug's ProxyFix rewrites ``remote_addr`` for that).
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from flask import Flask, Response, current_app, g, request
from flask_limiter import Limiter, RequestLimit
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import TooManyRequests

from modsvc import metrics
from modsvc.config import Settings

# The portal's endpoints limited per client address, which a flood hits again and again.
REMEMBERED_ENDPOINTS = frozenset({"comments.post_comment", "captcha.image", "captcha.audio",
                                  "comments.request_review"})
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


def _memory_key() -> tuple[str, str] | None:
    endpoint = request.endpoint
    if endpoint not in REMEMBERED_ENDPOINTS or request.method == "OPTIONS":
        return None
    return endpoint, get_remote_address()


def _count_breach(limit: RequestLimit) -> None:
    """Count the 429 under the endpoint's name, keep what its headers say, and remember the
    client when the endpoint is limited by address."""
    metrics.RATE_LIMITED.labels(endpoint=request.endpoint or metrics.UNMATCHED_ENDPOINT).inc()
    # The window's own reset time (one Redis read, on refusals only): ``reset_at`` rounds it
    # up by a second.
    refusal = Refusal(until=float(limit.window.reset_time), limit=limit.limit.amount)
    g.modsvc_refusal = refusal
    key = _memory_key()
    if key is not None:
        current_app.extensions[MEMORY_EXTENSION].remember(key, refusal)


def _refuse_remembered() -> None:
    """Answer a client refused moments ago without asking Redis again."""
    key = _memory_key()
    if key is None:
        return
    refusal = current_app.extensions[MEMORY_EXTENSION].recall(key, time.time())
    if refusal is not None:
        metrics.RATE_LIMITED.labels(endpoint=key[0]).inc()
        g.modsvc_refusal = refusal
        raise TooManyRequests()


def _refusal_headers(response: Response) -> Response:
    """``Retry-After`` and ``X-RateLimit-*`` on a 429, from the limit that refused.

    Only refusals carry them: reading the window for every accepted request would cost a
    Redis round trip each (Flask-Limiter's ``headers_enabled``), and a failure there, after a
    comment was stored, must not turn its 202 into an error.
    """
    refusal: Refusal | None = g.pop("modsvc_refusal", None)
    if refusal is not None and response.status_code == 429:
        response.headers["Retry-After"] = str(max(1, math.ceil(refusal.until - time.time())))
        response.headers["X-RateLimit-Limit"] = str(refusal.limit)
        response.headers["X-RateLimit-Remaining"] = "0"
        response.headers["X-RateLimit-Reset"] = str(math.ceil(refusal.until))
    return response


limiter = Limiter(
    key_func=get_remote_address,
    key_prefix="modsvc",
    headers_enabled=False,
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
    """Per-IP limit on captcha images: each is drawn (CPU), and only from one can a challenge
    be answered, so this limits solving attempts too."""
    return _setting("rate_limit_captcha")


def captcha_audio_limit() -> str:
    """Per-IP limit on captcha audio, which is costly to make."""
    return _setting("rate_limit_captcha_audio")


def reviews_limit() -> str:
    """Per-IP limit on asking for a person to look at a held comment."""
    return _setting("rate_limit_reviews")


def init_app(app: Flask, settings: Settings) -> None:
    """Point the limiter at Redis for this app."""
    assert settings.redis_url is not None
    app.config["RATELIMIT_STORAGE_URI"] = settings.redis_url
    app.config["RATELIMIT_STORAGE_OPTIONS"] = {"socket_timeout": 3, "socket_connect_timeout": 2}
    app.extensions[MEMORY_EXTENSION] = RefusalMemory()
    app.before_request(_refuse_remembered)  # before the limiter's own check
    limiter.init_app(app)
    app.after_request(_refusal_headers)
