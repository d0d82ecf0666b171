"""The OpenAPI 3.1 description of the HTTP API: ``/openapi.json``, rendered for people at ``/docs``.

The API is described once (issue 16.3): every JSON request body and query argument set is the
pydantic model its view validates with (:mod:`modsvc.schemas.requests`,
:class:`modsvc.intake.CommentInput`, :class:`modsvc.reviews.ReviewInput`) and every JSON answer
a model of :mod:`modsvc.schemas.answers`; ``components/schemas`` and the query parameters are
generated from them, so a limit is written once, in its constant. What stays here by hand: the
path operations with their descriptions and examples, the error responses, headers and security
schemes, and the bodies that are not JSON (a multipart upload, Akismet's form fields).
``tests/observability/test_openapi.py`` keeps it true: every API route of the app must be
documented with its methods, every example must validate against its schema, every JSON body
is its model's schema, and real responses of a whole flow must match the documented ones.

Schemas use the JSON Schema 2020-12 dialect (``jsonSchemaDialect``), without OpenAPI's own
keywords, so any 2020-12 validator can check bodies against them.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from typing import Any

from flask import Blueprint, Response, render_template
from markupsafe import Markup, escape
from pydantic import BaseModel

from modsvc.captcha import LIFETIME_SECONDS
from modsvc.intake import CommentInput
from modsvc.moderation import MAX_BULK
from modsvc.reviews import ReviewInput
from modsvc.schemas.answers import ANSWER_MODELS
from modsvc.schemas.requests import (
    ArticleCommentsQuery,
    BulkDecisionInput,
    CampaignDecisionInput,
    CampaignMembersQuery,
    CampaignsQuery,
    ClaimsQuery,
    DecisionInput,
    DeliveriesQuery,
    EmbedPageQuery,
    QueueQuery,
    RetrainInput,
    RuleInput,
    RuleTestInput,
    StatsQuery,
    TokenInput,
)

bp = Blueprint("openapi", __name__)

API_VERSION = "1"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMAS = "#/components/schemas/"
RESPONSES = "#/components/responses/"
HEADERS = "#/components/headers/"
WHEN = "2026-11-03T08:15:30.123456+00:00"
COMMENT_ID = "q3Xv9TgN0bKc1mZs"
REQUEST_ID = "5f0c6a2e9b7d4c1e8a3f2b6d9c0e1f2a"
MODEL_VERSION = "20261101-020000-3fa9"
REVIEW_TOKEN = "8m1Xc0tQeZ3vYb7LkP2sWn9rHj4dFa6G"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMAS + name}


def _json(schema: dict[str, Any], example: Any, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "headers": {"X-Request-ID": {"$ref": HEADERS + "X-Request-ID"}},
        "content": {"application/json": {"schema": schema, "example": example}},
    }


def _error(code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details or {}}}


def _error_response(
    description: str, examples: dict[str, dict[str, Any]], headers: tuple[str, ...] = ()
) -> dict[str, Any]:
    codes = sorted({example["error"]["code"] for example in examples.values()})
    schema = {
        "allOf": [_ref("Error")],
        "properties": {"error": {"properties": {"code": {"enum": codes}}}},
    }
    return {
        "description": description,
        "headers": {
            "X-Request-ID": {"$ref": HEADERS + "X-Request-ID"},
            **{name: {"$ref": HEADERS + name} for name in headers},
        },
        "content": {
            "application/json": {
                "schema": schema,
                "examples": {name: {"value": value} for name, value in examples.items()},
            }
        },
    }


def _text(description: str, example: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "description": description,
        "headers": headers or {},
        "content": {"text/plain": {"schema": {"type": "string"}, "example": example}},
    }


# Components ---------------------------------------------------------------------------------

# Every request the views validate with a model; their schemas are these models'.
REQUEST_MODELS: tuple[type[BaseModel], ...] = (
    CommentInput, ReviewInput, DecisionInput, BulkDecisionInput, CampaignDecisionInput,
    RuleInput, RuleTestInput, TokenInput, RetrainInput,
)


def model_schemas(models: tuple[type[BaseModel], ...]) -> dict[str, Any]:
    """The models' JSON schemas by name, with the models they use (``$defs``) beside them."""
    schemas: dict[str, Any] = {}
    for model in models:
        schema = model.model_json_schema(ref_template=SCHEMAS + "{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
    return schemas


def query_parameters(model: type[BaseModel], examples: dict[str, Any]) -> list[dict[str, Any]]:
    """A query model's fields as OpenAPI parameters (absent rather than null when not sent)."""
    parameters = []
    for name, field in model.model_json_schema()["properties"].items():
        schema = {key: value for key, value in field.items()
                  if key not in ("title", "description", "anyOf")}
        for choice in field.get("anyOf", ()):
            if choice != {"type": "null"}:
                schema.update(choice)
        if schema.get("default", "") is None:
            del schema["default"]
        parameters.append(_query(name, schema, field.get("description", ""), examples[name]))
    return parameters


def _forms() -> dict[str, Any]:
    """The bodies that are not JSON (a multipart upload, Akismet's form fields): no model
    validates them as a whole, so they are described here."""
    return {
        "RetrainUpload": {
            "type": "object",
            "properties": {
                "files": {
                    "type": "array",
                    "items": {"type": "string", "contentMediaType": "application/octet-stream"},
                    "description": "Labeled CSV or JSON Lines files (`text`, `label`).",
                },
                "force": {"type": "string", "enum": ["1", "true", "on", "0", "false", "off"]},
            },
        },
        "AkismetKeyForm": {
            "type": "object",
            "required": ["blog"],
            "properties": {
                "api_key": {
                    "type": "string",
                    "description": "A live modsvc token with scope `akismet` (also accepted as "
                    "`key`, in the query string, or as the first label of the Host: "
                    "`KEY.your-modsvc-host`).",
                },
                "blog": {"type": "string", "description": "The site's front page URL."},
            },
        },
        "AkismetCommentForm": {
            "type": "object",
            "description": "Akismet's documented fields; unknown fields are ignored. "
            "Send `blog_charset` when the form is not UTF-8.",
            "required": ["blog", "user_ip"],
            "properties": {
                "api_key": {"type": "string"},
                "blog": {"type": "string"},
                "user_ip": {"type": "string"},
                "user_agent": {"type": "string"},
                "referrer": {"type": "string"},
                "permalink": {"type": "string"},
                "comment_type": {"type": "string"},
                "comment_author": {"type": "string"},
                "comment_author_email": {"type": "string"},
                "comment_author_url": {"type": "string"},
                "comment_content": {"type": "string"},
                "comment_date_gmt": {"type": "string"},
                "comment_post_modified_gmt": {"type": "string"},
                "comment_parent": {"type": "string"},
                "blog_lang": {"type": "string"},
                "blog_charset": {"type": "string"},
                "is_test": {"type": "string"},
                "honeypot_field_name": {"type": "string"},
                "recheck_reason": {"type": "string"},
                "user_role": {"type": "string"},
                "guid": {"type": "string"},
            },
        },
    }


def _headers() -> dict[str, Any]:
    return {
        "X-Request-ID": {
            "description": "The request's id (yours if you sent a valid X-Request-ID, else a "
            "new one); it is in every log line about the request and its scoring job.",
            "schema": {"type": "string"},
        },
        "Retry-After": {
            "description": "Seconds to wait before trying again.",
            "schema": {"type": "string", "pattern": "^[0-9]+$"},
            "example": "5",
        },
        "Location": {
            "description": "Where to read the new comment's status.",
            "schema": {"type": "string"},
        },
        "Idempotent-Replayed": {
            "description": "`true` when the comment was stored by an earlier request with the "
            "same Idempotency-Key; absent otherwise.",
            "schema": {"type": "string", "enum": ["true"]},
        },
        "X-RateLimit-Limit": {
            "description": "Requests allowed in the current window.",
            "schema": {"type": "string"},
        },
        "X-RateLimit-Remaining": {
            "description": "Requests left in the current window.",
            "schema": {"type": "string"},
        },
        "X-RateLimit-Reset": {
            "description": "When the window resets (Unix time).",
            "schema": {"type": "string"},
        },
    }


def _responses() -> dict[str, Any]:
    return {
        "Invalid": _error_response(
            "The body or a parameter is wrong; `details.fields` names each bad field.",
            {"invalid": _error("invalid", "some fields are missing or wrong",
                               {"fields": {"body": "Field required"}})},
        ),
        "Unauthorized": _error_response(
            "No valid credentials: log in, or send `Authorization: Bearer <token>`.",
            {"unauthorized": _error("unauthorized", "Masuk untuk melanjutkan (sesi Anda mungkin "
                                    "sudah berakhir).",
                                    {"detail": "log in or send a bearer token"})},
        ),
        "Forbidden": _error_response(
            "The credentials lack the scope, or a session write lacks its CSRF token.",
            {
                "forbidden": _error("forbidden", "Anda tidak berhak membuka halaman ini atau "
                                    "melakukan tindakan ini.",
                                    {"detail": "this needs the 'moderate' scope"}),
                "csrf_failed": _error(
                    "csrf_failed", "Formulir halaman ini sudah kedaluwarsa. Muat ulang halaman "
                    "lalu coba lagi.", {"detail": "missing or wrong CSRF token; reload the page"}
                ),
            },
        ),
        "NotFound": _error_response(
            "No such thing (or it is not public).",
            {"not_found": _error("not_found", "Tidak ada yang ditemukan di alamat ini.",
                                 {"detail": "no such comment"})},
        ),
        "Conflict": _error_response(
            "The comment changed since you read it (`details` says to what and by whom), or a "
            "rule like this one exists (`details.rule_id`).",
            {"conflict": _error(
                "conflict", "Komentar ini sudah spam (oleh moderator dewi). Muat ulang untuk "
                "melihatnya.",
                {"status": "spam", "by": "moderator:dewi",
                 "detail": "this comment is already 'spam' (by moderator:dewi); reload to see it"},
            ), "duplicate_rule": _error(
                "conflict", "Sudah ada aturan untuk ini (tandai spam); hapus dulu aturan itu "
                "untuk mengubahnya.", {"rule_id": 3, "action": "spam"},
            )},
        ),
        "TooLarge": _error_response(
            "The request body is over 64 KiB.",
            {"too_large": _error("too_large", "The data value transmitted exceeds the capacity "
                                 "limit.")},
        ),
        "UnsupportedMediaType": _error_response(
            "The body must be `application/json`.",
            {"unsupported_media_type": _error(
                "unsupported_media_type", "send the comment as application/json"
            )},
        ),
        "RateLimited": _error_response(
            "Too many requests from this client (per IP, or per account for log-ins).",
            {"rate_limited": _error("rate_limited", "too many requests; retry later")},
            headers=("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining",
                     "X-RateLimit-Reset"),
        ),
        "Unavailable": _error_response(
            "Redis or the database did not answer; nothing was half-stored. Retry later.",
            {"unavailable": _error("unavailable", "service temporarily unavailable; retry later")},
            headers=("Retry-After",),
        ),
    }


def _security_schemes() -> dict[str, Any]:
    return {
        "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": "An API token: `modsvc tokens create NAME --scope moderate|operate` "
            "(or `POST /api/v1/tokens`). Each operation names the scope it needs: `moderate` "
            "for the queue and decisions, `operate` for models, rules, tokens and stats. "
            "Tokens with scope `akismet` are Akismet keys (see `akismetKey`). No CSRF token "
            "is needed with a bearer token.",
        },
        "metricsToken": {
            "type": "http",
            "scheme": "bearer",
            "description": "The value of `MODSVC_METRICS_TOKEN`, for `GET /metrics` only.",
        },
        "session": {
            "type": "apiKey",
            "in": "cookie",
            "name": "modsvc_session",
            "description": "The browser session set by the log-in form (`POST /login`). A "
            "moderator has scope `moderate`; an admin has `moderate` and `operate`. Writes "
            "with a session also need `csrf`.",
        },
        "csrf": {
            "type": "apiKey",
            "in": "header",
            "name": "X-CSRFToken",
            "description": "The CSRF token of the session, from the `csrf-token` meta tag of "
            "the moderation pages; needed on session-authenticated writes.",
        },
        "akismetKey": {
            "type": "apiKey",
            "in": "query",
            "name": "api_key",
            "description": "A modsvc token with scope `akismet`, sent the Akismet way: the "
            "`api_key` (or `key`) form field or query parameter, or the first label of the "
            "Host header (`KEY.your-modsvc-host`).",
        },
    }


