"""Stored search structures that keep fragment search and the duplicate check indexed (PERF-NOTES).

``customer_grams`` holds, per customer, B-tree-indexed keys of three kinds (one table, one sync path):

* name grams: every distinct 1- and 2-character substring of the canonical base name (汪, 国, 进, 汪国, 国进)
  -> name-fragment search of any length (1-2 characters: one lookup; 3+: bigram intersection);
* phone grams: ``#`` + every 4-digit window of the canonical phone (#1381, #3812, ...) -> middle digits;
* company wildcard keys: ``~`` + the canonical company name with one character replaced by ``?``
  (one row per position) -> a company name differing in one character is one ``IN`` lookup away (C2).

``vehicle_grams`` holds every 3- and 4-character window of the plate for plate fragments (3 characters: one
trigram lookup; 4: one 4-gram lookup; 5+: two 4-grams intersected, then verified).

The rows are derived data: :mod:`desktop.storage.search_index` writes them (ORM flushes and bulk imports).
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base

PHONE_GRAM = "#"
COMPANY_WILDCARD = "~"
WILDCARD_CHAR = "?"
PHONE_GRAM_LEN = 4
PLATE_GRAM_LEN = 3  # shortest plate fragment searched
PLATE_GRAM_LONG = 4


class CustomerGram(Base):
    __tablename__ = "customer_grams"
    __table_args__ = (Index("ix_customer_grams_customer", "customer_id"), {"sqlite_with_rowid": False})

    gram: Mapped[str] = mapped_column(String(130), primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class VehicleGram(Base):
    __tablename__ = "vehicle_grams"
    __table_args__ = (Index("ix_vehicle_grams_vehicle", "vehicle_id"), {"sqlite_with_rowid": False})

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


def customer_grams(customer_type: str, name_key: str | None, phone_key: str | None) -> list[str]:
    """Every ``customer_grams`` key of one customer (from its stored keys)."""
    key = name_key or ""
    out = name_grams(key) + phone_grams(phone_key)
    if customer_type == "company":
        out += company_wildcards(key)
    return list(dict.fromkeys(g for g in out if len(g) <= 130))


def plate_grams(plate: str | None) -> list[str]:
    """Every 3- and 4-character window of a plate (粤A12345 -> 粤A1, A12, 123, ..., 粤A12, A123, ...)."""
    if not plate or len(plate) < PLATE_GRAM_LEN:
        return []
    return list(dict.fromkeys(plate[i : i + n] for n in (PLATE_GRAM_LEN, PLATE_GRAM_LONG)
                              for i in range(len(plate) - n + 1)))
