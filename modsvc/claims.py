"""Who is looking at which comment right now, so two moderators on one tab work on different
comments instead of racing each other to the same one.

A claim is a Redis key per comment holding the moderator's name for a short while; the page
renews it while the comment is in front of the moderator. A claim steers, it never locks:
anyone may still decide a claimed comment (the usual conflict rules then apply).
"""

from __future__ import annotations

from collections.abc import Sequence

from redis import Redis

CLAIM_SECONDS = 90
# How many comments one question about claims may name.
MAX_ASKED = 200
_KEY = "modsvc:claim:{comment_id}"


def claim(redis: Redis, comment_id: str, who: str) -> str:
    """Claim a comment for ``who`` unless someone else holds it; returns the holder."""
    key = _KEY.format(comment_id=comment_id)
    if redis.set(key, who, ex=CLAIM_SECONDS, nx=True):
        return who
    holder = redis.get(key)
    name = holder.decode() if isinstance(holder, bytes) else str(holder or "")
    if name == who or not name:
        redis.set(key, who, ex=CLAIM_SECONDS)
        return who
    return name


def claimed_by_others(redis: Redis, comment_ids: Sequence[str], who: str) -> dict[str, str]:
    """Of these comments, those someone other than ``who`` is looking at, with their names."""
    if not comment_ids:
        return {}
    values = redis.mget([_KEY.format(comment_id=c) for c in comment_ids])
    found = {}
    for comment_id, value in zip(comment_ids, values, strict=True):
        name = value.decode() if isinstance(value, bytes) else value
        if name and name != who:
            found[comment_id] = str(name)
    return found
