"""特殊客户 (master-data team, C13): the list of special customers' names, and 新建特殊客户.

The list holds exact names and name fragments (contains / starts with / ends with), each with the kind of special
customer it marks; a customer whose name matches an active entry can be created (or renamed into) only by the
master-data team. Here the team filters the list, edits or deactivates the selected entry (with a reason), adds an
entry, checks which entry a name matches, and opens the 新建特殊客户 form. Every change is one service call
(desktop.services.special_customers: audited, on the version shown; a change by another workstation meanwhile is
refused and the list reloaded).

Keyboard: Enter in a form runs that form's action (save, add, check); Enter on the table goes to the selected
entry's fields; Ctrl+N opens 新建特殊客户.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.special_names import MAX_PATTERN
from desktop.services import special_customers
from desktop.services.customers import SPECIAL_KINDS
from desktop.ui import limits
from desktop.ui.models import Index, RowTableModel
from desktop.ui.new_customer_dialog import NewSpecialCustomerDialog, special_kind_label
from desktop.ui.widgets import mark_invalid, message_label, push_button, show_message
from desktop.ui.worker import STALE, UserError, Worker

MATCH_TYPES = ("contains", "exact", "starts_with", "ends_with")


def _t(text: str) -> str:
    return QCoreApplication.translate("SpecialPatternTableModel", text)


def match_type_label(code: str | None) -> str:
    return _t({
        "exact": QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称完全相同"),
        "contains": QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称包含"),
        "starts_with": QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称开头为"),
        "ends_with": QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称结尾为"),
    }.get(code or "", code or ""))


def _active(value: Any) -> str:
    return _t(QT_TRANSLATE_NOOP("SpecialPatternTableModel", "启用")) if value else \
        _t(QT_TRANSLATE_NOOP("SpecialPatternTableModel", "已停用"))


def _who(row: Any) -> str:
    if row.updated_by_login:
        return row.updated_by_login
    return _t(QT_TRANSLATE_NOOP("SpecialPatternTableModel", "系统预置"))


class SpecialPatternTableModel(RowTableModel):
    CONTEXT = "SpecialPatternTableModel"
    COLUMNS = (
        (("kind",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "类别"), special_kind_label),
        (("match_type",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "匹配方式"), match_type_label),
        (("pattern",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称或片段"), None),
        (("active",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "状态"), _active),
        (("id",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "修改人"), None),
        (("updated_at",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "修改时间"), None),
    )
    COL_WHO = 4

    def _value(self, row: Any, column: int) -> str:
        if column == self.COL_WHO:
            return _who(row)
        return super()._value(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            if row is not None and not row.active:
                return QColor("#94a3b8")
        return super().data(index, role)


def _combo(items: list[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for text, code in items:
        combo.addItem(text, code)
    return combo


class SpecialCustomersPage(QWidget):
    openCustomer = Signal(str)  # a customer created here, or the existing one chosen in the duplicate check

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("specialCustomersPage")
        self.actor = actor
        self.worker = worker
        self.rows: list[Any] = []
        self.current: Any = None
        self.dialog: NewSpecialCustomerDialog | None = None
        self._busy = False
        self._select_id: int | None = None

        title = QLabel(self.tr("特殊客户名单（C13）：名称与名单匹配的客户只能由 EAS 管理团队新建"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        self.new_button = push_button(self.tr("新建特殊客户…"), "newSpecialCustomer", self.new_special_customer,
                                      primary=True, default=None)
        self.new_button.setToolTip("Ctrl+N")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.new_button)

        self.filter = QLineEdit()
        self.filter.setObjectName("specialFilter")
        self.filter.setPlaceholderText(self.tr("筛选名单：名称、片段或类别"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaxLength(limits.SEARCH)
        self.filter.textChanged.connect(lambda _t: self._apply_filter())
        self.count = QLabel()
        self.count.setObjectName("specialCount")
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.count)

        self.model = SpecialPatternTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("specialTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _i: self.edit_pattern.setFocus())

        right = QVBoxLayout()
        right.addWidget(self._build_selected())
        right.addWidget(self._build_add())
        right.addWidget(self._build_check())
        right.addStretch(1)
        side = QWidget()
        side.setObjectName("specialSide")
        side.setLayout(right)
        side.setFixedWidth(440)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(side)

        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.filter)
        self._update_buttons()

    # -- construction -------------------------------------------------------------------------------------------
    def _match_combo(self, name: str) -> QComboBox:
        return _combo([(match_type_label(code), code) for code in MATCH_TYPES], name)

    def _kind_combo(self, name: str) -> QComboBox:
        return _combo([(special_kind_label(code), code) for code in SPECIAL_KINDS], name)

    def _pattern_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(MAX_PATTERN)
        edit.textEdited.connect(lambda _t, e=edit: mark_invalid(e, False))
        return edit

    def _reason_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(limits.REASON)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t, e=edit: mark_invalid(e, False))
        return edit

    def _build_selected(self) -> QGroupBox:
        box = QGroupBox(self.tr("所选规则"))
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.selected_label = QLabel(self.tr("请在左侧选择一条规则"))
        self.selected_label.setObjectName("selectedPattern")
        self.selected_label.setWordWrap(True)
        self.edit_match = self._match_combo("editMatchType")
        self.edit_pattern = self._pattern_edit("editPattern")
        self.edit_kind = self._kind_combo("editKind")
        self.edit_reason = self._reason_edit("editReason", self.tr("必填，如：名称有误、误伤普通客户"))
        form.addRow(self.selected_label)
        form.addRow(self.tr("匹配方式"), self.edit_match)
        form.addRow(self.tr("名称或片段"), self.edit_pattern)
        form.addRow(self.tr("类别"), self.edit_kind)
        form.addRow(self.tr("原因"), self.edit_reason)
        self.save_button = push_button(self.tr("保存修改"), "savePattern", self.save_selected, default=None)
        self.active_button = push_button(self.tr("停用"), "togglePattern", self.toggle_selected, default=None)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.active_button)
        row.addWidget(self.save_button)
        form.addRow(row)
        for edit in (self.edit_pattern, self.edit_reason):
            edit.returnPressed.connect(self.save_selected)
        return box

    def _build_add(self) -> QGroupBox:
        box = QGroupBox(self.tr("新增规则"))
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_match = self._match_combo("addMatchType")
        self.add_pattern = self._pattern_edit("addPattern")
        self.add_pattern.setPlaceholderText(self.tr("如：财产保险股份有限公司"))
        self.add_kind = self._kind_combo("addKind")
        self.add_reason = self._reason_edit("addReason", self.tr("选填"))
        form.addRow(self.tr("匹配方式"), self.add_match)
        form.addRow(self.tr("名称或片段"), self.add_pattern)
        form.addRow(self.tr("类别"), self.add_kind)
        form.addRow(self.tr("原因"), self.add_reason)
        self.add_button = push_button(self.tr("新增规则"), "addPatternButton", self.add_entry, default=None)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        form.addRow(row)
        for edit in (self.add_pattern, self.add_reason):
            edit.returnPressed.connect(self.add_entry)
        return box

    def _build_check(self) -> QGroupBox:
        box = QGroupBox(self.tr("检查名称"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.check_edit = QLineEdit()
        self.check_edit.setObjectName("checkName")
        self.check_edit.setMaxLength(limits.CUSTOMER["name"])
        self.check_edit.setPlaceholderText(self.tr("输入客户名称，查看是否属于特殊客户"))
        self.check_edit.returnPressed.connect(self.check_name)
        self.check_button = push_button(self.tr("检查"), "checkNameButton", self.check_name, default=None)
        row.addWidget(self.check_edit, 1)
        row.addWidget(self.check_button)
        self.check_result = QLabel()
        self.check_result.setObjectName("checkResult")
        self.check_result.setWordWrap(True)
        layout.addLayout(row)
        layout.addWidget(self.check_result)
        return box

    # -- load ---------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.worker.read(special_customers.list_patterns, done=self._show, failed=self._failed)

    def _show(self, rows: list[Any]) -> None:
        self.rows = list(rows)
        keep = self._select_id if self._select_id is not None else (self.current.id if self.current else None)
        self._select_id = None
        self._apply_filter(keep)

    def _apply_filter(self, keep: int | None = None) -> None:
        if keep is None and self.current is not None:
            keep = self.current.id
        text = self.filter.text().strip().lower()
        rows = [r for r in self.rows if not text or text in r.pattern.lower()
                or text in special_kind_label(r.kind).lower() or text in match_type_label(r.match_type).lower()]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        active = sum(1 for r in self.rows if r.active)
        self.count.setText(self.tr("显示 {0} 条，共 {1} 条（启用 {2} 条）").format(len(rows), len(self.rows), active))
        again = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if again >= 0:
            self.table.selectRow(again)
            self._row_changed(self.model.index(again, 0), QModelIndex())
        else:
            self.table.clearSelection()
            self._row_changed(QModelIndex(), QModelIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.current = row
        if row is None:
            self.selected_label.setText(self.tr("请在左侧选择一条规则"))
        else:
            origin = self.tr("系统预置") if row.shipped else self.tr("{0} 新增").format(row.created_by_login or "")
            state = self.tr("启用") if row.active else self.tr("已停用")
            self.selected_label.setText(f"#{row.id} · {origin} · {state}")
            self.edit_match.setCurrentIndex(max(self.edit_match.findData(row.match_type), 0))
            self.edit_pattern.setText(row.pattern)
            self.edit_kind.setCurrentIndex(max(self.edit_kind.findData(row.kind), 0))
            self.active_button.setText(self.tr("停用") if row.active else self.tr("重新启用"))
        for edit in (self.edit_pattern, self.edit_reason):
            mark_invalid(edit, False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.current is not None and not self._busy
        for widget in (self.edit_match, self.edit_pattern, self.edit_kind, self.edit_reason, self.save_button,
                       self.active_button):
            widget.setEnabled(selected)
        self.add_button.setEnabled(not self._busy)

    # -- act ----------------------------------------------------------------------------------------------------
    def _start(self) -> None:
        self._busy = True
        self._update_buttons()
        self.say(self.tr("正在保存…"), "info")

    def _need_reason(self) -> bool:
        if self.edit_reason.text().strip():
            return True
        mark_invalid(self.edit_reason, True)
        self.edit_reason.setFocus()
        self.say(self.tr("修改、停用或启用规则须填写原因"), "error")
        return False

    def save_selected(self) -> None:
        row = self.current
        if row is None or self._busy or not self._need_reason():
            return
        self._start()
        self.worker.write(special_customers.update_pattern, row.id,
                          match_type=self.edit_match.currentData(), pattern=self.edit_pattern.text(),
                          kind=self.edit_kind.currentData(), reason=self.edit_reason.text(), version=row.version,
                          done=self._saved, failed=self._edit_failed, owner=self)

    def toggle_selected(self) -> None:
        row = self.current
        if row is None or self._busy or not self._need_reason():
            return
        self._start()
        self.worker.write(special_customers.set_pattern_active, row.id, not row.active,
                          reason=self.edit_reason.text(), version=row.version,
                          done=self._saved, failed=self._edit_failed, owner=self)

    def add_entry(self) -> None:
        if self._busy:
            return
        self._start()
        self.worker.write(special_customers.add_pattern,
                          match_type=self.add_match.currentData(), pattern=self.add_pattern.text(),
                          kind=self.add_kind.currentData(), reason=self.add_reason.text() or None,
                          done=self._added, failed=self._add_failed, owner=self)

    def _saved(self, row: Any) -> None:
        self._busy = False
        self.edit_reason.clear()
        self.say(self.tr("规则 #{0} 已保存：{1}“{2}”").format(row.id, match_type_label(row.match_type), row.pattern), "ok")
        self._select_id = row.id
        self.refresh()

    def _added(self, row: Any) -> None:
        self._busy = False
        self.add_pattern.clear()
        self.add_reason.clear()
        self.filter.clear()
        self.say(self.tr("已新增规则 #{0}：{1}“{2}”").format(row.id, match_type_label(row.match_type), row.pattern), "ok")
        self._select_id = row.id
        self.refresh()

    def _edit_failed(self, error: UserError) -> None:
        self._failed(error)
        if error.kind == STALE:
            self.refresh()
            return
        target = {"pattern": self.edit_pattern, "reason": self.edit_reason}.get(error.field or "")
        if target is not None:
            mark_invalid(target, True)
            target.setFocus()

    def _add_failed(self, error: UserError) -> None:
        self._failed(error)
        target = {"pattern": self.add_pattern, "reason": self.add_reason}.get(error.field or "")
        if target is not None:
            mark_invalid(target, True)
            target.setFocus()

    def _failed(self, error: UserError) -> None:
        self._busy = False
        self._update_buttons()
        self.say(error.text, "error")

    def check_name(self) -> None:
        name = self.check_edit.text().strip()
        if not name:
            self.check_result.setText("")
            return
        self.worker.read(special_customers.match, name, done=self._checked,
                         failed=lambda error: self.check_result.setText(error.text), owner=self)

    def _checked(self, hit: Any) -> None:
        if hit is None:
            self.check_result.setText(self.tr("不在名单中：普通客户，各岗位按权限新建"))
            return
        self.check_result.setText(self.tr("特殊客户：{0}（规则 #{1} {2}“{3}”）：只有 EAS 管理团队可以新建").format(
            special_kind_label(hit.kind), hit.pattern_id, match_type_label(hit.match_type), hit.pattern))

    # -- 新建特殊客户 -------------------------------------------------------------------------------------------
    def new_special_customer(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = NewSpecialCustomerDialog(self.actor, self.worker, name=self.check_edit.text().strip(),
                                          parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda detail: self.openCustomer.emit(detail.code))
        dialog.useExisting.connect(self.openCustomer.emit)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def say(self, text: str, level: str) -> None:
        show_message(self.message, text, level)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Ctrl+N anywhere on the page (a key its fields leave to it) opens 新建特殊客户."""
        if QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+N"):
            self.new_special_customer()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
