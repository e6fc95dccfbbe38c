"""The magnifier search (放大镜, C1 / S2): customers and vehicles this store sees, by any fragment.

Every kind is answered from a B-tree index, never by ``LIKE '%frag%'`` over the table:

customers (scoped to a channel for ``actor.store_id``: the keys in ``customer_grams`` are stored per store)
  * Chinese / name text: the exact name key, then 1- and 2-character grams (fragments of 3+ characters
    intersect bigrams, then the few hits are verified with LIKE);
  * digits: full phone -> its canonical key; a fragment -> the last digits through the reversed phone
    (range scan), then middle digits through the 4-digit phone grams (``#1234``);
  * Latin letters: pinyin initials (``wgj``) and full pinyin (``wangguojin``) by prefix range;
  * letters + digits: customer code (exact, then prefix).
vehicles (scoped to a ``vehicle_repair_centers`` row for one of ``actor.repair_center_ids``)
  * full VIN, last digits of the VIN (``vin_rev`` range), VIN prefix, plate (exact, prefix), and plate
    fragments through the 3- and 4-character plate grams stored per repair center.

The master-data team alone searches the customers of the whole group (search_customers_group, S1: merging
duplicates): every store's keys, the hits merged, each with the stores that see it.

Range scans assume the database sorts by code point (SQLite always; PostgreSQL with a C / C.UTF-8
collation, as the group's server is set up).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.models import Store
from desktop.models.search import PLATE_GRAM_LEN
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.rules.names import key_text, unify_interpuncts
from desktop.rules.text import canon_text, is_cjk
from desktop.services.auth import Actor
from desktop.services.views import mask
from desktop.storage import Database, search_queries
from desktop.storage.duplicate_candidates import store_codes_of
from desktop.storage.search_queries import Executor

__all__ = ["CustomerRow", "GroupCustomerRow", "VehicleRow", "detect_customer_kind", "detect_vehicle_kinds",
           "rebuild_index", "search_customers", "search_customers_group", "search_vehicles"]

MAX_LIMIT = 500


@dataclass(frozen=True)
class CustomerRow:
    id: int
    code: str
    name: str
    customer_type: str
    category: str
    status: str
    phone_masked: str
    created_store_code: str | None
    match: str  # how it was found: name, initials, pinyin, phone, code


@dataclass(frozen=True)
class GroupCustomerRow(CustomerRow):
    """A customer found across the group (:func:`search_customers_group`), with the codes of the stores that see
    it (S1: a customer channel each), so that two customers of the same name are told apart."""

    store_codes: tuple[str, ...]


@dataclass(frozen=True)
class VehicleRow:
    id: int
    internal_code: str
    vin: str
    plate: str | None
    plate_color: str | None
    model: str
    owner_code: str | None
    owner_name: str | None
    match: str  # vin, vin_suffix, vin_prefix, plate


_SEPARATORS = re.compile(r"[\s\-+()（）]")


def detect_customer_kind(text_in: str) -> tuple[str, str]:
    """('phone'|'code'|'pinyin'|'name'|'', normalised fragment)."""
    t = unify_interpuncts(canon_text(text_in or ""))
    if not t:
        return "", ""
    digits = _SEPARATORS.sub("", t)
    if digits.isdigit():
        return "phone", digits
    if t.isascii() and t.isalpha():
        return "pinyin", t.lower()
    if t.isascii() and t.isalnum() and any(c.isdigit() for c in t):
        return "code", t
    return "name", key_text(t)  # as the stored name keys: no punctuation, symbols, spaces or width


def _query(text: str) -> str:
    """What was typed into a search box: one line, no control characters (a NUL byte never reaches the
    database), at most 100 characters."""
    from desktop.rules.text import clean_query

    return clean_query("search", text, max_len=100, label=QT_TRANSLATE_NOOP("services.search", "搜索内容"))


def _cap(limit: int) -> int:
    try:
        n = int(limit)
    except (TypeError, ValueError):
        n = 50
    return max(1, min(n, MAX_LIMIT))


def _customer_rows(s: Executor, store_id: int, kind: str, frag: str, n: int) -> list[Any]:
    """The display rows of the customers store ``store_id`` sees that match ``frag`` (of ``kind``), in rank order."""
    if kind == "phone":
        return search_queries.phone_rows(s, store_id, frag, n)
    if kind == "pinyin":
        # A Latin-script name (SMITH JOHN) has its letters as pinyin keys, so "smith" is a pinyin prefix; a
        # later word ("john") is looked up in the name grams, in a second statement only when no pinyin or
        # initials start so (one round trip for the usual Chinese pinyin search).
        rows = search_queries.pinyin_rows(s, store_id, frag, n)
        if not rows and len(frag) >= 3:
            rows = search_queries.name_rows(s, store_id, frag.upper(), n)
        return rows
    if kind == "code":
        return search_queries.code_rows(s, store_id, frag, n)
    return search_queries.name_rows(s, store_id, frag, n)


def search_customers_in(s: Executor, actor: Actor, text_in: str, limit: int = 50) -> list[CustomerRow]:
    n = _cap(limit)
    kind, frag = detect_customer_kind(text_in)
    if not kind:
        return []
    rows = _customer_rows(s, actor.store_id, kind, frag, n)
    return [CustomerRow(r[0], r[1], r[2], r[3], r[4], r[5], mask(r[6]), r[7], kind) for r in rows[:n]]


def search_customers(db: Database, actor: Actor, text: str, limit: int = 50) -> list[CustomerRow]:
    """Customers this store sees (S2) whose name, pinyin, initials, phone or code matches ``text``."""
    text = _query(text)
    with db.reader() as conn:
        return search_customers_in(conn, actor, text, limit)


def _group_rank(kind: str, frag: str, row: Any) -> tuple[Any, ...]:
    """Where a store's hit goes among the hits of all stores, as each store ranks its own: the exact name or the
    whole phone number first, then the last digits of a phone, newest first; codes in code order (pinyin hits
    keep the order they were found in)."""
    if kind == "code":
        return (row[1],)
    if kind == "name":
        return (key_text(unify_interpuncts(canon_text(row[2] or ""))) != frag, -row[0])
    if kind == "phone":
        digits = re.sub(r"\D", "", row[6] or "")
        return (0 if digits == frag else 1 if digits.endswith(frag) else 2, -row[0])
    return ()


def search_customers_group(db: Database, actor: Actor, text: str, limit: int = 50) -> list[GroupCustomerRow]:
    """The master-data team's search across the whole group, for merging duplicates (RULES.md S1: only the
    master-data team acts group-wide): the customers any store sees whose name, pinyin, initials, phone or code
    matches ``text``, each with the stores that see it. Every other search stays with what the actor's store
    sees (S2): an actor without 'customer.merge' is refused here, whatever the UI shows.

    The search keys are stored per store: each store's keys are searched (indexed, as the store's own search)
    and the hits merged, a customer once."""
    actor.require("customer.merge")
    text = _query(text)
    n = _cap(limit)
    kind, frag = detect_customer_kind(text)
    if not kind:
        return []
    with db.reader() as conn:
        found: dict[int, Any] = {}
        for store_id in conn.execute(select(Store.id).order_by(Store.id)).scalars():
            for r in _customer_rows(conn, store_id, kind, frag, n):
                found.setdefault(r[0], r)
        rows = sorted(found.values(), key=lambda r: _group_rank(kind, frag, r))[:n]
        seen_by, _created = store_codes_of(conn, [r[0] for r in rows])
    return [GroupCustomerRow(r[0], r[1], r[2], r[3], r[4], r[5], mask(r[6]), r[7], kind,
                             tuple(sorted(seen_by.get(r[0], ())))) for r in rows]


def detect_vehicle_kinds(text_in: str) -> tuple[list[str], str]:
    """Kinds worth trying, most specific first, and the normalised fragment."""
    t = _SEPARATORS.sub("", canon_text(text_in or "")).replace("·", "")
    if not t:
        return [], ""
    kinds: list[str] = []
    if t.isascii() and t.isalnum():
        if len(t) == 17:
            kinds.append("vin")
        if len(t) >= 4:
            kinds.append("vin_suffix")
        if PLATE_GRAM_LEN <= len(t) <= 7:  # a plate serial or part of it (plates start with the province)
            kinds.append("plate_fragment")
        if len(t) >= 4:
            kinds.append("vin_prefix")
    elif is_cjk(t[0]) and len(t) <= 10:
        kinds += ["plate", "plate_fragment"]  # the fragment search only when no plate starts so
    elif any(is_cjk(c) for c in t) and len(t) <= 10:
        kinds.append("plate_fragment")
    return kinds, t


def search_vehicles_in(s: Executor, actor: Actor, text_in: str, limit: int = 50) -> list[VehicleRow]:
    n = _cap(limit)
    rcs = list(actor.repair_center_ids)
    kinds, t = detect_vehicle_kinds(text_in)
    if not kinds or not rcs:
        return []
    # A kind that usually settles the search (a whole VIN, a plate from its province, six digits of a VIN
    # serial) runs alone first; the kinds that would all run anyway share one statement.
    settles = kinds[0] in ("vin", "plate") or (kinds[0] == "vin_suffix" and t.isdigit() and len(t) >= 6)
    batches = [kinds[:1], kinds[1:]] if settles and len(kinds) > 1 else [kinds]
    found: dict[int, VehicleRow] = {}
    for batch in batches:
        by_kind: dict[str, list[Any]] = {}
        for kind, r in search_queries.vehicle_rows(s, rcs, batch, t, n):
            by_kind.setdefault(kind, []).append(r)
        for kind in batch:  # most specific kind first
            for r in by_kind.get(kind, []):
                if r[0] not in found:
                    found[r[0]] = VehicleRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], kind)
            if len(found) >= n or (kind in ("vin", "plate") and found):
                return list(found.values())[:n]
            if kind == "vin_suffix" and found and t.isdigit() and len(t) >= 6:
                return list(found.values())[:n]  # the serial of a VIN: six digits are no plate
    return list(found.values())[:n]


def search_vehicles(db: Database, actor: Actor, text: str, limit: int = 50) -> list[VehicleRow]:
    """Vehicles this store sees (S2) by VIN (full, last digits, prefix) or plate (full or fragment)."""
    text = _query(text)
    with db.reader() as conn:
        return search_vehicles_in(conn, actor, text, limit)


def rebuild_index(db: Database, progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """IT's repair tool (``python -m desktop reindex``): rebuild every search key of the group from the customer,
    vehicle, channel and repair-center rows, in one transaction (searches keep the old keys until it commits),
    e.g. after rows were changed by hand in SQL. Returns the (customer, vehicle) key rows written;
    ``progress(done, total)`` counts customers + vehicles."""
    from desktop.storage.search_index import rebuild_sorted

    with db.transaction() as s:
        return rebuild_sorted(s.connection(), progress=progress)
