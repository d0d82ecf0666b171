"""Domain errors: what services raise when a request cannot be honoured.

They carry an HTTP status and a stable code, but import nothing from the web framework, so
workers and the CLI use them too; ``modsvc/errors.py`` turns them into responses.
"""

from __future__ import annotations

from typing import Any, ClassVar

# What can be wrong with one field of a request, as ``details.field_codes`` says it; stable, so a
# portal can translate them (modsvc.error_messages words them in the reader's language).
FIELD_CODES = ("required", "too_long", "invalid_format", "not_visible", "control_characters",
               "not_an_email", "unknown_parent", "unknown", "invalid")


class ApiError(Exception):
    """An error that the client should see, with an HTTP status and a stable code."""

    status: ClassVar[int] = 400
    code: ClassVar[str] = "invalid"

    def __init__(
        self,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        status: int | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}
        self.status_code = status or self.status
        self.error_code = code or self.code


class ValidationError(ApiError):
    """The request is well-formed JSON but its fields are wrong; details name the fields."""

    status = 400
    code = "invalid"


class NotFoundError(ApiError):
    """The thing asked for does not exist (or is not public)."""

    status = 404
    code = "not_found"


class ForbiddenError(ApiError):
    """The caller is known but may not do this (a scope, a role, a token not theirs)."""

    status = 403
    code = "forbidden"


class ConflictError(ApiError):
    """The thing changed since the caller read it, or the request was made already."""

    status = 409
    code = "conflict"
