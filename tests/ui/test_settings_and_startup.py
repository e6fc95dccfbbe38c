"""Start-up: the database settings dialog (test connection, what is stored and what is not), the schema
policy of the GUI (older / newer schema dialogs), --version and --self-test, resources, the error dialog."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME, __version__, config
from desktop.storage import Database
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.settings_dialog import POSTGRESQL, SQLITE, Probe, SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
T = 15000
SECRET = "S3cret-pw:@/密"


class MemoryKeyring(KeyringBackend):
    """A system keyring for the tests (the CI machine has none)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every platformdirs folder under tmp_path; no database from the environment."""
    monkeypatch.setenv(config.ENV_HOME, str(tmp_path / "home"))
    monkeypatch.delenv(config.ENV_URL, raising=False)
    return tmp_path / "home"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "keyring_backend", lambda: None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    monkeypatch.setattr(config, "keyring_backend", lambda: backend)
    return backend


def _settle(dialog) -> None:
    """Let the dialog's worker finish and its finished jobs be deleted while the dialog still exists (a
    job deleted later than its Python-owned, top-level dialog crashes PySide6)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    dialog.worker.wait_for_done()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _head_db(tmp_path: Path, template: Path) -> Path:
    target = tmp_path / "shop.db"
    shutil.copy(template, target)
    return target


def _db_at(tmp_path: Path, revision: str) -> Path:
    """A SQLite database really migrated only up to ``revision`` (an older installation)."""
    from alembic import command
    from alembic.config import Config

    from desktop.storage.database import MIGRATIONS_DIR

    path = tmp_path / "shop.db"
    db = Database.connect(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return path


def _set_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _fill_pg(dialog: SettingsDialog, password: str = SECRET) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(POSTGRESQL))
    dialog.host.setText("db.dealer.local")
    dialog.port.setValue(5433)
    dialog.database.setText("reception")
    dialog.user.setText("desk_adv")
    dialog.password.setText(password)


# -- settings dialog ------------------------------------------------------------------------------------------
def test_test_connection_on_sqlite_runs_on_the_worker_and_reports_the_schema(qtbot, home, tmp_path, sqlite_template):
    path = _head_db(tmp_path, sqlite_template)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(SQLITE))
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.tested, timeout=T) as blocker:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    probe = blocker.args[0]
    assert isinstance(probe, Probe) and probe.dialect == "sqlite" and probe.current == probe.head
    assert "连接成功" in dialog.message.text() and dialog.test_button.isEnabled()

    missing = tmp_path / "not-yet.db"
    dialog.path.setText(str(missing))
    with qtbot.waitSignal(dialog.tested, timeout=T) as blocker:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].missing_file and "首次登录时会新建" in dialog.message.text()
    assert not missing.exists()  # testing never creates a database
    _settle(dialog)


def test_test_connection_reports_an_older_schema_without_upgrading_it(qtbot, home, tmp_path):
    path = _db_at(tmp_path, "0001")
    dialog = SettingsDialog(f"sqlite:///{path}")
    qtbot.addWidget(dialog)
    assert dialog.current_kind() == SQLITE and dialog.path.text() == str(path)
    with qtbot.waitSignal(dialog.tested, timeout=T):
        dialog.test_connection()
    assert "数据库需要升级，请联系 IT 运行 init-db" in dialog.message.text()
    assert _revision(path) == "0001"
    _settle(dialog)


