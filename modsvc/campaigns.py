"""Spam campaigns (issue 18): a hundred near duplicates seen as one, decided once, and the
next variant caught.

At scoring time a worker fingerprints each comment of its batch (:mod:`classifiers.fingerprints`)
and places it in the shared index (:mod:`modsvc.campaign_index`); a comment that finds near
duplicates joins their campaign, which is created when its group gets a second member. A
campaign is a signal, not a verdict: every member is still scored and decided on its own by
the policy. Only people turn a campaign into a spam campaign, by deciding it (one action for
all its members in a queue tab, with a batch id that one undo takes back); from then on a
later near duplicate goes to spam directly (actor kind ``campaign``, its reason shown), unless
its text is too short to tell a copy from a coincidence, or the model finds it clearly genuine
and it names no brand (the citizen's comment a spam bot copied). Approving the campaign, or
undoing the decision, lifts the block and sends the comments it caught back to scoring.

How genuine repetition ("aamiin", "terima kasih infonya", "mantap pak bupati") is told apart
from a campaign: texts under :data:`classifiers.fingerprints.MIN_SHINGLES` distinct shingles
are never grouped; texts under :data:`BLOCK_MIN_SHINGLES` may be grouped (so a moderator can
approve forty thank-yous at once) but a block never catches them; a brand-like mark links only
comments the model does not find clearly genuine (score at or above the approve threshold);
and no campaign blocks anything until a person marked it spam (docs/CAMPAIGNS.md).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from redis.exceptions import RedisError
from sqlalchemy import Integer, bindparam, case, cast, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from classifiers.fingerprints import brands, fingerprints
from classifiers.reasons import Reason
from classifiers.text import NormalisedText, asks, normalise, reports_spam, talks_about_spam
from modsvc.campaign_index import CampaignIndex, Entry, How, Placement
from modsvc.events import StatusChange, record_changes
from modsvc.exceptions import ConflictError, NotFoundError, ValidationError
from modsvc.moderation import (
    ACTIONS,
    QUEUE_STATUSES,
    Actor,
    BatchResult,
    QueueFilter,
    queue,
    undo_batch,
)
from modsvc.policy import Decision
from modsvc.queues import enqueue_campaign_webhook, enqueue_scoring_many
from modsvc.scoring import Judgement
from modsvc.services import Services
from modsvc.storage import (
    ActorKind,
    Campaign,
    CampaignDecision,
    Comment,
    CommentStatus,
    ModerationEvent,
    utcnow,
)
from modsvc.storage.models import INTEGER_ID_MAX

logger = logging.getLogger(__name__)

# A block catches a later near duplicate only when it has at least this many distinct
# shingles (about 24 characters): "mantap pak bupati" repeated by citizens is never caught.
BLOCK_MIN_SHINGLES = 20
# Members whose buckets are written to the blocked index when a campaign is blocked.
MEMBERS_REMEMBERED = 200
# Campaign rows shown at the top of a queue tab.
QUEUE_ROWS = 50
# A campaign that saw no new member for this many windows has ended ("expired").
MAX_LISTED = 200
REASON_CODE = "campaign_blocked"


def index(services: Services) -> CampaignIndex:
    """The shared index, with this deployment's window and block lengths."""
    settings = services.settings
    return CampaignIndex(services.redis, settings.campaign_window_hours * 3600,
                         settings.campaign_block_days * 86400)


# Scoring time ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Placed:
    """Where one comment of a worker's batch went in the index."""

    placement: Placement
    shingles: int
    # The model doubts the comment (at or above the mark gate), or it names a brand and does
    # not talk about spam: what a block needs besides likeness. Spam bots copy a genuine
    # comment and add their brand; the copy is blocked, and the genuine comment, which the
    # model finds harmless and which names no brand, must not be caught as its variant. Nor
    # must a citizen who quotes the blocked brand to report it ("awas, akun 𝐌𝐄𝐑𝐀𝐊𝐖𝐈𝐍 nyebar
    # link judi, tolong dihapus min"): such a comment joins the campaign, a signal, and is
    # decided as if there were none. Nor one that reports spam or asks to take a post down
    # ("foto bapak saya dicatut … itu fitnah"), even where the model doubts it: a report that
    # quotes an advert's words reads like the advert.
    evidence: bool


class _Sent(NamedTuple):
    """A comment sent to the index, kept until its answer, with its ``evidence`` for a block
    (:func:`_evidence`); None where that depends on a plain brand, which is looked for only in
    the comments that found a group (:meth:`Placing.placed`)."""

    entry: Entry
    shingles: int
    normalised: NormalisedText
    evidence: bool | None


