"""The public use cases: the one list of what a workstation may call, and how a call, its result and its
refusals travel as JSON.

:data:`USE_CASES` is the allow-list. ``desktop.backend.LocalBackend`` runs a use case in-process,
``RemoteBackend`` sends it to the reception-desk server, which exposes exactly these as
``POST /api/v1/{module}/{function}`` (``desktop.server``). Nothing else of ``desktop.services`` is reachable
over the network. Both backends go through :meth:`UseCase.bind`, so the same call means the same thing on both.

The codec is typed by the service function's own annotations (pydantic ``TypeAdapter``): the arguments are
checked against the parameter types on the server, the result is encoded by the return type and decoded into
the same dataclasses on the workstation. A refusal (a ``ValidationError``, a ``ServiceError`` or a known storage
error) becomes ``{"error": {kind, code, rule, field, message_zh, message_en, context, source, params, type,
data}}`` and is raised on the workstation again as the same class with the same attributes
(``DuplicateFound.candidates`` ...), so a dialog that handles an expected refusal by its class works the same on
both backends. ``message_zh`` / ``message_en`` are the text in both languages; ``context``, ``source`` (the
Chinese with ``{name}`` placeholders) and ``params`` let the workstation translate it with its own catalogue.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import inspect
import logging
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP, Message, Text, Translatable, decode_param, encode_param
from desktop.services import (
    audit,
    change_requests,
    customers,
    dedupe,
    escalations,
    intake,
    merge,
    org,
    pending,
    search,
    special_customers,
    users,
    vehicles,
    work_orders,
)
from desktop.services.auth import LoginFailed, PermissionDenied
from desktop.services.errors import Conflict, NotFound, RuleViolation, ServiceError
from desktop.services.sessions import SessionExpired, Throttled
from desktop.storage import errors as storage

log = logging.getLogger(__name__)

#: the HTTP API's version: a client older than MIN_CLIENT_API is told to update (426)
API_VERSION = 1
MIN_CLIENT_API = 1

_FRAMEWORK_PARAMS = ("db", "actor", "request_id")


@dataclass(frozen=True)
class UseCase:
    """One public service function: ``name`` is ``"module.function"`` (the URL path under /api/v1/)."""

    name: str
    fn: Callable[..., Any]

    @property
    def write(self) -> bool:
        """A write action (``@write_action``): one transaction with a request id (``Idempotency-Key``)."""
        return bool(getattr(self.fn, "write_action", None))

    @functools.cached_property
    def signature(self) -> inspect.Signature:
        return inspect.signature(self.fn)

    @property
    def takes_actor(self) -> bool:
        return "actor" in self.signature.parameters

    @functools.cached_property
    def hints(self) -> dict[str, Any]:
        return typing.get_type_hints(self.fn)

    @functools.cached_property
    def parameters(self) -> dict[str, inspect.Parameter]:
        """The arguments a caller gives (without db, actor and request_id)."""
        return {n: p for n, p in self.signature.parameters.items()
                if n not in _FRAMEWORK_PARAMS and p.kind is not inspect.Parameter.VAR_KEYWORD}

    @property
    def var_keywords(self) -> bool:
        """Takes ``**fields`` (customers.save_customer, change_core_data ...): other keys pass through."""
        return any(p.kind is inspect.Parameter.VAR_KEYWORD for p in self.signature.parameters.values())

    def check_extra(self, extra: Mapping[str, Any]) -> None:
        """What ``**fields`` may not carry: the framework's own names (the server builds the actor, the request id
        is the Idempotency-Key header). A 400 naming the key, never a TypeError."""
        for key in extra:
            if key in _FRAMEWORK_PARAMS or key.startswith("_"):
                raise ValidationError(
                    key, QT_TRANSLATE_NOOP("services.api", "参数 {key} 不允许"),
                    code="bad_argument", params={"key": key},
                )

    def bind(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """The call's arguments by name (positional ones named), without db / actor / request_id. A wrong
        argument is a programming error (TypeError), as it would be in-process."""
        lead: list[Any] = [None, None] if self.takes_actor else [None]
        bound = self.signature.bind(*lead, *args, **{k: v for k, v in kwargs.items() if k != "request_id"})
        out: dict[str, Any] = {}
        for name, value in bound.arguments.items():
            param = self.signature.parameters[name]
            if name in _FRAMEWORK_PARAMS:
                continue
            if param.kind is inspect.Parameter.VAR_KEYWORD:
                out.update(value)
            else:
                out[name] = value
        return out

    def call(self, db: Any, actor: Any, arguments: Mapping[str, Any], request_id: str | None = None) -> Any:
        """Run the service function with arguments by name (what :meth:`bind` or the server's body gave)."""
        kwargs = dict(arguments)
        if self.write and request_id is not None:
            kwargs["request_id"] = request_id
        positional = [p for p in self.parameters.values() if p.kind is inspect.Parameter.POSITIONAL_ONLY]
        args = [kwargs.pop(p.name) for p in positional if p.name in kwargs]
        if self.takes_actor:
            return self.fn(db, actor, *args, **kwargs)
        return self.fn(db, *args, **kwargs)

    # -- the JSON codec ---------------------------------------------------------------------------------------
    @functools.cached_property
    def result_adapter(self) -> Any:
        from pydantic import TypeAdapter

        return TypeAdapter(self.hints.get("return", Any))

    @functools.cached_property
    def arguments_model(self) -> Any:
        """A pydantic model of the arguments (the server validates a body with it; also the OpenAPI schema)."""
        from pydantic import ConfigDict, create_model

        fields: dict[str, Any] = {}
        for name, param in self.parameters.items():
            # null is let through to the service, which refuses a missing value with its own message and field
            # (as it does in-process); the server checks the types of what is given
            hint = self.hints.get(name, Any) | None
            default = ... if param.default is inspect.Parameter.empty else param.default
            fields[name] = (hint, default)
        config = ConfigDict(extra="allow" if self.var_keywords else "forbid", arbitrary_types_allowed=True,
                            title=self.name.replace(".", "_"))
        model = create_model(self.name.replace(".", "_") + "_arguments", __config__=config, **fields)
        return model

    def encode_arguments(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        from pydantic_core import to_jsonable_python

        return {k: to_jsonable_python(v) for k, v in arguments.items()}

    def decode_arguments(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """Check the body against the parameter types; a wrong or missing argument is a ValidationError naming
        it (400). Values keep the types the function declares (a ``date`` arrives as a date)."""
        from pydantic import ValidationError as PydanticError

        if not isinstance(body, Mapping):
            raise ValidationError("body", QT_TRANSLATE_NOOP("services.api", "请求内容必须是 JSON 对象"), code="bad_request")
        try:
            model = self.arguments_model.model_validate(dict(body))
        except PydanticError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "body"
            raise ValidationError(
                where.split(".")[0], QT_TRANSLATE_NOOP("services.api", "参数 {where} 不正确：{problem}"),
                code="bad_argument", params={"where": where, "problem": first.get('msg', '')},
            ) from None
        return self.arguments_of(model)

    def arguments_of(self, model: Any) -> dict[str, Any]:
        """The arguments of a validated body (given ones, and required ones): every string checked to be text
        (a lone surrogate is valid JSON but no UTF-8: a 400 naming the field, never a database error)."""
        values = {name: getattr(model, name) for name in self.parameters if name in model.model_fields_set
                  or self.parameters[name].default is inspect.Parameter.empty}
        if self.var_keywords:
            self.check_extra(model.model_extra or {})
            values.update(model.model_extra or {})
        for name, value in values.items():
            _check_text(name, value)
        return values

    def encode_result(self, value: Any) -> bytes:
        return self.result_adapter.dump_json(value)  # type: ignore[no-any-return]

    def decode_result(self, data: bytes | str) -> Any:
        return self.result_adapter.validate_json(data)


def _check_text(field: str, value: Any) -> None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("services.api", "参数 {field} 含有无效字符"),
                code="bad_text", params={"field": field},
            ) from None
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _check_text(field, key)
            _check_text(field, item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _check_text(field, item)


def _catalogue(*functions: Callable[..., Any]) -> dict[str, UseCase]:
    out: dict[str, UseCase] = {}
    for fn in functions:
        module = fn.__module__.rsplit(".", 1)[-1]
        name = f"{module}.{fn.__name__}"
        out[name] = UseCase(name, fn)
    return out


#: every use case a workstation may call, by "module.function" (the UI uses these and only these)
USE_CASES: dict[str, UseCase] = _catalogue(
    # intake and search (advisors)
    intake.lookup_vin, intake.lookup_plate,
    search.search_customers, search.search_vehicles,
    dedupe.find_duplicates,
    # customers
    customers.get_customer, customers.create_customer, customers.save_customer, customers.update_customer,
    customers.change_core_data, customers.enable, customers.disable, customers.set_retained,
    # vehicles
    vehicles.get_vehicle, vehicles.get_vehicle_pair, vehicles.create_manual_vehicle, vehicles.update_vehicle,
    vehicles.attach_store, vehicles.set_plate, vehicles.set_plate_or_conflict, vehicles.move_plate,
    vehicles.set_owner, vehicles.create_owner, vehicles.retain_and_link_owner,
    vehicles.add_contact, vehicles.remove_contact, vehicles.set_main_user, vehicles.remove_repair_center,
    vehicles.merge_twin, vehicles.undo_twin_merge,
    # work orders
    work_orders.create_work_order, work_orders.stock_car_problem,
    # back office: pending customers, core-data change requests, merges, special customers, VIN escalations
    pending.list_pending, pending.recheck, pending.reject_pending,
    change_requests.file_request, change_requests.list_open, change_requests.apply, change_requests.reject,
    merge.plan_merge, merge.merge_customers, merge.undo_merge, merge.recent_merges, search.search_customers_group,
    special_customers.list_patterns, special_customers.match, special_customers.add_pattern,
    special_customers.update_pattern, special_customers.set_pattern_active,
    escalations.file_vin_escalation, escalations.get_escalation, escalations.list_open, escalations.vehicle_ref,
    escalations.resolve_same_car, escalations.resolve_different_car,
    # audit, users, stores
    audit.entries,
    users.list_users, users.add, users.set_roles, users.reset_password, users.unlock, users.deactivate,
    users.reactivate, users.change_own_password,
    org.stores,
)


def use_case(fn_or_name: Callable[..., Any] | str) -> UseCase:
    """The use case of a service function (or of its "module.function" name); anything else is refused: only
    the catalogue is reachable, in-process as over the network."""
    if isinstance(fn_or_name, str):
        found = USE_CASES.get(fn_or_name)
    else:
        module = getattr(fn_or_name, "__module__", "").rsplit(".", 1)[-1]
        found = USE_CASES.get(f"{module}.{getattr(fn_or_name, '__name__', '')}")
        if found is not None and found.fn is not fn_or_name:
            found = None
    if found is None:
        raise LookupError(f"{fn_or_name!r} is not a public use case (desktop.services.api.USE_CASES)")
    return found


# -- refusals on the wire ------------------------------------------------------------------------------------------
def _error_classes() -> dict[str, type[BaseException]]:
    out: dict[str, type[BaseException]] = {}
    todo: list[type[BaseException]] = [ValidationError, ServiceError, storage.StorageError]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("desktop."):
            out[f"{cls.__module__}.{cls.__qualname__}"] = cls
        todo.extend(cls.__subclasses__())
    return out


@functools.cache
def error_classes() -> dict[str, type[BaseException]]:
    """The exceptions that may cross the wire, by qualified name (an allow-list: a body naming anything else is
    not turned into a class)."""
    return _error_classes()


@functools.cache
def _statuses() -> tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], int, str], ...]:
    """(classes, HTTP status, kind), the first that matches wins (docs/DESIGN.md has the table)."""
    from desktop.services.customers import DuplicateFound

    return (
        (ValidationError, 400, "validation"),
        (SessionExpired, 401, "session"),
        (LoginFailed, 401, "login"),
        (PermissionDenied, 403, "permission"),
        (Throttled, 429, "throttled"),
        (NotFound, 404, "not_found"),
        (DuplicateFound, 409, "duplicate"),
        (storage.StaleRecord, 409, "stale"),
        ((Conflict, storage.UniqueViolation), 409, "conflict"),
        (RuleViolation, 422, "rule"),
        (ServiceError, 422, "refused"),
        (storage.DatabaseUnavailable, 503, "unavailable"),
        ((storage.SchemaTooNew, storage.SchemaTooOld), 503, "schema"),
        (storage.DiskFull, 507, "storage"),
        (storage.DatabaseBug, 500, "bug"),
        (storage.StorageError, 500, "storage"),
    )


