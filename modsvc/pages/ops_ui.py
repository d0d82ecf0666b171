"""The operators' web area (/ops, admins only): models, retraining, rules, tokens, people,
statistics and webhook deliveries.

Forms post here (with CSRF tokens) and call the same services as the JSON API.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from modsvc import accounts, rules, stats
from modsvc.api.operations import MAX_UPLOAD_BYTES, model_summary, save_uploads
from modsvc.auth import csrf, current_principal
from modsvc.current import scoring_runtime, services
from modsvc.exceptions import ApiError
from modsvc.model_store import ModelStore
from modsvc.queues import enqueue_retrain

logger = logging.getLogger(__name__)

bp = Blueprint("ops", __name__, url_prefix="/ops")

PLOTS = ("pr_curve", "score_histogram", "confusion_matrix")
_VERSION = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


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
    flash(_("Not done: %(reason)s", reason=error.message), "error")
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
    store = ModelStore(services())
    items = [model_summary(row) for row in store.list()]
    return render_template("ops/models.html", items=items, plots=PLOTS,
                           job_id=request.args.get("job"))


@bp.get("/models/<version>/<plot>.png")
def model_plot(version: str, plot: str) -> Any:
    """A plot saved with the model at training time."""
    if plot not in PLOTS or not _VERSION.match(version):
        abort(404)
    path = services().settings.models_dir / version / f"{plot}.png"
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="image/png", max_age=3600)


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
            flash(_("Not done: %(reason)s", reason=_field_problems(error)), "error")
            return redirect(url_for("ops.rules_page"))
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
                           text=text)


def _field_problems(error: ApiError) -> str:
    fields = error.details.get("fields") if isinstance(error.details, dict) else None
    if isinstance(fields, dict) and fields:
        return "; ".join(f"{k}: {v}" for k, v in fields.items())
    return error.message


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


@bp.get("/webhooks")
def webhooks_page() -> str:
    """The latest webhook deliveries to the portal."""
    from modsvc.webhooks import display_url, recent_deliveries

    found = services()
    url = found.settings.webhook_url
    return render_template("ops/webhooks.html", items=recent_deliveries(found, 200),
                           url=display_url(url) if url else None)
