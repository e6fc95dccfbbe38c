"""车辆档案 (vehicle record, V1-V6, M1-M3): tabs 基本信息, 客户信息, 销售信息, 售后信息, 保险信息.

Fields the service reports as locked for this user are read-only with a lock mark whose tooltip cites
the rule. Save sends the changed fields in one service call; a record another workstation saved first
is refused with a message and reloaded. (A vehicle is created by hand in the new-vehicle dialog, M1/M2.)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.plate import PLATE_COLORS, plate_color_label
from desktop.services import vehicles
from desktop.services.auth import Actor
from desktop.services.vehicles import PlateTaken, VehicleDetail
from desktop.services.views import RepairCenterView
from desktop.ui.common import i18n, limits
from desktop.ui.common.forms import CLOSE, SAVE, BackendDialog
from desktop.ui.common.models import ContactTableModel
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.tables import STRETCH, table_view
from desktop.ui.common.widgets import FieldLabel, mark_invalid, push_button, repolish, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.vehicle.contacts_dialog import ContactsDialog
from desktop.ui.vehicle.plate_dialog import PlateDialog

TABS = ("basic", "customer", "sales", "after_sales", "insurance")
ALWAYS_READ_ONLY = ("internal_code", "origin")


class VehicleDialog(BackendDialog):
    saved = Signal(object)  # VehicleDetail
    openCustomer = Signal(str)
    actor: Actor

    def __init__(self, actor: Actor, worker: Worker, vehicle_id: int, *, tab: str = "basic",
                 parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="vehicleDialog")
        self.vehicle_id = vehicle_id
        self.detail: Any = None
        self._original: dict[str, str] = {}
        self.child: QDialog | None = None  # the owner or contacts dialog opened from the customer tab
        self.plate_dialog: QDialog | None = None  # P3: opened when the plate typed here is on another car
        self.setWindowTitle(self.tr("车辆档案"))

        self.labels: dict[str, FieldLabel] = {}
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("vehicleTabs")
        self.tabs.addTab(self._basic_tab(), self.tr("基本信息"))
        self.tabs.addTab(self._customer_tab(), self.tr("客户信息"))
        self.tabs.addTab(self._fields_tab("sales", [
            ("production_date", self.tr("生产日期")), ("sale_date", self.tr("销售日期")),
            ("invoice_date", self.tr("开票日期")), ("warranty_card_no", self.tr("保修卡号")),
        ]), self.tr("销售信息"))
        self.tabs.addTab(self._after_sales_tab(), self.tr("售后信息"))
        self.tabs.addTab(self._fields_tab("insurance", [
            ("commercial_insurer", self.tr("商业险保险公司")), ("commercial_policy_no", self.tr("商业险保单号")),
            ("commercial_expiry", self.tr("商业险到期日")), ("compulsory_insurer", self.tr("交强险保险公司")),
            ("compulsory_policy_no", self.tr("交强险保单号")), ("compulsory_expiry", self.tr("交强险到期日")),
        ]), self.tr("保险信息"))

        self.reason = QLineEdit()
        self.reason.setObjectName("changeReason")
        self.reason.setPlaceholderText(self.tr("修改原因（纠正锁定信息、换牌时填写）"))
        self.reason.setMaxLength(limits.REASON)
        unmark_on_edit(self.reason)
        self.standard_button(CLOSE, "closeDialog", self.reject)
        self.save_button = self.standard_button(SAVE, "saveVehicle", self.save, primary=True, default=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 560)
        self.tabs.setCurrentIndex(TABS.index(tab) if tab in TABS else 0)
        self.update_actions()
        self.reload()

    # -- construction -------------------------------------------------------------------------------------
    def _add_field(self, form: QFormLayout, name: str, text: str, widget: QLineEdit | QComboBox | None = None) -> None:
        if widget is None:
            widget = QLineEdit()
            if name.endswith(("_date", "_start", "_end", "_expiry")):
                widget.setPlaceholderText("YYYY-MM-DD")
                widget.setMaxLength(limits.DATE)
            elif name == "warranty_mileage":
                widget.setMaxLength(limits.MILEAGE)
            elif name == "origin":
                pass  # always read-only: a label of the stored code
            else:
                widget.setMaxLength(limits.VEHICLE[name])
        widget.setObjectName(f"field_{name}")
        label = FieldLabel(text, name)
        label.text.setBuddy(widget)
        self.labels[name] = label
        self.fields[name] = widget
        form.addRow(label, widget)
        unmark_on_edit(widget)

    @staticmethod
    def _form(parent: QWidget) -> QFormLayout:
        form = QFormLayout(parent)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return form

    def _basic_tab(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self._add_field(form, "internal_code", self.tr("车辆编码"))
        self._add_field(form, "origin", self.tr("来源"))
        self._add_field(form, "model", self.tr("车型"))
        self._add_field(form, "vin", self.tr("车架号"))
        self.vin_facts = QLabel()
        self.vin_facts.setObjectName("vinFacts")
        form.addRow("", self.vin_facts)
        self._add_field(form, "engine_no", self.tr("发动机号"))
        self._add_field(form, "color", self.tr("颜色"))
        self._add_field(form, "interior", self.tr("内饰"))
        self._add_field(form, "options", self.tr("选装"))
        self._add_field(form, "plate", self.tr("车牌号"))
        colors = QComboBox()
        colors.addItem("", "")
        for code in PLATE_COLORS:
            colors.addItem(plate_color_label(code, i18n.current_lang()), code)
        self._add_field(form, "plate_color", self.tr("车牌颜色"), colors)
        self._add_field(form, "remark", self.tr("备注"))
        return page

    def _customer_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        owner = QGroupBox(self.tr("车主（行驶证登记人）"))
        form = self._form(owner)
        self.owner_labels: dict[str, QLabel] = {}
        for key, text in (("name", self.tr("姓名")), ("code", self.tr("客户编码")), ("type", self.tr("类型 / 类别")),
                          ("status", self.tr("状态")), ("phone", self.tr("电话"))):
            label = QLabel("—")
            label.setObjectName(f"owner_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.owner_labels[key] = label
            form.addRow(text, label)
        self.open_owner = push_button(self.tr("打开车主档案"), "openOwner", self._open_owner)
        self.change_owner = push_button(self.tr("维护车主"), "changeOwner", self.open_owner_dialog)
        self.change_owner.setToolTip(self.tr("新增车主、设为保有客户或过户更换车主（W3/O2/O3）"))
        owner_buttons = QHBoxLayout()
        owner_buttons.addWidget(self.open_owner)
        owner_buttons.addWidget(self.change_owner)
        owner_buttons.addStretch(1)
        form.addRow("", owner_buttons)
        self.owner_hint = QLabel(self.tr("车主是行驶证登记人（O5）；只有已启用的保有客户才能关联为车主（O6）。"
                                         "车主名字录错请客服修改原客户档案（C11），不要更换车主。"))
        self.owner_hint.setWordWrap(True)
        self.owner_hint.setObjectName("ownerHint")
        contacts = QGroupBox(self.tr("联系人 / 主要用车人（W7）"))
        box = QVBoxLayout(contacts)
        self.contacts_model = ContactTableModel(self)
        self.contacts_view = table_view("contactsView", self.contacts_model, columns=STRETCH)
        box.addWidget(self.contacts_view)
        self.edit_contacts = push_button(self.tr("维护联系人…"), "editContacts", self.open_contacts_dialog)
        box.addWidget(self.edit_contacts, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(owner)
        layout.addWidget(self.owner_hint)
        layout.addWidget(contacts, 1)
        return page

    def _fields_tab(self, _name: str, rows: list[tuple[str, str]]) -> QWidget:
        page = QWidget()
        form = self._form(page)
        for field, text in rows:
            self._add_field(form, field, text)
        return page

    def _after_sales_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        centers = QGroupBox(self.tr("所属维修中心"))
        box = QVBoxLayout(centers)
        self.centers_list = QListWidget()
        self.centers_list.setObjectName("repairCenters")
        self.centers_list.setMaximumHeight(96)
        self.centers_list.currentItemChanged.connect(lambda *_: self._update_remove_center())
        self.attach_button = push_button(self.tr("添加本店维修中心"), "attachStore", self.attach_store)
        self.attach_button.setToolTip(self.tr("M3：添加本店维修中心（不删除其他门店的），并为车主添加本店客户渠道"))
        self.center_reason = QLineEdit()
        self.center_reason.setObjectName("repairCenterReason")
        self.center_reason.setPlaceholderText(self.tr("移除原因（必填，记入审计）"))
        self.center_reason.setMaxLength(limits.REASON)
        self.center_reason.textChanged.connect(lambda *_: self._update_remove_center())
        self.center_reason.returnPressed.connect(self.remove_center)
        self.remove_center_button = push_button(self.tr("移除所选维修中心"), "removeRepairCenter", self.remove_center)
        self.remove_center_button.setToolTip(
            self.tr("M3：只移除错误的维修中心行；其他门店的只能由主数据团队移除，至少保留一个"))
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.center_reason, 1)
        remove_row.addWidget(self.remove_center_button)
        box.addWidget(self.centers_list)
        box.addLayout(remove_row)
        box.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignLeft)
        warranty = QGroupBox(self.tr("保修"))
        form = self._form(warranty)
        self._add_field(form, "warranty_mileage", self.tr("保修里程（公里）"))
        self._add_field(form, "warranty_start", self.tr("保修开始日期"))
        self._add_field(form, "warranty_end", self.tr("保修结束日期"))
        layout.addWidget(centers)
        layout.addWidget(warranty)
        layout.addStretch(1)
        return page

    # -- load ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        QueryOp(vehicles.get_vehicle, self.vehicle_id).success(self.show_detail).run_in(self)

    @staticmethod
    def _text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def update_actions(self) -> None:
        self.save_button.setEnabled(self.detail is not None and not self.busy)
        self._update_remove_center()

    def show_detail(self, detail: VehicleDetail) -> None:
        """Fill every tab from a VehicleDetail (after load, save, or a refused stale save)."""
        self.detail = detail
        self.vehicle_id = detail.id
        self.setWindowTitle(self.tr("车辆档案 · {0}").format(detail.vin))
        self._original = {}
        for name, widget in self.fields.items():
            value = i18n.origin_label(detail.origin) if name == "origin" else self._text(getattr(detail, name, None))
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
                self._original[name] = widget.currentData() or ""
            else:
                widget.setText(value)
                self._original[name] = widget.text()
            mark_invalid(widget, False)
            locked = name in detail.locked_fields or name in ALWAYS_READ_ONLY
            self._set_read_only(name, widget, locked, i18n.text_in("services.vehicles", detail.lock_reasons.get(name)))
        facts = " · ".join(x for x in (detail.manufacturer or "", self.tr("{0} 款").format(detail.model_year)
                                        if detail.model_year else "") if x)
        self.vin_facts.setText(facts)
        self._show_owner(detail)
        self.contacts_model.set_rows(detail.contacts)
        self.centers_list.clear()
        for rc in detail.repair_centers:
            item = QListWidgetItem(i18n.named(rc.name, f"{rc.code} · {rc.store_code} {rc.store_name}"))
            item.setData(Qt.ItemDataRole.UserRole, rc.code)
            item.setData(Qt.ItemDataRole.UserRole + 1, self._may_remove_center(rc))
            self.centers_list.addItem(item)
        self.attach_button.setVisible(not detail.visible and self.actor.can("vehicle.edit"))
        can_remove_any = any(self._may_remove_center(rc) for rc in detail.repair_centers)
        self.center_reason.setVisible(can_remove_any and len(detail.repair_centers) > 1)
        self.remove_center_button.setVisible(can_remove_any and len(detail.repair_centers) > 1)
        self.update_actions()

    def _set_read_only(self, name: str, widget: QLineEdit | QComboBox, locked: bool, reason: str) -> None:
        if isinstance(widget, QComboBox):
            widget.setEnabled(not locked)
        else:
            widget.setReadOnly(locked)
        widget.setProperty("locked", locked)
        widget.setToolTip(reason if locked else "")
        repolish(widget)
        self.labels[name].set_locked(locked and name not in ALWAYS_READ_ONLY, reason)

    def _show_owner(self, detail: Any) -> None:
        o = detail.owner
        if o is None:
            for label in self.owner_labels.values():
                label.setText("—")
            self.owner_labels["name"].setText(self.tr("无车主：请添加车主（W3）"))
            self.open_owner.setEnabled(False)
            self.change_owner.setText(self.tr("添加车主"))
            self._owner_actions(detail)
            return
        self.owner_labels["name"].setText(o.name)
        self.owner_labels["code"].setText(o.code)
        self.owner_labels["type"].setText(f"{i18n.customer_type_label(o.customer_type)} / {i18n.category_label(o.category)}")
        self.owner_labels["status"].setText(i18n.status_label(o.status))
        self.owner_labels["phone"].setText(o.phone_masked or "—")
        self.open_owner.setEnabled(True)
        self.change_owner.setText(self.tr("更换车主") if o.linkable_as_owner else self.tr("维护车主"))
        self._owner_actions(detail)

    def _owner_actions(self, detail: Any) -> None:
        # O4: a store that does not see the vehicle attaches it first (after-sales tab)
        self.change_owner.setEnabled(detail.visible and self.actor.can("vehicle.change_owner"))
        self.edit_contacts.setEnabled(detail.visible and self.actor.can("vehicle.edit"))

    # -- guided dialogs of the customer tab ---------------------------------------------------------------
    def open_owner_dialog(self) -> QDialog | None:
        """W3/O2/O3: add the owner, set it retained, or change it after a sale (the owner dialog)."""
        if self.detail is None:
            return None
        dialog = OwnerDialog(self.actor, self.worker, self.detail.id, parent=self)
        dialog.ownerChanged.connect(self._record_changed)
        return self.open_child(dialog)

    def open_contacts_dialog(self) -> QDialog | None:
        """W7: contacts and the main user (the contacts dialog)."""
        if self.detail is None:
            return None
        dialog = ContactsDialog(self.actor, self.worker, self.detail.id, parent=self)
        dialog.changed.connect(self._record_changed)
        return self.open_child(dialog)

    def _record_changed(self, detail: Any) -> None:
        """The owner or the contacts changed: show the record again; W5: the intake restarts (saved)."""
        self.show_detail(detail)
        self.tabs.setCurrentIndex(TABS.index("customer"))
        self.say(self.tr("已保存"), "ok")
        self.saved.emit(detail)

    def _open_owner(self) -> None:
        if self.detail is not None and self.detail.owner is not None:
            self.openCustomer.emit(self.detail.owner.code)

    # -- save ---------------------------------------------------------------------------------------------
    def field_value(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        return widget.text().strip()

    def changes(self) -> dict[str, str | None]:
        """The fields the user changed (locked and system fields are never sent)."""
        if self.detail is None:
            return {}
        out: dict[str, str | None] = {}
        for name in self.fields:
            if name in ALWAYS_READ_ONLY or name in self.detail.locked_fields:
                continue
            value = self.field_value(name)
            if value != self._original.get(name, ""):
                out[name] = value or None
        return out

    def save(self) -> None:
        if self.busy or self.detail is None:
            return
        changes = self.changes()
        if not changes:
            self.say(self.tr("没有修改"), "info")
            return
        (WriteOp(vehicles.update_vehicle, self.detail.id, changes, self.reason.text().strip() or None,
                 version=self.detail.version)
         .success(self._saved).expect(PlateTaken, self._plate_taken).run_in(self))

    def _saved(self, detail: VehicleDetail) -> None:
        self.reason.clear()
        self.show_detail(detail)
        self.say(self.tr("已保存"), "ok")
        self.saved.emit(detail)

    def _plate_taken(self, _taken: PlateTaken, error: UserError) -> None:
        """P3: the plate typed here is on another car: the guided plate dialog moves it (nothing was saved)."""
        self.say(error.text, "error")
        if self.detail is not None:
            self._open_plate_dialog()

    def _open_plate_dialog(self) -> None:
        wanted = self.changes()
        dialog = PlateDialog(self.actor, self.worker, self.detail.id,
                             plate=str(wanted.get("plate") or ""), plate_color=wanted.get("plate_color"), parent=self)
        dialog.plateSaved.connect(lambda _detail: self.reload())
        self.open_child(dialog, "plate_dialog")

    def stale(self, error: UserError) -> None:
        self.reload()  # the message stays: the user checks the reloaded record and saves again

    def field_widgets(self) -> dict[str, QWidget]:
        return {**self.fields, "reason": self.reason}

    # -- M3: repair-center rows --------------------------------------------------------------------------
    def _may_remove_center(self, rc: RepairCenterView) -> bool:
        """The service decides (vehicles.remove_repair_center); this only hides what it would refuse: the
        master-data team removes any row, an advisor only this store's own."""
        if self.actor.can("vehicle.repair_center_remove"):
            return True
        return self.actor.can("vehicle.edit") and rc.store_id == self.actor.store_id

    def _update_remove_center(self) -> None:
        item = self.centers_list.currentItem()
        removable = bool(item is not None and item.data(Qt.ItemDataRole.UserRole + 1))
        self.remove_center_button.setEnabled(removable and bool(self.center_reason.text().strip()) and not self.busy)

    def remove_center(self) -> None:
        item = self.centers_list.currentItem()
        if self.detail is None or self.busy or item is None or not self.remove_center_button.isEnabled():
            return
        (WriteOp(vehicles.remove_repair_center, self.detail.id, item.data(Qt.ItemDataRole.UserRole),
                 self.center_reason.text().strip(), version=self.detail.version)
         .success(self._center_removed).run_in(self))

    def _center_removed(self, detail: VehicleDetail) -> None:
        self.center_reason.clear()
        self.show_detail(detail)
        self.say(self.tr("已移除该维修中心（已记入审计）"), "ok")
        self.saved.emit(detail)

    # -- M3: attach this store ----------------------------------------------------------------------------
    def attach_store(self) -> None:
        if self.detail is None or self.busy:
            return
        (WriteOp(vehicles.attach_store, self.detail.id, version=self.detail.version)
         .success(self._attached).run_in(self))

    def _attached(self, detail: VehicleDetail) -> None:
        self.show_detail(detail)
        self.say(self.tr("已添加本店维修中心：本店现在可以看到该车及其车主"), "ok")
        self.saved.emit(detail)
