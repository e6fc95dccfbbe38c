"""接车 (work-order intake, W1-W8): scan or type the VIN, press Enter, vehicle and owner load.

The banner says in words and colour what was found and offers the one next step the rulebook asks
for, as a guided dialog: vehicle without a loaded owner -> 维护车主 (owner dialog, W3/O2); another store's
vehicle -> 添加本店维修中心 (attach dialog, M3); not in the group -> 新增车辆档案 (new vehicle dialog, M1/M2);
suspected typo -> the escalation view (V8); vehicle and owner -> the vehicle record, 更换车主 (O3/W2a),
联系人 (W7) and 车牌 (P1-P4). After a dialog saved, the same VIN is looked up again (W5). The work order
is saved only when W5 holds (or W6 for PDI / transport damage, offered only for a stock car:
the lookup's IntakeResult.stock_problem). Who brought the car (W8) is typed afresh every time. Esc clears the panel for
the next car. Enter on a focused banner button presses it.

W1 / V7 plate first: a plate typed while a car is loaded by VIN is checked against that car and never swaps in
another one: the plate of another car is the P3 case (next step: the plate dialog on its P3 page), a free plate
is offered for this car (P1). A car loaded through the plate alone shows its VIN without the last 6 characters,
and the work order waits until the advisor typed them from the car (the V7 check; or scanned the VIN). The
service asks for them on every work order (create_work_order's vin_confirmation): the panel sends the end of the
VIN typed in the VIN field or in the V7 check, never one read from the record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.plate import plate_color_label
from desktop.rules.vin import normalize_vin
from desktop.services import intake, work_orders
from desktop.ui import i18n, limits
from desktop.ui.attach_store_dialog import AttachStoreDialog
from desktop.ui.contacts_dialog import ContactsDialog
from desktop.ui.new_vehicle_dialog import NewVehicleDialog
from desktop.ui.owner_dialog import OwnerDialog
from desktop.ui.plate_dialog import PlateDialog
from desktop.ui.widgets import mark_invalid, push_button, repolish
from desktop.ui.worker import UserError, Worker

EMPTY = "—"
KINDS = ("normal", "pdi", "transport_damage")
SERVABLE = ("vehicle_and_owner", "vehicle_only")  # outcomes a work order may follow (W5, or W6 for a stock car)
HIDDEN_SUFFIX = "······"  # V7: the VIN's last 6 characters, until the advisor typed them from the car


def _value_label(name: str) -> QLabel:
    label = QLabel(EMPTY)
    label.setObjectName(name)
    label.setProperty("role", "value")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IntakePanel(QWidget):
    lookupFinished = Signal(str)  # the outcome (or "error")
    workOrderSaved = Signal(object)  # WorkOrderView
    openVehicle = Signal(int, str)  # vehicle id, tab to show ("basic", "customer", "after_sales", ...)
    openCustomer = Signal(str)  # customer code
    createVehicle = Signal(str)  # kept for the main window; the panel now opens the guided dialog itself
    dialogOpened = Signal(object)  # a guided dialog, just opened (tests, the main window)

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakePanel")
        self.actor = actor
        self.worker = worker
        self.result: Any = None
        self.stock_problem: str | None = None  # W6: why the loaded car is not a stock car (None: it is one)
        self.confirmed_vin: str | None = None  # V7: the VIN the advisor typed or scanned, or confirmed from the car
        self._typed_vin = ""  # what the advisor last typed in the VIN field (set by typing only, never by code)
        self._generation = 0
        self._saving = False
        self.dialogs: list[QDialog] = []  # guided dialogs open now

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self._build_inputs())
        layout.addWidget(self._build_status())
        cards = QHBoxLayout()
        cards.setSpacing(12)
        cards.addWidget(self._build_vehicle_card(), 1)
        cards.addWidget(self._build_owner_card(), 1)
        layout.addLayout(cards)
        layout.addWidget(self._build_form())
        layout.addStretch(1)

        for button in self.findChildren(QPushButton):
            button.installEventFilter(self)  # Enter presses the focused button (eventFilter)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.clear)
        self._set_tab_order()
        self.clear()

    # -- construction -------------------------------------------------------------------------------------
    def _build_inputs(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        vin_label = QLabel(self.tr("车架号 VIN"))
        vin_label.setObjectName("vinLabel")
        self.vin_input = QLineEdit()
        self.vin_input.setObjectName("vinInput")
        self.vin_input.setPlaceholderText(self.tr("扫描或输入 17 位车架号，按 Enter 查询"))
        self.vin_input.setClearButtonEnabled(True)
        self.vin_input.setMaxLength(limits.LOOKUP_VIN)
        self.vin_input.textEdited.connect(self._vin_typed)
        self.vin_input.returnPressed.connect(self.lookup_vin)
        vin_label.setBuddy(self.vin_input)
        plate_label = QLabel(self.tr("车牌"))
        self.plate_input = QLineEdit()
        self.plate_input.setObjectName("plateInput")
        self.plate_input.setPlaceholderText(self.tr("如 粤B12345"))
        self.plate_input.setMaximumWidth(200)
        self.plate_input.setMaxLength(limits.LOOKUP_PLATE)
        self.plate_input.textEdited.connect(self._clean_plate)
        self.plate_input.returnPressed.connect(self.lookup_plate)
        plate_label.setBuddy(self.plate_input)
        self.lookup_button = push_button(self.tr("查询"), "lookupButton", self._lookup_clicked)
        row.addWidget(vin_label)
        row.addWidget(self.vin_input, 3)
        row.addSpacing(8)
        row.addWidget(plate_label)
        row.addWidget(self.plate_input, 1)
        row.addWidget(self.lookup_button)
        return row

    def _build_status(self) -> QFrame:
        self.status = QFrame()
        self.status.setObjectName("intakeStatus")
        self.status.setProperty("outcome", "")
        box = QHBoxLayout(self.status)
        box.setContentsMargins(14, 8, 10, 8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.status_title = QLabel()
        self.status_title.setObjectName("intakeStatusTitle")
        self.status_text = QLabel()
        self.status_text.setObjectName("intakeStatusText")
        self.status_text.setWordWrap(True)
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.status_title)
        texts.addWidget(self.status_text)
        box.addLayout(texts, 1)
        # V7: a car loaded through the plate alone: the VIN's last 6 characters, typed from the car, come first
        self.vin_check_label = QLabel(self.tr("车架号后 6 位"))
        self.vin_check_label.setObjectName("vinConfirmLabel")
        self.vin_check = QLineEdit()
        self.vin_check.setObjectName("vinConfirm")
        self.vin_check.setPlaceholderText(self.tr("对照实车"))
        self.vin_check.setToolTip(self.tr("对照实车（挡风玻璃下或车门框）的车架号输入后 6 位，按 Enter（V7）"))
        self.vin_check.setMaxLength(limits.LOOKUP_VIN)
        self.vin_check.setFixedWidth(150)
        self.vin_check.textEdited.connect(self._clean_vin_check)
        self.vin_check.returnPressed.connect(self.confirm_vin)
        self.vin_check_label.setBuddy(self.vin_check)
        box.addWidget(self.vin_check_label)
        box.addWidget(self.vin_check)
        self.next_button = push_button("", "nextStepButton", self._next_step)
        self.owner_button = push_button(self.tr("车主档案"), "openOwnerButton", self._open_owner)
        self.change_owner_button = push_button(self.tr("更换车主"), "changeOwnerButton", self.open_owner_dialog)
        self.change_owner_button.setToolTip(self.tr("车辆确实过户时更换车主（O3/W2a）"))
        self.contacts_button = push_button(self.tr("联系人"), "contactsButton", self.open_contacts_dialog)
        self.contacts_button.setToolTip(self.tr("送修的配偶、老板、司机等记为联系人（W7）"))
        self.plate_button = push_button(self.tr("车牌"), "plateButton", self.open_plate_dialog)
        self.plate_button.setToolTip(self.tr("填写或更换本车车牌；车牌在另一辆车上时按 P3 处理"))
        for button in (self.next_button, self.owner_button, self.change_owner_button, self.contacts_button,
                       self.plate_button):
            box.addWidget(button)
        return self.status

    def _hide_actions(self) -> None:
        for button in (self.next_button, self.owner_button, self.change_owner_button, self.contacts_button,
                       self.plate_button):
            button.hide()
        self._show_vin_check(False)

    def _card(self, title: str, name: str, rows: list[tuple[str, str]]) -> tuple[QGroupBox, dict[str, QLabel]]:
        card = QGroupBox(title)
        card.setObjectName(name)
        form = QFormLayout(card)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        values: dict[str, QLabel] = {}
        for key, label in rows:
            values[key] = _value_label(key)
            form.addRow(label, values[key])
        return card, values

    def _build_vehicle_card(self) -> QGroupBox:
        card, self.vehicle_values = self._card(self.tr("车辆"), "vehicleCard", [
            ("vehicleModel", self.tr("车型")),
            ("vehicleVin", self.tr("车架号")),
            ("vehiclePlate", self.tr("车牌")),
            ("vehicleCenters", self.tr("维修中心")),
            ("vehicleInsurance", self.tr("保险到期")),
        ])
        return card

    def _build_owner_card(self) -> QGroupBox:
        card, self.owner_values = self._card(self.tr("车主"), "ownerCard", [
            ("ownerName", self.tr("姓名")),
            ("ownerType", self.tr("类型 / 类别")),
            ("ownerStatus", self.tr("状态")),
            ("ownerPhone", self.tr("电话")),
            ("ownerCode", self.tr("客户编码")),
        ])
        return card

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("开工单"))
        box.setObjectName("workOrderForm")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)

        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        self.kind_buttons: dict[str, QRadioButton] = {}
        for i, (kind, name) in enumerate(zip(KINDS, ("kindNormal", "kindPdi", "kindTransportDamage"), strict=True)):
            button = QRadioButton(i18n.kind_label(kind))
            button.setObjectName(name)
            self.kind_group.addButton(button, i)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        self.kind_buttons["normal"].setChecked(True)
        self.kind_group.idToggled.connect(self._kind_changed)
        self.settlement = QComboBox()
        self.settlement.setObjectName("settlementParty")
        self.settlement.setMinimumWidth(170)
        kinds.addSpacing(16)
        kinds.addWidget(QLabel(self.tr("结算方")))
        kinds.addWidget(self.settlement)
        kinds.addStretch(1)

        self.deliverer_name = QLineEdit()
        self.deliverer_name.setObjectName("delivererName")
        self.deliverer_name.setPlaceholderText(self.tr("实际送修人，每次重新填写"))
        self.deliverer_name.setMaxLength(limits.WORK_ORDER["deliverer_name"])
        self.deliverer_phone = QLineEdit()
        self.deliverer_phone.setObjectName("delivererPhone")
        self.deliverer_phone.setPlaceholderText(self.tr("送修人本人的有效电话"))
        self.deliverer_phone.setMaxLength(limits.WORK_ORDER["deliverer_phone"])
        self.use_owner = push_button(self.tr("车主本人送修"), "useOwnerAsDeliverer", self._fill_owner_as_deliverer)
        self.use_owner.setToolTip(self.tr("车主本人送修时，填入车主姓名和电话（W8：请核对）"))
        self.mileage = QLineEdit()
        self.mileage.setObjectName("mileage")
        self.mileage.setValidator(QIntValidator(0, 3_000_000, self))
        self.mileage.setPlaceholderText(self.tr("公里"))
        self.mileage.setMaxLength(limits.MILEAGE)
        self.mileage.setMaximumWidth(140)
        self.complaint = QPlainTextEdit()
        self.complaint.setObjectName("complaint")
        self.complaint.setTabChangesFocus(True)
        self.complaint.setPlaceholderText(self.tr("客户描述的故障或需求"))
        self.complaint.setFixedHeight(58)
        for edit in (self.deliverer_name, self.deliverer_phone, self.mileage):
            edit.returnPressed.connect(self.save_work_order)
            edit.textEdited.connect(lambda _t, e=edit: mark_invalid(e, False))

        self.save_button = push_button(self.tr("保存工单"), "saveWorkOrder", self.save_work_order, primary=True)
        self.form_hint = QLabel()
        self.form_hint.setObjectName("workOrderHint")
        self.form_hint.setWordWrap(True)
        self.form_message = QLabel()
        self.form_message.setObjectName("workOrderMessage")
        self.form_message.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("workOrderResult")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid.addWidget(QLabel(self.tr("工单类型")), 0, 0)
        grid.addLayout(kinds, 0, 1, 1, 5)
        grid.addWidget(self._label(self.tr("送修人"), self.deliverer_name), 1, 0)
        grid.addWidget(self.deliverer_name, 1, 1)
        grid.addWidget(self._label(self.tr("送修人电话"), self.deliverer_phone), 1, 2)
        grid.addWidget(self.deliverer_phone, 1, 3)
        grid.addWidget(self.use_owner, 1, 4)
        grid.addWidget(self._label(self.tr("进厂里程"), self.mileage), 2, 0)
        grid.addWidget(self.mileage, 2, 1)
        grid.addWidget(self._label(self.tr("故障描述"), self.complaint), 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.complaint, 3, 1, 1, 4)
        actions = QVBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        grid.addLayout(actions, 1, 5, 3, 1)
        grid.addWidget(self.form_hint, 4, 1, 1, 5)
        grid.addWidget(self.form_message, 5, 1, 1, 5)
        grid.addWidget(self.result_label, 6, 1, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        self._kind_changed()
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.vin_input, self.plate_input, self.lookup_button, self.vin_check, self.next_button, self.owner_button,
            self.change_owner_button, self.contacts_button, self.plate_button,
            self.kind_buttons["normal"], self.settlement, self.deliverer_name, self.deliverer_phone,
            self.use_owner, self.mileage, self.complaint, self.save_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- input cleaning -----------------------------------------------------------------------------------
    def _clean_vin(self, text: str) -> None:
        """Scanner and keyboard input: full-width to half-width, no spaces, upper case (as the service)."""
        clean = normalize_vin(text)
        if clean != text:
            pos = self.vin_input.cursorPosition()
            self.vin_input.setText(clean)
            self.vin_input.setCursorPosition(min(pos, len(clean)))

    def _vin_typed(self, text: str) -> None:
        """The advisor typed or scanned into the VIN field (textEdited: never emitted for text set by code)."""
        self._clean_vin(text)
        self._typed_vin = self.vin_input.text()

    def _set_vin_text(self, text: str) -> None:
        if self.vin_input.text() != text:
            self.vin_input.setText(text)

    def _clean_vin_check(self, text: str) -> None:
        clean = normalize_vin(text)
        if clean != text:
            pos = self.vin_check.cursorPosition()
            self.vin_check.setText(clean)
            self.vin_check.setCursorPosition(min(pos, len(clean)))
        mark_invalid(self.vin_check, False)

    def _clean_plate(self, text: str) -> None:
        clean = text.upper()
        if clean != text:
            pos = self.plate_input.cursorPosition()
            self.plate_input.setText(clean)
            self.plate_input.setCursorPosition(pos)

    # -- lookups ------------------------------------------------------------------------------------------
    def _lookup_clicked(self) -> None:
        if self.vin_input.text().strip() or not self.plate_input.text().strip():
            self.lookup_vin()
        else:
            self.lookup_plate()

    def lookup_vin(self) -> None:
        """W1: the VIN, looked up group-wide by exact value (S3). With a plate in the plate field, the plate is
        checked against this car at once (V7; the plate of another car is P3)."""
        self._clean_vin(self.vin_input.text())
        text = self.vin_input.text()
        if not text:
            self._show_hint(self.tr("请先扫描或输入车架号"))
            return
        if text == self._typed_vin:  # typed or scanned by the advisor from the car (not set by the program)
            self.confirmed_vin = text
        plate = self.plate_input.text().strip()
        if plate:
            self._start(intake.lookup_plate, plate, loaded_vin=text)
        else:
            self._start(intake.lookup_vin, text)

    def lookup_plate(self) -> None:
        """The plate field: with a VIN in the VIN field the plate is checked against that car (never loads another
        one, P3); alone it loads its car, and the VIN waits for the V7 check."""
        text = self.plate_input.text().strip()
        if not text:
            self._show_hint(self.tr("请输入车牌号"))
            return
        self._clean_vin(self.vin_input.text())
        vin = self.vin_input.text()
        if not vin:
            self._start(intake.lookup_plate, text)
            return
        if vin == self._typed_vin:
            self.confirmed_vin = vin
        self._start(intake.lookup_plate, text, loaded_vin=vin)

    def refresh(self) -> None:
        """W5: after the vehicle or owner was fixed, the intake starts again with the same VIN."""
        vehicle = self.result.serviced_vehicle if self.result is not None else None
        if vehicle is not None:
            self._set_vin_text(vehicle.vin)
            self.lookup_vin()

    def _start(self, fn: Any, text: str, **kwargs: Any) -> None:
        self._generation += 1
        generation = self._generation
        self.result = None
        self.stock_problem = None
        self._set_status("pending", self.tr("正在查询…"), text)
        self._hide_actions()
        self._sync_form()
        self.worker.read(
            fn, text,
            done=lambda result: self._show_result(generation, result),
            failed=lambda error: self._lookup_failed(generation, error),
            owner=self, **kwargs,
        )

    def _show_result(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return  # an older lookup (the advisor pressed Enter again, or Esc)
        self.result = result
        vehicle = result.serviced_vehicle
        # W6: the lookup tells, for a car this store may serve, whether it is a stock car (the PDI and
        # transport-damage buttons follow it; the service checks W6 again when saving)
        self.stock_problem = (result.stock_problem if vehicle is not None and vehicle.visible
                              and result.outcome in SERVABLE else None)
        if vehicle is not None and self.confirmed_vin and _same_vin(self.confirmed_vin, vehicle.vin):
            self.confirmed_vin = vehicle.vin  # typed with I / O / Q, read as 1 / 0 / 0 (V8 / N1)
        self.vin_check.clear()
        mark_invalid(self.vin_check, False)
        self.form_message.clear()
        self._render()
        if self.vin_check.isVisible():
            self.vin_check.setFocus()
        elif result.plate_free and self.plate_button.isVisible() and result.outcome == "vehicle_and_owner":
            self.plate_button.setFocus()  # P1: the plate typed is on no car: put it on this one (Enter)
        elif self.save_button.isEnabled():
            self.deliverer_name.setFocus()
        elif self.next_button.isVisible():
            self.next_button.setFocus()
        self.lookupFinished.emit(result.outcome)

    def needs_vin_check(self) -> bool:
        """V7: the car in the workshop came through the plate alone; its VIN was neither typed nor confirmed."""
        vehicle = self.result.serviced_vehicle if self.result is not None else None
        return vehicle is not None and self.confirmed_vin != vehicle.vin

    def _render(self) -> None:
        """The banner, the cards, the VIN field and the form for the result (again after the V7 check)."""
        result = self.result
        lang = i18n.current_lang()
        vehicle = result.serviced_vehicle
        unchecked = self.needs_vin_check()
        text = result.message(lang)
        note = result.note(lang) if hasattr(result, "note") else None
        if note:
            text += "\n" + note
        if result.outcome == "suspected_typo" and result.similar_vins:
            text += "\n" + self.tr("已有车架号：{0}").format("、".join(result.similar_vins))
        state, title = result.outcome, self._outcome_title(result.outcome)
        check_first = unchecked and result.outcome in (*SERVABLE, "other_store", "plate_on_other_vehicle")
        if check_first:  # V7 / M4: nothing is done on a car before it is known to be the one in the workshop
            state, title = "vin_unconfirmed", self.tr("经车牌带出：请核对车架号（V7）")
            text += "\n" + self.tr("请对照实车输入车架号后 6 位，按 Enter；或扫描车架号。核对前不能开工单")
        self._set_status(state, title, text)
        if vehicle is not None:  # the VIN field holds the car in the workshop, once its VIN came from the car
            self._set_vin_text("" if unchecked else vehicle.vin)
        self._fill_vehicle(vehicle, hide_suffix=unchecked)
        self._fill_owner(result.serviced_owner)
        if check_first:
            self._hide_actions()
            self._show_vin_check(True)
        else:
            self._show_vin_check(False)
            self._set_next_step(result)
        self._sync_form()

    def _outcome_title(self, outcome: str) -> str:
        if outcome == "plate_on_other_vehicle":
            return self.tr("车牌登记在另一辆车上（P3）")
        return i18n.outcome_label(outcome)

    # -- V7: the VIN of a car loaded through the plate, checked against the car -----------------------------
    def _show_vin_check(self, show: bool) -> None:
        for widget in (self.vin_check_label, self.vin_check):
            widget.setVisible(show)

    def confirm_vin(self) -> None:
        """Enter in the V7 field: the characters typed from the car must end this car's VIN."""
        vehicle = self.result.serviced_vehicle if self.result is not None else None
        if vehicle is None or not self.needs_vin_check():
            return
        self._clean_vin_check(self.vin_check.text())
        problem = work_orders.vin_confirmation_problem(vehicle.vin, self.vin_check.text())
        if problem is not None:  # said in the banner, next to the field
            mark_invalid(self.vin_check, True)
            lang = i18n.current_lang()
            text = work_orders.vin_confirmation_message(problem, lang)
            if problem == "mismatch":
                text += "\n" + self.tr("请扫描实车车架号（W1）；车牌在另一辆车上时按 P3 处理")
            self.status_text.setText(text)
            self.vin_check.setFocus()
            self.vin_check.selectAll()
            return
        self.confirmed_vin = vehicle.vin
        self.form_message.clear()
        self._render()
        if self.save_button.isEnabled():
            self.deliverer_name.setFocus()
        elif self.next_button.isVisible():
            self.next_button.setFocus()

    def _lookup_failed(self, generation: int, error: UserError) -> None:
        if generation != self._generation:
            return
        self._set_status("error", self.tr("查询失败"), error.text)
        self.lookupFinished.emit("error")

    def _show_hint(self, text: str) -> None:
        self._set_status("", self.tr("接车"), text)
        self.vin_input.setFocus()

    def _set_status(self, outcome: str, title: str, text: str) -> None:
        self.status.setProperty("outcome", outcome)
        self.status_title.setText(title)
        self.status_text.setText(text)
        repolish(self.status)
        for child in (self.status_title, self.status_text):
            repolish(child)

    def _set_next_step(self, result: Any) -> None:
        labels = {
            "vehicle_and_owner": self.tr("车辆档案"),
            "vehicle_only": self.tr("维护车主"),
            "not_found": self.tr("新增车辆档案"),
            "other_store": self.tr("添加本店维修中心"),
            "suspected_typo": self.tr("联系主数据团队"),
            "plate_on_other_vehicle": self.tr("车牌移到本车（P3）"),
        }
        if result.outcome == "not_found" and result.via_plate:
            labels["not_found"] = self.tr("扫描车架号")  # W1: a vehicle is found, or created, by its VIN
        self.next_button.setText(labels.get(result.outcome, ""))
        self.next_button.setVisible(result.outcome in labels)
        self.owner_button.setVisible(result.serviced_owner is not None)
        seen = result.outcome in SERVABLE and result.vehicle is not None
        can_edit = self.actor.can("vehicle.edit")
        self.change_owner_button.setVisible(
            result.outcome == "vehicle_and_owner" and self.actor.can("vehicle.change_owner"))
        self.contacts_button.setVisible(seen and can_edit)
        self.plate_button.setVisible(seen and can_edit)

    def _next_step(self) -> None:
        result = self.result
        if result is None:
            return
        if result.outcome == "not_found" and result.via_plate:
            self.vin_input.setFocus()
        elif result.outcome == "not_found":
            self.open_new_vehicle_dialog(result.query)
        elif result.outcome == "suspected_typo":
            self._escalate(result)
        elif result.vehicle is None:
            return
        elif result.outcome == "other_store":
            self.open_attach_dialog(result.vehicle.id)
        elif result.outcome == "vehicle_only":
            self.open_owner_dialog()
        elif result.outcome == "plate_on_other_vehicle":
            self.open_plate_dialog()
        else:
            self.openVehicle.emit(result.vehicle.id, "basic")

    def _open_owner(self) -> None:
        owner = self.result.serviced_owner if self.result is not None else None
        if owner is not None:
            self.openCustomer.emit(owner.code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on a focused button of the panel presses it (the banner's next step after a lookup): the
        panel's buttons take no Enter of their own (they are not in a dialog). Only the key the button itself
        receives: an Enter that a field used (and Qt passes on to the parents) never presses a button."""
        if (isinstance(watched, QPushButton) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers()):
            if watched.isEnabled():
                watched.click()
            return True
        return super().eventFilter(watched, event)

    def _escalate(self, result: Any) -> None:
        """V8: do not create it; the escalation view hands the master-data team what they need to check."""
        self._open_dialog(NewVehicleDialog(self.actor, self.worker, result.query,
                                           similar_vins=tuple(result.similar_vins), parent=self))

    # -- guided dialogs -----------------------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        dialog.open()
        self.dialogOpened.emit(dialog)
        return dialog

    def _vehicle_id(self) -> int | None:
        vehicle = self.result.serviced_vehicle if self.result is not None else None
        return vehicle.id if vehicle is not None else None

    def open_owner_dialog(self) -> OwnerDialog | None:
        """W3/O2 (no owner loaded) or O3/W2a (change of owner)."""
        vehicle_id = self._vehicle_id()
        if vehicle_id is None:
            return None
        dialog = OwnerDialog(self.actor, self.worker, vehicle_id, parent=self)
        dialog.ownerChanged.connect(lambda d: self.restart(d.vin))
        self._open_dialog(dialog)
        return dialog

    def open_attach_dialog(self, vehicle_id: int) -> AttachStoreDialog:
        """M3: attach this store's repair center and customer channel."""
        dialog = AttachStoreDialog(self.actor, self.worker, vehicle_id, parent=self)
        dialog.attached.connect(lambda d: self.restart(d.vin))
        self._open_dialog(dialog)
        return dialog

    def open_new_vehicle_dialog(self, vin: str) -> NewVehicleDialog:
        """M1/M2: create the vehicle (model and VIN first); M3 hands over to the attach dialog."""
        dialog = NewVehicleDialog(self.actor, self.worker, vin, parent=self)
        dialog.vinExists.connect(lambda vid, visible: self._vin_exists(vid, visible, vin))
        dialog.finished.connect(lambda _r, d=dialog: self.restart(d.detail.vin) if d.detail is not None else None)
        self._open_dialog(dialog)
        return dialog

    def _vin_exists(self, vehicle_id: int, visible: bool, vin: str) -> None:
        if visible:
            self.restart(vin)
        else:
            self.open_attach_dialog(vehicle_id)

    def open_contacts_dialog(self) -> ContactsDialog | None:
        """W7: people who bring the car are contacts; one may be the main user."""
        vehicle_id = self._vehicle_id()
        if vehicle_id is None:
            return None
        dialog = ContactsDialog(self.actor, self.worker, vehicle_id, parent=self)
        self._open_dialog(dialog)
        return dialog

    def open_plate_dialog(self) -> PlateDialog | None:
        """P1/P2 the plate of this car; P3 when it is on another vehicle (the plate_on_other_vehicle outcome
        opens straight on the P3 page: both cars, Enter moves the plate)."""
        vehicle_id = self._vehicle_id()
        if vehicle_id is None:
            return None
        r = self.result
        if r is not None and r.outcome == "plate_on_other_vehicle" and r.vehicle is not None:
            dialog = PlateDialog(self.actor, self.worker, vehicle_id, plate=r.plate or "",
                                 holder_id=r.vehicle.id, parent=self)
        else:
            typed = self.plate_input.text().strip()
            current = r.vehicle.plate if r is not None and r.vehicle else None
            dialog = PlateDialog(self.actor, self.worker, vehicle_id,
                                 plate=typed if typed and typed != current else "", parent=self)
        dialog.plateSaved.connect(lambda d: self.restart(d.vin))
        self._open_dialog(dialog)
        return dialog

    def restart(self, vin: str) -> None:
        """W5: after a guided dialog fixed the vehicle or its owner, the intake starts again with the VIN (a car
        not yet checked against its VIN stays unchecked: V7)."""
        self._set_vin_text(vin)
        self.plate_input.clear()
        self.lookup_vin()

    # -- cards --------------------------------------------------------------------------------------------
    def _fill_vehicle(self, v: Any, *, hide_suffix: bool = False) -> None:
        values = self.vehicle_values
        if v is None:
            for label in values.values():
                label.setText(EMPTY)
            return
        values["vehicleModel"].setText(v.model)
        decoded = " · ".join(x for x in (v.manufacturer or "", self.tr("{0} 款").format(v.model_year)
                                          if v.model_year else "") if x)
        vin = v.vin[:-6] + HIDDEN_SUFFIX + "  " + self.tr("（后 6 位请对照实车核对）") if hide_suffix else v.vin
        values["vehicleVin"].setText(vin + (f"\n{decoded}" if decoded else ""))
        if v.plate:
            color = plate_color_label(v.plate_color, i18n.current_lang()) if v.plate_color else ""
            values["vehiclePlate"].setText(f"{v.plate}  {color}".strip())
        else:
            values["vehiclePlate"].setText(self.tr("未上牌"))
        centers = "、".join(f"{rc.name}（{rc.store_code}）" for rc in v.repair_centers)
        values["vehicleCenters"].setText(centers or EMPTY)
        values["vehicleInsurance"].setText(self.tr("商业险 {0} · 交强险 {1}").format(
            v.commercial_expiry.isoformat() if v.commercial_expiry else EMPTY,
            v.compulsory_expiry.isoformat() if v.compulsory_expiry else EMPTY,
        ))

    def _fill_owner(self, o: Any) -> None:
        values = self.owner_values
        if o is None:
            for label in values.values():
                label.setText(EMPTY)
            return
        values["ownerName"].setText(o.name)
        values["ownerType"].setText(f"{i18n.customer_type_label(o.customer_type)} / {i18n.category_label(o.category)}")
        values["ownerStatus"].setText(i18n.status_label(o.status))
        values["ownerStatus"].setProperty("status", o.status)
        repolish(values["ownerStatus"])
        values["ownerPhone"].setText(o.phone_masked or EMPTY)
        values["ownerCode"].setText(o.code)

    # -- work order ---------------------------------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[max(0, self.kind_group.checkedId())]

    def _kind_changed(self, *_args: Any) -> None:
        kind = self.kind()
        self.settlement.clear()
        if kind == "normal":
            self.settlement.addItem(i18n.settlement_label("customer"), "customer")
            self.settlement.setEnabled(False)
        else:  # W6: settled by the manufacturer (warranty claim) or the own store (internal repair)
            self.settlement.addItem(i18n.settlement_label("manufacturer"), "manufacturer")
            self.settlement.addItem(i18n.settlement_label("own_store"), "own_store")
            self.settlement.setEnabled(True)
        self._update_save_state()

    def is_stock_car(self) -> bool:
        """W6: the car loaded is one this store serves and a stock car (the lookup's stock_problem)."""
        r = self.result
        vehicle = r.serviced_vehicle if r is not None else None
        return (vehicle is not None and vehicle.visible and r.outcome in SERVABLE
                and self.stock_problem is None)

    def can_save(self) -> bool:
        """W5 (or W6 for PDI / transport damage, a stock car only) and V7, as the service will check it again."""
        r = self.result
        if self._saving or r is None or r.serviced_vehicle is None or not self.actor.can("work_order.create"):
            return False
        if self.needs_vin_check():
            return False
        if self.kind() == "normal":
            return bool(r.can_start_work_order)
        return self.is_stock_car()

    def _sync_form(self) -> None:
        """The kinds W6 allows for this car, and the save state."""
        r = self.result
        stock = self.is_stock_car()
        if r is None or r.serviced_vehicle is None:
            why = self.tr("PDI / 商品车质损只用于库存商品车：请先查询车架号")
        elif self.stock_problem is not None:
            why = self.tr("不是库存商品车（W6）：{0}").format(
                work_orders.stock_car_message(self.stock_problem, i18n.current_lang()))
        else:
            why = ""
        for kind in ("pdi", "transport_damage"):
            self.kind_buttons[kind].setEnabled(stock)
            self.kind_buttons[kind].setToolTip(why)
        if not stock and self.kind() != "normal":
            self.kind_buttons["normal"].setChecked(True)  # -> _kind_changed -> _update_save_state
        self._update_save_state()

    def _update_save_state(self) -> None:
        ok = self.can_save()
        self.save_button.setEnabled(ok)
        owner = self.result.serviced_owner if self.result is not None else None
        self.use_owner.setEnabled(owner is not None and bool(owner.phone))
        r = self.result
        if ok or self._saving:
            self.form_hint.setText("")
        elif not self.actor.can("work_order.create"):
            self.form_hint.setText(self.tr("当前角色不能开工单"))
        elif r is None:
            self.form_hint.setText(self.tr("先查询车架号：车辆和车主都带出后才能开工单（W5）"))
        elif r.outcome == "plate_on_other_vehicle":
            self.form_hint.setText(self.tr("车牌登记在另一辆车上：先把车牌移到本车（P3），再开工单"))
        elif r.outcome in SERVABLE and self.needs_vin_check():
            self.form_hint.setText(self.tr("经车牌带出：核对车架号后 6 位后才能开工单（V7）"))
        elif self.kind() != "normal":
            self.form_hint.setText(self.tr("PDI / 商品车质损工单也须先带出本店可见的库存商品车（W6）"))
        elif self.is_stock_car():
            self.form_hint.setText(self.tr("车辆和车主都带出后才能开工单（W5）；本车是库存商品车，PDI 或商品车质损可无车主（W6）"))
        else:
            self.form_hint.setText(self.tr("车辆和车主都带出后才能开工单（W5）"))

    def _fill_owner_as_deliverer(self) -> None:
        """W8 allows the owner as the deliverer only when the owner brought the car: the advisor decides."""
        owner = self.result.serviced_owner if self.result is not None else None
        if owner is None:
            return
        self.deliverer_name.setText(owner.name)
        self.deliverer_phone.setText(owner.phone or "")
        self.deliverer_phone.setFocus()

    def save_work_order(self) -> None:
        if not self.can_save():
            return
        assert self.result is not None and self.result.serviced_vehicle is not None and self.confirmed_vin
        kind = self.kind()
        mileage = self.mileage.text().strip()
        self._saving = True
        self._update_save_state()
        self.form_message.setText(self.tr("正在保存…"))
        self.worker.write(
            work_orders.create_work_order, self.result.serviced_vehicle.id,
            vin_confirmation=self.confirmed_vin[-work_orders.VIN_CONFIRMATION_LENGTH:],  # V7: typed, never read
            kind=kind,
            settlement_party=None if kind == "normal" else self.settlement.currentData(),
            deliverer_name=self.deliverer_name.text(),
            deliverer_phone=self.deliverer_phone.text(),
            mileage=int(mileage) if mileage else None,
            complaint=self.complaint.toPlainText().strip() or None,
            done=self._saved, failed=self._save_failed,
        )

    def _saved(self, order: Any) -> None:
        self._saving = False
        self.clear()
        self.result_label.setText(self.tr("已开工单 {0}（{1}）").format(order.number, order.vin))
        self.workOrderSaved.emit(order)

    def _save_failed(self, error: UserError) -> None:
        self._saving = False
        if error.field == "vin_confirmation" and self.result is not None:
            self.confirmed_vin = None  # V7 refused by the service: check the VIN against the car again
            self._render()
        self._update_save_state()
        self.form_message.setText(error.text)
        fields = {"deliverer_name": self.deliverer_name, "deliverer_phone": self.deliverer_phone,
                  "mileage": self.mileage, "settlement_party": self.settlement, "vin_confirmation": self.vin_check}
        widget = fields.get(error.field or "")
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus()

    # -- reset --------------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Esc: ready for the next car (results still on their way are dropped)."""
        self._generation += 1
        self.result = None
        self.stock_problem = None
        self.confirmed_vin = None
        self._typed_vin = ""
        self.vin_input.clear()
        self.plate_input.clear()
        self.vin_check.clear()
        mark_invalid(self.vin_check, False)
        for edit in (self.deliverer_name, self.deliverer_phone, self.mileage):
            edit.clear()
            mark_invalid(edit, False)
        self.complaint.clear()
        self.kind_buttons["normal"].setChecked(True)
        self.form_message.clear()
        self.result_label.clear()
        self._fill_vehicle(None)
        self._fill_owner(None)
        self._hide_actions()
        self._set_status("", self.tr("接车"), self.tr("扫描或输入车架号，按 Enter 查询；Esc 清空，接待下一辆车"))
        self._sync_form()
        self.vin_input.setFocus()


def _same_vin(typed: str, vin: str) -> bool:
    """The VIN typed names ``vin``: equal, or equal once I / O / Q are read as 1 / 0 / 0 (as the lookup reads them)."""
    return typed == vin or typed.translate(str.maketrans("IOQ", "100")) == vin
