"""设置 · 连接: where this workstation works, set once per workstation.

Three choices: the demo (a SQLite file of sample data), this computer's own SQLite file (one workstation), or
the group's reception-desk server (its https address and, when the group runs its own certificate authority,
the CA certificate). 测试连接 runs on the worker: for a file it reads the schema revision, for the server it
asks ``/api/v1/health`` (it answers, its database is current, it speaks this client's API). 保存 writes the
settings file in the platformdirs config folder. No database credential is asked for or stored: in a group,
only the server holds them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.ui.common.forms import CANCEL, SAVE, BackendDialog
from desktop.ui.common.ops import LocalOp
from desktop.ui.common.widgets import push_button, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.scan.settings_box import ScanSettingsBox

DEMO, SQLITE, SERVER = config.DEMO, config.SQLITE, config.SERVER


@dataclass(frozen=True)
class Probe:
    """What 测试连接 found (plain data, built on the worker)."""

    reachable: bool
    dialect: str  # "sqlite" or "server"
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


def probe_server(url: str, ca_file: str) -> Probe:
    """Ask the reception-desk server whether it answers and its database is current. Worker thread."""
    from desktop.backend import RemoteBackend

    remote = RemoteBackend(url, verify=ca_file or True, timeout=10)
    try:
        health = remote.health()
    finally:
        remote.close()
    schema = health.get("schema")
    return Probe(True, "server", str(schema) if schema else None, str(schema) if health.get("ok") else "")


class SettingsDialog(BackendDialog):
    """Connection settings; emits ``saved(Connection)`` with where to work now."""

    saved = Signal(object)
    tested = Signal(object)  # Probe or UserError

    def __init__(self, current: config.Connection | None = None, parent: QWidget | None = None,
                 worker: Worker | None = None, settings_file: Path | None = None) -> None:
        super().__init__(parent=parent, name="settingsDialog", message_name="settingsMessage")
        self.setWindowTitle(self.tr("设置 · 连接"))
        self.worker = worker or Worker(self)
        self.settings_file = settings_file

        self.kind = QComboBox()
        self.kind.setObjectName("connectionKind")
        self.kind.addItem(self.tr("集团接待台服务器（多门店）"), SERVER)
        self.kind.addItem(self.tr("本机数据库文件（单台电脑）"), SQLITE)
        self.kind.addItem(self.tr("演示数据"), DEMO)

        # the group's server
        self.server_url = QLineEdit()
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText(self.tr("https://接待台服务器地址:8443"))
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("caFile")
        self.ca_file.setPlaceholderText(self.tr("集团自签 CA 证书（.pem）；使用公共证书时留空"))
        browse_ca = push_button(self.tr("浏览…"), "browseCa", self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse_ca)
        server_note = QLabel(self.tr("本机不保存任何数据库账号或密码：登录时只需输入本人的登录名和密码。"))
        server_note.setObjectName("serverNote")
        server_note.setWordWrap(True)
        server_page = QWidget()
        server_form = QFormLayout(server_page)
        server_form.setContentsMargins(0, 0, 0, 0)
        server_form.addRow(self.tr("服务器地址"), self.server_url)
        server_form.addRow(self.tr("CA 证书"), ca_row)
        server_form.addRow("", server_note)

        # this computer's SQLite file
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

        demo_page = QLabel(self.tr("演示数据保存在本机：{0}").format(config.demo_url().split(":///", 1)[-1]))
        demo_page.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(server_page)
        self.pages.addWidget(sqlite_page)
        self.pages.addWidget(demo_page)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        unmark_on_edit(self.server_url, self.ca_file)

        self.message.setText(self.tr("设置保存在：{0}").format(self._settings_path()))
        self.test_button = self.action_button(self.tr("测试连接"), "testConnection", self.test_connection)
        self.standard_button(CANCEL, "cancelSettings", self.reject)
        self.save_button = self.standard_button(SAVE, "saveSettings", self.save, default=True)

        form = QFormLayout()
        form.addRow(self.tr("连接方式"), self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(form)
        layout.addWidget(self.pages)
        self.scan_box = ScanSettingsBox(self._settings_path())  # the document camera's folder, kept pictures
        layout.addWidget(self.scan_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self._fill(current)

    # -- values -------------------------------------------------------------------------------------------
    def _settings_path(self) -> Path:
        return self.settings_file or config.settings_path()

    def _fill(self, current: config.Connection | None) -> None:
        stored = config.resolve_connection(path=self._settings_path())
        if stored.source != "settings" and current is not None and current.kind != config.DATABASE:
            stored = current
        self.kind.setCurrentIndex(max(0, self.kind.findData(stored.kind)))
        self.path.setText(stored.path if stored.kind == SQLITE else "")
        self.server_url.setText(stored.server_url)
        self.ca_file.setText(stored.ca_file)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.pages.setCurrentIndex({SERVER: 0, SQLITE: 1, DEMO: 2}.get(self.current_kind(), 1))

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def connection(self) -> config.Connection:
        """What is typed (the server address checked: https, no credentials in it)."""
        kind = self.current_kind()
        if kind == SERVER:
            return config.Connection(SERVER, server_url=config.check_server_url(self.server_url.text()),
                                     ca_file=self.ca_file.text().strip())
        if kind == DEMO:
            return config.Connection(DEMO)
        return config.Connection(SQLITE, path=self.path.text().strip())

    def _checked(self) -> config.Connection | None:
        """The connection, or None with the field marked and a message saying what to type."""
        if self.current_kind() == SERVER:
            if not self.server_url.text().strip():
                self.refuse(self.tr("请填写服务器地址，如 https://desk.dealer.local:8443"), self.server_url)
                return None
            ca = self.ca_file.text().strip()
            if ca and not Path(ca).expanduser().is_file():
                self.refuse(self.tr("CA 证书文件不存在：{0}").format(ca), self.ca_file)
                return None
        try:
            return self.connection()
        except config.SettingsRefused:
            self.refuse(self.tr("服务器地址应为 https://主机名:端口，不能包含用户名或密码"), self.server_url)
            return None

    def _browse(self) -> None:
        start = self.path.text() or str(config.folders().data)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("数据库文件"), start, "SQLite (*.db);;* (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA 证书"), self.ca_file.text(),
                                              self.tr("证书 (*.pem *.crt);;* (*)"))
        if path:
            self.ca_file.setText(path)

    # -- test connection ----------------------------------------------------------------------------------
    def test_connection(self) -> None:
        conn = self._checked()
        if conn is None:
            return
        op = LocalOp(probe_server, conn.server_url, conn.ca_file) if conn.kind == SERVER \
            else LocalOp(probe, conn.database_url())
        op.success(self._tested).failure(self._test_failed).busy(self.tr("正在连接…")).run_in(self)

    def update_actions(self) -> None:
        self.test_button.setEnabled(not self.busy)

    def _tested(self, result: Probe) -> None:
        if result.dialect == "server":
            text = (self.tr("连接成功：接待台服务器已就绪（数据库版本 {0}）。").format(result.current) if result.head
                    else self.tr("服务器可以连接，但其数据库需要升级：请联系 IT 运行 init-db。"))
        elif result.missing_file:
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
        self.say(text)
        self.tested.emit(result)

    def _test_failed(self, error: UserError) -> None:
        self.say(self.tr("连接失败：{0}").format(error.text), "error")
        self.tested.emit(error)

    # -- save ---------------------------------------------------------------------------------------------
    def save(self) -> None:
        conn = self._checked()
        if conn is None:
            return
        scan_problem = self.scan_box.problem()
        if scan_problem is not None:
            self.refuse(*scan_problem)
            return
        try:
            saved = config.save_connection(conn, path=self._settings_path())
            self.scan_box.save(self._settings_path())
        except OSError as exc:
            self.say(self.tr("设置无法保存：{0}").format(exc), "error")
            return
        self.saved_connection = saved
        self.saved.emit(saved)
        self.accept()