class Placing:
    """A worker's batch placed in the index part by part, as its comments are judged.

    Each part goes to the index as soon as it is fingerprinted, without waiting for the
    answer: Redis does the part's look-ups on a core of its own while the worker judges the
    next part, so the worker waits about as long as the last part takes
    (:class:`modsvc.campaign_index.Assigning`). A comment still finds those before it in the
    same batch. :meth:`placed` reads the answers; leaving the block unread drops the
    connection.
    """

    def __init__(self, services: Services, mark_gate: float, now: float | None = None) -> None:
        self._assigning = index(services).assigning(time.time() if now is None else now)
        self._mark_gate = mark_gate
        self._sent: list[_Sent] = []

    def __enter__(self) -> Placing:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._assigning.__exit__(*exc_info)

    def add(self, comments: Sequence[tuple[str, NormalisedText | None, float]]) -> None:
        """Fingerprint ``(comment_id, normalised, score)`` comments and send them to the index.

        A mark (brand-like word) counts only for comments scored at or above the mark gate
        (the model's approve threshold): below it the model finds a comment clearly genuine,
        and a reader warning against a brand must not join the brand's campaign. Below it,
        only a brand written in disguise counts ("𝗩𝗜𝗖𝗧𝗢𝗥𝗬𝟬𝟬𝟳"): chatty adverts for a site the
        model never saw score low, and readers name a site plainly.
        """
        texts = [(comment_id, normalised, score >= self._mark_gate)
                 for comment_id, normalised, score in comments if normalised is not None]
        found = fingerprints([(normalised, "all" if doubted else "disguised_brands")
                              for _, normalised, doubted in texts])
        sent = [_Sent(entry, one.shingles, normalised,
                      _evidence(normalised, doubted, bool(one.marks)))
                for (comment_id, normalised, doubted), one in zip(texts, found, strict=True)
                if (entry := Entry.of(comment_id, one)).keys]
        self._assigning.send([one.entry for one in sent])
        self._sent += sent

    def placed(self) -> dict[str, Placed]:
        """The comments that found near duplicates (waits for the index's last answer)."""
        return {
            one.entry.comment_id: Placed(
                placement, one.shingles,
                bool(brands(one.normalised)) if one.evidence is None else one.evidence)
            for one, placement in zip(self._sent, self._assigning.receive(), strict=True)
            if placement.how != How.NEW
        }


def _evidence(normalised: NormalisedText, doubted: bool, marked: bool) -> bool | None:
    """Whether a comment may be caught by a block it resembles (see :class:`Placed`): the model
    doubts it (*doubted*), or it names a brand and neither talks about spam or the comment
    section nor asks a question; never when it reports spam or asks to take a post down. A
    comment with a brand's mark in disguise (*marked*) names one; for any other, None: it names
    one if a plain brand is among its words."""
    text = normalised.text
    if reports_spam(text):
        return False
    if doubted:
        return True
    if talks_about_spam(text) or asks(text):
        return False
    return True if marked else None


@dataclass(frozen=True)
class Membership:
    """The campaign a comment joins, and whether its block catches the comment."""

    campaign_id: int
    caught: bool


# Core statements on the tables (not the ORM's unit of work): a worker runs them per batch.
_COMMENTS = Comment.__table__.c
_CAMPAIGNS = Campaign.__table__.c
_DECISIONS = CampaignDecision.__table__.c


@dataclass(frozen=True)
class _Known:
    """A campaign row as a worker's batch needs it (read once, in ``resolve``)."""

    id: int
    anchor_id: str
    blocked: bool
    size: int
    first_seen_at: datetime
    last_seen_at: datetime


# What ``resolve`` read, for ``record_members`` in the same transaction.
_KNOWN = "modsvc.campaigns.known"


def resolve(
    session: Session, placed: dict[str, Placed], now: datetime
) -> dict[str, Membership]:
    """The campaign of each placed comment (in the worker's write transaction), created when a
    group gets its second member. Campaign rows are locked (PostgreSQL) so two workers keep
    their counts straight."""
    if not placed:
        return {}
    tokens = sorted({p.placement.token for p in placed.values()})
    # A comment scored again (after an undo) may find its own buckets: that is no group.
    own = {comment_id for comment_id, p in placed.items() if p.placement.token == comment_id}
    known = _campaigns_of(session, tokens)
    missing = [token for token in tokens if token not in known and token not in own]
    if missing:
        created = session.execute(_insert_ignoring_existing(session), [
            {"anchor_id": token, "size": 0, "articles": 0, "addresses": 0,
             "first_seen_at": now, "last_seen_at": now, "created_at": now}
            for token in missing
        ]).all()
        known.update({anchor: _Known(campaign_id, anchor, False, 0, now, now)
                      for campaign_id, anchor in created})
        if len(created) < len(missing):  # another worker started some of them meanwhile
            known = _campaigns_of(session, tokens)
    session.info[_KNOWN] = {row.id: row for row in known.values()}
    memberships: dict[str, Membership] = {}
    for comment_id, found in placed.items():
        campaign = known.get(found.placement.token)
        if campaign is None:
            continue
        strong = found.evidence and (found.placement.how == How.MARK
                                     or found.shingles >= BLOCK_MIN_SHINGLES)
        memberships[comment_id] = Membership(campaign.id, campaign.blocked and strong)
    return memberships


