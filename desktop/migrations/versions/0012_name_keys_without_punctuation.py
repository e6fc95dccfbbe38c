"""Name keys without punctuation (C2 / C5, issue #12 hole 4): the duplicate key of every name ignores punctuation,
symbols, spaces and width (``desktop.rules.names.key_text``), so 鑫达汽车服务有限公司. / …公司· / …公司 meet, and
热依拉·帕尔哈提 = 热依拉帕尔哈提. Existing customers whose stored keys were made with the old functions (a '·', a
dot or another symbol in the name) get their key columns and search keys recomputed here; the others are left
alone (one streamed read of the customers, then ``index_customers(refresh_keys=True)`` on the stale ones only).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_BATCH = 20000
_KEYS = ("name_key", "name_suffix", "pinyin_key", "pinyin_compact", "initials")


def upgrade() -> None:
    from desktop.models import customer_search_keys
    from desktop.storage.search_index import index_customers

    conn = op.get_bind()
    c = sa.table("customers", sa.column("id"), sa.column("customer_type"), sa.column("name"), sa.column("phone"),
                 sa.column("id_number"), *(sa.column(k) for k in _KEYS))
    stale: list[int] = []
    last = 0
    while True:
        rows = conn.execute(sa.select(c).where(c.c.id > last).order_by(c.c.id).limit(_BATCH)).mappings().all()
        if not rows:
            break
        for r in rows:
            keys = customer_search_keys(r["customer_type"], r["name"] or "", r["phone"], r["id_number"])
            if any(keys[k] != r[k] for k in _KEYS):
                stale.append(r["id"])
        last = rows[-1]["id"]
    if stale:
        index_customers(conn, stale, refresh_keys=True)  # key columns and the customer_grams rows


def downgrade() -> None:
    pass  # the punctuation-free keys find everything the old ones did; nothing to undo
