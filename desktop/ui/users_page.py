"""用户 (master-data team): the group's users — add, set roles, reset a password, unlock after failed
logins, deactivate / reactivate. Every action goes through desktop.services.users (which refuses other
roles and audits each change)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import org, users
from desktop.services.auth import ROLES
from desktop.ui import i18n, limits
from desktop.ui.models import RowTableModel
from desktop.ui.widgets import mark_invalid, message_label, push_button, repolish
from desktop.ui.worker import UserError, Worker


def _roles(v: Any) -> str:
    idx = 1 if i18n.current_lang() == "en" else 0
    return "、".join(ROLES[r][idx] for r in v or () if r in ROLES)


def _active(v: Any) -> str:
    return QCoreApplication.translate("UserTableModel", QT_TRANSLATE_NOOP("UserTableModel", "启用")) if v else \
        QCoreApplication.translate("UserTableModel", QT_TRANSLATE_NOOP("UserTableModel", "已停用"))


def _locked(v: Any) -> str:
    return QCoreApplication.translate("UserTableModel", QT_TRANSLATE_NOOP("UserTableModel", "已锁定")) if v else ""


class UserTableModel(RowTableModel):
    CONTEXT = "UserTableModel"
    COLUMNS = (
        (("login",), QT_TRANSLATE_NOOP("UserTableModel", "登录名"), None),
        (("name",), QT_TRANSLATE_NOOP("UserTableModel", "姓名"), None),
        (("store_code",), QT_TRANSLATE_NOOP("UserTableModel", "门店"), None),
        (("roles",), QT_TRANSLATE_NOOP("UserTableModel", "角色"), _roles),
        (("active",), QT_TRANSLATE_NOOP("UserTableModel", "账号"), _active),
        (("locked",), QT_TRANSLATE_NOOP("UserTableModel", "锁定"), _locked),
    )


class UsersPage(QWidget):
    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.actor = actor
        self.worker = worker
        self.current: Any = None
        self._busy = False
        idx = 1 if i18n.current_lang() == "en" else 0

        self.model = UserTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        # the selected user
        selected = QGroupBox(self.tr("所选用户"))
        sel = QVBoxLayout(selected)
        self.selected_label = QLabel(self.tr("请选择一个用户"))
        self.selected_label.setObjectName("selectedUser")
        self.selected_label.setWordWrap(True)
        sel.addWidget(self.selected_label)
        role_grid = QGridLayout()
        self.role_boxes: dict[str, QCheckBox] = {}
        for i, (code, names) in enumerate(ROLES.items()):
            box = QCheckBox(names[idx])
            box.setObjectName(f"role_{code}")
            self.role_boxes[code] = box
            role_grid.addWidget(box, i // 3, i % 3)
        self.save_roles = push_button(self.tr("保存角色"), "saveRoles", self._save_roles, default=None)
        role_grid.addWidget(self.save_roles, 1, 2)
        sel.addLayout(role_grid)
        pw_row = QHBoxLayout()
        self.new_password = QLineEdit()
        self.new_password.setObjectName("resetPasswordInput")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("新密码（至少 6 位）"))
        self.reset_button = push_button(self.tr("重置密码"), "resetPassword", self._reset, default=None)
        self.unlock_button = push_button(self.tr("解锁"), "unlockUser", self._unlock, default=None)
        self.active_button = push_button(self.tr("停用账号"), "toggleActive", self._toggle_active, default=None)
        pw_row.addWidget(self.new_password, 1)
        pw_row.addWidget(self.reset_button)
        sel.addLayout(pw_row)
        account_row = QHBoxLayout()
        account_row.addStretch(1)
        account_row.addWidget(self.unlock_button)
        account_row.addWidget(self.active_button)
        sel.addLayout(account_row)

        # a new user
        add = QGroupBox(self.tr("新增用户"))
        form = QFormLayout(add)
        self.add_login = QLineEdit()
        self.add_login.setObjectName("addLogin")
        self.add_login.setMaxLength(limits.USER["login"])
        self.add_name = QLineEdit()
        self.add_name.setObjectName("addName")
        self.add_name.setMaxLength(limits.USER["name"])
        self.add_store = QComboBox()
        self.add_store.setObjectName("addStore")
        self.add_role = QComboBox()
        self.add_role.setObjectName("addRole")
        for code, names in ROLES.items():
            self.add_role.addItem(names[idx], code)
        self.add_password = QLineEdit()
        self.add_password.setObjectName("addPassword")
        self.add_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_password.setPlaceholderText(self.tr("至少 6 位"))
        self.add_button = push_button(self.tr("新增"), "addUser", self._add, primary=True, default=None)
        self.add_password.returnPressed.connect(self._add)
        form.addRow(self.tr("登录名"), self.add_login)
        form.addRow(self.tr("姓名"), self.add_name)
        form.addRow(self.tr("门店"), self.add_store)
        form.addRow(self.tr("角色"), self.add_role)
        form.addRow(self.tr("初始密码"), self.add_password)
        form.addRow("", self.add_button)

        self.message = message_label()
        right = QVBoxLayout()
        right.addWidget(selected)
        right.addWidget(add)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(right, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.table)
        self._update_buttons()

    # -- load ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.worker.read(users.list_users, done=self._show, failed=self._failed)
        if not self.add_store.count():
            self.worker.read(org.stores, done=self._stores)

    def _stores(self, stores: list[Any]) -> None:
        self.add_store.clear()
        for s in stores:
            self.add_store.addItem(f"{s.code} {s.name}", s.code)

    def _show(self, rows: list[Any]) -> None:
        login = self.current.login if self.current is not None else None
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        again = next((i for i, r in enumerate(rows) if r.login == login), -1)
        if again >= 0:
            self.table.selectRow(again)
        else:
            self.current = None
            self._update_buttons()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.current = row
        if row is not None:
            lock = self.tr("，已锁定（连续输错密码）") if row.locked else ""
            self.selected_label.setText(f"{row.login} · {row.name} · {row.store_code}{lock}")
            for code, box in self.role_boxes.items():
                box.setChecked(code in row.roles)
            self.active_button.setText(self.tr("停用账号") if row.active else self.tr("启用账号"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.current is not None and not self._busy
        for w in (self.save_roles, self.reset_button, self.active_button, *self.role_boxes.values()):
            w.setEnabled(ok)
        self.unlock_button.setEnabled(ok and bool(self.current and self.current.locked))
        self.add_button.setEnabled(not self._busy)

    # -- act ----------------------------------------------------------------------------------------------
    def _start(self) -> None:
        self._busy = True
        self._update_buttons()
        self.say(self.tr("正在保存…"), "info")

    def _saved(self, ok: str) -> Any:
        return lambda row: self._done(ok.format(row.login))

    def _save_roles(self) -> None:
        if self.current is None or self._busy:
            return
        roles = [code for code, box in self.role_boxes.items() if box.isChecked()]
        self._start()
        self.worker.write(users.set_roles, self.current.login, roles,
                          done=self._saved(self.tr("{0} 的角色已保存")), failed=self._failed, owner=self)

    def _reset(self) -> None:
        if self.current is None or self._busy:
            return
        if len(self.new_password.text()) < users.MIN_PASSWORD:
            self.say(self.tr("新密码至少 6 位"), "error")
            mark_invalid(self.new_password, True)
            self.new_password.setFocus()
            return
        mark_invalid(self.new_password, False)
        password = self.new_password.text()
        self.new_password.clear()
        self._start()
        self.worker.write(users.reset_password, self.current.login, password,
                          done=self._saved(self.tr("{0} 的密码已重置")), failed=self._failed, owner=self)

    def _unlock(self) -> None:
        if self.current is None or self._busy:
            return
        self._start()
        self.worker.write(users.unlock, self.current.login,
                          done=self._saved(self.tr("{0} 已解锁")), failed=self._failed, owner=self)

    def _toggle_active(self) -> None:
        if self.current is None or self._busy:
            return
        self._start()
        if self.current.active:
            self.worker.write(users.deactivate, self.current.login,
                              done=self._saved(self.tr("{0} 已停用")), failed=self._failed, owner=self)
        else:
            self.worker.write(users.reactivate, self.current.login,
                              done=self._saved(self.tr("{0} 已启用")), failed=self._failed, owner=self)

    def _add(self) -> None:
        if self._busy:
            return
        login = self.add_login.text().strip()
        password = self.add_password.text()
        self.add_password.clear()
        self._start()
        self.worker.write(users.add, login, self.add_name.text().strip(),
                          self.add_store.currentData() or "", [self.add_role.currentData()], password,
                          done=self._saved(self.tr("已新增用户 {0}")), failed=self._failed, owner=self)

    def _done(self, text: str) -> None:
        self._busy = False
        self.say(text, "ok")
        for edit in (self.add_login, self.add_name, self.add_password, self.new_password):
            mark_invalid(edit, False)
        self.refresh()

    def _failed(self, error: UserError) -> None:
        self._busy = False
        self._update_buttons()
        self.say(error.text, "error")
        target = {"login": self.add_login, "password": self.add_password}.get(error.field or "")
        if target is not None:
            mark_invalid(target, True)

    def say(self, text: str, level: str) -> None:
        self.message.setText(text)
        self.message.setProperty("level", level)
        repolish(self.message)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
