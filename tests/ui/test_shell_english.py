"""#14, English complete: the window title, the login window and its demo accounts, the audit trail's words go
through the catalogue (or the services' bilingual names); the demo accounts are the demo's own list; a refused
combo box keeps its choice readable."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from .conftest import wait_for_workers

ROOT = Path(__file__).resolve().parents[2]


class MarkingTranslator(QTranslator):
    """Every string of the given contexts comes back marked: what went through the catalogue shows."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002
                  n: int = -1) -> str | None:
        # None is "no translation"; "" would be one (an empty text: Qt's own "Ctrl+%1" would lose its words)
        return f"«{source}»" if context in self.contexts else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def marked(qapp: Any) -> Iterator[MarkingTranslator]:
    translator = MarkingTranslator({"MainWindow", "LoginDialog", "Application"})
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    from desktop.app import make_application

    make_application("zh_CN")


def test_window_titles_go_through_the_catalogue(qtbot: Any, world: Any, marked: Any) -> None:
    from desktop.app import make_application, open_backend
    from desktop.ui.shell.login_dialog import LoginDialog
    from desktop.ui.shell.main_window import MainWindow

    make_application("zh_CN")
    QCoreApplication.installTranslator(marked)  # make_application reinstalled the catalogues: ours goes first
    window = MainWindow(world.db, world.actors["adv1"])
    qtbot.addWidget(window)
    assert window.windowTitle() == "«维修接待台 · 广州天河店»"  # the store's name goes in after translating
    make_application("zh_CN")
    QCoreApplication.installTranslator(marked)
    assert QGuiApplication.applicationDisplayName() == "«维修接待台»"  # Qt adds it to every window title
    dialog = LoginDialog(open_backend)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "loginTitle").text() == "«维修接待台»"
    window.worker.wait_for_done()
    wait_for_workers()


def test_demo_accounts_are_the_demos_users_with_their_roles_in_english(qtbot: Any, world: Any) -> None:
    """app._demo_accounts() read a desktop.demo.ACCOUNTS that did not exist and fell back to a second,
    hard-coded list in Chinese."""
    from desktop import demo
    from desktop.app import OpenedBackend, _demo_accounts, make_application, open_backend
    from desktop.backend import LocalBackend
    from desktop.ui.shell.login_dialog import LoginDialog

    accounts = _demo_accounts()
    assert [(a.login, a.role, a.store_code) for a in accounts] == list(demo.DEMO_USERS)
    make_application("en")
    try:
        dialog = LoginDialog(open_backend, demo=True)
        qtbot.addWidget(dialog)
        dialog.set_backend(OpenedBackend(LocalBackend(world.db), "test", accounts))
        assert dialog.findChild(QLabel, "demoRole_service_advisor").text() == "Service advisor"
        assert dialog.findChild(QLabel, "demoRole_master_data").text() == "Master-data team"
        for account in accounts:
            button = dialog.findChild(QPushButton, f"demoAccount_{account.login}")
            assert button.text() == f"{account.login} · {account.store_code}"
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in button.text() + button.toolTip())
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.findChild(QWidget, "demoAccounts")
        for widget in [*box.findChildren(QLabel), *box.findChildren(QPushButton)]:
            assert widget.width() >= widget.sizeHint().width(), widget.text()  # nothing cut off
        dialog.findChild(QPushButton, "demoAccount_cs2").click()
        assert dialog.login_edit.text() == "cs2"
    finally:
        make_application("zh_CN")


# -- the audit trail's words ------------------------------------------------------------------------------------
def _audit_codes() -> tuple[set[str], set[str], set[str]]:
    """The action, entity and field codes the services write to the audit trail (their source, read)."""
    actions: set[str] = {"customer.core_change", "vehicle.edit", "vehicle.locked_fix",
                         "special_pattern.deactivate", "special_pattern.reactivate"}  # chosen in a variable
    entities: set[str] = {"special_pattern"}
    fields: set[str] = {"merge_moves", "twin_merge_moves", "match_type", "pattern", "kind", "customer_type", "name",
                        "phone", "id_type", "id_number", "address", "birthday", "contact_name", "contact_phone",
                        "email", "remark"}
    for path in (ROOT / "desktop" / "services").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"
                    and node.func.attr in ("record", "record_changes")):
                continue
            for index, bucket in ((2, actions), (3, entities), (6, fields)):
                if node.func.attr == "record_changes" and index == 6:
                    continue
                if index < len(node.args) and isinstance(node.args[index], ast.Constant) \
                        and isinstance(node.args[index].value, str):
                    bucket.add(node.args[index].value)
    return actions, entities, fields


