"""#14 / #15: the advisor's guide lists Ctrl+V (a picture of a VIN bar code, a driving licence or an ID card pasted
on the intake page, in 维护车主 and in 新增车辆档案) and the document camera's folder. Ctrl+V is a listed key of the
shortcut table (shortcuts.LISTED): the scan panel's event filter handles it, nothing binds it a second time (a
QShortcut on Ctrl+V would take every paste of text from the fields)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence, QShortcut

from desktop.ui.common import shortcuts

from .test_keyboard_first import GUIDE

PASTE = QKeySequence("Ctrl+V").toString()  # the platform's paste here (QKeySequence.StandardKey.Paste)


def test_ctrl_v_is_listed_in_the_guide_for_the_intake_and_the_dialogs(qapp: Any) -> None:
    assert QKeySequence(QKeySequence.StandardKey.Paste).toString() == PASTE
    block = re.search(r"<!-- shortcuts:begin -->\n(.*?)\n<!-- shortcuts:end -->", GUIDE.read_text(encoding="utf-8"),
                      re.S)
    assert block is not None and block.group(1) == shortcuts.guide_table()
    listed = {k.where for k in shortcuts.LISTED.values() if QKeySequence(k.keys).toString() == PASTE}
    assert listed == {shortcuts.INTAKE, shortcuts.DIALOGS}
    rows = [row for row in block.group(1).splitlines() if row.startswith("| **Ctrl+V** |")]
    assert len(rows) == 2
    assert "高拍仪" in rows[0] and "接车" in rows[0]  # the document camera's folder: read on the intake page
    assert "维护车主" in rows[1] and "新增车辆档案" in rows[1]


def test_listed_keys_are_never_bound_and_clash_with_no_bound_key(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    scope = QWidget()
    qtbot.addWidget(scope)
    assert not set(shortcuts.LISTED) & set(shortcuts.SHORTCUTS)
    bound = {(k.where, QKeySequence(k.keys).toString()) for k in shortcuts.SHORTCUTS.values()}
    for key in shortcuts.LISTED.values():
        assert (key.where, QKeySequence(key.keys).toString()) not in bound, key.name
        assert shortcuts.key_text(key.name)  # the label of the key, as for a bound one
        with pytest.raises(ValueError):
            shortcuts.bind(scope, key.name, lambda: None)
    assert not scope.findChildren(QShortcut)


def test_no_window_binds_ctrl_v(qtbot: Any, window: Any, world: Any) -> None:
    """The intake page, 维护车主 and 新增车辆档案 read a pasted picture through their scan panels; no QShortcut
    there takes Ctrl+V."""
    from tests.ui.conftest import VIN_UNKNOWN

    owner = window.intake.router.open_owner_dialog(world.ids["no_owner"])
    new_vehicle = window.intake.router.open_new_vehicle_dialog(VIN_UNKNOWN)
    for widget in (window, owner, new_vehicle):
        taken = [s for s in widget.findChildren(QShortcut) if s.key().toString() == PASTE]
        assert taken == [], widget.objectName()
    window.worker.wait_for_done()
    for dialog in (owner, new_vehicle):
        dialog.close()
