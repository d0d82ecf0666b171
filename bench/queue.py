"""The moderators' queue with a million comments in the database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.corpus import texts
from bench.stack import Stack
from modsvc import create_app
from modsvc.accounts import create_token
from modsvc.moderation import _encode_cursor, _sort_key
from modsvc.storage import Comment

# How a portal's comments are spread over statuses after some months.
STATUS_SHARES = (("approved", 0.55), ("spam", 0.30), ("pending", 0.10), ("rejected", 0.04),
                 ("received", 0.01))
SORTS = ("-score", "score", "-age", "age")
_COLUMNS = ("id", "article_id", "author_name", "body", "status", "created_at", "updated_at",
            "score", "model_version", "reasons", "captcha_seconds", "honeypot", "source")


def _rows(count: int, seed: int = 1) -> Any:
    rng = random.Random(seed)
    bodies = texts(2000, random_seed=13)
    statuses = [status for status, _share in STATUS_SHARES]
    weights = [share for _status, share in STATUS_SHARES]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    reasons = json.dumps([{"code": "word", "params": {"word": "slot"}, "text_en": "word 'slot'",
                           "text_id": "kata 'slot'", "weight": 1.2, "spans": [[0, 4]]}])
    for number in range(count):
        status = rng.choices(statuses, weights)[0]
        created = start + timedelta(seconds=number * 20 + rng.random())
        scored = status != "received"
        yield (
            f"q{number:010d}", f"berita-{rng.randrange(5000)}", f"Pembaca {number % 997}",
            bodies[number % len(bodies)], status, created, created,
            round(rng.random(), 6) if scored else None, "bench" if scored else None,
            reasons if scored else None, 25.0, False, "portal",
        )


def load(stack: Stack, count: int, chunk: int = 50_000) -> float:
    """Insert ``count`` comments straight through the driver; returns the seconds it took."""
    assert stack.services is not None
    started = time.perf_counter()
    engine = stack.services.db.engine
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if stack.services.db.is_sqlite:
            placeholders = ", ".join("?" for _ in _COLUMNS)
            sql = f"INSERT INTO comments ({', '.join(_COLUMNS)}) VALUES ({placeholders})"
            batch: list[tuple[Any, ...]] = []
            for row in _rows(count):
                batch.append(tuple(v.isoformat(sep=" ") if isinstance(v, datetime) else v
                                   for v in row))
                if len(batch) >= chunk:
                    cursor.executemany(sql, batch)
                    batch.clear()
            cursor.executemany(sql, batch)
        else:
            with cursor.copy(f"COPY comments ({', '.join(_COLUMNS)}) FROM STDIN") as copy:
                for row in _rows(count):
                    copy.write_row(row)
        raw.commit()
        cursor.close()
    finally:
        raw.close()
    # Statistics as a live database has them (autovacuum would get there on its own).
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE" if stack.services.db.is_sqlite
                                   else "VACUUM ANALYZE comments")
    return time.perf_counter() - started


def _deep_cursor(stack: Stack, sort: str, status: str, position: int) -> str:
    """The cursor a moderator would hold after paging down to ``position``."""
    from sqlalchemy import select

    assert stack.services is not None
    key, descending = _sort_key(sort)
    with stack.services.db.session() as session:
        value, comment_id = session.execute(
            select(key, Comment.id).where(Comment.status == status)
            .order_by(key.desc() if descending else key.asc(), Comment.id.asc())
            .offset(position).limit(1)
        ).one()
    return _encode_cursor(sort, value, comment_id)


def queue_latency(stack: Stack, *, repeats: int, status: str = "pending",
                  depth: float = 0.9) -> dict[str, Any]:
    """p50/p95 of ``GET /api/v1/moderation/queue`` (the real endpoint, in process): the first
    page and a page ``depth`` of the way down, for every sort."""
    assert stack.services is not None
    app = create_app(stack.settings())
    token = create_token(app.extensions["modsvc"], "bench", "moderate").secret
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    with stack.services.db.session() as session:
        from sqlalchemy import func, select

        in_status = session.scalar(select(func.count()).select_from(Comment)
                                   .where(Comment.status == status)) or 0
    cases: dict[str, dict[str, str]] = {}
    for sort in SORTS:
        cases[f"{sort} first"] = {"status": status, "sort": sort}
        cases[f"{sort} deep"] = {"status": status, "sort": sort, "cursor": _deep_cursor(
            stack, sort, status, int(in_status * depth))}
    found: dict[str, Any] = {}
    for name, args in cases.items():
        samples = []
        for _ in range(repeats + 2):
            started = time.perf_counter()
            answer = client.get("/api/v1/moderation/queue", query_string=args, headers=headers)
            samples.append((time.perf_counter() - started) * 1000)
            if answer.status_code != 200 or len(answer.get_json()["items"]) != 50:
                raise RuntimeError(f"queue answered {answer.status_code}: {answer.get_data()!r}")
        samples = sorted(samples[2:])  # the first two warm the caches
        found[name] = {"p50": round(statistics.median(samples), 2),
                       "p95": round(samples[int(0.95 * (len(samples) - 1))], 2)}
    services = app.extensions["modsvc"]
    services.close()
    return {"worst_p95": max(case["p95"] for case in found.values()), "cases": found,
            "in_status": in_status}
