"""The one JSON error shape on the wire.

Domain code raises :class:`modsvc.exceptions.ApiError` subclasses (or lets a dependency's
outage propagate); :func:`init_app` maps everything to
``{"error": {"code", "message", "details"}}``. An unknown
exception becomes a logged 500 that leaks nothing.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify, make_response, render_template, request
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

from modsvc import metrics
from modsvc.error_messages import reader_message, status_message
from modsvc.exceptions import ApiError

logger = logging.getLogger(__name__)

RETRY_AFTER_UNAVAILABLE = "5"
# A dependency that did not answer: an outage to wait out, not a bug.
OUTAGES = (RedisConnectionError, RedisTimeoutError, OperationalError)


HTTP_CODES = {
    400: "invalid",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
    431: "too_large",
}


def error_response(
    status: int, code: str, message: str, details: dict[str, Any] | None = None
) -> Response:
    """The one error body of the API, its message in the request's language."""
    message, details = reader_message(code, message, details or {})
    response = jsonify({"error": {"code": code, "message": message, "details": details}})
    response.status_code = status
    if status == 503:
        response.headers["Retry-After"] = RETRY_AFTER_UNAVAILABLE
    return response


def _api_error(error: ApiError) -> Response:
    return error_response(error.status_code, error.error_code, error.message, error.details)


def _wants_page() -> bool:
    """People browsing the UI get an HTML page; API callers always get JSON."""
    # /embed/ answers CMSs and the embedded section (issue 19): JSON errors like the API.
    return not request.path.startswith(("/api/", "/1.1/", "/1.2/", "/embed/")) and (
        request.accept_mimetypes.accept_html
    )


def _http_error(error: HTTPException) -> Response:
    status = error.code or 500
    code = HTTP_CODES.get(status, "error")
    message = error.description or code
    if status == 429:
        message = "too many requests; retry later"
    if _wants_page():
        response = make_response(render_template("error.html", status=status,
                                                 message=status_message(status)))
        response.status_code = status
    else:
        response = error_response(status, code, message)
    # Keep headers werkzeug or Flask-Limiter set on the exception (Allow, Retry-After).
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def is_outage(error: BaseException) -> bool:
    """True when ``error`` means Redis or the database did not answer, not a bug: refused or
    reset connections, time-outs, and a database connection found dead mid-use (the driver
    may report that as an interface error, or SQLAlchemy as an invalidated connection)."""
    if isinstance(error, OUTAGES + (InterfaceError,)):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def _database_error(error: DBAPIError) -> Response:
    return _unavailable(error) if is_outage(error) else _unexpected(error)


def _unavailable(error: Exception) -> Response:
    logger.warning("dependency unavailable on %s: %s", request.path, type(error).__name__)
    dependency = "database" if isinstance(error, DBAPIError) else "redis"
    metrics.DEPENDENCY_ERRORS.labels(dependency=dependency).inc()
    return error_response(503, "unavailable", "service temporarily unavailable; retry later")


def _internal(error: InternalServerError) -> Response:
    """A 500 Flask made of an exception raised outside the view: an outage stays a 503.

    Opening the moderator's session (Redis) happens before any view or hook runs, and saving it
    after they ran; Flask reports a failure there as a bare 500.
    """
    original = error.original_exception
    if isinstance(original, Exception) and is_outage(original):
        return _unavailable(original)
    return _http_error(error)


def _unexpected(error: Exception) -> Response:
    # The type only: a traceback or message may quote the request's data.
    logger.error("unhandled %s on %s %s", type(error).__name__, request.method, request.path)
    return error_response(500, "internal", "internal error")


def init_app(app: Flask) -> None:
    """Register the error handlers."""
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(InternalServerError, _internal)
    app.register_error_handler(RedisConnectionError, _unavailable)
    app.register_error_handler(RedisTimeoutError, _unavailable)
    # A lost or refused database connection is an outage, not a bug.
    app.register_error_handler(OperationalError, _unavailable)
    app.register_error_handler(DBAPIError, _database_error)
    app.register_error_handler(Exception, _unexpected)

