"""Keyboard first (#14.1): one shortcut scheme, and the keyboard and stale-state bugs of the issue, each with its
test. Keys go to ``QApplication.focusWidget()`` only (tests.ui.keyboard), as an advisor's keys do."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from desktop.services import customers
from desktop.ui.back_office.merge_dialog import MergeDialog
from desktop.ui.customer.customer_dialog import CustomerDialog
from desktop.ui.customer.duplicate_dialog import DuplicateDialog
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.vehicle.contacts_dialog import ContactsDialog
from desktop.ui.vehicle.new_vehicle_dialog import NewVehicleDialog
from desktop.ui.vehicle.plate_dialog import PlateDialog
from tests.factories import add_customer, add_vehicle, cver
from tests.ui.conftest import VIN_NO_OWNER, VIN_OK, VIN_UNKNOWN, make_vin
from tests.ui.keyboard import Keyboard

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "使用说明.md"
VIN_STOCK = make_vin("LSVAG218RA900027")  # generated, never owned, never repaired: a stock car (W6)


@pytest.fixture
def kb(qtbot: Any, window: Any) -> Iterator[Keyboard]:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.intake.vin_input)
    yield Keyboard(qtbot, window)
    for widget in QApplication.topLevelWidgets():  # a dialog a test left open goes with it
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def lookup(kb: Keyboard, vin: str) -> str:
    if kb.focus().objectName() != "vinInput":
        kb.press("Alt+V")
    kb.type(vin)
    kb.enter()
    return kb.wait_outcome()


def dialogs_of(window: Any, kind: type) -> list[Any]:
    return [d for d in [*window.intake.dialogs, *window.dialogs] if shiboken6.isValid(d) and isinstance(d, kind)]


# -- the scheme -------------------------------------------------------------------------------------------------
def test_one_scheme_without_conflicts():
    """No key means two things where both can be pressed (the intake and the main window; a dialog; the lists
    and the main window); no key of the scheme is one the fields use (copy, paste, undo, select all) or the
    sections' Ctrl+1…9; F1, F5 and F10 stay free."""
    from desktop.ui.common import shortcuts

    keys = {k.name: QKeySequence(k.keys) for k in shortcuts.SHORTCUTS.values()}
    assert all(not seq.isEmpty() for seq in keys.values())
    for places in ((shortcuts.INTAKE, shortcuts.WINDOW), (shortcuts.DIALOGS,), (shortcuts.LISTS, shortcuts.WINDOW)):
        seen = [keys[k.name].toString() for k in shortcuts.SHORTCUTS.values() if k.where in places]
        assert len(seen) == len(set(seen)), (places, seen)
    reserved = {QKeySequence(k).toString() for k in ("Ctrl+A", "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Z", "Ctrl+Y",
                                                      "F1", "F5", "F10", *(f"Ctrl+{i}" for i in range(2, 10)))}
    assert not reserved & {seq.toString() for name, seq in keys.items() if name != "sections"}


def test_the_guide_lists_every_shortcut():
    """docs/使用说明.md carries the table the shortcut module generates (regenerate it with guide_table())."""
    from desktop.ui.common import shortcuts

    text = GUIDE.read_text(encoding="utf-8")
    block = re.search(r"<!-- shortcuts:begin -->\n(.*?)\n<!-- shortcuts:end -->", text, re.S)
    assert block is not None and block.group(1) == shortcuts.guide_table()
    for key in shortcuts.SHORTCUTS.values():
        assert f"**{key.written}**" in block.group(1)


@pytest.mark.parametrize(("vin", "label", "key"), [
    (VIN_OK, "车辆档案", "F2"), (VIN_NO_OWNER, "维护车主", "F3"), (VIN_UNKNOWN, "新增车辆档案", "F9"),
])
def test_the_next_step_shows_its_key(kb, window, vin, label, key):
    lookup(kb, vin)
    button = window.intake.next_button
    assert button.text() == f"{label} [{key}]" and button.property("label") == label


# -- bug: Enter on the highlighted next step ---------------------------------------------------------------------
def test_enter_on_the_next_step_runs_it_also_after_a_dialog_was_closed(kb, window):
    """W3: 维护车主 is the focused next step; Enter opens it. Esc closes the dialog: the keyboard is back on the
    next step (the window is active again), and Enter (the keypad's too) opens it again."""
    assert lookup(kb, VIN_NO_OWNER) == "vehicle_only"
    assert kb.focus() is window.intake.next_button
    kb.enter()
    first = kb.wait_dialog()
    assert isinstance(first, OwnerDialog)
    kb.press(Qt.Key.Key_Escape)
    kb.wait_no_dialog()
    kb.qtbot.waitUntil(lambda: QApplication.focusWidget() is window.intake.next_button)
    kb.press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert isinstance(kb.wait_dialog(), OwnerDialog)


