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
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop import APP_NAME, __version__, config
from desktop.storage import Database
from desktop.ui.shell.login_dialog import LoginDialog
from desktop.ui.shell.settings_dialog import SERVER, SQLITE, Probe, SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
T = 15000


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every platformdirs folder under tmp_path; no database or server from the environment."""
    monkeypatch.setenv(config.ENV_HOME, str(tmp_path / "home"))
    monkeypatch.delenv(config.ENV_URL, raising=False)
    monkeypatch.delenv(config.ENV_SERVER, raising=False)
    return tmp_path / "home"


def _login_dialog() -> LoginDialog:
    from desktop.app import open_backend

    return LoginDialog(open_backend)


def _sqlite(path: Path) -> config.Connection:
    return config.Connection(config.SQLITE, path=str(path))


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


def _fill_server(dialog: SettingsDialog, url: str = "https://desk.dealer.local:8443", ca: str = "") -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(SERVER))
    dialog.server_url.setText(url)
    dialog.ca_file.setText(ca)


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
    dialog = SettingsDialog(_sqlite(path))
    qtbot.addWidget(dialog)
    assert dialog.current_kind() == SQLITE and dialog.path.text() == str(path)
    with qtbot.waitSignal(dialog.tested, timeout=T):
        dialog.test_connection()
    assert "数据库需要升级，请联系 IT 运行 init-db" in dialog.message.text()
    assert _revision(path) == "0001"
    _settle(dialog)


def test_unreachable_server_is_reported_not_raised(qtbot, home):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    _fill_server(dialog, "http://127.0.0.1:1")  # nothing listens there
    with qtbot.waitSignal(dialog.tested, timeout=T) as blocker:
        dialog.test_connection()
    assert not isinstance(blocker.args[0], Probe)
    assert dialog.message.text().startswith("连接失败") and "接待台服务器" in dialog.message.text()
    _settle(dialog)


def test_server_settings_round_trip_and_hold_no_credential(qtbot, home, tmp_path):
    """Issue #13: a workstation's settings hold the server's address and CA certificate, never a password."""
    ca = tmp_path / "group-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLineEdit, "pgPassword") is None and dialog.findChild(QLineEdit, "pgUser") is None
    _fill_server(dialog, "desk.dealer.local:8443/", str(ca))
    with qtbot.waitSignal(dialog.saved, timeout=T) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = blocker.args[0]
    assert (saved.kind, saved.server_url, saved.ca_file) == (SERVER, "https://desk.dealer.local:8443", str(ca))
    text = config.settings_path().read_text(encoding="utf-8")
    assert "password" not in text.lower() and "postgresql" not in text
    resolved = config.resolve_connection()
    assert (resolved.kind, resolved.server_url, resolved.ca_file, resolved.source) == (
        SERVER, "https://desk.dealer.local:8443", str(ca), "settings")
    again = SettingsDialog()  # opens with what was saved
    qtbot.addWidget(again)
    assert (again.current_kind(), again.server_url.text(), again.ca_file.text()) == (
        SERVER, "https://desk.dealer.local:8443", str(ca))


@pytest.mark.parametrize("url", ["https://desk:secret@desk.dealer.local", "http://desk.dealer.local:8443",
                                 "ftp://desk.dealer.local", "https://", "https://desk.dealer.local:99999",
                                 "https://desk.dealer.local\n:8443", "https://desk dealer.local"])
def test_a_server_address_with_credentials_or_without_tls_is_refused(qtbot, home, url):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    _fill_server(dialog, url)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted and not config.settings_path().exists()
    assert "https://" in dialog.message.text()
    with pytest.raises(config.SettingsRefused):
        config.save_connection(config.Connection(SERVER, server_url=url))


def test_a_missing_ca_certificate_is_named(qtbot, home, tmp_path):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    _fill_server(dialog, ca=str(tmp_path / "nope.pem"))
    dialog.save()
    assert "CA 证书文件不存在" in dialog.message.text() and not config.settings_path().exists()


