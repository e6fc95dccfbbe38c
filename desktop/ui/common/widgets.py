"""Small pieces the windows share: re-polishing after a property change, the message line, the invalid mark of
a field, named push buttons, drawn icons, field labels with the lock mark, the monospace face of VIN, plate and
code fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTextEdit,
    QWidget,
)

LOCK_MARK = "🔒"

#: The face of VIN, plate and code fields: JetBrains Mono (resources/fonts, SIL OFL 1.1), whose zero is dotted and
#: whose I, l and 1 differ, shipped so that no reception PC falls back to a face that draws O and 0 alike.
CODE_FAMILY = "JetBrains Mono"
#: Where the shipped face is missing (a broken install), the next faces with a marked zero.
CODE_FALLBACKS = ("Consolas", "DejaVu Sans Mono")


def load_code_fonts() -> list[str]:
    """Register the shipped fonts (``resources/fonts/*.ttf``) with Qt once; returns the families loaded. The
    style sheet names :data:`CODE_FAMILY` for the fields with the ``code`` property and the named VIN / plate
    fields (resources/style.qss)."""
    from desktop.config import resource_path

    families: list[str] = []
    folder = resource_path("fonts")
    for path in sorted(folder.glob("*.ttf")) if folder.is_dir() else ():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def code_font(pixel_size: int | None = None) -> QFont:
    """The face of VIN, plate and code text (table cells, painted text); see :func:`set_code_font` for fields."""
    font = QFont()
    font.setFamilies([CODE_FAMILY, *CODE_FALLBACKS])
    font.setStyleHint(QFont.StyleHint.Monospace)
    if pixel_size is not None:
        font.setPixelSize(pixel_size)
    return font


def set_code_font(*widgets: QWidget) -> None:
    """Show these fields (VIN, plate, customer or vehicle code) in the code face: the style sheet draws widgets
    with the ``code`` property in :data:`CODE_FAMILY` (a widget font would lose against the style sheet)."""
    for widget in widgets:
        widget.setProperty("code", True)
        repolish(widget)


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (outcome, status, invalid...) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class CollapsingLabel(QLabel):
    """A line that takes no room while it says nothing (a page that must fit the screen: the intake's work-order
    form). Text set through :meth:`setText` / :meth:`clear` (as :func:`show_message` does)."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


def message_label(name: str = "dialogMessage", *, collapse: bool = False) -> QLabel:
    """The message line of a form (errors, refusals, confirmations; see show_message); ``collapse``: it takes no
    room while empty (:class:`CollapsingLabel`)."""
    label = CollapsingLabel() if collapse else QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if collapse:
        label.hide()
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


def follow_customer_type(customer_type: QComboBox, id_type: QComboBox) -> None:
    """C7: the ID type follows the customer type: a company takes its business licence (统一社会信用代码, uscc),
    a person the resident ID unless a personal document (a passport, a permit) is chosen already. The combos
    hold the codes as item data."""
    from desktop.rules.identity import ID_TYPES_FOR_COMPANY, ID_TYPES_FOR_INDIVIDUAL

    def changed(_index: int) -> None:
        company = customer_type.currentData() == "company"
        fitting = ID_TYPES_FOR_COMPANY if company else ID_TYPES_FOR_INDIVIDUAL
        if id_type.currentData() in fitting:
            return
        index = id_type.findData(fitting[0])
        if index >= 0:
            id_type.setCurrentIndex(index)

    customer_type.currentIndexChanged.connect(changed)


def fit_combo(combo: QComboBox) -> None:
    """A combo box at least as wide as its longest choice in the style sheet's font. Qt measures a choice by its
    inked bounds, short of what full-width brackets take: （按车牌自动判断） was cut off."""
    combo.ensurePolished()
    metrics = combo.fontMetrics()
    longest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    hint = combo.sizeHint()
    option.rect = QRect(0, 0, hint.width(), hint.height())
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    combo.setMinimumWidth(max(hint.width(), longest + hint.width() - field.width() + 4))


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


def field_value(widget: QWidget) -> Any:
    """What a field shows now, to compare (text, choice, tick, date)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return None


class EditTracker(QObject):
    """What the user changed in a window's fields since it opened or was last saved (:meth:`reset`).

    Only the user's own changes count (typing, pasting, a scanner, choosing, ticking), not what the window
    fills in itself (a record read, a suggestion); a field typed back to what it showed before it got the focus
    is no change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[int, QWidget] = {}
        self._before: dict[int, Any] = {}  # a field's value when the user started on it (focus in)
        self._touched: set[int] = set()

    def track(self, root: QWidget) -> None:
        """Watch every editable field under ``root`` not watched yet (call again after adding fields)."""
        for widget in root.findChildren(QWidget):
            key = id(widget)
            if key in self._fields or field_value(widget) is None:
                continue
            if isinstance(widget, QPushButton) or (isinstance(widget, QAbstractButton) and not widget.isCheckable()):
                continue
            self._fields[key] = widget
            widget.destroyed.connect(lambda _obj=None, k=key: self._forget(k))
            widget.installEventFilter(self)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, k=key: self._touch(k))
            elif isinstance(widget, QComboBox):
                widget.activated.connect(lambda _i, k=key: self._touch(k))
            elif isinstance(widget, QAbstractButton):
                widget.clicked.connect(lambda _on=False, k=key: self._touch(k))
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                widget.textChanged.connect(lambda k=key: self._touch(k, focused_only=True))
            elif isinstance(widget, QAbstractSpinBox):
                widget.editingFinished.connect(lambda k=key: self._touch(k, focused_only=False))

    def _forget(self, key: int) -> None:
        self._fields.pop(key, None)
        self._before.pop(key, None)
        self._touched.discard(key)

    def _touch(self, key: int, focused_only: bool = False) -> None:
        widget = self._fields.get(key)
        if widget is not None and (not focused_only or widget.hasFocus()):
            self._touched.add(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn:
            key = id(watched)
            if key in self._fields and key not in self._touched:
                self._before[key] = field_value(self._fields[key])
        return False

    def filled(self, widget: QWidget, before: Any) -> None:
        """``widget`` was filled on the user's behalf (a picture the user pasted was read into it): a change of
        the user's, from ``before`` (what it showed until then)."""
        key = id(widget)
        if key not in self._fields:
            return
        if key not in self._touched:
            self._before[key] = before
        self._touched.add(key)

    def edited(self) -> bool:
        """Whether a field the user changed still differs from what it showed before."""
        for key in self._touched:
            widget = self._fields.get(key)
            if widget is None:
                continue
            if key not in self._before or field_value(widget) != self._before[key]:
                return True
        return False

    def reset(self) -> None:
        """Everything shown now is what was saved (or read): no edits."""
        self._touched.clear()
        self._before.clear()
