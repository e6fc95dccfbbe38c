"""M3 on the vehicle record's after-sales tab: the repair-center rows are listed; a wrong row is removed with a
reason (Enter in the reason field), the master-data team any store's, an advisor only this store's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton
from sqlalchemy import select

from desktop.models import RepairCenter, VehicleRepairCenter
from tests.ui.conftest import type_text, wait_for_workers


def _attach_r02(world) -> None:
    with world.db.transaction() as s:
        r02 = s.scalar(select(RepairCenter.id).where(RepairCenter.code == "R02"))
        s.add(VehicleRepairCenter(vehicle_id=world.ids["manual"], repair_center_id=r02))


def _window(qtbot, world, login):
    from desktop.app import make_application
    from desktop.ui.shell.main_window import MainWindow

    make_application("zh_CN")
    win = MainWindow(world.db, world.actors[login])
    qtbot.addWidget(win)
    return win


@pytest.fixture
def mdm_window(qtbot, world):
    win = _window(qtbot, world, "mdm1")
    yield win
    win.worker.wait_for_done()
    wait_for_workers()
    win.close()


def _select(rows: QListWidget, code: str) -> None:
    for i in range(rows.count()):
        if rows.item(i).data(Qt.ItemDataRole.UserRole) == code:
            rows.setCurrentRow(i)
            return
    raise AssertionError(f"no row {code}")


def test_m3_master_data_removes_a_wrong_row_with_a_reason_by_keyboard(mdm_window, qtbot, world):
    _attach_r02(world)
    dialog = mdm_window.open_vehicle(world.ids["manual"], "after_sales")
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    rows = dialog.findChild(QListWidget, "repairCenters")
    assert rows.count() == 2
    button = dialog.findChild(QPushButton, "removeRepairCenter")
    reason = dialog.findChild(QLineEdit, "repairCenterReason")
    _select(rows, "R02")
    assert not button.isEnabled()  # a reason first
    type_text(reason, "误挂到福田维修中心")
    assert button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10000) as blocker:
        qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert [rc.code for rc in blocker.args[0].repair_centers] == ["R01"]
    assert rows.count() == 1 and not button.isVisible()  # the last row stays (S1)


def test_m3_advisor_cannot_pick_another_stores_row(window, qtbot, world):
    _attach_r02(world)
    dialog = window.open_vehicle(world.ids["manual"], "after_sales")
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    rows = dialog.findChild(QListWidget, "repairCenters")
    reason = dialog.findChild(QLineEdit, "repairCenterReason")
    button = dialog.findChild(QPushButton, "removeRepairCenter")
    type_text(reason, "不是本店的")
    _select(rows, "R02")
    assert not button.isEnabled()  # the service refuses it too (tests/services/test_repair_centers.py)
    _select(rows, "R01")
    assert button.isEnabled()  # this store's own row
