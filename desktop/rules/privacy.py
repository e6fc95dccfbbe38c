"""Masking of personal data and secrets: one set of functions for the UI, the services and the logs.

- :func:`mask_id_number`: an ID number (resident ID, USCC, permits, passport) as shown on screen:
  ``1101**********002X``.
- :func:`mask_url`: a database URL with its password replaced by ``***`` — also a malformed one.
- :func:`mask_text`: free text (a log line, a traceback, an error line) with every mainland mobile, landline
  with area code, 18-character resident ID / unified social credit code, URL password and ``password=...``
  masked, and a mobile stored reversed (the ``phone_rev`` search key). Phones are masked as
  :func:`desktop.rules.phone.mask_phone` shows them (``138****5678``). VINs (17 characters) and plates are
  left alone: every number must stand alone (no letter or digit either side).
- :class:`PrivacyFilter`: a logging filter that applies :func:`mask_text` to a record's message, its
  arguments and its formatted traceback. Installed on every handler the app and the CLI set up.

Pure: standard library only, no database, no Qt.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .phone import mask_phone

__all__ = ["PrivacyFilter", "install_privacy_filter", "mask_id_number", "mask_text", "mask_url"]

MASK = "***"


def mask_id_number(number: str | None) -> str:
    """An ID number for display: a resident ID or USCC keeps its first 4 and last 4 characters, stars between
    (``1101**********002X``); a shorter one (permits, passports) only its last 4 (``*****5678``). Never raises."""
    if not number:
        return ""
    n = len(number)
    if n >= 16:
        return number[:4] + "*" * (n - 8) + number[-4:]
    if n > 4:
        return "*" * (n - 4) + number[-4:]
    return "*" * n


# ``//user:password@``: the password runs to the LAST ``@`` (an unencoded ``@`` in a password is common).
_URL_PASSWORD_RE = re.compile(r"(//[^/?#@:\s]*:)(.*)@", re.DOTALL)


def mask_url(url: str) -> str:
    """``url`` with its password replaced by ``***`` (``postgresql://u:***@host/db``).

    Regex-based, so it also works for URLs SQLAlchemy cannot parse (``postgresql://u:s3cret@[bad``);
    a URL without a password is returned unchanged."""
    if not url:
        return url
    return _URL_PASSWORD_RE.sub(lambda m: f"{m.group(1)}{MASK}@", url, count=1)


_EDGE_BEFORE = r"(?<![0-9A-Za-z])"  # ASCII only: a phone right after 电话 is still masked
_EDGE_AFTER = r"(?![0-9A-Za-z])"
_ID_CHAR = "0-9A-HJ-NP-RTUWXY"  # the USCC alphabet (no I, O, Z, S, V); resident IDs are digits + X
_SENSITIVE_RE = re.compile(
    # speed: most positions of a line cannot start a match; this rejects them before the alternatives run
    r"(?=[/0-9+ANYP])(?:"
    # a URL password, up to the last @ of the word
    r"(?P<url>//[^/?#@:\s]*:)\S*@"
    # connection strings and query strings: password=..., pwd=...
    r"|(?P<kw>\b(?:password|passwd|pwd)\s*=\s*)[^\s&;,'\")]+"
    # resident ID (17 digits + digit/X) or USCC (its first character: 1-9, A, N or Y): 18 characters standing
    # alone (a VIN has 17)
    rf"|(?P<id>{_EDGE_BEFORE}[1-9ANY][{_ID_CHAR}][0-9]{{6}}[{_ID_CHAR}]{{9}}[{_ID_CHAR}x]{_EDGE_AFTER})"
    # mainland mobile, optionally +86 / 0086 / 86 and written 138 1234 5678 or 138-1234-5678
    rf"|(?P<mobile>{_EDGE_BEFORE}(?:(?:\+|00)?86[- ]?)?1[3-9][0-9][- ]?[0-9]{{4}}[- ]?[0-9]{{4}}{_EDGE_AFTER})"
    # a mobile stored reversed (the phone_rev search key of suffix searches): 87654321831
    rf"|(?P<reversed>{_EDGE_BEFORE}[0-9]{{9}}[3-9]1{_EDGE_AFTER})"
    # landline with area code: 010 / 02x + 8 digits, 0xxx + 7-8 digits, optionally 0755-86001234
    rf"|(?P<landline>{_EDGE_BEFORE}(?:0(?:10|2[0-9])[- ]?[2-8][0-9]{{7}}|0[3-9][0-9]{{2}}[- ]?[2-8][0-9]{{6,7}})"
    rf"{_EDGE_AFTER}))",
    re.IGNORECASE,
)
# re.IGNORECASE makes the ID alphabet accept lower case too (a lower-case x in a resident ID is common).


def _replace(m: re.Match[str]) -> str:
    group = m.lastgroup
    if group == "url":
        return f"{m.group('url')}{MASK}@"
    if group == "kw":
        return f"{m.group('kw')}{MASK}"
    if group == "id":
        return mask_id_number(m.group(0))
    if group == "reversed":
        return mask_phone(m.group(0)[::-1])[::-1]
    return mask_phone(m.group(0))


def mask_text(text: str) -> str:
    """``text`` with phones, ID numbers and passwords masked (see the module docstring). Idempotent."""
    if not text:
        return text
    return _SENSITIVE_RE.sub(_replace, text)


def _mask_arg(arg: Any) -> Any:
    if arg is None or isinstance(arg, bool | float):
        return arg
    if isinstance(arg, str):
        return mask_text(arg)
    try:
        text = str(arg)
    except Exception:  # noqa: BLE001 - an object that cannot print itself carries nothing to mask
        return arg
    masked = mask_text(text)
    return arg if masked == text else masked


_TRACEBACK_FORMATTER = logging.Formatter()


class PrivacyFilter(logging.Filter):
    """Masks phones, ID numbers and passwords in a record before a handler writes it (message, arguments,
    traceback and stack). Never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            _mask_record(record)
        except Exception:  # noqa: BLE001 - masking must never lose a log line; fall back to a bare message
            record.msg, record.args = "(log message withheld: it could not be masked)", None
            record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def _mask_record(record: logging.LogRecord) -> None:
    try:
        original: str | None = record.getMessage()
    except Exception:  # noqa: BLE001 - a bad format string: the handler reports it, with masked parts
        original = None
    msg = _mask_arg(record.msg)
    args = record.args
    if isinstance(args, Mapping):
        args = {k: _mask_arg(v) for k, v in args.items()}
    elif isinstance(args, tuple):
        args = tuple(_mask_arg(a) for a in args)
    record.msg, record.args = msg, args
    if original is not None:
        try:
            rendered: str | None = record.getMessage()
        except Exception:  # noqa: BLE001 - e.g. %d given a masked number
            rendered = None
        if rendered is None or mask_text(rendered) != rendered:
            # Masking the parts did not mask the whole (a number split across arguments, %d of a phone):
            # the record carries the masked message, already formatted.
            record.msg, record.args = mask_text(original), None
    if record.exc_info and not record.exc_text:
        record.exc_text = _TRACEBACK_FORMATTER.formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = mask_text(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_text(record.stack_info)


def install_privacy_filter(handlers: Iterable[logging.Handler | None] | None = None) -> None:
    """Put one :class:`PrivacyFilter` on each handler (default: every handler of the root logger and
    ``logging.lastResort``, which prints warnings when nothing is configured, as in the CLI). Idempotent."""
    if handlers is None:
        handlers = [*logging.getLogger().handlers, logging.lastResort]
    for handler in handlers:
        if handler is not None and not any(isinstance(f, PrivacyFilter) for f in handler.filters):
            handler.addFilter(PrivacyFilter())
