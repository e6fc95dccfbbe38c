"""One advisor action = one service call = one transaction, versioned, with a request id.

Every public service function that writes is decorated with :func:`write_action`:

- The whole call is one unit of work (``db.transaction()``); services it calls join it, so nothing is
  half-saved whatever the use case is built of.
- ``request_id=`` (made once per user action by the caller; the worker makes it, CLI and tests may pass their
  own): the outcome is stored in the same transaction; a repeat with the same id returns the first outcome and
  applies nothing (a retry after a lost connection, a double click, a resent HTTP request).
- A unique constraint that refuses a row means another workstation saved the same thing in the same instant:
  the action is run once more in a fresh transaction, where the service's own checks now see the winner and
  raise the product error (``VinExists``, ``PlateTaken``, ``DuplicateFound`` …) — the loser never sees a
  database error.

Writes to a customer or a vehicle take ``version=`` (the version the user saw, required): :func:`check_version`
refuses a stale one with :class:`~desktop.storage.StaleRecord`, and :func:`touch` bumps the version of a
record whose child rows (contacts, channels, repair centers) changed, so a second workstation holding the old
version is refused too.
"""

from __future__ import annotations

import functools
import inspect
import logging
import typing
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from desktop.models import utcnow
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.services.errors import Conflict
from desktop.storage import Database, StaleRecord
from desktop.storage import requests as request_log
from desktop.storage.errors import UniqueViolation

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

#: name of every write action -> the decorated function (the server and the UI-composition test read it)
WRITE_ACTIONS: dict[str, Callable[..., Any]] = {}


class RequestReused(Conflict):
    """A request id came back with another action or another user: a client bug, never applied."""

    code = "request_reused"

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("services.writes", "请求编号已用于另一操作，未执行"), field="request_id")


class SavedConcurrently(Conflict):
    """A unique value was saved by another workstation in the same instant, twice in a row."""

    def __init__(self, what: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("services.writes", "其他工作站刚刚保存了相同的数据（{what}），请重新载入后再试"),
            params={"what": what},
        )


@functools.cache
def _adapter(fn: Callable[..., Any]) -> Any:
    from pydantic import TypeAdapter

    hints = typing.get_type_hints(fn)
    return TypeAdapter(hints.get("return", Any))


def encode_result(fn: Callable[..., Any], result: Any) -> str:
    return str(_adapter(fn).dump_json(result).decode("utf-8"))


def decode_result(fn: Callable[..., Any], data: str) -> Any:
    return _adapter(fn).validate_json(data)


def check_request_id(request_id: Any) -> str | None:
    if request_id is None:
        return None
    if not isinstance(request_id, str) or not request_id.strip() or len(request_id) > request_log.MAX_REQUEST_ID \
            or not request_id.isprintable():
        raise ValidationError("request_id", QT_TRANSLATE_NOOP("services.writes", "请求编号无效"))
    return request_id


#: free-text explanations a write may carry (audited): one cleaning for all of them, before the transaction
REASON_PARAMETERS = {
    "reason": QT_TRANSLATE_NOOP("services.writes", "原因"),
    "note": QT_TRANSLATE_NOOP("services.writes", "说明"),
    "confirm_reason": QT_TRANSLATE_NOOP("services.writes", "确认原因"),
    "not_a_typo_reason": QT_TRANSLATE_NOOP("services.writes", "原因"),
}
MAX_REASON = 500


def _clean_reasons(sig: inspect.Signature, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Reasons and notes: at most 500 characters, no control characters (line breaks allowed), stripped."""
    from desktop.rules.text import clean_text

    bound = sig.bind_partial(*args, **kwargs)
    changed = False
    for key, label in REASON_PARAMETERS.items():
        value = bound.arguments.get(key)
        if isinstance(value, str):
            bound.arguments[key] = clean_text(key, value, max_len=MAX_REASON, label=label, multiline=True)
            changed = True
    if not changed:
        return args
    kwargs.clear()
    kwargs.update(bound.kwargs)
    return tuple(bound.args)


def write_action(name: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make ``fn(db, actor, ...)`` one transaction with an idempotent ``request_id=`` keyword (see module)."""

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        sig = inspect.signature(fn)
        cleans_reasons = any(k in sig.parameters for k in REASON_PARAMETERS)

        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            if cleans_reasons:
                args = _clean_reasons(sig, args, kwargs)  # type: ignore[assignment]
            db = typing.cast(Database, args[0])
            assert hasattr(db, "transaction"), f"{name}: the first argument is the Database"
            actor = args[1] if len(args) > 1 else kwargs.get("actor")
            request_id = check_request_id(kwargs.get("request_id"))
            if db.in_transaction:  # called by another action: part of its transaction and its request
                return fn(*args, **kwargs)
            for attempt in (1, 2):
                try:
                    return _once(fn, name, db, actor, request_id, args, kwargs)
                except UniqueViolation as exc:
                    if attempt == 2:
                        log.warning("%s: %s refused twice", name, exc.key)
                        raise SavedConcurrently(exc.table) from exc
                    log.info("%s: %s taken by another transaction; running the checks again", name, exc.key)
            raise AssertionError("unreachable")

        WRITE_ACTIONS[name] = run
        run.write_action = name  # type: ignore[attr-defined]
        return run

    return decorate


def _once(fn: Callable[P, R], name: str, db: Database, actor: Any, request_id: str | None,
          args: Any, kwargs: Any) -> R:
    user_id = getattr(actor, "user_id", None)
    with db.transaction() as s:
        if request_id is not None:
            prior = request_log.find(s, request_id)
            if prior is not None:
                if prior.action != name or prior.user_id != user_id:
                    raise RequestReused()
                log.info("%s: request %s repeated, returning its first outcome", name, request_id)
                return typing.cast(R, decode_result(fn, prior.result))
        result = fn(*args, **kwargs)
        if request_id is not None:
            request_log.record(s, request_id, name, user_id, encode_result(fn, result))
        return result


def check_version(record: Any, version: int | None) -> None:
    """Refuse a write made on an older version of the record than the one in the database (the user saw the
    record before another workstation saved it). The record must have been loaded with a row lock."""
    if version is None or isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError("version", QT_TRANSLATE_NOOP("services.writes", "缺少记录版本：请重新载入后再保存"))
    if record.version != version:
        raise StaleRecord(str(getattr(record, "code", None) or getattr(record, "vin", "") or ""))


def touch(record: Any) -> None:
    """Bump the record's version although only its child rows changed (contacts, channels, repair centers)."""
    record.updated_at = utcnow()
