"""Stored search keys for names: pinyin, initials and character grams (duplicate check C2, search C1)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pypinyin import Style, lazy_pinyin

from .names import INTERPUNCT, canon_company_key, canon_person_key, normalize_person_name, split_id_suffix
from .text import is_cjk

__all__ = ["NameKeys", "char_grams", "initials", "name_keys", "pinyin_compact", "pinyin_key", "pinyin_syllables"]

_TOKEN_RE = re.compile(r"[^\W_]+")


def _base_for_syllables(name: str, company: bool) -> str:
    if company:
        return canon_company_key(name)
    base, _ = split_id_suffix(normalize_person_name(name))
    return base


def pinyin_syllables(name: str, *, company: bool = False) -> list[str]:
    """Toneless lower-case syllables of the base name (no ID suffix), each character read with
    pypinyin's default reading (Style.NORMAL). Non-CJK runs (Latin words, digits) are kept as
    lower-case tokens; '·', spaces and symbols are dropped. 汪国进149918 -> ['wang', 'guo', 'jin']."""
    base = _base_for_syllables(name, company)
    out: list[str] = []
    run: list[str] = []

    def flush_other() -> None:
        if run:
            out.extend(tok.lower() for tok in _TOKEN_RE.findall("".join(run)))
            run.clear()

    for ch in base:
        if is_cjk(ch):
            flush_other()
            out.extend(_char_syllables(ch))
        elif ch == INTERPUNCT:
            flush_other()
        else:
            run.append(ch)
    flush_other()
    return out


@lru_cache(maxsize=65536)
def _char_syllables(ch: str) -> tuple[str, ...]:
    """pypinyin's default toneless reading of one character (memoised: names reuse a few thousand)."""
    return tuple(s.lower() for s in lazy_pinyin(ch, style=Style.NORMAL))


class NameKeys(NamedTuple):
    pinyin_key: str
    pinyin_compact: str
    initials: str


def name_keys(name: str, *, company: bool = False) -> NameKeys:
    """The three pinyin keys of one name, from one pass over its syllables (bulk imports)."""
    syllables = pinyin_syllables(name, company=company)
    return NameKeys("|".join(syllables), "".join(syllables), "".join(s[0] for s in syllables if s))


def pinyin_key(name: str, *, company: bool = False) -> str:
    """Syllables joined by '|': 汪国进 -> 'wang|guo|jin' (homophone-tolerant exact key)."""
    return "|".join(pinyin_syllables(name, company=company))


def pinyin_compact(name: str, *, company: bool = False) -> str:
    """Syllables concatenated: 汪国进 -> 'wangguojin' (full-pinyin search)."""
    return "".join(pinyin_syllables(name, company=company))


def initials(name: str, *, company: bool = False) -> str:
    """First letter of each syllable: 汪国进 -> 'wgj'."""
    return "".join(s[0] for s in pinyin_syllables(name, company=company) if s)


def char_grams(name: str, *, company: bool = False) -> list[str]:
    """Distinct 1- and 2-character substrings of the canonical base name, in order of appearance."""
    base = canon_company_key(name) if company else canon_person_key(name)
    seen: dict[str, None] = {}
    for i, ch in enumerate(base):
        seen.setdefault(ch, None)
        if i + 1 < len(base):
            seen.setdefault(base[i : i + 2], None)
    return list(seen)
