"""客户 (customer list, C1/S2): the magnifier search by name or phone fragment, among the customers this
store sees; Enter or a double click opens the customer record.

Sales advisors (permission 'customer.create_sales') create sales customers here (C1): 新建销售客户 opens the
form only once the text typed has been searched, prefilled from it; the new customer (or the existing one
chosen in the duplicate check) opens in the customer record (Ctrl+N).

The list is read again when it is shown and when the window is active again (SearchPage.refresh): a name that
customer service corrected meanwhile shows as it is now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.services.search import search_customers
from desktop.ui.common import shortcuts
from desktop.ui.common.forms import open_dialog
from desktop.ui.common.models import CustomerTableModel
from desktop.ui.common.search_page import SearchPage
from desktop.ui.common.widgets import message_label, push_button, show_message
from desktop.ui.common.worker import Worker
from desktop.ui.customer.new_sales_customer_dialog import NewSalesCustomerDialog


class CustomerList(SearchPage):
    openCustomer = Signal(str)  # customer code

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, CustomerTableModel(), search_customers, "customer", "", parent)
        self.model.setParent(self)
        self.search_edit.setPlaceholderText(self.tr("姓名、拼音首字母或电话片段"))
        self.rowActivated.connect(lambda row: self.openCustomer.emit(row.code))
        self.sales_dialog: NewSalesCustomerDialog | None = None
        self.new_sales_button = push_button(self.tr("新建销售客户"), "newSalesCustomer", self.new_sales_customer,
                                            default=None)
        self.new_sales_button.setToolTip(self.tr("先按姓名或电话查找（C1），确认没有该客户后再新建"))
        self.new_sales_button.setVisible(actor.can("customer.create_sales"))
        shortcuts.bind_button(self.new_sales_button, "new")  # Ctrl+N
        self.top.addWidget(self.new_sales_button)
        self.hint = message_label()
        self.hint.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.hint)
        self.search_edit.textEdited.connect(lambda _t: self.hint.hide())

    def new_sales_customer(self) -> None:
        """C1: search first. The form opens for the text whose results the list shows."""
        if not self.actor.can("customer.create_sales"):
            return
        text = self.search_edit.text().strip()
        if not text or self.searched != text:
            if text:
                self.search_now()
                self._hint(self.tr("请先查看查找结果（C1）：没有同一客户时，再点“新建销售客户”"))
            else:
                self._hint(self.tr("请先查找（C1）：输入客户姓名或电话，按 Enter 查找；确认没有该客户后再新建"))
            self.search_edit.setFocus()
            return
        self.hint.hide()
        dialog = NewSalesCustomerDialog(self.actor, self.worker, searched=text, parent=self)
        dialog.created.connect(self._created)
        dialog.useExisting.connect(self.openCustomer.emit)
        dialog.finished.connect(self._dialog_closed)
        self.sales_dialog = open_dialog(dialog)

    def _created(self, detail: Any) -> None:
        self.openCustomer.emit(detail.code)
        self.search_now()  # the list shows the new customer too

    def _dialog_closed(self, _result: int) -> None:
        self.sales_dialog = None

    def _hint(self, text: str) -> None:
        show_message(self.hint, text, "info")
        self.hint.show()
