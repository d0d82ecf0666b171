"""Who decided, stored as a kind; Akismet callers' comments in a namespace of their own.

``moderation_events.actor_kind`` is filled from the actor names events had (``model:...``,
``moderator:...``, ``token:...``, ``akismet:...``, ``portal``). Comments stored through the
Akismet API move to article ids under ``akismet/``, which no portal article id can take (a
portal id has no ``/``), so no portal thread ever shares them.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

AKISMET_PREFIX = "akismet/"


def upgrade() -> None:
    with op.batch_alter_table("moderation_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("actor_kind", sa.String(length=16), server_default="system", nullable=False)
        )
    op.execute(
        """
        UPDATE moderation_events SET actor_kind = CASE
            WHEN actor LIKE 'model:%' THEN 'model'
            WHEN actor = 'portal' THEN 'portal'
            WHEN actor LIKE 'moderator:%' THEN 'moderator'
            WHEN actor LIKE 'token:%' THEN 'token'
            WHEN actor LIKE 'akismet:%' THEN 'akismet'
            ELSE 'system' END
        """
    )
    # 128 characters at most: the prefix takes the place of the id's end.
    op.execute(
        f"""
        UPDATE comments SET article_id = '{AKISMET_PREFIX}' || substr(article_id, 1, 120)
        WHERE source = 'akismet' AND article_id NOT LIKE '{AKISMET_PREFIX}%'
        """
    )


def downgrade() -> None:
    op.execute(
        f"""
        UPDATE comments SET article_id = substr(article_id, {len(AKISMET_PREFIX) + 1})
        WHERE source = 'akismet' AND article_id LIKE '{AKISMET_PREFIX}%'
        """
    )
    with op.batch_alter_table("moderation_events", schema=None) as batch_op:
        batch_op.drop_column("actor_kind")