# The worker's statements are built once, their lists bound at each execution ("expanding"
# parameters): building an IN clause from a list coerces each of its values in Python, which
# cost a batch more than running the statement.
_CAMPAIGNS_OF = (
    select(_CAMPAIGNS.id, _CAMPAIGNS.anchor_id, _DECISIONS.action, _CAMPAIGNS.size,
           _CAMPAIGNS.first_seen_at, _CAMPAIGNS.last_seen_at)
    .select_from(Campaign.__table__.outerjoin(
        CampaignDecision.__table__, _DECISIONS.id == _CAMPAIGNS.decision_id))
    .where(_CAMPAIGNS.anchor_id.in_(bindparam("anchors", expanding=True)))
    .order_by(_CAMPAIGNS.id)
    .with_for_update(of=Campaign.__table__)
)


def _campaigns_of(session: Session, tokens: Sequence[str]) -> dict[str, _Known]:
    """Anchor -> its campaign, the campaign rows locked in id order."""
    found = session.execute(_CAMPAIGNS_OF, {"anchors": list(tokens)}).all()
    return {row.anchor_id: _Known(row.id, row.anchor_id, row.action == "spam", row.size,
                                  row.first_seen_at, row.last_seen_at) for row in found}


def _insert_ignoring_existing(session: Session) -> Any:
    """``INSERT ... ON CONFLICT DO NOTHING RETURNING`` on the anchor, in this database's
    dialect: two workers may start the same campaign at once."""
    dialect = session.get_bind().dialect.name
    builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table: Any = Campaign.__table__
    return (builder(table).on_conflict_do_nothing(index_elements=["anchor_id"])
            .returning(_CAMPAIGNS.id, _CAMPAIGNS.anchor_id))


def caught(judgement: Judgement, membership: Membership | None) -> Judgement:
    """The judgement of a comment, with its campaign; spam when its campaign's block catches
    it (moderators marked the campaign spam), the block's reason first."""
    if membership is None:
        return judgement
    if not membership.caught or judgement.decision.status == CommentStatus.SPAM:
        return replace(judgement, campaign_id=membership.campaign_id)
    reason = block_reason(membership.campaign_id)
    decision = Decision(CommentStatus.SPAM, [reason, *judgement.decision.reasons],
                        by=ActorKind.CAMPAIGN)
    return replace(judgement, decision=decision, campaign_id=membership.campaign_id)


def block_reason(campaign_id: int) -> dict[str, Any]:
    """The reason a moderator sees on a comment a campaign's block caught."""
    return Reason(
        code=REASON_CODE,
        params={"campaign_id": str(campaign_id)},
        text_en=f"near duplicate of campaign #{campaign_id}, which moderators marked spam",
        text_id=f"mirip kampanye #{campaign_id} yang ditandai spam oleh moderator",
        weight=1.0,
    ).to_dict()


@dataclass(frozen=True)
class Joined:
    """A comment that became a campaign member in this batch."""

    comment_id: str
    campaign_id: int
    article_id: str
    ip_hash: str | None
    created_at: datetime


