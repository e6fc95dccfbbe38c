"""扫描 · the scan panel: a picture pasted (Ctrl+V anywhere in the window it serves), dropped, opened or handed
over (the watched folder) is read on the worker — a VIN bar code at once, a driving licence or an ID card with
the offline OCR in about a second — while the window stays usable; then it is shown beside the form with the
fields read boxed (orange: to be checked) and what was read listed, and :attr:`ScanPanel.scanned` hands the
reading to the window, which fills its form (never saves) and words the checks against its record here
(:meth:`ScanPanel.show_findings`).

Without the OCR add-on the panel says how to add it; bar codes are read all the same. Pictures are not kept
unless the store turned that on in the settings (:meth:`ScanPanel.keep`: only for a record then saved)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QImageWriter,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.services import scan
from desktop.services.scan_checks import BARCODE, DOCUMENT_KINDS, NONE, PictureRead, read_picture
from desktop.ui.common import i18n
from desktop.ui.common.ops import LocalOp
from desktop.ui.common.widgets import EditTracker, field_value, push_button, show_message
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.scan import marks, texts
from desktop.ui.scan.picture import PictureView, boxes_of, display_copy, picture_in, read_image_file

LEVEL_STYLE = {
    "ok": "QLabel { color: #166534; background: #f0fdf4; border: 1px solid #86efac; }",
    "info": "QLabel { color: #1e293b; background: #f8fafc; border: 1px solid #cbd5e1; }",
    "warn": "QLabel { color: #78350f; background: #fef3c7; border: 1px solid #d97706; }",
    "error": "QLabel { color: #7f1d1d; background: #fee2e2; border: 2px solid #dc2626; font-weight: bold; }",
}


@dataclass(frozen=True)
class ScanOutcome:
    """A picture read: the picture as shown (at most 1600 px), the size of the picture the reading's boxes are
    measured in, the reading, and where it came from (paste, drop, file, folder; ``path`` for a file)."""

    image: QImage
    source_size: QSize
    read: PictureRead
    origin: str
    path: str | None = None


def scan_job(image: QImage | None, path: str | None, kinds: tuple[str, ...], origin: str) -> ScanOutcome:
    """Worker thread: read the picture (desktop.services.scan_checks.read_picture) and make its display copy."""
    if path is not None:
        read = read_picture(path, kinds)  # ImageUnreadable for a file that is no picture (or not written yet)
        shown = read_image_file(path)
        if shown.isNull():  # a format Qt cannot read but Pillow can
            pil = scan.load_image(path, "RGB")
            shown = QImage(pil.tobytes(), pil.width, pil.height, 3 * pil.width,
                           QImage.Format.Format_RGB888).copy()
    else:
        assert image is not None
        read = read_picture(image, kinds)
        shown = image
    return ScanOutcome(display_copy(shown), shown.size(), read, origin, path)


def save_picture(image: QImage, folder: Path, name: str) -> str | None:
    """Worker thread: keep a picture (JPEG) in ``folder`` (readable by this user only, where the system says
    so). Returns None, or why it could not be written."""
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)
    except OSError as exc:
        return f"{folder}: {exc.strerror or type(exc).__name__}"
    writer = QImageWriter(str(target), b"jpg")
    writer.setQuality(90)
    return None if writer.write(image) else f"{target}: {writer.errorString()}"


@dataclass
class Finding:
    """One line of the findings under the picture: its words, its level, and the action it offers."""

    name: str
    text: str
    level: str = "warn"
    action_text: str | None = None
    action: Callable[[], None] | None = None


_PICTURE_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop})


class _PasteAndDrop(QObject):
    """Ctrl+V with a picture on the clipboard, and pictures dropped, anywhere in a host window (the dialog, the
    intake page) go to its panel; any other paste (text into a field) and drop is left to the field.

    One application event filter for every panel (a filter each, all called for every event of the application,
    made each new window slower than the last while closed windows awaited deletion)."""

    _shared: _PasteAndDrop | None = None

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.hosts: list[tuple[ScanPanel, QWidget]] = []
        app.installEventFilter(self)

    @classmethod
    def attach(cls, panel: ScanPanel, host: QWidget) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if cls._shared is None or not shiboken6.isValid(cls._shared):
            cls._shared = cls(app)
        host.setAcceptDrops(True)
        cls._shared.hosts.append((panel, host))
        panel.destroyed.connect(lambda _obj=None, shared=cls._shared: shared.forget())

    def forget(self) -> None:
        self.hosts = [(p, h) for p, h in self.hosts if shiboken6.isValid(p) and shiboken6.isValid(h)]

    def _panel_for(self, obj: QObject) -> ScanPanel | None:
        if not isinstance(obj, QWidget):
            return None
        for panel, host in self.hosts:
            if shiboken6.isValid(panel) and shiboken6.isValid(host) and host.isVisible() and panel.isEnabled() \
                    and (obj is host or host.isAncestorOf(obj)):
                return panel
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in _PICTURE_EVENTS:
            return False
        if kind == QEvent.Type.KeyPress:
            if not (isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Paste)):
                return False
            panel = self._panel_for(watched)
            return panel.paste(quiet=True) if panel is not None else False
        if not isinstance(event, QDragEnterEvent | QDropEvent):
            return False
        panel = self._panel_for(watched)
        if panel is None:
            return False
        image, path = picture_in(event.mimeData())
        if image is None and path is None:
            return False
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            panel.take(image, path, "drop")
        return True


class ScanPanel(QFrame):
    """The picture, its reading and the findings, for a window whose form takes ``kinds`` (``barcode``,
    ``driving_licence``, ``id_card``). ``compact``: a strip (the intake page), the picture small."""

    scanned = Signal(object)  # ScanOutcome, on the GUI thread
    scanFailed = Signal(object)  # UserError
    busyChanged = Signal(bool)

    def __init__(self, worker: Worker, kinds: Sequence[str], hint: str, *, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanPanel")
        self.worker = worker
        self.kinds = tuple(kinds)
        self.compact = compact
        self.outcome: ScanOutcome | None = None
        self._reading = False
        self._generation = 0
        self._attached = False
        self._edits: EditTracker | None = None

        self.picture = PictureView(hint, minimum=QSize(150, 96) if compact else QSize(300, 170))
        self.open_button = push_button(self.tr("打开图片…"), "scanOpen", self.open_file)
        self.open_button.setToolTip(self.tr("读取行驶证、身份证或车架号条码的照片（也可以 Ctrl+V 粘贴或拖入）"))
        self.paste_button = push_button(self.tr("粘贴图片"), "scanPaste", lambda: self.paste(quiet=False))
        self.paste_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Paste).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.clear_button = push_button(self.tr("清除"), "scanClear", self.clear)
        self.progress = QProgressBar()
        self.progress.setObjectName("scanBusy")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("scanStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields_label = QLabel()
        self.fields_label.setObjectName("scanFields")
        self.fields_label.setWordWrap(True)
        self.fields_label.setTextFormat(Qt.TextFormat.RichText)
        self.fields_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.fields_scroll = QScrollArea()  # the fields read, scrolled when the window is low
        self.fields_scroll.setObjectName("scanFieldsScroll")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setWidget(self.fields_label)
        self.fields_scroll.setMinimumHeight(80)
        self.fields_scroll.viewport().setAutoFillBackground(False)
        self.fields_label.setAutoFillBackground(False)
        self.fields_scroll.setStyleSheet("QScrollArea { background: transparent; }"
                                         " QLabel#scanFields { background: transparent; }")
        self.fields_scroll.hide()
        self.findings_box = QWidget()
        self.findings_box.setObjectName("scanFindings")
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_layout.setSpacing(4)
        self.findings: list[Finding] = []
        self.findings_box.hide()
        self.ocr_note = QLabel()
        self.ocr_note.setObjectName("scanOcrMissing")
        self.ocr_note.setWordWrap(True)
        self.ocr_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ocr_note.setStyleSheet(LEVEL_STYLE["info"] + " QLabel { padding: 4px; }")
        self.ocr_note.hide()
        self.ocr_missing = any(kind in DOCUMENT_KINDS for kind in self.kinds) and not scan.ocr_available()
        if self.ocr_missing and not compact:  # a strip says it when a picture needed it
            self.show_ocr_missing()
        if compact:  # the host places the buttons and shows the hint on them; the strip shows only a reading
            for button in (self.open_button, self.paste_button):
                button.setToolTip(hint)
        self._lay_out()
        self._say("", "info")

    def _lay_out(self) -> None:
        if self.compact:  # a strip: the picture small on the left, the words (the host places the buttons)
            self.clear_button.hide()
            for button in (self.open_button, self.paste_button):  # the page's Tab order stays the form's (Ctrl+V)
                button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.picture.hide()  # until a picture comes
            self.picture.setFixedSize(QSize(180, 120))
            middle = QVBoxLayout()
            middle.setSpacing(4)
            middle.addWidget(self.status)
            middle.addWidget(self.progress)
            middle.addWidget(self.findings_box)
            middle.addWidget(self.ocr_note)
            middle.addStretch(1)
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
            row.addLayout(middle, 1)
            self.hide()  # until there is something to show
            return
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.picture, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.findings_box)
        layout.addWidget(self.fields_scroll, 2)
        layout.addWidget(self.ocr_note)

    # -- where pictures come from ---------------------------------------------------------------------------------
    def attach(self, host: QWidget) -> None:
        """Ctrl+V and drops anywhere in ``host`` (the dialog, the intake page) bring their picture here."""
        if not self._attached:
            self._attached = True
            _PasteAndDrop.attach(self, host)
        edits = getattr(host, "edits", None)  # a BackendDialog's: what the user changed (Esc asks)
        self._edits = edits if isinstance(edits, EditTracker) else None

    def paste(self, *, quiet: bool) -> bool:
        """The clipboard's picture (image data, a copied picture file, its path or file URL): read it. Returns
        whether there was one; without one, ``quiet`` says nothing (Ctrl+V pastes text into the field)."""
        image, path = picture_in(QGuiApplication.clipboard().mimeData())
        if image is None and path is None:
            if not quiet:
                self._say(self.tr("剪贴板中没有图片：请先复制行驶证、身份证或条码的照片"), "warn")
            return False
        self.take(image, path, "paste")
        return True

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开图片"), "",
                                              self.tr("图片 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)"))
        if path:
            self.take(None, path, "file")

    def take(self, image: QImage | None, path: str | None, origin: str) -> None:
        """Read a picture (image data or a file) on the worker; a newer picture replaces one still being read."""
        self._generation += 1
        generation = self._generation
        self.outcome = None
        self.show_findings([])
        self.fields_scroll.hide()
        if image is not None:
            image = image.copy()  # the worker reads its own copy
            self.picture.set_image(display_copy(image), image.size())
        else:
            self.picture.clear()
        self.picture.show()
        self._set_busy(True)
        reading = self.tr("正在识别行驶证或身份证（约 1 秒）…") if any(
            kind in DOCUMENT_KINDS for kind in self.kinds) and not self.ocr_missing else self.tr("正在读取条码…")
        self._say(reading, "info")
        (LocalOp(scan_job, image, path, self.kinds, origin)  # not a use case of the backend: read here, kept nowhere
         .success(partial(self._done, generation))
         .failure(partial(self._failed, generation))
         .run_in(self.worker, owner=self))

    # -- the reading ----------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._reading

    def _set_busy(self, busy: bool) -> None:
        if busy != self._reading:
            self._reading = busy
            self.progress.setVisible(busy)
            self._follow()
            self.busyChanged.emit(busy)

    def _done(self, generation: int, outcome: ScanOutcome) -> None:
        if generation != self._generation:
            return
        self.show_outcome(outcome)

    def show_outcome(self, outcome: ScanOutcome) -> None:
        """Show a reading (this panel's, or one handed over from another window) and hand it on (``scanned``)."""
        self._generation += 1
        self._set_busy(False)
        self.outcome = outcome
        self.picture.set_image(outcome.image, outcome.source_size)
        self.picture.show()
        read = outcome.read
        self.picture.set_boxes(boxes_of(read.fields))
        self._show_fields(read)
        if read.kind == BARCODE:
            self._say(self.tr("已读取车架号条码：{0}").format(i18n.listed(read.vins)), "ok")
        elif read.kind == NONE:
            if read.ocr_missing:
                self._say(self.tr("图片中没有车架号条码；未安装文字识别组件，不能读取证件"), "warn")
                self.show_ocr_missing()
            elif BARCODE in self.kinds and len(self.kinds) == 1:
                self._say(self.tr("图片中没有找到车架号条码：请让条码清晰、完整地出现在图片中"), "warn")
            else:
                self._say(self.tr("没有读出证件内容：请拍摄完整、清晰、不反光的行驶证或身份证正面"), "warn")
        else:
            checks = [name for name in read.fields if read.fields[name].get("value") is not None
                      and read.needs_check(name)]
            text = self.tr("已读取{0}：请核对后再保存（不会自动保存）").format(texts.kind_label(read.kind))
            if checks:
                text += "\n" + self.tr("橙色框的字段置信度低，请对照证件核对：{0}").format(
                    i18n.listed(texts.field_label(name) for name in checks))
            self._say(text, "warn" if checks else "ok")
        self.scanned.emit(outcome)

    def _failed(self, generation: int, error: UserError) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.picture.set_boxes([])
        self._say(error.text, "error")
        if error.code == "ocr_unavailable":
            self.show_ocr_missing()
        self.scanFailed.emit(error)

    def _show_fields(self, read: PictureRead) -> None:
        if self.compact or not read.fields:
            self.fields_scroll.hide()
            return
        rows = []
        for name, entry in read.fields.items():
            value = entry.get("value")
            if value is None:
                continue
            check = bool(entry.get("check"))
            color = "#c2410c" if check else "#166534"
            rows.append(
                f"<tr><td style='color:#475569; padding-right:8px'>{_html(texts.field_label(name))}</td>"
                f"<td style='color:{color}; font-weight:{'bold' if check else 'normal'}'>{_html(str(value))}</td>"
                f"<td style='color:#64748b; padding-left:8px'>{float(entry.get('confidence') or 0):.0%}</td></tr>")
        self.fields_label.setText(f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>")
        self.fields_scroll.setVisible(bool(rows))

    def highlight(self, field: str | None) -> None:
        """Draw the box of ``field`` (the form field that has the focus) in blue."""
        self.picture.highlight(field)

    # -- what the window says about the reading ---------------------------------------------------------------------
    def show_findings(self, findings: Sequence[Finding]) -> None:
        """The checks against the record, under the picture: a line each, coloured, with its action button."""
        while self.findings_layout.count():
            item = self.findings_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        rank = {"error": 0, "warn": 1, "info": 2, "ok": 3}
        self.findings = sorted(findings, key=lambda f: rank.get(f.level, 2))  # the gravest first
        for finding in self.findings:
            row = QFrame()
            row.setObjectName(f"scanFinding_{finding.name}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(6)
            label = QLabel(finding.text)
            label.setObjectName("scanFindingText")
            label.setWordWrap(True)
            label.setStyleSheet(LEVEL_STYLE.get(finding.level, LEVEL_STYLE["info"]) + " QLabel { padding: 4px; }")
            line.addWidget(label, 1)
            if finding.action_text and finding.action is not None:
                button = push_button(finding.action_text, f"scanAction_{finding.name}",
                                     lambda _checked=False, action=finding.action: action())
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.findings_layout.addWidget(row)
        self.findings_box.setVisible(bool(findings))
        self._follow()

    def take_findings_box(self) -> QWidget:
        """The findings, out of the panel, for the window to place where they are seen first (over its form)."""
        layout = self.layout()
        if layout is not None:
            layout.removeWidget(self.findings_box)
        return self.findings_box

    def action_button(self, name: str) -> QPushButton | None:
        return self.findings_box.findChild(QPushButton, f"scanAction_{name}")

    def show_ocr_missing(self) -> None:
        self.ocr_note.setText(texts.ocr_missing_text([str(p) for p in scan.ocr_addon_dirs()]))
        self.ocr_note.show()
        self._follow()

    def buttons(self) -> tuple[QPushButton, QPushButton]:
        """打开图片… and 粘贴图片, for a strip's host to place (the hint is their tooltip)."""
        return self.open_button, self.paste_button

    def _say(self, text: str, level: str) -> None:
        show_message(self.status, text, level)
        self.status.setStyleSheet(LEVEL_STYLE[level] + " QLabel { padding: 4px; }" if text else "")
        self.status.setVisible(bool(text))
        self._follow()

    def _follow(self) -> None:
        """A strip takes room on its page only while it shows something (a picture, a word, a finding)."""
        if self.compact:
            self.setVisible(self.picture.isVisibleTo(self) or bool(self.status.text()) or bool(self.findings)
                            or self.ocr_note.isVisibleTo(self) or self._reading)

    def say(self, text: str, level: str = "info") -> None:
        self._say(text, level)

    def several_vins(self, read: PictureRead) -> bool:
        """A picture with more than one VIN bar code: said (the advisor photographs one), nothing filled."""
        if len(read.vins) <= 1:
            return False
        self.show_findings([Finding("several_vins", self.tr(
            "图片中有多个车架号条码（{0}）：请只拍一个条码").format(i18n.listed(read.vins)), "error")])
        return True

    def fill(self, widget: QLineEdit | QComboBox, source: str, value: str, *, check: bool = False,
             note: str = "") -> bool:
        """Put ``value``, read as the document's field ``source``, into ``widget`` (a combo box: the item whose data
        it is) and mark it: read, or to be checked (low confidence, ``check``); the tooltip says how sure the
        reading is (and ``note``), the field's box in the picture lights up while the field has the focus. The
        window's edit tracker counts it as the advisor's change (Esc asks before the reading is thrown away).
        Returns False when the combo box has no such item."""
        read = self.outcome.read if self.outcome is not None else None
        before = field_value(widget)
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0:
                return False
            widget.setCurrentIndex(index)
        else:
            widget.setText(value)
            widget.setCursorPosition(0)
        if self._edits is not None:
            self._edits.filled(widget, before)
        if read is None or read.kind == BARCODE:
            marks.mark(widget, marks.CHECK if check else marks.READ, note or self.tr("从车架号条码读取"))
            return True
        entry = read.fields.get(source, {})
        check = check or read.needs_check(source)
        tip = texts.confidence_tip(read.kind, source, float(entry.get("confidence") or 0), check)
        marks.mark(widget, marks.CHECK if check else marks.READ, tip + ("\n" + note if note else ""),
                   focused=partial(self.highlight, source))
        return True

    def clear(self) -> None:
        """Forget the picture (a reading on its way is dropped)."""
        self._generation += 1
        self._set_busy(False)
        self.outcome = None
        self.picture.clear()
        if self.compact:
            self.picture.hide()
        self.fields_scroll.hide()
        self.ocr_note.setVisible(self.ocr_missing and not self.compact)
        self.show_findings([])
        self._say("", "info")

    # -- keeping pictures (off unless the store turned it on) -------------------------------------------------------
    def keep(self, label: str) -> bool:
        """The record the picture was read for is saved: keep the picture when the settings say so (named by the
        time, ``label`` — a VIN or a customer code, never a name or an ID number — and the document's kind).
        Returns whether it is being kept."""
        settings = config.load_scan_settings()
        if self.outcome is None or not settings.keep_pictures:
            return False
        safe = "".join(ch for ch in label if ch.isalnum())[:32] or "scan"
        name = f"{datetime.now():%Y%m%d-%H%M%S}_{safe}_{self.outcome.read.kind}.jpg"
        (LocalOp(save_picture, self.outcome.image.copy(), settings.keep_path(), name)
         .success(self._kept)
         .failure(lambda error: self._kept(error.text))
         .run_in(self.worker, owner=self))
        return True

    def _kept(self, problem: str | None) -> None:
        if problem:
            self._say(self.tr("图片未能保存：{0}").format(problem), "error")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["Finding", "ScanOutcome", "ScanPanel", "save_picture", "scan_job"]
