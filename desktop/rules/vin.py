"""Vehicle identification number (VIN, 车架号/底盘号): ISO 3779 / 49 CFR 565 (rules V1, V8, N1)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import Levenshtein

from .errors import ValidationError
from .text import nfkc, remove_whitespace, strip_invisible, until_stable

__all__ = [
    "IOQ_READING",
    "TYPO_MAX",
    "VIN_ALPHABET",
    "Reading",
    "VinFacts",
    "decode_vin",
    "describe_readings",
    "is_check_digit_ok",
    "is_suspected_typo",
    "normalize_vin",
    "read_iso3779",
    "typo_distance",
    "validate_vin",
    "vin16",
    "vin_check_digit",
    "vin_distance",
]

FIELD = "vin"
VIN_LENGTH = 17
_VIN_CHARS = re.compile(r"[0-9A-HJ-NPR-Z]")
_VIN_RE = re.compile(r"[0-9A-HJ-NPR-Z]{17}")
_TRANSLIT = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_CHECK_POS = 8  # 0-based index of the check digit (position 9)
VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"  # ISO 3779: digits and letters except I, O, Q (33)
# V8 / N1 twins: I, O and Q never occur in a VIN; typed or scanned, they are read as 1, 0, 0 (and said so).
IOQ_READING = {"I": "1", "O": "0", "Q": "0"}
TYPO_MAX = 2  # V8: one or two characters off a VIN on file (check digit set aside) is a suspected typo

Reading = tuple[int, str, str]  # (1-based position, the letter typed, the digit it is read as)


@dataclass(frozen=True)
class VinFacts:
    """What the VIN tells about the car; every field is None when unknown."""

    manufacturer: str | None = None
    country: str | None = None
    model_year: int | None = None


def normalize_vin(s: str) -> str:
    """NFKC, drop whitespace, zero-width characters and '-', upper-case. I/O/Q are kept as typed: reading them
    as 1/0/0 is :func:`read_iso3779`, a separate step whose result the user is told (never silent)."""
    return until_stable(lambda t: remove_whitespace(strip_invisible(nfkc(t))).replace("-", "").upper(), s)


def read_iso3779(text: str) -> tuple[str, tuple[Reading, ...]]:
    """V8 / N1 twins: read the letters a VIN never holds as the digits meant (I -> 1, O -> 0, Q -> 0).

    ``text`` is a normalised VIN (:func:`normalize_vin`). Returns the text as read and what was read,
    ``((position, letter, digit), ...)`` with 1-based positions, empty when nothing was: the caller tells the
    user (:func:`describe_readings`)."""
    readings = tuple((i + 1, ch, IOQ_READING[ch]) for i, ch in enumerate(text) if ch in IOQ_READING)
    if not readings:
        return text, ()
    return "".join(IOQ_READING.get(ch, ch) for ch in text), readings


def describe_readings(readings: tuple[Reading, ...] | list[Reading]) -> tuple[str, str] | None:
    """What was read, for the user: ("已将 O 读作 0（第12位）…", "Read O as 0 (position 12) …"); None when nothing."""
    if not readings:
        return None
    by_letter: dict[tuple[str, str], list[int]] = {}
    for pos, letter, digit in readings:
        by_letter.setdefault((letter, digit), []).append(pos)
    zh = "已将 " + "，".join(f"{letter} 读作 {digit}（第{'、'.join(map(str, ps))}位）"
                            for (letter, digit), ps in by_letter.items())
    en = "Read " + ", ".join(f"{letter} as {digit} (position{'s' if len(ps) > 1 else ''} {', '.join(map(str, ps))})"
                             for (letter, digit), ps in by_letter.items())
    return (zh + "：车架号不含字母 I、O、Q，请对照行驶证核实",
            en + ": a VIN never contains the letters I, O or Q; check it against the registration certificate")


def vin_check_digit(vin17: str) -> str:
    """The ISO 3779 check character ('0'-'9' or 'X') for a 17-character VIN (position 9 is ignored)."""
    vin = normalize_vin(vin17)
    if len(vin) != VIN_LENGTH or not _VIN_RE.fullmatch(vin):
        raise ValidationError(
            FIELD,
            f"车架号(VIN)须为17位，不含 I、O、Q；当前 {len(vin)} 位",
            f"VIN must be 17 characters without I, O or Q; got {len(vin)}",
            code="bad_format",
        )
    total = sum(_TRANSLIT[c] * w for c, w in zip(vin, _WEIGHTS, strict=True))
    rem = total % 11
    return "X" if rem == 10 else str(rem)


def is_check_digit_ok(vin: str) -> bool:
    """True when ``vin`` (after normalisation) is well-formed and its position-9 check digit matches."""
    v = normalize_vin(vin)
    try:
        return vin_check_digit(v) == v[_CHECK_POS]
    except ValidationError:
        return False


def validate_vin(s: str, *, allow_nonstandard: bool = False, strict: bool = False, read_ioq: bool = False) -> str:
    """Return the normalised VIN or raise :class:`ValidationError`.

    ``allow_nonstandard=True`` accepts a VIN whose only fault is the check digit (VINs the master-data
    team has marked non-standard). ``strict=True`` also refuses input that needed cleaning.
    ``read_ioq=True`` (entry paths that tell the user, rule V8 / N1 twins): I, O, Q are read as 1, 0, 0 first
    (:func:`read_iso3779`); otherwise they are refused (``forbidden_letter_IOQ``), as for a stored value.
    """
    vin = normalize_vin(s)
    if read_ioq:
        vin = read_iso3779(vin)[0]
    if not vin:
        raise ValidationError(FIELD, "请填写车架号(VIN)", "Enter the VIN", code="empty")
    bad = sorted({c for c in vin if not _VIN_CHARS.fullmatch(c) and c not in "IOQ"})
    if bad:
        shown = " ".join(bad)
        raise ValidationError(
            FIELD,
            f"车架号(VIN)只能包含数字和字母（不含 I、O、Q），不能有符号；发现：{shown}",
            f"VIN may contain only digits and letters (no I, O, Q) and no symbols; found: {shown}",
            code="invalid_character",
        )
    ioq = sorted({c for c in vin if c in "IOQ"})
    if ioq:
        shown = "、".join(ioq)
        raise ValidationError(
            FIELD,
            f"车架号(VIN)不能含字母 I、O、Q（发现 {shown}）；请对照行驶证核实，常为数字 1 或 0",
            f"VIN must not contain the letters I, O or Q (found {', '.join(ioq)}); "
            "check the registration certificate: usually the digit 1 or 0 is meant",
            code="forbidden_letter_IOQ",
        )
    if len(vin) != VIN_LENGTH:
        raise ValidationError(
            FIELD,
            f"车架号(VIN)须为17位，不含 I、O、Q；当前 {len(vin)} 位",
            f"VIN must be 17 characters without I, O or Q; got {len(vin)}",
            code="wrong_length",
        )
    expected = vin_check_digit(vin)
    if vin[_CHECK_POS] != expected and not allow_nonstandard:
        if not (vin[_CHECK_POS].isdigit() or vin[_CHECK_POS] == "X"):
            raise ValidationError(
                FIELD,
                f"车架号(VIN)第9位是校验位，须为数字或 X；当前为 {vin[_CHECK_POS]}",
                f"VIN position 9 is the check digit and must be a digit or X; got {vin[_CHECK_POS]}",
                code="check_position_not_digit_or_X",
            )
        raise ValidationError(
            FIELD,
            f"车架号(VIN)校验位（第9位）不符：应为 {expected}，当前为 {vin[_CHECK_POS]}；请逐位核对行驶证",
            f"VIN check digit (position 9) does not match: expected {expected}, got {vin[_CHECK_POS]}; "
            "compare every character with the registration certificate",
            code="bad_check_digit",
        )
    if strict and vin != s:
        raise ValidationError(
            FIELD,
            "车架号(VIN)须为大写字母和数字，不含空格、符号或全角字符",
            "VIN must be upper-case letters and digits without spaces, symbols or full-width characters",
            code="not_normalized",
        )
    return vin


def decode_vin(vin: str) -> VinFacts:
    """Manufacturer, country and model year decoded with ``vininfo``; Nones when unknown. Never raises."""
    try:
        from vininfo import Vin

        info = Vin(normalize_vin(vin))
        manufacturer = _clean_str(info.manufacturer)
        country = _clean_str(info.country)
        years = [int(y) for y in (info.years or [])]
    except Exception:  # vininfo raises its own errors on bad input; decoding is best-effort only
        return VinFacts()
    latest = date.today().year + 1
    candidates = [y for y in years if y <= latest]
    model_year = max(candidates) if candidates else None
    return VinFacts(manufacturer=manufacturer, country=country, model_year=model_year)


def _clean_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.lower().startswith("unsupported") or text.lower() == "unknown":
        return None
    return text


def vin_distance(a: str, b: str) -> int:
    """Hamming distance of two equal-length normalised VINs; Levenshtein distance otherwise (rule V8)."""
    x, y = normalize_vin(a), normalize_vin(b)
    if len(x) == len(y):
        return sum(1 for p, q in zip(x, y, strict=True) if p != q)
    return int(Levenshtein.distance(x, y))


def vin16(vin: str) -> str:
    """The 16 characters of a 17-character VIN other than the check digit (position 9): what V8 compares,
    since a slip makes the check digit be recomputed or mistyped too. Other lengths: returned unchanged."""
    return vin[:_CHECK_POS] + vin[_CHECK_POS + 1 :] if len(vin) == VIN_LENGTH else vin


def typo_distance(a: str, b: str) -> int:
    """V8: how many of the 16 characters other than the check digit differ (Hamming distance; two swapped
    neighbours count 2). Both VINs are normalised; ``ValueError`` unless both have 17 characters."""
    x, y = normalize_vin(a), normalize_vin(b)
    if len(x) != VIN_LENGTH or len(y) != VIN_LENGTH:
        raise ValueError("typo_distance compares two 17-character VINs")
    return sum(1 for p, q in zip(vin16(x), vin16(y), strict=True) if p != q)


def is_suspected_typo(typed: str, on_file: str) -> bool:
    """V8: ``typed`` is not the VIN on file but differs from it in at most two of the 16 characters other than
    the check digit (a VIN that differs in the check digit alone counts too: one character off)."""
    x, y = normalize_vin(typed), normalize_vin(on_file)
    if x == y or len(x) != VIN_LENGTH or len(y) != VIN_LENGTH:
        return False
    return typo_distance(x, y) <= TYPO_MAX
