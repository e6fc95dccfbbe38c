"""Errors a use case raises for the user to read (Chinese and English), never half-saving anything."""

from __future__ import annotations


class ServiceError(Exception):
    """A refused action with a message in Chinese and English."""

    code = "refused"

    def __init__(self, message_zh: str, message_en: str, *, rule: str | None = None, field: str | None = None):
        self.message_zh = message_zh
        self.message_en = message_en
        self.rule = rule
        self.field = field
        super().__init__(f"{message_zh} / {message_en}")

    def message(self, lang: str = "zh_CN") -> str:
        text = self.message_en if lang.startswith("en") else self.message_zh
        return f"{text} ({self.rule})" if self.rule else text


class NotFound(ServiceError):
    code = "not_found"


class RuleViolation(ServiceError):
    """The rulebook forbids this path (the rule ID says which)."""

    code = "rule"


class Conflict(ServiceError):
    """The database already holds what this would duplicate (VIN, plate, code...)."""

    code = "conflict"
