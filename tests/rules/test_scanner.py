"""Scan first (issue #15): the VIN a keyboard-wedge scanner types (V1, V8 / N1 twins), and VINs in payloads."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from desktop.rules import ValidationError
from desktop.rules.vin import (
    VIN_ALPHABET,
    describe_readings,
    find_vins,
    from_scanner,
    read_scanner,
    vin_check_digit,
)

VIN = "LSVAU2187N2123456"  # check digit 7
VIN_B = "1M8GDM9AXKP042788"  # the published example (check digit X)
VIN_0 = "LFV2A21K450001010"  # zeros and ones to misread


def with_check_digit(body: str) -> str:
    return body[:8] + vin_check_digit(body) + body[9:]


vins = st.text(alphabet=VIN_ALPHABET, min_size=17, max_size=17).map(with_check_digit)
PREFIXES = ["", "]A0", "]C1", "]C0", "]d2", "]d1", "]Q1", "]L2", "]E0", "\x02", " ", "\t", "\u3000", "\ufeff"]
SUFFIXES = ["", "\r", "\n", "\r\n", "\t", "\x03", " ", "\x04", "\x1d", "\u200b"]


def full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def test_vins_in_these_tests_are_valid() -> None:
    for vin in (VIN, VIN_B, VIN_0):
        assert vin_check_digit(vin) == vin[8]


# -- what a scanner sends ---------------------------------------------------------------------------------------

def test_v1_scanner_plain_vin() -> None:
    assert from_scanner(VIN) == VIN


def test_v1_scanner_gbt18410_i_prefix_is_dropped() -> None:
    assert from_scanner("I" + VIN) == VIN
    assert from_scanner("I" + VIN_B) == VIN_B  # a VIN starting with the digit 1
    assert from_scanner("i" + VIN.lower()) == VIN


@pytest.mark.parametrize("aim", ["]A0", "]A4", "]C0", "]C1", "]d1", "]d2", "]Q1", "]Q3", "]L2", "]z0"])
def test_v1_scanner_aim_symbology_identifier_is_dropped(aim: str) -> None:
    assert from_scanner(aim + VIN) == VIN
    assert from_scanner(aim + "I" + VIN + "\r\n") == VIN


@pytest.mark.parametrize("frame", [("", "\r"), ("", "\n"), ("", "\r\n"), ("", "\t"), ("\x02", "\x03"),
                                   ("  ", "  "), ("\x1b", "\x04"), ("\u00a0", "\u00a0"), ("\u200b", "\ufeff")])
def test_v1_scanner_framing_characters_are_dropped(frame: tuple[str, str]) -> None:
    before, after = frame
    assert from_scanner(before + VIN + after) == VIN
    assert from_scanner(before + "I" + VIN + after) == VIN


def test_v1_scanner_full_width_and_lower_case() -> None:
    assert from_scanner(full_width(VIN)) == VIN
    assert from_scanner(full_width("I" + VIN)) == VIN
    assert from_scanner(full_width("]A0I" + VIN) + "\r\n") == VIN
    assert from_scanner(VIN.lower()) == VIN


def test_v1_scanner_labels_and_groups() -> None:
    assert from_scanner("VIN: " + VIN) == VIN
    assert from_scanner("VIN" + VIN) == VIN  # "VIN" glued on: a VIN never holds an I
    assert from_scanner("车架号：" + VIN) == VIN
    assert from_scanner(f"{VIN[:5]} {VIN[5:10]} {VIN[10:]}") == VIN
    assert from_scanner(f"*I{VIN}*") == VIN  # Code 39 start / stop characters sent by some scanners


def test_v1_scanner_code_id_letter_glued_on() -> None:
    # Honeywell-style code ID ("b" = Code 39) or a transmitted check character: the one valid window wins
    assert from_scanner("b" + VIN) == VIN
    assert from_scanner(VIN + "-") == VIN


def test_v8_scanner_reads_ioq_as_digits_and_says_so() -> None:
    misread = VIN_0.replace("0", "O").replace("1", "I")
    vin, readings = read_scanner(misread)
    assert vin == VIN_0
    assert {(letter, digit) for _, letter, digit in readings} == {("O", "0"), ("I", "1")}
    assert [p for p, _, _ in readings] == [i + 1 for i, c in enumerate(VIN_0) if c in "01"]
    assert describe_readings(readings) is not None
    assert from_scanner(VIN_0.replace("0", "Q")) == VIN_0


def test_v8_a_17_character_text_starting_with_i_is_a_misread_1_not_a_prefix() -> None:
    vin, readings = read_scanner("I" + VIN_B[1:])
    assert vin == VIN_B
    assert readings == ((1, "I", "1"),)


def test_v8_the_i_prefix_is_not_reported_as_a_reading() -> None:
    assert read_scanner("I" + VIN) == (VIN, ())
    vin, readings = read_scanner("I" + VIN_0.replace("0", "O"))
    assert vin == VIN_0 and all(letter == "O" for _, letter, _ in readings)


def test_v1_scanner_same_vin_twice_is_one_vin() -> None:
    assert from_scanner(VIN + "\r\n" + VIN) == VIN
    assert from_scanner("I" + VIN + "\t" + VIN) == VIN


# -- what it refuses ---------------------------------------------------------------------------------------------

def _refused(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as exc:
        from_scanner(text)
    err = exc.value
    assert err.field == "vin"
    assert "车架号" in err.message_zh and "VIN" in err.message_en
    return err


@pytest.mark.parametrize("text", ["", "   ", "\r\n", "\x02\x03", "\u200b"])
def test_v1_scanner_nothing_scanned(text: str) -> None:
    assert _refused(text).code == "empty"


@pytest.mark.parametrize("text", ["hello", VIN[:16], "]A0" + VIN[:16] + "\r\n", "12345678", "车架号",
                                  "AAAAAAAAAAAAAAAAAAAAAAAAA", "#" * 17])
def test_v1_scanner_no_vin_in_it(text: str) -> None:
    assert _refused(text).code == "no_vin_in_scan"


def test_v1_scanner_check_digit_must_match() -> None:
    wrong = VIN[:8] + ("0" if VIN[8] != "0" else "1") + VIN[9:]
    assert _refused(wrong).code == "bad_check_digit"
    assert _refused("I" + wrong + "\r\n").code == "bad_check_digit"


def test_v8_a_vin_whose_check_digit_fails_after_reading_ioq_is_refused() -> None:
    # an O that stands for something other than 0 (here: for 8) reads as 0 and breaks the check digit
    misread = VIN.replace("8", "O")
    assert _refused(misread).code == "bad_check_digit"


def test_v1_scanner_two_different_vins_are_refused() -> None:
    err = _refused(VIN + "\r\n" + VIN_B)
    assert err.code == "several_vins"
    assert VIN in err.message_en and VIN_B in err.message_en
    assert _refused("I" + VIN + " I" + VIN_B).code == "several_vins"


def test_v1_scanner_window_without_ioq_only() -> None:
    # in a longer run, a window is a guess: one holding an I, O or Q is not read as 1 / 0 / 0
    assert _refused("XX" + VIN_0.replace("0", "O") + "XX").code == "no_vin_in_scan"


# -- properties --------------------------------------------------------------------------------------------------

@given(vin=vins, prefix=st.sampled_from(PREFIXES), i_prefix=st.booleans(), suffix=st.sampled_from(SUFFIXES),
       wide=st.booleans(), lower=st.booleans())
@example(vin=VIN, prefix="]A0", i_prefix=True, suffix="\r\n", wide=True, lower=True)
def test_v1_any_framed_scan_gives_the_vin(vin: str, prefix: str, i_prefix: bool, suffix: str, wide: bool,
                                          lower: bool) -> None:
    body = ("I" if i_prefix else "") + vin
    if lower:
        body = body.lower()
    if wide:
        body = full_width(body)
    assert from_scanner(prefix + body + suffix) == vin


@given(vin=vins, data=st.data())
def test_v8_any_ioq_misreading_of_0_and_1_gives_the_vin(vin: str, data: st.DataObject) -> None:
    positions = [i for i, c in enumerate(vin) if c in "01"]
    assume(positions)
    chosen = data.draw(st.sets(st.sampled_from(positions), min_size=1))
    misread = "".join(data.draw(st.sampled_from("OQ")) if i in chosen and c == "0" else
                      "I" if i in chosen and c == "1" else c for i, c in enumerate(vin))
    got, readings = read_scanner(misread)
    assert got == vin
    assert {p - 1 for p, _, _ in readings} == chosen


@given(vin=vins, position=st.integers(0, 16), replacement=st.sampled_from(VIN_ALPHABET))
def test_v1_one_wrong_character_is_refused_or_is_another_valid_vin(vin: str, position: int,
                                                                   replacement: str) -> None:
    changed = vin[:position] + replacement + vin[position + 1:]
    assume(changed != vin)
    try:
        got = from_scanner("I" + changed)
    except ValidationError as exc:
        assert exc.code in ("bad_check_digit", "check_position_not_digit_or_X")
    else:  # the check digit cannot catch every change (1 in 11 pass): then it is what was scanned
        assert got == changed and vin_check_digit(changed) == changed[8]


@given(a=vins, b=vins, sep=st.sampled_from(["\r\n", "\t", " ", "\n", ";"]))
def test_v1_two_different_vins_never_give_one(a: str, b: str, sep: str) -> None:
    assume(a != b)
    with pytest.raises(ValidationError) as exc:
        from_scanner(a + sep + b)
    assert exc.value.code == "several_vins"


@given(st.text(max_size=60))
def test_v1_from_scanner_returns_a_valid_vin_or_refuses(text: str) -> None:
    try:
        vin = from_scanner(text)
    except ValidationError as exc:
        assert exc.field == "vin"
        return
    assert len(vin) == 17 and all(c in VIN_ALPHABET for c in vin)
    assert vin_check_digit(vin) == vin[8]


# -- VINs in a payload (bar code text, a certificate's QR) -----------------------------------------------------------

def test_find_vins_in_a_certificate_payload() -> None:
    payload = (f"合格证编号:WAB12345678901|车辆型号:SVW7182LFD|车辆识别代号/车架号:{VIN}|发动机号:DJ12345|"
               "签名:9F3A" + "ABCDEFGHJKLMNPRSTUVWXYZ0123456789" * 3)
    assert find_vins(payload) == [VIN]


def test_find_vins_forms() -> None:
    assert find_vins(VIN) == [VIN]
    assert find_vins("I" + VIN) == [VIN]
    assert find_vins("VIN" + VIN) == [VIN]
    assert find_vins("车架号" + VIN + "发动机") == [VIN]
    assert find_vins(full_width(VIN)) == [VIN]
    assert find_vins(VIN.lower()) == [VIN]
    assert find_vins(f"{VIN};{VIN_B};{VIN}") == [VIN, VIN_B]


def test_find_vins_reads_nothing_as_something_else() -> None:
    assert find_vins(VIN_0.replace("0", "O")) == []  # a printed code holds the VIN exactly
    assert find_vins("X" + VIN) == []  # a longer run is not a VIN
    assert find_vins(VIN + "12") == []
    wrong = VIN[:8] + ("0" if VIN[8] != "0" else "1") + VIN[9:]
    assert find_vins(wrong) == []


def test_find_vins_ignores_latin1_mojibake_letters() -> None:
    # GBK bytes read as ISO 8859-1: "号：" becomes "ºÅ£º"; NFKC would turn º into o and glue an O on the VIN
    mojibake = "车架号：".encode("gbk").decode("latin-1") + VIN
    assert unicodedata.normalize("NFKC", mojibake)[-18] == "o"
    assert find_vins(mojibake) == [VIN]
    assert find_vins("ß" + VIN) == [VIN]  # "ß".upper() is "SS": no upper-casing of non-ASCII letters


@given(vin=vins, left=st.text(max_size=8), right=st.text(max_size=8))
def test_find_vins_bounded_by_non_alphanumerics(vin: str, left: str, right: str) -> None:
    assume(not left or not left[-1].isascii() or not left[-1].isalnum())
    assume(not right or not right[0].isascii() or not right[0].isalnum())
    assume(not left or not unicodedata.normalize("NFKC", left[-1])[-1:].isalnum())
    assume(not right or not unicodedata.normalize("NFKC", right[0])[:1].isalnum())
    assert vin in find_vins(left + " " + vin + " " + right)
