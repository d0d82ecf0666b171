"""Languages of the web UI: Indonesian by default, English on request (Flask-Babel).

Templates are written with English msgids; ``modsvc/translations/id`` holds the Indonesian.
A person's choice (``?lang=en``) is remembered in a cookie.
"""

from __future__ import annotations

from datetime import UTC, datetime

from babel.dates import format_datetime as babel_format_datetime
from flask import Flask, Response, current_app, g, request
from flask_babel import Babel, format_datetime, format_decimal, format_percent, get_timezone

LANGUAGES = ("id", "en")
COOKIE = "modsvc_lang"
API_PREFIXES = ("/api/", "/embed/")


def select_locale() -> str:
    """The language for this request: ?lang=, then (for the API, whose answers a portal shows
    its readers) the reader's Accept-Language, or (for our pages) the person's remembered
    choice, then MODSVC_LANGUAGE.

    Our pages do not follow Accept-Language: a moderator whose browser says English still
    works in the portal's language unless they choose otherwise.
    """
    asked = request.args.get("lang")
    if request.path.startswith(API_PREFIXES):
        if asked in LANGUAGES:
            return str(asked)
        best = request.accept_languages.best_match(LANGUAGES)
        if best:
            return str(best)
        language: str = current_app.extensions["modsvc"].settings.language
        return language
    if asked in LANGUAGES:
        g.set_language = asked
        return asked
    remembered = request.cookies.get(COOKIE)
    if remembered in LANGUAGES:
        return remembered
    chosen: str = current_app.extensions["modsvc"].settings.language
    return chosen


def _remember_language(response: Response) -> Response:
    chosen = g.get("set_language")
    if chosen:
        response.set_cookie(COOKIE, chosen, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    return response


def local_time(value: datetime | str | None, with_zone: bool = True) -> str:
    """A moment as people here read it: in MODSVC_TIMEZONE, with its name (WIB)."""
    if value is None:
        return "–"
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    text = str(format_datetime(moment, "d MMM yyyy HH:mm"))
    return f"{text} {zone_label()}" if with_zone else text


def zone_label() -> str:
    """The time zone's short name: WIB, WITA or WIT for Indonesia's zones (Indonesians say so
    whatever the page's language), else what the locale calls it."""
    zone = get_timezone()
    return str(babel_format_datetime(datetime.now(UTC), "z", tzinfo=zone, locale="id"))


def number(value: float, digits: int = 2) -> str:
    """A decimal in the page's language (a comma in Indonesian)."""
    return str(format_decimal(round(value, digits), format="#,##0." + "0" * digits))


def percent(value: float, digits: int = 0) -> str:
    """A share as a rounded percentage, in the page's language; ``digits`` after the comma
    are shown only when they are not zero (99,7% but 100%)."""
    return str(format_percent(value, format="#,##0" + ("." + "#" * digits if digits else "") + "%"))


def init_app(app: Flask) -> None:
    """Wire Flask-Babel into the app: the language per request, times in MODSVC_TIMEZONE."""
    app.config["BABEL_DEFAULT_TIMEZONE"] = app.extensions["modsvc"].settings.timezone
    Babel(app, locale_selector=select_locale, default_translation_directories="translations")
    app.after_request(_remember_language)
