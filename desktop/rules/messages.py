"""User-visible text below the UI: Chinese source text marked for the Qt catalogue, English from the catalogue.

Validators and services hold no English. A message is Chinese source text with ``{name}`` placeholders, marked
with :func:`QT_TRANSLATE_NOOP` — the name and argument order ``pyside6-lupdate`` looks for, so the catalogue
``resources/translations/app_en.ts`` collects it from plain Python, outside any Qt class — plus its parameters:

    raise ValidationError("vin", QT_TRANSLATE_NOOP("rules.vin", "车架号(VIN)须为17位，不含 I、O、Q；当前 {n} 位"),
                          code="wrong_length", params={"n": len(vin)})

The context (first argument) is the module's path without ``desktop.`` and, like the source, a string literal.
A parameter is shown as it is (a VIN, a count), or translated first when it is marked text itself (a field's
label), a :class:`Message` (a reason inside a sentence) or a list (joined with the translated "、").

The UI translates through the compiled catalogue (``QCoreApplication.translate(context, source)``, the .qm);
the server, the command line and the tests read the same catalogue's .ts here, without Qt
(:func:`translator`). Both go through :meth:`Message.render`, so the two give the same words.
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "QT_TRANSLATE_NOOP",
    "Joined",
    "Message",
    "Text",
    "Translatable",
    "Translate",
    "catalogue",
    "decode_param",
    "encode_param",
    "is_english",
    "load_catalogue",
    "render_value",
    "tr",
    "translator",
    "untranslated",
]

log = logging.getLogger(__name__)

#: ``translate(context, source) -> text``, the signature of ``QCoreApplication.translate``
Translate = Callable[[str, str], str]


class Text(str):
    """Source text marked for the catalogue: the string is the Chinese source, ``context`` its context."""

    context: str

    def __new__(cls, context: str, source: str) -> Text:
        self = super().__new__(cls, source)
        self.context = context
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, str(self)))

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {str(self)!r})"


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``source`` (Chinese) for the catalogue under ``context``; returns it as :class:`Text`."""
    return Text(context, source)


def untranslated(_context: str, source: str) -> str:
    """The translator of the source language (Chinese): the source itself."""
    return source


#: what joins the items of a list parameter
LIST_SEPARATOR = QT_TRANSLATE_NOOP("rules.messages", "、")


@dataclass(frozen=True)
class Joined:
    """A list parameter joined with another separator than "、" (marked text, translated too)."""

    items: tuple[Any, ...]
    separator: Text


