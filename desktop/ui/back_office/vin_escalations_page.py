"""车架号升级 (V8 / N1, master-data team): the advisors' suspected-typo VINs, open, oldest first.

同一辆车 answers with the vehicle on file (the VIN in 档案车架号, the first similar VIN by default); 不同车辆 gives the
filing store a permit to create exactly that VIN; 合并孪生车辆 merges a twin already on file (孪生车架号) into the
vehicle of 档案车架号 (vehicles.merge_twin). Each is one service call (the vehicles' ids and versions are read
first); the note is required. Enter on an escalation (or in the search field on the one chosen) goes to the note;
Enter in the note answers 同一辆车; Esc leaves the page as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.services import escalations, vehicles
from desktop.services.escalations import EscalationView, VehicleRef
from desktop.services.vehicles import TwinMergeResult
from desktop.ui.back_office.queue_page import QueuePage
from desktop.ui.common import limits
from desktop.ui.common.models import EscalationTableModel
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.widgets import push_button
from desktop.ui.common.worker import Worker


class VinEscalationPage(QueuePage[EscalationView]):
    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "vinEscalationPage", EscalationTableModel(), escalations.list_open,
                         lambda row: row.id, table="escalationTable", count="escalationCount",
                         refresh="refreshEscalations", parent=parent)
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

    def row_selected(self, row: EscalationView | None) -> None:
        self.current = row
        if self.current is not None:
            self.vin_edit.setText(self.current.similar_vins[0] if self.current.similar_vins else "")
        self.update_actions()

    def open_row(self, row: EscalationView) -> None:
        """Enter on an escalation: its answer next (the note; 档案车架号 holds the first similar VIN)."""
        self.note.setFocus()

    def update_actions(self) -> None:
        ok = self.current is not None and not self.busy
        for b in (self.same_button, self.different_button):
            b.setEnabled(ok)
        self.merge_button.setEnabled(not self.busy)

    def _done(self, _result: object) -> None:
        self.note.clear()
        self.twin_edit.clear()
        self.say(self.tr("已处理"), "ok")
        self.refresh()

    def same_car(self) -> None:
        if self.current is None or self.busy:
            return
        QueryOp(escalations.vehicle_ref, self.vin_edit.text()).success(self._same_car_ref).busy().run_in(self)

    def _same_car_ref(self, ref: VehicleRef) -> None:
        if self.current is None:
            return
        (WriteOp(escalations.resolve_same_car, self.current.id, ref.id, self.note.text())
         .success(self._done).run_in(self))

    def different_car(self) -> None:
        if self.current is None or self.busy:
            return
        (WriteOp(escalations.resolve_different_car, self.current.id, self.note.text())
         .success(self._done).run_in(self))

    def merge_twin(self) -> None:
        if self.busy:
            return
        QueryOp(escalations.vehicle_ref, self.twin_edit.text()).success(self._twin_ref).busy().run_in(self)

    def _twin_ref(self, twin: VehicleRef) -> None:
        (QueryOp(escalations.vehicle_ref, self.vin_edit.text())
         .success(lambda correct: self._merge(twin, correct)).busy().run_in(self))

    def _merge(self, twin: VehicleRef, correct: VehicleRef) -> None:
        (WriteOp(vehicles.merge_twin, twin.id, correct.id, self.note.text(), version=twin.version,
                 correct_version=correct.version)
         .success(self._merged).run_in(self))

    def _merged(self, result: TwinMergeResult) -> None:
        self._done(result)
        self.say(self.tr("已将 {0} 合并到 {1}").format(result.twin_vin, result.correct_vin), "ok")
