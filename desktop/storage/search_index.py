"""Keeps the search tables (:mod:`desktop.models.search`) in step with customers, vehicles, the stores that
see a customer (``customer_channels``) and the repair centers that see a vehicle (``vehicle_repair_centers``).

ORM writes: a ``Session`` ``after_flush`` listener (registered when this module is imported) re-indexes
every customer / vehicle that a flush inserted, changed or deleted, and every customer / vehicle whose
channel / repair-center rows a flush added, moved or removed (attach a store, a merge moving channels), on the
flush's own connection, so the index rows commit or roll back with the unit of work. The VIN keys of the
typo check (``vin_keys``, :mod:`desktop.storage.vin_keys`) follow every vehicle inserted, deleted or whose VIN
changed.

Bulk writes (a Core ``insert`` / COPY that bypasses the ORM) call, on the SAME connection and
transaction, after the rows and their channel / repair-center rows are in::

    index_customers(connection, customer_ids, *, refresh_keys=True) -> int   # gram rows written
    index_vehicles(connection, vehicle_ids) -> int
    index_new_customers(connection, [(id, store_ids, {KEY_SOURCE_COLUMNS...}), ...]) -> int  # just inserted
    index_new_vehicles(connection, [(id, plate, repair_center_ids), ...]) -> int          # just inserted
    index_new_vins(connection, [(id, vin), ...]) -> int          # VIN keys of vehicles just inserted
    index_vins(connection, vehicle_ids) -> int                  # VIN keys re-read from the rows
    rebuild_all(connection, batch=5000) -> tuple[int, int]
    rebuild_sorted(connection) -> tuple[int, int]   # a whole group: staged, then one sorted copy

(The rebuilds count plate grams and VIN keys together as the vehicle key rows; they leave ``vin_keys`` alone
in a database without that table, i.e. when migration 0007 runs them.)

``refresh_keys=True`` also recomputes the stored key columns of ``customers`` (name_key, pinyin_key,
phone_key, ... via :func:`desktop.models.customer_search_keys`) and updates the rows whose keys are
missing or stale, so an importer may insert only the plain columns. Vehicle ``vin_rev`` is expected to be
filled by the importer (``vin[::-1]``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    delete,
    event,
    func,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Session, UOWTransaction

from desktop.models import (
    Customer,
    CustomerChannel,
    CustomerGram,
    Vehicle,
    VehicleGram,
    VehicleRepairCenter,
    customer_search_keys,
)
from desktop.models.search import GRAM_MAX, KEY_SOURCE_COLUMNS, VinKey, customer_key_rows, vehicle_key_rows
from desktop.storage.bulk import insert_rows, large_sorts, refresh_statistics
from desktop.storage.vin_keys import VKEY, index_new_vins, index_vins, stage_table, vin_keys_exist

__all__ = ["index_customers", "index_new_customers", "index_new_vehicles", "index_new_vins", "index_vehicles",
           "index_vins", "rebuild_all", "rebuild_sorted"]

_CHUNK = 500
_CGRAM = ("store_id", "gram", "customer_id")
_VGRAM = ("repair_center_id", "gram", "vehicle_id")
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


def _scopes_of(conn: Connection, owner: Any, scope: Any, ids: Sequence[int]) -> dict[int, list[int]]:
    """owner id -> the stores (channels) / repair centers that see it, from the link table's two columns."""
    out: dict[int, list[int]] = defaultdict(list)
    for oid, sid in conn.execute(select(owner, scope).where(owner.in_(ids))):
        out[oid].append(sid)
    return out


def _stores_of(conn: Connection, ids: Sequence[int]) -> dict[int, list[int]]:
    return _scopes_of(conn, CustomerChannel.__table__.c.customer_id, CustomerChannel.__table__.c.store_id, ids)


def _centers_of(conn: Connection, ids: Sequence[int]) -> dict[int, list[int]]:
    vrc = VehicleRepairCenter.__table__.c
    return _scopes_of(conn, vrc.vehicle_id, vrc.repair_center_id, ids)


def index_customers(conn: Connection, customer_ids: Iterable[int], *, refresh_keys: bool = True,
                    new: bool = False) -> int:
    """(Re-)index the given customers from their rows and channels; see the module docstring. ``new=True``:
    rows just inserted by the caller, which have no gram rows yet (the delete is skipped)."""
    c = Customer.__table__.c
    cols = list(dict.fromkeys(["id", "name", "phone", "id_number", *KEY_SOURCE_COLUMNS, *_KEY_COLUMNS]))
    written = 0
    for ids in _chunks(customer_ids):
        stores = _stores_of(conn, ids)
        rows: list[tuple[int, str, int]] = []
        stale: list[dict[str, Any]] = []
        for r in conn.execute(select(*(c[k] for k in cols)).where(c.id.in_(ids))).mappings():
            src: Mapping[Any, Any] = r
            if refresh_keys:
                keys = customer_search_keys(r["customer_type"], r["name"] or "", r["phone"], r["id_number"])
                if any(keys[k] != r[k] for k in _KEY_COLUMNS):
                    stale.append({"b_id": r["id"], **keys})
                src = {**r, **keys}
            rows.extend(customer_key_rows(r["id"], stores.get(r["id"], ()), src))
        if stale:
            conn.execute(
                update(Customer).where(Customer.id == bindparam("b_id"))
                .values({k: bindparam(k) for k in _KEY_COLUMNS}),
                stale,
            )
        if not new:
            conn.execute(delete(CustomerGram).where(CustomerGram.customer_id.in_(ids)))
        written += insert_rows(conn, CustomerGram, _CGRAM, sorted(rows))
    return written


