"""The marks of fields filled from a picture: ``scan="read"`` (filled, light green) or ``scan="check"`` (low
confidence or a failed check: yellow, compare with the document), drawn by the style sheet, with the reading's
confidence as the tooltip. The mark goes as soon as the advisor changes the field; the field's box in the
picture is highlighted while the field has the focus."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.ui.common.widgets import repolish

PROPERTY = "scan"
READ, CHECK = "read", "check"
_TIP = "scanTip"  # the field's own tooltip, kept while the mark's tooltip shows


class _FocusHook(QObject):
    """Calls ``focused`` when the field gets the focus (the picture highlights the field's box)."""

    def __init__(self, widget: QWidget, focused: Callable[[], None]) -> None:
        super().__init__(widget)
        self.focused = focused
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn:
            self.focused()
        return False


def mark(widget: QWidget, state: str | None, tip: str = "", focused: Callable[[], None] | None = None) -> None:
    """Mark ``widget`` as filled from a picture (``READ``), to be checked (``CHECK``), or not (None)."""
    if widget.property(_TIP) is None:
        widget.setProperty(_TIP, widget.toolTip())
    if widget.property(PROPERTY) != state:
        widget.setProperty(PROPERTY, state)
        repolish(widget)
    widget.setToolTip(tip if state else str(widget.property(_TIP) or ""))
    if not widget.property("scanHooked"):
        widget.setProperty("scanHooked", True)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, w=widget: mark(w, None))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i, w=widget: mark(w, None))
    hook = widget.findChild(_FocusHook)
    if hook is not None:
        hook.deleteLater()
        hook.setParent(None)
        widget.removeEventFilter(hook)
    if state and focused is not None:
        _FocusHook(widget, focused)


def state_of(widget: QWidget) -> str | None:
    value = widget.property(PROPERTY)
    return str(value) if value else None


def clear(widgets: Iterable[QWidget]) -> None:
    for widget in widgets:
        mark(widget, None)
