"""Every Qt item model of the UI, in one place: rows are pushed in with ``set_rows()``; no queries here.

Rows are the frozen dataclasses the services return (any object with the attributes the columns name will do).
``ROW_ROLE`` gives back the row itself. A model declares its columns (attributes tried in order, the header as
Chinese source text marked for the catalogue in the model's own context, a formatter) and nothing else:

* the magnifier lists: customers, vehicles; a vehicle's contacts (W7);
* the duplicate candidates of the duplicate check (C2) and of the pending queue (C9);
* the back office: pending customers (C9), core-data change requests (C10), merges, the audit trail, the
  special-customer list (C13), users, suspected-typo VIN escalations (V8).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.rules.messages import QT_TRANSLATE_NOOP  # typed (PySide6's stub returns object); the same marker
from desktop.rules.privacy import mask_id_number
from desktop.services.auth import ROLES
from desktop.ui.common import i18n
from desktop.ui.common.widgets import code_font

if TYPE_CHECKING:
    from desktop.services.special_customers import SpecialPattern

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: columns of VINs, plates and codes: shown in the code face (desktop.ui.common.widgets.code_font)
CODE_ATTRIBUTES = frozenset({"vin", "plate", "code", "customer_code", "entity_code", "internal_code", "typed_vin",
                             "similar_vins", "duplicate_code", "survivor_code"})

Index = QModelIndex | QPersistentModelIndex


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, tuple | list):
        return i18n.listed(str(v) for v in value)
    return str(value)


class RowTableModel(QAbstractTableModel):
    """A read-only table of dataclass rows; subclasses say which attribute each column shows."""

    # (attribute names tried in order, header in Chinese source text, formatter)
    COLUMNS: Sequence[tuple[tuple[str, ...], str, Callable[[Any], str] | None]] = ()
    CONTEXT = "RowTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def _value(self, row: Any, column: int) -> str:
        names, _header, fmt = self.COLUMNS[column]
        value = None
        for name in names:
            value = getattr(row, name, None)
            if value not in (None, ""):
                break
        return fmt(value) if fmt is not None else _plain(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (
            0 <= index.column() < len(self.COLUMNS)
        ):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._value(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and CODE_ATTRIBUTES.intersection(self.COLUMNS[index.column()][0]):
            return code_font()  # VINs, plates and codes: O and 0 apart (the size stays the table's)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _status(value: Any) -> str:
    return i18n.status_label(value) if value else ""


def _type(value: Any) -> str:
    return i18n.customer_type_label(value) if value else ""


def _category(value: Any) -> str:
    return i18n.category_label(value) if value else ""


def _business(value: Any) -> str:
    return i18n.business_label(value) if value else ""


def _in(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class CustomerTableModel(RowTableModel):
    CONTEXT = "CustomerTableModel"
    COL_CODE, COL_NAME, COL_TYPE, COL_CATEGORY, COL_STATUS, COL_PHONE, COL_STORES = range(7)
    COLUMNS: Sequence[tuple[tuple[str, ...], str, Callable[[Any], str] | None]] = (
        (("code",), QT_TRANSLATE_NOOP("CustomerTableModel", "客户编码"), None),
        (("name",), QT_TRANSLATE_NOOP("CustomerTableModel", "名称"), None),
        (("customer_type",), QT_TRANSLATE_NOOP("CustomerTableModel", "类型"), _type),
        (("category",), QT_TRANSLATE_NOOP("CustomerTableModel", "类别"), _category),
        (("status",), QT_TRANSLATE_NOOP("CustomerTableModel", "状态"), _status),
        (("phone_masked", "phone"), QT_TRANSLATE_NOOP("CustomerTableModel", "电话"), None),
        (("created_store_code",), QT_TRANSLATE_NOOP("CustomerTableModel", "建档门店"), None),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.COL_STATUS:
            row = self.row_at(index.row())
            status = getattr(row, "status", None)
            if status in ("pending", "disabled"):
                return QColor("#b45309") if status == "pending" else QColor("#b91c1c")
        return super().data(index, role)


class GroupCustomerTableModel(CustomerTableModel):
    """Customers found across the group (the master-data team's merge search): with the stores that see each (S1:
    a customer channel each), so that two customers of one name are told apart."""

    COLUMNS: Sequence[tuple[tuple[str, ...], str, Callable[[Any], str] | None]] = (
        *CustomerTableModel.COLUMNS, (("store_codes",), QT_TRANSLATE_NOOP("CustomerTableModel", "客户渠道（门店）"), None))


class VehicleTableModel(RowTableModel):
    CONTEXT = "VehicleTableModel"
    COL_VIN, COL_PLATE, COL_MODEL, COL_OWNER, COL_CODE = range(5)
    COLUMNS = (
        (("vin",), QT_TRANSLATE_NOOP("VehicleTableModel", "车架号"), None),
        (("plate",), QT_TRANSLATE_NOOP("VehicleTableModel", "车牌"), None),
        (("model",), QT_TRANSLATE_NOOP("VehicleTableModel", "车型"), None),
        (("owner_name",), QT_TRANSLATE_NOOP("VehicleTableModel", "车主"), None),
        (("internal_code",), QT_TRANSLATE_NOOP("VehicleTableModel", "车辆编码"), None),
    )


def _masked(value: Any) -> str:
    from desktop.services.views import mask

    return mask(value) if value else ""


class ContactTableModel(RowTableModel):
    """A vehicle's contacts (W7): people who bring the car; one may be the main user."""

    CONTEXT = "ContactTableModel"
    COL_NAME, COL_PHONE, COL_RELATION, COL_MAIN_USER = range(4)
    COLUMNS = (
        (("name",), QT_TRANSLATE_NOOP("ContactTableModel", "姓名"), None),
        (("phone",), QT_TRANSLATE_NOOP("ContactTableModel", "电话"), _masked),
        (("relation",), QT_TRANSLATE_NOOP("ContactTableModel", "关系"), None),
        (("is_main_user",), QT_TRANSLATE_NOOP("ContactTableModel", "主要用车人"), None),
    )


