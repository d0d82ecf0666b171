"""The shared index in a real Redis: how long a comment stays findable (one to two windows), a
blocked campaign much longer, everything expires on its own, and a worker's batch goes in
parts, each answered in order."""

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


def _fillers(count: int, start: int = 0) -> list[Entry]:
    return [_entry(f"c{n}", f"{GENUINE[n % 3]} nomor {n} di desa ke {n * 7}")
            for n in range(start, start + count)]


def test_a_batch_sent_in_parts_is_placed_in_order_and_later_parts_find_earlier_ones(
    redis: Redis,
) -> None:
    index = _index(redis)
    with index.assigning(NOW) as assigning:
        assigning.send([_entry("advert-0", ADVERT[0]), *_fillers(15)])
        assigning.send(_fillers(16, start=15))
        assigning.send([])  # a part with nothing to place sends nothing
        assigning.send([_entry("advert-1", ADVERT[1]), _entry("advert-2", ADVERT[2])])
        placed = assigning.receive()
    first, second, third = placed[:16], placed[16:32], placed[32:]

    assert [len(first), len(second), len(third)] == [16, 16, 2]
    assert index.assign([], NOW) == []
    assert first[0].how == How.NEW
    assert [(p.token, p.how) for p in third] == [("advert-0", How.BANDS)] * 2
    # The fillers are the same three sentences numbered: each joins the first of its kind,
    # placed before it, in its own part or an earlier one.
    fillers = [int(p.token[1:]) for p in first[1:] + second]
    assert fillers == [n if n < 3 else n % 3 for n in range(31)]


def test_a_batch_given_up_before_its_answers_leaves_the_connection_clean(redis: Redis) -> None:
    """A worker whose judging fails after sending a part never reads its answer: the next
    command on the same client must not read that stale answer as its own."""
    index = _index(redis)
    try:
        with index.assigning(NOW) as assigning:
            assigning.send([_entry("advert-0", ADVERT[0]), *_fillers(15)])
            raise RuntimeError("the model failed on the next part")
    except RuntimeError:
        pass

    redis.set("after", "a plain value")

    assert redis.get("after") == b"a plain value"
    [found] = index.assign([_entry("advert-1", ADVERT[1])], NOW)
    assert (found.token, found.how) == ("advert-0", How.BANDS)


def test_parts_sent_after_a_long_judging_still_get_their_own_answers(
    redis: Redis, redis_url: str
) -> None:
    """The service's Redis client checks a connection's health (a PING) when it was idle for a
    while; between two parts, that PING must not read the first part's answer."""
    # As services.py makes it, with a shorter interval (the ``redis`` fixture empties the
    # database before and after).
    client = Redis.from_url(redis_url, health_check_interval=0.01)
    index = _index(client)
    with index.assigning(NOW) as assigning:
        assigning.send([_entry("advert-0", ADVERT[0])])
        time.sleep(0.05)  # judging the next part
        assigning.send([_entry("advert-1", ADVERT[1])])
        first, second = assigning.receive()
    client.close()

    assert (first.token, first.how) == ("advert-0", How.NEW)
    assert (second.token, second.how) == ("advert-0", How.BANDS)
