"""#14: Esc (or the window's close button) on a dialog with unsaved edits asks 放弃修改？ first, 继续编辑 being
the default; without edits, or once they are saved, the dialog closes at once. Written once in BackendDialog,
so every dialog has it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

from .conftest import type_text, wait_for_workers


def _open_customer(qtbot: Any, window: Any, code: str = "C0001") -> Any:
    dialog = window.open_customer(code)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    return dialog


def _box(dialog: Any) -> QMessageBox | None:
    box = dialog.discard_box
    return box if box is not None and box.isVisible() else None


def test_esc_without_edits_closes_at_once(qtbot: Any, window: Any) -> None:
    dialog = _open_customer(qtbot, window)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _box(dialog) is None


def test_esc_with_an_edit_asks_and_keep_editing_is_the_default(qtbot: Any, window: Any) -> None:
    dialog = _open_customer(qtbot, window)
    address = dialog.findChild(QLineEdit, "field_address")
    address.setFocus()
    type_text(address, "天河路 1 号")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = _box(dialog)
    assert box is not None and dialog.isVisible()
    keep = box.findChild(QPushButton, "keepEditingButton")
    assert box.defaultButton() is keep and box.escapeButton() is keep
    keep.click()  # Enter in the box does the same: the default button
    assert dialog.isVisible() and address.text().endswith("天河路 1 号")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = _box(dialog)
    assert box is not None
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        box.findChild(QPushButton, "discardButton").click()
    assert not dialog.isVisible()


def test_a_field_typed_back_is_no_edit(qtbot: Any, window: Any) -> None:
    dialog = _open_customer(qtbot, window)
    address = dialog.findChild(QLineEdit, "field_address")
    address.setFocus()
    before = address.text()
    qtbot.keyClicks(address, "x")
    assert dialog.has_edits()
    qtbot.keyClick(address, Qt.Key.Key_Backspace)
    assert address.text() == before and not dialog.has_edits()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_windows_close_button_asks_like_esc(qtbot: Any, window: Any) -> None:
    dialog = _open_customer(qtbot, window)
    address = dialog.findChild(QLineEdit, "field_address")
    type_text(address, "珠江新城")
    dialog.windowHandle().close()  # what the title bar's × does (not the program's close())
    assert dialog.isVisible() and _box(dialog) is not None
    dialog.discard_box.findChild(QPushButton, "keepEditingButton").click()
    assert dialog.isVisible()


def test_after_saving_esc_closes_at_once(qtbot: Any, window: Any) -> None:
    dialog = _open_customer(qtbot, window)
    address = dialog.findChild(QLineEdit, "field_address")
    type_text(address, "体育西路 2 号")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_for_workers()


def test_every_dialog_has_it(qtbot: Any, window: Any, world: Any) -> None:
    """Not only the customer record: the vehicle record asks the same way (one implementation)."""
    dialog = window.open_vehicle(world.ids["ok"])
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    remark = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible() and not e.isReadOnly())
    type_text(remark, "备注")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _box(dialog) is not None and dialog.isVisible()
    dialog.discard_box.findChild(QPushButton, "discardButton").click()
    assert not dialog.isVisible()
