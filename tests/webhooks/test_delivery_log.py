"""Operators read the webhook delivery log; nobody else does."""

from __future__ import annotations

from collections.abc import Callable

from modsvc.accounts import create_token
from tests.conftest import Moderator, Service, seed_comments
from tests.webhooks.conftest import Receiver


def test_operators_read_the_delivery_log_and_others_are_refused(
    service: Service, receiver: Receiver, make_moderator: Callable[..., Moderator]
) -> None:
    comment_ids = seed_comments(service, ["satu", "dua"])
    dewi = make_moderator("dewi")
    admin = make_moderator("ratna", role="admin")
    for comment_id in comment_ids:
        dewi.decide(comment_id, "approve")
    service.drain()
    operate = create_token(service.services, "ops-dashboard", "operate").secret
    moderate = create_token(service.services, "cms", "moderate").secret
    url = "/api/v1/webhooks/deliveries"
    anonymous = service.app.test_client()

    assert anonymous.get(url).status_code == 401
    assert anonymous.get(url, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert dewi.client.get(url).status_code == 403
    assert anonymous.get(
        url, headers={"Authorization": f"Bearer {moderate}"}
    ).status_code == 403
    by_admin = admin.client.get(url, query_string={"limit": "1"})
    by_token = anonymous.get(url, headers={"Authorization": f"Bearer {operate}"})

    assert by_admin.status_code == 200
    assert len(by_admin.get_json()["items"]) == 1
    items = by_token.get_json()["items"]
    assert {i["comment_id"] for i in items} == set(comment_ids)
    assert items[0]["id"] > items[1]["id"], "newest first"
    assert set(items[0]) >= {
        "event_id", "comment_id", "from_status", "to_status", "attempt", "url",
        "response_status", "outcome", "error", "duration_ms", "created_at",
    }
    assert admin.client.get(url, query_string={"limit": "0"}).status_code == 400
    assert admin.client.get(url, query_string={"limit": "x"}).status_code == 400
