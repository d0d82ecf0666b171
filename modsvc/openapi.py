"""The OpenAPI 3.1 description of the HTTP API: ``/openapi.json``, rendered for people at ``/docs``.

The spec is written here by hand, next to the constants it quotes (statuses, actions, sorts,
limits) and with the portal's request body generated from :class:`modsvc.intake.CommentInput`,
so it changes when the code does. ``tests/observability/test_openapi.py`` keeps it true: every
API route of the app must be documented with its methods, every example must validate against
its schema, and real responses of a whole flow must match the documented ones.

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

from modsvc.accounts import SCOPES
from modsvc.api.articles import MAX_PER_PAGE
from modsvc.captcha import LIFETIME_SECONDS
from modsvc.intake import CommentInput
from modsvc.moderation import (
    ACTIONS,
    MAX_BULK,
    MAX_PAGE,
    QUEUE_STATUSES,
    REJECTION_REASONS,
    SORTS,
)
from modsvc.policy import RULE_ACTIONS, RULE_KINDS
from modsvc.reviews import ReviewInput
from modsvc.storage import CommentStatus
from modsvc.webhooks import MAX_RECENT

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


def _comment_input_schema() -> dict[str, Any]:
    schema = CommentInput.model_json_schema()
    schema["description"] = (
        "A reader's comment. `body` may be at most MODSVC_MAX_BODY_CHARS characters (5000 by "
        "default). `website` is the honeypot: leave it empty (people never see the field). "
        "Unknown fields are ignored."
    )
    return schema


def _review_input_schema() -> dict[str, Any]:
    schema = ReviewInput.model_json_schema()
    schema["description"] = (
        "`token` is the `review_token` of the 202 that accepted the comment; `note` is the "
        "writer's optional word to the moderator. Unknown fields are ignored."
    )
    return schema


def _schemas() -> dict[str, Any]:
    status = {"type": "string", "enum": [s.value for s in CommentStatus]}
    timestamp = {"type": "string", "format": "date-time"}
    nullable_timestamp = {"type": ["string", "null"], "format": "date-time"}
    return {
        "Error": {
            "type": "object",
            "description": "The one error shape of the JSON API.",
            "required": ["error"],
            "additionalProperties": False,
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "message", "details"],
                    "additionalProperties": False,
                    "properties": {
                        "code": {"type": "string", "description": "Stable, for programs."},
                        "message": {"type": "string", "description": "For people (English)."},
                        "details": {
                            "type": "object",
                            "description": "More about the error; `fields` names bad fields.",
                            "properties": {
                                "fields": {
                                    "type": "object",
                                    "additionalProperties": {"type": "string"},
                                }
                            },
                        },
                    },
                }
            },
        },
        "CommentStatus": {
            **status,
            "description": "received (being scored), pending (in the moderators' queue), "
            "approved, rejected (not spam, not publishable) or spam.",
        },
        "Reason": {
            "type": "object",
            "description": "Why a comment got its status: a rule, the honeypot, too many "
            "links, or a feature of the model; `spans` are [start, end) offsets in the body.",
            "required": ["code"],
            "properties": {
                "code": {"type": "string"},
                "params": {"type": "object"},
                "text_en": {"type": "string"},
                "text_id": {"type": "string"},
                "weight": {"type": "number"},
                "spans": {
                    "type": "array",
                    "items": {
                        "type": "array", "items": {"type": "integer"},
                        "minItems": 2, "maxItems": 2,
                    },
                },
            },
        },
        "CommentInput": _comment_input_schema(),
        "CommentAccepted": {
            "type": "object",
            "required": ["id", "status", "review_token"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string"},
                "status": {"const": "received"},
                "review_token": {
                    "type": "string",
                    "description": "Keep it in the writer's browser (the embedded comment "
                    "section keeps it in localStorage): with it, and only with it, the writer "
                    "may ask once that a person look at the comment if it is held "
                    "(`POST /api/v1/comments/{comment_id}/review`). It names this comment alone.",
                },
            },
        },
        "ReviewInput": _review_input_schema(),
        "ReviewState": {
            "type": "object",
            "description": "The writer's request for a person to look: `requested` until a "
            "person decides, then `answered` (the decision is the comment's status).",
            "required": ["state", "requested_at", "answered_at"],
            "additionalProperties": False,
            "properties": {
                "state": {"enum": ["requested", "answered"]},
                "requested_at": timestamp,
                "answered_at": nullable_timestamp,
            },
        },
        "ReviewAccepted": {
            "type": "object",
            "required": ["id", "status", "review"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string"},
                "status": {"const": "pending"},
                "review": _ref("ReviewState"),
            },
        },
        "CommentState": {
            "type": "object",
            "description": "What the portal may know of a comment: no score, no e-mail.",
            "required": ["id", "status", "article_id", "created_at", "review"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string"},
                "status": _ref("CommentStatus"),
                "article_id": {"type": "string"},
                "created_at": timestamp,
                "review": {
                    "oneOf": [_ref("ReviewState"), {"type": "null"}],
                    "description": "The writer's request for a review, if they made one.",
                },
            },
        },
        "PublishedComment": {
            "type": "object",
            "required": ["id", "article_id", "parent_id", "author_name", "body", "created_at"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string"},
                "article_id": {"type": "string"},
                "parent_id": {"type": ["string", "null"]},
                "author_name": {"type": "string"},
                "body": {"type": "string"},
                "created_at": timestamp,
            },
        },
        "ArticleComments": {
            "type": "object",
            "required": ["items", "page", "per_page", "total"],
            "additionalProperties": False,
            "properties": {
                "items": {"type": "array", "items": _ref("PublishedComment")},
                "page": {"type": "integer", "minimum": 1},
                "per_page": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
                "total": {"type": "integer", "minimum": 0},
            },
        },
        "Captcha": {
            "type": "object",
            "required": ["captcha_id", "image_url", "audio_url", "expires_in"],
            "additionalProperties": False,
            "properties": {
                "captcha_id": {"type": "string"},
                "image_url": {"type": "string", "description": "Path of the PNG."},
                "audio_url": {"type": "string", "description": "Path of the WAV."},
                "expires_in": {"type": "integer", "description": "Seconds the challenge lives."},
            },
        },
        "ModerationItem": {
            "type": "object",
            "description": "A comment as moderators see it.",
            "required": [
                "id", "status", "article_id", "parent_id", "author_name", "author_email",
                "body", "created_at", "updated_at", "score", "model_version", "reasons",
            ],
            "properties": {
                "id": {"type": "string"},
                "status": _ref("CommentStatus"),
                "article_id": {"type": "string"},
                "parent_id": {"type": ["string", "null"]},
                "author_name": {"type": "string"},
                "author_email": {"type": ["string", "null"]},
                "body": {"type": "string"},
                "created_at": timestamp,
                "updated_at": timestamp,
                "score": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
                "model_version": {"type": ["string", "null"]},
                "reasons": {"type": "array", "items": _ref("Reason")},
                "campaign_id": {
                    "type": ["integer", "null"],
                    "description": "The campaign of near duplicates it belongs to "
                    "(`/api/v1/moderation/campaigns/{campaign_id}`), or null.",
                },
                "review": {
                    "type": ["object", "null"],
                    "description": "In the pending tab, comments whose writer asked for a "
                    "person to look come first and carry the request (when, the writer's "
                    "note); the detail has it whatever the status (with `answered_at`).",
                    "required": ["requested_at", "note"],
                    "properties": {
                        "requested_at": timestamp,
                        "note": {"type": ["string", "null"]},
                        "answered_at": nullable_timestamp,
                    },
                },
            },
        },
        "QueuePage": {
            "type": "object",
            "required": ["items", "next_cursor", "counts"],
            "additionalProperties": False,
            "properties": {
                "items": {"type": "array", "items": _ref("ModerationItem")},
                "next_cursor": {
                    "type": ["string", "null"],
                    "description": "Pass as `cursor` for the next page; null on the last.",
                },
                "counts": {
                    "type": "object",
                    "description": "Comments per status, for the tabs.",
                    "additionalProperties": {"type": "integer", "minimum": 0},
                },
            },
        },
        "DecisionInput": {
            "type": "object",
            "required": ["action"],
            "properties": {
                "action": {"type": "string", "enum": list(ACTIONS)},
                "reason": {"type": ["string", "null"], "maxLength": 1000},
                "reason_code": {
                    "type": ["string", "null"], "enum": [*REJECTION_REASONS, None],
                    "description": "Why a comment is rejected, for the portal to tell its "
                    "writer (sent in the webhook); `reason` may add words.",
                },
                "expected_status": {
                    "type": ["string", "null"],
                    "enum": [*QUEUE_STATUSES, None],
                    "description": "The status you saw; if the comment has another now, the "
                    "answer is 409 `conflict` and nothing changes.",
                },
            },
        },
        "BulkDecisionInput": {
            "allOf": [_ref("DecisionInput")],
            "required": ["ids"],
            "properties": {
                "ids": {
                    "type": "array", "items": {"type": "string"},
                    "minItems": 1, "maxItems": MAX_BULK,
                }
            },
        },
        "BulkDecisionResult": {
            "type": "object",
            "required": ["batch_id", "results"],
            "additionalProperties": False,
            "properties": {
                "batch_id": {
                    "type": "string", "pattern": "^[0-9a-f]{16}$",
                    "description": "Undo the whole action with "
                    "`POST /api/v1/moderation/batches/{batch_id}/undo`.",
                },
                "results": {
                    "type": "object",
                    "description": "Per comment id: ok, conflict or not_found.",
                    "additionalProperties": {"enum": ["ok", "conflict", "not_found"]},
                }
            },
        },
        "CommentDetail": {
            "allOf": [_ref("ModerationItem")],
            "required": ["evidence", "events", "same_author"],
            "properties": {
                "evidence": {
                    "type": "object",
                    "description": "Never the raw IP: keyed hashes of it and its network.",
                    "required": ["ip_hash", "ip_prefix_hash", "request_id", "scored_at"],
                    "properties": {
                        "ip_hash": {"type": ["string", "null"]},
                        "ip_prefix_hash": {"type": ["string", "null"]},
                        "user_agent": {"type": ["string", "null"]},
                        "referrer": {"type": ["string", "null"]},
                        "accept_language": {"type": ["string", "null"]},
                        "captcha_seconds": {"type": ["number", "null"]},
                        "honeypot": {"type": "boolean"},
                        "request_id": {"type": ["string", "null"]},
                        "source": {
                            "type": ["string", "null"],
                            "description": "Where the comment came from: `portal` or `akismet`.",
                        },
                        "site_url": {
                            "type": ["string", "null"],
                            "description": "The Akismet site's `blog` URL, for its comments.",
                        },
                        "scored_at": nullable_timestamp,
                    },
                },
                "events": {
                    "type": "array",
                    "description": "Every status change, oldest first (append-only).",
                    "items": {
                        "type": "object",
                        "required": ["id", "actor", "from_status", "to_status", "created_at"],
                        "properties": {
                            "id": {"type": "integer"},
                            "actor": {"type": "string"},
                            "actor_kind": {"type": "string"},
                            "from_status": {"type": ["string", "null"]},
                            "to_status": {"type": "string"},
                            "reason": {"type": ["string", "null"]},
                            "reason_code": {"type": ["string", "null"]},
                            "batch_id": {"type": ["string", "null"]},
                            "undoes_event_id": {"type": ["integer", "null"]},
                            "undone": {"type": "boolean",
                                       "description": "A later undo took it back."},
                            "created_at": timestamp,
                        },
                    },
                },
                "same_author": {
                    "type": "object",
                    "required": ["by_email", "by_name", "by_ip"],
                    "description": "The author's other comments by e-mail and by name; `by_ip` "
                    "lists those that merely share the network address (another person on the "
                    "same Wi-Fi may have written them).",
                    "properties": {
                        "by_email": {"type": "array", "items": _ref("OtherComment")},
                        "by_name": {"type": "array", "items": _ref("OtherComment")},
                        "by_ip": {"type": "array", "items": _ref("OtherComment")},
                    },
                },
            },
        },
        "OtherComment": {
            "type": "object",
            "required": ["id", "status", "body", "created_at", "score"],
            "properties": {
                "id": {"type": "string"},
                "status": _ref("CommentStatus"),
                "body": {"type": "string", "maxLength": 280},
                "created_at": timestamp,
                "score": {"type": ["number", "null"]},
            },
        },
        "Health": {
            "type": "object",
            "required": ["status"],
            "additionalProperties": False,
            "properties": {"status": {"const": "ok"}},
        },
        "Readiness": {
            "type": "object",
            "required": ["status", "checks"],
            "additionalProperties": False,
            "properties": {
                "status": {"enum": ["ok", "unavailable"]},
                "checks": {
                    "type": "object",
                    "required": ["database", "redis", "model"],
                    "additionalProperties": False,
                    "properties": {
                        "database": {"type": "string", "description": "ok or error: <type>"},
                        "redis": {"type": "string", "description": "ok or error: <type>"},
                        "model": {"enum": ["ok", "missing", "unknown"]},
                    },
                },
            },
        },
        "ModelSummary": {
            "type": "object",
            "required": ["version", "active", "created_at", "activated_at"],
            "properties": {
                "version": {"type": "string"},
                "active": {"type": "boolean"},
                "created_at": timestamp,
                "activated_at": nullable_timestamp,
                "metrics": {"type": "object", "description": "Holdout metrics (f1, fpr, ...)."},
                "thresholds": {"type": "object", "description": "spam and approve thresholds."},
                "data": {"type": "object", "description": "Examples per data source."},
                "comparison": {"type": ["object", "null"]},
            },
        },
        "ModelDetail": {
            "allOf": [_ref("ModelSummary")],
            "required": ["card"],
            "properties": {"card": {"type": "object", "description": "The full model card."}},
        },
        "ActiveModel": {
            "type": "object",
            "required": ["active"],
            "properties": {"active": {"type": "string"}},
        },
        "RetrainInput": {
            "type": "object",
            "properties": {
                "force": {
                    "type": "boolean",
                    "description": "Activate the new model even if it is worse than the live one.",
                }
            },
        },
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
        "RetrainJob": {
            "type": "object",
            "required": ["job_id", "status"],
            "properties": {"job_id": {"type": "string"}, "status": {"const": "queued"}},
        },
        "RetrainStatus": {
            "type": "object",
            "required": ["job_id", "status", "progress", "result", "error"],
            "properties": {
                "job_id": {"type": "string"},
                "status": {
                    "type": "string",
                    "description": "RQ's job status: queued, started, finished, failed, ...",
                },
                "progress": {"type": ["string", "null"],
                             "description": "The current step in the reader's language "
                                            "(Accept-Language)."},
                "step": {
                    "type": ["object", "null"],
                    "description": "The current step: code (reading, alpha, fitting, "
                                   "scoring_holdout, holdout_result, comparing, saving), its "
                                   "figures and English words.",
                    "properties": {"code": {"type": "string"}, "figures": {"type": "object"},
                                   "text": {"type": "string"}},
                },
                "result": {"type": ["object", "null"]},
                "error": {"type": ["string", "null"]},
            },
        },
        "Stats": {
            "type": "object",
            "required": ["days", "queue", "moderators", "score_histogram", "overturns"],
            "properties": {
                "days": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["date", "received"],
                        "properties": {
                            "date": {"type": "string", "format": "date"},
                            "received": {"type": "integer"},
                            "auto_spam": {"type": "integer"},
                            "auto_approved": {"type": "integer"},
                            "to_queue": {"type": "integer"},
                            "approved": {"type": "integer"},
                            "rejected": {"type": "integer"},
                            "spam": {"type": "integer"},
                            "spam_rate": {"type": ["number", "null"]},
                        },
                    },
                },
                "queue": {
                    "type": "object",
                    "properties": {
                        "pending": {"type": "integer"},
                        "oldest_pending_seconds": {"type": ["integer", "null"]},
                    },
                },
                "moderators": {
                    "type": "object",
                    "description": "Decisions per moderator and day.",
                    "additionalProperties": {
                        "type": "object", "additionalProperties": {"type": "integer"},
                    },
                },
                "score_histogram": {
                    "type": "object",
                    "properties": {
                        "bins": {"type": "integer"},
                        "counts": {"type": "array", "items": {"type": "integer"}},
                    },
                },
                "overturns": {"type": "object"},
            },
        },
        "Rule": {
            "type": "object",
            "required": ["id", "kind", "pattern", "action", "enabled", "created_at"],
            "properties": {
                "id": {"type": "integer"},
                "kind": {"enum": list(RULE_KINDS)},
                "pattern": {"type": "string"},
                "action": {"enum": list(RULE_ACTIONS)},
                "enabled": {"type": "boolean"},
                "created_at": timestamp,
                "created_by": {"type": ["string", "null"]},
            },
        },
        "RuleInput": {
            "type": "object",
            "required": ["kind", "pattern", "action"],
            "properties": {
                "kind": {"enum": list(RULE_KINDS)},
                "pattern": {"type": "string", "minLength": 1, "maxLength": 255},
                "action": {"enum": list(RULE_ACTIONS)},
            },
        },
        "RuleTestInput": {
            "type": "object",
            "required": ["text"],
            "properties": {"text": {"type": "string", "minLength": 1, "maxLength": 20000}},
        },
        "RuleTestResult": {
            "type": "object",
            "required": ["status", "score", "model_version", "reasons"],
            "properties": {
                "status": _ref("CommentStatus"),
                "score": {"type": "number", "minimum": 0, "maximum": 1},
                "model_version": {"type": "string"},
                "reasons": {"type": "array", "items": _ref("Reason")},
            },
        },
        "Token": {
            "type": "object",
            "description": "A token as lists show it: never its secret.",
            "required": ["id", "name", "scope", "created_at", "revoked_at"],
            "properties": {
                "id": {"type": "integer"},
                "name": {"type": "string"},
                "scope": {"enum": list(SCOPES)},
                "created_at": timestamp,
                "revoked_at": nullable_timestamp,
                "last_used_at": nullable_timestamp,
            },
        },
        "TokenInput": {
            "type": "object",
            "required": ["name", "scope"],
            "properties": {
                "name": {"type": "string", "maxLength": 100},
                "scope": {"enum": list(SCOPES)},
            },
        },
        "TokenIssued": {
            "type": "object",
            "required": ["id", "name", "scope", "token"],
            "properties": {
                "id": {"type": "integer"},
                "name": {"type": "string"},
                "scope": {"enum": list(SCOPES)},
                "token": {"type": "string", "description": "The secret; shown only here, once."},
            },
        },
        "WebhookDelivery": {
            "type": "object",
            "required": ["id", "comment_id", "to_status", "attempt", "outcome", "created_at"],
            "properties": {
                "id": {"type": "integer"},
                "event_id": {"type": ["integer", "string", "null"]},
                "event_type": {"enum": ["comment.status_changed", "campaign.blocked"],
                               "description": "Which notice: `event_id` is a moderation "
                               "event's id, or a campaign decision's for `campaign.blocked`."},
                "comment_id": {"type": ["string", "null"],
                               "description": "The comment, for a comment's notice."},
                "campaign_id": {"type": ["integer", "null"],
                                "description": "The campaign, for `campaign.blocked`."},
                "from_status": {"type": ["string", "null"]},
                "to_status": {"type": "string"},
                "attempt": {"type": "integer"},
                "url": {"type": ["string", "null"]},
                "response_status": {"type": ["integer", "null"]},
                "outcome": {"enum": ["delivered", "retrying", "failed"]},
                "error": {"type": ["string", "null"]},
                "duration_ms": {"type": ["number", "null"]},
                "created_at": timestamp,
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
        "AkismetUsage": {
            "type": "object",
            "required": ["limit", "usage", "percentage", "throttled"],
            "properties": {
                "limit": {"type": ["string", "integer"]},
                "usage": {"type": "integer", "minimum": 0},
                "percentage": {"type": "string"},
                "throttled": {"type": "boolean"},
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
                "/api/v1/comments/{comment_id}` (or a webhook).",
                "security": [],
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
                        },
                    },
                    "400": _error_response(
                        "A field is wrong (`invalid`), or the captcha is wrong, expired or "
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
                    _query("page", {"type": "integer", "minimum": 1, "maximum": 100_000,
                                    "default": 1}, "Page number, from 1.", 1),
                    _query("per_page", {"type": "integer", "minimum": 1,
                                        "maximum": MAX_PER_PAGE, "default": 20},
                           "Comments per page.", 20),
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
                    _query("page", {"type": "integer", "minimum": 1, "maximum": 100_000,
                                    "default": 1}, "Page number, from 1.", 1),
                    _query("per_page", {"type": "integer", "minimum": 1,
                                        "maximum": MAX_PER_PAGE, "default": 50},
                           "Comments per page.", 50),
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
                    _query("status", {"enum": list(QUEUE_STATUSES), "default": "pending"},
                           "Which status to list.", "pending"),
                    _query("sort", {"enum": list(SORTS), "default": "-score"},
                           "`score`/`age`, `-` for descending (most likely spam first by "
                           "default).", "-score"),
                    _query("q", {"type": "string", "maxLength": 200},
                           "Text to find in the body or author.", "gacor"),
                    _query("article_id", {"type": "string"}, "Only this article.",
                           "berita-2026-11-jalan-desa"),
                    _query("score_min", {"type": "number", "minimum": 0, "maximum": 1},
                           "Lowest score.", 0.5),
                    _query("score_max", {"type": "number", "minimum": 0, "maximum": 1},
                           "Highest score.", 1),
                    _query("since", {"type": "string", "format": "date-time"},
                           "Posted at or after (ISO 8601; UTC when no zone).",
                           "2026-11-01T00:00:00+00:00"),
                    _query("until", {"type": "string", "format": "date-time"},
                           "Posted before (ISO 8601).", "2026-11-08T00:00:00+00:00"),
                    _query("model_version", {"type": "string"}, "Scored by this model.",
                           MODEL_VERSION),
                    _query("campaign", {"type": "string", "pattern": "^(none|[0-9]+)$"},
                           "A campaign's id (its members only), or `none` (comments in no "
                           "campaign: what the queue page lists below its campaign rows).",
                           "none"),
                    _query("cursor", {"type": "string"},
                           "`next_cursor` of the previous page.", "eyJzIjoiLXNjb3JlIn0"),
                    _query("limit", {"type": "integer", "minimum": 1, "default": 50},
                           f"Items per page (at most {MAX_PAGE} are returned).", 50),
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
                    "200": _json({"type": "object", "required": ["comment_id", "claimed_by",
                                                                 "mine"],
                                  "properties": {"comment_id": {"type": "string"},
                                                 "claimed_by": {"type": "string"},
                                                 "mine": {"type": "boolean"}}},
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
                "parameters": [{"name": "ids", "in": "query", "required": False,
                                "description": "Comment ids, comma-separated (up to 200).",
                                "schema": {"type": "string"}, "example": COMMENT_ID}],
                "responses": {
                    "200": _json({"type": "object", "required": ["claimed"],
                                  "properties": {"claimed": {
                                      "type": "object",
                                      "additionalProperties": {"type": "string"}}}},
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


def _campaign_schemas() -> dict[str, Any]:
    timestamp = {"type": "string", "format": "date-time"}
    summary = {
        "id": {"type": "integer"},
        "size": {"type": "integer", "minimum": 0, "description": "Comments in it."},
        "articles": {"type": "integer", "minimum": 0,
                     "description": "Distinct articles it hit."},
        "addresses": {"type": "integer", "minimum": 0,
                      "description": "Distinct addresses (keyed IP hashes) it came from."},
        "first_seen_at": timestamp,
        "last_seen_at": timestamp,
        "decision": {"enum": [*ACTIONS, None],
                     "description": "The standing decision people made on the whole campaign."},
        "blocked": {"type": "boolean",
                    "description": "Marked spam by people: later near duplicates go to spam "
                    "directly (unless too short to tell a copy from a coincidence)."},
    }
    required = list(summary)
    return {
        "CampaignSummary": {
            "type": "object", "required": required, "properties": summary,
            "description": "Near duplicates of one another (after undoing disguises) that "
            "arrived within the campaign window. A signal, not a verdict.",
        },
        "CampaignRow": {
            "type": "object",
            "required": [*required, "status", "in_status", "top_score", "sample"],
            "properties": {
                **summary,
                "status": _ref("CommentStatus"),
                "in_status": {"type": "integer", "minimum": 1,
                              "description": "Its comments in this status (the tab)."},
                "top_score": {"type": ["number", "null"]},
                "sample": {"anyOf": [_ref("ModerationItem"), {"type": "null"}],
                           "description": "Its comment in this status with the highest score."},
            },
        },
        "CampaignListing": {
            "type": "object", "required": ["items", "seen_at"], "additionalProperties": False,
            "properties": {
                "items": {"type": "array", "items": _ref("CampaignRow")},
                "seen_at": {**timestamp, "description": "Send it back with a decision: "
                            "comments that join later are not approved or rejected unseen."},
            },
        },
        "CampaignDetail": {
            "type": "object",
            "required": [*required, "statuses", "caught", "article_list", "timeline",
                         "decisions"],
            "properties": {
                **summary,
                "statuses": {"type": "object",
                             "additionalProperties": {"type": "integer", "minimum": 0}},
                "caught": {"type": "integer", "minimum": 0,
                           "description": "Later variants its block sent to spam."},
                "article_list": {"type": "array", "items": {
                    "type": "object", "required": ["article_id", "title", "comments"],
                    "properties": {"article_id": {"type": "string"},
                                   "title": {"type": ["string", "null"]},
                                   "comments": {"type": "integer"}}}},
                "timeline": {"type": "array", "description": "Comments per hour.", "items": {
                    "type": "object", "required": ["hour", "comments"],
                    "properties": {"hour": timestamp, "comments": {"type": "integer"}}}},
                "decisions": {"type": "array", "items": {
                    "type": "object",
                    "required": ["id", "action", "from_status", "batch_id", "actor", "decided",
                                 "created_at", "undone_at"],
                    "properties": {
                        "id": {"type": "integer"}, "action": {"enum": list(ACTIONS)},
                        "from_status": _ref("CommentStatus"),
                        "batch_id": {"type": "string"}, "actor": {"type": "string"},
                        "decided": {"type": "integer"}, "created_at": timestamp,
                        "undone_at": {"type": ["string", "null"], "format": "date-time"},
                    }}},
            },
        },
        "CampaignDecisionInput": {
            "allOf": [_ref("DecisionInput")],
            "properties": {
                "seen_at": {
                    "type": ["string", "null"], "format": "date-time",
                    "description": "When you read the campaign (`seen_at` of the listing). "
                    "Comments that joined later are left out of an approval or rejection "
                    "(`left_out`); a spam decision takes them too, as the block would.",
                },
            },
        },
        "CampaignDecisionResult": {
            "type": "object", "required": ["campaign", "batch_id", "results", "left_out"],
            "additionalProperties": False,
            "properties": {
                "campaign": _ref("CampaignSummary"),
                "batch_id": {
                    "type": "string", "pattern": "^[0-9a-f]{16}$",
                    "description": "Undo the whole decision (and the block it set) with "
                    "`POST /api/v1/moderation/batches/{batch_id}/undo`.",
                },
                "results": {
                    "type": "object",
                    "description": "Per comment id: ok; unchanged (it had that status "
                    "already); conflict (someone moved it after `seen_at`).",
                    "additionalProperties": {"enum": ["ok", "unchanged", "conflict"]},
                },
                "left_out": {"type": "integer", "minimum": 0},
            },
        },
    }


def _campaign_summary_example(blocked: bool = False) -> dict[str, Any]:
    return {"id": CAMPAIGN_ID, "size": 37, "articles": 12, "addresses": 29,
            "first_seen_at": WHEN, "last_seen_at": WHEN,
            "decision": "spam" if blocked else None, "blocked": blocked}


def _campaign_paths() -> dict[str, Any]:
    auth = ("Unauthorized", "Forbidden")
    campaign_path = {**_path_param("campaign_id", "The campaign's id.", str(CAMPAIGN_ID)),
                     "schema": {"type": "integer", "minimum": 1}, "example": CAMPAIGN_ID}
    status = _query("status", {"enum": [s for s in QUEUE_STATUSES if s != "received"],
                               "default": "pending"}, "The queue tab.", "pending")
    limit = _query("limit", {"type": "integer", "minimum": 1, "default": 50},
                   "How many at most.", 50)
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
                "parameters": [status, limit],
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
                    campaign_path, status, limit,
                    _query("cursor", {"type": "string"}, "`next_cursor` of the previous page.",
                           "eyJzIjoiLXNjb3JlIn0"),
                ],
                "responses": {
                    "200": _json(_ref("QueuePage"), {
                        "items": [{**_moderation_item(), "campaign_id": CAMPAIGN_ID}],
                        "next_cursor": None,
                        "counts": {"received": 0, "pending": 37, "approved": 12, "rejected": 2,
                                   "spam": 40},
                    }, "The page."),
                    **_std("Invalid", *auth, "Unavailable"),
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
                "409 when none of its comments is in that status any more.",
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
            {"200": _json({"type": "object", "required": ["items"],
                           "properties": {"items": {"type": "array",
                                                    "items": _ref("ModelSummary")}}},
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
            parameters=[_query("days", {"type": "integer", "minimum": 1, "maximum": 366,
                                        "default": 14}, "How many days back.", 14)],
        )},
        "/api/v1/rules": {
            "get": op("listRules", "Every blocklist rule", "Newest first.",
                      {"200": _json({"type": "object", "required": ["items"],
                                     "properties": {"items": {"type": "array",
                                                              "items": _ref("Rule")}}},
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
                      {"200": _json({"type": "object", "required": ["items"],
                                     "properties": {"items": {"type": "array",
                                                              "items": _ref("Token")}}},
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
            {"200": _json({"type": "object", "required": ["items"],
                           "properties": {"items": {"type": "array",
                                                    "items": _ref("WebhookDelivery")}}},
                          {"items": [{"id": 12, "event_id": 40, "comment_id": COMMENT_ID,
                                      "from_status": "pending", "to_status": "approved",
                                      "attempt": 1, "url": "https://portal.example/hooks/modsvc",
                                      "response_status": 200, "outcome": "delivered",
                                      "error": None, "duration_ms": 84.0,
                                      "created_at": WHEN}]},
                          "The attempts."), **_std("Invalid")},
            parameters=[_query("limit", {"type": "integer", "minimum": 1,
                                         "maximum": MAX_RECENT, "default": 100},
                               "How many.", 100)],
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
            "schemas": {**_schemas(), **_campaign_schemas()},
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
