"""What every window that calls the backend does the same way, written once: the busy state, the message line,
a refusal marked on its field, Enter routing and the button box.

A dialog or a page asks the services through the worker and gets the answer on the GUI thread. While a call
runs the form is busy (its actions disabled, 正在保存… on the message line); a refusal lands on the message
line and on the field it names (the red mark goes when the user edits the field); a record another
workstation saved first is read again and shown as it is now. The calls stay in the dialogs, one typed op
(desktop.ui.common.ops) per action, written where the action is; run in the form, the op does the busy state
and sends the errors it does not expect to :meth:`BackendForm.failed`::

    def save(self) -> None:                         # the action: checks, then one service call
        reason = self.required(self.reason, self.tr("请填写原因"))
        if self.busy or reason is None:
            return
        (WriteOp(<service>, <its arguments>, reason=reason, version=self.detail.version)
         .success(self._saved)                      # the service's result, typed; the form no longer busy
         .run_in(self))                             # busy meanwhile: actions off, 正在保存… on the message line

* :class:`BackendForm`, mixed into a Qt widget class (before it): ``busy``; ``begin()`` / ``end()`` around a
  call (an op run in the form calls them); ``update_actions()`` to override (what can be pressed now);
  ``say()`` on the message line; ``refuse()`` a check of the form itself, with its field (``required()`` for
  a field that must be filled in); ``failed()``, where an op's unexpected errors go (override ``stale()``
  and ``field_widgets()``); ``open_child()`` a dialog of its own.
* :class:`BackendDialog`, a QDialog with all that, a QDialogButtonBox (the platform's button order, Qt's own
  translated Close / Cancel / Save) and Enter routing: Enter presses the focused button, else
  ``enter_pressed(widget)`` decides for the field it was pressed in (by default: the default button, as Qt).
  Esc, or the window's close button, closes at once; with unsaved edits (``has_edits()``: what the user
  changed since the dialog opened or one of its ``SAVED_SIGNALS`` fired) it asks 放弃修改？ first. Its record is
  read with ``load(op, show)``; an action asked for before it is here (Enter typed ahead) waits for it with
  ``when_loaded(action)``.
* :class:`BackendPage`, a back-office page with all that and its layout (``page_layout()``: title first);
  it reads its list again (``refresh()``) whenever it is shown and after another workstation saved first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.widgets import (
    EditTracker,
    mark_invalid,
    message_label,
    push_button,
    show_message,
    unmark_on_edit,
)
from desktop.ui.common.worker import STALE, UserError, Worker

if TYPE_CHECKING:
    from desktop.ui.common.ops import Op

D = TypeVar("D", bound=QDialog)
R = TypeVar("R")
Role = QDialogButtonBox.ButtonRole
Standard = QDialogButtonBox.StandardButton
CLOSE, CANCEL, SAVE = Standard.Close, Standard.Cancel, Standard.Save
#: a dialog's signals that say its edits were saved (it may stay open: Esc closes it at once again)
SAVED_SIGNALS = ("saved", "vehicleSaved", "changed", "plateSaved", "ownerChanged", "attached", "created", "requested",
                 "merged")


class BackendForm:
    """The busy state, the message line and error-to-field marking of a widget that calls the backend.

    Mixed into a Qt widget class, before it; the widget's constructor calls :meth:`setup_form` first."""

    actor: Any
    worker: Worker  # where the calls go (a form that calls nothing, like the duplicate check, has none)
    message: QLabel
    _busy = False

    def setup_form(self, actor: Any, worker: Worker | None, message_name: str = "dialogMessage", *,
                   collapse: bool = False) -> None:
        self.actor = actor
        if worker is not None:
            self.worker = worker
        self.message = message_label(message_name, collapse=collapse)  # the subclass places it in its layout

    # -- busy -----------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A call of this form is running: its actions wait (a second press does nothing)."""
        return self._busy

    def begin(self, text: str | None = None) -> None:
        """A call starts: busy, the actions disabled, ``text`` (by default 正在保存…) on the message line."""
        self._busy = True
        self.update_actions()
        self.say(QCoreApplication.translate("BackendForm", "正在保存…") if text is None else text)

    def end(self) -> None:
        """The call came back (done or failed): the actions are enabled again as the form's state allows."""
        self._busy = False
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what can be pressed now (override: read ``self.busy`` and the form's state)."""

    # -- the message line -----------------------------------------------------------------------------------
    def say(self, text: str, level: str = "info") -> None:
        """The message line: ``level`` info / ok / warn / error colours it (style sheet)."""
        show_message(self.message, text, level)

    def refuse(self, text: str, widget: QWidget | None = None) -> None:
        """A check of the form itself failed before any call: say why and point at the field."""
        self.say(text, "error")
        if widget is not None:
            mark(widget)

    def required(self, edit: QLineEdit, why: str) -> str | None:
        """The text of a field that must be filled in (a reason, a note...), or None: ``why`` is said and the
        field marked."""
        text = edit.text().strip()
        if not text:
            self.refuse(why, edit)
            return None
        return text

    # -- dialogs opened from here ---------------------------------------------------------------------------
    def open_child(self, dialog: D, attr: str = "child") -> D:
        """Open ``dialog`` (:func:`open_dialog`), held as ``self.<attr>`` while it is open."""
        setattr(self, attr, dialog)
        dialog.finished.connect(lambda _result: setattr(self, attr, None))
        return open_dialog(dialog)

    # -- errors -----------------------------------------------------------------------------------------------
    def failed(self, error: UserError, fields: Mapping[str, QWidget] | None = None) -> None:
        """An op's error the form does not expect: the call is over, its reason on the message line; a record
        another workstation saved first is read again (:meth:`stale`), else the field the service named is
        marked (looked up in ``fields``, by default :meth:`field_widgets`)."""
        self.end()
        self.say(error.text, "error")
        if error.kind == STALE:
            self.stale(error)
        else:
            self.point_at(error.field, fields)

    def stale(self, error: UserError) -> None:
        """Another workstation saved first (override: read the record again; the message stays)."""

    def field_widgets(self) -> Mapping[str, QWidget]:
        """The form's widgets by the service's field names (override)."""
        return {}

    def point_at(self, field: str | None, fields: Mapping[str, QWidget] | None = None) -> QWidget | None:
        """Mark the widget of ``field`` (the service's name for it), bring it into view and focus it."""
        widget = (self.field_widgets() if fields is None else fields).get(field or "")
        if widget is not None:
            mark(widget)
        return widget


def open_dialog(dialog: D) -> D:
    """Open a dialog without blocking (window-modal, QDialog.open) and delete it once it is closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result, d=dialog: _hand_back_keyboard(d))
    dialog.open()
    return dialog


def _hand_back_keyboard(dialog: QDialog) -> None:
    """A closed dialog gives the keyboard back to the window it was opened from, whose focus widget takes it again
    (a window manager usually does so; the offscreen platform and some set-ups leave no window active)."""
    parent = dialog.parentWidget()
    if parent is not None:
        parent.window().activateWindow()


def open_kept(dialog: D, kept: list[QDialog]) -> D:
    """:func:`open_dialog`, listed in ``kept`` while it is open (a window closes them when it closes)."""
    kept.append(dialog)
    dialog.finished.connect(lambda _result: kept.remove(dialog) if dialog in kept else None)
    return open_dialog(dialog)


def mark(widget: QWidget) -> None:
    """A refused field: the red mark (gone as soon as the field changes), its tab brought forward, the focus."""
    mark_invalid(widget, True)
    _unmark_on_change(widget)
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    widget.setFocus()


def _unmark_on_change(widget: QWidget) -> None:
    """Every marked field loses its mark when its value changes: typed, chosen, or filled in (车主本人送修, a scan)."""
    if widget.property("unmarkOnChange") is True:
        return
    widget.setProperty("unmarkOnChange", True)
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _text, w=widget: mark_invalid(w, False))
    else:
        unmark_on_edit(widget)


def is_enter(event: QKeyEvent) -> bool:
    """Return, or Enter (the keypad's too), without Ctrl / Alt / Shift."""
    mods = event.modifiers()
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
        mods == Qt.KeyboardModifier.NoModifier
        or (mods == Qt.KeyboardModifier.KeypadModifier and event.key() == Qt.Key.Key_Enter))


class BackendDialog(BackendForm, QDialog):
    """A dialog that calls the backend: :class:`BackendForm`, the button box, Enter routing, its record read
    (:meth:`load`) with what was asked for before it was here (:meth:`when_loaded`)."""

    #: the dialog's record was read (:meth:`load`), or handed in (the dialog sets it)
    loaded = False

    def __init__(self, actor: Any = None, worker: Worker | None = None, parent: QWidget | None = None, *,
                 name: str = "", message_name: str = "dialogMessage") -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setup_form(actor, worker, message_name)
        self.buttons = QDialogButtonBox()
        self.buttons.setObjectName("dialogButtons")
        self._enter_source: QObject | None = None
        self.edits = EditTracker(self)  # what the user changed since the dialog opened or saved (Esc asks)
        self.discard_box: QMessageBox | None = None
        for signal in SAVED_SIGNALS:  # the edits made so far are saved: Esc closes at once again
            if isinstance(getattr(type(self), signal, None), Signal):
                getattr(self, signal).connect(self.mark_clean)
        self._waiting: Callable[[], object] | None = None  # asked for before the record was read (when_loaded)
        self.finished.connect(self._drop_waiting)  # closed: it never runs

    # -- the dialog's record ----------------------------------------------------------------------------------
    def load(self, op: Op[R], show: Callable[[R], object]) -> None:
        """Read the dialog's record (the first time, or again) with ``op``, run in the dialog: ``show(record)``
        once it is here, then the action that waited for it (:meth:`when_loaded`). A read that fails drops that
        action; its reason goes where any error goes (:meth:`failed`)."""
        op.success(lambda record: self._loaded(show, record)).failure(self._load_failed).run_in(self)

    def _loaded(self, show: Callable[[R], object], record: R) -> None:
        self.loaded = True
        show(record)
        action, self._waiting = self._waiting, None
        if action is not None:
            action()

    def _load_failed(self, error: UserError) -> None:
        self._drop_waiting()
        self.failed(error)

    def _drop_waiting(self, *_finished: Any) -> None:
        self._waiting = None

    def when_loaded(self, action: Callable[[], object]) -> bool:
        """Typed ahead: an action (Enter, Ctrl+S...) asked for while the dialog's record is still being read
        waits for it and runs once the record is shown: the last one asked for, once; dropped when the read fails
        or the dialog closes. Returns whether it waits (False: the record is here, act now)."""
        if self.loaded:
            return False
        self._waiting = action
        return True

    # -- the button box ---------------------------------------------------------------------------------------
    def action_button(self, text: str, name: str, slot: Callable[..., Any], *, primary: bool = False,
                   default: bool | None = False, role: Role | None = None) -> QPushButton:
        """A button of the dialog's own action, in the box: the primary one where OK goes (AcceptRole),
        others with the actions (ActionRole). ``default`` as :func:`push_button`."""
        button = push_button(text, name, slot, primary=primary, default=default)
        if role is None:
            role = Role.AcceptRole if primary else Role.ActionRole
        self.buttons.addButton(button, role)
        return button

    def standard_button(self, which: Standard, name: str, slot: Callable[..., Any], *,
                            primary: bool = False, default: bool = False) -> QPushButton:
        """Close / Cancel / Save with Qt's own text in the UI's language, where the platform puts it."""
        button = self.buttons.addButton(which)
        button.setObjectName(name)
        button.setAutoDefault(default)
        button.setDefault(default)
        if primary:
            button.setProperty("primary", True)
        button.clicked.connect(slot)
        return button

    def footer(self) -> QHBoxLayout:
        """The last row: the message line, then the buttons."""
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.buttons)
        return row

    # -- Enter ------------------------------------------------------------------------------------------------
    def enter_pressed(self, widget: QObject | None) -> None:
        """Enter in ``widget`` (a field, the table...; None: nowhere): override to run what that part of the
        dialog is for. By default the visible default button, as Qt's dialogs do."""
        for button in self.findChildren(QPushButton):
            if button.isDefault() and button.isVisible():
                if button.isEnabled():
                    button.click()
                return

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        for edit in self.findChildren(QLineEdit):  # a scanner or a test may type into a field without focus
            if edit.property("enterRouted") is not True:
                edit.setProperty("enterRouted", True)
                edit.returnPressed.connect(lambda e=edit: setattr(self, "_enter_source", e))
        self.edits.track(self)
        super().showEvent(event)

    # -- unsaved edits: Esc and the window's close button ask first -------------------------------------------
    def has_edits(self) -> bool:
        """Whether closing now loses something the user typed or chose (override for a sharper answer)."""
        return self.edits.edited()

    def mark_clean(self, *_saved: Any) -> None:
        """What the dialog shows now is saved (or only read): closing loses nothing."""
        self.edits.reset()

    def close_or_ask(self) -> None:
        """Esc: close at once, or, with edits, ask 放弃修改？ first (继续编辑 is the default)."""
        if not self.has_edits():
            self.reject()
            return
        if self.discard_box is not None and self.discard_box.isVisible():
            return
        # the catalogue's context is this class, whichever dialog asks
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("BackendDialog", "放弃修改？"),
                          QCoreApplication.translate("BackendDialog", "这里有尚未保存的修改，关闭后会丢失。"),
                          parent=self)
        box.setObjectName("discardEdits")
        discard = box.addButton(QCoreApplication.translate("BackendDialog", "放弃修改"),
                                QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardButton")
        keep = box.addButton(QCoreApplication.translate("BackendDialog", "继续编辑"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepEditingButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: self.reject() if button is discard else None)
        self.discard_box = box
        box.open()

    def close(self) -> bool:
        """The program closes the dialog (its window closes, a test ends): no question."""
        self._closing = True
        try:
            return super().close()
        finally:
            self._closing = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """The window's close button (the user's, not the program's :meth:`close`) asks like Esc."""
        if not getattr(self, "_closing", False) and self.has_edits():
            event.ignore()
            self.close_or_ask()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter presses the focused button, else does what the field it was pressed in is for; Esc closes (with
        edits, after asking)."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                                       Qt.KeyboardModifier.KeypadModifier):
            self.close_or_ask()
            return
        if not is_enter(event):
            super().keyPressEvent(event)
            return
        target, self._enter_source = self._enter_source or self.focusWidget(), None
        if isinstance(target, QPushButton):
            if target.isEnabled():
                target.click()
        else:
            self.enter_pressed(target)


class BackendPage(BackendForm, QWidget):
    """A back-office page that calls the backend: :class:`BackendForm`; its list is read again whenever it is
    shown (:meth:`refresh`) and after another workstation saved first."""

    def __init__(self, actor: Any, worker: Worker, name: str, parent: QWidget | None = None, *,
                 message_name: str = "dialogMessage") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setup_form(actor, worker, message_name)

    def page_layout(self, title: str | None = None, *beside: QWidget) -> QVBoxLayout:
        """The page's layout, its first row laid out: the title (what the page is for, with its rules), then
        ``beside`` it (a count, 刷新, the page's own buttons). The page adds the rest, the message line last."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        if title is None:
            return layout
        label = QLabel(title)
        label.setObjectName("pageTitle")
        label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label, 1)
        for widget in beside:
            top.addWidget(widget)
        layout.addLayout(top)
        return layout

    def refresh(self) -> None:
        """Read the page's list again (override)."""

    def stale(self, error: UserError) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
