"""A demo news page with the comment form, embedded the way the portal would do it."""

from __future__ import annotations

from flask import Blueprint, render_template

from modsvc.current import services

bp = Blueprint("demo", __name__)

DEMO_ARTICLE = "berita-2026-11-jalan-desa"


@bp.get("/demo")
def demo() -> str:
    """A news article, its approved comments, and a form that posts through the API."""
    return render_template("demo.html", article_id=DEMO_ARTICLE,
                           max_body=services().settings.max_body_chars)
