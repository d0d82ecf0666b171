"""The Alembic migrations create exactly the schema the code's models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from modsvc.storage import Base, Database


def test_migrations_and_models_agree(empty_database: str) -> None:
    database = Database(empty_database)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    database.dispose()

    assert differences == []
