"""What the portal shows readers: an article's approved comments."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from modsvc import published
from modsvc.current import services
from modsvc.schemas.requests import ArticleCommentsQuery

bp = Blueprint("articles", __name__, url_prefix="/api/v1/articles")


@bp.get("/<article_id>/comments")
def approved_comments(article_id: str) -> Response:
    """Approved comments of an article, oldest first, page by page (the portal's own only)."""
    asked = ArticleCommentsQuery.parse(request.args.to_dict())
    found = published.approved_comments(services(), article_id, asked.page, asked.per_page)
    return jsonify({"items": found.items, "page": found.page, "per_page": found.per_page,
                    "total": found.total})
