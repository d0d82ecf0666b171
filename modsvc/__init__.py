"""modsvc: self-hosted comment moderation and anti-spam.

Importing the package does nothing; :func:`create_app` builds the web application.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask

    from modsvc.config import Settings

__all__ = ["create_app"]


def create_app(settings: Settings | None = None) -> Flask:
    """Build the Flask app: settings from the environment unless given, then blueprints."""
    from modsvc.web import build_app

    return build_app(settings)
