"""What an advisor types or pastes at intake that is not what the field holds (V1, W1): the VIN field and the plate
field say what is wrong, naming the field, mark it and keep the keyboard on it; a plate in the VIN field and a VIN
in the plate field are looked up as what they are and moved into their own field; pasted lines and a "VIN:" label
still give the VIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from .conftest import VIN_OK, type_text

T = 10000


def enter(qtbot: Any, panel: Any, edit: Any, text: str) -> list[Any]:
    edit.setFocus()
    with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
        type_text(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    return blocker.args


def test_v1_sixteen_characters_are_refused_in_the_vin_field_not_offered_as_a_new_car(window, qtbot):
    panel = window.intake
    assert enter(qtbot, panel, panel.vin_input, VIN_OK[:16]) == ["error"]
    assert "17" in panel.banner.text.text() and "车架号" in panel.banner.title.text()
    assert panel.vin_input.property("invalid") and panel.vin_input.hasFocus()
    assert not any(button.isVisible() for button in panel.banner.buttons())  # no 新增车辆档案 for it
    type_text(panel.vin_input, VIN_OK[16])
    assert not panel.vin_input.property("invalid")  # the mark goes with the next key


def test_v1_a_plate_that_cannot_be_is_refused_in_the_plate_field(window, qtbot):
    panel = window.intake
    assert enter(qtbot, panel, panel.plate_input, "粤A6D2I8") == ["error"]
    assert "车牌" in panel.banner.title.text() and panel.plate_input.property("invalid")
    assert panel.plate_input.hasFocus()


def test_w1_a_plate_typed_in_the_vin_field_moves_to_the_plate_field_and_asks_for_the_vin(window, qtbot, world):
    panel = window.intake
    plate = panel_plate_of_ok(world)
    assert enter(qtbot, panel, panel.vin_input, plate) == ["vehicle_and_owner"]
    assert panel.vin_input.text() == "" and panel.plate_input.text() == plate
    assert panel.needs_vin_check() and "车牌" in panel.banner.text.text()  # V7: the VIN is still checked


def test_w1_a_vin_typed_in_the_plate_field_moves_to_the_vin_field_and_counts_as_typed(window, qtbot):
    panel = window.intake
    assert enter(qtbot, panel, panel.plate_input, VIN_OK.lower()) == ["vehicle_and_owner"]
    assert panel.vin_input.text() == VIN_OK and panel.plate_input.text() == ""
    assert not panel.needs_vin_check() and panel.form.save_button.isEnabled()


def test_w1_pasted_lines_and_a_vin_label_still_give_the_vin(window, qtbot):
    panel = window.intake
    for pasted in (VIN_OK + "\n" + VIN_OK + "\n", "VIN: " + VIN_OK):
        panel.clear()
        panel.vin_input.setFocus()
        QGuiApplication.clipboard().setText(pasted)
        with qtbot.waitSignal(panel.lookupFinished, timeout=T) as blocker:
            qtbot.keyClick(panel.vin_input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(panel.vin_input, Qt.Key.Key_Return)
        assert blocker.args == ["vehicle_and_owner"] and panel.vin_input.text() == VIN_OK, pasted


def panel_plate_of_ok(world: Any) -> str:
    from desktop.services import vehicles

    detail = vehicles.get_vehicle(world.db, world.actors["adv1"], world.ids["ok"])
    assert detail.plate
    return str(detail.plate)
