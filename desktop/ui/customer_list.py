"""客户 (customer list, C1/S2): the magnifier search by name or phone fragment, among the customers this
store sees; Enter or a double click opens the customer record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.services.search import search_customers
from desktop.ui.models import CustomerTableModel
from desktop.ui.search_page import SearchPage
from desktop.ui.worker import Worker


class CustomerList(SearchPage):
    openCustomer = Signal(str)  # customer code

    def __init__(self, db: Any, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, worker, CustomerTableModel(), search_customers, "customer", "", parent)
        self.model.setParent(self)
        self.search_edit.setPlaceholderText(self.tr("姓名、拼音首字母或电话片段"))
        self.rowActivated.connect(lambda row: self.openCustomer.emit(row.code))
