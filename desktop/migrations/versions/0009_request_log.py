"""Request log: a write repeated with the same request id returns its first outcome and applies nothing

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
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
        "request_log",
        sa.Column("request_id", sa.String(64), primary_key=True),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
    )
    op.create_index("ix_request_log_at", "request_log", ["at"])


def downgrade() -> None:
    op.drop_index("ix_request_log_at", table_name="request_log")
    op.drop_table("request_log")
