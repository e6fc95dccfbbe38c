"""Every labelled vector in validator_vectors.json, for all five sections (VIN, resident ID, USCC,
phone, plate): normalise+validate must agree with ``valid_after_normalize`` / ``normalized``, and the
strict mode must agree with ``valid`` (valid as stored, no cleaning)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from desktop.rules import (
    ValidationError,
    validate_phone,
    validate_plate,
    validate_resident_id,
    validate_uscc,
    validate_vin,
)
from desktop.rules.phone import phone_kind
from desktop.rules.plate import plate_category

from .conftest import IN_REPO_VECTORS, SHARED_VECTORS, load_vectors

_DATA = load_vectors()
REFERENCE_DATE = date.fromisoformat(_DATA["meta"]["reference_date"])
SECTIONS = ("vin", "resident_id", "uscc", "phone", "plate")

Validator = Callable[..., str]
VALIDATORS: dict[str, Validator] = {
    "vin": validate_vin,
    "resident_id": lambda value, **kw: validate_resident_id(value, REFERENCE_DATE, **kw),
    "uscc": validate_uscc,
    "phone": validate_phone,
    "plate": validate_plate,
}


def _cases() -> list[Any]:
    return [
        pytest.param(section, vec, id=f"{section}-{i}-{vec['value']!r}")
        for section in SECTIONS
        for i, vec in enumerate(_DATA[section])
    ]


def _outcome(section: str, value: str, **kw: bool) -> tuple[bool, str | None]:
    try:
        return True, VALIDATORS[section](value, **kw)
    except ValidationError as err:
        assert err.message_zh and err.message_en
        return False, None


def test_vector_file_counts_match_meta(vectors: dict[str, Any]) -> None:
    for section in SECTIONS:
        counts = vectors["meta"]["counts"][section]
        assert len(vectors[section]) == counts["total"]
        assert sum(v["valid_after_normalize"] for v in vectors[section]) == counts["valid_after_normalize"]


def test_in_repo_vector_copy_matches_shared_file() -> None:
    if not SHARED_VECTORS.exists():
        pytest.skip("shared/data is not beside the repository")
    assert json.loads(IN_REPO_VECTORS.read_text("utf-8")) == json.loads(SHARED_VECTORS.read_text("utf-8"))


@pytest.mark.parametrize(("section", "vec"), _cases())
def test_vector_valid_after_normalize(section: str, vec: dict[str, Any]) -> None:
    ok, result = _outcome(section, vec["value"])
    assert ok == vec["valid_after_normalize"], vec
    if ok:
        assert result == vec["normalized"]


@pytest.mark.parametrize(("section", "vec"), _cases())
def test_vector_valid_as_stored_in_strict_mode(section: str, vec: dict[str, Any]) -> None:
    ok, result = _outcome(section, vec["value"], strict=True)
    assert ok == vec["valid"], vec
    if ok:
        assert result == vec["value"]


@pytest.mark.parametrize("vec", [v for v in _DATA["plate"] if v["valid_after_normalize"]], ids=repr)
def test_vector_plate_category(vec: dict[str, Any]) -> None:
    assert plate_category(vec["value"]) == vec["category"]


@pytest.mark.parametrize("vec", [v for v in _DATA["phone"] if v["valid_after_normalize"]], ids=repr)
def test_vector_phone_kind(vec: dict[str, Any]) -> None:
    # the vector's kind describes the raw value (0086... reads as a landline before cleaning)
    expected = vec["kind"] if vec["valid"] else ("mobile" if vec["normalized"].startswith("1") else "landline")
    assert phone_kind(vec["value"]) == expected


@pytest.mark.parametrize("vec", [v for v in _DATA["vin"] if "valid_after_IOQ_substitution" in v], ids=repr)
def test_v1_vin_ioq_is_never_auto_corrected(vec: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_vin(vec["value"])
    assert exc.value.code == "forbidden_letter_IOQ"
    substituted = vec["value"].replace("O", "0").replace("I", "1").replace("Q", "0")
    ok, _ = _outcome("vin", substituted)
    assert ok == vec["valid_after_IOQ_substitution"]
