"""Name key index ordered by creation: the duplicate check's same-name lookup reads the newest rows straight off it

``WHERE name_key = :k ORDER BY created_at DESC, id DESC LIMIT 100`` had to fetch and sort every customer of a
common name (王伟); on ``(name_key, created_at, id)`` it is a backward index scan that stops at the limit. The
id in the index keeps the magnifier's exact-name lookup index-only (it replaces 0005's INCLUDE on PostgreSQL).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_customers_name_key", table_name="customers")
    op.create_index("ix_customers_name_key", "customers", ["name_key", "created_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_customers_name_key", table_name="customers")
    pg = op.get_bind().dialect.name == "postgresql"
    op.create_index("ix_customers_name_key", "customers", ["name_key"], postgresql_include=["id"] if pg else [])
