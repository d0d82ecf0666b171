"""Akismet-compatible endpoints: Akismet's paths, form fields and plain-text answers.

Akismet clients read bare bodies (``valid``, ``true``, ``invalid``...) and headers, not the
JSON error shape of the rest of the API, so this blueprint answers its own errors in text.
The logic lives in :mod:`modsvc.akismet`.
"""

from __future__ import annotations

import codecs
import logging
from urllib.parse import parse_qsl

from flask import Blueprint, Response, current_app, g, jsonify, request
from flask.blueprints import BlueprintSetupState
from werkzeug.exceptions import HTTPException

from modsvc.akismet import (
    RATE_LIMIT,
    SUBMISSION_THANKS,
    Akismet,
    InvalidRequest,
    rate_limit_key,
)
from modsvc.errors import RETRY_AFTER_UNAVAILABLE, is_outage
from modsvc.ratelimits import limiter
from modsvc.scoring import NoActiveModelError
from modsvc.storage import CommentStatus

logger = logging.getLogger(__name__)

bp = Blueprint("akismet", __name__)

EXTENSION = "modsvc.akismet"
DEBUG_HEADER = "X-akismet-debug-help"
GUID_HEADER = "X-akismet-guid"
PRO_TIP_HEADER = "X-akismet-pro-tip"


@bp.record_once
def _attach(state: BlueprintSetupState) -> None:
    # One Akismet service (and so one loaded model) per app, built when the app is.
    state.app.extensions[EXTENSION] = Akismet(state.app.extensions["modsvc"])


def _akismet() -> Akismet:
    found: Akismet = current_app.extensions[EXTENSION]
    return found


def _fields() -> dict[str, str]:
    """The request's parameters: query string, then the form (which wins).

    A form sent in another charset than UTF-8 (``blog_charset``, e.g. ISO-8859-1 on old
    blogs) is decoded again in that charset, so accented text is not mangled.
    """
    cached: dict[str, str] | None = g.get("akismet_fields")
    if cached is not None:
        return cached
    is_form = request.mimetype == "application/x-www-form-urlencoded"
    raw = request.get_data(cache=True) if is_form else b""
    fields = request.args.to_dict()
    fields.update(request.form.to_dict())
    charset = fields.get("blog_charset", "").strip()
    if raw and charset:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            codec = "utf-8"
        if codec != "utf-8":
            fields.update(
                parse_qsl(
                    raw.decode("latin-1"), keep_blank_values=True, encoding=codec,
                    errors="replace",
                )
            )
    g.akismet_fields = fields
    return fields


def _host() -> str:
    """The raw Host header: werkzeug's ``request.host`` drops hosts with ``_``, which every
    token (and so an old client's ``KEY.host`` subdomain) contains."""
    return request.headers.get("Host", "")


def _limit_key() -> str:
    return rate_limit_key(_akismet().services, _fields(), _host(), request.remote_addr or "")


# One budget per key across every Akismet endpoint.
per_key = limiter.shared_limit(RATE_LIMIT, scope="akismet", key_func=_limit_key)


def _text(body: str, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(body, status=status, mimetype="text/plain", headers=headers)


@bp.post("/1.1/verify-key")
@per_key
def verify_key() -> Response:
    """``valid`` for a live token with scope ``akismet`` and a blog URL, else ``invalid``."""
    _akismet().verify_key(_fields(), _host())
    return _text("valid")


@bp.post("/1.1/comment-check")
@per_key
def comment_check() -> Response:
    """``true`` (spam) or ``false``, decided now by the active model and the policy."""
    result = _akismet().comment_check(_fields(), _host(), g.get("request_id"))
    headers = {}
    if result.guid:
        headers[GUID_HEADER] = result.guid
    if result.discard:
        headers[PRO_TIP_HEADER] = "discard"
    return _text("true" if result.spam else "false", headers=headers)


@bp.post("/1.1/submit-spam")
@per_key
def submit_spam() -> Response:
    """The site says this is spam: recorded as a spam label."""
    _akismet().submit(_fields(), _host(), CommentStatus.SPAM, g.get("request_id"))
    return _text(SUBMISSION_THANKS)


@bp.post("/1.1/submit-ham")
@per_key
def submit_ham() -> Response:
    """The site says this is not spam: recorded as a ham (approved) label."""
    _akismet().submit(_fields(), _host(), CommentStatus.APPROVED, g.get("request_id"))
    return _text(SUBMISSION_THANKS)


@bp.route("/1.2/usage-limit", methods=["GET", "POST"])
@per_key
def usage_limit() -> Response:
    """Akismet's usage JSON: checks this month, no monthly limit, never throttled."""
    return jsonify(_akismet().usage(_fields(), _host()))


@bp.errorhandler(InvalidRequest)
def _invalid(error: InvalidRequest) -> Response:
    return _text("invalid", headers={DEBUG_HEADER: error.debug_help})


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException) -> Response:
    status = error.code or 500
    message = "too many requests; retry later" if status == 429 else (error.name or "error")
    response = _text(message, status=status)
    # Keep what werkzeug or Flask-Limiter put on the exception (Allow, Retry-After).
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


@bp.errorhandler(Exception)
def _unexpected(error: Exception) -> Response:
    if isinstance(error, NoActiveModelError) or is_outage(error):
        logger.warning("akismet %s unavailable: %s", request.path, type(error).__name__)
        return _text(
            "service temporarily unavailable; retry later", status=503,
            headers={"Retry-After": RETRY_AFTER_UNAVAILABLE},
        )
    logger.error("unhandled error on akismet %s", request.path, exc_info=error)
    return _text("internal error", status=500)
