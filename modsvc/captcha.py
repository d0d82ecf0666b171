"""Captcha challenges: an image and an audio clip of one HMAC-derived answer.

The answer is not stored: it is derived from the secret key and the challenge id, so anyone who
holds the secret (tests, load tools, benchmarks) can solve a challenge with :func:`answer_for`,
and there is no switch that turns the captcha off. Redis holds only when each challenge was
issued; the first attempt consumes it, right or wrong.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from captcha.audio import AudioCaptcha
from captcha.image import ImageCaptcha
from redis import Redis

from modsvc import metrics
from modsvc.exceptions import ApiError

# No look-alikes: 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V are left out.
ALPHABET = "ACEFGHJKMNPRTWXY34679"
ANSWER_LENGTH = 5
LIFETIME_SECONDS = 300
MEDIA_KINDS = {"image": "image/png", "audio": "audio/wav"}


def answer_for(secret_key: str, captcha_id: str) -> str:
    """The answer to challenge ``captcha_id`` under ``secret_key``."""
    digest = hmac.new(
        secret_key.encode(), b"modsvc-captcha:" + captcha_id.encode(), hashlib.sha256
    ).digest()
    return "".join(ALPHABET[byte % len(ALPHABET)] for byte in digest[:ANSWER_LENGTH])


@dataclass(frozen=True)
class Challenge:
    """A freshly issued challenge."""

    captcha_id: str
    expires_in: int


class CaptchaError(ApiError):
    """The captcha is missing, expired, already used or answered wrongly."""

    status = 400
    code = "captcha_invalid"


class Captchas:
    """Issues, renders and checks challenges kept in Redis."""

    key_template = "modsvc:captcha:{id}"
    media_key_template = "modsvc:captcha:{id}:{kind}"

    def __init__(self, redis: Redis, secret_key: str) -> None:
        self.redis = redis
        self.secret_key = secret_key
        self._image = ImageCaptcha(width=200, height=70)
        self._audio = AudioCaptcha()

    def issue(self) -> Challenge:
        """Create a challenge that lives for five minutes."""
        captcha_id = secrets.token_urlsafe(16)
        self.redis.set(
            self.key_template.format(id=captcha_id), repr(time.time()), ex=LIFETIME_SECONDS
        )
        return Challenge(captcha_id=captcha_id, expires_in=LIFETIME_SECONDS)

    def media(self, captcha_id: str, kind: str) -> bytes:
        """The PNG or WAV of a live challenge, rendered on first request and then reused.

        Rendering once means refreshing the image never shows a second drawing of the same
        answer, and the costly audio (about 0.25 s of CPU) is made at most once per challenge.
        """
        key = self.key_template.format(id=captcha_id)
        remaining = self.redis.ttl(key)
        if remaining is None or remaining <= 0:
            raise ApiError("captcha not found or expired", status=404, code="not_found")
        media_key = self.media_key_template.format(id=captcha_id, kind=kind)
        cached = self.redis.get(media_key)
        if isinstance(cached, bytes):
            return cached
        answer = answer_for(self.secret_key, captcha_id)
        if kind == "image":
            data = self._image.generate(answer, format="png").getvalue()
        else:
            data = bytes(self._audio.generate(answer))
        # NX: when two requests race, both answer with what the first one stored.
        self.redis.set(media_key, data, ex=remaining, nx=True)
        stored = self.redis.get(media_key)
        return stored if isinstance(stored, bytes) else data

    def consume(self, captcha_id: str, answer: str) -> float:
        """Check an answer and use the challenge up; returns seconds since it was issued.

        Raises:
            CaptchaError: unknown, expired, already used, or wrong.
        """
        key = self.key_template.format(id=captcha_id)
        pipe = self.redis.pipeline(transaction=True)
        pipe.getdel(key)
        pipe.delete(
            self.media_key_template.format(id=captcha_id, kind="image"),
            self.media_key_template.format(id=captcha_id, kind="audio"),
        )
        issued_raw, _ = pipe.execute()
        if issued_raw is None:
            metrics.CAPTCHA_FAILURES.labels(reason="expired").inc()
            raise CaptchaError("captcha expired or already used; ask for a new one")
        expected = answer_for(self.secret_key, captcha_id)
        given = answer.strip().upper().encode()
        if not hmac.compare_digest(given, expected.encode()):
            metrics.CAPTCHA_FAILURES.labels(reason="wrong").inc()
            raise CaptchaError("wrong captcha answer; ask for a new one")
        return max(0.0, time.time() - float(issued_raw))
