"""Akismet clients pointed at modsvc: the real ``akismet`` client from PyPI, whose requests to
rest.akismet.com are carried to the Flask app, as a site that changed only its host would be."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import akismet
import httpx
import pytest
from flask import Flask
from sqlalchemy import select

from modsvc.accounts import create_token
from modsvc.storage import Comment, ModerationEvent
from tests.conftest import Service

SITE = "https://berita-kampung.example.id"
AKISMET_HOST = "rest.akismet.com"
MODSVC_HOST = "modsvc.test"


class AkismetHostToModsvc(httpx.BaseTransport):
    """Sends what a client addresses to rest.akismet.com to the modsvc app instead.

    It refuses any other host, so a test cannot pass by reaching somewhere else.
    """

    def __init__(self, app: Flask) -> None:
        self.app = httpx.WSGITransport(app=app, remote_addr="192.0.2.10")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        assert host == AKISMET_HOST or host.endswith("." + AKISMET_HOST), host
        ours = host.removesuffix(AKISMET_HOST) + MODSVC_HOST
        request.url = request.url.copy_with(host=ours)
        request.headers["Host"] = ours
        return self.app.handle_request(request)


@pytest.fixture
def akismet_key(service: Service) -> str:
    """A modsvc token with scope akismet, as `modsvc tokens create wp-berita --scope akismet`."""
    return create_token(service.services, "wp-berita", "akismet").secret


@pytest.fixture
def client_for() -> Iterator[Callable[..., akismet.SyncClient]]:
    """Build real Akismet clients (not yet validated) of a service for a key and a site URL."""
    opened: list[httpx.Client] = []

    def make(service: Service, key: str, url: str = SITE) -> akismet.SyncClient:
        http = httpx.Client(
            transport=AkismetHostToModsvc(service.app),
            headers={"User-Agent": akismet.USER_AGENT},
        )
        opened.append(http)
        return akismet.SyncClient(config=akismet.Config(key=key, url=url), http_client=http)

    yield make
    for http in opened:
        http.close()


@pytest.fixture
def site(
    service: Service, client_for: Callable[..., akismet.SyncClient], akismet_key: str
) -> akismet.SyncClient:
    """The news site's Akismet client with a valid key."""
    return client_for(service, akismet_key)


def stored(service: Service, **where: Any) -> list[Comment]:
    """Comments matching column values, oldest first."""
    with service.services.db.session() as session:
        query = select(Comment).filter_by(**where).order_by(Comment.created_at, Comment.id)
        return list(session.scalars(query))


def history(service: Service, comment_id: str) -> list[tuple[str | None, str, str]]:
    """(from, to, actor) of each event of a comment, in order."""
    with service.services.db.session() as session:
        events = session.scalars(
            select(ModerationEvent)
            .where(ModerationEvent.comment_id == comment_id)
            .order_by(ModerationEvent.id)
        )
        return [(e.from_status, e.to_status, e.actor) for e in events]


def source_of(comment: Comment) -> dict[str, str]:
    """The Akismet source evidence kept with a comment."""
    found = [r for r in comment.reasons or [] if r["code"] == "source_akismet"]
    assert len(found) == 1, comment.reasons
    params: dict[str, str] = found[0]["params"]
    return params
