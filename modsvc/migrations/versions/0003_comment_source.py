"""Where a comment came from: the portal, or a site through the Akismet API.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(length=16), server_default="portal", nullable=False)
        )
        batch_op.add_column(sa.Column("site_url", sa.String(length=1024), nullable=True))
        batch_op.add_column(sa.Column("api_token_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_comments_api_token_id", ["api_token_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_comments_api_token_id", "api_tokens", ["api_token_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_constraint("fk_comments_api_token_id", type_="foreignkey")
        batch_op.drop_index("ix_comments_api_token_id")
        batch_op.drop_column("api_token_id")
        batch_op.drop_column("site_url")
        batch_op.drop_column("source")
