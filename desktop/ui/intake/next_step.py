"""The next step after a lookup: the guided dialog the rulebook asks for, and the restart after it (W5).

vehicle without a loaded owner -> 维护车主 (owner dialog, W3/O2); another store's vehicle -> 添加本店维修中心
(attach dialog, M3); not in the group -> 新增车辆档案 (new-vehicle dialog, M1/M2; a VIN on file there hands over
to the attach dialog, M3); suspected typo -> the escalation view (V8); the plate typed is on another car -> the
plate dialog on its P3 page; vehicle and owner -> the vehicle record (the main window opens it). From the banner
also: 更换车主 (O3/W2a), 联系人 (W7) and 车牌 (P1-P4).

Once a dialog saved, ``restart`` carries the VIN: the intake looks it up again (W5). The dialogs are
non-blocking; ``dialogs`` lists those open now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.common.forms import open_kept
from desktop.ui.common.worker import Worker
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.vehicle.attach_store_dialog import AttachStoreDialog
from desktop.ui.vehicle.contacts_dialog import ContactsDialog
from desktop.ui.vehicle.new_vehicle_dialog import NewVehicleDialog
from desktop.ui.vehicle.plate_dialog import PlateDialog


class NextStepRouter(QObject):
    restart = Signal(str)  # W5: the VIN to look up again, after a guided dialog saved
    openVehicle = Signal(int, str)  # vehicle id, tab to show: the vehicle record (the main window opens it)
    scanVin = Signal()  # W1: a vehicle is found, or created, by its VIN: the advisor scans it first
    dialogOpened = Signal(object)  # a guided dialog, just opened

    def __init__(self, actor: Any, worker: Worker, host: QWidget) -> None:
        """``host``: the intake panel, the guided dialogs' parent."""
        super().__init__(host)
        self.actor = actor
        self.worker = worker
        self.host = host
        self.dialogs: list[QDialog] = []  # guided dialogs open now

    def next_step(self, result: Any) -> None:
        """The banner's next-step button for the lookup's ``result``."""
        serviced = result.serviced_vehicle
        if result.outcome == "not_found" and result.via_plate:
            self.scanVin.emit()
        elif result.outcome == "not_found":
            self.open_new_vehicle_dialog(result.query)
        elif result.outcome == "suspected_typo":
            self.escalate(result)
        elif result.vehicle is None:
            return
        elif result.outcome == "other_store":
            self.open_attach_dialog(result.vehicle.id)
        elif result.outcome in ("vehicle_only", "plate_on_other_vehicle") and serviced is None:
            return
        elif result.outcome == "vehicle_only":
            self.open_owner_dialog(serviced.id)
        elif result.outcome == "plate_on_other_vehicle":  # P3 page at once: both cars, Enter moves the plate
            self.open_plate_dialog(serviced.id, plate=result.plate or "", holder_id=result.vehicle.id)
        else:
            self.openVehicle.emit(result.vehicle.id, "basic")

    def _open(self, dialog: QDialog) -> None:
        open_kept(dialog, self.dialogs)
        self.dialogOpened.emit(dialog)

    def open_owner_dialog(self, vehicle_id: int) -> OwnerDialog:
        """W3/O2 (no owner loaded) or O3/W2a (change of owner)."""
        dialog = OwnerDialog(self.actor, self.worker, vehicle_id, parent=self.host)
        dialog.ownerChanged.connect(lambda d: self.restart.emit(d.vin))
        self._open(dialog)
        return dialog

    def open_attach_dialog(self, vehicle_id: int) -> AttachStoreDialog:
        """M3: attach this store's repair center and customer channel."""
        dialog = AttachStoreDialog(self.actor, self.worker, vehicle_id, parent=self.host)
        dialog.attached.connect(lambda d: self.restart.emit(d.vin))
        self._open(dialog)
        return dialog

    def open_new_vehicle_dialog(self, vin: str) -> NewVehicleDialog:
        """M1/M2: create the vehicle (model and VIN first); M3 hands over to the attach dialog."""
        dialog = NewVehicleDialog(self.actor, self.worker, vin, parent=self.host)
        dialog.vinExists.connect(lambda vehicle_id, visible: self._vin_exists(vehicle_id, visible, vin))
        dialog.finished.connect(lambda _r: self.restart.emit(dialog.detail.vin) if dialog.detail is not None else None)
        self._open(dialog)
        return dialog

    def _vin_exists(self, vehicle_id: int, visible: bool, vin: str) -> None:
        if visible:
            self.restart.emit(vin)
        else:
            self.open_attach_dialog(vehicle_id)

    def escalate(self, result: Any) -> NewVehicleDialog:
        """V8: do not create it; the escalation view hands the master-data team what they need to check."""
        dialog = NewVehicleDialog(self.actor, self.worker, result.query,
                                  similar_vins=tuple(result.similar_vins), parent=self.host)
        self._open(dialog)
        return dialog

    def open_contacts_dialog(self, vehicle_id: int) -> ContactsDialog:
        """W7: people who bring the car are contacts; one may be the main user."""
        dialog = ContactsDialog(self.actor, self.worker, vehicle_id, parent=self.host)
        self._open(dialog)
        return dialog

    def open_plate_dialog(self, vehicle_id: int, *, plate: str = "",
                          holder_id: int | None = None) -> PlateDialog:
        """P1/P2 the plate of this car; P3 when ``holder_id`` (the car holding ``plate``) is given: the dialog
        opens on the P3 page with both cars."""
        dialog = PlateDialog(self.actor, self.worker, vehicle_id, plate=plate, holder_id=holder_id,
                             parent=self.host)
        dialog.plateSaved.connect(lambda d: self.restart.emit(d.vin))
        self._open(dialog)
        return dialog
