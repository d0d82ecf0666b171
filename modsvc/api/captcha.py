"""Captcha endpoints for the portal: issue a challenge, fetch its image or audio."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, url_for

from modsvc.captcha import Captchas
from modsvc.current import services
from modsvc.ratelimits import captcha_audio_limit, captcha_limit, limiter

bp = Blueprint("captcha", __name__, url_prefix="/api/v1/captcha")


def _captchas() -> Captchas:
    found = services()
    return Captchas(found.redis, found.settings.secret_key)


@bp.post("")
def issue() -> tuple[Response, int]:
    """A new challenge with the URLs of its image and audio.

    Not rate-limited: issuing stores nothing and costs less than a limit check. The limit sits
    on the image, which a person or a solver must fetch before they can answer.
    """
    challenge = _captchas().issue()
    body = {
        "captcha_id": challenge.captcha_id,
        "image_url": url_for("captcha.image", captcha_id=challenge.captcha_id),
        "audio_url": url_for("captcha.audio", captcha_id=challenge.captcha_id),
        "expires_in": challenge.expires_in,
    }
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response, 201


def _media(captcha_id: str, kind: str, mimetype: str) -> Response:
    response = Response(_captchas().media(captcha_id, kind), mimetype=mimetype)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/<captcha_id>/image.png")
@limiter.limit(captcha_limit)
def image(captcha_id: str) -> Response:
    """The challenge drawn as a PNG."""
    return _media(captcha_id, "image", "image/png")


@bp.get("/<captcha_id>/audio.wav")
@limiter.limit(captcha_audio_limit)
def audio(captcha_id: str) -> Response:
    """The challenge spoken, for people who cannot read the image."""
    return _media(captcha_id, "audio", "audio/wav")
