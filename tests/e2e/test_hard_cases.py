"""Every hard case of the rulebook walked as an advisor does it, on the demo group (adv1, store S01):
VIN, Enter, the guided dialog, confirm, the intake loads again, the work order is saved (W8).

User actions after VIN+Enter (clicks, Enter presses; typing into fields is not counted) are counted and
held under their ceilings: other store (M3) <= 3, plate now on another car (P3) <= 4 (<= 2 when the plate is
typed in the intake's plate field), owner not retained (W3) <= 2, new owner or change of owner <= 3 plus the
customer's fields. Run with -s to see the counts.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.demo import MOVED_PLATE, SCENARIO_VINS, SCENARIOS
from desktop.services import auth, vehicles, work_orders
from desktop.storage import Database
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.vehicle.attach_store_dialog import AttachStoreDialog
from desktop.ui.vehicle.new_vehicle_dialog import NewVehicleDialog
from desktop.ui.vehicle.plate_dialog import PlateDialog
from tests.ui.conftest import type_text

T = 15000
COUNTS: dict[str, int] = {}


@pytest.fixture
def window(demo_window: Any) -> Any:
    """adv1's main window on the demo group (tests.conftest.demo_window)."""
    return demo_window


class Advisor:
    """Drives the window like the advisor and counts what they press after VIN+Enter."""

    def __init__(self, qtbot: Any, window: Any) -> None:
        self.qtbot = qtbot
        self.window = window
        self.panel = window.intake
        self.actions = 0

    def vin(self, vin: str) -> str:
        """Type or scan the VIN and press Enter (W1): not counted."""
        self.panel.vin_input.setFocus()
        self.panel.vin_input.clear()
        with self.qtbot.waitSignal(self.panel.lookupFinished, timeout=T) as blocker:
            type_text(self.panel.vin_input, vin)
            self.qtbot.keyClick(self.panel.vin_input, Qt.Key.Key_Return)
        self.actions = 0
        return blocker.args[0]

    def plate(self, plate: str) -> str:
        """Type the plate in the intake's plate field and press Enter: not counted (as the VIN)."""
        self.panel.plate_input.setFocus()
        self.panel.plate_input.clear()
        with self.qtbot.waitSignal(self.panel.lookupFinished, timeout=T) as blocker:
            type_text(self.panel.plate_input, plate)
            self.qtbot.keyClick(self.panel.plate_input, Qt.Key.Key_Return)
        self.actions = 0
        return blocker.args[0]

    def click(self, button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.actions += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def enter(self, widget: QWidget) -> None:
        """Enter where the keyboard is (for a dialog: its focus widget)."""
        self.actions += 1
        target = widget.focusWidget() if widget.isWindow() and widget.focusWidget() else widget
        self.qtbot.keyClick(target, Qt.Key.Key_Return)

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        self.actions += 1
        self.qtbot.keyClick(widget, key)

    def dialog(self, kind: type) -> Any:
        dialog = self.panel.dialogs[-1]
        assert isinstance(dialog, kind)
        return dialog

    def until_reloaded(self, press: Any) -> str:
        """Press something that ends a guided dialog; wait for the intake to load the VIN again (W5)."""
        with self.qtbot.waitSignal(self.panel.lookupFinished, timeout=T) as blocker:
            press()
        return blocker.args[0]

    def save_work_order(self, name: str = "王小明", phone: str = "13800138001") -> Any:
        """W8: who brought the car and their phone, typed afresh; Enter saves."""
        panel = self.panel
        assert panel.save_button.isEnabled()
        type_text(panel.deliverer_name, name)
        type_text(panel.deliverer_phone, phone)
        with self.qtbot.waitSignal(panel.workOrderSaved, timeout=T) as blocker:
            self.qtbot.keyClick(panel.deliverer_phone, Qt.Key.Key_Return)
        order = blocker.args[0]
        assert (order.deliverer_name, order.deliverer_phone) == (name, phone)
        return order

    def report(self, case: str, ceiling: int | None) -> None:
        COUNTS[case] = self.actions
        print(f"\n[actions] {case}: {self.actions}" + (f" (ceiling {ceiling})" if ceiling is not None else ""))
        if ceiling is not None:
            assert self.actions <= ceiling


@pytest.fixture
def advisor(qtbot: Any, window: Any) -> Advisor:
    return Advisor(qtbot, window)


def vehicle_by_vin(db: Database, vin: str) -> Any:
    from sqlalchemy import select

    from desktop.models import Vehicle

    with db.read() as s:
        vid = s.scalar(select(Vehicle.id).where(Vehicle.vin == vin))
    return vehicles.get_vehicle(db, auth.actor_for(db, "adv1"), vid)


def test_vehicle_and_owner_goes_straight_to_the_work_order(advisor):
    assert advisor.vin(SCENARIOS["vehicle_and_owner"]) == "vehicle_and_owner"
    order = advisor.save_work_order()
    assert order.owner_name == "汪国进" and order.kind == "normal"
    advisor.report("vehicle_and_owner (no fix needed)", 0)


def test_m3_other_store_attach_in_at_most_3_actions(advisor, demo_db):
    vin = SCENARIOS["other_store"]
    assert advisor.vin(vin) == "other_store"
    advisor.click(advisor.panel.next_button)  # 添加本店维修中心
    dialog = advisor.dialog(AttachStoreDialog)
    advisor.qtbot.waitUntil(lambda: dialog.confirm_button.isEnabled(), timeout=T)
    assert advisor.until_reloaded(lambda: advisor.enter(dialog)) == "vehicle_and_owner"  # confirm
    advisor.report("M3 other store", 3)
    d = vehicle_by_vin(demo_db, vin)
    assert sorted(rc.store_code for rc in d.repair_centers) == ["S01", "S02"]
    assert "S01" in d.owner.store_codes
    order = advisor.save_work_order()
    assert order.owner_name == "陈志强"


def test_p3_plate_on_another_car_in_at_most_4_actions(advisor, demo_db):
    new_vin, old_vin = SCENARIO_VINS["plate moved (new car)"], SCENARIO_VINS["plate moved (old car)"]
    assert advisor.vin(new_vin) == "vehicle_and_owner"
    advisor.click(advisor.panel.plate_button)  # 车牌
    dialog = advisor.dialog(PlateDialog)
    advisor.qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=T)
    type_text(dialog.plate_edit, MOVED_PLATE)
    advisor.enter(dialog)  # save: the plate is on the old car
    advisor.qtbot.waitUntil(lambda: dialog.conflict is not None, timeout=T)
    assert dialog.sides["old"]["vin"].text() == old_vin
    assert advisor.until_reloaded(lambda: advisor.enter(dialog)) == "vehicle_and_owner"  # move the plate
    advisor.report("P3 plate now on another car", 4)
    old, new = vehicle_by_vin(demo_db, old_vin), vehicle_by_vin(demo_db, new_vin)
    assert (old.plate, old.plate_color, old.vin, old.model) == (None, None, old_vin, "别克 英朗 15T 精英型")  # P4
    assert new.plate == MOVED_PLATE
    assert advisor.save_work_order().plate == MOVED_PLATE


