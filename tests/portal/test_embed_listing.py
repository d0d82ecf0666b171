"""Stories of a CMS and a search engine reading an article's approved comments as HTML, and of
the portal loading the embedded section's script: escaped, threaded, cacheable with an ETag."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from datetime import timedelta

from modsvc.storage import Comment, utcnow
from tests.conftest import Service

ARTICLE = "berita-2026-12-pasar-baru"


def _comments(service: Service) -> list[str]:
    now = utcnow()
    rows = [
        ("Siti", "Pasarnya bagus.\nSemoga tetap bersih.", "approved", None),
        ("<script>alert(1)</script>", "<b>tebal</b> & \"kutip\"", "approved", None),
        ("Budi", "SLOT GACOR maxwin", "spam", None),
        ("Rina", "Menunggu dilihat petugas", "pending", None),
    ]
    ids = []
    with service.services.db.session() as session:
        for n, (name, body, status, parent) in enumerate(rows):
            comment = Comment(article_id=ARTICLE, author_name=name, body=body, status=status,
                              parent_id=parent, created_at=now - timedelta(minutes=10 - n))
            session.add(comment)
            session.flush()
            ids.append(comment.id)
        reply = Comment(article_id=ARTICLE, author_name="Pak RT", body="Setuju.",
                        status="approved", parent_id=ids[0], created_at=now)
        session.add(reply)
        session.flush()
        ids.append(reply.id)
    return ids


def test_a_cms_includes_the_approved_comments_escaped_and_threaded(service: Service) -> None:
    ids = _comments(service)

    answer = service.client.get(f"/embed/articles/{ARTICLE}/comments")

    assert answer.status_code == 200
    assert answer.mimetype == "text/html"
    html = answer.get_data(as_text=True)
    assert "Komentar (3)" in html
    assert "Pasarnya bagus.<br>Semoga tetap bersih." in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    assert "&lt;b&gt;tebal&lt;/b&gt; &amp; &#34;kutip&#34;" in html
    assert "SLOT GACOR" not in html, "approved only"
    assert "Menunggu dilihat" not in html
    parent = html.index(f'id="modsvc-comment-{ids[0]}"')
    reply = html.index(f'id="modsvc-comment-{ids[4]}"')
    second = html.index(f'id="modsvc-comment-{ids[1]}"')
    assert parent < html.index('class="modsvc-replies"') < reply < second, "the reply is nested"


def test_the_fragment_is_cached_and_revalidated_by_its_etag(service: Service) -> None:
    _comments(service)
    url = f"/embed/articles/{ARTICLE}/comments"
    first = service.client.get(url)
    etag = first.headers["ETag"]

    unchanged = service.client.get(url, headers={"If-None-Match": etag})
    with service.services.db.session() as session:
        session.add(Comment(article_id=ARTICLE, author_name="Dewi", body="Baru disetujui",
                            status="approved", created_at=utcnow()))
    changed = service.client.get(url, headers={"If-None-Match": etag})

    assert first.headers["Cache-Control"] == "public, max-age=60"
    assert "Accept-Language" in first.headers["Vary"]
    assert unchanged.status_code == 304
    assert unchanged.get_data() == b""
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag
    assert "Baru disetujui" in changed.get_data(as_text=True)


def test_the_fragment_speaks_the_readers_language_and_pages(service: Service) -> None:
    _comments(service)
    url = f"/embed/articles/{ARTICLE}/comments"

    english = service.client.get(url, headers={"Accept-Language": "en"}).get_data(as_text=True)
    asked = service.client.get(url + "?lang=en&per_page=2&page=2").get_data(as_text=True)
    empty = service.client.get("/embed/articles/nothing-here/comments").get_data(as_text=True)
    wrong = service.client.get(url + "?per_page=0")

    assert "Comments (3)" in english
    assert 'lang="en"' in english
    assert "Page 2 of 2" in asked
    assert "Belum ada komentar." in empty
    assert wrong.status_code == 400


def test_the_portal_loads_the_script_with_the_services_limits_in_it(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(max_body_chars="1200")

    answer = service.client.get("/embed.js")
    again = service.client.get("/embed.js", headers={"If-None-Match": answer.headers["ETag"]})

    script = answer.get_data(as_text=True)
    assert answer.mimetype == "text/javascript"
    assert 'var CONFIG = {"maxBody":1200,"maxNote":1000};' in script
    for unsafe in ("eval(", "innerHTML", "new Function"):
        assert unsafe not in script
    assert answer.headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert again.status_code == 304
    assert len(gzip.compress(answer.get_data(), 9)) < 15 * 1024