def record_members(session: Session, joined: Sequence[Joined], now: datetime) -> None:
    """Attach the first comment of each new campaign, and keep the campaigns' counts (size,
    articles, addresses, first and last seen) as members join. In the worker's transaction,
    after the members' own verdicts are written; a handful of statements per batch."""
    if not joined:
        return
    members = list(joined)
    current: dict[int, _Known] = session.info.pop(_KNOWN, {})
    needed = {member.campaign_id for member in joined} - set(current)
    if needed:  # not through resolve (or another batch's campaign): read them
        current.update({row.id: row for row in _campaigns_by_id(session, sorted(needed))})
    anchors = {row.anchor_id: campaign_id for campaign_id, row in current.items()
               if row.size == 0 and campaign_id in {m.campaign_id for m in joined}}
    if anchors:
        attached = session.execute(
            update(Comment.__table__)  # type: ignore[arg-type]
            .where(_COMMENTS.id.in_(sorted(anchors)), _COMMENTS.campaign_id.is_(None))
            .values(campaign_id=case(anchors, value=_COMMENTS.id))
            .returning(_COMMENTS.id, _COMMENTS.campaign_id, _COMMENTS.article_id,
                       _COMMENTS.ip_hash, _COMMENTS.created_at)
        ).all()
        members += [Joined(*row) for row in attached]
    new_ids = [member.comment_id for member in members]
    # A campaign started in this batch has no other members to compare with.
    older = [m for m in members if current[m.campaign_id].size > 0]
    seen_articles = _already(session, _COMMENTS.article_id,
                             {(m.campaign_id, m.article_id) for m in older}, new_ids)
    seen_addresses = _already(session, _COMMENTS.ip_hash,
                              {(m.campaign_id, m.ip_hash) for m in older if m.ip_hash}, new_ids)
    grown: dict[int, dict[str, Any]] = {}
    articles: dict[int, set[str]] = defaultdict(set)
    addresses: dict[int, set[str]] = defaultdict(set)
    for member in members:
        change = grown.setdefault(member.campaign_id, {"size": 0, "first": member.created_at,
                                                       "last": member.created_at})
        change["size"] += 1
        change["first"] = min(change["first"], member.created_at)
        change["last"] = max(change["last"], member.created_at)
        if (member.campaign_id, member.article_id) not in seen_articles:
            articles[member.campaign_id].add(member.article_id)
        if member.ip_hash and (member.campaign_id, member.ip_hash) not in seen_addresses:
            addresses[member.campaign_id].add(member.ip_hash)
    session.execute(_GROW, [
        {"campaign": campaign_id, "more": change["size"],
         "more_articles": len(articles[campaign_id]),
         "more_addresses": len(addresses[campaign_id]),
         "first_seen": change["first"] if current[campaign_id].size == 0
         else min(current[campaign_id].first_seen_at, change["first"]),
         "last_seen": max(current[campaign_id].last_seen_at, change["last"], now)}
        for campaign_id, change in sorted(grown.items())
    ])


_CAMPAIGNS_BY_ID = (
    select(_CAMPAIGNS.id, _CAMPAIGNS.anchor_id, _CAMPAIGNS.size, _CAMPAIGNS.first_seen_at,
           _CAMPAIGNS.last_seen_at).where(_CAMPAIGNS.id.in_(bindparam("ids", expanding=True)))
)


def _campaigns_by_id(session: Session, ids: Sequence[int]) -> list[_Known]:
    rows = session.execute(_CAMPAIGNS_BY_ID, {"ids": list(ids)}).all()
    return [_Known(row.id, row.anchor_id, False, row.size, row.first_seen_at,
                   row.last_seen_at) for row in rows]


_GROW = (
    update(Campaign.__table__)  # type: ignore[arg-type]
    .where(_CAMPAIGNS.id == bindparam("campaign"))
    .values(
        size=_CAMPAIGNS.size + bindparam("more", type_=Integer),
        articles=_CAMPAIGNS.articles + bindparam("more_articles", type_=Integer),
        addresses=_CAMPAIGNS.addresses + bindparam("more_addresses", type_=Integer),
        first_seen_at=bindparam("first_seen"),
        last_seen_at=bindparam("last_seen"),
    )
)


_ALREADY = {
    column.name: (
        select(_COMMENTS.campaign_id, column).distinct()
        .where(_COMMENTS.campaign_id.in_(bindparam("campaigns", expanding=True)),
               column.in_(bindparam("values", expanding=True)),
               _COMMENTS.id.not_in(bindparam("new_ids", expanding=True)))
    )
    for column in (_COMMENTS.article_id, _COMMENTS.ip_hash)
}


def _already(
    session: Session, column: Any, pairs: set[tuple[int, Any]], new_ids: Sequence[str]
) -> set[tuple[int, Any]]:
    """Which (campaign, value) pairs other members of the campaign had before this batch:
    one look-up of the members' partial index per pair."""
    if not pairs:
        return set()
    rows = session.execute(_ALREADY[column.name], {
        "campaigns": sorted({c for c, _v in pairs}), "values": sorted({v for _c, v in pairs}),
        "new_ids": list(new_ids)}).all()
    return {(campaign_id, value) for campaign_id, value in rows} & pairs


# Deciding a campaign at once ------------------------------------------------------------------

@dataclass(frozen=True)
class CampaignResult:
    """What deciding a campaign did: each member's result (``ok``, ``unchanged`` when it was in
    the decided status already, ``conflict`` when someone moved it after ``seen_at``), how many
    members that joined after ``seen_at`` were left for another look, and the batch id that
    one undo takes."""

    campaign: dict[str, Any]
    batch_id: str
    results: dict[str, str]
    left_out: int


def _in_range(campaign_id: int) -> int:
    """A campaign id a table can hold; larger ones name no campaign (rather than overflow
    PostgreSQL's integer in the query)."""
    if not 0 < campaign_id <= INTEGER_ID_MAX:
        raise NotFoundError("no such campaign")
    return campaign_id


