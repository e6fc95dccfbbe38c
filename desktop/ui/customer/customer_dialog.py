"""客户档案 (customer record, C1-C13): status shown first; core data read-only without 修改核心资料.

Advisors edit the non-core fields (address, birthday, contact, email, remark); finance and customer
service may correct core data (C10) with a reason. Save is one call, customers.save_customer (core and
other fields together, all or nothing, on the version shown). A record saved first by another workstation
is refused with a message and reloaded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import customers
from desktop.services.customers import CustomerDetail
from desktop.ui.common import i18n, limits
from desktop.ui.common.forms import CLOSE, SAVE, BackendDialog
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.widgets import FieldLabel, follow_customer_type, mark_invalid, repolish, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.customer.core_change_dialog import CoreChangeDialog

CORE = ("customer_type", "name", "phone", "id_type", "id_number")
NONCORE = ("address", "birthday", "contact_name", "contact_phone", "email", "remark")
ID_TYPES = ("", "resident_id", "uscc", "hk_macau_permit", "tw_permit", "hmt_residence_permit", "passport")


class BadInput(ValueError):
    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text


class CustomerDialog(BackendDialog):
    saved = Signal(object)  # CustomerDetail
    undoMerge = Signal(str)  # this (merged) customer's code: the main window opens the merge dialog to undo it

    def __init__(self, actor: Any, worker: Worker, code: str, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="customerDialog")
        self.code = code
        self.detail: CustomerDetail | None = None
        self.child: QDialog | None = None  # the core-change dialog opened from here
        self._original: dict[str, str] = {}
        self.setWindowTitle(self.tr("客户档案 · {0}").format(code))

        self.status = QLabel()
        self.status.setObjectName("customerStatus")
        self.status.setWordWrap(True)
        self.labels: dict[str, FieldLabel] = {}
        self.fields: dict[str, QLineEdit | QComboBox] = {}

        core = QGroupBox(self.tr("核心资料（C10：仅财务、客服可修改）"))
        core_form = self._form(core)
        types = QComboBox()
        for code_ in ("individual", "company"):
            types.addItem(i18n.customer_type_label(code_), code_)
        self._add(core_form, "customer_type", self.tr("客户类型"), types)
        self._add(core_form, "name", self.tr("名称"))
        self._add(core_form, "phone", self.tr("主要电话"))
        id_types = QComboBox()
        for code_ in ID_TYPES:
            id_types.addItem(i18n.id_type_label(code_) if code_ else "", code_)
        self._add(core_form, "id_type", self.tr("证件类型"), id_types)
        follow_customer_type(types, id_types)  # C7: a company's ID is its business licence
        self._add(core_form, "id_number", self.tr("证件号码"))
        self.core_reason = QLineEdit()
        self.core_reason.setObjectName("coreReason")
        self.core_reason.setPlaceholderText(self.tr("修改核心资料的原因（必填）"))
        limits.limit(self.core_reason, limits.REASON)
        unmark_on_edit(self.core_reason)
        core_form.addRow(self.tr("修改原因"), self.core_reason)
        self.core_form = core_form

        other = QGroupBox(self.tr("其他资料"))
        other_form = self._form(other)
        self._add(other_form, "address", self.tr("地址"))
        self._add(other_form, "birthday", self.tr("生日"))
        self.fields["birthday"].setPlaceholderText("YYYY-MM-DD")
        self._add(other_form, "contact_name", self.tr("联系人"))
        self._add(other_form, "contact_phone", self.tr("联系人电话"))
        self._add(other_form, "email", self.tr("邮箱"))
        self._add(other_form, "remark", self.tr("备注"))

        info = QGroupBox(self.tr("档案信息"))
        info_form = self._form(info)
        self.info: dict[str, QLabel] = {}
        for key, text in (("code", self.tr("客户编码")), ("category", self.tr("类别 / 业务")),
                          ("finance", self.tr("财务客户")), ("stores", self.tr("客户渠道（门店）")),
                          ("created", self.tr("创建"))):
            label = QLabel("—")
            label.setObjectName(f"info_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info[key] = label
            info_form.addRow(text, label)

        # C10: finance / customer service change core data in its own dialog; advisors request a change there.
        self.core_button = self.action_button(self.tr("修改核心资料…") if actor.can("customer.modify_core")
                                           else self.tr("申请修改核心资料…"), "coreChangeButton", self.open_core_change)
        self.core_button.setVisible(actor.can("customer.modify_core") or actor.can("customer.request_core_change"))
        self.undo_merge_button = self.action_button(self.tr("撤销合并…"), "undoMergeButton", self._undo_merge)
        self.undo_merge_button.hide()
        self.standard_button(CLOSE, "closeDialog", self.reject)
        self.save_button = self.standard_button(SAVE, "saveCustomer", self.save, primary=True, default=True)
        self.save_button.setEnabled(False)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(core)
        left.addWidget(info)
        columns.addLayout(left, 1)
        columns.addWidget(other, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(columns, 1)
        layout.addLayout(self.footer())
        self.resize(900, 520)
        self.reload()

    @staticmethod
    def _form(parent: QWidget) -> QFormLayout:
        form = QFormLayout(parent)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return form

    def _add(self, form: QFormLayout, name: str, text: str, widget: QLineEdit | QComboBox | None = None) -> None:
        if widget is None:
            widget = QLineEdit()
            widget.setMaxLength(limits.DATE if name == "birthday" else limits.CUSTOMER[name])
        widget.setObjectName(f"field_{name}")
        label = FieldLabel(text, name)
        label.text.setBuddy(widget)
        self.labels[name] = label
        self.fields[name] = widget
        form.addRow(label, widget)
        unmark_on_edit(widget)

    # -- load ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        QueryOp(customers.get_customer, self.code).success(self.show_detail).run_in(self)

    def show_detail(self, d: CustomerDetail) -> None:
        self.detail = d
        self.code = d.code
        self.setWindowTitle(self.tr("客户档案 · {0} {1}").format(d.code, d.name))
        self._show_status(d)
        self._original = {}
        for name, widget in self.fields.items():
            value = getattr(d, name, None)
            text = value.isoformat() if isinstance(value, date) else ("" if value is None else str(value))
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(text)))
                self._original[name] = widget.currentData() or ""
            else:
                widget.setText(text)
                self._original[name] = widget.text()
            mark_invalid(widget, False)
            locked = name in CORE and not d.core_editable
            if isinstance(widget, QComboBox):
                widget.setEnabled(not locked)
            else:
                widget.setReadOnly(locked)
            reason = self.tr("C10 核心资料只能由有“修改核心资料”权限的财务、客服修改；请提交修改申请")
            widget.setProperty("locked", locked)
            widget.setToolTip(reason if locked else "")
            repolish(widget)
            self.labels[name].set_locked(locked, reason)
        self.core_form.setRowVisible(self.core_reason, d.core_editable)
        self.info["code"].setText(d.code)
        self.info["category"].setText(f"{i18n.category_label(d.category)} / {i18n.business_label(d.business)}"
                                      + (self.tr(" · 特殊客户") if d.special else ""))
        self.info["finance"].setText(d.finance_customer_code or self.tr("（系统生成，启用后出现）"))
        self.info["stores"].setText(i18n.listed(d.store_codes) or "—")
        created = d.created_at.strftime("%Y-%m-%d") if d.created_at else ""
        self.info["created"].setText(" · ".join(x for x in (created, d.created_store_code or "", d.created_by_login or "") if x))
        self.update_actions()
        self.undo_merge_button.setVisible(bool(d.merged_into_code) and self.actor.can("customer.merge"))
        self.core_button.setEnabled(not d.merged_into_code)

    def update_actions(self) -> None:
        self.save_button.setEnabled(self.detail is not None and not self.busy)

    def open_core_change(self) -> QDialog | None:
        if self.detail is None:
            return None
        dialog = CoreChangeDialog(self.actor, self.worker, self.detail.code, parent=self)
        dialog.saved.connect(self._saved)
        dialog.requested.connect(lambda r: self.say(self.tr("已提交修改申请 #{0}").format(r.id), "ok"))
        return self.open_child(dialog)

    def _undo_merge(self) -> None:
        """C11 / merges: the merge dialog is the back office's (the main window opens it over this record)."""
        if self.detail is not None:
            self.undoMerge.emit(self.detail.code)

    def _show_status(self, d: CustomerDetail) -> None:
        hints = {
            "pending": self.tr("待启用：核实原件并查重后，由{0}启用（C9）").format(
                self.tr("财务") if d.business == "sales" else self.tr("客服")),
            "enabled": self.tr("已启用"),
            "disabled": self.tr("已停用：不能作为车主（O6）"),
        }
        self.status.setText(f"{i18n.status_label(d.status)} · {d.name}" + (
            f"\n{hints[d.status]}" if d.status != "enabled" else ""))
        self.status.setProperty("status", d.status)
        repolish(self.status)

    # -- save ---------------------------------------------------------------------------------------------
    def _value(self, name: str) -> str:
        widget = self.fields[name]
        return (widget.currentData() or "") if isinstance(widget, QComboBox) else widget.text().strip()

    def changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        core: dict[str, Any] = {}
        noncore: dict[str, Any] = {}
        if self.detail is None:
            return core, noncore
        for name in self.fields:
            value = self._value(name)
            if value == self._original.get(name, ""):
                continue
            if name in CORE:
                if self.detail.core_editable:
                    core[name] = value or None
            elif name == "birthday":
                try:
                    noncore[name] = date.fromisoformat(value) if value else None
                except ValueError as exc:
                    raise BadInput("birthday", self.tr("生日须为日期（YYYY-MM-DD）")) from exc
            else:
                noncore[name] = value or None
        return core, noncore

    def save(self) -> None:
        if self.busy or self.detail is None:
            return
        try:
            core, noncore = self.changes()
        except BadInput as exc:
            self.refuse(exc.text, self.fields[exc.field])
            return
        if not core and not noncore:
            self.say(self.tr("没有修改"), "info")
            return
        reason = self.core_reason.text().strip()
        if core and not reason:
            self.refuse(self.tr("修改核心资料须填写原因"), self.core_reason)
            return
        (WriteOp(customers.save_customer, self.detail.code, version=self.detail.version,
                 reason=reason or None, **core, **noncore)
         .success(self._saved).run_in(self))

    def _saved(self, detail: CustomerDetail) -> None:
        self.core_reason.clear()
        mark_invalid(self.core_reason, False)
        self.show_detail(detail)
        self.say(self.tr("已保存"), "ok")
        self.saved.emit(detail)

    def stale(self, error: UserError) -> None:
        self.reload()  # the message stays: the user checks the reloaded record and saves again

    def field_widgets(self) -> dict[str, QWidget]:
        return {**self.fields, "reason": self.core_reason}
