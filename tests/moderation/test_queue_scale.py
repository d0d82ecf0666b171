"""Stories of a queue that has grown: paging stays exact with ties and unscored comments, and
the tabs' counts stay exact whoever changes the comments (kept by the database itself)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import delete, update

from modsvc.storage import Comment
from tests.conftest import Moderator, Service, seed_comments


def _walk(moderator: Moderator, **args: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = dict(args, limit="3", **({"cursor": cursor} if cursor else {}))
        page = moderator.queue(**query).get_json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


@pytest.mark.parametrize("sort", ["-score", "score"])
def test_paging_by_score_shows_each_comment_once_with_ties_and_unscored_ones(
    make_moderator: Callable[..., Moderator], service: Service, sort: str
) -> None:
    ids = seed_comments(service, [f"komentar {n}" for n in range(11)], status="approved")
    with service.services.db.session() as session:
        # Ties, and comments a moderator approved before any model scored them.
        session.execute(update(Comment).where(Comment.id.in_(ids[2:6])).values(score=0.5))
        session.execute(update(Comment).where(Comment.id.in_(ids[7:10])).values(score=None))
    dewi = make_moderator()

    items = _walk(dewi, status="approved", sort=sort)

    assert sorted(item["id"] for item in items) == sorted(ids)
    scores = [-1.0 if item["score"] is None else item["score"] for item in items]
    assert scores == sorted(scores, reverse=sort == "-score")
    unscored = [item for item in items if item["score"] is None]
    assert len(unscored) == 3
    if sort == "-score":
        assert items[-3:] == unscored
    else:
        assert items[:3] == unscored


def test_the_counts_follow_every_insert_change_and_delete(
    make_moderator: Callable[..., Moderator], service: Service
) -> None:
    pending = seed_comments(service, [f"menunggu {n}" for n in range(5)])
    seed_comments(service, ["sudah spam"], status="spam")
    dewi = make_moderator()
    assert dewi.decide(pending[0], "approve").status_code == 200
    with service.services.db.session() as session:
        # Changes that bypass the service layer count too: a script, a bulk fix.
        session.execute(update(Comment).where(Comment.id.in_(pending[1:3]))
                        .values(status="rejected"))
        session.execute(update(Comment).where(Comment.id == pending[3])
                        .values(body="diubah, status tetap"))
        session.execute(delete(Comment).where(Comment.status == "spam"))

    counts = dewi.queue().get_json()["counts"]

    assert counts == {"received": 0, "pending": 2, "approved": 1, "rejected": 2, "spam": 0}
