"""The story of a reader commenting on the demo news page in a real browser."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from modsvc.captcha import answer_for
from modsvc.storage import Comment
from tests.browser.conftest import Live, shoot

pytestmark = pytest.mark.browser


def test_a_reader_solves_the_captcha_and_posts_a_comment(
    live: Live, open_page: Callable[..., Page]
) -> None:
    page = open_page()
    with page.expect_response("**/api/v1/captcha") as issued:
        page.goto(live.base + "/demo")
    captcha_id = issued.value.json()["captcha_id"]
    # The image is drawn once the page's script has taken the challenge.
    expect(page.locator("#captcha-image")).to_have_js_property("naturalWidth", 200)

    page.fill("#author_name", "Siti Aminah")
    page.fill("#body", "Jalan di depan SD Negeri 2 rusak parah, mohon segera diperbaiki")
    page.fill("#captcha_answer", answer_for(live.service.settings.secret_key, captcha_id))
    shoot(page, "demo.png")
    with page.expect_response("**/api/v1/comments") as posted:
        page.click("#submit")
    assert posted.value.status == 202, posted.value.json()
    # The example a portal copies sends each comment with its own key (README, step 2).
    assert re.fullmatch(r"[0-9a-f]{32}", posted.value.request.headers["idempotency-key"])
    expect(page.locator("#message")).to_contain_text("diterima")
    live.service.drain()

    expect(page.locator("#message")).to_contain_text("menunggu moderasi")


def test_a_wrong_answer_is_explained_and_a_new_captcha_is_shown(
    live: Live, open_page: Callable[..., Page]
) -> None:
    page = open_page()
    with page.expect_response("**/api/v1/captcha") as issued:
        page.goto(live.base + "/demo")
    expect(page.locator("#captcha-image")).to_have_js_property("naturalWidth", 200)
    first_src = page.get_attribute("#captcha-image", "src")

    page.fill("#author_name", "Budi")
    page.fill("#body", "Mohon info jadwal vaksin")
    page.fill("#captcha_answer", "WRONG")
    with page.expect_response("**/api/v1/captcha"):
        page.click("#submit")

    expect(page.locator("#message")).to_have_class("error")
    expect(page.locator("#message")).to_contain_text("Kode captcha salah")
    # The page swaps the image after the new captcha's answer arrives: wait for the swap.
    expect(page.locator("#captcha-image")).not_to_have_attribute("src", first_src or "")
    assert issued.value.ok


def test_a_pasted_comment_over_the_limit_is_never_cut_and_never_sent(
    live: Live, open_page: Callable[..., Page]
) -> None:
    page = open_page()
    page.goto(live.base + "/demo")
    expect(page.locator("#captcha-image")).to_have_js_property("naturalWidth", 200)
    long_text = ("Jalan di desa kami rusak parah sejak tahun lalu. " * 220)[:10_000]
    posts: list[str] = []
    page.on("request", lambda request: posts.append(request.url)
            if request.method == "POST" and request.url.endswith("/comments") else None)

    page.fill("#author_name", "Siti")
    page.fill("#body", long_text)
    page.fill("#captcha_answer", "ABCDE")
    page.click("#submit")

    expect(page.locator("#message")).to_contain_text("paling banyak 5.000")
    expect(page.locator("#body-count")).to_contain_text("10.000 / 5.000")
    assert page.input_value("#body") == long_text, "nothing was cut"
    assert posts == []


def test_a_comment_the_model_marks_spam_reads_as_waiting_for_moderation(
    live: Live, open_page: Callable[..., Page]
) -> None:
    page = open_page()
    with page.expect_response("**/api/v1/captcha") as issued:
        page.goto(live.base + "/demo")
    captcha_id = issued.value.json()["captcha_id"]
    expect(page.locator("#captcha-image")).to_have_js_property("naturalWidth", 200)

    page.fill("#author_name", "Bos Gacor")
    page.fill("#body", "SLOT GACOR maxwin hari ini di pulauwin88 . com daftar sekarang bosku")
    page.fill("#captcha_answer", answer_for(live.service.settings.secret_key, captcha_id))
    with page.expect_response("**/api/v1/comments") as posted:
        page.click("#submit")
    live.service.drain()

    expect(page.locator("#message")).to_contain_text("menunggu moderasi")
    expect(page.locator("#message")).not_to_contain_text("spam")
    with live.service.services.db.session() as session:
        stored = session.get(Comment, posted.value.json()["id"])
        assert stored is not None
        assert stored.status == "spam", "the model did mark it spam"
