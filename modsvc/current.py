"""What the request being handled runs with: its app's services and scoring runtime.

A leaf module (Flask's tutorial keeps ``get_db`` in ``db.py`` the same way), so blueprints and
request helpers reach the app's resources without importing the app factory that imports them.
"""

from __future__ import annotations

from flask import current_app

from modsvc.scoring import Runtime
from modsvc.services import Services


def services() -> Services:
    """The services of the app handling the current request."""
    found: Services = current_app.extensions["modsvc"]
    return found


def scoring_runtime() -> Runtime:
    """This app's scoring runtime: the active model loaded once per process, kept current."""
    runtime = current_app.extensions.get("modsvc.runtime")
    if runtime is None:
        runtime = current_app.extensions["modsvc.runtime"] = Runtime(services())
    return runtime
