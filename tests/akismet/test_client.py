"""Stories of a news site that switched its Akismet client (the real one from PyPI) to modsvc."""

from __future__ import annotations

from collections.abc import Callable

import akismet
import pytest

from modsvc.accounts import create_token, revoke_token
from modsvc.intake import ip_hashes
from modsvc.model_store import moderator_labels
from modsvc.storage import Rule
from tests.akismet.conftest import SITE, history, source_of, stored
from tests.conftest import Service

GAMBLING = "SLOT GACOR hari ini maxwin 🔥 depo 10k wd lancar di pulauwin88 . com daftar sekarang"
GENUINE = "Jalan di depan SD Negeri 2 rusak parah pak, mohon segera diperbaiki sebelum musim hujan"
READER_IP = "203.0.113.7"
PERMALINK = f"{SITE}/2024/05/jalan-rusak/"


def test_a_site_with_a_modsvc_akismet_key_passes_the_client_s_key_check(
    service: Service, akismet_key: str, client_for: Callable[..., akismet.SyncClient]
) -> None:
    client = client_for(service, akismet_key)

    assert client.verify_key() is True
    with client as checked:  # the client's context manager verifies the key on entry
        assert checked.verify_key(akismet_key, SITE) is True


def test_wrong_revoked_and_unscoped_keys_fail_the_key_check(
    service: Service, client_for: Callable[..., akismet.SyncClient]
) -> None:
    revoked = create_token(service.services, "old-site", "akismet")
    revoke_token(service.services, revoked.id)
    moderate = create_token(service.services, "dewi", "moderate")

    for key in ("msv_not-a-real-key", revoked.secret, moderate.secret, "a1b2c3d4e5f6"):
        assert client_for(service, key).verify_key() is False, key
    with pytest.raises(akismet.APIKeyError):
        client_for(service, moderate.secret).comment_check(READER_IP, comment_content=GENUINE)


def test_a_gambling_ad_is_blatant_spam_and_stored_with_its_evidence(
    service: Service, site: akismet.SyncClient
) -> None:
    answer = site.comment_check(
        READER_IP,
        comment_content=GAMBLING,
        comment_type="comment",
        comment_author="Bos Gacor",
        comment_author_email="Gacor88@Example.COM",
        comment_author_url="https://pulauwin88.example/daftar",
        permalink=PERMALINK,
        referrer=PERMALINK,
        user_agent="Mozilla/5.0 (Linux; Android 13)",
        blog_lang="id_ID",
    )

    assert answer == akismet.CheckResponse.DISCARD
    [comment] = stored(service)
    assert comment.status == "spam"
    assert comment.body == GAMBLING
    assert comment.article_id == "akismet/berita-kampung.example.id:2024-05-jalan-rusak"
    assert comment.author_name == "Bos Gacor"
    assert comment.author_email == "gacor88@example.com"
    assert comment.ip_hash == ip_hashes(service.settings.secret_key, READER_IP)[0]
    assert comment.ip_prefix_hash == ip_hashes(service.settings.secret_key, READER_IP)[1]
    assert READER_IP not in repr(comment.reasons)
    assert comment.user_agent == "Mozilla/5.0 (Linux; Android 13)"
    assert comment.referrer == PERMALINK
    assert comment.model_version == service.model_version
    assert comment.score is not None
    assert comment.score > 0.9
    assert source_of(comment) == {
        "token_id": source_of(comment)["token_id"],
        "token_name": "wp-berita",
        "blog": SITE,
        "permalink": PERMALINK,
        "comment_type": "comment",
        "author_url": "https://pulauwin88.example/daftar",
        "blog_lang": "id_ID",
        "queued": "no",
    }
    assert history(service, comment.id) == [
        (None, "received", "akismet:wp-berita"),
        ("received", "spam", f"model:{service.model_version}"),
    ]


def test_a_blocklisted_word_makes_spam_but_not_blatant_spam(
    service: Service, site: akismet.SyncClient
) -> None:
    with service.services.db.session() as session:
        session.add(Rule(kind="word", pattern="kupon", action="spam", created_by="test"))

    answer = site.comment_check(
        READER_IP,
        comment_content="Warung kopi di pojok pasar jual kupon undian, ramai tiap Minggu pagi",
        comment_author="Pak Darto",
    )

    assert answer == akismet.CheckResponse.SPAM
    [comment] = stored(service)
    assert comment.status == "spam"
    assert [r["code"] for r in comment.reasons or []][0] == "rule_word"


