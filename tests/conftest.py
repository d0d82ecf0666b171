"""Shared fixtures: a real Redis, a real database (SQLite, and PostgreSQL when configured),
a real tiny model, the app, and a real RQ worker drained in burst mode."""

from __future__ import annotations

import contextlib
import io
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from redis import Redis
from redis.exceptions import RedisError

from classifiers.corpus import read_labeled
from classifiers.training import TrainedModel, train_model
from modsvc import create_app, queues
from modsvc.accounts import add_moderator
from modsvc.captcha import answer_for
from modsvc.cli import main
from modsvc.config import Settings, load_settings
from modsvc.model_store import ModelStore
from modsvc.queues import DEFAULT_QUEUE, SCORING_QUEUE, job_queue
from modsvc.redis_server import BundledRedis
from modsvc.services import Services
from modsvc.storage import Base, Comment, Database, utcnow
from tests.databases import create_postgres_database, process_database_name
from workers import runtime
from workers.worker import ScoringWorker

DATA = Path(__file__).parent / "data"
TEST_REDIS_DB = 13  # in a bundled Redis of the run's own
# How long a run's claim on a database of the local Redis lasts if the run dies without
# giving it back (a whole run takes well under this).
CLAIM_SECONDS = 3 * 3600
SECRET = "test-secret-key-that-is-long-enough"
METRICS_TOKEN = "test-metrics-token-for-prometheus"
METRICS_HEADERS = {"Authorization": f"Bearer {METRICS_TOKEN}"}


def _redis_answers(url: str) -> bool:
    try:
        return bool(Redis.from_url(url, socket_connect_timeout=0.5).ping())
    except RedisError:
        return False


@contextlib.contextmanager
def _claimed_database(server: str) -> Iterator[int]:
    """A Redis database number no other test run on this machine is using, claimed in database
    0 for the run (tests flush their own database, never another run's)."""
    client = Redis.from_url(f"{server}/0")
    token = f"{os.getpid()}-{secrets.token_hex(4)}"
    try:
        for number in range(1, 16):
            key = f"modsvc-test:claim:{number}"
            if client.set(key, token, nx=True, ex=CLAIM_SECONDS):
                break
        else:
            raise RuntimeError("every Redis test database is claimed by another test run")
        yield number
        if client.get(key) == token.encode():
            client.delete(key)
    finally:
        client.close()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """MODSVC_TEST_REDIS_URL, else a database of its own on the local Redis on 6379, else the
    bundled one. Under pytest-xdist each process claims a database of its own, on the
    configured server too: tests flush their database."""
    configured = os.environ.get("MODSVC_TEST_REDIS_URL")
    if configured and not os.environ.get("PYTEST_XDIST_WORKER"):
        yield configured
        return
    local = re.sub(r"/\d*$", "", configured) if configured else "redis://127.0.0.1:6379"
    if _redis_answers(local):
        with _claimed_database(local) as number:
            yield f"{local}/{number}"
        return
    directory = Path(tempfile.mkdtemp(prefix="modsvc-redis-"))
    server = BundledRedis(directory)
    server.start()
    yield server.url.rsplit("/", 1)[0] + f"/{TEST_REDIS_DB}"
    server.stop()
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(autouse=True)
def _job_records_outlast_a_stall(monkeypatch: pytest.MonkeyPatch) -> None:
    """Finished scoring jobs' records last a minute in production; stories that read them
    after a worker ran must not fail because a loaded machine paused for that long."""
    monkeypatch.setattr(queues, "SCORING_RESULT_SECONDS", 3600)