def decide(
    services: Services,
    campaign_id: int,
    action: str,
    actor: Actor,
    *,
    expected_status: str | None = None,
    seen_at: datetime | None = None,
    reason: str | None = None,
    reason_code: str | None = None,
) -> CampaignResult:
    """Approve, reject or mark spam every member of a campaign in one status (the queue tab,
    ``expected_status``, pending by default), as one batch.

    With ``seen_at`` (when the moderator's page showed the campaign), members that joined later
    are left alone when approving or rejecting (nobody has read them); marking spam takes them
    too, as the block would. Marking spam blocks the campaign: its later near duplicates go to
    spam directly, and the portal hears of it (webhook ``campaign.blocked``). Deciding it
    otherwise lifts a block.
    """
    _in_range(campaign_id)
    if action not in ACTIONS:
        raise ValidationError(f"action must be one of {', '.join(ACTIONS)}",
                              details={"fields": {"action": "unknown"}})
    from_status = expected_status or CommentStatus.PENDING
    if from_status not in QUEUE_STATUSES or from_status == CommentStatus.RECEIVED:
        raise ValidationError("expected_status must be a queue status",
                              details={"fields": {"expected_status": "unknown"}})
    _check_reason_code(reason_code)
    to_status = ACTIONS[action]
    now = utcnow()
    batch_id = secrets.token_hex(8)
    with services.db.writing() as session:
        campaign = session.get(Campaign, campaign_id, with_for_update=True)
        if campaign is None:
            raise NotFoundError("no such campaign")
        members = session.execute(
            select(Comment.id, Comment.status, Comment.scored_at, Comment.updated_at)
            .where(Comment.campaign_id == campaign_id)
        ).all()
        chosen, results, left_out = _choose(members, from_status, to_status, seen_at)
        if not chosen and not any(result == "conflict" for result in results.values()):
            raise ConflictError(
                f"no comment of this campaign is '{from_status}' any more; reload to see it",
                details={"campaign_id": campaign_id, "expected_status": from_status},
            )
        changed: set[str] = set()
        if to_status != from_status:
            for start in range(0, len(chosen), 500):
                part = chosen[start:start + 500]
                changed.update(session.scalars(
                    update(Comment)
                    .where(Comment.id.in_(part), Comment.status == from_status)
                    .values(status=to_status, updated_at=now)
                    .returning(Comment.id)
                    .execution_options(synchronize_session=False)
                ))
        for comment_id in chosen:
            if to_status == from_status:
                results[comment_id] = "unchanged"
            else:
                results[comment_id] = "ok" if comment_id in changed else "conflict"
        ordered = sorted(changed)
        record_changes(session, [
            StatusChange(comment_id, from_status, to_status, actor.name, actor.kind, reason, now,
                         reason_code, batch_id) for comment_id in ordered
        ], moderator_id=actor.moderator_id)
        was_blocked = _standing_action(session, campaign) == "spam"
        decision = CampaignDecision(
            campaign_id=campaign_id, action=action, from_status=from_status, batch_id=batch_id,
            actor=actor.name, actor_kind=actor.kind, decided=len(ordered), created_at=now,
        )
        session.add(decision)
        session.flush()
        campaign.decision_id = decision.id
        decision_id = decision.id
        summary = _summary(session, campaign)
    if to_status == CommentStatus.SPAM:
        try:
            remember_blocked(services, campaign_id)
            if not was_blocked and services.settings.webhook_url:
                enqueue_campaign_webhook(services.redis, decision_id)
        except RedisError as error:
            # The decision and the block stand (SQL); variants are still caught within the
            # window, and the notice can be sent again (webhooks.deliver_campaign).
            logger.warning("campaign %d blocked, but Redis was unavailable: %s", campaign_id,
                           type(error).__name__)
    logger.info("campaign %d: %s by %s, %d of its comments changed", campaign_id, action,
                actor.kind, len(ordered))
    return CampaignResult(campaign=summary, batch_id=batch_id, results=results,
                          left_out=left_out)


def _check_reason_code(reason_code: str | None) -> None:
    from modsvc.moderation import REJECTION_REASONS

    if reason_code is not None and reason_code not in REJECTION_REASONS:
        raise ValidationError(f"reason_code must be one of {', '.join(REJECTION_REASONS)}",
                              details={"fields": {"reason_code": "unknown"}})


