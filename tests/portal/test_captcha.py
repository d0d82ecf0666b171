"""Stories of the captcha: people solve it by sight or by ear, bots cannot reuse it."""

from __future__ import annotations

import time
import wave
from collections.abc import Callable
from io import BytesIO

from redis import Redis

from modsvc.captcha import (
    ALPHABET,
    ANSWER_LENGTH,
    CLOCK_SKEW_SECONDS,
    LIFETIME_SECONDS,
    answer_for,
    issue_time,
    new_captcha_id,
)
from tests.conftest import SECRET, Portal, Service

GENUINE = "Terima kasih Pemkab, lampu jalan di desa kami sudah menyala lagi"


def test_the_answer_is_derived_from_the_secret_and_uses_no_look_alike_characters() -> None:
    answers = {answer_for(SECRET, f"id-{n}") for n in range(200)}

    assert len(answers) > 190
    for answer in answers:
        assert len(answer) == ANSWER_LENGTH
        assert set(answer) <= set(ALPHABET)
    assert not set("0O1IL5S2Z8B") & set(ALPHABET)
    assert answer_for("another-secret-of-enough-length", "id-1") != answer_for(SECRET, "id-1")


def test_a_reader_gets_an_image_and_an_audio_clip_that_nobody_caches(portal: Portal) -> None:
    issued = portal.client.post("/api/v1/captcha")
    body = issued.get_json()

    assert issued.status_code == 201
    assert body["expires_in"] == 300
    image = portal.client.get(body["image_url"])
    audio = portal.client.get(body["audio_url"])

    assert image.status_code == 200
    assert image.mimetype == "image/png"
    assert image.data.startswith(b"\x89PNG")
    assert image.headers["Cache-Control"] == "no-store"
    assert audio.status_code == 200
    assert audio.mimetype == "audio/wav"
    assert audio.headers["Cache-Control"] == "no-store"
    with wave.open(BytesIO(audio.data)) as clip:
        assert clip.getnframes() / clip.getframerate() > 1.0


def test_the_audio_is_made_once_per_challenge(portal: Portal) -> None:
    body = portal.client.post("/api/v1/captcha").get_json()

    first = portal.client.get(body["audio_url"]).data
    second = portal.client.get(body["audio_url"]).data
    refreshed_image = [portal.client.get(body["image_url"]).data for _ in range(2)]

    # The clip has random noise mixed in: equal bytes prove it was made only once.
    assert first == second
    assert refreshed_image[0] == refreshed_image[1]


def test_a_wrong_answer_is_refused_and_uses_the_challenge_up(portal: Portal) -> None:
    captcha_id, answer = portal.captcha()
    wrong = "A" if answer[0] != "A" else "C"

    refused = portal.client.post("/api/v1/comments", json={
        "article_id": "berita-1", "author_name": "Budi", "body": GENUINE,
        "captcha_id": captcha_id, "captcha_answer": wrong + answer[1:],
    })
    retried = portal.client.post("/api/v1/comments", json={
        "article_id": "berita-1", "author_name": "Budi", "body": GENUINE,
        "captcha_id": captcha_id, "captcha_answer": answer,
    })

    assert refused.status_code == 400
    assert refused.get_json()["error"]["code"] == "captcha_invalid"
    assert retried.status_code == 400
    assert retried.get_json()["error"]["code"] == "captcha_invalid"


def test_a_replayed_captcha_is_refused(portal: Portal) -> None:
    captcha_id, answer = portal.captcha()
    payload = {
        "article_id": "berita-1", "author_name": "Budi", "body": GENUINE,
        "captcha_id": captcha_id, "captcha_answer": answer.lower(),
    }

    first = portal.client.post("/api/v1/comments", json=payload)
    replay = portal.client.post("/api/v1/comments", json=payload)

    assert first.status_code == 202, "answers are compared case-insensitively"
    assert replay.status_code == 400
    assert replay.get_json()["error"]["code"] == "captcha_invalid"
    assert portal.client.get(f"/api/v1/captcha/{captcha_id}/image.png").status_code == 404


