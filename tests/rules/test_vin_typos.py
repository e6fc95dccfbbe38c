"""V8 / N1 twins, the pure part: a VIN one or two characters off another over the 16 characters other than the
check digit is a suspected typo; I, O, Q are read as 1, 0, 0 and said so; the VIN keys never miss a twin."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.search import vin_from_key, vin_key_entries, vin_keys, vin_probe_keys
from desktop.rules import ValidationError, validate_vin
from desktop.rules.vin import (
    VIN_ALPHABET,
    describe_readings,
    is_suspected_typo,
    read_iso3779,
    typo_distance,
    vin16,
    vin_check_digit,
)

from .conftest import load_vectors

ISSUE_ON_FILE = "LSVAG2181MA900001"
ISSUE_TYPED = "LSVAG1181MA900011"  # issue #12: two characters off, check digit the same
POSITIONS = [p for p in range(17) if p != 8]  # 0-based; 8 is the check digit (position 9)


def with_check_digit(body: str) -> str:
    return body[:8] + vin_check_digit(body) + body[9:]


def other(ch: str, k: int = 0) -> str:
    """A VIN character other than ``ch`` (the k-th such)."""
    return [c for c in VIN_ALPHABET if c != ch][k]


def slipped(vin: str, *positions: int, recompute: bool = True) -> str:
    chars = list(vin)
    for i, p in enumerate(positions):
        chars[p] = other(chars[p], i)
    out = "".join(chars)
    return with_check_digit(out) if recompute else out


def test_v8_issue_pair_is_two_characters_off_over_the_sixteen() -> None:
    assert typo_distance(ISSUE_TYPED, ISSUE_ON_FILE) == 2
    assert is_suspected_typo(ISSUE_TYPED, ISSUE_ON_FILE)


def test_v8_vin16_sets_the_check_digit_aside() -> None:
    assert vin16(ISSUE_ON_FILE) == "LSVAG218MA900001"
    assert len(vin16(ISSUE_ON_FILE)) == 16


@pytest.mark.parametrize("pos", POSITIONS)
def test_v8_one_slip_with_recomputed_check_digit_is_one_off(pos: int) -> None:
    typo = slipped(ISSUE_ON_FILE, pos)
    assert typo_distance(typo, ISSUE_ON_FILE) == 1
    assert is_suspected_typo(typo, ISSUE_ON_FILE)


def test_v8_check_digit_alone_differs_is_a_suspected_typo() -> None:
    typo = ISSUE_ON_FILE[:8] + other(ISSUE_ON_FILE[8]) + ISSUE_ON_FILE[9:]
    assert typo_distance(typo, ISSUE_ON_FILE) == 0
    assert is_suspected_typo(typo, ISSUE_ON_FILE)
    assert not is_suspected_typo(ISSUE_ON_FILE, ISSUE_ON_FILE.lower())  # the same VIN is no typo


def test_v8_two_swapped_neighbours_count_two() -> None:
    v = ISSUE_ON_FILE
    swapped = v[:11] + v[12] + v[11] + v[13:]
    assert v[11] != v[12] and typo_distance(swapped, v) == 2 and is_suspected_typo(swapped, v)


def test_v8_three_characters_off_is_not_a_suspected_typo() -> None:
    typo = slipped(ISSUE_ON_FILE, 0, 9, 16)
    assert typo_distance(typo, ISSUE_ON_FILE) == 3
    assert not is_suspected_typo(typo, ISSUE_ON_FILE)


def test_v8_other_lengths_are_not_compared() -> None:
    assert not is_suspected_typo(ISSUE_ON_FILE[:-1], ISSUE_ON_FILE)
    with pytest.raises(ValueError):
        typo_distance(ISSUE_ON_FILE[:-1], ISSUE_ON_FILE)
    assert vin_keys(ISSUE_ON_FILE[:-1]) == [] and vin_probe_keys(ISSUE_ON_FILE + "1") == []


# -- the keys: pigeonhole over 4 interleaved blocks ---------------------------------------------------------------
def test_v8_vin_keys_are_four_per_vin_and_probes_772() -> None:
    keys = vin_keys(ISSUE_ON_FILE)
    assert len(keys) == 4 and len(set(keys)) == 4 and all(len(k) == 13 for k in keys)
    assert [k[0] for k in keys] == ["0", "1", "2", "3"]
    probes = vin_probe_keys(ISSUE_ON_FILE)
    assert len(probes) == len(set(probes)) == 4 + 6 * 4 * 32
    assert probes[:4] == keys


@given(st.text(alphabet=VIN_ALPHABET, min_size=17, max_size=17))
def test_v8_a_key_row_is_the_whole_vin(v: str) -> None:
    assert {vin_from_key(key, rest) for key, rest in vin_key_entries(v)} == {v}


def _meet(stored: str, typed: str) -> bool:
    return bool(set(vin_keys(stored)) & set(vin_probe_keys(typed)))


def test_v8_keys_find_every_single_and_double_slip_at_every_pair_of_positions() -> None:
    """Every one of the 16 positions alone and all 120 pairs of them, with and without a recomputed check
    digit: the stored VIN always has a key among the typed VIN's probes (no twin is missed)."""
    for p in POSITIONS:
        assert _meet(ISSUE_ON_FILE, slipped(ISSUE_ON_FILE, p)), p
    for p, q in itertools.combinations(POSITIONS, 2):
        for recompute in (True, False):
            typo = slipped(ISSUE_ON_FILE, p, q, recompute=recompute)
            assert typo_distance(typo, ISSUE_ON_FILE) == 2
            assert _meet(ISSUE_ON_FILE, typo), (p, q)
            assert _meet(typo, ISSUE_ON_FILE), (p, q)  # and the other way round