def test_p3_plate_typed_in_the_intake_plate_field_in_at_most_2_actions(advisor, demo_db):
    """README: the new car by VIN, then the old plate in the plate field: the new car stays loaded (W1 / V7),
    Enter opens P3 with both cars, Enter moves the plate; the work order goes on the new car."""
    new_vin, old_vin = SCENARIO_VINS["plate moved (new car)"], SCENARIO_VINS["plate moved (old car)"]
    panel = advisor.panel
    assert advisor.vin(new_vin) == "vehicle_and_owner"
    assert advisor.plate(MOVED_PLATE) == "plate_on_other_vehicle"
    assert panel.vin_input.text() == new_vin and not panel.save_button.isEnabled()
    assert panel.status.property("outcome") == "plate_on_other_vehicle"
    advisor.key(panel.next_button, Qt.Key.Key_Return)  # 车牌移到本车（P3）
    advisor.qtbot.waitUntil(lambda: bool(panel.dialogs), timeout=T)
    dialog = advisor.dialog(PlateDialog)
    advisor.qtbot.waitUntil(lambda: dialog.conflict is not None, timeout=T)
    assert dialog.sides["old"]["vin"].text() == old_vin and dialog.sides["new"]["vin"].text() == new_vin
    assert advisor.until_reloaded(lambda: advisor.enter(dialog)) == "vehicle_and_owner"  # move the plate
    advisor.report("P3 plate typed in the intake plate field", 2)
    old, new = vehicle_by_vin(demo_db, old_vin), vehicle_by_vin(demo_db, new_vin)
    assert (old.plate, old.vin, old.model) == (None, old_vin, "别克 英朗 15T 精英型")  # P4
    assert new.plate == MOVED_PLATE
    order = advisor.save_work_order()
    assert (order.vin, order.plate) == (new_vin, MOVED_PLATE)