def test_every_audit_code_has_words(qapp: Any) -> None:
    """The audit page showed “model”, “open”, “done” as they are stored."""
    from desktop.services.vehicles import FIELD_LABELS
    from desktop.ui.common.models import _word

    actions, entities, fields = _audit_codes()
    assert "vin.resolve" in actions and "vin_escalation" in entities and "status" in fields
    missing = sorted(code for code in actions | entities | fields | set(FIELD_LABELS) if _word(code) == code)
    assert missing == []


def test_audit_values_are_words(qapp: Any) -> None:
    from desktop.services.audit import AuditRow
    from desktop.ui.common.models import AuditTableModel

    def row(action: str, entity: str, field: str, old: str | None, new: str | None) -> AuditRow:
        from datetime import datetime

        return AuditRow(at=datetime(2025, 1, 2, 3, 4), user_login="mdm1", store_id=None, action=action,
                        entity=entity, entity_id=1, entity_code="X", field=field, old_value=old, new_value=new,
                        reason=None)

    model = AuditTableModel()
    model.set_rows([
        row("vin.resolve", "vin_escalation", "status", "open", "same_car LSVAG2180NM100001"),
        row("customer.core_change_request_done", "customer", "request", "#12 open", "done"),
        row("vehicle.edit", "vehicle", "model", "朗逸", "速腾"),
        row("special_pattern.deactivate", "special_pattern", "active", "True", "False"),
        row("customer.merge", "customer", "category", "potential", "retained"),
    ])

    def shown(r: int, c: int) -> str:
        return model.data(model.index(r, c))

    old, new = AuditTableModel.COL_OLD, AuditTableModel.COL_NEW
    assert (shown(0, AuditTableModel.COL_ACTION), shown(0, AuditTableModel.COL_ENTITY)) == ("处理车架号升级", "车架号升级")
    assert (shown(0, old), shown(0, new)) == ("待处理", "同一辆车 LSVAG2180NM100001")
    assert (shown(1, old), shown(1, new)) == ("#12 待处理", "已应用")
    assert shown(2, AuditTableModel.COL_FIELD) == "车型"
    assert (shown(3, old), shown(3, new)) == ("启用", "已停用")
    assert (shown(4, old), shown(4, new)) == ("潜在客户", "保有客户")


# -- a refused combo box ----------------------------------------------------------------------------------------
def _luminance(color: QColor) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("invalid", [False, True])
def test_the_chosen_item_of_a_refused_combo_stays_readable(qtbot: Any, invalid: bool) -> None:
    """The red mark of a refused choice (mark_invalid) turned the list's selected item white on pale red."""
    from desktop.app import make_application
    from desktop.ui.common.widgets import mark_invalid

    make_application("zh_CN")
    host = QWidget()
    qtbot.addWidget(host)
    combo = QComboBox()
    combo.addItems(["居民身份证", "统一社会信用代码", "护照"])
    combo.setCurrentIndex(1)
    QVBoxLayout(host).addWidget(combo)
    mark_invalid(combo, invalid)
    host.show()
    qtbot.waitExposed(host)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    image = view.grab().toImage()
    rect = view.visualRect(view.currentIndex()).intersected(image.rect())
    assert rect.height() > 10 and rect.width() > 40
    colours = [image.pixelColor(x, y) for y in range(rect.top() + 1, rect.bottom()) for x in range(rect.left() + 1,
                                                                                                    rect.right())]
    background = max(set(c.rgb() for c in colours), key=lambda rgb: sum(1 for c in colours if c.rgb() == rgb))
    best = max(_contrast(QColor.fromRgb(background), c) for c in colours)
    combo.hidePopup()
    assert best >= 4.5  # WCAG AA for text


def test_the_plate_colour_combo_shows_its_longest_choice_unclipped(qtbot: Any) -> None:
    """（按车牌自动判断） was cut off: Qt sized the combo by the text's inked bounds, not its advance."""
    from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStyle, QStyleOptionComboBox

    from desktop.app import make_application
    from desktop.ui.vehicle.plate_dialog import plate_color_field

    for lang in ("zh_CN", "en"):
        make_application(lang)
        host = QWidget()
        qtbot.addWidget(host)
        row = QHBoxLayout(host)
        row.addWidget(QLineEdit(), 1)  # a field beside it takes all the room it may
        combo = plate_color_field("plateColor")
        row.addWidget(combo)
        host.resize(300, 40)
        host.show()
        qtbot.waitExposed(host)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        for i in range(combo.count()):
            assert field.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(i)), (lang, combo.itemText(i))
    make_application("zh_CN")
