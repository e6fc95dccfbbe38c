"""Errors a use case raises for the user to read (Chinese source text, English from the catalogue), never
half-saving anything."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.rules.messages import Message, Translatable, Translate


class ServiceError(Translatable, Exception):
    """A refused action. ``source`` is the Chinese message marked for the catalogue
    (:func:`~desktop.rules.messages.QT_TRANSLATE_NOOP`), filled from ``params``; ``rule`` the rule ID it
    enforces, ``field`` the field it is about. The English comes from the catalogue (``message("en")``)."""

    code = "refused"

    def __init__(self, message: str | Message, *, rule: str | None = None, field: str | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        self.rule = rule
        self.field = field
        self._set_message(message, params)
        super().__init__(str(self.source))

    def render(self, translate: Translate) -> str:
        text = super().render(translate)
        return f"{text} ({self.rule})" if self.rule else text

    def __str__(self) -> str:
        return f"{self.message_zh} / {self.message_en}"


class NotFound(ServiceError):
    code = "not_found"


class RuleViolation(ServiceError):
    """The rulebook forbids this path (the rule ID says which)."""

    code = "rule"


class Conflict(ServiceError):
    """The database already holds what this would duplicate (VIN, plate, code...)."""

    code = "conflict"
