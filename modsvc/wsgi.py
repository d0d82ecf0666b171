"""The WSGI entry point for gunicorn: ``gunicorn modsvc.wsgi:app``."""

from __future__ import annotations

from modsvc import create_app, logs

# Gunicorn with modsvc.gunicorn_conf has set up JSON logs already; a bare gunicorn has not.
logs.configure()

app = create_app()
