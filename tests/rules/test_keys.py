"""Stored search keys (C1 search by name, C2 homophone-tolerant duplicate check)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.rules.keys import char_grams, initials, pinyin_compact, pinyin_key, pinyin_syllables


def test_c2_pinyin_key_of_homophones_is_equal() -> None:
    assert pinyin_key("汪国进") == "wang|guo|jin"
    assert pinyin_key("汪国近") == pinyin_key("汪国进")
    assert pinyin_key("汪国进149918") == "wang|guo|jin"
    assert pinyin_key(" 汪国\u200b进 ") == "wang|guo|jin"


def test_c1_compact_pinyin_and_initials() -> None:
    assert pinyin_compact("汪国进") == "wangguojin"
    assert initials("汪国进") == "wgj"
    assert pinyin_syllables("吕") == ["lv"]


def test_pinyin_of_minority_and_latin_names() -> None:
    assert pinyin_key("热依拉·帕尔哈提") == pinyin_key("热依拉．帕尔哈提") == "re|yi|la|pa|er|ha|ti"
    assert pinyin_key("smith  john") == "smith|john"
    assert initials("SMITH JOHN") == "sj"


def test_company_pinyin_ignores_brackets() -> None:
    a = pinyin_key("发立(广州)网络科技有限公司", company=True)
    assert a == pinyin_key("发立（广州）网络科技有限责任公司", company=True)
    assert a.startswith("fa|li|guang|zhou|")


def test_c1_char_grams_for_two_character_fragment_search() -> None:
    assert char_grams("汪国进149918") == ["汪", "汪国", "国", "国进", "进"]
    assert char_grams("张张") == ["张", "张张"]
    assert "(" not in "".join(char_grams("发立(广州)有限公司", company=True))


cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@given(st.text(min_size=1, max_size=8, alphabet=cjk))
def test_keys_are_consistent(name: str) -> None:
    syllables = pinyin_syllables(name)
    assert len(syllables) == len(name)
    assert all(s and s == s.lower() and "|" not in s for s in syllables)
    assert pinyin_key(name).split("|") == syllables
    assert pinyin_compact(name) == "".join(syllables)
    assert initials(name) == "".join(s[0] for s in syllables)
    grams = char_grams(name)
    assert len(grams) == len(set(grams))
    assert set(name) <= set(grams)
