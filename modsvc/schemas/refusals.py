"""How a request that its model refuses is answered, and the field types our requests share.

One mapping turns pydantic's error types into our stable field codes
(``modsvc.error_messages`` words them); a validator of ours raises a
:class:`~pydantic_core.PydanticCustomError` whose type is the code itself. A portal-facing
model answers with ``details.field_codes`` and ``details.limits`` (worded per field in the
reader's language); the moderators' and operators' models answer with the codes as
``details.fields``, as these endpoints always have.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar, get_args

from pydantic import BaseModel, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic import ValidationError as PydanticValidationError
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema
from pydantic_core.core_schema import ErrorType

from modsvc.exceptions import ValidationError

# pydantic's error types, as our stable codes; its other types are "invalid".
_PYDANTIC_CODES = {
    "missing": "required", "string_too_short": "required", "string_too_long": "too_long",
    "string_pattern_mismatch": "invalid_format", "too_short": "size", "too_long": "size",
}
_PYDANTIC_TYPES = frozenset(get_args(ErrorType))

Model = TypeVar("Model", bound="RequestModel")


def field_code(error_type: str) -> str:
    """The stable code of one pydantic error type (our own validators' types are codes)."""
    if error_type in _PYDANTIC_CODES:
        return _PYDANTIC_CODES[error_type]
    return "invalid" if error_type in _PYDANTIC_TYPES else error_type


def field_problems(error: PydanticValidationError) -> tuple[dict[str, str], dict[str, int], str]:
    """Each refused field's code, the length limits passed, and a sentence for developers."""
    codes: dict[str, str] = {}
    limits: dict[str, int] = {}
    sentences: list[str] = []
    for problem in error.errors(include_url=False, include_input=False):
        field = str(problem["loc"][0]) if problem["loc"] else "body"
        if field in codes:
            continue
        codes[field] = field_code(problem["type"])
        sentences.append(f"{field}: {problem['msg']}")
        limit = (problem.get("ctx") or {}).get("max_length")
        if codes[field] == "too_long" and isinstance(limit, int):
            limits[field] = limit
    return codes, limits, "; ".join(sentences)


class RequestModel(BaseModel):
    """A JSON body or a set of query arguments; unknown fields are ignored.

    ``worded`` models answer a refusal with ``field_codes`` (worded for the reader), the others
    with the codes as ``fields``.
    """

    worded: ClassVar[bool] = False

    @classmethod
    def parse(cls: type[Model], payload: object) -> Model:
        """Validate a decoded JSON body or the query arguments; 400 naming each bad field."""
        if not isinstance(payload, Mapping):
            raise ValidationError("the body must be a JSON object",
                                  details={"body": "not an object"})
        try:
            return cls.model_validate(payload)
        except PydanticValidationError as error:
            codes, limits, sentence = field_problems(error)
            if cls.worded:
                raise ValidationError("some fields are missing or wrong",
                                      details={"field_codes": codes, "limits": limits}) from None
            raise ValidationError(sentence, details={"fields": codes}) from None


class _Annotation:
    """A field's check after (or before) pydantic's own, and what it adds to the schema."""

    before: ClassVar[bool] = False

    def check(self, value: Any) -> Any:
        raise NotImplementedError

    def extra(self) -> dict[str, Any]:
        return {}

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler
                                     ) -> CoreSchema:
        if self.before:
            return core_schema.no_info_before_validator_function(self.check, handler(source))
        return core_schema.no_info_after_validator_function(self.check, handler(source))

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler
                                     ) -> JsonSchemaValue:
        return {**handler(schema), **self.extra()}


@dataclass(frozen=True)
class OneOf(_Annotation):
    """A text that must be one of ``values`` (the constant that holds them); else ``unknown``."""

    values: tuple[str, ...]

    def check(self, value: str) -> str:
        if value not in self.values:
            raise PydanticCustomError("unknown", "must be one of {values}",
                                      {"values": ", ".join(self.values)})
        return value

    def extra(self) -> dict[str, Any]:
        return {"enum": list(self.values)}


@dataclass(frozen=True)
class WholeNumber(_Annotation):
    """A query argument in ASCII digits from ``minimum`` to ``maximum``: refused otherwise,
    with the range as its code, unless ``clamped`` (the service brings any such number into
    range; only what is not a number is refused, as ``nan``)."""

    minimum: int = 1
    maximum: int | None = None
    clamped: bool = False
    before: ClassVar[bool] = True

    def check(self, value: Any) -> int:
        text = str(value)
        fits = text.isascii() and text.isdigit()
        if self.clamped or self.maximum is None:
            if not fits:
                raise PydanticCustomError("nan", "must be a whole number")
            return int(text)
        if not fits or not self.minimum <= int(text) <= self.maximum:
            raise PydanticCustomError(
                f"{self.minimum}..{self.maximum}", "must be a whole number from {low} to {high}",
                {"low": self.minimum, "high": self.maximum})
        return int(text)

    def extra(self) -> dict[str, Any]:
        bounds = {"minimum": self.minimum}
        return bounds if self.maximum is None else {**bounds, "maximum": self.maximum}


@dataclass(frozen=True)
class Number(_Annotation):
    """A decimal number; an empty query argument is none. ``minimum`` and ``maximum`` say
    which values mean something (the queue's filters take any number)."""

    minimum: float | None = None
    maximum: float | None = None
    before: ClassVar[bool] = True

    def check(self, value: Any) -> float | None:
        if value in (None, ""):
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise PydanticCustomError("not a number", "must be a number") from None

    def extra(self) -> dict[str, Any]:
        bounds = {"minimum": self.minimum, "maximum": self.maximum}
        return {key: bound for key, bound in bounds.items() if bound is not None}


@dataclass(frozen=True)
class Moment(_Annotation):
    """An ISO 8601 date or time (UTC when it names no zone); empty is none. ``code`` is what a
    refusal says (``not a date`` for a filter, ``not a time`` for a moment seen)."""

    code: str = "not a date"
    before: ClassVar[bool] = True

    def check(self, value: Any) -> datetime | None:
        if value in (None, ""):
            return None
        try:
            if not isinstance(value, str):
                raise TypeError
            moment = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise PydanticCustomError(self.code, "must be an ISO 8601 date or time") from None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Blank(_Annotation):
    """An optional query argument: empty is none; text is stripped and cut to ``keep``
    characters (more is not refused)."""

    keep: int | None = None
    before: ClassVar[bool] = True

    def check(self, value: Any) -> Any:
        if isinstance(value, str) and self.keep is not None:
            value = value.strip()[:self.keep]
        return None if value == "" else value

    def extra(self) -> dict[str, Any]:
        return {} if self.keep is None else {"maxLength": self.keep}
