"""The pending queue's 启用 (issue #12, holes 5 and 6), driven by keyboard and buttons:

C7  an after-sales customer without ID is enabled only after 无证件启用 is ticked and a reason typed;
C9  possible duplicates found on enabling open the duplicate dialog: confirm different with a reason (enabled,
    audited per candidate) or use the existing one (the pending one is rejected, pointing at it).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.services import audit, customers
from tests.factories import add_customer
from tests.ui.conftest import type_text, wait_for_workers

T = 10000
RIC = "440106198203122318"


@pytest.fixture
def open_page(qtbot: Any, world: Any):
    """Customer service's pending queue, opened once the test's customers are in place."""
    from desktop.app import make_application
    from desktop.ui.shell.main_window import MainWindow

    make_application("zh_CN")
    made: list[Any] = []

    def make() -> Any:
        win = MainWindow(world.db, world.actors["cs1"])
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.nav.setCurrentRow(win.sections.index("pending"))
        made.append(win)
        return win.pending

    yield make
    for win in made:
        win.worker.wait_for_done()
    wait_for_workers()
    for win in made:
        win.close()


def _trail(world: Any, code: str) -> list[Any]:
    return audit.entries(world.db, world.actors["mdm1"], entity="customer", entity_code=code)


def test_c7_enabling_an_after_sales_customer_without_id_asks_for_confirmation_and_a_reason(open_page, qtbot, world):
    new = customers.create_customer(world.db, world.actors["adv1"], customer_type="individual", name="周建国",
                                    phone="13600135999")
    page = open_page()
    qtbot.waitUntil(lambda: page.enable_button.isEnabled() and "未发现重复" in page.selected.text(), timeout=T)
    assert page.without_id.isVisible() and not page.without_id.isChecked()
    page.enable_button.click()  # not confirmed: refused in the page, nothing sent
    assert page.message.property("level") == "error" and "无证件启用" in page.message.text()
    assert page.without_id.property("invalid") is True and page.without_id.hasFocus()
    qtbot.keyClick(page.without_id, Qt.Key.Key_Space)  # the keyboard ticks it
    assert page.without_id.isChecked()
    page.enable_button.click()  # no reason yet
    assert page.reason.property("invalid") is True and page.reason.hasFocus()
    type_text(page.reason, "客户无法提供证件，已核对行驶证")
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)  # Enter in the reason field enables (ticked), not rejects
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=T)
    assert customers.get_customer(world.db, world.actors["cs1"], new.code).status == "enabled"
    assert any(e.action == "customer.enabled_without_id" and e.reason == "客户无法提供证件，已核对行驶证"
               for e in _trail(world, new.code))


def test_c7_a_customer_with_an_id_is_enabled_without_the_question(open_page, qtbot, world):
    add_customer(world.db, "P0001", "周建国", "13600135999", status="pending", id_type="resident_id", id_number=RIC)
    page = open_page()
    qtbot.waitUntil(lambda: page.enable_button.isEnabled() and "未发现重复" in page.selected.text(), timeout=T)
    assert not page.without_id.isVisible()
    page.enable_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=T)
    assert customers.get_customer(world.db, world.actors["cs1"], "P0001").status == "enabled"


def _homophone(world: Any) -> None:
    # 汪国近: same phone as the enabled C0001 汪国进, a homophone: a possible duplicate (hole 5)
    add_customer(world.db, "P0001", "汪国近", "13826405678", status="pending", id_type="resident_id", id_number=RIC)


def test_c9_enabling_past_a_possible_duplicate_opens_the_dialog_and_needs_a_reason(open_page, qtbot, world):
    _homophone(world)
    page = open_page()
    qtbot.waitUntil(lambda: page.enable_button.isEnabled() and "疑似重复" in page.selected.text(), timeout=T)
    page.enable_button.click()
    qtbot.waitUntil(lambda: page.duplicate_dialog is not None, timeout=T)
    dup = page.duplicate_dialog
    assert dup.enabling and not dup.certain and dup.model.index(0, 1).data() == "C0001"
    assert dup.different_button.text() == "确认不是同一客户并启用" and dup.use_button.text() == "驳回，沿用该客户"
    assert customers.get_customer(world.db, world.actors["cs1"], "P0001").status == "pending"
    dup.reason.setFocus()
    qtbot.keyClick(dup.reason, Qt.Key.Key_Return)  # no reason: refused in the dialog
    assert dup.isVisible() and dup.reason.property("invalid") is True
    type_text(dup.reason, "身份证号不同，不是同一人")
    qtbot.keyClick(dup.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=T)
    assert customers.get_customer(world.db, world.actors["cs1"], "P0001").status == "enabled"
    confirmed = [e for e in _trail(world, "P0001") if e.action == "customer.confirmed_not_duplicate"]
    assert [(e.old_value, e.reason) for e in confirmed] == [("C0001", "身份证号不同，不是同一人")]


def test_c9_using_the_existing_customer_from_the_dialog_rejects_the_pending_one(open_page, qtbot, world):
    _homophone(world)
    page = open_page()
    qtbot.waitUntil(lambda: page.enable_button.isEnabled() and "疑似重复" in page.selected.text(), timeout=T)
    page.enable_button.click()
    qtbot.waitUntil(lambda: page.duplicate_dialog is not None, timeout=T)
    dup = page.duplicate_dialog
    dup.table.setFocus()
    qtbot.keyClick(dup.table, Qt.Key.Key_Return)  # Enter on the selected candidate: use it
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=T)
    d = customers.get_customer(world.db, world.actors["cs1"], "P0001")
    assert d.status == "disabled" and d.merged_into_code == "C0001"
    assert any(e.field == "merged_into" and e.new_value == "C0001" and "C0001" in (e.reason or "")
               for e in _trail(world, "P0001"))


def test_c9_a_certain_duplicate_offers_only_rejecting(open_page, qtbot, world):
    add_customer(world.db, "P0001", "汪国进", "13826405678", status="pending", id_type="resident_id", id_number=RIC)
    page = open_page()
    qtbot.waitUntil(lambda: page.enable_button.isEnabled() and "确定重复" in page.selected.text(), timeout=T)
    page.enable_button.click()
    qtbot.waitUntil(lambda: page.duplicate_dialog is not None, timeout=T)
    dup = page.duplicate_dialog
    assert dup.certain and not dup.different_button.isVisible() and dup.use_button.isVisible()
    qtbot.keyClick(dup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.duplicate_dialog is None, timeout=T)
    assert customers.get_customer(world.db, world.actors["cs1"], "P0001").status == "pending"
