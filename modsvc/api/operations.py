"""The operators' JSON API: models and retraining, rules, tokens and statistics."""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, jsonify, request
from rq.exceptions import NoSuchJobError
from werkzeug.datastructures import FileStorage

from classifiers.corpus import CorpusError, read_labeled
from modsvc import accounts, rules, stats
from modsvc.api.comments import read_json
from modsvc.auth import current_principal, require
from modsvc.current import scoring_runtime, services
from modsvc.exceptions import ForbiddenError, NotFoundError, ValidationError
from modsvc.labels import training_step_text
from modsvc.model_store import ModelStore, discard_uploads
from modsvc.queues import enqueue_retrain, fetch_job
from modsvc.schemas.requests import (
    RetrainInput,
    RuleInput,
    RuleTestInput,
    StatsQuery,
    TokenInput,
)
from modsvc.services import Services

bp = Blueprint("operations", __name__, url_prefix="/api/v1")

UPLOAD_SUFFIXES = (".csv", ".jsonl", ".json")
# RQ's own job ids (uuid4 hex) and anything RQ accepts as an id; other text is no job of ours.
_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def model_summary(row: Any) -> dict[str, Any]:
    """A registered model as lists show it."""
    card = row.card or {}
    return {
        "version": row.version,
        "active": row.active,
        "created_at": row.created_at.isoformat(),
        "activated_at": row.activated_at.isoformat() if row.activated_at else None,
        "metrics": card.get("metrics", {}),
        "thresholds": card.get("thresholds", {}),
        "data": card.get("data", {}),
        "comparison": card.get("comparison"),
    }


@bp.get("/models")
@require("operate")
def list_models() -> Response:
    """Every model version, newest first, with its holdout metrics."""
    return jsonify({"items": [model_summary(r) for r in ModelStore(services()).list()]})


@bp.get("/models/<version>")
@require("operate")
def show_model(version: str) -> Response:
    """One model's card."""
    row = ModelStore(services()).get(version)
    return jsonify({**model_summary(row), "card": row.card})


@bp.post("/models/<version>/activate")
@require("operate")
def activate_model(version: str) -> Response:
    """Make a version live; workers switch within seconds."""
    ModelStore(services()).activate(version)
    return jsonify({"active": version})


@bp.post("/models/rollback")
@require("operate")
def rollback_model() -> Response:
    """Go back to the version that was live before."""
    return jsonify({"active": ModelStore(services()).rollback()})


MAX_UPLOAD_BYTES = 32 * 1024 * 1024


def save_uploads(found: Services, files: list[FileStorage]) -> list[str]:
    """Keep uploaded labeled files in the data dir until the retraining job has read them
    (it deletes them); refuse bad ones, keeping none of the request's files.

    Errors name the file as the operator uploaded it, never where it was kept on the server.
    """
    directory = found.settings.data_dir / "uploads"
    directory.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    try:
        for upload in files:
            name = Path(upload.filename or "upload").name[:100]
            suffix = Path(name).suffix.lower()
            if suffix not in UPLOAD_SUFFIXES:
                raise ValidationError(f"{name}: upload CSV or JSON Lines files",
                                      details={"fields": {"files": "csv or jsonl"}, "file": name,
                                               "problem": "not_csv_or_jsonl"})
            path = directory / f"{secrets.token_hex(8)}{suffix}"
            paths.append(path)
            upload.save(path)
            try:
                read_labeled(path)
            except CorpusError as error:
                message = str(error).replace(str(path), name)
                raise ValidationError(message, details={
                    "fields": {"files": "invalid"}, "file": name, "line": error.line,
                    "problem": error.problem, "detail": error.detail}) from None
    except BaseException:
        discard_uploads(paths)
        raise
    return [str(path) for path in paths]


