"""新增车辆档案 with a picture: a VIN bar code fills the VIN, a driving licence fills the model (品牌型号) and the
VIN (V1: a VIN whose check digit fails is marked), then the plate of step two (P1) and the new owner in the
owner dialog opened from here (O2, O5). Nothing is saved before the advisor presses Enter / 保存. A licence
whose VIN is not the one the intake typed says so (V7) and fills nothing over it until the advisor chooses."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QObject

from desktop.rules.vin import normalize_vin
from desktop.services.scan_checks import BARCODE, DRIVING_LICENCE, PictureRead, check_vin
from desktop.services.scan_checks import Finding as Check
from desktop.ui.scan import texts
from desktop.ui.scan.panel import Finding, ScanOutcome, ScanPanel


class VehicleScan(QObject):
    """The scan panel of the new-vehicle dialog (``dialog``: desktop.ui.vehicle.new_vehicle_dialog.
    NewVehicleDialog; its ``model_edit``, ``vin_edit``, ``plate_edit``, ``vehicleSaved`` and ``say`` are used)."""

    def __init__(self, dialog: Any) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.outcome: ScanOutcome | None = None
        self.panel = ScanPanel(dialog.worker, (BARCODE, DRIVING_LICENCE), self.tr(
            "把车架号条码或行驶证照片粘贴到这里（Ctrl+V）或拖入，或点“打开图片…”：自动填写车型和车架号"))
        self.panel.setObjectName("vehicleScanPanel")
        self.panel.setMinimumWidth(320)
        self.panel.attach(dialog)
        self.panel.scanned.connect(self._scanned)
        dialog.vehicleSaved.connect(self._saved)
        self._kept = False

    @property
    def read(self) -> PictureRead | None:
        return self.outcome.read if self.outcome is not None else None

    def _scanned(self, outcome: ScanOutcome) -> None:
        read = outcome.read
        if read.kind not in (BARCODE, DRIVING_LICENCE):
            return
        self.outcome = outcome
        self._kept = False
        findings: list[Finding] = []
        vin = read.vin
        if read.kind == BARCODE and self.panel.several_vins(read):
            return
        if vin:
            typed = normalize_vin(self.dialog.vin_edit.text())
            if typed and typed != vin:  # V7: not the VIN the intake (or the advisor) typed
                findings.append(Finding("vin_differs", texts.finding_text(
                    Check("vin_differs", "V7", "vin", vin, typed), read.kind),
                    "error", self.tr("改用 {0}").format(vin), partial(self._fill_vin, vin)))
            else:
                self._fill_vin(vin)
        bad = check_vin(vin)
        if bad is not None:
            findings.append(Finding(bad.code, texts.finding_text(bad, read.kind), "error"))
        if read.kind == DRIVING_LICENCE:
            model = read.value("model")
            if model and self.dialog.model_edit.isEnabled():
                self.panel.fill(self.dialog.model_edit, "model", model)
        self.panel.show_findings(findings)
        if findings:
            self.dialog.say(findings[0].text, findings[0].level)

    def _fill_vin(self, vin: str) -> None:
        bad = check_vin(vin)  # V1: a VIN whose check digit fails is filled, marked for checking
        self.panel.fill(self.dialog.vin_edit, "vin", vin, check=bad is not None,
                        note=texts.finding_text(bad) if bad is not None else "")
        self.panel.show_findings([f for f in self.panel.findings if f.name != "vin_differs"])

    # -- step two: the plate (P1) and the owner (O2) ------------------------------------------------------------------
    def _saved(self, detail: Any) -> None:
        """The vehicle was saved: the licence's plate waits in the plate field (saved with 保存车牌 / Enter), and
        the picture is kept once when the store keeps pictures."""
        read = self.read
        if read is None:
            return
        if not self._kept:
            self._kept = self.panel.keep(detail.vin)
        plate = read.value("plate") if read.kind == DRIVING_LICENCE else None
        edit = self.dialog.plate_edit
        if plate and not detail.plate and not edit.text().strip():
            self.panel.fill(edit, "plate", plate)

    def owner_dialog_opened(self, owner_dialog: Any) -> None:
        """The owner dialog opened from here shows the licence and fills the new owner from it (O2, O5)."""
        if self.outcome is not None and self.outcome.read.kind == DRIVING_LICENCE:
            owner_dialog.scan.apply(self.outcome)
