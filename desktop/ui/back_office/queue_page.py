"""The back office's queues: the open items of one kind, listed by a read service (pending customers, core-data
change requests, suspected-typo VINs). The list is read again when the page is shown, on 刷新 and after each
action; the item being worked on stays selected while it is still open, else the first one is.

Keyboard (desktop.ui.back_office.list_keys): the search field above the list filters it as the user types (any
text the list shows); Ctrl+F goes there, ↑ / ↓ in it choose the item, Enter opens the item chosen (the first
match), as Enter on the list does (:meth:`QueuePage.open_row`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.back_office.list_keys import ListKeys, matching, search_field
from desktop.ui.common.forms import BackendPage
from desktop.ui.common.models import RowTableModel
from desktop.ui.common.ops import QueryOp
from desktop.ui.common.tables import show_rows, table_view
from desktop.ui.common.widgets import push_button
from desktop.ui.common.worker import Worker

if TYPE_CHECKING:
    from desktop.services.auth import Actor

Row = TypeVar("Row")


class QueuePage(BackendPage, Generic[Row]):
    """A queue of ``Row`` items, listed by ``queue`` (the read service, run on the backend), told apart by
    ``key``."""

    def __init__(self, actor: Any, worker: Worker, name: str, model: RowTableModel,
                 queue: Callable[[Any, Actor], Sequence[Row]], key: Callable[[Row], object], *, table: str,
                 count: str, refresh: str, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, name, parent)
        self.queue = queue
        self.key = key  # what identifies an item across two readings of the queue
        self.current: Row | None = None  # the item selected
        self.rows: list[Row] = []  # the queue as read last (the list shows those matching the search field)
        self.model = model
        model.setParent(self)
        self.table = table_view(table, model, wrap=False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count = QLabel()
        self.count.setObjectName(count)
        self.refresh_button = push_button(self.tr("刷新"), refresh, self.refresh, default=None)
        self.search = search_field(name.removesuffix("Page") + "Search", self.tr("筛选：列表中的任意文字"))
        self.search.textChanged.connect(lambda _text: self._show_matching(top=True))
        self.keys = ListKeys(self, self.table, [self.search], self.open_row)
        self.setFocusProxy(self.search)

    def queue_layout(self, title: str) -> QVBoxLayout:
        """The page's layout: the title, the count and 刷新 on the first row, the search field under them (the page
        adds the rest)."""
        layout = self.page_layout(title, self.count, self.refresh_button)
        layout.addWidget(self.search)
        return layout

    def refresh(self) -> None:
        self.count.setText(self.tr("正在加载…"))
        QueryOp(self.queue).success(self._listed).run_in(self)

    def _listed(self, rows: Sequence[Row]) -> None:
        self.rows = list(rows)
        self.count.setText(self.counted(len(rows)))
        self._show_matching()

    def _show_matching(self, *, top: bool = False) -> None:
        """The items matching the search field; the one worked on stays selected while it is listed, else the
        first is (``top``: the text changed, the first match is selected, as in a search list)."""
        rows = matching(self.model, self.rows, self.search.text())
        kept = self.key(self.current) if self.current is not None and not top else None
        if not show_rows(self.table, rows, next((i for i, r in enumerate(rows) if self.key(r) == kept), 0)):
            self.row_selected(None)
        self.update_actions()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None and row is self.current:
            return  # the same item as read (the list filtered again): what was read for it stands
        self.row_selected(row)

    def counted(self, n: int) -> str:
        """The count beside the title."""
        return self.tr("{0} 个待处理").format(n)

    def row_selected(self, row: Row | None) -> None:
        """The item selected now (None: none); override to read what acting on it needs."""
        self.current = row
        self.update_actions()

    def open_row(self, row: Row) -> None:
        """Enter on an item, or in the search field on the item chosen (override: open it)."""
