"""Captcha challenges: an image and an audio clip of one HMAC-derived answer.

The answer is not stored: it is derived from the secret key and the challenge id, so anyone who
holds the secret (tests, load tools, benchmarks) can solve a challenge with :func:`answer_for`,
and there is no switch that turns the captcha off.

Issuing stores nothing: the id carries its issue time, signed with the secret key, so a flood
of requests for challenges fills no memory and costs less than a rate-limit check would. Redis
holds only what a challenge's use leaves: its drawn image and audio, and a mark that it was
answered (the first attempt uses it up, right or wrong), each until the challenge expires.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import secrets
import time
from dataclasses import dataclass
from functools import cached_property

from captcha.image import ImageCaptcha
from redis import Redis

from modsvc import metrics
from modsvc.captcha_audio import SpokenCaptcha
from modsvc.exceptions import ApiError

# No look-alikes: 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V are left out.
ALPHABET = "ACEFGHJKMNPRTWXY34679"
ANSWER_LENGTH = 5
LIFETIME_SECONDS = 300
MEDIA_KINDS = {"image": "image/png", "audio": "audio/wav"}
# A challenge id: issue time (milliseconds, 6 bytes), a random nonce (9 bytes) and a MAC of
# both (12 bytes), in URL-safe base64: 36 characters, no padding.
_TIME_BYTES, _NONCE_BYTES, _MAC_BYTES = 6, 9, 12
# A used mark outlives its challenge by this much, in case web machines' clocks disagree.
CLOCK_SKEW_SECONDS = 60
ID_LENGTH = (_TIME_BYTES + _NONCE_BYTES + _MAC_BYTES) * 4 // 3


def _digest(secret_key: str, label: bytes, data: bytes) -> bytes:
    """HMAC-SHA256 of ``data`` under the secret key; each use has its own label, so an id's
    MAC never equals the digest an answer is drawn from."""
    return hmac.new(secret_key.encode(), label + data, hashlib.sha256).digest()


def answer_for(secret_key: str, captcha_id: str) -> str:
    """The answer to challenge ``captcha_id`` under ``secret_key``."""
    digest = _digest(secret_key, b"modsvc-captcha:", captcha_id.encode())
    return "".join(ALPHABET[byte % len(ALPHABET)] for byte in digest[:ANSWER_LENGTH])


def _id_mac(secret_key: str, payload: bytes) -> bytes:
    return _digest(secret_key, b"modsvc-captcha-id:", payload)[:_MAC_BYTES]


def new_captcha_id(secret_key: str, issued_at: float | None = None) -> str:
    """A fresh challenge id that carries its issue time (now unless ``issued_at``), signed."""
    issued = time.time() if issued_at is None else issued_at
    payload = int(issued * 1000).to_bytes(_TIME_BYTES, "big") + secrets.token_bytes(_NONCE_BYTES)
    return base64.urlsafe_b64encode(payload + _id_mac(secret_key, payload)).decode()


def issue_time(secret_key: str, captcha_id: str) -> float | None:
    """When the challenge was issued; None for an id this secret key did not sign."""
    if len(captcha_id) != ID_LENGTH:
        return None
    try:
        raw = base64.urlsafe_b64decode(captcha_id.encode("ascii"))
    except ValueError:  # not ASCII, or not base64 (binascii.Error is a ValueError)
        return None
    payload, mac = raw[: _TIME_BYTES + _NONCE_BYTES], raw[_TIME_BYTES + _NONCE_BYTES :]
    if not hmac.compare_digest(mac, _id_mac(secret_key, payload)):
        return None
    return int.from_bytes(payload[:_TIME_BYTES], "big") / 1000


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
    """Issues, renders and checks challenges; Redis keeps what their use leaves."""

    used_key_template = "modsvc:captcha:{id}:used"
    media_key_template = "modsvc:captcha:{id}:{kind}"

    def __init__(self, redis: Redis, secret_key: str) -> None:
        self.redis = redis
        self.secret_key = secret_key

    # Made on first use: issuing and checking, the hot path, draw nothing.
    @cached_property
    def _image(self) -> ImageCaptcha:
        return ImageCaptcha(width=200, height=70)

    @cached_property
    def _audio(self) -> SpokenCaptcha:
        return SpokenCaptcha()

    def issue(self) -> Challenge:
        """Create a challenge that lives for five minutes (nothing is stored)."""
        return Challenge(captcha_id=new_captcha_id(self.secret_key), expires_in=LIFETIME_SECONDS)

    def _live(self, captcha_id: str) -> tuple[float, float] | None:
        """``(issued, seconds left)`` of a genuine, unexpired challenge, else None."""
        issued = issue_time(self.secret_key, captcha_id)
        if issued is None:
            return None
        left = issued + LIFETIME_SECONDS - time.time()
        return (issued, left) if left > 0 else None

    def media(self, captcha_id: str, kind: str) -> bytes:
        """The PNG or WAV of a live challenge, rendered on first request and then reused.

        Rendering once means refreshing the image never shows a second drawing of the same
        answer, and the audio is made at most once per challenge, so a second listen never
        offers a differently varied clip of the same answer to set beside the first.
        """
        live = self._live(captcha_id)
        if live is None:
            raise ApiError("captcha not found or expired", status=404, code="not_found")
        media_key = self.media_key_template.format(id=captcha_id, kind=kind)
        pipe = self.redis.pipeline(transaction=False)
        pipe.exists(self.used_key_template.format(id=captcha_id))
        pipe.get(media_key)
        used, cached = pipe.execute()
        if used:
            raise ApiError("captcha not found or expired", status=404, code="not_found")
        if isinstance(cached, bytes):
            return cached
        remaining = math.ceil(live[1])
        answer = answer_for(self.secret_key, captcha_id)
        if kind == "image":
            data = self._image.generate(answer, format="png").getvalue()
        else:
            data = self._audio.generate(answer)
        # NX: when two requests race, both answer with what the first one stored.
        self.redis.set(media_key, data, ex=remaining, nx=True)
        stored = self.redis.get(media_key)
        return stored if isinstance(stored, bytes) else data

    def consume(self, captcha_id: str, answer: str) -> float:
        """Check an answer and use the challenge up; returns seconds since it was issued.

        Raises:
            CaptchaError: unknown, expired, already used, or wrong.
        """
        live = self._live(captcha_id)
        first_use = False
        if live is not None:
            # No MULTI: the NX alone decides which of two attempts at once wins, and the
            # drawings would expire with the challenge anyway.
            pipe = self.redis.pipeline(transaction=False)
            # Marked used until the challenge has expired on every machine.
            pipe.set(self.used_key_template.format(id=captcha_id), b"1", nx=True,
                     ex=math.ceil(live[1]) + CLOCK_SKEW_SECONDS)
            pipe.delete(
                self.media_key_template.format(id=captcha_id, kind="image"),
                self.media_key_template.format(id=captcha_id, kind="audio"),
            )
            first_use = bool(pipe.execute()[0])
        if live is None or not first_use:
            metrics.CAPTCHA_FAILURES.labels(reason="expired").inc()
            raise CaptchaError("captcha expired or already used; ask for a new one",
                               details={"reason": "expired"})
        expected = answer_for(self.secret_key, captcha_id)
        given = answer.strip().upper().encode()
        if not hmac.compare_digest(given, expected.encode()):
            metrics.CAPTCHA_FAILURES.labels(reason="wrong").inc()
            raise CaptchaError("wrong captcha answer; ask for a new one",
                               details={"reason": "wrong"})
        return max(0.0, time.time() - live[0])
