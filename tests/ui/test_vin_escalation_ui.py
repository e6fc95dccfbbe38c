"""V8 escalation from the new-vehicle dialog (issue #12 item 12): on the typo page Enter files the VIN to the
master-data team (提交主数据团队) and the status shows; once answered "different car", 刷新状态 shows the permit and
the VIN can be saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import escalations
from desktop.ui.vehicle.new_vehicle_dialog import NewVehicleDialog
from tests.ui.conftest import VIN_OK, make_vin, type_text

T = 10000
# a slip at position 15 whose check digit was recomputed (a valid VIN, one character off VIN_OK)
VIN_TYPO = make_vin(VIN_OK[:8] + VIN_OK[9:14] + ("7" if VIN_OK[14] != "7" else "3") + VIN_OK[15:])


def test_v8_typo_page_files_the_escalation_and_shows_the_answer(window, qtbot, world):
    dialog = window.intake.router.open_new_vehicle_dialog(VIN_TYPO)
    assert isinstance(dialog, NewVehicleDialog)
    type_text(dialog.model_edit, "大众 朗逸 1.5L")
    qtbot.keyClick(dialog.model_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=T)
    assert dialog.focusWidget() is dialog.file_button
    qtbot.keyClick(dialog.file_button, Qt.Key.Key_Return)  # Enter: 提交主数据团队
    qtbot.waitUntil(lambda: dialog.escalation is not None, timeout=T)
    assert dialog.escalation.status == "open" and VIN_OK in dialog.escalation.similar_vins
    assert str(dialog.escalation.id) in dialog.escalation_status.text()
    assert not dialog.file_button.isVisible()
    [open_] = escalations.list_open(world.db, world.actors["mdm1"])
    assert open_.typed_vin == VIN_TYPO and open_.note and VIN_OK in open_.note
    escalations.resolve_different_car(world.db, world.actors["mdm1"], open_.id, "实车核对：不同车辆")
    qtbot.keyClick(dialog.refresh_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.escalation.status == "different_car", timeout=T)
    assert "不同车辆" in dialog.escalation_status.text()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.vehicleSaved, timeout=T) as saved:
        qtbot.keyClick(dialog.model_edit, Qt.Key.Key_Return)
    assert saved.args[0].vin == VIN_TYPO
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_v8_master_data_page_answers_escalations_and_merges_a_twin(qtbot, world):
    from desktop.app import make_application
    from desktop.services import vehicles
    from desktop.ui.shell.main_window import MainWindow
    from tests.factories import add_vehicle

    make_application("zh_CN")
    first = escalations.file_vin_escalation(world.db, world.actors["adv1"], VIN_TYPO, "行驶证模糊")
    other = make_vin(VIN_OK[:8] + VIN_OK[9:13] + ("7" if VIN_OK[13] != "7" else "3") + VIN_OK[14:])
    second = escalations.file_vin_escalation(world.db, world.actors["adv1"], other)
    win = MainWindow(world.db, world.actors["mdm1"])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.nav.setCurrentRow(win.sections.index("vin_escalations"))
    page = win.vin_escalations
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=T)
    assert page.current.id == first.id and page.vin_edit.text() == VIN_OK
    page.note.setFocus()
    type_text(page.note, "核对行驶证，同一辆车")
    qtbot.keyClick(page.note, Qt.Key.Key_Return)  # Enter: 同一辆车
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=T)
    [answered] = [e for e in escalations.list_open(world.db, world.actors["adv1"]) if e.id == first.id]
    assert (answered.status, answered.resolved_vin) == ("same_car", VIN_OK)
    assert page.current.id == second.id
    type_text(page.note, "实车核对：不同车辆")
    qtbot.mouseClick(page.different_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=T)
    # a twin that got in: merged into the vehicle on file from the same page
    twin_vin = make_vin(VIN_OK[:8] + VIN_OK[9:12] + ("7" if VIN_OK[12] != "7" else "3") + VIN_OK[13:])
    twin = add_vehicle(world.db, twin_vin)
    page.vin_edit.setText(VIN_OK)
    page.twin_edit.setText(twin_vin)
    type_text(page.note, "二店录错，同一辆车")
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "合并" in page.message.text() and twin_vin in page.message.text(), timeout=T)
    assert vehicles.get_vehicle(world.db, world.actors["mdm1"], twin).version > 0
    from desktop.services import intake
    assert intake.lookup_vin(world.db, world.actors["adv1"], twin_vin).merged_from == twin_vin
