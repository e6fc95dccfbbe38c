"""V8 / N1 twins: the VINs on file one or two characters off a typed VIN, from the ``vin_keys`` table.

The keys (:class:`desktop.models.search.VinKey`, :func:`~desktop.models.search.vin_key_entries`) are 4 per
vehicle; a key row's ``key`` + ``rest`` is the vehicle's VIN. A lookup:

1. probes the typed VIN's 772 keys (:func:`~desktop.models.search.vin_probe_keys`) in one indexed statement:
   PostgreSQL ``unnest(:keys)`` joined to the primary key (an index-only scan with ``rest`` INCLUDEd; the
   ``key = ANY(:keys)`` form was planned as a parallel bitmap scan, ~20 ms), SQLite ``key IN (SELECT value FROM
   json_each(:keys))`` (one parameter, a primary-key search per key);
2. rebuilds each candidate's VIN from its key row and keeps the suspected typos (at most two of the 16
   characters other than the check digit differ: :func:`desktop.rules.vin.is_suspected_typo`), closest first;
3. reads the best few from ``vehicles`` by id, so that only a VIN on file is ever shown (a key row left stale
   by a hand edit in SQL is dropped; ``reindex`` repairs it). No twin: no second statement.

A slip in a dense production run has hundreds of candidates: they are counted from the key rows, not by a
probe of ``vehicles`` each (bench_lookup: 2.8 -> 0.6 ms median on SQLite at 1M).

Writers (on the caller's connection and transaction; :mod:`desktop.storage.search_index` calls them from the
ORM flush listener, the bulk importer's helpers and the rebuilds)::

    index_vins(conn, vehicle_ids) -> int            # re-key vehicles from their rows (VIN changed, deleted)
    index_new_vins(conn, [(id, vin), ...]) -> int   # just inserted: no read-back, no delete
    vin_key_rows(vehicle_id, vin) -> [(key, vehicle_id, rest), ...]
    fill_sorted(conn) -> int                        # every vehicle, into an empty table (migration 0010)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    column,
    delete,
    func,
    inspect,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY

from desktop.models import Vehicle
from desktop.models.search import (
    VIN_KEY_LEN,
    VIN_REST_LEN,
    VinKey,
    vin_from_key,
    vin_key_entries,
    vin_probe_keys,
)
from desktop.rules.vin import TYPO_MAX, VIN_LENGTH
from desktop.storage.bulk import insert_rows, large_sorts

__all__ = ["CANDIDATE_CAP", "VKEY", "fill_sorted", "index_new_vins", "index_vins", "similar_vins",
           "stage_table", "vin_key_rows", "vin_keys_exist"]

VKEY = ("key", "vehicle_id", "rest")
CANDIDATE_CAP = 5000  # key rows read at most for one lookup (a dense production run gives hundreds)
_CHUNK = 500

_K = VinKey.__table__.c
_V = Vehicle.__table__.c
_PROBE = func.unnest(bindparam("keys", type_=ARRAY(Text))).table_valued(column("key", Text)).render_derived("probe")
_PG = (select(_K.key, _K.rest, _K.vehicle_id)
       .select_from(_PROBE.join(VinKey.__table__, _K.key == _PROBE.c.key))
       .limit(CANDIDATE_CAP))
_EACH = func.json_each(bindparam("keys", type_=String)).table_valued(column("value", String))
_SQLITE = select(_K.key, _K.rest, _K.vehicle_id).where(_K.key.in_(select(_EACH.c.value))).limit(CANDIDATE_CAP)
# a twin retired into the correct vehicle (merged_into_id, V8 / N1) is no neighbour any more
_ON_FILE = select(_V.id, _V.vin).where(_V.id.in_(bindparam("ids", expanding=True)), _V.merged_into_id.is_(None))


def similar_vins(conn: Connection, vin: str, limit: int = 5) -> list[str]:
    """V8: the VINs on file (other than ``vin``) at most two characters off the normalised 17-character
    ``vin`` over the 16 characters other than the check digit; closest first (fewest differences over the
    16, then over all 17), then in VIN order; at most ``limit``. Another length: none."""
    keys = vin_probe_keys(vin)
    if not keys or limit <= 0:
        return []
    if conn.dialect.name == "postgresql":
        rows = conn.execute(_PG, {"keys": keys}).all()
    else:
        rows = conn.execute(_SQLITE, {"keys": json.dumps(keys)}).all()
    # The rule is desktop.rules.vin.is_suspected_typo / typo_distance, counted inline: a typed VIN in a dense
    # production run has hundreds of candidates (the rules' functions normalise every argument first).
    # A row of block b differs from the typed VIN where its key differs from the typed key b and its rest from the
    # typed block b (the check digit, last in rest, counted apart).
    mine = {key[0]: (key[1:], rest) for key, rest in vin_key_entries(vin)}
    ne = str.__ne__
    ranked: dict[int, tuple[int, int, str]] = {}
    for key, rest, vehicle_id in rows:
        if vehicle_id in ranked:
            continue
        outside, block = mine[key[0]]
        d = sum(map(ne, key[1:], outside)) + sum(map(ne, rest[:-1], block))
        if d <= TYPO_MAX:
            full = d + (rest[-1] != block[-1])
            if full:  # not the typed VIN itself
                ranked[vehicle_id] = (d, full, vin_from_key(key, rest))
    if not ranked:
        return []
    best = sorted(ranked.items(), key=lambda item: item[1])[: limit * 2]  # room for a stale row or two
    on_file = dict(conn.execute(_ON_FILE, {"ids": [vid for vid, _ in best]}).all())
    return [v for vid, (_, _, v) in best if on_file.get(vid) == v][:limit]


# -- writers ---------------------------------------------------------------------------------------------------
def vin_key_rows(vehicle_id: int, vin: str | None) -> list[tuple[str, int, str]]:
    """``(key, vehicle_id, rest)`` rows of one vehicle (none for a value that is no 17-character VIN)."""
    if not vin or len(vin) != VIN_LENGTH:
        return []
    return [(key, vehicle_id, rest) for key, rest in vin_key_entries(vin)]


def index_new_vins(conn: Connection, vehicles: Iterable[tuple[int, str | None]], *,
                   table: Table | None = None) -> int:
    """Keys of vehicles just inserted by a bulk writer, ``(id, vin)``: no read-back, no delete; sorted, so the
    B-tree is filled page by page. ``table``: write into this one (same columns) instead, e.g. a staging table."""
    rows = sorted(row for vid, vin in vehicles for row in vin_key_rows(vid, vin))
    return insert_rows(conn, VinKey if table is None else table, VKEY, rows)


def index_vins(conn: Connection, vehicle_ids: Iterable[int]) -> int:
    """(Re-)key the given vehicles from their rows: a VIN changed, a vehicle inserted or deleted (no row: its keys
    go and none are written)."""
    written = 0
    ids = sorted({int(i) for i in vehicle_ids})
    for start in range(0, len(ids), _CHUNK):
        chunk: Sequence[int] = ids[start : start + _CHUNK]
        rows = conn.execute(select(_V.id, _V.vin).where(_V.id.in_(chunk))).all()
        conn.execute(delete(VinKey).where(VinKey.vehicle_id.in_(chunk)))
        written += index_new_vins(conn, [(r[0], r[1]) for r in rows])
    return written


def stage_table(meta: MetaData) -> Table:
    """An unindexed temporary table with the columns of ``vin_keys``, for rebuilds copied in key order."""
    return Table("stage_vin_keys", meta, Column("key", String(VIN_KEY_LEN)), Column("vehicle_id", Integer),
                 Column("rest", String(VIN_REST_LEN)), prefixes=["TEMPORARY"])


def fill_sorted(conn: Connection, batch: int = 20000) -> int:
    """Key every vehicle into an EMPTY ``vin_keys`` (migration 0010): the keys are written into an unindexed
    temporary table, then copied once in key order, so the B-tree is filled page by page (as ``rebuild_sorted``
    does for the other search tables). Same transaction as the caller; returns the rows written."""
    meta = MetaData()
    stage = stage_table(meta)
    large_sorts(conn)
    meta.create_all(conn)
    try:
        written = last = 0
        while True:
            got = conn.execute(select(_V.id, _V.vin).where(_V.id > last).order_by(_V.id).limit(batch)).all()
            if not got:
                break
            written += index_new_vins(conn, [(r[0], r[1]) for r in got], table=stage)
            last = got[-1][0]
        names = ", ".join(VKEY)
        conn.exec_driver_sql(f"INSERT INTO {VinKey.__tablename__} ({names}) SELECT {names} FROM {stage.name}"
                             " ORDER BY key, vehicle_id")
    finally:
        meta.drop_all(conn)
    return written


def vin_keys_exist(conn: Connection) -> bool:
    """Whether this database has the ``vin_keys`` table (migration 0010): a rebuild run by an earlier migration
    (0007) works on the tables of its own revision."""
    return bool(inspect(conn).has_table(VinKey.__tablename__))
