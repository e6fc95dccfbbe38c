"""合并 (the master-data team): the recent merges of duplicate customers, newest first; 合并重复客户… opens the
merge dialog, 撤销所选合并… opens it on the selected merge to undo it (the main window opens both)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from desktop.services import merge
from desktop.services.merge import MergeRecord
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
        self.model = MergeTableModel(self)
        self.table = table_view("mergeTable", self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        layout = self.page_layout(
            self.tr("合并重复客户（主数据团队）：合并可按审计记录撤销"),
            self.undo_button, self.new_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.table)

    def refresh(self) -> None:
        QueryOp(merge.recent_merges).success(self._show).run_in(self)

    def _show(self, rows: list[MergeRecord]) -> None:
        show_rows(self.table, rows, select=None)
        self.say(self.tr("{0} 次合并").format(len(rows)))
        self._row_changed(self.table.currentIndex(), QModelIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.undo_button.setEnabled(row is not None and row.active)

    def _undo(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and row.active:
            self.openMerge.emit(row.duplicate_code, row.survivor_code, True)
