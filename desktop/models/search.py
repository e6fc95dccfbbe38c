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

The rows are derived data: :mod:`desktop.storage.search_index` writes them (ORM flushes and bulk imports).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base

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
