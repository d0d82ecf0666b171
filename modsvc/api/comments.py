"""The portal's comment endpoints: post a comment, read its status."""

from __future__ import annotations

from flask import Blueprint, Response, g, jsonify, request
from werkzeug.exceptions import UnsupportedMediaType

from modsvc.exceptions import NotFoundError, ValidationError
from modsvc.intake import ClientEvidence, parse_comment, submit_comment
from modsvc.ratelimits import comments_limit, limiter
from modsvc.storage import Comment
from modsvc.web import services

bp = Blueprint("comments", __name__, url_prefix="/api/v1/comments")


def read_json() -> object:
    """The decoded JSON body; 415 for another content type, 400 for broken JSON."""
    if not request.is_json:
        raise UnsupportedMediaType("send the comment as application/json")
    payload = request.get_json(silent=True)
    if payload is None:
        raise ValidationError("the body is not valid JSON", details={"body": "invalid JSON"})
    return payload


@bp.post("")
@limiter.limit(comments_limit)
def post_comment() -> tuple[Response, int]:
    """Accept a comment: 202 once it is stored; scoring follows on a worker."""
    found = services()
    data = parse_comment(read_json(), found.settings.max_body_chars)
    client = ClientEvidence(
        ip=request.remote_addr or "",
        user_agent=request.headers.get("User-Agent"),
        referrer=request.headers.get("Referer"),
        accept_language=request.headers.get("Accept-Language"),
        request_id=g.request_id,
    )
    comment = submit_comment(found, data, client)
    response = jsonify({"id": comment.id, "status": comment.status})
    response.headers["Location"] = f"/api/v1/comments/{comment.id}"
    return response, 202


@bp.get("/<comment_id>")
def get_comment(comment_id: str) -> Response:
    """A comment's public status (no score, no e-mail)."""
    with services().db.session() as session:
        comment = session.get(Comment, comment_id) if len(comment_id) <= 32 else None
        if comment is None:
            raise NotFoundError("no such comment")
        return jsonify(
            {
                "id": comment.id,
                "status": comment.status,
                "article_id": comment.article_id,
                "created_at": comment.created_at.isoformat(),
            }
        )
