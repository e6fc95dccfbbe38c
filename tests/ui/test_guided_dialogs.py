"""The guided dialogs of the hard cases, driven by keys and button presses on the small UI world:
attach (M3), plate (P3/P4), owner (W3, O6, O3), duplicate check (C2), new vehicle (M2, M3, V8), contacts (W7)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.services import customers, dedupe, vehicles
from desktop.ui.customer.duplicate_dialog import DuplicateDialog
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.vehicle.attach_store_dialog import AttachStoreDialog
from desktop.ui.vehicle.contacts_dialog import ContactsDialog
from desktop.ui.vehicle.new_vehicle_dialog import NewVehicleDialog
from desktop.ui.vehicle.plate_dialog import PlateDialog
from tests.factories import add_customer, add_vehicle
from tests.ui.conftest import VIN_MANUAL, VIN_NO_OWNER, VIN_OK, VIN_OTHER_STORE, VIN_TYPO, make_vin, type_text
from tests.ui.test_intake_panel import enter_vin

VIN_NEW_CAR = make_vin("LGBH52E0PA500005")
VIN_POTENTIAL = make_vin("LVGBE40KNA300003")
T = 10000


def press_enter(qtbot, dialog) -> None:
    """Enter where the keyboard is in the dialog (its focus widget), as the advisor presses it."""
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def opened(window, kind):
    dialog = window.intake.dialogs[-1]
    assert isinstance(dialog, kind)
    return dialog


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def detail(world, key_or_id):
    vid = world.ids.get(key_or_id, key_or_id) if isinstance(key_or_id, str) else key_or_id
    return vehicles.get_vehicle(world.db, world.actors["adv1"], vid)


# -- M3 --------------------------------------------------------------------------------------------------
def test_m3_attach_dialog_adds_repair_center_and_channel(window, qtbot, world):
    assert enter_vin(qtbot, window, VIN_OTHER_STORE) == "other_store"
    panel = window.intake
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    dialog = opened(window, AttachStoreDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)  # (the confirm button takes Enter at once)
    assert dialog.values["owner"].text().startswith("陈志强")
    assert "福田维修中心" in dialog.values["centers"].text()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        press_enter(qtbot, dialog)  # the default button
    assert blocker.args == ["vehicle_and_owner"]
    d = detail(world, "other_store")
    assert sorted(rc.code for rc in d.repair_centers) == ["R01", "R02"]  # the other store's stays
    assert sorted(d.owner.store_codes) == ["S01", "S02"]
    assert closed(dialog)


def test_m3_escape_cancels_attach(window, qtbot, world):
    enter_vin(qtbot, window, VIN_OTHER_STORE)
    window.intake.next_button.click()
    dialog = opened(window, AttachStoreDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert closed(dialog)
    assert [rc.code for rc in detail(world, "other_store").repair_centers] == ["R02"]


# -- P3 / P4 ---------------------------------------------------------------------------------------------
def test_p3_plate_dialog_moves_plate_and_keeps_old_vin(window, qtbot, world):
    new_id = add_vehicle(world.db, VIN_NEW_CAR, model="日产 轩逸 1.6XL", owner="C0001", plate=None)
    assert enter_vin(qtbot, window, VIN_NEW_CAR) == "vehicle_and_owner"
    panel = window.intake
    qtbot.mouseClick(panel.plate_button, Qt.MouseButton.LeftButton)
    dialog = opened(window, PlateDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=T)
    type_text(dialog.plate_edit, "粤a6d218")
    assert dialog.plate_edit.text() == "粤A6D218"
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.conflict is not None, timeout=T)
    # both vehicles side by side
    assert dialog.sides["old"]["vin"].text() == VIN_OK
    assert dialog.sides["new"]["vin"].text() == VIN_NEW_CAR
    assert dialog.sides["old"]["owner"].text().startswith("汪国进")
    assert "P3" in dialog.conflict_text.text()
    assert dialog.move_button.isVisible() and dialog.move_button.isDefault()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        press_enter(qtbot, dialog)
    assert blocker.args == ["vehicle_and_owner"]
    old, new = detail(world, "ok"), detail(world, new_id)
    assert (old.plate, old.plate_color) == (None, None)
    assert (old.vin, old.model) == (VIN_OK, "大众 朗逸 1.5L")  # P4
    assert new.plate == "粤A6D218" and new.vin == VIN_NEW_CAR
    assert "粤A6D218" in panel.vehicle_values["vehiclePlate"].text()


def test_p1_plate_dialog_sets_a_free_plate(window, qtbot, world):
    enter_vin(qtbot, window, VIN_MANUAL)
    window.intake.plate_button.click()
    dialog = opened(window, PlateDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.plate_edit, "粤A9X999")
    with qtbot.waitSignal(dialog.plateSaved, timeout=T):
        press_enter(qtbot, dialog)
    assert detail(world, "manual").plate == "粤A9X999"


# -- W3 / O6 / O3 ----------------------------------------------------------------------------------------
def test_w3_owner_not_retained_set_retained_in_two_actions(window, qtbot, world):
    add_customer(world.db, "P0001", "李嘉怡", "13902220000", category="potential")
    add_vehicle(world.db, VIN_POTENTIAL, owner="P0001", plate="粤A3K517")
    assert enter_vin(qtbot, window, VIN_POTENTIAL) == "vehicle_only"
    panel = window.intake
    assert panel.next_button.hasFocus() or panel.next_button.isVisible()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)  # action 1
    dialog = opened(window, OwnerDialog)
    qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=T)
    assert "不是保有客户" in dialog.notice_text.text()
    assert dialog.retain_owner_button.isDefault()
    assert dialog.focusWidget() is dialog.retain_owner_button
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        press_enter(qtbot, dialog)  # action 2
    assert blocker.args == ["vehicle_and_owner"]
    assert customers.get_customer(world.db, world.actors["adv1"], "P0001").category == "retained"


def test_o6_pending_customer_cannot_be_linked(window, qtbot, world):
    add_customer(world.db, "P0002", "周建国", "13600135999", status="pending")
    assert enter_vin(qtbot, window, VIN_NO_OWNER) == "vehicle_only"
    window.intake.next_button.click()
    dialog = opened(window, OwnerDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    assert not dialog.notice.isVisible()
    type_text(dialog.search_edit, "周建国")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.results_model.rowCount() == 1, timeout=T)
    assert dialog.selected_row().code == "P0002"
    assert not dialog.link_button.isEnabled()
    assert "待启用" in dialog.why.text() and "客服" in dialog.why.text()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)  # Enter on the row: refused with the reason
    assert "待启用" in dialog.message.text()
    assert dialog.isVisible()
    window.worker.wait_for_done()
    assert detail(world, "no_owner").owner is None


def test_o6_potential_customer_offers_set_retained_then_links(window, qtbot, world):
    add_customer(world.db, "P0003", "吴思远", "13700001111", category="potential")
    enter_vin(qtbot, window, VIN_NO_OWNER)
    window.intake.next_button.click()
    dialog = opened(window, OwnerDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.search_edit, "吴思远")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.results_model.rowCount() == 1, timeout=T)
    assert "潜在客户" in dialog.why.text()
    assert dialog.retain_link_button.isVisible()
    qtbot.waitUntil(lambda: dialog.retain_link_button.isEnabled(), timeout=T)  # the customer's version is read
    with qtbot.waitSignal(window.intake.lookupFinished, timeout=T) as blocker:
        qtbot.mouseClick(dialog.retain_link_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["vehicle_and_owner"]
    assert detail(world, "no_owner").owner.code == "P0003"


def test_o3_change_of_owner_picks_an_existing_customer(window, qtbot, world):
    add_customer(world.db, "C0009", "黄文华", "13711112046")
    assert enter_vin(qtbot, window, VIN_MANUAL) == "vehicle_and_owner"
    panel = window.intake
    assert panel.change_owner_button.isVisible()
    panel.change_owner_button.click()
    dialog = opened(window, OwnerDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    assert dialog.reason.isVisible() and "C11" in dialog.hint.text()
    type_text(dialog.search_edit, "黄文华")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.results_model.rowCount() == 1, timeout=T)
    assert dialog.link_button.isEnabled()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T):
        press_enter(qtbot, dialog)  # the results table has the keyboard
    d = detail(world, "manual")
    assert d.owner.code == "C0009" and d.ownership_history[0].old_owner == "李嘉怡"


def test_w2b_other_store_owner_not_replaced_by_same_name_customer(window, qtbot, world):
    add_customer(world.db, "C0010", "陈志强", "13510080000")  # this store's same-name customer
    vehicles.attach_store(world.db, world.actors["adv1"], world.ids["other_store"],
                          version=detail(world, "other_store").version)
    enter_vin(qtbot, window, VIN_OTHER_STORE)
    window.intake.change_owner_button.click()
    dialog = opened(window, OwnerDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.search_edit, "13510080000")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.results_model.rowCount() == 1, timeout=T)
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "W2b" in dialog.message.text(), timeout=T)
    assert detail(world, "other_store").owner.code == "C0002"


# -- C2 --------------------------------------------------------------------------------------------------
def test_c2_duplicate_dialog_certain_offers_only_use_or_cancel(qtbot, world):
    draft = {"customer_type": "individual", "name": "汪国进", "phone": "13826405678", "id_type": "", "id_number": ""}
    candidates = dedupe.find_duplicates(world.db, world.actors["adv1"], draft)
    dialog = DuplicateDialog(draft, candidates, True, message="C2")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.use_button.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.different_button.isVisible() and not dialog.reason.isVisible()
    assert dialog.findChild(QPushButton, "confirmNotDuplicate").isHidden()
    assert dialog.highlighted_fields(0) == {"name", "phone"}
    assert dialog.model.index(0, 1).data() == "C0001"
    dialog.confirm_different()  # even called directly it does nothing for a certain duplicate
    assert dialog.decision is None
    with qtbot.waitSignal(dialog.useCustomer) as blocker:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert blocker.args[0].customer_code == "C0001"
    assert dialog.result() == DuplicateDialog.DialogCode.Accepted


def test_c2_duplicate_dialog_escape_cancels(qtbot, world):
    draft = {"customer_type": "individual", "name": "汪国进", "phone": "13826405678"}
    dialog = DuplicateDialog(draft, dedupe.find_duplicates(world.db, None, draft), True)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.result() == DuplicateDialog.DialogCode.Rejected and dialog.decision is None


def test_c2_certain_duplicate_from_owner_dialog_links_the_existing_customer(window, qtbot, world):
    enter_vin(qtbot, window, VIN_NO_OWNER)
    window.intake.next_button.click()
    dialog = opened(window, OwnerDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.new_fields["name"], "汪国进")
    type_text(dialog.new_fields["phone"], "13826405678")
    press_enter_on = dialog.new_fields["phone"]
    qtbot.keyClick(press_enter_on, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.duplicate_dialog is not None, timeout=T)
    dup = dialog.duplicate_dialog
    assert dup.certain and not dup.different_button.isVisible()
    with qtbot.waitSignal(window.intake.lookupFinished, timeout=T) as blocker:
        press_enter(qtbot, dup)
    assert blocker.args == ["vehicle_and_owner"]
    assert detail(world, "no_owner").owner.code == "C0001"


def test_c2_possible_duplicate_needs_reason(window, qtbot, world):
    before = customers_count(world)
    enter_vin(qtbot, window, VIN_NO_OWNER)
    window.intake.next_button.click()
    dialog = opened(window, OwnerDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.new_fields["name"], "汪国进")
    type_text(dialog.new_fields["phone"], "13912345670")  # same name, other phone (C2b)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.duplicate_dialog is not None, timeout=T)
    dup = dialog.duplicate_dialog
    assert not dup.certain and dup.different_button.isVisible() and dup.reason.isVisible()
    assert "name" in dup.highlighted_fields(0) and "phone" not in dup.highlighted_fields(0)
    assert dup.use_button.isDefault()  # the default points at reusing the customer
    qtbot.mouseClick(dup.different_button, Qt.MouseButton.LeftButton)  # no reason: refused
    assert dup.isVisible() and dup.reason.property("invalid") is True
    assert "原因" in dup.message.text()
    assert customers_count(world) == before
    type_text(dup.reason, "同名不同人，行驶证号码不同")
    with qtbot.waitSignal(dialog.ownerChanged, timeout=T) as blocker:
        qtbot.keyClick(dup.reason, Qt.Key.Key_Return)  # Enter in the reason confirms
    owner = blocker.args[0].owner
    assert owner.name == "汪国进" and owner.code != "C0001"
    assert owner.status == "pending" and owner.category == "retained"  # C4, C9
    assert customers_count(world) == before + 1


def customers_count(world) -> int:
    from sqlalchemy import func, select

    from desktop.models import Customer

    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(Customer))


# -- M2 / M3 / V8 ----------------------------------------------------------------------------------------
def test_v8_new_vehicle_typo_stops_with_existing_vin(window, qtbot, world):
    vehicles_before = len(vehicles_list(world))
    dialog = window.intake.router.open_new_vehicle_dialog(VIN_TYPO)
    type_text(dialog.model_edit, "大众 朗逸 1.5L")
    qtbot.keyClick(dialog.model_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=T)
    assert VIN_OK in dialog.similar_label.text()
    assert "V8" in dialog.typo_headline.text()
    note = dialog.note.toPlainText()
    assert VIN_TYPO in note and VIN_OK in note and "张敏" in note
    assert dialog.note.isReadOnly() and not dialog.save_button.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == note
    assert len(vehicles_list(world)) == vehicles_before


def test_v8_intake_escalation_view(window, qtbot, world):
    assert enter_vin(qtbot, window, VIN_TYPO) == "suspected_typo"
    qtbot.mouseClick(window.intake.next_button, Qt.MouseButton.LeftButton)
    dialog = opened(window, NewVehicleDialog)
    assert dialog.pages.currentIndex() == 1 and VIN_OK in dialog.note.toPlainText()


def test_m3_new_vehicle_with_existing_vin_routes_to_attach(window, qtbot, world):
    dialog = window.intake.router.open_new_vehicle_dialog(VIN_OTHER_STORE)
    type_text(dialog.model_edit, "本田 雅阁")
    with qtbot.waitSignal(dialog.vinExists, timeout=T) as blocker:
        qtbot.keyClick(dialog.model_edit, Qt.Key.Key_Return)
    assert blocker.args == [world.ids["other_store"], False]
    attach = opened(window, AttachStoreDialog)
    qtbot.waitUntil(lambda: attach.detail is not None, timeout=T)
    assert attach.detail.vin == VIN_OTHER_STORE


def test_m2_new_vehicle_then_plate_then_owner(window, qtbot, world):
    from tests.ui.conftest import VIN_UNKNOWN

    assert enter_vin(qtbot, window, VIN_UNKNOWN) == "not_found"
    panel = window.intake
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    dialog = opened(window, NewVehicleDialog)
    assert dialog.vin_edit.text() == VIN_UNKNOWN
    type_text(dialog.model_edit, "本田 雅阁 2.0T")
    with qtbot.waitSignal(dialog.vehicleSaved, timeout=T):
        qtbot.keyClick(dialog.model_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 2
    type_text(dialog.plate_edit, "粤A7Q321")
    with qtbot.waitSignal(dialog.vehicleSaved, timeout=T) as blocker:
        qtbot.keyClick(dialog.plate_edit, Qt.Key.Key_Return)
    assert blocker.args[0].plate == "粤A7Q321"
    qtbot.mouseClick(dialog.owner_button, Qt.MouseButton.LeftButton)
    owner = dialog.child
    assert isinstance(owner, OwnerDialog)
    qtbot.waitUntil(lambda: owner.detail is not None, timeout=T)
    type_text(owner.new_fields["name"], "欧阳明远")
    type_text(owner.new_fields["phone"], "13555550123")
    with qtbot.waitSignal(dialog.vehicleSaved, timeout=T) as blocker:
        qtbot.keyClick(owner.new_fields["phone"], Qt.Key.Key_Return)
    assert blocker.args[0].owner.name == "欧阳明远"
    assert "欧阳明远" in dialog.owner_state.text()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["vehicle_and_owner"]


def test_m2_plate_on_another_vehicle_opens_the_plate_dialog(window, qtbot, world):
    from tests.ui.conftest import VIN_UNKNOWN

    dialog = window.intake.router.open_new_vehicle_dialog(VIN_UNKNOWN)
    type_text(dialog.model_edit, "本田 雅阁 2.0T")
    with qtbot.waitSignal(dialog.vehicleSaved, timeout=T):
        qtbot.keyClick(dialog.model_edit, Qt.Key.Key_Return)
    type_text(dialog.plate_edit, "粤A6D218")
    qtbot.keyClick(dialog.plate_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(dialog.child, PlateDialog), timeout=T)
    plate = dialog.child
    assert plate.sides["old"]["vin"].text() == VIN_OK
    with qtbot.waitSignal(dialog.vehicleSaved, timeout=T) as blocker:
        press_enter(qtbot, plate)
    assert blocker.args[0].plate == "粤A6D218"
    assert detail(world, "ok").plate is None


def vehicles_list(world):
    from sqlalchemy import select

    from desktop.models import Vehicle

    with world.db.read() as s:
        return list(s.scalars(select(Vehicle.vin)))


# -- W7 --------------------------------------------------------------------------------------------------
def test_w7_contacts_and_main_user(window, qtbot, world):
    assert enter_vin(qtbot, window, VIN_MANUAL) == "vehicle_and_owner"
    qtbot.mouseClick(window.intake.contacts_button, Qt.MouseButton.LeftButton)
    dialog = opened(window, ContactsDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.name, "李太太")
    type_text(dialog.phone, "13900001234")
    dialog.relation.setCurrentText("配偶")
    with qtbot.waitSignal(dialog.changed, timeout=T):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # Enter in the form adds
    type_text(dialog.name, "小王")
    type_text(dialog.phone, "13900005678")
    dialog.relation.setCurrentText("司机")
    dialog.main_user.setChecked(True)
    with qtbot.waitSignal(dialog.changed, timeout=T) as blocker:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [(c.name, c.relation, c.is_main_user) for c in blocker.args[0].contacts] == [
        ("李太太", "配偶", False), ("小王", "司机", True)]
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.changed, timeout=T) as blocker:
        qtbot.mouseClick(dialog.main_user_button, Qt.MouseButton.LeftButton)
    assert [c.is_main_user for c in blocker.args[0].contacts] == [True, False]
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.changed, timeout=T) as blocker:
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in blocker.args[0].contacts] == ["李太太"]
    d = detail(world, "manual")
    assert d.owner.code == "C0003"  # contacts never replace the owner
    assert dialog.model.rowCount() == 1


def test_w7_contact_with_a_bad_phone_is_refused(window, qtbot, world):
    dialog = ContactsDialog(world.actors["adv1"], window.worker, world.ids["manual"], parent=window)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.name, "李太太")
    type_text(dialog.phone, "1390000123")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.phone.property("invalid") is True, timeout=T)
    assert "电话" in dialog.message.text()
    dialog.close()


# -- the vehicle record's customer tab ------------------------------------------------------------------
def test_vehicle_record_customer_tab_opens_owner_and_contacts_dialogs(window, qtbot, world):
    record = window.open_vehicle(world.ids["no_owner"], "customer")
    qtbot.waitUntil(lambda: record.detail is not None, timeout=T)
    assert record.change_owner.text() == "添加车主" and record.change_owner.isEnabled()
    qtbot.mouseClick(record.change_owner, Qt.MouseButton.LeftButton)
    owner = record.child
    assert isinstance(owner, OwnerDialog)
    qtbot.waitUntil(lambda: owner.detail is not None, timeout=T)
    type_text(owner.search_edit, "汪国进")
    qtbot.keyClick(owner.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: owner.results_model.rowCount() == 1, timeout=T)
    with qtbot.waitSignal(record.saved, timeout=T) as blocker:
        qtbot.mouseClick(owner.link_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].owner.code == "C0001"
    assert record.owner_labels["name"].text() == "汪国进"
    assert record.change_owner.text() == "更换车主"
    qtbot.mouseClick(record.edit_contacts, Qt.MouseButton.LeftButton)
    assert isinstance(record.child, ContactsDialog)
    record.child.close()


def test_other_store_vehicle_record_cannot_change_owner_before_attaching(window, qtbot, world):
    record = window.open_vehicle(world.ids["other_store"], "customer")
    qtbot.waitUntil(lambda: record.detail is not None, timeout=T)
    assert not record.change_owner.isEnabled()  # O4: attach first


# -- a record another workstation saved meanwhile (the version the dialog shows is sent) ----------------------
def _another_workstation_edits(world, key_or_id) -> None:
    d = detail(world, key_or_id)
    vehicles.update_vehicle(world.db, world.actors["adv1"], d.id, {"remark": "另一台工作站"}, version=d.version)


def test_w7_stale_contacts_are_refused_and_reloaded(window, qtbot, world):
    dialog = ContactsDialog(world.actors["adv1"], window.worker, world.ids["manual"], parent=window)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    seen = dialog.detail.version
    vehicles.add_contact(world.db, world.actors["adv1"], world.ids["manual"], name="李太太", phone="13900001234",
                         version=seen)  # another workstation adds a contact first
    type_text(dialog.name, "小王")
    type_text(dialog.phone, "13900005678")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "其他工作站" in dialog.message.text(), timeout=T)
    qtbot.waitUntil(lambda: dialog.detail.version != seen and dialog.model.rowCount() == 1, timeout=T)
    assert dialog.model.row_at(0).name == "李太太" and "其他工作站" in dialog.message.text()
    with qtbot.waitSignal(dialog.changed, timeout=T) as blocker:  # saved again on the reloaded record
        dialog.add_button.click()
    assert [c.name for c in blocker.args[0].contacts] == ["李太太", "小王"]
    dialog.close()


def test_p1_stale_plate_is_refused_and_reloaded(window, qtbot, world):
    enter_vin(qtbot, window, VIN_MANUAL)
    window.intake.plate_button.click()
    dialog = opened(window, PlateDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    seen = dialog.detail.version
    _another_workstation_edits(world, "manual")
    type_text(dialog.plate_edit, "粤A9X999")
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: "其他工作站" in dialog.message.text(), timeout=T)
    qtbot.waitUntil(lambda: dialog.detail.version != seen and dialog.save_button.isEnabled(), timeout=T)
    assert detail(world, "manual").plate is None and dialog.isVisible()
    with qtbot.waitSignal(dialog.plateSaved, timeout=T):
        dialog.save_button.click()
    assert detail(world, "manual").plate == "粤A9X999"


def test_o6_customer_changed_before_retain_and_link_is_refused_then_linked(window, qtbot, world):
    add_customer(world.db, "P0003", "吴思远", "13700001111", category="potential")
    enter_vin(qtbot, window, VIN_NO_OWNER)
    window.intake.next_button.click()
    dialog = opened(window, OwnerDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    type_text(dialog.search_edit, "吴思远")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.retain_link_button.isEnabled(), timeout=T)
    seen = customers.get_customer(world.db, world.actors["adv1"], "P0003")
    customers.update_customer(world.db, world.actors["adv1"], "P0003", {"remark": "另一台工作站"},
                              version=seen.version)  # changed after the dialog read it
    qtbot.mouseClick(dialog.retain_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "其他工作站" in dialog.message.text(), timeout=T)
    assert detail(world, "no_owner").owner is None
    assert customers.get_customer(world.db, world.actors["adv1"], "P0003").category == "potential"  # nothing half-done
    qtbot.waitUntil(lambda: dialog.retain_link_button.isEnabled(), timeout=T)  # offered again on the new version
    with qtbot.waitSignal(window.intake.lookupFinished, timeout=T):
        qtbot.mouseClick(dialog.retain_link_button, Qt.MouseButton.LeftButton)
    assert detail(world, "no_owner").owner.code == "P0003"


def test_owner_link_on_a_vehicle_changed_meanwhile_is_refused_and_reloaded(window, qtbot, world):
    enter_vin(qtbot, window, VIN_NO_OWNER)
    window.intake.next_button.click()
    dialog = opened(window, OwnerDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    seen = dialog.detail.version
    _another_workstation_edits(world, "no_owner")
    type_text(dialog.search_edit, "汪国进")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.link_button.isEnabled(), timeout=T)
    dialog.link_button.click()
    qtbot.waitUntil(lambda: "其他工作站" in dialog.message.text(), timeout=T)
    qtbot.waitUntil(lambda: dialog.detail.version != seen, timeout=T)
    assert dialog.isVisible() and detail(world, "no_owner").owner is None


def test_m3_attach_on_a_vehicle_changed_meanwhile_is_refused_and_reloaded(window, qtbot, world):
    dialog = AttachStoreDialog(world.actors["adv1"], window.worker, world.ids["other_store"], parent=window)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    seen = dialog.detail.version
    d = detail(world, "other_store")
    vehicles.update_vehicle(world.db, world.actors["adv2"], d.id, {"remark": "福田店修改"}, version=d.version)
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.detail.version != seen, timeout=T)
    assert "其他工作站" in dialog.message.text() and dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(dialog.attached, timeout=T):
        dialog.confirm_button.click()
    assert sorted(rc.code for rc in detail(world, "other_store").repair_centers) == ["R01", "R02"]
