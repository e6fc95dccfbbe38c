"""Intake by keyboard only (W1-W8, V8, S3): type or scan the VIN, press Enter, read the banner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from sqlalchemy import func, select

from desktop.models import WorkOrder
from tests.ui.conftest import VIN_NO_OWNER, VIN_OK, VIN_OTHER_STORE, VIN_TYPO, VIN_UNKNOWN, type_text


def panel_of(window):
    return window.intake


def enter_vin(qtbot, window, text: str) -> str:
    panel = panel_of(window)
    vin_input = window.findChild(QLineEdit, "vinInput")
    assert vin_input is panel.vin_input
    vin_input.setFocus()
    with qtbot.waitSignal(panel.lookupFinished, timeout=10000) as blocker:
        type_text(vin_input, text)
        qtbot.keyClick(vin_input, Qt.Key.Key_Return)
    status = window.findChild(QLabel, "intakeStatusTitle").parentWidget()
    assert status.objectName() == "intakeStatus"
    assert status.property("outcome") == blocker.args[0]
    return blocker.args[0]


def work_order_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(WorkOrder))


def test_vin_input_is_focused_on_start(window, qtbot):
    qtbot.waitUntil(lambda: window.intake.vin_input.hasFocus())


@pytest.mark.parametrize(
    ("vin", "outcome", "next_step"),
    [
        (VIN_OK, "vehicle_and_owner", "车辆档案"),
        (VIN_NO_OWNER, "vehicle_only", "维护车主"),
        (VIN_UNKNOWN, "not_found", "新增车辆档案"),
        (VIN_OTHER_STORE, "other_store", "添加本店维修中心"),
        (VIN_TYPO, "suspected_typo", "联系主数据团队"),
    ],
)
def test_w1_each_outcome_by_keyboard(window, qtbot, vin, outcome, next_step):
    assert enter_vin(qtbot, window, vin) == outcome
    button = window.findChild(QPushButton, "nextStepButton")
    assert button.isVisible() and button.text() == next_step
    # W5: only vehicle and owner loaded lets a normal work order be saved
    assert window.findChild(QPushButton, "saveWorkOrder").isEnabled() == (outcome == "vehicle_and_owner")


def test_w1_scanner_input_is_cleaned_lower_case_spaces_full_width(window, qtbot):
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in VIN_OK[:6].lower())
    typed = " " + fullwidth + " " + VIN_OK[6:].lower()
    assert enter_vin(qtbot, window, typed) == "vehicle_and_owner"
    assert window.intake.vin_input.text() == VIN_OK


def test_cards_show_vehicle_and_masked_owner(window, qtbot):
    enter_vin(qtbot, window, VIN_OK)
    assert window.findChild(QLabel, "vehicleModel").text() == "大众 朗逸 1.5L"
    assert VIN_OK in window.findChild(QLabel, "vehicleVin").text()
    assert "粤A6D218" in window.findChild(QLabel, "vehiclePlate").text()
    assert "天河维修中心" in window.findChild(QLabel, "vehicleCenters").text()
    assert "2026-05-31" in window.findChild(QLabel, "vehicleInsurance").text()
    assert window.findChild(QLabel, "ownerName").text() == "汪国进"
    assert window.findChild(QLabel, "ownerPhone").text() == "138****5678"


def test_plate_lookup(window, qtbot):
    panel = window.intake
    with qtbot.waitSignal(panel.lookupFinished, timeout=10000) as blocker:
        type_text(panel.plate_input, "粤a6d218")
        qtbot.keyClick(panel.plate_input, Qt.Key.Key_Return)
    assert blocker.args == ["vehicle_and_owner"]
    assert panel.vin_input.text() == VIN_OK


def test_w8_work_order_needs_deliverer_name_and_valid_phone(window, qtbot, world):
    enter_vin(qtbot, window, VIN_OK)
    panel = window.intake
    save = window.findChild(QPushButton, "saveWorkOrder")
    message = window.findChild(QLabel, "workOrderMessage")
    name = window.findChild(QLineEdit, "delivererName")
    phone = window.findChild(QLineEdit, "delivererPhone")
    assert name.hasFocus()  # keyboard first: after the lookup the deliverer comes next
    assert name.text() == "" and phone.text() == ""  # never silently copied from the owner

    qtbot.keyClick(name, Qt.Key.Key_Return)  # Enter submits: refused, nothing saved
    qtbot.waitUntil(lambda: "送修人" in message.text())
    assert name.property("invalid") is True
    assert work_order_count(world.db) == 0

    type_text(name, "王小明")
    qtbot.keyClicks(phone, "1380013800")  # one digit short
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: phone.property("invalid") is True)
    assert "电话" in message.text()
    assert work_order_count(world.db) == 0
    assert save.isEnabled()

    phone.clear()
    qtbot.keyClicks(phone, "13800138001")
    qtbot.keyClicks(window.findChild(QLineEdit, "mileage"), "45210")
    with qtbot.waitSignal(panel.workOrderSaved, timeout=10000) as blocker:
        qtbot.keyClick(phone, Qt.Key.Key_Return)
    order = blocker.args[0]
    assert order.deliverer_name == "王小明" and order.mileage == 45210
    assert order.number in window.findChild(QLabel, "workOrderResult").text()
    # the panel is ready for the next car
    assert panel.vin_input.text() == "" and name.text() == "" and not save.isEnabled()
    assert panel.status.property("outcome") == ""
    assert work_order_count(world.db) == 1


def test_w6_pdi_without_owner_needs_settlement_party(window, qtbot, world):
    assert enter_vin(qtbot, window, VIN_NO_OWNER) == "vehicle_only"
    panel = window.intake
    assert not panel.save_button.isEnabled()
    assert not panel.settlement.isEnabled()
    panel.kind_buttons["pdi"].click()
    assert panel.save_button.isEnabled() and panel.settlement.isEnabled()
    assert panel.settlement.currentData() == "manufacturer"
    type_text(panel.deliverer_name, "王小明")
    qtbot.keyClicks(panel.deliverer_phone, "13800138001")
    with qtbot.waitSignal(panel.workOrderSaved, timeout=10000) as blocker:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].kind == "pdi" and blocker.args[0].settlement_party == "manufacturer"


def test_owner_button_fills_owner_only_when_asked(window, qtbot):
    enter_vin(qtbot, window, VIN_OK)
    panel = window.intake
    assert panel.deliverer_name.text() == ""
    panel.use_owner.click()
    assert panel.deliverer_name.text() == "汪国进" and panel.deliverer_phone.text() == "13826405678"


def test_esc_clears_the_panel(window, qtbot):
    enter_vin(qtbot, window, VIN_OK)
    panel = window.intake
    type_text(panel.deliverer_name, "王小明")
    qtbot.keyClick(panel.deliverer_name, Qt.Key.Key_Escape)
    assert panel.vin_input.text() == "" and panel.deliverer_name.text() == ""
    assert panel.vehicle_values["vehicleModel"].text() == "—"
    assert not panel.save_button.isEnabled()
    assert panel.vin_input.hasFocus()


def test_an_older_lookup_never_overwrites_a_newer_one(window, qtbot):
    panel = window.intake
    panel.vin_input.setText(VIN_UNKNOWN)
    panel.lookup_vin()
    panel.vin_input.setText(VIN_OK)
    with qtbot.waitSignal(panel.lookupFinished, timeout=10000):
        panel.lookup_vin()
    window.worker.wait_for_done()
    qtbot.wait(50)  # let any late (stale) delivery arrive; it must be ignored
    assert panel.status.property("outcome") == "vehicle_and_owner"


def test_s2_magnifier_lists_find_and_open_records(window, qtbot):
    window.nav.setCurrentRow(1)
    page = window.customers
    type_text(page.search_edit, "汪国")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.row_at(0).code == "C0001"
    page.table.setFocus()
    with qtbot.waitSignal(page.openCustomer) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == ["C0001"]

    window.nav.setCurrentRow(2)
    vehicles = window.vehicles
    qtbot.keyClicks(vehicles.search_edit, VIN_OK[-6:])
    qtbot.keyClick(vehicles.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vehicles.model.rowCount() >= 1, timeout=10000)
    assert vehicles.model.row_at(0).vin == VIN_OK
    # S2: another store's vehicle is not listed
    vehicles.search_edit.clear()
    qtbot.keyClicks(vehicles.search_edit, VIN_OTHER_STORE[-6:])
    qtbot.keyClick(vehicles.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vehicles.count.text().startswith("0"), timeout=10000)
