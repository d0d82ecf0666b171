"""The JSON bodies and query arguments of the moderators' and operators' API.

The portal's comment and review bodies are :class:`modsvc.intake.CommentInput` and
:class:`modsvc.reviews.ReviewInput`, next to the services that take them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar

from pydantic import ConfigDict, Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from modsvc.accounts import SCOPES
from modsvc.campaigns import MAX_LISTED, QUEUE_ROWS
from modsvc.claims import MAX_ASKED
from modsvc.moderation import (
    ACTIONS,
    MAX_BULK,
    MAX_PAGE,
    QUEUE_STATUSES,
    REASON_MAX_CHARS,
    REJECTION_REASONS,
    SORTS,
)
from modsvc.policy import RULE_ACTIONS, RULE_KINDS
from modsvc.published import MAX_PAGE_NUMBER, MAX_PER_PAGE
from modsvc.rules import PATTERN_MAX
from modsvc.schemas.refusals import Blank, Moment, Number, OneOf, RequestModel, WholeNumber
from modsvc.stats import MAX_DAYS
from modsvc.storage.models import COMMENT_ID_MAX
from modsvc.webhooks import MAX_RECENT

TEST_TEXT_MAX = 20_000
TOKEN_NAME_MAX = 100
QUEUE_SEARCH_MAX = 200
CAMPAIGN_ARG = r"^(none|[0-9]+)$"

Status = Annotated[str, OneOf(QUEUE_STATUSES)]


class DecisionInput(RequestModel):
    """Approve, reject or mark spam."""

    action: Annotated[str, OneOf(tuple(ACTIONS))]
    reason: Annotated[str, StringConstraints(max_length=REASON_MAX_CHARS)] | None = None
    reason_code: Annotated[str, OneOf(REJECTION_REASONS)] | None = Field(
        default=None, description="Why a comment is rejected, for the portal to tell its "
        "writer (sent in the webhook); `reason` may add words.")
    expected_status: Status | None = Field(
        default=None, description="The status you saw; if the comment has another now, the "
        "answer is 409 `conflict` and nothing changes.")

    @field_validator("reason")
    @classmethod
    def _no_words_is_none(cls, value: str | None) -> str | None:
        return value or None


class BulkDecisionInput(DecisionInput):
    """The same decision on up to ``MAX_BULK`` comments."""

    ids: Annotated[list[str], Field(min_length=1, max_length=MAX_BULK)]


class CampaignDecisionInput(DecisionInput):
    """A decision on every comment of a campaign in ``expected_status`` (pending by default)."""

    seen_at: Annotated[datetime | None, Moment("not a time")] = Field(
        default=None, description="The `seen_at` of the listing the moderator decided from: "
        "comments that joined the campaign later are left out (`left_out`) and stay for a "
        "person to see.")


class RuleInput(RequestModel):
    """A word, phrase or domain rule that holds or marks spam."""

    model_config = ConfigDict(str_strip_whitespace=True)
    worded: ClassVar[bool] = True

    kind: Annotated[str, OneOf(RULE_KINDS)]
    pattern: Annotated[str, StringConstraints(min_length=1, max_length=PATTERN_MAX)]
    action: Annotated[str, OneOf(RULE_ACTIONS)]


class RuleTestInput(RequestModel):
    """A text to judge with the rules and the live model."""

    text: Annotated[str, StringConstraints(min_length=1, max_length=TEST_TEXT_MAX)]

    @field_validator("text")
    @classmethod
    def _text_shows_something(cls, value: str) -> str:
        if not value.strip():
            raise PydanticCustomError("required", "must not be blank")
        return value


class TokenInput(RequestModel):
    """A name for the token and its one scope."""

    model_config = ConfigDict(str_strip_whitespace=True)

    name: Annotated[str, StringConstraints(max_length=TOKEN_NAME_MAX)]
    scope: Annotated[str, OneOf(SCOPES)]


class RetrainInput(RequestModel):
    """Options of a retraining (an empty body takes the defaults)."""

    force: bool = Field(default=False, description="Activate the new model even if it is "
                        "worse than the live one.")


# Query arguments -------------------------------------------------------------------------


class QueueQuery(RequestModel):
    """Which page of the moderation queue."""

    status: Status = Field(default="pending", description="Which status to list.")
    sort: Annotated[str, OneOf(SORTS)] = Field(
        default="-score", description="`score`/`age`, `-` for descending (most likely spam "
        "first by default).")
    q: Annotated[str | None, Blank(keep=QUEUE_SEARCH_MAX)] = Field(
        default=None, description="Text to find in the body or author.")
    article_id: Annotated[str | None, Blank()] = Field(default=None,
                                                       description="Only this article.")
    score_min: Annotated[float | None, Number(0, 1)] = Field(default=None,
                                                            description="Lowest score.")
    score_max: Annotated[float | None, Number(0, 1)] = Field(default=None,
                                                            description="Highest score.")
    since: Annotated[datetime | None, Moment()] = Field(
        default=None, description="Posted at or after (ISO 8601; UTC when no zone).")
    until: Annotated[datetime | None, Moment()] = Field(
        default=None, description="Posted before (ISO 8601).")
    model_version: Annotated[str | None, Blank()] = Field(
        default=None, description="Scored by this model.")
    campaign: Annotated[str | None, Blank()] = Field(
        default=None, pattern=CAMPAIGN_ARG,
        description="A campaign's id (its members only), or `none` (comments in no "
        "campaign: what the queue page lists below its campaign rows).")
    cursor: Annotated[str | None, Blank()] = Field(
        default=None, description="`next_cursor` of the previous page.")
    limit: Annotated[int, WholeNumber(1, MAX_PAGE, clamped=True)] = Field(
        default=50, description=f"Items per page (at most {MAX_PAGE} are returned).")

    @field_validator("campaign", mode="before")
    @classmethod
    def _campaign_or_none(cls, value: object) -> object:
        if isinstance(value, str) and value and not (
                value == "none" or value.isascii() and value.isdigit()):
            raise PydanticCustomError("invalid", "must be a campaign's id or 'none'")
        return value


class ClaimsQuery(RequestModel):
    """Which comments to ask about: ids, comma-separated; what is not a comment id (empty, or
    longer than any id) is passed over, and only the first ``MAX_ASKED`` count."""

    ids: str = Field(default="", description=f"Comment ids, comma-separated (up to {MAX_ASKED}).")

    def comment_ids(self) -> list[str]:
        """The ids asked about."""
        return [i for i in self.ids.split(",") if 0 < len(i) <= COMMENT_ID_MAX][:MAX_ASKED]


class CampaignsQuery(RequestModel):
    """Which campaigns: those with comments in one status."""

    status: Status = Field(default="pending", description="The queue tab.")
    limit: Annotated[int, WholeNumber(1, MAX_LISTED, clamped=True)] = Field(
        default=QUEUE_ROWS, description="How many at most.")


class CampaignMembersQuery(RequestModel):
    """Which page of a campaign's members."""

    status: Status = Field(default="pending", description="The members in this status.")
    cursor: Annotated[str | None, Blank()] = Field(
        default=None, description="`next_cursor` of the previous page.")
    limit: Annotated[int, WholeNumber(1, MAX_LISTED, clamped=True)] = Field(
        default=50, description="How many at most.")


class StatsQuery(RequestModel):
    """How many days of statistics."""

    days: Annotated[int, WholeNumber(1, MAX_DAYS, clamped=True)] = Field(
        default=14, description="How many days back.")


class ArticleCommentsQuery(RequestModel):
    """Which page of an article's approved comments."""

    page: Annotated[int, WholeNumber(1, MAX_PAGE_NUMBER)] = Field(
        default=1, description="Page number, from 1.")
    per_page: Annotated[int, WholeNumber(1, MAX_PER_PAGE)] = Field(
        default=20, description="Comments per page.")


class EmbedPageQuery(ArticleCommentsQuery):
    """The same for the HTML fragment, which shows more at once."""

    per_page: Annotated[int, WholeNumber(1, MAX_PER_PAGE)] = Field(
        default=50, description="Comments per page.")


class DeliveriesQuery(RequestModel):
    """How many webhook deliveries."""

    limit: Annotated[int, WholeNumber(1, MAX_RECENT)] = Field(
        default=100, description="How many.")