def index_new_customers(conn: Connection, customers: Iterable[tuple[int, Iterable[int], Mapping[Any, Any]]]) -> int:
    """Key rows for customers a bulk import has just inserted with their channels: ``(id, store_ids, stored
    columns)`` with the KEY_SOURCE_COLUMNS the importer computed; no read-back, no delete. Rows go in sorted,
    so the B-tree is filled page by page instead of at random."""
    rows = sorted(row for cid, stores, src in customers for row in customer_key_rows(cid, stores, src))
    return insert_rows(conn, CustomerGram, _CGRAM, rows)


def index_new_vehicles(conn: Connection, vehicles: Iterable[tuple[int, str | None, Iterable[int]]]) -> int:
    """Plate grams for vehicles a bulk import has just inserted with their repair centers, ``(id, plate,
    repair_center_ids)``: no read-back, no delete."""
    rows = sorted(row for vid, plate, centers in vehicles for row in vehicle_key_rows(vid, centers, plate))
    return insert_rows(conn, VehicleGram, _VGRAM, rows)


def index_vehicles(conn: Connection, vehicle_ids: Iterable[int]) -> int:
    """(Re-)index the plates of the given vehicles for the repair centers that see them."""
    v = Vehicle.__table__.c
    written = 0
    for ids in _chunks(vehicle_ids):
        centers = _centers_of(conn, ids)
        rows = [row for vid, plate in conn.execute(select(v.id, v.plate).where(v.id.in_(ids)))
                for row in vehicle_key_rows(vid, centers.get(vid, ()), plate)]
        conn.execute(delete(VehicleGram).where(VehicleGram.vehicle_id.in_(ids)))
        written += insert_rows(conn, VehicleGram, _VGRAM, sorted(rows))
    return written


