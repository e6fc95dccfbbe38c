"""Licence plates (号牌) and plate colours (rules V1, V6, P1-P4)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP, Text, tr
from .text import canon_text, nfkc, remove_whitespace, strip_invisible, until_stable

__all__ = [
    "PLATE_CATEGORIES",
    "PLATE_COLORS",
    "PLATE_COLOR_LABELS",
    "PROVINCE_CHARS",
    "default_plate_color",
    "normalize_plate",
    "plate_category",
    "plate_color_label",
    "validate_plate",
    "validate_plate_color",
]

FIELD = "plate"
_SEPARATORS = re.compile(r"[·•・.‧∙⋅\-]")

#: province-level abbreviations used as the first character of civilian plates
PROVINCE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_P = f"[{PROVINCE_CHARS}]"
_L = "[A-HJ-NP-Z]"  # authority letter: A-Z without I and O
_AN = "[0-9A-HJ-NP-Z]"  # serial character: digits and letters without I and O

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("embassy", re.compile(r"使[0-9]{6}")),
    ("hk_macau_crossborder", re.compile(rf"粤Z{_AN}{{4}}[港澳]")),
    ("consulate", re.compile(rf"{_P}{_L}[0-9]{{4}}领")),
    ("trailer", re.compile(rf"{_P}{_L}{_AN}{{4}}挂")),
    ("coach", re.compile(rf"{_P}{_L}{_AN}{{4}}学")),
    ("police", re.compile(rf"{_P}{_L}{_AN}{{4}}警")),
    ("nev_small", re.compile(rf"{_P}{_L}[DABCEFGHJK]{_AN}[0-9]{{4}}")),
    ("nev_large", re.compile(rf"{_P}{_L}[0-9]{{5}}[DF]")),
    ("ordinary", re.compile(rf"{_P}{_L}{_AN}{{5}}")),
)
PLATE_CATEGORIES = tuple(name for name, _ in _PATTERNS)

PLATE_COLORS = ("blue", "yellow", "green", "yellow_green", "white", "black")
PLATE_COLOR_LABELS: Mapping[str, Text] = {
    "blue": QT_TRANSLATE_NOOP("rules.plate.colors", "蓝"),
    "yellow": QT_TRANSLATE_NOOP("rules.plate.colors", "黄"),
    "green": QT_TRANSLATE_NOOP("rules.plate.colors", "绿"),
    "yellow_green": QT_TRANSLATE_NOOP("rules.plate.colors", "黄绿"),
    "white": QT_TRANSLATE_NOOP("rules.plate.colors", "白"),
    "black": QT_TRANSLATE_NOOP("rules.plate.colors", "黑"),
}
_DEFAULT_COLOR = {
    "ordinary": "blue",
    "nev_small": "green",
    "nev_large": "yellow_green",
    "trailer": "yellow",
    "coach": "yellow",
    "police": "white",
    "consulate": "black",
    "embassy": "black",
    "hk_macau_crossborder": "black",
}


def normalize_plate(s: str) -> str:
    """NFKC, drop whitespace, zero-width characters, '·' (and its look-alikes) and '-', upper-case."""
    return until_stable(lambda t: _SEPARATORS.sub("", remove_whitespace(strip_invisible(nfkc(t))).upper()), s)


def _category(plate: str) -> str | None:
    for name, pattern in _PATTERNS:
        if pattern.fullmatch(plate):
            return name
    return None


def validate_plate(s: str, *, strict: bool = False) -> str:
    """Return the normalised plate or raise :class:`ValidationError`.

    Accepted: ordinary, small/large new-energy, trailer 挂, coach 学, police 警, consulate 领,
    粤Z…港/澳 and embassy 使 plates. Armed-police (WJ), military, temporary and test plates are refused.
    """
    p = normalize_plate(s)
    if not p:
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.plate", "请填写车牌号"), code="empty")
    if p.startswith("WJ") or p[0] in "军":
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.plate", "武警、军队号牌不能登记为客户车辆号牌"), code="military_plate")
    if "临" in p or "试" in p or "超" in p:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.plate", "临时号牌、试验号牌不能作为车牌号登记；请在挂正式号牌后填写"),
            code="temporary_or_test_plate",
        )
    if p[0] not in PROVINCE_CHARS and p[0] != "使":
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.plate", "车牌号须以省份简称开头（如 粤B12345）；当前为 {got}"),
            code="no_or_unknown_province_char", params={"got": p[0]},
        )
    if re.search("[IO]", p):
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.plate", "车牌号不使用字母 I 和 O（请改为数字 1 或 0）"),
            code="letter_I_or_O",
        )
    if _category(p) is None:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.plate", "车牌号格式不符：应为省份简称 + 发牌机关字母 + 5 位（新能源 6 位）号码，如 粤B12345、粤BD12345；当前为 {plate}"),
            code="pattern_mismatch", params={"plate": p},
        )
    if strict and p != s:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.plate", "车牌号不能含空格、分隔符（· -）、小写或全角字符"),
            code="not_normalized",
        )
    return p


def plate_category(s: str) -> str:
    """The category of a valid plate (one of :data:`PLATE_CATEGORIES`); raises if invalid."""
    category = _category(validate_plate(s))
    assert category is not None
    return category


def plate_color_label(code: str, lang: str = "zh_CN") -> str:
    """Display label of a plate colour code."""
    label = PLATE_COLOR_LABELS.get(code)
    return code if label is None else tr(label, lang)


def validate_plate_color(s: str) -> str:
    """Return the colour code; accepts the code (``blue``) or the Chinese label (蓝 / 蓝色 / 蓝牌)."""
    t = canon_text(s)
    code = t.lower().replace("-", "_")
    if code in PLATE_COLORS:
        return code
    label = t.removesuffix("牌").removesuffix("色")
    for code, labels in PLATE_COLOR_LABELS.items():
        if label == labels:
            return code
    raise ValidationError(
        "plate_color", QT_TRANSLATE_NOOP("rules.plate", "车牌颜色须为：蓝、黄、绿、黄绿、白、黑"),
        code="unknown_plate_color",
    )


def default_plate_color(plate: str) -> str:
    """Usual colour for a plate: new-energy green (large NEV yellow-green), 挂/学 yellow, 警 white,
    使/领/港澳 black, otherwise blue."""
    return _DEFAULT_COLOR[plate_category(plate)]