def _choose(
    members: Sequence[Any], from_status: str, to_status: str, seen_at: datetime | None
) -> tuple[list[str], dict[str, str], int]:
    """Which members a campaign decision takes, the conflicts, and how many were left out."""
    chosen: list[str] = []
    results: dict[str, str] = {}
    left_out = 0
    for member in members:
        joined = member.scored_at or member.updated_at
        unseen = seen_at is not None and joined > seen_at
        if member.status == from_status:
            if unseen and to_status != CommentStatus.SPAM:
                left_out += 1
            else:
                chosen.append(member.id)
        elif seen_at is not None and not unseen and member.updated_at > seen_at:
            # It was in the moderator's view and someone moved it since: as bulk does.
            results[member.id] = "conflict"
    return chosen, results, left_out


def _standing_action(session: Session, campaign: Campaign) -> str | None:
    if campaign.decision_id is None:
        return None
    return session.scalar(select(CampaignDecision.action)
                          .where(CampaignDecision.id == campaign.decision_id))


def remember_blocked(services: Services, campaign_id: int) -> int:
    """Write the buckets of a blocked campaign's newest members into the blocked index, so
    its next variants are caught after the window too. Returns the members written."""
    with services.db.session() as session:
        anchor = session.scalar(select(Campaign.anchor_id).where(Campaign.id == campaign_id))
        bodies = session.scalars(
            select(Comment.body).where(Comment.campaign_id == campaign_id)
            .order_by(Comment.created_at.desc()).limit(MEMBERS_REMEMBERED)
        ).all()
    if anchor is None:
        return 0
    entries = [Entry.of(anchor, found)
               for found in fingerprints([(normalise(body), "all") for body in bodies])]
    index(services).remember_blocked(anchor, [entry for entry in entries if entry.keys],
                                     time.time())
    return len(entries)


def restore_blocks(services: Services) -> int | None:
    """Write the blocks of the last block period back into the blocked index when this Redis
    does not hold them: it lost its data (a restart without persistence, a flush) or an upgrade
    changed the index's layout. A block stands in SQL, so its variants must go on being caught
    after the window. One ``EXISTS`` when there is nothing to do (the sweeper calls it every
    round). Returns the campaigns written back, None when the index had them."""
    if not services.settings.campaigns:
        return None
    shared = index(services)
    if shared.holds_blocks():
        return None
    since = utcnow() - timedelta(days=services.settings.campaign_block_days)
    with services.db.session() as session:
        blocked = session.scalars(
            select(Campaign.id)
            .join(CampaignDecision, CampaignDecision.id == Campaign.decision_id)
            .where(CampaignDecision.action == "spam", CampaignDecision.created_at >= since)
            .order_by(Campaign.id)
        ).all()
    for campaign_id in blocked:
        remember_blocked(services, campaign_id)
    shared.mark_holds_blocks()  # only now: a restore cut short by an error is tried again
    if blocked:
        logger.warning("campaign index: %d blocks written back (Redis had lost them)",
                       len(blocked))
    return len(blocked)


def undo(services: Services, batch_id: str, actor: Actor) -> BatchResult:
    """Undo a bulk action, or a campaign decision: its members go back where they were, the
    campaign's previous decision stands again, and when that lifts a block, the comments the
    block caught since go back to scoring."""
    with services.db.session() as session:
        decision = session.scalar(
            select(CampaignDecision)
            .where(CampaignDecision.batch_id == batch_id, CampaignDecision.undone_at.is_(None))
        )
    if decision is None:
        return undo_batch(services, batch_id, actor)
    try:
        done = undo_batch(services, batch_id, actor)
    except NotFoundError:
        # A decision that changed nothing (a campaign confirmed in its own tab) is still one.
        done = BatchResult(batch_id=secrets.token_hex(8), results={})
    released: list[str] = []
    now = utcnow()
    with services.db.writing() as session:
        standing = session.get(CampaignDecision, decision.id, with_for_update=True)
        campaign = session.get(Campaign, decision.campaign_id, with_for_update=True)
        if standing is None or standing.undone_at is not None or campaign is None:
            return done
        standing.undone_at = now
        previous = session.scalar(
            select(CampaignDecision)
            .where(CampaignDecision.campaign_id == campaign.id,
                   CampaignDecision.undone_at.is_(None), CampaignDecision.id != standing.id)
            .order_by(CampaignDecision.id.desc()).limit(1)
        )
        if campaign.decision_id == standing.id:
            campaign.decision_id = previous.id if previous is not None else None
        if standing.action == "spam" and (previous is None or previous.action != "spam"):
            released = _release_caught(session, campaign.id, standing.created_at, actor,
                                       done.batch_id, now)
    enqueue_scoring_many(services.redis, [(comment_id, None) for comment_id in released])
    return BatchResult(batch_id=done.batch_id,
                       results={**done.results, **dict.fromkeys(released, "ok")})


