"""The list keys of the back-office pages, as the customer and vehicle lists have them (desktop.ui.common.shortcuts,
'search'; desktop.ui.common.search_page): Ctrl+F goes to the page's search field; ↑ / ↓ (Page Up / Page Down) in
it move the selected row while the keyboard stays in the field; Enter in it opens the selected row (the top hit),
or runs the search first when the rows shown are not yet its results; Enter (or a double click) on a row opens it.

A page whose rows are all listed at once (a queue, the merges, the users) filters them as the user types
(:func:`matching`: the rows whose shown text contains the text); the audit trail searches with its filters. What
"open" means is the page's: the customer record, the answer to a VIN escalation, the merge to undo...
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from desktop.ui.common import limits, shortcuts
from desktop.ui.common.models import RowTableModel
from desktop.ui.common.tables import step_from_field

Row = TypeVar("Row")



def search_field(name: str, placeholder: str) -> QLineEdit:
    """A page's search (filter) field named ``name``."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMaxLength(limits.SEARCH)
    return edit


def matching(model: RowTableModel, rows: Sequence[Row], text: str) -> list[Row]:
    """The rows whose text as the table shows it (any column, translated words and codes) contains ``text``,
    ignoring case; every row for an empty text."""
    needle = text.strip().lower()
    if not needle:
        return list(rows)
    columns = range(model.columnCount())
    return [r for r in rows if any(needle in model._value(r, c).lower() for c in columns)]


class ListKeys(QObject):
    """The keys of ``page``'s list ``table``: ``fields`` are its search fields (Ctrl+F goes to the first),
    ``open_row`` opens a row (the model's row object). ``search`` runs the search when ``searched()`` says the
    rows shown are not the fields' results yet (a page that filters as the user types has neither)."""

    def __init__(self, page: QWidget, table: QTableView, fields: Sequence[QLineEdit],
                 open_row: Callable[[Any], None], *, search: Callable[[], None] | None = None,
                 searched: Callable[[], bool] | None = None) -> None:
        super().__init__(page)
        self.table = table
        self.fields = tuple(fields)
        self.open_row = open_row
        self._search = search
        self._searched = searched
        for edit in self.fields:
            edit.installEventFilter(self)
            edit.returnPressed.connect(self.enter)
        table.activated.connect(self._activated)
        shortcuts.bind(page, "search", self.go_to_search)  # Ctrl+F

    @property
    def model(self) -> RowTableModel:
        model = self.table.model()
        assert isinstance(model, RowTableModel)
        return model

    def go_to_search(self) -> None:
        self.fields[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.fields[0].selectAll()

    def enter(self) -> None:
        """Enter in a search field: the search runs when the rows shown are not its results, else the selected row
        (the top hit) opens."""
        if self._search is not None and self._searched is not None and not self._searched():
            self._search()
            return
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)  # none chosen: the top hit
        self._activated(self.table.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_row(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """↑ / ↓ / Page Up / Page Down in a search field move the selected row; the keyboard stays in the field."""
        if any(watched is edit for edit in self.fields) and step_from_field(self.table, event):
            return True
        return super().eventFilter(watched, event)
