"""合并 (the master-data team): the recent merges of duplicate customers, newest first; 合并重复客户… (Ctrl+N) opens
the merge dialog, 撤销所选合并… opens it on the selected merge to undo it (the main window opens both).

Keyboard (desktop.ui.back_office.list_keys): the search field filters the merges as the user types (a customer
code, a login, a reason...); Ctrl+F goes there, ↑ / ↓ choose, Enter opens the merge chosen to undo it, as Enter
on the list does (a merge undone already is only said so)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from desktop.services import merge
from desktop.services.merge import MergeRecord
from desktop.ui.back_office.list_keys import ListKeys, matching, search_field
from desktop.ui.common import shortcuts
from desktop.ui.common.forms import BackendPage
from desktop.ui.common.models import MergeTableModel
from desktop.ui.common.ops import QueryOp
from desktop.ui.common.tables import show_rows, table_view
from desktop.ui.common.widgets import push_button
from desktop.ui.common.worker import Worker


class MergePage(BackendPage):
    """合并 section: recent merges, a new merge, undo of the selected one."""

    openMerge = Signal(str, str, bool)  # duplicate code, survivor code, undo

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "mergePage", parent, message_name="mergeCount")
        self.new_button = push_button(self.tr("合并重复客户…"), "newMerge",
                                      lambda: self.openMerge.emit("", "", False), primary=True, default=None)
        self.undo_button = push_button(self.tr("撤销所选合并…"), "undoMerge", self._undo, default=None)
        self.undo_button.setEnabled(False)
        shortcuts.bind_button(self.new_button, "new")  # Ctrl+N
        self.rows: list[MergeRecord] = []
        self.model = MergeTableModel(self)
        self.table = table_view("mergeTable", self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.search = search_field("mergeSearch", self.tr("筛选：客户编码、操作人或原因"))
        self.search.textChanged.connect(lambda _text: self._show_matching())
        self.keys = ListKeys(self, self.table, [self.search], self.open_row)
        layout = self.page_layout(
            self.tr("合并重复客户（主数据团队）：合并可按审计记录撤销"),
            self.undo_button, self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.search)

    def refresh(self) -> None:
        QueryOp(merge.recent_merges).success(self._show).run_in(self)

    def _show(self, rows: list[MergeRecord]) -> None:
        self.rows = list(rows)
        self.say(self.tr("%n 次合并", "", len(rows)))
        self._show_matching()

    def _show_matching(self) -> None:
        """The merges matching the search field: none selected while the field is empty (the list is read), the
        first match once something is typed (Enter opens it)."""
        text = self.search.text().strip()
        show_rows(self.table, matching(self.model, self.rows, text), select=0 if text else None)
        self._row_changed(self.table.currentIndex(), QModelIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.undo_button.setEnabled(row is not None and row.active)

    def _undo(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and row.active:
            self.openMerge.emit(row.duplicate_code, row.survivor_code, True)

    def open_row(self, row: MergeRecord) -> None:
        """Enter on a merge: the merge dialog on it, to undo it (the reason is asked there)."""
        if row.active:
            self.openMerge.emit(row.duplicate_code, row.survivor_code, True)
        else:
            self.say(self.tr("{0} → {1} 的合并已撤销").format(row.duplicate_code, row.survivor_code), "info")
