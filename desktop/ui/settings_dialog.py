"""设置 · 数据库连接: where this workstation's database is, set once per workstation.

A SQLite file (demo, a single store) or the group's PostgreSQL server (host, port, database, user). 测试连接
runs on the worker and says whether the server answers and whether its schema fits this version of the
app. 保存 writes the settings file in the platformdirs config folder; the password never goes there: it
goes to the system keyring when there is one (and the box is ticked), else it is asked for at login.
Reachable from the login window (设置) and offered when the database cannot be reached at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.ui.widgets import push_button
from desktop.ui.worker import UserError, Worker

SQLITE, POSTGRESQL = "sqlite", "postgresql"


@dataclass(frozen=True)
class Probe:
    """What 测试连接 found (plain data, built on the worker)."""

    reachable: bool
    dialect: str
    current: str | None = None  # the database's schema revision (None: no schema yet)
    head: str = ""  # this app's revision
    known: bool = True  # the database's revision is one this app knows (else: newer than the app)
    missing_file: bool = False  # SQLite: the file does not exist yet


def probe(url: str) -> Probe:
    """Connect, read the schema revision, disconnect. Never creates or changes anything. Worker thread."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import make_url

    from desktop.storage import Database, normalize_url
    from desktop.storage.database import MIGRATIONS_DIR

    normalized = normalize_url(url)
    parsed = make_url(normalized)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if path and path != ":memory:" and not Path(path).exists():
            return Probe(True, "sqlite", missing_file=True)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    db = Database.connect(url)
    try:
        current, head = db.schema_state()
    finally:
        db.close()
    return Probe(True, parsed.get_backend_name(), current, head, current is None or current in known)


