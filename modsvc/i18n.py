"""Languages of the web UI: Indonesian by default, English on request (Flask-Babel).

Templates are written with English msgids; ``modsvc/translations/id`` holds the Indonesian.
A person's choice (``?lang=en``) is remembered in a cookie.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, g, request
from flask_babel import Babel

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


def init_app(app: Flask) -> None:
    """Wire Flask-Babel into the app."""
    Babel(app, locale_selector=select_locale, default_translation_directories="translations")
    app.after_request(_remember_language)
