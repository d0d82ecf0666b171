"""Stories of an attacker who holds (or stole) an Akismet key and tries to reach the portal.

A key lets a site check its own comments and report its verdicts; it must never put a comment
on the portal, pass as a moderator in the statistics, or outvote the moderators in training.
"""

from __future__ import annotations

from collections.abc import Callable

import akismet

from modsvc.model_store import moderator_labels
from tests.akismet.conftest import stored
from tests.conftest import Moderator, Service

ARTICLE = "berita-123"
READER_IP = "203.0.113.7"
AD = "Mantap, info slot gacor cuma di pulauwin88 daftar sekarang bosku"
GENUINE = "Terima kasih Pak Camat, jalan ke pasar sudah diperbaiki."


def _listing(service: Service, article: str = ARTICLE) -> list[str]:
    answer = service.client.get(f"/api/v1/articles/{article}/comments")
    assert answer.status_code == 200
    return [item["body"] for item in answer.get_json()["items"]]


def test_submit_ham_aimed_at_a_portal_article_never_shows_on_it(
    service: Service, site: akismet.SyncClient, client_for: Callable[..., akismet.SyncClient],
    akismet_key: str,
) -> None:
    assert site.submit_ham(READER_IP, comment_content=AD, permalink=f"//{ARTICLE}") is True
    as_blog = client_for(service, akismet_key, url=ARTICLE)
    assert as_blog.submit_ham(READER_IP, comment_content=AD + " lagi") is True
    assert as_blog.comment_check(READER_IP, comment_content=GENUINE) is not None

    assert _listing(service) == []
    kept = stored(service, source="akismet")
    assert len(kept) == 3
    assert all(c.article_id.startswith("akismet/") for c in kept)


def test_a_portal_article_shows_only_the_portal_s_own_approved_comments(
    service: Service, site: akismet.SyncClient, make_moderator: Callable[..., Moderator],
) -> None:
    posted = service.portal.post(GENUINE, article_id=ARTICLE).get_json()
    service.drain()
    make_moderator().decide(posted["id"], "approve")
    site.submit_ham(READER_IP, comment_content=AD, permalink=f"https://{ARTICLE}")

    assert _listing(service) == [GENUINE]


def test_akismet_checks_are_arrivals_and_automatic_decisions_not_a_moderator_s_work(
    service: Service, site: akismet.SyncClient, make_moderator: Callable[..., Moderator],
) -> None:
    for n in range(3):
        site.comment_check(READER_IP, comment_content=f"{GENUINE} ({n})")
    admin = make_moderator("admin", role="admin")

    stats = admin.client.get("/api/v1/stats").get_json()

    assert stats["moderators"] == {}
    today = stats["days"][-1]
    assert today["received"] == 3
    assert today["approved"] == today["spam"] == today["rejected"] == 0
    assert today["auto_approved"] + today["auto_spam"] + today["to_queue"] == 3


def test_labels_from_a_key_weigh_less_than_moderators_and_never_judge_a_new_model(
    service: Service, site: akismet.SyncClient, make_moderator: Callable[..., Moderator],
) -> None:
    for n in range(5):
        site.submit_ham(READER_IP, comment_content=f"{AD} nomor {n}")
    posted = service.portal.post(GENUINE, article_id=ARTICLE).get_json()
    service.drain()
    make_moderator().decide(posted["id"], "approve")

    labels = moderator_labels(service.services)

    from_sites = [label for label in labels if label.source == "integrations"]
    from_people = [label for label in labels if label.source == "moderators"]
    assert len(from_sites) == 5
    assert {label.weight for label in from_sites} == {1.0}
    assert [(label.text, label.label) for label in from_people] == [(GENUINE, 0)]
    assert from_people[0].weight > 1.0
