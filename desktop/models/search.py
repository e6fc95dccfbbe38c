"""Stored search structures that keep fragment search and the duplicate check indexed (PERF-NOTES).

``customer_grams(store_id, gram, customer_id)`` holds B-tree keys per customer AND per store that sees it
(one row per key for every ``customer_channels`` row, S2), so that a store's magnifier search is one
index-only range scan, with no per-candidate probe of the channels, however many stores the group has:

* name grams: every distinct 1- and 2-character substring of the canonical base name (汪, 国, 进, 汪国, 国进)
  -> name-fragment search of any length (1-2 characters: one lookup; 3+: bigram intersection);
* phone grams: ``#`` + every 4-digit window of the canonical phone (#1381, #3812, ...) -> middle digits;
* range keys, a two-character tag + the stored key: ``!n`` exact name key, ``!i`` pinyin initials, ``!p`` full
  pinyin, ``!r`` reversed phone (last digits), ``!c`` customer code -> prefix range scans. A tagged key is at
  least three characters long and a name gram at most two, so neither kind can fall into the other's lookups.

Store ``0`` (:data:`GROUP_SCOPE`) holds the group-wide keys of the duplicate check, which searches the whole
group (C2): ``~`` + the canonical company name with one character replaced by ``?`` (one row per position)
-> a company name differing in one character is one ``IN`` lookup away.

``vehicle_grams(repair_center_id, gram, vehicle_id)`` holds every 3- and 4-character window of the plate,
per repair center that sees the vehicle (``vehicle_repair_centers``), for plate fragments (3 characters: one
trigram lookup; 4: one 4-gram lookup; 5+: two 4-grams intersected, then verified).

``vin_keys(key, vehicle_id, rest)`` finds the VINs on file one or two characters off a typed VIN (V8 / N1 twins)
by pigeonhole: the 16 characters other than the check digit (``vin16``) are split into 4 interleaved blocks of 4
positions (block b = positions b, b+4, b+8, b+12), and a vehicle has 4 keys, ``str(b)`` + the 12 characters
outside block b. Two VINs at most two characters apart agree on a whole key when their differences lie in one
block, and otherwise on the key of one block once the other block's differing character is put right: the
lookup probes the typed VIN's 4 keys plus, for each pair of blocks b < c, its key b with each position of block
c replaced by every other VIN character (:func:`vin_probe_keys`, 772 keys, one indexed lookup). Interleaved
blocks keep 4 or 5 of the 6 serial characters in every key, so a key is as selective as a VIN (contiguous
blocks would leave keys that are the first 13 characters of a whole production run). ``rest`` holds the block's
4 characters and the check digit, so key + rest is the whole VIN (:func:`vin_from_key`): candidates are
counted from the key rows alone (PostgreSQL: ``rest`` is INCLUDEd in the primary key, an index-only scan),
with no probe of ``vehicles`` per candidate — a slip in a dense production run has hundreds.

The rows are derived data: :mod:`desktop.storage.search_index` writes them (ORM flushes and bulk imports).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Index, Integer, PrimaryKeyConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base
from desktop.rules.vin import VIN_ALPHABET, VIN_LENGTH, vin16

PHONE_GRAM = "#"
COMPANY_WILDCARD = "~"
WILDCARD_CHAR = "?"
PHONE_GRAM_LEN = 4
PLATE_GRAM_LEN = 3  # shortest plate fragment searched
PLATE_GRAM_LONG = 4
GROUP_SCOPE = 0  # customer_grams.store_id of the group-wide keys (the duplicate check's company wildcards)
KEY_NAME = "!n"
KEY_INITIALS = "!i"
KEY_PINYIN = "!p"
KEY_PHONE_REV = "!r"
KEY_CODE = "!c"
GRAM_MAX = 320  # "!p" + pinyin_compact (varchar 300); PostgreSQL: collation C (migration 0007)
VIN_BLOCKS = 4  # vin_keys: 4 interleaved blocks of the 16 characters other than the check digit
VIN_KEY_LEN = 13  # block number + 12 characters
VIN_REST_LEN = 5  # the block's 4 characters + the check digit
_CHECK = 8  # 0-based index of the check digit in a VIN
_BLOCK = tuple(tuple(range(b, 16, VIN_BLOCKS)) for b in range(VIN_BLOCKS))
_OUTSIDE = tuple(tuple(p for p in range(16) if p % VIN_BLOCKS != b) for b in range(VIN_BLOCKS))
# The stored customer columns the keys are made of (customer_key_rows reads them by name).
KEY_SOURCE_COLUMNS = ("customer_type", "code", "name_key", "initials", "pinyin_compact", "phone_key")


class CustomerGram(Base):
    __tablename__ = "customer_grams"
    __table_args__ = (Index("ix_customer_grams_customer", "customer_id"), {"sqlite_with_rowid": False})

    store_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gram: Mapped[str] = mapped_column(String(GRAM_MAX), primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class VehicleGram(Base):
    __tablename__ = "vehicle_grams"
    __table_args__ = (Index("ix_vehicle_grams_vehicle", "vehicle_id"), {"sqlite_with_rowid": False})

    repair_center_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gram: Mapped[str] = mapped_column(String(16), primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class VinKey(Base):
    """V8 / N1 twins: the 4 block keys of every vehicle's VIN (:func:`vin_key_entries`); PostgreSQL: collation C
    on ``key``, ``rest`` included in the primary key's index."""

    __tablename__ = "vin_keys"
    __table_args__ = (
        PrimaryKeyConstraint("key", "vehicle_id", postgresql_include=["rest"]),
        Index("ix_vin_keys_vehicle", "vehicle_id"),
        {"sqlite_with_rowid": False},
    )

    key: Mapped[str] = mapped_column(String(VIN_KEY_LEN))
    vehicle_id: Mapped[int] = mapped_column(Integer)
    rest: Mapped[str] = mapped_column(String(VIN_REST_LEN))