def _release_caught(
    session: Session, campaign_id: int, since: datetime, actor: Actor, batch_id: str,
    now: datetime,
) -> list[str]:
    """Comments a lifted block caught since ``since``, still spam: back to ``received``."""
    events = session.execute(
        select(ModerationEvent.id, ModerationEvent.comment_id)
        .join(Comment, Comment.id == ModerationEvent.comment_id)
        .where(Comment.campaign_id == campaign_id, Comment.status == CommentStatus.SPAM,
               ModerationEvent.actor_kind == ActorKind.CAMPAIGN,
               ModerationEvent.created_at >= since)
        .order_by(ModerationEvent.comment_id)
    ).all()
    released = []
    for event_id, comment_id in events:
        moved = session.execute(  # type: ignore[attr-defined]
            update(Comment)
            .where(Comment.id == comment_id, Comment.status == CommentStatus.SPAM)
            .values(status=CommentStatus.RECEIVED, updated_at=now)
        ).rowcount
        if moved:
            record_changes(session, [StatusChange(
                comment_id, CommentStatus.SPAM, CommentStatus.RECEIVED, actor.name, actor.kind,
                f"undo of event {event_id}", now, None, batch_id, event_id,
            )], moderator_id=actor.moderator_id)
            released.append(comment_id)
    return released


# Reading campaigns ----------------------------------------------------------------------------

def _summary(session: Session, campaign: Campaign) -> dict[str, Any]:
    action = _standing_action(session, campaign)
    return {
        **campaign.counts(),
        "decision": action,
        "blocked": action == "spam",
    }


def queue_rows(
    services: Services, status: str, limit: int = QUEUE_ROWS, *, only: int | None = None
) -> list[dict[str, Any]]:
    """The campaigns with members in ``status`` (the queue tab), most members first: each with
    its counts, how many members this tab holds, and its member with the highest score.
    ``only`` keeps one campaign (a row to put back after an undo)."""
    if status not in QUEUE_STATUSES:
        raise ValidationError(f"status must be one of {', '.join(QUEUE_STATUSES)}",
                              details={"fields": {"status": "unknown"}})
    which = (Comment.campaign_id.is_not(None) if only is None
             else Comment.campaign_id == _in_range(only))
    with services.db.session() as session:
        counted = session.execute(
            select(Comment.campaign_id, func.count().label("n"),
                   func.max(Comment.score).label("top"))
            .where(which, Comment.status == status)
            .group_by(Comment.campaign_id)
            .order_by(func.count().desc(), Comment.campaign_id)
            .limit(max(1, min(limit, MAX_LISTED)))
        ).all()
        if not counted:
            return []
        ids = [row.campaign_id for row in counted]
        campaigns = {c.id: c for c in session.scalars(select(Campaign)
                                                      .where(Campaign.id.in_(ids)))}
        samples = _samples(session, ids, status)
        rows = []
        for row in counted:
            campaign = campaigns.get(row.campaign_id)
            if campaign is None:
                continue
            summary = _summary(session, campaign)
            summary.update(status=status, in_status=int(row.n), top_score=row.top,
                           sample=samples.get(row.campaign_id))
            rows.append(summary)
        return rows


def _samples(session: Session, ids: Sequence[int], status: str) -> dict[int, dict[str, Any]]:
    """Each campaign's member in ``status`` with the highest score (the row's face)."""
    from modsvc.moderation import ITEM_COLUMNS, public_item

    ranked = (
        select(*ITEM_COLUMNS, func.row_number().over(
            partition_by=Comment.campaign_id,
            order_by=(Comment.score.desc().nulls_last(), Comment.id),
        ).label("rank"))
        .where(Comment.campaign_id.in_(list(ids)), Comment.status == status)
        .subquery()
    )
    rows = session.execute(select(ranked).where(ranked.c.rank == 1)).all()
    return {row.campaign_id: public_item(row) for row in rows}


def get(services: Services, campaign_id: int) -> dict[str, Any]:
    """A campaign: its counts, members per status, the articles it hit, its size per hour and
    the decisions people made on it."""
    with services.db.session() as session:
        campaign = session.get(Campaign, _in_range(campaign_id))
        if campaign is None:
            raise NotFoundError("no such campaign")
        summary = _summary(session, campaign)
        per_status = dict(session.execute(
            select(Comment.status, func.count()).where(Comment.campaign_id == campaign_id)
            .group_by(Comment.status)
        ).all())
        articles = session.execute(
            select(Comment.article_id, func.max(Comment.article_title), func.count())
            .where(Comment.campaign_id == campaign_id)
            .group_by(Comment.article_id)
            .order_by(func.count().desc(), Comment.article_id)
            .limit(50)
        ).all()
        decisions = session.scalars(
            select(CampaignDecision).where(CampaignDecision.campaign_id == campaign_id)
            .order_by(CampaignDecision.id)
        ).all()
        caught = _caught_counts(session, [campaign_id]).get(campaign_id, 0)
        summary.update(
            statuses={status: int(per_status.get(status, 0))
                      for status in QUEUE_STATUSES if status != CommentStatus.RECEIVED},
            caught=caught,
            article_list=[{"article_id": a, "title": title, "comments": int(n)}
                          for a, title, n in articles],
            timeline=_timelines(session, [campaign_id], campaign.first_seen_at)
            .get(campaign_id, []),
            decisions=[{
                "id": d.id, "action": d.action, "from_status": d.from_status,
                "batch_id": d.batch_id, "actor": d.actor, "decided": d.decided,
                "created_at": d.created_at.isoformat(),
                "undone_at": d.undone_at.isoformat() if d.undone_at else None,
            } for d in decisions],
        )
        return summary


