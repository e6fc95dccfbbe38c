"""Scan first in the windows (issue #15): a keyboard-wedge scanner's text in the VIN field (W1), a picture of a VIN
label or a driving licence pasted (Ctrl+V), dropped or saved by the document camera into the watched folder
(intake: W1, V7, P2, W9 / O5), a licence or an ID card in the owner dialog (O5, W9, C5, C7) and the new-vehicle
dialog (V1, M2, P1, O2); the OCR add-on missing; pictures kept only when the store turns it on.

Pictures come from tests/scan_samples.py (synthetic). OCR is slow (~1 s a picture): each picture is read once per
session (the reading is cached by the picture's bytes), and a test reads at most one."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from desktop import config
from desktop.services import scan, vehicles
from desktop.services.scan_checks import DRIVING_LICENCE, ID_CARD, PictureRead
from desktop.ui.owner.owner_dialog import OwnerDialog
from desktop.ui.scan import panel as scan_panel
from desktop.ui.scan.panel import ScanOutcome
from desktop.ui.shell.settings_dialog import SettingsDialog
from desktop.ui.vehicle.new_vehicle_dialog import NewVehicleDialog
from desktop.ui.vehicle.plate_dialog import PlateDialog
from tests.factories import add_vehicle
from tests.scan_samples import barcode_frame, degrade, licence_fields, render_licence
from tests.ui.conftest import VIN_NO_OWNER, VIN_OK, VIN_TYPO, VIN_UNKNOWN, make_vin, type_text

T = 30000  # ms: a first OCR reading loads the models
OCR = pytest.mark.skipif(not scan.ocr_available(), reason="the ocr extra (rapidocr) is not installed")
LICENCE_OTHER_OWNER = {"vin": VIN_OK, "plate": "粤B7K260", "owner": "陈志强"}  # VIN_OK's file: 粤A6D218, 汪国进
LICENCE_NEW_CAR = {"vin": VIN_UNKNOWN, "plate": "粤A3C127", "owner": "吴思远"}

_READS: dict[tuple[str, tuple[str, ...]], PictureRead] = {}


def _key(image: Any) -> str:
    if isinstance(image, QImage):
        return hashlib.sha1(bytes(image.constBits())[: image.sizeInBytes()]).hexdigest()
    return hashlib.sha1(Path(image).read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def reads_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same picture is read by OCR once per session (the windows still read it on their worker)."""
    real = scan_panel.read_picture

    def cached(image: Any, kinds: tuple[str, ...]) -> PictureRead:
        key = (_key(image), tuple(kinds))
        if key not in _READS:
            _READS[key] = real(image, kinds)
        return _READS[key]

    monkeypatch.setattr(scan_panel, "read_picture", cached)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and data folders of this test only (no watched folder, no kept pictures unless a test says so)."""
    monkeypatch.setenv(config.ENV_HOME, str(tmp_path / "home"))
    return tmp_path / "home"


def licence_png(tmp_path: Path, fields: dict[str, str], name: str = "licence.png") -> Path:
    """A phone photo of a driving licence with these fields (the others made up, always the same)."""
    rng = random.Random(f"ui-licence-{fields['vin']}")
    image = degrade(render_licence(licence_fields(rng) | fields, rng), "photo", rng)
    path = tmp_path / name
    image.save(path)
    return path


def barcode_png(tmp_path: Path, vin: str, name: str = "label.png") -> Path:
    """A 1600 x 1200 picture of a VIN label: Code 39 with the GB/T 18410 "I"."""
    path = tmp_path / name
    barcode_frame(vin, "code39", random.Random(f"ui-label-{vin}"), jpeg=None).save(path)
    return path


def paste(qtbot: Any, widget: Any, path: Path) -> None:
    """The picture on the clipboard (image data, as a screenshot or a browser copies it), Ctrl+V in ``widget``."""
    QGuiApplication.clipboard().setImage(QImage(str(path)))
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def drop(widget: Any, path: Path) -> None:
    """A picture file dragged from the file manager and dropped on ``widget``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, dropped)
    assert dropped.isAccepted()


