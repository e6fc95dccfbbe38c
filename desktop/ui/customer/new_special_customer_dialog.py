"""新建特殊客户 (C13): the master-data team creates a special customer (insurer, manufacturer, used-car platform,
parts supplier, group company) from its 特殊客户 page: a company, its licence name, phone, unified social credit
code and the kind — proposed from the team's list as the name is typed (special_customers.match). The form and
the duplicate check: ``new_customer_dialog``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget

from desktop.services import special_customers
from desktop.services.customers import SPECIAL_KINDS
from desktop.services.special_customers import SpecialMatch
from desktop.ui.common.i18n import special_kind_label
from desktop.ui.common.ops import QueryOp
from desktop.ui.common.worker import Worker
from desktop.ui.customer.new_customer_dialog import NewCustomerDialog

MATCH_DELAY_MS = 300


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
        (QueryOp(special_customers.match, name).success(lambda hit: self._matched(generation, hit))
         .failure(lambda _error: None).run_in(self))  # only a hint: a failed match says nothing

    def _matched(self, generation: int, hit: SpecialMatch | None) -> None:
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
            self.refuse(self.tr("请选择特殊客户类别"), self.kind)
            return False
        return True
