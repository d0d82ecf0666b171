"""Stories of readers on a portal's own page (another origin, its own strict CSP and careless
CSS) with the comment section embedded from one script tag: reading threaded and paged
comments, posting with the captcha by keyboard alone, following their comment's status to a
moderator's decision, asking for a review that reaches the queue first; on a 390 px phone,
checked by axe-core, with JavaScript off, and the script's size measured.

Screenshots for docs/EMBED.md are written only when MODSVC_SCREENSHOTS=1.
"""

from __future__ import annotations

import gzip
import os
import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from sqlalchemy import select

from modsvc.accounts import add_moderator
from modsvc.captcha import answer_for
from modsvc.storage import Comment, utcnow
from tests.browser.conftest import SCREENSHOTS, Live, log_in
from tests.conftest import Moderator, Service

pytestmark = pytest.mark.browser

ARTICLE = "berita-2026-12-pasar-baru"
SIZE_BUDGET_GZIP = 15 * 1024
HOSTILE_CSS = """
* { font-family: "Courier New", monospace !important; color: rgb(255, 0, 255) !important;
    letter-spacing: 3px; text-transform: uppercase; line-height: 3; }
button, input, textarea { display: none !important; }
ol, ul, li { list-style: square !important; margin-left: 4em !important; }
h2 { font-size: 60px; }
[data-modsvc-article] { --modsvc-accent: #7a1f00; }
"""


class HostSite:
    """The portal: another origin serving an article page with the snippet, a strict CSP that
    allows modsvc for scripts, calls, images and audio (never inline styles or eval), and a
    stylesheet that would wreck any widget whose markup it reached."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self.csp = ""
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = self.path.split("?", 1)[0]
                if path == "/host.css":
                    body, kind = HOSTILE_CSS.encode(), "text/css"
                elif path in site.pages:
                    body, kind = site.pages[path].encode(), "text/html; charset=utf-8"
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                if kind.startswith("text/html"):
                    self.send_header("Content-Security-Policy", site.csp)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def publish(self, modsvc: str, lang_attribute: str = "", page_lang: str = "id") -> str:
        """The article page with the snippet as docs/EMBED.md gives it; returns its URL."""
        self.csp = "; ".join([
            "default-src 'none'", f"script-src {modsvc}", f"connect-src {modsvc}",
            f"img-src {modsvc}", f"media-src {modsvc}", "style-src 'self'",
            "base-uri 'none'", "form-action 'none'",
        ])
        self.pages["/berita/pasar-baru.html"] = f"""<!doctype html>
<html lang="{page_lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pasar Baru Dibuka Bulan Depan</title>
<link rel="stylesheet" href="/host.css"></head>
<body><main><a id="home" href="/">Beranda</a>
<h1>Pasar Baru Dibuka Bulan Depan</h1>
<p id="host-text">Pemerintah kabupaten membuka pasar baru di Kecamatan Sukamaju.</p>
<button id="host-button" type="button">Bagikan</button>
<div data-modsvc-article="{ARTICLE}" data-title="Pasar Baru Dibuka Bulan Depan"
     data-url="/berita/pasar-baru.html"{lang_attribute}>
  <a href="{modsvc}/embed/articles/{ARTICLE}">Baca komentar</a>
</div>
<script src="{modsvc}/embed.js" async></script>
</main></body></html>"""
        return self.origin + "/berita/pasar-baru.html"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def host() -> Iterator[HostSite]:
    site = HostSite()
    yield site
    site.stop()


@pytest.fixture
def embed_live(
    host: HostSite, make_service: Callable[..., Service]
) -> Iterator[Callable[..., Live]]:
    """The service, allowing the portal's origin (CORS), served over HTTP."""
    started: list[Live] = []

    def make(**env: str) -> Live:
        server = Live(make_service(cors_origins=host.origin, **env))
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


