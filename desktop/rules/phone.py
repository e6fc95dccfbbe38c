"""Main phone (主要电话) of a customer: rule C6, and near-match variants for the duplicate check (C2)."""

from __future__ import annotations

import re
from typing import Literal

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP
from .names import one_line
from .text import nfkc, strip_invisible

__all__ = [
    "KNOWN_SAMPLE_NUMBERS",
    "looks_made_up",
    "mask_phone",
    "normalize_phone",
    "phone_kind",
    "phone_variants",
    "validate_phone",
]

FIELD = "phone"
PhoneKind = Literal["mobile", "landline"]

_DIGITS = "0123456789"
_MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
_LANDLINE_RE = re.compile(r"0(?:10|2[0-9])[2-8][0-9]{7}|0[3-9][0-9]{2}[2-8][0-9]{6,7}")


def normalize_phone(s: str) -> str:
    """NFKC; keep digits; strip 0086 / +86 / 86 (86 only when 13 digits followed by 1).

    A landline written internationally gets its trunk 0 back: ``+86 755 8600 1234`` -> ``075586001234``.
    """
    t = strip_invisible(nfkc(s)).strip()
    plus = t.startswith("+")
    digits = "".join(c for c in t if c in _DIGITS)
    stripped = False
    if digits.startswith("0086"):
        digits, stripped = digits[4:], True
    elif (plus and digits.startswith("86")) or (len(digits) == 13 and digits.startswith("861")):
        digits, stripped = digits[2:], True
    if stripped and digits and not digits.startswith("0") and not _MOBILE_RE.fullmatch(digits):
        digits = "0" + digits
    return digits


def _area_code_length(digits: str) -> int:
    if digits.startswith(("010", "02")):
        return 3
    return 4


def _kind_of(digits: str) -> PhoneKind | None:
    if _MOBILE_RE.fullmatch(digits):
        return "mobile"
    if _LANDLINE_RE.fullmatch(digits):
        return "landline"
    return None


#: Numbers printed as examples (in manuals, forms and operator documentation) and typed when the customer's real
#: number is unknown. Extend this list, never the patterns, when another one turns up in the data.
KNOWN_SAMPLE_NUMBERS = frozenset({"13800138000"})


def _subscriber(digits: str, kind: PhoneKind) -> str:
    """The subscriber part of a number, what is left once the network is named: the 8 digits after a mobile's
    3-digit prefix (1[3-9]x), the local number after a landline's area code (7 or 8 digits)."""
    return digits[3:] if kind == "mobile" else digits[_area_code_length(digits):]


def _is_short_pattern_repeated(digits: str) -> bool:
    """One or two digits repeated over the whole part: 88888888, 12121212, 9090909."""
    return len(set(digits[0::2])) == 1 and len(set(digits[1::2])) <= 1


def looks_made_up(digits: str) -> bool:
    """C6 "no made-up numbers" (不得虚构号码), one rule for every phone field and every prefix.

    ``digits`` is a normalised, well-formed mobile or landline (:func:`validate_phone` checks the format
    first; anything else is ``False``). A number is made up when

    * its subscriber part — the 8 digits after a mobile's 3-digit prefix, or a landline's local number after
      the area code — is one or two digits repeated over the whole part (88888888, 00000000, 12121212): what
      is typed to fill a required field;
    * or it is a known sample number (:data:`KNOWN_SAMPLE_NUMBERS`: 13800138000, the operators' printed example).

    The verdict depends on the subscriber part only, never on the prefix: 13788888888, 13888888888 and
    15088888888 are all made up; 13826401234, 13688886666 and 02188886666 (lucky numbers people do buy) are
    not. A run of consecutive digits (13812345678, 15012345678, 02087654321) is NOT made up by itself: the
    group's labelled validator vectors (shared/data/validator_vectors.json) hold 13812345678 and 02087654321 as
    valid numbers, and real numbers with such runs are issued — same pattern, same verdict, whatever the prefix.
    """
    kind = _kind_of(digits)
    if kind is None:
        return False
    if digits in KNOWN_SAMPLE_NUMBERS:
        return True
    return _is_short_pattern_repeated(_subscriber(digits, kind))


