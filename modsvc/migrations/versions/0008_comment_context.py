"""The moderators' context (issue 17): the article a comment belongs to, and decisions that can
be undone as a batch and carry a reason.

``comments.article_title`` and ``comments.article_url``: optional, sent by the portal with a
comment so moderators see the article, not only its id. ``moderation_events.batch_id``: the
bulk (or campaign) action an event was part of, so one undo restores all of it;
``undoes_event_id``: the event an undo reversed, so statistics can leave both out;
``reason_code``: why a person rejected a comment (a short list; the free text stays in
``reason``). Plain added columns: no table is rebuilt, so the status-count triggers stay.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("comments", sa.Column("article_title", sa.String(length=300), nullable=True))
    op.add_column("comments", sa.Column("article_url", sa.String(length=1024), nullable=True))
    op.add_column("moderation_events",
                  sa.Column("batch_id", sa.String(length=32), nullable=True))
    op.add_column("moderation_events",
                  sa.Column("undoes_event_id", sa.BigInteger(), nullable=True))
    op.add_column("moderation_events",
                  sa.Column("reason_code", sa.String(length=32), nullable=True))
    op.create_index("ix_moderation_events_batch_id", "moderation_events", ["batch_id"])


def downgrade() -> None:
    op.drop_index("ix_moderation_events_batch_id", table_name="moderation_events")
    for column in ("reason_code", "undoes_event_id", "batch_id"):
        op.drop_column("moderation_events", column)
    for column in ("article_url", "article_title"):
        op.drop_column("comments", column)