# Operations ---------------------------------------------------------------------------------


def _std(*names: str) -> dict[str, Any]:
    codes = {
        "Invalid": "400", "Unauthorized": "401", "Forbidden": "403", "NotFound": "404",
        "Conflict": "409", "TooLarge": "413", "UnsupportedMediaType": "415",
        "RateLimited": "429", "Unavailable": "503",
    }
    return {codes[name]: {"$ref": RESPONSES + name} for name in names}


def _path_param(name: str, description: str, example: str) -> dict[str, Any]:
    return {
        "name": name, "in": "path", "required": True, "description": description,
        "schema": {"type": "string"}, "example": example,
    }


def _query(name: str, schema: dict[str, Any], description: str, example: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema, "example": example}


def _scoped(scope: str, write: bool) -> list[dict[str, list[str]]]:
    session: dict[str, list[str]] = {"session": [scope]}
    if write:
        session["csrf"] = []
    return [{"bearer": [scope]}, session]


def _body(schema: dict[str, Any], example: Any, required: bool = True) -> dict[str, Any]:
    return {"required": required,
            "content": {"application/json": {"schema": schema, "example": example}}}


def _moderation_item(status: str = "pending") -> dict[str, Any]:
    return {
        "id": COMMENT_ID, "status": status, "article_id": "berita-2026-11-jalan-desa",
        "parent_id": None, "author_name": "Siti", "author_email": "siti@example.id",
        "body": "Slot gacor maxwin hari ini, daftar di pulauwin88 .com",
        "created_at": WHEN, "updated_at": WHEN, "score": 0.87, "model_version": MODEL_VERSION,
        "reasons": [{"code": "feature", "params": {"term": "gacor"}, "text_en": "gambling term",
                     "text_id": "istilah judi", "weight": 0.42, "spans": [[5, 10]]}],
    }


