"""修改核心资料 / 申请修改核心资料 (C10/C11): each core field, its current value and the new value.

Finance and customer service (permission 'customer.modify_core') change the record here, with a
required reason, through customers.change_core_data (validators and duplicate check). Advisors get the
same dialog to file a change request instead (change_requests.file_request); finance / customer
service apply or reject it from their queue. Enter submits, Esc closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services import change_requests, customers
from desktop.services.change_requests import ChangeRequestView
from desktop.services.customers import CustomerDetail
from desktop.ui.common import i18n, limits
from desktop.ui.common.forms import CLOSE, BackendDialog
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.widgets import follow_customer_type, mark_invalid, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker

CORE = ("customer_type", "name", "phone", "id_type", "id_number")
ID_TYPES = ("", "resident_id", "uscc", "hk_macau_permit", "tw_permit", "hmt_residence_permit", "passport")


class CoreChangeDialog(BackendDialog):
    saved = Signal(object)  # CustomerDetail (finance / customer service changed the record)
    requested = Signal(object)  # ChangeRequestView (an advisor filed a request)

    def __init__(self, actor: Any, worker: Worker, code: str, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="coreChangeDialog")
        self.code = code
        self.detail: CustomerDetail | None = None
        self.request: ChangeRequestView | None = None  # the change request an advisor filed here
        self.direct = bool(actor.can("customer.modify_core"))
        self.setWindowTitle((self.tr("修改核心资料 · {0}") if self.direct else self.tr("申请修改核心资料 · {0}")).format(code))

        intro = QLabel(
            self.tr("C10：核心资料修改须核对原件并填写原因；新资料会重新校验并查重。") if self.direct else
            self.tr("C10：顾问不能直接修改核心资料。填写新值和原因提交申请，由财务（销售客户）或客服（售后客户）核对后处理。"))
        intro.setObjectName("coreChangeIntro")
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, text in enumerate((self.tr("字段"), self.tr("现值"), self.tr("新值"))):
            head = QLabel(text)
            head.setObjectName("gridHeader")
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, col)
        labels = {"customer_type": self.tr("客户类型"), "name": self.tr("名称"), "phone": self.tr("主要电话"),
                  "id_type": self.tr("证件类型"), "id_number": self.tr("证件号码")}
        self.old: dict[str, QLabel] = {}
        self.new: dict[str, QLineEdit | QComboBox] = {}
        for row, name in enumerate(CORE, 1):
            label = QLabel(labels[name])
            old = QLabel("—")
            old.setObjectName(f"old_{name}")
            old.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget: QLineEdit | QComboBox
            if name == "customer_type":
                widget = QComboBox()
                for c in ("individual", "company"):
                    widget.addItem(i18n.customer_type_label(c), c)
            elif name == "id_type":
                widget = QComboBox()
                for c in ID_TYPES:
                    widget.addItem(i18n.id_type_label(c) if c else self.tr("（无）"), c)
            else:
                widget = QLineEdit()
                widget.setMaxLength(limits.CUSTOMER[name])
            widget.setObjectName(f"new_{name}")
            unmark_on_edit(widget)
            label.setBuddy(widget)
            self.old[name] = old
            self.new[name] = widget
            grid.addWidget(label, row, 0)
            grid.addWidget(old, row, 1)
            grid.addWidget(widget, row, 2)
        types, id_types = self.new["customer_type"], self.new["id_type"]
        if isinstance(types, QComboBox) and isinstance(id_types, QComboBox):
            follow_customer_type(types, id_types)  # C7: a company's ID is its business licence
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        self.reason = QLineEdit()
        self.reason.setObjectName("coreChangeReason")
        self.reason.setPlaceholderText(self.tr("原因（必填），如：按行驶证更正姓名"))
        self.reason.setMaxLength(limits.REASON)
        unmark_on_edit(self.reason)
        reason_label = QLabel(self.tr("原因"))
        reason_label.setBuddy(self.reason)
        grid.addWidget(reason_label, len(CORE) + 1, 0)
        grid.addWidget(self.reason, len(CORE) + 1, 1, 1, 2)

        self.standard_button(CLOSE, "closeDialog", self.reject)
        self.submit_button = self.action_button(self.tr("保存修改") if self.direct else self.tr("提交申请"),
                                             "submitCoreChange", self.submit, primary=True, default=True)
        self.update_actions()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(self.footer())
        self.resize(760, 420)
        self.reload()

    # -- load ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        QueryOp(customers.get_customer, self.code).success(self.show_detail).run_in(self)

    def show_detail(self, d: CustomerDetail) -> None:
        self.detail = d
        self.code = d.code
        for name in CORE:
            value = getattr(d, name) or ""
            shown = value
            if name == "customer_type":
                shown = i18n.customer_type_label(value)
            elif name == "id_type":
                shown = i18n.id_type_label(value) if value else ""
            self.old[name].setText(shown or "—")
            widget = self.new[name]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(value)
            mark_invalid(widget, False)
        self.update_actions()
        self.new["name"].setFocus()

    def update_actions(self) -> None:
        self.submit_button.setEnabled(self.detail is not None and self.request is None and not self.busy)

    # -- submit -------------------------------------------------------------------------------------------
    def _value(self, name: str) -> str:
        widget = self.new[name]
        return (widget.currentData() or "") if isinstance(widget, QComboBox) else widget.text().strip()

    def changes(self) -> dict[str, Any]:
        if self.detail is None:
            return {}
        out: dict[str, Any] = {}
        for name in CORE:
            value = self._value(name)
            if value != (getattr(self.detail, name) or ""):
                out[name] = value or None
        return out

    def submit(self) -> None:
        if self.busy or self.detail is None:
            return
        for widget in (*self.new.values(), self.reason):
            mark_invalid(widget, False)
        changes = self.changes()
        if not changes:
            self.refuse(self.tr("没有修改：请在“新值”一列填写要改成的资料"))
            return
        reason = self.required(self.reason, self.tr("请填写修改原因（必填）"))
        if reason is None:
            return
        busy = self.tr("正在提交…")
        if self.direct:
            (WriteOp(customers.change_core_data, self.detail.code, reason=reason, version=self.detail.version,
                     **changes)
             .success(self._saved).busy(busy).run_in(self))
        else:
            (WriteOp(change_requests.file_request, self.detail.code, reason=reason, **changes)
             .success(self._requested).busy(busy).run_in(self))

    def _saved(self, detail: CustomerDetail) -> None:
        self.reason.clear()
        self.show_detail(detail)
        self.say(self.tr("核心资料已修改"), "ok")
        self.saved.emit(detail)

    def _requested(self, request: ChangeRequestView) -> None:
        self.request = request
        self.reason.clear()
        self.say(self.tr("申请 #{0} 已提交，等待{1}处理").format(
            request.id, self.tr("财务") if request.business == "sales" else self.tr("客服")), "ok")
        self.requested.emit(request)

    def stale(self, error: UserError) -> None:
        self.reload()  # another workstation saved first: what is saved now is shown (the message stays)

    def field_widgets(self) -> dict[str, QWidget]:
        return {**self.new, "reason": self.reason, "note": self.reason}
