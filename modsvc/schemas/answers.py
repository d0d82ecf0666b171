"""The JSON answers of the API, as ``/openapi.json`` describes them.

The views build these answers as dicts (the services return them); the models say what every
client may count on, and the contract tests check real answers against them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from modsvc.accounts import SCOPES
from modsvc.moderation import ACTIONS
from modsvc.policy import RULE_ACTIONS, RULE_KINDS
from modsvc.published import MAX_PER_PAGE
from modsvc.schemas.refusals import OneOf
from modsvc.storage import CommentStatus

BATCH_ID = r"^[0-9a-f]{16}$"
Count = Annotated[int, Field(ge=0)]
Score = Annotated[float, Field(ge=0, le=1)]
Action = Annotated[str, OneOf(tuple(ACTIONS))]


class Closed(BaseModel):
    """An answer that holds these fields and no others."""

    model_config = ConfigDict(extra="forbid")


# Errors ------------------------------------------------------------------------------------


class ErrorDetails(BaseModel):
    """More about the error; `fields` names bad fields."""

    fields: dict[str, str] = Field(default_factory=dict)


class ErrorBody(Closed):
    """What went wrong."""

    code: str = Field(description="Stable, for programs.")
    message: str = Field(description="For people (English).")
    details: ErrorDetails


class Error(Closed):
    """The one error shape of the JSON API."""

    error: ErrorBody


# The portal ---------------------------------------------------------------------------------


class Reason(BaseModel):
    """Why a comment got its status: a rule, the honeypot, too many links, or a feature of the
    model; `spans` are [start, end) offsets in the body."""

    code: str
    params: dict[str, Any] = Field(default_factory=dict)
    text_en: str = ""
    text_id: str = ""
    weight: float = 0.0
    spans: list[Annotated[list[int], Field(min_length=2, max_length=2)]] = Field(
        default_factory=list)


class CommentAccepted(Closed):
    """A comment stored; scoring follows."""

    id: str
    status: CommentStatus = Field(
        description="`received` for a new comment; when an Idempotency-Key sent before "
        "returned the comment stored then, its status now, as `GET "
        "/api/v1/comments/{comment_id}` gives it.")
    review_token: str = Field(
        description="Keep it in the writer's browser (the embedded comment section keeps it "
        "in localStorage): with it, and only with it, the writer may ask once that a person "
        "look at the comment if it is held (`POST /api/v1/comments/{comment_id}/review`). It "
        "names this comment alone.")


class ReviewState(Closed):
    """The writer's request for a person to look: `requested` until a person decides, then
    `answered` (the decision is the comment's status)."""

    state: Literal["requested", "answered"]
    requested_at: datetime
    answered_at: datetime | None


class ReviewAccepted(Closed):
    """The request for a review, taken."""

    id: str
    status: Literal["pending"]
    review: ReviewState


class CommentState(Closed):
    """What the portal may know of a comment: no score, no e-mail."""

    id: str
    status: CommentStatus
    article_id: str
    created_at: datetime
    review: ReviewState | None = Field(
        description="The writer's request for a review, if they made one.")


class PublishedComment(Closed):
    """An approved comment, for readers."""

    id: str
    article_id: str
    parent_id: str | None
    author_name: str
    body: str
    created_at: datetime


class ArticleComments(Closed):
    """A page of an article's approved comments."""

    items: list[PublishedComment]
    page: Annotated[int, Field(ge=1)]
    per_page: Annotated[int, Field(ge=1, le=MAX_PER_PAGE)]
    total: Count


class Captcha(Closed):
    """A challenge to show."""

    captcha_id: str
    image_url: str = Field(description="Path of the PNG.")
    audio_url: str = Field(description="Path of the WAV.")
    expires_in: int = Field(description="Seconds the challenge lives.")


# Moderation ---------------------------------------------------------------------------------


class ReviewNote(BaseModel):
    """In the pending tab, comments whose writer asked for a person to look come first and
    carry the request (when, the writer's note); the detail has it whatever the status (with
    `answered_at`)."""

    requested_at: datetime
    note: str | None
    answered_at: datetime | None = None


class ModerationItem(BaseModel):
    """A comment as moderators see it."""

    id: str
    status: CommentStatus
    article_id: str
    parent_id: str | None
    author_name: str
    author_email: str | None
    body: str
    created_at: datetime
    updated_at: datetime
    score: Score | None
    model_version: str | None
    reasons: list[Reason]
    campaign_id: int | None = Field(
        default=None, description="The campaign of near duplicates it belongs to "
        "(`/api/v1/moderation/campaigns/{campaign_id}`), or null.")
    review: ReviewNote | None = None


class QueuePage(Closed):
    """A page of the queue (or of a campaign's comments)."""

    items: list[ModerationItem]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null on the last.")
    counts: dict[str, Count] = Field(description="Comments per status, for the tabs.")


class BulkDecisionResult(Closed):
    """What happened to each comment of a bulk action (or an undone batch)."""

    batch_id: Annotated[str, Field(pattern=BATCH_ID)] = Field(
        description="Undo the whole action with "
        "`POST /api/v1/moderation/batches/{batch_id}/undo`.")
    results: dict[str, Literal["ok", "conflict", "not_found"]] = Field(
        description="Per comment id: ok, conflict or not_found.")


class Claim(BaseModel):
    """Who is looking at a comment."""

    comment_id: str
    claimed_by: str
    mine: bool


class Claims(BaseModel):
    """Comment id to the name of the other moderator looking at it."""

    claimed: dict[str, str]


class Evidence(BaseModel):
    """Never the raw IP: keyed hashes of it and its network."""

    ip_hash: str | None
    ip_prefix_hash: str | None
    user_agent: str | None = None
    referrer: str | None = None
    accept_language: str | None = None
    captcha_seconds: float | None = None
    honeypot: bool = False
    request_id: str | None
    source: str | None = Field(
        default=None, description="Where the comment came from: `portal` or `akismet`.")
    site_url: str | None = Field(
        default=None, description="The Akismet site's `blog` URL, for its comments.")
    scored_at: datetime | None


class HistoryEvent(BaseModel):
    """A status change."""

    id: int
    actor: str
    actor_kind: str = ""
    from_status: str | None
    to_status: str
    reason: str | None = None
    reason_code: str | None = None
    batch_id: str | None = None
    undoes_event_id: int | None = None
    undone: bool = Field(default=False, description="A later undo took it back.")
    created_at: datetime


class OtherComment(BaseModel):
    """Another comment of the same author."""

    id: str
    status: CommentStatus
    body: Annotated[str, Field(max_length=280)]
    created_at: datetime
    score: float | None


class SameAuthor(BaseModel):
    """The author's other comments by e-mail and by name; `by_ip` lists those that merely
    share the network address (another person on the same Wi-Fi may have written them)."""

    by_email: list[OtherComment]
    by_name: list[OtherComment]
    by_ip: list[OtherComment]


class CommentDetail(ModerationItem):
    """A comment with its evidence, history and the same author's other comments."""

    evidence: Evidence
    events: list[HistoryEvent] = Field(
        description="Every status change, oldest first (append-only).")
    same_author: SameAuthor


# Service ------------------------------------------------------------------------------------


class Health(Closed):
    """The process answers."""

    status: Literal["ok"]


class ReadinessChecks(Closed):
    """Each dependency."""

    database: str = Field(description="ok or error: <type>")
    redis: str = Field(description="ok or error: <type>")
    model: Literal["ok", "missing", "unknown"]


class Readiness(Closed):
    """Whether the service can take traffic."""

    status: Literal["ok", "unavailable"]
    checks: ReadinessChecks


# Operations ---------------------------------------------------------------------------------


class ModelSummary(BaseModel):
    """A registered model as lists show it."""

    version: str
    active: bool
    created_at: datetime
    activated_at: datetime | None
    metrics: dict[str, Any] = Field(default_factory=dict,
                                    description="Holdout metrics (f1, fpr, ...).")
    thresholds: dict[str, Any] = Field(default_factory=dict,
                                       description="spam and approve thresholds.")
    data: dict[str, Any] = Field(default_factory=dict, description="Examples per data source.")
    comparison: dict[str, Any] | None = None


class ModelDetail(ModelSummary):
    """One model with its card."""

    card: dict[str, Any] = Field(description="The full model card.")


class ActiveModel(BaseModel):
    """The live version."""

    active: str


class RetrainJob(BaseModel):
    """A retraining queued."""

    job_id: str
    status: Literal["queued"]


class TrainingStep(BaseModel):
    """The current step: code (reading, alpha, fitting, scoring_holdout, holdout_result,
    comparing, saving), its figures and English words."""

    code: str = ""
    figures: dict[str, Any] = Field(default_factory=dict)
    text: str = ""


class RetrainStatus(BaseModel):
    """Where a retraining job is."""

    job_id: str
    status: str = Field(description="RQ's job status: queued, started, finished, failed, ...")
    progress: str | None = Field(
        description="The current step in the reader's language (Accept-Language).")
    step: TrainingStep | None = None
    result: dict[str, Any] | None
    error: str | None


class DayFigures(BaseModel):
    """One local day."""

    date: date
    received: int
    auto_spam: int = 0
    auto_approved: int = 0
    to_queue: int = 0
    approved: int = 0
    rejected: int = 0
    spam: int = 0
    spam_rate: float | None = None


class QueueHealth(BaseModel):
    """How the queue stands."""

    pending: int = 0
    oldest_pending_seconds: int | None = None


class ScoreHistogram(BaseModel):
    """Scores of the period in equal bins."""

    bins: int = 0
    counts: list[int] = Field(default_factory=list)


class Stats(BaseModel):
    """Per-day flows, queue health, throughput, score distribution and overturns."""

    days: list[DayFigures]
    queue: QueueHealth
    moderators: dict[str, dict[str, int]] = Field(
        description="Decisions per moderator and day.")
    score_histogram: ScoreHistogram
    overturns: dict[str, Any]


class Rule(BaseModel):
    """A blocklist rule."""

    id: int
    kind: Annotated[str, OneOf(RULE_KINDS)]
    pattern: str
    action: Annotated[str, OneOf(RULE_ACTIONS)]
    enabled: bool
    created_at: datetime
    created_by: str | None = None


class RuleTestResult(BaseModel):
    """What the rules and the live model would do with a text, and why."""

    status: CommentStatus
    score: Score
    model_version: str
    reasons: list[Reason]


class Token(BaseModel):
    """A token as lists show it: never its secret."""

    id: int
    name: str
    scope: Annotated[str, OneOf(SCOPES)]
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None = None


class TokenIssued(BaseModel):
    """A new token, with its secret."""

    id: int
    name: str
    scope: Annotated[str, OneOf(SCOPES)]
    token: str = Field(description="The secret; shown only here, once.")


class WebhookDelivery(BaseModel):
    """One attempt to tell the portal."""

    id: int
    event_id: int | str | None = None
    event_type: Literal["comment.status_changed", "campaign.blocked"] = Field(
        default="comment.status_changed", description="Which notice: `event_id` is a "
        "moderation event's id, or a campaign decision's for `campaign.blocked`.")
    comment_id: str | None = Field(description="The comment, for a comment's notice.")
    campaign_id: int | None = Field(default=None,
                                    description="The campaign, for `campaign.blocked`.")
    from_status: str | None = None
    to_status: str
    attempt: int
    url: str | None = None
    response_status: int | None = None
    outcome: Literal["delivered", "retrying", "failed"]
    error: str | None = None
    duration_ms: float | None = None
    created_at: datetime


class ModelList(BaseModel):
    """Every model version, newest first."""

    items: list[ModelSummary]


class RuleList(BaseModel):
    """Every rule, newest first."""

    items: list[Rule]


class TokenList(BaseModel):
    """Every token."""

    items: list[Token]


class DeliveryList(BaseModel):
    """The newest delivery attempts first."""

    items: list[WebhookDelivery]


class AkismetUsage(BaseModel):
    """Calls this month against the key's limit."""

    limit: str | int
    usage: Count
    percentage: str
    throttled: bool


# Campaigns ----------------------------------------------------------------------------------


class CampaignSummary(BaseModel):
    """Near duplicates of one another (after undoing disguises) that arrived within the
    campaign window. A signal, not a verdict."""

    id: int
    size: Count = Field(description="Comments in it.")
    articles: Count = Field(description="Distinct articles it hit.")
    addresses: Count = Field(description="Distinct addresses (keyed IP hashes) it came from.")
    first_seen_at: datetime
    last_seen_at: datetime
    decision: Action | None = Field(
        description="The standing decision people made on the whole campaign.")
    blocked: bool = Field(
        description="Marked spam by people: later near duplicates go to spam directly (unless "
        "too short to tell a copy from a coincidence).")


class CampaignRow(CampaignSummary):
    """A campaign as a row of a queue tab."""

    status: CommentStatus
    in_status: Annotated[int, Field(ge=1)] = Field(
        description="Its comments in this status (the tab).")
    top_score: float | None
    sample: ModerationItem | None = Field(
        description="Its comment in this status with the highest score.")


class CampaignListing(Closed):
    """Campaigns with comments in one status."""

    items: list[CampaignRow]
    seen_at: datetime = Field(description="Send it back with a decision: comments that join "
                              "later are not approved or rejected unseen.")


class CampaignArticle(BaseModel):
    """An article the campaign hit."""

    article_id: str
    title: str | None
    comments: int


class CampaignHour(BaseModel):
    """Comments in one hour."""

    hour: datetime
    comments: int


class CampaignDecisionRecord(BaseModel):
    """A decision people made on the whole campaign."""

    id: int
    action: Action
    from_status: CommentStatus
    batch_id: str
    actor: str
    decided: int
    created_at: datetime
    undone_at: datetime | None


class CampaignDetail(CampaignSummary):
    """A campaign: counts, members per status, articles, size per hour, decisions."""

    statuses: dict[str, Count]
    caught: Count = Field(description="Later variants its block sent to spam.")
    article_list: list[CampaignArticle]
    timeline: list[CampaignHour] = Field(description="Comments per hour.")
    decisions: list[CampaignDecisionRecord]


class CampaignDecisionResult(Closed):
    """What a decision on a whole campaign did."""

    campaign: CampaignSummary
    batch_id: Annotated[str, Field(pattern=BATCH_ID)] = Field(
        description="Undo the whole decision (and the block it set) with "
        "`POST /api/v1/moderation/batches/{batch_id}/undo`.")
    results: dict[str, Literal["ok", "unchanged", "conflict"]] = Field(
        description="Per comment id: ok; unchanged (it had that status already); conflict "
        "(someone moved it after `seen_at`).")
    left_out: Count


ANSWER_MODELS: tuple[type[BaseModel], ...] = (
    Error, Reason, CommentAccepted, ReviewState, ReviewAccepted, CommentState, PublishedComment,
    ArticleComments, Captcha, ModerationItem, QueuePage, BulkDecisionResult, CommentDetail,
    OtherComment, Claim, Claims, Health, Readiness, ModelSummary, ModelDetail, ModelList,
    ActiveModel, RetrainJob, RetrainStatus, Stats, Rule, RuleList, RuleTestResult, Token,
    TokenList, TokenIssued, WebhookDelivery, DeliveryList, AkismetUsage, CampaignSummary,
    CampaignRow, CampaignListing, CampaignDetail, CampaignDecisionResult,
)
