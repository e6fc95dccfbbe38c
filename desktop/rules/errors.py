"""The one exception raised by every validator in :mod:`desktop.rules`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .messages import Message, Translatable

__all__ = ["ValidationError"]


class ValidationError(Translatable, ValueError):
    """A value broke a master-data rule.

    ``field`` is a stable English field id ("vin", "phone", "id_number", "name", "plate",
    "plate_color", "customer_type", "id_type"); ``code`` is a stable reason id (e.g. "wrong_length")
    for tests and logs; ``source`` is the Chinese message marked for the catalogue
    (:func:`~desktop.rules.messages.QT_TRANSLATE_NOOP`) with ``{name}`` placeholders filled from ``params``. It
    names the field and says what is expected; ``message("en")`` / ``message_en`` is its English, from the
    catalogue.
    """

    def __init__(self, field: str, message: str | Message, *, code: str = "invalid",
                 params: Mapping[str, Any] | None = None) -> None:
        self.field = field
        self.code = code
        self._set_message(message, params)
        super().__init__(str(self.source))

    def __str__(self) -> str:
        return f"{self.message_zh} / {self.message_en}"

    def __repr__(self) -> str:
        return f"ValidationError(field={self.field!r}, code={self.code!r}, source={str(self.source)!r})"
