"""The magnifier search (放大镜, S2) shared by the customer and vehicle lists: type, wait a moment or
press Enter, the matching rows this store sees appear; Enter or a double click opens the record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.common import limits
from desktop.ui.common.models import RowTableModel
from desktop.ui.common.tables import show_rows, table_view
from desktop.ui.common.widgets import magnifier_icon
from desktop.ui.common.worker import UserError, Worker

DEBOUNCE_MS = 250
LIMIT = 50


class SearchPage(QWidget):
    """A search field over a table; ``rowActivated`` carries the row (a dataclass from the service).

    ``search`` is the use case run for the text (search.search_customers / search.search_vehicles)."""

    rowActivated = Signal(object)

    def __init__(self, actor: Any, worker: Worker, model: RowTableModel, search: Callable[..., Any],
                 name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Page")
        self.actor = actor
        self.worker = worker
        self.model = model
        self._search = search
        self._generation = 0
        self.searched: str | None = None  # the text whose results the table shows (C1: searched before creating)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(f"{name}Search")
        self.search_edit.setPlaceholderText(placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(limits.SEARCH)
        self.search_edit.addAction(magnifier_icon(), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textEdited.connect(self._schedule)
        self.search_edit.returnPressed.connect(self.search_now)
        self.count = QLabel()
        self.count.setObjectName(f"{name}Count")
        self.table = table_view(f"{name}Table", model)
        self.table.activated.connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)

        self.top = top = QHBoxLayout()  # a list may add its buttons here
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.search_edit)

    def _schedule(self, _text: str) -> None:
        self.timer.start()

    def search_now(self) -> None:
        self.timer.stop()
        text = self.search_edit.text().strip()
        self._generation += 1
        generation = self._generation
        self.searched = None
        if not text:
            self.model.set_rows([])
            self.count.setText("")
            return
        self.count.setText(self.tr("正在搜索…"))
        self.worker.read(self._search, text, LIMIT,
                         done=lambda rows: self._show(generation, rows, text),
                         failed=lambda error: self._failed(generation, error), owner=self)

    def _show(self, generation: int, rows: list[Any], text: str | None = None) -> None:
        if generation != self._generation:
            return
        self.searched = text
        show_rows(self.table, rows)
        more = self.tr("（仅显示前 {0} 条，请输入更多字符）").format(LIMIT) if len(rows) >= LIMIT else ""
        self.count.setText(self.tr("{0} 条").format(len(rows)) + more)

    def _failed(self, generation: int, error: UserError) -> None:
        if generation == self._generation:
            self.count.setText(error.text)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.rowActivated.emit(row)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down and self.search_edit.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
            return
        super().keyPressEvent(event)
