"""Candidate rows for the duplicate check (desktop.services.dedupe): indexed equality lookups only, each
LIMITed — ID key, phone key IN (exact + one-typo variants), name key (newest first), name key + ID
suffix, toneless pinyin key, and a company name's one-character wildcard keys in customer_grams (the
group-wide rows, store GROUP_SCOPE: the check searches the whole group)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Row, bindparam, column, func, select, text

from desktop.models import Customer
from desktop.models.search import GROUP_SCOPE
from desktop.storage.search_queries import Executor

_C = Customer.__table__.c
_COLS = (
    _C.id, _C.code, _C.customer_type, _C.category, _C.status, _C.name, _C.phone, _C.id_type, _C.id_number,
    _C.name_key, _C.name_suffix, _C.pinyin_key, _C.phone_key, _C.id_key, _C.merged_into_id, _C.created_at,
    _C.created_store_id,
)


@dataclass(frozen=True)
class CandidateKeys:
    """The draft's normalised keys; None / empty skips that lookup."""

    id_key: str | None = None
    phones: list[str] = field(default_factory=list)
    name_key: str | None = None
    name_suffixes: list[str] = field(default_factory=list)
    pinyin: str | None = None
    company_wildcards: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CandidateLimits:
    id: int
    phone: int
    name: int
    suffix: int
    pinyin: int
    wildcard: int


_COLUMN_LIST = ", ".join(f"c.{col.name}" for col in _COLS)
_TYPED = [column(col.name, col.type) for col in _COLS]
_STATEMENTS: dict[tuple[str, tuple[str, ...]], Any] = {}


def _is_pg(conn: Executor) -> bool:
    dialect = conn.dialect if isinstance(conn, Connection) else conn.get_bind().dialect
    return dialect.name == "postgresql"


def _statement(conn: Executor, parts: tuple[str, ...]) -> Any:
    """The candidate statement for this combination of lookups: plain SQL built once per dialect and shape
    (no per-call SQL construction), typed result columns. PostgreSQL takes lists as one array parameter
    (``= ANY``); SQLite expands them into ``IN (...)``."""
    pg = _is_pg(conn)
    key = ("pg" if pg else "lite", parts)
    stmt = _STATEMENTS.get(key)
    if stmt is not None:
        return stmt

    def one_of(col: str, param: str) -> str:
        return f"{col} = ANY(:{param})" if pg else f"{col} IN :{param}"

    base = f"SELECT {_COLUMN_LIST} FROM customers c WHERE "
    sql = {
        "id": base + "c.id_key = :id_key LIMIT :l_id",
        "phone": base + one_of("c.phone_key", "phones") + " LIMIT :l_phone",
        "name": base + "c.name_key = :name_key ORDER BY c.created_at DESC, c.id DESC LIMIT :l_name",
        "suffix": base + "c.name_key = :name_key AND " + one_of("c.name_suffix", "suffixes") + " LIMIT :l_suffix",
        "pinyin": base + "c.pinyin_key = :pinyin LIMIT :l_pinyin",
        "wildcard": base + f"c.id IN (SELECT g.customer_id FROM customer_grams g WHERE g.store_id = {GROUP_SCOPE}"
        " AND " + one_of("g.gram", "wildcards") + " LIMIT :l_wildcard)",
    }
    body = " UNION ALL ".join(f"SELECT * FROM ({sql[p]}) p{i}" for i, p in enumerate(parts))
    stmt = text(body)
    if not pg:
        lists = {"phone": "phones", "suffix": "suffixes", "wildcard": "wildcards"}
        stmt = stmt.bindparams(*(bindparam(lists[p], expanding=True) for p in parts if p in lists))
    stmt = stmt.columns(*_TYPED)
    _STATEMENTS[key] = stmt
    return stmt


def candidate_rows(
    conn: Executor, keys: CandidateKeys, exclude: set[int], limits: CandidateLimits
) -> dict[int, Row[Any]]:
    """Customer rows (the columns of _COLS) found by any of the keys, in one UNION ALL statement (one round
    trip); each lookup keeps its own LIMIT inside its subquery."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    if keys.id_key:
        parts.append("id")
        params.update(id_key=keys.id_key, l_id=limits.id)
    if keys.phones:
        parts.append("phone")
        params.update(phones=list(keys.phones), l_phone=limits.phone)
    if keys.name_key:
        parts.append("name")
        params.update(name_key=keys.name_key, l_name=limits.name)
        if keys.name_suffixes:
            parts.append("suffix")
            params.update(suffixes=list(keys.name_suffixes), l_suffix=limits.suffix)
    if keys.pinyin:
        parts.append("pinyin")
        params.update(pinyin=keys.pinyin, l_pinyin=limits.pinyin)
    if keys.company_wildcards:
        parts.append("wildcard")
        params.update(wildcards=list(keys.company_wildcards), l_wildcard=limits.wildcard)
    found: dict[int, Row[Any]] = {}
    if not parts:
        return found
    for r in conn.execute(_statement(conn, tuple(parts)), params):
        if r.id not in exclude:
            found.setdefault(r.id, r)
    return found


_STORE_SQL = {
    True: ("SELECT ch.customer_id, st.code, 0 FROM customer_channels ch JOIN stores st ON st.id = ch.store_id"
           " WHERE ch.customer_id = ANY(:ids) UNION ALL SELECT c.id, st.code, 1 FROM customers c"
           " JOIN stores st ON st.id = c.created_store_id WHERE c.id = ANY(:ids)"),
    False: ("SELECT ch.customer_id, st.code, 0 FROM customer_channels ch JOIN stores st ON st.id = ch.store_id"
            " WHERE ch.customer_id IN :ids UNION ALL SELECT c.id, st.code, 1 FROM customers c"
            " JOIN stores st ON st.id = c.created_store_id WHERE c.id IN :ids"),
}
_STORE_STMTS = {True: text(_STORE_SQL[True]), False: text(_STORE_SQL[False]).bindparams(bindparam("ids", expanding=True))}


def store_codes_of(conn: Executor, ids: Sequence[int]) -> tuple[dict[int, list[str]], dict[int, str]]:
    """(customer id -> codes of the stores with a channel on it, customer id -> code of the creating store),
    in one statement."""
    by_customer: dict[int, list[str]] = {i: [] for i in ids}
    created: dict[int, str] = {}
    if not ids:
        return by_customer, created
    pg = _is_pg(conn)
    for cid, code, is_creator in conn.execute(_STORE_STMTS[pg], {"ids": list(ids)}):
        if is_creator:
            created[cid] = code
        else:
            by_customer[cid].append(code)
    return by_customer, created


def customer_count(conn: Executor) -> int:
    return int(conn.execute(select(func.count()).select_from(Customer.__table__)).scalar() or 0)


def rows_by_key(conn: Connection, key: str, *, batch: int = 5000) -> Iterator[Row[Any]]:
    """Every customer holding the stored key column ``key`` (name_key, phone_key, id_key), streamed in
    that key's index order, newest first within a key (the dedupe report's linear passes)."""
    column = _C[key]
    result = conn.execution_options(stream_results=True, yield_per=batch).execute(
        select(*_COLS).where(column.is_not(None), column != "").order_by(column, _C.created_at.desc())
    )
    yield from result  # type: ignore[misc]
