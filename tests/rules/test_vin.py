"""VIN rules V1 (exact, no symbols), V8 (near-identical VIN is a suspected typo), N1."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vininfo import Vin

from desktop.rules import ValidationError, normalize_vin, validate_vin
from desktop.rules.vin import VinFacts, decode_vin, is_check_digit_ok, vin_check_digit, vin_distance

VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
TRANSLIT = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                    strict=True)) | {str(d): d for d in range(10)}

vin_bodies = st.text(alphabet=VIN_ALPHABET, min_size=17, max_size=17)


def with_check_digit(body: str) -> str:
    return body[:8] + vin_check_digit(body) + body[9:]


def test_v1_vin_published_example_and_all_ones() -> None:
    assert validate_vin("1M8GDM9AXKP042788") == "1M8GDM9AXKP042788"
    assert vin_check_digit("1M8GDM9AXKP042788") == "X"
    assert validate_vin("11111111111111111") == "11111111111111111"


def test_v1_vin_without_symbols() -> None:
    assert validate_vin(" 1hg-pl8z39\u200bps 666176 ") == "1HGPL8Z39PS666176"
    for bad in ("LFVC4*VAXHM901092", "LFVC4DVAXHM90109#", "LFVC4DVAXHM9010.2"):
        with pytest.raises(ValidationError) as exc:
            validate_vin(bad)
        assert exc.value.field == "vin"
    with pytest.raises(ValidationError):
        validate_vin("1HG PL8Z39PS666176", strict=True)


def test_v1_vin_strict_mode_refuses_lower_case() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_vin("lgb5b9ee7gy924402", strict=True)
    assert exc.value.code == "not_normalized"


def test_v1_vin_with_letter_o_is_refused_not_corrected() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_vin("5YJW45HX0T4O49746")
    assert exc.value.code == "forbidden_letter_IOQ"
    assert "O" in exc.value.message_en
    assert normalize_vin("5yjw45hx0t4o49746") == "5YJW45HX0T4O49746"


def test_v4_nonstandard_vin_only_check_digit_fault_is_allowed() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_vin("LVS9S3465M3830166")
    assert exc.value.code == "bad_check_digit"
    assert validate_vin("LVS9S3465M3830166", allow_nonstandard=True) == "LVS9S3465M3830166"
    with pytest.raises(ValidationError):  # a wrong length is still refused
        validate_vin("LVS9S3465M383016", allow_nonstandard=True)
    with pytest.raises(ValidationError):  # and so is a forbidden letter
        validate_vin("LVS9S3465M383O166", allow_nonstandard=True)


def test_is_check_digit_ok() -> None:
    assert is_check_digit_ok("lvs9s3466m3830166")
    assert not is_check_digit_ok("LVS9S3465M3830166")
    assert not is_check_digit_ok("garbage")


def test_v8_vin_distance() -> None:
    assert vin_distance("LVS9S3466M3830166", "LVS9S3466M3830166") == 0
    assert vin_distance("LVS9S3466M3830166", "lvs9s3466m3830168") == 1
    assert vin_distance("LVS9S3466M3830166", "LVS9S3466M383016") == 1  # unequal length: edit distance


def test_decode_vin_uses_vininfo_and_never_raises() -> None:
    facts = decode_vin("LVS9S3466M3830166")
    assert facts.manufacturer == "Changan Ford"
    assert facts.country == "China"
    assert facts.model_year == 2021
    assert decode_vin("nonsense") == VinFacts(None, None, None)
    assert decode_vin("") == VinFacts()


@given(vin_bodies)
def test_v1_vin_with_computed_check_digit_validates(body: str) -> None:
    vin = with_check_digit(body)
    assert validate_vin(vin) == vin
    assert is_check_digit_ok(vin)


@given(vin_bodies)
def test_vin_check_digit_agrees_with_vininfo(body: str) -> None:
    assert Vin(with_check_digit(body)).verify_checksum(check_year=False)


@given(vin_bodies, st.integers(min_value=0, max_value=16), st.sampled_from(VIN_ALPHABET))
def test_v8_single_character_typo_breaks_the_check_digit(body: str, pos: int, ch: str) -> None:
    vin = with_check_digit(body)
    typo = vin[:pos] + ch + vin[pos + 1 :]
    if pos == 8 or TRANSLIT[ch] == TRANSLIT[vin[pos]]:
        return  # same transliteration value (e.g. A/J): undetectable by design
    assert not is_check_digit_ok(typo)
    assert vin_distance(vin, typo) == 1


@given(st.text(max_size=30))
def test_normalize_vin_is_idempotent(s: str) -> None:
    assert normalize_vin(normalize_vin(s)) == normalize_vin(s)
