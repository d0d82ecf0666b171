"""An integrator's story: the campaign endpoints answer what /openapi.json promises, for a whole
flow (list, read, page, decide, conflict, undo) and its errors."""

from __future__ import annotations

from collections.abc import Callable

from tests.campaigns.conftest import Crowd
from tests.conftest import Moderator, Service
from tests.observability.test_openapi import Contract


def test_real_answers_about_campaigns_match_the_document(
    people_decide: Service, crowd: Crowd, make_moderator: Callable[..., Moderator]
) -> None:
    contract = Contract()
    check = contract.check
    crowd.campaign_of_adverts(4)
    people_decide.drain()
    dewi = make_moderator()
    anonymous = people_decide.app.test_client()
    listing_path = "/api/v1/moderation/campaigns"
    one = "/api/v1/moderation/campaigns/{campaign_id}"
    members = "/api/v1/moderation/campaigns/{campaign_id}/comments"
    decision = "/api/v1/moderation/campaigns/{campaign_id}/decision"
    undo = "/api/v1/moderation/batches/{batch_id}/undo"
    csrf = {"X-CSRFToken": dewi.csrf()}

    check(anonymous.get(listing_path), "GET", listing_path)
    check(dewi.client.get(listing_path, query_string={"status": "sideways"}), "GET",
          listing_path)
    listing = check(dewi.client.get(listing_path), "GET", listing_path).get_json()
    campaign = listing["items"][0]["id"]
    check(dewi.client.get(f"{listing_path}/{campaign}"), "GET", one)
    check(dewi.client.get(f"{listing_path}/424242"), "GET", one)
    check(dewi.client.get(f"{listing_path}/{campaign}/comments"), "GET", members)
    check(dewi.client.get(f"{listing_path}/{campaign}/comments",
                          query_string={"cursor": "broken"}), "GET", members)
    check(dewi.client.post(f"{listing_path}/{campaign}/decision", json={"action": "nuke"},
                           headers=csrf), "POST", decision)
    done = check(dewi.client.post(f"{listing_path}/{campaign}/decision",
                                  json={"action": "spam", "expected_status": "pending",
                                        "seen_at": listing["seen_at"]}, headers=csrf),
                 "POST", decision).get_json()
    check(dewi.client.post(f"{listing_path}/{campaign}/decision",
                           json={"action": "approve", "expected_status": "pending"},
                           headers=csrf), "POST", decision)
    check(dewi.client.post(f"{listing_path}/424242/decision", json={"action": "spam"},
                           headers=csrf), "POST", decision)
    check(dewi.client.get(f"{listing_path}/{campaign}"), "GET", one)
    check(dewi.client.post(f"/api/v1/moderation/batches/{done['batch_id']}/undo",
                           headers=csrf), "POST", undo)
    check(dewi.queue(campaign="none"), "GET", "/api/v1/moderation/queue")
    check(dewi.queue(campaign="nine"), "GET", "/api/v1/moderation/queue")

    seen = {(path, status) for _, path, status in contract.seen}
    for expected in ((listing_path, "401"), (listing_path, "400"), (one, "404"),
                     (members, "400"), (decision, "400"), (decision, "409"), (decision, "404"),
                     (undo, "200"), ("/api/v1/moderation/queue", "400")):
        assert expected in seen, expected
