"""The magnifier search (放大镜, S2) shared by the customer and vehicle lists: type, wait a moment or
press Enter, the matching rows this store sees appear; Enter or a double click opens the record.

Keyboard first: Enter in the search field opens the selected row (the top hit), searching first when the list
does not show the text's results yet; ↑ / ↓ (Page Up / Page Down) in the field move through the rows while the
keyboard stays in the field; Ctrl+F comes back to the field. The list is read again whenever it is shown and
when its window is active again (a record closed, another workstation changed a customer): the rows say what
the records say now."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.common import limits, shortcuts
from desktop.ui.common.models import RowTableModel
from desktop.ui.common.ops import QueryOp
from desktop.ui.common.tables import show_rows, step_from_field, table_view
from desktop.ui.common.widgets import magnifier_icon
from desktop.ui.common.worker import UserError, Worker

if TYPE_CHECKING:
    from desktop.services.auth import Actor

DEBOUNCE_MS = 250
LIMIT = 50


class SearchPage(QWidget):
    """A search field over a table; ``rowActivated`` carries the row (a dataclass from the service).

    ``search`` is the use case run for the text (search.search_customers / search.search_vehicles)."""

    rowActivated = Signal(object)

    def __init__(self, actor: Any, worker: Worker, model: RowTableModel,
                 search: Callable[[Any, Actor, str, int], Sequence[object]],
                 name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Page")
        self.actor = actor
        self.worker = worker
        self.model = model
        self._search = search
        self._generation = 0
        self.searched: str | None = None  # the text whose results the table shows (C1: searched before creating)
        self._open_when_found = False  # Enter was pressed before the results came: open the top hit then
        self._keep_row: int | None = None  # a refresh keeps the selected row

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(f"{name}Search")
        self.search_edit.setPlaceholderText(placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(limits.SEARCH)
        self.search_edit.addAction(magnifier_icon(), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textEdited.connect(self._schedule)
        self.search_edit.returnPressed.connect(self.open_selected)
        self.search_edit.installEventFilter(self)  # ↑ / ↓ move through the rows
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
        shortcuts.bind(self, "search", self._go_to_search)

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
        (QueryOp(self._search, text, LIMIT).success(lambda rows: self._show(generation, rows, text))
         .failure(lambda error: self._failed(generation, error)).run_in(self.worker, owner=self))

    def open_selected(self) -> None:
        """Enter in the search field: the selected row (the top hit) opens; the text is searched first when the
        list does not show its results yet."""
        text = self.search_edit.text().strip()
        if text and self.searched == text and not self.timer.isActive():
            if self.model.rowCount():
                index = self.table.currentIndex()
                self._activated(index if index.isValid() else self.model.index(0, 0))
            return
        self._open_when_found = bool(text)
        self.search_now()

    def refresh(self) -> None:
        """Read the rows shown again (the same text, the same row selected): what the records say now."""
        if self.searched and not self.timer.isActive() and self.searched == self.search_edit.text().strip():
            index = self.table.currentIndex()
            self._keep_row = index.row() if index.isValid() else None
            self.search_now()

    def _show(self, generation: int, rows: Sequence[object], text: str | None = None) -> None:
        if generation != self._generation:
            return
        self.searched = text
        keep, self._keep_row = self._keep_row, None
        show_rows(self.table, rows, select=keep if keep is not None and keep < len(rows) else 0)
        more = self.tr("（仅显示前 {0} 条，请输入更多字符）").format(LIMIT) if len(rows) >= LIMIT else ""
        self.count.setText(self.tr("%n 条", "", len(rows)) + more)
        if self._open_when_found:  # Enter came before the results: the top hit opens now
            self._open_when_found = False
            if rows:
                self._activated(self.model.index(max(self.table.currentIndex().row(), 0), 0))

    def _failed(self, generation: int, error: UserError) -> None:
        if generation == self._generation:
            self._open_when_found = False
            self.count.setText(error.text)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.rowActivated.emit(row)

    def _go_to_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """↑ / ↓ / Page Up / Page Down in the search field move the selected row; the keyboard stays in the field."""
        if watched is self.search_edit and step_from_field(self.table, event):
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.isVisible():
            self.refresh()  # back from a record or another window: the rows as the records are now
        return super().event(event)
