"""Issue #12 on the intake panel, by keyboard: the plate field never swaps in another car (W1 / V7 plate first,
P3, P1), a car loaded by its plate alone waits for the VIN check (V7), and PDI / transport damage are offered
only for stock cars (W6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.models import WorkOrder
from desktop.services import vehicles
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.vehicle.plate_dialog import PlateDialog
from tests.factories import add_vehicle
from tests.ui.conftest import VIN_MANUAL, VIN_NO_OWNER, VIN_OK, make_vin, type_text
from tests.ui.test_intake_panel import VIN_STOCK, enter_vin

VIN_NEW_CAR = make_vin("LGBH52E0PA500005")  # 汪国进's new car: loaded by VIN, no plate yet
OLD_PLATE = "粤A6D218"  # on VIN_OK, his old car
T = 10000


@pytest.fixture
def new_car(world) -> int:
    return add_vehicle(world.db, VIN_NEW_CAR, model="日产 轩逸 1.6XL", owner="C0001")


def enter_plate(qtbot, window, plate: str) -> str:
    panel = window.intake
    panel.plate_input.setFocus()
    panel.plate_input.clear()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        type_text(panel.plate_input, plate)
        qtbot.keyClick(panel.plate_input, Qt.Key.Key_Return)
    return blocker.args[0]


def enter(qtbot, widget) -> None:
    """Enter where the keyboard is (a dialog: its focus widget)."""
    target = widget.focusWidget() if widget.isWindow() and widget.focusWidget() else widget
    qtbot.keyClick(target, Qt.Key.Key_Return)


def car(world, vehicle_id: int):
    return vehicles.get_vehicle(world.db, world.actors["adv1"], vehicle_id)


def work_orders_saved(world) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(WorkOrder))


def save_by_keyboard(qtbot, panel, name: str = "王小明", phone: str = "13800138001"):
    assert panel.save_button.isEnabled()
    type_text(panel.deliverer_name, name)
    type_text(panel.deliverer_phone, phone)
    with qtbot.waitSignal(panel.workOrderSaved, timeout=T) as blocker:
        qtbot.keyClick(panel.deliverer_phone, Qt.Key.Key_Return)
    return blocker.args[0]


# -- P3 / W1: the plate of another car, typed while a car is loaded by VIN -----------------------------------
def test_p3_plate_of_another_car_keeps_the_loaded_car_and_opens_p3_by_enter(window, qtbot, world, new_car):
    """Issue #12.2: load the new car by VIN, type the old plate, Enter: the VIN field keeps the new car, the
    banner says P3 (not green), no work order; Enter opens the plate dialog on its P3 page, Enter moves the plate,
    the intake loads the new car again and the work order is saved on it."""
    panel = window.intake
    assert enter_vin(qtbot, window, VIN_NEW_CAR) == "vehicle_and_owner"
    assert enter_plate(qtbot, window, "粤a6d218") == "plate_on_other_vehicle"
    assert panel.vin_input.text() == VIN_NEW_CAR  # never silently replaced by the old car
    assert panel.status.property("outcome") == "plate_on_other_vehicle"
    assert VIN_NEW_CAR in panel.vehicle_values["vehicleVin"].text()  # the cards show the car in the workshop
    assert VIN_OK in panel.status_text.text() and "P3" in panel.status_text.text()
    assert not panel.save_button.isEnabled()
    assert "P3" in panel.form_hint.text()
    assert panel.next_button.isVisible() and panel.next_button.property("label") == "车牌移到本车（P3）"
    assert panel.next_button.hasFocus()

    qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)  # action 1: the next step, by Enter
    qtbot.waitUntil(lambda: bool(panel.dialogs), timeout=T)
    dialog = panel.dialogs[-1]
    assert isinstance(dialog, PlateDialog) and dialog.vehicle_id == new_car
    qtbot.waitUntil(lambda: dialog.conflict is not None, timeout=T)
    assert dialog.pages.currentIndex() == 1  # straight on the P3 page: both cars side by side
    assert dialog.sides["old"]["vin"].text() == VIN_OK and dialog.sides["new"]["vin"].text() == VIN_NEW_CAR
    assert dialog.move_button.isDefault() and dialog.focusWidget() is dialog.move_button
    assert car(world, world.ids["ok"]).plate == OLD_PLATE  # nothing written before the advisor confirms
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        enter(qtbot, dialog)  # action 2: move the plate
    assert blocker.args == ["vehicle_and_owner"]
    old, new = car(world, world.ids["ok"]), car(world, new_car)
    assert (old.plate, old.plate_color, old.vin, old.model) == (None, None, VIN_OK, "大众 朗逸 1.5L")  # P3 / P4
    assert new.plate == OLD_PLATE and new.plate_color == "blue"
    assert panel.vin_input.text() == VIN_NEW_CAR and panel.status.property("outcome") == "vehicle_and_owner"
    order = save_by_keyboard(qtbot, panel)
    assert (order.vin, order.plate) == (VIN_NEW_CAR, OLD_PLATE)


def test_p3_plate_moved_meanwhile_opens_step_one_with_the_plate(window, qtbot, world, new_car):
    """The old car lost the plate between the lookup and Enter: the dialog shows step one, ready to save (P1)."""
    panel = window.intake
    enter_vin(qtbot, window, VIN_NEW_CAR)
    assert enter_plate(qtbot, window, OLD_PLATE) == "plate_on_other_vehicle"
    old = car(world, world.ids["ok"])
    vehicles.set_plate(world.db, world.actors["adv1"], old.id, None, version=old.version)
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(panel.dialogs), timeout=T)
    dialog = panel.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=T)
    assert dialog.pages.currentIndex() == 0 and dialog.plate_edit.text() == OLD_PLATE
    with qtbot.waitSignal(dialog.plateSaved, timeout=T):
        enter(qtbot, dialog)
    assert car(world, new_car).plate == OLD_PLATE


def test_p1_free_plate_typed_after_the_vin_is_offered_for_this_car(window, qtbot, world, new_car):
    panel = window.intake
    enter_vin(qtbot, window, VIN_NEW_CAR)
    assert enter_plate(qtbot, window, "粤A12345") == "vehicle_and_owner"
    assert panel.result.plate_free and panel.vin_input.text() == VIN_NEW_CAR
    assert "P1" in panel.status_text.text()
    assert panel.plate_button.hasFocus()  # the offer: Enter opens the plate dialog with the plate typed
    qtbot.keyClick(panel.plate_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(panel.dialogs), timeout=T)
    dialog = panel.dialogs[-1]
    assert isinstance(dialog, PlateDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=T)
    assert dialog.plate_edit.text() == "粤A12345"
    with qtbot.waitSignal(panel.lookupFinished, timeout=T):
        enter(qtbot, dialog)
    assert car(world, new_car).plate == "粤A12345"
    assert panel.vin_input.text() == VIN_NEW_CAR and panel.save_button.isEnabled()


# -- V7: a car loaded through the plate alone -----------------------------------------------------------------
def test_v7_plate_alone_needs_the_last_6_of_the_vin_typed_from_the_car(window, qtbot, world):
    panel = window.intake
    assert enter_plate(qtbot, window, OLD_PLATE) == "vehicle_and_owner"
    assert panel.status.property("outcome") == "vin_unconfirmed" and "V7" in panel.status_title.text()
    assert panel.vin_input.text() == "" and VIN_OK[-6:] not in panel.vehicle_values["vehicleVin"].text()
    assert VIN_OK[:11] in panel.vehicle_values["vehicleVin"].text()
    assert panel.vin_check.hasFocus() and not panel.save_button.isEnabled()

    wrong = "123456" if VIN_OK[-6:] != "123456" else "654321"
    type_text(panel.vin_check, wrong)
    qtbot.keyClick(panel.vin_check, Qt.Key.Key_Return)
    assert panel.vin_check.property("invalid") is True and "不符" in panel.status_text.text()
    assert not panel.save_button.isEnabled() and panel.status.property("outcome") == "vin_unconfirmed"

    panel.vin_check.clear()
    type_text(panel.vin_check, VIN_OK[-6:].lower())
    qtbot.keyClick(panel.vin_check, Qt.Key.Key_Return)
    assert panel.status.property("outcome") == "vehicle_and_owner"
    assert panel.vin_input.text() == VIN_OK and VIN_OK in panel.vehicle_values["vehicleVin"].text()
    assert not panel.vin_check.isVisible() and panel.deliverer_name.hasFocus()
    order = save_by_keyboard(qtbot, panel)
    assert order.vin == VIN_OK and work_orders_saved(world) == 1


def test_v7_plate_first_then_the_vin_of_the_car_in_the_workshop_is_p3(window, qtbot, world, new_car):
    """The plate loads the old car; the advisor scans the VIN of the car in the workshop instead of typing the
    last 6: the plate is checked against it: P3."""
    panel = window.intake
    assert enter_plate(qtbot, window, OLD_PLATE) == "vehicle_and_owner"
    panel.vin_input.setFocus()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        type_text(panel.vin_input, VIN_NEW_CAR)
        qtbot.keyClick(panel.vin_input, Qt.Key.Key_Return)
    assert blocker.args == ["plate_on_other_vehicle"]
    assert panel.vin_input.text() == VIN_NEW_CAR and panel.result.vehicle.vin == VIN_OK


def test_v7_scanning_the_vin_of_the_same_car_confirms_it(window, qtbot, world):
    panel = window.intake
    enter_plate(qtbot, window, OLD_PLATE)
    panel.vin_input.setFocus()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        type_text(panel.vin_input, VIN_OK)
        qtbot.keyClick(panel.vin_input, Qt.Key.Key_Return)
    assert blocker.args == ["vehicle_and_owner"]
    assert panel.status.property("outcome") == "vehicle_and_owner" and panel.save_button.isEnabled()


def test_v7_a_guided_dialog_does_not_confirm_the_vin(window, qtbot, world):
    """The intake starts again after a dialog (W5) with the VIN set by the program: still unchecked (V7)."""
    panel = window.intake
    enter_plate(qtbot, window, OLD_PLATE)
    with qtbot.waitSignal(panel.lookupFinished, timeout=T):
        panel.restart(VIN_OK)
    assert panel.status.property("outcome") == "vin_unconfirmed" and not panel.save_button.isEnabled()
    assert panel.vin_input.text() == ""


def test_v7_enter_that_confirms_the_vin_presses_nothing_else(window, qtbot, world):
    """One Enter, one action: the Enter of the V7 check does not also press the next step it focuses."""
    vin = make_vin("LSVAG218NM100077")
    add_vehicle(world.db, vin, plate="粤A7K001")  # no owner: vehicle_only, next step 维护车主
    panel = window.intake
    assert enter_plate(qtbot, window, "粤A7K001") == "vehicle_only"
    assert panel.vin_check.hasFocus() and not panel.next_button.isVisible()  # V7 before any fix (M4)
    type_text(panel.vin_check, vin[-6:])
    qtbot.keyClick(panel.vin_check, Qt.Key.Key_Return)
    assert panel.status.property("outcome") == "vehicle_only" and panel.next_button.hasFocus()
    qtbot.wait(100)
    assert not panel.dialogs


def test_v7_another_stores_car_found_by_plate_is_checked_before_attaching(window, qtbot, world):
    from tests.ui.conftest import VIN_OTHER_STORE

    panel = window.intake
    assert enter_plate(qtbot, window, "粤B5G902") == "other_store"
    assert panel.status.property("outcome") == "vin_unconfirmed" and not panel.next_button.isVisible()
    type_text(panel.vin_check, VIN_OTHER_STORE[-6:])
    qtbot.keyClick(panel.vin_check, Qt.Key.Key_Return)
    assert panel.status.property("outcome") == "other_store"
    assert panel.next_button.isVisible() and panel.next_button.property("label") == "添加本店维修中心"


def test_w1_unknown_plate_alone_asks_for_the_vin(window, qtbot, world):
    panel = window.intake
    assert enter_plate(qtbot, window, "粤A00000") == "not_found"
    assert panel.next_button.property("label") == "扫描车架号" and panel.next_button.hasFocus()
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)
    assert panel.vin_input.hasFocus() and not panel.dialogs  # no vehicle is created from a plate


# -- W6: PDI / transport damage only for stock cars ----------------------------------------------------------
@pytest.mark.parametrize(("key", "vin", "reason"), [
    ("manual", VIN_MANUAL, "手工建档"),
    ("no_owner", VIN_NO_OWNER, "手工建档"),  # the issue: a hand-created car without owner
    ("ok", VIN_OK, "已有车主"),
])
def test_w6_pdi_and_transport_damage_not_offered_for_a_car_that_is_not_a_stock_car(window, qtbot, world, key, vin,
                                                                                   reason):
    panel = window.intake
    enter_vin(qtbot, window, vin)
    for kind in ("pdi", "transport_damage"):
        button = panel.kind_buttons[kind]
        assert not button.isEnabled() and "W6" in button.toolTip() and reason in button.toolTip()
    assert panel.kind() == "normal"


def test_w6_stock_car_offers_pdi_and_a_later_lookup_takes_it_back(window, qtbot, world):
    add_vehicle(world.db, VIN_STOCK, origin="generated", sale_date=None)
    panel = window.intake
    assert enter_vin(qtbot, window, VIN_STOCK) == "vehicle_only"
    assert panel.kind_buttons["pdi"].isEnabled() and panel.kind_buttons["transport_damage"].isEnabled()
    assert "库存商品车" in panel.form_hint.text()
    panel.kind_buttons["transport_damage"].click()
    assert panel.save_button.isEnabled()
    panel.vin_input.clear()
    enter_vin(qtbot, window, VIN_NO_OWNER)
    assert panel.kind() == "normal" and not panel.kind_buttons["transport_damage"].isEnabled()
    assert not panel.save_button.isEnabled()


# -- keyboard ------------------------------------------------------------------------------------------------
def test_enter_on_the_banner_next_step_opens_the_guided_dialog(window, qtbot, world):
    panel = window.intake
    assert enter_vin(qtbot, window, VIN_NO_OWNER) == "vehicle_only"
    assert panel.next_button.hasFocus()
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(panel.dialogs), timeout=T)
    assert isinstance(panel.dialogs[-1], OwnerDialog)
