"""SQL of the magnifier search (desktop.services.search): id queries answered from B-tree indexes, scoped
to what a store sees (S2): customers from their store-scoped keys in ``customer_grams`` (one index-only range
scan per kind, no channel probe), plate fragments from ``vehicle_grams`` of the store's repair centers, the
other vehicle kinds from the vehicle indexes (VIN, reversed VIN, plate) with a repair-center probe.

Each function returns display rows in rank order; the service decides which kinds to run. Statements are
plain text (cached once built) so that SQLite keeps the written join order and drives from the index.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

from desktop.models.search import (
    KEY_CODE,
    KEY_INITIALS,
    KEY_NAME,
    KEY_PHONE_REV,
    KEY_PINYIN,
    PHONE_GRAM,
    PHONE_GRAM_LEN,
    PLATE_GRAM_LEN,
    PLATE_GRAM_LONG,
)
from desktop.rules.names import split_id_suffix

Executor = Session | Connection

_ASCII_TOP = "~"  # sorts after [0-9A-Za-z]
_TOP = "\uffff"


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- customers -------------------------------------------------------------------------------------------


_STMTS: dict[tuple[str, tuple[str, ...]], Any] = {}
_CUSTOMER_WRAP = (
    "SELECT c.id, c.code, c.name, c.customer_type, c.category, c.status, c.phone, st.code AS store_code"
    " FROM ({inner}) q CROSS JOIN customers c LEFT JOIN stores st ON st.id = c.created_store_id"
    " WHERE c.id = q.id ORDER BY {order}"
)
_VEHICLE_WRAP = (
    "SELECT v.id, v.internal_code, v.vin, v.plate, v.plate_color, v.model, o.code AS owner_code,"
    " o.name AS owner_name FROM ({inner}) q CROSS JOIN vehicles v LEFT JOIN customers o ON o.id = v.owner_id"
    " WHERE v.id = q.id AND v.merged_into_id IS NULL ORDER BY {order}"  # a retired twin (N1) is not listed
)


def _stmt(sql: str, expanding: Iterable[str] = ()) -> Any:
    key = (sql, tuple(expanding))
    stmt = _STMTS.get(key)
    if stmt is None:
        stmt = text(sql)
        for name in expanding:
            stmt = stmt.bindparams(bindparam(name, expanding=True))
        if len(_STMTS) < 2000:
            _STMTS[key] = stmt
    return stmt


def _rows(s: Executor, sql: str, params: dict[str, Any], expanding: Iterable[str] = (), *,
          order: str = "q.id DESC", vehicle: bool = False) -> list[Any]:
    """Run an id query (first column aliased ``id``) and return the display rows in its order."""
    wrap = _VEHICLE_WRAP if vehicle else _CUSTOMER_WRAP
    return list(s.execute(_stmt(wrap.format(inner=sql, order=order), expanding), params))


def uniq(rows: Iterable[Any]) -> list[Any]:
    out: dict[int, Any] = {}
    for r in rows:
        out.setdefault(r[0], r)
    return list(out.values())


_G = "customer_grams g"


def _name_inner(store: int, frag: str, limit: int, p: dict[str, Any]) -> str:
    """Id query ``(id, r)`` for a name fragment: the exact name first (r=0), then grams (r=1)."""
    base, suffix = split_id_suffix(frag)
    frag = base or frag
    p.update({"s": store, "n": limit, "k": KEY_NAME + frag, "sfx": suffix})
    sfx = " AND c.name_suffix = :sfx" if suffix else ""
    if suffix:
        exact = ("SELECT g.customer_id AS id, 0 AS r FROM " + _G + " CROSS JOIN customers c WHERE g.store_id = :s"
                 " AND g.gram = :k AND c.id = g.customer_id" + sfx + " ORDER BY g.customer_id DESC LIMIT :n")
    else:
        exact = ("SELECT g.customer_id AS id, 0 AS r FROM " + _G + " WHERE g.store_id = :s AND g.gram = :k"
                 " ORDER BY g.customer_id DESC LIMIT :n")
    if len(frag) <= 2 and not suffix:
        p["g"] = frag
        grams = ("SELECT g.customer_id AS id, 1 AS r FROM " + _G + " WHERE g.store_id = :s AND g.gram = :g"
                 " ORDER BY g.customer_id DESC LIMIT :n")
    else:
        bigrams = list(dict.fromkeys(frag[i : i + 2] for i in range(len(frag) - 1))) or [frag]
        picks = list(dict.fromkeys([bigrams[0], bigrams[-1], bigrams[len(bigrams) // 2]]))
        joins = "".join(f" CROSS JOIN customer_grams g{i}" for i in range(1, len(picks)))
        conds = "".join(f" AND g{i}.store_id = :s AND g{i}.gram = :g{i} AND g{i}.customer_id = g.customer_id"
                        for i in range(1, len(picks)))
        for i, g in enumerate(picks):
            p[f"g{i}"] = g
        p["pat"] = f"%{_like_escape(frag)}%"
        grams = ("SELECT g.customer_id AS id, 1 AS r FROM " + _G + joins + " CROSS JOIN customers c"
                 " WHERE g.store_id = :s AND g.gram = :g0" + conds + " AND c.id = g.customer_id"
                 " AND c.name_key LIKE :pat ESCAPE '\\'" + sfx + " ORDER BY g.customer_id DESC LIMIT :n")
    return f"SELECT * FROM ({exact}) a UNION ALL SELECT * FROM ({grams}) b"


def _first_n(union: str) -> str:
    """The ``(id, r)`` parts merged: one row per customer at its best rank, only the first n in rank order, so
    that display rows are fetched for the rows shown and no more."""
    return f"SELECT u.id AS id, MIN(u.r) AS r FROM ({union}) u GROUP BY u.id ORDER BY MIN(u.r), u.id DESC LIMIT :n"


def name_rows(s: Executor, store: int, frag: str, limit: int) -> list[Any]:
    p: dict[str, Any] = {}
    inner = _name_inner(store, frag, limit, p)
    return _rows(s, _first_n(inner), p, order="q.r, q.id DESC")


def phone_rows(s: Executor, store: int, digits: str, limit: int) -> list[Any]:
    p: dict[str, Any] = {"s": store, "n": limit}
    parts: list[str] = []
    if len(digits) >= 7:  # the whole number, however it was typed (+86, spaces): its canonical key
        from desktop.rules.phone import normalize_phone

        p["ph"] = KEY_PHONE_REV + normalize_phone(digits)[::-1]
        parts.append("SELECT g.customer_id AS id, 0 AS r FROM " + _G + " WHERE g.store_id = :s AND g.gram = :ph"
                     " LIMIT :n")
    rev = digits[::-1]  # the last digits: a prefix of the reversed phone
    p["lo"], p["hi"] = KEY_PHONE_REV + rev, KEY_PHONE_REV + rev + ":"
    parts.append("SELECT g.customer_id AS id, 1 AS r FROM " + _G + " WHERE g.store_id = :s AND g.gram >= :lo"
                 " AND g.gram < :hi ORDER BY g.gram LIMIT :n")
    if len(digits) >= PHONE_GRAM_LEN:  # digits anywhere: 4-digit windows
        first, last = PHONE_GRAM + digits[:PHONE_GRAM_LEN], PHONE_GRAM + digits[-PHONE_GRAM_LEN:]
        p["g0"], p["g1"] = first, last
        p["pat"] = f"%{digits}%"
        if first == last:
            parts.append("SELECT g.customer_id AS id, 2 AS r FROM " + _G + " WHERE g.store_id = :s AND g.gram = :g0"
                         " ORDER BY g.customer_id DESC LIMIT :n")
        else:
            parts.append("SELECT g.customer_id AS id, 2 AS r FROM " + _G + " CROSS JOIN customer_grams g1"
                         " CROSS JOIN customers c WHERE g.store_id = :s AND g.gram = :g0 AND g1.store_id = :s"
                         " AND g1.gram = :g1 AND g1.customer_id = g.customer_id AND c.id = g.customer_id"
                         " AND c.phone_key LIKE :pat ORDER BY g.customer_id DESC LIMIT :n")
    inner = " UNION ALL ".join(f"SELECT * FROM ({x}) p{i}" for i, x in enumerate(parts))
    return _rows(s, _first_n(inner), p, order="q.r, q.id DESC")


def _key_range(rank: str, tag: str, value: str, top: str, p: dict[str, Any]) -> str:
    """Id query ``(id, [r,] k)`` of the tagged keys starting with ``value``, in key order."""
    p[f"lo{tag[1]}"], p[f"hi{tag[1]}"] = tag + value, tag + value + top
    return (f"SELECT g.customer_id AS id, {rank}substr(g.gram, 3) AS k FROM {_G} WHERE g.store_id = :s"
            f" AND g.gram >= :lo{tag[1]} AND g.gram < :hi{tag[1]} ORDER BY g.gram LIMIT :n")


def pinyin_rows(s: Executor, store: int, letters: str, limit: int) -> list[Any]:
    # A range scan meets the exact key first (the shortest string of the prefix sorts first).
    p: dict[str, Any] = {"s": store, "n": limit, "k": letters}
    parts = [_key_range(f"{rank} AS r, ", tag, letters, "{", p) for rank, tag in ((0, KEY_INITIALS), (1, KEY_PINYIN))]
    inner = " UNION ALL ".join(f"SELECT * FROM ({x}) p{i}" for i, x in enumerate(parts))
    return uniq(_rows(s, inner, p, order="q.k <> :k, q.r, q.k, q.id DESC"))


def code_rows(s: Executor, store: int, code: str, limit: int) -> list[Any]:
    p: dict[str, Any] = {"s": store, "n": limit}
    return _rows(s, _key_range("", KEY_CODE, code, _ASCII_TOP, p), p, order="q.k")


# -- vehicles --------------------------------------------------------------------------------------------
_VRC = "CROSS JOIN vehicle_repair_centers r"


def _vehicle_inner(i: int, kind: str, t: str, p: dict[str, Any]) -> str | None:
    """The id query of one kind as ``SELECT id, <i> AS r, <sort key> AS k`` (parameters suffixed with ``i``)."""
    scope = " AND r.vehicle_id = v.id AND r.repair_center_id IN :rc"
    head = f"SELECT v.id AS id, {i} AS r, "
    if kind == "vin":
        p[f"k{i}"] = t
        return head + f"'' AS k FROM vehicles v {_VRC} WHERE v.vin = :k{i}{scope} LIMIT :n"
    if kind == "vin_suffix":
        p[f"lo{i}"] = t[::-1]
        p[f"hi{i}"] = t[::-1] + _ASCII_TOP
        return head + f"'' AS k FROM vehicles v {_VRC} WHERE v.vin_rev >= :lo{i} AND v.vin_rev < :hi{i}{scope} LIMIT :n"
    if kind == "vin_prefix":
        p[f"lo{i}"], p[f"hi{i}"] = t, t + _ASCII_TOP
        return (head + f"v.vin AS k FROM vehicles v {_VRC} WHERE v.vin >= :lo{i} AND v.vin < :hi{i}{scope}"
                " ORDER BY v.vin LIMIT :n")
    if kind == "plate":  # the whole plate or its beginning (province first): a range scan
        p[f"lo{i}"], p[f"hi{i}"] = t, t + _TOP
        return (head + f"v.plate AS k FROM vehicles v {_VRC} WHERE v.plate >= :lo{i} AND v.plate < :hi{i}{scope}"
                " ORDER BY v.plate LIMIT :n")
    # plate_fragment: 3+ characters anywhere in the plate: one trigram (3) or 4-gram (4) lookup, or two
    # 4-grams intersected and verified (5+), in the grams of the store's repair centers (no probe)
    if len(t) < PLATE_GRAM_LEN:
        return None
    # a vehicle two of the store's centers see has its grams twice: one row per vehicle
    pick = "DISTINCT g.vehicle_id" if len(p["rc"]) > 1 else "g.vehicle_id"
    if len(t) <= PLATE_GRAM_LONG:
        p[f"g{i}"] = t
        return (f"SELECT {pick} AS id, {i} AS r, '' AS k FROM vehicle_grams g WHERE g.repair_center_id IN :rc"
                f" AND g.gram = :g{i} ORDER BY id DESC LIMIT :n")
    p[f"g{i}"], p[f"h{i}"] = t[:PLATE_GRAM_LONG], t[-PLATE_GRAM_LONG:]
    p[f"pat{i}"] = f"%{_like_escape(t)}%"
    return (f"SELECT {pick} AS id, {i} AS r, '' AS k FROM vehicle_grams g CROSS JOIN vehicle_grams g1"
            f" CROSS JOIN vehicles v WHERE g.repair_center_id IN :rc AND g.gram = :g{i}"
            f" AND g1.repair_center_id = g.repair_center_id AND g1.gram = :h{i} AND g1.vehicle_id = g.vehicle_id"
            f" AND v.id = g.vehicle_id AND v.plate LIKE :pat{i} ESCAPE '\\' ORDER BY id DESC LIMIT :n")


def vehicle_rows(s: Executor, rcs: list[int], kinds: list[str], t: str, n: int) -> list[tuple[str, Any]]:
    """(kind, display row) for every kind in one statement (one round trip), in kind order and each kind's
    own order; the service decides how many kinds it shows."""
    p: dict[str, Any] = {"rc": rcs, "n": n}
    parts = [(kind, sql) for i, kind in enumerate(kinds) if (sql := _vehicle_inner(i, kind, t, p)) is not None]
    if not parts:
        return []
    inner = " UNION ALL ".join(f"SELECT * FROM ({sql}) p{i}" for i, (_, sql) in enumerate(parts))
    if len(parts) > 1:  # only the first n in kind order are shown: fetch no display rows beyond them
        inner = f"SELECT * FROM ({inner}) u ORDER BY u.r, u.k, u.id DESC LIMIT :n"
    wrap = _VEHICLE_WRAP.replace("SELECT v.id,", "SELECT q.r AS kind_rank, v.id,")
    rows = s.execute(_stmt(wrap.format(inner=inner, order="q.r, q.k, q.id DESC"), ("rc",)), p)
    return [(kinds[r[0]], r[1:]) for r in rows]
