"""联系人 / 主要用车人 (W7): the owner is the driving-licence holder; people who bring the car (spouse,
boss, driver) are contacts, and one of them may be marked as the main user (主要用车人).

Add a contact (name, phone, relation, optionally as the main user; Enter in the form adds), mark the
selected one as the main user, or remove it. Each change is one service call through the worker, on the
vehicle's version shown; the list shows what the service returns (a vehicle changed meanwhile by another
workstation is refused and reloaded). Esc or 关闭 closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import vehicles
from desktop.ui import limits
from desktop.ui.models import ContactTableModel
from desktop.ui.widgets import EnterKeyRouter, mark_invalid, message_label, push_button, show_message
from desktop.ui.worker import STALE, UserError, Worker


class ContactsDialog(EnterKeyRouter, QDialog):
    changed = Signal(object)  # VehicleDetail

    def __init__(self, actor: Any, worker: Worker, vehicle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.actor = actor
        self.worker = worker
        self.vehicle_id = vehicle_id
        self.detail: Any = None
        self._busy = False
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
        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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
                                      primary=True, default=True)
        for text, widget in ((self.tr("姓名"), self.name), (self.tr("电话"), self.phone),
                             (self.tr("关系"), self.relation)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.main_user)
        form.addRow("", self.add_button)
        for edit in (self.name, self.phone):
            edit.textEdited.connect(lambda _t, e=edit: mark_invalid(e, False))

        columns = QHBoxLayout()
        columns.addWidget(listed, 3)
        columns.addWidget(adding, 2)
        self.message = message_label()
        close = push_button(self.tr("关闭"), "closeDialog", self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(rule)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(960, 460)
        self._watch_keys()
        self._set_enabled(False)
        self.reload()

    def reload(self) -> None:
        self.worker.read(vehicles.get_vehicle, self.vehicle_id, done=self.show_detail,
                         failed=self._failed)

    def show_detail(self, d: Any) -> None:
        self.detail = d
        owner = f"{d.owner.name}（{d.owner.code}）" if d.owner else self.tr("无")
        self.header.setText(self.tr("车辆：{0} · {1} · 车主：{2}").format(d.vin, d.model, owner))
        self.model.set_rows(d.contacts)
        if d.contacts:
            self.table.selectRow(0)
        self._set_enabled(True)
        if not self.name.text():
            self.name.setFocus()

    def _set_enabled(self, enabled: bool) -> None:
        on = enabled and not self._busy
        self.add_button.setEnabled(on)
        has_rows = self.model.rowCount() > 0
        self.main_user_button.setEnabled(on and has_rows)
        self.remove_button.setEnabled(on and has_rows)

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- actions ------------------------------------------------------------------------------------------
    def add_contact(self) -> None:
        if self._busy or self.detail is None:
            return
        if not self.name.text().strip():
            mark_invalid(self.name, True)
            self._say(self.tr("请填写联系人姓名"), "error")
            self.name.setFocus()
            return
        ok = self.tr("已添加联系人")
        self._start()
        self.worker.write(vehicles.add_contact, self.vehicle_id, name=self.name.text(),
                          phone=self.phone.text(), relation=self.relation.currentText().strip() or None,
                          main_user=self.main_user.isChecked(), version=self.detail.version,
                          done=lambda d: self._saved(d, ok, True), failed=self._failed, owner=self)

    def set_main_user(self) -> None:
        row = self.selected()
        if self._busy or self.detail is None:
            return
        if row is None:
            self._say(self.tr("请先选择联系人"), "info")
            return
        ok = self.tr("已设为主要用车人：{0}").format(row.name)
        self._start()
        self.worker.write(vehicles.set_main_user, self.vehicle_id, row.id,
                          version=self.detail.version, done=lambda d: self._saved(d, ok, False),
                          failed=self._failed, owner=self)

    def remove_selected(self) -> None:
        row = self.selected()
        if self._busy or self.detail is None:
            return
        if row is None:
            self._say(self.tr("请先选择联系人"), "info")
            return
        ok = self.tr("已删除联系人：{0}").format(row.name)
        self._start()
        self.worker.write(vehicles.remove_contact, self.vehicle_id, row.id,
                          version=self.detail.version, done=lambda d: self._saved(d, ok, False),
                          failed=self._failed, owner=self)

    def _start(self) -> None:
        self._busy = True
        self._set_enabled(False)
        self._say(self.tr("正在保存…"), "info")

    def _saved(self, detail: Any, ok: str, clear: bool) -> None:
        self._busy = False
        if clear:
            self.name.clear()
            self.phone.clear()
            self.relation.setCurrentIndex(0)
            self.main_user.setChecked(False)
        self.show_detail(detail)
        self._say(ok, "ok")
        self.changed.emit(detail)

    def _failed(self, error: UserError) -> None:
        self._busy = False
        self._set_enabled(self.detail is not None)
        self._say(error.text, "error")
        if error.kind == STALE:  # the contacts changed meanwhile: show them as they are now (the message stays)
            self.reload()
            return
        widget = {"name": self.name, "phone": self.phone, "contact_phone": self.phone}.get(error.field or "")
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus()

    def _say(self, text: str, level: str) -> None:
        show_message(self.message, text, level)

    # -- keyboard ---------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            focused = self._enter_target()
            if isinstance(focused, QPushButton) and focused is not self.add_button:
                focused.click()
            elif focused in (self.name, self.phone, self.relation, self.main_user) or (
                    focused is not None and focused.parent() is self.relation):
                self.add_contact()
            return
        super().keyPressEvent(event)