def vin_key_entries(vin: str | None) -> list[tuple[str, str]]:
    """``(key, rest)`` of each of the 4 blocks of a stored 17-character VIN: key = block number + the 12
    characters of ``vin16`` outside the block, rest = the block's 4 characters + the check digit (none for
    another length: such a value is no VIN)."""
    if not vin or len(vin) != VIN_LENGTH:
        return []
    k = vin16(vin)
    return [(str(b) + "".join(k[p] for p in _OUTSIDE[b]), "".join(k[p] for p in _BLOCK[b]) + vin[_CHECK])
            for b in range(VIN_BLOCKS)]


def vin_keys(vin: str | None) -> list[str]:
    """The 4 block keys of a stored VIN (:func:`vin_key_entries`)."""
    return [key for key, _ in vin_key_entries(vin)]


def vin_from_key(key: str, rest: str) -> str:
    """The VIN a key row stands for: the inverse of :func:`vin_key_entries`."""
    b = int(key[0])
    k = [""] * 16
    for p, ch in zip(_OUTSIDE[b], key[1:], strict=True):
        k[p] = ch
    for p, ch in zip(_BLOCK[b], rest, strict=False):
        k[p] = ch
    return "".join(k[:_CHECK]) + rest[-1] + "".join(k[_CHECK:])


def vin_probe_keys(vin: str) -> list[str]:
    """The keys to look up for a typed VIN: every stored VIN at most two characters off it over ``vin16`` has
    one of them (module docstring). Its 4 block keys first, then for each pair of blocks b < c the key b with
    one position of block c replaced by every other VIN character: 4 + 6 x 4 x 32 = 772 keys."""
    if len(vin) != VIN_LENGTH:
        return []
    k = vin16(vin)
    out: dict[str, None] = dict.fromkeys(vin_keys(vin))
    for b in range(VIN_BLOCKS):
        kept = [k[p] for p in _OUTSIDE[b]]
        for c in range(b + 1, VIN_BLOCKS):
            for p in _BLOCK[c]:
                i = _OUTSIDE[b].index(p)
                head, tail = str(b) + "".join(kept[:i]), "".join(kept[i + 1 :])
                for ch in VIN_ALPHABET:
                    if ch != k[p]:
                        out[head + ch + tail] = None
    return list(out)


