"""The index of recent comments' fingerprints in Redis, shared by every worker (issue 18).

Each comment's LSH band keys and marks (:mod:`classifiers.fingerprints`) are buckets; a bucket
holds the token of the group that wrote it last (a group's token is the id of its first
comment). A worker's micro-batch is looked up and written by one Lua script, so the cost per
comment is a share of one round trip, and two workers never see half of each other's writes.

Memory stays bounded by time, not by a count: buckets live in generations of the campaign
window (``MODSVC_CAMPAIGN_WINDOW_HOURS``). Writes go to the current generation; look-ups read it
and the previous one, so a bucket is found for between one and two windows after its last
write, and a whole generation expires at once (``EXPIREAT``). Buckets are packed into Redis
hashes, 65,536 per generation by the top bits of the key, so a million comments cost hashes of
about 120 small fields each (Redis's compact listpack encoding) rather than eight million keys.
Campaigns people marked spam also have buckets in a blocked index (one hash per generation of
``MODSVC_CAMPAIGN_BLOCK_DAYS``, read with one ``HMGET`` per comment: few comments are ever
blocked), so their next variants are caught long after the window.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass

from redis import Redis

from classifiers.fingerprints import VERSION, Fingerprint, mark_key

logger = logging.getLogger(__name__)

SHARD_BITS = 16
# Two bands must agree for a match (see classifiers.fingerprints); one mark is enough.
BANDS_NEEDED = 2
# Seconds a generation's keys outlive the moment they stop being read (clocks of workers on
# different machines may disagree a little).
EXPIRY_SLACK_SECONDS = 300


class How:
    """How a comment joined its group (what :meth:`CampaignIndex.assign` returns)."""

    NEW = 0  # no near duplicate: it starts a group of its own
    BANDS = 1  # its text is a near duplicate of the group's
    MARK = 2  # it shares a brand-like mark with the group


@dataclass(frozen=True)
class Entry:
    """A comment to place: its id (its own token), its bucket keys and how many are bands."""

    comment_id: str
    keys: tuple[int, ...]
    bands: int

    @classmethod
    def of(cls, comment_id: str, found: Fingerprint, *, with_marks: bool) -> Entry:
        """An entry from a fingerprint; marks count only when ``with_marks``."""
        marks = tuple(mark_key(mark) for mark in found.marks) if with_marks else ()
        return cls(comment_id, found.bands + marks, len(found.bands))


@dataclass(frozen=True)
class Placement:
    """The group a comment joined: ``token`` (its own id when ``how`` is NEW), how, and how
    many of its band keys matched that group."""

    token: str
    how: int
    bands_matched: int


@dataclass(frozen=True)
class _Generations:
    current: int
    expire_at: int
    blocked_current: int
    blocked_expire_at: int


class CampaignIndex:
    """Band and mark buckets of recent comments, in Redis hashes with generations."""

    key_template = "modsvc:campaigns:v{version}:{generation}:{shard}"
    # Few comments are ever blocked: one hash per generation, read with one HMGET a comment.
    blocked_template = "modsvc:campaigns:v{version}:blocked:{generation}"

    def __init__(self, redis: Redis, window_seconds: int, block_seconds: int) -> None:
        self.redis = redis
        self.window_seconds = window_seconds
        self.block_seconds = block_seconds
        self._assign = redis.register_script(_ASSIGN)

    def _generations(self, now: float) -> _Generations:
        current = math.floor(now / self.window_seconds)
        blocked = math.floor(now / self.block_seconds)
        return _Generations(
            current=current,
            expire_at=(current + 2) * self.window_seconds + EXPIRY_SLACK_SECONDS,
            blocked_current=blocked,
            blocked_expire_at=(blocked + 2) * self.block_seconds + EXPIRY_SLACK_SECONDS,
        )

    @staticmethod
    def _split(key: int) -> tuple[int, str]:
        """The hash a bucket lives in, and its field (the low 32 bits: within one hash of a
        few hundred fields, a false collision is a one-in-ten-million event, and a match needs
        two bands anyway)."""
        return key >> (64 - SHARD_BITS), str(key & 0xFFFFFFFF)

    def _key(self, generation: int, shard: int) -> str:
        return self.key_template.format(version=VERSION, generation=generation, shard=shard)

    def _blocked_key(self, generation: int) -> str:
        return self.blocked_template.format(version=VERSION, generation=generation)

    def _names(self, gens: _Generations) -> list[str]:
        """The current and previous generations' hash names up to the shard number, and the
        blocked index's two hashes."""
        return [self.key_template.format(version=VERSION, generation=gens.current, shard=""),
                self.key_template.format(version=VERSION, generation=gens.current - 1,
                                         shard=""),
                self._blocked_key(gens.blocked_current),
                self._blocked_key(gens.blocked_current - 1)]

    def assign(self, entries: Sequence[Entry], now: float) -> list[Placement]:
        """Find each comment's group and record its buckets as that group's, in order (a
        comment finds those before it in the same batch). One round trip for the batch.

        The script builds the hashes' names from the generations' prefixes and each bucket's
        shard (a standalone Redis, as DESIGN.md has it: no cluster slots to declare).
        """
        if not entries:
            return []
        gens = self._generations(now)
        args: list[str | int] = [gens.expire_at, len(entries), BANDS_NEEDED,
                                 *self._names(gens)]
        shift = 64 - SHARD_BITS
        for entry in entries:
            args += [entry.comment_id, entry.bands, len(entry.keys) - entry.bands]
            for key in entry.keys:
                args += [key >> shift, key & 0xFFFFFFFF]
        raw = self._assign(keys=[], args=args)
        placements = []
        for index in range(len(entries)):
            token, how, matched = raw[3 * index: 3 * index + 3]
            placements.append(Placement(
                token.decode() if isinstance(token, bytes) else str(token), int(how), int(matched)
            ))
        return placements

    def remember_blocked(self, token: str, entries: Sequence[Entry], now: float) -> None:
        """Record the buckets of a blocked campaign's members in the blocked index."""
        if not entries:
            return
        gens = self._generations(now)
        fields = []
        for entry in entries:
            for key in entry.keys:
                shard, field = self._split(key)
                fields.append(f"{shard}.{field}")
        name = self._blocked_key(gens.blocked_current)
        with self.redis.pipeline() as pipe:
            pipe.hset(name, mapping=dict.fromkeys(fields, token))
            pipe.expireat(name, gens.blocked_expire_at)
            pipe.execute()

    def clear(self) -> int:
        """Forget every bucket (operators' reset; tests). Returns the keys deleted."""
        deleted = 0
        pattern = f"modsvc:campaigns:v{VERSION}:*"
        for batch in _chunks(list(self.redis.scan_iter(match=pattern, count=1000)), 500):
            deleted += int(self.redis.delete(*batch))
        return deleted