def test_v7_plate_alone_then_the_last_6_of_the_vin(advisor, demo_db):
    """W1 / V7 plate first: the plate of the vehicle-and-owner scenario, the VIN's last 6 typed from the car."""
    vin = SCENARIOS["vehicle_and_owner"]
    panel = advisor.panel
    assert advisor.plate("粤A6D218") == "vehicle_and_owner"
    assert panel.status.property("outcome") == "vin_unconfirmed" and not panel.save_button.isEnabled()
    type_text(panel.vin_check, vin[-6:])
    advisor.enter(panel.vin_check)
    assert panel.vin_input.text() == vin and panel.save_button.isEnabled()
    advisor.report("V7 plate alone, VIN checked", 1)
    assert advisor.save_work_order().vin == vin


def test_w3_owner_not_retained_in_at_most_2_actions(advisor, demo_db):
    assert advisor.vin(SCENARIOS["vehicle_only (owner not retained)"]) == "vehicle_only"
    advisor.click(advisor.panel.next_button)  # 维护车主
    dialog = advisor.dialog(OwnerDialog)
    advisor.qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=T)
    assert advisor.until_reloaded(lambda: advisor.enter(dialog)) == "vehicle_and_owner"  # 设为保有客户
    advisor.report("W3 owner not retained", 2)
    assert advisor.save_work_order().owner_name == "李嘉怡"


def test_w3_o2_new_owner_in_at_most_3_actions_plus_fields(advisor, demo_db):
    vin = SCENARIOS["vehicle_only (no owner)"]
    assert advisor.vin(vin) == "vehicle_only"
    advisor.click(advisor.panel.next_button)  # 维护车主
    dialog = advisor.dialog(OwnerDialog)
    advisor.qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.new_fields["name"], "欧阳明远")
    type_text(dialog.new_fields["phone"], "13555550123")
    type_text(dialog.new_fields["id_number"], "11010519491231002X")

    def create() -> None:
        advisor.enter(dialog.new_fields["id_number"])  # 新建并设为车主 (after the duplicate check)

    with advisor.qtbot.waitSignal(advisor.panel.lookupFinished, timeout=T) as blocker:
        create()
        if dialog.duplicate_dialog is not None:  # a look-alike in the group: confirm with a reason
            type_text(dialog.duplicate_dialog.reason, "同名不同人")
            advisor.enter(dialog.duplicate_dialog.reason)
    assert blocker.args == ["vehicle_and_owner"]
    advisor.report("W3/O2 new owner", 3)
    owner = vehicle_by_vin(demo_db, vin).owner
    assert owner.name == "欧阳明远" and owner.category == "retained" and owner.status == "pending"
    assert advisor.save_work_order().owner_name == "欧阳明远"


def test_w2a_change_of_owner_to_a_new_customer_in_at_most_3_actions(advisor, demo_db):
    vin = SCENARIOS["owner sold on (W2a)"]
    assert advisor.vin(vin) == "vehicle_and_owner"
    advisor.click(advisor.panel.change_owner_button)  # 更换车主
    dialog = advisor.dialog(OwnerDialog)
    advisor.qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.new_fields["name"], "司马嘉禾")
    type_text(dialog.new_fields["phone"], "13655550199")
    type_text(dialog.reason, "二手车过户")
    assert advisor.until_reloaded(lambda: advisor.enter(dialog.new_fields["phone"])) == "vehicle_and_owner"
    advisor.report("W2a change of owner (new customer)", 3)
    d = vehicle_by_vin(demo_db, vin)
    assert d.owner.name == "司马嘉禾" and d.ownership_history[0].old_owner == "周建国"
    assert advisor.save_work_order().owner_name == "司马嘉禾"


def test_o3_change_of_owner_to_an_existing_customer_in_at_most_3_actions(advisor, demo_db):
    vin = SCENARIOS["owner sold on (W2a)"]
    assert advisor.vin(vin) == "vehicle_and_owner"
    advisor.click(advisor.panel.change_owner_button)
    dialog = advisor.dialog(OwnerDialog)
    advisor.qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.search_edit, "13711112046")  # 黄文华's phone
    advisor.enter(dialog.search_edit)  # search
    advisor.qtbot.waitUntil(lambda: dialog.results_model.rowCount() >= 1, timeout=T)
    assert dialog.selected_row().name == "黄文华"
    assert advisor.until_reloaded(lambda: advisor.enter(dialog)) == "vehicle_and_owner"  # link the selected
    advisor.report("O3 change of owner (existing customer)", 3)
    assert vehicle_by_vin(demo_db, vin).owner.code == "KHD0000004"
    assert advisor.save_work_order().owner_name == "黄文华"


