"""Gunicorn settings: ``gunicorn -c python:modsvc.gunicorn_conf`` (what `modsvc serve` runs).

Logs go out as JSON lines through :mod:`modsvc.logs`. Gunicorn's access log stays off: the app
writes its own access line per request, with the request id and without the client's address.
If an operator turns gunicorn's access log on anyway, its format below has no address either.
``child_exit`` tells prometheus_client's multiprocess mode that a web worker is gone.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from modsvc import logs, metrics

logger = logging.getLogger(__name__)

wsgi_app = "modsvc.wsgi:app"
worker_class = "gthread"
threads = 4
# Each worker listens on its own socket (SO_REUSEPORT) and the kernel spreads new connections
# over them evenly; with one shared socket, whichever worker wakes first takes a burst of
# keep-alive connections, and one worker can end up serving nearly all of them on one core.
# The same option lets a second gunicorn bind a port the first one holds, silently sharing
# its traffic: `modsvc up` checks the port is free before it starts gunicorn.
reuse_port = True
graceful_timeout = 20
# Seconds an idle kept-alive connection stays open (gunicorn's default, stated because clients
# depend on it). Whoever keeps connections open must drop them sooner: a request sent on one
# the instant gunicorn closes it is reset unanswered, and a proxy answers such a POST with a 502
# rather than retry it (gunicorn #1698; seen here in 3 of 2,000 reuses after about 2 s idle).
# deploy/nginx.conf drops its idle upstream connections after 1 s.
keepalive = 2
accesslog = None
# No %(h)s (remote address) and no query string (%(U)s is the path alone).
access_log_format = '%(m)s %(U)s %(s)s %(B)s %(M)sms request_id=%({x-request-id}o)s'
logconfig_dict = logs.dict_config()

# The longest path a Unix socket may have on Linux (sun_path holds 108 bytes with its NUL).
UNIX_SOCKET_PATH_MAX = 107


def when_ready(server: Any) -> None:
    """Say where it listens: with ``reuse_port`` the workers bind their own sockets, so
    gunicorn's own "Listening at:" line names no address."""
    addresses = ", ".join(f"http://{address}" for address in server.cfg.bind)
    logger.info("gunicorn (pid %d) listening at %s", server.pid, addresses)


def child_exit(server: Any, worker: Any) -> None:
    """Drop the dead worker's live gauges from the shared metrics directory."""
    metrics.process_exited(worker.pid)


def command(host: str, port: int, workers: int, control_socket: Path | None) -> list[str]:
    """The gunicorn command line of `modsvc serve` and `modsvc up`.

    Gunicorn's control socket defaults to one path per user (``~/.gunicorn/gunicorn.ctl``),
    which every instance on the machine would take from the one before. It goes to
    ``control_socket`` (a directory of this instance's own), or is turned off when that is
    None or too long for a Unix socket; gunicorn versions without one get neither option.
    """
    args = [
        sys.executable, "-m", "gunicorn", "-c", "python:modsvc.gunicorn_conf",
        "modsvc.wsgi:app", "--bind", f"{host}:{port}", "--workers", str(workers),
    ]
    from gunicorn.config import Config

    if "control_socket" in Config().settings:
        if control_socket is not None and len(str(control_socket)) <= UNIX_SOCKET_PATH_MAX:
            args += ["--control-socket", str(control_socket)]
        else:
            args.append("--no-control-socket")
    return args
