"""Vehicle and customer records (V3-V6, C10): locked fields stay read-only, a stale save is refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTabWidget

from desktop.services import customers, vehicles
from tests.ui.conftest import VIN_NO_OWNER, VIN_UNKNOWN, type_text, wait_for_workers


def open_vehicle(window, qtbot, key, world, tab="basic"):
    dialog = window.open_vehicle(world.ids[key], tab)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    return dialog


def test_v3_generated_vehicle_locked_fields_cannot_be_edited(window, qtbot, world):
    dialog = open_vehicle(window, qtbot, "ok", world)
    model = dialog.findChild(QLineEdit, "field_model")
    assert model.isReadOnly() and model.property("locked") is True
    assert "V3" in model.toolTip()
    assert dialog.findChild(QLabel, "lock_model").isVisibleTo(dialog)
    assert "V3" in dialog.labels["model"].toolTip()
    model.setFocus()
    qtbot.keyClicks(model, "XYZ")
    assert model.text() == "大众 朗逸 1.5L"
    assert "model" not in dialog.changes()
    # what may change (V6) stays editable, without a lock
    plate = dialog.findChild(QLineEdit, "field_plate")
    assert not plate.isReadOnly() and not dialog.findChild(QLabel, "lock_plate").isVisibleTo(dialog)


def test_v6_plate_and_insurance_save_in_one_call(window, qtbot, world):
    dialog = open_vehicle(window, qtbot, "manual", world, tab="insurance")
    assert dialog.findChild(QTabWidget, "vehicleTabs").currentIndex() == 4
    insurer = dialog.findChild(QLineEdit, "field_commercial_insurer")
    qtbot.keyClicks(insurer, "PICC")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as blocker:
        qtbot.keyClick(insurer, Qt.Key.Key_Return)  # Enter saves
    assert blocker.args[0].commercial_insurer == "PICC"
    assert vehicles.get_vehicle(world.db, world.actors["adv1"], world.ids["manual"]).commercial_insurer == "PICC"


def test_stale_vehicle_save_is_refused_with_a_message_and_reloaded(window, qtbot, world):
    dialog = open_vehicle(window, qtbot, "manual", world)
    loaded_version = dialog.detail.version
    # another workstation saves first
    vehicles.update_vehicle(world.db, world.actors["adv1"], world.ids["manual"], {"remark": "另一台工作站"},
                            version=loaded_version)
    remark = dialog.findChild(QLineEdit, "field_remark")
    type_text(remark, "我的修改")
    dialog.findChild(QPushButton, "saveVehicle").click()
    message = dialog.findChild(QLabel, "dialogMessage")
    qtbot.waitUntil(lambda: "其他工作站" in message.text(), timeout=10000)
    qtbot.waitUntil(lambda: dialog.detail.version != loaded_version, timeout=10000)
    assert remark.text() == "另一台工作站"  # reloaded: the user checks and saves again
    assert "其他工作站" in message.text()


def test_m2_not_found_creates_vehicle_with_model_and_vin_only(window, qtbot, world):
    """M2 through the intake's 新增车辆档案 (the one create path): model and VIN only, then the rest."""
    from desktop.ui.vehicle.new_vehicle_dialog import PAGE_BASIC, PAGE_MORE

    dialog = window.intake.router.open_new_vehicle_dialog(VIN_UNKNOWN)
    assert dialog.pages.currentIndex() == PAGE_BASIC
    assert not dialog.plate_edit.isVisible()  # the plate (and the rest) only once the vehicle is saved
    model = dialog.findChild(QLineEdit, "field_model")
    qtbot.keyClicks(model, "Honda Accord 2.0T")
    with qtbot.waitSignal(dialog.vehicleSaved, timeout=10000) as blocker:
        qtbot.keyClick(model, Qt.Key.Key_Return)
    assert blocker.args[0].vin == VIN_UNKNOWN and blocker.args[0].origin == "manual"
    assert dialog.pages.currentIndex() == PAGE_MORE and dialog.plate_edit.isVisible()
    record = window.open_vehicle(blocker.args[0].id)
    qtbot.waitUntil(lambda: record.detail is not None, timeout=10000)
    assert record.findChild(QLineEdit, "field_model").isReadOnly()  # V4: entered once, then locked