# -- the back office -----------------------------------------------------------------------------------------
_VERDICTS = {
    "certain": QT_TRANSLATE_NOOP("CandidateTableModel", "确定重复"),
    "possible": QT_TRANSLATE_NOOP("CandidateTableModel", "疑似重复"),
}


def _verdict(v: Any) -> str:
    return _in("CandidateTableModel", _VERDICTS.get(v or "", v or ""))


def _reasons(v: Any) -> str:
    return i18n.listed((r.as_message() for r in (v or ())), i18n.SEMICOLON)


def _changes(v: Any) -> str:
    from desktop.services.change_requests import FIELD_LABELS

    out = []
    for ch in v or ():
        label = i18n.text(FIELD_LABELS.get(ch.field, ch.field))
        old, new = ch.old or "—", ch.new or "—"
        if ch.field == "customer_type":
            old, new = _type(ch.old) or "—", _type(ch.new) or "—"
        elif ch.field == "id_type":
            old, new = i18n.id_type_label(ch.old) or "—", i18n.id_type_label(ch.new) or "—"
        out.append(f"{label}: {old} → {new}")
    return i18n.listed(out, i18n.SEMICOLON)


class PendingTableModel(RowTableModel):
    CONTEXT = "PendingTableModel"
    COLUMNS = (
        (("code",), QT_TRANSLATE_NOOP("PendingTableModel", "客户编码"), None),
        (("name",), QT_TRANSLATE_NOOP("PendingTableModel", "名称"), None),
        (("customer_type",), QT_TRANSLATE_NOOP("PendingTableModel", "类型"), _type),
        (("business",), QT_TRANSLATE_NOOP("PendingTableModel", "业务"), _business),
        (("phone_masked",), QT_TRANSLATE_NOOP("PendingTableModel", "电话"), None),
        (("created_by_login",), QT_TRANSLATE_NOOP("PendingTableModel", "建档人"), None),
        (("created_store_code",), QT_TRANSLATE_NOOP("PendingTableModel", "建档门店"), None),
        (("created_at",), QT_TRANSLATE_NOOP("PendingTableModel", "建档时间"), None),
    )


