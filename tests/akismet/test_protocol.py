"""Akismet's protocol as raw form posts: the error answers, the GUID, old clients and limits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from modsvc.accounts import create_token
from modsvc.akismet import RATE_LIMIT, article_id_for
from modsvc.config import ConfigError, load_settings
from modsvc.model_store import ACTIVE_KEY
from modsvc.storage import ModelVersion
from tests.akismet.conftest import SITE, history, source_of, stored
from tests.conftest import Service

GENUINE = "Harga beras di pasar naik lagi, mohon pemerintah turun tangan"
GAMBLING = "SLOT GACOR hari ini maxwin 🔥 depo 10k wd lancar di pulauwin88 . com daftar sekarang"


def form(key: str, **fields: str) -> dict[str, str]:
    """A comment-check form as WordPress sends it (form fields override)."""
    values = {
        "api_key": key,
        "blog": SITE,
        "user_ip": "203.0.113.7",
        "user_agent": "Mozilla/5.0",
        "comment_type": "comment",
        "comment_author": "Siti",
        "comment_content": GENUINE,
    }
    values.update(fields)
    return {k: v for k, v in values.items() if v is not None}


def check(service: Service, key: str, **fields: Any) -> Any:
    return service.client.post("/1.1/comment-check", data=form(key, **fields))


def test_a_check_with_a_wrong_key_answers_invalid_in_plain_text_with_debug_help(
    service: Service,
) -> None:
    response = check(service, "msv_wrong")

    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    assert response.get_data(as_text=True) == "invalid"
    assert "scope akismet" in response.headers["X-akismet-debug-help"]
    assert stored(service) == []


def test_a_moderators_token_is_not_an_akismet_key(service: Service) -> None:
    moderate = create_token(service.services, "dewi", "moderate").secret

    response = check(service, moderate)

    assert response.get_data(as_text=True) == "invalid"


@pytest.mark.parametrize("missing", ["blog", "user_ip", "api_key"])
def test_a_check_missing_a_required_field_answers_invalid_naming_it(
    service: Service, akismet_key: str, missing: str
) -> None:
    response = service.client.post(
        "/1.1/comment-check", data={k: v for k, v in form(akismet_key).items() if k != missing}
    )

    assert response.get_data(as_text=True) == "invalid"
    assert response.headers["X-akismet-debug-help"] == f'Empty "{missing}" value'
    assert stored(service) == []


def test_verify_key_takes_the_key_as_key_or_api_key_and_needs_the_blog(
    service: Service, akismet_key: str
) -> None:
    def verify(**fields: str) -> str:
        return service.client.post("/1.1/verify-key", data=fields).get_data(as_text=True)

    assert verify(key=akismet_key, blog=SITE) == "valid"
    assert verify(api_key=akismet_key, blog=SITE) == "valid"
    assert verify(key=akismet_key) == "invalid"
    assert verify(key=akismet_key.upper(), blog=SITE) == "invalid"


def test_an_old_client_puts_the_key_in_the_subdomain(service: Service, akismet_key: str) -> None:
    response = service.client.post(
        "/1.1/comment-check",
        data=form("", api_key=None),
        headers={"Host": f"{akismet_key}.modsvc.test"},
    )

    assert response.get_data(as_text=True) == "false"
    assert len(stored(service)) == 1


def test_each_check_answers_with_a_guid_and_a_report_by_guid_labels_that_comment(
    service: Service, akismet_key: str
) -> None:
    first = check(service, akismet_key)
    second = check(service, akismet_key)
    guid = first.headers["X-akismet-guid"]
    assert guid != second.headers["X-akismet-guid"]

    # The site edited the text before reporting; the GUID still names the comment.
    response = service.client.post(
        "/1.1/submit-spam", data=form(akismet_key, guid=guid, comment_content="(edited)")
    )

    assert response.get_data(as_text=True) == "Thanks for making the web a better place."
    statuses = {c.id: c.status for c in stored(service)}
    assert statuses == {guid: "spam", second.headers["X-akismet-guid"]: "approved"}


def test_another_key_cannot_relabel_a_comment_through_its_guid(
    service: Service, akismet_key: str
) -> None:
    guid = check(service, akismet_key).headers["X-akismet-guid"]
    other_key = create_token(service.services, "other-site", "akismet").secret

    service.client.post("/1.1/submit-spam", data=form(other_key, guid=guid))

    [mine, theirs] = stored(service)
    assert (mine.id, mine.status) == (guid, "approved")
    assert theirs.status == "spam"
    assert source_of(theirs)["token_name"] == "other-site"


def test_a_portal_comment_cannot_be_relabelled_through_akismet(
    service: Service, akismet_key: str
) -> None:
    posted = service.portal.post(GENUINE, author_name="Siti").get_json()

    service.client.post("/1.1/submit-spam", data=form(akismet_key, guid=posted["id"]))

    [portal_comment] = stored(service, id=posted["id"])
    assert portal_comment.status == "received"
    assert history(service, posted["id"]) == [(None, "received", "portal")]


def test_a_recheck_of_a_stored_comment_is_answered_without_storing_it_twice(
    service: Service, akismet_key: str
) -> None:
    guid = check(service, akismet_key).headers["X-akismet-guid"]

    again = check(service, akismet_key, recheck_reason="edit")

    assert again.get_data(as_text=True) == "false"
    assert again.headers["X-akismet-guid"] == guid
    assert [c.id for c in stored(service)] == [guid]


@pytest.mark.parametrize(
    "honeypot",
    [
        {"honeypot_field_name": "hp_website", "hp_website": "http://bot.example"},
        {"POST_ak_hp_textarea": "filled by a bot"},
    ],
    ids=["named-by-the-site", "wordpress-plugin-field"],
)
def test_a_filled_honeypot_is_blatant_spam(
    service: Service, akismet_key: str, honeypot: dict[str, str]
) -> None:
    response = check(service, akismet_key, **honeypot)

    assert response.get_data(as_text=True) == "true"
    assert response.headers["X-akismet-pro-tip"] == "discard"
    [comment] = stored(service)
    assert comment.honeypot is True
    assert comment.status == "spam"


def test_a_honeypot_name_that_is_an_akismet_field_is_ignored(
    service: Service, akismet_key: str
) -> None:
    response = check(service, akismet_key, honeypot_field_name="comment_content")

    assert response.get_data(as_text=True) == "false"


def test_spam_by_a_thin_margin_gets_no_discard_tip(
    make_service: Callable[..., Service],
) -> None:
    service = make_service(spam_threshold="0.1")
    key = create_token(service.services, "wp-berita", "akismet").secret
    borderline = "Warung kopi di pojok pasar jual kupon undian, ramai sekali tiap Minggu pagi"

    response = check(service, key, comment_content=borderline)

    assert response.get_data(as_text=True) == "true"
    assert "X-akismet-pro-tip" not in response.headers
    [comment] = stored(service)
    assert comment.score is not None
    assert 0.1 <= comment.score < 0.55  # spam, but not half-way from the threshold to 1


def test_a_check_without_text_is_never_called_spam(service: Service, akismet_key: str) -> None:
    response = check(service, akismet_key, comment_content="", comment_type="signup")

    assert response.get_data(as_text=True) == "false"
    [comment] = stored(service)
    assert comment.status == "approved"
    assert comment.score is None
    assert [r["code"] for r in comment.reasons or []] == ["no_text", "source_akismet"]


def test_a_latin1_blog_is_read_in_its_own_charset(service: Service, akismet_key: str) -> None:
    body = (
        f"api_key={akismet_key}&blog=http%3A%2F%2Fold.example&user_ip=198.51.100.4"
        "&blog_charset=ISO-8859-1&comment_author=Andr%E9&comment_content=Caf%E9+enak+sekali"
    )

    response = service.client.post(
        "/1.1/comment-check", data=body, content_type="application/x-www-form-urlencoded"
    )

    assert response.get_data(as_text=True) in {"true", "false"}
    [comment] = stored(service)
    assert (comment.author_name, comment.body) == ("André", "Café enak sekali")


def test_usage_limit_answers_a_get_with_the_key_in_the_query(
    service: Service, akismet_key: str
) -> None:
    check(service, akismet_key)

    response = service.client.get("/1.2/usage-limit", query_string={"api_key": akismet_key})

    assert response.get_json() == {
        "limit": "none", "usage": 1, "percentage": "0.00", "throttled": False
    }


def test_a_flood_on_one_key_is_refused_in_plain_text_while_other_keys_go_on(
    service: Service, akismet_key: str
) -> None:
    allowed = int(RATE_LIMIT.split("/")[0])
    other_key = create_token(service.services, "other-site", "akismet").secret

    def verify(key: str) -> Any:
        return service.client.post("/1.1/verify-key", data={"key": key, "blog": SITE})

    answers = {verify(akismet_key).status_code for _ in range(allowed)}
    refused = check(service, akismet_key)

    assert answers == {200}
    assert refused.status_code == 429
    assert refused.mimetype == "text/plain"
    assert int(refused.headers["Retry-After"]) > 0
    assert verify(other_key).get_data(as_text=True) == "valid"


def test_made_up_keys_share_their_sender_s_budget_and_are_refused_after_it(
    service: Service, akismet_key: str
) -> None:
    allowed = int(RATE_LIMIT.split("/")[0])

    answers = [service.client.post("/1.1/verify-key",
                                   data={"key": f"msv_random-{n}", "blog": SITE})
               for n in range(allowed + 10)]

    assert {a.get_data(as_text=True) for a in answers[:allowed]} == {"invalid"}
    assert {a.status_code for a in answers[allowed:]} == {429}
    other_site = service.app.test_client()
    other_site.environ_base["REMOTE_ADDR"] = "198.51.100.80"
    good = other_site.post("/1.1/verify-key", data={"key": akismet_key, "blog": SITE})
    assert good.get_data(as_text=True) == "valid", "a real key from elsewhere is not affected"


def test_without_an_active_model_a_check_is_refused_and_nothing_is_stored(
    service: Service, akismet_key: str
) -> None:
    with service.services.db.session() as session:
        session.execute(update(ModelVersion).values(active=False))
    service.services.redis.delete(ACTIVE_KEY)

    response = check(service, akismet_key)

    assert response.status_code == 503
    assert response.mimetype == "text/plain"
    assert response.headers["Retry-After"]
    assert stored(service) == []


def test_an_oversized_request_is_refused_in_plain_text(
    service: Service, akismet_key: str
) -> None:
    response = check(service, akismet_key, comment_content="x" * 70_000)

    assert response.status_code == 413
    assert response.mimetype == "text/plain"


@pytest.mark.parametrize(
    ("permalink", "blog", "expected"),
    [
        (f"{SITE}/2024/05/jalan-rusak/", "",
         "akismet/berita-kampung.example.id:2024-05-jalan-rusak"),
        ("https://blog.example.id/?p=123", SITE, "akismet/blog.example.id:p-123"),
        ("", "https://blog.example.id", "akismet/blog.example.id"),
        ("", "blog.example.id", "akismet/blog.example.id"),
    ],
)
def test_a_permalink_becomes_an_article_id_namespaced_by_host(
    permalink: str, blog: str, expected: str
) -> None:
    assert article_id_for(permalink, blog) == expected


def test_a_very_long_permalink_still_fits_the_article_column() -> None:
    long = "https://blog.example.id/" + "sangat-panjang/" * 40

    article = article_id_for(long, SITE)

    assert len(article) == 128
    assert article != article_id_for(long + "lain", SITE)


def test_the_queue_setting_fails_at_start_on_a_bad_value(tmp_path: Path) -> None:
    env = {"MODSVC_DATA_DIR": str(tmp_path), "MODSVC_SECRET_KEY": "s" * 20}

    assert load_settings(env).akismet_queue_uncertain is False
    assert load_settings({**env, "MODSVC_AKISMET_QUEUE_UNCERTAIN": "on"}).akismet_queue_uncertain
    with pytest.raises(ConfigError, match="MODSVC_AKISMET_QUEUE_UNCERTAIN"):
        load_settings({**env, "MODSVC_AKISMET_QUEUE_UNCERTAIN": "maybe"})