def test_unreachable_server_is_reported_not_raised(qtbot, home, no_keyring):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    _fill_pg(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    with qtbot.waitSignal(dialog.tested, timeout=T) as blocker:
        dialog.test_connection()
    assert not isinstance(blocker.args[0], Probe)
    assert dialog.message.text().startswith("连接失败")
    _settle(dialog)


def test_saved_settings_round_trip_without_the_password_when_there_is_no_keyring(qtbot, home, no_keyring):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and "每次登录时输入" in dialog.keyring_note.text()
    _fill_pg(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=T) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    from sqlalchemy.engine import make_url

    assert make_url(blocker.args[0]).password == SECRET  # used for this session only
    text = config.settings_path().read_text(encoding="utf-8")
    assert SECRET not in text and "S3cret" not in text
    stored = config.database_settings()
    assert stored == config.DatabaseSettings(kind="postgresql", host="db.dealer.local", port=5433,
                                             database="reception", user="desk_adv",
                                             password_mode=config.PASSWORD_ASK)
    resolved = config.resolve_database()
    assert resolved.source == "settings" and resolved.ask_password
    assert make_url(resolved.url).password is None and make_url(resolved.url).host == "db.dealer.local"

    again = SettingsDialog()  # opens with what was saved
    qtbot.addWidget(again)
    assert (again.current_kind(), again.host.text(), again.port.value(), again.user.text()) == (
        POSTGRESQL, "db.dealer.local", 5433, "desk_adv")
    assert again.password.text() == ""


def test_password_goes_to_the_keyring_when_there_is_one(qtbot, home, memory_keyring):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    _fill_pg(dialog)
    dialog.save()
    assert memory_keyring.store == {(config.KEYRING_SERVICE, "desk_adv@db.dealer.local:5433/reception"): SECRET}
    assert SECRET not in config.settings_path().read_text(encoding="utf-8")
    assert config.database_settings().password_mode == config.PASSWORD_IN_KEYRING
    resolved = config.resolve_database()
    from sqlalchemy.engine import make_url

    assert make_url(resolved.url).password == SECRET and not resolved.ask_password
    assert config.redact_url(resolved.url) == "postgresql://desk_adv:***@db.dealer.local:5433/reception"

    again = SettingsDialog()  # left empty: the stored password stays
    qtbot.addWidget(again)
    assert "已保存" in again.password.placeholderText()
    again.save()
    assert memory_keyring.store[(config.KEYRING_SERVICE, "desk_adv@db.dealer.local:5433/reception")] == SECRET


def test_flag_and_environment_win_over_the_settings_file(home, no_keyring, monkeypatch):
    config.save_database_settings(config.DatabaseSettings(kind="sqlite", path="/srv/shop.db"))
    assert config.resolve_database().url == "sqlite:////srv/shop.db"
    monkeypatch.setenv(config.ENV_URL, "sqlite:////env.db")
    assert config.resolve_database().url == "sqlite:////env.db"
    assert config.resolve_database("sqlite:////flag.db").url == "sqlite:////flag.db"
    assert config.resolve_db_url(None) == "sqlite:////env.db"  # the admin CLI's default


# -- login window: settings, password, schema policy -------------------------------------------------------------
def test_login_window_opens_the_settings_and_reconnects_after_saving(qtbot, home, tmp_path, sqlite_template):
    path = _head_db(tmp_path, sqlite_template)
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start("postgresql://desk_adv@127.0.0.1:1/reception")  # nothing listens there
    qtbot.waitUntil(lambda: "设置" in dialog.message.text() and dialog.retry_button.isVisible(), timeout=T)
    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    settings = dialog.settings_dialog
    assert isinstance(settings, SettingsDialog) and settings.isVisible()
    settings.kind.setCurrentIndex(settings.kind.findData(SQLITE))
    settings.path.setText(str(path))
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened is not None and dialog.login_button.isEnabled(), timeout=T)
    assert dialog.opened.url == f"sqlite:///{path}"
    _settle(dialog)
    dialog.opened.db.close()


def test_login_window_asks_for_the_database_password_when_it_is_not_stored(qtbot, home):
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start("postgresql://desk_adv@127.0.0.1:1/reception", ask_password=True)
    assert dialog.db_password_edit.isVisible() and not dialog.worker.busy
    assert "数据库密码" in dialog.message.text() and dialog.retry_button.isVisible()
    dialog.db_password_edit.setText("pw")
    with qtbot.waitSignal(dialog.worker.busyChanged, timeout=T):
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "设置" in dialog.message.text(), timeout=T)  # unreachable: points to 设置
    assert not dialog.login_button.isEnabled()
    _settle(dialog)


