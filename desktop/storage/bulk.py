"""Bulk inserts on the caller's connection and transaction: COPY on PostgreSQL, the driver's executemany on
SQLite, with the column types' own bind processors (so a timestamp is stored exactly as the ORM stores it).

For imports and index maintenance, where SQLAlchemy's per-row parameter handling of ``insert().values``
executemany costs more than the database's work. Rows are tuples in ``columns`` order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from desktop.models.base import Base

__all__ = ["insert_rows", "large_sorts", "refresh_statistics"]

_PROCESSORS: dict[tuple[str, str, tuple[str, ...]], list[Callable[[Any], Any] | None]] = {}


def _processors(conn: Connection, table: Table, columns: Sequence[str]) -> list[Callable[[Any], Any] | None]:
    key = (conn.dialect.name, table.name, tuple(columns))
    procs = _PROCESSORS.get(key)
    if procs is None:
        dialect = conn.dialect
        procs = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
        _PROCESSORS[key] = procs
    return procs


def insert_rows(conn: Connection, table: Table | type[Base], columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> int:
    """Insert ``rows`` into ``table`` inside the current transaction of ``conn``; returns the row count."""
    tbl: Table = table if isinstance(table, Table) else table.__table__  # type: ignore[assignment]
    procs = _processors(conn, tbl, columns)
    if any(procs):
        rows = [tuple(v if p is None or v is None else p(v) for p, v in zip(procs, r, strict=True))
                for r in rows]
    elif not isinstance(rows, list):
        rows = list(rows)
    if not rows:
        return 0
    cols = ", ".join(columns)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if conn.dialect.name == "postgresql":
            with cursor.copy(f"COPY {tbl.name} ({cols}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
        else:
            marks = ", ".join("?" * len(columns))
            cursor.executemany(f"INSERT INTO {tbl.name} ({cols}) VALUES ({marks})", rows)
    finally:
        cursor.close()
    return len(rows)


def refresh_statistics(conn: Connection, *tables: Table | type[Base]) -> None:
    """PostgreSQL: ANALYZE the tables a bulk load is growing, so that the statements run between batches (the
    import's duplicate check) are planned for the rows now there, not for the empty tables autovacuum last saw.
    SQLite plans from its indexes without statistics: nothing to do."""
    if conn.dialect.name != "postgresql":
        return
    names = [(t if isinstance(t, Table) else t.__table__).name for t in tables]  # type: ignore[attr-defined]
    conn.exec_driver_sql("ANALYZE " + ", ".join(names))


def large_sorts(conn: Connection) -> None:
    """PostgreSQL: memory for the sorts and index builds of a whole-table rebuild, for the rest of this
    transaction only (``SET LOCAL``): with the default 4 MB ``work_mem`` a sort of 20 million key rows spills to
    disk in many runs. SQLite: nothing to do."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql("SET LOCAL work_mem = '256MB'")
    conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '512MB'")
