"""#14: Enter typed ahead, while a dialog's record is still being read, is written once (BackendDialog.load /
when_loaded): the action waits for the record, runs once it is shown (the last one asked for, once), and is
dropped when the read fails or the dialog closes. Then the dialogs that use it: 添加本店维修中心 (M3), 车牌
(P1, P3) and 维护车主 (W3).

A read's outcome comes back through a queued signal: nothing arrives before the test lets the event loop run, so
an Enter sent at once is typed ahead (the tests say so: ``detail is None``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.services import customers, vehicles
from desktop.services.errors import NotFound
from desktop.ui.common.forms import BackendDialog
from desktop.ui.common.ops import LocalOp
from desktop.ui.common.worker import Worker
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.vehicle.attach_store_dialog import AttachStoreDialog
from desktop.ui.vehicle.plate_dialog import PlateDialog
from tests.factories import add_customer, add_vehicle
from tests.ui.conftest import make_vin

T = 10000
VIN_POTENTIAL = make_vin("LVGBE40KNA300007")


# -- BackendDialog: load / when_loaded --------------------------------------------------------------------------
class RecordDialog(BackendDialog):
    """A dialog whose record is read by ``read`` (held on a pool thread until ``release`` is set)."""

    def __init__(self, worker: Worker, read: Any) -> None:
        super().__init__(None, worker, name="recordDialog")
        self.detail: Any = None
        self.ran: list[tuple[str, Any]] = []
        self.load(LocalOp(read), self.show_record)

    def show_record(self, record: Any) -> None:
        self.detail = record

    def act(self, name: str) -> None:
        """An action as a dialog's Enter would run it: on the record shown."""
        if not self.when_loaded(lambda: self.act(name)):
            self.ran.append((name, self.detail))


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # never leave a pool thread waiting


def _held(release: threading.Event, outcome: Any) -> Any:
    def read() -> Any:
        release.wait()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return read


@pytest.fixture
def worker(qapp: Any) -> Iterator[Worker]:
    w = Worker()
    yield w
    w.wait_for_done()


def test_an_action_asked_for_while_the_record_is_read_runs_once_it_is_shown_the_last_one_once(
        qtbot: Any, worker: Worker, release: threading.Event) -> None:
    dialog = RecordDialog(worker, _held(release, "record"))
    qtbot.addWidget(dialog)
    dialog.act("first")
    dialog.act("second")  # asked again before the record is here: the last one asked for runs
    assert dialog.ran == [] and not dialog.loaded
    release.set()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=T)
    assert dialog.ran == [("second", "record")]  # once, on the record as shown
    dialog.act("now")  # the record is here: at once
    assert dialog.ran == [("second", "record"), ("now", "record")]


def test_an_action_typed_ahead_is_dropped_when_the_read_fails(
        qtbot: Any, worker: Worker, release: threading.Event) -> None:
    refused = NotFound(QT_TRANSLATE_NOOP("services.vehicles", "车辆不存在"))
    dialog = RecordDialog(worker, _held(release, refused))
    qtbot.addWidget(dialog)
    dialog.act("typed ahead")
    release.set()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=T)
    assert "车辆不存在" in dialog.message.text() and dialog.message.property("level") == "error"
    assert not dialog.loaded and dialog.ran == []
    dialog.load(LocalOp(lambda: "read again"), dialog.show_record)  # a later read does not run it either
    qtbot.waitUntil(lambda: dialog.loaded, timeout=T)
    assert dialog.detail == "read again" and dialog.ran == []


def test_an_action_typed_ahead_is_dropped_when_the_dialog_closes(
        qtbot: Any, worker: Worker, release: threading.Event) -> None:
    dialog = RecordDialog(worker, _held(release, "record"))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.act("typed ahead")
    dialog.reject()  # Esc / 取消 before the record came
    release.set()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=T)
    assert dialog.detail == "record" and dialog.ran == []


# -- the dialogs ------------------------------------------------------------------------------------------------
def test_m3_enter_typed_ahead_in_the_attach_dialog_attaches_once_the_vehicle_is_read(
        window: Any, qtbot: Any, world: Any) -> None:
    dialog = AttachStoreDialog(world.actors["adv1"], window.worker, world.ids["other_store"], parent=window)
    dialog.open()
    with qtbot.waitSignal(dialog.attached, timeout=T):
        qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)  # the default button has the keys at once
        assert dialog.detail is None  # typed ahead
    d = vehicles.get_vehicle(world.db, world.actors["adv1"], world.ids["other_store"])
    assert sorted(rc.code for rc in d.repair_centers) == ["R01", "R02"]


def test_p1_enter_typed_ahead_in_the_plate_dialog_saves_once_the_vehicle_is_read(
        window: Any, qtbot: Any, world: Any) -> None:
    dialog = PlateDialog(world.actors["adv1"], window.worker, world.ids["no_owner"], plate="粤A1B234", parent=window)
    dialog.open()
    with qtbot.waitSignal(dialog.plateSaved, timeout=T) as saved:
        qtbot.keyClick(dialog.plate_edit, Qt.Key.Key_Return)
        assert dialog.detail is None  # typed ahead
    assert saved.args[0].plate == "粤A1B234"


def test_p3_enter_typed_ahead_moves_the_plate_once_both_cars_are_read(window: Any, qtbot: Any, world: Any) -> None:
    dialog = PlateDialog(world.actors["adv1"], window.worker, world.ids["no_owner"], plate="粤A6D218",
                         holder_id=world.ids["ok"], parent=window)
    dialog.open()
    with qtbot.waitSignal(dialog.plateSaved, timeout=T) as saved:
        qtbot.keyClick(dialog.plate_edit, Qt.Key.Key_Return)
        assert dialog.detail is None  # typed ahead: the P3 page is shown first, then Enter moves the plate
    assert saved.args[0].plate == "粤A6D218"
    assert vehicles.get_vehicle(world.db, world.actors["adv1"], world.ids["ok"]).plate is None  # P4


def test_w3_enter_typed_ahead_in_the_owner_dialog_sets_the_owner_retained_once_the_vehicle_is_read(
        window: Any, qtbot: Any, world: Any) -> None:
    add_customer(world.db, "P0001", "李嘉怡", "13902220000", category="potential")
    vid = add_vehicle(world.db, VIN_POTENTIAL, owner="P0001", plate="粤A3K517")
    dialog = OwnerDialog(world.actors["adv1"], window.worker, vid, parent=window)
    dialog.open()
    with qtbot.waitSignal(dialog.ownerChanged, timeout=T) as changed:
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # the search field empty: the default
        assert dialog.detail is None  # typed ahead
    assert changed.args[0].owner.code == "P0001"
    assert customers.get_customer(world.db, world.actors["adv1"], "P0001").category == "retained"


def test_w3_enter_typed_ahead_without_anything_to_retain_does_nothing(window: Any, qtbot: Any, world: Any) -> None:
    dialog = OwnerDialog(world.actors["adv1"], window.worker, world.ids["no_owner"], parent=window)
    dialog.open()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.detail is None  # typed ahead
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    window.worker.wait_for_done()
    assert dialog.isVisible() and not dialog.busy and dialog.message.text() == ""
    assert vehicles.get_vehicle(world.db, world.actors["adv1"], world.ids["no_owner"]).owner is None
