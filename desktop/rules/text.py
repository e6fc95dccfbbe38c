"""Text canonicalisation shared by all validators and search keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP

__all__ = [
    "FORMULA_START",
    "INVISIBLE_CHARS",
    "canon_text",
    "clean_spaces",
    "clean_query",
    "clean_text",
    "csv_safe",
    "is_cjk",
    "is_latin_letter",
    "nfkc",
    "remove_whitespace",
    "strip_invisible",
    "until_stable",
]

#: zero-width space / non-joiner / joiner, word joiner, BOM, soft hyphen
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_TABLE = {ord(c): None for c in INVISIBLE_CHARS}


def nfkc(s: str) -> str:
    """Unicode NFKC: full-width digits/letters/brackets become ASCII, U+3000 becomes a space."""
    return unicodedata.normalize("NFKC", s)


def strip_invisible(s: str) -> str:
    """Remove zero-width characters, the word joiner, the BOM and the soft hyphen."""
    return s.translate(_INVISIBLE_TABLE)


def remove_whitespace(s: str) -> str:
    """Remove every Unicode whitespace character (incl. U+3000 and NBSP)."""
    return "".join(s.split())


def until_stable(f: Callable[[str], str], s: str, *, rounds: int = 4) -> str:
    """Apply ``f`` until the result no longer changes, so that normalisers are idempotent even when
    removing a space lets NFKC compose a combining mark with the letter before it."""
    out = f(s)
    for _ in range(rounds):
        again = f(out)
        if again == out:
            break
        out = again
    return out


def _canon_once(s: str) -> str:
    return remove_whitespace(strip_invisible(nfkc(s))).upper()


@lru_cache(maxsize=65536)  # pure; names and keys repeat (bulk import, duplicate check)
def canon_text(s: str) -> str:
    """NFKC, invisible characters removed, all whitespace removed, upper-cased (reference canon_text)."""
    return until_stable(_canon_once, s)


def clean_spaces(s: str) -> str:
    """NFKC + invisible characters removed; whitespace runs collapsed to one ASCII space; trimmed."""
    return " ".join(strip_invisible(nfkc(s)).split())


def is_cjk(ch: str) -> bool:
    """A CJK unified ideograph (basic block, extensions A-H, compatibility ideographs) or 〇."""
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x323AF
        or cp == 0x3007
    )


def is_latin_letter(ch: str) -> bool:
    """A letter of the Latin script (ASCII or with diacritics)."""
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


# -- free text: one validator for every free-text field of the product ---------------------------------------

#: characters that make a spreadsheet read a cell as a formula (ASCII and full-width / small forms)
FORMULA_START = "=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b"
#: characters that break a line (or a cell): refused in one-line fields
_LINE_BREAKS = frozenset("\t\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029")
_NEWLINES_RE = re.compile("\r\n|[\r\u2028\u2029]")
_REFUSED_CATEGORIES = frozenset(("Cc", "Cf", "Cs"))  # control, format (zero-width, BOM, bidi), lone surrogate


def clean_text(
    field: str,
    value: object,
    *,
    max_len: int,
    label: str,
    required: bool = False,
    multiline: bool = False,
    formula_guard: bool = False,
) -> str | None:
    """A free-text value as stored: surrounding whitespace stripped; ``None`` when blank.

    Refused with a :class:`ValidationError` naming the field by ``label`` (marked text, translated with the
    message):
    blank when ``required`` ("required"); a line break or tab in a one-line field ("line_break": never merged
    silently into one line); a control or format character such as NUL, a zero-width space or a bidi mark
    ("control_char"; a multi-line field keeps its line breaks, CR LF becoming LF); more than ``max_len``
    characters ("too_long"); with ``formula_guard``, a first character a spreadsheet reads as a formula,
    = + - @ or their full-width forms ("formula").

    Cheap on the common value: one C-level ``str.isprintable`` scan, the slow path only for the rare value that
    holds a non-printable character.
    """
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value.strip()
    else:
        text = str(value).strip()
    if not text:
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("rules.text", "{label}必填"), code="required",
                                  params={"label": label})
        return None
    if not text.isprintable():
        if multiline:
            text = _NEWLINES_RE.sub("\n", text)
        _refuse_control(field, text, label, multiline)
    if len(text) > max_len:
        raise ValidationError(field, QT_TRANSLATE_NOOP("rules.text", "{label}最多 {max_len} 个字符"), code="too_long",
                              params={"label": label, "max_len": max_len})
    if formula_guard and text[0] in FORMULA_START:
        raise ValidationError(field, QT_TRANSLATE_NOOP("rules.text", "{label}不能以 = + - @ 开头"), code="formula",
                              params={"label": label})
    return text


def _refuse_control(field: str, text: str, label: str, multiline: bool) -> None:
    """Raise for the first line break (one-line field) or control / format character; spaces of every width,
    private-use and not yet assigned characters pass."""
    for ch in text:
        if ch.isprintable():
            continue
        if ch in _LINE_BREAKS:
            if multiline and ch == "\n":
                continue
            if not multiline:
                raise ValidationError(field, QT_TRANSLATE_NOOP("rules.text", "{label}只能填一行，不能含换行或制表符"),
                                      code="line_break", params={"label": label})
        elif unicodedata.category(ch) not in _REFUSED_CATEGORIES:
            continue
        raise ValidationError(field, QT_TRANSLATE_NOOP("rules.text", "{label}含有不可见的控制字符，请删除后重新输入"),
                              code="control_char", params={"label": label})


def clean_query(field: str, value: object, *, max_len: int, label: str) -> str:
    """What was typed, pasted or scanned into a search or lookup field: zero-width characters and the BOM (paste
    noise) dropped, then :func:`clean_text` for one line — a NUL byte or a line break inside is a field message,
    never a database error. Blank gives ``""``."""
    text = strip_invisible(value) if isinstance(value, str) else value
    return clean_text(field, text, max_len=max_len, label=label) or ""


_CSV_RISKY = frozenset(FORMULA_START + "\t\r")


def csv_safe(value: str) -> str:
    """``value`` for a cell of a CSV file a spreadsheet will open: a leading ' when it starts (also after leading
    spaces) with = + - @ (or a full-width form), a tab or a carriage return, so that it is shown as text and
    never run as a formula (OWASP, CSV injection)."""
    if not value:
        return value
    if value[0] in _CSV_RISKY or (value[0].isspace() and value.lstrip()[:1] in _CSV_RISKY):
        return "'" + value
    return value