@given(st.text(alphabet=VIN_ALPHABET, min_size=17, max_size=17),
       st.lists(st.sampled_from(POSITIONS), min_size=0, max_size=2, unique=True),
       st.lists(st.sampled_from(VIN_ALPHABET), min_size=2, max_size=2), st.sampled_from(VIN_ALPHABET))
def test_v8_keys_never_miss_a_vin_at_most_two_off(body: str, positions: list[int], chars: list[str],
                                                  check: str) -> None:
    typo = list(body)
    for p, c in zip(positions, chars, strict=False):
        typo[p] = c
    typo[8] = check
    typed = "".join(typo)
    assert typo_distance(typed, body) <= 2
    assert _meet(body, typed)


# -- I, O, Q are read as 1, 0, 0 --------------------------------------------------------------------------------
def test_v8_ioq_read_as_one_zero_zero_and_said_so() -> None:
    assert read_iso3779("LSVAG2181MA9OOOO1") == ("LSVAG2181MA900001", ((13, "O", "0"), (14, "O", "0"),
                                                                       (15, "O", "0"), (16, "O", "0")))
    assert read_iso3779("LSVAGI181MA90000Q") == ("LSVAG1181MA900000", ((6, "I", "1"), (17, "Q", "0")))
    assert read_iso3779(ISSUE_ON_FILE) == (ISSUE_ON_FILE, ())
    said = describe_readings(read_iso3779("LSVAG2181MA9O0001")[1])
    assert said is not None
    zh, en = said.text("zh_CN"), said.text("en")
    assert zh.startswith("已将 O 读作 0（第13位）") and en.startswith("Read O as 0 (position 13)")
    assert describe_readings(()) is None


def test_v8_validate_vin_reads_ioq_only_when_asked() -> None:
    typed = "LSVAG2181MA9O0001"
    with pytest.raises(ValidationError) as exc:
        validate_vin(typed)  # a stored value is never silently corrected
    assert exc.value.code == "forbidden_letter_IOQ"
    assert validate_vin(typed, read_ioq=True) == "LSVAG2181MA900001"


def _ioq_vectors() -> list[Any]:
    return [pytest.param(v, id=v["value"]) for v in load_vectors()["vin"] if "valid_after_IOQ_substitution" in v]


@pytest.mark.parametrize("vec", _ioq_vectors())
def test_v8_vectors_with_ioq_validate_as_read(vec: dict[str, Any]) -> None:
    """The shared vectors' I/O/Q cases: read as 1/0/0 they are valid exactly when the vector says so."""
    try:
        validate_vin(vec["value"], read_ioq=True)
        ok = True
    except ValidationError:
        ok = False
    assert ok == vec["valid_after_IOQ_substitution"]
