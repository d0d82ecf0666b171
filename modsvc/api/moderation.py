"""The moderators' JSON API: the queue, decisions (single, bulk, undo) and comment detail."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Response, jsonify, request

from modsvc import campaigns, claims, moderation
from modsvc.api.comments import read_json
from modsvc.auth import current_principal, require
from modsvc.current import services
from modsvc.exceptions import NotFoundError, ValidationError
from modsvc.moderation import Actor, QueueFilter
from modsvc.storage.models import INTEGER_ID_MAX

bp = Blueprint("moderation", __name__, url_prefix="/api/v1/moderation")

_BATCH_ID = re.compile(r"^[0-9a-f]{16}$")


def _actor() -> Actor:
    principal = current_principal()
    assert principal is not None
    return Actor(principal.actor, principal.moderator_id, principal.actor_kind)


def _float_arg(name: str) -> float | None:
    raw = request.args.get(name)
    if raw in (None, ""):
        return None
    try:
        return float(raw)
    except ValueError:
        raise ValidationError(f"{name} must be a number",
                              details={"fields": {name: "not a number"}}) from None


def _time_arg(name: str) -> datetime | None:
    raw = request.args.get(name)
    if raw in (None, ""):
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ValidationError(f"{name} must be an ISO 8601 date or time",
                              details={"fields": {name: "not a date"}}) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def filter_from_args() -> QueueFilter:
    """The queue filter from query arguments (shared by the JSON API and the web UI)."""
    limit_raw = request.args.get("limit", "50")
    if not (limit_raw.isascii() and limit_raw.isdigit()):
        raise ValidationError("limit must be a whole number", details={"fields": {"limit": "nan"}})
    return QueueFilter(
        status=request.args.get("status", "pending"),
        article_id=request.args.get("article_id") or None,
        q=(request.args.get("q") or "").strip()[:200] or None,
        score_min=_float_arg("score_min"),
        score_max=_float_arg("score_max"),
        since=_time_arg("since"),
        until=_time_arg("until"),
        model_version=request.args.get("model_version") or None,
        sort=request.args.get("sort", "-score"),
        cursor=request.args.get("cursor") or None,
        limit=int(limit_raw),
        campaign_id=_campaign_arg(),
        outside_campaigns=request.args.get("campaign") == "none",
    )


def _campaign_arg() -> int | None:
    """``campaign``: a campaign's id (its members only) or ``none`` (comments in none)."""
    raw = request.args.get("campaign") or ""
    if raw in ("", "none"):
        return None
    if not (raw.isascii() and raw.isdigit()):
        raise ValidationError("campaign must be a campaign's id or 'none'",
                              details={"fields": {"campaign": "invalid"}})
    return min(int(raw), INTEGER_ID_MAX + 1)


@bp.get("/queue")
@require("moderate")
def queue() -> Response:
    """A page of the queue with the counts per status."""
    page = moderation.queue(services(), filter_from_args())
    return jsonify({"items": page.items, "next_cursor": page.next_cursor, "counts": page.counts})


@dataclass(frozen=True)
class _Decision:
    action: str
    reason: str | None
    expected_status: str | None
    reason_code: str | None


def _decision_fields(payload: Any) -> _Decision:
    if not isinstance(payload, dict):
        raise ValidationError("the body must be a JSON object")
    action = payload.get("action")
    reason = payload.get("reason")
    expected = payload.get("expected_status")
    reason_code = payload.get("reason_code")
    if not isinstance(action, str):
        raise ValidationError("action is required", details={"fields": {"action": "required"}})
    if reason is not None and (not isinstance(reason, str) or len(reason) > 1000):
        raise ValidationError("reason must be text", details={"fields": {"reason": "invalid"}})
    if expected is not None and not isinstance(expected, str):
        raise ValidationError("expected_status must be a status",
                              details={"fields": {"expected_status": "invalid"}})
    if reason_code is not None and not isinstance(reason_code, str):
        raise ValidationError("reason_code must be text",
                              details={"fields": {"reason_code": "invalid"}})
    return _Decision(action, reason or None, expected, reason_code)


@bp.post("/comments/<comment_id>/decision")
@require("moderate")
def decide(comment_id: str) -> Response:
    """Approve, reject (optionally saying why) or mark spam; 409 when someone else changed it
    first."""
    asked = _decision_fields(read_json())
    item = moderation.decide(services(), comment_id, asked.action, _actor(), reason=asked.reason,
                             expected_status=asked.expected_status, reason_code=asked.reason_code)
    return jsonify(item)


@bp.post("/decisions")
@require("moderate")
def decide_many() -> Response:
    """The same decision on many comments; per-id results and the batch id to undo it by."""
    payload = read_json()
    asked = _decision_fields(payload)
    ids = payload.get("ids") if isinstance(payload, dict) else None
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ValidationError("ids must be a list of comment ids",
                              details={"fields": {"ids": "invalid"}})
    done = moderation.decide_many(services(), ids, asked.action, _actor(), reason=asked.reason,
                                  expected_status=asked.expected_status,
                                  reason_code=asked.reason_code)
    return jsonify({"batch_id": done.batch_id, "results": done.results})


@bp.post("/batches/<batch_id>/undo")
@require("moderate")
def undo_batch(batch_id: str) -> Response:
    """Reverse every decision of a bulk action (or a campaign decision) at once."""
    if not _BATCH_ID.match(batch_id):
        raise NotFoundError("no such batch")
    done = campaigns.undo(services(), batch_id, _actor())
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
    ids = [i for i in (request.args.get("ids") or "").split(",") if 0 < len(i) <= 32][:200]
    return jsonify({"claimed": claims.claimed_by_others(services().redis, ids, principal.name)})


@bp.post("/comments/<comment_id>/undo")
@require("moderate")
def undo(comment_id: str) -> Response:
    """Reverse the latest human decision on a comment."""
    return jsonify(moderation.undo(services(), comment_id, _actor()))


@bp.get("/comments/<comment_id>")
@require("moderate")
def detail(comment_id: str) -> Response:
    """Evidence, reasons, history and the same author's other comments."""
    return jsonify(moderation.detail(services(), comment_id))
