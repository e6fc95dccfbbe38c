"""接车 · scan first (W1, V7, P2, W9 / O5): the VIN from a scanner, a picture or the document camera's folder.

* A keyboard-wedge scanner types fast and ends with Enter or Tab: its framing (AIM symbology identifiers such as
  ``]A0``, control characters, the GB/T 18410 "I" in front of a Code 39 VIN) is stripped by
  :func:`desktop.rules.vin.read_scanner` before the lookup; a Tab that ends a scanner's burst looks up as Enter
  does. Typing by hand is left as it is (the lookup reads it as always).
* A picture pasted (Ctrl+V), dropped or opened on the intake page, or saved by the document camera (高拍仪) into
  the folder named in the settings while the intake page is shown: a VIN bar code fills the VIN field and looks
  up (read from the car: it stands for the V7 check); a driving licence's VIN and plate go into the fields and
  are looked up together (the plate is checked against the car, P3 / P1 / P2, by the usual plate path); the
  licence's VIN is the document's, not the car's, so a car so loaded still asks for the VIN from the car (V7).
* Then the licence against the car loaded: another car's licence (V7), another plate (P2: 更新车牌 opens the plate
  dialog with it), another owner (W9 / O5: 更换车主 opens the owner dialog, the licence shown there).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop import config
from desktop.rules.errors import ValidationError
from desktop.rules.plate import validate_plate
from desktop.rules.vin import VIN_LENGTH, describe_readings, normalize_vin, read_scanner
from desktop.services.scan_checks import BARCODE, DRIVING_LICENCE, PictureRead, check_licence, check_vin
from desktop.services.scan_checks import Finding as Check
from desktop.ui.common import i18n
from desktop.ui.scan import texts
from desktop.ui.scan.folder_watch import FolderWatcher
from desktop.ui.scan.panel import Finding, ScanOutcome, ScanPanel

BURST_MS = 35  # keys closer together than this come from a scanner (a person types ~100-200 ms apart)
MIN_BURST = 12  # a burst this long (a VIN is 17) is a scan
_FRAMING = re.compile(r"\][A-Za-z][0-9A-Za-z]|[\x00-\x1f\x7f-\x9f]")


def looks_scanned(text: str, burst: bool = False) -> bool:
    """What a scanner sends rather than a person types: a burst of keys, a symbology identifier or control
    characters, or the GB/T 18410 "I" (or a "VIN" label) in front of 17 characters."""
    if burst or _FRAMING.search(text):
        return True
    norm = normalize_vin(text)
    return len(norm) > VIN_LENGTH  # the "I" or a "VIN:" label in front, two lines pasted: no VIN is that long


def unframed(text: str) -> str:
    """A scan without its framing (symbology identifiers, control characters, the "I" or "VIN" in front of 17
    characters), normalised as the VIN field shows it; nothing is read as something else."""
    norm = normalize_vin(_FRAMING.sub("", text))
    if len(norm) == 18 and norm.startswith("I"):
        return norm[1:]
    if len(norm) == 20 and norm.startswith("VIN"):
        return norm[3:]
    return norm


class ScannerInput(QObject):
    """Tells a scanner's burst of keys in ``edit`` from typing (:attr:`burst`), and looks up on the Tab that ends
    a scan (``tabbed``): a burst whose text carries a scanner's framing (a symbology identifier, a control
    character, the "I" in front of the VIN). A plain VIN and Tab, however fast, is Tab: the keyboard goes on to
    the plate field (V7: VIN, Tab, plate, Enter checks the plate against that car), where Enter on an empty plate
    looks the VIN up. ``clock`` (seconds) is replaceable for tests."""

    tabbed = Signal()

    def __init__(self, edit: QLineEdit, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(edit)
        self.edit = edit
        self.clock = clock
        self.run = 0
        self._last = -1.0
        edit.installEventFilter(self)

    @property
    def burst(self) -> bool:
        return self.run >= MIN_BURST

    def reset(self) -> None:
        self.run = 0
        self._last = -1.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self.edit:
            return False
        if event.type() == QEvent.Type.FocusOut:
            if not self.burst:
                self.reset()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            text = self.edit.text()
            if self.burst and text.strip() and looks_scanned(text):
                self.tabbed.emit()  # a scanner's framing and its Tab: the lookup, as Enter
                return True
            return False
        text = event.text()
        if text and text.isprintable():
            now = self.clock()
            self.run = self.run + 1 if self._last >= 0 and (now - self._last) * 1000 <= BURST_MS else 1
            self._last = now
        return False


class IntakeScan(QObject):
    """Scanning on the intake page (``intake``: desktop.ui.intake.panel.IntakePanel; its ``vin_input``,
    ``plate_input``, ``lookup_vin``, ``result``, ``banner``, ``open_owner_dialog``, ``open_plate_dialog`` and
    signals are used)."""

    def __init__(self, intake: Any) -> None:
        super().__init__(intake)
        self.intake = intake
        self.pending: ScanOutcome | None = None  # a licence whose car is being looked up
        self.shown: ScanOutcome | None = None  # the licence checked against the car loaded
        self._folder_path: str | None = None
        self.panel = ScanPanel(intake.worker, (BARCODE, DRIVING_LICENCE), self.tr(
            "可粘贴（Ctrl+V）或拖入车架号条码、行驶证的照片：自动填入车架号并查询"), compact=True)
        self.panel.setObjectName("intakeScan")
        self.panel.attach(intake)
        self.panel.scanned.connect(self._scanned)
        self.panel.scanFailed.connect(self._failed)
        self.hint = self.panel.open_button.toolTip()
        self.folder_label = QLabel()  # only when the document camera's folder is missing
        self.folder_label.setObjectName("scanFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.hide()
        self.scanner = ScannerInput(intake.vin_input)
        self.scanner.tabbed.connect(intake.lookup_vin)
        intake.lookupFinished.connect(self._looked_up)
        intake.form.saved.connect(self._saved)  # before the panel clears itself for the next car
        self.watcher: FolderWatcher | None = None
        self.watch(config.load_scan_settings().watch_folder)

    # -- the scanner in the VIN field -----------------------------------------------------------------------------
    def unscanned(self, text: str) -> str | None:
        """Before a lookup: ``text`` of the VIN field as the VIN a scanner's text holds (its framing stripped; I / O
        / Q left for the lookup to read and say, V8 / N1), or ``text`` itself when typed by hand. None when the scan
        holds several VINs (said in the banner; no lookup)."""
        burst = self.scanner.burst
        self.scanner.reset()
        if not text or not looks_scanned(text, burst):
            return text
        try:
            vin, readings = read_scanner(text)
        except ValidationError as exc:
            if exc.code == "several_vins":
                self.intake.banner.set_status("error", self.tr("扫描内容无效"), exc.message(i18n.current_lang()))
                return None
            # no VIN with a valid check digit (a slip, a VIN without check digit): the framing goes, and the
            # lookup says what it finds (V8: a character or two off a VIN on file)
            vin, readings = unframed(text), ()
        shown = list(vin)
        for position, letter, _digit in readings:  # the lookup reads them again and tells the advisor (V8 / N1)
            shown[position - 1] = letter
        described = describe_readings(readings)
        if described is not None:  # I / O / Q in the scan: read as 1 / 0 / 0, said (V8 / N1)
            self.panel.say(described.render(QCoreApplication.translate), "warn")
        return "".join(shown)

    # -- pictures -------------------------------------------------------------------------------------------------
    def widgets(self) -> tuple[QWidget, ...]:
        """What the intake page lays out under its inputs: the reading (shown while there is one) and the word on
        a missing document-camera folder. The buttons go into the input row (:meth:`ScanPanel.buttons`)."""
        return self.panel, self.folder_label

    def watch(self, folder: str) -> None:
        """Read the pictures the document camera saves into ``folder`` ("" = none) while the page is shown."""
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None
        tip = self.hint
        self.folder_label.hide()
        if folder:
            self.watcher = FolderWatcher(folder, self)
            self.watcher.pictureReady.connect(self._arrived)
            if self.watcher.active:
                tip += "\n" + self.tr("高拍仪文件夹：{0}（新拍的照片会自动读取）").format(folder)
            else:
                self.folder_label.setText(self.tr("高拍仪文件夹不存在：{0}；请在登录窗口的“设置”中修改").format(folder))
                self.folder_label.show()
        for button in self.panel.buttons():
            button.setToolTip(tip)

    def _arrived(self, path: str) -> None:
        if not self.intake.isVisible():
            return  # read only while the intake page is shown
        self._folder_path = path
        self.panel.take(None, path, "folder")

    def _failed(self, error: Any) -> None:
        path, self._folder_path = self._folder_path, None
        if path is not None and error.code == "image_unreadable" and self.watcher is not None \
                and self.watcher.retry(path):  # the camera is still writing it
            self.panel.say(self.tr("正在等待高拍仪保存照片…"), "info")

    def _scanned(self, outcome: ScanOutcome) -> None:
        if self._folder_path is not None and self.watcher is not None:
            self.watcher.done(self._folder_path)
        self._folder_path = None
        read = outcome.read
        if read.kind == BARCODE:
            self._barcode(read)
        elif read.kind == DRIVING_LICENCE:
            self._licence(outcome)

    def _barcode(self, read: PictureRead) -> None:
        if self.panel.several_vins(read):
            return
        self.shown = None
        self.intake.look_up_vin(read.vins[0], from_car=True)  # the car's own label: it stands for the V7 check

    def _loaded(self) -> tuple[Any, Any]:
        result = self.intake.result
        if result is None:
            return None, None
        return result.serviced_vehicle, result.serviced_owner

    def _licence(self, outcome: ScanOutcome) -> None:
        read = outcome.read
        vin = read.vin
        vehicle, _owner = self._loaded()
        bad = check_vin(vin)
        if not vin or bad is not None:
            text = texts.finding_text(bad, read.kind) if bad is not None else self.tr(
                "没有读出行驶证上的车架号：请扫描车架号条码或手工输入")
            self.panel.show_findings([Finding(bad.code if bad is not None else "no_vin", text, "error")])
            if vin:
                self.intake.put_vin(vin)
            return
        if vehicle is not None and vehicle.vin != vin:
            check = Check("vin_differs", "V7", "vin", vin, vehicle.vin)
            self.panel.show_findings([Finding("vin_differs", texts.finding_text(check, read.kind), "error",
                                              self.tr("查询行驶证上的车辆"), lambda: self._look_up(outcome))])
            return
        if vehicle is not None:
            self.shown = outcome
            self._check(outcome)
            return
        self._look_up(outcome)

    def _look_up(self, outcome: ScanOutcome) -> None:
        """The licence's VIN and plate into the fields and looked up together (the plate checked against the car)."""
        read = outcome.read
        self.pending = outcome
        self.shown = None
        plate = read.value("plate")
        try:
            plate = validate_plate(plate) if plate else ""
        except ValidationError:
            plate = ""
        self.intake.look_up_licence(read.vin or "", plate)

    def _looked_up(self, _outcome: str) -> None:
        """A lookup came back: the licence looked up (or shown) is checked against the car now loaded (again after
        a guided dialog fixed the owner or the plate, W5); another car loaded puts the licence away."""
        outcome, self.pending = self.pending or self.shown, None
        if outcome is None:
            return
        vehicle, _owner = self._loaded()
        if vehicle is not None and vehicle.vin == outcome.read.vin:
            self.shown = outcome
            self._check(outcome)
        elif vehicle is not None:
            self.shown = None
            self.panel.clear()

    def _check(self, outcome: ScanOutcome) -> None:
        """The licence against the car loaded and its owner: V7, P2 / P1, W9 / O5."""
        read = outcome.read
        vehicle, owner = self._loaded()
        if vehicle is None:
            return
        checks = check_licence(read, vin=vehicle.vin, plate=vehicle.plate, plate_known=True,
                               owner_name=owner.name if owner is not None else None,
                               owner_type=owner.customer_type if owner is not None else None)
        findings = []
        for check in checks:
            text = texts.finding_text(check, read.kind)
            level = texts.finding_level(check)
            if check.code == "owner_differs":
                findings.append(Finding(check.code, text, level, self.tr("更换车主"),
                                        partial(self._change_owner, outcome)))
            elif check.code in ("plate_differs", "plate_not_on_file"):
                findings.append(Finding(check.code, text, level, self.tr("更新车牌"),
                                        partial(self._update_plate, check.read)))
            elif check.code == "owner_homophone" and owner is not None:
                findings.append(Finding(check.code, text, level, self.tr("打开车主档案"),
                                        partial(self.intake.openCustomer.emit, owner.code)))
            else:
                findings.append(Finding(check.code, text, level))
        self.panel.show_findings(findings)

    def _change_owner(self, outcome: ScanOutcome) -> None:
        """W9 / O3: the owner dialog, the licence shown and its owner filled in there."""
        dialog = self.intake.open_owner_dialog()
        if dialog is not None:
            dialog.scan.apply(outcome)

    def _update_plate(self, plate: str) -> None:
        """P2: the plate dialog of the car loaded, with the licence's plate."""
        self.intake.plate_input.setText(plate)
        self.intake.open_plate_dialog()

    # -- the page -------------------------------------------------------------------------------------------------
    def _saved(self, _order: Any) -> None:
        """A work order was saved for the car a picture loaded: the picture is kept when the store keeps them."""
        vehicle, _owner = self._loaded()
        outcome = self.panel.outcome
        if vehicle is not None and outcome is not None and outcome.read.vin == vehicle.vin:
            self.panel.keep(vehicle.vin)

    def clear(self) -> None:
        """Esc: the next car (the picture goes too)."""
        self.pending = None
        self.shown = None
        self.scanner.reset()
        self.panel.clear()
