"""One run of the app at the desk: the login window, then the main window of whoever logged in, and back.

The login window opens the backend once; each login gets its own main window on that backend. 退出登录 /
切换用户 in the main window, or a session the server ended, brings the login window back first and then closes
the old main window and every dialog open over it (in that order: closing the last visible window would end
the app); unsaved edits are not asked about again (退出登录 asked; a session the server ended saves nothing).
Logging out tells the backend (the reception-desk server forgets the session at once) on the login window's
worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.shell.login_dialog import LoginDialog

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


class DeskSession(QObject):
    """Wires the login window to the main windows it opens (``windowOpened`` with each new one)."""

    windowOpened = Signal(object)

    def __init__(self, dialog: LoginDialog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog = dialog
        self.window: MainWindow | None = None
        self.backend: Any = None
        dialog.loggedIn.connect(self._logged_in)

    def _logged_in(self, opened: Any, actor: Any) -> None:
        from desktop.ui.shell.main_window import MainWindow  # PERF-NOTES: the main window's modules load now

        window = MainWindow(opened.backend, actor)
        self.window, self.backend = window, opened.backend
        window.loginAgain.connect(self.login_again)
        window.loggedOut.connect(self.log_out)
        window.show()
        self.dialog.accept()
        self.windowOpened.emit(window)

    def login_again(self) -> None:
        """The server ended the session: log in again on the same backend (the login name kept)."""
        self.dialog.relogin()
        self._close_window()

    def log_out(self) -> None:
        """退出登录 / 切换用户: the login window, empty, for whoever logs in next; the backend forgets this login."""
        self.dialog.switch_user()
        self._close_window()
        self.dialog.log_out_backend()

    def _close_window(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.worker.wait_for_done()
            window.close_discarding()  # with its dialogs; the user was asked about unsaved edits already (log_out)
            window.deleteLater()

    def wait_for_done(self) -> None:
        """Before the app ends: every call of the login window and of the main window has come back."""
        self.dialog.worker.wait_for_done()
        if self.window is not None:
            self.window.worker.wait_for_done()
