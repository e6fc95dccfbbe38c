"""开工单 (W5, W6, W8, V7): the work order of the car the intake loaded.

Saved only when W5 holds (vehicle and owner loaded), or W6 for PDI / transport damage, offered only for a
stock car this store serves (the lookup's ``stock_problem`` says why not); and only once the car's VIN came
from the car (V7: typed or scanned, or its last 6 characters checked). Who brought the car (W8) is typed
afresh every time; 车主本人送修 fills in the owner when the owner brought it (the advisor decides). The hint
under the form says in words why it cannot be saved yet. One service call: work_orders.create_work_order,
with the end of the VIN the advisor typed (never one read from the record).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import work_orders
from desktop.services.work_orders import WorkOrderView
from desktop.ui.common import i18n, limits
from desktop.ui.common.forms import BackendForm
from desktop.ui.common.ops import WriteOp
from desktop.ui.common.shortcuts import set_label
from desktop.ui.common.widgets import mark_invalid, message_label, push_button, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.intake.banner import SERVABLE

KINDS = ("normal", "pdi", "transport_damage")


class WorkOrderForm(BackendForm, QGroupBox):
    saved = Signal(object)  # WorkOrderView
    vinRefused = Signal()  # V7: the service refused the VIN check (the car is to be checked again)

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup_form(actor, worker, "workOrderMessage", collapse=True)  # the intake page fits the screen
        self.setTitle(self.tr("开工单"))
        self.setObjectName("workOrderForm")
        self.result: Any = None  # the lookup the form follows (IntakeResult)
        self.stock_problem: str | None = None  # W6: why the loaded car is not a stock car (None: it is one)
        self.confirmed_vin: str | None = None  # V7: the VIN as the advisor typed, scanned or checked it
        self.vin_checked = False
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)

        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        self.kind_buttons: dict[str, QRadioButton] = {}
        for i, (kind, name) in enumerate(zip(KINDS, ("kindNormal", "kindPdi", "kindTransportDamage"), strict=True)):
            button = QRadioButton()
            set_label(button, i18n.kind_label(kind), f"kind_{kind}")  # the panel binds the key
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
        kinds.addSpacing(16)
        kinds.addWidget(_label(self.tr("进厂里程"), self.mileage))
        kinds.addWidget(self.mileage)
        kinds.addStretch(1)
        self.complaint = QPlainTextEdit()
        self.complaint.setObjectName("complaint")
        self.complaint.setTabChangesFocus(True)
        self.complaint.setPlaceholderText(self.tr("客户描述的故障或需求"))
        self.complaint.setFixedHeight(58)
        for edit in (self.deliverer_name, self.deliverer_phone, self.mileage):
            edit.returnPressed.connect(self.save_work_order)
            unmark_on_edit(edit)

        self.save_button = push_button(self.tr("保存工单"), "saveWorkOrder", self.save_work_order, primary=True)
        self.hint = message_label("workOrderHint", collapse=True)
        self.result_label = message_label("workOrderResult", collapse=True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid.addWidget(QLabel(self.tr("工单类型")), 0, 0)
        grid.addLayout(kinds, 0, 1, 1, 5)
        grid.addWidget(_label(self.tr("送修人"), self.deliverer_name), 1, 0)
        grid.addWidget(self.deliverer_name, 1, 1)
        grid.addWidget(_label(self.tr("送修人电话"), self.deliverer_phone), 1, 2)
        grid.addWidget(self.deliverer_phone, 1, 3)
        grid.addWidget(self.use_owner, 1, 4)
        grid.addWidget(_label(self.tr("故障描述"), self.complaint), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.complaint, 2, 1, 1, 4)
        actions = QVBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        grid.addLayout(actions, 1, 5, 2, 1)
        grid.addWidget(self.hint, 3, 1, 1, 5)
        grid.addWidget(self.message, 4, 1, 1, 5)
        grid.addWidget(self.result_label, 5, 1, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        self._kind_changed()

    def tab_chain(self) -> list[QWidget]:
        """The form's fields and buttons in the order Tab goes."""
        return [self.kind_buttons["normal"], self.settlement, self.mileage, self.deliverer_name, self.deliverer_phone,
                self.use_owner, self.complaint, self.save_button]

    # -- the car ------------------------------------------------------------------------------------------
    def follow(self, result: Any, *, stock_problem: str | None = None, vin_checked: bool = False,
               confirmed_vin: str | None = None) -> None:
        """The intake loaded ``result`` (None: nothing): the kinds W6 allows for its car, and the save state."""
        self.result = result
        self.stock_problem = stock_problem
        self.vin_checked = vin_checked
        self.confirmed_vin = confirmed_vin
        stock = self.is_stock_car()
        if result is None or result.serviced_vehicle is None:
            why = self.tr("PDI / 商品车质损只用于库存商品车：请先查询车架号")
        elif stock_problem is not None:
            why = self.tr("不是库存商品车（W6）：{0}").format(
                work_orders.stock_car_message(stock_problem, i18n.current_lang()))
        else:
            why = ""
        for kind in ("pdi", "transport_damage"):
            self.kind_buttons[kind].setEnabled(stock)
            self.kind_buttons[kind].setToolTip(why)
        if not stock and self.kind() != "normal":
            self.kind_buttons["normal"].setChecked(True)  # -> _kind_changed -> update_actions
        self.update_actions()

    def kind(self) -> str:
        return KINDS[max(0, self.kind_group.checkedId())]

    def choose_kind(self, kind: str) -> bool:
        """The kind's key (Alt+N / Alt+D / Alt+T): chosen when W6 allows it for the car, then the deliverer comes
        next (or the settlement party, when it is still to be chosen)."""
        button = self.kind_buttons[kind]
        if not button.isEnabled():
            self.say(button.toolTip() or self.tr("PDI / 商品车质损只用于库存商品车（W6）"), "info")
            return False
        button.setChecked(True)
        self.deliverer_name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

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
        self.update_actions()

    def is_stock_car(self) -> bool:
        """W6: the car loaded is one this store serves and a stock car (the lookup's stock_problem)."""
        r = self.result
        vehicle = r.serviced_vehicle if r is not None else None
        return (vehicle is not None and vehicle.visible and r.outcome in SERVABLE
                and self.stock_problem is None)

    def can_save(self) -> bool:
        """W5 (or W6 for PDI / transport damage, a stock car only) and V7, as the service will check it again."""
        r = self.result
        if self.busy or r is None or r.serviced_vehicle is None or not self.actor.can("work_order.create"):
            return False
        if not self.vin_checked:
            return False
        if self.kind() == "normal":
            return bool(r.can_start_work_order)
        return self.is_stock_car()

    def update_actions(self) -> None:
        """The save state, and in words why the work order cannot be saved yet."""
        ok = self.can_save()
        self.save_button.setEnabled(ok)
        r = self.result
        owner = r.serviced_owner if r is not None else None
        self.use_owner.setEnabled(owner is not None and bool(owner.phone))
        if ok or self.busy:
            self.hint.setText("")
        elif not self.actor.can("work_order.create"):
            self.hint.setText(self.tr("当前角色不能开工单"))
        elif r is None:
            self.hint.setText(self.tr("先查询车架号：车辆和车主都带出后才能开工单（W5）"))
        elif r.outcome == "plate_on_other_vehicle":
            self.hint.setText(self.tr("车牌登记在另一辆车上：先把车牌移到本车（P3），再开工单"))
        elif r.outcome in SERVABLE and not self.vin_checked:
            self.hint.setText(self.tr("经车牌带出：核对车架号后 6 位后才能开工单（V7）"))
        elif self.kind() != "normal":
            self.hint.setText(self.tr("PDI / 商品车质损工单也须先带出本店可见的库存商品车（W6）"))
        elif self.is_stock_car():
            self.hint.setText(self.tr("车辆和车主都带出后才能开工单（W5）；本车是库存商品车，PDI 或商品车质损可无车主（W6）"))
        else:
            self.hint.setText(self.tr("车辆和车主都带出后才能开工单（W5）"))

    def _fill_owner_as_deliverer(self) -> None:
        """W8 allows the owner as the deliverer only when the owner brought the car: the advisor decides."""
        owner = self.result.serviced_owner if self.result is not None else None
        if owner is None:
            return
        self.deliverer_name.setText(owner.name)
        self.deliverer_phone.setText(owner.phone or "")
        self.deliverer_phone.setFocus()

    # -- save ---------------------------------------------------------------------------------------------
    def save_work_order(self) -> None:
        if not self.can_save():
            return
        assert self.result is not None and self.result.serviced_vehicle is not None and self.confirmed_vin
        kind = self.kind()
        mileage = self.mileage.text().strip()
        (WriteOp(
            work_orders.create_work_order, self.result.serviced_vehicle.id,
            vin_confirmation=self.confirmed_vin[-work_orders.VIN_CONFIRMATION_LENGTH:],  # V7: typed, never read
            kind=kind,
            settlement_party=None if kind == "normal" else self.settlement.currentData(),
            deliverer_name=self.deliverer_name.text(),
            deliverer_phone=self.deliverer_phone.text(),
            mileage=int(mileage) if mileage else None,
            complaint=self.complaint.toPlainText().strip() or None,
        ).success(self._saved).failure(self._save_failed).run_in(self))

    def _saved(self, order: WorkOrderView) -> None:
        self.saved.emit(order)

    def _save_failed(self, error: UserError) -> None:
        self.failed(error)
        if error.field == "vin_confirmation":
            self.vinRefused.emit()  # V7 refused by the service: the car's VIN is checked against the car again

    def field_widgets(self) -> dict[str, QWidget]:
        return {"deliverer_name": self.deliverer_name, "deliverer_phone": self.deliverer_phone,
                "mileage": self.mileage, "settlement_party": self.settlement}

    def show_saved(self, order: Any) -> None:
        self.result_label.setText(self.tr("已开工单 {0}（{1}）").format(order.number, order.vin))

    def forget_saved(self) -> None:
        """The next car is looked up: the last work order's 已开工单 … and the form's message go."""
        self.result_label.clear()
        self.message.clear()

    def clear(self) -> None:
        """Ready for the next car: who brought it is typed afresh (W8)."""
        for edit in (self.deliverer_name, self.deliverer_phone, self.mileage):
            edit.clear()
            mark_invalid(edit, False)
        self.complaint.clear()
        self.kind_buttons["normal"].setChecked(True)
        self.message.clear()
        self.result_label.clear()


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
