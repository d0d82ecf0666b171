"""The moderators' JSON API for campaigns of near duplicates (issue 18): list them per queue
tab, read one, page through its members, and decide all of them at once.

Undoing a campaign decision is undoing its batch: ``POST /api/v1/moderation/batches/<id>/undo``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, Response, jsonify, request

from modsvc import campaigns
from modsvc.api.comments import read_json
from modsvc.auth import current_actor, require
from modsvc.current import services
from modsvc.schemas.requests import CampaignDecisionInput, CampaignMembersQuery, CampaignsQuery

bp = Blueprint("campaigns", __name__, url_prefix="/api/v1/moderation/campaigns")


@bp.get("")
@require("moderate")
def listing() -> Response:
    """Campaigns with comments in one status (a queue tab), most comments first."""
    asked = CampaignsQuery.parse(request.args.to_dict())
    rows = campaigns.queue_rows(services(), asked.status, asked.limit)
    return jsonify({"items": rows, "seen_at": datetime.now(UTC).isoformat()})


@bp.get("/<int:campaign_id>")
@require("moderate")
def detail(campaign_id: int) -> Response:
    """A campaign: counts, members per status, articles, size per hour, decisions."""
    return jsonify(campaigns.get(services(), campaign_id))


@bp.get("/<int:campaign_id>/comments")
@require("moderate")
def comments(campaign_id: int) -> Response:
    """A page of a campaign's members in one status, highest score first."""
    asked = CampaignMembersQuery.parse(request.args.to_dict())
    page = campaigns.members(services(), campaign_id, asked.status,
                             cursor=asked.cursor, limit=asked.limit)
    return jsonify({"items": page.items, "next_cursor": page.next_cursor, "counts": page.counts})


@bp.post("/<int:campaign_id>/decision")
@require("moderate")
def decide(campaign_id: int) -> Response:
    """Approve, reject or mark spam every comment of the campaign in ``expected_status``."""
    asked = CampaignDecisionInput.parse(read_json())
    done = campaigns.decide(
        services(), campaign_id, asked.action, current_actor(),
        expected_status=asked.expected_status, seen_at=asked.seen_at,
        reason=asked.reason, reason_code=asked.reason_code,
    )
    return jsonify({"campaign": done.campaign, "batch_id": done.batch_id,
                    "results": done.results, "left_out": done.left_out})
