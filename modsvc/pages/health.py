"""Liveness and readiness probes for load balancers and orchestrators."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, jsonify

from modsvc.current import services
from modsvc.errors import RETRY_AFTER_UNAVAILABLE
from modsvc.model_store import ModelStore

logger = logging.getLogger(__name__)

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """The process answers; says nothing about its dependencies."""
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Ready when the database and Redis answer and a model is active and loadable."""
    found = services()
    checks: dict[str, str] = {}
    try:
        found.db.ping()
        checks["database"] = "ok"
    except Exception as error:
        checks["database"] = f"error: {type(error).__name__}"
    try:
        found.redis.ping()
        checks["redis"] = "ok"
    except Exception as error:
        checks["redis"] = f"error: {type(error).__name__}"
    if checks["database"] == "ok":
        store = ModelStore(found)
        version = store.active_version()
        checks["model"] = "ok" if version in store.registry.versions() else "missing"
    else:
        checks["model"] = "unknown"
    ready = all(value == "ok" for value in checks.values())
    if not ready:
        logger.warning("not ready: %s", checks)
    response = jsonify({"status": "ok" if ready else "unavailable", "checks": checks})
    if not ready:
        response.headers["Retry-After"] = RETRY_AFTER_UNAVAILABLE
    return response, 200 if ready else 503
