"""登录: the first window. It shows at once; the backend opens behind it on the worker.

The app hands in ``open_backend(connection)`` (desktop.app): the group's reception-desk server, or a database
in this process (the demo, this computer's SQLite file). In demo mode it lists the demo accounts: one click
fills login and password. 设置 opens the connection settings (also offered when the server or the database
cannot be reached). A database whose schema does not fit this version of the app is not upgraded from here: a
dialog says to ask IT to run ``init-db`` (older schema) or to install the new version (newer schema, or a
server that speaks a newer API). No database password is asked or stored here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__, config
from desktop.ui.common import i18n
from desktop.ui.common.forms import BackendDialog, Role
from desktop.ui.common.ops import LocalOp
from desktop.ui.common.widgets import mark_invalid, push_button, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker

TOO_OLD, TOO_NEW = "too_old", "too_new"


@dataclass(frozen=True)
class SchemaProblem:
    """The database's schema does not fit this app (the GUI never upgrades it)."""

    kind: str  # TOO_OLD | TOO_NEW
    detail: str


def _open(opener: Callable[[config.Connection], Any], conn: config.Connection) -> Any:
    from desktop.backend import ClientTooOld
    from desktop.storage import SchemaTooNew, SchemaTooOld

    try:
        return opener(conn)
    except SchemaTooOld as exc:
        return SchemaProblem(TOO_OLD, exc.detail)
    except SchemaTooNew as exc:
        return SchemaProblem(TOO_NEW, exc.detail)
    except ClientTooOld as exc:
        return SchemaProblem(TOO_NEW, exc.message("en"))