@bp.post("/models/retrain")
@require("operate")
def retrain() -> tuple[Response, int]:
    """Start a retraining on a worker; 202 with the job to follow."""
    found = services()
    if request.mimetype == "multipart/form-data":
        # Labeled files are bigger than any other request (64 KB); only operators get here.
        request.max_content_length = MAX_UPLOAD_BYTES
        force = request.form.get("force") in ("1", "true", "on")
        data_files = save_uploads(found, request.files.getlist("files"))
    else:
        force = RetrainInput.parse(read_json() if request.content_length else {}).force
        data_files = []
    try:
        job_id = enqueue_retrain(found.redis, data_files=data_files, force=force)
    except BaseException:
        discard_uploads([Path(p) for p in data_files])
        raise
    return jsonify({"job_id": job_id, "status": "queued"}), 202


@bp.get("/models/retrain/<job_id>")
@require("operate")
def retrain_status(job_id: str) -> Response:
    """Where a retraining job is: its status, last progress message and result."""
    if not _JOB_ID.match(job_id):
        raise NotFoundError("no such retraining job")
    try:
        job = fetch_job(job_id, services().redis)
    except NoSuchJobError:
        raise NotFoundError("no such retraining job") from None
    if job.func_name != "workers.jobs.retrain_model":
        raise NotFoundError("no such retraining job")
    result = job.return_value() if job.is_finished else None
    step = job.meta.get("step")
    return jsonify({
        "job_id": job.id, "status": job.get_status().value,
        "progress": training_step_text(step) or job.meta.get("progress"), "step": step,
        "result": result, "error": "the retraining failed; see the worker log"
        if job.is_failed else None,
    })


@bp.get("/stats")
@require("operate")
def get_stats() -> Response:
    """Per-day figures for the last ``days`` days (default 14)."""
    asked = StatsQuery.parse(request.args.to_dict())
    return jsonify(stats.daily_stats(services(), asked.days))


@bp.get("/rules")
@require("operate")
def list_rules() -> Response:
    """Every blocklist rule."""
    return jsonify({"items": rules.list_rules(services())})


@bp.post("/rules")
@require("operate")
def add_rule() -> tuple[Response, int]:
    """Add a word, phrase or domain rule with action hold or spam."""
    asked = RuleInput.parse(read_json())
    principal = current_principal()
    rule = rules.add_rule(services(), asked.kind, asked.pattern, asked.action,
                          principal.actor if principal else "unknown")
    return jsonify(rule), 201


@bp.delete("/rules/<int:rule_id>")
@require("operate")
def delete_rule(rule_id: int) -> tuple[str, int]:
    """Remove a rule."""
    rules.delete_rule(services(), rule_id)
    return "", 204


@bp.post("/rules/test")
@require("operate")
def test_text() -> Response:
    """What the rules and the live model would do with a text, and why."""
    judgement = scoring_runtime().judge(RuleTestInput.parse(read_json()).text)
    return jsonify({
        "status": judgement.decision.status,
        "score": judgement.probability,
        "model_version": judgement.model_version,
        "reasons": judgement.decision.reasons,
    })


@bp.get("/tokens")
@require("operate")
def list_tokens() -> Response:
    """Every token (never its secret)."""
    return jsonify({"items": [accounts.token_dict(t) for t in accounts.list_tokens(services())]})


@bp.post("/tokens")
@require("operate")
def create_token() -> tuple[Response, int]:
    """Issue a token; the secret is in this response only.

    Only a person (an admin's session) may: a leaked token must not be able to mint itself
    successors that outlive its revocation.
    """
    principal = current_principal()
    if principal is None or principal.kind != "moderator":
        raise ForbiddenError("tokens are issued by an admin (in /ops or with `modsvc tokens "
                             "create`), not by another token")
    asked = TokenInput.parse(read_json())
    issued = accounts.create_token(services(), asked.name, asked.scope)
    return jsonify({"id": issued.id, "name": issued.name, "scope": issued.scope,
                    "token": issued.secret}), 201


@bp.delete("/tokens/<int:token_id>")
@require("operate")
def revoke_token(token_id: int) -> tuple[str, int]:
    """Revoke a token at once."""
    accounts.revoke_token(services(), token_id)
    return "", 204