def _portal_paths() -> dict[str, Any]:
    captcha_id = "AZrC1a3RvAf3aN0mQxWkYb2Lq8cTn5Eu7dHg"
    comment_path = _path_param("comment_id", "The comment's id from the 202 answer.", COMMENT_ID)
    captcha_path = _path_param("captcha_id", "The challenge's id.", captcha_id)
    return {
        "/api/v1/captcha": {
            "post": {
                "tags": ["portal"],
                "operationId": "issueCaptcha",
                "summary": "Issue a captcha challenge",
                "description": f"A new challenge that lives {LIFETIME_SECONDS} seconds and is "
                "used up by the first answer, right or wrong. Issuing stores nothing (the id "
                "carries its issue time, signed), so it is not rate-limited; the image is.",
                "security": [],
                "responses": {
                    "201": _json(_ref("Captcha"), {
                        "captcha_id": captcha_id,
                        "image_url": f"/api/v1/captcha/{captcha_id}/image.png",
                        "audio_url": f"/api/v1/captcha/{captcha_id}/audio.wav",
                        "expires_in": LIFETIME_SECONDS,
                    }, "The challenge; show the image and offer the audio."),
                    **_std("Unavailable"),
                },
            }
        },
        "/api/v1/captcha/{captcha_id}/image.png": {
            "get": {
                "tags": ["portal"],
                "operationId": "captchaImage",
                "summary": "The challenge as a PNG",
                "description": "Drawn once per challenge; sent with `Cache-Control: no-store`. "
                "Rate-limited per IP (MODSVC_RATE_LIMIT_CAPTCHA): a challenge can only be "
                "answered from its image or audio.",
                "security": [],
                "parameters": [captcha_path],
                "responses": {
                    "200": {"description": "The image.",
                            "content": {"image/png": {"schema": {
                                "type": "string", "contentMediaType": "image/png"}}}},
                    **_std("NotFound", "RateLimited", "Unavailable"),
                },
            }
        },
        "/api/v1/captcha/{captcha_id}/audio.wav": {
            "get": {
                "tags": ["portal"],
                "operationId": "captchaAudio",
                "summary": "The challenge spoken, as a WAV",
                "description": "For people who cannot read the image. Made once per challenge "
                "and rate-limited per IP (MODSVC_RATE_LIMIT_CAPTCHA_AUDIO): it costs CPU.",
                "security": [],
                "parameters": [captcha_path],
                "responses": {
                    "200": {"description": "The audio.",
                            "content": {"audio/wav": {"schema": {
                                "type": "string", "contentMediaType": "audio/wav"}}}},
                    **_std("NotFound", "RateLimited", "Unavailable"),
                },
            }
        },
        "/api/v1/comments": {
            "post": {
                "tags": ["portal"],
                "operationId": "postComment",
                "summary": "Post a reader's comment",
                "description": "Checks the captcha, validates, stores the comment durably and "
                "queues its scoring: 202 means it is stored. Rate-limited per IP "
                "(MODSVC_RATE_LIMIT_COMMENTS). Follow its status with `GET "
                "/api/v1/comments/{comment_id}` (or a webhook). Send an `Idempotency-Key` "
                "(a new UUID per comment) and the same key each time you send that comment "
                "again after a 503, a timeout or a dropped connection: a key seen before "
                "answers 202 with the comment stored then (`Idempotent-Replayed: true`), "
                "without a captcha, and never stores it twice. A key belongs to the "
                "writer's network (the /24 or /48 of the address) and names one comment.",
                "security": [],
                "parameters": [{
                    "name": "Idempotency-Key", "in": "header", "required": False,
                    "description": "One key per new comment, kept for its retries.",
                    "schema": {"type": "string", "pattern": "^[A-Za-z0-9._:+/=-]{16,128}$"},
                    "example": "3f0c1e52-7a4b-4c2e-9d55-0b6c7e1f2a90",
                }],
                "requestBody": _body(_ref("CommentInput"), {
                    "article_id": "berita-2026-11-jalan-desa",
                    "author_name": "Siti",
                    "author_email": "siti@example.id",
                    "body": "Jalan di desa kami rusak parah, mohon diperbaiki pak.",
                    "captcha_id": captcha_id,
                    "captcha_answer": "K7MXT",
                }),
                "responses": {
                    "202": {
                        **_json(_ref("CommentAccepted"), {"id": COMMENT_ID, "status": "received",
                                                         "review_token": REVIEW_TOKEN},
                                "Stored; scoring follows on a worker."),
                        "headers": {
                            "X-Request-ID": {"$ref": HEADERS + "X-Request-ID"},
                            "Location": {"$ref": HEADERS + "Location"},
                            "Idempotent-Replayed": {"$ref": HEADERS + "Idempotent-Replayed"},
                        },
                    },
                    "400": _error_response(
                        "A field or the Idempotency-Key (`details.field_codes."
                        "idempotency_key`) is wrong (`invalid`), or the captcha is wrong, "
                        "expired or "
                        "used (`captcha_invalid`: ask for a new one). `details.field_codes` "
                        "names each refused field with a stable code (`required`, `too_long`, "
                        "`invalid_format`, `not_visible`, `control_characters`, "
                        "`not_an_email`, `unknown_parent`, `invalid`) and `details.limits` the "
                        "limit a field passed; `details.fields` and `message` say the same in "
                        "the reader's language (Accept-Language: `id`, the default, or `en`). "
                        "A refused captcha has `details.reason`: `wrong` or `expired`.",
                        {
                            "invalid": _error(
                                "invalid", "Komentar terlalu panjang: paling banyak 5000 karakter.",
                                {"field_codes": {"body": "too_long"}, "limits": {"body": 5000},
                                 "fields": {"body": "terlalu panjang: paling banyak 5000 "
                                                    "karakter"}}),
                            "captcha_invalid": _error(
                                "captcha_invalid",
                                "Kode captcha salah. Ketik kode pada gambar yang baru.",
                                {"reason": "wrong"},
                            ),
                        },
                    ),
                    "422": _error_response(
                        "This Idempotency-Key came before with another article or text; the "
                        "comment is not stored. Make a new key for each new comment.",
                        {"idempotency_key_reused": _error(
                            "idempotency_key_reused",
                            "this Idempotency-Key was sent before with another article or "
                            "text; make a new key for each new comment")},
                    ),
                    **_std("TooLarge", "UnsupportedMediaType", "RateLimited", "Unavailable"),
                },
            }
        },
        "/api/v1/comments/{comment_id}": {
            "get": {
                "tags": ["portal"],
                "operationId": "getComment",
                "summary": "A comment's status",
                "description": "No score and no e-mail: this is public.",
                "security": [],
                "parameters": [comment_path],
                "responses": {
                    "200": _json(_ref("CommentState"), {
                        "id": COMMENT_ID, "status": "pending",
                        "article_id": "berita-2026-11-jalan-desa", "created_at": WHEN,
                        "review": {"state": "requested", "requested_at": WHEN,
                                   "answered_at": None},
                    }, "The comment's status (and the writer's request for a review)."),
                    **_std("NotFound", "Unavailable"),
                },
            }
        },
        "/api/v1/articles/{article_id}/comments": {
            "get": {
                "tags": ["portal"],
                "operationId": "articleComments",
                "summary": "An article's approved comments",
                "description": "Oldest first, page by page. Only approved comments.",
                "security": [],
                "parameters": [
                    _path_param("article_id", "The portal's article id.",
                                "berita-2026-11-jalan-desa"),
                    *query_parameters(ArticleCommentsQuery, {"page": 1, "per_page": 20}),
                ],
                "responses": {
                    "200": _json(_ref("ArticleComments"), {
                        "items": [{
                            "id": COMMENT_ID, "article_id": "berita-2026-11-jalan-desa",
                            "parent_id": None, "author_name": "Siti",
                            "body": "Terima kasih atas infonya.", "created_at": WHEN,
                        }],
                        "page": 1, "per_page": 20, "total": 1,
                    }, "One page of approved comments."),
                    **_std("Invalid", "Unavailable"),
                },
            }
        },
    }


