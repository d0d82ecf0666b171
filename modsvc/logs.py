"""Structured logs: one JSON object per line, carrying the request id and the RQ job id.

The web layer puts each request's id into :data:`request_id`; the worker puts the id of the
request that accepted a comment (kept in the job's ``meta``) and the job id into
:data:`request_id` and :data:`job_id` while the job runs. :class:`JsonFormatter` reads them, so
a comment can be followed from its HTTP request into its scoring job with one search.

Privacy: what we log never holds client addresses, tokens, passwords or captcha answers; as a
second line of defence the formatter masks IP addresses (other than loopback), bearer tokens
and passwords in URLs (the Redis and database URLs) that a library might print, and
:func:`configure` quiets the libraries known to log client addresses (Flask-Limiter's breach
line) or URLs (httpx).

Handlers are installed only at process start: by :func:`configure` (the CLI, the worker,
``modsvc.wsgi``) or by gunicorn from :func:`dict_config` (``modsvc/gunicorn_conf.py``).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import IO, Any

request_id: ContextVar[str | None] = ContextVar("modsvc_request_id", default=None)
job_id: ContextVar[str | None] = ContextVar("modsvc_job_id", default=None)

# Libraries that say too much at INFO: Flask-Limiter logs the rate-limit key (the client's
# address), httpx logs every URL it calls (a webhook URL may carry a token).
QUIET_LOGGERS = {
    "flask-limiter": logging.WARNING,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "alembic": logging.WARNING,
    "gunicorn.access": logging.WARNING,
}

# Attributes every LogRecord has; anything else on a record came from ``extra=`` and is kept.
_STANDARD_ATTRIBUTES = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", (), None)).keys()
) | {"message", "asctime", "request_id", "job_id", "taskName"}

_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
_IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_BEARER = re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+")
_SECRET_HEADERS = re.compile(
    r"(?i)\b(authorization|cookie|set-cookie)(['\"]?\s*[:=]\s*['\"]?)[^,}\n'\"]+"
)
# The password of a URL (redis://:password@host, postgresql://user:password@host).
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s:/@]*:)[^\s/@]+@")


@contextmanager
def log_context(*, request: str | None = None, job: str | None = None) -> Iterator[None]:
    """Tag every record logged inside the block with a request id and a job id."""
    request_token = request_id.set(request)
    job_token = job_id.set(job)
    try:
        yield
    finally:
        job_id.reset(job_token)
        request_id.reset(request_token)


def _mask_address(match: re.Match[str]) -> str:
    text = match.group(0)
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return text
    if address.is_loopback or address.is_unspecified:
        return text
    return "[ip]"


def redact(text: str) -> str:
    """``text`` with IP addresses (loopback spared), bearer tokens, secret headers and the
    passwords of URLs masked."""
    text = _BEARER.sub("Bearer [redacted]", text)
    text = _URL_PASSWORD.sub(r"\1[redacted]@", text)
    text = _SECRET_HEADERS.sub(r"\1\2[redacted]", text)
    text = _IPV4.sub(_mask_address, text)
    if text.count(":") >= 2:
        text = _IPV6.sub(_mask_address, text)
    return text


def _plain(value: Any) -> Any:
    """An ``extra`` value fit for JSON: numbers as they are, anything else as redacted text."""
    if value is None or isinstance(value, bool | int | float):
        return value
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return redact(text)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id, job_id, extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ).replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id.get(),
        }
        job = getattr(record, "job_id", None) or job_id.get()
        if job:
            entry["job_id"] = job
        entry["message"] = redact(entry["message"])
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                entry[key] = _plain(value)
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        elif record.exc_text:
            entry["exception"] = redact(record.exc_text)
        if record.stack_info:
            entry["stack"] = redact(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class _StandardError(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record is emitted, not the one of the moment
    the handler was made: code that swaps standard error for a while (a test's capture, a
    command run in process) and closes its stand-in must not leave logging writing to a closed
    file ("--- Logging error ---")."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property  # type: ignore[override]
    def stream(self) -> IO[str]:
        return sys.stderr


def json_handler(stream: IO[str] | None = None) -> logging.Handler:
    """A handler writing JSON lines to ``stream`` (standard error by default, as it is at
    each record)."""
    handler = logging.StreamHandler(stream) if stream is not None else _StandardError()
    handler.setFormatter(JsonFormatter())
    return handler


def quiet_libraries() -> None:
    """Raise the level of libraries that log addresses or URLs at INFO (see module doc)."""
    for name, level in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)


def configure(level: int | str = logging.INFO, stream: IO[str] | None = None) -> logging.Handler:
    """Send every log record of this process to one JSON handler; call once at start.

    Idempotent: when the root logger already has a JSON handler (gunicorn configured it from
    :func:`dict_config` before importing the app), that handler is kept and returned.
    """
    root = logging.getLogger()
    for existing in root.handlers:
        if isinstance(existing.formatter, JsonFormatter):
            return existing
    for existing in list(root.handlers):
        root.removeHandler(existing)
    handler = json_handler(stream)
    root.addHandler(handler)
    root.setLevel(level)
    quiet_libraries()
    return handler


def dict_config(level: str = "INFO") -> dict[str, Any]:
    """The same set-up as :func:`configure`, as a ``logging.config.dictConfig`` dictionary.

    Gunicorn takes this as ``logconfig_dict``; its own loggers propagate to the JSON handler on
    the root, and its access log stays off (the app logs requests itself, without addresses).
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
        "handlers": {
            "json": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"level": level, "handlers": ["json"]},
        "loggers": {
            "gunicorn.error": {"level": level, "handlers": [], "propagate": True},
            **{
                name: {"level": logging.getLevelName(quiet), "handlers": [], "propagate": True}
                for name, quiet in QUIET_LOGGERS.items()
            },
        },
    }