def owner_dialog(window: Any, qtbot: Any, world: Any, key: str = "ok") -> OwnerDialog:
    dialog = OwnerDialog(window.actor, window.worker, world.ids[key], parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    return dialog


def names(panel: Any) -> list[str]:
    return [f.name for f in panel.findings]


# -- the owner dialog: O5, W9, C5, C7 -----------------------------------------------------------------------------------
@OCR
def test_o5_w9_pasted_licence_fills_owner_dialog_and_flags_the_owner_on_file(window, qtbot, world, tmp_path):
    dialog = owner_dialog(window, qtbot, world)
    panel = dialog.scan.panel
    with qtbot.waitSignal(panel.scanned, timeout=T) as blocker:
        paste(qtbot, dialog.search_edit, licence_png(tmp_path, LICENCE_OTHER_OWNER))
        assert panel.busy  # read on the worker: the dialog stays usable meanwhile
    outcome = blocker.args[0]
    assert outcome.read.kind == DRIVING_LICENCE
    name = dialog.new_fields["name"]
    assert name.text() == "陈志强" and name.property("scan") in ("read", "check")
    assert dialog.new_fields["customer_type"].currentData() == "individual"
    assert "置信度" in name.toolTip()
    # W9 / O5: flagged at once, over the form, with the change of owner (search first, C1)
    assert "owner_differs" in names(panel)
    assert dialog.scan.findings.isVisible()
    first = dialog.scan.findings.findChildren(type(dialog.hint), "scanFindingText")[0]
    assert "W9/O5" in first.text() and "陈志强" in first.text() and "汪国进" in first.text()  # the gravest first
    assert "plate_differs" in names(panel)  # P2: the licence names another plate
    assert dialog.search_edit.text() == "陈志强" and dialog.search_edit.hasFocus()
    assert panel.picture.boxes and any(box.field == "owner" for box in panel.picture.boxes)  # shown, boxed
    # nothing saved without the advisor's Enter
    window.worker.wait_for_done()
    assert vehicles.get_vehicle(world.db, world.actors["adv1"], world.ids["ok"]).owner.code == "C0001"
    button = panel.action_button("owner_differs")
    with qtbot.waitSignal(window.worker.busyChanged, timeout=T):
        button.click()  # 查找“陈志强”并更换车主: the search runs
    assert dialog.search_edit.text() == "陈志强"


def _id_card_outcome(name: str, number: str, *, name_confidence: float) -> ScanOutcome:
    """An ID card as the reader returns it (no OCR): the name read with ``name_confidence``."""
    def entry(value: str, confidence: float, box: list[int]) -> dict[str, Any]:
        return {"value": value, "confidence": confidence, "box": box, "check": confidence < 0.9, "raw": value,
                "suggestion": None}

    fields = {"name": entry(name, name_confidence, [120, 40, 260, 80]), "sex": entry("男", 0.99, [120, 100, 150, 130]),
              "nation": entry("汉", 0.99, [260, 100, 290, 130]), "birth": entry("1949-12-31", 0.99, [120, 150, 400, 190]),
              "address": entry("北京市朝阳区建国路1号", 0.97, [120, 200, 520, 240]),
              "id_number": entry(number, 0.97, [260, 330, 700, 370])}
    image = QImage(QSize(856, 540), QImage.Format.Format_RGB888)
    image.fill(Qt.GlobalColor.white)
    return ScanOutcome(image, image.size(), PictureRead(ID_CARD, fields=fields), "paste")


def test_c7_c5_low_confidence_and_a_failing_id_check_character_are_marked_for_checking(window, qtbot, world):
    dialog = owner_dialog(window, qtbot, world, "no_owner")
    dialog.scan.apply(_id_card_outcome("周建国", "110105194912310021", name_confidence=0.62))  # check char: X
    name, number = dialog.new_fields["name"], dialog.new_fields["id_number"]
    assert name.text() == "周建国"  # an invalid number gives no C5 suffix
    assert name.property("scan") == "check" and "置信度低" in name.toolTip()
    assert number.text() == "110105194912310021" and number.property("scan") == "check"
    assert dialog.new_fields["id_type"].currentData() == "resident_id"
    assert "id_invalid" in names(dialog.scan.panel)  # C7
    assert "no_owner" in names(dialog.scan.panel)  # W3 / O2: search first, then create
    assert dialog.scan.panel.picture.boxes[0].check  # the name's box drawn as to be checked
    type_text(name, "周")  # the advisor corrects the field: the mark goes
    assert name.property("scan") is None
    # a valid number: C5's recommended name + last 6 characters, marked as read
    dialog.scan.apply(_id_card_outcome("周建国", "11010519491231002X", name_confidence=0.98))
    assert name.text() == "周建国31002X" and name.property("scan") == "read"
    assert "id_invalid" not in names(dialog.scan.panel)


def test_o5_c11_homophone_owner_is_not_a_change_of_owner(window, qtbot, world):
    dialog = owner_dialog(window, qtbot, world)
    dialog.scan.apply(_id_card_outcome("汪国近", "11010519491231002X", name_confidence=0.97))
    assert "owner_homophone" in names(dialog.scan.panel) and "owner_differs" not in names(dialog.scan.panel)
    assert dialog.scan.panel.action_button("owner_homophone") is None  # C11: customer service, not 更换车主
    dialog.scan.apply(_id_card_outcome("汪国进", "11010519491231002X", name_confidence=0.97))
    assert names(dialog.scan.panel) == ["owner_matches"]


# -- the intake: W1, V7, P2, W9 --------------------------------------------------------------------------------------
def test_w1_vin_label_pasted_on_intake_fills_vin_field_and_looks_up(window, qtbot, tmp_path):
    panel = window.intake
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        paste(qtbot, panel.vin_input, barcode_png(tmp_path, VIN_OK))
    assert blocker.args == ["vehicle_and_owner"]
    assert panel.vin_input.text() == VIN_OK
    assert panel.confirmed_vin == VIN_OK  # V7: read from the car's own label
    assert panel.save_button.isEnabled()
    QGuiApplication.clipboard().setText("粤A6D218")  # text on the clipboard is pasted into the field as ever
    panel.plate_input.setFocus()
    qtbot.keyClick(panel.plate_input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert panel.plate_input.text() == "粤A6D218"


@pytest.mark.parametrize("copied", ["file", "path", "url"])
def test_w1_a_copied_picture_file_its_path_or_url_pasted_on_intake_looks_up(window, qtbot, tmp_path, copied):
    path = barcode_png(tmp_path, VIN_OK)
    mime = QMimeData()
    if copied == "file":  # copied in the file manager
        mime.setUrls([QUrl.fromLocalFile(str(path))])
    else:
        mime.setText(str(path) if copied == "path" else QUrl.fromLocalFile(str(path)).toString())
    QGuiApplication.clipboard().setMimeData(mime)
    panel = window.intake
    panel.vin_input.setFocus()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        qtbot.keyClick(panel.vin_input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["vehicle_and_owner"] and panel.vin_input.text() == VIN_OK


def test_w1_vin_label_file_dropped_on_intake_looks_up(window, qtbot, tmp_path):
    panel = window.intake
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        drop(panel.banner, barcode_png(tmp_path, VIN_NO_OWNER))
    assert blocker.args == ["vehicle_only"] and panel.vin_input.text() == VIN_NO_OWNER


@OCR
def test_v7_p2_w9_licence_on_intake_looks_the_car_up_and_offers_plate_and_owner(window, qtbot, tmp_path):
    panel = window.intake
    with qtbot.waitSignal(panel.lookupFinished, timeout=T):
        paste(qtbot, panel.vin_input, licence_png(tmp_path, LICENCE_OTHER_OWNER))
    qtbot.waitUntil(lambda: "owner_differs" in names(panel.scan.panel), timeout=T)
    assert panel.result.serviced_vehicle.vin == VIN_OK
    assert panel.plate_input.text() == "粤B7K260"  # the licence's plate, checked against the car (plate path)
    assert panel.needs_vin_check()  # V7: the licence is a document; the VIN is still checked on the car
    assert "行驶证" in panel.banner.title.text() and "车牌" not in panel.banner.title.text()  # what brought the car
    assert {"plate_differs", "owner_differs"} <= set(names(panel.scan.panel))
    with qtbot.waitSignal(panel.dialogOpened, timeout=T) as opened:
        panel.scan.panel.action_button("plate_differs").click()  # P2: the plate dialog, with the licence's plate
    plate_dialog = opened.args[0]
    assert isinstance(plate_dialog, PlateDialog)
    plate_dialog.close()
    with qtbot.waitSignal(panel.dialogOpened, timeout=T) as opened:
        panel.scan.panel.action_button("owner_differs").click()  # W9 / O3: the owner dialog, the licence in it
    owner = opened.args[0]
    assert isinstance(owner, OwnerDialog)
    qtbot.waitUntil(lambda: owner.new_fields["name"].text() == "陈志强", timeout=T)
    assert owner.scan.panel.outcome is not None
    # another car's licence while a car is loaded: V7, never swapped in silently
    panel.scan._licence(ScanOutcome(QImage(), QSize(), PictureRead(DRIVING_LICENCE, fields={
        "vin": {"value": VIN_NO_OWNER, "confidence": 0.99, "box": None, "check": False}}), "paste"))
    assert names(panel.scan.panel) == ["vin_differs"] and panel.result.serviced_vehicle.vin == VIN_OK


# -- the scanner in the VIN field (W1) --------------------------------------------------------------------------------
@pytest.mark.parametrize("scanned", ["]A0I" + VIN_OK, "I" + VIN_OK, "]C1" + VIN_OK, "]d2" + VIN_OK.lower()])
def test_w1_scanner_prefixes_are_stripped_and_enter_looks_up(window, qtbot, scanned):
    panel = window.intake
    panel.vin_input.setFocus()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        type_text(panel.vin_input, scanned)
        qtbot.keyClick(panel.vin_input, Qt.Key.Key_Return)
    assert blocker.args == ["vehicle_and_owner"]
    assert panel.vin_input.text() == VIN_OK and panel.confirmed_vin == VIN_OK


def test_w1_a_scanner_ending_with_tab_looks_up_typing_by_hand_tabs_on(window, qtbot):
    panel = window.intake
    panel.vin_input.setFocus()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        type_text(panel.vin_input, "]A0I" + VIN_OK)  # a scanner's burst of keys, its framing, then its Tab
        qtbot.keyClick(panel.vin_input, Qt.Key.Key_Tab)
    assert blocker.args == ["vehicle_and_owner"] and panel.vin_input.text() == VIN_OK
    qtbot.keyClick(panel.vin_input, Qt.Key.Key_Escape)
    clock = iter(float(i) for i in range(100))  # a person: a key a second
    panel.scan.scanner.clock = lambda: next(clock)
    panel.vin_input.setFocus()
    type_text(panel.vin_input, VIN_NO_OWNER)
    assert not panel.scan.scanner.burst
    qtbot.keyClick(panel.vin_input, Qt.Key.Key_Tab)
    assert panel.result is None and panel.plate_input.hasFocus()  # Tab moved on; nothing looked up


def test_v7_vin_tab_plate_enter_checks_the_plate_against_that_car_however_fast(window, qtbot):
    """A plain VIN (no scanner framing) and Tab is Tab, even as fast as a scanner: the plate typed next is checked
    against that car (V7), not typed into the VIN field."""
    panel = window.intake
    panel.vin_input.setFocus()
    type_text(panel.vin_input, VIN_OK)  # key events with no time between them
    qtbot.keyClick(panel.vin_input, Qt.Key.Key_Tab)
    assert panel.result is None and panel.plate_input.hasFocus()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T):
        type_text(panel.plate_input, "粤B7K260")
        qtbot.keyClick(panel.plate_input, Qt.Key.Key_Return)
    assert panel.vin_input.text() == VIN_OK and panel.confirmed_vin == VIN_OK
    assert panel.result.serviced_vehicle.vin == VIN_OK  # the plate was checked against this car, none swapped in


def test_w1_a_scanner_ending_with_tab_without_framing_looks_up_on_enter_in_the_empty_plate_field(window, qtbot):
    panel = window.intake
    panel.vin_input.setFocus()
    type_text(panel.vin_input, VIN_OK)
    qtbot.keyClick(panel.vin_input, Qt.Key.Key_Tab)
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        qtbot.keyClick(panel.plate_input, Qt.Key.Key_Return)
    assert blocker.args == ["vehicle_and_owner"] and panel.confirmed_vin == VIN_OK


def test_v8_a_scanned_vin_failing_its_check_digit_is_still_looked_up(window, qtbot):
    panel = window.intake
    panel.vin_input.setFocus()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        type_text(panel.vin_input, "]A0I" + VIN_TYPO)
        qtbot.keyClick(panel.vin_input, Qt.Key.Key_Return)
    assert blocker.args == ["suspected_typo"] and panel.vin_input.text() == VIN_TYPO


# -- the document camera's folder -----------------------------------------------------------------------------------
@pytest.fixture
def camera(home: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "gaopaiyi"
    folder.mkdir()
    config.save_scan_settings(config.ScanSettings(watch_folder=str(folder)))
    return folder


def test_watched_folder_picture_is_read_while_the_intake_page_is_shown(camera, window, qtbot, tmp_path):
    panel = window.intake
    watcher = panel.scan.watcher
    assert watcher is not None and watcher.active and not panel.scan.folder_label.isVisible()
    assert str(camera) in panel.scan.panel.open_button.toolTip()  # the folder is said where pictures come in
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        barcode_png(camera, VIN_OK, "IMG_0001.png")
        watcher.check()  # what the file system watcher does when the camera writes
    assert blocker.args == ["vehicle_and_owner"] and panel.vin_input.text() == VIN_OK
    panel.clear()
    window.nav.setCurrentRow(1)  # 客户: a picture now is not read
    with qtbot.waitSignal(watcher.pictureReady, timeout=T):
        barcode_png(camera, VIN_NO_OWNER, "IMG_0002.png")
        watcher.check()
    assert not panel.scan.panel.busy and panel.vin_input.text() == ""


def test_a_picture_still_being_written_is_read_once_complete(camera, window, qtbot):
    watcher = window.intake.scan.watcher
    assert watcher is not None
    data = (camera.parent / "label.png")
    barcode_png(camera.parent, VIN_OK, "label.png")
    partial = camera / "IMG_0003.png"
    partial.write_bytes(data.read_bytes()[:2000])  # the camera has written the first part
    with qtbot.waitSignal(window.intake.scan.panel.scanFailed, timeout=T):
        watcher.check()
    assert watcher.tries.get(str(partial)) == 1  # tried again at the next interval
    with qtbot.waitSignal(window.intake.lookupFinished, timeout=T) as blocker:
        partial.write_bytes(data.read_bytes())
    assert blocker.args == ["vehicle_and_owner"]


# -- the new-vehicle dialog: M2, V1, P1, O2 -----------------------------------------------------------------------------
def test_v1_vin_label_fills_the_new_vehicle_vin(window, qtbot, tmp_path):
    dialog = NewVehicleDialog(window.actor, window.worker, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.scan.panel.scanned, timeout=T):
        paste(qtbot, dialog.model_edit, barcode_png(tmp_path, VIN_UNKNOWN))
    assert dialog.vin_edit.text() == VIN_UNKNOWN and dialog.vin_edit.property("scan") == "read"
    assert dialog.model_edit.text() == ""  # a label holds no model
    assert dialog.has_edits()  # #14: the reading is the advisor's work: Esc asks before throwing it away


@OCR
def test_m2_licence_fills_new_vehicle_then_its_plate_and_owner(window, qtbot, world, tmp_path):
    dialog = NewVehicleDialog(window.actor, window.worker, VIN_UNKNOWN, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.scan.panel.scanned, timeout=T):
        drop(dialog.model_edit, licence_png(tmp_path, LICENCE_NEW_CAR))
    assert dialog.vin_edit.text() == VIN_UNKNOWN and dialog.vin_edit.property("scan") in ("read", "check")
    assert dialog.model_edit.text() and dialog.model_edit.property("scan") in ("read", "check")
    assert dialog.detail is None  # nothing saved before Enter
    with qtbot.waitSignal(dialog.vehicleSaved, timeout=T):
        qtbot.keyClick(dialog.model_edit, Qt.Key.Key_Return)
    assert dialog.plate_edit.text() == "粤A3C127"  # P1: waiting for 保存车牌 / Enter
    assert dialog.detail.plate is None
    dialog.open_owner()
    owner = dialog.child
    assert isinstance(owner, OwnerDialog)
    qtbot.waitUntil(lambda: owner.detail is not None and "no_owner" in names(owner.scan.panel), timeout=T)
    assert owner.new_fields["name"].text() == "吴思远"  # O2 / O5: the owner as on the licence


# -- the OCR add-on missing ---------------------------------------------------------------------------------------------
def test_without_the_ocr_add_on_the_dialog_says_how_to_add_it_and_labels_still_read(window, qtbot, world, tmp_path,
                                                                                    monkeypatch):
    monkeypatch.setattr(scan, "ocr_available", lambda: False)
    monkeypatch.setattr(scan, "ocr_addon_dirs", lambda: [Path("/opt/reception-desk/ocr-addon")])
    dialog = owner_dialog(window, qtbot, world)
    note = dialog.scan.panel.ocr_note
    assert note.isVisible() and "/opt/reception-desk/ocr-addon" in note.text() and "条码" in note.text()
    with qtbot.waitSignal(dialog.scan.panel.scanned, timeout=T) as blocker:
        paste(qtbot, dialog.search_edit, barcode_png(tmp_path, VIN_OK))
    assert blocker.args[0].read.ocr_missing and dialog.new_fields["name"].text() == ""
    assert "未安装" in dialog.scan.panel.status.text()
    dialog.close()
    panel = window.intake
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as looked_up:
        paste(qtbot, panel.vin_input, barcode_png(tmp_path, VIN_OK))  # bar codes need no OCR
    assert looked_up.args == ["vehicle_and_owner"]


# -- settings and keeping pictures (personal information) -------------------------------------------------------------
def test_settings_save_the_watched_folder_and_keeping_pictures(qtbot, tmp_path):
    settings_file = tmp_path / "settings.toml"
    dialog = SettingsDialog(settings_file=settings_file)
    qtbot.addWidget(dialog)
    box = dialog.scan_box
    assert not box.keep.isChecked() and not box.keep_folder.isEnabled()  # off by default
    box.watch_folder.setText(str(tmp_path / "missing"))
    dialog.save()
    assert "高拍仪文件夹不存在" in dialog.message.text() and box.watch_folder.property("invalid")
    assert not settings_file.exists()
    box.watch_folder.setText(str(tmp_path))
    box.keep.setChecked(True)
    box.keep_folder.setText(str(tmp_path / "kept"))
    dialog.save()
    assert config.load_scan_settings(settings_file) == config.ScanSettings(str(tmp_path), True, str(tmp_path / "kept"))
    assert config.resolve_connection(path=settings_file).source == "settings"


def test_pictures_are_kept_only_when_the_store_turns_it_on(window, qtbot, world, tmp_path):
    kept = tmp_path / "kept"
    vin = make_vin("LFV3A23C0P300077")
    world.ids["second"] = add_vehicle(world.db, vin)
    pictures: list[Path] = []
    for key, keep, name, phone, number in (("no_owner", False, "周建国", "13600135998", "11010519491231002X"),
                                           ("second", True, "吴思远", "13600135999", "110105198001010016")):
        config.save_scan_settings(config.ScanSettings(keep_pictures=keep, keep_folder=str(kept)))
        dialog = owner_dialog(window, qtbot, world, key)
        dialog.scan.apply(_id_card_outcome(name, number, name_confidence=0.98))
        type_text(dialog.new_fields["phone"], phone)
        with qtbot.waitSignal(dialog.ownerChanged, timeout=T):
            qtbot.keyClick(dialog.new_fields["phone"], Qt.Key.Key_Return)  # the advisor's Enter saves
        window.worker.wait_for_done()
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=T)
        pictures = sorted(kept.glob("*.jpg")) if kept.exists() else []
        assert len(pictures) == (1 if keep else 0)
    assert vin in pictures[0].name and "吴思远" not in pictures[0].name  # named by the VIN, never by the person


@pytest.fixture(autouse=True)
def _no_stray_clipboard() -> Iterator[None]:
    yield
    QGuiApplication.clipboard().clear()



def test_every_scan_panel_shares_one_application_event_filter(window, qtbot):
    """Ctrl+V and drops reach the panels through one filter on the application: a filter per panel ran for every
    event of the application and made each new window slower while closed ones awaited deletion."""
    from PySide6.QtWidgets import QWidget

    from desktop.ui.scan.panel import ScanPanel, _PasteAndDrop

    before = _PasteAndDrop._shared
    hosts = []
    for _ in range(3):
        host = QWidget()
        qtbot.addWidget(host)
        ScanPanel(window.worker, ("barcode",), "", parent=host).attach(host)
        hosts.append(host)
    assert _PasteAndDrop._shared is before is not None
    assert len(QApplication.instance().findChildren(_PasteAndDrop)) == 1