def name_grams(name_key: str) -> list[str]:
    """Distinct 1- and 2-character substrings of a canonical name key, in order of appearance."""
    seen: dict[str, None] = {}
    for i, ch in enumerate(name_key):
        seen.setdefault(ch, None)
        if i + 1 < len(name_key):
            seen.setdefault(name_key[i : i + 2], None)
    return list(seen)


def phone_grams(phone_key: str | None) -> list[str]:
    """``#`` + every 4-digit window of a canonical phone."""
    if not phone_key or len(phone_key) < PHONE_GRAM_LEN:
        return []
    return list(dict.fromkeys(PHONE_GRAM + phone_key[i : i + PHONE_GRAM_LEN]
                              for i in range(len(phone_key) - PHONE_GRAM_LEN + 1)))


def company_wildcards(name_key: str) -> list[str]:
    """``~`` + the canonical company name with each position in turn replaced by ``?`` (names of 4+)."""
    if len(name_key) < 4:
        return []
    return list(dict.fromkeys(
        COMPANY_WILDCARD + name_key[:i] + WILDCARD_CHAR + name_key[i + 1 :] for i in range(len(name_key))
    ))


def store_keys(src: Mapping[Any, Any]) -> list[str]:
    """The keys one customer has in every store that sees it, from its stored columns (KEY_SOURCE_COLUMNS)."""
    key = src["name_key"] or ""
    phone = src["phone_key"]
    out = name_grams(key) + phone_grams(phone)
    for tag, value in ((KEY_NAME, key), (KEY_INITIALS, src["initials"]), (KEY_PINYIN, src["pinyin_compact"]),
                       (KEY_PHONE_REV, phone[::-1] if phone else None), (KEY_CODE, src["code"])):
        if value:
            out.append(tag + value)
    return [g for g in dict.fromkeys(out) if len(g) <= GRAM_MAX]


def group_keys(src: Mapping[Any, Any]) -> list[str]:
    """The group-wide keys of one customer (store GROUP_SCOPE): a company's one-character wildcards."""
    if src["customer_type"] != "company":
        return []
    return [g for g in company_wildcards(src["name_key"] or "") if len(g) <= GRAM_MAX]


def customer_key_rows(customer_id: int, store_ids: Iterable[int], src: Mapping[Any, Any]) -> list[tuple[int, str, int]]:
    """``(store_id, gram, customer_id)`` rows of one customer seen by ``store_ids``."""
    rows = [(GROUP_SCOPE, g, customer_id) for g in group_keys(src)]
    stores = sorted(set(store_ids))
    if stores:
        keys = store_keys(src)
        rows.extend((sid, g, customer_id) for sid in stores for g in keys)
    return rows


def vehicle_key_rows(vehicle_id: int, center_ids: Iterable[int], plate: str | None) -> list[tuple[int, str, int]]:
    """``(repair_center_id, gram, vehicle_id)`` rows of one vehicle seen by ``center_ids``."""
    grams = plate_grams(plate)
    return [(rc, g, vehicle_id) for rc in sorted(set(center_ids)) for g in grams]


def plate_grams(plate: str | None) -> list[str]:
    """Every 3- and 4-character window of a plate (粤A12345 -> 粤A1, A12, 123, ..., 粤A12, A123, ...)."""
    if not plate or len(plate) < PLATE_GRAM_LEN:
        return []
    return list(dict.fromkeys(plate[i : i + n] for n in (PLATE_GRAM_LEN, PLATE_GRAM_LONG)
                              for i in range(len(plate) - n + 1)))
