"""The WSGI entry point for gunicorn: ``gunicorn modsvc.wsgi:app``."""

from __future__ import annotations

import logging

from modsvc import create_app

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

app = create_app()
