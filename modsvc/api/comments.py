"""The portal's comment endpoints: post a comment, read its status."""

from __future__ import annotations

from flask import Blueprint, Response, g, jsonify, request
from werkzeug.exceptions import UnsupportedMediaType

from modsvc import reviews
from modsvc.current import services
from modsvc.exceptions import NotFoundError, ValidationError
from modsvc.intake import (
    ClientEvidence,
    check_idempotency_key,
    parse_comment,
    submit_comment,
)
from modsvc.ratelimits import comments_limit, limiter, reviews_limit
from modsvc.storage import CommentStatus

bp = Blueprint("comments", __name__, url_prefix="/api/v1/comments")


def read_json() -> object:
    """The decoded JSON body; 415 for another content type, 400 for broken JSON."""
    if not request.is_json:
        raise UnsupportedMediaType("send the comment as application/json")
    try:
        payload = request.get_json(silent=True)
    except RecursionError:  # nested deeper than any real body; json gives up, not with a ValueError
        payload = None
    if payload is None:
        raise ValidationError("the body is not valid JSON", details={"body": "invalid JSON"})
    field = _unstorable_field(payload)
    if field is not None:
        raise ValidationError(
            "NUL characters and lone surrogates are not accepted",
            details={"fields": {field: "holds a NUL character or a lone surrogate"}},
        )
    return payload


def _unstorable_field(value: object) -> str | None:
    """Where a string of a decoded JSON body (a key or a value, at any depth) holds NUL or a
    lone surrogate (``"\\ud800"``), as ``ids.2``; neither comes from a person and the database
    can store neither."""
    pending: list[tuple[str, object]] = [("body", value)]
    while pending:
        where, item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item or not item.isascii() and not _encodes(item):
                return where
        elif isinstance(item, dict):
            for key, inner in item.items():
                name = key if where == "body" else f"{where}.{key}"
                pending += [(name, key), (name, inner)]
        elif isinstance(item, list):
            pending += [(f"{where}.{n}" if where != "body" else str(n), inner)
                        for n, inner in enumerate(item)]
    return None


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@bp.post("")
@limiter.limit(comments_limit)
def post_comment() -> tuple[Response, int]:
    """Accept a comment: 202 once it is stored; scoring follows on a worker. With an
    ``Idempotency-Key`` sent before (the same comment sent again), 202 for the comment stored
    then, marked ``Idempotent-Replayed: true``."""
    found = services()
    key = check_idempotency_key(request.headers.get("Idempotency-Key"))
    data = parse_comment(read_json(), found.settings.max_body_chars)
    client = ClientEvidence(
        ip=request.remote_addr or "",
        user_agent=request.headers.get("User-Agent"),
        referrer=request.headers.get("Referer"),
        accept_language=request.headers.get("Accept-Language"),
        request_id=g.request_id,
    )
    accepted = submit_comment(found, data, client, idempotency_key=key)
    comment = accepted.comment
    # The writer's browser keeps the review token: with it, and only with it, they may ask
    # for a person to look if the comment is held (POST /api/v1/comments/<id>/review).
    token = reviews.review_token_for(found.settings.secret_key, comment.id)
    status = public_status(comment.status, found.settings.reveal_spam_status)
    response = jsonify({"id": comment.id, "status": status, "review_token": token})
    response.headers["Location"] = f"/api/v1/comments/{comment.id}"
    if accepted.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return response, 202


def public_status(status: str, reveal_spam: bool) -> str:
    """What the portal (and so the writer) is told: a comment marked spam is, by default,
    ``pending`` like one a moderator has yet to see. Telling a spammer "spam" at once tells
    them to try the next variant; a citizen wrongly held reads the same neutral "waiting for
    moderation" and can ask for a person to look (``MODSVC_REVEAL_SPAM_STATUS`` tells all)."""
    if status == CommentStatus.SPAM and not reveal_spam:
        return CommentStatus.PENDING.value
    return status


@bp.get("/<comment_id>")
def get_comment(comment_id: str) -> Response:
    """A comment's public status (no score, no e-mail)."""
    found = services()
    with found.db.session() as session:
        found_comment = reviews.with_review(session, comment_id) if len(comment_id) <= 32 else None
        if found_comment is None:
            raise NotFoundError("no such comment")
        comment, review = found_comment
        return jsonify(
            {
                "id": comment.id,
                "status": public_status(comment.status, found.settings.reveal_spam_status),
                "article_id": comment.article_id,
                "created_at": comment.created_at.isoformat(),
                "review": review.public() if review else None,
            }
        )


@bp.post("/<comment_id>/review")
@limiter.limit(reviews_limit)
def request_review(comment_id: str) -> tuple[Response, int]:
    """The writer asks, once, that a person look at their held comment (with its token)."""
    state = reviews.request_review(services(), comment_id, reviews.ReviewInput.parse(read_json()))
    return jsonify({"id": comment_id, "status": CommentStatus.PENDING.value,
                    "review": state.public()}), 202