def test_an_old_settings_file_naming_a_database_server_is_not_used(home):
    """Settings written before the server existed named the group's PostgreSQL (and kept its password in the
    keyring): they are no longer followed; the workstation falls back to its own file until IT sets the server."""
    path = config.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('database_url = "postgresql://desk_adv@db.dealer.local/reception"\n\n[database]\n'
                    'kind = "postgresql"\nhost = "db.dealer.local"\nuser = "desk_adv"\npassword = "keyring"\n',
                    encoding="utf-8")
    assert config.resolve_connection().kind == SQLITE
    assert config.resolve_database().url == config.default_sqlite_url()
    config.save_connection(config.Connection(SERVER, server_url="https://desk.dealer.local"))
    text = path.read_text(encoding="utf-8")
    assert "postgresql" not in text and "keyring" not in text


def test_saving_the_scan_settings_drops_an_old_database_entry_too(home):
    """The scan settings (#15) are the other writer of the settings file: it drops what save_connection drops."""
    path = config.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('database_url = "postgresql://desk_adv@db.dealer.local/reception"\n\n[database]\n'
                    'host = "db.dealer.local"\npassword = "keyring"\n', encoding="utf-8")
    config.save_scan_settings(config.ScanSettings(watch_folder="/srv/gaopaiyi"))
    text = path.read_text(encoding="utf-8")
    assert "postgresql" not in text and "keyring" not in text and "gaopaiyi" in text


def test_flag_and_environment_win_over_the_settings_file(home, monkeypatch):
    config.save_connection(_sqlite(Path("/srv/shop.db")))
    assert config.resolve_database().url == "sqlite:////srv/shop.db"
    assert config.resolve_connection().database_url() == "sqlite:////srv/shop.db"
    monkeypatch.setenv(config.ENV_URL, "sqlite:////env.db")
    assert config.resolve_database().url == "sqlite:////env.db"
    assert config.resolve_database("sqlite:////flag.db").url == "sqlite:////flag.db"
    assert config.resolve_db_url(None) == "sqlite:////env.db"  # the admin CLI's default
    monkeypatch.setenv(config.ENV_SERVER, "https://env.dealer.local")
    assert config.resolve_connection().server_url == "https://env.dealer.local"
    assert config.resolve_connection(server_flag="https://flag.dealer.local").server_url == "https://flag.dealer.local"
    assert config.resolve_connection("sqlite:////flag.db").url == "sqlite:////flag.db"


# -- login window: settings, schema policy ------------------------------------------------------------------------
def test_login_window_opens_the_settings_and_reconnects_after_saving(qtbot, home, tmp_path, sqlite_template):
    path = _head_db(tmp_path, sqlite_template)
    dialog = _login_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start(config.Connection(SERVER, server_url="http://127.0.0.1:1"))  # nothing listens there
    qtbot.waitUntil(lambda: "设置" in dialog.message.text() and dialog.retry_button.isVisible(), timeout=T)
    assert "接待台服务器" in dialog.message.text()
    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    settings = dialog.settings_dialog
    assert isinstance(settings, SettingsDialog) and settings.isVisible()
    settings.kind.setCurrentIndex(settings.kind.findData(SQLITE))
    settings.path.setText(str(path))
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened is not None and dialog.login_button.isEnabled(), timeout=T)
    assert dialog.opened.description == f"sqlite:///{path}"
    _settle(dialog)
    dialog.opened.backend.close()


def _wait_for_schema_box(qtbot, dialog: LoginDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.schema_box is not None and dialog.schema_box.isVisible(), timeout=T)
    return dialog.schema_box


def test_older_schema_shows_the_init_db_dialog_and_is_not_upgraded(qtbot, tmp_path):
    path = _db_at(tmp_path, "0001")
    dialog = _login_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start(_sqlite(path))
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
    dialog = _login_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start(_sqlite(path))
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
