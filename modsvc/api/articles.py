"""What the portal shows readers: an article's approved comments."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from modsvc import published
from modsvc.current import services
from modsvc.exceptions import ValidationError

bp = Blueprint("articles", __name__, url_prefix="/api/v1/articles")

MAX_PER_PAGE = 100
MAX_PAGE_NUMBER = 100_000


def positive_int(name: str, default: int, maximum: int) -> int:
    """A whole-number query argument from 1 to ``maximum``; 400 naming it otherwise."""
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
    """Approved comments of an article, oldest first, page by page (the portal's own only)."""
    page = positive_int("page", 1, MAX_PAGE_NUMBER)
    per_page = positive_int("per_page", 20, MAX_PER_PAGE)
    found = published.approved_comments(services(), article_id, page, per_page)
    return jsonify({"items": found.items, "page": found.page, "per_page": found.per_page,
                    "total": found.total})
