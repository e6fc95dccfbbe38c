"""Application start: the login window is shown first; the database and the heavy modules load behind it.

PERF-NOTES (start-up): importing SQLAlchemy, psycopg and pypinyin costs most of a second, so nothing
here imports them at module level; the login dialog opens the database on a worker thread and only
enables "登录" once it is ready.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any, cast

from desktop import APP_NAME, __version__, config

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo1234"


@dataclass(frozen=True)
class DemoAccount:
    """A demo user the login window offers (one click fills it): its login, role code and store code; the window
    says the role in the UI's language."""

    login: str
    role: str
    store_code: str


@dataclass(frozen=True)
class OpenedBackend:
    """What the login dialog gets back from the worker: where the services run (``desktop.backend``), a line
    for the status bar, and, in demo mode, the demo accounts."""

    backend: Any
    description: str
    demo_accounts: tuple[DemoAccount, ...] = field(default_factory=tuple)


def _demo_accounts() -> tuple[DemoAccount, ...]:
    """The demo database's users (desktop.demo.DEMO_USERS: the one list the demo is built from)."""
    from desktop.demo import DEMO_USERS

    return tuple(DemoAccount(login, role, store) for login, role, store in DEMO_USERS)


def open_backend(conn: config.Connection) -> OpenedBackend:
    """Where the services run for this workstation (worker thread): the group's reception-desk server (checked
    with one request: it answers, its database is current, it speaks this client's API), or a database opened
    in this process (the demo, this computer's SQLite file, ``--db``)."""
    from desktop.backend import LocalBackend, RemoteBackend

    if conn.kind == config.SERVER:
        remote = RemoteBackend(conn.server_url, verify=conn.ca_file or True)
        try:
            health = remote.health()
        except Exception:
            remote.close()
            raise
        if not health.get("ok"):
            remote.close()
            from desktop.storage import SchemaTooOld

            raise SchemaTooOld(str(health.get("schema")))
        return OpenedBackend(remote, conn.server_url)
    opened = open_database(conn.database_url(), conn.kind == config.DEMO)
    return OpenedBackend(LocalBackend(opened.db), config.redact_url(opened.url), opened.demo_accounts)


@dataclass(frozen=True)
class OpenedDatabase:
    db: Any
    url: str
    demo_accounts: tuple[DemoAccount, ...] = field(default_factory=tuple)


def open_database(url: str, demo: bool = False, *, upgrade: bool | None = None) -> OpenedDatabase:
    """Open the database; in demo mode create the demo data on first use. Worker thread.

    Schema policy: the GUI never upgrades a shared database (``upgrade=False``): an older schema raises
    SchemaTooOld (IT runs ``init-db``), a newer one SchemaTooNew. Only the demo database, a local file
    that belongs to this app, is upgraded in place (after a copy). A database without any schema yet is
    created either way.
    """
    from desktop.storage import Database, normalize_url

    if upgrade is None:
        upgrade = demo
    new_demo: str | None = None  # the demo database's file, when it is still to be made
    if demo:
        from sqlalchemy.engine import make_url

        path = make_url(normalize_url(url)).database
        new_demo = path if path and not os.path.exists(path) else None
    db = Database.open(url, upgrade=upgrade)
    if new_demo is not None:
        from desktop.demo import build_demo

        log.info("creating the demo database at %s", new_demo)
        try:
            build_demo(db)
        except BaseException:
            db.close()
            raise
    return OpenedDatabase(db, url, _demo_accounts() if demo else ())


def _apply_style(app: Any) -> None:
    qss = config.resource_path("style.qss")
    try:
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    except OSError:
        log.warning("style sheet %s not found", qss)


_code_fonts_loaded: list[str] = []


