"""PostgreSQL test databases: one per pytest process, and the reliability stacks' own.

``make test`` runs two pytest processes (pytest-xdist); each gets a database of its own on the
server ``MODSVC_TEST_DATABASE_URL`` names, so neither empties the other's tables.
"""

from __future__ import annotations

import os
from typing import Any

import psycopg
from sqlalchemy.engine import URL, make_url


def process_database_name(server_url: str) -> str:
    """This pytest process's database on the test server: the configured one, or under
    pytest-xdist one named after the process (``modsvc_test_gw0``)."""
    name = str(make_url(server_url).database)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return f"{name}_{worker}" if worker else name


def _admin(url: URL) -> psycopg.Connection[Any]:
    """An autocommit connection to the server's ``postgres`` database (databases are made and
    dropped outside any transaction)."""
    admin = url.set(drivername="postgresql", database="postgres")
    return psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True)


def create_postgres_database(server_url: str, name: str) -> str:
    """A fresh, empty PostgreSQL database ``name`` on the server of ``server_url``."""
    url = make_url(server_url)
    with _admin(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(database_url: str) -> None:
    """Remove a database made by :func:`create_postgres_database`."""
    url = make_url(database_url)
    with _admin(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
