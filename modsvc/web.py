"""The Flask application factory and its per-request plumbing."""

from __future__ import annotations

import logging
import re
import uuid

from flask import Flask, Response, current_app, g, request
from flask_cors import CORS
from werkzeug.middleware.proxy_fix import ProxyFix

from modsvc import auth, errors, i18n, ratelimits
from modsvc.config import Settings, load_settings
from modsvc.services import Services

logger = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def services() -> Services:
    """The services of the app handling the current request."""
    found: Services = current_app.extensions["modsvc"]
    return found


def _assign_request_id() -> None:
    given = request.headers.get("X-Request-ID", "")
    g.request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex


def _send_request_id(response: Response) -> Response:
    response.headers["X-Request-ID"] = g.get("request_id", "")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


def build_app(settings: Settings | None = None) -> Flask:
    """Build the app; see :func:`modsvc.create_app`."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        JSON_SORT_KEYS=False,
    )
    app.extensions["modsvc"] = Services.from_settings(settings)
    if settings.trusted_proxies:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.trusted_proxies, x_proto=settings.trusted_proxies
        )
    if settings.cors_origins:
        CORS(
            app,
            resources=[r"/api/v1/(captcha|comments|articles)(/.*)?"],
            origins=list(settings.cors_origins),
            expose_headers=["Retry-After", "X-Request-ID"],
            max_age=600,
        )
    app.before_request(_assign_request_id)
    app.after_request(_send_request_id)
    errors.init_app(app)
    ratelimits.init_app(app, settings)
    auth.init_app(app, app.extensions["modsvc"])
    i18n.init_app(app)

    from modsvc.api import akismet, articles, captcha, comments, moderation
    from modsvc.pages import demo, health, moderation_ui

    for blueprint in (
        captcha.bp, comments.bp, articles.bp, moderation.bp, health.bp, demo.bp, moderation_ui.bp,
        akismet.bp,
    ):
        app.register_blueprint(blueprint)
    return app
