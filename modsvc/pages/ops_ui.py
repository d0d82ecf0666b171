"""The operators' web area (/ops, admins only): models, retraining, rules, tokens, people,
statistics and webhook deliveries.

Forms post here (with CSRF tokens) and call the same services as the JSON API.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from modsvc import accounts, rules, stats
from modsvc.api.operations import MAX_UPLOAD_BYTES, model_summary, save_uploads
from modsvc.auth import csrf, current_principal
from modsvc.current import scoring_runtime, services
from modsvc.error_messages import reader_message
from modsvc.exceptions import ApiError
from modsvc.labels import RULE_ACTION_LABELS, RULE_KIND_LABELS
from modsvc.model_store import ModelStore
from modsvc.pages.model_view import model_view
from modsvc.queues import enqueue_retrain

logger = logging.getLogger(__name__)

bp = Blueprint("ops", __name__, url_prefix="/ops")



@bp.before_request
def _admins_only() -> Any:
    principal = current_principal()
    if principal is None or principal.kind != "moderator":
        return redirect(url_for("ui.login", next=request.full_path))
    if "operate" not in principal.scopes:
        abort(403)
    if request.method == "POST":
        if request.endpoint == "ops.retrain":
            # Labeled files are bigger than any other request (64 KB); admins only get here.
            request.max_content_length = MAX_UPLOAD_BYTES
        csrf.protect()
    return None


def _done(message: str, endpoint: str, **values: Any) -> Response:
    flash(message)
    return redirect(url_for(endpoint, **values))


def _failed(error: ApiError, endpoint: str) -> Response:
    """Back to the page, which shows why (in the page's language) once."""
    message, _details = reader_message(error.error_code, error.message, error.details)
    flash(_("Not done: %(reason)s", reason=message), "error")
    return redirect(url_for(endpoint))


@bp.get("")
def overview() -> str:
    """Statistics: flows per day, queue health, moderators, scores, overturns."""
    days = request.args.get("days", "14")
    figures = stats.daily_stats(services(), int(days) if days.isascii() and days.isdigit() else 14)
    return render_template("ops/stats.html", stats=figures)


@bp.get("/models")
def models() -> str:
    """Model versions with metrics, plots, data counts; activate, roll back, retrain."""
    found = services()
    items = [model_view(model_summary(row), row.card or {}, found.settings)
             for row in ModelStore(found).list()]
    return render_template("ops/models.html", items=items, job_id=request.args.get("job"),
                           auto_approve=found.settings.auto_approve)


@bp.post("/models/<version>/activate")
def activate(version: str) -> Response:
    """Make a version live."""
    try:
        ModelStore(services()).activate(version)
    except ApiError as error:
        return _failed(error, "ops.models")
    return _done(_("Model %(v)s is live.", v=version), "ops.models")


@bp.post("/models/rollback")
def rollback() -> Response:
    """Back to the previous live version."""
    try:
        version = ModelStore(services()).rollback()
    except ApiError as error:
        return _failed(error, "ops.models")
    return _done(_("Model %(v)s is live again.", v=version), "ops.models")


@bp.post("/models/retrain")
def retrain() -> Response:
    """Start a retraining on a worker and follow it on the models page."""
    found = services()
    try:
        files = [f for f in request.files.getlist("files") if f.filename]
        data_files = save_uploads(found, files)
    except ApiError as error:
        return _failed(error, "ops.models")
    job_id = enqueue_retrain(found.redis, data_files=data_files,
                             force=request.form.get("force") == "on")
    return _done(_("Retraining started."), "ops.models", job=job_id)


@bp.route("/rules", methods=["GET", "POST"])
def rules_page() -> Any:
    """Blocklist rules, and a box to test a text against rules and model."""
    found = services()
    tested = None
    text = ""
    if request.method == "POST" and request.form.get("intent") == "add":
        try:
            principal = current_principal()
            rules.add_rule(found, request.form.get("kind", ""), request.form.get("pattern", ""),
                           request.form.get("action", ""), principal.actor if principal else "")
        except ApiError as error:
            return _failed(error, "ops.rules_page")
        return _done(_("Rule added."), "ops.rules_page")
    if request.method == "POST" and request.form.get("intent") == "delete":
        try:
            rules.delete_rule(found, int(request.form.get("rule_id", "0")))
        except (ApiError, ValueError):
            abort(404)
        return _done(_("Rule removed."), "ops.rules_page")
    if request.method == "POST" and request.form.get("intent") == "test":
        text = request.form.get("text", "")[:20_000]
        if text.strip():
            judgement = scoring_runtime().judge(text)
            tested = {"status": judgement.decision.status, "score": judgement.probability,
                      "model_version": judgement.model_version,
                      "reasons": judgement.decision.reasons}
    return render_template("ops/rules.html", items=rules.list_rules(found), tested=tested,
                           text=text, kinds=RULE_KIND_LABELS, actions=RULE_ACTION_LABELS)


@bp.route("/tokens", methods=["GET", "POST"])
def tokens_page() -> Any:
    """API tokens: issue (the secret is shown once), list, revoke."""
    found = services()
    issued = None
    if request.method == "POST" and request.form.get("intent") == "create":
        try:
            issued = accounts.create_token(found, request.form.get("name", "").strip()[:100],
                                           request.form.get("scope", ""))
        except ApiError as error:
            return _failed(error, "ops.tokens_page")
    elif request.method == "POST" and request.form.get("intent") == "revoke":
        try:
            accounts.revoke_token(found, int(request.form.get("token_id", "0")))
        except (ApiError, ValueError):
            abort(404)
        return _done(_("Token revoked."), "ops.tokens_page")
    items = [accounts.token_dict(t) for t in accounts.list_tokens(found)]
    return render_template("ops/tokens.html", items=items, issued=issued,
                           scopes=accounts.SCOPES)


@bp.route("/moderators", methods=["GET", "POST"])
def moderators_page() -> Any:
    """People who may log in: add, disable."""
    found = services()
    if request.method == "POST" and request.form.get("intent") == "add":
        try:
            accounts.add_moderator(found, request.form.get("username", "").strip(),
                                   request.form.get("password", ""),
                                   request.form.get("role", "moderator"))
        except ApiError as error:
            return _failed(error, "ops.moderators_page")
        return _done(_("Account added."), "ops.moderators_page")
    if request.method == "POST" and request.form.get("intent") == "disable":
        try:
            accounts.disable_moderator(found, request.form.get("username", ""))
        except ApiError as error:
            return _failed(error, "ops.moderators_page")
        return _done(_("Account disabled."), "ops.moderators_page")
    return render_template("ops/moderators.html", items=accounts.list_moderators(found),
                           roles=accounts.ROLES)


def _bars(timeline: list[dict[str, Any]], width: float, height: float,
          hours: int = 48) -> list[dict[str, Any]]:
    """A campaign's comments per hour as SVG bars: its last ``hours`` hours of activity."""
    from datetime import datetime, timedelta

    if not timeline:
        return []
    last = datetime.fromisoformat(timeline[-1]["hour"])
    start = last - timedelta(hours=hours - 1)
    shown = [(datetime.fromisoformat(t["hour"]), int(t["comments"])) for t in timeline]
    shown = [(at, n) for at, n in shown if at >= start]
    top = max(n for _at, n in shown) or 1
    step = width / hours
    return [{"x": round((at - start).total_seconds() / 3600 * step, 2),
             "w": round(max(1.0, step - 1), 2), "h": round(max(1.0, n / top * height), 2),
             "y": round(height - max(1.0, n / top * height), 2), "n": n, "hour": at.isoformat()}
            for at, n in shown]


@bp.app_template_global("campaign_bars")
def campaign_bars(timeline: list[dict[str, Any]], width: float = 120,
                  height: float = 24) -> list[dict[str, Any]]:
    """Template helper: :func:`_bars`."""
    return _bars(timeline, width, height)


@bp.get("/campaigns")
def campaigns_page() -> str:
    """Campaigns of near duplicates seen lately: size over time, articles, how each ended."""
    from modsvc import campaigns

    found = services()
    return render_template("ops/campaigns.html", items=campaigns.recent(found, 100),
                           window_hours=found.settings.campaign_window_hours,
                           block_days=found.settings.campaign_block_days)


@bp.get("/campaigns/<int:campaign_id>")
def campaign_page(campaign_id: int) -> str:
    """One campaign: its size per hour, the articles it hit, decisions and its comments."""
    from modsvc import campaigns
    from modsvc.exceptions import NotFoundError
    from modsvc.storage.models import INTEGER_ID_MAX

    found = services()
    if not 0 < campaign_id <= INTEGER_ID_MAX:
        abort(404)
    try:
        campaign = campaigns.get(found, campaign_id)
    except NotFoundError:
        abort(404)
    statuses = [s for s in ("pending", "spam", "approved", "rejected")
                if campaign["statuses"].get(s)]
    shown = {status: campaigns.members(found, campaign_id, status, limit=20).items
             for status in statuses}
    return render_template("ops/campaign.html", campaign=campaign, members=shown)


@bp.get("/webhooks")
def webhooks_page() -> str:
    """The latest webhook deliveries to the portal."""
    from modsvc.webhooks import display_url, recent_deliveries

    found = services()
    url = found.settings.webhook_url
    return render_template("ops/webhooks.html", items=recent_deliveries(found, 200),
                           url=display_url(url) if url else None)
