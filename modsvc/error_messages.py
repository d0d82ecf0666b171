"""What a reader is told when a request fails, in the reader's language.

Errors carry stable codes: the error's ``code`` and, for a refused comment, a code per field in
``details.field_codes`` (``required``, ``too_long``, ``invalid_format``, ``not_visible``,
``control_characters``, ``not_an_email``, ``unknown_parent``, ``invalid``) with
``details.limits`` where a limit was passed, and for a refused captcha ``details.reason``
(``wrong``, ``expired``). A portal can translate those itself; this module turns them into the
``message`` and ``details.fields`` texts in the language the request asked for
(Accept-Language; Indonesian by default), so a portal that shows our message shows it in
Indonesian.
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

FIELD_NAMES = {
    "article_id": _l("article"),
    "author_name": _l("name"),
    "author_email": _l("e-mail"),
    "body": _l("comment"),
    "parent_id": _l("reply to"),
    "captcha_id": _l("captcha"),
    "captcha_answer": _l("captcha code"),
    "article_title": _l("article title"),
    "article_url": _l("article address"),
}


def field_message(code: str, limit: int | None = None) -> str:
    """What is wrong with one field, as a short phrase."""
    if code == "required":
        return _("must be filled in")
    if code == "too_long":
        return (_("is too long: at most %(limit)s characters", limit=limit) if limit
                else _("is too long"))
    if code == "invalid_format":
        return _("is not in the right form")
    if code == "not_visible":
        return _("must contain a visible character")
    if code == "control_characters":
        return _("holds characters that cannot be stored")
    if code == "not_an_email":
        return _("is not an e-mail address")
    if code == "unknown_parent":
        return _("names a comment that is not on this article")
    return _("is not valid")


def _fields_message(codes: dict[str, str], limits: dict[str, int]) -> tuple[str, dict[str, str]]:
    texts = {name: field_message(code, limits.get(name)) for name, code in codes.items()}
    parts = [f"{FIELD_NAMES.get(name, name)} {text}" for name, text in texts.items()]
    summary = "; ".join(parts)
    return summary[:1].upper() + summary[1:] + ".", texts


def reader_message(code: str, message: str, details: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The message and details to send for an error, in the request's language.

    Errors this module does not know keep their own message.
    """
    field_codes = details.get("field_codes")
    if code == "invalid" and isinstance(field_codes, dict) and field_codes:
        text, fields = _fields_message(field_codes, details.get("limits") or {})
        return text, {**details, "fields": fields}
    if code == "captcha_invalid":
        if details.get("reason") == "wrong":
            return _("The captcha code is wrong. Type the code of the new picture."), details
        return _("The captcha expired or was already used. Type the code of the new "
                 "picture."), details
    if code == "rate_limited":
        return _("Too many attempts from your connection. Wait a moment and try again."), details
    if code == "too_large":
        return _("What was sent is too large."), details
    if code == "unavailable":
        return _("The service is busy for a moment. Try again in a few seconds."), details
    return message, details
