"""#14, the main window around the desk: each role's first page, the size on a 1366×768 (and a 1280×720) screen
with a title bar and a taskbar, 退出登录 / 切换用户, the section names unclipped."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.services import auth, org
from desktop.ui.shell.main_window import (
    MIN_CLIENT,
    PREFERRED_CLIENT,
    WINDOW_FRAME,
    MainWindow,
    initial_size,
    landing_section,
)

from .conftest import PASSWORD, type_text, wait_for_workers


@pytest.fixture
def actors(world: Any) -> dict[str, Any]:
    """The test group's users, with a finance and a sales advisor added."""
    org.add_user(world.db, "fin1", "财务一", "S01", ["finance"], PASSWORD)
    org.add_user(world.db, "sales1", "销售一", "S01", ["sales_advisor"], PASSWORD)
    return {**world.actors, **{login: auth.actor_for(world.db, login) for login in ("fin1", "sales1")}}


@pytest.fixture
def open_window(qtbot: Any, world: Any) -> Iterator[Any]:
    windows: list[MainWindow] = []

    def make(actor: Any, lang: str = "zh_CN") -> MainWindow:
        from desktop.app import make_application

        make_application(lang)
        window = MainWindow(world.db, actor)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.worker.wait_for_done()
        window.close()
    wait_for_workers()
    from desktop.app import make_application

    make_application("zh_CN")


@pytest.mark.parametrize(("login", "section"), [
    ("adv1", "intake"), ("fin1", "pending"), ("cs1", "pending"), ("mdm1", "vin_escalations"), ("sales1", "customers"),
])
def test_each_role_lands_on_its_own_first_page(open_window: Any, actors: dict[str, Any], login: str,
                                               section: str) -> None:
    window = open_window(actors[login])
    assert landing_section(actors[login], window.sections) == section
    assert window.sections[window.nav.currentRow()] == section
    assert window.stack.currentIndex() == window.nav.currentRow()


def test_the_window_opens_inside_a_1366x768_screen_with_a_taskbar() -> None:
    taskbar = 40
    size = initial_size(QSize(1366, 768 - taskbar))
    assert size.width() + WINDOW_FRAME.width() <= 1366 and size.height() + WINDOW_FRAME.height() <= 768 - taskbar
    assert size == PREFERRED_CLIENT.boundedTo(QSize(1366, 728) - WINDOW_FRAME)
    assert initial_size(QSize(1920, 1040)) == PREFERRED_CLIENT  # a large screen: the same window
    small = initial_size(QSize(1280, 720 - taskbar))
    assert small.width() <= 1280 and small.height() + WINDOW_FRAME.height() <= 720 - taskbar


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("login", ["adv1", "cs1", "mdm1"])
def test_every_page_fits_a_1280x720_screen(open_window: Any, actors: dict[str, Any], login: str, lang: str) -> None:
    """Nothing is cut off at the smallest supported size (a 1280×720 screen, taskbar, title bar): every page
    gets at least its minimum size and the status bar stays inside the window."""
    window = open_window(actors[login], lang)
    assert window.minimumSizeHint().width() <= MIN_CLIENT.width()
    assert window.minimumSizeHint().height() <= MIN_CLIENT.height()
    window.resize(MIN_CLIENT)
    for row, key in enumerate(window.sections):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert window.size() == MIN_CLIENT, key
        assert page.width() >= page.minimumSizeHint().width(), key
        assert page.height() >= page.minimumSizeHint().height(), key
        status = window.statusBar()
        assert status.isVisible() and status.geometry().bottom() < window.height(), key


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_section_names_are_not_clipped(open_window: Any, actors: dict[str, Any], lang: str) -> None:
    """“Customers” was shown as “Custom…” in English for an advisor (the list was 120 px wide)."""
    for login in ("adv1", "mdm1"):
        window = open_window(actors[login], lang)
        font = QFont(window.nav.font())
        font.setPixelSize(16)
        font.setBold(True)
        metrics = QFontMetrics(font)
        for i in range(window.nav.count()):
            text = window.nav.item(i).text()
            assert metrics.horizontalAdvance(text) + 2 * 16 + 4 <= window.nav.width(), text