def _publish(service: Service, count: int, reply_to_first: bool = False) -> list[str]:
    """Approved comments on the article, oldest first (and a reply to the first)."""
    ids = []
    now = utcnow()
    with service.services.db.session() as session:
        for n in range(count):
            comment = Comment(
                article_id=ARTICLE, author_name=f"Warga {n + 1}", status="approved",
                body=f"Komentar nomor {n + 1}: semoga pasarnya bersih dan tertata.",
                created_at=now.replace(microsecond=0) - _minutes(count - n + 1),
            )
            session.add(comment)
            session.flush()
            ids.append(comment.id)
        if reply_to_first:
            reply = Comment(article_id=ARTICLE, author_name="Bu Rina", status="approved",
                            parent_id=ids[0], body="Setuju, parkirnya juga perlu ditata.",
                            created_at=now)
            session.add(reply)
            session.flush()
            ids.append(reply.id)
    return ids


def _minutes(n: int) -> Any:
    from datetime import timedelta

    return timedelta(minutes=n)


def _watch_csp(page: Page) -> None:
    page.add_init_script("""document.addEventListener('securitypolicyviolation', (e) => {
        (window.__cspViolations = window.__cspViolations || []).push(
            e.violatedDirective + ' ' + e.blockedURI);
    });""")


def _violations(page: Page) -> list[str]:
    found: list[str] = page.evaluate("window.__cspViolations || []")
    return found


def _widget(page: Page) -> Any:
    return page.locator("[data-modsvc-article]")


def _shot(page: Page, name: str, whole_page: bool = False) -> None:
    """A screenshot for docs/EMBED.md, only when asked (MODSVC_SCREENSHOTS=1): the comment
    section alone (the test's host page is ugly on purpose), or the whole page."""
    if os.environ.get("MODSVC_SCREENSHOTS") != "1":
        return
    if whole_page:
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
    else:
        _widget(page).screenshot(path=str(SCREENSHOTS / name))


def _focused(page: Page) -> str:
    """What has the keyboard focus inside the widget: a field's name or a button's text."""
    found: str = page.evaluate("""() => {
        const root = document.querySelector('[data-modsvc-article]').shadowRoot;
        const el = root && root.activeElement;
        if (!el) return document.activeElement ? document.activeElement.id : '';
        return el.name || el.textContent.trim();
    }""")
    return found


def test_a_reader_on_the_portal_reads_threaded_comments_page_by_page(
    host: HostSite, embed_live: Callable[..., Live], open_page: Callable[..., Page],
    report_size: dict[str, int],
) -> None:
    live = embed_live()
    ids = _publish(live.service, 24, reply_to_first=True)
    page = open_page()
    _watch_csp(page)
    with page.expect_response("**/embed.js") as script:
        page.goto(host.publish(live.base))
    size = len(gzip.compress(script.value.body(), 9))
    report_size["gzip"] = size

    expect(_widget(page).get_by_role("heading", name="Komentar (25)")).to_be_visible()
    items = _widget(page).locator("li.c")
    expect(items).to_have_count(20)
    _shot(page, "embed.png")
    _widget(page).get_by_role("button", name="Muat komentar lainnya").click()

    expect(items).to_have_count(25)
    # The newest comment, a reply, came with the second page and sits under its parent.
    first = _widget(page).locator("li.c").filter(has_text="Komentar nomor 1:")
    expect(first.locator(".rep").first).to_contain_text("Setuju, parkirnya juga perlu ditata.")
    expect(_widget(page).get_by_role("button", name="Muat komentar lainnya")).to_be_hidden()
    assert len(ids) == 25
    assert size < SIZE_BUDGET_GZIP, f"embed.js is {size} bytes gzipped"
    # Neither side's CSS reached the other: the host's wrecking rules left the widget usable
    # and themed by the host's custom property, and the widget's rules left the host alone.
    send = _widget(page).get_by_role("button", name="Kirim komentar")
    expect(send).to_be_visible()
    expect(send).to_have_css("background-color", "rgb(122, 31, 0)")
    expect(_widget(page).locator("p.txt").first).not_to_have_css("color", "rgb(255, 0, 255)")
    expect(page.locator("#host-text")).to_have_css("color", "rgb(255, 0, 255)")
    expect(page.locator("#host-button")).to_be_hidden()
    assert _violations(page) == []


@pytest.fixture
def report_size() -> Iterator[dict[str, int]]:
    found: dict[str, int] = {}
    yield found
    if found:
        print(f"\nembed.js: {found['gzip']} bytes gzipped (budget {SIZE_BUDGET_GZIP})")


