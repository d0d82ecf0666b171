"""The index of recent comments' fingerprints in Redis, shared by every worker (issue 18).

Each comment's LSH band keys and marks (:mod:`classifiers.fingerprints`) are buckets; a bucket
holds the token of the group that wrote it last (a group's token is the id of its first
comment). A worker's micro-batch is looked up and written by one Lua script per part,
sent as soon as the part is judged and answered after the last (:class:`Assigning`), so the
cost per comment is a share of a round trip that overlaps the worker's own work, and two
workers never see half of each other's parts.

Memory stays bounded by time, not by a count: buckets live in generations of the campaign
window (``MODSVC_CAMPAIGN_WINDOW_HOURS``). Writes go to the current generation; look-ups read it
and the previous one, so a bucket is found for between one and two windows after its last
write, and a whole generation expires at once (``EXPIREAT``). Buckets are packed into Redis
hashes, 65,536 per generation by the top bits of the key, so a million comments cost hashes of
about 120 small fields each (Redis's compact listpack encoding) rather than eight million keys.
Campaigns people marked spam also have buckets in a blocked index (one hash per generation of
``MODSVC_CAMPAIGN_BLOCK_DAYS``, read with one ``HMGET`` per batch: few comments are ever
blocked), so their next variants are caught long after the window. Blocks stand in SQL; when
Redis loses the index, the sweeper writes them back (:meth:`CampaignIndex.holds_blocks`).
"""

from __future__ import annotations

import logging
import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis import Redis

from classifiers.fingerprints import VERSION, Fingerprint, mark_key

logger = logging.getLogger(__name__)

SHARD_BITS = 16
# The index's own layout, in its keys' names beside the fingerprints' version: 2 since buckets
# travel and are stored as hexadecimal.
LAYOUT = 2
# Two bands must agree for a match (see classifiers.fingerprints); one mark is enough.
BANDS_NEEDED = 2
# Seconds a generation's keys outlive the moment they stop being read (clocks of workers on
# different machines may disagree a little).
EXPIRY_SLACK_SECONDS = 300
# Present while this Redis holds the standing blocks (see CampaignIndex.holds_blocks).
_BLOCKS_RESTORED = f"modsvc:campaigns:v{VERSION}.{LAYOUT}:blocks-restored"


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
    def of(cls, comment_id: str, found: Fingerprint) -> Entry:
        """An entry from a fingerprint (its marks count: fingerprint without them, with
        ``fingerprint(..., marks="none")``, where they must not)."""
        marks = tuple(mark_key(mark) for mark in found.marks)
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

    key_template = "modsvc:campaigns:v{version}.{layout}:{generation}:{shard}"
    # Few comments are ever blocked: one hash per generation, read once per batch.
    blocked_template = "modsvc:campaigns:v{version}.{layout}:blocked:{generation}"

    def __init__(self, redis: Redis, window_seconds: int, block_seconds: int) -> None:
        self.redis = redis
        self.window_seconds = window_seconds
        self.block_seconds = block_seconds

    def _generations(self, now: float) -> _Generations:
        current = math.floor(now / self.window_seconds)
        blocked = math.floor(now / self.block_seconds)
        return _Generations(
            current=current,
            expire_at=(current + 2) * self.window_seconds + EXPIRY_SLACK_SECONDS,
            blocked_current=blocked,
            blocked_expire_at=(blocked + 2) * self.block_seconds + EXPIRY_SLACK_SECONDS,
        )

    def _blocked_key(self, generation: int) -> str:
        return self.blocked_template.format(version=VERSION, layout=LAYOUT, generation=generation)

    def _names(self, gens: _Generations) -> list[str]:
        """The current and previous generations' hash names up to the shard, and the blocked
        index's two hashes."""
        return [self.key_template.format(version=VERSION, layout=LAYOUT, generation=generation,
                                         shard="")
                for generation in (gens.current, gens.current - 1)] + [
                self._blocked_key(gens.blocked_current),
                self._blocked_key(gens.blocked_current - 1)]

    def assign(self, entries: Sequence[Entry], now: float) -> list[Placement]:
        """Find each comment's group and record its buckets as that group's, in order (a
        comment finds those before it in the same batch). One round trip for the batch."""
        with self.assigning(now) as assigning:
            assigning.send(entries)
            return assigning.receive()

    def assigning(self, now: float) -> Assigning:
        """Send parts of a batch to be assigned one after another without waiting, and read
        their placements at the end (see :class:`Assigning`)."""
        gens = self._generations(now)
        return Assigning(self.redis, [gens.expire_at, BANDS_NEEDED, *self._names(gens)])

    def remember_blocked(self, token: str, entries: Sequence[Entry], now: float) -> None:
        """Record the buckets of a blocked campaign's members in the blocked index."""
        if not entries:
            return
        gens = self._generations(now)
        joined = _buckets([key for entry in entries for key in entry.keys])
        fields = [joined[start:start + 12] for start in range(0, len(joined), 12)]
        name = self._blocked_key(gens.blocked_current)
        with self.redis.pipeline() as pipe:
            pipe.hset(name, mapping=dict.fromkeys(fields, token))
            pipe.expireat(name, gens.blocked_expire_at)
            pipe.execute()

    def holds_blocks(self) -> bool:
        """Whether this Redis's index was given the standing blocks (the marker goes with the
        data: after a restart without persistence, a flush or a new layout, it is gone, and
        :func:`modsvc.campaigns.restore_blocks` writes them back)."""
        return bool(self.redis.exists(_BLOCKS_RESTORED))

    def mark_holds_blocks(self) -> None:
        """Record that the standing blocks are in the index."""
        self.redis.set(_BLOCKS_RESTORED, "1")

    def clear(self) -> int:
        """Forget every bucket (operators' reset; tests). Returns the keys deleted."""
        deleted = 0
        pattern = "modsvc:campaigns:*"  # earlier versions' and layouts' keys too
        for batch in _chunks(list(self.redis.scan_iter(match=pattern, count=1000)), 500):
            deleted += int(self.redis.delete(*batch))
        return deleted