def members(
    services: Services, campaign_id: int, status: str, *, cursor: str | None = None,
    limit: int = 50,
) -> Any:
    """A page of a campaign's members in one status (the expanded row), highest score first."""
    return queue(services, QueueFilter(status=status, campaign_id=_in_range(campaign_id),
                                       cursor=cursor, limit=limit))


def recent(services: Services, limit: int = 100) -> list[dict[str, Any]]:
    """Campaigns seen lately, newest activity first, with how each ended: ``blocked``,
    ``approved`` or ``rejected`` by people, ``expired`` (quiet for a whole window), or still
    ``active``; its members per hour, and how many later variants its block caught."""
    window = timedelta(hours=services.settings.campaign_window_hours)
    now = utcnow()
    with services.db.session() as session:
        campaigns = list(session.scalars(
            select(Campaign).order_by(Campaign.last_seen_at.desc(), Campaign.id.desc())
            .limit(max(1, min(limit, MAX_LISTED)))
        ))
        ids = [c.id for c in campaigns]
        caught = _caught_counts(session, ids)
        pending = dict(session.execute(
            select(Comment.campaign_id, func.count())
            .where(Comment.campaign_id.in_(ids), Comment.status == CommentStatus.PENDING)
            .group_by(Comment.campaign_id)
        ).all()) if ids else {}
        samples = {row.campaign_id: row.body for row in session.execute(
            select(Comment.campaign_id, Comment.body)
            .join(Campaign, Campaign.anchor_id == Comment.id)
            .where(Campaign.id.in_(ids))
        )} if ids else {}
        earliest = min((c.first_seen_at for c in campaigns), default=now)
        timelines = _timelines(session, ids, earliest) if ids else {}
        listed = []
        for campaign in campaigns:
            summary = _summary(session, campaign)
            decision = summary["decision"]
            ended = {"spam": "blocked", "approve": "approved", "reject": "rejected"}.get(
                decision or "", "expired" if now - campaign.last_seen_at > window else "active")
            summary.update(ended=ended, caught=caught.get(campaign.id, 0),
                           pending=int(pending.get(campaign.id, 0)),
                           sample=samples.get(campaign.id, ""),
                           timeline=timelines.get(campaign.id, []))
            listed.append(summary)
        return listed


def _caught_counts(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """How many comments each campaign's block sent to spam."""
    if not ids:
        return {}
    return dict(session.execute(  # type: ignore[arg-type]
        select(Comment.campaign_id, func.count(func.distinct(ModerationEvent.comment_id)))
        .join(ModerationEvent, ModerationEvent.comment_id == Comment.id)
        .where(Comment.campaign_id.in_(list(ids)),
               ModerationEvent.actor_kind == ActorKind.CAMPAIGN)
        .group_by(Comment.campaign_id)
    ).all())


def _timelines(
    session: Session, ids: Sequence[int], since: datetime
) -> dict[int, list[dict[str, Any]]]:
    """Members per hour of each campaign: ``[{"hour": ISO time, "comments": n}, ...]``."""
    dialect = session.get_bind().dialect.name
    hour: Any
    if dialect == "postgresql":
        hour = func.floor(func.extract("epoch", Comment.created_at) / 3600)
    else:
        hour = cast(func.strftime("%s", Comment.created_at), Integer) / 3600
    rows = session.execute(
        select(Comment.campaign_id, hour.label("hour"), func.count())
        .where(Comment.campaign_id.in_(list(ids)), Comment.created_at >= since)
        .group_by(Comment.campaign_id, hour)
        .order_by(Comment.campaign_id, hour)
    ).all()
    timelines: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for campaign_id, hours, count in rows:
        at = datetime.fromtimestamp(int(hours) * 3600, tz=since.tzinfo)
        timelines[campaign_id].append({"hour": at.isoformat(), "comments": int(count)})
    return dict(timelines)