def _wait_for_schema_box(qtbot, dialog: LoginDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.schema_box is not None and dialog.schema_box.isVisible(), timeout=T)
    return dialog.schema_box


def test_older_schema_shows_the_init_db_dialog_and_is_not_upgraded(qtbot, tmp_path):
    path = _db_at(tmp_path, "0001")
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start(f"sqlite:///{path}")
    box = _wait_for_schema_box(qtbot, dialog)
    assert box.objectName() == "schemaProblem"
    assert box.text() == "数据库需要升级，请联系 IT 运行 init-db"
    assert "init-db" in box.informativeText()
    assert not dialog.login_button.isEnabled() and dialog.opened is None
    assert _revision(path) == "0001"  # the GUI never upgrades
    assert not list(tmp_path.glob("shop.db.*.bak"))
    _settle(dialog)
    box.close()


def test_newer_schema_shows_its_own_dialog(qtbot, tmp_path, sqlite_template):
    path = _head_db(tmp_path, sqlite_template)
    _set_revision(path, "9999_from_the_future")
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start(f"sqlite:///{path}")
    box = _wait_for_schema_box(qtbot, dialog)
    assert "比本程序新" in box.text() and not dialog.login_button.isEnabled()
    _settle(dialog)
    box.close()


def test_init_db_upgrades_what_the_gui_refuses(tmp_path, capsys):
    from desktop.__main__ import main

    path = _db_at(tmp_path, "0001")
    assert main(["init-db", "--db", f"sqlite:///{path}"]) == 0
    head = Database.connect(f"sqlite:///{path}")
    try:
        current, expected = head.schema_state()
    finally:
        head.close()
    assert current == expected
    assert list(tmp_path.glob("shop.db.0001.*.bak"))  # copied aside first
    capsys.readouterr()


# -- command line -------------------------------------------------------------------------------------------------
def _run(*args: str, home: Path, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESKTOP_HOME=str(home), PYTHONIOENCODING="utf-8")
    env.pop(config.ENV_URL, None)
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout, check=False)


def test_version_prints_name_and_version(tmp_path):
    done = _run("--version", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{APP_NAME} {__version__}"


def test_self_test_in_a_subprocess_prints_ok(tmp_path):
    done = _run("--self-test", home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test ok" in done.stdout
    assert "FAILED" not in done.stdout + done.stderr


# -- resources and unhandled errors ----------------------------------------------------------------------------
def test_resources_from_the_checkout_and_from_a_bundle(tmp_path, monkeypatch):
    assert config.resource_path("style.qss") == ROOT / "resources" / "style.qss"
    assert config.resource_path("translations", "app_en.qm").is_file()
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    (bundle / "resources" / "style.qss").write_text("/* bundled */", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert config.resource_path("style.qss") == bundle / "resources" / "style.qss"
    # what the bundle lacks is still found next to the package
    assert config.resource_path("translations", "app_en.qm") == ROOT / "resources" / "translations" / "app_en.qm"


def test_unhandled_exception_is_logged_and_shown_with_the_log_location(qtbot, tmp_path, monkeypatch, caplog):
    from desktop.app import ErrorReporter

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    log_file = tmp_path / "desktop.log"
    reporter = ErrorReporter(log_file)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        reporter.excepthook(*sys.exc_info())
    assert "unhandled exception" in caplog.text
    assert len(shown) == 1 and shown[0].objectName() == "unhandledError"
    assert "ZeroDivisionError" in shown[0].text()
    info = shown[0].informativeText()
    assert str(log_file) in info and "test_settings_and_startup.py" in info
    assert "Traceback" in shown[0].detailedText()
    assert reporter.errors and "ZeroDivisionError" in reporter.errors[0]
