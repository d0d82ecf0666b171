"""What a reader is told when a request fails, in the reader's language.

Errors carry stable codes: the error's ``code`` and, for a refused comment, a code per field in
``details.field_codes`` (``required``, ``too_long``, ``invalid_format``, ``not_visible``,
``control_characters``, ``not_an_email``, ``unknown_parent``, ``invalid``) with
``details.limits`` where a limit was passed, and for a refused captcha ``details.reason``
(``wrong``, ``expired``). A portal can translate those itself; this module turns them into the
``message`` and ``details.fields`` texts in the language the request asked for
(Accept-Language; Indonesian by default), so a portal that shows our message shows it in
Indonesian.

Every ``message`` is written for the person who meets the error; where the code's own words
said more to a developer (which token was refused, which file line), they stay in
``details.detail``.
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from modsvc.labels import RULE_ACTION_LABELS, STATUS_LABELS, actor_words, label

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
    "kind": _l("kind"),
    "pattern": _l("word, phrase or domain"),
    "action": _l("action"),
    "idempotency_key": "Idempotency-Key",  # a header's name, the same in every language
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
    if code == "not_a_domain":
        return _("must be a domain like example.com")
    if code == "not_one_word":
        return _("must be one word (a phrase rule takes several)")
    return _("is not valid")


def _fields_message(codes: dict[str, str], limits: dict[str, int]) -> tuple[str, dict[str, str]]:
    texts = {name: field_message(code, limits.get(name)) for name, code in codes.items()}
    parts = [f"{FIELD_NAMES.get(name, name)} {text}" for name, text in texts.items()]
    summary = "; ".join(parts)
    return summary[:1].upper() + summary[1:] + ".", texts


UPLOAD_PROBLEMS = {
    "not_csv_or_jsonl": _l("upload CSV or JSON Lines files"),
    "missing_columns": _l("the columns text and label are needed"),
    "invalid_json": _l("this line is not valid JSON"),
    "too_deep": _l("this line's JSON is nested too deep"),
    "not_an_object": _l("each line must be a JSON object"),
    "missing_text": _l("the text is missing"),
    "invalid_value": _l("the label must be spam, ham, 1 or 0, and seconds_to_submit a number"),
    "not_utf8": _l("the file is not in UTF-8"),
    "malformed_csv": _l("the file is not well-formed CSV"),
}


def status_message(status: int) -> str:
    """What a person is told on an error page or for an error without words of its own."""
    if status == 401:
        return _("Log in to continue (your session may have ended).")
    if status == 403:
        return _("You are not allowed to open this page or do this.")
    if status == 404:
        return _("Nothing was found at this address.")
    if status == 405:
        return _("This address does not accept this kind of request.")
    if status in (413, 431):
        return _("What was sent is too large.")
    if status == 429:
        return _("Too many attempts from your connection. Wait a moment and try again.")
    if status == 503:
        return _("The service is busy for a moment. Try again in a few seconds.")
    if status >= 500:
        return _("Something went wrong on our side. Try again; if it happens again, tell the "
                 "service's operator.")
    return _("The request could not be carried out.")


# Errors whose words are the same whatever caused them; what the code said goes to
# ``details.detail``.
_GENERIC = {"unauthorized": 401, "forbidden": 403, "not_found": 404, "method_not_allowed": 405,
            "internal": 500}


def _upload_message(details: dict[str, Any]) -> str:
    problem = str(UPLOAD_PROBLEMS.get(details["problem"], details["problem"]))
    if details.get("line"):
        return _("%(file)s, line %(line)s: %(problem)s", file=details.get("file", ""),
                 line=details["line"], problem=problem)
    return f"{details.get('file', '')}: {problem}"


def _conflict_message(details: dict[str, Any]) -> str:
    return _("This comment is already %(status)s (by %(who)s). Reload to see it.",
             status=label(STATUS_LABELS, str(details["status"])).lower(),
             who=actor_words(str(details["by"])))


def reader_message(code: str, message: str, details: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The message and details to send for an error, in the request's language.

    Errors this module does not know keep their own message.
    """
    field_codes = details.get("field_codes")
    if code == "invalid" and isinstance(field_codes, dict) and field_codes:
        text, fields = _fields_message(field_codes, details.get("limits") or {})
        return text, {**details, "fields": fields}
    if code == "invalid" and details.get("problem"):
        return _upload_message(details), details
    if code == "conflict" and "rule_id" in details:
        return _("A rule looks for this already (%(action)s); remove it first to change it.",
                 action=label(RULE_ACTION_LABELS, str(details["action"]))), details
    if code == "conflict" and "status" in details and "by" in details:
        return _conflict_message(details), {**details, "detail": message}
    if code == "conflict" and "campaign_id" in details and "expected_status" in details:
        return (_("No comment of this campaign is %(status)s any more. Reload to see it.",
                  status=label(STATUS_LABELS, str(details["expected_status"])).lower()),
                {**details, "detail": message})
    if code == "csrf_failed":
        return (_("The page's form expired. Reload the page and try again."),
                {**details, "detail": message})
    if code in _GENERIC:
        text = status_message(_GENERIC[code])
        said_more = message and message not in (code, "internal error")
        return text, ({**details, "detail": message} if said_more else details)
    if code == "captcha_invalid":
        if details.get("reason") == "wrong":
            return _("The captcha code is wrong. Type the code of the new picture."), details
        return _("The captcha expired or was already used. Type the code of the new "
                 "picture."), details
    if code == "rate_limited":
        return status_message(429), details
    if code == "too_large":
        return status_message(413), details
    if code == "unavailable":
        return status_message(503), details
    return message, details
