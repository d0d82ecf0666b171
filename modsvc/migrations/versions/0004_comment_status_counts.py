"""Comments per status kept by the database, so the queue's tabs never count a whole table.

Triggers on ``comments`` keep ``comment_status_counts`` exact in the same transaction as every
insert, status change and delete, whoever makes it (the app, a script, a test's fixture).
On SQLite a later ``batch_alter_table("comments")`` re-creates the table and so drops these
triggers: such a migration must create them again (``_create_triggers`` below).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER comments_count_insert AFTER INSERT ON comments BEGIN
        INSERT INTO comment_status_counts (status, comments) VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET comments = comments + 1;
    END
    """,
    """
    CREATE TRIGGER comments_count_update AFTER UPDATE OF status ON comments
    WHEN OLD.status IS NOT NEW.status BEGIN
        UPDATE comment_status_counts SET comments = comments - 1 WHERE status = OLD.status;
        INSERT INTO comment_status_counts (status, comments) VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET comments = comments + 1;
    END
    """,
    """
    CREATE TRIGGER comments_count_delete AFTER DELETE ON comments BEGIN
        UPDATE comment_status_counts SET comments = comments - 1 WHERE status = OLD.status;
    END
    """,
)

# PostgreSQL counts once per statement, from the statement's transition tables: a row-level
# trigger would update the same counter row once per comment, and PostgreSQL slows down on a
# row updated many times in one transaction (a bulk import, a large bulk decision). Counter
# rows are updated in the order of their key, so concurrent statements lock them in one order.
_POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION modsvc_count_comment_status() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO comment_status_counts (status, comments)
        SELECT status, count(*) FROM new_rows GROUP BY status ORDER BY status
        ON CONFLICT (status)
        DO UPDATE SET comments = comment_status_counts.comments + EXCLUDED.comments;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO comment_status_counts (status, comments)
        SELECT status, -count(*) FROM old_rows GROUP BY status ORDER BY status
        ON CONFLICT (status)
        DO UPDATE SET comments = comment_status_counts.comments + EXCLUDED.comments;
    ELSE
        INSERT INTO comment_status_counts (status, comments)
        SELECT status, sum(delta) FROM (
            SELECT old_rows.status, -1 AS delta FROM old_rows JOIN new_rows USING (id)
            WHERE old_rows.status IS DISTINCT FROM new_rows.status
            UNION ALL
            SELECT new_rows.status, 1 AS delta FROM old_rows JOIN new_rows USING (id)
            WHERE old_rows.status IS DISTINCT FROM new_rows.status
        ) AS moved GROUP BY status ORDER BY status
        ON CONFLICT (status)
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


def _create_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_POSTGRESQL_FUNCTION)
        statements = _POSTGRESQL_TRIGGERS
    else:
        statements = _SQLITE_TRIGGERS
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    op.create_table(
        "comment_status_counts",
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("comments", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("status"),
    )
    op.execute(
        "INSERT INTO comment_status_counts (status, comments) "
        "SELECT status, count(*) FROM comments GROUP BY status"
    )
    _create_triggers()


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS comments_count_{name}"
                   + (" ON comments" if postgresql else ""))
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS modsvc_count_comment_status()")
    op.drop_table("comment_status_counts")
