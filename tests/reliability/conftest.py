"""Fixtures of the reliability stories: the real service (``modsvc up``) with a Redis server and
a database of its own, the default model trained from the seed corpus, and a place for figures.

``MODSVC_RELIABILITY_REPORT=FILE`` writes every figure the stories measured as JSON to FILE.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from classifiers.corpus import seed_corpus
from classifiers.training import TrainedModel, train_model
from tests.databases import create_postgres_database, drop_postgres_database, process_database_name
from tests.reliability.stack import Stack, http_client

REPORT_ENV = "MODSVC_RELIABILITY_REPORT"


@pytest.fixture(scope="session")
def default_model() -> TrainedModel:
    """The default model, as ``modsvc up`` trains it on first start."""
    return train_model(seed_corpus("train"), holdout=seed_corpus("holdout"))


@pytest.fixture(scope="session")
def make_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], str]]:
    """A fresh database per name: PostgreSQL (our own database on the test server, as in
    production) when ``MODSVC_TEST_DATABASE_URL`` is set, else a SQLite file."""
    server = os.environ.get("MODSVC_TEST_DATABASE_URL")
    made: list[str] = []

    def make(name: str) -> str:
        if not server:
            return f"sqlite:///{tmp_path_factory.mktemp(name) / 'modsvc.db'}"
        base = process_database_name(server)
        url = create_postgres_database(server, f"{base}_{name}")
        made.append(url)
        return url

    yield make
    for url in made:
        drop_postgres_database(url)


@pytest.fixture(scope="session")
def make_stack(
    tmp_path_factory: pytest.TempPathFactory, make_database: Callable[[str], str],
    default_model: TrainedModel,
) -> Iterator[Callable[..., Stack]]:
    """Start stacks; each is stopped (and its Redis with it) at the end of the session."""
    stacks: list[Stack] = []

    def make(name: str, **settings: str) -> Stack:
        stack = Stack(tmp_path_factory.mktemp(name), make_database(name), default_model,
                      **settings)
        stacks.append(stack)
        return stack

    yield make
    for stack in stacks:
        stack.close()


@pytest.fixture(scope="session")
def stack(make_stack: Callable[..., Stack]) -> Stack:
    """One running service shared by the fault stories; each checks it is ready first."""
    return make_stack("stack")


@pytest.fixture
def browsers() -> Iterator[Callable[[str], httpx.Client]]:
    """HTTP clients with their own cookies, like separate people; closed after the test."""
    clients: list[httpx.Client] = []

    def make(base: str) -> httpx.Client:
        client = http_client(base)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture(scope="session")
def report() -> Iterator[dict[str, Any]]:
    """Figures by check; written to ``$MODSVC_RELIABILITY_REPORT`` when set."""
    figures: dict[str, Any] = {}
    yield figures
    target = os.environ.get(REPORT_ENV)
    if target and figures:
        path = Path(target)
        existing = json.loads(path.read_text()) if path.exists() else {}
        existing.update(figures)
        path.write_text(json.dumps(existing, indent=2, sort_keys=True) + "\n")
