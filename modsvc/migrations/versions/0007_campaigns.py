"""Spam campaigns (issue 18): near duplicates grouped at scoring time, decided at once.

``campaigns`` (one row per group of near duplicates, with its counts) and
``campaign_decisions`` (people deciding a whole campaign; undone, never deleted);
``comments.campaign_id`` (plain added column and partial indexes over members only: no table is
rebuilt, so the status-count triggers of 0004/0005 stay); ``webhook_deliveries`` learns a second
kind of notice (``event_type``, ``campaign_id``; ``comment_id`` may be empty). The LSH index of
recent comments lives in Redis, not here (docs/CAMPAIGNS.md).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

MEMBERS_ONLY = sa.text("campaign_id IS NOT NULL")


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("anchor_id", sa.String(length=32), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("addresses", sa.Integer(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("anchor_id"),
    )
    op.create_index("ix_campaigns_last_seen_at", "campaigns", ["last_seen_at"])
    op.create_table(
        "campaign_decisions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  autoincrement=True, nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("batch_id", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("actor_kind", sa.String(length=16), nullable=False),
        sa.Column("decided", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_campaign_decisions_campaign_id", "campaign_decisions", ["campaign_id"])
    op.create_index("ix_campaign_decisions_batch_id", "campaign_decisions", ["batch_id"])

    op.add_column("comments", sa.Column("campaign_id", sa.Integer(), nullable=True))
    for name, columns in (
        ("ix_comments_status_campaign", ["status", "campaign_id"]),
        ("ix_comments_campaign_article", ["campaign_id", "article_id"]),
        ("ix_comments_campaign_ip", ["campaign_id", "ip_hash"]),
    ):
        op.create_index(name, "comments", columns, sqlite_where=MEMBERS_ONLY,
                        postgresql_where=MEMBERS_ONLY)

    # webhook_deliveries has no triggers: rebuilding it on SQLite is harmless.
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("event_type", sa.String(length=40),
                                      server_default="comment.status_changed", nullable=False))
        batch_op.add_column(sa.Column("campaign_id", sa.Integer(), nullable=True))
        batch_op.alter_column("comment_id", existing_type=sa.String(length=32), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM webhook_deliveries WHERE comment_id IS NULL")
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.alter_column("comment_id", existing_type=sa.String(length=32), nullable=False)
        batch_op.drop_column("campaign_id")
        batch_op.drop_column("event_type")
    for name in ("ix_comments_campaign_ip", "ix_comments_campaign_article",
                 "ix_comments_status_campaign"):
        op.drop_index(name, table_name="comments")
    op.drop_column("comments", "campaign_id")
    op.drop_index("ix_campaign_decisions_batch_id", table_name="campaign_decisions")
    op.drop_index("ix_campaign_decisions_campaign_id", table_name="campaign_decisions")
    op.drop_table("campaign_decisions")
    op.drop_index("ix_campaigns_last_seen_at", table_name="campaigns")
    op.drop_table("campaigns")
