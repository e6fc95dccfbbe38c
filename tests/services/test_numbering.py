"""C8: generated codes skip codes written without the counter (demo data, imported legacy codes) in one jump."""

from __future__ import annotations

from sqlalchemy import event, select

from desktop.models import Counter, Customer
from desktop.services import customers
from tests.factories import add_customer, make_group


def test_c8_first_create_after_imported_codes_jumps_past_them(db):
    actors = make_group(db)
    for i in range(1, 301):  # codes of the counter's own shape, written by an import
        add_customer(db, f"KH{i:08d}", f"导入客户{i}", f"139{i:08d}")
    add_customer(db, "KHD0000013", "演示客户", "13900000999")  # the same prefix and length, not a number (demo)
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # noqa: ANN001, ANN002 - SQLAlchemy's event signature
        if "customers.code" in statement or "counters" in statement:
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        detail = customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国进",
                                           phone="13826409999", request_id="numbering-1")
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) < 20, len(statements)  # one jump, not 300 steps of the counter
    assert detail.code == "KH00000301"
    with db.read() as s:
        counters = {c.name: c.value for c in s.scalars(select(Counter))}
        assert s.scalar(select(Customer.id).where(Customer.code == "KH00000301")) is not None
    assert 301 in counters.values()
