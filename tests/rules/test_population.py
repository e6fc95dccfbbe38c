"""Every stored record of the dedupe dev set passes the validators (skipped when shared/ is absent):
the rules must not refuse legitimate data such as pre-1983 IDs, minority and foreign names."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.rules import (
    ValidationError,
    validate_company_name,
    validate_id,
    validate_person_name,
    validate_phone,
)
from desktop.rules.phone import normalize_phone, phone_variants

from .conftest import DEDUPE_DEV


def _rows() -> list[dict[str, Any]]:
    if not DEDUPE_DEV.exists():
        pytest.skip("dedupe_dev.jsonl is neither in tests/data nor beside the repository")
    with DEDUPE_DEV.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_c5_c6_c7_every_stored_record_is_valid() -> None:
    failures: list[str] = []
    for row in _rows():
        if row.get("kind") != "record":
            continue
        try:
            if row["customer_type"] == "company":
                validate_company_name(row["name"])
            else:
                validate_person_name(row["name"])
            validate_phone(row["main_phone"])
            if row["id_type"]:
                validate_id(row["id_type"], row["id_number"])
        except ValidationError as err:
            failures.append(f"{row['id']}: {err}")
    assert failures == []


def test_c2_phone_variants_find_every_typo_and_swap_duplicate() -> None:
    rows = _rows()
    records = {r["id"]: r for r in rows if r.get("kind") == "record"}
    checked = 0
    for q in (r for r in rows if r.get("kind") == "query"):
        for rid, ev in q["label"]["evidence"].items():
            if ev["phone"] in ("one_digit", "adjacent_swap"):
                assert normalize_phone(q["input"]["main_phone"]) in phone_variants(records[rid]["main_phone"])
                checked += 1
    assert checked > 0
