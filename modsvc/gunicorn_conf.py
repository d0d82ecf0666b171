"""Gunicorn settings: ``gunicorn -c python:modsvc.gunicorn_conf`` (what `modsvc serve` runs).

Logs go out as JSON lines through :mod:`modsvc.logs`. Gunicorn's access log stays off: the app
writes its own access line per request, with the request id and without the client's address.
If an operator turns gunicorn's access log on anyway, its format below has no address either.
``child_exit`` tells prometheus_client's multiprocess mode that a web worker is gone.
"""

from __future__ import annotations

from typing import Any

from modsvc import logs, metrics

wsgi_app = "modsvc.wsgi:app"
worker_class = "gthread"
threads = 4
# Each worker listens on its own socket (SO_REUSEPORT) and the kernel spreads new connections
# over them evenly; with one shared socket, whichever worker wakes first takes a burst of
# keep-alive connections, and one worker can end up serving nearly all of them on one core.
reuse_port = True
graceful_timeout = 20
accesslog = None
# No %(h)s (remote address) and no query string (%(U)s is the path alone).
access_log_format = '%(m)s %(U)s %(s)s %(B)s %(M)sms request_id=%({x-request-id}o)s'
logconfig_dict = logs.dict_config()


def child_exit(server: Any, worker: Any) -> None:
    """Drop the dead worker's live gauges from the shared metrics directory."""
    metrics.process_exited(worker.pid)
