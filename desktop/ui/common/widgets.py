"""Small pieces the windows share: re-polishing after a property change, the message line, the invalid mark of
a field, named push buttons, drawn icons, field labels with the lock mark."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

LOCK_MARK = "🔒"


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (outcome, status, invalid...) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def message_label(name: str = "dialogMessage") -> QLabel:
    """The message line of a form (errors, refusals, confirmations; see show_message)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def push_button(text: str, name: str, slot: Callable[..., Any] | None = None, *, primary: bool = False,
                default: bool | None = False) -> QPushButton:
    """A push button named `name` (tests and the style sheet find it by that), `clicked` connected to slot.

    primary=True sets the `primary` property the style sheet colours. default=True makes it the dialog's
    default button; default=False turns auto-default off (a button that must never take Enter);
    default=None leaves Qt's own auto-default alone.
    """
    button = QPushButton(text)
    button.setObjectName(name)
    if primary:
        button.setProperty("primary", True)
    if default is True:
        button.setDefault(True)
    elif default is False:
        button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def show_message(label: QLabel, text: str, level: str) -> None:
    """A dialog's message line: the text, coloured by level (info / ok / warn / error) in the style sheet."""
    label.setText(text)
    label.setProperty("level", level)
    repolish(label)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """The red mark of a field the service (or the form) refused; the style sheet draws it."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        repolish(widget)


def normalize_now(edit: QLineEdit, normalize: Callable[[str], str]) -> None:
    """Show the field's text as the service reads it (upper case, half-width, no spaces...), the cursor kept."""
    text = edit.text()
    clean = normalize(text)
    if clean != text:
        pos = edit.cursorPosition()
        edit.setText(clean)
        edit.setCursorPosition(min(pos, len(clean)))


def normalize_on_edit(edit: QLineEdit, normalize: Callable[[str], str]) -> None:
    """What is typed, scanned or pasted into ``edit`` is shown as the service reads it (:func:`normalize_now`)."""
    edit.textEdited.connect(lambda _text: normalize_now(edit, normalize))


def unmark_on_edit(*widgets: QWidget) -> None:
    """The mark goes as soon as the user changes the field (typing, choosing, ticking)."""
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, w=widget: mark_invalid(w, False))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i, w=widget: mark_invalid(w, False))
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda _on, w=widget: mark_invalid(w, False))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda w=widget: mark_invalid(w, False))


def _pixmap(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def lock_pixmap(size: int = 14, color: str = "#92400e") -> QPixmap:
    """A padlock drawn with QPainter (no emoji font needed on the reception PC)."""
    pixmap, p = _pixmap(size)
    pen = QPen(QColor(color), max(1.4, size / 9))
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    s = float(size)
    p.drawArc(QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.5), 0, 180 * 16)
    p.drawLine(QPointF(s * 0.28, s * 0.33), QPointF(s * 0.28, s * 0.45))
    p.drawLine(QPointF(s * 0.72, s * 0.33), QPointF(s * 0.72, s * 0.45))
    p.setBrush(QColor(color))
    p.drawRoundedRect(QRectF(s * 0.16, s * 0.45, s * 0.68, s * 0.48), s * 0.08, s * 0.08)
    p.end()
    return pixmap


def magnifier_icon(size: int = 16, color: str = "#475569") -> QIcon:
    """The magnifier (放大镜) of the list searches."""
    pixmap, p = _pixmap(size)
    s = float(size)
    p.setPen(QPen(QColor(color), max(1.6, s / 8)))
    p.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.52, s * 0.52))
    p.drawLine(QPointF(s * 0.58, s * 0.58), QPointF(s * 0.88, s * 0.88))
    p.end()
    return QIcon(pixmap)


class FieldLabel(QWidget):
    """A form label that can carry the lock mark with the rule as its tooltip."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.lock = QLabel()
        self.lock.setObjectName(f"lock_{name}")
        self.lock.setPixmap(lock_pixmap())
        self.lock.setAccessibleName(LOCK_MARK)
        self.lock.hide()
        self.text = QLabel(text)
        layout.addStretch(1)
        layout.addWidget(self.lock)
        layout.addWidget(self.text)

    def set_locked(self, locked: bool, reason: str = "") -> None:
        self.lock.setVisible(locked)
        self.setToolTip(f"{LOCK_MARK} {reason}" if locked and reason else "")
        self.lock.setToolTip(self.toolTip())
        self.text.setToolTip(self.toolTip())
