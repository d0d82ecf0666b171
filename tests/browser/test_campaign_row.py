"""Stories of a moderator meeting a spam campaign in a real browser: one row for many near
duplicates, opened and decided with the keyboard alone, undone in one step (issue 18)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from modsvc.accounts import add_moderator
from tests.browser.conftest import Live, log_in, shoot
from tests.campaigns.conftest import GENUINE, PEOPLE_DECIDE, Crowd
from tests.conftest import Service, stored_status

pytestmark = pytest.mark.browser

PASSWORD = "kata-sandi-rahasia"


@pytest.fixture
def service(make_service: Callable[..., Service]) -> Service:
    """Every comment waits for a person; each reader posts from an address of their own."""
    return make_service(**PEOPLE_DECIDE)


@pytest.fixture
def campaign(live: Live) -> tuple[list[str], str]:
    """Five copies of one advert over three articles, and one genuine comment."""
    crowd = Crowd(live.service)
    adverts = crowd.campaign_of_adverts(5, articles=3)
    genuine = crowd.post(GENUINE[0], article="berita-9", address="203.0.113.9")
    live.service.drain()
    return adverts, genuine


@pytest.fixture
def page(live: Live, open_page: Callable[..., Page]) -> Page:
    add_moderator(live.service.services, "dewi", PASSWORD)
    opened = open_page()
    log_in(opened, live, "dewi", PASSWORD)
    expect(opened).to_have_url(live.base + "/moderation")
    return opened


def test_a_campaign_is_one_row_opened_decided_and_undone_with_the_keyboard(
    live: Live, campaign: tuple[list[str], str], page: Page
) -> None:
    adverts, genuine = campaign
    row = page.locator(".item.campaign")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("5 mirip, 3 berita, 5 alamat")
    expect(page.locator("#queue > .item[data-comment-id]")).to_have_count(1)
    expect(page.locator(".item.current")).to_have_class("item campaign current")

    page.keyboard.press("Enter")
    expect(row.locator(".members .item")).to_have_count(5)
    expect(page.locator(".members .item.current")).to_have_count(1)  # j/k walk into it
    page.keyboard.press("j")
    expect(page.locator(".members .item.current")).to_have_count(1)
    page.keyboard.press("k")
    page.keyboard.press("k")
    expect(page.locator(".item.campaign.current")).to_have_count(1)
    shoot(page, "queue-campaign.png")

    page.keyboard.press("s")

    expect(row).to_have_count(0)
    expect(page.locator("#toast")).to_contain_text("5 komentar kampanye diputuskan sekaligus")
    expect(page.locator('[data-count="spam"]')).to_have_text("5")
    expect(page.locator('[data-count="pending"]')).to_have_text("1")
    assert {stored_status(live.service, i) for i in adverts} == {"spam"}
    assert stored_status(live.service, genuine) == "pending"

    page.keyboard.press("u")

    expect(page.locator(".item.campaign")).to_have_count(1)
    expect(page.locator('[data-count="pending"]')).to_have_text("6")
    assert {stored_status(live.service, i) for i in adverts} == {"pending"}


def test_one_comment_is_taken_out_of_its_campaign_and_the_rest_approved_with_the_mouse(
    live: Live, campaign: tuple[list[str], str], page: Page
) -> None:
    adverts, _genuine = campaign
    row = page.locator(".item.campaign")
    row.get_by_role("button", name="Tampilkan komentarnya").click()
    member = row.locator(f'.members .item[data-comment-id="{adverts[1]}"]')
    expect(member).to_have_count(1)

    member.locator('[data-action="spam"]').click()
    expect(member).to_have_count(0)
    row.get_by_role("button", name="Setujui semua").click()

    expect(row).to_have_count(0)
    assert stored_status(live.service, adverts[1]) == "spam"
    assert {stored_status(live.service, i) for i in adverts if i != adverts[1]} == {"approved"}


def test_rejecting_a_campaign_asks_why_once_for_all_of_it(
    live: Live, campaign: tuple[list[str], str], page: Page
) -> None:
    adverts, _genuine = campaign

    page.keyboard.press("r")
    expect(page.locator("#reject-dialog")).to_be_visible()
    page.keyboard.press("Enter")

    expect(page.locator(".item.campaign")).to_have_count(0)
    assert {stored_status(live.service, i) for i in adverts} == {"rejected"}


def test_an_opened_campaign_row_has_no_serious_accessibility_violations(
    campaign: tuple[list[str], str], page: Page
) -> None:
    page.keyboard.press("Enter")
    expect(page.locator(".members .item")).to_have_count(5)

    results = Axe().run(page)
    serious = [v["id"] for v in results.response["violations"]
               if v["impact"] in ("serious", "critical")]

    assert serious == []
