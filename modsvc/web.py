"""The Flask application factory and its per-request plumbing."""

from __future__ import annotations

import hmac
import logging
import re
import time
import uuid

from flask import Flask, Response, g, request
from flask_cors import CORS
from werkzeug.exceptions import BadRequest
from werkzeug.middleware.proxy_fix import ProxyFix

from modsvc import auth, errors, headers, i18n, logs, metrics, ratelimits
from modsvc.config import Settings, load_settings
from modsvc.current import services
from modsvc.exceptions import ApiError
from modsvc.services import Services

logger = logging.getLogger(__name__)
access_logger = logging.getLogger("modsvc.access")

MAX_REQUEST_BYTES = 64 * 1024
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
# Probes and scrapes come every few seconds; their access lines are debug noise.
_QUIET_ENDPOINTS = frozenset({"health.healthz", "health.readyz", "metrics"})


def _assign_request_id() -> None:
    given = request.headers.get("X-Request-ID", "")
    g.request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
    g.request_started = time.perf_counter()
    # Every record logged while handling the request carries its id (modsvc.logs).
    g.request_id_token = logs.request_id.set(g.request_id)


def _refuse_nul_characters() -> None:
    """Refuse NUL in the path, query, headers or a form: no person types one, and PostgreSQL
    can neither store nor compare text holding it (a 400 here instead of a 500 deep inside).
    JSON bodies are checked where they are read (:func:`modsvc.api.comments.read_json`);
    uploaded files are checked as the labeled data they must be."""
    fields = [request.path, *request.headers.values()]
    fields += [part for item in request.args.items(multi=True) for part in item]
    if any("\x00" in field for field in fields):
        raise BadRequest("NUL characters are not accepted")
    if request.mimetype == "application/x-www-form-urlencoded":
        # The raw body, kept (cache=True) for whoever parses it later in its own charset.
        raw = request.get_data(cache=True)
        if b"%00" in raw or b"\x00" in raw:
            raise BadRequest("NUL characters are not accepted")
    elif request.mimetype == "multipart/form-data":
        # Its fields (/ops forms, Akismet clients that post multipart); files are checked as
        # the labeled data they must be.
        values = [part for item in request.form.items(multi=True) for part in item]
        if any("\x00" in value for value in values):
            raise BadRequest("NUL characters are not accepted")


def _observe_request(response: Response) -> Response:
    """Time the request into its endpoint's histogram and write the access line (no IP)."""
    started = g.get("request_started")
    if started is None:
        return response
    seconds = time.perf_counter() - started
    metrics.observe_request(request.endpoint, request.method, response.status_code, seconds)
    access_logger.log(
        logging.DEBUG if request.endpoint in _QUIET_ENDPOINTS else logging.INFO,
        "%s %s %d %.1fms", request.method, request.path, response.status_code, seconds * 1000,
        extra={"method": request.method, "path": request.path, "status": response.status_code,
               "duration_ms": round(seconds * 1000, 2),
               "endpoint": request.endpoint or metrics.UNMATCHED_ENDPOINT},
    )
    return response


def _forget_request_id(_error: BaseException | None) -> None:
    token = g.pop("request_id_token", None)
    if token is not None:
        try:
            logs.request_id.reset(token)
        except ValueError:  # set in another context (a streamed response): just clear it
            logs.request_id.set(None)


def _metrics() -> Response:
    """Prometheus exposition of this deployment (every web process and local worker).

    Queue depths, error counts and model versions tell an attacker when and how to strike, so
    the scrape needs ``Authorization: Bearer $MODSVC_METRICS_TOKEN`` unless the operator made
    it public on purpose (``MODSVC_METRICS_PUBLIC``, for a port only Prometheus reaches).
    """
    settings = services().settings
    if not settings.metrics_public:
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        expected = settings.metrics_token
        if not expected:
            raise ApiError("/metrics is closed: set MODSVC_METRICS_TOKEN and scrape with it as a "
                           "bearer token, or MODSVC_METRICS_PUBLIC=on", status=403,
                           code="forbidden")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                                  expected.encode()):
            raise ApiError("send the metrics token: Authorization: Bearer <token>", status=401,
                           code="unauthorized")
    body, content_type = metrics.exposition(services())
    return Response(body, content_type=content_type)


def _send_request_id(response: Response) -> Response:
    response.headers["X-Request-ID"] = g.get("request_id", "")
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
            expose_headers=["Retry-After", "X-Request-ID", "Idempotent-Replayed"],
            max_age=600,
        )
    app.before_request(_assign_request_id)
    app.before_request(_refuse_nul_characters)
    app.after_request(_send_request_id)
    app.after_request(_observe_request)
    app.teardown_request(_forget_request_id)
    errors.init_app(app)
    headers.init_app(app)
    ratelimits.init_app(app, settings)
    auth.init_app(app, app.extensions["modsvc"])
    i18n.init_app(app)

    from modsvc.api import (
        akismet,
        articles,
        campaigns,
        captcha,
        comments,
        moderation,
        operations,
        webhooks,
    )
    from modsvc.pages import demo, embed, health, moderation_ui, ops_ui

    for blueprint in (
        captcha.bp, comments.bp, articles.bp, moderation.bp, health.bp, demo.bp, moderation_ui.bp,
        akismet.bp, webhooks.bp, operations.bp, ops_ui.bp, embed.bp, campaigns.bp,
    ):
        app.register_blueprint(blueprint)

    from modsvc import openapi

    app.register_blueprint(openapi.bp)
    app.add_url_rule("/metrics", "metrics", _metrics, methods=["GET"])
    return app
