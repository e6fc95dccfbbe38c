"""Customer type, ID types and ID numbers (rules C3, C7, C2d)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP, Text, tr
from .text import canon_text

__all__ = [
    "CUSTOMER_TYPES",
    "CUSTOMER_TYPE_LABELS",
    "ID_TYPES",
    "ID_TYPES_FOR_COMPANY",
    "ID_TYPES_FOR_INDIVIDUAL",
    "ID_TYPE_LABELS",
    "PROVINCE_CODES",
    "check_id_type_for_customer",
    "id_suffix",
    "id_type_label",
    "normalize_id_number",
    "resident_id_birth_date",
    "validate_customer_type",
    "validate_hk_macau_permit",
    "validate_hmt_residence_permit",
    "validate_id",
    "validate_id_type",
    "validate_passport",
    "validate_resident_id",
    "validate_tw_permit",
    "validate_uscc",
]

FIELD = "id_number"
#: what a message shows for an empty value
NOTHING = QT_TRANSLATE_NOOP("rules.identity", "空")

CUSTOMER_TYPES = ("individual", "company")
CUSTOMER_TYPE_LABELS: Mapping[str, Text] = {
    "individual": QT_TRANSLATE_NOOP("rules.identity.types", "个人客户"),
    "company": QT_TRANSLATE_NOOP("rules.identity.types", "公司客户"),
}
_CUSTOMER_TYPE_ALIASES = {"个人": "individual", "个人客户": "individual", "公司": "company",
                          "公司客户": "company", "单位": "company", "企业": "company"}

ID_TYPES = ("resident_id", "uscc", "hk_macau_permit", "tw_permit", "hmt_residence_permit", "passport")
ID_TYPE_LABELS: Mapping[str, Text] = {
    "resident_id": QT_TRANSLATE_NOOP("rules.identity.types", "居民身份证"),
    "uscc": QT_TRANSLATE_NOOP("rules.identity.types", "营业执照（统一社会信用代码）"),
    "hk_macau_permit": QT_TRANSLATE_NOOP("rules.identity.types", "港澳居民来往内地通行证"),
    "tw_permit": QT_TRANSLATE_NOOP("rules.identity.types", "台湾居民来往大陆通行证"),
    "hmt_residence_permit": QT_TRANSLATE_NOOP("rules.identity.types", "港澳台居民居住证"),
    "passport": QT_TRANSLATE_NOOP("rules.identity.types", "护照"),
}
#: C7: a person carries a personal document, a company its business licence.
ID_TYPES_FOR_INDIVIDUAL = ("resident_id", "hk_macau_permit", "tw_permit", "hmt_residence_permit", "passport")
ID_TYPES_FOR_COMPANY = ("uscc",)

#: GB 11643 province-level codes accepted (meta.rules.resident_id); 71 Taiwan, 81/82/83 HK/Macau/Taiwan permits.
PROVINCE_CODES = frozenset(
    [str(c) for c in (*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55),
                      *range(61, 66), 71, 81, 82, 83)]
)
HMT_PREFIXES = ("810000", "820000", "830000")
MIN_BIRTH_YEAR = 1880

_RIC_RE = re.compile(r"[0-9]{17}[0-9X]")
#: GB 32100 alphabet: digits and upper-case letters without I, O, S, V, Z.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_AUTHORITIES = "123456789ANY"
_USCC_CHAR = f"[{USCC_ALPHABET}]"
_USCC_RE = re.compile(rf"[{USCC_AUTHORITIES}]{_USCC_CHAR}[0-9]{{6}}{_USCC_CHAR}{{10}}")
_HK_MACAU_RE = re.compile(r"[HM][0-9]{8}(?:[0-9]{2})?")
#: 8-digit lifetime number (since 2008-09-25); older permits: lifetime number + 2-digit issue count,
#: optionally followed by the issuing office code in brackets, e.g. 1234567801(B).
_TW_RE = re.compile(r"[0-9]{8}(?:[0-9]{2}(?:\([0-9A-Z]\))?)?")
_PASSPORT_RE = re.compile(r"[0-9A-Z]{5,20}")


def id_type_label(id_type: str, lang: str = "zh_CN") -> str:
    """Display label of an ID type (English from the catalogue)."""
    label = ID_TYPE_LABELS.get(id_type)
    return id_type if label is None else tr(label, lang)


def validate_customer_type(s: str) -> str:
    """Return "individual" or "company" (code or Chinese label accepted)."""
    t = canon_text(s).lower()
    if t in CUSTOMER_TYPES:
        return t
    alias = _CUSTOMER_TYPE_ALIASES.get(canon_text(s))
    if alias:
        return alias
    raise ValidationError(
        "customer_type", QT_TRANSLATE_NOOP("rules.identity", "客户类型须为“个人客户”或“公司客户”（公司、事业单位、政府机关均为公司客户）"),
        code="unknown_customer_type",
    )


def validate_id_type(s: str) -> str:
    """Return the ID type code (code or Chinese label accepted)."""
    t = canon_text(s).lower()
    if t in ID_TYPES:
        return t
    for code, labels in ID_TYPE_LABELS.items():
        if canon_text(labels) == canon_text(s):
            return code
    if canon_text(s) in ("身份证", "营业执照", "统一社会信用代码"):
        return "resident_id" if canon_text(s) == "身份证" else "uscc"
    raise ValidationError(
        "id_type", QT_TRANSLATE_NOOP("rules.identity", "证件类型须为：居民身份证、营业执照（统一社会信用代码）、港澳居民来往内地通行证、台湾居民来往大陆通行证、港澳台居民居住证或护照"),
        code="unknown_id_type",
    )


def check_id_type_for_customer(customer_type: str, id_type: str) -> str:
    """C7: a person needs a personal document, a company its business licence. Returns the id_type."""
    ct = validate_customer_type(customer_type)
    it = validate_id_type(id_type)
    if ct == "company" and it not in ID_TYPES_FOR_COMPANY:
        raise ValidationError(
            "id_type", QT_TRANSLATE_NOOP("rules.identity", "公司客户的证件类型须为营业执照（统一社会信用代码）"),
            code="id_type_not_for_company",
        )
    if ct == "individual" and it not in ID_TYPES_FOR_INDIVIDUAL:
        raise ValidationError(
            "id_type", QT_TRANSLATE_NOOP("rules.identity", "个人客户不能使用营业执照；请选择居民身份证等个人证件"),
            code="id_type_not_for_individual",
        )
    return it


def normalize_id_number(s: str) -> str:
    """canon_text minus '-', '_' and '/'; a lower-case x becomes X (reference ID canonicalisation)."""
    return canon_text(s).replace("-", "").replace("_", "").replace("/", "")


def id_suffix(id_number: str) -> str:
    """The last 6 characters of the normalised ID number (recommended name suffix, rule C5)."""
    return normalize_id_number(id_number)[-6:]


def _not_normalized(label: str) -> ValidationError:
    return ValidationError(
        FIELD, QT_TRANSLATE_NOOP("rules.identity", "{label}号码不能含空格、符号、全角或小写字符"),
        code="not_normalized", params={"label": label},
    )


def resident_id_birth_date(number: str) -> date | None:
    """The birth date encoded in an 18-character resident ID, or None if it is not a real date."""
    n = normalize_id_number(number)
    try:
        return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return None


def _validate_gb11643(
    s: str, today: date | None, *, label: str, prefixes: tuple[str, ...] | None, strict: bool
) -> str:
    n = normalize_id_number(s)
    if not n:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "请填写{label}号码"),
            code="empty", params={"label": label},
        )
    if len(n) != 18:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "{label}号码须为18位（17位数字 + 数字或 X）；当前 {n} 位"),
            code="wrong_length", params={"label": label, "n": len(n)},
        )
    if not _RIC_RE.fullmatch(n):
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "{label}号码前17位须为数字，最后一位为数字或 X"),
            code="bad_format", params={"label": label},
        )
    if prefixes is not None:
        if not n.startswith(prefixes):
            raise ValidationError(
                FIELD, QT_TRANSLATE_NOOP("rules.identity", "{label}号码须以 810000（香港）、820000（澳门）或 830000（台湾）开头"),
                code="bad_prefix", params={"label": label},
            )
    elif n[:2] not in PROVINCE_CODES:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "{label}号码前两位 {digits} 不是有效的省级行政区代码"),
            code="unknown_province", params={"label": label, "digits": n[:2]},
        )
    born = resident_id_birth_date(n)
    if born is None:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "{label}号码第7-14位的出生日期 {date} 不是真实日期"),
            code="impossible_birth_date", params={"label": label, "date": n[6:14]},
        )
    ref = today or date.today()
    if born.year < MIN_BIRTH_YEAR:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "{label}号码的出生年份 {year} 早于 {min_birth_year} 年"),
            code="birth_year_too_early", params={"label": label, "year": born.year, "min_birth_year": MIN_BIRTH_YEAR},
        )
    if born > ref:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "{label}号码的出生日期 {date} 晚于今天"),
            code="birth_date_in_future", params={"label": label, "date": born.isoformat()},
        )
    expected = _ric.calc_check_digit(n)
    if n[-1] != expected:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "{label}号码校验位不符（最后一位应为 {expected}）；请逐位核对证件"),
            code="bad_checksum", params={"label": label, "expected": expected},
        )
    if strict and n != s:
        raise _not_normalized(label)
    return n


def validate_resident_id(s: str, today: date | None = None, *, strict: bool = False) -> str:
    """GB 11643 resident ID: 17 digits + [0-9X], province code, real birth date 1880..today, MOD 11-2.

    The county part is deliberately not checked (stdnum's ``is_valid`` rejects pre-1983 IDs and
    raises KeyError on unknown counties).
    """
    return _validate_gb11643(
        s, today, label=QT_TRANSLATE_NOOP("rules.identity", "居民身份证"), prefixes=None, strict=strict
    )


def validate_hmt_residence_permit(s: str, today: date | None = None, *, strict: bool = False) -> str:
    """港澳台居民居住证: resident-ID-shaped, prefix 810000/820000/830000, MOD 11-2 check."""
    return _validate_gb11643(
        s, today, label=QT_TRANSLATE_NOOP("rules.identity", "港澳台居民居住证"),
        prefixes=HMT_PREFIXES, strict=strict,
    )


def validate_uscc(s: str, *, strict: bool = False) -> str:
    """GB 32100 unified social credit code; authority 1-9, A, N or Y; MOD 31 check character."""
    n = normalize_id_number(s)
    if not n:
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.identity", "请填写统一社会信用代码"), code="empty")
    if len(n) != 18:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "统一社会信用代码须为18位；当前 {n} 位"),
            code="wrong_length", params={"n": len(n)},
        )
    bad = sorted({c for c in n if c not in USCC_ALPHABET})
    if bad:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "统一社会信用代码只能含数字和大写字母（不含 I、O、S、V、Z）；发现：{found}"),
            code="forbidden_character", params={"found": ' '.join(bad)},
        )
    if not _USCC_RE.fullmatch(n):
        if n[0] not in USCC_AUTHORITIES:
            raise ValidationError(
                FIELD, QT_TRANSLATE_NOOP("rules.identity", "统一社会信用代码第1位（登记管理部门）须为 1-9、A、N 或 Y；当前为 {got}"),
                code="bad_registration_authority", params={"got": n[0]},
            )
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "统一社会信用代码第3-8位（登记管理机关行政区划码）须为数字"),
            code="region_not_digits",
        )
    expected = _uscc.calc_check_digit(n[:17])
    if n[-1] != expected:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.identity", "统一社会信用代码校验位不符（第18位应为 {expected}）；请逐位核对营业执照"),
            code="bad_check_character", params={"expected": expected},
        )
    if strict and n != s:
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.identity", "统一社会信用代码不能含空格、符号、全角或小写字符"),
                              code="not_normalized")
    return n


def validate_hk_macau_permit(s: str, *, strict: bool = False) -> str:
    """港澳居民来往内地通行证: H (Hong Kong) or M (Macau) + 8 or 10 digits."""
    n = normalize_id_number(s)
    if not _HK_MACAU_RE.fullmatch(n):
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.identity", "港澳居民来往内地通行证号码须为 H 或 M 加 8 位或 10 位数字；当前为 {got}"), code="bad_format",
                              params={"got": n or NOTHING})
    if strict and n != s:
        raise _not_normalized(QT_TRANSLATE_NOOP("rules.identity", "港澳居民来往内地通行证"))
    return n


def validate_tw_permit(s: str, *, strict: bool = False) -> str:
    """台湾居民来往大陆通行证: 8 digits; the pre-2008 format (8 + 2-digit issue count [+ (office)]) too."""
    n = normalize_id_number(s)
    if not _TW_RE.fullmatch(n):
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.identity", "台湾居民来往大陆通行证号码须为 8 位数字（旧证为 10 位）；当前为 {got}"), code="bad_format",
                              params={"got": n or NOTHING})
    if strict and n != s:
        raise _not_normalized(QT_TRANSLATE_NOOP("rules.identity", "台湾居民来往大陆通行证"))
    return n


def validate_passport(s: str, *, strict: bool = False) -> str:
    """Passport: 5-20 letters and digits after normalisation, letters upper-case."""
    n = normalize_id_number(s)
    if not _PASSPORT_RE.fullmatch(n):
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.identity", "护照号码须为 5-20 位字母或数字；当前为 {got}"), code="bad_format",
                              params={"got": n or NOTHING})
    if strict and n != s:
        raise _not_normalized(QT_TRANSLATE_NOOP("rules.identity", "护照"))
    return n


_VALIDATORS: Mapping[str, Callable[[str], str]] = {
    "resident_id": validate_resident_id,
    "uscc": validate_uscc,
    "hk_macau_permit": validate_hk_macau_permit,
    "tw_permit": validate_tw_permit,
    "hmt_residence_permit": validate_hmt_residence_permit,
    "passport": validate_passport,
}


def validate_id(id_type: str, number: str) -> str:
    """Validate ``number`` for ``id_type`` (a code from :data:`ID_TYPES` or its Chinese label)."""
    return _VALIDATORS[validate_id_type(id_type)](number)
