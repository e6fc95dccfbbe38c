"""Drop the customers indexes that only the magnifier's range scans used (initials, full pinyin, last digits)

Since 0007 those kinds are answered from the store-scoped keys in ``customer_grams`` (``!i``, ``!p``, ``!r``);
the three indexes on ``customers`` were written on every insert and read by nothing. The columns stay: they
are the stored sources of those keys.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UNUSED = (
    ("phone_rev", "ix_customers_phone_rev"),
    ("initials", "ix_customers_initials"),
    ("pinyin_compact", "ix_customers_pinyin_compact"),
)


def upgrade() -> None:
    for _column, name in UNUSED:
        op.drop_index(name, table_name="customers")


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for column, name in UNUSED:
        op.create_index(name, "customers", [column], postgresql_include=["id"] if pg else [])
