"""添加本店维修中心 (M3, S1, S3, O4): a vehicle of another store of the group came in.

The dialog shows the vehicle and its owner as the group has them; 添加本店维修中心 (the default: Enter)
calls vehicles.attach_store, which adds this store's repair center (keeping every other store's) and this
store's customer channel on the owner in one transaction. Then this store sees both, the dialog closes
and the intake loads the VIN again. Never create the vehicle or the customer a second time. An Enter (or Ctrl+S)
pressed while the record is still being read confirms once it is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.rules.plate import plate_color_label
from desktop.services import vehicles
from desktop.services.vehicles import VehicleDetail
from desktop.ui.common import i18n, shortcuts
from desktop.ui.common.forms import CANCEL, BackendDialog
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.worker import UserError, Worker

EMPTY = "—"
NOTICE = ("QLabel#attachExplain { background: #ede9fe; color: #4c1d95; font-weight: bold; padding: 8px 12px;"
          " border: 2px solid #7c3aed; border-radius: 6px; }")


class AttachStoreDialog(BackendDialog):
    attached = Signal(object)  # VehicleDetail

    def __init__(self, actor: Any, worker: Worker, vehicle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="attachStoreDialog")
        self.vehicle_id = vehicle_id
        self.detail: Any = None
        self.result_detail: Any = None
        self.setWindowTitle(self.tr("添加本店维修中心"))

        self.explain = QLabel(self.tr(
            "该车由集团其他门店建档（M3）：不要重复新建车辆或客户。确认后为车辆添加本店维修中心"
            "（保留其他门店的），并为车主添加本店客户渠道，本店即可接车。"))
        self.explain.setObjectName("attachExplain")
        self.explain.setStyleSheet(NOTICE)
        self.explain.setWordWrap(True)

        self.values: dict[str, QLabel] = {}
        vehicle_box = QGroupBox(self.tr("车辆（集团档案）"))
        self._rows(vehicle_box, [("vin", self.tr("车架号")), ("model", self.tr("车型")), ("plate", self.tr("车牌")),
                                 ("centers", self.tr("所属维修中心"))])
        owner_box = QGroupBox(self.tr("车主（集团档案）"))
        self._rows(owner_box, [("owner", self.tr("姓名")), ("ownerType", self.tr("类型 / 类别")),
                               ("ownerStatus", self.tr("状态")), ("ownerPhone", self.tr("电话")),
                               ("ownerStores", self.tr("客户渠道（门店）"))])
        boxes = QHBoxLayout()
        boxes.addWidget(vehicle_box, 1)
        boxes.addWidget(owner_box, 1)

        self.after = QLabel(self.tr("确认后：所属维修中心增加 {0}；车主客户渠道增加 {1}").format(
            actor.store_name, actor.store_code))
        self.after.setObjectName("attachAfter")
        self.after.setWordWrap(True)
        self.standard_button(CANCEL, "cancelAttach", self.reject)
        self.confirm_button = self.action_button(self.tr("添加本店维修中心"), "attachConfirm", self.confirm,
                                              primary=True, default=True)
        shortcuts.bind_button(self.confirm_button, "save")
        self.update_actions()
        self.confirm_button.setFocus()  # keyboard first: Enter confirms, also while the record is read

        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(boxes, 1)
        layout.addWidget(self.after)
        layout.addLayout(self.footer())
        self.resize(900, 420)
        self.say(self.tr("正在读取车辆档案…"))
        self.load(QueryOp(vehicles.get_vehicle, vehicle_id), self.show_detail)

    def _rows(self, box: QGroupBox, rows: list[tuple[str, str]]) -> None:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, text in rows:
            label = QLabel(EMPTY)
            label.setObjectName(f"attach_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = label
            form.addRow(text, label)

    def show_detail(self, d: VehicleDetail) -> None:
        self.detail = d
        v = self.values
        v["vin"].setText(d.vin)
        v["model"].setText(d.model)
        color = plate_color_label(d.plate_color, i18n.current_lang()) if d.plate_color else ""
        v["plate"].setText(f"{d.plate}  {color}".strip() if d.plate else self.tr("未上牌"))
        v["centers"].setText("\n".join(i18n.named(rc.name, f"{rc.code} · {rc.store_code} {rc.store_name}")
                                       for rc in d.repair_centers) or EMPTY)
        o = d.owner
        if o is None:
            v["owner"].setText(self.tr("无车主：添加本店维修中心后再维护车主（W3）"))
            for key in ("ownerType", "ownerStatus", "ownerPhone", "ownerStores"):
                v[key].setText(EMPTY)
        else:
            v["owner"].setText(i18n.named(o.name, o.code))
            v["ownerType"].setText(f"{i18n.customer_type_label(o.customer_type)} / {i18n.category_label(o.category)}")
            v["ownerStatus"].setText(i18n.status_label(o.status))
            v["ownerPhone"].setText(o.phone_masked or EMPTY)
            v["ownerStores"].setText(i18n.listed(o.store_codes) or EMPTY)
        if d.visible:
            self.say(self.tr("本店已能看到该车，无需再添加"), "ok")
        else:
            self.say("")
        self.update_actions()
        self.confirm_button.setFocus()

    def update_actions(self) -> None:
        self.confirm_button.setEnabled(not self.busy)

    def confirm(self) -> None:
        if self.busy:
            return
        if self.when_loaded(self.confirm):  # typed ahead: confirmed on the record as shown once it is read
            return
        (WriteOp(vehicles.attach_store, self.vehicle_id, version=self.detail.version)
         .success(self._attached).run_in(self))

    def _attached(self, detail: VehicleDetail) -> None:
        self.result_detail = detail
        self.attached.emit(detail)
        self.accept()

    def stale(self, error: UserError) -> None:
        """Changed meanwhile by another workstation: shown as it is now; the message stays (check, confirm
        again)."""
        self.load(QueryOp(vehicles.get_vehicle, self.vehicle_id), lambda d: self._reloaded(d, error.text))

    def _reloaded(self, detail: VehicleDetail, why: str) -> None:
        self.show_detail(detail)
        self.say(why, "error")

    def enter_pressed(self, widget: QObject | None) -> None:
        self.confirm()
