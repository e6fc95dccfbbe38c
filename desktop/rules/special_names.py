"""Special customers' names (rule C13): the pattern language of the list the master-data team keeps.

A pattern is an exact name, or a fragment the name contains, starts with or ends with. Both sides are compared
as company name keys (:func:`~desktop.rules.names.canon_company_key`: width, spaces, brackets and other
punctuation ignored, 有限责任公司 read as 有限公司), so "中国人民财产保险 股份有限公司（广州市分公司）" cannot dodge
"contains 中国人民财产保险" by a space or a half-width bracket. No regular expressions: a pattern is plain text,
so one typed by a user can never be slow or match what its author did not mean.

A fragment (contains / starts with / ends with) must say something about the name: at least 3 characters,
and at least 2 of them beyond legal-form words (公司, 有限, 股份, 集团 ...) — "contains 有限公司" would make every
company special. An exact name has no such limit (it matches one name).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol, TypeVar

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP, Text
from .names import canon_company_key, normalize_company_name
from .text import clean_text

__all__ = [
    "MATCH_TYPES",
    "MAX_PATTERN",
    "MIN_FRAGMENT",
    "best_match",
    "name_key",
    "pattern_matches",
    "validate_pattern",
]

#: how a pattern is compared with a name key
MATCH_TYPES: dict[str, Text] = {
    "exact": QT_TRANSLATE_NOOP("rules.special_names", "名称完全相同"),
    "contains": QT_TRANSLATE_NOOP("rules.special_names", "名称包含"),
    "starts_with": QT_TRANSLATE_NOOP("rules.special_names", "名称开头为"),
    "ends_with": QT_TRANSLATE_NOOP("rules.special_names", "名称结尾为"),
}
MAX_PATTERN = 60  # the longest company name (C5)
MIN_FRAGMENT = 3
MIN_DISTINCTIVE = 2
#: legal-form words that say nothing about which company it is (longest first)
LEGAL_FORM_WORDS = ("股份有限公司", "有限责任公司", "有限公司", "分公司", "总公司", "公司", "集团", "股份", "有限", "责任")

FIELD = "pattern"


def name_key(name: str) -> str:
    """The key a name (or a pattern) is compared by: the company name key, whatever the customer type
    (an insurer typed as a person is still an insurer, C3)."""
    return canon_company_key(name)


@lru_cache(maxsize=4096)  # pure; the list is a few hundred entries, read on every create
def _pattern_key(pattern: str) -> str:
    return name_key(pattern)


def pattern_matches(match_type: str, key: str, key_of_name: str) -> bool:
    """True when a name with key ``key_of_name`` matches the pattern with key ``key``."""
    if not key or not key_of_name:
        return False
    if match_type == "exact":
        return key_of_name == key
    if match_type == "contains":
        return key in key_of_name
    if match_type == "starts_with":
        return key_of_name.startswith(key)
    if match_type == "ends_with":
        return key_of_name.endswith(key)
    return False


class PatternLike(Protocol):
    @property
    def match_type(self) -> str: ...

    @property
    def pattern(self) -> str: ...


P = TypeVar("P", bound=PatternLike)


def best_match(patterns: Iterable[P], name: str) -> P | None:
    """The pattern a name matches, of rows with ``match_type`` and ``pattern``: an exact name first, then the
    longest (most specific) fragment, then the first given."""
    key_of_name = name_key(name)
    best: P | None = None
    best_rank = (False, -1)
    for row in patterns:
        key = _pattern_key(row.pattern)
        if not pattern_matches(row.match_type, key, key_of_name):
            continue
        rank = (row.match_type == "exact", len(key))
        if rank > best_rank:
            best, best_rank = row, rank
    return best


def _distinctive(key: str) -> str:
    for word in LEGAL_FORM_WORDS:
        key = key.replace(word, "")
    return key


def validate_pattern(match_type: str, text: str | None) -> str:
    """The pattern as stored (one line, width and brackets as on a licence, no spaces) or ValidationError."""
    if match_type not in MATCH_TYPES:
        raise ValidationError("match_type", QT_TRANSLATE_NOOP("rules.special_names", "匹配方式须为：完全相同、包含、开头为或结尾为"))
    cleaned = clean_text(FIELD, text, max_len=MAX_PATTERN, label=QT_TRANSLATE_NOOP("rules.special_names", "名称规则"),
                         required=True)
    assert cleaned is not None
    pattern = normalize_company_name(cleaned)
    key = name_key(pattern)
    if not key:
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.special_names", "名称规则须含文字或数字"), code="required")
    if match_type != "exact" and (len(key) < MIN_FRAGMENT or len(_distinctive(key)) < MIN_DISTINCTIVE):
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.special_names", "“{pattern}”太笼统，会把普通客户也当作特殊客户：片段至少 {min_fragment} 个字，且不能只有“有限公司”等组织形式"),
            code="too_general", params={"pattern": pattern, "min_fragment": MIN_FRAGMENT},
        )
    return pattern