def error_kind(exc: BaseException) -> tuple[int, str]:
    """HTTP status and ``kind`` of a refusal (the error body's first word); anything unknown is a bug (500)."""
    if isinstance(exc, ServiceError) and exc.code == "validation":
        return 400, "validation"
    for classes, status, kind in _statuses():
        if isinstance(exc, classes):
            return status, kind
    return 500, "bug"


#: attributes not sent in ``data``: the message travels as ``context`` / ``source`` / ``params`` beside it
_BASE_ATTRIBUTES = {"args", "source", "params"}


def message_fields(message: Message | None, zh: str | None = None, en: str | None = None) -> dict[str, Any]:
    """The message keys of an error body: the text in both languages (``message_zh`` / ``message_en``, English
    from the catalogue: what an older workstation shows) and what a workstation needs to translate it itself
    with its own catalogue: ``context`` and ``source`` (the Chinese with ``{name}`` placeholders) and ``params``
    (marked text and nested messages keep their context)."""
    if message is None:
        return {"message_zh": zh, "message_en": en, "context": None, "source": None, "params": {}}
    return {"message_zh": message.text("zh_CN") if zh is None else zh,
            "message_en": message.text("en") if en is None else en,
            "context": message.context, "source": message.source,
            "params": {k: encode_param(v) for k, v in message.params.items()}}


