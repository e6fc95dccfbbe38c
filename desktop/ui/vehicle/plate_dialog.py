"""车牌 (plate of the vehicle being serviced: P1, P2, P3, P4, M2).

Step one: the plate and plate colour for THIS vehicle (found by VIN): 保存车牌 calls
vehicles.set_plate_or_conflict (P1/P2: only plate and colour change, never VIN or model). When the plate is on
another vehicle (the old owner kept it and put it on this car, P3), nothing is saved and both vehicles come
back and are shown side by side; the default button moves the plate: vehicles.move_plate clears the old car's
plate and colour and puts the plate on this one in one transaction, on the versions of both cars shown; the
old car's VIN and model are untouched (P4). A car changed meanwhile by another workstation is refused and
the dialog starts again from the reloaded record.

Opened by the intake for its plate_on_other_vehicle outcome (a plate typed while this car was loaded by VIN,
W1 / V7), the dialog starts on the P3 page: ``holder_id`` is the car holding the plate; both records are read
(nothing is written before the advisor confirms) and Enter moves the plate. A plate no longer on that car by
then is shown on step one, ready to save. Keyboard: the plate field has the keys at once; Enter (or Ctrl+S) saves, or
on the P3 page moves the plate; an Enter pressed while the records are read is run once they are shown.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.plate import PLATE_COLORS, normalize_plate, plate_color_label
from desktop.services import vehicles
from desktop.services.vehicles import PlateConflict, PlateOutcome, PlateTaken, VehicleDetail
from desktop.ui.common import i18n, limits, shortcuts
from desktop.ui.common.forms import CANCEL, BackendDialog
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.widgets import fit_combo, normalize_on_edit, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker

EMPTY = "—"
NOTICE = ("QLabel#plateConflictText { background: #fee2e2; color: #7f1d1d; font-weight: bold; padding: 8px 12px;"
          " border: 2px solid #dc2626; border-radius: 6px; }")


def plate_field(name: str, placeholder: str) -> QLineEdit:
    """A plate number field: upper case as typed (the service normalises it the same way)."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(limits.VEHICLE["plate"])
    normalize_on_edit(edit, str.upper)
    unmark_on_edit(edit)
    return edit


