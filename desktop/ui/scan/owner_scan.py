"""维护车主 with a picture: a driving licence or an ID card pasted (Ctrl+V), dropped or opened fills the new
owner's form (C3, C5, C7; never saved before the advisor presses Enter or 新建并设为车主) and is checked against
the vehicle and the owner on file at once (desktop.services.scan_checks): the licence's owner is not the owner
on file (W9 / O5: the change of owner — find the licence's owner first, C1, then link or create), the same
sound in other characters (O5 / C11: customer service corrects the name on file, no change of owner), the
licence is another car's (V7) or names another plate (P2), the ID number fails its check (C7)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QVBoxLayout

from desktop.services.scan_checks import (
    DRIVING_LICENCE,
    ID_CARD,
    PictureRead,
    check_id_card,
    check_licence,
    owner_draft,
)
from desktop.services.scan_checks import Finding as Check
from desktop.ui.scan import marks, texts
from desktop.ui.scan.panel import Finding, ScanOutcome, ScanPanel

#: the form's fields and the document's field each is read from
SOURCES = {DRIVING_LICENCE: {"name": "owner", "customer_type": "owner"},
           ID_CARD: {"name": "name", "customer_type": "name", "id_type": "id_number", "id_number": "id_number"}}


class OwnerScan(QObject):
    """The scan column of the owner dialog (``dialog``: desktop.ui.owner.owner_dialog.OwnerDialog; its
    ``new_fields``, ``search_edit``, ``search_now``, ``detail`` and ``say`` are used)."""

    def __init__(self, dialog: Any) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.read: PictureRead | None = None
        self.panel = ScanPanel(dialog.worker, (DRIVING_LICENCE, ID_CARD), self.tr(
            "把行驶证或身份证照片粘贴到这里（Ctrl+V）或拖入，或点“打开图片…”：自动填写新增车主，并与档案车主核对（O5）"))
        self.panel.attach(dialog)
        self.panel.scanned.connect(self._scanned)
        self.box = QGroupBox(self.tr("③ 行驶证 / 身份证照片（核对车主 O5）"))
        self.box.setObjectName("ownerScanBox")
        layout = QVBoxLayout(self.box)
        layout.addWidget(self.panel)
        #: the checks against the record, over the whole dialog (the dialog places it under its notice)
        self.findings = self.panel.take_findings_box()
        dialog.ownerChanged.connect(self._saved)

    # -- the reading ------------------------------------------------------------------------------------------------
    def apply(self, outcome: ScanOutcome) -> None:
        """A licence read in another window (新增车辆档案): shown and used here as if pasted here."""
        self.panel.show_outcome(outcome)

    def _scanned(self, outcome: ScanOutcome) -> None:
        read = outcome.read
        if read.kind not in (DRIVING_LICENCE, ID_CARD):
            self.read = None
            return
        self.read = read
        self._fill(read)
        findings = self.check()
        name = read.owner_name
        owner = self._owner()
        if name and (owner is None or any(f.name == "owner_differs" for f in findings)):
            # C1: the owner the document names is looked for first (Enter in the search field finds it)
            self.dialog.search_edit.setText(name)
            self.dialog.search_edit.setFocus()
            self.dialog.search_edit.selectAll()

    def _fill(self, read: PictureRead) -> None:
        """The new owner's form, as the document says; every field filled is marked (orange: check it)."""
        fields: dict[str, QLineEdit | QComboBox] = self.dialog.new_fields
        marks.clear(fields.values())
        draft = owner_draft(read)
        sources = SOURCES[read.kind]
        for key in ("customer_type", "name", "id_type", "id_number"):
            value = draft.get(key)
            widget = fields.get(key)
            if value is None or widget is None:
                continue
            source = sources[key]
            suggestion = read.fields.get(source, {}).get("suggestion")
            if suggestion and key == "name":  # shown, never folded silently (C5)
                self.panel.fill(widget, source, value, check=True, note=self.tr(
                    "含繁体字：证件上的写法为“{0}”，简体为“{1}”；以证件为准（C5）").format(
                        read.fields[source].get("value"), suggestion))
            else:
                self.panel.fill(widget, source, value)

    def _owner(self) -> Any:
        detail = self.dialog.detail
        return detail.owner if detail is not None else None

    def detail_changed(self) -> None:
        """The vehicle was read (again): the checks follow it."""
        if self.read is not None:
            self.check()

    def check(self) -> list[Finding]:
        """The document against the vehicle and the owner on file, shown under the picture."""
        read = self.read
        detail = self.dialog.detail
        if read is None:
            return []
        owner = self._owner()
        if read.kind == DRIVING_LICENCE:
            checks = check_licence(read, vin=detail.vin if detail is not None else None,
                                   plate=detail.plate if detail is not None else None,
                                   plate_known=detail is not None,
                                   owner_name=owner.name if owner is not None else None,
                                   owner_type=owner.customer_type if owner is not None else None)
        else:
            checks = check_id_card(read, owner_name=owner.name if owner is not None else None,
                                   owner_type=owner.customer_type if owner is not None else None,
                                   owner_id_number=owner.id_number if owner is not None else None)
        findings = [self._finding(c, read) for c in checks]
        if detail is not None and owner is None and read.owner_name:
            findings.append(Finding("no_owner", self.tr("车辆没有车主（W3/O2）：已按{0}填好右侧“新增车主”；"
                                                        "请先查找此人是否已是客户（C1），找不到再新建").format(
                texts.kind_label(read.kind)), "info", self.tr("查找“{0}”").format(read.owner_name),
                self._search_document_owner))
        for check in checks:
            if check.code == "id_invalid":
                widget = self.dialog.new_fields.get("id_number")
                if widget is not None:
                    marks.mark(widget, marks.CHECK, texts.finding_text(check, read.kind),
                               focused=lambda: self.panel.highlight("id_number"))
        self.panel.show_findings(findings)
        return findings

    def _finding(self, check: Check, read: PictureRead) -> Finding:
        text = texts.finding_text(check, read.kind)
        level = texts.finding_level(check)
        if check.code == "owner_differs":
            return Finding(check.code, text, level, self.tr("查找“{0}”并更换车主").format(check.read),
                           self._search_document_owner)
        return Finding(check.code, text, level)

    def _search_document_owner(self) -> None:
        """W9 / O3: the change of owner starts with finding the document's owner among the customers (C1)."""
        name = self.read.owner_name if self.read is not None else None
        if not name:
            return
        self.dialog.search_edit.setText(name)
        self.dialog.search_now()

    # -- saved ------------------------------------------------------------------------------------------------------
    def _saved(self, detail: Any) -> None:
        """The owner was saved with this picture on screen: kept only when the store keeps pictures."""
        if self.read is not None:
            self.panel.keep(detail.vin)