def make_application(lang: str | None = None) -> Any:
    """The QApplication with language and style (reuses a running one, e.g. under pytest-qt)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common import i18n
    from desktop.ui.common.widgets import load_code_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    i18n.install(app, lang)
    # Qt adds the display name to every window title: in the UI's language, like the titles themselves
    QGuiApplication.setApplicationDisplayName(QCoreApplication.translate("Application", "维修接待台"))
    if not _code_fonts_loaded:
        _code_fonts_loaded.extend(load_code_fonts() or ["-"])  # once a process: Qt keeps them
    _apply_style(app)
    return app


# -- errors nobody caught ------------------------------------------------------------------------------------
def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ErrorReporter", text)


class ErrorReporter:
    """Unhandled exceptions and Qt's own messages go to the log; an exception also shows a dialog that
    says what happened, where, and where the log is — instead of the program vanishing.

    ``interactive=False`` (the self-test) records the errors instead of showing dialogs.
    """

    def __init__(self, log_path: Any = None, *, interactive: bool = True) -> None:
        self.log_path = log_path
        self.interactive = interactive
        self.errors: list[str] = []
        self.qt_problems: list[str] = []
        self._showing = False
        self._previous: tuple[Any, Any] | None = None

    def install(self) -> ErrorReporter:
        import threading

        from PySide6.QtCore import qInstallMessageHandler

        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        qInstallMessageHandler(self.qt_message)
        return self

    def uninstall(self) -> None:
        import threading

        from PySide6.QtCore import qInstallMessageHandler

        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        qInstallMessageHandler(None)

    @staticmethod
    def where(tb: Any) -> str:
        import traceback

        frames = traceback.extract_tb(tb)
        if not frames:
            return "?"
        ours = [f for f in frames if f"{os.sep}desktop{os.sep}" in f.filename] or frames
        frame = ours[-1]
        return f"{os.path.basename(frame.filename)}:{frame.lineno} ({frame.name})"

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        import traceback

        from desktop.rules.privacy import mask_text  # what is shown or printed: no phone, ID or password

        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        summary = mask_text(f"{exc_type.__name__}: {exc}".strip())
        self.errors.append(f"{summary} at {self.where(tb)}")
        details = mask_text("".join(traceback.format_exception(exc_type, exc, tb)))
        if not self.interactive:
            print(details, end="", file=sys.stderr)
            return
        self.show(summary, self.where(tb), details)

    def thread_excepthook(self, args: Any) -> None:
        if args.exc_type is SystemExit:
            return
        log.critical("unhandled exception in thread %s", getattr(args.thread, "name", "?"),
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        from desktop.rules.privacy import mask_text

        self.errors.append(mask_text(f"{args.exc_type.__name__}: {args.exc_value} in a thread"))

    def show(self, summary: str, where: str, details: str) -> None:
        """The dialog (modal: the program may be in a broken state, the user must read this first)."""
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread() or self._showing:
            print(f"{summary} at {where}", file=sys.stderr)
            return
        self._showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, _tr("维修接待台 · 程序错误"),
                              _tr("程序遇到意外错误，刚才的操作可能没有完成。") + "\n\n" + summary)
            box.setObjectName("unhandledError")
            where_log = str(self.log_path) if self.log_path else _tr("（日志不可用）")
            box.setInformativeText(_tr("位置：{0}\n详细信息已写入日志：{1}\n请把日志文件发给 IT。").format(where, where_log))
            box.setDetailedText(details)
            box.exec()
        finally:
            self._showing = False

    def qt_message(self, mode: Any, context: Any, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(mode, logging.WARNING)
        where = f" ({context.file}:{context.line})" if getattr(context, "file", None) else ""
        logging.getLogger("qt").log(level, "%s%s", message, where)
        if level >= logging.ERROR:
            self.qt_problems.append(message)


def run(db: str | None = None, demo: bool = False, lang: str | None = None,
        quit_after_login_shown: bool = False, server: str | None = None) -> int:
    app = make_application(lang)
    from desktop.ui.shell.login_dialog import LoginDialog
    from desktop.ui.shell.session import DeskSession

    dialog = LoginDialog(open_backend, demo=demo)
    dialog.show()
    if quit_after_login_shown:  # bench: cold start to a painted login window
        app.processEvents()
        dialog.repaint()
        print("login-shown", flush=True)
        return 0

    log_path = config.setup_logging()
    reporter = ErrorReporter(log_path or config.folders().log / config.LOG_FILE).install()
    conn = config.resolve_connection(db, server, demo=demo)
    log.info("%s %s starting on %s (%s)", APP_NAME, __version__, conn.describe(), conn.source)
    session = DeskSession(dialog)
    dialog.start(conn)
    try:
        code = app.exec()
    finally:
        session.wait_for_done()
        if session.backend is not None:
            session.backend.logout()  # the server forgets the session at once
            session.backend.close()
        reporter.uninstall()
    return int(code)


# -- self-test ------------------------------------------------------------------------------------------------
class SelfTestFailure(Exception):
    pass


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


def _check_bundle() -> list[str]:
    """What the frozen folder must carry: resources, migrations, drivers, data files. Returns notes."""
    from PySide6.QtCore import QTranslator

    notes = []
    qss = config.resource_path("style.qss")
    _check(qss.is_file() and qss.stat().st_size > 0, f"style sheet missing: {qss}")
    qm = config.resource_path("translations", "app_en.qm")
    _check(qm.is_file() and QTranslator().load(str(qm)), f"English translation missing or unreadable: {qm}")
    from PySide6.QtGui import QFontInfo

    from desktop.ui.common.widgets import CODE_FAMILY, code_font

    font = config.resource_path("fonts", "JetBrainsMono-Regular.ttf")
    _check(font.is_file() and QFontInfo(code_font(20)).family() == CODE_FAMILY,
           f"the code font of VIN and plate fields is missing or not loaded: {font}")

    from desktop.storage import database

    migrations = database.MIGRATIONS_DIR
    _check((migrations / "env.py").is_file(), f"Alembic env.py missing in {migrations}")
    _check(any((migrations / "versions").glob("*.py")), f"migration versions missing in {migrations}")

    import sqlite3

    _check(sqlite3.connect(":memory:").execute("select 1").fetchone() == (1,), "sqlite3 does not work")
    import psycopg

    impl = psycopg.pq.__impl__
    _check(psycopg.pq.version() > 0, "libpq not loaded")
    if config.is_frozen():
        _check(impl in ("binary", "c"), f"psycopg uses the {impl} libpq wrapper; psycopg_binary is not bundled")
    notes.append(f"psycopg {impl}")

    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    _check(hasher.verify(hasher.hash("自检"), "自检"), "argon2 does not verify")
    from pypinyin import lazy_pinyin

    _check(lazy_pinyin("汪国进") == ["wang", "guo", "jin"], "pypinyin dictionaries missing")
    from stdnum.cn import ric

    _check(ric.get_birth_place("11010519491231002X")["county"] == "朝阳区", "stdnum China data missing")
    from rapidfuzz import fuzz

    _check(fuzz.ratio("LSVAG2181MA900001", "LSVAG2181MA900071") > 90, "rapidfuzz does not work")
    from vininfo import Vin

    _check(Vin("LSVAG2181MA900001").verify_checksum(), "vininfo does not work")
    notes.append(_check_scanning())
    config.folders()  # platformdirs
    import fastapi  # noqa: F401 - the server ships in the same build (reception-desk serve)
    import httpx  # noqa: F401 - the workstation's client of the server
    import uvicorn  # noqa: F401

    notes.append("server and client libraries present")
    return notes


def _check_scanning() -> str:
    """Scan first (issue #15): the bar code reader decodes a VIN label made here (Code 39 with the GB/T 18410 "I",
    rendered in memory by zxing-cpp's writer); the OCR add-on, when present, loads (a broken add-on fails the
    self-test). Returns a note saying whether licences and ID cards can be read."""
    import zxingcpp
    from PIL import Image, ImageDraw, ImageFont

    from desktop.services import scan

    vin = "LSVAG2181MA900001"
    symbol = zxingcpp.create_barcode("I" + vin, zxingcpp.BarcodeFormat.Code39)
    view = memoryview(cast(Any, symbol.to_image(scale=3)))  # zxing-cpp's image is a buffer (no numpy here)
    height, width = view.shape or (0, 0)
    bars = Image.frombytes("L", (width, height), view.tobytes())
    label = Image.new("L", (bars.width + 80, max(bars.height, 120) + 80), 255)
    label.paste(bars.resize((bars.width, max(bars.height, 120))), (40, 40))
    found = scan.vins_in_image(label)
    _check(found == [vin], f"the bar code reader read {found!r} instead of [{vin!r}]")
    if not scan.ocr_available():
        return "VIN bar codes ok; OCR add-on absent (licences and ID cards not read)"
    text = Image.new("RGB", (640, 100), "white")
    ImageDraw.Draw(text).text((20, 20), vin, fill="black", font=ImageFont.load_default(size=40))
    try:
        read = [line.text for line in scan.ocr_lines(text)]  # loads onnxruntime and the models
    except scan.OcrUnavailable as exc:
        raise SelfTestFailure(f"the OCR add-on is present but does not load: {exc}") from None
    _check(vin in read, f"the OCR add-on read {read!r} instead of {vin!r}")
    return "VIN bar codes ok; OCR add-on loaded"


def _type_and_enter(widget: Any, text: str) -> None:
    """Type into a line edit as a keyboard or a scanner does, then press Enter (no QtTest in the bundle)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    widget.clear()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))


