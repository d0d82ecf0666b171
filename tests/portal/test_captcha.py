"""Stories of the captcha: people solve it by sight or by ear, bots cannot reuse it."""

from __future__ import annotations

import wave
from collections.abc import Callable
from io import BytesIO

from redis import Redis

from modsvc.captcha import ALPHABET, ANSWER_LENGTH, Captchas, answer_for
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


def test_an_expired_captcha_is_refused(portal: Portal, redis: Redis) -> None:
    captcha_id, answer = portal.captcha()
    # Let Redis expire it for real, as five minutes would.
    redis.pexpire(Captchas.key_template.format(id=captcha_id), 1)
    while redis.exists(Captchas.key_template.format(id=captcha_id)):
        pass

    response = portal.client.post("/api/v1/comments", json={
        "article_id": "berita-1", "author_name": "Budi", "body": GENUINE,
        "captcha_id": captcha_id, "captcha_answer": answer,
    })

    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "captcha_invalid"


def test_asking_for_captchas_too_fast_is_rate_limited(make_service: Callable[..., Service]) -> None:
    service = make_service(rate_limit_captcha="3/minute", rate_limit_captcha_audio="1/minute")
    answers = [service.client.post("/api/v1/captcha") for _ in range(4)]
    audio_url = answers[0].get_json()["audio_url"]
    audio = [service.client.get(audio_url) for _ in range(2)]

    assert [a.status_code for a in answers] == [201, 201, 201, 429]
    assert answers[3].get_json()["error"]["code"] == "rate_limited"
    assert int(answers[3].headers["Retry-After"]) > 0
    assert [a.status_code for a in audio] == [200, 429]
