"""The one way a list is shown: a read-only table of whole rows, one selected at a time.

``table_view("pendingTable", model)`` gives a QTableView over a model of desktop.ui.common.models (rows pushed
in with ``set_rows()``): rows selected whole, nothing edited in place, no row numbers, the last column takes
the rest of the width. ``show_rows(table, rows)`` shows a list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Resize = QHeaderView.ResizeMode
INTERACTIVE, STRETCH, TO_CONTENTS = Resize.Interactive, Resize.Stretch, Resize.ResizeToContents


def table_view(name: str, model: QAbstractItemModel | None = None, *,
               columns: Resize = INTERACTIVE, alternating: bool = True, wrap: bool = True) -> QTableView:
    """A table named ``name`` (tests and the style sheet find it by that) showing ``model``.

    ``columns``: how the columns share the width (INTERACTIVE: the user drags them, the list sizes them to
    their contents after each load; STRETCH: all share it; TO_CONTENTS: as wide as their values).
    ``wrap=False`` keeps every row one line high (long values are elided, their tooltip shows them whole)."""
    table = QTableView()
    table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.setWordWrap(wrap)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(columns)
    header.setStretchLastSection(True)
    return table


def show_rows(table: QTableView, rows: Sequence[Any], select: int | None = 0) -> bool:
    """The table's model (a RowTableModel) shows ``rows``, the columns sized to them; row ``select`` (the
    first by default; None: none) is selected. Returns whether a row was selected."""
    model = table.model()
    model.set_rows(rows)  # type: ignore[attr-defined]
    table.resizeColumnsToContents()
    if select is None or not 0 <= select < len(rows):
        return False
    table.selectRow(select)
    return True


_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


def step_from_field(table: QTableView, event: QEvent) -> bool:
    """↑ / ↓ / Page Up / Page Down pressed in a list's search field move the selected row of ``table`` (the keyboard
    stays in the field; Enter then opens the row). Returns whether the key was one of them (then it is used)."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    step = _STEPS.get(Qt.Key(event.key()))
    if step is None or event.modifiers() != Qt.KeyboardModifier.NoModifier:
        return False
    model = table.model()
    count = model.rowCount() if model is not None else 0
    if count and model is not None:
        current = table.currentIndex()
        row = min(max((current.row() if current.isValid() else -1) + step, 0), count - 1)
        table.selectRow(row)
        table.scrollTo(model.index(row, 0))
    return True
