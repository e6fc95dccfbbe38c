"""用户 (master-data team): the group's users — add, set roles, reset a password, unlock after failed
logins, deactivate / reactivate. Every action goes through desktop.services.users (which refuses other
roles and audits each change).

Keyboard (desktop.ui.back_office.list_keys): the search field filters the users as the user types (login, name,
store, role); Ctrl+F goes there, ↑ / ↓ choose, Enter opens the user chosen (the keyboard goes to its roles), as
Enter on the list does; Ctrl+N goes to 新增用户."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import org, users
from desktop.services.auth import ROLES
from desktop.services.org import StoreInfo
from desktop.services.users import UserRow
from desktop.ui.back_office.list_keys import ListKeys, matching, search_field
from desktop.ui.common import i18n, limits, shortcuts
from desktop.ui.common.forms import BackendPage
from desktop.ui.common.models import UserTableModel
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.tables import show_rows, table_view
from desktop.ui.common.widgets import mark_invalid, push_button, unmark_on_edit
from desktop.ui.common.worker import Worker


class UsersPage(BackendPage):
    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "usersPage", parent)
        self.current: UserRow | None = None
        self.rows: list[UserRow] = []

        self.model = UserTableModel(self)
        self.table = table_view("usersTable", self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.search = search_field("usersSearch", self.tr("筛选：登录名、姓名、门店或角色"))
        self.search.textChanged.connect(lambda _text: self._show_matching(top=True))
        self.keys = ListKeys(self, self.table, [self.search], self.open_row)

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
            box = QCheckBox(i18n.text(names))
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
        add = QGroupBox(shortcuts.label(self.tr("新增用户"), "new"))
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
            self.add_role.addItem(i18n.text(names), code)
        self.add_password = QLineEdit()
        self.add_password.setObjectName("addPassword")
        self.add_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_password.setPlaceholderText(self.tr("至少 6 位"))
        self.add_button = push_button(self.tr("新增"), "addUser", self._add, primary=True, default=None)
        self.add_password.returnPressed.connect(self._add)
        unmark_on_edit(self.add_login, self.add_name, self.add_password, self.new_password)
        form.addRow(self.tr("登录名"), self.add_login)
        form.addRow(self.tr("姓名"), self.add_name)
        form.addRow(self.tr("门店"), self.add_store)
        form.addRow(self.tr("角色"), self.add_role)
        form.addRow(self.tr("初始密码"), self.add_password)
        form.addRow("", self.add_button)

        right = QVBoxLayout()
        right.addWidget(selected)
        right.addWidget(add)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 0)
        layout = self.page_layout()
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.search)
        shortcuts.bind(self, "new", lambda: self.add_login.setFocus(Qt.FocusReason.ShortcutFocusReason))  # Ctrl+N
        self.update_actions()

    # -- load ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        QueryOp(users.list_users).success(self._show).run_in(self)
        if not self.add_store.count():
            QueryOp(org.stores).success(self._stores).run_in(self)

    def _stores(self, stores: list[StoreInfo]) -> None:
        self.add_store.clear()
        for s in stores:
            self.add_store.addItem(f"{s.code} {s.name}", s.code)

    def _show(self, rows: list[UserRow]) -> None:
        self.rows = list(rows)
        self._show_matching()

    def _show_matching(self, *, top: bool = False) -> None:
        """The users matching the search field; the selected user stays selected while listed (``top``: the text
        changed, the first match is selected, as in a search list), else the first match once something is
        typed (Enter opens it)."""
        rows = matching(self.model, self.rows, self.search.text())
        login = self.current.login if self.current is not None and not top else None
        keep = next((i for i, r in enumerate(rows) if r.login == login), None)
        if keep is None and self.search.text().strip():
            keep = 0
        if not show_rows(self.table, rows, keep):
            self.current = None
            self.update_actions()

    def open_row(self, row: UserRow) -> None:
        """Enter on a user: the keyboard goes to the selected user's roles (then the password, unlock...)."""
        next(iter(self.role_boxes.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.current = row
        if row is not None:
            lock = self.tr("，已锁定（连续输错密码）") if row.locked else ""
            self.selected_label.setText(f"{row.login} · {row.name} · {row.store_code}{lock}")
            for code, box in self.role_boxes.items():
                box.setChecked(code in row.roles)
            self.active_button.setText(self.tr("停用账号") if row.active else self.tr("启用账号"))
        self.update_actions()

    def update_actions(self) -> None:
        ok = self.current is not None and not self.busy
        for w in (self.save_roles, self.reset_button, self.active_button, *self.role_boxes.values()):
            w.setEnabled(ok)
        self.unlock_button.setEnabled(ok and bool(self.current and self.current.locked))
        self.add_button.setEnabled(not self.busy)

    # -- act ----------------------------------------------------------------------------------------------
    def _saved(self, ok: str) -> Callable[[UserRow], None]:
        return lambda row: self._done(ok.format(row.login))

    def _save_roles(self) -> None:
        if self.current is None or self.busy:
            return
        roles = [code for code, box in self.role_boxes.items() if box.isChecked()]
        (WriteOp(users.set_roles, self.current.login, roles)
         .success(self._saved(self.tr("{0} 的角色已保存"))).run_in(self))

    def _reset(self) -> None:
        if self.current is None or self.busy:
            return
        if len(self.new_password.text()) < users.MIN_PASSWORD:
            self.refuse(self.tr("新密码至少 6 位"), self.new_password)
            return
        password = self.new_password.text()
        self.new_password.clear()
        (WriteOp(users.reset_password, self.current.login, password)
         .success(self._saved(self.tr("{0} 的密码已重置"))).run_in(self))

    def _unlock(self) -> None:
        if self.current is None or self.busy:
            return
        WriteOp(users.unlock, self.current.login).success(self._saved(self.tr("{0} 已解锁"))).run_in(self)

    def _toggle_active(self) -> None:
        if self.current is None or self.busy:
            return
        if self.current.active:
            done = self._saved(self.tr("{0} 已停用"))
            WriteOp(users.deactivate, self.current.login).success(done).run_in(self)
        else:
            done = self._saved(self.tr("{0} 已启用"))
            WriteOp(users.reactivate, self.current.login).success(done).run_in(self)

    def _add(self) -> None:
        if self.busy:
            return
        login = self.add_login.text().strip()
        password = self.add_password.text()
        self.add_password.clear()
        (WriteOp(users.add, login, self.add_name.text().strip(), self.add_store.currentData() or "",
                 [self.add_role.currentData()], password)
         .success(self._saved(self.tr("已新增用户 {0}"))).run_in(self))

    def _done(self, text: str) -> None:
        self.say(text, "ok")
        for edit in (self.add_login, self.add_name, self.add_password, self.new_password):
            mark_invalid(edit, False)
        self.refresh()

    def field_widgets(self) -> dict[str, QWidget]:
        return {"login": self.add_login, "password": self.add_password}
