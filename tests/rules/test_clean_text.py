"""clean_text: the one validator of every free-text field, and csv_safe for text written to CSV files."""

from __future__ import annotations

import pytest

from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.rules.text import FORMULA_START, clean_text, csv_safe


def address(value: object, **kw: object) -> str | None:
    return clean_text("address", value, max_len=200, label=QT_TRANSLATE_NOOP("services.customers", "地址"), **kw)  # type: ignore[arg-type]


def engine_no(value: object) -> str | None:
    return clean_text("engine_no", value, max_len=40, label=QT_TRANSLATE_NOOP("services.vehicles", "发动机号"),
                      formula_guard=True)


def refused(fn, value: object, **kw: object) -> ValidationError:
    with pytest.raises(ValidationError) as exc:
        fn(value, **kw)
    return exc.value


def test_text_strips_surrounding_whitespace_and_blank_is_none() -> None:
    assert address("  广州市天河区体育西路 1 号\u3000") == "广州市天河区体育西路 1 号"
    assert address(None) is None
    assert address("") is None
    assert address(" \t\u3000 ") is None
    assert address(12) == "12"


def test_text_required_blank_is_refused() -> None:
    err = refused(address, "  ", required=True)
    assert err.code == "required" and err.field == "address"
    assert err.message_zh == "地址必填" and err.message_en == "Address is required"


@pytest.mark.parametrize("bad", ["广州\x00天河", "\x00", "a\x07b", "a\x1bb", "a\x7fb", "a\x9bb",
                                 "王\u200b伟", "王\u200d伟", "王\ufeff伟", "a\u202eb", "a\u00adb", "a\ud800b"])
def test_text_control_and_format_characters_are_refused(bad: str) -> None:
    err = refused(address, bad)
    assert err.code == "control_char" and err.field == "address"
    assert err.message_zh == "地址含有不可见的控制字符，请删除后重新输入"
    assert err.message_en == "Address contains an invisible control character; remove it and type again"


@pytest.mark.parametrize("bad", ["王\n伟", "王\r\n伟", "王\r伟", "王\t伟", "a\vb", "a\fb", "a\x85b", "a\u2028b",
                                 "a\u2029b"])
def test_c5_line_break_in_name_field_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_text("name", bad, max_len=120, label=QT_TRANSLATE_NOOP("services.customers", "客户名称"), formula_guard=True)
    assert exc.value.code == "line_break" and exc.value.field == "name"
    assert "客户名称" in exc.value.message_zh and "Customer name" in exc.value.message_en


def test_text_multiline_keeps_line_breaks_and_still_refuses_control_characters() -> None:
    def remark(v: str) -> str | None:
        return clean_text("remark", v, max_len=2000, label=QT_TRANSLATE_NOOP("services.customers", "备注"), multiline=True)

    assert remark("第一行\n第二行") == "第一行\n第二行"
    assert remark("第一行\r\n第二行\r第三行\u2028第四行") == "第一行\n第二行\n第三行\n第四行"
    for bad in ("a\x00b", "a\tb", "a\u200bb"):
        with pytest.raises(ValidationError) as exc:
            remark(bad)
        assert exc.value.code == "control_char"


def test_text_spaces_of_every_width_and_private_use_pass() -> None:
    assert address("天河\u3000区\u00a0体育西路") == "天河\u3000区\u00a0体育西路"
    assert address("李\ue000") == "李\ue000"  # a legacy system's user-defined name character


def test_text_longer_than_its_column_is_refused_naming_field_and_maximum() -> None:
    assert address("路" * 200) == "路" * 200
    err = refused(address, "路" * 201)
    assert err.code == "too_long"
    assert err.message_zh == "地址最多 200 个字符" and err.message_en == "Address: at most 200 characters"
    assert len(str(refused(address, "x" * 10_000_000))) < 200  # the message never echoes the value


@pytest.mark.parametrize("bad", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "  =1+1", "\u3000=1",
                                 "＝1+1", "＋1", "－1", "＠SUM(A1)"])
def test_v1_engine_no_refuses_formula(bad: str) -> None:
    with pytest.raises(ValidationError) as exc:
        engine_no(bad)
    assert exc.value.code == "formula" and exc.value.field == "engine_no"
    assert exc.value.message_zh == "发动机号不能以 = + - @ 开头"
    assert exc.value.message_en == "Engine number must not start with = + - @"


def test_v1_engine_no_allows_symbols_inside_the_value() -> None:
    assert engine_no("EA888-123=4") == "EA888-123=4"
    assert address("=1+1") == "=1+1"  # the guard is asked for per field


@pytest.mark.parametrize("value, expected", [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+8613826401234", "'+8613826401234"), ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), (" =1", "' =1"), ("＝1", "'＝1"),
    ("汪国进", "汪国进"), ("13826401234", "13826401234"), ("a=b", "a=b"), ("", ""),
])
def test_dedupe_report_csv_safe_neutralises_formula_injection(value: str, expected: str) -> None:
    assert csv_safe(value) == expected


def test_csv_safe_covers_every_refused_formula_start() -> None:
    for ch in FORMULA_START:
        assert csv_safe(ch + "1").startswith("'")
