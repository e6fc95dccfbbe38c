"""The form every new customer outside a vehicle record is created with (C1, C2, C3, C7), and its duplicate check.

Two dialogs use it: 新建销售客户 (``new_sales_customer_dialog``, a sales advisor from the customer list) and
新建特殊客户 (``new_special_customer_dialog``, the master-data team from its 特殊客户 page). The form: customer
type, name, phone, ID type (a person's documents or the USCC, C7) and number.

Creating goes through the duplicate check: a DuplicateFound (nothing saved) opens the duplicate dialog; 使用该客户
hands the existing customer on (``useExisting``: the caller opens its record), 确认不是同一客户 creates it with the
reason. On success ``created`` carries the new CustomerDetail (the caller opens its record) and the dialog closes.
One service call per action: customers.create_customer through the worker.

Keyboard: Enter creates (on a button: presses it), Esc cancels, Tab goes down the form.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services import customers
from desktop.services.customers import CustomerDetail, DuplicateFound
from desktop.services.dedupe import Candidate
from desktop.ui.common import i18n, limits
from desktop.ui.common.forms import CANCEL, BackendDialog
from desktop.ui.common.ops import WriteOp
from desktop.ui.common.widgets import unmark_on_edit
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.customer.duplicate_dialog import DuplicateDialog
from desktop.ui.customer.usable import merged_away

PERSON_ID_TYPES = ("resident_id", "hk_macau_permit", "tw_permit", "hmt_residence_permit", "passport")


class NewCustomerDialog(BackendDialog):
    """The form and the duplicate-check flow; the two subclasses say which customer it creates."""

    created = Signal(object)  # CustomerDetail of the new customer
    useExisting = Signal(str)  # the code of an existing customer chosen in the duplicate dialog

    BUSINESS = "after_sales"
    COMPANY_ONLY = False

    def __init__(self, actor: Any, worker: Worker, *, name: str = "", phone: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent)
        self.result_detail: CustomerDetail | None = None
        self.duplicate_dialog: DuplicateDialog | None = None

        self.intro = QLabel()
        self.intro.setObjectName("newCustomerIntro")
        self.intro.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.customer_type = QComboBox()
        for code in (("company",) if self.COMPANY_ONLY else ("individual", "company")):
            self.customer_type.addItem(i18n.customer_type_label(code), code)
        self.customer_type.setToolTip(self.tr("C3：公司、事业单位、机关等一律选单位客户"))
        self.customer_type.setEnabled(self.customer_type.count() > 1)
        self.name = QLineEdit(name)
        self.name.setMaxLength(limits.CUSTOMER["name"])
        self.phone = QLineEdit(phone)
        self.phone.setMaxLength(limits.CUSTOMER["phone"])
        self.phone.setPlaceholderText(self.tr("手机 11 位；座机带区号"))
        self.id_type = QComboBox()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(limits.CUSTOMER["id_number"])
        for key, text, widget in (
            ("customer_type", self.tr("客户类型"), self.customer_type), ("name", self.tr("名称"), self.name),
            ("phone", self.tr("主要电话"), self.phone), ("id_type", self.tr("证件类型"), self.id_type),
            ("id_number", self.tr("证件号码"), self.id_number),
        ):
            self._add_row(key, text, widget)
        self.customer_type.currentIndexChanged.connect(self._type_changed)

        self.cancel_button = self.standard_button(CANCEL, "cancelNewCustomer", self.reject)
        self.create_button = self.action_button(self.tr("检查重复并新建"), "createCustomer", lambda: self.submit(),
                                             primary=True, default=True)
        self.create_button.setToolTip(self.tr("保存前检查客户重复（C2）"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(self.footer())

    def _add_row(self, key: str, text: str, widget: QLineEdit | QComboBox) -> None:
        widget.setObjectName(f"new_{key}")
        label = QLabel(text)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        self.fields[key] = widget
        unmark_on_edit(widget)

    def _finish_setup(self) -> None:
        """After the subclass added its rows: ID types for the type, tab order, focus."""
        self._type_changed()
        order: list[QWidget] = [*self.fields.values(), self.create_button, self.cancel_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.resize(640, 420)
        start = self.fields["name"] if not self.name.text() else (
            self.fields["phone"] if not self.phone.text() else self.fields["id_number"])
        start.setFocus()

    # -- the form -----------------------------------------------------------------------------------------------
    def _type_changed(self, _index: int = 0) -> None:
        """C7: a resident ID (or another person's document) for a person, the USCC for a company."""
        company = self.customer_type.currentData() == "company"
        current = self.id_type.currentData()
        self.id_type.blockSignals(True)
        self.id_type.clear()
        for code in (("uscc",) if company else PERSON_ID_TYPES):
            self.id_type.addItem(i18n.id_type_label(code), code)
        index = self.id_type.findData(current)
        self.id_type.setCurrentIndex(max(index, 0))
        self.id_type.blockSignals(False)
        self.id_type.setEnabled(self.id_type.count() > 1)
        self.name.setPlaceholderText(
            self.tr("与营业执照一致，括号用（）") if company else self.tr("与身份证一致；建议 姓名+身份证后6位"))

    def draft(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, widget in self.fields.items():
            out[key] = (widget.currentData() or "") if isinstance(widget, QComboBox) else widget.text().strip()
        return out

    def special_kind(self) -> str | None:
        return None

    def check_form(self, draft: dict[str, str]) -> bool:
        """What the form itself can say before the service is asked (the service checks everything again)."""
        return True

    def field_widgets(self) -> dict[str, QLineEdit | QComboBox]:
        return self.fields

    def update_actions(self) -> None:
        self.create_button.setEnabled(not self.busy)

    def enter_pressed(self, widget: QObject | None) -> None:
        self.submit()

    # -- create -------------------------------------------------------------------------------------------------
    def submit(self, confirmed: tuple[str, ...] = (), confirm_reason: str | None = None) -> None:
        if self.busy:
            return
        draft = self.draft()
        if not self.check_form(draft):
            return
        (WriteOp(customers.create_customer, customer_type=draft["customer_type"], name=draft["name"],
                 phone=draft["phone"], id_type=draft["id_type"] or None, id_number=draft["id_number"] or None,
                 business=self.BUSINESS, special_kind=self.special_kind(), confirmed_not_duplicate_of=confirmed,
                 confirm_reason=confirm_reason)
         .success(self._done)
         .expect(DuplicateFound, partial(self._duplicates, draft))
         .busy(self.tr("正在检查客户重复并保存…")).run_in(self))

    def _done(self, detail: CustomerDetail) -> None:
        self.result_detail = detail
        self.say(self.tr("已新建 {0}").format(detail.code), "ok")
        self.created.emit(detail)
        self.accept()

    def _duplicates(self, draft: dict[str, str], found: DuplicateFound, error: UserError) -> None:
        """C2: the duplicate dialog opens with the candidates (nothing was saved)."""
        DuplicateDialog.ask(self, draft, found, error, use=self.use_candidate,
                            different=lambda codes, reason: self.submit(codes, reason))

    def use_candidate(self, candidate: Candidate) -> None:
        """使用该客户: the existing customer is opened instead (a merged one: its survivor is to be searched)."""
        if candidate.merged:
            self.say(merged_away(candidate.name, candidate.customer_code), "error")
            return
        self.useExisting.emit(candidate.customer_code)
        self.accept()
