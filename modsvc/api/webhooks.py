"""The operators' view of webhook deliveries to the portal."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from modsvc import webhooks
from modsvc.auth import require
from modsvc.current import services
from modsvc.exceptions import ValidationError

bp = Blueprint("webhooks", __name__, url_prefix="/api/v1/webhooks")


@bp.get("/deliveries")
@require("operate")
def deliveries() -> Response:
    """The newest delivery attempts, newest first (``limit`` 1..1000, default 100)."""
    raw = request.args.get("limit", "100")
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= webhooks.MAX_RECENT:
        raise ValidationError(
            f"limit must be a whole number from 1 to {webhooks.MAX_RECENT}",
            details={"fields": {"limit": f"1..{webhooks.MAX_RECENT}"}},
        )
    return jsonify({"items": webhooks.recent_deliveries(services(), int(raw))})
