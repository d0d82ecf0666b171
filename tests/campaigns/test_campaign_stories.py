"""Stories of spam campaigns (issue 18): a hundred variants seen as one, decided once, the next
variant caught, and what citizens write again and again left alone.

Real Redis (the shared index), real database, the real worker; texts we wrote
(tests/campaigns/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from modsvc.accounts import add_moderator
from modsvc.model_store import moderator_labels
from modsvc.queues import SCORING_QUEUE, job_queue
from modsvc.storage import ActorKind, Campaign, Comment, ModerationEvent
from tests.campaigns.conftest import (
    ADVERT,
    CHEERS,
    GENUINE,
    NEXT_VARIANT,
    PEOPLE_DECIDE,
    THANKS,
    Crowd,
)
from tests.conftest import Moderator, Service
from workers import runtime
from workers.worker import ScoringWorker, Sweeper


def _campaigns(moderator: Moderator, status: str = "pending") -> dict[str, Any]:
    answer = moderator.client.get("/api/v1/moderation/campaigns", query_string={"status": status})
    assert answer.status_code == 200, answer.get_json()
    return dict(answer.get_json())


def _decide(moderator: Moderator, campaign_id: int, action: str, **fields: Any) -> Any:
    return moderator.client.post(
        f"/api/v1/moderation/campaigns/{campaign_id}/decision",
        json={"action": action, **fields}, headers={"X-CSRFToken": moderator.csrf()},
    )


def _undo(moderator: Moderator, batch_id: str) -> Any:
    return moderator.client.post(f"/api/v1/moderation/batches/{batch_id}/undo",
                                 headers={"X-CSRFToken": moderator.csrf()})


def _marked_spam(
    service: Service, crowd: Crowd, make_moderator: Callable[..., Moderator], copies: int
) -> tuple[Moderator, dict[str, Any]]:
    """A campaign of ``copies`` adverts that a moderator (returned) marked spam (its row)."""
    crowd.campaign_of_adverts(copies)
    service.drain()
    dewi = make_moderator()
    row = _campaigns(dewi)["items"][0]
    assert _decide(dewi, row["id"], "spam").status_code == 200
    return dewi, row


def _crowd(make_service: Callable[..., Service], *, approve_threshold: str) -> Crowd:
    """Readers of a service whose model sends nothing to spam by itself and doubts every
    comment it scores at or above ``approve_threshold``."""
    return Crowd(make_service(**{**PEOPLE_DECIDE, "approve_threshold": approve_threshold}))


def _blocked(service: Service, crowd: Crowd, moderator: Moderator, adverts: list[str]) -> int:
    """The one campaign that ``adverts`` (posted on articles and addresses of their own) make,
    marked spam by ``moderator``."""
    for n, advert in enumerate(adverts):
        crowd.post(advert, article=f"berita-{n}", address=f"198.51.100.{n + 1}")
    service.drain()
    rows = _campaigns(moderator)["items"]
    assert [row["size"] for row in rows] == [len(adverts)]
    assert _decide(moderator, rows[0]["id"], "spam").status_code == 200
    return int(rows[0]["id"])


def _harmless_member(service: Service, comment_id: str) -> int | None:
    """The campaign of a comment the model scored below the approve threshold (it finds the
    comment clearly genuine; asserted)."""
    with service.services.db.session() as session:
        row = session.get(Comment, comment_id)
        assert row is not None
        assert row.score is not None
        assert row.score < service.services.settings.approve_threshold, "the model doubts it"
        return row.campaign_id


def _status(service: Service, comment_id: str) -> str:
    with service.services.db.session() as session:
        return str(session.scalar(select(Comment.status).where(Comment.id == comment_id)))


def test_a_campaign_arriving_across_articles_from_many_addresses_is_one_row(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    adverts = crowd.campaign_of_adverts(9, articles=3)
    genuine = [crowd.post(body, article=f"berita-{n}", address=f"203.0.113.{n + 1}")
               for n, body in enumerate(GENUINE)]
    people_decide.drain()
    dewi = make_moderator()

    listing = _campaigns(dewi)

    [row] = listing["items"]
    assert (row["size"], row["articles"], row["addresses"], row["in_status"]) == (9, 3, 9, 9)
    assert row["blocked"] is False
    assert row["decision"] is None
    assert row["sample"]["id"] in adverts
    outside = dewi.queue(campaign="none").get_json()["items"]
    assert sorted(item["id"] for item in outside) == sorted(genuine)
    members = dewi.client.get(f"/api/v1/moderation/campaigns/{row['id']}/comments").get_json()
    assert sorted(item["id"] for item in members["items"]) == sorted(adverts)
    assert all(item["campaign_id"] == row["id"] for item in members["items"])
    detail = dewi.client.get(f"/api/v1/moderation/campaigns/{row['id']}").get_json()
    assert detail["statuses"]["pending"] == 9
    assert sorted(a["article_id"] for a in detail["article_list"]) == [
        "berita-0", "berita-1", "berita-2"]
    assert sum(hour["comments"] for hour in detail["timeline"]) == 9
    # A campaign is a signal, not a verdict: every member was judged on its own.
    assert {_status(people_decide, comment_id) for comment_id in adverts} == {"pending"}


def test_a_worker_scoring_the_whole_campaign_in_one_batch_groups_it_the_same(
    people_decide: Service, crowd: Crowd
) -> None:
    """Twenty adverts in one worker batch (more than one part of it): one campaign, started by
    the advert that arrived first, as when they arrive batch by batch."""
    adverts = crowd.campaign_of_adverts(20, articles=4)
    runtime.configure(people_decide.services)
    queue = job_queue(SCORING_QUEUE, people_decide.services.redis)
    ScoringWorker([queue], connection=people_decide.services.redis, batch_size=64).work(
        burst=True)

    with people_decide.services.db.session() as session:
        campaigns = session.scalars(select(Campaign)).all()
        members = session.scalars(select(Comment.campaign_id).where(Comment.id.in_(adverts)))
        assert [(c.size, c.articles, c.addresses) for c in campaigns] == [(20, 4, 20)]
        assert campaigns[0].anchor_id == adverts[0]
        assert set(members) == {campaigns[0].id}


def test_one_action_decides_the_whole_campaign_and_one_undo_takes_it_back(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    adverts = crowd.campaign_of_adverts(8)
    genuine = crowd.post(GENUINE[0], article="berita-9", address="203.0.113.9")
    people_decide.drain()
    dewi = make_moderator()
    listing = _campaigns(dewi)
    row = listing["items"][0]

    done = _decide(dewi, row["id"], "spam", expected_status="pending",
                   seen_at=listing["seen_at"])

    assert done.status_code == 200, done.get_json()
    answer = done.get_json()
    assert answer["results"] == dict.fromkeys(adverts, "ok")
    assert answer["campaign"]["blocked"] is True
    assert {_status(people_decide, comment_id) for comment_id in adverts} == {"spam"}
    assert _status(people_decide, genuine) == "pending"
    history = dewi.client.get(f"/api/v1/moderation/comments/{adverts[0]}").get_json()["events"]
    assert (history[-1]["actor"], history[-1]["to_status"], history[-1]["batch_id"]) == (
        "moderator:dewi", "spam", answer["batch_id"])
    assert _campaigns(dewi)["items"] == []

    undone = _undo(dewi, answer["batch_id"])

    assert undone.status_code == 200, undone.get_json()
    assert undone.get_json()["results"] == dict.fromkeys(adverts, "ok")
    assert {_status(people_decide, comment_id) for comment_id in adverts} == {"pending"}
    [again] = _campaigns(dewi)["items"]
    assert (again["in_status"], again["blocked"], again["decision"]) == (8, False, None)


def test_a_member_someone_else_decided_after_the_page_was_read_is_a_conflict(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    adverts = crowd.campaign_of_adverts(5)
    people_decide.drain()
    dewi, budi = make_moderator("dewi"), make_moderator("budi")
    listing = _campaigns(dewi)
    assert budi.decide(adverts[2], "reject", expected_status="pending").status_code == 200

    answer = _decide(dewi, listing["items"][0]["id"], "spam", expected_status="pending",
                     seen_at=listing["seen_at"]).get_json()

    assert answer["results"][adverts[2]] == "conflict"
    assert [answer["results"][i] for i in adverts if i != adverts[2]] == ["ok"] * 4
    assert _status(people_decide, adverts[2]) == "rejected"


def test_approving_leaves_out_members_that_arrived_after_the_moderator_looked(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    thanks = [crowd.post("Terima kasih infonya pak, semoga kabupaten kita makin maju",
                         article=f"berita-{n}", address=f"203.0.113.{n + 1}") for n in range(4)]
    people_decide.drain()
    dewi = make_moderator()
    listing = _campaigns(dewi)
    later = crowd.post("Terima kasih infonya pak, semoga kabupaten kita makin maju!",
                       article="berita-7", address="203.0.113.77")
    people_decide.drain()

    answer = _decide(dewi, listing["items"][0]["id"], "approve", expected_status="pending",
                     seen_at=listing["seen_at"]).get_json()

    assert answer["results"] == dict.fromkeys(thanks, "ok")
    assert answer["left_out"] == 1
    assert _status(people_decide, later) == "pending", "nobody read it yet"


def test_the_next_variant_of_a_campaign_marked_spam_goes_to_spam_with_the_reason(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    dewi, row = _marked_spam(people_decide, crowd, make_moderator, 6)

    variant = crowd.post(NEXT_VARIANT, article="berita-baru", address="192.0.2.200")
    people_decide.drain()

    assert _status(people_decide, variant) == "spam"
    detail = dewi.client.get(f"/api/v1/moderation/comments/{variant}").get_json()
    assert detail["reasons"][0]["code"] == "campaign_blocked"
    assert detail["reasons"][0]["text_id"] == (
        f"mirip kampanye #{row['id']} yang ditandai spam oleh moderator")
    last = detail["events"][-1]
    assert (last["actor"], last["actor_kind"], last["to_status"]) == (
        f"campaign:{row['id']}", ActorKind.CAMPAIGN, "spam")
    campaign = dewi.client.get(f"/api/v1/moderation/campaigns/{row['id']}").get_json()
    assert (campaign["size"], campaign["caught"], campaign["articles"]) == (7, 1, 4)
    # Reversible: a person may still approve it.
    assert dewi.decide(variant, "approve", expected_status="spam").status_code == 200


def test_a_block_outlives_redis_losing_its_data(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    dewi, row = _marked_spam(people_decide, crowd, make_moderator, 4)
    # Redis restarts without its data: the window and the blocked index are gone.
    people_decide.services.redis.flushdb()
    before = crowd.post(ADVERT[0], article="berita-baru", address="192.0.2.199")
    people_decide.drain()
    assert _status(people_decide, before) == "pending", "nothing in Redis knew the block"

    runtime.configure(people_decide.services)
    Sweeper(people_decide.services.redis).sweep()  # the sweeper's next round
    after = crowd.post(NEXT_VARIANT, article="berita-baru", address="192.0.2.200")
    people_decide.drain()

    # The variant is as near the comment that began a group after the loss as the blocked
    # campaign: the block wins.
    assert _status(people_decide, after) == "spam"
    assert dewi.log_in().status_code == 302, "sessions were in the Redis that was lost"
    detail = dewi.client.get(f"/api/v1/moderation/comments/{after}").get_json()
    assert detail["reasons"][0]["params"]["campaign_id"] == str(row["id"])


def test_the_genuine_comment_a_spam_bot_copied_is_not_caught_by_the_block_on_the_copies(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    # Bots copy a citizen's comment and add their brand; moderators block the copies. The
    # citizen's own words, which the model finds harmless and which name no brand, must not
    # be hidden as the campaign's next variant; a copy with another brand still is.
    wish = ("Semoga pak bupati sehat selalu dan dilancarkan semua urusannya membangun desa "
            "kita tercinta")
    for n, brand in enumerate(["⭐𝗠𝗔𝗡𝗚𝗚𝗔𝟮𝟭𝟮⭐", "𝙈𝘼𝙉𝙂𝙂𝘼𝟮𝟭𝟮 🎰", "M A N G G A 2 1 2"]):
        crowd.post(f"{wish}, salam dari {brand}", article=f"berita-{n}",
                   address=f"198.51.100.{n + 1}")
    people_decide.drain()
    dewi = make_moderator()
    assert _decide(dewi, _campaigns(dewi)["items"][0]["id"], "spam").status_code == 200

    citizen = crowd.post(f"{wish}, salam dari warga Sukamaju", article="berita-9",
                         address="203.0.113.7")
    copy = crowd.post(f"{wish}, salam dari 𝗝𝗘𝗥𝗨𝗞𝟰𝟰", article="berita-9", address="198.51.100.9")
    people_decide.drain()

    assert _harmless_member(people_decide, citizen) is not None, "like the copies (a signal)"
    assert _status(people_decide, citizen) == "pending"
    assert _status(people_decide, copy) == "spam"


def test_a_citizen_who_quotes_a_blocked_brand_to_report_it_is_not_caught_by_the_block(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    # Adverts for a site named in letters alone, each in another dress, are one campaign by
    # the disguised name; moderators block it. A reader then quotes the name, styled as the
    # adverts wrote it, to report them, to ask what it is, or says an advert used a neighbour's
    # photo: the model finds that harmless, and it talks about spam, asks, or asks to take the
    # post down. It joins the campaign (a signal) but waits for people; the next advert is
    # caught.
    adverts = ["Gabut sore langsung ilang gara-gara buka 𝐌𝐄𝐑𝐀𝐊𝐖𝐈𝐍, asli seru banget",
               "Baru tau 𝐌 𝐄 𝐑 𝐀 𝐊 𝐖 𝐈 𝐍 dari temen, cuan terus tiap malam",
               "Malam minggu sambil buka M̶E̶R̶A̶K̶W̶I̶N̶ hasilnya lumayan buat jajan"]
    campaign_id = _blocked(people_decide, crowd, make_moderator(), adverts)

    report = crowd.post("Awas ada akun 𝐌𝐄𝐑𝐀𝐊𝐖𝐈𝐍 nyebar link judi di kolom komentar, tolong "
                        "dihapus min", article="berita-7", address="203.0.113.7")
    complaint = crowd.post("Tiap hari ada aja 𝕸𝕰𝕽𝕬𝕶𝖂𝕴𝕹 di kolom komentar berita desa kami",
                           article="berita-7", address="203.0.113.8")
    defamed = crowd.post("Foto tetangga saya dicatut dengan tulisan 'menang 50 juta di "
                         "𝐌𝐄𝐑𝐀𝐊𝐖𝐈𝐍', padahal beliau tidak pernah main. Itu fitnah",
                         article="berita-7", address="203.0.113.9")
    question = crowd.post("Kok di berita desa banyak yang bahas 𝐌𝐄𝐑𝐀𝐊𝐖𝐈𝐍 ya, itu apa sih",
                          article="berita-7", address="203.0.113.10")
    variant = crowd.post("Mantap jiwa main di 𝕸𝕰𝕽𝕬𝕶𝖂𝕴𝕹 bosku, tiap hari ada aja rezekinya",
                         article="berita-8", address="198.51.100.9")
    people_decide.drain()

    for citizen in (report, complaint, defamed, question):
        assert _harmless_member(people_decide, citizen) == campaign_id, "it names the brand"
        assert _status(people_decide, citizen) == "pending"
    assert _status(people_decide, variant) == "spam"


def test_a_report_the_model_doubts_is_not_caught_by_the_block_on_the_advert_it_quotes(
    make_service: Callable[..., Service], make_moderator: Callable[..., Moderator]
) -> None:
    # The model doubts every comment here (approve threshold 0) and sends none to spam by
    # itself (spam threshold 1). A citizen reports that an advert used his father's photo,
    # quoting the advert's words and brand: it reads like the advert, and the model doubts it
    # as it doubts them. It joins the campaign, where a moderator sees it, and waits for them.
    crowd = _crowd(make_service, approve_threshold="0")
    service = crowd.service
    adverts = ["Menang 50 juta di MERPATI88 cuma modal receh, asli bukan tipu-tipu",
               "Menang 50 juta di MERPATI88 modal kecil, besok main lagi ah",
               "Menang 50 juta di MERPATI88 cuma modal receh, buruan gabung"]
    campaign_id = _blocked(service, crowd, make_moderator(), adverts)

    report = crowd.post("Foto bapak saya dicatut: 'Menang 50 juta di MERPATI88 cuma modal "
                        "receh'. Beliau tidak pernah main, itu fitnah", article="berita-7",
                        address="203.0.113.7")
    variant = crowd.post("Menang 50 juta di MERPATI88 cuma modal receh, gas malam ini",
                         article="berita-8", address="198.51.100.9")
    service.drain()

    with service.services.db.session() as session:
        assert session.get(Comment, report).campaign_id == campaign_id, "it names the brand"
    assert _status(service, report) == "pending"
    assert _status(service, variant) == "spam"


def test_undoing_the_block_sends_what_it_caught_back_to_scoring(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    crowd.campaign_of_adverts(4)
    people_decide.drain()
    dewi = make_moderator()
    row = _campaigns(dewi)["items"][0]
    batch = _decide(dewi, row["id"], "spam").get_json()["batch_id"]
    variant = crowd.post(NEXT_VARIANT, article="berita-baru", address="192.0.2.200")
    people_decide.drain()
    assert _status(people_decide, variant) == "spam"

    undone = _undo(dewi, batch)
    people_decide.drain()

    assert undone.get_json()["results"][variant] == "ok"
    assert _status(people_decide, variant) == "pending", "judged again, with no block"
    again = dewi.client.get(f"/api/v1/moderation/campaigns/{row['id']}").get_json()
    assert again["blocked"] is False


def test_approving_a_blocked_campaign_from_the_spam_tab_lifts_the_block(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    adverts = crowd.campaign_of_adverts(4)
    people_decide.drain()
    dewi = make_moderator()
    row = _campaigns(dewi)["items"][0]
    assert _decide(dewi, row["id"], "spam").status_code == 200

    approved = _decide(dewi, row["id"], "approve", expected_status="spam").get_json()
    variant = crowd.post(NEXT_VARIANT, article="berita-baru", address="192.0.2.200")
    people_decide.drain()

    assert approved["campaign"]["blocked"] is False
    assert {_status(people_decide, comment_id) for comment_id in adverts} == {"approved"}
    assert _status(people_decide, variant) == "pending"


def test_a_campaign_the_model_caught_can_be_confirmed_in_the_spam_tab_to_catch_what_it_misses(
    make_service: Callable[..., Service],
) -> None:
    # The tiny model marks the adverts spam by itself: they wait in the spam tab.
    service = make_service(trusted_proxies="1", spam_threshold="0.5", approve_threshold="0.2")
    crowd = Crowd(service)
    adverts = crowd.campaign_of_adverts(5)
    service.drain()
    add_moderator(service.services, "dewi", "dewi-password-123")
    dewi = Moderator(service, "dewi", "dewi-password-123")
    assert dewi.log_in().status_code == 302
    assert {_status(service, comment_id) for comment_id in adverts} == {"spam"}
    [row] = _campaigns(dewi, "spam")["items"]

    confirmed = _decide(dewi, row["id"], "spam", expected_status="spam").get_json()

    assert confirmed["results"] == dict.fromkeys(adverts, "unchanged")
    assert confirmed["campaign"]["blocked"] is True
    labels = {label.text: label for label in moderator_labels(service.services)}
    assert {labels[body].label for body in ADVERT} == {1}, "its members are labels now"


def test_a_campaign_marked_spam_becomes_labels_for_the_next_retraining(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    crowd.campaign_of_adverts(5)
    people_decide.drain()
    dewi = make_moderator()
    row = _campaigns(dewi)["items"][0]
    _decide(dewi, row["id"], "spam")
    crowd.post(NEXT_VARIANT, article="berita-baru", address="192.0.2.200")
    people_decide.drain()

    labels = {label.text: label for label in moderator_labels(people_decide.services)}

    assert {labels[body].label for body in ADVERT} == {1}
    assert labels[NEXT_VARIANT].label == 1
    assert labels[NEXT_VARIANT].source == "campaigns", "caught, never read by a person"
    assert labels[ADVERT[0]].source == "moderators"


def test_what_citizens_write_again_and_again_is_never_a_spam_campaign(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    short = [crowd.post(body, article=f"berita-{n % 6}", address=f"203.0.113.{n + 1}")
             for n, body in enumerate(["Aamiin", "aamiin ya allah", "Mantap", "Setuju"] * 3)]
    thanks = [crowd.post(body, article=f"berita-{n % 6}", address=f"203.0.113.{n + 50}")
              for n, body in enumerate([THANKS, CHEERS] * 6)]
    warning = crowd.post("Hati-hati, JAWAPOKER88 itu penipu, jangan main judi online ya warga",
                         article="berita-1", address="203.0.113.99")
    crowd.campaign_of_adverts(5)
    people_decide.drain()
    dewi = make_moderator()

    rows = {row["sample"]["body"].lower(): row for row in _campaigns(dewi)["items"]}
    adverts_row = next(row for body, row in rows.items() if "gabung" in body)
    _decide(dewi, adverts_row["id"], "spam")
    # Even a mistaken spam decision on a phrase everybody writes blocks nothing.
    thanks_row = rows[THANKS.lower()]
    assert _decide(dewi, thanks_row["id"], "spam").status_code == 200
    later = [crowd.post(body, article="berita-baru", address="192.0.2.10")
             for body in (THANKS, "Aamiin")]
    people_decide.drain()

    with people_decide.services.db.session() as session:
        grouped = dict(session.execute(
            select(Comment.id, Comment.campaign_id).where(Comment.id.in_(short + [warning]))
        ).all())
    assert set(grouped.values()) == {None}, "too short to tell a copy from a coincidence"
    assert thanks_row["size"] == 6, "grouped: a moderator may approve them at once"
    assert {_status(people_decide, comment_id) for comment_id in thanks} - {"spam"} == {
        "pending"}
    assert [_status(people_decide, comment_id) for comment_id in later] == ["pending", "pending"]
    assert _status(people_decide, warning) == "pending"
    with people_decide.services.db.session() as session:
        caught = session.scalar(select(ModerationEvent.id).where(
            ModerationEvent.actor_kind == ActorKind.CAMPAIGN))
    assert caught is None


@pytest.mark.parametrize(("adverts", "reader"), [
    pytest.param([
        "Habis gajian langsung mampir ke 𝗠𝗔𝗡𝗚𝗚𝗔𝟮𝟭𝟮, sore-sore dompet jadi tebal",
        "Hujan deras gini enaknya rebahan sambil buka 𝙈𝘼𝙉𝙂𝙂𝘼𝟮𝟭𝟮 ☕",
        "Tetangga heran motor baru, padahal cuma rajin di ⭐𝐌𝐀𝐍𝐆𝐆𝐀𝟐𝟏𝟐⭐tiap malam",
    ], "Admin tolong hapus komen promosi MANGGA212 itu, judi semua", id="styled-brand"),
    pytest.param([
        "Gak perlu pusing mikirin biaya sekolah anak kalo udah join 💃 ⚡ 𝘽𝙀𝙍𝙇𝙄𝘼𝙉 33 ⚡",
        "Temen kampus gue aja sampe bikin grup bahas ⚡ 𝘽𝙀𝙍𝙇𝙄𝘼𝙉 33 ⚡ doang.",
        "Gue nyari resep mie goreng, yang keluar malah iklan ⚡ 𝘽𝙀𝙍𝙇𝙄𝘼𝙉 33 ⚡.",
    ], "Selamat 𝐇𝐔𝐓 𝐑𝐈 80 buat warga desa, semoga makin maju", id="brand-apart-from-its-number"),
    pytest.param([
        "Awalnya cuma iseng main di GA RU DA HO KI, sekarang tiap malam jepe",
        "Sehari gua bisa dapet puluhan juta di Ga ruda-Ho ki, gila sih",
        "Temen gua saranin maen diGa rudaho-ki beneran maxwin bulan ini",
    ], "Tim voli desa kami memang lagi ga hoki musim ini, semangat terus",
        id="name-cut-in-syllables"),
])
def test_chatty_adverts_the_model_finds_harmless_are_one_campaign_by_their_disguised_brand(
    make_service: Callable[..., Service], adverts: list[str], reader: str
) -> None:
    # Every comment scores below the approve threshold here, where the model finds them all
    # clearly genuine: only a brand written in disguise may link them ("𝘽𝙀𝙍𝙇𝙄𝘼𝙉 33" is the
    # brand berlian33 spelled apart).
    crowd = _crowd(make_service, approve_threshold="0.9999")
    service = crowd.service
    posted = [crowd.post(body, article=f"berita-{n}", address=f"198.51.100.{n + 1}")
              for n, body in enumerate(adverts)]
    citizen = crowd.post(reader, article="berita-0", address="203.0.113.7")
    service.drain()

    with service.services.db.session() as session:
        grouped = dict(session.execute(
            select(Comment.id, Comment.campaign_id).where(Comment.id.in_([*posted, citizen]))
        ).all())
    assert len({grouped[comment_id] for comment_id in posted}) == 1
    assert grouped[posted[0]] is not None
    assert grouped[citizen] is None, "a reader names a site plainly, or writes a short word"


def test_adverts_rotating_templates_around_a_number_cut_by_slashes_are_one_campaign(
    make_service: Callable[..., Service]
) -> None:
    # The model doubts every comment here (approve threshold 0), so plain brands may link.
    crowd = _crowd(make_service, approve_threshold="0")
    service = crowd.service
    adverts = ["Ayo ke Bukit 8/8/8, kita jadi orang kaya bareng malam ini!",
               "Santai aja bro, main di Bukit 8.8/8 dompet langsung tebal",
               "Gak usah pusing cari kerja, Bukit8/8/8 jawabannya tiap hari"]
    posted = [crowd.post(body, article=f"berita-{n}", address=f"198.51.100.{n + 1}")
              for n, body in enumerate(adverts)]
    citizens = [crowd.post(body, article="berita-0", address=f"203.0.113.{n + 1}") for n, body in
                enumerate(["Formasi 4-3-3 pelatih baru jauh lebih enak ditonton daripada dulu",
                           "Rapat warga tanggal 7/7/2025 di balai desa jam tujuh malam ya"])]
    service.drain()

    with service.services.db.session() as session:
        grouped = dict(session.execute(
            select(Comment.id, Comment.campaign_id).where(Comment.id.in_([*posted, *citizens]))
        ).all())
    assert len({grouped[comment_id] for comment_id in posted}) == 1
    assert grouped[posted[0]] is not None
    assert [grouped[comment_id] for comment_id in citizens] == [None, None]


def test_campaign_endpoints_need_the_moderate_scope(people_decide: Service) -> None:
    client = people_decide.app.test_client()

    assert client.get("/api/v1/moderation/campaigns").status_code == 401
    assert client.get("/api/v1/moderation/campaigns/1").status_code == 401
    assert client.post("/api/v1/moderation/campaigns/1/decision",
                       json={"action": "spam"}).status_code == 401


def test_an_unknown_campaign_is_a_404_and_a_bad_seen_at_a_400(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    crowd.campaign_of_adverts(3)
    people_decide.drain()
    dewi = make_moderator()
    row = _campaigns(dewi)["items"][0]

    missing = _decide(dewi, 99999, "spam")
    huge = dewi.client.get("/api/v1/moderation/campaigns/99999999999999999999")
    bad = _decide(dewi, row["id"], "spam", seen_at="yesterday")

    assert missing.status_code == 404
    assert missing.get_json()["error"]["code"] == "not_found"
    assert huge.status_code == 404
    assert bad.status_code == 400
    assert bad.get_json()["error"]["details"]["fields"] == {"seen_at": "not a time"}


def test_a_campaign_someone_else_already_decided_whole_tells_the_second_moderator_so(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    """Dewi and Budi both have the campaign row open; Dewi marks it spam. Budi's approve finds
    no member still waiting, and the answer says that, not that "this comment" was decided."""
    crowd.campaign_of_adverts(4)
    people_decide.drain()
    dewi, budi = make_moderator("dewi"), make_moderator("budi")
    [row] = _campaigns(budi)["items"]
    assert _decide(dewi, row["id"], "spam", expected_status="pending").status_code == 200

    late = _decide(budi, row["id"], "approve", expected_status="pending")

    assert late.status_code == 409
    error = late.get_json()["error"]
    assert error["code"] == "conflict"
    assert error["details"]["campaign_id"] == row["id"]
    assert error["details"]["expected_status"] == "pending"
    assert error["message"] == (
        "Tidak ada lagi komentar kampanye ini yang menunggu. Muat ulang untuk melihatnya.")
