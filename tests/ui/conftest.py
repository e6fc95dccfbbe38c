"""UI fixtures: a small group (two stores) on a fresh SQLite file, a main window per test, and the
workers waited for at teardown. Built here with the ORM and desktop.services.org, not the demo data."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from sqlalchemy import select

from desktop.models import Customer, CustomerChannel, RepairCenter, Store, Vehicle, VehicleRepairCenter
from desktop.rules.vin import vin_check_digit
from desktop.services import auth, org
from desktop.storage import Database
from tests.conftest import main_window as shared_main_window

PASSWORD = "secret123"


def make_vin(body: str) -> str:
    """A valid VIN from 16 characters (the check digit goes in position 9)."""
    draft = body[:8] + "0" + body[8:]
    return draft[:8] + vin_check_digit(draft) + draft[9:]


VIN_OK = make_vin("LSVAG218NM100001")  # vehicle and owner (generated: locked facts)
VIN_NO_OWNER = make_vin("LSVAG218NM100002")
VIN_OTHER_STORE = make_vin("LSVAG218NM100003")
VIN_MANUAL = make_vin("LFV2A21KXN700044")  # hand-created, owner loaded
VIN_UNKNOWN = make_vin("LHGCR267XP800123")
VIN_TYPO = VIN_OK[:14] + ("7" if VIN_OK[14] != "7" else "3") + VIN_OK[15:]


@dataclass
class World:
    db: Database
    actors: dict[str, auth.Actor]
    ids: dict[str, int]


def _customer(s: Any, code: str, name: str, phone: str, store_ids: list[int], **kw: Any) -> Customer:
    c = Customer(code=code, customer_type="individual", category=kw.get("category", "retained"),
                 status=kw.get("status", "enabled"), name=name, phone=phone, business="after_sales",
                 finance_customer_code="CW" + code)
    for sid in store_ids:
        c.channels.append(CustomerChannel(store_id=sid))
    s.add(c)
    s.flush()
    return c


def _vehicle(s: Any, vin: str, centers: list[int], owner: Customer | None = None, **kw: Any) -> int:
    v = Vehicle(internal_code="T" + vin[-8:], origin=kw.get("origin", "manual"), model=kw.get("model", "大众 朗逸 1.5L"),
                vin=vin, plate=kw.get("plate"), plate_color="blue" if kw.get("plate") else None,
                owner_id=owner.id if owner else None, engine_no="E1234567", color="白",
                sale_date=date(2022, 1, 1), commercial_expiry=kw.get("commercial_expiry"))
    for rc in centers:
        v.repair_centers.append(VehicleRepairCenter(repair_center_id=rc))
    s.add(v)
    s.flush()
    return v.id


def build_world(db: Database) -> World:
    org.add_store(db, "S01", "广州天河店", [("R01", "天河维修中心")])
    org.add_store(db, "S02", "深圳福田店", [("R02", "福田维修中心")])
    for login, role, store in (("adv1", "service_advisor", "S01"), ("adv2", "service_advisor", "S02"),
                               ("cs1", "customer_service", "S01"), ("mdm1", "master_data", "S01")):
        org.add_user(db, login, {"adv1": "张敏", "adv2": "刘洋", "cs1": "陈静", "mdm1": "主数据"}[login],
                     store, [role], PASSWORD)
    ids: dict[str, int] = {}
    with db.transaction() as s:
        s01 = s.scalar(select(Store.id).where(Store.code == "S01"))
        s02 = s.scalar(select(Store.id).where(Store.code == "S02"))
        r01 = s.scalar(select(RepairCenter.id).where(RepairCenter.code == "R01"))
        r02 = s.scalar(select(RepairCenter.id).where(RepairCenter.code == "R02"))
        owner = _customer(s, "C0001", "汪国进", "13826405678", [s01])
        other = _customer(s, "C0002", "陈志强", "13510086688", [s02])
        manual_owner = _customer(s, "C0003", "李嘉怡", "13902225678", [s01])
        ids["ok"] = _vehicle(s, VIN_OK, [r01], owner, origin="generated", plate="粤A6D218",
                             commercial_expiry=date(2026, 5, 31))
        ids["no_owner"] = _vehicle(s, VIN_NO_OWNER, [r01])
        ids["other_store"] = _vehicle(s, VIN_OTHER_STORE, [r02], other, plate="粤B5G902")
        ids["manual"] = _vehicle(s, VIN_MANUAL, [r01], manual_owner, model="本田 雅阁 2.0T")
    actors = {login: auth.actor_for(db, login) for login in ("adv1", "adv2", "cs1", "mdm1")}
    return World(db, actors, ids)


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return build_world(sqlite_db)


def type_text(widget: Any, text: str) -> None:
    """Type like a keyboard or a scanner, including what QTest.keyClicks cannot send (CJK, full width)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def wait_for_workers() -> None:
    QThreadPool.globalInstance().waitForDone()


@contextlib.contextmanager
def main_window(qtbot: Any, world: World, lang: str = "zh_CN") -> Iterator[Any]:
    """adv1's main window of the test group in ``lang`` (tests.conftest.main_window)."""
    with shared_main_window(qtbot, world.db, "adv1", lang) as win:
        yield win


@pytest.fixture
def window(qtbot: Any, world: World) -> Iterator[Any]:
    with main_window(qtbot, world) as win:
        yield win
