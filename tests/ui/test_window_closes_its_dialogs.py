"""Closing the main window, or 退出登录 / 切换用户, closes every dialog open over it: the intake's guided dialogs
(W7 联系人, W3 维护车主...) stayed open on the screen after the window was gone, since only the record dialogs
the window opened itself were closed. A dialog with unsaved edits asks first (继续编辑 keeps the window open)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.ui.common.forms import BackendDialog

from .conftest import PASSWORD, type_text, wait_for_workers


def _open_contacts(qtbot: Any, window: Any, vehicle_id: int) -> Any:
    dialog = window.intake.router.open_contacts_dialog(vehicle_id)  # W7, as the banner's 联系人 [F6] opens it
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    assert dialog in window.intake.dialogs and dialog not in window.dialogs
    return dialog


def _gone(dialog: Any) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_closing_the_window_closes_the_intakes_guided_dialogs(qtbot: Any, window: Any, world: Any) -> None:
    contacts = _open_contacts(qtbot, window, world.ids["ok"])
    owner = window.intake.router.open_owner_dialog(world.ids["no_owner"])  # W3
    qtbot.waitUntil(lambda: owner.detail is not None, timeout=10000)
    assert not window.edited_dialogs()
    window.worker.wait_for_done()
    assert window.close()
    assert _gone(contacts) and _gone(owner) and not window.isVisible()
    assert window.close_box is None  # nothing to ask


def test_unsaved_edits_in_a_guided_dialog_ask_before_the_window_closes(qtbot: Any, window: Any, world: Any) -> None:
    contacts = _open_contacts(qtbot, window, world.ids["ok"])
    type_text(contacts.name, "王芳")  # W7: a contact typed, not saved
    assert window.edited_dialogs() == [contacts]
    assert not window.close()  # the close event is ignored: the question is asked
    box = window.close_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    keep = box.findChild(QPushButton, "closeKeepEditing")
    assert box.defaultButton() is keep and box.escapeButton() is keep
    keep.click()
    assert window.isVisible() and contacts.isVisible() and contacts.name.text() == "王芳"
    assert not window.close()
    window.worker.wait_for_done()
    window.close_box.findChild(QPushButton, "closeDiscard").click()
    assert _gone(contacts) and not window.isVisible()


def test_a_dialog_opened_over_a_dialog_is_asked_about_and_closed_too(qtbot: Any, window: Any, world: Any) -> None:
    """P1: the plate dialog the vehicle record opens over itself (not one of the window's own dialogs)."""
    record = window.open_vehicle(world.ids["ok"])
    qtbot.waitUntil(lambda: record.detail is not None, timeout=10000)
    record._open_plate_dialog()
    plate = record.plate_dialog
    qtbot.waitUntil(lambda: plate.detail is not None, timeout=10000)
    assert plate not in window.dialogs and plate in window.open_dialogs()
    type_text(plate.plate_edit, "粤A12345")
    assert window.edited_dialogs() == [plate]
    assert not window.close()
    window.worker.wait_for_done()
    window.close_box.findChild(QPushButton, "closeDiscard").click()
    assert _gone(plate) and _gone(record) and not window.isVisible()


def test_log_out_asks_about_a_guided_dialog_and_then_closes_it_without_asking_again(qtbot: Any, world: Any) -> None:
    """退出登录 / 切换用户 with a contact typed in 联系人: asked once; 放弃修改并退出登录 closes the window and the
    dialog, and the login window is back."""
    from desktop.app import OpenedBackend, make_application, open_backend
    from desktop.backend import LocalBackend
    from desktop.ui.shell.login_dialog import LoginDialog
    from desktop.ui.shell.session import DeskSession

    make_application("zh_CN")
    login = LoginDialog(open_backend)
    qtbot.addWidget(login)
    session = DeskSession(login)
    login.show()
    login.set_backend(OpenedBackend(LocalBackend(world.db), "test"))
    login.fill("adv1", PASSWORD)
    with qtbot.waitSignal(session.windowOpened, timeout=10000) as opened:
        login.submit()
    window = opened.args[0]
    contacts = _open_contacts(qtbot, window, world.ids["ok"])
    type_text(contacts.name, "王芳")
    window.log_out()
    assert window.isVisible() and contacts.isVisible()  # asked first
    keep = window.logout_box.findChild(QPushButton, "logoutKeepEditing")
    keep.click()
    assert session.window is window and contacts.isVisible()
    window.log_out()
    window.worker.wait_for_done()
    window.logout_box.findChild(QPushButton, "logoutDiscard").click()
    assert session.window is None and login.isVisible()
    assert _gone(contacts) and not window.isVisible()
    assert window.close_box is None or not window.close_box.isVisible()  # not asked a second time
    assert not [d for d in window.open_dialogs() if isinstance(d, BackendDialog)]
    qtbot.waitUntil(lambda: not login.busy, timeout=5000)
    session.wait_for_done()
    wait_for_workers()