# -- bug: 车牌, 更换车主, 联系人, the PDI choice only by mouse or many Tabs --------------------------------------------
def test_f_keys_open_plate_owner_contacts_and_the_owner_record(kb, window):
    assert lookup(kb, VIN_OK) == "vehicle_and_owner"
    assert kb.focus() is window.intake.deliverer_name
    for key, kind in (("F4", PlateDialog), ("F3", OwnerDialog), ("F6", ContactsDialog), ("F7", CustomerDialog)):
        kb.press(key)
        assert isinstance(kb.wait_dialog(), kind), key
        kb.press(Qt.Key.Key_Escape)
        kb.wait_no_dialog()
        kb.qtbot.waitUntil(lambda: QApplication.focusWidget() is window.intake.deliverer_name)
    assert window.intake.change_owner_button.text() == "更换车主 [F3]"


def test_alt_d_chooses_pdi_for_a_stock_car_and_the_deliverer_comes_next(kb, window, world):
    add_vehicle(world.db, VIN_STOCK, origin="generated", sale_date=None)
    assert lookup(kb, VIN_STOCK) == "vehicle_only"
    kb.press("Alt+D")
    form = window.intake.form
    assert form.kind() == "pdi" and form.settlement.currentData() == "manufacturer"
    assert kb.focus() is form.deliverer_name and form.save_button.isEnabled()
    kb.press("Alt+N")
    assert form.kind() == "normal" and not form.save_button.isEnabled()  # W5: no owner


# -- bug: Enter in a list search does not open the top hit -------------------------------------------------------
def test_enter_in_a_list_search_opens_the_top_hit_and_arrows_move_the_selection(kb, window, world):
    add_customer(world.db, "C0009", "汪国强", "13826409999")
    kb.press("Ctrl+2")
    page = window.customers
    assert kb.focus() is page.search_edit
    kb.type("汪国")
    with kb.qtbot.waitSignal(page.openCustomer) as top:
        kb.enter()  # searched and opened at once: the top hit
    assert top.args == [page.model.row_at(0).code] and page.model.rowCount() == 2
    kb.wait_dialog()
    kb.press(Qt.Key.Key_Escape)
    kb.wait_no_dialog()
    assert kb.focus() is page.search_edit
    kb.press(Qt.Key.Key_Down)  # the selection moves, the keyboard stays in the field
    assert kb.focus() is page.search_edit and page.table.currentIndex().row() == 1
    with kb.qtbot.waitSignal(page.openCustomer) as second:
        kb.enter()
    assert second.args == [page.model.row_at(1).code]


# -- bug: the merge dialog needs customer codes typed by hand ----------------------------------------------------
def test_merge_dialog_picks_both_customers_by_search(qtbot, world):
    from desktop.app import make_application
    from desktop.ui.main_window import MainWindow

    add_customer(world.db, "D0001", "汪国进", "13826405687")
    make_application("zh_CN")
    win = MainWindow(world.db, world.actors["mdm1"])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    kb = Keyboard(qtbot, win)
    try:
        win.open_merge()
        dialog = kb.wait_dialog()
        assert isinstance(dialog, MergeDialog) and kb.focus() is dialog.duplicate
        kb.type("汪国进")
        kb.enter()  # both 汪国进 listed
        assert dialog.picks_model.rowCount() == 2 and kb.focus() is dialog.duplicate
        codes = [dialog.picks_model.row_at(i).code for i in range(2)]
        kb.press(Qt.Key.Key_Down if codes[0] != "D0001" else Qt.Key.Key_Up)
        kb.enter()  # D0001 taken: 保留客户 next
        assert dialog.duplicate.text() == "D0001" and kb.focus() is dialog.survivor
        kb.type("13826405678")  # C0001's phone
        kb.enter()
        kb.enter()  # taken: the preview, then the reason
        assert dialog.plan is not None and kb.focus() is dialog.reason
        kb.type("同一人")
        with qtbot.waitSignal(dialog.merged):
            kb.enter()
        assert customers.get_customer(world.db, world.actors["mdm1"], "D0001").merged_into_code == "C0001"
    finally:
        win.worker.wait_for_done()
        win.close()


# -- bug: new vehicle step two ------------------------------------------------------------------------------------
def test_new_vehicle_step_two_actions_are_enabled_and_a_car_without_plate_gets_an_owner(kb, window):
    assert lookup(kb, VIN_UNKNOWN) == "not_found"
    kb.enter()
    dialog = kb.wait_dialog()
    assert isinstance(dialog, NewVehicleDialog) and kb.focus() is dialog.model_edit
    kb.type("本田 雅阁 2.0T")
    kb.enter()  # M2: step one saved
    assert dialog.detail is not None and kb.focus() is dialog.plate_edit
    for name in ("saveNewPlate", "addOwner", "saveOther", "finishVehicle"):
        assert dialog.findChild(QPushButton, name).isEnabled(), name
    kb.enter()  # no plate yet (P1 later): on to the owner (O2)
    assert kb.focus() is dialog.owner_button and dialog.message.property("level") == "info"
    kb.enter()
    owner = kb.wait_dialog()
    assert isinstance(owner, OwnerDialog)
    kb.press(Qt.Key.Key_Escape)
    kb.qtbot.waitUntil(lambda: kb.dialog() is dialog and QApplication.focusWidget() is dialog.owner_button)
    kb.press("F3")  # 添加车主 by its key too
    assert isinstance(kb.wait_dialog(), OwnerDialog)