@pytest.fixture
def redis(redis_url: str) -> Iterator[Redis]:
    """The test database of Redis, emptied before and after each test (and nothing else)."""
    client = Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "one_database: run on SQLite only, even when PostgreSQL is configured")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser stories and the stories whose cost is training a model run on SQLite only: what
    they prove does not depend on the database, and the API stories cover PostgreSQL's storage
    (CI's time goes to what PostgreSQL can change)."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and callspec.params.get("database_url") == "postgresql"
        single = item.get_closest_marker("browser") or item.get_closest_marker("one_database")
        (dropped if on_postgres and single else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def database_params() -> list[Any]:
    """SQLite always, PostgreSQL too when ``MODSVC_TEST_DATABASE_URL`` names a server."""
    params: list[Any] = ["sqlite"]
    if os.environ.get("MODSVC_TEST_DATABASE_URL"):
        params.append(pytest.param("postgresql", marks=pytest.mark.postgres))
    return params


@pytest.fixture(scope="session", params=database_params())
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated, empty database of each configured kind."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'modsvc.db'}"
    else:
        server = os.environ["MODSVC_TEST_DATABASE_URL"]
        url = create_postgres_database(server, process_database_name(server))
    database = Database(url)
    database.migrate()
    database.dispose()
    return url


@pytest.fixture
def empty_database(database_url: str) -> Iterator[str]:
    """The database with every table emptied before the test."""
    database = Database(database_url)
    with database.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    database.dispose()
    return database_url


@pytest.fixture
def make_settings(
    tmp_path: Path, redis_url: str, empty_database: str, redis: Redis
) -> Callable[..., Settings]:
    """Settings for a test: real services, generous rate limits unless a test lowers them."""

    def make(**env: str) -> Settings:
        values = {
            "MODSVC_DATA_DIR": str(tmp_path / "data"),
            "MODSVC_DATABASE_URL": empty_database,
            "MODSVC_REDIS_URL": redis_url,
            "MODSVC_SECRET_KEY": SECRET,
            "MODSVC_METRICS_TOKEN": METRICS_TOKEN,
            "MODSVC_RATE_LIMIT_COMMENTS": "1000/minute",
            "MODSVC_RATE_LIMIT_CAPTCHA": "1000/minute",
            "MODSVC_RATE_LIMIT_CAPTCHA_AUDIO": "1000/minute",
            "MODSVC_RATE_LIMIT_REVIEWS": "1000/minute",
        }
        values.update({f"MODSVC_{k.upper()}": v for k, v in env.items()})
        return load_settings(values)

    return make


@pytest.fixture(scope="session")
def tiny_model() -> TrainedModel:
    """A real model fitted on the small labeled file in tests/data."""
    examples = read_labeled(DATA / "tiny_labeled.csv")
    return train_model(examples, random_state=0)


class Portal:
    """What the portal does: get a captcha, solve it (it holds the secret), post a comment."""

    def __init__(self, client: FlaskClient, secret: str) -> None:
        self.client = client
        self.secret = secret

    def captcha(self) -> tuple[str, str]:
        response = self.client.post("/api/v1/captcha")
        assert response.status_code == 201, response.get_json()
        captcha_id = response.get_json()["captcha_id"]
        return captcha_id, answer_for(self.secret, captcha_id)

    def post(self, body: str, headers: dict[str, str] | None = None,
             environ_base: dict[str, str] | None = None, **fields: Any) -> Any:
        captcha_id, answer = self.captcha()
        payload = {
            "article_id": "berita-123",
            "author_name": "Siti",
            "body": body,
            "captcha_id": captcha_id,
            "captcha_answer": answer,
        }
        payload.update(fields)
        return self.client.post("/api/v1/comments", json=payload, headers=headers or {},
                                environ_base=environ_base or {})


class Service:
    """A running app with a tiny model active, its portal, and a worker to drain its queues."""

    def __init__(self, settings: Settings, trained: TrainedModel) -> None:
        self.settings = settings
        self.app = create_app(settings)
        self.services: Services = self.app.extensions["modsvc"]
        store = ModelStore(self.services)
        self.model_version = store.register(trained)
        store.activate(self.model_version)
        self.client = self.app.test_client()
        self.portal = Portal(self.client, settings.secret_key)

    def drain(self) -> None:
        """Run a real RQ worker over the queues until they are empty.

        The service's own worker class, scoring one job at a time as RQ's SimpleWorker does:
        RQ's would take up to a minute to end one drain in five (``ScoringWorker.subscribe``).
        """
        runtime.configure(self.services)
        queues = [
            job_queue(name, self.services.redis) for name in (SCORING_QUEUE, DEFAULT_QUEUE)
        ]
        ScoringWorker(queues, connection=self.services.redis, batch_size=1).work(burst=True)


@pytest.fixture
def make_service(
    make_settings: Callable[..., Settings], tiny_model: TrainedModel
) -> Iterator[Callable[..., Service]]:
    """Start services with settings overridden by keyword (``auto_approve="on"``)."""
    started: list[Service] = []

    def make(**env: str) -> Service:
        service = Service(make_settings(**env), tiny_model)
        runtime.configure(service.services)
        started.append(service)
        return service

    yield make
    for service in started:
        service.services.close()


@pytest.fixture
def service(make_service: Callable[..., Service]) -> Service:
    """The service with default test settings."""
    return make_service()


@pytest.fixture
def services(service: Service) -> Services:
    """The service's database, Redis and settings."""
    return service.services


@pytest.fixture
def portal(service: Service) -> Portal:
    """A portal talking to the service."""
    return service.portal


@pytest.fixture
def drain(service: Service) -> Callable[[], None]:
    """Drain the service's queues with a real worker."""
    return service.drain


def login_form_token(page: str) -> str:
    """The log-in form's hidden token (it comes with a cookie; no session is made for it)."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, page
    return match.group(1)


class Moderator:
    """A person at the queue: logs in through the form and works through the JSON API."""

    def __init__(self, service: Service, name: str, password: str) -> None:
        self.client = service.app.test_client()
        self.name = name
        self.password = password

    def csrf(self) -> str:
        """The session's CSRF token, as a logged-in page carries it."""
        page = self.client.get("/moderation").get_data(as_text=True)
        match = re.search(r'name="csrf-token" content="([^"]+)"', page)
        assert match, page
        return match.group(1)

    def log_in(self) -> Any:
        form = self.client.get("/login").get_data(as_text=True)
        return self.client.post(
            "/login", data={"username": self.name, "password": self.password,
                            "csrf_token": login_form_token(form)},
        )

    def decide(self, comment_id: str, action: str, **fields: Any) -> Any:
        return self.client.post(
            f"/api/v1/moderation/comments/{comment_id}/decision",
            json={"action": action, **fields}, headers={"X-CSRFToken": self.csrf()},
        )

    def queue(self, **args: str) -> Any:
        return self.client.get("/api/v1/moderation/queue", query_string=args)


@pytest.fixture
def make_moderator(service: Service) -> Callable[..., Moderator]:
    """Create an account and return a logged-in moderator."""

    def make(name: str = "dewi", role: str = "moderator") -> Moderator:
        password = f"{name}-password-123"
        add_moderator(service.services, name, password, role=role)
        moderator = Moderator(service, name, password)
        assert moderator.log_in().status_code == 302
        return moderator

    return make


def stored_status(service: Service, comment_id: str) -> str:
    """A comment's status as stored (the portal is told ``pending`` for ``spam``)."""
    with service.services.db.session() as session:
        comment = session.get(Comment, comment_id)
        assert comment is not None, comment_id
        return comment.status


def seed_comments(service: Service, bodies: list[str], status: str = "pending") -> list[str]:
    """Comments as the worker would leave them, with spread-out scores and times."""
    ids = []
    with service.services.db.session() as session:
        for n, body in enumerate(bodies):
            comment = Comment(
                article_id=f"berita-{n % 3}", author_name=f"Warga {n}", body=body,
                author_email=f"warga{n % 2}@example.id", status=status,
                score=round(0.05 + 0.9 * n / max(1, len(bodies) - 1), 4),
                model_version=service.model_version, ip_hash=f"iphash{n % 2}",
                created_at=utcnow() - timedelta(minutes=len(bodies) - n),
            )
            session.add(comment)
            session.flush()
            ids.append(comment.id)
    return ids


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(
    service: Service, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    """Run `modsvc ...` in-process with the service's settings in the environment."""
    settings = service.settings
    monkeypatch.setenv("MODSVC_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("MODSVC_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("MODSVC_REDIS_URL", settings.redis_url or "")
    monkeypatch.setenv("MODSVC_SECRET_KEY", settings.secret_key)

    def invoke(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke
