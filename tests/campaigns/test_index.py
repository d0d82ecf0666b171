"""The shared index in a real Redis: how long a comment stays findable (one to two windows), a
blocked campaign much longer, everything expires on its own, and a worker's batch costs one
round trip."""

from __future__ import annotations

import time

from redis import Redis

from classifiers.fingerprints import fingerprint
from classifiers.text import normalise
from modsvc.campaign_index import CampaignIndex, Entry, How
from tests.campaigns.conftest import ADVERT, GENUINE, NEXT_VARIANT

HOUR = 3600
DAY = 24 * HOUR
NOW = 1_800_000_000.0  # a fixed clock: the generations are numbered from it


def _entry(comment_id: str, text: str) -> Entry:
    return Entry.of(comment_id, fingerprint(normalise(text)))


def _index(redis: Redis) -> CampaignIndex:
    return CampaignIndex(redis, window_seconds=DAY, block_seconds=30 * DAY)


def test_a_near_duplicate_finds_its_group_for_one_to_two_windows_then_no_more(
    redis: Redis,
) -> None:
    index = _index(redis)
    start = (NOW // DAY) * DAY  # the beginning of a generation
    [first] = index.assign([_entry("first", ADVERT[0])], start + HOUR)

    within = index.assign([_entry("later", ADVERT[1])], start + DAY + 20 * HOUR)
    gone = _index(redis).assign([_entry("much-later", ADVERT[2])], start + 3 * DAY)

    assert first.how == How.NEW
    assert (within[0].token, within[0].how) == ("first", How.BANDS)
    assert within[0].bands_matched >= 2
    assert (gone[0].token, gone[0].how) == ("much-later", How.NEW)


def test_comments_of_one_batch_find_each_other_and_strangers_stay_apart(redis: Redis) -> None:
    placed = _index(redis).assign(
        [_entry(f"advert-{n}", text) for n, text in enumerate(ADVERT)]
        + [_entry(f"citizen-{n}", text) for n, text in enumerate(GENUINE)], NOW)

    assert [p.token for p in placed[:len(ADVERT)]] == ["advert-0"] * len(ADVERT)
    assert [p.token for p in placed[len(ADVERT):]] == [f"citizen-{n}"
                                                      for n in range(len(GENUINE))]


def test_a_blocked_campaign_is_found_long_after_its_window(redis: Redis) -> None:
    index = _index(redis)
    index.assign([_entry("anchor", ADVERT[0])], NOW)
    index.remember_blocked("anchor", [_entry("anchor", text) for text in ADVERT], NOW)

    [found] = index.assign([_entry("next", NEXT_VARIANT)], NOW + 10 * DAY)

    assert (found.token, found.how) == ("anchor", How.BANDS)


def test_every_key_expires_by_itself(redis: Redis) -> None:
    index = _index(redis)
    now = time.time()
    index.assign([_entry(f"c{n}", text) for n, text in enumerate(ADVERT + GENUINE)], now)
    index.remember_blocked("c0", [_entry("c0", ADVERT[0])], now)

    keys = list(redis.scan_iter(match="modsvc:campaigns:*"))

    assert keys
    assert all(0 < redis.ttl(key) <= 2 * 30 * DAY + 300 for key in keys)


def test_a_batch_of_64_is_one_round_trip(redis: Redis) -> None:
    index = _index(redis)
    entries = [_entry(f"c{n}", f"{GENUINE[n % 3]} nomor {n} di desa ke {n * 7}")
               for n in range(64)]
    index.assign(entries[:1], NOW)  # the script is loaded once per process
    calls = []
    original = redis.execute_command

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args[0])
        return original(*args, **kwargs)

    redis.execute_command = counting  # type: ignore[method-assign]
    try:
        index.assign(entries, NOW)
    finally:
        redis.execute_command = original  # type: ignore[method-assign]

    assert calls == ["EVALSHA"]