def plate_color_field(name: str) -> QComboBox:
    """The plate colour: judged from the plate by the service, or chosen."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(QCoreApplication.translate("PlateDialog", "（按车牌自动判断）"), "")
    for code in PLATE_COLORS:
        combo.addItem(plate_color_label(code, i18n.current_lang()), code)
    fit_combo(combo)  # the longest choice, （按车牌自动判断）, not cut off
    unmark_on_edit(combo)
    return combo


def conflict_message(conflict: PlateConflict, lang: str | None = None) -> str:
    """The P3 message of a PlateConflict in the UI language, with its rule (as ServiceError.message)."""
    lang = lang or i18n.current_lang()
    return f"{conflict.message_en if lang.startswith('en') else conflict.message_zh} (P3)"


class PlateDialog(BackendDialog):
    plateSaved = Signal(object)  # VehicleDetail of this vehicle

    def __init__(self, actor: Any, worker: Worker, vehicle_id: int, *, plate: str = "",
                 plate_color: str | None = None, conflict: PlateConflict | None = None,
                 holder_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="plateDialog")
        self.vehicle_id = vehicle_id
        self.detail: Any = None
        self.conflict: PlateConflict | None = None
        self.result_detail: Any = None
        self.setWindowTitle(self.tr("车牌"))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._entry_page())
        self.pages.addWidget(self._conflict_page())
        self.cancel_button = self.standard_button(CANCEL, "cancelPlate", self.reject)
        self.save_button = self.action_button(self.tr("保存车牌"), "savePlate", self.save, primary=True, default=True)
        self.move_button = self.action_button(self.tr("清除原车车牌并装到本车"), "movePlate", self.move_plate,
                                           primary=True, default=None)
        self.move_button.hide()
        shortcuts.bind_button(self.save_button, "save", scope=self)
        shortcuts.bind_button(self.move_button, "save", scope=self)  # the one of the two shown
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self.footer())
        self.resize(900, 400)

        self.plate_edit.setText(plate)
        if plate_color:
            self.color.setCurrentIndex(max(0, self.color.findData(plate_color)))
        if conflict is not None:  # both cars handed in, as the service read them
            self.detail = conflict.vehicle
            self.loaded = True
            self.show_conflict(conflict)
        elif holder_id is not None and plate:
            self.update_actions()
            self.load(QueryOp(vehicles.get_vehicle_pair, self.vehicle_id, holder_id),
                      lambda pair: self._show_holder(*pair))
        else:
            self.update_actions()
            self.reload()
        if conflict is None:
            self.plate_edit.setFocus()  # keyboard first: type the plate at once

    # -- construction -------------------------------------------------------------------------------------
    def _entry_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.current = QLabel(self.tr("正在读取车辆档案…"))
        self.current.setObjectName("plateCurrent")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.plate_edit = plate_field("plateField", self.tr("如 粤B12345（与实车、行驶证一致）"))
        self.color = plate_color_field("plateColor")
        self.reason = QLineEdit()
        self.reason.setObjectName("plateReason")
        self.reason.setPlaceholderText(self.tr("选填，如：过户后换牌"))
        self.reason.setMaxLength(limits.REASON)
        for text, widget in ((self.tr("车牌号"), self.plate_edit), (self.tr("车牌颜色"), self.color),
                             (self.tr("变更原因"), self.reason)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        hint = QLabel(self.tr("P1/P2：只改车牌和车牌颜色，不改车架号和车型。车牌已在另一辆车上时，"
                              "会显示两辆车供确认（P3）。"))
        hint.setWordWrap(True)
        hint.setObjectName("plateHint")
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _conflict_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.conflict_text = QLabel()
        self.conflict_text.setObjectName("plateConflictText")
        self.conflict_text.setStyleSheet(NOTICE)
        self.conflict_text.setWordWrap(True)
        self.sides: dict[str, dict[str, QLabel]] = {}
        row = QHBoxLayout()
        for side, title in (("old", self.tr("原车：清除车牌和车牌颜色")), ("new", self.tr("本车：装上车牌"))):
            box = QGroupBox(title)
            box.setObjectName(f"{side}VehicleBox")
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            labels: dict[str, QLabel] = {}
            for key, text in (("vin", self.tr("车架号")), ("model", self.tr("车型")), ("owner", self.tr("车主")),
                              ("plate", self.tr("车牌（确认前 → 确认后）"))):
                label = QLabel(EMPTY)
                label.setObjectName(f"{side}_{key}")
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                labels[key] = label
                form.addRow(text, label)
            self.sides[side] = labels
            row.addWidget(box, 1)
        keep = QLabel(self.tr("原车的车架号、车型不变（P4）；两处修改在一次保存中完成，并记入车牌历史。"))
        keep.setWordWrap(True)
        keep.setObjectName("plateKeep")
        layout.addWidget(self.conflict_text)
        layout.addLayout(row, 1)
        layout.addWidget(keep)
        return page

    # -- step one -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.load(QueryOp(vehicles.get_vehicle, self.vehicle_id), self.show_detail)

    def show_detail(self, d: VehicleDetail) -> None:
        self.detail = d
        self.setWindowTitle(self.tr("车牌 · {0}").format(d.vin))
        now = f"{d.plate} {plate_color_label(d.plate_color, i18n.current_lang()) if d.plate_color else ''}".strip() \
            if d.plate else self.tr("未上牌")
        self.current.setText(self.tr("本车：{0} · {1}\n当前车牌：{2}").format(d.vin, d.model, now))
        self.update_actions()
        self.plate_edit.setFocus()

    def update_actions(self) -> None:
        self.save_button.setEnabled(self.detail is not None and not self.busy)
        self.move_button.setEnabled(self.conflict is not None and not self.busy)

    def _plate_color(self) -> str | None:
        return self.color.currentData() or None

    def save(self) -> None:
        if self.busy or self.detail is None:
            return
        plate = self.required(self.plate_edit, self.tr("请输入车牌号"))
        if plate is None:
            return
        (WriteOp(vehicles.set_plate_or_conflict, self.vehicle_id, plate, self._plate_color(),
                 self.reason.text().strip() or None, version=self.detail.version)
         .success(self._saved_or_conflict).run_in(self))

    def _saved_or_conflict(self, outcome: PlateOutcome) -> None:
        if outcome.conflict is not None:
            self.detail = outcome.conflict.vehicle
            self.show_conflict(outcome.conflict)
        elif outcome.detail is not None:  # saved (the service gives one or the other)
            self._done(outcome.detail)

    # -- P3: the plate is on another vehicle --------------------------------------------------------------
    def _show_holder(self, detail: VehicleDetail, holder: VehicleDetail) -> None:
        """Opened from the intake's P3 outcome: both cars read; the P3 page when the plate is still on the other
        car, else step one with the plate typed (P1)."""
        self.show_detail(detail)
        plate = normalize_plate(self.plate_edit.text())
        if holder.id == detail.id or holder.plate != plate:
            return
        taken = PlateTaken(plate, cast(Any, holder))  # the service's own P3 wording (it reads vin and model)
        self.show_conflict(PlateConflict(plate, holder.plate_color, taken.message_zh, taken.message_en, holder,
                                         detail))

    def show_conflict(self, c: PlateConflict) -> None:
        self.conflict = c
        lang = i18n.current_lang()
        self.conflict_text.setText(conflict_message(c, lang) + "\n" + self.tr(
            "如确是原车主把车牌装到了本车：确认后清除原车车牌，并把车牌装到本车。"))
        color = plate_color_label(c.plate_color, lang) if c.plate_color else ""
        for side, d in (("old", c.holder), ("new", c.vehicle)):
            labels = self.sides[side]
            labels["vin"].setText(d.vin)
            labels["model"].setText(d.model)
            labels["owner"].setText(i18n.named(d.owner.name, d.owner.code) if d.owner else self.tr("无车主"))
            before = d.plate or self.tr("未上牌")
            after = self.tr("（空）") if side == "old" else f"{c.plate} {color}".strip()
            labels["plate"].setText(f"{before} → {after}")
        self.setWindowTitle(self.tr("车牌已在另一辆车上（P3）"))
        self.pages.setCurrentIndex(1)
        self.save_button.hide()
        self.save_button.setDefault(False)
        self.move_button.show()
        self.move_button.setDefault(True)
        self.update_actions()
        self.move_button.setFocus()
        self.say("")

    def move_plate(self) -> None:
        if self.busy or self.conflict is None:
            return
        (WriteOp(vehicles.move_plate, self.vehicle_id, self.conflict.plate, self.conflict.plate_color,
                 self.reason.text().strip() or None, version=self.conflict.vehicle.version,
                 holder_version=self.conflict.holder.version)
         .success(self._done).run_in(self))

    # -- results ------------------------------------------------------------------------------------------
    def _done(self, detail: VehicleDetail) -> None:
        self.result_detail = detail
        self.plateSaved.emit(detail)
        self.accept()

    def stale(self, error: UserError) -> None:
        """A car changed meanwhile: back to step one on the reloaded record (the message stays)."""
        self.conflict = None
        self.pages.setCurrentIndex(0)
        self.move_button.hide()
        self.move_button.setDefault(False)
        self.save_button.show()
        self.save_button.setDefault(True)
        self.update_actions()
        self.save_button.setEnabled(False)  # until the record is read again
        self.reload()

    def field_widgets(self) -> dict[str, QWidget]:
        if self.pages.currentIndex() != 0:
            return {}
        return {"plate": self.plate_edit, "plate_color": self.color}

    # -- keyboard ---------------------------------------------------------------------------------------------------
    def enter_pressed(self, widget: QObject | None) -> None:
        if self.when_loaded(lambda: self.enter_pressed(self.focusWidget())):
            return  # typed ahead: saved (or the plate moved, P3) once the records are read
        if self.pages.currentIndex() == 1:
            self.move_plate()
        else:
            self.save()
