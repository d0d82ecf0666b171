"""Status counters per database connection, so concurrent writers never wait on each other.

0004 kept one counter row per status. On PostgreSQL every intake insert and every scoring
update then locked the same few rows; a worker's batch (one statement per comment) and an
intake transaction could lock them in opposite orders, and PostgreSQL broke the deadlock by
failing one of them (a reader's post answered 503). Now each backend adds to its own rows,
keyed by ``pg_backend_pid()``: no two transactions ever touch the same counter row. A count is
the sum over slots; the sweeper folds old slots into slot 0 now and then
(:func:`modsvc.storage.counts.compact_status_counts`). SQLite has one writer at a time and
always uses slot 0.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER comments_count_insert AFTER INSERT ON comments BEGIN
        INSERT INTO comment_status_counts (status, slot, comments) VALUES (NEW.status, 0, 1)
        ON CONFLICT (status, slot) DO UPDATE SET comments = comments + 1;
    END
    """,
    """
    CREATE TRIGGER comments_count_update AFTER UPDATE OF status ON comments
    WHEN OLD.status IS NOT NEW.status BEGIN
        INSERT INTO comment_status_counts (status, slot, comments) VALUES (OLD.status, 0, -1)
        ON CONFLICT (status, slot) DO UPDATE SET comments = comments - 1;
        INSERT INTO comment_status_counts (status, slot, comments) VALUES (NEW.status, 0, 1)
        ON CONFLICT (status, slot) DO UPDATE SET comments = comments + 1;
    END
    """,
    """
    CREATE TRIGGER comments_count_delete AFTER DELETE ON comments BEGIN
        INSERT INTO comment_status_counts (status, slot, comments) VALUES (OLD.status, 0, -1)
        ON CONFLICT (status, slot) DO UPDATE SET comments = comments - 1;
    END
    """,
)

# Once per statement, from the transition tables (see 0004), into this backend's own rows.
_POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION modsvc_count_comment_status() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO comment_status_counts (status, slot, comments)
        SELECT status, pg_backend_pid(), count(*) FROM new_rows GROUP BY status
        ON CONFLICT (status, slot)
        DO UPDATE SET comments = comment_status_counts.comments + EXCLUDED.comments;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO comment_status_counts (status, slot, comments)
        SELECT status, pg_backend_pid(), -count(*) FROM old_rows GROUP BY status
        ON CONFLICT (status, slot)
        DO UPDATE SET comments = comment_status_counts.comments + EXCLUDED.comments;
    ELSE
        INSERT INTO comment_status_counts (status, slot, comments)
        SELECT status, pg_backend_pid(), sum(delta) FROM (
            SELECT old_rows.status, -1 AS delta FROM old_rows JOIN new_rows USING (id)
            WHERE old_rows.status IS DISTINCT FROM new_rows.status
            UNION ALL
            SELECT new_rows.status, 1 AS delta FROM old_rows JOIN new_rows USING (id)
            WHERE old_rows.status IS DISTINCT FROM new_rows.status
        ) AS moved GROUP BY status
        ON CONFLICT (status, slot)
        DO UPDATE SET comments = comment_status_counts.comments + EXCLUDED.comments;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""
_POSTGRESQL_TRIGGERS = (
    """
    CREATE TRIGGER comments_count_insert AFTER INSERT ON comments
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION modsvc_count_comment_status()
    """,
    """
    CREATE TRIGGER comments_count_update AFTER UPDATE ON comments
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION modsvc_count_comment_status()
    """,
    """
    CREATE TRIGGER comments_count_delete AFTER DELETE ON comments
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION modsvc_count_comment_status()
    """,
)


def _drop_triggers(postgresql: bool) -> None:
    for name in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS comments_count_{name}"
                   + (" ON comments" if postgresql else ""))


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    _drop_triggers(postgresql)
    op.drop_table("comment_status_counts")
    op.create_table(
        "comment_status_counts",
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("comments", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("status", "slot"),
    )
    op.execute(
        "INSERT INTO comment_status_counts (status, slot, comments) "
        "SELECT status, 0, count(*) FROM comments GROUP BY status"
    )
    if postgresql:
        op.execute(_POSTGRESQL_FUNCTION)
    for statement in _POSTGRESQL_TRIGGERS if postgresql else _SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    _drop_triggers(postgresql)
    op.drop_table("comment_status_counts")
    # 0004's schema and triggers, counted afresh.
    spec = importlib.util.spec_from_file_location(
        "modsvc_migration_0004", Path(__file__).with_name("0004_comment_status_counts.py"))
    assert spec is not None and spec.loader is not None
    previous = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(previous)
    previous.upgrade()
