"""Stories of floods and spoofing: limits per client IP, shared through Redis."""

from __future__ import annotations

import contextlib
import secrets
import time
from collections.abc import Callable, Iterator

from classifiers.training import TrainedModel
from modsvc.intake import ip_hashes
from modsvc.storage import Comment
from tests.conftest import Service

BODY = "Kapan pendaftaran PPDB SMP dibuka? anak saya mau daftar"


def test_a_flood_from_one_address_gets_429_with_retry_after(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(rate_limit_comments="2/minute")

    codes = [service.portal.post(BODY).status_code for _ in range(3)]
    refused = service.portal.post(BODY)

    assert codes == [202, 202, 429]
    assert refused.status_code == 429
    assert refused.get_json()["error"]["code"] == "rate_limited"
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert refused.headers["X-RateLimit-Limit"] == "2"
    assert refused.headers["X-RateLimit-Remaining"] == "0"


def test_a_second_web_process_shares_the_counters(
    make_service: Callable[..., Service], tiny_model: TrainedModel
) -> None:
    first = make_service(rate_limit_comments="2/minute")
    second = Service(first.settings, tiny_model)

    assert first.portal.post(BODY).status_code == 202
    assert second.portal.post(BODY).status_code == 202
    assert first.portal.post(BODY).status_code == 429
    second.services.close()


def test_a_spoofed_forwarded_for_header_is_ignored_without_trusted_proxies(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(rate_limit_comments="2/minute")

    codes = [
        service.portal.post(BODY, headers={"X-Forwarded-For": f"203.0.113.{n}"}).status_code
        for n in range(3)
    ]

    assert codes == [202, 202, 429]
    with service.services.db.session() as session:
        hashes = {c.ip_hash for c in session.query(Comment)}
    assert hashes == {ip_hashes(service.settings.secret_key, "127.0.0.1")[0]}


def test_behind_one_trusted_proxy_each_forwarded_client_has_its_own_limit(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(rate_limit_comments="2/minute", trusted_proxies="1")

    # A client forging its own X-Forwarded-For gets the proxy's append: the last hop is real.
    alice = [
        service.portal.post(BODY, headers={"X-Forwarded-For": "1.2.3.4, 198.51.100.7"})
        .status_code
        for _ in range(3)
    ]
    bob = service.portal.post(BODY, headers={"X-Forwarded-For": "198.51.100.8"}).status_code

    assert alice == [202, 202, 429]
    assert bob == 202
    with service.services.db.session() as session:
        hashes = {c.ip_hash for c in session.query(Comment)}
    secret = service.settings.secret_key
    assert hashes == {ip_hashes(secret, "198.51.100.7")[0], ip_hashes(secret, "198.51.100.8")[0]}


@contextlib.contextmanager
def _commands_seen(service: Service) -> Iterator[list[str]]:
    """The commands sent to this service's Redis database while the block runs, as Redis's
    MONITOR saw them (other databases of the same server, e.g. another suite's, left out)."""
    redis = service.services.redis
    database = redis.connection_pool.connection_kwargs.get("db", 0)
    marker = f"end-of-block-{secrets.token_hex(4)}"
    seen: list[str] = []
    with redis.monitor() as monitor:
        yield seen
        redis.echo(marker)
        commands = []
        while True:
            command = monitor.next_command()
            if marker in command["command"]:
                break
            commands.append(command)
    # The marker's own connection (a SELECT when it is new) is the measurement, not the block.
    seen += [c["command"] for c in commands if int(c["db"]) == database
             and c["client_address"] != command["client_address"]]


def test_a_bot_that_keeps_posting_after_its_429_is_refused_without_asking_redis(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(rate_limit_comments="2/minute", trusted_proxies="1")
    bot = {"X-Forwarded-For": "198.51.100.66"}
    assert [service.portal.client.post("/api/v1/comments", json={}, headers=bot).status_code
            for _ in range(3)] == [400, 400, 429]

    with _commands_seen(service) as commands:
        again = [service.portal.client.post("/api/v1/comments", json={}, headers=bot)
                 for _ in range(20)]

    assert {response.status_code for response in again} == {429}
    assert commands == [], "the refusals were answered from the web process's memory"
    last = again[-1]
    assert last.get_json()["error"]["code"] == "rate_limited"
    assert 0 < int(last.headers["Retry-After"]) <= 60
    assert last.headers["X-RateLimit-Limit"] == "2"
    assert last.headers["X-RateLimit-Remaining"] == "0"
    # Someone else behind the same proxy is not affected.
    neighbour = service.portal.post(BODY, headers={"X-Forwarded-For": "198.51.100.67"})
    assert neighbour.status_code == 202


def test_a_refused_address_is_let_in_again_once_its_limit_frees(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(rate_limit_comments="2 per 2 seconds")
    assert [service.portal.post(BODY).status_code for _ in range(3)] == [202, 202, 429]
    assert service.portal.post(BODY).status_code == 429

    time.sleep(2.2)

    assert service.portal.post(BODY).status_code == 202
