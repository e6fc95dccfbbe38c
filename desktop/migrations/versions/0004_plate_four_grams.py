"""Plate 4-grams beside the trigrams in vehicle_grams

A plate fragment of four characters (the serial an advisor reads off a photo: ``2723``) becomes one index
lookup instead of the intersection of two trigrams that each match thousands of plates; longer fragments
intersect two 4-grams. Existing plates get their 4-grams here (same rule as
``desktop.models.search.plate_grams``: every distinct 4-character window).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_PLATE_LEN = 16  # vehicles.plate is varchar(16)


def upgrade() -> None:
    windows = " UNION ".join(
        f"SELECT substr(plate, {i}, 4) AS gram, id AS vehicle_id FROM vehicles"
        f" WHERE plate IS NOT NULL AND length(plate) >= {i + 3}"
        for i in range(1, _PLATE_LEN - 2)
    )
    # NOT EXISTS: a database upgraded from 0001 in one go was indexed by 0002 with today's plate_grams
    op.execute(f"INSERT INTO vehicle_grams (gram, vehicle_id) SELECT gram, vehicle_id FROM ({windows}) w"
               " WHERE NOT EXISTS (SELECT 1 FROM vehicle_grams x WHERE x.gram = w.gram AND x.vehicle_id = w.vehicle_id)")


def downgrade() -> None:
    op.execute("DELETE FROM vehicle_grams WHERE length(gram) = 4")
