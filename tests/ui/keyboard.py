"""A keyboard, and nothing else: key events go to ``QApplication.focusWidget()`` only, as an advisor's keys do.

The walk tests (``test_keyboard_walk``) drive the main window through it as a check from outside the repository
does: no mouse, no widget looked up by name beyond the seams of DESIGN.md (``intakeStatus`` and its ``outcome``),
and what is on screen read only from the focus widget and the active window. It counts what is pressed:
``keys`` (Enter, Tab, Esc, arrows, shortcuts) apart from ``typed`` (the characters of what is typed: a VIN,
a name, a phone number).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

T = 15000  # ms: how long a lookup or a save may take before the walk fails (never a timed assertion)


class Keyboard:
    """Presses keys where the focus is, waits for what the screen says, counts."""

    def __init__(self, qtbot: Any, window: Any) -> None:
        self.qtbot = qtbot
        self.window = window
        self.keys = 0
        self.typed = 0
        self.log: list[str] = []

    # -- where the keys go --------------------------------------------------------------------------------
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def dialog(self) -> QDialog | None:
        """The dialog in front (the active modal window), or None."""
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QDialog) else None

    # -- pressing -----------------------------------------------------------------------------------------
    def press(self, key: Qt.Key | str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """One key (or a shortcut such as ``"F3"`` or ``"Ctrl+S"``), sent to the focus widget."""
        if isinstance(key, str):
            combo = QKeySequence(key)[0]
            key, modifiers = combo.key(), combo.keyboardModifiers()
        self.keys += 1
        target = self.focus()
        self.log.append(f"{QKeySequence(key.value | modifiers.value).toString()}@{target.objectName() or type(target).__name__}")
        QTest.keyClick(target, key, modifiers)
        self.settle()

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def type(self, text: str) -> None:
        """Type ``text`` as a keyboard or a scanner does (CJK too, which QTest.keyClicks cannot send)."""
        for ch in text:
            target = self.focus()
            key = _key_of(ch)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
            self.typed += 1
        self.settle()

    # -- waiting ------------------------------------------------------------------------------------------
    def settle(self) -> None:
        """Let what the last key started finish (service calls on the worker, their answers on screen)."""
        self.qtbot.waitUntil(lambda: not self.window.worker.busy, timeout=T)
        QApplication.processEvents()
        QApplication.processEvents()

    def outcome(self) -> str:
        status = self.window.findChild(QWidget, "intakeStatus")
        return str(status.property("outcome") or "")

    def wait_outcome(self) -> str:
        """The intake's lookup is over: its outcome (``intakeStatus``'s ``outcome``, never ``pending``)."""
        self.qtbot.waitUntil(lambda: self.outcome() != "pending", timeout=T)
        self.settle()
        return self.outcome()

    def wait_dialog(self) -> QDialog:
        """A dialog opened in front and has the keyboard."""
        self.qtbot.waitUntil(lambda: self.dialog() is not None and QApplication.focusWidget() is not None
                             and self.dialog().isAncestorOf(QApplication.focusWidget()), timeout=T)
        self.settle()
        dialog = self.dialog()
        assert dialog is not None
        return dialog

    def wait_no_dialog(self) -> None:
        self.qtbot.waitUntil(lambda: self.dialog() is None, timeout=T)
        self.settle()

    def counts(self) -> dict[str, int]:
        return {"keys": self.keys, "typed": self.typed}


def _key_of(ch: str) -> Qt.Key:
    """The key a character is typed with (letters, digits, space, '-'); anything else comes with its text."""
    up = ch.upper()
    if len(up) == 1 and ("A" <= up <= "Z" or "0" <= up <= "9"):
        return Qt.Key(ord(up))
    return {" ": Qt.Key.Key_Space, "-": Qt.Key.Key_Minus}.get(ch, Qt.Key.Key_unknown)
