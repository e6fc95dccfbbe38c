"""Login window (demo accounts, wrong password) and the worker (errors to messages, lost connection)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.app import DemoAccount, OpenedDatabase
from desktop.storage import DatabaseUnavailable
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.worker import BUG, REFUSED, STALE, UNAVAILABLE, VALIDATION, Worker, describe
from tests.ui.conftest import PASSWORD


def test_login_with_demo_account_button(qtbot, world):
    dialog = LoginDialog(demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.login_button.isEnabled()  # the window shows before the database is open
    dialog.set_database(OpenedDatabase(world.db, "test", (DemoAccount("adv1", "服务顾问 · S01"),)))
    button = dialog.findChild(QPushButton, "demoAccount_adv1")
    button.click()
    assert dialog.login_edit.text() == "adv1"
    dialog.password_edit.setText(PASSWORD)  # the test group's password, not demo1234
    with qtbot.waitSignal(dialog.loggedIn, timeout=10000) as blocker:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert blocker.args[1].login == "adv1" and blocker.args[1].store_code == "S01"
    dialog.worker.wait_for_done()


def test_wrong_password_is_refused_with_a_message(qtbot, world):
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_database(OpenedDatabase(world.db, "test"))
    qtbot.keyClicks(dialog.login_edit, "adv1")
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    message = dialog.findChild(QLabel, "loginMessage")
    qtbot.waitUntil(lambda: "密码错误" in message.text(), timeout=10000)
    assert dialog.login_button.isEnabled() and dialog.password_edit.text() == ""
    dialog.worker.wait_for_done()


def test_describe_turns_errors_into_user_messages():
    from desktop.rules.errors import ValidationError
    from desktop.services.errors import RuleViolation
    from desktop.storage import StaleRecord

    v = describe(ValidationError("phone", "电话错误", "bad phone"), "zh_CN")
    assert (v.kind, v.field, v.text) == (VALIDATION, "phone", "电话错误")
    r = describe(RuleViolation("须先带出车主", "owner first", rule="W5"), "en")
    assert r.kind == REFUSED and r.text == "owner first (W5)"
    assert describe(StaleRecord("x"), "zh_CN").kind == STALE
    assert describe(DatabaseUnavailable("down"), "zh_CN").kind == UNAVAILABLE
    assert describe(KeyError("boom"), "zh_CN").kind == BUG


def test_lost_connection_shows_banner_and_retry_runs_the_job_again(window, qtbot):
    calls: list[int] = []
    results: list[str] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseUnavailable("connection refused")
        return "ok"

    with qtbot.waitSignal(window.worker.connectionLost, timeout=10000):
        window.worker.read(flaky, done=results.append)
    assert window.banner.isVisible()
    with qtbot.waitSignal(window.worker.connectionRestored, timeout=10000):
        qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert results == ["ok"] and not window.banner.isVisible()


def test_results_for_a_closed_widget_are_dropped(qtbot):
    import threading

    import shiboken6
    from PySide6.QtWidgets import QWidget

    worker = Worker()
    owner = QWidget()
    release = threading.Event()
    got: list[object] = []
    finished: list[bool] = []
    worker.busyChanged.connect(lambda busy: finished.append(not busy))
    worker.read(lambda: release.wait(10) and 42, done=got.append, owner=owner)
    shiboken6.delete(owner)  # the dialog was closed while the query ran
    release.set()
    qtbot.waitUntil(lambda: finished[-1:] == [True])
    assert got == []
    worker.deleteLater()


def test_english_translation_is_loaded(qtbot, world):
    from PySide6.QtWidgets import QApplication

    from desktop.app import make_application
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow

    make_application("en")
    try:
        window = MainWindow(world.db, world.actors["adv1"])
        qtbot.addWidget(window)
        assert window.nav.item(0).text() == "Intake"
        assert window.intake.save_button.text() == "Save work order"
        assert i18n.outcome_label("not_found") == "Not in the group"
    finally:
        i18n.install(QApplication.instance(), "zh_CN")
