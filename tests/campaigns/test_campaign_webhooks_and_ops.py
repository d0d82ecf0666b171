"""Stories of the people around a campaign: the portal hears when one is blocked (a signed
``campaign.blocked`` notice), and an operator sees campaigns at /ops: their size over time, the
articles they hit and how they ended."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from modsvc.storage import WebhookDelivery
from tests.campaigns.conftest import NEXT_VARIANT, PEOPLE_DECIDE, Crowd
from tests.conftest import Moderator, Service
from tests.webhooks.conftest import WEBHOOK_SECRET, Receiver


@pytest.fixture
def service(make_service: Callable[..., Service], receiver: Receiver) -> Service:
    """People decide (as in every campaign story), and webhooks go to the receiver."""
    return make_service(**PEOPLE_DECIDE, webhook_url=receiver.url,
                        webhook_secret=WEBHOOK_SECRET)


def test_the_portal_hears_once_when_moderators_block_a_campaign(
    service: Service, receiver: Receiver, make_moderator: Callable[..., Moderator],
    documented_verify: Callable[..., bool],
) -> None:
    crowd = Crowd(service)
    adverts = crowd.campaign_of_adverts(6, articles=2)
    service.drain()
    dewi = make_moderator()
    campaign = dewi.client.get("/api/v1/moderation/campaigns").get_json()["items"][0]["id"]
    csrf = {"X-CSRFToken": dewi.csrf()}
    assert dewi.client.post(f"/api/v1/moderation/campaigns/{campaign}/decision",
                            json={"action": "spam"}, headers=csrf).status_code == 200
    service.drain()

    notices = [(r, json.loads(r.body)) for r in receiver.requests]
    blocked = [(r, body) for r, body in notices if body["type"] == "campaign.blocked"]
    members = [body for _r, body in notices if body["type"] == "comment.status_changed"]

    [(request, body)] = blocked
    assert request.headers["X-Modsvc-Event"] == "campaign.blocked"
    assert documented_verify(WEBHOOK_SECRET, request.headers["X-Modsvc-Timestamp"],
                             request.headers["X-Modsvc-Signature"], request.body)
    assert body["actor"] == "moderator"
    assert body["campaign"]["id"] == campaign
    assert (body["campaign"]["size"], body["campaign"]["articles"]) == (6, 2)
    assert sorted(body["campaign"]["article_ids"]) == ["berita-0", "berita-1"]
    assert sorted(m["comment_id"] for m in members) == sorted(adverts)
    assert "body" not in json.dumps(body["campaign"]), "counts and article ids only"

    # Deciding it again in the spam tab blocks nothing new: no second notice.
    dewi.client.post(f"/api/v1/moderation/campaigns/{campaign}/decision",
                     json={"action": "spam", "expected_status": "spam"}, headers=csrf)
    crowd.post(NEXT_VARIANT, article="berita-baru", address="192.0.2.200")
    service.drain()
    kinds = [json.loads(r.body)["type"] for r in receiver.requests]
    assert kinds.count("campaign.blocked") == 1
    caught = [json.loads(r.body) for r in receiver.requests][-1]
    assert (caught["to_status"], caught["actor"]) == ("spam", "campaign")
    with service.services.db.session() as session:
        logged = session.scalars(select(WebhookDelivery)
                                 .where(WebhookDelivery.event_type == "campaign.blocked")).all()
    assert [(d.campaign_id, d.outcome, d.comment_id) for d in logged] == [
        (campaign, "delivered", None)]


def test_an_operator_sees_campaigns_their_size_over_time_and_how_they_ended(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    crowd.campaign_of_adverts(5, articles=2)
    thanks = "Terima kasih infonya pak, semoga kabupaten kita makin maju"
    for n in range(3):
        crowd.post(thanks, article=f"berita-{n}", address=f"203.0.113.{n + 1}")
    people_decide.drain()
    admin = make_moderator("admin", role="admin")
    rows = admin.client.get("/api/v1/moderation/campaigns").get_json()["items"]
    adverts = next(row for row in rows if row["size"] == 5)
    admin.client.post(f"/api/v1/moderation/campaigns/{adverts['id']}/decision",
                      json={"action": "spam"}, headers={"X-CSRFToken": admin.csrf()})

    listing = admin.client.get("/ops/campaigns?lang=id")
    page = listing.get_data(as_text=True)
    detail = admin.client.get(f"/ops/campaigns/{adverts['id']}").get_data(as_text=True)

    assert listing.status_code == 200
    assert "Kampanye komentar yang mirip" in page
    assert "ditandai spam (diblokir)" in page
    assert "aktif" in page
    assert page.count('<tr data-campaign="') == 2
    assert "<rect" in page, "comments per hour"
    assert "berita-0" in detail
    assert "berita-1" in detail
    assert "Komentar per jam" in detail
    assert make_moderator("dewi").client.get("/ops/campaigns").status_code == 403
