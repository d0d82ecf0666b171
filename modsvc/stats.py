"""Operators' figures: what came in, what the model and the people decided, how fast, how well.

Everything is aggregated in SQL from the append-only events, so the numbers stay true after any
number of undos and need no counters of their own.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, and_, case, cast, func, select
from sqlalchemy.orm import aliased

from modsvc.services import Services
from modsvc.storage import ActorKind, Comment, CommentStatus, ModerationEvent, utcnow

SCORE_BINS = 20
# The longest look back; asking for more gets this much.
MAX_DAYS = 366


def _standing(events: Any) -> Any:
    """Events that still stand: neither an undo nor a decision an undo took back. A decision
    undone a second later was never made, for the figures and for a moderator's workload."""
    undone = select(ModerationEvent.undoes_event_id).where(
        ModerationEvent.undoes_event_id.is_not(None)).scalar_subquery()
    return and_(events.undoes_event_id.is_(None), events.id.not_in(undone))


def _day(column: Any, zone: ZoneInfo, sqlite: bool) -> Any:
    """The local calendar day of a UTC timestamp: a comment sent at 04:17 WIB belongs to that
    day, not to the UTC day before. SQLite shifts by the zone's offset now (Indonesia's zones
    keep no summer time); PostgreSQL converts by the zone's rules."""
    if sqlite:
        offset = datetime.now(zone).utcoffset() or timedelta(0)
        return func.date(column, f"{int(offset.total_seconds())} seconds")
    return func.date(func.timezone(zone.key, column))


def _as_date(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def daily_stats(services: Services, days: int = 14) -> dict[str, Any]:
    """Per-day flows, queue health, throughput, score distribution and overturns."""
    days = max(1, min(days, MAX_DAYS))
    now = utcnow()
    zone = ZoneInfo(services.settings.timezone)
    local_now = now.astimezone(zone)
    since = (local_now - timedelta(days=days - 1)).replace(
        hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
    kind = ModerationEvent.actor_kind
    day = _day(ModerationEvent.created_at, zone, services.db.is_sqlite)
    standing = _standing(ModerationEvent)
    with services.db.session() as session:
        flows = session.execute(
            select(day, kind, ModerationEvent.from_status, ModerationEvent.to_status, func.count())
            .where(ModerationEvent.created_at >= since, standing)
            .group_by(day, kind, ModerationEvent.from_status, ModerationEvent.to_status)
        ).all()
        throughput = session.execute(
            select(day, ModerationEvent.actor, func.count())
            .where(ModerationEvent.created_at >= since, kind.in_(ActorKind.people()), standing)
            .group_by(day, ModerationEvent.actor)
        ).all()
        bucket = cast(Comment.score * SCORE_BINS, Integer)
        histogram = session.execute(
            select(bucket, func.count())
            .where(Comment.scored_at >= since, Comment.score.is_not(None))
            .group_by(bucket)
        ).all()
        pending, oldest = session.execute(
            select(func.count(), func.min(Comment.created_at)).where(
                Comment.status == CommentStatus.PENDING
            )
        ).one()
        overturned = _overturns(session, since)
    per_day: dict[str, dict[str, int]] = {}
    for offset in range(days):
        date = (since.astimezone(zone) + timedelta(days=offset)).date().isoformat()
        per_day[date] = defaultdict(int)
    for raw_day, actor_kind, from_status, to_status, count in flows:
        row = per_day.setdefault(_as_date(raw_day), defaultdict(int))
        if actor_kind in ActorKind.arrivals() and from_status is None:
            row["received"] += count
        elif actor_kind in ActorKind.automatic():
            row[f"auto_{to_status}"] += count
        elif actor_kind in ActorKind.people():
            row[f"people_{to_status}"] += count
        elif actor_kind == ActorKind.AKISMET:
            row["site_reports"] += count
    table = []
    for date, row in sorted(per_day.items()):
        auto_total = row["auto_spam"] + row["auto_pending"] + row["auto_approved"]
        table.append({
            "date": date,
            "received": row["received"],
            "auto_spam": row["auto_spam"],
            "auto_approved": row["auto_approved"],
            "to_queue": row["auto_pending"],
            "approved": row["people_approved"],
            "rejected": row["people_rejected"],
            "spam": row["people_spam"],
            "site_reports": row["site_reports"],
            "spam_rate": round(row["auto_spam"] / auto_total, 4) if auto_total else None,
        })
    people: dict[str, dict[str, int]] = defaultdict(dict)
    for raw_day, actor, count in throughput:
        people[actor][_as_date(raw_day)] = count
    bins = [0] * SCORE_BINS
    for index, count in histogram:
        bins[min(int(index), SCORE_BINS - 1)] += count
    oldest_age = None
    if oldest is not None:
        oldest_at = oldest if oldest.tzinfo else oldest.replace(tzinfo=now.tzinfo)
        oldest_age = int((now - oldest_at).total_seconds())
    return {
        "days": table,
        "queue": {"pending": pending, "oldest_pending_seconds": oldest_age},
        "moderators": {actor: dict(sorted(d.items())) for actor, d in sorted(people.items())},
        "score_histogram": {"bins": SCORE_BINS, "counts": bins},
        "overturns": overturned,
    }


def _overturns(session: Any, since: datetime) -> dict[str, Any]:
    """How often people changed what the model decided (or leaned towards).

    ``auto_overturned``: comments the model marked spam or approved that a person moved.
    ``disagreed``: decisions on queued comments against the model's lean (score >= 0.5).
    """
    model_event = aliased(ModerationEvent)
    person = aliased(ModerationEvent)
    is_person = and_(person.actor_kind.in_(ActorKind.people()), _standing(person))
    automatic = model_event.actor_kind.in_(ActorKind.automatic())
    auto = session.scalar(
        select(func.count()).select_from(model_event).where(
            model_event.created_at >= since, automatic,
            model_event.to_status.in_([CommentStatus.SPAM, CommentStatus.APPROVED]),
        )
    ) or 0
    auto_overturned = session.scalar(
        select(func.count(func.distinct(person.comment_id)))
        .select_from(person)
        .join(model_event, and_(model_event.comment_id == person.comment_id, automatic,
                                model_event.to_status == person.from_status))
        .where(person.created_at >= since, is_person,
               person.from_status.in_([CommentStatus.SPAM, CommentStatus.APPROVED]))
    ) or 0
    decided = session.execute(
        select(
            func.count(),
            func.sum(case(
                (and_(person.to_status == CommentStatus.APPROVED, Comment.score >= 0.5), 1),
                (and_(person.to_status == CommentStatus.SPAM, Comment.score < 0.5), 1),
                else_=0,
            )),
        )
        .select_from(person)
        .join(Comment, Comment.id == person.comment_id)
        .where(person.created_at >= since, is_person, person.from_status == CommentStatus.PENDING,
               person.to_status.in_([CommentStatus.SPAM, CommentStatus.APPROVED]),
               Comment.score.is_not(None))
    ).one()
    queued, disagreed = decided[0] or 0, decided[1] or 0
    return {
        "auto_decisions": auto,
        "auto_overturned": auto_overturned,
        "auto_overturn_rate": round(auto_overturned / auto, 4) if auto else None,
        "queue_decisions": queued,
        "disagreed": disagreed,
        "disagreement_rate": round(disagreed / queued, 4) if queued else None,
    }
