"""Candidate rows for the duplicate check (desktop.services.dedupe): indexed equality lookups only, each
LIMITed — ID key, phone key IN (exact + one-typo variants), name key (newest first), name key + ID
suffix, toneless pinyin key, and a company name's one-character wildcard keys in customer_grams."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Row, func, select

from desktop.models import Customer, CustomerChannel, CustomerGram, Store
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


def candidate_rows(
    conn: Executor, keys: CandidateKeys, exclude: set[int], limits: CandidateLimits
) -> dict[int, Row[Any]]:
    """Customer rows (the columns of _COLS) found by any of the keys, first lookup first."""
    found: dict[int, Row[Any]] = {}

    def run(stmt: Any) -> None:
        for r in conn.execute(stmt):
            if r.id not in exclude:
                found.setdefault(r.id, r)

    base = select(*_COLS)
    if keys.id_key:
        run(base.where(_C.id_key == keys.id_key).limit(limits.id))
    if keys.phones:
        run(base.where(_C.phone_key.in_(keys.phones)).limit(limits.phone))
    if keys.name_key:
        run(base.where(_C.name_key == keys.name_key).order_by(_C.created_at.desc(), _C.id.desc())
            .limit(limits.name))
        if keys.name_suffixes:
            run(base.where(_C.name_key == keys.name_key, _C.name_suffix.in_(keys.name_suffixes))
                .limit(limits.suffix))
    if keys.pinyin:
        run(base.where(_C.pinyin_key == keys.pinyin).limit(limits.pinyin))
    if keys.company_wildcards:
        ids = select(CustomerGram.customer_id).where(CustomerGram.gram.in_(keys.company_wildcards))
        run(base.where(_C.id.in_(ids.limit(limits.wildcard))))
    return found


def store_codes_of(conn: Executor, ids: Sequence[int]) -> tuple[dict[int, list[str]], dict[int, str]]:
    """(customer id -> codes of the stores with a channel on it, store id -> store code)."""
    by_customer: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return by_customer, {}
    q = (
        select(CustomerChannel.customer_id, Store.code)
        .join(Store, Store.id == CustomerChannel.store_id)
        .where(CustomerChannel.customer_id.in_(ids))
    )
    for cid, code in conn.execute(q):
        by_customer[cid].append(code)
    return by_customer, {s.id: s.code for s in conn.execute(select(Store.id, Store.code))}


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