def rebuild_all(conn: Connection, batch: int = 5000, *, customer_table: Table | None = None,
                vehicle_table: Table | None = None, vin_table: Table | None = None,
                progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Rebuild the search tables from scratch, streaming by id (no key refresh). (customer, vehicle) rows, the
    vehicle rows counting plate grams and VIN keys. ``customer_table`` / ``vehicle_table`` / ``vin_table``:
    write into these (same columns) instead, e.g. unindexed staging tables (rebuild_sorted). VIN keys are
    written when ``vin_table`` is given or the database has ``vin_keys``. ``progress(n)``: customers + vehicles
    done so far."""
    ctable: Table = CustomerGram.__table__ if customer_table is None else customer_table  # type: ignore[assignment]
    vtable: Table = VehicleGram.__table__ if vehicle_table is None else vehicle_table  # type: ignore[assignment]
    ktable: Table | None = vin_table
    if ktable is None and vin_keys_exist(conn):
        ktable = VinKey.__table__  # type: ignore[assignment]
    conn.execute(delete(ctable))
    conn.execute(delete(vtable))
    if ktable is not None:
        conn.execute(delete(ktable))
    c = Customer.__table__.c
    v = Vehicle.__table__.c
    n_c = n_v = done = 0
    last = 0
    while True:
        got = conn.execute(select(c.id, *(c[k] for k in KEY_SOURCE_COLUMNS)).where(c.id > last)
                           .order_by(c.id).limit(batch)).mappings().all()
        if not got:
            break
        ids = [r["id"] for r in got]
        stores = _stores_of(conn, ids)
        n_c += insert_rows(conn, ctable, _CGRAM,
                           [row for r in got for row in customer_key_rows(r["id"], stores.get(r["id"], ()), r)])
        last = ids[-1]
        done += len(ids)
        if progress is not None:
            progress(done)
    last = 0
    while True:
        vgot = conn.execute(select(v.id, v.plate, v.vin).where(v.id > last).order_by(v.id).limit(batch)).all()
        if not vgot:
            break
        centers = _centers_of(conn, [r[0] for r in vgot])
        n_v += insert_rows(conn, vtable, _VGRAM,
                           [row for r in vgot for row in vehicle_key_rows(r[0], centers.get(r[0], ()), r[1])])
        if ktable is not None:
            n_v += index_new_vins(conn, [(r[0], r[2]) for r in vgot], table=ktable)
        last = vgot[-1][0]
        done += len(vgot)
        if progress is not None:
            progress(done)
    return n_c, n_v


def rebuild_sorted(conn: Connection, batch: int = 20000, *,
                   progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Rebuild both search tables for a whole group: the keys are written into unindexed temporary tables,
    then copied once in key order (a B-tree filled page by page instead of at random: the upgrade to 0007 and
    the ``reindex`` command). Same transaction as the caller; (customer, vehicle) rows. ``progress(done,
    total)`` counts customers + vehicles."""
    tick: Callable[[int], None] | None = None
    if progress is not None:
        total = int(conn.execute(select(func.count()).select_from(Customer.__table__)).scalar_one()
                    + conn.execute(select(func.count()).select_from(Vehicle.__table__)).scalar_one())

        def tick(done: int) -> None:
            progress(done, total)
    meta = MetaData()
    stage_c = Table("stage_customer_grams", meta, Column("store_id", Integer), Column("gram", String(GRAM_MAX)),
                    Column("customer_id", Integer), prefixes=["TEMPORARY"])
    stage_v = Table("stage_vehicle_grams", meta, Column("repair_center_id", Integer), Column("gram", String(16)),
                    Column("vehicle_id", Integer), prefixes=["TEMPORARY"])
    stage_k = stage_table(meta) if vin_keys_exist(conn) else None
    large_sorts(conn)
    meta.create_all(conn)
    try:
        counts = rebuild_all(conn, batch, customer_table=stage_c, vehicle_table=stage_v, vin_table=stage_k,
                             progress=tick)
        conn.execute(delete(CustomerGram))
        conn.execute(delete(VehicleGram))
        copies: list[tuple[Any, Table, tuple[str, ...]]] = [
            (CustomerGram.__table__, stage_c, _CGRAM), (VehicleGram.__table__, stage_v, _VGRAM)]
        if stage_k is not None:
            conn.execute(delete(VinKey))
            copies.append((VinKey.__table__, stage_k, VKEY))
        for target, stage, cols in copies:
            names = ", ".join(cols)
            conn.exec_driver_sql(f"INSERT INTO {target.name} ({names}) SELECT DISTINCT {names}"
                                 f" FROM {stage.name} ORDER BY {names}")
    finally:
        meta.drop_all(conn)
    # plan for the rows now there (PostgreSQL)
    refresh_statistics(conn, CustomerGram, VehicleGram, *([VinKey] if stage_k is not None else []))
    return counts


# -- ORM flushes ------------------------------------------------------------------------------------------
def _owner_ids(obj: Any, attr: str) -> set[int]:
    """The current and (for a moved row) previous value of a link row's ``customer_id`` / ``vehicle_id``."""
    ids = {getattr(obj, attr)}
    hist = inspect(obj).attrs[attr].history
    ids.update(hist.deleted or ())
    return {i for i in ids if i is not None}


# What the keys are made of: a changed customer or vehicle is re-indexed only when one of these changed (the
# stored key columns are recomputed from name / phone before every update), not on every edit of a record.
_CUSTOMER_KEY_ATTRS = ("customer_type", "code", "name", "phone", *KEY_SOURCE_COLUMNS, "channels")
_VEHICLE_KEY_ATTRS = ("plate", "repair_centers")
_VIN_KEY_ATTRS = ("vin",)  # vin_keys: V8 / N1 twins


def _keys_changed(obj: Any, attrs: Sequence[str]) -> bool:
    state = inspect(obj)
    return any(state.attrs[a].history.has_changes() for a in dict.fromkeys(attrs))


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    customers: set[int] = set()
    vehicles: set[int] = set()
    vins: set[int] = set()
    dirty = set(session.dirty)
    for obj in [*session.new, *session.dirty, *session.deleted]:
        if isinstance(obj, Customer) and obj.id is not None:
            if obj not in dirty or _keys_changed(obj, _CUSTOMER_KEY_ATTRS):
                customers.add(obj.id)
        elif isinstance(obj, CustomerChannel):
            customers |= _owner_ids(obj, "customer_id")
        elif isinstance(obj, Vehicle) and obj.id is not None:
            if obj not in dirty or _keys_changed(obj, _VEHICLE_KEY_ATTRS):
                vehicles.add(obj.id)
            if obj not in dirty or _keys_changed(obj, _VIN_KEY_ATTRS):  # inserted, deleted, VIN corrected
                vins.add(obj.id)
        elif isinstance(obj, VehicleRepairCenter):
            vehicles |= _owner_ids(obj, "vehicle_id")
    if not (customers or vehicles or vins):
        return
    conn = session.connection()
    if customers:  # a deleted customer has no row left: its keys are deleted and none are written
        index_customers(conn, sorted(customers), refresh_keys=False)
    if vehicles:
        index_vehicles(conn, sorted(vehicles))
    if vins:
        index_vins(conn, vins)


if not event.contains(Session, "after_flush", _after_flush):
    event.listen(Session, "after_flush", _after_flush)
