"""VIN keys for the typo check (V8 / N1 twins): VINs on file one or two characters off a typed VIN, indexed

``vin_keys(key, vehicle_id, rest)``: 4 keys per vehicle, each the VIN without its check digit (position 9) and
without one of 4 interleaved blocks of 4 positions, prefixed by the block number; ``rest`` is the block and the
check digit, so a key row is the whole VIN (``desktop.models.search.vin_key_entries``). A VIN at most two
characters off another shares a key with it, or does once one character is put right: the lookup probes 772 keys
in one indexed statement and counts the candidates from the key rows (``desktop.storage.vin_keys``). Until now the check found only
one-character slips and two slips sharing the first 11 or the last 6 characters, and missed every slip whose
check digit had been recomputed.

Existing vehicles are keyed here: keys written into an unindexed staging table, copied once in key order, the
per-vehicle index built last. PostgreSQL: collation "C" on ``key`` (as on the other key tables, 0007), ``rest``
INCLUDEd in the primary key (index-only scans).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KEY_LEN = 13  # block number + 12 characters
REST_LEN = 5  # the block's 4 characters + the check digit


def upgrade() -> None:
    from desktop.storage.vin_keys import fill_sorted

    pg = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "vin_keys",
        sa.Column("key", sa.String(length=KEY_LEN, collation="C" if pg else None), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("rest", sa.String(length=REST_LEN), nullable=False),
        sa.PrimaryKeyConstraint("key", "vehicle_id", name=op.f("pk_vin_keys"), postgresql_include=["rest"]),
        sqlite_with_rowid=False,
    )
    fill_sorted(op.get_bind())
    op.create_index("ix_vin_keys_vehicle", "vin_keys", ["vehicle_id"], unique=False)
    if pg:
        op.execute("ANALYZE vin_keys")  # plan for the rows now there


def downgrade() -> None:
    op.drop_index("ix_vin_keys_vehicle", table_name="vin_keys")
    op.drop_table("vin_keys")
