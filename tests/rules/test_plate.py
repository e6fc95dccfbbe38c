"""Plate rules V1 (exact, no symbols), V6/P1 (plate and colour)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.rules import ValidationError, normalize_plate, validate_plate, validate_plate_color
from desktop.rules.plate import (
    PLATE_COLOR_LABELS,
    PLATE_COLORS,
    default_plate_color,
    plate_category,
    plate_color_label,
)


def test_v1_plate_without_separators() -> None:
    assert validate_plate(" 粤b·12345 ") == "粤B12345"
    assert validate_plate("粤B-12345") == "粤B12345"
    with pytest.raises(ValidationError) as exc:
        validate_plate("粤B·12345", strict=True)
    assert exc.value.code == "not_normalized"


@pytest.mark.parametrize(
    ("plate", "code"),
    [
        ("WJ粤12345", "military_plate"),
        ("粤B12345试", "temporary_or_test_plate"),
        ("粤A临1234", "temporary_or_test_plate"),
        ("粤BO2345", "letter_I_or_O"),
        ("港A12345", "no_or_unknown_province_char"),
        ("粤B1234", "pattern_mismatch"),
    ],
)
def test_v1_plate_refusals(plate: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_plate(plate)
    assert exc.value.code == code
    assert exc.value.field == "plate"


@pytest.mark.parametrize(
    ("plate", "category", "color"),
    [
        ("粤B12345", "ordinary", "blue"),
        ("粤BD12345", "nev_small", "green"),
        ("粤B12345D", "nev_large", "yellow_green"),
        ("粤B1234挂", "trailer", "yellow"),
        ("粤A1234学", "coach", "yellow"),
        ("粤B1234警", "police", "white"),
        ("沪A1234领", "consulate", "black"),
        ("使014578", "embassy", "black"),
        ("粤Z1234港", "hk_macau_crossborder", "black"),
    ],
)
def test_p1_plate_category_and_default_colour(plate: str, category: str, color: str) -> None:
    assert plate_category(plate) == category
    assert default_plate_color(plate) == color


def test_p1_plate_colour_accepts_code_or_label() -> None:
    assert validate_plate_color("blue") == "blue"
    assert validate_plate_color("黄绿") == "yellow_green"
    assert validate_plate_color("蓝牌") == "blue"
    assert validate_plate_color("Yellow-Green") == "yellow_green"
    with pytest.raises(ValidationError) as exc:
        validate_plate_color("紫")
    assert exc.value.field == "plate_color"
    assert set(PLATE_COLOR_LABELS) == set(PLATE_COLORS)
    assert [plate_color_label(c) for c in PLATE_COLORS] == ["蓝", "黄", "绿", "黄绿", "白", "黑"]


@given(st.text(max_size=12))
def test_normalize_plate_is_idempotent(s: str) -> None:
    assert normalize_plate(normalize_plate(s)) == normalize_plate(s)
