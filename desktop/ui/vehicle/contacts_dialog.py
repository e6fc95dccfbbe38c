"""联系人 / 主要用车人 (W7): the owner is the driving-licence holder; people who bring the car (spouse,
boss, driver) are contacts, and one of them may be marked as the main user (主要用车人).

Add a contact (name, phone, relation, optionally as the main user; Enter in the form adds), mark the
selected one as the main user, or remove it. Each change is one service call through the worker, on the
vehicle's version shown; the list shows what the service returns (a vehicle changed meanwhile by another
workstation is refused and reloaded). Esc or 关闭 closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import vehicles
from desktop.services.vehicles import VehicleDetail
from desktop.ui.common import i18n, limits
from desktop.ui.common.forms import CLOSE, BackendDialog
from desktop.ui.common.models import ContactTableModel
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.tables import STRETCH, table_view
from desktop.ui.common.widgets import push_button, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker


class ContactsDialog(BackendDialog):
    changed = Signal(object)  # VehicleDetail

    def __init__(self, actor: Any, worker: Worker, vehicle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="contactsDialog")
        self.vehicle_id = vehicle_id
        self.detail: Any = None
        self.setWindowTitle(self.tr("联系人 / 主要用车人"))

        self.header = QLabel(self.tr("正在读取车辆档案…"))
        self.header.setObjectName("contactsVehicle")
        self.header.setWordWrap(True)
        rule = QLabel(self.tr("车主是行驶证登记人；配偶、老板、司机等送修人记为联系人，可把主要管理该车的人"
                              "设为主要用车人（W7）。联系人不会替换车主。"))
        rule.setWordWrap(True)
        rule.setObjectName("contactsRule")

        listed = QGroupBox(self.tr("联系人"))
        box = QVBoxLayout(listed)
        self.model = ContactTableModel(self)
        self.table = table_view("contactsTable", self.model, columns=STRETCH)
        self.main_user_button = push_button(self.tr("设为主要用车人"), "setMainUser", self.set_main_user)
        self.remove_button = push_button(self.tr("删除联系人"), "removeContact", self.remove_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.main_user_button)
        row_buttons.addWidget(self.remove_button)
        box.addWidget(self.table, 1)
        box.addLayout(row_buttons)

        adding = QGroupBox(self.tr("添加联系人"))
        form = QFormLayout(adding)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        self.name.setPlaceholderText(self.tr("送修人姓名"))
        self.name.setMaxLength(limits.CONTACT["name"])
        self.phone = QLineEdit()
        self.phone.setObjectName("contactPhone")
        self.phone.setPlaceholderText(self.tr("本人有效电话"))
        self.phone.setMaxLength(limits.CONTACT["phone"])
        self.relation = QComboBox()
        self.relation.setObjectName("contactRelation")
        self.relation.setEditable(True)
        self.relation.addItems(["", self.tr("配偶"), self.tr("子女"), self.tr("父母"), self.tr("老板"),
                                self.tr("司机"), self.tr("员工"), self.tr("朋友")])
        limits.limit(self.relation, limits.CONTACT["relation"])
        self.main_user = QCheckBox(self.tr("设为主要用车人"))
        self.main_user.setObjectName("contactMainUser")
        self.add_button = push_button(self.tr("添加联系人"), "addContact", self.add_contact,
                                      primary=True, default=True)  # the form's own button: Enter adds
        for text, widget in ((self.tr("姓名"), self.name), (self.tr("电话"), self.phone),
                             (self.tr("关系"), self.relation)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.main_user)
        form.addRow("", self.add_button)
        unmark_on_edit(self.name, self.phone)

        columns = QHBoxLayout()
        columns.addWidget(listed, 3)
        columns.addWidget(adding, 2)
        self.standard_button(CLOSE, "closeDialog", self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(rule)
        layout.addLayout(columns, 1)
        layout.addLayout(self.footer())
        self.resize(960, 460)
        self.update_actions()
        self.name.setFocus()  # keyboard first: type the contact at once
        self.reload()

    def reload(self) -> None:
        QueryOp(vehicles.get_vehicle, self.vehicle_id).success(self.show_detail).run_in(self)

    def show_detail(self, d: VehicleDetail) -> None:
        self.detail = d
        owner = i18n.named(d.owner.name, d.owner.code) if d.owner else self.tr("无")
        self.header.setText(self.tr("车辆：{0} · {1} · 车主：{2}").format(d.vin, d.model, owner))
        self.model.set_rows(d.contacts)
        if d.contacts:
            self.table.selectRow(0)
        self.update_actions()
        if not self.name.text():
            self.name.setFocus()

    def update_actions(self) -> None:
        on = self.detail is not None and not self.busy
        self.add_button.setEnabled(on)
        has_rows = self.model.rowCount() > 0
        self.main_user_button.setEnabled(on and has_rows)
        self.remove_button.setEnabled(on and has_rows)

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- actions ------------------------------------------------------------------------------------------
    def add_contact(self) -> None:
        if self.busy or self.detail is None or self.required(self.name, self.tr("请填写联系人姓名")) is None:
            return
        ok = self.tr("已添加联系人")
        (WriteOp(vehicles.add_contact, self.vehicle_id, name=self.name.text(), phone=self.phone.text(),
                 relation=self.relation.currentText().strip() or None, main_user=self.main_user.isChecked(),
                 version=self.detail.version)
         .success(lambda d: self._saved(d, ok, True)).run_in(self))

    def _chosen(self) -> Any:
        """The contact an action is for (None: nothing to do yet, and the message line says so)."""
        row = self.selected()
        if self.busy or self.detail is None:
            return None
        if row is None:
            self.say(self.tr("请先选择联系人"), "info")
        return row

    def set_main_user(self) -> None:
        row = self._chosen()
        if row is None:
            return
        ok = self.tr("已设为主要用车人：{0}").format(row.name)
        (WriteOp(vehicles.set_main_user, self.vehicle_id, row.id, version=self.detail.version)
         .success(lambda d: self._saved(d, ok, False)).run_in(self))

    def remove_selected(self) -> None:
        row = self._chosen()
        if row is None:
            return
        ok = self.tr("已删除联系人：{0}").format(row.name)
        (WriteOp(vehicles.remove_contact, self.vehicle_id, row.id, version=self.detail.version)
         .success(lambda d: self._saved(d, ok, False)).run_in(self))

    def _saved(self, detail: VehicleDetail, ok: str, clear: bool) -> None:
        if clear:
            self.name.clear()
            self.phone.clear()
            self.relation.setCurrentIndex(0)
            self.main_user.setChecked(False)
        self.show_detail(detail)
        self.say(ok, "ok")
        self.changed.emit(detail)

    def stale(self, error: UserError) -> None:
        self.reload()  # the contacts changed meanwhile: shown as they are now (the message stays)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "phone": self.phone, "contact_phone": self.phone}

    # -- keyboard ---------------------------------------------------------------------------------------------------
    def enter_pressed(self, widget: QObject | None) -> None:
        """Enter in the form adds the contact."""
        if widget in (self.name, self.phone, self.relation, self.main_user) or (
                widget is not None and widget.parent() is self.relation):
            self.add_contact()