class Assigning:
    """Parts of a worker's batch sent to the index on one connection, each as soon as it is
    ready, their placements read after the last: Redis runs a part's look-ups on a core of its
    own while the worker judges the next part (pipelining, one thread, no waiting until the
    end). Parts are assigned in the order they were sent.

    The script travels whole with each part (``EVAL``): Redis keeps it compiled under its
    digest, and nothing needs loading again after Redis restarts. The script builds the
    hashes' names from the generations' prefixes and each bucket's shard (a standalone Redis,
    as DESIGN.md has it: no cluster slots to declare). Each comment travels as two arguments,
    its id and its buckets packed as hexadecimal, because encoding twenty small arguments a
    comment cost the worker more than the look-ups.
    """

    def __init__(self, redis: Redis, head: list[str | int]) -> None:
        self._pool = redis.connection_pool
        self._connection: Any = None
        self._head = head
        self._sent: list[int] = []

    def __enter__(self) -> Assigning:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._connection is None:
            return
        if self._sent:  # replies left unread (an error): the connection cannot be reused
            self._connection.disconnect()
        self._pool.release(self._connection)
        self._connection = None

    def send(self, entries: Sequence[Entry]) -> None:
        """Send a part (nothing for an empty one)."""
        if not entries:
            return
        if self._connection is None:
            self._connection = self._pool.get_connection()
        args: list[str | int] = [self._head[0], len(entries), *self._head[1:]]
        for entry in entries:
            args += [entry.comment_id, _packed(entry)]
        # A health check (PING) reads the next reply on the connection: only before the first
        # part, while none is pending, or it would take a part's answer for its own.
        self._connection.send_command("EVAL", _ASSIGN, 0, *args, check_health=not self._sent)
        self._sent.append(len(entries))

    def receive(self) -> list[Placement]:
        """The placement of every comment sent, in the order sent (waits for the last part)."""
        placements = []
        while self._sent:
            raw = self._connection.read_response()
            count = self._sent.pop(0)
            placements += [_placement(raw[3 * i: 3 * i + 3]) for i in range(count)]
        return placements


def _placement(raw: list[Any]) -> Placement:
    token, how, matched = raw
    return Placement(token.decode() if isinstance(token, bytes) else str(token), int(how),
                     int(matched))


def _buckets(keys: Sequence[int]) -> str:
    """Each key's bucket as 12 hexadecimal digits, one after another: the top
    :data:`SHARD_BITS` name its hash, the low 32 bits are its field (within one hash of a few
    hundred fields a false collision is a one-in-ten-million event, and a match needs two bands
    anyway). The blocked index's field is the whole of it. Packed as bytes and written out in
    one go (2 µs a comment; formatting each number took 5)."""
    halves: list[int] = []
    for key in keys:
        halves += (key >> (64 - SHARD_BITS), key & 0xFFFFFFFF)
    return struct.pack(f">{'HI' * len(keys)}", *halves).hex()