def _captcha_answer(live: Live, page: Page, action: Callable[[], None]) -> str:
    with page.expect_response(lambda r: r.url.startswith(live.base + "/api/v1/captcha?")
                              and r.request.method == "POST") as issued:
        action()
    captcha_id = issued.value.json()["captcha_id"]
    expect(_widget(page).locator("img")).to_have_js_property("naturalWidth", 200)
    return answer_for(live.service.settings.secret_key, captcha_id)


def _write(live: Live, page: Page, author: str, text: str) -> Any:
    """A reader fills the form: name, comment and the code of the captcha it showed; returns
    the widget."""
    widget = _widget(page)
    name = widget.get_by_label("Nama")
    answer = _captcha_answer(live, page, lambda: name.click())
    name.fill(author)
    widget.get_by_label("Komentar", exact=True).fill(text)
    widget.get_by_label("Kode", exact=True).fill(answer)
    return widget


def _moderator(service: Service) -> Moderator:
    add_moderator(service.services, "dewi", "dewi-password-123")
    person = Moderator(service, "dewi", "dewi-password-123")
    assert person.log_in().status_code == 302
    return person


def test_a_reader_posts_by_keyboard_alone_and_sees_the_moderators_decision(
    host: HostSite, embed_live: Callable[..., Live], open_page: Callable[..., Page],
) -> None:
    live = embed_live(spam_threshold="1")  # held for a person, whatever the score
    _publish(live.service, 1)
    page = open_page()
    _watch_csp(page)
    page.goto(host.publish(live.base))
    expect(_widget(page).get_by_role("heading", name="Komentar (1)")).to_be_visible()

    page.locator("#home").focus()
    order = []
    for _ in range(2):
        page.keyboard.press("Tab")
        order.append(_focused(page))
    assert order == ["Balas", "author_name"], order
    page.keyboard.type("Siti Aminah")
    for expected in ("author_email", "body"):
        page.keyboard.press("Tab")
        assert _focused(page) == expected
    page.keyboard.type("Mohon los pedagang kaki lima juga disediakan di pasar baru.")
    for expected in ("Dengarkan kode", "Kode baru", "captcha_answer"):
        page.keyboard.press("Tab")
        assert _focused(page) == expected
    expect(_widget(page).locator("img")).to_have_js_property("naturalWidth", 200)
    # The challenge the page fetched when the reader began to write: press "Kode baru".
    page.keyboard.press("Shift+Tab")
    answer = _captcha_answer(live, page, lambda: page.keyboard.press("Enter"))
    assert _focused(page) == "captcha_answer", "a new code puts the reader back in the field"
    page.keyboard.type(answer)
    with page.expect_response(lambda r: r.url.startswith(live.base + "/api/v1/comments?")) as sent:
        page.keyboard.press("Enter")
    assert sent.value.status == 202, sent.value.json()
    comment_id = sent.value.json()["id"]

    mine = _widget(page).locator("section.mine")
    expect(mine).to_contain_text("Mohon los pedagang kaki lima")
    live.service.drain()
    expect(mine.locator(".st")).to_have_text("Menunggu moderasi", timeout=15_000)
    expect(_widget(page).locator("p.sr")).to_have_text(
        "Status komentar Anda: Menunggu moderasi", timeout=15_000)

    assert _moderator(live.service).decide(comment_id, "approve").status_code == 200

    expect(mine.locator(".st")).to_have_text("Tampil", timeout=30_000)
    expect(_widget(page).locator("li.c")).to_have_count(2)
    expect(_widget(page).get_by_role("heading", name="Komentar (2)")).to_be_visible()
    assert _violations(page) == []


