"""Small, explicit test data: a group of three stores and helpers to put records in place."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.demo import make_vin
from desktop.models import Customer, CustomerChannel, RepairCenter, Store, Vehicle, VehicleRepairCenter
from desktop.services import auth, org
from desktop.services.auth import Actor
from desktop.storage import Database

PASSWORD = "secret123"
USERS = [
    ("adv1", "service_advisor", "S01"),
    ("adv2", "service_advisor", "S02"),
    ("sales1", "sales_advisor", "S01"),
    ("fin1", "finance", "S01"),
    ("cs1", "customer_service", "S01"),
    ("mdm1", "master_data", "S01"),
]


def make_group(db: Database) -> dict[str, Actor]:
    for i, (code, name) in enumerate([("S01", "广州天河店"), ("S02", "深圳福田店"), ("S03", "佛山禅城店")], 1):
        org.add_store(db, code, name, [(f"R0{i}", f"{name[2:4]}维修中心")])
    for login, role, store in USERS:
        org.add_user(db, login, login, store, [role], PASSWORD)
    return {login: auth.actor_for(db, login) for login, _, _ in USERS}


def vin(serial: int, prefix: str = "LSVAG2180", year: str = "M") -> str:
    return make_vin(prefix, year, serial)


def add_customer(
    db: Database,
    code: str,
    name: str,
    phone: str | None,
    *,
    stores: tuple[str, ...] = ("S01",),
    category: str = "retained",
    status: str = "enabled",
    customer_type: str = "individual",
    id_type: str | None = None,
    id_number: str | None = None,
    business: str | None = None,
) -> int:
    with db.transaction() as s:
        store_ids = [s.scalar(select(Store.id).where(Store.code == sc)) for sc in stores]
        c = Customer(
            code=code, customer_type=customer_type, category=category, status=status, name=name, phone=phone,
            id_type=id_type, id_number=id_number, finance_customer_code="CW" + code,
            business=business or ("sales" if category == "potential" else "after_sales"),
            created_store_id=store_ids[0] if store_ids else None,
        )
        for sid in store_ids:
            c.channels.append(CustomerChannel(store_id=sid))
        s.add(c)
        s.flush()
        return c.id


def add_vehicle(
    db: Database,
    vin_: str,
    *,
    model: str = "大众 朗逸 1.5L",
    centers: tuple[str, ...] = ("R01",),
    owner: str | None = None,
    plate: str | None = None,
    origin: str = "manual",
    sale_date: date | None = date(2022, 1, 1),
    engine_no: str | None = "E1234567",
) -> int:
    with db.transaction() as s:
        owner_id = s.scalar(select(Customer.id).where(Customer.code == owner)) if owner else None
        v = Vehicle(
            internal_code="T" + vin_[-8:], origin=origin, model=model, vin=vin_, plate=plate,
            plate_color="blue" if plate else None, owner_id=owner_id, sale_date=sale_date, engine_no=engine_no,
            color="白",
        )
        for code in centers:
            rc = s.scalar(select(RepairCenter.id).where(RepairCenter.code == code))
            v.repair_centers.append(VehicleRepairCenter(repair_center_id=rc))
        s.add(v)
        s.flush()
        return v.id


def cver(db: Database, code: str) -> int:
    """The customer's current version, as a fresh reload shows it (the ``version=`` of a write)."""
    with db.read() as s:
        version = s.scalar(select(Customer.version).where(Customer.code == code))
    assert version is not None, f"no customer {code}"
    return int(version)


def vver(db: Database, vehicle_id: int) -> int:
    """The vehicle's current version, as a fresh reload shows it (the ``version=`` of a write)."""
    with db.read() as s:
        version = s.scalar(select(Vehicle.version).where(Vehicle.id == vehicle_id))
    assert version is not None, f"no vehicle {vehicle_id}"
    return int(version)


def add_user(db: Database, login: str, role: str, store: str) -> Actor:
    """Another user (e.g. customer service of S02) beside the group's, as an actor."""
    org.add_user(db, login, login, store, [role], PASSWORD)
    return auth.actor_for(db, login)
