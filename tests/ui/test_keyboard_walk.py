"""Keyboard first (#14.1): every hard case of the README walked with key events only, keys counted.

On the demo group as adv1 (store S01), as a check from outside the repository does it: the main window is shown,
and keys go only to ``QApplication.focusWidget()`` (typing, Tab, Enter, Esc, arrows and the shortcuts of
desktop.ui.common.shortcuts); the walk waits for ``intakeStatus``'s ``outcome`` and for dialogs to open and close,
and reads nothing else off the screen. Each case ends with its record saved (the work order, or for V8 the
escalation filed) and asserts it in the database.

The counts (``keys``: Enter, Tab, Esc, arrows, shortcuts; ``typed``: characters typed) are printed (``-s``) and
written to ``bench/out/keyboard_walk.json``. The walk as it reads, per case, is the advisor's guide's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.demo import MOVED_PLATE, SCENARIO_VINS, SCENARIOS
from desktop.models import Customer, Vehicle, VinEscalation, WorkOrder
from desktop.storage import Database
from tests.ui.keyboard import Keyboard

OUT = Path(__file__).resolve().parents[2] / "bench" / "out" / "keyboard_walk.json"
COUNTS: dict[str, dict[str, Any]] = {}
DELIVERER, DELIVERER_PHONE = "王小明", "13800138001"


@pytest.fixture(scope="module", autouse=True)
def counts() -> Iterator[None]:
    """The counts of the module's walks, printed and written at the end."""
    yield
    if COUNTS:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(COUNTS, ensure_ascii=False, indent=1), encoding="utf-8")
        print("\n[keyboard walk] " + ", ".join(f"{case}: {c['keys']} keys + {c['typed']} typed"
                                              for case, c in COUNTS.items()))


@pytest.fixture
def keyboard(qtbot: Any, demo_window: Any) -> Keyboard:
    """The keyboard on adv1's main window (the demo group); keyboard first: the VIN field has the keys at once."""
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().objectName() == "vinInput")
    return Keyboard(qtbot, demo_window)


# -- the steps every walk shares ----------------------------------------------------------------------------
def lookup(kb: Keyboard, text: str) -> str:
    """Type (or scan) into the focus widget and press Enter; the lookup's outcome."""
    kb.type(text)
    kb.enter()
    return kb.wait_outcome()


def open_step(kb: Keyboard, key: str | None = None) -> None:
    """The next step: Enter on the focused default, or its shortcut; a dialog opens with the keyboard in it."""
    if key is None:
        kb.enter()
    else:
        kb.press(key)
    kb.wait_dialog()


def closes_and_reloads(kb: Keyboard, press: Any) -> str:
    """The key that saves a guided dialog: it closes, the intake looks the VIN up again (W5)."""
    press()
    kb.wait_no_dialog()
    return kb.wait_outcome()


def work_order(kb: Keyboard, db: Database, vin: str) -> Any:
    """W8: the deliverer typed afresh (the keyboard is in 送修人 after the lookup), Tab, the phone, Enter."""
    kb.type(DELIVERER)
    kb.tab()
    kb.type(DELIVERER_PHONE)
    kb.enter()
    kb.settle()
    with db.read() as s:
        orders = s.execute(select(WorkOrder.deliverer_name, WorkOrder.deliverer_phone, WorkOrder.kind,
                                  WorkOrder.settlement_party, WorkOrder.owner_id)
                           .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id).where(Vehicle.vin == vin)).all()
    assert len(orders) == 1, f"no work order saved for {vin}"
    order = orders[0]
    assert (order.deliverer_name, order.deliverer_phone) == (DELIVERER, DELIVERER_PHONE)
    assert kb.focus().objectName() == "vinInput"  # ready for the next car
    return order


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def done(case: str, kb: Keyboard) -> None:
    COUNTS[case] = {**kb.counts(), "walk": kb.log}
    print(f"\n[keys] {case}: {kb.keys} keys + {kb.typed} typed: {' '.join(kb.log)}")


def owner_of(db: Database, vin: str) -> Any:
    """The car's owner as saved: name, category, status (None: no owner)."""
    with db.read() as s:
        return s.execute(select(Customer.name, Customer.category, Customer.status)
                         .join(Vehicle, Vehicle.owner_id == Customer.id).where(Vehicle.vin == vin)).first()


# -- the hard cases of the README, in its order ---------------------------------------------------------------
def test_w2_vehicle_and_owner_load(keyboard, demo_db):
    vin = SCENARIOS["vehicle_and_owner"]
    assert lookup(keyboard, vin) == "vehicle_and_owner"
    order = work_order(keyboard, demo_db, vin)
    assert order.kind == "normal"
    done("W2 vehicle and owner load", keyboard)


def test_w3_vehicle_without_owner(keyboard, demo_db):
    """维护车主 is the focused next step; search first (C1): nothing found, the name goes into the new owner's
    form and the keyboard to its phone; Enter creates the owner through the duplicate check."""
    vin = SCENARIOS["vehicle_only (no owner)"]
    assert lookup(keyboard, vin) == "vehicle_only"
    open_step(keyboard)  # 维护车主 [F3]
    keyboard.type("欧阳明远")
    keyboard.enter()  # search: not found
    keyboard.type("13555550123")
    assert closes_and_reloads(keyboard, keyboard.enter) == "vehicle_and_owner"  # 新建并设为车主
    owner = owner_of(demo_db, vin)
    assert tuple(owner) == ("欧阳明远", "retained", "pending")
    work_order(keyboard, demo_db, vin)
    done("W3 vehicle without owner", keyboard)


