"""The story of a bot (or a careless integration) throwing whatever fits the published API at
every endpoint: schemathesis generates requests from ``/openapi.json``, valid and invalid, and
every answer must be a clear 4xx or a success that matches the document; never a 5xx.

Requests go to the app in-process (the same app gunicorn serves) over real Redis and a real
database; a worker is deliberately not running, so retraining requests only queue up. Calls
are authenticated with a bearer token of the scope the operation documents (``x-scope``); the
captcha turns most generated comment posts into a 400, which is expected.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import select

from modsvc import openapi
from modsvc.accounts import create_token
from modsvc.storage import ApiToken
from tests.conftest import Service

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

EXAMPLES_PER_OPERATION = int(os.environ.get("MODSVC_RELIABILITY_FUZZ_EXAMPLES", "36"))
MINIMUM_REQUESTS = 2000
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]

sent: list[str] = []
# One database for the fuzzing (it is the slowest story): PostgreSQL, as in production and the
# stricter of the two (it refuses NUL characters and out-of-range integers), when configured.
BACKEND = "postgresql" if os.environ.get("MODSVC_TEST_DATABASE_URL") else "sqlite"
one_backend = pytest.mark.parametrize("database_url", [BACKEND], indirect=True)


@pytest.fixture
def fuzzed_service(make_service: Callable[..., Service]) -> Service:
    """The service with an active model, so scoring endpoints answer for real."""
    return make_service()


@pytest.fixture
def bearer(fuzzed_service: Service) -> Callable[[str], dict[str, str]]:
    """A live token of each scope; generated calls may revoke one, so it is re-issued."""
    issued: dict[str, tuple[int, str]] = {}

    def headers(scope: str) -> dict[str, str]:
        services = fuzzed_service.services
        token = issued.get(scope)
        if token is not None:
            with services.db.session() as session:
                row = session.scalar(select(ApiToken).where(ApiToken.id == token[0]))
            if row is None or row.revoked_at is not None:
                token = None
        if token is None:
            made = create_token(services, f"fuzz-{scope}", scope)
            token = issued[scope] = (made.id, made.secret)
        return {"Authorization": f"Bearer {token[1]}"}

    return headers


# The document the app serves at /openapi.json (built from the code, no I/O at import).
schema = schemathesis.openapi.from_dict(openapi.spec())


@schema.parametrize()
@one_backend
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_generated_requests_get_no_server_error_and_answers_that_match_the_document(
    case: Any, fuzzed_service: Service, bearer: Callable[[str], dict[str, str]]
) -> None:
    scope = case.operation.definition.raw.get("x-scope")
    headers = bearer(scope) if scope else {}
    if case.headers and "Authorization" in case.headers:
        headers = {}  # the generated header is the test (a wrong scheme, a junk token)
    sent.append(case.operation.label)
    case.call_and_validate(headers=headers, checks=CHECKS, app=fuzzed_service.app)


@one_backend
def test_at_least_2000_generated_requests_were_sent(
    fuzzed_service: Service, report: dict[str, Any]
) -> None:
    served = fuzzed_service.client.get("/openapi.json").get_json()
    assert served == openapi.spec(), "the fuzzed document is the served one"
    if not sent:
        pytest.skip("the generated requests did not run in this session")
    operations = sorted(set(sent))
    report["bad_input.schemathesis"] = {
        "requests": len(sent), "operations": len(operations), "server_errors": 0,
        "schema_violations": 0, "examples_per_operation": EXAMPLES_PER_OPERATION,
        "database": BACKEND,
    }
    assert len(sent) >= MINIMUM_REQUESTS, f"only {len(sent)} requests over {operations}"
