"""Languages of the web UI: Indonesian by default, English on request (Flask-Babel).

Templates are written with English msgids; ``modsvc/translations/id`` holds the Indonesian.
A person's choice (``?lang=en``) is remembered in a cookie.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, g, request
from flask_babel import Babel

LANGUAGES = ("id", "en")
COOKIE = "modsvc_lang"


def select_locale() -> str:
    """The language for this request: ?lang=, then the cookie, then MODSVC_LANGUAGE."""
    asked = request.args.get("lang")
    if asked in LANGUAGES:
        g.set_language = asked
        return asked
    remembered = request.cookies.get(COOKIE)
    if remembered in LANGUAGES:
        return remembered
    language: str = current_app.extensions["modsvc"].settings.language
    return language


def _remember_language(response: Response) -> Response:
    chosen = g.get("set_language")
    if chosen:
        response.set_cookie(COOKIE, chosen, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    return response


def init_app(app: Flask) -> None:
    """Wire Flask-Babel into the app."""
    Babel(app, locale_selector=select_locale, default_translation_directories="translations")
    app.after_request(_remember_language)
