"""The scoring runtime of this worker process (see :class:`modsvc.scoring.Runtime`).

Jobs reach it through :func:`current`; worker start-up and tests set it with :func:`configure`.
"""

from __future__ import annotations

from modsvc.config import load_settings
from modsvc.scoring import Runtime
from modsvc.services import Services

_runtime: Runtime | None = None


def configure(services: Services) -> Runtime:
    """Set this process's runtime (worker start-up and tests)."""
    return activate(Runtime(services))


def activate(context: Runtime) -> Runtime:
    """Make an existing runtime this process's (a benchmark alternating two settings batch by
    batch, each runtime with its model loaded once)."""
    global _runtime
    _runtime = context
    return context


def current() -> Runtime:
    """This process's runtime, built from the environment on first use."""
    global _runtime
    if _runtime is None:
        _runtime = Runtime(Services.from_settings(load_settings()))
    return _runtime