def render_value(value: Any, translate: Translate) -> Any:
    """A parameter as shown: marked text and messages translated, a list joined, a number left a number (for a
    format spec such as ``{max_mileage:,}``), anything else as ``str``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, Text):
        return translate(value.context, str(value))
    if isinstance(value, Joined):
        separator = translate(value.separator.context, str(value.separator))
        return separator.join(str(render_value(v, translate)) for v in value.items)
    if isinstance(value, list | tuple):
        separator = translate(LIST_SEPARATOR.context, str(LIST_SEPARATOR))
        return separator.join(str(render_value(v, translate)) for v in value)
    return str(value)


@dataclass(frozen=True)
class Message:
    """Chinese source text with ``{name}`` placeholders, its catalogue context and the parameters."""

    context: str
    source: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str | Message, params: Mapping[str, Any] | None = None) -> Message:
        """A message from marked text (its context comes with it) or a message (``params`` added)."""
        if isinstance(text, Message):
            return cls(text.context, text.source, {**text.params, **(params or {})})
        return cls(getattr(text, "context", ""), str(text), dict(params or {}))

    @property
    def text_source(self) -> Text:
        """The source as marked text (context included)."""
        return Text(self.context, self.source)

    def render(self, translate: Translate) -> str:
        """The message translated by ``translate`` and formatted with its (translated) parameters. A
        translation whose placeholders do not fit the parameters falls back to the source."""
        shown = {k: render_value(v, translate) for k, v in self.params.items()}
        for template in (translate(self.context, self.source), self.source):
            try:
                return template.format_map(shown)
            except (KeyError, IndexError, ValueError, AttributeError):
                log.warning("message %r of %s does not format with %s", template[:40], self.context, sorted(shown))
        return self.source

    def text(self, lang: str = "zh_CN") -> str:
        """The message in ``lang`` without Qt ("en..." English from the catalogue, anything else Chinese)."""
        return self.render(translator(lang))

    def __str__(self) -> str:
        return self.render(untranslated)

    def to_json(self) -> dict[str, Any]:
        return {"context": self.context, "source": self.source,
                "params": {k: encode_param(v) for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        params = data.get("params") or {}
        return cls(str(data.get("context") or ""), str(data.get("source") or ""),
                   {str(k): decode_param(v) for k, v in params.items()} if isinstance(params, Mapping) else {})


def encode_param(value: Any) -> Any:
    """A parameter as JSON: marked text and messages keep their context (the receiver translates them)."""
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, Text):
        return {"context": value.context, "source": str(value)}
    if isinstance(value, Joined):
        return {"items": [encode_param(v) for v in value.items], "separator": encode_param(value.separator)}
    if isinstance(value, list | tuple):
        return [encode_param(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def decode_param(value: Any) -> Any:
    """The inverse of :func:`encode_param`."""
    if isinstance(value, Mapping) and "source" in value:
        if "params" in value:
            return Message.from_json(value)
        return Text(str(value.get("context") or ""), str(value["source"]))
    if isinstance(value, Mapping) and "items" in value and isinstance(value.get("items"), list):
        separator = decode_param(value.get("separator"))
        return Joined(tuple(decode_param(v) for v in value["items"]),
                      separator if isinstance(separator, Text) else LIST_SEPARATOR)
    if isinstance(value, list):
        return tuple(decode_param(v) for v in value)
    return value


class Translatable:
    """What the errors of every layer share: ``source`` (marked text: the Chinese with its context) and
    ``params``; the message in either language is derived (:meth:`render`, :meth:`message`)."""

    source: Text
    params: dict[str, Any]

    def _set_message(self, message: str | Message, params: Mapping[str, Any] | None) -> None:
        msg = Message.of(message, params)
        self.source = msg.text_source
        self.params = dict(msg.params)

    @property
    def context(self) -> str:
        return getattr(self.source, "context", "")

    def as_message(self) -> Message:
        """The message itself (to put inside another one, or to send)."""
        return Message(self.context, str(self.source), getattr(self, "params", None) or {})

    def render(self, translate: Translate) -> str:
        """What the user reads, translated by ``translate`` (``QCoreApplication.translate`` in the UI)."""
        return self.as_message().render(translate)

    def message(self, lang: str = "zh_CN") -> str:
        """What the user reads in ``lang``, without Qt ("en..." English, anything else Chinese)."""
        return self.render(translator(lang))

    @property
    def message_zh(self) -> str:
        return self.as_message().render(untranslated)

    @property
    def message_en(self) -> str:
        return self.as_message().render(translator("en"))


# -- the catalogue, without Qt --------------------------------------------------------------------------------
def is_english(lang: str | None) -> bool:
    return bool(lang) and str(lang).lower().startswith("en")


def load_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a Qt Linguist .ts file: ``{(context, source): translation}``."""
    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") or not translation.text:
                continue  # unfinished, vanished, obsolete, numerus or empty: the source stays
            out[(name, source)] = translation.text
    return out


@functools.cache
def catalogue(lang: str = "en") -> dict[tuple[str, str], str]:
    """The app's catalogue for ``lang`` (``resources/translations/app_<lang>.ts``; empty when missing)."""
    from desktop.config import resource_path

    path = resource_path("translations", f"app_{lang}.ts")
    try:
        return load_catalogue(path)
    except (OSError, ET.ParseError):
        log.warning("translation catalogue %s cannot be read: messages stay in Chinese", path.name)
        return {}


def _english(context: str, source: str) -> str:
    return catalogue("en").get((context, source), source)


def translator(lang: str | None) -> Translate:
    """The Qt-free translator of ``lang``: English from the catalogue, the Chinese source otherwise."""
    return _english if is_english(lang) else untranslated


def tr(value: Any, lang: str | None = "zh_CN") -> str:
    """Marked text, a message or a list of them in ``lang``, without Qt (plain text stays as it is)."""
    return str(render_value(value, translator(lang)))
