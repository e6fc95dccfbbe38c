"""Text canonicalisation shared by all validators and search keys."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "INVISIBLE_CHARS",
    "canon_text",
    "clean_spaces",
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