_MERGED = QT_TRANSLATE_NOOP("CandidateTableModel", "（已合并）")
#: the background of a field the duplicate check found alike
HIGHLIGHT = QColor("#fde68a")
CERTAIN = QColor("#b91c1c")


class CandidateTableModel(RowTableModel):
    """Duplicate candidates (dedupe.Candidate: the duplicate check C2, the pending queue C9). The fields the check
    found alike (``matched_fields``: name, phone, id) are highlighted, bold, and described as "matched" for screen
    readers and tests; a certain duplicate's verdict is red; the reasons' tooltip gives each in both
    languages."""

    CONTEXT = "CandidateTableModel"
    COL_VERDICT, COL_CODE, COL_NAME, COL_PHONE, COL_ID, COL_KIND, COL_STATUS, COL_STORES, COL_REASONS = range(9)
    COLUMNS = (
        (("verdict",), QT_TRANSLATE_NOOP("CandidateTableModel", "结论"), _verdict),
        (("customer_code",), QT_TRANSLATE_NOOP("CandidateTableModel", "客户编码"), None),
        (("name",), QT_TRANSLATE_NOOP("CandidateTableModel", "名称"), None),
        (("phone_masked",), QT_TRANSLATE_NOOP("CandidateTableModel", "电话"), None),
        (("id_number",), QT_TRANSLATE_NOOP("CandidateTableModel", "证件号码"), mask_id_number),  # masked
        (("customer_type",), QT_TRANSLATE_NOOP("CandidateTableModel", "类型 / 类别"), _type),  # and the category
        (("status",), QT_TRANSLATE_NOOP("CandidateTableModel", "状态"), _status),  # and whether it was merged
        (("store_codes",), QT_TRANSLATE_NOOP("CandidateTableModel", "门店"), None),
        (("reasons",), QT_TRANSLATE_NOOP("CandidateTableModel", "原因"), _reasons),
    )
    #: the column of each field the check compares
    FIELD_COLUMNS = {"name": COL_NAME, "phone": COL_PHONE, "id": COL_ID}

    def _value(self, row: Any, column: int) -> str:
        text = super()._value(row, column)
        if column == self.COL_KIND:
            return f"{text} / {_category(getattr(row, 'category', None))}"
        if column == self.COL_STATUS and getattr(row, "merged", False):
            return text + _in(self.CONTEXT, _MERGED)
        return text

    def matched(self, row: int, column: int) -> bool:
        """Whether the cell shows a field the check found alike."""
        fields = getattr(self.row_at(row), "matched_fields", ())
        return any(self.FIELD_COLUMNS.get(field) == column for field in fields)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return super().data(index, role)
        column = index.column()
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole) and self.matched(index.row(), column):
            if role == Qt.ItemDataRole.BackgroundRole:
                return HIGHLIGHT
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)
                return bold
            return "matched"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_VERDICT and row.verdict == "certain":
            return CERTAIN
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASONS:
            return "\n".join(f"{r.zh} / {r.en}" for r in row.reasons)
        return super().data(index, role)


class RequestTableModel(RowTableModel):
    CONTEXT = "RequestTableModel"
    COLUMNS = (
        (("id",), QT_TRANSLATE_NOOP("RequestTableModel", "申请号"), None),
        (("customer_code",), QT_TRANSLATE_NOOP("RequestTableModel", "客户编码"), None),
        (("customer_name",), QT_TRANSLATE_NOOP("RequestTableModel", "名称"), None),
        (("business",), QT_TRANSLATE_NOOP("RequestTableModel", "业务"), _business),
        (("changes",), QT_TRANSLATE_NOOP("RequestTableModel", "申请修改"), _changes),
        (("reason",), QT_TRANSLATE_NOOP("RequestTableModel", "原因"), None),
        (("requested_by_login",), QT_TRANSLATE_NOOP("RequestTableModel", "申请人"), None),
        (("store_code",), QT_TRANSLATE_NOOP("RequestTableModel", "门店"), None),
        (("requested_at",), QT_TRANSLATE_NOOP("RequestTableModel", "申请时间"), None),
    )



