"""Stories of things going wrong: Redis down, enqueues lost, jobs run twice, restarts."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from modsvc import create_app
from modsvc.config import ConfigError, load_settings
from modsvc.queues import (
    OVERDUE_RETRY_SECONDS,
    SCORING_QUEUE,
    fetch_job,
    job_queue,
    scoring_job_id,
    waiting_scoring_jobs,
)
from modsvc.redis_server import free_port
from modsvc.services import Services
from modsvc.storage import Comment, ModerationEvent, utcnow
from tests.conftest import Service
from workers import jobs
from workers.worker import Sweeper

BODY = "Pupuk subsidi di kios desa kami kosong sudah dua minggu, petani bingung"


def test_with_redis_unreachable_the_portal_gets_503_and_nothing_is_stored(
    make_settings: Callable[..., object], services: Services
) -> None:
    down = make_settings(redis_url=f"redis://127.0.0.1:{free_port()}/0")
    app = create_app(down)  # type: ignore[arg-type]
    client = app.test_client()

    captcha = client.post("/api/v1/captcha")
    image = client.get(captcha.get_json()["image_url"])
    comment = client.post("/api/v1/comments", json={
        "article_id": "berita-1", "author_name": "Budi", "body": BODY,
        "captcha_id": captcha.get_json()["captcha_id"], "captcha_answer": "AAAAA",
    })

    # Issuing a challenge stores nothing; drawing it and answering it need Redis.
    assert captcha.status_code == 201
    for response in (image, comment):
        assert response.status_code == 503
        assert response.get_json()["error"]["code"] == "unavailable"
        assert int(response.headers["Retry-After"]) > 0
    with services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 0
    app.extensions["modsvc"].close()


def test_a_comment_whose_enqueue_was_lost_is_scored_by_the_sweeper(
    service: Service,
) -> None:
    posted = service.portal.post(BODY).get_json()
    service.services.redis.delete(f"rq:queue:{SCORING_QUEUE}")  # the enqueue is lost
    service.services.redis.delete(f"rq:job:score-{posted['id']}")

    assert jobs.sweep_received() == 0, "a fresh comment is left alone for a minute"
    with service.services.db.session() as session:
        session.execute(
            update(Comment).values(created_at=utcnow() - timedelta(seconds=61))
        )
    assert jobs.sweep_received() == 1
    service.drain()

    status = service.client.get(f"/api/v1/comments/{posted['id']}").get_json()["status"]
    assert status != "received"


def test_the_sweeper_leaves_comments_whose_job_still_waits(service: Service) -> None:
    service.portal.post(BODY)
    with service.services.db.session() as session:
        session.execute(update(Comment).values(created_at=utcnow() - timedelta(seconds=300)))

    assert jobs.sweep_received() == 0


def test_a_scoring_job_run_twice_changes_nothing_the_second_time(service: Service) -> None:
    posted = service.portal.post(BODY).get_json()
    service.drain()
    with service.services.db.session() as session:
        before = session.get(Comment, posted["id"])

    again = jobs.score_comment(posted["id"])

    assert again is None
    with service.services.db.session() as session:
        after = session.get(Comment, posted["id"])
        events = session.scalar(
            select(func.count()).select_from(ModerationEvent)
            .where(ModerationEvent.comment_id == posted["id"])
        )
    assert before is not None
    assert after is not None
    assert (after.status, after.score, after.scored_at) == (
        before.status, before.score, before.scored_at
    )
    assert events == 2


def test_a_job_for_an_unknown_comment_does_nothing(service: Service) -> None:
    assert jobs.score_comment("no-such-comment") is None


def test_comments_survive_a_restart_of_the_web_process(
    make_service: Callable[..., Service], tiny_model: object
) -> None:
    first = make_service()
    posted = first.portal.post(BODY).get_json()
    first.services.close()

    second = Service(first.settings, tiny_model)  # type: ignore[arg-type]
    second.drain()

    status = second.client.get(f"/api/v1/comments/{posted['id']}").get_json()
    assert status["status"] in {"pending", "spam"}
    second.services.close()


def test_a_comment_taken_off_the_queue_by_a_killed_worker_is_swept(service: Service) -> None:
    posted = service.portal.post(BODY).get_json()
    # A worker pops the job (its status still says queued) and dies before running it.
    service.services.redis.lpop(f"rq:queue:{SCORING_QUEUE}")
    with service.services.db.session() as session:
        session.execute(update(Comment).values(created_at=utcnow() - timedelta(seconds=61)))

    assert jobs.sweep_received() == 1
    service.drain()

    status = service.client.get(f"/api/v1/comments/{posted['id']}").get_json()["status"]
    assert status != "received"


def test_a_retry_left_behind_by_a_dead_scheduler_is_taken_over_by_the_sweeper(
    service: Service,
) -> None:
    posted = service.portal.post(BODY).get_json()
    redis = service.services.redis
    queue = job_queue(SCORING_QUEUE, redis)
    job = fetch_job(scoring_job_id(posted["id"]), redis)
    with service.services.db.session() as session:
        session.execute(update(Comment).values(created_at=utcnow() - timedelta(seconds=300)))
    # The first try failed and RQ scheduled a retry; a retry still to come is left alone...
    queue.remove(job)
    queue.schedule_job(job, utcnow() + timedelta(seconds=30))
    assert jobs.sweep_received() == 0
    # ...but one long overdue means no scheduler is left to move it (a Redis outage kills it).
    queue.schedule_job(job, utcnow() - timedelta(seconds=OVERDUE_RETRY_SECONDS + 5))
    assert jobs.sweep_received() == 1
    service.drain()

    status = service.client.get(f"/api/v1/comments/{posted['id']}").get_json()["status"]
    assert status != "received"


def test_an_operator_can_shorten_the_sweepers_wait(make_service: Callable[..., Service]) -> None:
    service = make_service(sweep_after_seconds="6")
    posted = service.portal.post(BODY).get_json()
    redis = service.services.redis
    redis.delete(f"rq:queue:{SCORING_QUEUE}")  # the enqueue is lost
    redis.delete(f"rq:job:score-{posted['id']}")
    sweeper = Sweeper(redis, sweep_after=service.settings.sweep_after_seconds)
    assert sweeper.interval == 2.0, "a round at least every third of the wait"

    sweeper.start()
    try:
        deadline = time.monotonic() + 20
        while scoring_job_id(posted["id"]) not in waiting_scoring_jobs(redis):
            assert time.monotonic() < deadline, "the sweeper never took the comment back"
            time.sleep(0.2)
    finally:
        sweeper.stop()
    service.drain()

    status = service.client.get(f"/api/v1/comments/{posted['id']}").get_json()["status"]
    assert status != "received"


def test_a_sweep_wait_too_short_to_be_safe_is_refused() -> None:
    with pytest.raises(ConfigError, match="MODSVC_SWEEP_AFTER_SECONDS"):
        load_settings({"MODSVC_SWEEP_AFTER_SECONDS": "1"})
