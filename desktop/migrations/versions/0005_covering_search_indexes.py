"""PostgreSQL: the search keys' indexes carry the row id (INCLUDE), so a scoped search reads them index-only

The magnifier search walks an index range (last digits of the phone, initials, full pinyin, exact name, last
digits of the VIN) and probes the store scope for each entry; without the id in the index, every entry also
cost a heap page. SQLite indexes hold the rowid (= id) already: nothing to do there.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COVERED = (
    ("customers", "phone_rev", "ix_customers_phone_rev"),
    ("customers", "initials", "ix_customers_initials"),
    ("customers", "pinyin_compact", "ix_customers_pinyin_compact"),
    ("customers", "name_key", "ix_customers_name_key"),
    ("vehicles", "vin_rev", "ix_vehicles_vin_rev"),
)


def _rebuild(include: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, name in COVERED:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [column], postgresql_include=["id"] if include else [])


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