def error_body(exc: BaseException) -> tuple[int, dict[str, Any]]:
    """The typed error body of a refusal: what the user reads in both languages, the rule and field, and the
    class with its own attributes (``data``) for the workstation to raise it again."""
    from pydantic_core import to_jsonable_python

    status, kind = error_kind(exc)
    if kind == "bug":
        exc = storage.DatabaseBug()
    name = f"{type(exc).__module__}.{type(exc).__qualname__}"
    known = name in error_classes()
    data: dict[str, Any] = {}
    if known:
        for key, value in vars(exc).items():
            if key in _BASE_ATTRIBUTES or key.startswith("_"):
                continue
            try:
                data[key] = to_jsonable_python(value)
            except Exception:  # noqa: BLE001 - an attribute that does not travel stays home
                log.debug("error attribute %s.%s not sent", name, key)
    message = getattr(exc, "message", None)
    zh = message("zh_CN") if callable(message) else str(exc)
    en = message("en") if callable(message) else str(exc)
    body = {
        "kind": kind,
        "code": getattr(exc, "code", kind),
        "rule": getattr(exc, "rule", None),
        "field": getattr(exc, "field", None),
        **message_fields(exc.as_message() if isinstance(exc, Translatable) else None, zh, en),
        "type": name if known else "desktop.storage.errors.DatabaseBug",
        "data": data,
    }
    return status, {"error": body}


