"""The API described once (issue 16.3): pydantic models of the JSON request bodies, query
arguments and answers of ``/api/v1``.

The views validate requests with these models (``modsvc.schemas.refusals`` turns a refusal
into our one error shape) and ``modsvc.openapi`` generates the document's schemas from them,
so a limit (``modsvc.moderation.MAX_BULK``, ``modsvc.published.MAX_PER_PAGE``, ...) is read
from its constant by both. The package imports nothing at its top, so a service module may
use :mod:`modsvc.schemas.refusals` without importing the models.
"""
