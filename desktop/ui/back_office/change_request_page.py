"""核心资料申请 (C10/C11): the advisors' open core-data change requests, in the queue of finance (sales customers)
and customer service (after-sales customers). 应用修改 applies one (validators, duplicate check and the change in
one transaction, on the customer's version as read when the request was selected); 驳回申请 rejects it with a
note. Enter or a double click on a request (or Enter in the search field) opens the customer record."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.services import change_requests, customers
from desktop.services.change_requests import ChangeRequestView
from desktop.services.customers import CustomerDetail
from desktop.ui.back_office.queue_page import QueuePage
from desktop.ui.common import limits
from desktop.ui.common.models import RequestTableModel
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.widgets import push_button, unmark_on_edit
from desktop.ui.common.worker import Worker


class ChangeRequestPage(QueuePage[ChangeRequestView]):
    """核心资料申请 (C10): apply (validators, duplicate check, change — one transaction) or reject."""

    openCustomer = Signal(str)

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "changeRequestPage", RequestTableModel(), change_requests.list_open,
                         lambda row: row.id, table="requestTable", count="requestCount", refresh="refreshRequests", parent=parent)
        self.version: int | None = None  # the customer's version, as read when the request was selected
        self.note = QLineEdit()
        self.note.setObjectName("requestNote")
        self.note.setPlaceholderText(self.tr("处理说明（驳回时必填）"))
        self.note.setMaxLength(limits.REASON)
        unmark_on_edit(self.note)
        self.apply_button = push_button(self.tr("应用修改"), "applyRequest", self.apply_selected,
                                        primary=True, default=None)
        self.reject_button = push_button(self.tr("驳回申请"), "rejectRequest", self.reject_selected, default=None)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("说明")))
        actions.addWidget(self.note, 1)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.apply_button)
        layout = self.queue_layout(self.tr("顾问提交的核心资料修改申请：核对证件后应用或驳回（C10/C11）"))
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.update_actions()

    def row_selected(self, row: ChangeRequestView | None) -> None:
        self.current = row
        self.version = None
        if self.current is not None:
            (QueryOp(customers.get_customer, self.current.customer_code)
             .success(partial(self._version_loaded, self.current.id)).run_in(self))
        self.update_actions()

    def _version_loaded(self, request_id: int, customer: CustomerDetail) -> None:
        if self.current is not None and self.current.id == request_id:
            self.version = customer.version
            self.update_actions()

    def update_actions(self) -> None:
        ok = self.current is not None and not self.busy
        self.apply_button.setEnabled(ok and self.version is not None)
        self.reject_button.setEnabled(ok)

    def apply_selected(self) -> None:
        if self.current is None or self.version is None or self.busy:
            return
        (WriteOp(change_requests.apply, self.current.id, self.note.text().strip() or None,
                 version=self.version)
         .success(lambda r: self._done(self.tr("申请 #{0} 已应用：{1}").format(r.id, r.customer_code)))
         .busy(self.tr("正在应用…")).run_in(self))

    def reject_selected(self) -> None:
        if self.current is None or self.busy:
            return
        note = self.required(self.note, self.tr("驳回须填写说明"))
        if note is None:
            return
        (WriteOp(change_requests.reject, self.current.id, note)
         .success(lambda r: self._done(self.tr("申请 #{0} 已驳回").format(r.id))).run_in(self))

    def _done(self, text: str) -> None:
        self.note.clear()
        self.say(text, "ok")
        self.refresh()

    def open_row(self, row: ChangeRequestView) -> None:
        self.openCustomer.emit(row.customer_code)