def _lookup_through_panel(app: Any, window: Any, vin: str, timeout_ms: int = 20000) -> str:
    from PySide6.QtCore import QEventLoop, QTimer

    panel = window.intake
    outcomes: list[str] = []
    loop = QEventLoop()

    def finished(outcome: str) -> None:
        outcomes.append(outcome)
        loop.quit()

    panel.lookupFinished.connect(finished)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    _type_and_enter(panel.vin_input, vin)
    if not outcomes:
        loop.exec()
    timer.stop()
    panel.lookupFinished.disconnect(finished)
    _check(bool(outcomes), f"no answer to the lookup of {vin} within {timeout_ms} ms")
    app.processEvents()
    return outcomes[0]


def _check_write_once(db: Any, actor: Any, vehicle_id: int, vin: str) -> None:
    """A write action twice with one request id: saved once, the same outcome (the request log and the
    serialiser of outcomes are in the bundle and work)."""
    from desktop.services import work_orders

    first = work_orders.create_work_order(db, actor, vehicle_id, deliverer_name="张三", deliverer_phone="13926405678",
                                          vin_confirmation=vin[-6:], request_id="self-test-1")
    again = work_orders.create_work_order(db, actor, vehicle_id, deliverer_name="张三", deliverer_phone="13926405678",
                                          vin_confirmation=vin[-6:], request_id="self-test-1")
    _check(first == again, "a repeated request id was applied twice")