def test_log_out_from_the_window(qtbot: Any, open_window: Any, actors: dict[str, Any]) -> None:
    window = open_window(actors["adv1"])
    button = window.findChild(QPushButton, "logoutButton")
    assert button is not None and button.isVisible()
    with qtbot.waitSignal(window.loggedOut, timeout=2000):
        button.click()
    shortcut = next(s for s in window.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+Shift+L"))
    assert shortcut.context() == Qt.ShortcutContext.ApplicationShortcut  # from a record dialog too
    with qtbot.waitSignal(window.loggedOut, timeout=2000):
        shortcut.activated.emit()


def test_log_out_with_unsaved_edits_asks_first(qtbot: Any, open_window: Any, actors: dict[str, Any]) -> None:
    from PySide6.QtWidgets import QLineEdit

    window = open_window(actors["adv1"])
    dialog = window.open_customer("C0001")
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    type_text(dialog.findChild(QLineEdit, "field_address"), "天河路")
    emitted: list[bool] = []
    window.loggedOut.connect(lambda: emitted.append(True))
    window.log_out()
    box = window.logout_box
    assert isinstance(box, QMessageBox) and box.isVisible() and not emitted
    keep = box.findChild(QPushButton, "logoutKeepEditing")
    assert box.defaultButton() is keep
    keep.click()
    assert not emitted and dialog.isVisible()
    window.log_out()
    window.logout_box.findChild(QPushButton, "logoutDiscard").click()
    assert emitted == [True]


def test_switch_user_shows_the_login_window_and_the_next_user_gets_a_window(qtbot: Any, world: Any) -> None:
    """退出登录 / 切换用户: the backend forgets the login, the login window comes back empty, the old window closes;
    the next user (customer service) gets a window of their own on the same backend, on their own first page."""
    from desktop.app import OpenedBackend, make_application, open_backend
    from desktop.backend import LocalBackend
    from desktop.ui.shell.login_dialog import LoginDialog
    from desktop.ui.shell.session import DeskSession

    make_application("zh_CN")
    dialog = LoginDialog(open_backend)
    qtbot.addWidget(dialog)
    session = DeskSession(dialog)
    backend = LocalBackend(world.db)
    dialog.show()
    dialog.set_backend(OpenedBackend(backend, "test"))

    def log_in(login: str) -> Any:
        dialog.fill(login, PASSWORD)
        with qtbot.waitSignal(session.windowOpened, timeout=10000) as opened:
            dialog.submit()
        return opened.args[0]

    first = log_in("adv1")
    assert not dialog.isVisible() and first.isVisible() and backend.actor.login == "adv1"
    first.log_out()
    assert dialog.isVisible() and not first.isVisible() and session.window is None
    assert dialog.login_edit.text() == "" and dialog.password_edit.text() == ""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert backend.actor is None  # logged out: a call now needs a new login
    second = log_in("cs1")
    assert second.actor.login == "cs1" and second.sections[second.nav.currentRow()] == "pending"
    session.wait_for_done()
    second.close()
    wait_for_workers()


@pytest.mark.parametrize("vin", ["VIN_OK", "VIN_NO_OWNER", "VIN_TYPO"])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_intake_page_with_a_car_loaded_fits_the_window_without_scrolling(
        qtbot: Any, open_window: Any, actors: dict[str, Any], lang: str, vin: str) -> None:
    """At the size the window opens with on a 1366×768 screen, the loaded car, its owner, the banner's next steps
    and the whole work-order form show at once: the advisor never scrolls at the desk."""
    from PySide6.QtWidgets import QScrollArea

    from . import conftest

    window = open_window(actors["adv1"], lang)
    window.resize(PREFERRED_CLIENT)
    intake = window.intake
    with qtbot.waitSignal(intake.lookupFinished, timeout=10000):
        type_text(intake.vin_input, getattr(conftest, vin))
        qtbot.keyClick(intake.vin_input, Qt.Key.Key_Return)
    qtbot.wait(50)
    scroll = next(area for area in window.findChildren(QScrollArea) if area.widget() is not None
                  and area.widget().isAncestorOf(intake) or area.widget() is intake)
    assert intake.minimumSizeHint().height() <= scroll.viewport().height(), (
        intake.minimumSizeHint().height(), scroll.viewport().height())
    width = scroll.viewport().width()
    assert intake.heightForWidth(width) <= scroll.viewport().height(), (intake.heightForWidth(width), width)
    assert not scroll.verticalScrollBar().isVisible()
