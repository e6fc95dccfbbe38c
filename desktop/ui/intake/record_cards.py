"""The two record cards of the intake: the vehicle (model, VIN with what it decodes to, plate, repair centers,
insurance) and its owner (name, type and category, status, masked phone, code), as the lookup brought them.

A car loaded through its plate alone shows its VIN without the last 6 characters until they were checked
against the car (V7). Every value is selectable (copy), never editable here: the records have their dialogs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from desktop.rules.plate import plate_color_label
from desktop.ui.common import i18n
from desktop.ui.common.widgets import repolish

EMPTY = "—"
HIDDEN_SUFFIX = "······"  # V7: the VIN's last 6 characters, until the advisor typed them from the car


class RecordCard(QGroupBox):
    """A titled card of label / value rows; ``values`` holds the value labels by their object names."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.values: dict[str, QLabel] = {}

    def add_rows(self, title: str, rows: list[tuple[str, str]]) -> None:
        self.setTitle(title)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        for key, label in rows:
            value = QLabel(EMPTY)
            value.setObjectName(key)
            value.setProperty("role", "value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label, value)

    def clear(self) -> None:
        for value in self.values.values():
            value.setText(EMPTY)


class VehicleCard(RecordCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("vehicleCard", parent)
        self.add_rows(self.tr("车辆"), [
            ("vehicleModel", self.tr("车型")),
            ("vehicleVin", self.tr("车架号")),
            ("vehiclePlate", self.tr("车牌")),
            ("vehicleCenters", self.tr("维修中心")),
            ("vehicleInsurance", self.tr("保险到期")),
        ])

    def fill(self, v: Any, *, hide_suffix: bool = False) -> None:
        """The vehicle (None: empty); ``hide_suffix``: V7, the VIN's end not yet checked against the car."""
        if v is None:
            self.clear()
            return
        values = self.values
        values["vehicleModel"].setText(v.model)
        decoded = " · ".join(x for x in (v.manufacturer or "", self.tr("{0} 款").format(v.model_year)
                                          if v.model_year else "") if x)
        vin = v.vin[:-6] + HIDDEN_SUFFIX + "  " + self.tr("（后 6 位请对照实车核对）") if hide_suffix else v.vin
        values["vehicleVin"].setText(vin + (f"\n{decoded}" if decoded else ""))
        if v.plate:
            color = plate_color_label(v.plate_color, i18n.current_lang()) if v.plate_color else ""
            values["vehiclePlate"].setText(f"{v.plate}  {color}".strip())
        else:
            values["vehiclePlate"].setText(self.tr("未上牌"))
        centers = i18n.listed(i18n.named(rc.name, rc.store_code) for rc in v.repair_centers)
        values["vehicleCenters"].setText(centers or EMPTY)
        values["vehicleInsurance"].setText(self.tr("商业险 {0} · 交强险 {1}").format(
            v.commercial_expiry.isoformat() if v.commercial_expiry else EMPTY,
            v.compulsory_expiry.isoformat() if v.compulsory_expiry else EMPTY,
        ))


class OwnerCard(RecordCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ownerCard", parent)
        self.add_rows(self.tr("车主"), [
            ("ownerName", self.tr("姓名")),
            ("ownerType", self.tr("类型 / 类别")),
            ("ownerStatus", self.tr("状态")),
            ("ownerPhone", self.tr("电话")),
            ("ownerCode", self.tr("客户编码")),
        ])

    def fill(self, o: Any) -> None:
        """The owner (None: empty); the status coloured by its ``status`` property (style sheet)."""
        if o is None:
            self.clear()
            return
        values = self.values
        values["ownerName"].setText(o.name)
        values["ownerType"].setText(f"{i18n.customer_type_label(o.customer_type)} / {i18n.category_label(o.category)}")
        values["ownerStatus"].setText(i18n.status_label(o.status))
        values["ownerStatus"].setProperty("status", o.status)
        repolish(values["ownerStatus"])
        values["ownerPhone"].setText(o.phone_masked or EMPTY)
        values["ownerCode"].setText(o.code)
