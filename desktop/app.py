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
from typing import Any

from desktop import APP_NAME, APP_TITLE, __version__, config

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo1234"


@dataclass(frozen=True)
class DemoAccount:
    login: str
    label: str


@dataclass(frozen=True)
class OpenedDatabase:
    """What the login dialog gets back from the worker: the database and, in demo mode, its accounts."""

    db: Any
    url: str
    demo_accounts: tuple[DemoAccount, ...] = field(default_factory=tuple)


def _demo_accounts() -> tuple[DemoAccount, ...]:
    try:
        from desktop import demo  # the lead's demo data generator

        accounts = getattr(demo, "ACCOUNTS", None)
    except ImportError:
        accounts = None
    if accounts:
        out = []
        for item in accounts:
            if isinstance(item, str):
                out.append(DemoAccount(item, item))
            else:
                login = getattr(item, "login", None) or item[0]
                label = getattr(item, "label", None) or (item[1] if len(item) > 1 else login)
                out.append(DemoAccount(str(login), str(label)))
        return tuple(out)
    return (
        DemoAccount("adv1", "服务顾问 · S01"),
        DemoAccount("adv2", "服务顾问 · S02"),
        DemoAccount("adv3", "服务顾问 · S03"),
        DemoAccount("sales1", "销售顾问"),
        DemoAccount("fin1", "财务"),
        DemoAccount("cs1", "客服"),
        DemoAccount("mdm1", "EAS 管理团队"),
    )


def open_database(url: str, demo: bool = False) -> OpenedDatabase:
    """Open (and migrate) the database; in demo mode create the demo data on first use. Worker thread."""
    from desktop.storage import Database, normalize_url

    if demo:
        from sqlalchemy.engine import make_url

        path = make_url(normalize_url(url)).database
        if path and not os.path.exists(path):
            from desktop.cli import main as cli_main

            log.info("creating the demo database at %s", path)
            cli_main(["demo", "--db", url])
    db = Database.open(url)
    return OpenedDatabase(db, url, _demo_accounts() if demo else ())


def _apply_style(app: Any) -> None:
    qss = config.resource_path("style.qss")
    try:
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    except OSError:
        log.warning("style sheet %s not found", qss)


def make_application(lang: str | None = None) -> Any:
    """The QApplication with language and style (reuses a running one, e.g. under pytest-qt)."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    i18n.install(app, lang)
    _apply_style(app)
    return app


def run(db: str | None = None, demo: bool = False, lang: str | None = None,
        quit_after_login_shown: bool = False) -> int:
    app = make_application(lang)
    from desktop.ui.login_dialog import LoginDialog

    dialog = LoginDialog(demo=demo)
    dialog.show()
    if quit_after_login_shown:  # bench: cold start to a painted login window
        app.processEvents()
        dialog.repaint()
        print("login-shown", flush=True)
        return 0

    config.setup_logging()
    url = config.database_url(db, demo=demo)
    log.info("%s %s starting on %s", APP_NAME, __version__, url)
    state: dict[str, Any] = {}

    def logged_in(opened: OpenedDatabase, actor: Any) -> None:
        from desktop.ui.main_window import MainWindow

        window = MainWindow(opened.db, actor)
        state["window"], state["db"] = window, opened.db
        window.show()
        dialog.accept()

    dialog.loggedIn.connect(logged_in)
    dialog.start(url, demo)
    code = app.exec()
    dialog.worker.wait_for_done()
    window = state.get("window")
    if window is not None:
        window.worker.wait_for_done()
    if state.get("db") is not None:
        state["db"].close()
    return int(code)


def self_test(lang: str | None = None) -> int:
    """Headless: migrate a fresh database, log in, drive one VIN lookup through the main window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    app = make_application(lang)
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.services import auth, org
    from desktop.storage import Database
    from desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="desk-selftest-") as tmp:
        db = Database.open(f"sqlite:///{tmp}/self-test.db")
        try:
            org.add_store(db, "T01", "自检门店", [("T01-RC", "自检维修中心")])
            org.add_user(db, "selftest", "自检", "T01", ["service_advisor"], "selftest123")
            actor = auth.login(db, "selftest", "selftest123")
            window = MainWindow(db, actor)
            window.show()
            panel = window.intake
            loop = QEventLoop()
            panel.lookupFinished.connect(loop.quit)
            QTimer.singleShot(10000, loop.quit)
            panel.vin_input.setText("LFV2A21K0A3044155")
            panel.lookup_vin()
            loop.exec()
            outcome = panel.status.property("outcome")
            window.worker.wait_for_done()
            window.close()
            app.processEvents()
        finally:
            db.close()
    if outcome != "not_found":
        print(f"self-test FAILED: lookup outcome {outcome!r}", file=sys.stderr)
        return 1
    print(f"self-test ok ({(time.perf_counter() - started) * 1000:.0f} ms)")
    return 0
