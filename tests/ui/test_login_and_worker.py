"""Login window (demo accounts, wrong password) and the worker (errors to messages, lost connection)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.app import DemoAccount, OpenedBackend, open_backend
from desktop.backend import LocalBackend
from desktop.storage import DatabaseUnavailable
from desktop.ui.common.ops import LocalOp, QueryOp, WriteOp
from desktop.ui.common.worker import (
    BUG,
    REFUSED,
    STALE,
    STORAGE,
    UNAVAILABLE,
    VALIDATION,
    UserError,
    Worker,
    describe,
)
from desktop.ui.shell.login_dialog import LoginDialog
from tests.ui.conftest import PASSWORD


class DirectBackend:
    """A backend stub for worker tests: runs whatever function it is given, as given (no database, no actor)."""

    def call(self, fn, *args, **kwargs):
        return fn(*args, **kwargs)


def test_login_with_demo_account_button(qtbot, world):
    dialog = LoginDialog(open_backend, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.login_button.isEnabled()  # the window shows before the database is open
    dialog.set_backend(OpenedBackend(LocalBackend(world.db), "test", (DemoAccount("adv1", "service_advisor", "S01"),)))
    button = dialog.findChild(QPushButton, "demoAccount_adv1")
    button.click()
    assert dialog.login_edit.text() == "adv1"
    dialog.password_edit.setText(PASSWORD)  # the test group's password, not demo1234
    with qtbot.waitSignal(dialog.loggedIn, timeout=10000) as blocker:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert blocker.args[1].login == "adv1" and blocker.args[1].store_code == "S01"
    dialog.worker.wait_for_done()


def test_wrong_password_is_refused_with_a_message(qtbot, world):
    dialog = LoginDialog(open_backend)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_backend(OpenedBackend(LocalBackend(world.db), "test"))
    qtbot.keyClicks(dialog.login_edit, "adv1")
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    message = dialog.findChild(QLabel, "loginMessage")
    qtbot.waitUntil(lambda: "密码错误" in message.text(), timeout=10000)
    assert dialog.login_button.isEnabled() and dialog.password_edit.text() == ""
    dialog.worker.wait_for_done()


def test_describe_turns_errors_into_user_messages():
    from desktop.rules.errors import ValidationError
    from desktop.rules.messages import QT_TRANSLATE_NOOP
    from desktop.services.errors import RuleViolation
    from desktop.storage import StaleRecord

    v = describe(ValidationError("phone", QT_TRANSLATE_NOOP("rules.phone", "请填写主要电话"), code="empty"), "zh_CN")
    assert (v.kind, v.field, v.text) == (VALIDATION, "phone", "请填写主要电话")
    r = describe(RuleViolation(QT_TRANSLATE_NOOP(
        "services.work_orders", "车辆和车主都带出后才能开工单：请先维护车主，再重新开始接车"), rule="W5"), "en")
    assert r.kind == REFUSED and r.text == (
        "A work order needs both vehicle and owner loaded: fix the owner, then restart the intake (W5)")
    assert describe(StaleRecord("x"), "zh_CN").kind == STALE
    assert describe(DatabaseUnavailable("down"), "zh_CN").kind == UNAVAILABLE
    assert describe(KeyError("boom"), "zh_CN").kind == BUG


def test_describe_decides_by_the_error_class_and_keeps_the_error():
    from desktop.services.customers import DuplicateFound
    from desktop.storage.errors import (
        CorruptDatabase,
        DatabaseBug,
        DatabaseBusy,
        DiskFull,
        ReadOnlyDatabase,
        ValueRefused,
    )

    busy = describe(DatabaseBusy(), "en")
    assert (busy.kind, busy.code) == (UNAVAILABLE, "busy") and busy.text == DatabaseBusy().message("en")
    for exc in (DiskFull(), ReadOnlyDatabase(), CorruptDatabase()):
        e = describe(exc, "zh_CN")
        assert (e.kind, e.code, e.text) == (STORAGE, exc.code, exc.message("zh_CN"))
    value = describe(ValueRefused(), "zh_CN")
    assert value.kind == REFUSED and value.text == ValueRefused().message("zh_CN")
    bug = describe(DatabaseBug("IntegrityError"), "en")
    assert bug.kind == BUG and "logged" in bug.text
    # the words of an error do not decide its kind: only its class does
    assert describe(RuntimeError("database is locked"), "zh_CN").kind == BUG
    found = DuplicateFound([], certain=True)
    e = describe(found, "zh_CN")
    assert e.kind == REFUSED and e.error is found  # a dialog handles it by class, with its candidates
    assert e == UserError(REFUSED, e.text, rule="C2", code="duplicate")  # the error is not part of equality
    assert "error=" not in repr(e)


def test_a_driver_error_that_slipped_through_is_classified_not_guessed():
    import sqlite3

    from sqlalchemy.exc import OperationalError

    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5  # SQLITE_BUSY
    e = describe(OperationalError("UPDATE customers ...", {}, locked), "zh_CN")
    assert (e.kind, e.code) == (UNAVAILABLE, "busy")


def _fake_write_action(calls: list[str | None], *, fail_first: bool):
    def save(value: str, *, request_id: str | None = None) -> str:
        calls.append(request_id)
        if fail_first and len(calls) == 1:
            raise DatabaseUnavailable("connection lost")
        return value

    save.write_action = "test.save"  # what @write_action marks (not registered: tests only)
    return save


def test_each_write_gets_its_own_request_id(qtbot):
    worker = Worker(None, DirectBackend())
    calls: list[str | None] = []
    results: list[str] = []
    save = _fake_write_action(calls, fail_first=False)
    first, second = WriteOp(save, "a").success(results.append), WriteOp(save, "b").success(results.append)
    first.run_in(worker)
    second.run_in(worker)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10000)
    assert first.request_id and second.request_id and first.request_id != second.request_id
    assert len(first.request_id) == 32 and sorted(calls) == sorted([first.request_id, second.request_id])
    worker.deleteLater()


def test_retry_after_a_lost_connection_sends_the_same_request_id(qtbot):
    worker = Worker(None, DirectBackend())
    calls: list[str | None] = []
    results: list[str] = []
    failures: list[UserError] = []
    save = _fake_write_action(calls, fail_first=True)
    op = WriteOp(save, "saved").success(results.append).failure(failures.append)
    request_id = op.request_id
    with qtbot.waitSignal(worker.connectionLost, timeout=10000):
        op.run_in(worker)
    assert failures[0].kind == UNAVAILABLE and calls == [request_id]
    with qtbot.waitSignal(worker.connectionRestored, timeout=10000):
        worker.retry()
    assert results == ["saved"]
    assert calls == [request_id, request_id]  # the same job again, the same id
    worker.deleteLater()


def test_a_save_that_committed_before_the_connection_died_is_not_applied_twice(qtbot, world):
    """The real request log: the first attempt commits, then the connection 'dies'; the retry returns the
    first outcome (no second change, no stale refusal although the version moved on)."""
    from desktop.services import audit, customers

    adv = world.actors["adv1"]
    version = customers.get_customer(world.db, adv, "C0001").version
    calls: list[str | None] = []

    def save_then_lose_the_connection(db, actor, code, changes, *, version, request_id=None):
        calls.append(request_id)
        detail = customers.update_customer(db, actor, code, changes, version=version, request_id=request_id)
        if len(calls) == 1:
            raise DatabaseUnavailable("connection lost after the commit")
        return detail

    save_then_lose_the_connection.write_action = "customer.update"
    worker = Worker(None, DirectBackend())
    results: list[object] = []
    with qtbot.waitSignal(worker.connectionLost, timeout=10000):
        (WriteOp(save_then_lose_the_connection, world.db, adv, "C0001", {"remark": "只保存一次"}, version=version)
         .success(results.append).run_in(worker))
    with qtbot.waitSignal(worker.connectionRestored, timeout=10000):
        worker.retry()
    assert calls[0] is not None and calls == [calls[0], calls[0]]
    assert results[0].remark == "只保存一次" and results[0].version == version + 1
    after = customers.get_customer(world.db, adv, "C0001")
    assert after.remark == "只保存一次" and after.version == version + 1  # applied once
    trail = [e for e in audit.entries(world.db, world.actors["cs1"], entity="customer", entity_code="C0001")
             if e.field == "remark"]
    assert len(trail) == 1
    worker.deleteLater()


def test_lost_connection_shows_banner_and_retry_runs_the_job_again(window, qtbot):
    calls: list[int] = []
    results: list[str] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseUnavailable("connection refused")
        return "ok"

    real = window.worker.backend
    window.worker.backend = DirectBackend()  # a backend whose connection drops once
    with qtbot.waitSignal(window.worker.connectionLost, timeout=10000):
        QueryOp(flaky).success(results.append).run_in(window.worker)
    window.worker.backend = real
    assert window.banner.isVisible()
    with qtbot.waitSignal(window.worker.connectionRestored, timeout=10000):
        qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert results == ["ok"] and not window.banner.isVisible()


def test_results_for_a_closed_widget_are_dropped(qtbot):
    import threading

    import shiboken6
    from PySide6.QtWidgets import QWidget

    worker = Worker(None, DirectBackend())
    owner = QWidget()
    release = threading.Event()
    got: list[object] = []
    finished: list[bool] = []
    worker.busyChanged.connect(lambda busy: finished.append(not busy))
    LocalOp(lambda: release.wait(10) and 42).success(got.append).run_in(worker, owner=owner)
    shiboken6.delete(owner)  # the dialog was closed while the query ran
    release.set()
    qtbot.waitUntil(lambda: finished[-1:] == [True])
    assert got == []
    worker.deleteLater()


def test_english_translation_is_loaded(qtbot, world):
    from PySide6.QtWidgets import QApplication

    from desktop.app import make_application
    from desktop.ui.common import i18n
    from desktop.ui.shell.main_window import MainWindow

    make_application("en")
    try:
        window = MainWindow(world.db, world.actors["adv1"])
        qtbot.addWidget(window)
        assert window.nav.item(0).text() == "Intake"
        assert window.intake.save_button.property("label") == "Save work order"
        assert i18n.outcome_label("not_found") == "Not in the group"
    finally:
        i18n.install(QApplication.instance(), "zh_CN")


def test_a_session_ended_by_the_server_offers_the_login_window_again(qtbot, world):
    """#13: a deactivated user's token, a password reset or a long idle time end the session on the server; the
    next call of the window is refused with SessionExpired. The window says so once and, on 重新登录, the app
    shows the login window again on the same backend (the old window goes)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import OpenedBackend
    from desktop.services import intake
    from desktop.services.sessions import SessionExpired
    from desktop.ui.shell.main_window import MainWindow

    class EndedSession:
        kind = "remote"

        def call(self, fn, *args, **kwargs):
            raise SessionExpired()

    backend = LocalBackend(world.db)
    login = LoginDialog(open_backend)
    qtbot.addWidget(login)
    login.set_backend(OpenedBackend(backend, "test"))
    window = MainWindow(backend, world.actors["adv1"])
    qtbot.addWidget(window)
    window.show()
    window.worker.backend = EndedSession()
    again: list[bool] = []
    window.loginAgain.connect(lambda: (again.append(True), login.relogin()))
    with qtbot.waitSignal(window.worker.sessionEnded, timeout=10000):
        QueryOp(intake.lookup_vin, "LSVAG2181MA900001").run_in(window.worker)
        QueryOp(intake.lookup_vin, "LSVAG2181MA900002").run_in(window.worker)  # a second refusal: one box
    qtbot.waitUntil(lambda: window.session_box is not None and window.session_box.isVisible(), timeout=10000)
    window.worker.wait_for_done()
    qtbot.wait(50)
    boxes = [w for w in window.findChildren(QMessageBox, "sessionEnded") if w.isVisible()]
    assert len(boxes) == 1 and "重新登录" in boxes[0].text()
    qtbot.keyClick(boxes[0], Qt.Key.Key_Return)  # the default button: 重新登录
    assert again == [True]
    assert login.isVisible() and login.login_button.isEnabled() and login.password_edit.text() == ""
    assert "登录已失效" in login.findChild(QLabel, "loginMessage").text()
