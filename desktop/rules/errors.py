"""The one exception raised by every validator in :mod:`desktop.rules`."""

from __future__ import annotations

__all__ = ["ValidationError"]


class ValidationError(ValueError):
    """A value broke a master-data rule.

    ``field`` is a stable English field id ("vin", "phone", "id_number", "name", "plate",
    "plate_color", "customer_type", "id_type"); ``code`` is a stable reason id (e.g. "wrong_length")
    for tests and logs; the two messages name the field and say what is expected.
    """

    def __init__(self, field: str, message_zh: str, message_en: str, *, code: str = "invalid") -> None:
        super().__init__(f"{message_zh} / {message_en}")
        self.field = field
        self.message_zh = message_zh
        self.message_en = message_en
        self.code = code

    def message(self, lang: str) -> str:
        """The message in ``lang`` ("zh_CN" or "en"; anything starting with "zh" gives Chinese)."""
        return self.message_zh if lang.lower().startswith("zh") else self.message_en

    def __str__(self) -> str:
        return f"{self.message_zh} / {self.message_en}"

    def __repr__(self) -> str:
        return f"ValidationError(field={self.field!r}, code={self.code!r}, message_en={self.message_en!r})"
