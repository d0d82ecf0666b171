"""The portal's side: the embeddable comment section and the approved comments as HTML.

- ``/embed.js``: the comment section a portal page gets from one ``<script>`` tag (the code is
  ``static/embed.js``; the service's limits are written into it as it is served).
- ``/embed/articles/<article_id>/comments``: the approved comments as an HTML fragment for a
  CMS to include when it renders the article (search engines see them), cacheable, with an
  ETag.
- ``/embed/articles/<article_id>``: the same comments on a page of their own, where the
  snippet's link leads readers without JavaScript.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from flask import Blueprint, Response, current_app, render_template, request

from modsvc import published
from modsvc.current import services
from modsvc.reviews import NOTE_MAX_CHARS
from modsvc.schemas.requests import EmbedPageQuery

bp = Blueprint("embed", __name__)

SCRIPT_CACHE_SECONDS = 300
FRAGMENT_CACHE_SECONDS = 60
# What static/embed.js reads from the service, written into the file where it says so.
CONFIG_MARK = "/*MODSVC_CONFIG*/{}"


@functools.cache
def _script_source(root: str) -> str:
    return (Path(root) / "embed.js").read_text(encoding="utf-8")


def script_body() -> bytes:
    """static/embed.js with this service's limits in it."""
    settings = services().settings
    config = json.dumps({"maxBody": settings.max_body_chars, "maxNote": NOTE_MAX_CHARS},
                        separators=(",", ":"))
    source = _script_source(str(current_app.static_folder))
    return source.replace(CONFIG_MARK, config, 1).encode()


def _cacheable(response: Response, seconds: int) -> Response:
    response.headers["Cache-Control"] = f"public, max-age={seconds}"
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    response.make_conditional(request)  # 304 without a body when If-None-Match matches
    return response


@bp.get("/embed.js")
def script() -> Response:
    """The comment section's code, for ``<script src=".../embed.js" async>``."""
    response = Response(script_body(), mimetype="text/javascript")
    # Loaded by pages of other sites; the script itself is public.
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return _cacheable(response, SCRIPT_CACHE_SECONDS)


def _page_of(article_id: str) -> published.PublishedPage:
    asked = EmbedPageQuery.parse(request.args.to_dict())
    return published.approved_comments(services(), article_id, asked.page, asked.per_page)


@bp.get("/embed/articles/<article_id>/comments")
def fragment(article_id: str) -> Response:
    """The approved comments as an HTML fragment (threaded, escaped), for a CMS to include.

    The ETag is a digest of the fragment itself, so it changes exactly when what a reader
    would see changes; ``If-None-Match`` gets a 304.
    """
    found = _page_of(article_id)
    html = render_template("embed/_comments.html", page=found, threads=found.threads(),
                           heading=2)
    response = Response(html, mimetype="text/html")
    response.headers["Vary"] = "Accept-Language"
    return _cacheable(response, FRAGMENT_CACHE_SECONDS)


@bp.get("/embed/articles/<article_id>")
def page(article_id: str) -> Response:
    """The approved comments on a page of their own (the snippet's link without JavaScript)."""
    found = _page_of(article_id)
    html = render_template("embed/page.html", page=found, threads=found.threads(),
                           article_id=article_id, heading=1)
    response = Response(html, mimetype="text/html")
    response.headers["Vary"] = "Accept-Language"
    return _cacheable(response, FRAGMENT_CACHE_SECONDS)