class LoginDialog(BackendDialog):
    """Login; emits ``loggedIn(opened_backend, actor)``. ``opener(connection)`` opens the backend (worker
    thread): the app hands in ``desktop.app.open_backend`` (this module never imports the app)."""

    loggedIn = Signal(object, object)

    def __init__(self, opener: Callable[[config.Connection], Any], demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, name="loginDialog", message_name="loginMessage")
        self.setWindowTitle(self.tr("维修接待台 · 登录"))
        self.worker = Worker(self)
        self.opener = opener
        self.demo = demo
        self.opened: Any = None
        self.connection = config.Connection(config.DEMO if demo else config.SQLITE)
        self.schema_box: QMessageBox | None = None
        self._attempt = 0  # answers of an earlier connection attempt are ignored
        self.settings_dialog: Any = None

        title = QLabel(self.tr("维修接待台"))
        title.setObjectName("loginTitle")
        subtitle = QLabel(self.tr("售后接车 · 客户与车辆档案") + f"  v{__version__}")
        subtitle.setObjectName("loginSubtitle")

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginName")
        self.login_edit.setPlaceholderText(self.tr("登录名"))
        self.login_edit.setMaxLength(50)  # users.login is String(50)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("密码"))
        unmark_on_edit(self.login_edit)
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.login_edit)
        form.addRow(self.tr("密码"), self.password_edit)

        self.message.setText(self.tr("正在连接数据库…"))
        self.settings_button = self.action_button(self.tr("设置"), "settingsButton", self.open_settings)
        self.settings_button.setToolTip(self.tr("连接设置：演示、本机数据库或集团接待台服务器"))
        self.retry_button = self.action_button(self.tr("重新连接"), "retryConnect", self._open_again, default=None)
        self.retry_button.hide()
        self.action_button(self.tr("退出"), "quitLogin", self.reject, default=None, role=Role.RejectRole)
        self.login_button = self.action_button(self.tr("登录"), "loginButton", self.submit, default=True,
                                            role=Role.AcceptRole)
        self.update_actions()

        self.demo_box = QGroupBox(self.tr("演示账号（点击填入，密码 demo1234）"))
        self.demo_box.setObjectName("demoAccounts")
        self.demo_grid = QGridLayout(self.demo_box)
        self.demo_box.setVisible(demo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.demo_box)
        layout.addWidget(self.buttons)
        self.login_edit.setMinimumWidth(300)  # the dialog's width comes from its layout (nothing clipped)
        self.login_edit.setFocus()

    # -- backend ------------------------------------------------------------------------------------------
    def start(self, conn: config.Connection) -> None:
        """Open the backend on the worker (the window is already on screen)."""
        self.connection = conn
        self.demo = conn.kind == config.DEMO
        self.opened = None
        self.update_actions()
        server = conn.kind == config.SERVER
        self.say(self.tr("正在连接接待台服务器…") if server else self.tr("正在打开数据库…"))
        self.retry_button.hide()
        self._attempt += 1
        attempt = self._attempt
        (LocalOp(_open, self.opener, conn).success(lambda opened: self._opened(opened, attempt))
         .failure(lambda error: self._open_failed(error, attempt)).run_in(self))

    def set_backend(self, opened: Any) -> None:
        """Use an already open backend (tests, self-test)."""
        self._opened(opened)

    def _open_again(self) -> None:
        self.start(self.connection)

    def _opened(self, opened: Any, attempt: int | None = None) -> None:
        if attempt is not None and attempt != self._attempt:
            if not isinstance(opened, SchemaProblem):
                opened.backend.close()  # a newer attempt is under way: this one is not used
            return
        if isinstance(opened, SchemaProblem):
            self._schema_problem(opened)
            return
        self.opened = opened
        self.worker.backend = opened.backend
        self.update_actions()
        self.say(self.tr("请输入登录名和密码"))
        self._fill_demo_accounts(getattr(opened, "demo_accounts", ()))

    def _open_failed(self, error: UserError, attempt: int | None = None) -> None:
        if attempt is not None and attempt != self._attempt:
            return
        self.say(error.text + "\n" + self.tr("请检查网络，或点击“设置”检查连接。"), "error")
        self.retry_button.setText(self.tr("重新连接"))
        self.retry_button.show()
        self.settings_button.setFocus()

    def _schema_problem(self, problem: SchemaProblem) -> None:
        """A non-blocking dialog: the GUI does not change the schema of a shared database."""
        if problem.kind == TOO_OLD:
            text = self.tr("数据库需要升级，请联系 IT 运行 init-db")
            info = self.tr("IT 在任一台电脑上运行：reception-desk init-db --db 数据库地址（升级前请先备份）。")
        else:
            text = self.tr("数据库版本比本程序新，请安装新版维修接待台")
            info = self.tr("这台电脑上的维修接待台 {0} 版本较旧，请联系 IT 安装新版本。").format(__version__)
        self.say(text, "error")
        self.retry_button.setText(self.tr("重新连接"))
        self.retry_button.show()
        if self.schema_box is not None:
            self.schema_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("维修接待台 · 数据库版本"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("schemaProblem")
        box.setInformativeText(info)
        box.setDetailedText(problem.detail)
        self.schema_box = box
        box.open()

    # -- settings ----------------------------------------------------------------------------------------
    def open_settings(self) -> Any:
        """The connection settings (non-blocking); after saving, connect again."""
        from desktop.ui.shell.settings_dialog import SettingsDialog

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            return self.settings_dialog
        dialog = SettingsDialog(self.connection, parent=self)
        dialog.saved.connect(self._settings_saved)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_saved(self, conn: config.Connection) -> None:
        if self.opened is not None:
            self.opened.backend.close()
            self.opened = None
        self.demo_box.setVisible(conn.kind == config.DEMO)
        self.start(conn)

    def _fill_demo_accounts(self, accounts: Any) -> None:
        """One row a role (its name in the UI's language), one button a store's user: one click fills the login."""
        if not accounts:
            return
        self.demo_box.setVisible(True)
        while self.demo_grid.count():
            item = self.demo_grid.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        rows: dict[str, int] = {}
        used: dict[str, int] = {}
        for account in accounts:
            row = rows.setdefault(account.role, len(rows))
            column = used[account.role] = used.get(account.role, 0) + 1
            if column == 1:
                label = QLabel(i18n.role_label(account.role))  # the backend is open: services loaded
                label.setObjectName(f"demoRole_{account.role}")
                label.ensurePolished()  # the style sheet's font before the layout measures it (nothing clipped)
                self.demo_grid.addWidget(label, row, 0)
            button = push_button(f"{account.login} · {account.store_code}", f"demoAccount_{account.login}",
                                 lambda _=False, a=account.login: self.fill(a, "demo1234"))
            button.setToolTip(f"{i18n.role_label(account.role)} · {account.store_code}")
            button.ensurePolished()
            self.demo_grid.addWidget(button, row, column)

    def fill(self, login: str, password: str) -> None:
        self.login_edit.setText(login)
        self.password_edit.setText(password)
        self.login_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- login -------------------------------------------------------------------------------------------
    def update_actions(self) -> None:
        self.login_button.setEnabled(self.opened is not None and not self.busy)

    def submit(self) -> None:
        if self.opened is None or self.busy:
            return
        name = self.required(self.login_edit, self.tr("请输入登录名"))
        if name is None:
            return
        (LocalOp(self.opened.backend.login, name, self.password_edit.text())
         .success(self._logged_in).failure(self._login_failed).busy(self.tr("正在登录…")).run_in(self))

    def relogin(self) -> None:
        """Shown again after the server ended the session (the main window offered it): same backend, same login
        name, the password asked again."""
        self.end()
        self.password_edit.clear()
        self.say(self.tr("登录已失效，请重新输入密码登录"), "warn")
        self.show()
        self.raise_()
        self.activateWindow()
        self.password_edit.setFocus()

    def switch_user(self) -> None:
        """Shown again after 退出登录 / 切换用户: same backend, both fields empty for the next user."""
        self.end()
        self.login_edit.clear()
        self.password_edit.clear()
        mark_invalid(self.login_edit, False)
        self.say(self.tr("已退出登录，请输入登录名和密码"))
        self.show()
        self.raise_()
        self.activateWindow()
        self.login_edit.setFocus()

    def log_out_backend(self) -> None:
        """The backend forgets the login (the server ends the session at once); 登录 waits until it has."""
        if self.opened is None:
            return
        (LocalOp(self.opened.backend.logout).success(self._backend_logged_out)
         .failure(lambda _error: self._backend_logged_out(None))  # the server forgets idle sessions by itself
         .busy(self.tr("正在退出登录…")).run_in(self))

    def _backend_logged_out(self, _result: None) -> None:
        self.say(self.tr("已退出登录，请输入登录名和密码"))

    def has_edits(self) -> bool:
        return False  # Esc leaves the login window at once (a login name is no edit to keep)

    def _logged_in(self, actor: Any) -> None:
        self.say(self.tr("欢迎，{0}").format(actor.name), "ok")
        self.loggedIn.emit(self.opened, actor)

    def _login_failed(self, error: UserError) -> None:
        self.failed(error, {})
        self.password_edit.clear()
        self.password_edit.setFocus()