def test_a_citizen_held_as_spam_asks_for_review_and_the_moderator_sees_it_first(
    host: HostSite, embed_live: Callable[..., Live], open_page: Callable[..., Page],
) -> None:
    from tests.conftest import seed_comments

    live = embed_live(spam_threshold="0")  # the model marks every comment spam
    seed_comments(live.service, ["Pinjaman cepat cair hubungi WA", "Jalan rusak pak"])
    citizen = open_page()
    citizen.goto(host.publish(live.base))
    widget = _write(live, citizen, "Pak Darto",
                    "Saya pedagang di pasar lama, kapan pendaftaran kios dibuka?")
    widget.get_by_role("button", name="Kirim komentar").click()
    mine = widget.locator("section.mine")
    expect(mine).to_contain_text("Saya pedagang di pasar lama")
    live.service.drain()

    expect(mine.locator(".st")).to_have_text("Menunggu moderasi", timeout=15_000)
    ask = mine.get_by_role("button", name="Minta ditinjau")
    ask.click()
    mine.get_by_label("Catatan untuk petugas (boleh dikosongkan)").fill(
        "Saya pedagang asli, bukan iklan.")
    _shot(citizen, "embed-review.png")
    mine.get_by_role("button", name="Kirim permintaan").click()
    expect(mine.locator(".st")).to_have_text(
        "Menunggu moderasi · Diminta ditinjau: petugas akan melihatnya.")
    expect(ask).to_have_count(0)

    add_moderator(live.service.services, "dewi", "dewi-password-123")
    moderator = open_page()
    log_in(moderator, live, "dewi", "dewi-password-123")
    first = moderator.locator(".item").first
    expect(first).to_have_class(re.compile(r"\brequested\b"))
    expect(first).to_contain_text("Diminta ditinjau")
    expect(first).to_contain_text("Saya pedagang asli, bukan iklan.")
    expect(first).to_contain_text("Saya pedagang di pasar lama")
    _shot(moderator, "queue-review.png", whole_page=True)
    moderator.keyboard.press("a")
    expect(moderator.locator("#toast")).to_contain_text("Disetujui")

    expect(mine.locator(".st")).to_have_text("Tampil", timeout=30_000)
    expect(widget.locator("li.c")).to_contain_text(["Saya pedagang di pasar lama"])


def test_a_reader_whose_answer_was_lost_sends_again_and_the_comment_is_stored_once(
    host: HostSite, embed_live: Callable[..., Live], open_page: Callable[..., Page],
) -> None:
    live = embed_live()
    page = open_page()
    page.goto(host.publish(live.base))
    text = "Lampu jalan di gang Melati mati sejak seminggu, mohon diganti."
    widget = _write(live, page, "Bu Ratna", text)
    sent_keys: list[str | None] = []

    def lose_the_answer(route: Any) -> None:
        # The service stores the comment; its answer never reaches the reader (a phone
        # network dropping as the page waited).
        sent_keys.append(route.request.headers.get("idempotency-key"))
        route.fetch()
        route.abort("connectionreset")

    page.route(re.compile(r".*/api/v1/comments\?.*"), lose_the_answer, times=1)
    send = widget.get_by_role("button", name="Kirim komentar")
    send.click()
    expect(widget.locator("p.msg.bad")).to_be_visible()
    with page.expect_response(lambda r: r.url.startswith(live.base + "/api/v1/comments?")) as again:
        send.click()

    assert again.value.status == 202, again.value.json()
    assert again.value.headers.get("idempotent-replayed") == "true"
    assert sent_keys[0], "the first try carried a key"
    assert again.value.request.headers["idempotency-key"] == sent_keys[0]
    expect(widget.locator("section.mine")).to_contain_text("Lampu jalan di gang Melati")
    with live.service.services.db.session() as session:
        stored = session.scalars(select(Comment.id).where(Comment.body == text)).all()
    assert stored == [again.value.json()["id"]]


