"""新增车辆档案 (hand-created vehicle: M1, M2, M3, V1, V4, V8, N1, P3, O2).

Step one: model and VIN only, saved (M2). A VIN on file is not an error but M3: the dialog hands the
vehicle to the attach dialog (``vinExists``) and closes. A VIN a character or two off one on file (V8,
N1) stops here: the VINs on file are shown with an escalation note; 提交主数据团队 files it
(escalations.file_vin_escalation) and shows its status, 刷新状态 reads the answer (a "different car" permit lets
保存 create exactly that VIN); the note can still be copied; nothing is created. Step two, once saved: plate and plate colour (a plate on another vehicle
opens the plate dialog, P3), then the owner through the owner dialog (O2), then insurance and warranty
(M4: after model, VIN, plate and owner are confirmed). 完成 closes; the intake then loads the VIN again.
Keyboard: Enter in a field saves its step; Enter in the empty plate field of a car without a plate goes on to
添加车主 (F3, as at the intake); Ctrl+S saves step one and is 完成 in step two.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.plate import plate_color_label
from desktop.services import escalations, vehicles
from desktop.services.escalations import EscalationView
from desktop.services.vehicles import PlateOutcome, SuspectedVinTypo, VehicleDetail, VinExists
from desktop.ui.common import i18n, limits, shortcuts
from desktop.ui.common.forms import CANCEL, CLOSE, SAVE, BackendDialog
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.widgets import push_button, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.scan.vehicle_scan import VehicleScan
from desktop.ui.vehicle.plate_dialog import PlateDialog, conflict_message, plate_color_field, plate_field

PAGE_BASIC, PAGE_TYPO, PAGE_MORE = range(3)
OTHER_FIELDS = ("commercial_insurer", "commercial_policy_no", "commercial_expiry", "compulsory_insurer",
                "compulsory_policy_no", "compulsory_expiry", "warranty_mileage", "warranty_start", "warranty_end")
STOP = ("QLabel#typoHeadline { background: #fee2e2; color: #7f1d1d; font-weight: bold; padding: 8px 12px;"
        " border: 2px solid #dc2626; border-radius: 6px; }")


class NewVehicleDialog(BackendDialog):
    vehicleSaved = Signal(object)  # VehicleDetail, after each save
    vinExists = Signal(int, bool)  # M3: the vehicle on file, whether this store sees it already

    def __init__(self, actor: Any, worker: Worker, vin: str = "", *,
                 similar_vins: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="newVehicleDialog")
        self.detail: Any = None
        self.stopped: VinExists | SuspectedVinTypo | None = None
        self.escalation: EscalationView | None = None
        self.typo_vin = ""
        self.child: QDialog | None = None
        self.setWindowTitle(self.tr("新增车辆档案"))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._basic_page(vin))
        self.pages.addWidget(self._typo_page())
        self.pages.addWidget(self._more_page())
        self.cancel_button = self.standard_button(CANCEL, "cancelVehicle", self._close)
        self.close_button = self.standard_button(CLOSE, "closeDialog", self._close)  # the V8 view
        self.close_button.hide()
        self.save_button = self.standard_button(SAVE, "saveVehicle", self.save, primary=True, default=True)
        self.finish_button = self.action_button(self.tr("完成"), "finishVehicle", self.accept)
        self.finish_button.hide()
        shortcuts.set_label(self.save_button, self.save_button.text(), "save")
        shortcuts.set_label(self.finish_button, self.finish_button.text(), "save")
        shortcuts.bind(self, "save", lambda: shortcuts.click_bound(self, "save"))  # 保存 (step one), 完成 (two)
        shortcuts.bind_button(self.owner_button, "dialog_owner")  # 添加车主 / 更换车主: F3, as at the intake
        layout = QVBoxLayout(self)
        self.scan = VehicleScan(self)  # a VIN bar code or a licence pasted or dropped fills the form (issue #15)
        body = QHBoxLayout()
        body.addWidget(self.pages, 3)
        body.addWidget(self.scan.panel, 2)
        layout.addLayout(body, 1)
        layout.addLayout(self.footer())
        self.resize(1280, 640)
        if similar_vins:  # the intake found the typo already (V8): straight to the escalation view
            self.show_typo(vin, tuple(similar_vins), "")
        else:
            self.model_edit.setFocus()

    # -- construction -------------------------------------------------------------------------------------
    def _basic_page(self, vin: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        step = QLabel(self.tr("第一步：只填车型和车架号并保存（M2）。没有重复车架号时，再填车牌、车主、保险和保修。"))
        step.setWordWrap(True)
        step.setObjectName("stepOne")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.model_edit = QLineEdit()
        self.model_edit.setObjectName("field_model")
        self.model_edit.setPlaceholderText(self.tr("与行驶证一致，如 本田 雅阁 2.0T 豪华版"))
        self.model_edit.setMaxLength(limits.VEHICLE["model"])
        self.vin_edit = QLineEdit(vin)
        self.vin_edit.setObjectName("field_vin")
        self.vin_edit.setPlaceholderText(self.tr("17 位，与实车一致（N1）"))
        self.vin_edit.setMaxLength(limits.VEHICLE["vin"])
        for text, widget in ((self.tr("车型"), self.model_edit), (self.tr("车架号"), self.vin_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            unmark_on_edit(widget)
        lock = QLabel(self.tr("保存后车型、车架号锁定，只有主数据团队可纠正轻微录入错误（V4）：请与实车、行驶证逐位核对。"))
        lock.setWordWrap(True)
        lock.setObjectName("lockNote")
        layout.addWidget(step)
        layout.addLayout(form)
        layout.addWidget(lock)
        layout.addStretch(1)
        return page

    def _typo_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.typo_headline = QLabel()
        self.typo_headline.setObjectName("typoHeadline")
        self.typo_headline.setStyleSheet(STOP)
        self.typo_headline.setWordWrap(True)
        self.similar_label = QLabel()
        self.similar_label.setObjectName("similarVins")
        self.similar_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.similar_label.setStyleSheet("QLabel { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 18px; }")
        self.note = QPlainTextEdit()
        self.note.setObjectName("escalationNote")
        self.note.setReadOnly(True)
        self.copy_button = push_button(self.tr("复制给主数据团队"), "copyEscalation", self.copy_note)
        self.file_button = push_button(self.tr("提交主数据团队"), "fileEscalation", self.file_escalation,
                                       primary=True)  # the V8 page's own row
        self.refresh_button = push_button(self.tr("刷新状态"), "refreshEscalation", self.refresh_escalation)
        self.refresh_button.hide()
        self.back_button = push_button(self.tr("返回修改车架号"), "backToVin", self._back_to_vin)
        self.escalation_status = QLabel()
        self.escalation_status.setObjectName("escalationStatus")
        self.escalation_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.refresh_button)
        row.addWidget(self.file_button)
        layout.addWidget(self.typo_headline)
        layout.addWidget(QLabel(self.tr("已有相近车架号：")))
        layout.addWidget(self.similar_label)
        layout.addWidget(QLabel(self.tr("发给主数据团队（EAS 管理团队）的说明：")))
        layout.addWidget(self.note, 1)
        layout.addWidget(self.escalation_status)
        layout.addLayout(row)
        return page

    def _more_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.saved_line = QLabel()
        self.saved_line.setObjectName("savedVehicle")
        self.saved_line.setWordWrap(True)
        self.saved_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        plate_box = QGroupBox(self.tr("② 车牌（P1）"))
        plate_row = QHBoxLayout(plate_box)
        self.plate_edit = plate_field("newPlate", self.tr("如 粤B12345"))
        self.plate_color = plate_color_field("newPlateColor")
        self.plate_button = push_button(self.tr("保存车牌"), "saveNewPlate", self.save_plate)
        self.plate_state = QLabel(self.tr("未上牌"))
        self.plate_state.setObjectName("plateState")
        plate_row.addWidget(QLabel(self.tr("车牌号")))
        plate_row.addWidget(self.plate_edit, 1)
        plate_row.addWidget(QLabel(self.tr("颜色")))
        plate_row.addWidget(self.plate_color)
        plate_row.addWidget(self.plate_button)
        plate_row.addWidget(self.plate_state)

        owner_box = QGroupBox(self.tr("③ 车主（O2：保存车辆后在此添加）"))
        owner_row = QHBoxLayout(owner_box)
        self.owner_state = QLabel(self.tr("无车主"))
        self.owner_state.setObjectName("ownerState")
        self.owner_button = push_button(self.tr("添加车主"), "addOwner", self.open_owner)
        owner_row.addWidget(self.owner_state, 1)
        owner_row.addWidget(self.owner_button)

        other_box = QGroupBox(self.tr("④ 保险和保修（M4：车型、车架号、车牌、车主核对一致后再填）"))
        grid = QGridLayout(other_box)
        self.other: dict[str, QLineEdit] = {}
        labels = {
            "commercial_insurer": self.tr("商业险保险公司"), "commercial_policy_no": self.tr("商业险保单号"),
            "commercial_expiry": self.tr("商业险到期日"), "compulsory_insurer": self.tr("交强险保险公司"),
            "compulsory_policy_no": self.tr("交强险保单号"), "compulsory_expiry": self.tr("交强险到期日"),
            "warranty_mileage": self.tr("保修里程（公里）"), "warranty_start": self.tr("保修开始日期"),
            "warranty_end": self.tr("保修结束日期"),
        }
        for i, name in enumerate(OTHER_FIELDS):
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            if name.endswith(("_expiry", "_start", "_end")):
                edit.setPlaceholderText("YYYY-MM-DD")
                edit.setMaxLength(limits.DATE)
            elif name == "warranty_mileage":
                edit.setMaxLength(limits.MILEAGE)
            else:
                edit.setMaxLength(limits.VEHICLE[name])
            unmark_on_edit(edit)
            label = QLabel(labels[name])
            label.setBuddy(edit)
            grid.addWidget(label, i // 3, (i % 3) * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(edit, i // 3, (i % 3) * 2 + 1)
            self.other[name] = edit
        self.other_button = push_button(self.tr("保存保险和保修"), "saveOther", self.save_other)
        grid.addWidget(self.other_button, 3, 5, Qt.AlignmentFlag.AlignRight)

        layout.addWidget(self.saved_line)
        layout.addWidget(plate_box)
        layout.addWidget(owner_box)
        layout.addWidget(other_box)
        layout.addStretch(1)
        return page

    # -- step one (M2) ------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.busy or self.pages.currentIndex() != PAGE_BASIC:
            return
        # M3 (VinExists) and V8 (SuspectedVinTypo) stop the creation with their own view; nothing was saved
        (WriteOp(vehicles.create_manual_vehicle, model=self.model_edit.text(), vin=self.vin_edit.text())
         .success(self._created)
         .expect(VinExists, self._vin_exists)
         .expect(SuspectedVinTypo, self._suspected_typo)
         .run_in(self))

    def _created(self, detail: VehicleDetail) -> None:
        self._show_more(detail)
        self.vehicleSaved.emit(detail)

    def _vin_exists(self, stop: VinExists, error: UserError) -> None:
        """M3: the VIN is on file: attach it, never create it again."""
        self.stopped = stop
        self.say(error.text, "info")
        self.vinExists.emit(stop.vehicle_id, stop.visible)
        self.reject()

    def _suspected_typo(self, stop: SuspectedVinTypo, error: UserError) -> None:
        """V8: a VIN a character or two off one on file: stop and escalate."""
        self.stopped = stop
        self.show_typo(stop.vin, tuple(stop.similar), error.text)

    # -- V8: stop and escalate ----------------------------------------------------------------------------
    def show_typo(self, vin: str, similar: tuple[str, ...], message: str) -> None:
        self.setWindowTitle(self.tr("疑似车架号录入错误（V8）"))
        self.typo_headline.setText(message or self.tr(
            "车架号 {0} 与已有车架号仅差一两位：疑似录入错误。请核对实车车架号，不要新建车辆档案，"
            "联系主数据团队（V8、N1）。").format(vin))
        self.similar_label.setText("\n".join(similar))
        self.note.setPlainText(self.tr(
            "主数据团队：接车时输入的车架号疑似录入错误，请核对（V8/N1）。\n"
            "输入的车架号：{0}\n已有相近车架号：{1}\n门店：{2} {3}\n经办人：{4}（{5}）\n"
            "实车车架号（请核对后填写）：").format(
                vin, i18n.listed(similar), self.actor.store_code, self.actor.store_name, self.actor.name,
                self.actor.login))
        self.typo_vin = vin
        self.escalation = None
        self.escalation_status.setText("")
        self.file_button.show()
        self.refresh_button.hide()
        self.pages.setCurrentIndex(PAGE_TYPO)
        self._show_buttons(self.close_button)
        self.say("")
        self.file_button.setFocus()

    def file_escalation(self) -> None:
        """V8: file the VIN to the master-data team (one open escalation per VIN: a second filing shows it)."""
        if self.busy or not self.typo_vin:
            return
        (WriteOp(escalations.file_vin_escalation, self.typo_vin, self.note.toPlainText())
         .success(self._escalation_shown).busy(self.tr("正在提交…")).run_in(self))

    def refresh_escalation(self) -> None:
        if self.busy or self.escalation is None:
            return
        (QueryOp(escalations.get_escalation, self.escalation.id)
         .success(self._escalation_shown).busy(self.tr("正在查询…")).run_in(self))

    def _escalation_shown(self, e: EscalationView) -> None:
        self.escalation = e
        lang = "en" if i18n.current_lang().startswith("en") else "zh_CN"
        text = self.tr("升级单 {0}：{1}").format(e.id, e.status_label(lang))
        if e.resolved_vin:
            text += "\n" + self.tr("请使用档案中的车辆：{0}").format(e.resolved_vin)
        if e.resolution_note:
            text += "\n" + self.tr("主数据团队说明：{0}").format(e.resolution_note)
        if e.status == "different_car":
            text += "\n" + self.tr("可返回修改车架号页面，保存新建该车架号")
        self.escalation_status.setText(text)
        self.file_button.hide()
        self.refresh_button.show()
        self.refresh_button.setFocus()
        self.say(self.tr("已提交主数据团队"), "ok")

    def copy_note(self) -> None:
        QGuiApplication.clipboard().setText(self.note.toPlainText())
        self.say(self.tr("已复制，请发给主数据团队"), "ok")

    def _back_to_vin(self) -> None:
        self.pages.setCurrentIndex(PAGE_BASIC)
        self.setWindowTitle(self.tr("新增车辆档案"))
        self._show_buttons(self.cancel_button, self.save_button)
        self.vin_edit.setFocus()
        self.vin_edit.selectAll()

    # -- step two -----------------------------------------------------------------------------------------
    def _show_more(self, d: Any) -> None:
        self.detail = d
        self.setWindowTitle(self.tr("车辆档案 · {0}").format(d.vin))
        self.saved_line.setText(self.tr("① 已新建 {0}：{1} · {2}（车型、车架号已锁定，V4）").format(
            d.internal_code, d.model, d.vin))
        if d.plate:
            color = plate_color_label(d.plate_color, i18n.current_lang()) if d.plate_color else ""
            self.plate_state.setText(self.tr("已上牌：{0}").format(f"{d.plate} {color}".strip()))
        if d.owner is not None:
            self.owner_state.setText(f"{i18n.named(d.owner.name, d.owner.code)} · {i18n.status_label(d.owner.status)}")
            shortcuts.set_label(self.owner_button, self.tr("更换车主"))
        self.pages.setCurrentIndex(PAGE_MORE)
        self._show_buttons(self.finish_button)
        self.finish_button.setDefault(False)
        if not d.plate:
            self.plate_edit.setFocus()
        elif d.owner is None:
            self.owner_button.setFocus()
        else:
            self.finish_button.setFocus()
        self.say(self.tr("已保存"), "ok")

    def save_plate(self) -> None:
        if self.busy or self.detail is None:
            return
        if not self.plate_edit.text().strip() and not self.detail.plate and self.detail.owner is None:
            # a car without a plate yet (P1 later): Enter goes on to its owner (O2)
            self.say(self.tr("未上牌：车牌可以以后再填。下一步：添加车主（Enter 或 {0}）").format(
                shortcuts.key_text("dialog_owner")), "info")
            self.owner_button.setFocus()
            return
        plate = self.required(self.plate_edit, self.tr("请输入车牌号"))
        if plate is None:
            return
        (WriteOp(vehicles.set_plate_or_conflict, self.detail.id, plate,
                 self.plate_color.currentData() or None, version=self.detail.version)
         .success(self._plate_result).run_in(self))

    def _plate_result(self, outcome: PlateOutcome) -> None:
        if outcome.conflict is not None:  # M2/P3: the old car kept the plate: do P3 first (nothing saved)
            self.say(conflict_message(outcome.conflict), "error")
            dialog = PlateDialog(self.actor, self.worker, self.detail.id, conflict=outcome.conflict,
                                 parent=self)
            dialog.plateSaved.connect(self._child_saved)
            self.open_child(dialog)
        elif outcome.detail is not None:  # saved (the service gives one or the other)
            self._child_saved(outcome.detail)

    def open_owner(self) -> None:
        if self.detail is None:
            return
        dialog = OwnerDialog(self.actor, self.worker, self.detail.id, parent=self)
        dialog.ownerChanged.connect(self._child_saved)
        self.scan.owner_dialog_opened(dialog)
        self.open_child(dialog)

    def _child_saved(self, detail: VehicleDetail) -> None:
        self._show_more(detail)
        self.vehicleSaved.emit(detail)

    def save_other(self) -> None:
        if self.busy or self.detail is None:
            return
        changes: dict[str, Any] = {}
        for name, edit in self.other.items():
            value = edit.text().strip()
            old = getattr(self.detail, name, None)
            old_text = old.isoformat() if isinstance(old, date) else ("" if old is None else str(old))
            if value != old_text:
                changes[name] = value or None
        if not changes:
            self.say(self.tr("没有修改"), "info")
            return
        (WriteOp(vehicles.update_vehicle, self.detail.id, changes, version=self.detail.version)
         .success(self._child_saved).run_in(self))

    def _reloaded(self, detail: VehicleDetail, why: str) -> None:
        self._show_more(detail)
        self.say(why, "error")  # the stale message stays: the user checks the record and saves again

    # -- common -------------------------------------------------------------------------------------------
    def _show_buttons(self, *shown: QWidget) -> None:
        """The buttons of the step shown: 取消 + 保存 (step one), 关闭 (V8), 完成 (step two)."""
        for button in (self.cancel_button, self.close_button, self.save_button, self.finish_button):
            button.setVisible(button in shown)

    def update_actions(self) -> None:
        for button in (self.save_button, self.plate_button, self.owner_button, self.other_button,
                       self.finish_button, self.file_button):
            button.setEnabled(not self.busy)

    def stale(self, error: UserError) -> None:
        """Changed meanwhile by another workstation: shown as it is now."""
        if self.detail is not None:
            (QueryOp(vehicles.get_vehicle, self.detail.id).success(lambda d: self._reloaded(d, error.text))
             .run_in(self))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"model": self.model_edit, "vin": self.vin_edit, "plate": self.plate_edit,
                "plate_color": self.plate_color, **self.other}

    def _close(self) -> None:
        if self.detail is not None:
            self.accept()
        else:
            self.reject()

    # -- keyboard ---------------------------------------------------------------------------------------------------
    def enter_pressed(self, widget: QObject | None) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_BASIC:
            self.save()
        elif page == PAGE_MORE:
            if widget in (self.plate_edit, self.plate_color):
                self.save_plate()
            elif widget in self.other.values():
                self.save_other()
            else:
                self.finish_button.click()