def _merge_active(v: Any) -> str:
    return _in("MergeTableModel", QT_TRANSLATE_NOOP("MergeTableModel", "生效中")) if v else \
        _in("MergeTableModel", QT_TRANSLATE_NOOP("MergeTableModel", "已撤销"))


class MergeTableModel(RowTableModel):
    CONTEXT = "MergeTableModel"
    COLUMNS = (
        (("at",), QT_TRANSLATE_NOOP("MergeTableModel", "时间"), None),
        (("user_login",), QT_TRANSLATE_NOOP("MergeTableModel", "操作人"), None),
        (("duplicate_code",), QT_TRANSLATE_NOOP("MergeTableModel", "重复客户"), None),
        (("survivor_code",), QT_TRANSLATE_NOOP("MergeTableModel", "保留客户"), None),
        (("active",), QT_TRANSLATE_NOOP("MergeTableModel", "状态"), _merge_active),
        (("reason",), QT_TRANSLATE_NOOP("MergeTableModel", "原因"), None),
    )



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
    "user.change_password": QT_TRANSLATE_NOOP("AuditTableModel", "修改密码"),
    "customer.enabled_without_id": QT_TRANSLATE_NOOP("AuditTableModel", "无证件启用"),
    "customer.special": QT_TRANSLATE_NOOP("AuditTableModel", "特殊客户"),
    "special_pattern.add": QT_TRANSLATE_NOOP("AuditTableModel", "新增特殊客户规则"),
    "special_pattern.edit": QT_TRANSLATE_NOOP("AuditTableModel", "修改特殊客户规则"),
    "special_pattern.deactivate": QT_TRANSLATE_NOOP("AuditTableModel", "停用特殊客户规则"),
    "special_pattern.reactivate": QT_TRANSLATE_NOOP("AuditTableModel", "启用特殊客户规则"),
    "vehicle.contact_add": QT_TRANSLATE_NOOP("AuditTableModel", "添加联系人"),
    "vehicle.contact_remove": QT_TRANSLATE_NOOP("AuditTableModel", "移除联系人"),
    "vehicle.main_user": QT_TRANSLATE_NOOP("AuditTableModel", "设为主要用车人"),
    "vehicle.repair_center_remove": QT_TRANSLATE_NOOP("AuditTableModel", "移除维修中心"),
    "vehicle.merge_twin": QT_TRANSLATE_NOOP("AuditTableModel", "合并孪生车辆"),
    "vehicle.unmerge_twin": QT_TRANSLATE_NOOP("AuditTableModel", "撤销孪生车辆合并"),
    "vin.escalate": QT_TRANSLATE_NOOP("AuditTableModel", "提交车架号升级"),
    "vin.resolve": QT_TRANSLATE_NOOP("AuditTableModel", "处理车架号升级"),
    # entities
    "customer": QT_TRANSLATE_NOOP("AuditTableModel", "客户"),
    "vehicle": QT_TRANSLATE_NOOP("AuditTableModel", "车辆"),
    "work_order": QT_TRANSLATE_NOOP("AuditTableModel", "工单"),
    "vehicle_contact": QT_TRANSLATE_NOOP("AuditTableModel", "车辆联系人"),
    "user": QT_TRANSLATE_NOOP("AuditTableModel", "用户"),
    "store": QT_TRANSLATE_NOOP("AuditTableModel", "门店"),
    "special_pattern": QT_TRANSLATE_NOOP("AuditTableModel", "特殊客户规则"),
    "vin_escalation": QT_TRANSLATE_NOOP("AuditTableModel", "车架号升级"),
    # fields (a vehicle's own fields: desktop.services.vehicles.FIELD_LABELS)
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
    "category": QT_TRANSLATE_NOOP("AuditTableModel", "客户类别"),
    "special_kind": QT_TRANSLATE_NOOP("AuditTableModel", "特殊客户类别"),
    "duplicate_of": QT_TRANSLATE_NOOP("AuditTableModel", "疑似重复客户"),
    "contact": QT_TRANSLATE_NOOP("AuditTableModel", "联系人"),
    "main_user": QT_TRANSLATE_NOOP("AuditTableModel", "主要用车人"),
    "vin": QT_TRANSLATE_NOOP("AuditTableModel", "车架号"),
    "password": QT_TRANSLATE_NOOP("AuditTableModel", "密码"),
    "locked_until": QT_TRANSLATE_NOOP("AuditTableModel", "锁定至"),
    "active": QT_TRANSLATE_NOOP("AuditTableModel", "启用状态"),
    "match_type": QT_TRANSLATE_NOOP("AuditTableModel", "匹配方式"),
    "pattern": QT_TRANSLATE_NOOP("AuditTableModel", "名称或片段"),
    "kind": QT_TRANSLATE_NOOP("AuditTableModel", "类别"),
    "twin_merge_moves": QT_TRANSLATE_NOOP("AuditTableModel", "合并明细"),
    "address": QT_TRANSLATE_NOOP("AuditTableModel", "地址"),
    "birthday": QT_TRANSLATE_NOOP("AuditTableModel", "生日"),
    "contact_name": QT_TRANSLATE_NOOP("AuditTableModel", "联系人"),
    "contact_phone": QT_TRANSLATE_NOOP("AuditTableModel", "联系人电话"),
    "email": QT_TRANSLATE_NOOP("AuditTableModel", "邮箱"),
    "remark": QT_TRANSLATE_NOOP("AuditTableModel", "备注"),
}
#: states written as the old / new value of a status or a change request (escalations, requests)
_STATES = {
    "open": QT_TRANSLATE_NOOP("AuditTableModel", "待处理"),
    "done": QT_TRANSLATE_NOOP("AuditTableModel", "已应用"),
    "rejected": QT_TRANSLATE_NOOP("AuditTableModel", "已驳回"),
    "same_car": QT_TRANSLATE_NOOP("AuditTableModel", "同一辆车"),
    "different_car": QT_TRANSLATE_NOOP("AuditTableModel", "不同车辆"),
    "True": QT_TRANSLATE_NOOP("AuditTableModel", "启用"),
    "False": QT_TRANSLATE_NOOP("AuditTableModel", "已停用"),
}