class SettingsDialog(QDialog):
    """Database connection settings; emits ``saved(url)`` with the URL to use now (password included)."""

    saved = Signal(str)
    tested = Signal(object)  # Probe or UserError

    def __init__(self, current_url: str = "", parent: QWidget | None = None, worker: Worker | None = None,
                 settings_file: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("设置 · 数据库连接"))
        self.worker = worker or Worker(self)
        self.settings_file = settings_file
        self.keyring_available = config.keyring_backend() is not None
        self._testing = False

        self.kind = QComboBox()
        self.kind.setObjectName("databaseKind")
        self.kind.addItem(self.tr("PostgreSQL 集团数据库服务器"), POSTGRESQL)
        self.kind.addItem(self.tr("SQLite 本机文件（演示、单店）"), SQLITE)

        # PostgreSQL
        self.host = QLineEdit()
        self.host.setObjectName("pgHost")
        self.host.setPlaceholderText(self.tr("服务器地址，如 10.1.2.3 或 db.dealer.local"))
        self.port = QSpinBox()
        self.port.setObjectName("pgPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setObjectName("pgDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("pgUser")
        self.password = QLineEdit()
        self.password.setObjectName("pgPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("在本机的系统密码库中保存密码"))
        self.remember.setObjectName("rememberPassword")
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        if self.keyring_available:
            self.remember.setChecked(True)
            self.keyring_note.setText(self.tr("密码只保存在系统密码库中，不写入设置文件。"))
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keyring_note.setText(self.tr("本机没有可用的系统密码库：密码不会保存，每次登录时输入。"))
        pg_page = QWidget()
        pg_form = QFormLayout(pg_page)
        pg_form.setContentsMargins(0, 0, 0, 0)
        pg_form.addRow(self.tr("服务器"), self.host)
        pg_form.addRow(self.tr("端口"), self.port)
        pg_form.addRow(self.tr("数据库"), self.database)
        pg_form.addRow(self.tr("用户名"), self.user)
        pg_form.addRow(self.tr("密码"), self.password)
        pg_form.addRow("", self.remember)
        pg_form.addRow("", self.keyring_note)

        # SQLite
        self.path = QLineEdit()
        self.path.setObjectName("sqlitePath")
        self.path.setPlaceholderText(str(config.folders().data / "desktop.db"))
        browse = push_button(self.tr("浏览…"), "browseSqlite", self._browse)
        sqlite_page = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        sqlite_form = QFormLayout(sqlite_page)
        sqlite_form.setContentsMargins(0, 0, 0, 0)
        sqlite_form.addRow(self.tr("数据库文件"), row)

        self.pages = QStackedWidget()
        self.pages.addWidget(pg_page)
        self.pages.addWidget(sqlite_page)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.message = QLabel(self.tr("设置保存在：{0}").format(self._settings_path()))
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)

        self.test_button = push_button(self.tr("测试连接"), "testConnection", self.test_connection)
        self.save_button = push_button(self.tr("保存"), "saveSettings", self.save, default=True)
        cancel = push_button(self.tr("取消"), "cancelSettings", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        form = QFormLayout()
        form.addRow(self.tr("数据库类型"), self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(form)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

        self._fill(current_url)

    # -- values -------------------------------------------------------------------------------------------
    def _settings_path(self) -> Path:
        return self.settings_file or config.settings_path()

    def _fill(self, current_url: str) -> None:
        stored = config.database_settings(self._settings_path())
        if stored is None and current_url and not current_url.startswith("sqlite") and "://" in current_url:
            stored = config.DatabaseSettings.from_url(current_url)
        if stored is None and current_url.startswith("sqlite"):
            stored = config.DatabaseSettings.from_url(current_url)
        stored = stored or config.DatabaseSettings()
        self.kind.setCurrentIndex(self.kind.findData(stored.kind))
        self.path.setText(stored.path if stored.kind == SQLITE else "")
        if stored.kind == POSTGRESQL:
            self.host.setText(stored.host)
            self.port.setValue(stored.port)
            self.database.setText(stored.database)
            self.user.setText(stored.user)
            if stored.password_mode == config.PASSWORD_IN_KEYRING and config.load_password(stored.keyring_account()):
                self.password.setPlaceholderText(self.tr("已保存在系统密码库中；不修改请留空"))
        else:
            self.database.setText(config.DatabaseSettings().database)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.pages.setCurrentIndex(0 if self.current_kind() == POSTGRESQL else 1)

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def settings(self) -> config.DatabaseSettings:
        """The pieces as typed (no password)."""
        if self.current_kind() == SQLITE:
            return config.DatabaseSettings(kind=SQLITE, path=self.path.text().strip())
        return config.DatabaseSettings(kind=POSTGRESQL, host=self.host.text().strip(), port=self.port.value(),
                                       database=self.database.text().strip(), user=self.user.text().strip())

    def password_for(self, settings: config.DatabaseSettings) -> str:
        """The password typed, or the one in the keyring for the same server and user."""
        typed = self.password.text()
        if typed or settings.kind != POSTGRESQL:
            return typed
        return config.load_password(settings.keyring_account()) or ""

    def url(self) -> str:
        """The URL to connect with now (password included, never shown or saved)."""
        settings = self.settings()
        return settings.url(self.password_for(settings) or None)

    def _missing(self) -> str:
        if self.current_kind() == SQLITE:
            return ""
        for widget, name in ((self.host, self.tr("服务器")), (self.database, self.tr("数据库")),
                             (self.user, self.tr("用户名"))):
            if not widget.text().strip():
                widget.setFocus()
                return self.tr("请填写{0}").format(name)
        return ""

    def _browse(self) -> None:
        start = self.path.text() or str(config.folders().data)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("数据库文件"), start, "SQLite (*.db);;* (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)

    # -- test connection ----------------------------------------------------------------------------------
    def test_connection(self) -> None:
        missing = self._missing()
        if missing:
            self.message.setText(missing)
            return
        self._testing = True
        self.test_button.setEnabled(False)
        self.message.setText(self.tr("正在连接…"))
        self.worker.read(probe, self.url(), done=self._tested, failed=self._test_failed)

    def _tested(self, result: Probe) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        if result.missing_file:
            text = self.tr("文件还不存在：首次登录时会新建一个空数据库。")
        elif result.current is None:
            text = self.tr("连接成功，但数据库是空的：请 IT 先运行 init-db 并添加门店和用户。")
        elif not result.known:
            text = self.tr("连接成功，但数据库版本比本程序新（{0}）：请安装新版维修接待台。").format(result.current)
        elif result.current != result.head:
            text = self.tr("连接成功，但数据库需要升级，请联系 IT 运行 init-db（数据库 {0}，本程序 {1}）。").format(
                result.current, result.head)
        else:
            text = self.tr("连接成功，数据库版本与本程序一致（{0}）。").format(result.current)
        self.message.setText(text)
        self.tested.emit(result)

    def _test_failed(self, error: UserError) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self.message.setText(self.tr("连接失败：{0}").format(error.text))
        self.tested.emit(error)

    # -- save ---------------------------------------------------------------------------------------------
    def save(self) -> None:
        missing = self._missing()
        if missing:
            self.message.setText(missing)
            return
        settings = self.settings()
        password = self.password_for(settings)
        try:
            saved = config.save_database_settings(settings, password or None,
                                                  remember=self.remember.isChecked(), path=self._settings_path())
        except OSError as exc:
            self.message.setText(self.tr("设置无法保存：{0}").format(exc))
            return
        self.saved_settings = saved
        self.saved.emit(saved.url(password or None))
        self.accept()
