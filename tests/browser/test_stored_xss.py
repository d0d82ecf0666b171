"""The story of a spammer who plants scripts in every field a person will later look at: the
comment and its evidence, the reasons, a moderator's note, rule patterns, token and account
names, webhook errors. A moderator and an admin open every page in real Chromium, and a reader
opens the demo article: the scripts show as text and none runs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from modsvc.accounts import add_moderator, create_token
from modsvc.pages.demo import DEMO_ARTICLE
from modsvc.rules import add_rule
from modsvc.storage import Comment, WebhookDelivery, utcnow
from tests.browser.conftest import Live, log_in
from tests.conftest import seed_comments

pytestmark = [pytest.mark.browser, pytest.mark.reliability]

PASSWORD = "kata-sandi-rahasia"
# Breaks out of text, of a quoted attribute and of a script string, in a few ways at once.
PAYLOAD = ("\"'></textarea></script><script>window.pwned=1</script>"
           "<img src=x onerror=\"window.pwned=1\"><svg onload=window.pwned=1>")


def _plant(live: Live) -> str:
    """Every field a page shows, filled with the payload; returns the comment's id."""
    services = live.service.services
    [comment_id, other_id] = seed_comments(live.service, [f"Halo {PAYLOAD}", PAYLOAD])
    reason = {"code": "rule", "params": {"pattern": PAYLOAD}, "text_en": PAYLOAD,
              "text_id": PAYLOAD, "weight": 1.0, "spans": [[0, 4]]}
    with services.db.session() as session:
        for planted in (session.get(Comment, comment_id), session.get(Comment, other_id)):
            assert planted is not None
            planted.author_name = PAYLOAD[:100]
            planted.author_email = "x@example.id"
            planted.user_agent = PAYLOAD
            planted.referrer = "javascript:window.pwned=1//" + PAYLOAD
            planted.accept_language = PAYLOAD
            planted.model_version = PAYLOAD[:64]
            planted.reasons = [reason]
        approved = session.get(Comment, other_id)
        assert approved is not None
        approved.status = "approved"
        approved.article_id = DEMO_ARTICLE
        session.add(WebhookDelivery(
            event_id=1, comment_id=comment_id, from_status="pending", to_status="spam",
            attempt=1, url="https://portal.example/hook?" + PAYLOAD, response_status=500,
            outcome="retrying", error=PAYLOAD, duration_ms=12, created_at=utcnow(),
        ))
    add_rule(services, "phrase", PAYLOAD[:255], "hold", f"moderator:{PAYLOAD[:40]}")
    create_token(services, PAYLOAD[:100], "moderate")
    add_moderator(services, PAYLOAD[:64], PASSWORD)
    return comment_id


def _assert_inert(page: Page, dialogs: list[str]) -> None:
    assert page.evaluate("window.pwned") is None, page.url
    assert dialogs == [], page.url
    assert page.locator("img[src=x], svg[onload]").count() == 0, page.url


def test_scripts_planted_in_every_shown_field_stay_text_in_chromium(
    live: Live, open_page: Callable[..., Page]
) -> None:
    comment_id = _plant(live)
    add_moderator(live.service.services, "admin", PASSWORD, role="admin")
    page = open_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(page, live, "admin", PASSWORD)
    expect(page).to_have_url(live.base + "/moderation")

    # The queue, the detail panel (evidence, reasons, the author's other comments), a decision
    # with a note, and the history that shows the note.
    item = page.locator(f'[data-comment-id="{comment_id}"]')
    expect(item.locator(".author")).to_have_text(PAYLOAD[:100])
    page.keyboard.press("Enter")  # the only pending comment is the current one
    expect(page.locator("#detail")).to_contain_text(PAYLOAD)
    _assert_inert(page, dialogs)
    csrf = page.locator('meta[name="csrf-token"]').get_attribute("content")
    decided = page.evaluate(
        """async ([id, token, note]) => (await fetch(`/api/v1/moderation/comments/${id}/decision`,
            {method: 'POST', headers: {'Content-Type': 'application/json', 'X-CSRFToken': token},
             body: JSON.stringify({action: 'reject', reason: note})})).status""",
        [comment_id, csrf, PAYLOAD],
    )
    assert decided == 200
    page.goto(live.base + "/moderation?status=rejected")
    page.keyboard.press("Enter")
    expect(page.locator("#detail")).to_contain_text(PAYLOAD)
    _assert_inert(page, dialogs)
    page.goto(live.base + "/moderation?status=approved")
    _assert_inert(page, dialogs)

    # Every operator page, and the rules page's test box fed the payload.
    for path in ("/ops", "/ops/models", "/ops/rules", "/ops/tokens", "/ops/moderators",
                 "/ops/webhooks", "/ops/campaigns"):
        page.goto(live.base + path)
        expect(page.locator("main")).to_be_visible()
        _assert_inert(page, dialogs)
    page.goto(live.base + "/ops/rules")
    expect(page.locator("main")).to_contain_text(PAYLOAD[:255])
    page.fill('textarea[name="text"]', PAYLOAD)
    page.locator('form:has(textarea[name="text"]) button[type="submit"]').click()
    expect(page.locator("main")).to_contain_text("aturan: daftar blokir frasa")
    _assert_inert(page, dialogs)
    for path, text in (("/ops/tokens", PAYLOAD[:100]), ("/ops/moderators", PAYLOAD[:64]),
                       ("/ops/webhooks", PAYLOAD)):
        page.goto(live.base + path)
        expect(page.locator("main")).to_contain_text(text)

    # A reader of the article sees the approved comment's name and text as they were typed.
    reader = open_page()
    reader.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    reader.goto(live.base + "/demo")
    expect(reader.locator("#approved")).to_contain_text(PAYLOAD[:100])
    _assert_inert(reader, dialogs)