def _word(value: Any) -> str:
    """An action, entity or field code of the audit trail in words (the code itself if it has none)."""
    if not value:
        return ""
    text = _WORDS.get(str(value))
    if text:
        return _in("AuditTableModel", text)
    from desktop.services.vehicles import FIELD_LABELS

    name = FIELD_LABELS.get(str(value))
    return str(value) if name is None else i18n.text(name)


def _audit_value(field: str | None, value: str | None) -> str:
    """An old or new value in words where it is a code: statuses, states (``#12 open``), types, kinds."""
    if not value:
        return ""
    if field in ("status", "request", "active"):
        words = []
        for token in value.split(" "):
            state = _STATES.get(token)
            words.append(_in("AuditTableModel", state) if state else i18n.status_label(token))
        return " ".join(words)
    labels: dict[str, Callable[[str], str]] = {
        "category": i18n.category_label, "customer_type": i18n.customer_type_label, "id_type": i18n.id_type_label,
        "special_kind": i18n.special_kind_label, "kind": i18n.special_kind_label, "match_type": match_type_label,
        "plate_color": _plate_color,
    }
    label = labels.get(field or "")
    return label(value) if label is not None else value


def _plate_color(code: str) -> str:
    from desktop.rules.plate import plate_color_label

    return plate_color_label(code, i18n.current_lang())


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
        if column in (self.COL_OLD, self.COL_NEW):
            value = row.old_value if column == self.COL_OLD else row.new_value
            if not value:
                return ""
            if row.field == "roles":  # stored as codes: service_advisor,finance
                return i18n.text(tuple(ROLES.get(r, r) for r in value.split(",")))
            return _audit_value(row.field, value)
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
    def _t(text: str) -> str:
        return _in("AuditTableModel", text)

    try:
        moves = json.loads(value or "")
        survivor = str(moves["survivor"])
        counts = [(text, len(moves.get(key) or ())) for key, text in _MOVED]
    except (ValueError, TypeError, KeyError, AttributeError):
        return value or ""
    parts = _t(_MOVED_SEP).join(_t(text).format(n) for text, n in counts if n)
    return _t(_MERGED_INTO_WITH).format(survivor, parts) if parts else _t(_MERGED_INTO).format(survivor)