def test_an_expired_captcha_is_refused(portal: Portal) -> None:
    # Issued by this service (same secret) five minutes and a second ago.
    captcha_id = new_captcha_id(SECRET, issued_at=time.time() - LIFETIME_SECONDS - 1)
    still_live = new_captcha_id(SECRET, issued_at=time.time() - LIFETIME_SECONDS + 30)

    response = portal.client.post("/api/v1/comments", json={
        "article_id": "berita-1", "author_name": "Budi", "body": GENUINE,
        "captcha_id": captcha_id, "captcha_answer": answer_for(SECRET, captcha_id),
    })
    late_but_in_time = portal.client.post("/api/v1/comments", json={
        "article_id": "berita-1", "author_name": "Budi", "body": GENUINE,
        "captcha_id": still_live, "captcha_answer": answer_for(SECRET, still_live),
    })

    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "captcha_invalid"
    assert portal.client.get(f"/api/v1/captcha/{captcha_id}/image.png").status_code == 404
    assert late_but_in_time.status_code == 202
    stored = portal.client.get(f"/api/v1/comments/{late_but_in_time.get_json()['id']}")
    assert stored.status_code == 200


def test_a_made_up_or_altered_challenge_id_is_refused(portal: Portal) -> None:
    genuine = portal.client.post("/api/v1/captcha").get_json()["captcha_id"]
    # Another issue time under the same nonce and MAC, a MAC made with another secret, junk.
    altered = ("B" if genuine[0] != "B" else "C") + genuine[1:]
    foreign = new_captcha_id("a-secret-that-is-not-this-services-secret")
    forged = [altered, foreign, "x" * len(genuine), "ẞ" * len(genuine), "short"]

    answers = [
        portal.client.post("/api/v1/comments", json={
            "article_id": "berita-1", "author_name": "Budi", "body": GENUINE,
            "captcha_id": captcha_id, "captcha_answer": answer_for(SECRET, captcha_id),
        })
        for captcha_id in forged
    ]

    assert issue_time(SECRET, genuine) is not None
    assert [a.status_code for a in answers] == [400] * len(forged)
    assert {a.get_json()["error"]["code"] for a in answers} == {"captcha_invalid"}
    for captcha_id in forged[:3]:
        assert portal.client.get(f"/api/v1/captcha/{captcha_id}/image.png").status_code == 404


def test_asking_for_challenges_stores_nothing_until_one_is_used(
    portal: Portal, redis: Redis
) -> None:
    def captcha_keys() -> set[bytes]:
        return set(redis.scan_iter(match="modsvc:captcha:*", count=1000))

    before = captcha_keys()
    issued = [portal.client.post("/api/v1/captcha").get_json() for _ in range(50)]
    after_issuing = captcha_keys()
    portal.client.get(issued[0]["image_url"])
    captcha_id = issued[0]["captcha_id"]
    answered = portal.client.post("/api/v1/comments", json={
        "article_id": "berita-1", "author_name": "Budi", "body": GENUINE,
        "captcha_id": captcha_id, "captcha_answer": answer_for(SECRET, captcha_id),
    })
    left = captcha_keys() - before

    assert after_issuing == before, "issuing a challenge wrote to Redis"
    assert answered.status_code == 202
    # The drawn image went with the answer; the mark that it was used stays until expiry.
    assert left == {f"modsvc:captcha:{captcha_id}:used".encode()}
    assert LIFETIME_SECONDS < redis.ttl(next(iter(left))) <= LIFETIME_SECONDS + CLOCK_SKEW_SECONDS


def test_fetching_captcha_images_too_fast_is_rate_limited(
    make_service: Callable[..., Service]
) -> None:
    service = make_service(rate_limit_captcha="3/minute", rate_limit_captcha_audio="1/minute")
    issued = [service.client.post("/api/v1/captcha") for _ in range(4)]
    images = [service.client.get(i.get_json()["image_url"]) for i in issued]
    audio_url = issued[0].get_json()["audio_url"]
    audio = [service.client.get(audio_url) for _ in range(2)]

    # Issuing is free; a challenge can only be answered from its image or audio, and those
    # are what the limits count.
    assert [i.status_code for i in issued] == [201, 201, 201, 201]
    assert [i.status_code for i in images] == [200, 200, 200, 429]
    assert images[3].get_json()["error"]["code"] == "rate_limited"
    assert int(images[3].headers["Retry-After"]) > 0
    assert [a.status_code for a in audio] == [200, 429]