# -- bug: stale state ---------------------------------------------------------------------------------------------
def test_the_last_work_order_notice_goes_when_the_next_car_is_looked_up(kb, window):
    assert lookup(kb, VIN_OK) == "vehicle_and_owner"
    kb.type("王小明")
    kb.tab()
    kb.type("13800138001")
    kb.enter()
    result = window.intake.form.result_label
    assert result.text().startswith("已开工单")
    assert lookup(kb, VIN_NO_OWNER) == "vehicle_only"
    assert result.text() == ""


def test_a_red_mark_goes_when_the_field_is_filled_in(kb, window):
    """W8: a refused phone is marked; 车主本人送修 fills it in (Alt+O, or the button): the mark goes, as when the
    field is typed in."""
    assert lookup(kb, VIN_OK) == "vehicle_and_owner"
    form = window.intake.form
    kb.type("王小明")
    kb.tab()
    kb.type("123")
    kb.enter()
    assert form.deliverer_phone.property("invalid") is True
    form.use_owner.click()  # (its key Alt+O: test_f_keys...)
    assert form.deliverer_phone.text() == "13826405678"
    assert form.deliverer_phone.property("invalid") is False


def test_the_customer_list_shows_the_name_customer_service_changed(kb, window, world):
    kb.press("Ctrl+2")
    page = window.customers
    kb.type("13826405678")
    kb.enter()  # searched (and 汪国进's record opened: closed again)
    if kb.dialog() is not None:
        kb.press(Qt.Key.Key_Escape)
        kb.wait_no_dialog()
    assert page.model.row_at(0).name == "汪国进"
    customers.change_core_data(world.db, world.actors["cs1"], "C0001", name="汪建国", reason="身份证核对更正",
                               version=cver(world.db, "C0001"))  # customer service, on another workstation
    kb.press("Ctrl+1")
    kb.press("Ctrl+2")
    assert page.model.row_at(0).name == "汪建国"


# -- bug: the duplicate dialog preselects a pending customer ------------------------------------------------------
def _create_owner_like(kb: Keyboard, name: str, phone: str) -> OwnerDialog:
    """维护车主 of the car without owner; the new owner typed into ② (its first field: Ctrl+N)."""
    assert lookup(kb, VIN_NO_OWNER) == "vehicle_only"
    kb.enter()
    dialog = kb.wait_dialog()
    assert isinstance(dialog, OwnerDialog)
    dialog.new_fields["name"].setFocus()
    kb.type(name)
    kb.tab()
    kb.type(phone)
    kb.enter()  # a possible duplicate (C2b): the duplicate dialog
    return dialog


def test_o6_the_duplicate_dialog_never_preselects_a_pending_customer(kb, window, world):
    """C2b: the only look-alike is pending: nothing is chosen for the user, 使用该客户 is off and the dialog says
    why (O6, C9); Enter does not hand the pending customer on."""
    add_customer(world.db, "P0001", "周建国", "13600135999", status="pending")
    owner = _create_owner_like(kb, "周建国", "13600135111")
    dup = kb.wait_dialog()
    assert isinstance(dup, DuplicateDialog) and owner.duplicate_dialog is dup
    assert not dup.table.selectionModel().selectedRows() and not dup.use_button.isEnabled()
    assert dup.why.isVisible() and "待启用" in dup.why.text() and "O6" in dup.why.text()
    kb.enter()
    assert dup.decision is None and kb.dialog() is dup


def test_o6_the_duplicate_dialog_preselects_the_customer_that_can_be_used(kb, window, world):
    add_customer(world.db, "P0001", "周建国", "13600135999", status="pending")
    add_customer(world.db, "E0001", "周建国", "13600135000")
    _create_owner_like(kb, "周建国", "13600135111")
    dup = kb.wait_dialog()
    assert isinstance(dup, DuplicateDialog) and dup.selected().customer_code == "E0001"
    assert dup.use_button.isEnabled() and not dup.why.isVisible()
    kb.press(Qt.Key.Key_Up if dup.table.currentIndex().row() else Qt.Key.Key_Down)  # onto the pending one
    assert dup.selected().customer_code == "P0001" and not dup.use_button.isEnabled() and dup.why.isVisible()
