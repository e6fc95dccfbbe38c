"""审计 (audit trail): who changed what, when, at which store — core data, owner, plate, repair centers,
status, merges, users. Filters: customer code, vehicle VIN, user login, date range. For holders of
'audit.view' (finance, customer service, the master-data team); the master-data team can undo a merge
from here (the merge dialog asks for the reason)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import audit, org
from desktop.services.auth import ROLES
from desktop.ui import limits
from desktop.ui.models import RowTableModel
from desktop.ui.widgets import mark_invalid, repolish
from desktop.ui.worker import UserError, Worker

LIMIT = 500


_WORDS = {
    # actions
    "customer.create": QT_TRANSLATE_NOOP("AuditTableModel", "新建客户"),
    "customer.edit": QT_TRANSLATE_NOOP("AuditTableModel", "修改非核心资料"),
    "customer.core_change": QT_TRANSLATE_NOOP("AuditTableModel", "修改核心资料"),
    "customer.core_change_request": QT_TRANSLATE_NOOP("AuditTableModel", "申请修改核心资料"),
    "customer.core_change_request_done": QT_TRANSLATE_NOOP("AuditTableModel", "申请已应用"),
    "customer.core_change_request_rejected": QT_TRANSLATE_NOOP("AuditTableModel", "申请已驳回"),
    "customer.enable": QT_TRANSLATE_NOOP("AuditTableModel", "启用客户"),
    "customer.disable": QT_TRANSLATE_NOOP("AuditTableModel", "停用客户"),
    "customer.reject_pending": QT_TRANSLATE_NOOP("AuditTableModel", "驳回待启用客户"),
    "customer.merge": QT_TRANSLATE_NOOP("AuditTableModel", "合并客户"),
    "customer.unmerge": QT_TRANSLATE_NOOP("AuditTableModel", "撤销合并"),
    "customer.channel_add": QT_TRANSLATE_NOOP("AuditTableModel", "添加客户渠道"),
    "customer.category": QT_TRANSLATE_NOOP("AuditTableModel", "客户类别"),
    "customer.confirmed_not_duplicate": QT_TRANSLATE_NOOP("AuditTableModel", "确认非重复"),
    "vehicle.create": QT_TRANSLATE_NOOP("AuditTableModel", "新建车辆"),
    "vehicle.edit": QT_TRANSLATE_NOOP("AuditTableModel", "修改车辆"),
    "vehicle.locked_fix": QT_TRANSLATE_NOOP("AuditTableModel", "纠正锁定信息"),
    "vehicle.plate": QT_TRANSLATE_NOOP("AuditTableModel", "车牌"),
    "vehicle.owner": QT_TRANSLATE_NOOP("AuditTableModel", "变更车主"),
    "vehicle.repair_center_add": QT_TRANSLATE_NOOP("AuditTableModel", "添加维修中心"),
    "work_order.create": QT_TRANSLATE_NOOP("AuditTableModel", "开工单"),
    "user.add": QT_TRANSLATE_NOOP("AuditTableModel", "新增用户"),
    "user.roles": QT_TRANSLATE_NOOP("AuditTableModel", "修改角色"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditTableModel", "重置密码"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditTableModel", "解锁用户"),
    "user.deactivate": QT_TRANSLATE_NOOP("AuditTableModel", "停用用户"),
    "user.activate": QT_TRANSLATE_NOOP("AuditTableModel", "启用用户"),
    "store.add": QT_TRANSLATE_NOOP("AuditTableModel", "新增门店"),
    # entities
    "customer": QT_TRANSLATE_NOOP("AuditTableModel", "客户"),
    "vehicle": QT_TRANSLATE_NOOP("AuditTableModel", "车辆"),
    "work_order": QT_TRANSLATE_NOOP("AuditTableModel", "工单"),
    "vehicle_contact": QT_TRANSLATE_NOOP("AuditTableModel", "车辆联系人"),
    "user": QT_TRANSLATE_NOOP("AuditTableModel", "用户"),
    "store": QT_TRANSLATE_NOOP("AuditTableModel", "门店"),
    # fields
    "name": QT_TRANSLATE_NOOP("AuditTableModel", "名称"),
    "phone": QT_TRANSLATE_NOOP("AuditTableModel", "主要电话"),
    "id_type": QT_TRANSLATE_NOOP("AuditTableModel", "证件类型"),
    "id_number": QT_TRANSLATE_NOOP("AuditTableModel", "证件号码"),
    "customer_type": QT_TRANSLATE_NOOP("AuditTableModel", "客户类型"),
    "status": QT_TRANSLATE_NOOP("AuditTableModel", "状态"),
    "owner": QT_TRANSLATE_NOOP("AuditTableModel", "车主"),
    "plate": QT_TRANSLATE_NOOP("AuditTableModel", "车牌"),
    "plate_color": QT_TRANSLATE_NOOP("AuditTableModel", "车牌颜色"),
    "channel": QT_TRANSLATE_NOOP("AuditTableModel", "客户渠道"),
    "repair_center": QT_TRANSLATE_NOOP("AuditTableModel", "维修中心"),
    "merged_into": QT_TRANSLATE_NOOP("AuditTableModel", "合并到"),
    "merge_moves": QT_TRANSLATE_NOOP("AuditTableModel", "合并明细"),
    "roles": QT_TRANSLATE_NOOP("AuditTableModel", "角色"),
    "request": QT_TRANSLATE_NOOP("AuditTableModel", "修改申请"),
}


def _word(value: Any) -> str:
    from PySide6.QtCore import QCoreApplication

    if not value:
        return ""
    text = _WORDS.get(str(value))
    return QCoreApplication.translate("AuditTableModel", text) if text else str(value)


class AuditTableModel(RowTableModel):
    CONTEXT = "AuditTableModel"
    COL_AT, COL_USER, COL_STORE, COL_ACTION, COL_ENTITY, COL_CODE, COL_FIELD, COL_OLD, COL_NEW, COL_REASON = range(10)
    COLUMNS = (
        (("at",), QT_TRANSLATE_NOOP("AuditTableModel", "时间"), None),
        (("user_login",), QT_TRANSLATE_NOOP("AuditTableModel", "用户"), None),
        (("store_code",), QT_TRANSLATE_NOOP("AuditTableModel", "门店"), None),
        (("action",), QT_TRANSLATE_NOOP("AuditTableModel", "操作"), _word),
        (("entity",), QT_TRANSLATE_NOOP("AuditTableModel", "对象"), _word),
        (("entity_code",), QT_TRANSLATE_NOOP("AuditTableModel", "编码 / 车架号"), None),
        (("field",), QT_TRANSLATE_NOOP("AuditTableModel", "字段"), _word),
        (("old_value",), QT_TRANSLATE_NOOP("AuditTableModel", "原值"), None),
        (("new_value",), QT_TRANSLATE_NOOP("AuditTableModel", "新值"), None),
        (("reason",), QT_TRANSLATE_NOOP("AuditTableModel", "原因"), None),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.store_codes: dict[int, str] = {}

    def _value(self, row: Any, column: int) -> str:
        if column == self.COL_NEW and row.field == "merge_moves":
            return _moves_summary(row.new_value)
        if column == self.COL_STORE:
            return self.store_codes.get(row.store_id, "") if row.store_id is not None else ""
        if column in (self.COL_OLD, self.COL_NEW) and row.field in ("status", "roles"):
            from desktop.ui import i18n

            value = row.old_value if column == self.COL_OLD else row.new_value
            if not value:
                return ""
            if row.field == "roles":  # stored as codes: service_advisor,finance
                idx = 1 if i18n.current_lang().startswith("en") else 0
                sep = ", " if idx else "、"
                return sep.join(ROLES[r][idx] if r in ROLES else r for r in value.split(","))
            return i18n.status_label(value)
        return super()._value(row, column)


_MOVED = (
    ("vehicles", QT_TRANSLATE_NOOP("AuditTableModel", "车辆 {0}")),
    ("work_orders", QT_TRANSLATE_NOOP("AuditTableModel", "工单 {0}")),
    ("channels", QT_TRANSLATE_NOOP("AuditTableModel", "渠道 {0}")),
    ("contacts", QT_TRANSLATE_NOOP("AuditTableModel", "联系人 {0}")),
)
_MOVED_SEP = QT_TRANSLATE_NOOP("AuditTableModel", "，")
_MERGED_INTO = QT_TRANSLATE_NOOP("AuditTableModel", "并入 {0}")
_MERGED_INTO_WITH = QT_TRANSLATE_NOOP("AuditTableModel", "并入 {0}：{1}")


def _moves_summary(value: str | None) -> str:
    """What a merge moved, in words: the survivor and the counts that are not zero (the JSON the undo reads
    stays in the trail as it is)."""
    from PySide6.QtCore import QCoreApplication

    def _t(text: str) -> str:
        return QCoreApplication.translate("AuditTableModel", text)

    try:
        moves = json.loads(value or "")
        survivor = str(moves["survivor"])
        counts = [(text, len(moves.get(key) or ())) for key, text in _MOVED]
    except (ValueError, TypeError, KeyError, AttributeError):
        return value or ""
    parts = _t(_MOVED_SEP).join(_t(text).format(n) for text, n in counts if n)
    return _t(_MERGED_INTO_WITH).format(survivor, parts) if parts else _t(_MERGED_INTO).format(survivor)


class AuditPage(QWidget):
    undoMerge = Signal(str)  # the merged (duplicate) customer's code

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.actor = actor
        self.worker = worker
        self._generation = 0

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
        self.search_button = QPushButton(self.tr("查询"))
        self.search_button.setObjectName("auditSearch")
        self.search_button.setProperty("primary", True)
        self.search_button.clicked.connect(self.search)
        for edit in (self.customer_code, self.vin, self.user):
            edit.setClearButtonEnabled(True)
            edit.returnPressed.connect(self.search)

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
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.count.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("撤销此合并…"))
        self.undo_button.setObjectName("auditUndoMerge")
        self.undo_button.setEnabled(False)
        self.undo_button.setVisible(bool(actor.can("customer.merge")))
        self.undo_button.clicked.connect(self._undo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.customer_code)
        self.worker.read(org.stores, done=self._stores)

    def _stores(self, stores: list[Any]) -> None:
        self.model.store_codes = {s.id: s.code for s in stores}
        self.model.layoutChanged.emit()

    # -- search -------------------------------------------------------------------------------------------
    def search(self) -> None:
        customer = self.customer_code.text().strip()
        vin = self.vin.text().strip()
        for edit in (self.customer_code, self.vin):
            mark_invalid(edit, False)
        if customer and vin:
            self._say(self.tr("客户编码和车架号请只填一个"), "error")
            mark_invalid(self.vin, True)
            return
        since = until = None
        if self.use_dates.isChecked():
            start, end = self.since.date(), self.until.date()
            if start > end:
                self._say(self.tr("开始日期不能晚于结束日期"), "error")
                return
            since = datetime(start.year(), start.month(), start.day())
            until = datetime(end.year(), end.month(), end.day()) + timedelta(days=1)
        self._generation += 1
        generation = self._generation
        self._say(self.tr("正在查询…"), "info")
        # the filters as the audit service takes them (customer code and VIN are entity codes)
        entity = entity_code = None
        if customer:
            entity, entity_code = "customer", customer
        elif vin:
            entity, entity_code = "vehicle", vin.upper()
        self.worker.read(audit.entries, entity=entity, entity_code=entity_code,
                         user_login=self.user.text().strip() or None, since=since, until=until, limit=LIMIT,
                         done=lambda rows: self._show(generation, rows),
                         failed=lambda error: self._failed(generation, error), owner=self)

    def _show(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        self._fit_columns()
        more = self.tr("（仅显示最近 {0} 条，请缩小范围）").format(LIMIT) if len(rows) >= LIMIT else ""
        self._say(self.tr("{0} 条记录").format(len(rows)) + more, "info")
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
            self._say(error.text, "error")

    def _say(self, text: str, level: str) -> None:
        self.count.setText(text)
        self.count.setProperty("level", level)
        repolish(self.count)

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
