"""Keeps the search tables (:mod:`desktop.models.search`) in step with customers and vehicles.

ORM writes: a ``Session`` ``after_flush`` listener (registered when this module is imported) re-indexes
every customer / vehicle that a flush inserted, changed or deleted, on the flush's own connection, so
the index rows commit or roll back with the unit of work.

Bulk writes (a Core ``insert`` / COPY that bypasses the ORM) call, on the SAME connection and
transaction, after the rows are in::

    index_customers(connection: sqlalchemy.engine.Connection, customer_ids: Iterable[int],
                    *, refresh_keys: bool = True) -> int        # returns the number of gram rows written
    index_vehicles(connection: sqlalchemy.engine.Connection, vehicle_ids: Iterable[int]) -> int
    index_new_customers(connection, [(id, customer_type, name_key, phone_key), ...]) -> int  # just inserted
    index_new_vehicles(connection, [(id, plate), ...]) -> int                             # just inserted
    rebuild_all(connection: sqlalchemy.engine.Connection, batch: int = 5000) -> tuple[int, int]

``refresh_keys=True`` also recomputes the stored key columns of ``customers`` (name_key, pinyin_key,
phone_key, ... via :func:`desktop.models.customer_search_keys`) and updates the rows whose keys are
missing or stale, so an importer may insert only the plain columns. Vehicle ``vin_rev`` is expected to be
filled by the importer (``vin[::-1]``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, delete, event, select, update
from sqlalchemy.orm import Session, UOWTransaction

from desktop.models import Customer, CustomerGram, Vehicle, VehicleGram, customer_search_keys
from desktop.models.search import customer_grams, plate_grams
from desktop.storage.bulk import insert_rows

__all__ = ["index_customers", "index_new_customers", "index_new_vehicles", "index_vehicles", "rebuild_all"]

_CHUNK = 500
_CGRAM = ("gram", "customer_id")
_VGRAM = ("gram", "vehicle_id")
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


def _write_customer_rows(conn: Connection, ids: Sequence[int], rows: list[tuple[str, int]], *,
                         new: bool = False) -> int:
    if ids and not new:
        conn.execute(delete(CustomerGram).where(CustomerGram.customer_id.in_(ids)))
    return insert_rows(conn, CustomerGram, _CGRAM, rows)


def index_customers(conn: Connection, customer_ids: Iterable[int], *, refresh_keys: bool = True,
                    new: bool = False) -> int:
    """(Re-)index the given customers from their rows; see the module docstring. ``new=True``: rows just
    inserted by the caller, which have no gram rows yet (a bulk import skips the delete)."""
    c = Customer.__table__.c
    written = 0
    for ids in _chunks(customer_ids):
        cols = [c.id, c.customer_type, c.name, c.phone, c.id_number, *(c[k] for k in _KEY_COLUMNS)]
        rows: list[tuple[str, int]] = []
        stale: list[dict[str, Any]] = []
        for r in conn.execute(select(*cols).where(c.id.in_(ids))).mappings():
            name_key, phone_key = r["name_key"], r["phone_key"]
            if refresh_keys:
                keys = customer_search_keys(r["customer_type"], r["name"] or "", r["phone"], r["id_number"])
                if any(keys[k] != r[k] for k in _KEY_COLUMNS):
                    stale.append({"b_id": r["id"], **keys})
                name_key, phone_key = keys["name_key"], keys["phone_key"]
            rows.extend((g, r["id"]) for g in customer_grams(r["customer_type"], name_key, phone_key))
        if stale:
            conn.execute(
                update(Customer).where(Customer.id == bindparam("b_id"))
                .values({k: bindparam(k) for k in _KEY_COLUMNS}),
                stale,
            )
        written += _write_customer_rows(conn, ids, rows, new=new)
    return written


def index_new_customers(conn: Connection, customers: Iterable[tuple[int, str, str | None, str | None]]) -> int:
    """Gram rows for customers a bulk import has just inserted, from the stored keys it computed
    ``(id, customer_type, name_key, phone_key)``: no read-back, no delete. Rows go in sorted by gram, so the
    B-tree is filled page by page instead of at random."""
    rows = sorted((g, cid) for cid, ctype, name_key, phone_key in customers
                  for g in customer_grams(ctype, name_key, phone_key))
    return insert_rows(conn, CustomerGram, _CGRAM, rows)


def index_new_vehicles(conn: Connection, vehicles: Iterable[tuple[int, str | None]]) -> int:
    """Plate grams for vehicles a bulk import has just inserted, ``(id, plate)``: no read-back, no delete."""
    return insert_rows(conn, VehicleGram, _VGRAM, sorted((g, vid) for vid, plate in vehicles for g in plate_grams(plate)))


def index_vehicles(conn: Connection, vehicle_ids: Iterable[int]) -> int:
    """(Re-)index the plates of the given vehicles."""
    v = Vehicle.__table__.c
    written = 0
    for ids in _chunks(vehicle_ids):
        rows = [(g, vid) for vid, plate in conn.execute(select(v.id, v.plate).where(v.id.in_(ids)))
                for g in plate_grams(plate)]
        conn.execute(delete(VehicleGram).where(VehicleGram.vehicle_id.in_(ids)))
        written += insert_rows(conn, VehicleGram, _VGRAM, rows)
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
        n_c += insert_rows(conn, CustomerGram, _CGRAM,
                           [(g, r[0]) for r in got for g in customer_grams(r[1], r[2], r[3])])
        last = got[-1][0]
    last = 0
    while True:
        vgot = conn.execute(select(v.id, v.plate).where(v.id > last).order_by(v.id).limit(batch)).all()
        if not vgot:
            break
        n_v += insert_rows(conn, VehicleGram, _VGRAM, [(g, r[0]) for r in vgot for g in plate_grams(r[1])])
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
        rows = [(g, cid) for cid, cust in customers.items()
                for g in customer_grams(cust.customer_type, cust.name_key, cust.phone_key)]
        _write_customer_rows(conn, sorted(set(customers) | gone_c), rows)
    if vehicles or gone_v:
        ids = sorted(set(vehicles) | gone_v)
        conn.execute(delete(VehicleGram).where(VehicleGram.vehicle_id.in_(ids)))
        insert_rows(conn, VehicleGram, _VGRAM,
                    [(g, vid) for vid, veh in vehicles.items() for g in plate_grams(veh.plate)])


if not event.contains(Session, "after_flush", _after_flush):
    event.listen(Session, "after_flush", _after_flush)
