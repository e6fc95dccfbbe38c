"""The intake banner: what the lookup found, in words and colour, and the one next step the rulebook asks for.

The frame is ``intakeStatus``; its ``outcome`` property (the lookup's outcome, ``pending`` while a lookup runs,
``vin_unconfirmed`` while V7 waits, ``error``) colours it in the style sheet. Next to the words: the V7 field
(a car loaded through its plate alone: the VIN's last 6 characters, typed from the car) or the buttons — the
next step (车辆档案, 维护车主, 新增车辆档案, 添加本店维修中心, 联系主数据团队, 车牌移到本车, 扫描车架号), the owner's
record, 更换车主 (O3/W2a), 联系人 (W7) and 车牌 (P1-P4). The panel says what to show; the router opens the dialogs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.rules.vin import normalize_vin
from desktop.ui.common import i18n, limits
from desktop.ui.common.shortcuts import set_label
from desktop.ui.common.widgets import normalize_on_edit, push_button, repolish, unmark_on_edit

SERVABLE = ("vehicle_and_owner", "vehicle_only")  # outcomes a work order may follow (W5, or W6 for a stock car)


class IntakeBanner(QFrame):
    def __init__(self, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("intakeStatus")
        self.setProperty("outcome", "")
        box = QHBoxLayout(self)
        box.setContentsMargins(14, 8, 10, 8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("intakeStatusTitle")
        self.text = QLabel()
        self.text.setObjectName("intakeStatusText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
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
        normalize_on_edit(self.vin_check, normalize_vin)
        unmark_on_edit(self.vin_check)
        self.vin_check_label.setBuddy(self.vin_check)
        box.addWidget(self.vin_check_label)
        box.addWidget(self.vin_check)
        self.next_button = push_button("", "nextStepButton")
        self.owner_button = push_button(self.tr("车主档案"), "openOwnerButton")
        self.change_owner_button = push_button(self.tr("更换车主"), "changeOwnerButton")
        self.change_owner_button.setToolTip(self.tr("车辆确实过户时更换车主（O3/W2a）"))
        self.contacts_button = push_button(self.tr("联系人"), "contactsButton")
        self.contacts_button.setToolTip(self.tr("送修的配偶、老板、司机等记为联系人（W7）"))
        self.plate_button = push_button(self.tr("车牌"), "plateButton")
        self.plate_button.setToolTip(self.tr("填写或更换本车车牌；车牌在另一辆车上时按 P3 处理"))
        # each button shows its key (desktop.ui.common.shortcuts; the panel binds the keys)
        for button, key in ((self.owner_button, "owner_record"), (self.change_owner_button, "owner"),
                            (self.contacts_button, "contacts"), (self.plate_button, "plate")):
            set_label(button, button.text(), key)
        for button in self.buttons():
            box.addWidget(button)

    def buttons(self) -> tuple[QPushButton, ...]:
        """The buttons, in the order they stand (and Tab goes)."""
        return (self.next_button, self.owner_button, self.change_owner_button, self.contacts_button,
                self.plate_button)

    def set_status(self, outcome: str, title: str, text: str) -> None:
        self.setProperty("outcome", outcome)
        self.title.setText(title)
        self.text.setText(text)
        for widget in (self, self.title, self.text):
            repolish(widget)

    def hide_actions(self) -> None:
        for button in self.buttons():
            button.hide()
        self.show_vin_check(False)

    def show_vin_check(self, show: bool) -> None:
        for widget in (self.vin_check_label, self.vin_check):
            widget.setVisible(show)

    def outcome_title(self, outcome: str) -> str:
        if outcome == "plate_on_other_vehicle":
            return self.tr("车牌登记在另一辆车上（P3）")
        return i18n.outcome_label(outcome)

    def offer(self, result: Any) -> None:
        """The next step for the result, and the record buttons its car allows this actor."""
        self.show_vin_check(False)
        labels = {  # the next step, and its key (desktop.ui.common.shortcuts)
            "vehicle_and_owner": (self.tr("车辆档案"), "vehicle_record"),
            "vehicle_only": (self.tr("维护车主"), "owner"),
            "not_found": (self.tr("新增车辆档案"), "new_vehicle"),
            "other_store": (self.tr("添加本店维修中心"), "attach_store"),
            "suspected_typo": (self.tr("联系主数据团队"), "escalate"),
            "plate_on_other_vehicle": (self.tr("车牌移到本车（P3）"), "plate"),
        }
        if result.outcome == "not_found" and result.via_plate:  # W1: a vehicle is found, or created, by its VIN
            labels["not_found"] = (self.tr("扫描车架号"), "vin_field")
        text, key = labels.get(result.outcome, ("", ""))
        set_label(self.next_button, text, key or None)
        self.next_button.setVisible(result.outcome in labels)
        self.owner_button.setVisible(result.serviced_owner is not None)
        seen = result.outcome in SERVABLE and result.vehicle is not None
        can_edit = self.actor.can("vehicle.edit")
        self.change_owner_button.setVisible(
            result.outcome == "vehicle_and_owner" and self.actor.can("vehicle.change_owner"))
        self.contacts_button.setVisible(seen and can_edit)
        self.plate_button.setVisible(seen and can_edit)
