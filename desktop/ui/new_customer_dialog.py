"""新建销售客户 (C1, C2, C4, C7) and 新建特殊客户 (C13): the two ways to create a customer outside a vehicle record.

* A sales advisor creates a sales customer from the customer list, after searching it (C1): customer type,
  name, phone and an ID (required, C7); the new customer is potential (C4) and pending until finance enables it
  (C9).
* The master-data team creates a special customer (insurer, manufacturer, used-car platform, parts supplier,
  group company) from its 特殊客户 page: a company, its licence name, phone, unified social credit code and the
  kind — proposed from the team's list as the name is typed (special_customers.match).

Both go through the duplicate check: a DuplicateFound (nothing saved) opens the duplicate dialog; 使用该客户
hands the existing customer on (``useExisting``: the caller opens its record), 确认不是同一客户 creates it with
the reason. On success ``created`` carries the new CustomerDetail (the caller opens its record) and the dialog
closes. One service call per action: customers.create_customer through the worker.

Keyboard: Enter creates (on a button: presses it), Esc cancels, Tab goes down the form.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services import customers, special_customers
from desktop.services.customers import SPECIAL_KINDS
from desktop.ui import i18n, limits
from desktop.ui.duplicate_dialog import DuplicateDialog
from desktop.ui.widgets import EnterKeyRouter, mark_invalid, message_label, push_button, show_message
from desktop.ui.worker import UserError, Worker

PERSON_ID_TYPES = ("resident_id", "hk_macau_permit", "tw_permit", "hmt_residence_permit", "passport")
MATCH_DELAY_MS = 300
_PHONE_LIKE = re.compile(r"[\d\s\-－()（）+]+")


def special_kind_label(code: str | None) -> str:
    """A kind of special customer in the UI's language (desktop.services.customers.SPECIAL_KINDS)."""
    names = SPECIAL_KINDS.get(code or "")
    if names is None:
        return code or ""
    return names[1] if i18n.current_lang() == "en" else names[0]


def prefill_from_search(text: str) -> tuple[str, str]:
    """(name, phone) from what was searched before creating (C1): digits go to the phone, words to the name."""
    text = (text or "").strip()
    if text and _PHONE_LIKE.fullmatch(text):
        return "", text
    return text, ""


