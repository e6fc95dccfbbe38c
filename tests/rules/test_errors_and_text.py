from __future__ import annotations

import pytest

from desktop.rules import ValidationError, validate_vin
from desktop.rules.text import canon_text, clean_spaces


def test_validation_error_is_a_value_error_with_both_languages() -> None:
    with pytest.raises(ValueError) as exc:
        validate_vin("LE4F5KY1MV491186")
    err = exc.value
    assert isinstance(err, ValidationError)
    assert err.field == "vin"
    assert err.code == "wrong_length"
    assert err.message_zh == "车架号(VIN)须为17位，不含 I、O、Q；当前 16 位"
    assert err.message_en == "VIN must be 17 characters without I, O or Q; got 16"
    assert str(err) == f"{err.message_zh} / {err.message_en}"
    assert err.message("zh_CN") == err.message_zh
    assert err.message("en") == err.message_en


def test_canon_text_removes_invisible_and_all_whitespace() -> None:
    assert canon_text(" 朱振\u3000宇\u200b\ufeff\u00ad ") == "朱振宇"
    assert canon_text("ａｂｃ\u2060 １２") == "ABC12"
    assert canon_text("（广州）") == "(广州)"


def test_clean_spaces_collapses_runs() -> None:
    assert clean_spaces("  SMITH \u3000 JOHN\u200b ") == "SMITH JOHN"
