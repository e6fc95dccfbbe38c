"""ID type and number rules C7 (valid for its type) and C2d (same ID = same customer)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric

from desktop.rules import (
    ValidationError,
    check_id_type_for_customer,
    normalize_id_number,
    validate_customer_type,
    validate_hk_macau_permit,
    validate_hmt_residence_permit,
    validate_id,
    validate_passport,
    validate_resident_id,
    validate_tw_permit,
    validate_uscc,
)
from desktop.rules.identity import (
    ID_TYPE_LABELS,
    ID_TYPES,
    PROVINCE_CODES,
    USCC_ALPHABET,
    id_suffix,
    id_type_label,
)

TODAY = date(2025, 6, 30)


def _ric(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


def test_c7_resident_id_before_1983_is_valid() -> None:
    assert validate_resident_id("420102197001011237", TODAY) == "420102197001011237"
    assert validate_resident_id("440524188001010014", TODAY) == "440524188001010014"  # GB 11643 example


def test_c7_resident_id_unknown_county_is_valid_without_key_error() -> None:
    assert validate_resident_id("449999198501011232", TODAY) == "449999198501011232"


def test_c7_resident_id_lower_case_x_and_spaces_are_normalised() -> None:
    assert validate_resident_id(" 110105 19491231 002x ", TODAY) == "11010519491231002X"
    assert normalize_id_number("４４０１０６-1985_0312/123x") == "4401061985031212 3X".replace(" ", "")


def test_c7_resident_id_future_birth_date_is_refused() -> None:
    tomorrow = TODAY + timedelta(days=1)
    number = _ric(f"440106{tomorrow:%Y%m%d}123")
    with pytest.raises(ValidationError) as exc:
        validate_resident_id(number, TODAY)
    assert exc.value.code == "birth_date_in_future"
    assert validate_resident_id(number, tomorrow) == number


def test_c7_resident_id_x_only_as_last_character() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_resident_id("11010X194912310021", TODAY)
    assert exc.value.code == "bad_format"
    assert exc.value.field == "id_number"


def test_c7_uscc_authority_letters_n_y_a_are_valid() -> None:
    for code in ("Y1440113MA79X9950Q", "N2440111143670060K", "A1110000638470247Y"):
        assert validate_uscc(code) == code


def test_c7_uscc_authority_zero_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_uscc("06441900MA0834M01R")
    assert exc.value.code == "bad_registration_authority"


def test_c7_uscc_lower_case_and_full_width_are_normalised() -> None:
    assert validate_uscc("91440101ma3qt35t1f") == "91440101MA3QT35T1F"
    assert validate_uscc("９１１１００００６０００３７３４１Ｌ") == "91110000600037341L"


def test_c7_hk_macau_permit() -> None:
    assert validate_hk_macau_permit("h04918053") == "H04918053"
    assert validate_hk_macau_permit("M8198905908") == "M8198905908"
    for bad in ("H0491805", "X04918053", "H049180531", "04918053"):
        with pytest.raises(ValidationError):
            validate_hk_macau_permit(bad)


def test_c7_tw_permit_eight_digits_and_older_ten_digit_form() -> None:
    assert validate_tw_permit("81871506") == "81871506"
    assert validate_tw_permit("8187150601") == "8187150601"
    assert validate_tw_permit("8187150601（B）") == "8187150601(B)"
    for bad in ("8187150", "818715061", "T81871506"):
        with pytest.raises(ValidationError):
            validate_tw_permit(bad)


def test_c7_hmt_residence_permit() -> None:
    assert validate_hmt_residence_permit("83000019890811304x", TODAY) == "83000019890811304X"
    assert validate_hmt_residence_permit("810000199505045565", TODAY) == "810000199505045565"
    with pytest.raises(ValidationError) as exc:
        validate_hmt_residence_permit("440106197503121232", TODAY)
    assert exc.value.code == "bad_prefix"


def test_c7_passport() -> None:
    assert validate_passport(" g1621 4670 ") == "G16214670"
    for bad in ("G123", "G" * 21, "G1234-5678#"):
        with pytest.raises(ValidationError):
            validate_passport(bad)


def test_c7_validate_id_dispatches_by_type_and_label() -> None:
    assert validate_id("resident_id", "420102197001011237") == "420102197001011237"
    assert validate_id("居民身份证", "420102197001011237") == "420102197001011237"
    assert validate_id("uscc", "91110000600037341l") == "91110000600037341L"
    assert validate_id("passport", "K6440924") == "K6440924"
    with pytest.raises(ValidationError) as exc:
        validate_id("driving_licence", "123")
    assert exc.value.field == "id_type"
    with pytest.raises(ValidationError) as exc:
        validate_id("uscc", "420102197001011237")
    assert exc.value.field == "id_number"


def test_c7_id_type_must_fit_customer_type() -> None:
    assert check_id_type_for_customer("company", "uscc") == "uscc"
    assert check_id_type_for_customer("个人客户", "passport") == "passport"
    with pytest.raises(ValidationError):
        check_id_type_for_customer("company", "resident_id")
    with pytest.raises(ValidationError):
        check_id_type_for_customer("individual", "uscc")


def test_c3_customer_type() -> None:
    assert validate_customer_type("Individual") == "individual"
    assert validate_customer_type("公司") == "company"
    with pytest.raises(ValidationError) as exc:
        validate_customer_type("vip")
    assert exc.value.field == "customer_type"


def test_id_type_labels_cover_all_types() -> None:
    assert set(ID_TYPE_LABELS) == set(ID_TYPES)
    assert id_type_label("resident_id") == "居民身份证"
    assert id_type_label("passport", "en") == "Passport"


def test_c5_id_suffix_is_last_six() -> None:
    assert id_suffix("11010519491231002x") == "31002X"


birth_dates = st.dates(min_value=date(1880, 1, 1), max_value=TODAY)


@given(st.sampled_from(sorted(PROVINCE_CODES)), st.integers(0, 9999), birth_dates, st.integers(0, 999))
def test_c7_resident_id_with_computed_check_digit_validates(
    province: str, county: int, born: date, seq: int
) -> None:
    number = _ric(f"{province}{county:04d}{born:%Y%m%d}{seq:03d}")
    assert validate_resident_id(number, TODAY) == number
    assert validate_resident_id(number.lower(), TODAY) == number


@given(st.sampled_from(sorted(PROVINCE_CODES)), birth_dates, st.integers(0, 999), st.integers(0, 16),
       st.integers(1, 9))
def test_c2d_resident_id_single_digit_typo_is_refused(
    province: str, born: date, seq: int, pos: int, delta: int
) -> None:
    number = _ric(f"{province}0101{born:%Y%m%d}{seq:03d}")
    typo = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]
    with pytest.raises(ValidationError):
        validate_resident_id(typo, TODAY)


uscc_bodies = st.tuples(
    st.sampled_from("123456789ANY"),
    st.sampled_from(USCC_ALPHABET),
    st.integers(0, 999999),
    st.text(alphabet=USCC_ALPHABET, min_size=9, max_size=9),
)


@given(uscc_bodies)
def test_c7_uscc_with_computed_check_character_validates(parts: tuple[str, str, int, str]) -> None:
    from stdnum.cn import uscc

    body = f"{parts[0]}{parts[1]}{parts[2]:06d}{parts[3]}"
    code = body + uscc.calc_check_digit(body)
    assert validate_uscc(code) == code


@given(st.text(max_size=30))
def test_normalize_id_number_is_idempotent(s: str) -> None:
    assert normalize_id_number(normalize_id_number(s)) == normalize_id_number(s)
