"""Security headers on every answer: what a browser may load, frame and tell other sites.

Pages load scripts, styles, images and audio from this origin only (no inline script: the
stored-XSS defence does not rest on escaping alone), may not be framed by another site (no
click-jacking of a moderator's buttons), and send no full URL in Referer to other sites (a
moderation URL names comments and filters).
"""

from __future__ import annotations

from flask import Flask, Response

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "media-src 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
}


def _secure(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def init_app(app: Flask) -> None:
    """Add the headers to every answer (a view that sets its own keeps it)."""
    app.after_request(_secure)