def test_c2_certain_duplicate_reuses_the_customer(advisor, demo_db):
    """Creating 汪国进 with his phone again is refused (C2a): the duplicate dialog links the existing one."""
    vin = SCENARIOS["vehicle_only (no owner)"]
    advisor.vin(vin)
    advisor.click(advisor.panel.next_button)
    dialog = advisor.dialog(OwnerDialog)
    advisor.qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.new_fields["name"], "汪国进")
    type_text(dialog.new_fields["phone"], "13826401234")
    advisor.enter(dialog.new_fields["phone"])
    advisor.qtbot.waitUntil(lambda: dialog.duplicate_dialog is not None, timeout=T)
    dup = dialog.duplicate_dialog
    assert dup.certain and dup.model.index(0, 1).data() == "KHD0000001"
    assert advisor.until_reloaded(lambda: advisor.enter(dup)) == "vehicle_and_owner"  # 使用该客户
    advisor.report("C2 certain duplicate -> reuse", 3)
    assert vehicle_by_vin(demo_db, vin).owner.code == "KHD0000001"


def test_m1_m2_new_vehicle_plate_and_owner(advisor, demo_db):
    vin = SCENARIOS["not_found"]
    assert advisor.vin(vin) == "not_found"
    advisor.click(advisor.panel.next_button)  # 新增车辆档案
    dialog = advisor.dialog(NewVehicleDialog)
    type_text(dialog.model_edit, "大众 速腾 280TSI 豪华版")
    with advisor.qtbot.waitSignal(dialog.vehicleSaved, timeout=T):
        advisor.enter(dialog.model_edit)  # step one: model and VIN only
    type_text(dialog.plate_edit, "粤A5N260")
    with advisor.qtbot.waitSignal(dialog.vehicleSaved, timeout=T):
        advisor.enter(dialog.plate_edit)
    advisor.click(dialog.owner_button)
    owner = dialog.child
    advisor.qtbot.waitUntil(lambda: owner.detail is not None, timeout=T)
    type_text(owner.new_fields["name"], "上官文静")
    type_text(owner.new_fields["phone"], "13655550777")
    with advisor.qtbot.waitSignal(dialog.vehicleSaved, timeout=T):
        advisor.enter(owner.new_fields["phone"])
    assert advisor.until_reloaded(lambda: advisor.click(dialog.finish_button)) == "vehicle_and_owner"
    advisor.report("M1/M2 new vehicle + plate + new owner", None)
    d = vehicle_by_vin(demo_db, vin)
    assert (d.origin, d.plate, d.owner.name) == ("manual", "粤A5N260", "上官文静")
    advisor.save_work_order()


def test_v8_suspected_typo_is_escalated_not_created(advisor, demo_db):
    assert advisor.vin(SCENARIOS["suspected_typo"]) == "suspected_typo"
    advisor.click(advisor.panel.next_button)  # 联系主数据团队
    dialog = advisor.dialog(NewVehicleDialog)
    assert SCENARIO_VINS["vehicle_and_owner"] in dialog.note.toPlainText()
    advisor.click(dialog.copy_button)
    advisor.report("V8 suspected typo -> escalation note copied", None)
    assert not advisor.panel.save_button.isEnabled()


def test_w6_pdi_stock_car_without_owner_settled_by_the_manufacturer(advisor, demo_db):
    """README: LSVAG2183RA900007 is a stock car (generated, never owned, no repair order): PDI allowed."""
    vin = SCENARIOS["PDI stock car (no owner)"]
    assert vin == "LSVAG2183RA900007"
    assert work_orders.stock_car_problem(demo_db, auth.actor_for(demo_db, "adv1"), vehicle_by_vin(demo_db, vin).id) \
        is None
    assert advisor.vin(vin) == "vehicle_only"
    panel = advisor.panel
    advisor.click(panel.kind_buttons["pdi"])
    assert panel.settlement.currentData() == "manufacturer"  # the default points at the warranty claim
    order = advisor.save_work_order()
    assert (order.kind, order.settlement_party, order.owner_id) == ("pdi", "manufacturer", None)
    advisor.report("W6 PDI stock car", None)


def test_w6_no_pdi_for_the_hand_created_car_without_owner(advisor, demo_db):
    """Issue #12.3: the hand-created car without owner (W3) gets no PDI as a way round the owner rule (W5)."""
    assert advisor.vin(SCENARIOS["vehicle_only (no owner)"]) == "vehicle_only"
    panel = advisor.panel
    assert not panel.kind_buttons["pdi"].isEnabled() and not panel.kind_buttons["transport_damage"].isEnabled()
    assert "W6" in panel.kind_buttons["pdi"].toolTip()
    assert not panel.save_button.isEnabled()


def test_zz_print_counts():
    print("\n[actions] summary: " + ", ".join(f"{k}={v}" for k, v in COUNTS.items()))
