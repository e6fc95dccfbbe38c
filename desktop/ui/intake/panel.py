"""接车 (work-order intake, W1-W8): scan or type the VIN, press Enter, vehicle and owner load.

The panel holds the lookup and what it loaded; its parts show it:

* the banner (``banner``) says in words and colour what was found and offers the one next step the rulebook
  asks for; the next-step router (``next_step``) opens that guided dialog, and after it saved the same VIN is
  looked up again (W5);
* the record cards (``record_cards``) show the vehicle and its owner;
* the work-order form (``work_order_form``) saves the work order when W5 holds (or W6 for PDI / transport damage,
  a stock car only); who brought the car (W8) is typed afresh every time.

Esc clears the panel for the next car. Enter on a focused button of the panel presses it. Keyboard first: after a
lookup the keyboard is on the one next step (the banner's button, or 送修人 when the work order comes next); every
next step has its key, shown on its button (desktop.ui.common.shortcuts: F2 车辆档案, F3 车主, F4 车牌, F6 联系人,
F7 车主档案, F8 添加本店维修中心, F9 新增车辆档案, F11 联系主数据团队; Alt+V / Alt+P the VIN / plate field,
Alt+N / D / T the kind of work order, Alt+O 车主本人送修, Ctrl+S 保存工单). A guided dialog that closes gives the
keyboard back to the window (forms.open_dialog); a new lookup drops the last car's 已开工单 ….

W1 / V7 plate first: a plate typed while a car is loaded by VIN is checked against that car and never swaps in
another one: the plate of another car is the P3 case (next step: the plate dialog on its P3 page), a free plate
is offered for this car (P1). A car loaded through the plate alone shows its VIN without the last 6 characters,
and the work order waits until the advisor typed them from the car (the V7 check; or scanned the VIN). The
service asks for them on every work order (create_work_order's vin_confirmation): the panel sends the end of the
VIN typed in the VIN field or in the V7 check, never one read from the record.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.rules.plate import normalize_plate
from desktop.rules.vin import normalize_vin
from desktop.services import intake, work_orders
from desktop.services.intake import IntakeResult
from desktop.ui.common import i18n, limits, shortcuts
from desktop.ui.common.forms import is_enter, mark
from desktop.ui.common.ops import QueryOp
from desktop.ui.common.widgets import (
    mark_invalid,
    normalize_now,
    normalize_on_edit,
    push_button,
    unmark_on_edit,
)
from desktop.ui.common.worker import VALIDATION, UserError, Worker
from desktop.ui.intake.banner import SERVABLE, IntakeBanner
from desktop.ui.intake.next_step import NextStepRouter
from desktop.ui.intake.record_cards import OwnerCard, VehicleCard
from desktop.ui.intake.work_order_form import WorkOrderForm
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.scan.intake_scan import IntakeScan
from desktop.ui.vehicle.contacts_dialog import ContactsDialog
from desktop.ui.vehicle.plate_dialog import PlateDialog


class IntakePanel(QWidget):
    lookupFinished = Signal(str)  # the outcome (or "error")
    workOrderSaved = Signal(object)  # WorkOrderView
    openVehicle = Signal(int, str)  # vehicle id, tab to show ("basic", "customer", "after_sales", ...)
    openCustomer = Signal(str)  # customer code
    dialogOpened = Signal(object)  # a guided dialog, just opened (tests, the main window)

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakePanel")
        self.actor = actor
        self.worker = worker
        self.result: IntakeResult | None = None
        self.stock_problem: str | None = None  # W6: why the loaded car is not a stock car (None: it is one)
        self.confirmed_vin: str | None = None  # V7: the VIN the advisor typed or scanned, or confirmed from the car
        self._typed_vin = ""  # what the advisor last typed in the VIN field (set by typing only, never by code)
        self._source = "plate"  # what brought a car whose VIN is not checked yet: the "plate" or a "licence"
        self._generation = 0

        self.banner = IntakeBanner(actor)
        self.vehicle_card = VehicleCard()
        self.owner_card = OwnerCard()
        self.form = WorkOrderForm(actor, worker)
        self.router = NextStepRouter(actor, worker, self)
        # the parts' widgets by name: the main window, the self-test and the tests drive the intake through them
        banner, form = self.banner, self.form
        self.status, self.status_title, self.status_text = banner, banner.title, banner.text
        self.vin_check, self.next_button, self.plate_button = banner.vin_check, banner.next_button, banner.plate_button
        self.change_owner_button, self.contacts_button = banner.change_owner_button, banner.contacts_button
        self.vehicle_values, self.owner_values = self.vehicle_card.values, self.owner_card.values
        self.save_button, self.form_hint, self.kind_buttons = form.save_button, form.hint, form.kind_buttons
        self.deliverer_name, self.deliverer_phone = form.deliverer_name, form.deliverer_phone
        self.settlement, self.use_owner, self.kind = form.settlement, form.use_owner, form.kind
        self.dialogs = self.router.dialogs  # guided dialogs open now

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        self.input_row = self._build_inputs()
        layout.addLayout(self.input_row)
        self.scan = IntakeScan(self)  # scanner text, pasted / dropped pictures, the document camera's folder (#15)
        for button in self.scan.panel.buttons():
            self.input_row.addWidget(button)
        for widget in self.scan.widgets():
            layout.addWidget(widget)
        layout.addWidget(self.banner)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        cards.addWidget(self.vehicle_card, 1)
        cards.addWidget(self.owner_card, 1)
        layout.addLayout(cards)
        layout.addWidget(self.form)
        layout.addStretch(1)

        self.banner.vin_check.returnPressed.connect(self.confirm_vin)
        self.banner.next_button.clicked.connect(self._next_step)
        self.banner.owner_button.clicked.connect(self._open_owner)
        self.banner.change_owner_button.clicked.connect(self.open_owner_dialog)
        self.banner.contacts_button.clicked.connect(self.open_contacts_dialog)
        self.banner.plate_button.clicked.connect(self.open_plate_dialog)
        self.router.restart.connect(self.restart)
        self.router.scanVin.connect(self.vin_input.setFocus)
        self.router.openVehicle.connect(self.openVehicle)
        self.router.dialogOpened.connect(self.dialogOpened)
        self.form.saved.connect(self._work_order_saved)
        self.form.vinRefused.connect(self._vin_refused)

        for button in self.findChildren(QPushButton):
            button.installEventFilter(self)  # Enter presses the focused button (eventFilter)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.clear)
        self._bind_keys()
        chain: list[QWidget] = [self.vin_input, self.plate_input, self.lookup_button, self.vin_check,
                                *self.banner.buttons(), *self.form.tab_chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.clear()

    def _bind_keys(self) -> None:
        """The intake's keys (desktop.ui.common.shortcuts): a next step's key clicks the banner's button that shows
        it (while it is offered), Alt+V / Alt+P go to the VIN / plate field, Alt+N / D / T choose the kind of work
        order, Alt+O fills in the owner as the deliverer, Ctrl+S saves the work order."""
        for key in ("vehicle_record", "owner", "plate", "contacts", "owner_record", "attach_store", "new_vehicle",
                    "escalate"):
            shortcuts.bind(self, key, partial(shortcuts.click_bound, self.banner, key))
        shortcuts.bind(self, "vin_field", lambda: self._go_to(self.vin_input))
        shortcuts.bind(self, "plate_field", lambda: self._go_to(self.plate_input))
        for kind in ("normal", "pdi", "transport_damage"):
            shortcuts.bind(self, f"kind_{kind}", partial(self.form.choose_kind, kind))
        shortcuts.bind_button(self.form.use_owner, "use_owner")
        shortcuts.bind_button(self.form.save_button, "save_work_order")

    @staticmethod
    def _go_to(edit: QLineEdit) -> None:
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def _build_inputs(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        vin_label = QLabel(self.tr("车架号 VIN"))
        vin_label.setToolTip(shortcuts.key_text("vin_field"))
        vin_label.setObjectName("vinLabel")
        self.vin_input = QLineEdit()
        self.vin_input.setObjectName("vinInput")
        self.vin_input.setPlaceholderText(self.tr("扫描或输入 17 位车架号，按 Enter 查询"))
        self.vin_input.setClearButtonEnabled(True)
        self.vin_input.setMaxLength(limits.LOOKUP_VIN)
        self.vin_input.textEdited.connect(self._vin_typed)
        self.vin_input.returnPressed.connect(self.lookup_vin)
        unmark_on_edit(self.vin_input)
        vin_label.setBuddy(self.vin_input)
        plate_label = QLabel(self.tr("车牌"))
        plate_label.setToolTip(shortcuts.key_text("plate_field"))
        self.plate_input = QLineEdit()
        self.plate_input.setObjectName("plateInput")
        self.plate_input.setPlaceholderText(self.tr("如 粤B12345"))
        self.plate_input.setMaximumWidth(200)
        self.plate_input.setMaxLength(limits.LOOKUP_PLATE)
        normalize_on_edit(self.plate_input, str.upper)
        self.plate_input.returnPressed.connect(self.lookup_plate)
        unmark_on_edit(self.plate_input)
        plate_label.setBuddy(self.plate_input)
        self.lookup_button = push_button(self.tr("查询"), "lookupButton", self._lookup_clicked)
        row.addWidget(vin_label)
        row.addWidget(self.vin_input, 3)
        row.addSpacing(8)
        row.addWidget(plate_label)
        row.addWidget(self.plate_input, 1)
        row.addWidget(self.lookup_button)
        return row

    # -- input cleaning -----------------------------------------------------------------------------------
    def _clean_vin(self) -> None:
        """Scanner and keyboard input: full-width to half-width, no spaces, upper case (as the service)."""
        normalize_now(self.vin_input, normalize_vin)

    def _vin_typed(self, _text: str) -> None:
        """The advisor typed or scanned into the VIN field (textEdited: never emitted for text set by code)."""
        self._clean_vin()
        self._typed_vin = self.vin_input.text()

    def _set_vin_text(self, text: str) -> None:
        if self.vin_input.text() != text:
            self.vin_input.setText(text)

    def put_vin(self, vin: str) -> None:
        """A VIN read from a document (not from the car) into the VIN field, the keyboard on it: the advisor
        checks it and presses Enter."""
        self._set_vin_text(vin)
        self.vin_input.setFocus()

    def look_up_vin(self, vin: str, *, from_car: bool) -> None:
        """Look ``vin`` up as if typed; ``from_car``: read from the car itself (its VIN label), so it stands for the
        V7 check as a typed VIN does."""
        self._set_vin_text(vin)
        if from_car:
            self._typed_vin = self.vin_input.text()
        self.lookup_vin()

    def look_up_licence(self, vin: str, plate: str) -> None:
        """A driving licence's VIN and plate, looked up together (the plate checked against the car: P3 / P1 /
        P2). The licence's VIN is the document's, not the car's: the car still asks for its VIN (V7)."""
        self._set_vin_text(vin)
        self.plate_input.setText(plate)
        self.lookup_vin(source="licence")

    # -- lookups ------------------------------------------------------------------------------------------
    def _lookup_clicked(self) -> None:
        if self.vin_input.text().strip() or not self.plate_input.text().strip():
            self.lookup_vin()
        else:
            self.lookup_plate()

    def lookup_vin(self, source: str = "plate") -> None:
        """W1: the VIN, looked up group-wide by exact value (S3). With a plate in the plate field, the plate is
        checked against this car at once (V7; the plate of another car is P3). ``source``: what brought the car
        when its VIN is not checked yet ("plate" typed, or a driving "licence" read), said in the banner."""
        self._clean_vin()
        typed = self.vin_input.text()
        text = self.scan.unscanned(typed)  # a scanner's framing (]A0, I + VIN ...) stripped
        if text is None:  # several VINs in one scan: said, no lookup
            self.vin_input.setFocus()
            self.vin_input.selectAll()
            return
        if text != typed:
            self._set_vin_text(text)
            if typed == self._typed_vin:  # the advisor's own scan
                self._typed_vin = text
        self._source = source
        if not text:
            self._show_hint(self.tr("请先扫描或输入车架号"))
            return
        if text == self._typed_vin:  # typed or scanned by the advisor from the car (not set by the program)
            self.confirmed_vin = text
        plate = self.plate_input.text().strip()
        if plate:
            self._start(QueryOp(intake.lookup_plate, plate, loaded_vin=text), plate)
        else:
            self._start(QueryOp(intake.lookup_vin, text), text)

    def lookup_plate(self) -> None:
        """The plate field: with a VIN in the VIN field the plate is checked against that car (never loads another
        one, P3); alone it loads its car, and the VIN waits for the V7 check."""
        normalize_now(self.plate_input, normalize_plate)  # shown as looked up: half-width, no · or spaces
        text = self.plate_input.text().strip()
        if not text and self.vin_input.text().strip():
            self.lookup_vin()  # VIN, Tab, Enter (a scanner that ends with Tab): the VIN alone
            return
        if not text:
            self._show_hint(self.tr("请输入车牌号"))
            return
        self._source = "plate"
        self._clean_vin()
        vin = self.vin_input.text()
        if not vin:
            self._start(QueryOp(intake.lookup_plate, text), text)
            return
        if vin == self._typed_vin:
            self.confirmed_vin = vin
        self._start(QueryOp(intake.lookup_plate, text, loaded_vin=vin), text)

    def refresh(self) -> None:
        """W5: after the vehicle or owner was fixed, the intake starts again with the same VIN."""
        vehicle = self.result.serviced_vehicle if self.result is not None else None
        if vehicle is not None:
            self._set_vin_text(vehicle.vin)
            self.lookup_vin(source=self._source)

    def restart(self, vin: str) -> None:
        """W5: after a guided dialog fixed the vehicle or its owner, the intake starts again with the VIN (a car
        not yet checked against its VIN stays unchecked: V7)."""
        self._set_vin_text(vin)
        self.plate_input.clear()
        self.lookup_vin(source=self._source)

    def _start(self, lookup: QueryOp[IntakeResult], text: str) -> None:
        """Run ``lookup`` (of ``text``, shown on the banner meanwhile); an older lookup's answer is dropped."""
        self._generation += 1
        generation = self._generation
        self.result = None
        self.stock_problem = None
        self.banner.set_status("pending", self.tr("正在查询…"), text)
        mark_invalid(self.vin_input, False)
        mark_invalid(self.plate_input, False)
        self.banner.hide_actions()
        self.form.forget_saved()  # the previous car's 已开工单 … goes with it
        self._follow()
        (lookup.success(lambda result: self._show_result(generation, result))
         .failure(lambda error: self._lookup_failed(generation, error)).run_in(self.worker, owner=self))

    def _show_result(self, generation: int, result: IntakeResult) -> None:
        if generation != self._generation:
            return  # an older lookup (the advisor pressed Enter again, or Esc)
        self.result = result
        vehicle = result.serviced_vehicle
        if result.entered_in == "vin_field":  # a plate typed in the VIN field, looked up as the plate
            self._set_vin_text("")
            self._typed_vin = ""
            self.plate_input.setText(result.plate or result.query)
        elif result.entered_in == "plate_field":  # the advisor's VIN, typed in the plate field
            self.plate_input.clear()
            self._set_vin_text(result.query)
            self._typed_vin = result.query
            self.confirmed_vin = result.query
        # W6: the lookup tells, for a car this store may serve, whether it is a stock car (the PDI and
        # transport-damage buttons follow it; the service checks W6 again when saving)
        self.stock_problem = (result.stock_problem if vehicle is not None and vehicle.visible
                              and result.outcome in SERVABLE else None)
        if vehicle is not None and self.confirmed_vin and _same_vin(self.confirmed_vin, vehicle.vin):
            self.confirmed_vin = vehicle.vin  # typed with I / O / Q, read as 1 / 0 / 0 (V8 / N1)
        self.vin_check.clear()
        mark_invalid(self.vin_check, False)
        self.form.message.clear()
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
        if result is None:
            return
        lang = i18n.current_lang()
        vehicle = result.serviced_vehicle
        unchecked = self.needs_vin_check()
        text = result.message(lang)
        note = result.note(lang) if hasattr(result, "note") else None
        if note:
            text += "\n" + note
        if result.outcome == "suspected_typo" and result.similar_vins:
            text += "\n" + self.tr("已有车架号：{0}").format(i18n.listed(result.similar_vins))
        state, title = result.outcome, self.banner.outcome_title(result.outcome)
        check_first = unchecked and result.outcome in (*SERVABLE, "other_store", "plate_on_other_vehicle")
        if check_first:  # V7 / M4: nothing is done on a car before it is known to be the one in the workshop
            state, title = "vin_unconfirmed", (self.tr("经行驶证带出：请核对车架号（V7）") if self._source == "licence"
                                               else self.tr("经车牌带出：请核对车架号（V7）"))
            text += "\n" + self.tr("请对照实车输入车架号后 6 位，按 Enter；或扫描车架号。核对前不能开工单")
        self.banner.set_status(state, title, text)
        if vehicle is not None:  # the VIN field holds the car in the workshop, once its VIN came from the car
            self._set_vin_text("" if unchecked else vehicle.vin)
        self.vehicle_card.fill(vehicle, hide_suffix=unchecked)
        self.owner_card.fill(result.serviced_owner)
        if check_first:
            self.banner.hide_actions()
            self.banner.show_vin_check(True)
        else:
            self.banner.offer(result)
        self._follow()

    def _follow(self) -> None:
        """The work-order form follows what is loaded now."""
        self.form.follow(self.result, stock_problem=self.stock_problem, vin_checked=not self.needs_vin_check(),
                         confirmed_vin=self.confirmed_vin)

    # -- V7: the VIN of a car loaded through the plate, checked against the car -----------------------------
    def confirm_vin(self) -> None:
        """Enter in the V7 field: the characters typed from the car must end this car's VIN."""
        vehicle = self.result.serviced_vehicle if self.result is not None else None
        if vehicle is None or not self.needs_vin_check():
            return
        normalize_now(self.vin_check, normalize_vin)
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
        self.form.message.clear()
        self._render()
        if self.save_button.isEnabled():
            self.deliverer_name.setFocus()
        elif self.next_button.isVisible():
            self.next_button.setFocus()

    def _vin_refused(self) -> None:
        """The service refused the V7 check of a work order: the car is checked against its VIN again."""
        if self.result is None:
            return
        self.confirmed_vin = None
        self._render()
        mark(self.vin_check)

    def _lookup_failed(self, generation: int, error: UserError) -> None:
        if generation != self._generation:
            return
        if error.kind == VALIDATION and error.field in ("vin", "plate"):  # V1: the field and what it expects
            edit = self.vin_input if error.field == "vin" else self.plate_input
            self.banner.set_status("error", self.tr("请检查车架号") if error.field == "vin"
                                   else self.tr("请检查车牌号"), error.text)
            mark_invalid(edit, True)
            edit.setFocus()
            edit.selectAll()
        else:
            self.banner.set_status("error", self.tr("查询失败"), error.text)
        self.lookupFinished.emit("error")

    def _show_hint(self, text: str) -> None:
        self.banner.set_status("", self.tr("接车"), text)
        self.vin_input.setFocus()

    # -- next steps ---------------------------------------------------------------------------------------
    def _next_step(self) -> None:
        if self.result is not None:
            self.router.next_step(self.result)

    def _open_owner(self) -> None:
        owner = self.result.serviced_owner if self.result is not None else None
        if owner is not None:
            self.openCustomer.emit(owner.code)

    def _vehicle_id(self) -> int | None:
        vehicle = self.result.serviced_vehicle if self.result is not None else None
        return vehicle.id if vehicle is not None else None

    def open_owner_dialog(self) -> OwnerDialog | None:
        """更换车主 (O3/W2a) for the car loaded."""
        vehicle_id = self._vehicle_id()
        return self.router.open_owner_dialog(vehicle_id) if vehicle_id is not None else None

    def open_contacts_dialog(self) -> ContactsDialog | None:
        """联系人 (W7) of the car loaded."""
        vehicle_id = self._vehicle_id()
        return self.router.open_contacts_dialog(vehicle_id) if vehicle_id is not None else None

    def open_plate_dialog(self) -> PlateDialog | None:
        """车牌 (P1/P2) of the car loaded, with the plate typed in the plate field when it is not the car's own."""
        vehicle_id = self._vehicle_id()
        if vehicle_id is None:
            return None
        typed = self.plate_input.text().strip()
        current = self.result.vehicle.plate if self.result is not None and self.result.vehicle else None
        return self.router.open_plate_dialog(vehicle_id, plate=typed if typed and typed != current else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on a focused button of the panel presses it (the banner's next step after a lookup): the
        panel's buttons take no Enter of their own (they are not in a dialog). Only the key the button itself
        receives: an Enter that a field used (and Qt passes on to the parents) never presses a button."""
        if (isinstance(watched, QPushButton) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and is_enter(event)):
            if watched.isEnabled():
                watched.click()
            return True
        return super().eventFilter(watched, event)

    # -- work order ---------------------------------------------------------------------------------------
    def _work_order_saved(self, order: Any) -> None:
        self.clear()
        self.form.show_saved(order)
        self.workOrderSaved.emit(order)

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
        self.form.clear()
        self.scan.clear()
        self.vehicle_card.fill(None)
        self.owner_card.fill(None)
        self.banner.hide_actions()
        self.banner.set_status("", self.tr("接车"), self.tr("扫描或输入车架号，按 Enter 查询；Esc 清空，接待下一辆车"))
        self._follow()
        self.vin_input.setFocus()


def _same_vin(typed: str, vin: str) -> bool:
    """The VIN typed names ``vin``: equal, or equal once I / O / Q are read as 1 / 0 / 0 (as the lookup reads them)."""
    return typed == vin or typed.translate(str.maketrans("IOQ", "100")) == vin