def _chunks(items: list[bytes], size: int) -> list[list[bytes]]:
    return [items[start:start + size] for start in range(0, len(items), size)]


# ARGV: expire_at, n, bands_needed, the current and previous generations' hash names up to the
# shard, the blocked index's current and previous hashes, then per comment: token, bands,
# marks, and a shard and a field per bucket. Returns token, how (0 new, 1 bands, 2 mark), bands
# matched, per comment. A bucket's blocked field is "shard.field".
_ASSIGN = """
local expire_at = ARGV[1]
local n = tonumber(ARGV[2])
local needed = tonumber(ARGV[3])
local current, previous = ARGV[4], ARGV[5]
local blocked_now, blocked_before = ARGV[6], ARGV[7]
local a = 8
local out = {}
local counts, order, marked, nbands
local function tally(token, i)
    if i <= nbands then
        local seen = counts[token]
        if seen then
            counts[token] = seen + 1
        else
            counts[token] = 1
            order[#order + 1] = token
        end
    elseif not marked then
        marked = token
    end
end
for c = 1, n do
    local own = ARGV[a]
    nbands = tonumber(ARGV[a + 1])
    local total = nbands + tonumber(ARGV[a + 2])
    local first = a + 3
    a = first + 2 * total
    counts, order, marked = {}, {}, nil
    local written = {}
    if total > 0 then
        local dotted = {}
        for i = 1, total do
            dotted[i] = ARGV[first + 2 * i - 2] .. '.' .. ARGV[first + 2 * i - 1]
        end
        local held_now = redis.call('HMGET', blocked_now, unpack(dotted))
        local held_before = redis.call('HMGET', blocked_before, unpack(dotted))
        for i = 1, total do
            local shard, field = ARGV[first + 2 * i - 2], ARGV[first + 2 * i - 1]
            local t1 = redis.call('HGET', current .. shard, field)
            local t2 = redis.call('HGET', previous .. shard, field)
            written[i] = t1
            local t3, t4 = held_now[i], held_before[i]
            if t1 then tally(t1, i) end
            if t2 and t2 ~= t1 then tally(t2, i) end
            if t3 and t3 ~= t1 and t3 ~= t2 then tally(t3, i) end
            if t4 and t4 ~= t1 and t4 ~= t2 and t4 ~= t3 then tally(t4, i) end
        end
    end
    local best, most = nil, 0
    for _, token in ipairs(order) do
        if counts[token] > most then
            best, most = token, counts[token]
        end
    end
    local chosen, how = own, 0
    if best and most >= needed then
        chosen, how = best, 1
    elseif marked then
        chosen, how = marked, 2
    end
    for i = 1, total do
        -- A copy's buckets already name its group in this generation (and expire with it).
        if written[i] ~= chosen then
            local key = current .. ARGV[first + 2 * i - 2]
            -- The field "_" is set with every write, so two new fields mean a new hash: only
            -- then is its expiry set (once a generation, not once a write).
            if redis.call('HSET', key, ARGV[first + 2 * i - 1], chosen, '_', '1') == 2 then
                redis.call('EXPIREAT', key, expire_at)
            end
        end
    end
    out[#out + 1] = chosen
    out[#out + 1] = how
    out[#out + 1] = (how == 1) and most or 0
end
return out
"""
