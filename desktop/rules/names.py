"""Customer names (rule C5) and the canonical name keys used by the duplicate check (C2)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .errors import ValidationError
from .identity import id_suffix
from .messages import QT_TRANSLATE_NOOP
from .text import canon_text, clean_text, is_cjk, is_latin_letter, nfkc, strip_invisible, until_stable

__all__ = [
    "INTERPUNCT",
    "INTERPUNCT_VARIANTS",
    "canon_company_key",
    "canon_person_key",
    "key_text",
    "name_with_id_suffix",
    "normalize_company_name",
    "normalize_person_name",
    "one_line",
    "split_id_suffix",
    "unify_interpuncts",
    "validate_company_name",
    "validate_person_name",
]

FIELD = "name"
INTERPUNCT = "\u00b7"  # · MIDDLE DOT, the separator in minority and transliterated names
#: dot characters typed instead of '·' (after NFKC '．' is '.', '･' is '・')
INTERPUNCT_VARIANTS = "\u00b7\u2022\u30fb\uff0e.\u2027\u2219\u22c5\uff65\u0387"
_INTERPUNCT_TABLE = {ord(c): INTERPUNCT for c in INTERPUNCT_VARIANTS}
_SUFFIX_RE = re.compile(r"^(.*?\D)([0-9]{5}[0-9Xx])$", re.DOTALL)
PERSON_NAME_MIN, PERSON_NAME_MAX = 2, 30
COMPANY_NAME_MIN, COMPANY_NAME_MAX = 4, 60
_LEGAL_FORM_SLIP = ("有限责任公司", "有限公司")


def unify_interpuncts(s: str) -> str:
    """Every dot variant in :data:`INTERPUNCT_VARIANTS` becomes '·'."""
    return s.translate(_INTERPUNCT_TABLE)


def one_line(field: str, s: str, label: str) -> None:
    """Refuse a line break or tab INSIDE a one-line value (a pasted "王 小明\\n李四" is two values, never one
    merged name) and any control character, with a field message ("line_break" / "control_char", as
    :func:`desktop.rules.text.clean_text`). Zero-width characters and the BOM (paste noise, removed by the
    normalisers) and the whitespace around the value (a paste's trailing line end) pass. Checked BEFORE a
    normaliser strips whitespace."""
    clean_text(field, strip_invisible(s), max_len=len(s) + 1, label=label)


def _collapse_spaces(s: str) -> str:
    """Remove whitespace, except ONE space between two Latin letters (foreign names: SMITH JOHN)."""
    out: list[str] = []
    pending_space = False
    for ch in s:
        if ch.isspace():
            pending_space = bool(out)
            continue
        if pending_space and is_latin_letter(out[-1]) and is_latin_letter(ch):
            out.append(" ")
        pending_space = False
        out.append(ch)
    return "".join(out)


def split_id_suffix(name: str) -> tuple[str, str]:
    """Split a trailing ID suffix ``[0-9]{5}[0-9X]`` off a name: ``("汪国进", "149918")`` or ``(name, "")``.

    Only a suffix of exactly 6 characters after a non-digit counts; a lower-case x is returned as X.
    """
    m = _SUFFIX_RE.match(name)
    if not m:
        return name, ""
    return m.group(1).rstrip(), m.group(2).upper()


@lru_cache(maxsize=65536)  # pure; common names repeat
def normalize_person_name(s: str) -> str:
    """NFKC, invisible characters removed, dot variants -> '·', Latin upper-cased, spaces removed
    except one between Latin words, a trailing suffix 'x' -> 'X'."""
    return until_stable(lambda t: _collapse_spaces(unify_interpuncts(strip_invisible(nfkc(t))).upper()), s)


def _is_cjk_name(base: str) -> bool:
    parts = base.split(INTERPUNCT)
    return all(part and all(is_cjk(c) for c in part) for part in parts)


def _is_latin_name(base: str) -> bool:
    words = base.split(" ")
    return all(word and all(is_latin_letter(c) for c in word) for word in words)


def validate_person_name(s: str, *, strict: bool = False) -> str:
    """Return the normalised person name or raise :class:`ValidationError` (rule C5).

    Allowed: Chinese characters; '·' between parts of a minority name (热依拉·帕尔哈提); Latin words
    separated by single spaces (SMITH JOHN); an optional trailing ID suffix of 6 characters
    ([0-9]{5}[0-9X]). The name without suffix has 2-30 characters.
    """
    one_line(FIELD, s, QT_TRANSLATE_NOOP("rules.names", "姓名"))
    name = normalize_person_name(s)
    if not name:
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.names", "请填写客户姓名"), code="empty")
    base, suffix = split_id_suffix(name)
    if any(c.isdigit() for c in base):
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.names", "姓名不能含数字；身份证后6位只能整体加在姓名末尾（如 汪国进149918）"),
            code="digits_in_name",
        )
    if not (_is_cjk_name(base) or _is_latin_name(base)):
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.names", "姓名须与行驶证一致，不能含符号或空格（少数民族姓名可用“·”，外文姓名单词间可留一个空格）"),
            code="invalid_character",
        )
    if not PERSON_NAME_MIN <= len(base) <= PERSON_NAME_MAX:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.names", "姓名须为 {min}-{max} 个字；当前 {n} 个"),
            code="wrong_length", params={"min": PERSON_NAME_MIN, "max": PERSON_NAME_MAX, "n": len(base)},
        )
    result = base + suffix
    if strict and result != s:
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.names", "姓名不能有多余的空格、符号或全角字符"), code="not_normalized")
    return result


def name_with_id_suffix(name: str, id_number: str) -> str:
    """The recommended form "name + last 6 characters of the ID" (C5); an existing suffix is replaced.

    Without a usable ID number (fewer than 6 characters) the normalised name is returned unchanged.
    """
    base, _ = split_id_suffix(normalize_person_name(name))
    suffix = id_suffix(id_number)
    if len(suffix) < 6:
        return normalize_person_name(name)
    return base + suffix


_KEY_CATEGORIES = frozenset("LNM")  # letters (CJK included), digits, combining marks


def _key_once(s: str) -> str:
    return "".join(ch for ch in canon_text(s) if unicodedata.category(ch)[0] in _KEY_CATEGORIES)


@lru_cache(maxsize=65536)  # pure; names repeat (bulk import, duplicate check)
def key_text(s: str) -> str:
    """The text of a name as the duplicate check compares it (C2: "stray spaces or symbols, full-width
    digits, half/full-width brackets"): canon_text (NFKC: width; invisible characters and every space
    removed; upper-cased) keeping only letters, digits and combining marks, so punctuation of any kind
    (. · 、 - brackets ...), symbols and spaces are ignored: 鑫达汽车服务有限公司. = 鑫达汽车服务有限公司·
    = 鑫达汽车服务有限公司."""
    return until_stable(_key_once, s)


def canon_person_key(name: str) -> str:
    """Canonical base name for duplicate matching (C2a/C2b): :func:`key_text` (punctuation incl. the '·' of
    minority names, spaces and width ignored), the ID suffix split off."""
    base, _ = split_id_suffix(key_text(name))
    return base


def normalize_company_name(s: str) -> str:
    """NFKC, invisible characters removed, spaces removed (one kept between Latin words), brackets
    as full-width （）. No other symbol is changed into another one: a stray '.' stays a '.' (and is refused
    by :func:`validate_company_name`), it never becomes '·'."""
    def once(t: str) -> str:
        t = strip_invisible(nfkc(t))
        return _collapse_spaces(t.replace("(", "（").replace(")", "）"))

    return until_stable(once, s)


def _brackets_ok(name: str) -> bool:
    depth = 0
    prev = ""
    for ch in name:
        if ch == "（":
            if depth:
                return False
            depth = 1
        elif ch == "）":
            if not depth or prev == "（":
                return False
            depth = 0
        prev = ch
    return depth == 0


def validate_company_name(s: str, *, strict: bool = False) -> str:
    """Return the normalised company name or raise :class:`ValidationError` (rule C5).

    Exactly as on the business licence: Chinese characters, Latin letters, digits and full-width
    brackets （） only (half-width ( ) become full-width), 4-60 characters, no ID suffix. Any other symbol —
    the interpunct '·' of minority PERSON names included — is refused with a message naming it as typed,
    never removed or changed into another symbol; so is a line break or tab inside the name.
    """
    one_line(FIELD, s, QT_TRANSLATE_NOOP("rules.names", "公司名称"))
    name = normalize_company_name(s)
    if not name:
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.names", "请填写公司名称"), code="empty")
    bad = {c for c in name if not (is_cjk(c) or c.isalnum() or c in "（） ")}
    if bad or not _brackets_ok(name):
        # name the symbols as typed (a full-width '．' is shown as '．', not as the '.' NFKC makes of it)
        typed = [c for c in dict.fromkeys(strip_invisible(s)) if not c.isspace() and bad & set(nfkc(c))]
        shown = " ".join(typed or sorted(bad)) if bad else "（）"
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.names", "公司名称须与营业执照完全一致，只能用中文括号（），不能含其他符号；发现：{found}"),
            code="invalid_character", params={"found": shown},
        )
    if split_id_suffix(name)[1] and is_cjk(split_id_suffix(name)[0][-1:] or "a"):
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.names", "公司名称不加证件号后缀"), code="id_suffix_on_company")
    if not COMPANY_NAME_MIN <= len(name) <= COMPANY_NAME_MAX:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.names", "公司名称须为 {min}-{max} 个字；当前 {n} 个"),
            code="wrong_length", params={"min": COMPANY_NAME_MIN, "max": COMPANY_NAME_MAX, "n": len(name)},
        )
    if strict and name != s:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.names", "公司名称不能有多余的空格，括号须为中文括号（）"),
            code="not_normalized",
        )
    return name


def canon_company_key(name: str) -> str:
    """Canonical company name for duplicate matching (C2c): :func:`key_text` (punctuation — brackets of
    either width, dots, '·' — symbols, spaces and width ignored) and the slip 有限责任公司 -> 有限公司.
    股份有限公司 and 集团有限公司 stay distinct."""
    return key_text(name).replace(*_LEGAL_FORM_SLIP)
