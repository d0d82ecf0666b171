"""The operators' view of webhook deliveries to the portal."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from modsvc import webhooks
from modsvc.auth import require
from modsvc.current import services
from modsvc.schemas.requests import DeliveriesQuery

bp = Blueprint("webhooks", __name__, url_prefix="/api/v1/webhooks")


@bp.get("/deliveries")
@require("operate")
def deliveries() -> Response:
    """The newest delivery attempts, newest first (``limit`` 1..1000, default 100)."""
    asked = DeliveriesQuery.parse(request.args.to_dict())
    return jsonify({"items": webhooks.recent_deliveries(services(), asked.limit)})
