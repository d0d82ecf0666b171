"""What the portal shows readers: an article's approved comments."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request
from sqlalchemy import func, select

from modsvc.current import services
from modsvc.exceptions import ValidationError
from modsvc.storage import Comment, CommentStatus

bp = Blueprint("articles", __name__, url_prefix="/api/v1/articles")

MAX_PER_PAGE = 100


def _positive_int(name: str, default: int, maximum: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= maximum:
        raise ValidationError(
            f"{name} must be a whole number from 1 to {maximum}",
            details={"fields": {name: f"1..{maximum}"}},
        )
    return int(raw)


@bp.get("/<article_id>/comments")
def approved_comments(article_id: str) -> Response:
    """Approved comments of an article, oldest first, page by page.

    Only the portal's own comments: what a site checks or reports through the Akismet API is
    never shown here, whatever its status (it lives under its own article ids anyway).
    """
    page = _positive_int("page", 1, 100_000)
    per_page = _positive_int("per_page", 20, MAX_PER_PAGE)
    approved = (Comment.article_id == article_id, Comment.status == CommentStatus.APPROVED,
                Comment.source == "portal")
    with services().db.session() as session:
        total = session.scalar(select(func.count()).select_from(Comment).where(*approved)) or 0
        rows = session.scalars(
            select(Comment)
            .where(*approved)
            .order_by(Comment.created_at, Comment.id)
            .offset((page - 1) * per_page)
            .limit(per_page)
        ).all()
        items = [
            {
                "id": c.id,
                "article_id": c.article_id,
                "parent_id": c.parent_id,
                "author_name": c.author_name,
                "body": c.body,
                "created_at": c.created_at.isoformat(),
            }
            for c in rows
        ]
    return jsonify({"items": items, "page": page, "per_page": per_page, "total": total})
