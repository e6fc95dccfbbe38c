"""车架号升级 (V8 / N1, master-data team): the advisors' suspected-typo VINs, open, oldest first.

同一辆车 answers with the vehicle on file (the VIN in 档案车架号, the first similar VIN by default); 不同车辆 gives the
filing store a permit to create exactly that VIN; 合并孪生车辆 merges a twin already on file (孪生车架号) into the
vehicle of 档案车架号 (vehicles.merge_twin). Each is one service call (the vehicles' ids and versions are read
first); the note is required. Enter in the note answers 同一辆车; Esc leaves the page as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.services import escalations, vehicles
from desktop.ui.back_office.queue_page import QueuePage
from desktop.ui.common import limits
from desktop.ui.common.models import EscalationTableModel
from desktop.ui.common.widgets import push_button
from desktop.ui.common.worker import Worker


class VinEscalationPage(QueuePage):
    QUEUE = staticmethod(escalations.list_open)

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "vinEscalationPage", EscalationTableModel(), table="escalationTable",
                         count="escalationCount", refresh="refreshEscalations", parent=parent)
        self.table.activated.connect(lambda _i: self.note.setFocus())
        self.vin_edit = QLineEdit()
        self.vin_edit.setObjectName("correctVin")
        self.vin_edit.setMaxLength(limits.VEHICLE["vin"])
        self.twin_edit = QLineEdit()
        self.twin_edit.setObjectName("twinVin")
        self.twin_edit.setMaxLength(limits.VEHICLE["vin"])
        self.twin_edit.setPlaceholderText(self.tr("已录入的孪生车辆车架号（合并时填写）"))
        self.note = QLineEdit()
        self.note.setObjectName("escalationAnswer")
        self.note.setMaxLength(limits.REASON)
        self.note.setPlaceholderText(self.tr("处理说明（必填）"))
        self.note.returnPressed.connect(self.same_car)
        self.same_button = push_button(self.tr("同一辆车"), "resolveSameCar", self.same_car, primary=True,
                                       default=None)
        self.different_button = push_button(self.tr("不同车辆"), "resolveDifferentCar", self.different_car,
                                            default=None)
        self.merge_button = push_button(self.tr("合并孪生车辆"), "mergeTwin", self.merge_twin, default=None)
        fields = QHBoxLayout()
        fields.addWidget(QLabel(self.tr("档案车架号")))
        fields.addWidget(self.vin_edit, 1)
        fields.addWidget(QLabel(self.tr("孪生车架号")))
        fields.addWidget(self.twin_edit, 1)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("说明")))
        actions.addWidget(self.note, 1)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.different_button)
        actions.addWidget(self.same_button)
        layout = self.queue_layout(self.tr("顾问提交的疑似录错车架号：核对实车后答复同一辆车或不同车辆（V8/N1）"))
        layout.addWidget(self.table, 1)
        layout.addLayout(fields)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.update_actions()

    def row_selected(self, row: Any) -> None:
        self.current = row
        if self.current is not None:
            self.vin_edit.setText(self.current.similar_vins[0] if self.current.similar_vins else "")
        self.update_actions()

    def update_actions(self) -> None:
        ok = self.current is not None and not self.busy
        for b in (self.same_button, self.different_button):
            b.setEnabled(ok)
        self.merge_button.setEnabled(not self.busy)

    def _done(self, _result: Any) -> None:
        self.end()
        self.note.clear()
        self.twin_edit.clear()
        self.say(self.tr("已处理"), "ok")
        self.refresh()

    def same_car(self) -> None:
        if self.current is None or self.busy:
            return
        self.begin()
        self.worker.read(escalations.vehicle_ref, self.vin_edit.text(),
                         done=self._same_car_ref, failed=self.failed, owner=self)

    def _same_car_ref(self, ref: Any) -> None:
        if self.current is None:
            self.end()
            return
        self.worker.write(escalations.resolve_same_car, self.current.id, ref.id,
                          self.note.text(), done=self._done, failed=self.failed, owner=self)

    def different_car(self) -> None:
        if self.current is None or self.busy:
            return
        self.begin()
        self.worker.write(escalations.resolve_different_car, self.current.id,
                          self.note.text(), done=self._done, failed=self.failed, owner=self)

    def merge_twin(self) -> None:
        if self.busy:
            return
        self.begin()
        self.worker.read(escalations.vehicle_ref, self.twin_edit.text(),
                         done=self._twin_ref, failed=self.failed, owner=self)

    def _twin_ref(self, twin: Any) -> None:
        self.worker.read(escalations.vehicle_ref, self.vin_edit.text(),
                         done=lambda correct: self._merge(twin, correct), failed=self.failed, owner=self)

    def _merge(self, twin: Any, correct: Any) -> None:
        self.worker.write(vehicles.merge_twin, twin.id, correct.id, self.note.text(),
                          version=twin.version, correct_version=correct.version, done=self._merged,
                          failed=self.failed, owner=self)

    def _merged(self, result: Any) -> None:
        self._done(result)
        self.say(self.tr("已将 {0} 合并到 {1}").format(result.twin_vin, result.correct_vin), "ok")
