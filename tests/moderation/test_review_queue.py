"""Stories of moderators paging through a pending tab where some writers asked for a review:
those come first, oldest request first, marked, and paging never skips or repeats one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from modsvc.storage import ReviewRequest, utcnow
from tests.conftest import Moderator, Service, seed_comments


def _request(service: Service, comment_id: str, minutes_ago: int, note: str | None) -> None:
    with service.services.db.session() as session:
        session.add(ReviewRequest(comment_id=comment_id, note=note, status_at_request="pending",
                                  created_at=utcnow() - timedelta(minutes=minutes_ago)))


def test_requests_come_first_and_paging_crosses_into_the_rest_without_gaps(
    service: Service, make_moderator: Callable[..., Moderator],
) -> None:
    ids = seed_comments(service, [f"komentar warga nomor {n}" for n in range(9)])
    for minutes_ago, index in ((30, 2), (20, 7), (10, 0)):
        _request(service, ids[index], minutes_ago, note=f"catatan {index}")
    dewi = make_moderator()

    seen: list[str] = []
    marked: list[str] = []
    cursor = None
    for _ in range(10):
        args = {"status": "pending", "limit": "2", **({"cursor": cursor} if cursor else {})}
        page = dewi.queue(**args).get_json()
        seen += [item["id"] for item in page["items"]]
        marked += [item["id"] for item in page["items"] if item.get("review")]
        cursor = page["next_cursor"]
        if cursor is None:
            break

    assert seen[:3] == [ids[2], ids[7], ids[0]], "oldest request first"
    rest = [i for i in reversed(ids) if i not in (ids[2], ids[7], ids[0])]
    assert seen[3:] == rest, "then the others by score, highest first"
    assert marked == seen[:3]


def test_other_tabs_and_filters_are_unchanged_and_a_decided_request_leaves_the_top(
    service: Service, make_moderator: Callable[..., Moderator],
) -> None:
    pending = seed_comments(service, ["jalan rusak", "lampu jalan mati", "air PDAM keruh"])
    spam = seed_comments(service, ["slot gacor", "pinjol cepat"], status="spam")
    _request(service, pending[0], 5, note=None)
    dewi = make_moderator()

    spam_tab = dewi.queue(status="spam").get_json()["items"]
    filtered = dewi.queue(status="pending", q="lampu").get_json()["items"]
    dewi.decide(pending[0], "approve", expected_status="pending")
    after = dewi.queue(status="pending").get_json()["items"]

    assert [i["id"] for i in spam_tab] == list(reversed(spam))
    assert [i["id"] for i in filtered] == [pending[1]], "the filter applies to requests too"
    assert [i["id"] for i in after] == [pending[2], pending[1]]
    assert all(not i.get("review") for i in after)
