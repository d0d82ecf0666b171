"""Stories of an integrator reading /openapi.json and /docs: every API route is there with its
methods, every example is valid, and real answers match what the document promises.

When this fails because a route was added: document it in ``modsvc/openapi.py``, or, if it is
a page for people, add it to ``UI_ROUTES`` below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi
from werkzeug.test import TestResponse

from modsvc.accounts import create_token
from modsvc.intake import CommentInput
from modsvc.moderation import MAX_BULK
from modsvc.openapi import REQUEST_MODELS, spec
from modsvc.published import MAX_PER_PAGE
from modsvc.schemas.requests import QueueQuery
from tests.conftest import METRICS_HEADERS, Moderator, Service

# Pages and files for people, not API: the only routes the document may leave out.
UI_ROUTES = frozenset({
    "/", "/login", "/logout", "/demo", "/docs", "/static/<path:filename>",
    "/moderation", "/moderation/items", "/moderation/comments/<comment_id>/item",
    "/moderation/comments/<comment_id>/panel",
    "/ops", "/ops/models", "/ops/models/<version>/activate",
    "/ops/models/retrain", "/ops/models/rollback", "/ops/moderators", "/ops/rules",
    "/ops/tokens", "/ops/webhooks",
    # Campaigns (issue 18): the rows' fragments and the operators' pages.
    "/moderation/campaigns/<int:campaign_id>/members",
    "/moderation/campaigns/<int:campaign_id>/row",
    "/ops/campaigns", "/ops/campaigns/<int:campaign_id>",
    # The embedded comment section's code, and the comments' page for readers without it.
    "/embed.js", "/embed/articles/<article_id>",
})
API_PREFIXES = ("/api/", "/1.1/", "/1.2/", "/healthz", "/readyz", "/metrics", "/openapi.json")
IGNORED_METHODS = {"HEAD", "OPTIONS"}


def _template(rule: str) -> str:
    """A werkzeug rule as an OpenAPI path: ``/a/<int:id>`` -> ``/a/{id}``."""
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


def test_every_api_route_is_documented_with_its_methods(service: Service) -> None:
    assert not [r for r in UI_ROUTES if r.startswith(API_PREFIXES)], "API routes are not UI"
    routes: dict[str, set[str]] = {}
    for rule in service.app.url_map.iter_rules():
        if rule.rule in UI_ROUTES:
            continue
        routes.setdefault(_template(rule.rule), set()).update(
            set(rule.methods or ()) - IGNORED_METHODS
        )
    documented = {
        path: {method.upper() for method in item} for path, item in spec()["paths"].items()
    }

    undocumented = {
        f"{method} {path}"
        for path, methods in routes.items()
        for method in methods - documented.get(path, set())
    }
    assert not undocumented, (
        f"routes missing from the OpenAPI document: {sorted(undocumented)}; describe them in "
        "modsvc/openapi.py (or, for a page for people, add them to UI_ROUTES in this test)"
    )
    phantoms = {
        f"{method} {path}"
        for path, methods in documented.items()
        for method in methods - routes.get(path, set())
    }
    assert not phantoms, f"documented but not served: {sorted(phantoms)}"


def test_the_document_is_valid_openapi_3_1_and_served_as_json(service: Service) -> None:
    response = service.client.get("/openapi.json")
    assert response.status_code == 200
    document = response.get_json()
    assert document["openapi"].startswith("3.1")
    validate_openapi(document)
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearer"]["scheme"] == "bearer"
    assert schemes["session"]["in"] == "cookie"
    assert schemes["csrf"]["name"] == "X-CSRFToken"


def test_the_portal_body_is_the_validation_model_of_the_code() -> None:
    schema = spec()["components"]["schemas"]["CommentInput"]
    generated = CommentInput.model_json_schema()
    assert {k: v for k, v in schema.items() if k != "description"} == {
        k: v for k, v in generated.items() if k != "description"
    }


def _validator(document: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """Validates against ``schema``, resolving ``#/components/...`` in the document."""
    root = {"$schema": document["jsonSchemaDialect"], "components": document["components"],
            "allOf": [schema]}
    return Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _examples(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(location, schema, example) for every example next to a schema in the document."""
    if isinstance(node, dict):
        schema = node.get("schema")
        if isinstance(schema, dict):
            if "example" in node:
                yield where, schema, node["example"]
            for name, example in (node.get("examples") or {}).items():
                yield f"{where}/examples/{name}", schema, example["value"]
        for key, child in node.items():
            yield from _examples(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _examples(child, f"{where}/{index}")


def test_every_example_validates_against_its_schema() -> None:
    document = spec()
    Draft202012Validator.check_schema({"$schema": document["jsonSchemaDialect"]})
    checked = 0
    for where, schema, example in _examples(document):
        if isinstance(example, str) and schema.get("type") == "string" and "pattern" not in schema:
            checked += 1
            continue
        errors = list(_validator(document, schema).iter_errors(example))
        assert not errors, f"{where}: {errors[0].message}"
        checked += 1
    assert checked > 60, checked


def test_the_docs_page_shows_every_operation_without_outside_resources(service: Service) -> None:
    page = service.client.get("/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for path, item in spec()["paths"].items():
        for operation in item.values():
            assert f'id="{operation["operationId"]}"' in html
        assert path in html
    assert "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html), "the page must work offline"
    with service.client.get("/static/docs.css") as css:
        assert css.status_code == 200


class Contract:
    """Checks real answers against the document's promise for (method, path, status)."""

    def __init__(self) -> None:
        self.document = spec()
        self.seen: set[tuple[str, str, str]] = set()

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    def check(self, response: TestResponse, method: str, path: str) -> TestResponse:
        operation = self.document["paths"][path][method.lower()]
        status = str(response.status_code)
        assert status in operation["responses"], (
            f"{method} {path} answered {status}, which is not documented"
        )
        documented = self._resolve(operation["responses"][status])
        content = documented.get("content", {})
        if content:
            assert response.mimetype in content, (method, path, status, response.mimetype)
            schema = content[response.mimetype].get("schema")
            if response.mimetype == "application/json" and schema:
                errors = list(_validator(self.document, schema).iter_errors(response.get_json()))
                assert not errors, f"{method} {path} {status}: {errors[0].message}"
        for header in documented.get("headers", {}):
            if header in {"Retry-After", "Location", "X-Request-ID"}:
                assert header in response.headers, f"{method} {path} {status} lacks {header}"
        self.seen.add((method, path, status))
        return response


@pytest.fixture
def contract() -> Contract:
    return Contract()


def test_real_answers_of_the_portal_match_the_document(
    make_service: Callable[..., Service], contract: Contract
) -> None:
    service = make_service(rate_limit_comments="7/minute")
    client, check = service.client, contract.check
    issued = check(client.post("/api/v1/captcha"), "POST", "/api/v1/captcha").get_json()
    check(client.get(issued["image_url"]), "GET", "/api/v1/captcha/{captcha_id}/image.png")
    check(client.get("/api/v1/captcha/nope/image.png"), "GET",
          "/api/v1/captcha/{captcha_id}/image.png")
    post = "/api/v1/comments"
    accepted = check(service.portal.post("Jalan rusak, mohon diperbaiki"), "POST", post)
    assert accepted.status_code == 202
    check(client.post(post, json={"article_id": "a b"}), "POST", post)
    check(client.post(post, json={"article_id": "berita-1", "author_name": "X", "body": "Hi",
                                  "captcha_id": "used-or-unknown", "captcha_answer": "ABCDE"}),
          "POST", post)
    check(client.post(post, data="body=hi"), "POST", post)
    check(client.post(post, data="x" * 70_000, content_type="application/json"), "POST", post)
    for body in ("satu lagi", "dan lagi", "sudah terlalu banyak"):
        check(service.portal.post(body), "POST", post)
    comment_id = accepted.get_json()["id"]
    check(client.get(f"/api/v1/comments/{comment_id}"), "GET", "/api/v1/comments/{comment_id}")
    check(client.get("/api/v1/comments/nope"), "GET", "/api/v1/comments/{comment_id}")
    service.drain()
    article = "/api/v1/articles/{article_id}/comments"
    check(client.get("/api/v1/articles/berita-123/comments?page=1"), "GET", article)
    check(client.get("/api/v1/articles/berita-123/comments?per_page=0"), "GET", article)
    check(client.get("/healthz"), "GET", "/healthz")
    check(client.get("/readyz"), "GET", "/readyz")
    check(client.get("/metrics", headers=METRICS_HEADERS), "GET", "/metrics")
    check(client.get("/metrics"), "GET", "/metrics")
    check(client.get("/openapi.json"), "GET", "/openapi.json")

    statuses = {status for method, path, status in contract.seen if path == post}
    assert statuses == {"202", "400", "413", "415", "429"}, statuses


def test_real_answers_to_moderators_and_operators_match_the_document(
    service: Service, make_moderator: Callable[..., Moderator], contract: Contract
) -> None:
    check = contract.check
    first = service.portal.post("Slot gacor maxwin hari ini").get_json()["id"]
    second = service.portal.post("Jalan rusak pak").get_json()["id"]
    service.drain()
    dewi = make_moderator("dewi")
    anonymous = service.app.test_client()
    queue = "/api/v1/moderation/queue"
    check(anonymous.get(queue), "GET", queue)
    page = check(dewi.queue(status="pending", sort="-score"), "GET", queue).get_json()
    check(dewi.queue(sort="sideways"), "GET", queue)
    status = page["items"][0]["status"] if page["items"] else "pending"
    decision = "/api/v1/moderation/comments/{comment_id}/decision"
    detail = "/api/v1/moderation/comments/{comment_id}"
    check(dewi.decide(first, "spam", expected_status=status), "POST", decision)
    check(dewi.decide(first, "approve", expected_status=status), "POST", decision)
    check(dewi.decide("nope", "approve"), "POST", decision)
    check(dewi.client.post(f"/api/v1/moderation/comments/{first}/decision",
                           json={"action": "spam"}), "POST", decision)
    check(dewi.client.get(f"/api/v1/moderation/comments/{first}"), "GET", detail)
    check(dewi.client.get("/api/v1/moderation/comments/nope"), "GET", detail)
    undo = "/api/v1/moderation/comments/{comment_id}/undo"
    csrf = {"X-CSRFToken": dewi.csrf()}
    check(dewi.client.post(f"/api/v1/moderation/comments/{first}/undo", headers=csrf),
          "POST", undo)
    check(dewi.client.post(f"/api/v1/moderation/comments/{second}/undo", headers=csrf),
          "POST", undo)
    bulk = "/api/v1/moderation/decisions"
    check(dewi.client.post(bulk, json={"action": "approve", "ids": [first, "nope"]},
                           headers=csrf), "POST", bulk)
    check(dewi.client.post(bulk, json={"action": "approve", "ids": []}, headers=csrf),
          "POST", bulk)

    operator = create_token(service.services, "ops-bot", "operate").secret
    moderator = create_token(service.services, "mod-bot", "moderate").secret
    as_operator = {"Authorization": f"Bearer {operator}"}
    check(service.client.get("/api/v1/models", headers={"Authorization": f"Bearer {moderator}"}),
          "GET", "/api/v1/models")
    for path in ("/api/v1/models", "/api/v1/stats", "/api/v1/rules", "/api/v1/tokens",
                 "/api/v1/webhooks/deliveries"):
        assert check(service.client.get(path, headers=as_operator), "GET", path).status_code == 200
    check(service.client.get(f"/api/v1/models/{service.model_version}", headers=as_operator),
          "GET", "/api/v1/models/{version}")

    seen = {(path, status) for _, path, status in contract.seen}
    for expected in ((queue, "401"), (queue, "400"), (decision, "409"), (decision, "404"),
                     (decision, "403"), (detail, "404"), (undo, "409"), ("/api/v1/models", "403")):
        assert expected in seen, expected


def test_each_request_is_described_by_the_model_that_validates_it() -> None:
    """Issue 16.3: a JSON body's schema in the document is its model's, and every query
    argument the document lists is a field of the model the view reads them with."""
    document = spec()
    schemas = document["components"]["schemas"]
    models = {model.__name__: model for model in REQUEST_MODELS}
    bodies = set()
    for item in document["paths"].values():
        for operation in item.values():
            content = operation.get("requestBody", {}).get("content", {})
            ref = content.get("application/json", {}).get("schema", {}).get("$ref")
            if ref:
                bodies.add(ref.rsplit("/", 1)[1])
    assert bodies == set(models), "every JSON body has its model, and every model a body"
    for name in bodies:
        generated = models[name].model_json_schema(ref_template="#/components/schemas/{model}")
        generated.pop("$defs", None)
        assert schemas[name] == generated, name

    queue = document["paths"]["/api/v1/moderation/queue"]["get"]["parameters"]
    assert [p["name"] for p in queue] == list(QueueQuery.model_fields)


def test_a_limit_stated_once_is_the_one_the_document_shows_and_the_view_enforces(
    service: Service, make_moderator: Callable[..., Moderator]
) -> None:
    """A moderator sends one id more than the document allows in a bulk action, and a portal
    asks for one comment more per page than it allows: both are refused, naming the field."""
    document = spec()
    most_ids = document["components"]["schemas"]["BulkDecisionInput"]["properties"]["ids"][
        "maxItems"]
    articles = document["paths"]["/api/v1/articles/{article_id}/comments"]["get"]
    per_page = next(p for p in articles["parameters"] if p["name"] == "per_page")["schema"]
    assert (most_ids, per_page["maximum"]) == (MAX_BULK, MAX_PER_PAGE)

    dewi = make_moderator("dewi")
    too_many = dewi.client.post(
        "/api/v1/moderation/decisions", headers={"X-CSRFToken": dewi.csrf()},
        json={"action": "approve", "ids": [f"c{n}" for n in range(most_ids + 1)]})
    too_long = service.client.get(
        f"/api/v1/articles/berita-1/comments?per_page={per_page['maximum'] + 1}")

    assert too_many.status_code == 400
    assert too_many.get_json()["error"]["details"]["fields"] == {"ids": "size"}
    assert too_long.status_code == 400
    assert too_long.get_json()["error"]["details"]["fields"] == {
        "per_page": f"1..{MAX_PER_PAGE}"}
