"""The moderators' JSON API for campaigns of near duplicates (issue 18): list them per queue
tab, read one, page through its members, and decide all of them at once.

Undoing a campaign decision is undoing its batch: ``POST /api/v1/moderation/batches/<id>/undo``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Response, jsonify, request

from modsvc import campaigns
from modsvc.api.comments import read_json
from modsvc.api.moderation import _actor, _decision_fields
from modsvc.auth import require
from modsvc.current import services
from modsvc.exceptions import NotFoundError, ValidationError
from modsvc.storage.models import INTEGER_ID_MAX

bp = Blueprint("campaigns", __name__, url_prefix="/api/v1/moderation/campaigns")


def _campaign(campaign_id: int) -> int:
    if not 0 < campaign_id <= INTEGER_ID_MAX:
        raise NotFoundError("no such campaign")
    return campaign_id


def _limit(default: int) -> int:
    raw = request.args.get("limit", str(default))
    if not (raw.isascii() and raw.isdigit()):
        raise ValidationError("limit must be a whole number", details={"fields": {"limit": "nan"}})
    return max(1, int(raw))


@bp.get("")
@require("moderate")
def listing() -> Response:
    """Campaigns with comments in one status (a queue tab), most comments first."""
    status = request.args.get("status", "pending")
    rows = campaigns.queue_rows(services(), status, _limit(campaigns.QUEUE_ROWS))
    return jsonify({"items": rows, "seen_at": datetime.now(UTC).isoformat()})


@bp.get("/<int:campaign_id>")
@require("moderate")
def detail(campaign_id: int) -> Response:
    """A campaign: counts, members per status, articles, size per hour, decisions."""
    return jsonify(campaigns.get(services(), _campaign(campaign_id)))


@bp.get("/<int:campaign_id>/comments")
@require("moderate")
def comments(campaign_id: int) -> Response:
    """A page of a campaign's members in one status, highest score first."""
    page = campaigns.members(services(), _campaign(campaign_id),
                             request.args.get("status", "pending"),
                             cursor=request.args.get("cursor") or None, limit=_limit(50))
    return jsonify({"items": page.items, "next_cursor": page.next_cursor, "counts": page.counts})


def _seen_at(payload: Any) -> datetime | None:
    raw = payload.get("seen_at") if isinstance(payload, dict) else None
    if raw is None:
        return None
    try:
        if not isinstance(raw, str):
            raise ValueError
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ValidationError("seen_at must be an ISO 8601 time",
                              details={"fields": {"seen_at": "not a time"}}) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@bp.post("/<int:campaign_id>/decision")
@require("moderate")
def decide(campaign_id: int) -> Response:
    """Approve, reject or mark spam every comment of the campaign in ``expected_status``."""
    payload = read_json()
    asked = _decision_fields(payload)
    done = campaigns.decide(
        services(), _campaign(campaign_id), asked.action, _actor(),
        expected_status=asked.expected_status, seen_at=_seen_at(payload),
        reason=asked.reason, reason_code=asked.reason_code,
    )
    return jsonify({"campaign": done.campaign, "batch_id": done.batch_id,
                    "results": done.results, "left_out": done.left_out})
