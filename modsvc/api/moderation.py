"""The moderators' JSON API: the queue, decisions (single, bulk, undo) and comment detail."""

from __future__ import annotations

import re

from flask import Blueprint, Response, jsonify, request

from modsvc import campaigns, claims, moderation
from modsvc.api.comments import read_json
from modsvc.auth import current_actor, current_principal, require
from modsvc.current import services
from modsvc.exceptions import NotFoundError
from modsvc.moderation import QueueFilter
from modsvc.schemas.requests import BulkDecisionInput, ClaimsQuery, DecisionInput, QueueQuery
from modsvc.storage.models import INTEGER_ID_MAX

bp = Blueprint("moderation", __name__, url_prefix="/api/v1/moderation")

_BATCH_ID = re.compile(r"^[0-9a-f]{16}$")


def filter_from_args() -> QueueFilter:
    """The queue filter from query arguments (shared by the JSON API and the web UI)."""
    asked = QueueQuery.parse(request.args.to_dict())
    campaign = asked.campaign if asked.campaign != "none" else None
    return QueueFilter(
        status=asked.status, article_id=asked.article_id, q=asked.q,
        score_min=asked.score_min, score_max=asked.score_max, since=asked.since,
        until=asked.until, model_version=asked.model_version, sort=asked.sort,
        cursor=asked.cursor, limit=asked.limit,
        campaign_id=min(int(campaign), INTEGER_ID_MAX + 1) if campaign else None,
        outside_campaigns=asked.campaign == "none",
    )


@bp.get("/queue")
@require("moderate")
def queue() -> Response:
    """A page of the queue with the counts per status."""
    page = moderation.queue(services(), filter_from_args())
    return jsonify({"items": page.items, "next_cursor": page.next_cursor, "counts": page.counts})


@bp.post("/comments/<comment_id>/decision")
@require("moderate")
def decide(comment_id: str) -> Response:
    """Approve, reject (optionally saying why) or mark spam; 409 when someone else changed it
    first."""
    asked = DecisionInput.parse(read_json())
    item = moderation.decide(services(), comment_id, asked.action, current_actor(),
                             reason=asked.reason, expected_status=asked.expected_status,
                             reason_code=asked.reason_code)
    return jsonify(item)


@bp.post("/decisions")
@require("moderate")
def decide_many() -> Response:
    """The same decision on many comments; per-id results and the batch id to undo it by."""
    asked = BulkDecisionInput.parse(read_json())
    done = moderation.decide_many(services(), asked.ids, asked.action, current_actor(),
                                  reason=asked.reason, expected_status=asked.expected_status,
                                  reason_code=asked.reason_code)
    return jsonify({"batch_id": done.batch_id, "results": done.results})


@bp.post("/batches/<batch_id>/undo")
@require("moderate")
def undo_batch(batch_id: str) -> Response:
    """Reverse every decision of a bulk action (or a campaign decision) at once."""
    if not _BATCH_ID.match(batch_id):
        raise NotFoundError("no such batch")
    done = campaigns.undo(services(), batch_id, current_actor())
    return jsonify({"batch_id": done.batch_id, "results": done.results})


@bp.post("/comments/<comment_id>/claim")
@require("moderate")
def claim(comment_id: str) -> Response:
    """Say you are looking at a comment (renew every minute); answers who holds it."""
    principal = current_principal()
    assert principal is not None
    holder = claims.claim(services().redis, comment_id[:32], principal.name)
    return jsonify({"comment_id": comment_id, "claimed_by": holder,
                    "mine": holder == principal.name})


@bp.get("/claims")
@require("moderate")
def claims_of() -> Response:
    """Which of the given comments (``ids``, comma-separated, up to 200) other moderators are
    looking at."""
    principal = current_principal()
    assert principal is not None
    ids = ClaimsQuery.parse(request.args.to_dict()).comment_ids()
    return jsonify({"claimed": claims.claimed_by_others(services().redis, ids, principal.name)})


@bp.post("/comments/<comment_id>/undo")
@require("moderate")
def undo(comment_id: str) -> Response:
    """Reverse the latest human decision on a comment."""
    return jsonify(moderation.undo(services(), comment_id, current_actor()))


@bp.get("/comments/<comment_id>")
@require("moderate")
def detail(comment_id: str) -> Response:
    """Evidence, reasons, history and the same author's other comments."""
    return jsonify(moderation.detail(services(), comment_id))
