"""A writer's request that a person look at their held comment (issue 19).

A table of its own rather than columns on ``comments``: SQLite would rebuild ``comments`` for
a constraint, and with it drop the status-count triggers of migrations 0004 and 0005.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_requests",
        sa.Column("comment_id", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status_at_request", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["comment_id"], ["comments.id"]),
        sa.PrimaryKeyConstraint("comment_id"),
    )
    op.create_index("ix_review_requests_open", "review_requests",
                    ["answered_at", "created_at", "comment_id"])


def downgrade() -> None:
    op.drop_index("ix_review_requests_open", table_name="review_requests")
    op.drop_table("review_requests")
