"""Qt item models of the magnifier lists: rows are pushed in with ``set_rows()``; no queries here.

Rows are the frozen dataclasses desktop.services.search returns (any object with the attributes the
columns name will do). ``ROW_ROLE`` gives back the row itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.ui import i18n

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

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
        return "、".join(str(v) for v in value)
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


class CustomerTableModel(RowTableModel):
    CONTEXT = "CustomerTableModel"
    COL_CODE, COL_NAME, COL_TYPE, COL_CATEGORY, COL_STATUS, COL_PHONE, COL_STORES = range(7)
    COLUMNS = (
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
                from PySide6.QtGui import QColor

                return QColor("#b45309") if status == "pending" else QColor("#b91c1c")
        return super().data(index, role)


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