def test_the_send_button_stays_put_when_the_captcha_arrives(
    host: HostSite, embed_live: Callable[..., Live], open_page: Callable[..., Page],
) -> None:
    """The captcha is fetched when the reader starts to write, pressing the send button
    included; a picture arriving between press and release moved the button from under the
    pointer and the click was lost (a phone story failed so). Its place is kept meanwhile."""
    live = embed_live(spam_threshold="1")
    page = open_page(width=390, height=844)
    page.goto(host.publish(live.base))
    widget = _widget(page)
    send = widget.get_by_role("button", name="Kirim komentar")
    picture = widget.locator("img")

    def top(locator: Any) -> float:  # in the page, whatever the scroll
        return float(locator.evaluate("e => e.getBoundingClientRect().top + window.scrollY"))

    before = top(send)
    answer = _captcha_answer(live, page, lambda: widget.get_by_label("Nama").click())
    assert top(send) == before, "the picture took the place kept for it"
    widget.get_by_label("Nama").fill("Rina")
    widget.get_by_label("Komentar", exact=True).fill("Terima kasih infonya, sangat membantu.")
    widget.get_by_label("Kode", exact=True).fill(answer)
    with page.expect_response(lambda r: r.url.startswith(live.base + "/api/v1/comments?")):
        send.click()
    expect(widget.locator("section.mine .st")).to_be_visible()
    expect(picture).not_to_have_attribute("src", re.compile("."))  # the used code is gone...
    box = picture.bounding_box()
    assert box is not None
    assert box["height"] > 60, "...and its place is kept"

    send.click()  # an empty form: refused, while the next picture is fetched
    expect(widget.get_by_label("Komentar", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(picture).to_have_js_property("naturalWidth", 200)


def test_on_a_390_px_phone_the_section_fits_and_axe_finds_nothing_serious(
    host: HostSite, embed_live: Callable[..., Live], open_page: Callable[..., Page],
) -> None:
    live = embed_live(spam_threshold="1")
    _publish(live.service, 3, reply_to_first=True)
    page = open_page(width=390, height=844)
    page.goto(host.publish(live.base))
    widget = _widget(page)
    expect(widget.get_by_role("heading", name="Komentar (4)")).to_be_visible()
    answer = _captcha_answer(live, page, lambda: widget.get_by_label("Nama").click())
    widget.get_by_label("Nama").fill("Rina")
    widget.get_by_label("Komentar", exact=True).fill("Terima kasih infonya, sangat membantu.")
    widget.get_by_label("Kode", exact=True).fill(answer)
    with page.expect_response(lambda r: r.url.startswith(live.base + "/api/v1/comments?")) as sent:
        widget.get_by_role("button", name="Kirim komentar").click()
    assert sent.value.status == 202
    live.service.drain()  # the comment is queued before its 202
    expect(widget.locator("section.mine .st")).to_have_text("Menunggu moderasi", timeout=15_000)
    widget.get_by_role("button", name="Minta ditinjau").click()
    # Refused fields (the name is kept for the next comment; the text is not) show how errors
    # look to axe too.
    widget.get_by_role("button", name="Kirim komentar").click()
    expect(widget.get_by_label("Komentar", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(widget.get_by_label("Komentar", exact=True)).to_be_focused()
    _shot(page, "embed-phone.png")

    overflow = page.evaluate("""() => {
        const host = document.querySelector('[data-modsvc-article]');
        const wide = [...host.shadowRoot.querySelectorAll('*')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .map((el) => el.tagName + '.' + el.className);
        return {page: document.documentElement.scrollWidth, wide};
    }""")
    assert overflow == {"page": 390, "wide": []}
    results = Axe().run(page, context={"include": [["[data-modsvc-article]"]]})
    serious = [(v["id"], [n["target"] for n in v["nodes"]])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    assert results.response["passes"], "axe looked inside the widget"


def test_in_english_when_the_page_asks(
    host: HostSite, embed_live: Callable[..., Live], open_page: Callable[..., Page],
) -> None:
    live = embed_live()
    _publish(live.service, 1)
    page = open_page(locale="en-GB")
    page.goto(host.publish(live.base, page_lang="en"))

    widget = _widget(page)
    expect(widget.get_by_role("heading", name="Comments (1)")).to_be_visible()
    expect(widget.get_by_role("button", name="Send comment")).to_be_visible()
    widget.get_by_role("button", name="Send comment").click()
    expect(widget.locator("p.msg")).to_have_text("Please check the marked fields.")


def test_with_javascript_off_the_snippet_is_a_link_to_the_comments(
    host: HostSite, embed_live: Callable[..., Live], browser: Any,
) -> None:
    live = embed_live()
    _publish(live.service, 2, reply_to_first=True)
    context = browser.new_context(java_script_enabled=False, locale="id-ID",
                                  viewport={"width": 390, "height": 800})
    try:
        page = context.new_page()
        page.goto(host.publish(live.base))
        page.get_by_role("link", name="Baca komentar").click()

        expect(page).to_have_url(f"{live.base}/embed/articles/{ARTICLE}")
        expect(page.get_by_role("heading", name="Komentar (3)")).to_be_visible()
        expect(page.locator(".modsvc-replies")).to_contain_text("Setuju, parkirnya juga")
    finally:
        context.close()
