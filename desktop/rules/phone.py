"""Main phone (主要电话) of a customer: rule C6, and near-match variants for the duplicate check (C2)."""

from __future__ import annotations

import re
from typing import Literal

from .errors import ValidationError
from .text import nfkc, strip_invisible

__all__ = [
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


def _is_run(digits: str) -> bool:
    """Strictly ascending or descending by one (no wrap-around)."""
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:], strict=False)}
    return steps in ({1}, {-1})


def _looks_made_up(digits: str, kind: PhoneKind) -> bool:
    if len(set(digits)) == 1:
        return True
    if kind == "mobile":
        # 13800000000: eight or more equal digits at the end; 13123456789 / 19876543210: the nine digits
        # after the prefix form a run. (13812345678 is a real-looking number and stays valid.)
        return len(set(digits[-8:])) == 1 or _is_run(digits[2:])
    local = digits[_area_code_length(digits):]
    return len(set(local)) == 1


def validate_phone(s: str, *, strict: bool = False) -> str:
    """Return the normalised main phone (digits only) or raise :class:`ValidationError` (rule C6).

    Mobile ``1[3-9]`` + 9 digits; landline trunk 0 + area code + local number starting 2-8.
    Letters, extensions, 400/800 numbers, numbers without area code and made-up numbers are refused.
    """
    raw = strip_invisible(nfkc(s))
    if not raw.strip():
        raise ValidationError(FIELD, "请填写主要电话", "Enter the main phone", code="empty")
    if any(c.isalpha() for c in raw):
        raise ValidationError(
            FIELD,
            "电话只能填数字，不能含字母或文字（分机号不填入主要电话）",
            "Phone must contain digits only, no letters or words (no extensions in the main phone)",
            code="non_digit_characters",
        )
    digits = normalize_phone(s)
    kind = _kind_of(digits)
    if kind is None:
        raise _format_error(digits)
    if _looks_made_up(digits, kind):
        raise ValidationError(
            FIELD,
            f"电话 {digits} 疑似编造（重复或连续数字）；请填写客户本人的真实电话",
            f"Phone {digits} looks made up (repeated or consecutive digits); enter the customer's real phone",
            code="made_up_number",
        )
    if strict and digits != s:
        raise ValidationError(
            FIELD,
            "电话只能填数字，不能有空格、符号、+86 或全角数字",
            "Phone must be digits only: no spaces, symbols, +86 or full-width digits",
            code="not_normalized",
        )
    return digits


def _format_error(digits: str) -> ValidationError:
    n = len(digits)
    if digits.startswith("1") and n >= 2 and digits[1] in "3456789":
        return ValidationError(
            FIELD,
            f"手机号须为11位数字；当前 {n} 位",
            f"A mobile number must have exactly 11 digits; got {n}",
            code="mobile_wrong_length",
        )
    if digits.startswith("1") and n == 11:
        return ValidationError(
            FIELD,
            f"手机号须以 13-19 开头；当前为 {digits[:2]}",
            f"A mobile number must start with 13 to 19; got {digits[:2]}",
            code="mobile_bad_prefix",
        )
    if digits.startswith(("400", "800")):
        return ValidationError(
            FIELD,
            "400/800 等服务号码不能作为客户主要电话",
            "Service numbers such as 400/800 cannot be a customer's main phone",
            code="service_number_not_a_personal_phone",
        )
    if digits.startswith("0"):
        return ValidationError(
            FIELD,
            "固定电话须为区号 + 号码（如 075586001234 或 01088886666），本地号码以 2-8 开头，共 7-8 位",
            "A landline must be area code + number (e.g. 075586001234 or 01088886666); the local number "
            "starts with 2-8 and has 7-8 digits",
            code="landline_bad_pattern",
        )
    if not digits:
        return ValidationError(FIELD, "请填写主要电话", "Enter the main phone", code="empty")
    return ValidationError(
        FIELD,
        "电话须为11位手机号，或带区号的固定电话（如 075586001234）",
        "Phone must be an 11-digit mobile number or a landline with its area code (e.g. 075586001234)",
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