def _packed(entry: Entry) -> str:
    """A comment's buckets as one argument: the number of band keys (one digit), then its
    buckets (:func:`_buckets`), so the script only cuts strings (converting numbers in Lua
    costs about as much as a look-up)."""
    return f"{entry.bands}" + _buckets(entry.keys)


def _chunks(items: list[bytes], size: int) -> list[list[bytes]]:
    return [items[start:start + size] for start in range(0, len(items), size)]


# ARGV: expire_at, n, bands_needed, the current and previous generations' hash names up to the
# shard, the blocked index's current and previous hashes, then per comment: its token and its
# packed buckets (see _packed). Returns token, how (0 new, 1 bands, 2 mark), bands matched, per
# comment.
#
# Redis calls per comment: one HGET per bucket in the current generation, one in the previous
# only where the current holds nothing (a bucket names the group that wrote it last), and one
# HSET per bucket whose group changed; the blocked index is read for the whole batch at once.
# Two other layouts were measured and dropped: a presence bitmap per generation read with one
# BITFIELD per batch (its GETs cost as much as the HGETs they saved), and 64 hashes per
# generation read with one HMGET each (as fast: the time is in the buckets, not the calls, and
# hashes that large lose Redis's compact encoding).
_ASSIGN = """
local expire_at = ARGV[1]
local n = tonumber(ARGV[2])
local needed = tonumber(ARGV[3])
local current, previous = ARGV[4], ARGV[5]
local blocked_now, blocked_before = ARGV[6], ARGV[7]
local sub = string.sub
-- Every bucket of the batch: its hash's shard, its field, and the two together.
local shards, fields, buckets = {}, {}, {}
local k = 0
for c = 1, n do
    local packed = ARGV[7 + 2 * c]
    for s = 2, #packed, 12 do
        k = k + 1
        shards[k] = sub(packed, s, s + 3)
        fields[k] = sub(packed, s + 4, s + 11)
        buckets[k] = sub(packed, s, s + 11)
    end
end
-- The blocked index for the whole batch, in chunks that unpack can hold.
local held_now, held_before = {}, {}
for first = 1, #buckets, 4000 do
    local last = math.min(first + 3999, #buckets)
    local now_part = redis.call('HMGET', blocked_now, unpack(buckets, first, last))
    local before_part = redis.call('HMGET', blocked_before, unpack(buckets, first, last))
    for i = first, last do
        held_now[i], held_before[i] = now_part[i - first + 1], before_part[i - first + 1]
    end
end
local out = {}
local counts, order, marked, nbands, held
local function tally(token, i, from_blocked)
    if from_blocked then held[token] = true end
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
local base = 0
for c = 1, n do
    local own = ARGV[6 + 2 * c]
    local packed = ARGV[7 + 2 * c]
    nbands = tonumber(sub(packed, 1, 1))
    local total = (#packed - 1) / 12
    counts, order, marked, held = {}, {}, nil, {}
    local written = {}
    for i = 1, total do
        local k = base + i
        local t1 = redis.call('HGET', current .. shards[k], fields[k])
        local t2 = false
        if not t1 then t2 = redis.call('HGET', previous .. shards[k], fields[k]) end
        written[i] = t1
        local t3, t4 = held_now[k], held_before[k]
        if t1 then tally(t1, i) end
        if t2 then tally(t2, i) end
        if t3 and t3 ~= t1 and t3 ~= t2 then tally(t3, i, true) end
        if t4 and t4 ~= t1 and t4 ~= t2 and t4 ~= t3 then tally(t4, i, true) end
    end
    local best, most = nil, 0
    -- The group with most bands; on a tie, a blocked campaign (a variant that also matches
    -- an ordinary group, say one begun after Redis lost the window, is still caught).
    for _, token in ipairs(order) do
        local count = counts[token]
        if count > most or (count == most and held[token] and not held[best]) then
            best, most = token, count
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
            local k = base + i
            local key = current .. shards[k]
            -- The field "_" is set with every write, so two new fields mean a new hash: only
            -- then is its expiry set (once a generation, not once a write).
            if redis.call('HSET', key, fields[k], chosen, '_', '1') == 2 then
                redis.call('EXPIREAT', key, expire_at)
            end
        end
    end
    base = base + total
    out[#out + 1] = chosen
    out[#out + 1] = how
    out[#out + 1] = (how == 1) and most or 0
end
return out
"""
