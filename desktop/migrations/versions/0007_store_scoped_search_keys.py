"""Search keys scoped by store and repair center: a magnifier search is one index-only range scan

``customer_grams`` becomes ``(store_id, gram, customer_id)``: every key of a customer once per store that
sees it (``customer_channels``), plus the tagged range keys (``!n`` name, ``!i`` initials, ``!p`` pinyin, ``!r``
reversed phone, ``!c`` code) that were range scans on ``customers`` followed by a channel probe per candidate;
store 0 holds the group-wide company wildcard keys of the duplicate check. ``vehicle_grams`` becomes
``(repair_center_id, gram, vehicle_id)``. A store that sees a thirtieth of the group no longer probes thirty
candidates for every row it shows.

Existing rows are indexed here (``rebuild_sorted``: keys written into unindexed staging tables, then copied in key
order, so the B-tree is filled page by page), and the per-owner indexes are built last.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

GRAM_MAX = 320  # the longest tagged key: "!p" + pinyin_compact (varchar 300)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _create(scoped: bool) -> None:
    # PostgreSQL: the tagged keys are searched by prefix ranges, which need code-point order whatever collation
    # the server was created with (as migration 0003 for the range-key columns of customers).
    pg = op.get_bind().dialect.name == "postgresql"
    gram = sa.String(length=GRAM_MAX, collation="C" if pg else None) if scoped else sa.String(length=130)
    op.create_table(
        "customer_grams",
        *([sa.Column("store_id", sa.Integer(), nullable=False)] if scoped else []),
        sa.Column("gram", gram, nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*(["store_id"] if scoped else []), "gram", "customer_id",
                                name=op.f("pk_customer_grams")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "vehicle_grams",
        *([sa.Column("repair_center_id", sa.Integer(), nullable=False)] if scoped else []),
        sa.Column("gram", sa.String(length=16), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*(["repair_center_id"] if scoped else []), "gram", "vehicle_id",
                                name=op.f("pk_vehicle_grams")),
        sqlite_with_rowid=False,
    )


def _drop() -> None:
    op.drop_index("ix_vehicle_grams_vehicle", table_name="vehicle_grams")
    op.drop_table("vehicle_grams")
    op.drop_index("ix_customer_grams_customer", table_name="customer_grams")
    op.drop_table("customer_grams")


def upgrade() -> None:
    from desktop.storage.search_index import rebuild_sorted

    _drop()
    _create(scoped=True)
    rebuild_sorted(op.get_bind())  # staged, then one sorted copy; the per-owner indexes are built after it
    op.create_index("ix_customer_grams_customer", "customer_grams", ["customer_id"], unique=False)
    op.create_index("ix_vehicle_grams_vehicle", "vehicle_grams", ["vehicle_id"], unique=False)


def downgrade() -> None:
    # The unscoped tables of 0002-0006, filled again from the scoped rows: name grams, phone grams and company
    # wildcards of every customer some store sees (one no store sees was not searchable before either; its
    # company wildcards are kept), plate grams of every vehicle some repair center sees.
    from desktop.storage.bulk import large_sorts

    large_sorts(op.get_bind())
    op.execute("CREATE TABLE old_customer_grams AS SELECT DISTINCT gram, customer_id FROM customer_grams")
    op.execute("CREATE TABLE old_vehicle_grams AS SELECT DISTINCT gram, vehicle_id FROM vehicle_grams")
    _drop()
    _create(scoped=False)
    op.execute("INSERT INTO customer_grams (gram, customer_id) SELECT DISTINCT gram, customer_id FROM old_customer_grams"
               " WHERE substr(gram, 1, 1) <> '!' AND length(gram) <= 130")
    op.execute("INSERT INTO vehicle_grams (gram, vehicle_id) SELECT DISTINCT gram, vehicle_id FROM old_vehicle_grams")
    op.drop_table("old_customer_grams")
    op.drop_table("old_vehicle_grams")
    op.create_index("ix_customer_grams_customer", "customer_grams", ["customer_id"], unique=False)
    op.create_index("ix_vehicle_grams_vehicle", "vehicle_grams", ["vehicle_id"], unique=False)
