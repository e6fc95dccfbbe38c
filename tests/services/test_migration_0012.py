"""Migration 0012 (C2 / C5, issue #12 hole 4): stored name keys made by the old key functions (a '·' or another
symbol kept) are recomputed, with their search rows, so the duplicate check and the magnifier meet them.
Both databases."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from desktop.services import dedupe, search
from tests.factories import add_customer, make_group


def test_c2c_upgrade_0012_recomputes_name_keys_with_symbols(db):
    actors = make_group(db)
    add_customer(db, "C1", "热依拉·帕尔哈提", "13826401234")
    add_customer(db, "C2", "广州市天河区鑫达汽车服务有限公司", "02083396688", customer_type="company")
    with db.engine.begin() as conn:  # as the old key functions stored them
        conn.execute(text("UPDATE customers SET name_key = '热依拉·帕尔哈提' WHERE code = 'C1'"))
        conn.execute(text("UPDATE customers SET name_key = '广州市天河区鑫达汽车服务有限公司·' WHERE code = 'C2'"))
        conn.execute(text("DELETE FROM customer_grams"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0011'"))
    cfg = db._alembic_config()
    with db.engine.begin() as conn:  # 0012 only: the later revisions are in place already
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0012")
        command.stamp(cfg, "head")
    with db.engine.connect() as conn:
        keys = dict(conn.execute(text("SELECT code, name_key FROM customers")).all())
    assert keys == {"C1": "热依拉帕尔哈提", "C2": "广州市天河区鑫达汽车服务有限公司"}
    found = dedupe.find_duplicates(db, actors["adv1"], {"customer_type": "company", "name": "广州市天河区鑫达汽车服务有限公司.",
                                                       "phone": "02083396699"})
    assert [c.customer_code for c in found if c.verdict == "certain"] == ["C2"]
    assert [r.code for r in search.search_customers(db, actors["adv1"], "热依拉")] == ["C1"]
