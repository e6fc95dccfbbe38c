"""登录: the first window. It shows at once; the database opens behind it on the worker.

In demo mode it lists the demo accounts: one click fills login and password.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_TITLE, __version__
from desktop.ui.worker import UserError, Worker


def _open(url: str, demo: bool) -> Any:
    from desktop.app import open_database

    return open_database(url, demo)


def _login(db: Any, login: str, password: str) -> Any:
    from desktop.services.auth import login as check

    return check(db, login, password)


class LoginDialog(QDialog):
    """Login; emits ``loggedIn(opened_database, actor)``."""

    loggedIn = Signal(object, object)

    def __init__(self, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("维修接待台 · 登录"))
        self.worker = Worker(self)
        self.demo = demo
        self.opened: Any = None
        self._url = ""

        title = QLabel(APP_TITLE)
        title.setObjectName("loginTitle")
        subtitle = QLabel(self.tr("售后接车 · 客户与车辆档案") + f"  v{__version__}")
        subtitle.setObjectName("loginSubtitle")

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginName")
        self.login_edit.setPlaceholderText(self.tr("登录名"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("密码"))
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.login_edit)
        form.addRow(self.tr("密码"), self.password_edit)

        self.message = QLabel(self.tr("正在连接数据库…"))
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.setEnabled(False)
        self.login_button.clicked.connect(self.submit)
        self.retry_button = QPushButton(self.tr("重新连接"))
        self.retry_button.setObjectName("retryConnect")
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._open_again)
        cancel = QPushButton(self.tr("退出"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.login_button)

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
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.login_edit.setFocus()

    # -- database ----------------------------------------------------------------------------------------
    def start(self, url: str, demo: bool | None = None) -> None:
        """Open the database on the worker (the window is already on screen)."""
        self._url = url
        if demo is not None:
            self.demo = demo
        self.message.setText(self.tr("正在连接数据库…"))
        self.retry_button.hide()
        self.worker.read(_open, url, self.demo, done=self._opened, failed=self._open_failed)

    def set_database(self, opened: Any) -> None:
        """Use an already open database (tests, self-test)."""
        self._opened(opened)

    def _open_again(self) -> None:
        self.start(self._url)

    def _opened(self, opened: Any) -> None:
        self.opened = opened
        self.login_button.setEnabled(True)
        self.message.setText(self.tr("请输入登录名和密码"))
        self._fill_demo_accounts(getattr(opened, "demo_accounts", ()))

    def _open_failed(self, error: UserError) -> None:
        self.message.setText(error.text)
        self.retry_button.show()

    def _fill_demo_accounts(self, accounts: Any) -> None:
        if not accounts:
            return
        self.demo_box.setVisible(True)
        for i, account in enumerate(accounts):
            button = QPushButton(f"{account.login}  ·  {account.label}")
            button.setObjectName(f"demoAccount_{account.login}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=account.login: self.fill(a, "demo1234"))
            self.demo_grid.addWidget(button, i // 2, i % 2)

    def fill(self, login: str, password: str) -> None:
        self.login_edit.setText(login)
        self.password_edit.setText(password)
        self.login_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- login -------------------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.opened is None or not self.login_button.isEnabled():
            return
        name = self.login_edit.text().strip()
        if not name:
            self.message.setText(self.tr("请输入登录名"))
            self.login_edit.setFocus()
            return
        self.login_button.setEnabled(False)
        self.message.setText(self.tr("正在登录…"))
        self.worker.write(_login, self.opened.db, name, self.password_edit.text(),
                          done=self._logged_in, failed=self._login_failed)

    def _logged_in(self, actor: Any) -> None:
        self.message.setText(self.tr("欢迎，{0}").format(actor.name))
        self.loggedIn.emit(self.opened, actor)

    def _login_failed(self, error: UserError) -> None:
        self.login_button.setEnabled(True)
        self.message.setText(error.text)
        self.password_edit.clear()
        self.password_edit.setFocus()
