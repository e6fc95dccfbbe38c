"""Keyboard first on the back-office pages (desktop.ui.common.shortcuts, 'search' / 'new'; the helper
desktop.ui.back_office.list_keys): on every page Ctrl+F goes to the page's search field, typing narrows the list
(or, on the audit trail, Enter runs the query), Enter opens the top hit, ↓ moves the selection while the keyboard
stays in the field, Enter opens the row chosen; Ctrl+N creates where the page has a "new". Keys go to
``QApplication.focusWidget()`` only (tests.ui.keyboard), as an advisor's keys do; what they did is read from the
pages' signals, the dialog in front and the focus."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from desktop.services import change_requests, customers, escalations, merge
from desktop.ui.back_office.merge_dialog import MergeDialog
from desktop.ui.customer.customer_dialog import CustomerDialog
from desktop.ui.customer.new_special_customer_dialog import NewSpecialCustomerDialog
from tests.factories import add_customer, cver
from tests.ui.conftest import VIN_OK, make_vin, wait_for_workers
from tests.ui.keyboard import Keyboard, T


@pytest.fixture
def desk(qtbot: Any, world: Any) -> Iterator[Any]:
    """``desk(login)``: the main window of that user, active, and a keyboard on it."""
    from desktop.app import make_application
    from desktop.ui.main_window import MainWindow

    make_application("zh_CN")
    made: list[Any] = []

    def open_desk(login: str) -> tuple[Any, Keyboard]:
        win = MainWindow(world.db, world.actors[login])
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        made.append(win)
        return win, Keyboard(qtbot, win)

    yield open_desk
    for widget in QApplication.topLevelWidgets():  # a dialog a test left open goes with it
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    for win in made:
        win.worker.wait_for_done()
    wait_for_workers()
    for win in made:
        win.close()


def go(kb: Keyboard, win: Any, section: str, page: Any, rows: int | None) -> None:
    """The section by its key (Ctrl+1…9), its list read (``rows`` rows; None: some)."""
    index = win.sections.index(section)
    if win.nav.currentRow() != index:
        kb.press(f"Ctrl+{index + 1}")
    kb.qtbot.waitUntil(lambda: page.model.rowCount() == rows if rows is not None else page.model.rowCount() > 2,
                       timeout=T)
    kb.settle()


def to_search(kb: Keyboard, field: QLineEdit) -> None:
    """Away from the search field (Tab), then Ctrl+F: back in it."""
    kb.tab()
    assert kb.focus() is not field
    kb.press("Ctrl+F")
    assert kb.focus() is field


def close_dialog(kb: Keyboard, kind: type, field: QWidget) -> None:
    """The row opened in a dialog of ``kind``: Esc closes it and the keyboard is back in the search field."""
    assert isinstance(kb.wait_dialog(), kind)
    kb.press(Qt.Key.Key_Escape)
    kb.wait_no_dialog()
    kb.qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=T)


def top_hit_then_the_next(kb: Any, page: Any, code_of: Any) -> list[Any]:
    """In the page's search: Enter opens the top hit's customer, ↓ and Enter the next one's (each dialog closed
    with Esc, the keyboard back in the search). The customer the second Enter opened."""
    with kb.qtbot.waitSignal(page.openCustomer, timeout=T) as top:
        kb.enter()
    assert top.args == [code_of(page.model.row_at(0))]
    close_dialog(kb, CustomerDialog, page.search)
    down(kb, page, page.search)
    with kb.qtbot.waitSignal(page.openCustomer, timeout=T) as chosen:
        kb.enter()
    assert chosen.args == [code_of(page.model.row_at(1))] != top.args
    close_dialog(kb, CustomerDialog, page.search)
    return list(chosen.args)


def down(kb: Keyboard, page: Any, field: QWidget, row: int = 1) -> None:
    kb.press(Qt.Key.Key_Down)
    assert kb.focus() is field and page.table.currentIndex().row() == row


# -- queues: pending customers, core-data change requests, suspected-typo VINs ------------------------------------
def test_c9_pending_queue_search_opens_the_top_hit_and_the_row_chosen(desk, world):
    for name, phone in (("周建国", "13600135999"), ("周建民", "13600135888"), ("李明", "13700001111")):
        customers.create_customer(world.db, world.actors["adv1"], customer_type="individual", name=name, phone=phone)
    win, kb = desk("cs1")
    page = win.pending
    go(kb, win, "pending", page, 3)
    to_search(kb, page.search)
    kb.type("周建")
    assert page.model.rowCount() == 2 and page.table.currentIndex().row() == 0  # filtered, the top hit chosen
    chosen = top_hit_then_the_next(kb, page, lambda row: row.code)
    kb.tab()  # on the list: Enter on the row opens it too
    assert kb.focus() is page.table
    with kb.qtbot.waitSignal(page.openCustomer, timeout=T) as on_row:
        kb.enter()
    assert on_row.args == chosen


def test_c10_change_request_queue_search_opens_the_customer_of_the_row(desk, world):
    for code, reason, name in (("C0001", "按行驶证更正", "汪国近"), ("C0003", "按身份证更正", "李嘉仪")):
        change_requests.file_request(world.db, world.actors["adv1"], code, reason=reason, name=name)
    win, kb = desk("cs1")
    page = win.requests
    go(kb, win, "requests", page, 2)
    to_search(kb, page.search)
    kb.type("更正")
    assert page.model.rowCount() == 2
    top_hit_then_the_next(kb, page, lambda row: row.customer_code)


def test_v8_escalation_queue_search_goes_to_the_answer_of_the_row(desk, world):
    typo = make_vin(VIN_OK[:8] + VIN_OK[9:14] + ("7" if VIN_OK[14] != "7" else "3") + VIN_OK[15:])
    other = make_vin(VIN_OK[:8] + VIN_OK[9:13] + ("7" if VIN_OK[13] != "7" else "3") + VIN_OK[14:])
    for vin in (typo, other):
        escalations.file_vin_escalation(world.db, world.actors["adv1"], vin)
    win, kb = desk("mdm1")  # the master-data team lands on 车架号升级
    page = win.vin_escalations
    go(kb, win, "vin_escalations", page, 2)
    to_search(kb, page.search)
    kb.type(VIN_OK[-6:])  # the VIN on file both resemble
    assert page.model.rowCount() == 2
    kb.enter()
    assert kb.focus() is page.note and page.current is page.model.row_at(0)
    kb.press("Ctrl+F")
    down(kb, page, page.search)
    kb.enter()
    assert kb.focus() is page.note and page.current is page.model.row_at(1)


# -- the audit trail: Enter runs the query, then opens the entry --------------------------------------------------
def test_audit_search_runs_the_query_then_opens_the_entry_chosen(desk, world):
    customers.change_core_data(world.db, world.actors["cs1"], "C0001", reason="按行驶证更正", name="汪国近",
                               version=cver(world.db, "C0001"))
    customers.change_core_data(world.db, world.actors["cs1"], "C0001", reason="客户换号", phone="13826405679",
                               version=cver(world.db, "C0001"))
    win, kb = desk("cs1")
    page = win.audit
    opened: list[str] = []
    page.openCustomer.connect(opened.append)
    go(kb, win, "audit", page, 0)
    to_search(kb, page.customer_code)
    kb.type("C0001")
    kb.enter()  # the query runs: nothing opens yet
    kb.qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=T)
    assert opened == [] and page.table.currentIndex().row() == 0 and "2 条记录" in page.count.text()
    down(kb, page, page.customer_code)
    with kb.qtbot.waitSignal(page.openCustomer, timeout=T) as chosen:
        kb.enter()  # the entries shown are the filters' results: the entry chosen opens
    assert chosen.args == ["C0001"] and page.table.currentIndex().row() == 1
    kb.type("x")  # the filters changed: Enter queries again
    kb.enter()
    assert opened == ["C0001"]


# -- the master-data team's pages -----------------------------------------------------------------------------------
def test_merge_page_search_opens_the_merge_to_undo_and_ctrl_n_a_new_merge(desk, world):
    add_customer(world.db, "D0001", "汪国进", "13826405687")
    add_customer(world.db, "D0003", "李嘉怡", "13902225679")
    for dup, survivor in (("D0001", "C0001"), ("D0003", "C0003")):
        merge.merge_customers(world.db, world.actors["mdm1"], dup, survivor, "同一人", version=cver(world.db, dup),
                              survivor_version=cver(world.db, survivor))
    win, kb = desk("mdm1")
    page = win.merges
    go(kb, win, "merge", page, 2)
    to_search(kb, page.search)
    kb.type("D000")
    with kb.qtbot.waitSignal(page.openMerge, timeout=T) as top:
        kb.enter()
    row = page.model.row_at(0)
    assert top.args == [row.duplicate_code, row.survivor_code, True]
    close_dialog(kb, MergeDialog, page.search)
    down(kb, page, page.search)
    with kb.qtbot.waitSignal(page.openMerge, timeout=T) as chosen:
        kb.enter()
    row = page.model.row_at(1)
    assert chosen.args == [row.duplicate_code, row.survivor_code, True] != top.args
    close_dialog(kb, MergeDialog, page.search)
    assert page.new_button.text() == "合并重复客户… [Ctrl+N]"
    with kb.qtbot.waitSignal(page.openMerge, timeout=T) as new:
        kb.press("Ctrl+N")
    assert new.args == ["", "", False]


def test_c13_special_customers_search_goes_to_the_entry_chosen_and_ctrl_n_creates(desk, world):
    win, kb = desk("mdm1")
    page = win.special
    go(kb, win, "special", page, None)  # the shipped list
    to_search(kb, page.filter)
    kb.type("财产保险")
    assert 2 <= page.model.rowCount() < len(page.rows)
    kb.enter()
    assert kb.focus() is page.edit_pattern and page.edit_pattern.text() == page.model.row_at(0).pattern
    kb.press("Ctrl+F")
    down(kb, page, page.filter)
    kb.enter()
    assert kb.focus() is page.edit_pattern and page.edit_pattern.text() == page.model.row_at(1).pattern
    kb.press("Ctrl+N")
    assert isinstance(kb.wait_dialog(), NewSpecialCustomerDialog)


def test_users_page_search_opens_the_user_chosen_and_ctrl_n_goes_to_a_new_user(desk, world):
    win, kb = desk("mdm1")
    page = win.users
    go(kb, win, "users", page, 4)
    to_search(kb, page.search)
    kb.type("adv")
    assert page.model.rowCount() == 2
    kb.enter()
    assert kb.focus() is page.role_boxes["service_advisor"] and page.current is page.model.row_at(0)
    kb.press("Ctrl+F")
    down(kb, page, page.search)
    kb.enter()
    assert kb.focus() is page.role_boxes["service_advisor"] and page.current is page.model.row_at(1)
    kb.press("Ctrl+F")
    kb.tab()  # on the list: Enter on the row opens it too
    assert kb.focus() is page.table
    kb.enter()
    assert kb.focus() is page.role_boxes["service_advisor"] and page.current is page.model.row_at(1)
    kb.press("Ctrl+N")
    assert kb.focus() is page.add_login


# -- the merge dialog: the master-data team searches the whole group (S1) -----------------------------------------
def test_s1_merge_dialog_finds_customers_of_every_store_and_shows_their_stores(desk, world):
    """Two 陈志强, one created at S02 and seen there only: the master-data team (S01) finds both by name, the
    store of each shown, and merges them by keys alone."""
    add_customer(world.db, "D0002", "陈志强", "13510086689", stores=("S01",))
    add_customer(world.db, "E0002", "陈志强", "13510086687", stores=("S02",))
    win, kb = desk("mdm1")
    page = win.merges
    go(kb, win, "merge", page, 0)
    kb.press("Ctrl+N")
    dialog = kb.wait_dialog()
    assert isinstance(dialog, MergeDialog) and kb.focus() is dialog.duplicate
    kb.type("陈志强")
    kb.enter()
    model = dialog.picks_model
    hits = {model.row_at(i).code: i for i in range(model.rowCount())}
    assert {"D0002", "E0002", "C0002"} <= set(hits)  # C0002 and E0002: customers of S02 only
    assert {code: model.data(model.index(hits[code], model.COL_STORES)) for code in ("D0002", "E0002")} == {
        "D0002": "S01", "E0002": "S02"}
    assert model.row_at(hits["E0002"]).store_codes == ("S02",)
    for _ in range(hits["E0002"]):
        kb.press(Qt.Key.Key_Down)
    kb.enter()  # E0002 taken: 保留客户 next
    assert dialog.duplicate.text() == "E0002" and kb.focus() is dialog.survivor
    kb.type("13510086689")  # D0002's phone
    kb.enter()
    assert [model.row_at(i).code for i in range(model.rowCount())] == ["D0002"]
    kb.enter()  # taken: the preview, then the reason
    assert dialog.plan is not None and dialog.plan.survivor.code == "D0002" and kb.focus() is dialog.reason
    kb.type("同一人")
    with kb.qtbot.waitSignal(dialog.merged, timeout=T):
        kb.enter()
    assert customers.get_customer(world.db, world.actors["mdm1"], "E0002").merged_into_code == "D0002"