def validate_phone(s: str, *, strict: bool = False) -> str:
    """Return the normalised main phone (digits only) or raise :class:`ValidationError` (rule C6).

    Mobile ``1[3-9]`` + 9 digits; landline trunk 0 + area code + local number starting 2-8.
    Letters, extensions, 400/800 numbers, numbers without area code and made-up numbers
    (:func:`looks_made_up`) are refused; so is a line break or tab inside the value (two pasted numbers are
    never merged into one). This is the one phone validator of the product: customer, contact and deliverer
    phones all go through it.
    """
    one_line(FIELD, s, QT_TRANSLATE_NOOP("rules.phone", "电话"))
    raw = strip_invisible(nfkc(s))
    if not raw.strip():
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.phone", "请填写主要电话"), code="empty")
    if any(c.isalpha() for c in raw):
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.phone", "电话只能填数字，不能含字母或文字（分机号不填入主要电话）"),
            code="non_digit_characters",
        )
    digits = normalize_phone(s)
    kind = _kind_of(digits)
    if kind is None:
        raise _format_error(digits)
    if looks_made_up(digits):
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.phone", "电话 {digits} 疑似编造（连续、重复数字或示例号码）；请填写本人的真实电话"),
            code="made_up_number", params={"digits": digits},
        )
    if strict and digits != s:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.phone", "电话只能填数字，不能有空格、符号、+86 或全角数字"),
            code="not_normalized",
        )
    return digits


def _format_error(digits: str) -> ValidationError:
    n = len(digits)
    if digits.startswith("1") and n >= 2 and digits[1] in "3456789":
        return ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.phone", "手机号须为11位数字；当前 {n} 位"),
            code="mobile_wrong_length", params={"n": n},
        )
    if digits.startswith("1") and n == 11:
        return ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.phone", "手机号须以 13-19 开头；当前为 {digits}"),
            code="mobile_bad_prefix", params={"digits": digits[:2]},
        )
    if digits.startswith(("400", "800")):
        return ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.phone", "400/800 等服务号码不能作为客户主要电话"),
            code="service_number_not_a_personal_phone",
        )
    if digits.startswith("0"):
        return ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.phone", "固定电话须为区号 + 号码（如 075586001234 或 01088886666），本地号码以 2-8 开头，共 7-8 位"),
            code="landline_bad_pattern",
        )
    if not digits:
        return ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.phone", "请填写主要电话"), code="empty")
    return ValidationError(
        FIELD, QT_TRANSLATE_NOOP("rules.phone", "电话须为11位手机号，或带区号的固定电话（如 075586001234）"),
        code="no_area_code_or_unknown",
    )


def phone_kind(s: str) -> PhoneKind:
    """"mobile" or "landline" for a valid phone; raises :class:`ValidationError` otherwise."""
    kind = _kind_of(validate_phone(s))
    assert kind is not None
    return kind


def mask_phone(s: str) -> str:
    """Masked display form: 138****5678; landlines keep the area code and the last 4 digits. Never raises."""
    digits = normalize_phone(s)
    kind = _kind_of(digits)
    if kind == "mobile":
        return f"{digits[:3]}****{digits[-4:]}"
    if kind == "landline":
        return f"{digits[:_area_code_length(digits)]}****{digits[-4:]}"
    if len(digits) >= 8:
        return f"{digits[:3]}****{digits[-4:]}"
    return "****"


def _protected_prefix(digits: str) -> int:
    if digits.startswith("1") and len(digits) == 11:
        return 3
    if digits.startswith("0"):
        return _area_code_length(digits)
    return 0


def phone_variants(digits: str) -> list[str]:
    """Every number one typo away: one digit substituted (not in the 3-digit mobile prefix or the area
    code), or two adjacent different digits swapped. Never contains the input; no duplicates.

    Used by the duplicate check to find near-matching phones with one indexed ``IN`` query.
    """
    d = normalize_phone(digits)
    start = _protected_prefix(d)
    seen: dict[str, None] = {}
    for i in range(start, len(d)):
        for c in _DIGITS:
            if c != d[i]:
                seen.setdefault(d[:i] + c + d[i + 1 :], None)
    for i in range(len(d) - 1):
        if d[i] != d[i + 1]:
            seen.setdefault(d[:i] + d[i + 1] + d[i] + d[i + 2 :], None)
    seen.pop(d, None)
    return list(seen)
