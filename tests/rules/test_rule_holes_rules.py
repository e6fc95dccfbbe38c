"""Issue #12 at the validator level: C5 names (no stray symbol in a company name, no line break in any name),
the duplicate keys (punctuation, spaces and width ignored) and C6 (one made-up-number rule for every prefix)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.rules import ValidationError, canon_company_key, canon_person_key, validate_phone
from desktop.rules.names import validate_company_name, validate_person_name
from desktop.rules.phone import KNOWN_SAMPLE_NUMBERS, looks_made_up

XINDA = "广州市天河区鑫达汽车服务有限公司"


# -- C5 company names ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("stray", [".", "．", "·", "•", "・", "、", ",", "-", "&", "/", "*", "'", "【", "】"])
def test_c5_company_name_stray_symbol_is_refused_and_named(stray: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_company_name(XINDA + stray)
    assert exc.value.code == "invalid_character" and exc.value.field == "name"
    assert stray in exc.value.message_zh and stray in exc.value.message_en


def test_c5_company_name_interpunct_is_refused_inside_too() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_company_name("广州市天河区鑫达·汽车服务有限公司")
    assert "·" in exc.value.message_zh


def test_c5_company_name_brackets_still_become_full_width() -> None:
    assert validate_company_name("鑫达(广州)汽车服务有限公司") == "鑫达（广州）汽车服务有限公司"
    assert validate_company_name("鑫达（广州）汽车服务有限公司") == "鑫达（广州）汽车服务有限公司"


@pytest.mark.parametrize("text", ["广州市鑫达\n汽车服务有限公司", "广州市鑫达\t汽车服务有限公司", "广州市鑫达\r汽车服务有限公司",
                                  "广州市鑫达\u2029汽车服务有限公司"])
def test_c5_company_name_line_break_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_company_name(text)
    assert exc.value.code == "line_break" and exc.value.field == "name"


# -- C5 person names -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["王 小明\n李四", "王小明\n李四", "王小明\t李四", "王小明\r\n李四", "王小明\x0b李四",
                                  "王小明\x85李四", "王小明\u2028李四"])
def test_c5_person_name_line_break_is_refused_not_merged(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_person_name(text)
    assert exc.value.code == "line_break" and exc.value.field == "name"


def test_c5_person_name_control_character_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_person_name("王小\x00明")
    assert exc.value.code == "control_char"


def test_c5_person_name_surrounding_whitespace_and_zero_width_still_cleaned() -> None:
    assert validate_person_name(" 王小明\u200b\n") == "王小明"  # a paste's trailing line end is not "inside"


# -- C2 keys ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("variant", [XINDA + ".", XINDA + "·", XINDA + "．", XINDA + " ", XINDA + "\u3000",
                                     "广州市天河区·鑫达汽车服务有限公司", "广州市天河区鑫达汽车服务(有限公司)",
                                     "广州市天河区鑫达汽车服务有限公司、", "广州市天河区鑫达汽车服务-有限公司"])
def test_c2c_company_key_ignores_punctuation_spaces_and_width(variant: str) -> None:
    assert canon_company_key(variant) == canon_company_key(XINDA) == XINDA


def test_c2c_company_key_keeps_letters_and_digits_in_full_width() -> None:
    assert canon_company_key("ＡＢＣ汽车１号有限公司") == canon_company_key("ABC汽车1号有限公司") == "ABC汽车1号有限公司"


@pytest.mark.parametrize("variant", ["热依拉·帕尔哈提", "热依拉帕尔哈提", "热依拉.帕尔哈提", "热依拉 帕尔哈提", "热依拉•帕尔哈提149918",
                                     "热依拉-帕尔哈提"])
def test_c2a_person_key_ignores_punctuation_spaces_and_width(variant: str) -> None:
    assert canon_person_key(variant) == "热依拉帕尔哈提"


@given(st.text(max_size=20))
def test_keys_hold_no_punctuation_symbol_or_space(s: str) -> None:
    import unicodedata

    for key in (canon_company_key(s), canon_person_key(s)):
        assert not any(unicodedata.category(ch)[0] in "PSZC" for ch in key), key
        assert canon_company_key(key) == key or "有限责任公司" in s


# -- C6 made-up numbers: one rule, whatever the prefix ---------------------------------------------------------
PREFIXES = [f"1{d}{e}" for d in "3456789" for e in "0123456789"]


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("tail", ["88888888", "00000000", "12121212", "90909090"])
def test_c6_made_up_mobile_same_verdict_whatever_the_prefix(prefix: str, tail: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_phone(prefix + tail)
    assert exc.value.code == "made_up_number"


@pytest.mark.parametrize("prefix", PREFIXES)
# a run of consecutive digits is no proof of a made-up number: the labelled validator vectors hold 13812345678
# as valid, so every prefix with that tail is valid too (one verdict whatever the prefix)
@pytest.mark.parametrize("tail", ["26401234", "00135999", "88886666", "12345670", "10086688", "13800138",
                                  "12345678", "87654321", "01234567", "76543210"])
def test_c6_real_looking_mobile_same_verdict_whatever_the_prefix(prefix: str, tail: str) -> None:
    number = prefix + tail
    if number in KNOWN_SAMPLE_NUMBERS:
        return
    assert validate_phone(number) == number


@pytest.mark.parametrize("number", sorted(KNOWN_SAMPLE_NUMBERS))
def test_c6_known_sample_numbers_are_refused(number: str) -> None:
    assert "13800138000" in KNOWN_SAMPLE_NUMBERS
    with pytest.raises(ValidationError) as exc:
        validate_phone(number)
    assert exc.value.code == "made_up_number"


@pytest.mark.parametrize("area", ["010", "020", "021", "0755", "0571", "0951"])
@pytest.mark.parametrize("local", ["88888888", "6666666", "23232323"])
def test_c6_made_up_landline_same_verdict_whatever_the_area_code(area: str, local: str) -> None:
    number = area + local
    if len(local) == 7 and len(area) == 3:
        return  # 010/02x take 8-digit local numbers
    with pytest.raises(ValidationError) as exc:
        validate_phone(number)
    assert exc.value.code == "made_up_number"


@pytest.mark.parametrize("number", ["02083396688", "075586001234", "01029528590", "02188886666", "07637500905",
                                    "02087654321", "075523456789"])
def test_c6_real_looking_landline_is_accepted(number: str) -> None:
    assert validate_phone(number) == number


def test_c6_looks_made_up_reads_only_the_subscriber_number() -> None:
    assert looks_made_up("15088888888") and looks_made_up("13788888888") and looks_made_up("13812121212")
    assert looks_made_up("13800138000") and looks_made_up("02088888888")
    # one verdict whatever the prefix: 150 / 137 / 138 + 12345678 are all accepted (the vectors' 13812345678)
    assert not any(looks_made_up(n) for n in ("15012345678", "13712345678", "13812345678", "02087654321"))
    assert not looks_made_up("13826401234") and not looks_made_up("075586001234")


@pytest.mark.parametrize("text", ["138\n26401234", "13826401234\n", "138\t26401234", "13826401234\n13826401235"])
def test_c6_line_break_in_a_phone_is_refused(text: str) -> None:
    if text.strip() != text and "\n" not in text.strip():
        assert validate_phone(text) == "13826401234"  # a paste's trailing line end is not "inside"
        return
    with pytest.raises(ValidationError) as exc:
        validate_phone(text)
    assert exc.value.code == "line_break" and exc.value.field == "phone"