class NewCustomerDialog(EnterKeyRouter, QDialog):
    """The form and the duplicate-check flow; the two subclasses say which customer it creates."""

    created = Signal(object)  # CustomerDetail of the new customer
    useExisting = Signal(str)  # the code of an existing customer chosen in the duplicate dialog

    BUSINESS = "after_sales"
    COMPANY_ONLY = False

    def __init__(self, actor: Any, worker: Worker, *, name: str = "", phone: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.worker = worker
        self.result_detail: Any = None
        self.duplicate_dialog: DuplicateDialog | None = None
        self._busy = False

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

        self.message = message_label()
        self.cancel_button = push_button(self.tr("取消"), "cancelNewCustomer", self.reject)
        self.create_button = push_button(self.tr("检查重复并新建"), "createCustomer", lambda: self.submit(),
                                         primary=True, default=True)
        self.create_button.setToolTip(self.tr("保存前检查客户重复（C2）"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _add_row(self, key: str, text: str, widget: QLineEdit | QComboBox) -> None:
        widget.setObjectName(f"new_{key}")
        label = QLabel(text)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        self.fields[key] = widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, w=widget: mark_invalid(w, False))
        else:
            widget.currentIndexChanged.connect(lambda _i, w=widget: mark_invalid(w, False))

    def _finish_setup(self) -> None:
        """After the subclass added its rows: ID types for the type, tab order, Enter, focus."""
        self._type_changed()
        order: list[QWidget] = [*self.fields.values(), self.create_button, self.cancel_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self._watch_keys()
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

    # -- create -------------------------------------------------------------------------------------------------
    def submit(self, confirmed: tuple[str, ...] = (), confirm_reason: str | None = None) -> None:
        if self._busy:
            return
        draft = self.draft()
        if not self.check_form(draft):
            return
        self._set_busy(True)
        self._say(self.tr("正在检查客户重复并保存…"), "info")
        self.worker.write(
            customers.create_customer, customer_type=draft["customer_type"],
            name=draft["name"], phone=draft["phone"], id_type=draft["id_type"] or None,
            id_number=draft["id_number"] or None, business=self.BUSINESS, special_kind=self.special_kind(),
            confirmed_not_duplicate_of=confirmed, confirm_reason=confirm_reason,
            done=self._done, failed=lambda error: self._failed(draft, error), owner=self,
        )

    def _done(self, detail: Any) -> None:
        self._set_busy(False)
        self.result_detail = detail
        self._say(self.tr("已新建 {0}").format(detail.code), "ok")
        self.created.emit(detail)
        self.accept()

    def _failed(self, draft: dict[str, str], error: UserError) -> None:
        """C2: a DuplicateFound opens the duplicate dialog; anything else is said and its field marked."""
        self._set_busy(False)
        self._say(error.text, "error")
        found = error.error
        if isinstance(found, customers.DuplicateFound):
            dialog = DuplicateDialog(draft, found.candidates, found.certain, message=error.text, parent=self)
            dialog.reason.setMaxLength(limits.REASON)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.useCustomer.connect(self.use_candidate)
            dialog.confirmedDifferent.connect(lambda codes, reason: self.submit(codes, reason))
            dialog.finished.connect(self._duplicate_closed)
            self.duplicate_dialog = dialog
            dialog.open()
            return
        widget = self.fields.get(error.field or "")
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus()

    def _duplicate_closed(self, _result: int) -> None:
        self.duplicate_dialog = None

    def use_candidate(self, candidate: Any) -> None:
        """使用该客户: the existing customer is opened instead (a merged one: its survivor is to be searched)."""
        if candidate.merged:
            self._say(self.tr("{0}（{1}）已合并到其他客户：请查找合并后的客户").format(
                candidate.name, candidate.customer_code), "error")
            return
        self.useExisting.emit(candidate.customer_code)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.create_button.setEnabled(not busy)

    def _say(self, text: str, level: str) -> None:
        show_message(self.message, text, level)

    # -- keyboard -----------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter creates (on a button: presses it); Esc cancels (QDialog)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            focused = self._enter_target()
            if isinstance(focused, QPushButton):
                if focused.isEnabled():
                    focused.click()
            else:
                self.submit()
            return
        super().keyPressEvent(event)


class NewSalesCustomerDialog(NewCustomerDialog):
    """新建销售客户 (sales advisors, from the customer list after a search)."""

    BUSINESS = "sales"

    def __init__(self, actor: Any, worker: Worker, *, searched: str = "",
                 parent: QWidget | None = None) -> None:
        name, phone = prefill_from_search(searched)
        super().__init__(actor, worker, name=name, phone=phone, parent=parent)
        self.setObjectName("newSalesCustomerDialog")
        self.setWindowTitle(self.tr("新建销售客户"))
        self.intro.setText(self.tr(
            "已查找“{0}”，没有同一客户时再新建（C1）。销售客户为潜在客户（C4），证件必填（C7），"
            "保存前检查客户重复（C2），新客户待财务核实原件后启用（C9）。").format(searched))
        self.id_number.setPlaceholderText(self.tr("必填：个人填身份证号，单位填统一社会信用代码（C7）"))
        self._finish_setup()

    def check_form(self, draft: dict[str, str]) -> bool:
        if not draft["id_number"]:
            mark_invalid(self.id_number, True)
            self.id_number.setFocus()
            self._say(self.tr("销售客户证件号码必填（C7）"), "error")
            return False
        return True


class NewSpecialCustomerDialog(NewCustomerDialog):
    """新建特殊客户 (the master-data team, from its 特殊客户 page)."""

    COMPANY_ONLY = True

    def __init__(self, actor: Any, worker: Worker, *, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, name=name, parent=parent)
        self.setObjectName("newSpecialCustomerDialog")
        self.setWindowTitle(self.tr("新建特殊客户"))
        self.intro.setText(self.tr(
            "C13：保险公司、主机厂、二手车平台、配件供应商和集团内部公司只能由 EAS 管理团队新建。"
            "名称与营业执照一致；输入名称后按特殊客户名单给出类别。保存前检查客户重复（C2）。"))
        self.id_number.setPlaceholderText(self.tr("统一社会信用代码，能取得时必填（C7）"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("请选择类别"), "")
        for code in SPECIAL_KINDS:
            self.kind.addItem(special_kind_label(code), code)
        self._add_row("kind", self.tr("特殊客户类别"), self.kind)
        self.kind.activated.connect(self._kind_chosen)
        self.match_hint = QLabel()
        self.match_hint.setObjectName("specialMatchHint")
        self.match_hint.setWordWrap(True)
        self.match_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.addRow("", self.match_hint)
        self._kind_by_hand = False
        self._match_generation = 0
        self.match_timer = QTimer(self)
        self.match_timer.setSingleShot(True)
        self.match_timer.setInterval(MATCH_DELAY_MS)
        self.match_timer.timeout.connect(self.check_name)
        self.name.textChanged.connect(lambda _t: self.match_timer.start())
        self._finish_setup()
        if self.name.text():
            self.check_name()

    def special_kind(self) -> str | None:
        return self.kind.currentData() or None

    def _kind_chosen(self, _index: int) -> None:
        self._kind_by_hand = bool(self.kind.currentData())

    def check_name(self) -> None:
        """Which entry of the list the name matches (a read), to propose the kind."""
        self.match_timer.stop()
        self._match_generation += 1
        generation = self._match_generation
        name = self.name.text().strip()
        if not name:
            self.match_hint.setText("")
            return
        self.worker.read(special_customers.match, name,
                         done=lambda hit: self._matched(generation, hit), failed=lambda _e: None, owner=self)

    def _matched(self, generation: int, hit: Any) -> None:
        if generation != self._match_generation:
            return
        if hit is None:
            self.match_hint.setText(self.tr("名称不在特殊客户名单中：请选择类别，并考虑在名单中加入该名称"))
            return
        how = self.tr("名称完全相同") if hit.match_type == "exact" else {
            "contains": self.tr("名称包含"), "starts_with": self.tr("名称开头为"),
            "ends_with": self.tr("名称结尾为")}.get(hit.match_type, hit.match_type)
        self.match_hint.setText(self.tr("名单匹配：{0}（{1}“{2}”）").format(
            special_kind_label(hit.kind), how, hit.pattern))
        if not self._kind_by_hand:
            self.kind.setCurrentIndex(max(self.kind.findData(hit.kind), 0))

    def check_form(self, draft: dict[str, str]) -> bool:
        if not self.special_kind():
            mark_invalid(self.kind, True)
            self.kind.setFocus()
            self._say(self.tr("请选择特殊客户类别"), "error")
            return False
        return True