def test_w3_owner_not_retained(keyboard, demo_db):
    vin = SCENARIOS["vehicle_only (owner not retained)"]
    assert lookup(keyboard, vin) == "vehicle_only"
    open_step(keyboard)  # 维护车主: the dialog offers 设为保有客户 as its default
    assert closes_and_reloads(keyboard, keyboard.enter) == "vehicle_and_owner"
    assert owner_of(demo_db, vin).category == "retained"
    work_order(keyboard, demo_db, vin)
    done("W3 owner not retained", keyboard)


def test_m3_other_store_attach(keyboard, demo_db):
    vin = SCENARIOS["other_store"]
    assert lookup(keyboard, vin) == "other_store"
    open_step(keyboard)  # 添加本店维修中心 [F8]
    assert closes_and_reloads(keyboard, keyboard.enter) == "vehicle_and_owner"  # confirm
    work_order(keyboard, demo_db, vin)
    done("M3 other store, attach", keyboard)


def test_w4_m1_not_found_create_the_vehicle(keyboard, demo_db):
    """新增车辆档案: model (the VIN is filled in), Enter saves step one (M2); the plate, Enter; 添加车主 is focused,
    Enter; the owner is searched, then created; 完成 is focused, Enter; the intake loads the new car."""
    vin = SCENARIOS["not_found"]
    assert lookup(keyboard, vin) == "not_found"
    open_step(keyboard)  # 新增车辆档案 [F9]
    keyboard.type("大众 速腾 280TSI 豪华版")
    keyboard.enter()  # step one saved: the keyboard is in the plate field
    keyboard.type("粤A5N260")
    keyboard.enter()  # plate saved: 添加车主 has the keyboard
    keyboard.enter()
    keyboard.wait_dialog()  # the owner dialog, over the new-vehicle dialog
    keyboard.type("上官文静")
    keyboard.enter()  # search: not found
    keyboard.type("13655550777")
    keyboard.enter()  # created and linked: back in the new-vehicle dialog, 完成 has the keyboard
    keyboard.wait_dialog()
    assert closes_and_reloads(keyboard, keyboard.enter) == "vehicle_and_owner"
    with demo_db.read() as s:
        assert s.execute(select(Vehicle.origin, Vehicle.plate).where(Vehicle.vin == vin)).one() == \
            ("manual", "粤A5N260")
    assert owner_of(demo_db, vin).name == "上官文静"
    work_order(keyboard, demo_db, vin)
    done("W4/M1 not found, create the vehicle", keyboard)


def test_v8_suspected_typo_file_the_escalation(keyboard, demo_db):
    typo = SCENARIOS["suspected_typo"]
    assert lookup(keyboard, typo) == "suspected_typo"
    open_step(keyboard)  # 联系主数据团队 [F11]: the escalation view, 提交主数据团队 focused
    keyboard.enter()
    assert _count(demo_db, VinEscalation) == 1
    with demo_db.read() as s:
        assert s.scalar(select(Vehicle.id).where(Vehicle.vin == typo)) is None  # nothing created (V8)
    done("V8 suspected typo, file the escalation", keyboard)
    keyboard.press(Qt.Key.Key_Escape)  # back to the intake
    keyboard.wait_no_dialog()


def test_p3_plate_on_another_car(keyboard, demo_db):
    """The README's order: the new car by its VIN, then Alt+P and the old car's plate, Enter: the new car stays
    loaded and the P3 step is focused; Enter shows both cars, Enter moves the plate (P3/P4)."""
    new_vin, old_vin = SCENARIO_VINS["plate moved (new car)"], SCENARIO_VINS["plate moved (old car)"]
    assert lookup(keyboard, new_vin) == "vehicle_and_owner"
    keyboard.press("Alt+P")
    assert lookup(keyboard, MOVED_PLATE) == "plate_on_other_vehicle"
    open_step(keyboard)  # 车牌移到本车（P3） [F4]
    assert closes_and_reloads(keyboard, keyboard.enter) == "vehicle_and_owner"  # 清除原车车牌并装到本车
    with demo_db.read() as s:
        plates = dict(s.execute(select(Vehicle.vin, Vehicle.plate).where(Vehicle.vin.in_((new_vin, old_vin)))).all())
    assert plates == {new_vin: MOVED_PLATE, old_vin: None}
    work_order(keyboard, demo_db, new_vin)
    done("P3 plate on another car", keyboard)


def test_w6_pdi_of_a_stock_car(keyboard, demo_db):
    vin = SCENARIOS["PDI stock car (no owner)"]
    assert lookup(keyboard, vin) == "vehicle_only"
    keyboard.press("Alt+D")  # PDI: the settlement party defaults to the manufacturer, the deliverer comes next
    order = work_order(keyboard, demo_db, vin)
    assert (order.kind, order.settlement_party, order.owner_id) == ("pdi", "manufacturer", None)
    done("W6 PDI of a stock car", keyboard)


def test_w2a_change_of_owner(keyboard, demo_db):
    vin = SCENARIOS["owner sold on (W2a)"]
    assert lookup(keyboard, vin) == "vehicle_and_owner"
    open_step(keyboard, "F3")  # 更换车主
    keyboard.type("司马嘉禾")
    keyboard.enter()  # search: not found
    keyboard.type("13655550199")
    assert closes_and_reloads(keyboard, keyboard.enter) == "vehicle_and_owner"
    assert owner_of(demo_db, vin).name == "司马嘉禾"
    order = work_order(keyboard, demo_db, vin)
    assert order.owner_id is not None
    done("W2a change of owner", keyboard)
