"""Keeps the search tables (:mod:`desktop.models.search`) in step with customers and vehicles.

ORM writes: a ``Session`` ``after_flush`` listener (registered when this module is imported) re-indexes
every customer / vehicle that a flush inserted, changed or deleted, on the flush's own connection, so
the index rows commit or roll back with the unit of work.

Bulk writes (a Core ``insert`` / COPY that bypasses the ORM) call, on the SAME connection and
transaction, after the rows are in::

    index_customers(connection: sqlalchemy.engine.Connection, customer_ids: Iterable[int],
                    *, refresh_keys: bool = True) -> int        # returns the number of gram rows written
    index_vehicles(connection: sqlalchemy.engine.Connection, vehicle_ids: Iterable[int]) -> int
    rebuild_all(connection: sqlalchemy.engine.Connection, batch: int = 5000) -> tuple[int, int]

``refresh_keys=True`` also recomputes the stored key columns of ``customers`` (name_key, pinyin_key,
phone_key, ... via :func:`desktop.models.customer_search_keys`) and updates the rows whose keys are
missing or stale, so an importer may insert only the plain columns. Vehicle ``vin_rev`` is expected to be
filled by the importer (``vin[::-1]``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, delete, event, insert, select, update
from sqlalchemy.orm import Session, UOWTransaction

from desktop.models import Customer, CustomerGram, Vehicle, VehicleGram, customer_search_keys
from desktop.models.base import table
from desktop.models.search import customer_grams, plate_grams

__all__ = ["index_customers", "index_vehicles", "rebuild_all"]

_CHUNK = 500
_KEY_COLUMNS = ("name_key", "name_suffix", "pinyin_key", "pinyin_compact", "initials", "phone_key",
                "phone_rev", "id_key")


def _chunks(ids: Iterable[int], size: int = _CHUNK) -> Iterator[list[int]]:
    buf: list[int] = []
    for i in ids:
        buf.append(int(i))
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def _write_customer_rows(conn: Connection, ids: Sequence[int], rows: list[dict[str, Any]], *,
                         new: bool = False) -> int:
    if ids and not new:
        conn.execute(delete(CustomerGram).where(CustomerGram.customer_id.in_(ids)))
    if rows:
        conn.execute(insert(table(CustomerGram)), rows)  # Core executemany: no ORM bulk overhead
    return len(rows)


def index_customers(conn: Connection, customer_ids: Iterable[int], *, refresh_keys: bool = True,
                    new: bool = False) -> int:
    """(Re-)index the given customers from their rows; see the module docstring. ``new=True``: rows just
    inserted by the caller, which have no gram rows yet (a bulk import skips the delete)."""
    c = Customer.__table__.c
    written = 0
    for ids in _chunks(customer_ids):
        cols = [c.id, c.customer_type, c.name, c.phone, c.id_number, *(c[k] for k in _KEY_COLUMNS)]
        rows: list[dict[str, Any]] = []
        stale: list[dict[str, Any]] = []
        for r in conn.execute(select(*cols).where(c.id.in_(ids))).mappings():
            name_key, phone_key = r["name_key"], r["phone_key"]
            if refresh_keys:
                keys = customer_search_keys(r["customer_type"], r["name"] or "", r["phone"], r["id_number"])
                if any(keys[k] != r[k] for k in _KEY_COLUMNS):
                    stale.append({"b_id": r["id"], **keys})
                name_key, phone_key = keys["name_key"], keys["phone_key"]
            rows.extend({"gram": g, "customer_id": r["id"]}
                        for g in customer_grams(r["customer_type"], name_key, phone_key))
        if stale:
            conn.execute(
                update(Customer).where(Customer.id == bindparam("b_id"))
                .values({k: bindparam(k) for k in _KEY_COLUMNS}),
                stale,
            )
        written += _write_customer_rows(conn, ids, rows, new=new)
    return written


def index_vehicles(conn: Connection, vehicle_ids: Iterable[int]) -> int:
    """(Re-)index the plates of the given vehicles."""
    v = Vehicle.__table__.c
    written = 0
    for ids in _chunks(vehicle_ids):
        rows = [
            {"gram": g, "vehicle_id": vid}
            for vid, plate in conn.execute(select(v.id, v.plate).where(v.id.in_(ids)))
            for g in plate_grams(plate)
        ]
        conn.execute(delete(VehicleGram).where(VehicleGram.vehicle_id.in_(ids)))
        if rows:
            conn.execute(insert(table(VehicleGram)), rows)
        written += len(rows)
    return written


def rebuild_all(conn: Connection, batch: int = 5000) -> tuple[int, int]:
    """Rebuild both search tables from scratch, streaming by id (no key refresh). (customer, vehicle) rows."""
    conn.execute(delete(CustomerGram))
    conn.execute(delete(VehicleGram))
    c = Customer.__table__.c
    v = Vehicle.__table__.c
    n_c = n_v = 0
    last = 0
    while True:
        got = conn.execute(
            select(c.id, c.customer_type, c.name_key, c.phone_key).where(c.id > last).order_by(c.id).limit(batch)
        ).all()
        if not got:
            break
        rows = [{"gram": g, "customer_id": r[0]} for r in got for g in customer_grams(r[1], r[2], r[3])]
        if rows:
            conn.execute(insert(table(CustomerGram)), rows)
        n_c += len(rows)
        last = got[-1][0]
    last = 0
    while True:
        vgot = conn.execute(select(v.id, v.plate).where(v.id > last).order_by(v.id).limit(batch)).all()
        if not vgot:
            break
        vrows = [{"gram": g, "vehicle_id": r[0]} for r in vgot for g in plate_grams(r[1])]
        if vrows:
            conn.execute(insert(table(VehicleGram)), vrows)
        n_v += len(vrows)
        last = vgot[-1][0]
    return n_c, n_v


# -- ORM flushes ------------------------------------------------------------------------------------------
def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    customers: dict[int, Customer] = {}
    gone_c: set[int] = set()
    vehicles: dict[int, Vehicle] = {}
    gone_v: set[int] = set()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Customer) and obj.id is not None:
            customers[obj.id] = obj
        elif isinstance(obj, Vehicle) and obj.id is not None:
            vehicles[obj.id] = obj
    for obj in session.deleted:
        if isinstance(obj, Customer) and obj.id is not None:
            gone_c.add(obj.id)
        elif isinstance(obj, Vehicle) and obj.id is not None:
            gone_v.add(obj.id)
    if not (customers or gone_c or vehicles or gone_v):
        return
    conn = session.connection()
    if customers or gone_c:
        rows = [
            {"gram": g, "customer_id": cid}
            for cid, cust in customers.items()
            for g in customer_grams(cust.customer_type, cust.name_key, cust.phone_key)
        ]
        _write_customer_rows(conn, sorted(set(customers) | gone_c), rows)
    if vehicles or gone_v:
        ids = sorted(set(vehicles) | gone_v)
        conn.execute(delete(VehicleGram).where(VehicleGram.vehicle_id.in_(ids)))
        vrows = [{"gram": g, "vehicle_id": vid} for vid, veh in vehicles.items() for g in plate_grams(veh.plate)]
        if vrows:
            conn.execute(insert(table(VehicleGram)), vrows)


if not event.contains(Session, "after_flush", _after_flush):
    event.listen(Session, "after_flush", _after_flush)