def _review_paths() -> dict[str, Any]:
    comment_path = _path_param("comment_id", "The comment's id from the 202 answer.", COMMENT_ID)
    return {
        "/api/v1/comments/{comment_id}/review": {
            "post": {
                "tags": ["portal"],
                "operationId": "requestReview",
                "summary": "The writer asks for a person to look at a held comment",
                "description": "Once per comment, with the `review_token` of the 202 that "
                "accepted it, while the comment waits for moderation (`pending`, which is also "
                "what a comment the model marked spam reads as). It goes first in the "
                "moderators' pending tab, marked, with the note; a comment marked spam goes "
                "back to the queue. The decision shows in `GET /api/v1/comments/{comment_id}` "
                "(`review.state` becomes `answered`). Rate-limited per IP "
                "(MODSVC_RATE_LIMIT_REVIEWS).",
                "security": [],
                "parameters": [comment_path],
                "requestBody": _body(_ref("ReviewInput"), {
                    "token": REVIEW_TOKEN,
                    "note": "Saya warga Desa Sukamaju, ini keluhan asli soal jalan rusak.",
                }),
                "responses": {
                    "202": _json(_ref("ReviewAccepted"), {
                        "id": COMMENT_ID, "status": "pending",
                        "review": {"state": "requested", "requested_at": WHEN,
                                   "answered_at": None},
                    }, "Asked: the comment waits first in line for a person."),
                    "403": _error_response("The token is not this comment's.", {
                        "forbidden": _error("forbidden",
                                            "this review token is not for this comment")}),
                    "409": _error_response(
                        "Asked already (`details.reason`: `already_requested`), the comment "
                        "is not waiting for moderation (`not_held`: still being checked, shown, "
                        "or refused by a person), or it changed this moment (`changed`).",
                        {"conflict": _error("conflict",
                                            "a review of this comment was asked for already",
                                            {"reason": "already_requested"})}),
                    **_std("Invalid", "NotFound", "TooLarge", "UnsupportedMediaType",
                           "RateLimited", "Unavailable"),
                },
            }
        },
    }


def _embed_paths() -> dict[str, Any]:
    html = "<section class=\"modsvc-comments\" lang=\"id\">...</section>"
    return {
        "/embed/articles/{article_id}/comments": {
            "get": {
                "tags": ["portal"],
                "operationId": "articleCommentsFragment",
                "summary": "An article's approved comments as an HTML fragment",
                "description": "For a CMS to include when it renders the article, so readers "
                "without JavaScript and search engines see the comments: a `<section>` with "
                "the count, the comments threaded (a reply under its parent when both are on "
                "the page), every text escaped, classes `modsvc-*` to style. In the language "
                "of `?lang=` or Accept-Language (Indonesian by default). Cacheable "
                "(`Cache-Control: public, max-age=60`) with an `ETag` that changes exactly "
                "when the fragment does: send `If-None-Match` and a 304 says nothing changed.",
                "security": [],
                "parameters": [
                    _path_param("article_id", "The portal's article id.",
                                "berita-2026-11-jalan-desa"),
                    *query_parameters(EmbedPageQuery, {"page": 1, "per_page": 50}),
                    _query("lang", {"enum": ["id", "en"]}, "The fragment's language.", "id"),
                ],
                "responses": {
                    "200": {
                        "description": "The fragment.",
                        "headers": {
                            "ETag": {"description": "A digest of the fragment.",
                                     "schema": {"type": "string"}},
                            "Cache-Control": {"description": "`public, max-age=60`.",
                                              "schema": {"type": "string"}},
                        },
                        "content": {"text/html": {"schema": {"type": "string"},
                                                  "example": html}},
                    },
                    "304": {"description": "Unchanged since the ETag sent in If-None-Match."},
                    **_std("Invalid", "Unavailable"),
                },
            }
        },
    }