def test_m2_step_two_can_be_used_at_once_after_the_step_one_save(window, qtbot, world):
    """After the step-one save every action of step two is there (plate, owner, insurance, 完成)."""
    dialog = window.intake.router.open_new_vehicle_dialog(VIN_UNKNOWN)
    type_text(dialog.model_edit, "本田 雅阁 2.0T")
    with qtbot.waitSignal(dialog.vehicleSaved, timeout=10000):
        qtbot.keyClick(dialog.model_edit, Qt.Key.Key_Return)
    for button in (dialog.plate_button, dialog.owner_button, dialog.other_button, dialog.finish_button):
        assert button.isVisible() and button.isEnabled(), button.objectName()


def test_c10_core_fields_read_only_for_an_advisor(window, qtbot, world):
    dialog = window.open_customer("C0001")
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    name = dialog.findChild(QLineEdit, "field_name")
    assert name.isReadOnly() and "C10" in name.toolTip()
    assert dialog.findChild(QLabel, "lock_name").isVisibleTo(dialog)
    assert "已启用" in dialog.findChild(QLabel, "customerStatus").text()
    address = dialog.findChild(QLineEdit, "field_address")
    assert not address.isReadOnly()
    type_text(address, "广州市天河区体育西路 1 号")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.keyClick(address, Qt.Key.Key_Return)
    assert customers.get_customer(world.db, world.actors["adv1"], "C0001").address.startswith("广州市")


def test_stale_customer_save_is_refused(window, qtbot, world):
    dialog = window.open_customer("C0001")
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    customers.update_customer(world.db, world.actors["adv1"], "C0001", {"remark": "先保存"},
                              version=dialog.detail.version)
    remark = dialog.findChild(QLineEdit, "field_remark")
    type_text(remark, "后保存")
    dialog.save_button.click()
    message = dialog.findChild(QLabel, "dialogMessage")
    qtbot.waitUntil(lambda: "其他工作站" in message.text(), timeout=10000)
    qtbot.waitUntil(lambda: remark.text() == "先保存", timeout=10000)


def test_w3_vehicle_only_next_step_opens_the_owner_dialog(window, qtbot, world):
    """W3: a vehicle without owner offers 维护车主, which opens the guided owner dialog for that vehicle."""
    from desktop.ui.owner.owner_dialog import OwnerDialog
    from tests.ui.test_intake_panel import enter_vin

    assert enter_vin(qtbot, window, VIN_NO_OWNER) == "vehicle_only"
    qtbot.keyClick(window.intake.next_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(window.intake.dialogs), timeout=10000)
    dialog = window.intake.dialogs[-1]
    assert isinstance(dialog, OwnerDialog)
    assert dialog.vehicle_id == window.intake.result.vehicle.id


def test_p3_plate_of_another_car_typed_in_the_record_opens_the_plate_dialog(window, qtbot, world):
    from desktop.ui.vehicle.plate_dialog import PlateDialog

    dialog = open_vehicle(window, qtbot, "manual", world)
    plate = dialog.findChild(QLineEdit, "field_plate")
    plate.clear()
    type_text(plate, "粤A6D218")  # the plate of the generated vehicle "ok"
    qtbot.keyClick(plate, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(dialog.plate_dialog, PlateDialog), timeout=10000)
    moved = dialog.plate_dialog
    qtbot.waitUntil(lambda: moved.detail is not None, timeout=10000)
    assert moved.plate_edit.text() == "粤A6D218"  # carried over from the record
    qtbot.keyClick(moved, Qt.Key.Key_Return)  # save the plate: it is on another car
    qtbot.waitUntil(lambda: moved.conflict is not None, timeout=10000)  # both cars side by side
    with qtbot.waitSignal(moved.plateSaved, timeout=10000):
        qtbot.keyClick(moved, Qt.Key.Key_Return)  # confirm: clear the old car's plate, put it on this one
    adv = world.actors["adv1"]
    assert vehicles.get_vehicle(world.db, adv, world.ids["manual"]).plate == "粤A6D218"
    assert vehicles.get_vehicle(world.db, adv, world.ids["ok"]).plate is None


