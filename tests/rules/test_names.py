"""Name rule C5 and the canonical name keys of the duplicate check C2 (C2a-C2c)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.rules import (
    ValidationError,
    canon_company_key,
    canon_person_key,
    normalize_company_name,
    normalize_person_name,
    validate_company_name,
    validate_person_name,
)
from desktop.rules.names import INTERPUNCT_VARIANTS, name_with_id_suffix, split_id_suffix


def test_c5_person_name_stray_spaces_and_zero_width_removed() -> None:
    assert validate_person_name(" 朱振\u3000宇\u200b ") == "朱振宇"
    assert validate_person_name("汪 国进 149918") == "汪国进149918"


def test_c5_person_name_with_id_suffix_lower_x_and_full_width() -> None:
    assert validate_person_name("张三12345x") == "张三12345X"
    assert validate_person_name("王辉２５２０１１") == "王辉252011"


@pytest.mark.parametrize("dot", list(INTERPUNCT_VARIANTS))
def test_c5_minority_name_interpunct_variants_unified(dot: str) -> None:
    assert validate_person_name(f"热依拉{dot}帕尔哈提") == "热依拉·帕尔哈提"


def test_c5_foreign_latin_name_keeps_one_space() -> None:
    assert validate_person_name("  smith   john ") == "SMITH JOHN"
    assert validate_person_name("Tran Thi Mai") == "TRAN THI MAI"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "empty"),
        ("王", "wrong_length"),
        ("王伟!", "invalid_character"),
        ("王伟(先生)", "invalid_character"),
        ("王1伟", "digits_in_name"),
        ("王伟1234567", "digits_in_name"),
        ("·王伟", "invalid_character"),
        ("王伟SMITH", "invalid_character"),
        ("王" * 31, "wrong_length"),
    ],
)
def test_c5_person_name_no_extra_symbols(name: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_person_name(name)
    assert exc.value.code == code
    assert exc.value.field == "name"


def test_c5_person_name_strict_mode_refuses_uncleaned_input() -> None:
    assert validate_person_name("汪国进149918", strict=True) == "汪国进149918"
    with pytest.raises(ValidationError):
        validate_person_name("汪国进 ", strict=True)


def test_c5_split_and_add_id_suffix() -> None:
    assert split_id_suffix("汪国进149918") == ("汪国进", "149918")
    assert split_id_suffix("张三12345x") == ("张三", "12345X")
    assert split_id_suffix("汪国进") == ("汪国进", "")
    assert split_id_suffix("1234567") == ("1234567", "")
    assert name_with_id_suffix("汪国进", "440402198006149918") == "汪国进149918"
    assert name_with_id_suffix("汪国进000000", "11010519491231002x") == "汪国进31002X"
    assert name_with_id_suffix("汪国进", "") == "汪国进"


def test_c5_company_brackets_full_width() -> None:
    assert normalize_company_name("发立(广州)网络科技有限公司") == "发立（广州）网络科技有限公司"
    assert validate_company_name("鑫达(广州）汽车服务有限公司") == "鑫达（广州）汽车服务有限公司"
    assert validate_company_name("广州 市花都区中医院") == "广州市花都区中医院"


@pytest.mark.parametrize("name", ["某某公司#", "鑫达（（广州））有限公司", "鑫达（广州有限公司", "鑫达（）有限公司", "公司", "某某公司123456"])
def test_c5_company_name_no_stray_symbols(name: str) -> None:
    with pytest.raises(ValidationError):
        validate_company_name(name)


def test_c2a_person_key_ignores_suffix_spaces_and_dots() -> None:
    assert canon_person_key("汪国进149918") == canon_person_key(" 汪 国进 ") == "汪国进"
    assert canon_person_key("热依拉.帕尔哈提") == canon_person_key("热依拉·帕尔哈提")
    assert canon_person_key("smith john") == "SMITHJOHN"


def test_c2c_company_key_bracket_width_is_irrelevant() -> None:
    assert canon_company_key("发立(广州)网络科技有限公司") == canon_company_key("发立（广州）网络科技有限公司")
    assert canon_company_key("发立（广州）网络科技有限公司") == canon_company_key("发立(广州）网络科技 有限公司")


def test_c2c_company_key_legal_form_slip_but_not_other_forms() -> None:
    base = canon_company_key("广州鑫达汽车服务有限公司")
    assert canon_company_key("广州鑫达汽车服务有限责任公司") == base
    assert canon_company_key("广州鑫达汽车服务股份有限公司") != base
    assert canon_company_key("广州鑫达汽车服务集团有限公司") != base
    assert canon_company_key("广州鑫达汽车服务有限公司顺德分公司") != base


cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@given(st.text(min_size=2, max_size=6, alphabet=cjk), st.integers(0, 99999), st.sampled_from("0123456789Xx"))
def test_c5_any_cjk_name_with_suffix_validates(base: str, num: int, last: str) -> None:
    name = f"{base}{num:05d}{last}"
    result = validate_person_name(name)
    assert result == f"{base}{num:05d}{last.upper()}"
    assert canon_person_key(name) == base


@given(st.text(max_size=20))
def test_name_normalisers_are_idempotent(s: str) -> None:
    assert normalize_person_name(normalize_person_name(s)) == normalize_person_name(s)
    assert normalize_company_name(normalize_company_name(s)) == normalize_company_name(s)


@given(st.text(max_size=20))
def test_validated_names_are_fixed_points(s: str) -> None:
    for validate in (validate_person_name, validate_company_name):
        try:
            once = validate(s)
        except ValidationError:
            continue
        assert validate(once) == once
