"""What readers see: an article's approved comments, for the JSON listing, the embedded
comment section and the HTML fragment a CMS includes at render time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from modsvc.storage import Comment, CommentStatus

if TYPE_CHECKING:
    from modsvc.services import Services

MAX_PER_PAGE = 100
MAX_PAGE_NUMBER = 100_000


@dataclass(frozen=True)
class PublishedPage:
    """One page of an article's approved comments, oldest first."""

    items: list[dict[str, Any]]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        """How many pages there are (at least one, even empty)."""
        return max(1, -(-self.total // self.per_page))

    def threads(self) -> list[dict[str, Any]]:
        """The page's comments as trees: a reply sits under its parent when the parent is on
        this page (oldest first, a parent comes before its replies); a reply whose parent is
        not shown stands on its own. Each item gains ``replies``."""
        nodes = {item["id"]: {**item, "replies": []} for item in self.items}
        roots: list[dict[str, Any]] = []
        for node in nodes.values():
            parent = nodes.get(node["parent_id"] or "")
            (parent["replies"] if parent is not None else roots).append(node)
        return roots


def approved_comments(services: Services, article_id: str, page: int,
                      per_page: int) -> PublishedPage:
    """Approved comments of an article, page by page.

    Only the portal's own comments: what a site checks or reports through the Akismet API is
    never shown here, whatever its status (it lives under its own article ids anyway).
    """
    approved = (Comment.article_id == article_id, Comment.status == CommentStatus.APPROVED,
                Comment.source == "portal")
    with services.db.session() as session:
        total = session.scalar(select(func.count()).select_from(Comment).where(*approved)) or 0
        rows = session.execute(
            select(Comment.id, Comment.article_id, Comment.parent_id, Comment.author_name,
                   Comment.body, Comment.created_at)
            .where(*approved)
            .order_by(Comment.created_at, Comment.id)
            .offset((page - 1) * per_page)
            .limit(per_page)
        ).all()
    items = [
        {
            "id": row.id,
            "article_id": row.article_id,
            "parent_id": row.parent_id,
            "author_name": row.author_name,
            "body": row.body,
            "created_at": row.created_at.isoformat(),
        }
        for row in rows
    ]
    return PublishedPage(items=items, page=page, per_page=per_page, total=total)
