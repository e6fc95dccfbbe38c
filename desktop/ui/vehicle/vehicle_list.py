"""车辆 (vehicle list, S2): the magnifier search by VIN, plate, model or owner fragment, among the
vehicles this store sees; Enter or a double click opens the vehicle record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.services.search import search_vehicles
from desktop.ui.common.models import VehicleTableModel
from desktop.ui.common.search_page import SearchPage
from desktop.ui.common.worker import Worker


class VehicleList(SearchPage):
    openVehicle = Signal(int)  # vehicle id

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, VehicleTableModel(), search_vehicles, "vehicle", "", parent)
        self.model.setParent(self)
        self.search_edit.setPlaceholderText(self.tr("车架号、车牌、车型或车主片段"))
        self.rowActivated.connect(self._open)

    def _open(self, row: Any) -> None:
        vehicle_id = getattr(row, "id", None) or getattr(row, "vehicle_id", None)
        if vehicle_id is not None:
            self.openVehicle.emit(int(vehicle_id))
