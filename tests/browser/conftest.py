"""A live HTTP server of the app and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from werkzeug.serving import WSGIRequestHandler, make_server

from tests.conftest import Service

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.browser


def shoot(target: Any, name: str, *, full_page: bool = False) -> None:
    """Save a screenshot of a page or element for the docs, only when asked (`make
    screenshots` sets MODSVC_SCREENSHOTS=1): `make test` never rewrites the committed ones."""
    if os.environ.get("MODSVC_SCREENSHOTS") != "1":
        return
    options: dict[str, Any] = {"full_page": True} if full_page else {}
    target.screenshot(path=str(SCREENSHOTS / name), **options)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


class _UnloggedRequests(WSGIRequestHandler):
    """werkzeug's handler without its access line: the browser asks for ``/favicon.ico`` on
    its own schedule, and a request answered after a test's output capture ended printed a
    stray log line into the run (the service's own logs are unchanged)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return None


class Live:
    """The service behind a real HTTP server on loopback."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.server = make_server("127.0.0.1", 0, service.app, threaded=True,
                                  request_handler=_UnloggedRequests)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()


@pytest.fixture
def live(service: Service) -> Iterator[Live]:
    """The default test service, served over HTTP."""
    server = Live(service)
    yield server
    server.stop()


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """New pages in fresh browser contexts (separate cookies, like separate people)."""
    contexts = []

    def make(width: int = 1280, height: int = 800, locale: str = "id-ID") -> Page:
        context = browser.new_context(viewport={"width": width, "height": height}, locale=locale)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        return page

    yield make
    for context in contexts:
        context.close()


def log_in(page: Page, live: Live, name: str, password: str) -> None:
    """Log in through the form as a person would."""
    page.goto(live.base + "/login")
    page.fill('input[name="username"]', name)
    page.fill('input[name="password"]', password)
    # Until the next page has loaded, its scripts may not have run: a key pressed or a button
    # clicked as soon as the list shows would go unheard.
    with page.expect_navigation(wait_until="load"):
        page.click('button[type="submit"]')
