"""Code written twice, now once: 维护车主 reads what was searched (C1) as a phone or a name the way 新建销售客户
does (a phone with +86 or an area code in brackets went nowhere), and the main window binds 退出登录 / 切换用户
through the shortcut table (its key was a second QKeySequence of its own)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from desktop.ui.common import shortcuts
from desktop.ui.customer.new_sales_customer_dialog import prefill_from_search


@pytest.mark.parametrize(("searched", "name", "phone"), [
    ("+86 13826409999", "", "+86 13826409999"),
    ("(020) 8888-6666", "", "(020) 8888-6666"),
    ("138 2640 9999", "", "138 2640 9999"),
    ("黄文华", "黄文华", ""),
    ("hwh", "", ""),  # pinyin initials are no name
])
def test_c1_the_owner_dialog_fills_the_new_owner_from_the_search_like_the_sales_form(
        qtbot: Any, window: Any, world: Any, searched: str, name: str, phone: str) -> None:
    dialog = window.intake.router.open_owner_dialog(world.ids["no_owner"])
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    dialog.search_edit.setText(searched)
    dialog.go_to_new_owner()  # what a search that found nothing does (Ctrl+N too)
    assert (dialog.new_fields["name"].text(), dialog.new_fields["phone"].text()) == (name, phone)
    if phone:
        assert prefill_from_search(searched) == ("", searched)  # one reading for both forms
    window.worker.wait_for_done()
    dialog.close()


def test_log_out_is_bound_once_through_the_shortcut_table(window: Any) -> None:
    keys = QKeySequence(shortcuts.SHORTCUTS["log_out"].keys)
    bound = [s for s in window.findChildren(QShortcut) if s.key() == keys]
    assert [s.objectName() for s in bound] == ["shortcut_log_out"]
    assert bound[0].context() == Qt.ShortcutContext.ApplicationShortcut
    assert shortcuts.key_text("log_out") in window.logout_button.toolTip()