@pytest.fixture
def cs_window(qtbot, world):
    """The main window of customer service (cs1: may change core data)."""
    from desktop.app import make_application
    from desktop.ui.shell.main_window import MainWindow

    make_application("zh_CN")
    win = MainWindow(world.db, world.actors["cs1"])
    qtbot.addWidget(win)
    yield win
    win.worker.wait_for_done()
    wait_for_workers()
    win.close()


def _logged_actions(world) -> list[str]:
    from sqlalchemy import select

    from desktop.models import RequestLog

    with world.db.read() as s:
        return list(s.scalars(select(RequestLog.action)))


def test_customer_save_is_one_call_for_core_and_other_fields(cs_window, qtbot, world):
    """C10 and the other fields in one Save: customers.save_customer, one transaction, one request id."""
    dialog = cs_window.open_customer("C0001")
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    version = dialog.detail.version
    name = dialog.findChild(QLineEdit, "field_name")
    name.clear()
    type_text(name, "汪国近")
    type_text(dialog.findChild(QLineEdit, "field_address"), "广州市天河区")
    type_text(dialog.core_reason, "按行驶证更正")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as blocker:
        dialog.save_button.click()
    saved = blocker.args[0]
    assert (saved.name, saved.address) == ("汪国近", "广州市天河区") and saved.version > version
    assert _logged_actions(world) == ["customer.save"]  # one action, one request id


def test_a_refused_core_change_saves_nothing_of_the_other_fields(cs_window, qtbot, world):
    dialog = cs_window.open_customer("C0001")
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    phone = dialog.findChild(QLineEdit, "field_phone")
    phone.clear()
    type_text(phone, "1382640")  # not a phone (C6)
    type_text(dialog.findChild(QLineEdit, "field_address"), "广州市天河区")
    type_text(dialog.core_reason, "换号")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: phone.property("invalid") is True, timeout=10000)
    assert customers.get_customer(world.db, world.actors["cs1"], "C0001").address is None  # all or nothing
    assert _logged_actions(world) == []


def test_text_fields_take_the_length_of_their_column(window, qtbot, world):
    """A paste cannot exceed what the column holds (desktop.models; the service's limit for TEXT)."""
    from desktop.models import Customer, Vehicle
    from desktop.services.customers import NONCORE_LIMITS
    from desktop.services.vehicles import TEXT_LIMITS

    record = window.open_customer("C0001")
    qtbot.waitUntil(lambda: record.detail is not None, timeout=10000)
    for name in ("name", "phone", "id_number", "address", "contact_name", "contact_phone", "email"):
        assert record.fields[name].maxLength() == Customer.__table__.c[name].type.length, name
    assert record.fields["remark"].maxLength() == NONCORE_LIMITS["remark"][0] == 500
    assert record.fields["address"].maxLength() == 200 and record.fields["name"].maxLength() == 120
    address = record.fields["address"]
    address.selectAll()
    address.insert("路" * 300)  # what a paste does
    assert len(address.text()) == 200

    vehicle = open_vehicle(window, qtbot, "manual", world)
    for name in ("model", "engine_no", "color", "interior", "options", "plate", "warranty_card_no",
                 "commercial_insurer", "commercial_policy_no", "compulsory_insurer", "compulsory_policy_no"):
        assert vehicle.fields[name].maxLength() == Vehicle.__table__.c[name].type.length, name
    assert vehicle.fields["remark"].maxLength() == TEXT_LIMITS["remark"]
    assert vehicle.fields["plate"].maxLength() == 16 and vehicle.fields["options"].maxLength() == 200
    intake = window.intake
    assert (intake.deliverer_name.maxLength(), intake.deliverer_phone.maxLength()) == (60, 30)