def raise_from_body(body: Mapping[str, Any]) -> typing.NoReturn:
    """Raise the refusal an error body describes as the class the service raised (same attributes)."""
    from pydantic import TypeAdapter

    error = body.get("error") if isinstance(body, Mapping) else None
    if not isinstance(error, Mapping):
        raise storage.DatabaseBug("the server answered without an error body")
    cls = error_classes().get(str(error.get("type")))
    if cls is None:
        raise storage.DatabaseBug(f"unknown error type {error.get('type')!r}")
    exc = cls.__new__(cls)
    hints: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if klass.__module__.startswith("desktop."):
            with contextlib.suppress(Exception):  # unresolvable annotations: the value stays as sent
                hints.update(typing.get_type_hints(klass))
    for key in ("rule", "field", "code"):
        if key not in (error.get("data") or {}) and isinstance(exc, ServiceError | ValidationError):
            if key == "code" and not isinstance(exc, ValidationError):
                continue  # a ServiceError's code is its class's
            setattr(exc, key, error.get(key))
    if isinstance(exc, Translatable):
        params = error.get("params")
        exc.params = ({str(k): decode_param(v) for k, v in params.items()} if isinstance(params, Mapping) else {})
        if error.get("source") is not None:  # translated here, with this workstation's catalogue
            exc.source = Text(str(error.get("context") or ""), str(error["source"]))
        elif isinstance(exc, ServiceError | ValidationError):  # no class-level source: the Chinese as sent
            exc.source = Text("", str(error.get("message_zh") or ""))
    for key, value in (error.get("data") or {}).items():
        hint = hints.get(key)
        if hint is not None and not isinstance(hint, str) and typing.get_origin(hint) is not typing.ClassVar:
            try:
                value = TypeAdapter(hint).validate_python(value)
            except Exception:  # noqa: BLE001 - keep the plain value rather than lose the refusal
                log.debug("error attribute %s not decoded as %s", key, hint)
        setattr(exc, key, value)
    Exception.__init__(exc, f"{error.get('message_zh')} / {error.get('message_en')}")
    raise exc


def dataclass_fields(obj: Any) -> dict[str, Any]:
    """A dataclass as a dict of its fields (for the login answer's actor)."""
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