def _check_server(db: Any, vin: str) -> str:
    """The reception-desk server from this build: the ASGI app under uvicorn on a loopback port, a workstation's
    RemoteBackend logs in over HTTP and looks the VIN up (fastapi, uvicorn, httpx and the codec are bundled)."""
    from desktop import demo as demo_data
    from desktop.backend import RemoteBackend
    from desktop.server.app import create_app
    from desktop.server.main import ThreadedServer
    from desktop.services import intake

    try:
        server = ThreadedServer(create_app(db, close_db=False))
    except RuntimeError as exc:
        raise SelfTestFailure(str(exc)) from None
    with server:
        remote = RemoteBackend(server.url, verify=False)
        try:
            remote.login("adv1", demo_data.DEMO_PASSWORD)
            outcome = remote.call(intake.lookup_vin, vin).outcome
            _check(outcome == "vehicle_and_owner", f"lookup of {vin} through the server: {outcome!r}")
            remote.logout()
        finally:
            remote.close()
    return "server ok"


def _self_test_run(lang: str | None, reporter: ErrorReporter) -> str:
    app = make_application(lang)
    notes = _check_bundle()

    from desktop import demo as demo_data
    from desktop.services import auth
    from desktop.storage import Database
    from desktop.ui.shell.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="desk-selftest-", ignore_cleanup_errors=True) as tmp:
        url = f"sqlite:///{os.path.join(tmp, 'self-test.db')}"
        db = Database.open(url)  # runs every migration from the bundled files
        # The throw-away demo users get cheap argon2 hashes (same algorithm; the production cost is ~0.3 s
        # a hash on a slow workstation, 13 users).
        from argon2 import PasswordHasher

        production_hasher = auth._hasher
        auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        try:
            demo_data.build_demo(db, customers=120, vehicles=120)
        finally:
            auth._hasher = production_hasher
            db.close()
        opened = open_database(url, demo=False)  # the GUI's policy: no upgrade; the schema must be current
        db = opened.db
        window = None
        try:
            actor = auth.login(db, "adv1", demo_data.DEMO_PASSWORD)
            window = MainWindow(db, actor)
            window.show()
            app.processEvents()
            vin = demo_data.SCENARIO_VINS["vehicle_and_owner"]
            outcome = _lookup_through_panel(app, window, vin)
            _check(outcome == "vehicle_and_owner", f"lookup of {vin}: outcome {outcome!r}, expected 'vehicle_and_owner'")
            result = window.intake.result
            if result is None or result.owner is None or result.vehicle is None:
                raise SelfTestFailure(f"lookup of {vin}: the owner did not load")
            _check(window.intake.status.property("outcome") == "vehicle_and_owner", "the intake banner was not updated")
            _check(window.findChild(type(window.intake.vin_input), "vinInput") is not None, "vinInput missing")
            _check_write_once(db, actor, result.vehicle.id, result.vehicle.vin)
            notes.append(_check_server(db, vin))
            image = window.grab()  # paint the whole window once (style sheet, fonts)
            _check(not image.isNull(), "the main window could not be painted")
            for dialog in list(getattr(window.intake, "dialogs", [])):
                dialog.close()
        finally:
            if window is not None:
                window.worker.wait_for_done()
                window.close()
                app.processEvents()
                window.deleteLater()
                app.processEvents()
            db.close()
    _check(not reporter.errors, "unhandled exception: " + "; ".join(reporter.errors))
    return ", ".join(notes)


