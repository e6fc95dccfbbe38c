"""审计 (audit trail): who changed what, when, at which store — core data, owner, plate, repair centers,
status, merges, users. Filters: customer code, vehicle VIN, user login, date range. For holders of
'audit.view' (finance, customer service, the master-data team); the master-data team can undo a merge
from here (the merge dialog asks for the reason).

Keyboard (desktop.ui.back_office.list_keys): Ctrl+F goes to the customer code (the first filter); Enter in a filter
runs the query, and once the entries shown are the filters' results it opens the entry chosen (the first one); ↑ /
↓ in a filter choose the entry; Enter on an entry opens it: the customer's or the vehicle's record
(``openCustomer`` / ``openVehicle``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.services import audit, org
from desktop.services.audit import AuditRow
from desktop.services.org import StoreInfo
from desktop.ui.back_office.list_keys import ListKeys
from desktop.ui.common import limits
from desktop.ui.common.forms import BackendPage
from desktop.ui.common.models import AuditTableModel
from desktop.ui.common.ops import QueryOp
from desktop.ui.common.tables import table_view
from desktop.ui.common.widgets import mark_invalid, push_button, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker

LIMIT = 500


class AuditPage(BackendPage):
    undoMerge = Signal(str)  # the merged (duplicate) customer's code
    openCustomer = Signal(str)  # an entry on a customer opened: its code
    openVehicle = Signal(int)  # an entry on a vehicle opened: its id

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "auditPage", parent, message_name="auditCount")
        self.count = self.message  # the page's message line: how many entries, or why none
        self._generation = 0
        self._asked: tuple[object, ...] | None = None  # the filters of the query running or shown
        self._shown: tuple[object, ...] | None = None  # the filters whose entries the list shows

        self.customer_code = QLineEdit()
        self.customer_code.setObjectName("auditCustomer")
        self.customer_code.setPlaceholderText(self.tr("客户编码"))
        self.customer_code.setMaxLength(limits.CUSTOMER["code"])
        self.vin = QLineEdit()
        self.vin.setObjectName("auditVin")
        self.vin.setPlaceholderText(self.tr("17 位车架号"))
        self.vin.setMaxLength(limits.LOOKUP_VIN)
        self.user = QLineEdit()
        self.user.setObjectName("auditUser")
        self.user.setPlaceholderText(self.tr("登录名"))
        self.user.setMaxLength(limits.USER["login"])
        self.use_dates = QCheckBox(self.tr("日期"))
        self.use_dates.setObjectName("auditUseDates")
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.since.setObjectName("auditSince")
        self.until = QDateEdit(today)
        self.until.setObjectName("auditUntil")
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.use_dates.toggled.connect(self.since.setEnabled)
        self.use_dates.toggled.connect(self.until.setEnabled)
        self.search_button = push_button(self.tr("查询"), "auditSearch", self.search, primary=True, default=None)
        for edit in (self.customer_code, self.vin, self.user):
            edit.setClearButtonEnabled(True)
            unmark_on_edit(edit)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("客户")), 0, 0)
        filters.addWidget(self.customer_code, 0, 1)
        filters.addWidget(QLabel(self.tr("车辆")), 0, 2)
        filters.addWidget(self.vin, 0, 3)
        filters.addWidget(QLabel(self.tr("用户")), 0, 4)
        filters.addWidget(self.user, 0, 5)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.since)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.until)
        filters.addLayout(dates, 0, 6)
        filters.addWidget(self.search_button, 0, 7)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 2)
        filters.setColumnStretch(5, 1)

        self.model = AuditTableModel(self)
        self.table = table_view("auditTable", self.model, wrap=False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.keys = ListKeys(self, self.table, [self.customer_code, self.vin, self.user], self.open_row,
                             search=self.search, searched=lambda: self._shown == self._filters())

        self.undo_button = push_button(self.tr("撤销此合并…"), "auditUndoMerge", self._undo, default=None)
        self.undo_button.setEnabled(False)
        self.undo_button.setVisible(bool(actor.can("customer.merge")))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.undo_button)

        layout = self.page_layout()
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.customer_code)
        QueryOp(org.stores).success(self._stores).run_in(self)

    def _stores(self, stores: list[StoreInfo]) -> None:
        self.model.store_codes = {s.id: s.code for s in stores}
        self.model.layoutChanged.emit()

    # -- search -------------------------------------------------------------------------------------------
    def _filters(self) -> tuple[object, ...]:
        dates = (self.since.date(), self.until.date()) if self.use_dates.isChecked() else ()
        return (self.customer_code.text().strip(), self.vin.text().strip(), self.user.text().strip(), *dates)

    def search(self) -> None:
        customer = self.customer_code.text().strip()
        vin = self.vin.text().strip()
        for edit in (self.customer_code, self.vin):
            mark_invalid(edit, False)
        if customer and vin:
            self.refuse(self.tr("客户编码和车架号请只填一个"), self.vin)
            return
        since = until = None
        if self.use_dates.isChecked():
            start, end = self.since.date(), self.until.date()
            if start > end:
                self.refuse(self.tr("开始日期不能晚于结束日期"), self.since)
                return
            since = datetime(start.year(), start.month(), start.day())
            until = datetime(end.year(), end.month(), end.day()) + timedelta(days=1)
        self._generation += 1
        generation = self._generation
        self._asked = self._filters()
        self.say(self.tr("正在查询…"))
        # the filters as the audit service takes them (customer code and VIN are entity codes)
        entity = entity_code = None
        if customer:
            entity, entity_code = "customer", customer
        elif vin:
            entity, entity_code = "vehicle", vin.upper()
        (QueryOp(audit.entries, entity=entity, entity_code=entity_code,
                 user_login=self.user.text().strip() or None, since=since, until=until, limit=LIMIT)
         .success(lambda rows: self._show(generation, rows))
         .failure(lambda error: self._failed(generation, error)).run_in(self))

    def _show(self, generation: int, rows: list[AuditRow]) -> None:
        if generation != self._generation:
            return
        self._shown = self._asked
        self.model.set_rows(rows)
        self._fit_columns()
        if rows:
            self.table.selectRow(0)  # the top entry: Enter opens it, ↑ / ↓ move from it
        more = self.tr("（仅显示最近 {0} 条，请缩小范围）").format(LIMIT) if len(rows) >= LIMIT else ""
        self.say(self.tr("%n 条记录", "", len(rows)) + more)
        self._row_changed(self.table.currentIndex(), QModelIndex())

    def _fit_columns(self) -> None:
        """Columns sized to their contents, the values capped so that the reason keeps room on screen (a
        long value is elided; its tooltip shows it whole)."""
        table = self.table
        table.resizeColumnsToContents()
        old_col, new_col, reason_col = AuditTableModel.COL_OLD, AuditTableModel.COL_NEW, AuditTableModel.COL_REASON
        table.setColumnWidth(old_col, min(table.columnWidth(old_col), 220))
        fixed = sum(table.columnWidth(c) for c in range(self.model.columnCount()) if c not in (new_col, reason_col))
        room = table.viewport().width() - fixed - 200  # the reason column keeps at least 200 px
        table.setColumnWidth(new_col, max(160, min(table.columnWidth(new_col), 360, room)))

    def _failed(self, generation: int, error: UserError) -> None:
        if generation == self._generation:
            self.failed(error)

    def open_row(self, row: AuditRow) -> None:
        """Enter on an entry: the record it is about (a merge's: the merged customer, whose record offers the
        undo)."""
        if row.entity == "customer" and row.entity_code:
            self.openCustomer.emit(row.entity_code)
        elif row.entity == "vehicle" and row.entity_id is not None:
            self.openVehicle.emit(row.entity_id)
        else:
            self.say(self.tr("这条记录没有可打开的客户或车辆档案"), "info")

    # -- undo a merge -------------------------------------------------------------------------------------
    def _selected_merge(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and row.action == "customer.merge" and row.entity == "customer" and \
                row.field in ("merged_into", "status", "merge_moves"):
            return str(row.entity_code)
        return None

    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.undo_button.setEnabled(self._selected_merge() is not None)

    def _undo(self) -> None:
        code = self._selected_merge()
        if code:
            self.undoMerge.emit(code)
