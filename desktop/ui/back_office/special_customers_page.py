"""特殊客户 (master-data team, C13): the list of special customers' names, and 新建特殊客户.

The list holds exact names and name fragments (contains / starts with / ends with), each with the kind of special
customer it marks; a customer whose name matches an active entry can be created (or renamed into) only by the
master-data team. Here the team filters the list, edits or deactivates the selected entry (with a reason), adds an
entry, checks which entry a name matches, and opens the 新建特殊客户 form. Every change is one service call
(desktop.services.special_customers: audited, on the version shown; a change by another workstation meanwhile is
refused and the list reloaded).

Keyboard (desktop.ui.back_office.list_keys): Ctrl+F goes to the filter, ↑ / ↓ in it choose the entry, Enter in
it or on the table goes to the chosen entry's fields; Enter in a form runs that form's action (save, add, check);
Ctrl+N opens 新建特殊客户.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.special_names import MAX_PATTERN
from desktop.services import special_customers
from desktop.services.customers import SPECIAL_KINDS
from desktop.services.special_customers import SpecialMatch, SpecialPattern
from desktop.ui.back_office.list_keys import ListKeys, search_field
from desktop.ui.common import limits, shortcuts
from desktop.ui.common.forms import BackendPage
from desktop.ui.common.i18n import special_kind_label
from desktop.ui.common.models import SpecialPatternTableModel, match_type_label
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.tables import show_rows, table_view
from desktop.ui.common.widgets import mark_invalid, push_button, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.customer.new_special_customer_dialog import NewSpecialCustomerDialog

MATCH_TYPES = ("contains", "exact", "starts_with", "ends_with")


def _combo(items: list[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for text, code in items:
        combo.addItem(text, code)
    return combo


class SpecialCustomersPage(BackendPage):
    openCustomer = Signal(str)  # a customer created here, or the existing one chosen in the duplicate check

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "specialCustomersPage", parent)
        self.rows: list[SpecialPattern] = []
        self.current: SpecialPattern | None = None
        self.dialog: NewSpecialCustomerDialog | None = None
        self._select_id: int | None = None

        self.new_button = push_button(self.tr("新建特殊客户…"), "newSpecialCustomer", self.new_special_customer,
                                      primary=True, default=None)
        shortcuts.bind_button(self.new_button, "new")  # Ctrl+N

        self.filter = search_field("specialFilter", self.tr("筛选名单：名称、片段或类别"))
        self.filter.textChanged.connect(lambda _t: self._apply_filter(top=True))
        self.count = QLabel()
        self.count.setObjectName("specialCount")
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.count)

        self.model = SpecialPatternTableModel(self)
        self.table = table_view("specialTable", self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.keys = ListKeys(self, self.table, [self.filter], lambda _row: self.edit_pattern.setFocus())

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._build_selected())
        right.addWidget(self._build_add())
        right.addStretch(1)
        side = QWidget()
        side.setObjectName("specialSide")
        side.setLayout(right)
        # the two forms fit a 1280×720 screen; on a smaller one they scroll instead of being cut off
        scroll = QScrollArea()
        scroll.setObjectName("specialSideScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(side)
        scroll.setFixedWidth(440)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self._build_check())
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(scroll)

        layout = self.page_layout(
            self.tr("特殊客户名单（C13）：名称与名单匹配的客户只能由 EAS 管理团队新建"),
            self.new_button)
        layout.addLayout(filter_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.filter)
        self.update_actions()

    # -- construction -------------------------------------------------------------------------------------------
    def _match_combo(self, name: str) -> QComboBox:
        return _combo([(match_type_label(code), code) for code in MATCH_TYPES], name)

    def _kind_combo(self, name: str) -> QComboBox:
        return _combo([(special_kind_label(code), code) for code in SPECIAL_KINDS], name)

    def _pattern_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(MAX_PATTERN)
        unmark_on_edit(edit)
        return edit

    def _reason_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(limits.REASON)
        edit.setPlaceholderText(placeholder)
        unmark_on_edit(edit)
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
        QueryOp(special_customers.list_patterns).success(self._show).run_in(self)

    def _show(self, rows: list[SpecialPattern]) -> None:
        self.rows = list(rows)
        keep = self._select_id if self._select_id is not None else (self.current.id if self.current else None)
        self._select_id = None
        self._apply_filter(keep)

    def _apply_filter(self, keep: int | None = None, *, top: bool = False) -> None:
        """The entries matching the filter; ``keep`` (else the selected entry) stays selected while listed, else
        the first is (``top``: the filter changed, the first match is selected)."""
        if keep is None and self.current is not None and not top:
            keep = self.current.id
        text = self.filter.text().strip().lower()
        rows = [r for r in self.rows if not text or text in r.pattern.lower()
                or text in special_kind_label(r.kind).lower() or text in match_type_label(r.match_type).lower()]
        again = next((i for i, r in enumerate(rows) if r.id == keep), 0)
        active = sum(1 for r in self.rows if r.active)
        self.count.setText(self.tr("显示 {0} 条，共 {1} 条（启用 {2} 条）").format(len(rows), len(self.rows), active))
        if show_rows(self.table, rows, again):
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
        self.update_actions()

    def update_actions(self) -> None:
        selected = self.current is not None and not self.busy
        for widget in (self.edit_match, self.edit_pattern, self.edit_kind, self.edit_reason, self.save_button,
                       self.active_button):
            widget.setEnabled(selected)
        self.add_button.setEnabled(not self.busy)

    # -- act ----------------------------------------------------------------------------------------------------
    def _need_reason(self) -> bool:
        return self.required(self.edit_reason, self.tr("修改、停用或启用规则须填写原因")) is not None

    def save_selected(self) -> None:
        row = self.current
        if row is None or self.busy or not self._need_reason():
            return
        (WriteOp(special_customers.update_pattern, row.id, match_type=self.edit_match.currentData(),
                 pattern=self.edit_pattern.text(), kind=self.edit_kind.currentData(),
                 reason=self.edit_reason.text(), version=row.version)
         .success(self._saved).run_in(self))

    def toggle_selected(self) -> None:
        row = self.current
        if row is None or self.busy or not self._need_reason():
            return
        (WriteOp(special_customers.set_pattern_active, row.id, not row.active, reason=self.edit_reason.text(),
                 version=row.version)
         .success(self._saved).run_in(self))

    def add_entry(self) -> None:
        if self.busy:
            return
        (WriteOp(special_customers.add_pattern, match_type=self.add_match.currentData(),
                 pattern=self.add_pattern.text(), kind=self.add_kind.currentData(),
                 reason=self.add_reason.text() or None)
         .success(self._added).failure(self._add_failed).run_in(self))

    def _saved(self, row: SpecialPattern) -> None:
        self.edit_reason.clear()
        self.say(self.tr("规则 #{0} 已保存：{1}“{2}”").format(row.id, match_type_label(row.match_type), row.pattern), "ok")
        self._select_id = row.id
        self.refresh()

    def _added(self, row: SpecialPattern) -> None:
        self.add_pattern.clear()
        self.add_reason.clear()
        self.filter.clear()
        self.say(self.tr("已新增规则 #{0}：{1}“{2}”").format(row.id, match_type_label(row.match_type), row.pattern), "ok")
        self._select_id = row.id
        self.refresh()

    def field_widgets(self) -> dict[str, QWidget]:
        """The selected entry's fields (a refused save or (de)activation)."""
        return {"pattern": self.edit_pattern, "reason": self.edit_reason}

    def _add_failed(self, error: UserError) -> None:
        self.failed(error, {"pattern": self.add_pattern, "reason": self.add_reason})

    def check_name(self) -> None:
        name = self.check_edit.text().strip()
        if not name:
            self.check_result.setText("")
            return
        (QueryOp(special_customers.match, name).success(self._checked)
         .failure(lambda error: self.check_result.setText(error.text)).run_in(self))

    def _checked(self, hit: SpecialMatch | None) -> None:
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
        dialog.created.connect(lambda detail: self.openCustomer.emit(detail.code))
        dialog.useExisting.connect(self.openCustomer.emit)
        self.open_child(dialog, "dialog")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Ctrl+N reaching the page itself (its fields leave that key to it; the shortcut did not take it, as when
        the window is not the active one) opens 新建特殊客户 all the same."""
        if QKeySequence(event.keyCombination()) == shortcuts.sequence("new"):
            self.new_special_customer()
            return
        super().keyPressEvent(event)