def self_test(lang: str | None = None) -> int:
    """Headless: check the bundle, create the demo database in a temporary folder, log in as adv1, open
    the main window offscreen, look a demo VIN up through the intake panel and check the outcome.

    Prints ``self-test ok`` and returns 0, or prints ``self-test FAILED: reason`` and returns 1.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    logging.getLogger("qt").setLevel(logging.ERROR)  # the offscreen platform's chatter is not a failure
    reporter = ErrorReporter(interactive=False)
    from desktop.rules.privacy import install_privacy_filter, mask_text

    install_privacy_filter()  # no logging set up here: warnings go to the last-resort handler, masked
    try:
        make_application(lang)
        reporter.install()
        notes = _self_test_run(lang, reporter)
    except SelfTestFailure as exc:
        print(mask_text(f"self-test FAILED: {exc}"), file=sys.stderr, flush=True)
        return 1
    except Exception as exc:  # noqa: BLE001 - any error is a failed self-test, with its reason
        import traceback

        print(mask_text(traceback.format_exc()), end="", file=sys.stderr)
        print(mask_text(f"self-test FAILED: {type(exc).__name__}: {exc} at {ErrorReporter.where(exc.__traceback__)}"),
              file=sys.stderr, flush=True)
        return 1
    finally:
        reporter.uninstall()
    elapsed = (time.perf_counter() - started) * 1000
    print(f"self-test ok ({elapsed:.0f} ms; {APP_NAME} {__version__}; {notes})", flush=True)
    return 0
