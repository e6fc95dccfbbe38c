"""Small pieces the windows share: re-polishing after a property change, drawn icons, field labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

LOCK_MARK = "🔒"


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (outcome, status, invalid...) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def message_label() -> QLabel:
    """The message line under a dialog's form (errors, refusals, confirmations; see show_message)."""
    label = QLabel()
    label.setObjectName("dialogMessage")
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


class EnterKeyRouter:
    """For a dialog whose Enter does what the field that got it is for: a scanner or a test may type into
    a field without focus, and a line edit reports returnPressed before the key reaches the dialog."""

    _key_source: QObject | None = None

    def _watch_keys(self) -> None:
        self._key_source = None
        for edit in self.findChildren(QLineEdit):  # type: ignore[attr-defined]
            edit.returnPressed.connect(lambda e=edit: setattr(self, "_key_source", e))

    def _enter_target(self) -> QObject | None:
        source, self._key_source = self._key_source, None
        return source or self.focusWidget()  # type: ignore[attr-defined]


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        repolish(widget)


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
