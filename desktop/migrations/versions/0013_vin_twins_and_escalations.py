"""V8 / N1 twins (issue #12 items 11-12): ``vehicles.merged_into_id`` (a twin merged into the correct vehicle is
retired, never deleted) and ``vin_escalations`` (a suspected-typo VIN escalated to the master-data team, its
answer, and the permit to create it when it is a different car).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("vehicles", recreate="never") as b:
        b.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.create_foreign_key(op.f("fk_vehicles_merged_into_id_vehicles"), "vehicles", "vehicles",
                              ["merged_into_id"], ["id"])
    op.create_table(
        "vin_escalations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("typed_vin", sa.String(17), nullable=False),
        sa.Column("similar_vins", sa.Text(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=True),
        sa.Column("filed_by_id", sa.Integer(), nullable=True),
        sa.Column("filed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution_note", sa.Text(), nullable=True),
        sa.Column("resolved_vehicle_id", sa.Integer(), nullable=True),
        sa.Column("created_vehicle_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("status IN ('open','same_car','different_car')", name=op.f("ck_vin_escalations_status")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_vin_escalations_store_id_stores")),
        sa.ForeignKeyConstraint(["filed_by_id"], ["users.id"], name=op.f("fk_vin_escalations_filed_by_id_users")),
        sa.ForeignKeyConstraint(["resolved_by_id"], ["users.id"],
                                name=op.f("fk_vin_escalations_resolved_by_id_users")),
        sa.ForeignKeyConstraint(["resolved_vehicle_id"], ["vehicles.id"],
                                name=op.f("fk_vin_escalations_resolved_vehicle_id_vehicles")),
        sa.ForeignKeyConstraint(["created_vehicle_id"], ["vehicles.id"],
                                name=op.f("fk_vin_escalations_created_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vin_escalations")),
    )
    op.create_index("ix_vin_escalations_vin", "vin_escalations", ["typed_vin", "status"])
    op.create_index("ix_vin_escalations_store", "vin_escalations", ["store_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_vin_escalations_store", table_name="vin_escalations")
    op.drop_index("ix_vin_escalations_vin", table_name="vin_escalations")
    op.drop_table("vin_escalations")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(op.f("fk_vehicles_merged_into_id_vehicles"), "vehicles", type_="foreignkey")
    with op.batch_alter_table("vehicles", recreate="never") as b:
        b.drop_column("merged_into_id")
