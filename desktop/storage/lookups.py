"""The intake's hot path: a vehicle by exact VIN or plate with its owner, repair centers and channels.

Two Core statements on one connection (no ORM unit of work, no identity map): the advisor presses
Enter with a customer waiting, so this is kept within a few times a raw driver query (bench_lookup).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, literal, null, select, union_all
from sqlalchemy.orm import aliased

from desktop.models import Customer, CustomerChannel, RepairCenter, Store, Vehicle, VehicleRepairCenter

_V = Vehicle.__table__.c
_C = aliased(Customer.__table__)


@dataclass(frozen=True)
class VehicleRow:
    vehicle: dict[str, Any]
    owner: dict[str, Any] | None
    centers: tuple[tuple[int, str, str, int, str, str], ...]  # rc id, code, name, store id, code, name
    owner_store_ids: tuple[int, ...]
    owner_store_codes: tuple[str, ...]


_VEHICLE_COLS = [
    _V.id, _V.internal_code, _V.origin, _V.model, _V.vin, _V.vin_nonstandard, _V.engine_no, _V.color,
    _V.interior, _V.plate, _V.plate_color, _V.owner_id, _V.commercial_expiry, _V.compulsory_expiry,
    _V.sale_date, _V.invoice_date, _V.version, _V.merged_into_id,
]
_OWNER_COLS = [
    _C.c.id.label("o_id"), _C.c.code.label("o_code"), _C.c.name.label("o_name"),
    _C.c.customer_type.label("o_customer_type"), _C.c.category.label("o_category"),
    _C.c.business.label("o_business"), _C.c.status.label("o_status"), _C.c.phone.label("o_phone"),
    _C.c.id_type.label("o_id_type"), _C.c.id_number.label("o_id_number"),
    _C.c.finance_customer_code.label("o_finance_customer_code"), _C.c.special.label("o_special"),
    _C.c.version.label("o_version"),
]
_BASE = select(*_VEHICLE_COLS, *_OWNER_COLS).select_from(
    Vehicle.__table__.outerjoin(_C, _C.c.id == _V.owner_id)
)


def _related() -> Any:
    rc, st, vrc = RepairCenter.__table__.c, Store.__table__, VehicleRepairCenter.__table__.c
    ch = CustomerChannel.__table__.c
    centers = (
        select(literal("rc").label("kind"), rc.id, rc.code, rc.name, st.c.id.label("store_id"),
               st.c.code.label("store_code"), st.c.name.label("store_name"))
        .select_from(VehicleRepairCenter.__table__.join(RepairCenter.__table__, rc.id == vrc.repair_center_id)
                     .join(st, st.c.id == rc.store_id))
        .where(vrc.vehicle_id == bindparam("vehicle_id"))
    )
    channels = (
        select(literal("ch").label("kind"), null(), null(), null(), st.c.id, st.c.code, st.c.name)
        .select_from(CustomerChannel.__table__.join(st, st.c.id == ch.store_id))
        .where(ch.customer_id == bindparam("owner_id"))
    )
    return union_all(centers, channels)


_RELATED = _related()
_BY_VIN = _BASE.where(_V.vin == bindparam("value"))
_BY_PLATE = _BASE.where(_V.plate == bindparam("value"))
_BY_ID = _BASE.where(_V.id == bindparam("value"))


def vehicle_by(conn: Connection, *, vin: str | None = None, plate: str | None = None,
               vehicle_id: int | None = None) -> VehicleRow | None:
    stmt, value = ((_BY_ID, vehicle_id) if vehicle_id is not None else (_BY_VIN, vin) if vin is not None
                   else (_BY_PLATE, plate))
    row = conn.execute(stmt, {"value": value}).mappings().first()
    if row is None:
        return None
    vehicle = {c.name: row[c.name] for c in _VEHICLE_COLS}
    owner = {k[2:]: row[k] for k in row if k.startswith("o_")} if row["o_id"] is not None else None
    centers: list[tuple[int, str, str, int, str, str]] = []
    store_ids: list[int] = []
    store_codes: list[str] = []
    for kind, rc_id, rc_code, rc_name, sid, scode, sname in conn.execute(
        _RELATED, {"vehicle_id": row["id"], "owner_id": row["owner_id"] if row["owner_id"] is not None else -1}
    ):
        if kind == "rc":
            centers.append((rc_id, rc_code, rc_name, sid, scode, sname))
        else:
            store_ids.append(sid)
            store_codes.append(scode)
    return VehicleRow(vehicle, owner, tuple(sorted(centers, key=lambda c: c[1])), tuple(store_ids),
                      tuple(sorted(store_codes)))
