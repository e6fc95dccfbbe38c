"""search structures: customer_grams (name grams, phone 4-grams, company wildcard keys), vehicle_grams

Revision ID: 0002
Revises: 0001

Portable B-tree tables (the same DDL on SQLite and PostgreSQL). They are created empty: migration 0007
rebuilt them scoped by store / repair center and fills them from the existing rows (today's indexing code
writes today's columns, so it cannot run against this revision's tables).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_grams",
        sa.Column("gram", sa.String(length=130), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gram", "customer_id", name=op.f("pk_customer_grams")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_customer_grams_customer", "customer_grams", ["customer_id"], unique=False)
    op.create_table(
        "vehicle_grams",
        sa.Column("gram", sa.String(length=16), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gram", "vehicle_id", name=op.f("pk_vehicle_grams")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_vehicle_grams_vehicle", "vehicle_grams", ["vehicle_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_vehicle_grams_vehicle", table_name="vehicle_grams")
    op.drop_table("vehicle_grams")
    op.drop_index("ix_customer_grams_customer", table_name="customer_grams")
    op.drop_table("customer_grams")
