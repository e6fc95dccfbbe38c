"""PostgreSQL: byte-order (C) collation on the keys searched by prefix ranges

The magnifier search answers prefixes and last digits with index range scans (code, pinyin, initials,
reversed phone and VIN, VIN, plate: ``k >= :p AND k < :p || '~'``). That needs the code-point order, which a
database created with a language collation (en_US.UTF-8, zh_CN.UTF-8) does not give; pinning these
columns to "C" makes the search right whatever collation the group's server was created with.
SQLite compares bytes already: nothing to do there.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

RANGE_KEYS = {
    "customers": {"code": 30, "initials": 120, "pinyin_compact": 300, "phone_rev": 30},
    "vehicles": {"vin": 17, "vin_rev": 17, "plate": 16},
}


def _alter(collation: str | None) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, columns in RANGE_KEYS.items():
        for column, length in columns.items():
            clause = f' COLLATE "{collation}"' if collation else ' COLLATE "default"'
            op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar({length}){clause}')


def upgrade() -> None:
    _alter("C")


def downgrade() -> None:
    _alter(None)