def _special(text: str) -> str:
    return _in("SpecialPatternTableModel", text)


def match_type_label(code: str | None) -> str:
    """How an entry of the special-customer list matches a name (exact, contains, ...), in words."""
    return _special({
        "exact": QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称完全相同"),
        "contains": QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称包含"),
        "starts_with": QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称开头为"),
        "ends_with": QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称结尾为"),
    }.get(code or "", code or ""))


def _pattern_active(value: Any) -> str:
    return _special(QT_TRANSLATE_NOOP("SpecialPatternTableModel", "启用")) if value else \
        _special(QT_TRANSLATE_NOOP("SpecialPatternTableModel", "已停用"))


def _who(row: SpecialPattern) -> str:
    if row.updated_by_login:
        return row.updated_by_login
    return _special(QT_TRANSLATE_NOOP("SpecialPatternTableModel", "系统预置"))


class SpecialPatternTableModel(RowTableModel):
    CONTEXT = "SpecialPatternTableModel"
    COLUMNS = (
        (("kind",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "类别"), i18n.special_kind_label),
        (("match_type",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "匹配方式"), match_type_label),
        (("pattern",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "名称或片段"), None),
        (("active",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "状态"), _pattern_active),
        (("id",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "修改人"), None),
        (("updated_at",), QT_TRANSLATE_NOOP("SpecialPatternTableModel", "修改时间"), None),
    )
    COL_WHO = 4

    def _value(self, row: Any, column: int) -> str:
        if column == self.COL_WHO:
            return _who(row)
        return super()._value(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            if row is not None and not row.active:
                return QColor("#94a3b8")
        return super().data(index, role)



def _roles(v: Any) -> str:
    return i18n.text(tuple(ROLES[r] for r in v or () if r in ROLES))


def _account_active(v: Any) -> str:
    return _in("UserTableModel", QT_TRANSLATE_NOOP("UserTableModel", "启用")) if v else \
        _in("UserTableModel", QT_TRANSLATE_NOOP("UserTableModel", "已停用"))


def _locked(v: Any) -> str:
    return _in("UserTableModel", QT_TRANSLATE_NOOP("UserTableModel", "已锁定")) if v else ""


class UserTableModel(RowTableModel):
    CONTEXT = "UserTableModel"
    COLUMNS = (
        (("login",), QT_TRANSLATE_NOOP("UserTableModel", "登录名"), None),
        (("name",), QT_TRANSLATE_NOOP("UserTableModel", "姓名"), None),
        (("store_code",), QT_TRANSLATE_NOOP("UserTableModel", "门店"), None),
        (("roles",), QT_TRANSLATE_NOOP("UserTableModel", "角色"), _roles),
        (("active",), QT_TRANSLATE_NOOP("UserTableModel", "账号"), _account_active),
        (("locked",), QT_TRANSLATE_NOOP("UserTableModel", "锁定"), _locked),
    )



def _vins(v: Any) -> str:
    return i18n.listed(v or ())


class EscalationTableModel(RowTableModel):
    CONTEXT = "EscalationTableModel"
    COLUMNS = (
        (("id",), QT_TRANSLATE_NOOP("EscalationTableModel", "升级单"), None),
        (("typed_vin",), QT_TRANSLATE_NOOP("EscalationTableModel", "输入的车架号"), None),
        (("similar_vins",), QT_TRANSLATE_NOOP("EscalationTableModel", "相近车架号"), _vins),
        (("store_code",), QT_TRANSLATE_NOOP("EscalationTableModel", "门店"), None),
        (("filed_by",), QT_TRANSLATE_NOOP("EscalationTableModel", "提交人"), None),
        (("filed_at",), QT_TRANSLATE_NOOP("EscalationTableModel", "提交时间"), None),
        (("note",), QT_TRANSLATE_NOOP("EscalationTableModel", "说明"), None),
    )