def _moderation_paths() -> dict[str, Any]:
    comment_path = _path_param("comment_id", "The comment's id.", COMMENT_ID)
    auth = ("Unauthorized", "Forbidden")
    decision_example = {"action": "spam", "reason": "judi online",
                        "expected_status": "pending"}
    return {
        "/api/v1/moderation/queue": {
            "get": {
                "tags": ["moderation"],
                "operationId": "moderationQueue",
                "summary": "A page of the moderation queue",
                "description": "Keyset-paginated: pass `next_cursor` back as `cursor` (with the "
                "same filters and sort) and deciding items between pages never skips or repeats "
                "one.",
                "security": _scoped("moderate", write=False),
                "x-scope": "moderate",
                "parameters": [
                    *query_parameters(QueueQuery, {
                        "status": "pending", "sort": "-score", "q": "gacor",
                        "article_id": "berita-2026-11-jalan-desa", "score_min": 0.5,
                        "score_max": 1, "since": "2026-11-01T00:00:00+00:00",
                        "until": "2026-11-08T00:00:00+00:00", "model_version": MODEL_VERSION,
                        "campaign": "none", "cursor": "eyJzIjoiLXNjb3JlIn0", "limit": 50}),
                ],
                "responses": {
                    "200": _json(_ref("QueuePage"), {
                        "items": [_moderation_item()],
                        "next_cursor": None,
                        "counts": {"received": 0, "pending": 1, "approved": 12, "rejected": 2,
                                   "spam": 40},
                    }, "The page and the counts per status."),
                    **_std("Invalid", *auth, "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/comments/{comment_id}": {
            "get": {
                "tags": ["moderation"],
                "operationId": "moderationDetail",
                "summary": "Everything about one comment",
                "description": "Evidence, reasons, the event history and the same author's "
                "other comments (by e-mail and by IP hash).",
                "security": _scoped("moderate", write=False),
                "x-scope": "moderate",
                "parameters": [comment_path],
                "responses": {
                    "200": _json(_ref("CommentDetail"), {
                        **_moderation_item(),
                        "evidence": {
                            "ip_hash": "9c1e0b7a4f3d2e6a8b5c7d9e0f1a2b3c",
                            "ip_prefix_hash": "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
                            "user_agent": "Mozilla/5.0", "referrer": None,
                            "accept_language": "id-ID", "captcha_seconds": 14.2,
                            "honeypot": False, "request_id": REQUEST_ID, "source": "portal",
                            "site_url": None, "scored_at": WHEN,
                        },
                        "events": [{"id": 1, "actor": "portal", "from_status": None,
                                    "to_status": "received", "reason": None, "created_at": WHEN},
                                   {"id": 2, "actor": f"model:{MODEL_VERSION}",
                                    "from_status": "received", "to_status": "pending",
                                    "reason": "gambling term", "created_at": WHEN}],
                        "same_author": {"by_email": [], "by_name": [], "by_ip": []},
                    }, "The comment with its evidence and history."),
                    **_std(*auth, "NotFound", "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/comments/{comment_id}/decision": {
            "post": {
                "tags": ["moderation"],
                "operationId": "decide",
                "summary": "Approve, reject or mark spam",
                "description": "Send `expected_status` (what you saw): if someone decided first, "
                "the answer is 409 and says who.",
                "security": _scoped("moderate", write=True),
                "x-scope": "moderate",
                "parameters": [comment_path],
                "requestBody": _body(_ref("DecisionInput"), decision_example),
                "responses": {
                    "200": _json(_ref("ModerationItem"), _moderation_item("spam"),
                                 "The comment after the decision."),
                    **_std("Invalid", *auth, "NotFound", "Conflict", "TooLarge",
                           "UnsupportedMediaType", "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/decisions": {
            "post": {
                "tags": ["moderation"],
                "operationId": "decideMany",
                "summary": "The same decision on many comments",
                "description": f"1 to {MAX_BULK} ids; each succeeds or fails on its own.",
                "security": _scoped("moderate", write=True),
                "x-scope": "moderate",
                "requestBody": _body(_ref("BulkDecisionInput"),
                                     {**decision_example, "ids": [COMMENT_ID, "7hG2kLmN0pQr"]}),
                "responses": {
                    "200": _json(_ref("BulkDecisionResult"),
                                 {"batch_id": "5f3a9c0e12d4b6a8",
                                  "results": {COMMENT_ID: "ok", "7hG2kLmN0pQr": "conflict"}},
                                 "What happened to each id."),
                    **_std("Invalid", *auth, "TooLarge", "UnsupportedMediaType", "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/comments/{comment_id}/claim": {
            "post": {
                "tags": ["moderation"],
                "operationId": "claim",
                "summary": "Say you are looking at a comment",
                "description": "Renew it every minute while the comment is in front of you (a "
                "claim lasts 90 s); other moderators' queues then steer them elsewhere. A claim "
                "never locks: anyone may still decide the comment.",
                "security": _scoped("moderate", write=True),
                "x-scope": "moderate",
                "parameters": [comment_path],
                "responses": {
                    "200": _json(_ref("Claim"),
                                 {"comment_id": COMMENT_ID, "claimed_by": "dewi", "mine": True},
                                 "Who holds the claim now."),
                    **_std(*auth, "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/claims": {
            "get": {
                "tags": ["moderation"],
                "operationId": "claims",
                "summary": "Which comments others are looking at",
                "security": _scoped("moderate", write=False),
                "x-scope": "moderate",
                "parameters": query_parameters(ClaimsQuery, {"ids": COMMENT_ID}),
                "responses": {
                    "200": _json(_ref("Claims"),
                                 {"claimed": {COMMENT_ID: "budi"}},
                                 "Comment id to the other moderator's name."),
                    **_std(*auth, "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/batches/{batch_id}/undo": {
            "post": {
                "tags": ["moderation"],
                "operationId": "undoBatch",
                "summary": "Undo a whole bulk action",
                "description": "Every decision of the batch that still stands goes back, each "
                "as a new event; a comment someone changed since is left alone (`conflict`).",
                "security": _scoped("moderate", write=True),
                "x-scope": "moderate",
                "parameters": [_path_param("batch_id", "The `batch_id` of a bulk decision.",
                                           "5f3a9c0e12d4b6a8")],
                "responses": {
                    "200": _json(_ref("BulkDecisionResult"),
                                 {"batch_id": "0b7e1d2c3a4f5e6d",
                                  "results": {COMMENT_ID: "ok", "7hG2kLmN0pQr": "conflict"}},
                                 "What happened to each comment; `batch_id` names this undo."),
                    **_std(*auth, "NotFound", "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/comments/{comment_id}/undo": {
            "post": {
                "tags": ["moderation"],
                "operationId": "undo",
                "summary": "Undo the latest human decision",
                "description": "Recorded as a new event; 409 when there is nothing to undo or "
                "the comment changed since.",
                "security": _scoped("moderate", write=True),
                "x-scope": "moderate",
                "parameters": [comment_path],
                "responses": {
                    "200": _json(_ref("ModerationItem"), _moderation_item("pending"),
                                 "The comment as it is again."),
                    **_std(*auth, "NotFound", "Conflict", "Unavailable"),
                },
            }
        },
    }


# Campaigns (issue 18) ---------------------------------------------------------------------

CAMPAIGN_ID = 12
BATCH_ID = "5f3a9c0e12d4b6a8"


def _campaign_summary_example(blocked: bool = False) -> dict[str, Any]:
    return {"id": CAMPAIGN_ID, "size": 37, "articles": 12, "addresses": 29,
            "first_seen_at": WHEN, "last_seen_at": WHEN,
            "decision": "spam" if blocked else None, "blocked": blocked}


def _campaign_paths() -> dict[str, Any]:
    auth = ("Unauthorized", "Forbidden")
    campaign_path = {**_path_param("campaign_id", "The campaign's id.", str(CAMPAIGN_ID)),
                     "schema": {"type": "integer", "minimum": 1}, "example": CAMPAIGN_ID}
    return {
        "/api/v1/moderation/campaigns": {
            "get": {
                "tags": ["moderation"],
                "operationId": "campaigns",
                "summary": "Campaigns of near duplicates in a queue tab",
                "description": "Each campaign with comments in `status`, most comments first: "
                "its counts and its comment with the highest score.",
                "security": _scoped("moderate", write=False),
                "x-scope": "moderate",
                "parameters": query_parameters(CampaignsQuery, {"status": "pending",
                                                                 "limit": 50}),
                "responses": {
                    "200": _json(_ref("CampaignListing"), {
                        "items": [{**_campaign_summary_example(), "status": "pending",
                                   "in_status": 37, "top_score": 0.91,
                                   "sample": _moderation_item()}],
                        "seen_at": WHEN,
                    }, "The campaign rows of the tab."),
                    **_std("Invalid", *auth, "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/campaigns/{campaign_id}": {
            "get": {
                "tags": ["moderation"],
                "operationId": "campaign",
                "summary": "One campaign",
                "description": "Its counts, comments per status, the articles it hit, its "
                "size per hour, the variants its block caught and the decisions on it.",
                "security": _scoped("moderate", write=False),
                "x-scope": "moderate",
                "parameters": [campaign_path],
                "responses": {
                    "200": _json(_ref("CampaignDetail"), {
                        **_campaign_summary_example(True),
                        "statuses": {"pending": 0, "approved": 0, "rejected": 0, "spam": 37},
                        "caught": 4,
                        "article_list": [{"article_id": "berita-2026-11-jalan-desa",
                                          "title": "Jalan desa rusak", "comments": 9}],
                        "timeline": [{"hour": "2026-11-03T08:00:00+00:00", "comments": 30}],
                        "decisions": [{"id": 3, "action": "spam", "from_status": "pending",
                                       "batch_id": BATCH_ID, "actor": "moderator:dewi",
                                       "decided": 33, "created_at": WHEN, "undone_at": None}],
                    }, "The campaign."),
                    **_std(*auth, "NotFound", "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/campaigns/{campaign_id}/comments": {
            "get": {
                "tags": ["moderation"],
                "operationId": "campaignComments",
                "summary": "A page of a campaign's comments in one status",
                "description": "Highest score first; keyset-paginated like the queue.",
                "security": _scoped("moderate", write=False),
                "x-scope": "moderate",
                "parameters": [
                    campaign_path,
                    *query_parameters(CampaignMembersQuery, {
                        "status": "pending", "cursor": "eyJzIjoiLXNjb3JlIn0", "limit": 50}),
                ],
                "responses": {
                    "200": _json(_ref("QueuePage"), {
                        "items": [{**_moderation_item(), "campaign_id": CAMPAIGN_ID}],
                        "next_cursor": None,
                        "counts": {"received": 0, "pending": 37, "approved": 12, "rejected": 2,
                                   "spam": 40},
                    }, "The page."),
                    **_std("Invalid", *auth, "NotFound", "Unavailable"),
                },
            }
        },
        "/api/v1/moderation/campaigns/{campaign_id}/decision": {
            "post": {
                "tags": ["moderation"],
                "operationId": "decideCampaign",
                "summary": "Approve, reject or mark spam a whole campaign",
                "description": "Every comment of the campaign in `expected_status` (pending by "
                "default) at once, as one batch: one undo takes it back. Marking spam blocks "
                "the campaign: later near duplicates go to spam directly, shown with the "
                "reason `campaign_blocked`, and the portal gets a `campaign.blocked` webhook. "
                "409 when none of its comments is in that status any more (`details.campaign_id`, "
                "`details.expected_status`).",
                "security": _scoped("moderate", write=True),
                "x-scope": "moderate",
                "parameters": [campaign_path],
                "requestBody": _body(_ref("CampaignDecisionInput"), {
                    "action": "spam", "expected_status": "pending", "seen_at": WHEN}),
                "responses": {
                    "200": _json(_ref("CampaignDecisionResult"), {
                        "campaign": _campaign_summary_example(True), "batch_id": BATCH_ID,
                        "results": {COMMENT_ID: "ok", "7hG2kLmN0pQr": "conflict"},
                        "left_out": 0,
                    }, "What happened to each comment."),
                    **_std("Invalid", *auth, "NotFound", "Conflict", "TooLarge",
                           "UnsupportedMediaType", "Unavailable"),
                },
            }
        },
    }


def _operator_paths() -> dict[str, Any]:
    auth = ("Unauthorized", "Forbidden")
    read = _scoped("operate", write=False)
    write = _scoped("operate", write=True)
    version = _path_param("version", "A model version.", MODEL_VERSION)
    summary = {
        "version": MODEL_VERSION, "active": True, "created_at": WHEN, "activated_at": WHEN,
        "metrics": {"f1": 0.97, "fpr": 0.0008}, "thresholds": {"spam": 0.91, "approve": 0.08},
        "data": {"seed": 2400, "moderators": 310}, "comparison": None,
    }
    rule = {"id": 3, "kind": "domain", "pattern": "pulauwin88.com", "action": "spam",
            "enabled": True, "created_at": WHEN, "created_by": "moderator:admin"}
    token = {"id": 7, "name": "portal-bot", "scope": "moderate", "created_at": WHEN,
             "revoked_at": None, "last_used_at": WHEN}

    def op(operation_id: str, summary_text: str, description: str, responses: dict[str, Any],
           *, security: list[dict[str, list[str]]] = read, **more: Any) -> dict[str, Any]:
        return {"tags": ["operations"], "operationId": operation_id, "summary": summary_text,
                "description": description, "security": security, "x-scope": "operate",
                **more, "responses": {**responses, **_std(*auth, "Unavailable")}}

    return {
        "/api/v1/models": {"get": op(
            "listModels", "Every model version", "Newest first, with holdout metrics.",
            {"200": _json(_ref("ModelList"),
                          {"items": [summary]}, "The versions.")},
        )},
        "/api/v1/models/{version}": {"get": op(
            "showModel", "One model and its card", "The card holds data counts, metrics, "
            "thresholds and library versions.",
            {"200": _json(_ref("ModelDetail"), {**summary, "card": {"metrics": {"f1": 0.97}}},
                          "The model."), **_std("NotFound")},
            parameters=[version],
        )},
        "/api/v1/models/{version}/activate": {"post": op(
            "activateModel", "Make a version live", "It must load cleanly first; workers "
            "switch within seconds.",
            {"200": _json(_ref("ActiveModel"), {"active": MODEL_VERSION}, "Now live."),
             **_std("NotFound")},
            security=write, parameters=[version],
        )},
        "/api/v1/models/rollback": {"post": op(
            "rollbackModel", "Go back to the previous live version", "",
            {"200": _json(_ref("ActiveModel"), {"active": MODEL_VERSION}, "Live again."),
             **_std("NotFound")},
            security=write,
        )},
        "/api/v1/models/retrain": {"post": op(
            "retrainModel", "Retrain on a worker", "Trains on the seed corpus, moderators' "
            "labels and any uploaded files; activates the result if it is not worse (or when "
            "`force`). JSON, or multipart with `files`.",
            {"202": _json(_ref("RetrainJob"), {"job_id": "3f1c2b7e-0d4a-4c55-9b1e-2a7d",
                                               "status": "queued"}, "Queued; follow the job."),
             **_std("Invalid", "TooLarge", "UnsupportedMediaType")},
            security=write,
            requestBody={"required": False, "content": {
                "application/json": {"schema": _ref("RetrainInput"), "example": {"force": False}},
                "multipart/form-data": {"schema": _ref("RetrainUpload")},
            }},
        )},
        "/api/v1/models/retrain/{job_id}": {"get": op(
            "retrainStatus", "A retraining job's progress", "",
            {"200": _json(_ref("RetrainStatus"), {
                "job_id": "3f1c2b7e-0d4a-4c55-9b1e-2a7d", "status": "started",
                "progress": "Melatih dengan 32.828 komentar (7.380 spam, 25.448 asli)…",
                "step": {"code": "fitting", "figures": {"comments": 32828, "spam": 7380,
                                                        "ham": 25448},
                         "text": "fitting on 32828 comments (7380 spam, 25448 ham)"},
                "result": None, "error": None,
            }, "Status, progress and result."), **_std("NotFound")},
            parameters=[_path_param("job_id", "From the 202 answer.",
                                    "3f1c2b7e-0d4a-4c55-9b1e-2a7d")],
        )},
        "/api/v1/stats": {"get": op(
            "stats", "Per-day figures", "Flows, queue health, moderators' throughput, the "
            "score distribution and how often people overturned the model.",
            {"200": _json(_ref("Stats"), {
                "days": [{"date": "2026-11-03", "received": 120, "auto_spam": 70,
                          "auto_approved": 0, "to_queue": 50, "approved": 41, "rejected": 3,
                          "spam": 6, "spam_rate": 0.5833}],
                "queue": {"pending": 8, "oldest_pending_seconds": 5400},
                "moderators": {"moderator:dewi": {"2026-11-03": 50}},
                "score_histogram": {"bins": 10, "counts": [40, 5, 2, 1, 1, 1, 2, 3, 10, 55]},
                "overturns": {"auto_overturned": 1},
            }, "The figures."), **_std("Invalid")},
            parameters=query_parameters(StatsQuery, {"days": 14}),
        )},
        "/api/v1/rules": {
            "get": op("listRules", "Every blocklist rule", "Newest first.",
                      {"200": _json(_ref("RuleList"),
                                    {"items": [rule]}, "The rules.")}),
            "post": op("addRule", "Add a rule", "A word, phrase or domain with action `hold` "
                       "(to the queue) or `spam`; applies to comments scored a few seconds later. "
                       "A rule that looks for what a rule of its kind already does (once "
                       "disguises are undone) is refused: 409 with `details.rule_id`.",
                       {"201": _json(_ref("Rule"), rule, "The new rule."),
                        **_std("Invalid", "Conflict", "TooLarge", "UnsupportedMediaType")},
                       security=write,
                       requestBody=_body(_ref("RuleInput"), {"kind": "domain",
                                                            "pattern": "pulauwin88.com",
                                                            "action": "spam"})),
        },
        "/api/v1/rules/{rule_id}": {"delete": op(
            "deleteRule", "Remove a rule", "",
            {"204": {"description": "Removed."}, **_std("NotFound")},
            security=write,
            parameters=[{"name": "rule_id", "in": "path", "required": True,
                         "schema": {"type": "integer"}, "example": 3}],
        )},
        "/api/v1/rules/test": {"post": op(
            "testRules", "Try a text against the rules and the live model", "Nothing is stored.",
            {"200": _json(_ref("RuleTestResult"), {
                "status": "spam", "score": 0.97, "model_version": MODEL_VERSION,
                "reasons": [{"code": "rule_domain", "text_en": "blocked domain"}],
            }, "What would happen, and why."),
             **_std("Invalid", "TooLarge", "UnsupportedMediaType")},
            security=write,
            requestBody=_body(_ref("RuleTestInput"), {"text": "daftar di pulauwin88.com"}),
        )},
        "/api/v1/tokens": {
            "get": op("listTokens", "Every API token", "Never their secrets.",
                      {"200": _json(_ref("TokenList"),
                                    {"items": [token]}, "The tokens.")}),
            "post": op("createToken", "Issue a token", "The secret is in this answer only.",
                       {"201": _json(_ref("TokenIssued"), {
                           "id": 7, "name": "portal-bot", "scope": "moderate",
                           "token": "msv_4hK9xExampleOnly"}, "The token and its secret."),
                        **_std("Invalid", "TooLarge", "UnsupportedMediaType")},
                       security=write,
                       requestBody=_body(_ref("TokenInput"),
                                         {"name": "portal-bot", "scope": "moderate"})),
        },
        "/api/v1/tokens/{token_id}": {"delete": op(
            "revokeToken", "Revoke a token", "Takes effect at once.",
            {"204": {"description": "Revoked."}, **_std("NotFound")},
            security=write,
            parameters=[{"name": "token_id", "in": "path", "required": True,
                         "schema": {"type": "integer"}, "example": 7}],
        )},
        "/api/v1/webhooks/deliveries": {"get": op(
            "webhookDeliveries", "Recent webhook delivery attempts", "Newest first.",
            {"200": _json(_ref("DeliveryList"),
                          {"items": [{"id": 12, "event_id": 40, "comment_id": COMMENT_ID,
                                      "from_status": "pending", "to_status": "approved",
                                      "attempt": 1, "url": "https://portal.example/hooks/modsvc",
                                      "response_status": 200, "outcome": "delivered",
                                      "error": None, "duration_ms": 84.0,
                                      "created_at": WHEN}]},
                          "The attempts."), **_std("Invalid")},
            parameters=query_parameters(DeliveriesQuery, {"limit": 100}),
        )},
    }


def _service_paths() -> dict[str, Any]:
    return {
        "/healthz": {"get": {
            "tags": ["service"], "operationId": "healthz", "summary": "Liveness",
            "description": "The process answers; says nothing about dependencies.",
            "security": [],
            "responses": {"200": _json(_ref("Health"), {"status": "ok"}, "Alive.")},
        }},
        "/readyz": {"get": {
            "tags": ["service"], "operationId": "readyz", "summary": "Readiness",
            "description": "Ready when the database and Redis answer and the active model is in "
            "the registry. Not ready is a 503 with the same body (no Retry-After).",
            "security": [],
            "responses": {
                "200": _json(_ref("Readiness"), {"status": "ok", "checks": {
                    "database": "ok", "redis": "ok", "model": "ok"}}, "Ready."),
                "503": _json(_ref("Readiness"), {"status": "unavailable", "checks": {
                    "database": "ok", "redis": "error: ConnectionError", "model": "ok"}},
                    "Not ready; `checks` says why."),
            },
        }},
        "/metrics": {"get": {
            "tags": ["service"], "operationId": "metrics", "summary": "Prometheus metrics",
            "description": "Text exposition of the `modsvc_` metrics (request latency per "
            "endpoint, comments per status, queue depths, scoring latency, active model, "
            "rate-limit rejections, captcha and webhook failures) summed over every web process "
            "and local worker. Closed unless the service has `MODSVC_METRICS_TOKEN` (send it as "
            "a bearer token) or `MODSVC_METRICS_PUBLIC=on`.",
            "security": [{"metricsToken": []}, {}],
            "responses": {
                "200": {
                    "description": "Prometheus text format 0.0.4.",
                    "content": {"text/plain": {
                        "schema": {"type": "string"},
                        "example": 'modsvc_comments{status="pending"} 8.0\n',
                    }},
                },
                "401": _error_response("The metrics token is missing or wrong.", {
                    "unauthorized": _error("unauthorized",
                                           "send the metrics token: Authorization: Bearer "
                                           "<token>")}),
                "403": _error_response("No metrics token is configured and /metrics is not "
                                       "public.", {
                    "forbidden": _error("forbidden", "/metrics is closed: set "
                                        "MODSVC_METRICS_TOKEN and scrape with it as a bearer "
                                        "token, or MODSVC_METRICS_PUBLIC=on")}),
            },
        }},
        "/openapi.json": {"get": {
            "tags": ["service"], "operationId": "openapi", "summary": "This description",
            "description": "OpenAPI 3.1; a readable rendering is at /docs.",
            "security": [],
            "responses": {"200": {"description": "The OpenAPI document.", "content": {
                "application/json": {"schema": {"type": "object", "required": ["openapi"]}}}}},
        }},
    }


def _akismet_paths() -> dict[str, Any]:
    form = "application/x-www-form-urlencoded"
    limited = _text("Too many requests for this key (`Retry-After` says when to retry).",
                    "too many requests; retry later",
                    {"Retry-After": {"$ref": HEADERS + "Retry-After"}})
    unavailable = _text("Redis, the database or the model is unavailable.",
                        "service temporarily unavailable; retry later",
                        {"Retry-After": {"$ref": HEADERS + "Retry-After"}})
    debug = {"X-akismet-debug-help": {"description": "Why the answer is `invalid`.",
                                      "schema": {"type": "string"}}}
    comment = {"api_key": "msv_4hK9xExampleOnly", "blog": "https://berita.example.go.id/",
               "user_ip": "203.0.113.7", "user_agent": "Mozilla/5.0",
               "comment_type": "comment", "comment_author": "Budi",
               "comment_content": "Slot gacor maxwin hari ini"}

    def op(operation_id: str, summary: str, description: str, schema: str, example: Any,
           ok: dict[str, Any]) -> dict[str, Any]:
        return {
            "tags": ["akismet"], "operationId": operation_id, "summary": summary,
            "description": description + " Akismet's protocol: form fields in, plain text "
            "out; errors are plain text too, not the JSON error shape.",
            "security": [{"akismetKey": []}],
            "requestBody": {"required": True, "content": {
                form: {"schema": _ref(schema), "example": example}}},
            "responses": {"200": ok, "429": limited, "503": unavailable},
        }

    return {
        "/1.1/verify-key": {"post": op(
            "akismetVerifyKey", "Akismet: check a key", "`valid` for a live token with scope "
            "`akismet`, else `invalid`.", "AkismetKeyForm",
            {"api_key": "msv_4hK9xExampleOnly", "blog": "https://berita.example.go.id/"},
            _text("`valid` or `invalid`.", "valid", debug),
        )},
        "/1.1/comment-check": {"post": op(
            "akismetCommentCheck", "Akismet: is this comment spam?", "Judged now by the active "
            "model and the policy; the comment is kept (unless `is_test`) for moderators.",
            "AkismetCommentForm", comment,
            _text("`true` (spam), `false`, or `invalid`.", "true", {
                **debug,
                "X-akismet-guid": {"description": "The stored comment's id.",
                                   "schema": {"type": "string"}},
                "X-akismet-pro-tip": {"description": "`discard`: blatant spam, drop it.",
                                      "schema": {"type": "string"}},
            }),
        )},
        "/1.1/submit-spam": {"post": op(
            "akismetSubmitSpam", "Akismet: this was spam", "Recorded as a spam label for "
            "retraining.", "AkismetCommentForm", comment,
            _text("Thanks (or `invalid`).", "Thanks for making the web a better place.", debug),
        )},
        "/1.1/submit-ham": {"post": op(
            "akismetSubmitHam", "Akismet: this was not spam", "Recorded as a ham label for "
            "retraining.", "AkismetCommentForm", comment,
            _text("Thanks (or `invalid`).", "Thanks for making the web a better place.", debug),
        )},
        "/1.2/usage-limit": {
            method: {
                "tags": ["akismet"], "operationId": f"akismetUsage{method.title()}",
                "summary": "Akismet: usage this month",
                "description": "Checks this calendar month for the key; modsvc sets no limit "
                "and never throttles. The key may come in the query string.",
                "security": [{"akismetKey": []}],
                **({"requestBody": {"required": False, "content": {form: {
                    "schema": _ref("AkismetKeyForm"),
                    "example": {"api_key": "msv_4hK9xExampleOnly", "blog": "https://x.example/"},
                }}}} if method == "post" else {}),
                "responses": {
                    "200": {
                        "description": "Usage, or the plain text `invalid` for a bad key.",
                        "headers": debug,
                        "content": {
                            "application/json": {
                                "schema": _ref("AkismetUsage"),
                                "example": {"limit": "none", "usage": 1520,
                                            "percentage": "0.00", "throttled": False},
                            },
                            "text/plain": {"schema": {"const": "invalid"},
                                           "example": "invalid"},
                        },
                    },
                    "429": limited, "503": unavailable,
                },
            }
            for method in ("get", "post")
        },
    }


def _refusing_malformed_requests(paths: dict[str, Any]) -> dict[str, Any]:
    """Every operation may answer 400 to a request no client means to send: a NUL character
    in the path, query, a header or the form (``modsvc.web``). The Akismet endpoints answer it
    in plain text, like the rest of their protocol."""
    malformed = _text("The request holds a NUL character.", "Bad Request")
    for path, item in paths.items():
        for operation in item.values():
            responses = operation["responses"]
            if "400" not in responses:
                akismet = path.startswith(("/1.1/", "/1.2/"))
                responses["400"] = malformed if akismet else {"$ref": RESPONSES + "Invalid"}
            operation["responses"] = dict(sorted(responses.items()))
    return paths


@functools.cache
def _spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": DIALECT,
        "info": {
            "title": "modsvc",
            "version": API_VERSION,
            "summary": "Comment moderation and anti-spam for news portals.",
            "description": (
                "The portal posts comments behind a captcha and rate limits; workers score "
                "them; moderators work the queue; operators choose the model.\n\n"
                "Every JSON error is `{\"error\": {\"code\", \"message\", \"details\"}}`. Every "
                "answer carries `X-Request-ID`; send your own (8-64 of `A-Za-z0-9._-`) to find "
                "a request, and its comment's scoring job, in the logs."
            ),
            "license": {"name": "Proprietary", "identifier": "LicenseRef-modsvc"},
        },
        "servers": [{"url": "/", "description": "This modsvc."}],
        "tags": [
            {"name": "portal", "description": "What the news portal calls (public, "
             "rate-limited per IP)."},
            {"name": "moderation", "description": "The moderators' queue and decisions "
             "(scope `moderate`)."},
            {"name": "operations", "description": "Models, rules, tokens, statistics and "
             "webhooks (scope `operate`)."},
            {"name": "akismet", "description": "Akismet-compatible endpoints for existing "
             "plugins (token with scope `akismet` as the key)."},
            {"name": "service", "description": "Probes, metrics and this description."},
        ],
        "paths": _refusing_malformed_requests({
            **_portal_paths(), **_review_paths(), **_embed_paths(), **_moderation_paths(),
            **_campaign_paths(),
            **_operator_paths(),
            **_akismet_paths(), **_service_paths(),
        }),
        "components": {
            "schemas": {**model_schemas(REQUEST_MODELS + ANSWER_MODELS), **_forms()},
            "responses": _responses(),
            "headers": _headers(),
            "securitySchemes": _security_schemes(),
        },
    }


def spec() -> dict[str, Any]:
    """The OpenAPI document (a copy: callers may change it freely)."""
    return copy.deepcopy(_spec())


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """``node`` with a top-level ``$ref`` to this document replaced by what it points to."""
    while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def schema_summary(schema: dict[str, Any]) -> str:
    """A short name for a schema on the docs page: its component name, type or choices."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "allOf" in schema:
        base = " & ".join(schema_summary(part) for part in schema["allOf"])
        codes = schema.get("properties", {}).get("error", {}).get("properties", {})
        if "code" in codes:
            return f"{base} (code: {' | '.join(codes['code']['enum'])})"
        return base
    if "enum" in schema:
        return " | ".join("null" if v is None else str(v) for v in schema["enum"])
    if "const" in schema:
        return json.dumps(schema["const"])
    kind = schema.get("type", "any")
    text = " or ".join(kind) if isinstance(kind, list) else str(kind)
    if kind == "array" and isinstance(schema.get("items"), dict):
        text = f"array of {schema_summary(schema['items'])}"
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None or high is not None:
        text += f" ({'' if low is None else low}..{'' if high is None else high})"
    return text


def operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The operations of ``document`` in path order, references resolved, for the docs page."""
    found = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            responses = {}
            for status, response in operation.get("responses", {}).items():
                resolved = dict(_resolve(document, response))
                if "$ref" in response:
                    resolved["shared"] = str(response["$ref"]).rsplit("/", 1)[-1]
                resolved["headers"] = {
                    name: _resolve(document, header)
                    for name, header in resolved.get("headers", {}).items()
                }
                responses[status] = resolved
            found.append({
                **operation, "path": path, "method": method.upper(), "responses": responses,
                "parameters": [_resolve(document, p) for p in operation.get("parameters", [])],
            })
    return found


@bp.get("/openapi.json")
def openapi_json() -> Response:
    """The OpenAPI 3.1 document of this service."""
    body = json.dumps(_spec(), ensure_ascii=False, indent=1)
    return Response(body, mimetype="application/json")


@bp.get("/docs")
def docs() -> str:
    """The API description rendered for people, without scripts or outside resources."""
    document = spec()
    shared = {
        name: {**response, "headers": {h: _resolve(document, v)
                                       for h, v in response.get("headers", {}).items()}}
        for name, response in document["components"]["responses"].items()
    }
    return render_template(
        "docs.html", spec=document, operations=operations(document), shared=shared,
        summary=schema_summary, to_json=lambda value: json.dumps(value, ensure_ascii=False,
                                                                 indent=2),
        prose=_prose,
    )


def _prose(text: str) -> Markup:
    """Description text as HTML: escaped, with `backticks` as code."""
    escaped = str(escape(text))
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped))
