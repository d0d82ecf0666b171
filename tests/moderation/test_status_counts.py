"""The queue's tab counts stay exact while the portal, workers and moderators write at once.

On PostgreSQL the counters once made an intake insert and a worker's batch lock the same rows
in opposite orders, and the database failed one of them to break the deadlock (a reader's
comment answered 503). These stories race real connections the way the service does.
"""

from __future__ import annotations

import threading
from collections import Counter

from sqlalchemy import func, select, update

from modsvc.storage import (
    Comment,
    CommentStatus,
    CommentStatusCount,
    compact_status_counts,
    status_counts,
)
from tests.conftest import Service, seed_comments

WRITERS = 6
ROUNDS = 40


def _counted_by_hand(service: Service) -> dict[str, int]:
    with service.services.db.session() as session:
        rows = session.execute(
            select(Comment.status, func.count()).group_by(Comment.status)).all()
    return {status: count for status, count in rows}


def _without_zeros(counts: dict[str, int]) -> dict[str, int]:
    return {status: n for status, n in counts.items() if n}


def test_counts_stay_exact_while_intake_scoring_and_moderators_race(service: Service) -> None:
    db = service.services.db
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS)

    waiting = seed_comments(service, [f"lama {n}" for n in range(WRITERS * ROUNDS)])

    def writer(n: int) -> None:
        # Each transaction adds a comment and moves it (intake, then a worker), and decides
        # an older pending one (a moderator); odd writers decide first, even writers last, so
        # a shared counter row would be locked in opposite orders: `received` then `pending`,
        # or `pending` then `received`.
        try:
            start.wait()
            for round_ in range(ROUNDS):
                older = waiting[n * ROUNDS + round_]
                with db.writing() as session:
                    if n % 2:
                        session.execute(update(Comment).where(Comment.id == older)
                                        .values(status=CommentStatus.APPROVED))
                    fresh = Comment(article_id="berita-1", author_name=f"Warga {n}",
                                    body=f"komentar {n}-{round_}", ip_hash="h")
                    session.add(fresh)
                    session.flush()
                    session.execute(update(Comment).where(Comment.id == fresh.id)
                                    .values(status=CommentStatus.PENDING))
                    if not n % 2:
                        session.execute(update(Comment).where(Comment.id == older)
                                        .values(status=CommentStatus.REJECTED))
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    expected = _counted_by_hand(service)
    assert sum(expected.values()) == WRITERS * ROUNDS * 2
    assert expected.get(CommentStatus.PENDING) == WRITERS * ROUNDS
    with db.session() as session:
        assert _without_zeros(status_counts(session)) == expected


def test_folding_the_counters_keeps_every_count(service: Service) -> None:
    seed_comments(service, [f"komentar {n}" for n in range(7)], status="pending")
    seed_comments(service, [f"iklan {n}" for n in range(3)], status="spam")
    db = service.services.db
    with db.session() as session:
        session.execute(update(Comment).where(Comment.body == "komentar 0")
                        .values(status=CommentStatus.APPROVED))
    before = _counted_by_hand(service)

    with db.session() as session:
        compact_status_counts(session)
    with db.session() as session:
        assert _without_zeros(status_counts(session)) == before
        slots = Counter(session.scalars(select(CommentStatusCount.status)).all())
    # One row per status once folded (PostgreSQL), as SQLite keeps them all along.
    assert set(slots.values()) == {1}