def test_a_genuine_comment_is_ham_and_left_to_the_site_not_to_our_moderators(
    service: Service, site: akismet.SyncClient
) -> None:
    answer = site.comment_check(
        READER_IP, comment_content=GENUINE, comment_author="Siti", permalink=PERMALINK
    )

    assert answer == akismet.CheckResponse.HAM
    [comment] = stored(service)
    assert comment.status == "approved"
    assert source_of(comment)["queued"] == "no"
    assert stored(service, status="pending") == []


def test_with_the_queue_setting_on_an_uncertain_comment_waits_for_moderators(
    make_service: Callable[..., Service], client_for: Callable[..., akismet.SyncClient]
) -> None:
    service = make_service(akismet_queue_uncertain="on")
    site = client_for(service, create_token(service.services, "wp-berita", "akismet").secret)

    answer = site.comment_check(READER_IP, comment_content=GENUINE, comment_author="Siti")

    assert answer == akismet.CheckResponse.HAM
    [comment] = stored(service)
    assert comment.status == "pending"
    assert source_of(comment)["queued"] == "yes"


def test_a_test_check_is_answered_and_counted_but_leaves_nothing_behind(
    service: Service, site: akismet.SyncClient
) -> None:
    assert site.comment_check(READER_IP, comment_content=GAMBLING, is_test=True) in (
        akismet.CheckResponse.SPAM,
        akismet.CheckResponse.DISCARD,
    )
    assert site.comment_check(READER_IP, comment_content=GENUINE, is_test=True) == (
        akismet.CheckResponse.HAM
    )

    assert stored(service) == []
    assert site.usage_limit() == {
        "limit": "none", "usage": 2, "percentage": "0.00", "throttled": False
    }


def test_the_site_reports_a_missed_spam_and_it_becomes_a_spam_label(
    service: Service, site: akismet.SyncClient
) -> None:
    sneaky = "Mantap min, info yang bermanfaat"
    assert site.comment_check(READER_IP, comment_content=sneaky, comment_author="Rina") == (
        akismet.CheckResponse.HAM
    )

    assert site.submit_spam(READER_IP, comment_content=sneaky, comment_author="Rina") is True

    [comment] = stored(service)
    assert comment.status == "spam"
    assert history(service, comment.id)[-1] == ("approved", "spam", "akismet:wp-berita")
    labels = {(label.text, label.label) for label in moderator_labels(service.services)}
    assert (sneaky, 1) in labels


def test_the_site_rescues_a_false_positive_with_submit_ham(
    service: Service, site: akismet.SyncClient
) -> None:
    site.comment_check(READER_IP, comment_content=GAMBLING, comment_author="Joko")

    assert site.submit_ham(READER_IP, comment_content=GAMBLING, comment_author="Joko") is True

    [comment] = stored(service)
    assert comment.status == "approved"
    assert history(service, comment.id)[-1] == ("spam", "approved", "akismet:wp-berita")
    labels = {(label.text, label.label) for label in moderator_labels(service.services)}
    assert (GAMBLING, 0) in labels


def test_a_report_of_a_comment_never_checked_here_is_stored_with_its_label(
    service: Service, site: akismet.SyncClient
) -> None:
    old_spam = "Pinjaman dana cepat cair tanpa survey hub WA 0812 0000 1111"

    assert site.submit_spam(
        READER_IP, comment_content=old_spam, comment_author="Dana Kilat", permalink=PERMALINK
    ) is True

    [comment] = stored(service)
    assert comment.status == "spam"
    assert comment.score is None
    assert comment.ip_hash == ip_hashes(service.settings.secret_key, READER_IP)[0]
    assert source_of(comment)["reported_as"] == "spam"
    assert history(service, comment.id) == [
        (None, "received", "akismet:wp-berita"),
        ("received", "spam", "akismet:wp-berita"),
    ]
