"""Issue #13 item 7: every refusal of the rulebook's permission matrix (RULES.md, Roles;
``tests/services/test_permissions.py`` MATRIX) holds when the API is called directly with a token of the wrong
role: a modified client gains nothing.

The MATRIX calls are replayed as they are written: while a test runs, every public use case in its module is
replaced by a proxy that sends the call as a bare HTTP request (the JSON body of its arguments, the token of
the actor's user, an Idempotency-Key for writes) and raises the refusal from the typed error body. Each refused
role must get 403 kind "permission" — the same refusal (class, permission, message) the service gives
in-process — and nothing may be written (records, audit trail, request log). Refused calls write nothing, so one
world per database serves every action; the allowed roles succeed in ``tests/services/test_permissions.py`` (and
over HTTP with ``pytest --backend remote``).
"""

from __future__ import annotations

import importlib
import threading
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, RequestLog
from desktop.services import api
from desktop.services.auth import PermissionDenied
from tests.server.conftest import Live, assert_no_internals, error_of
from tests.services.test_permissions import LOGIN, MATRIX, ROLES, _state, world


class HttpReplay:
    """The proxies' shared state: tokens by login and the answers of the current test."""

    def __init__(self, live: Live, tokens: dict[str, str]) -> None:
        self.live = live
        self.tokens = tokens
        self.responses: list[Any] = []

    def send(self, uc: api.UseCase, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        kwargs = dict(kwargs)
        kwargs.pop("request_id", None)
        actor = (args[1] if len(args) > 1 else kwargs.pop("actor")) if uc.takes_actor else None
        rest = args[2:] if uc.takes_actor else args[1:]
        body = uc.encode_arguments(uc.bind(rest, kwargs))
        token = self.tokens[actor.login] if actor is not None else next(iter(self.tokens.values()))
        response = self.live.api.call(uc.name, token, body, key=f"perm-{uuid.uuid4().hex}" if uc.write else None)
        self.responses.append((uc.name, response))
        if response.status_code == 200:
            return uc.decode_result(response.content)
        assert_no_internals(response)
        api.raise_from_body(response.json())


def _proxy(replay: HttpReplay, uc: api.UseCase) -> Any:
    original = uc.fn

    def proxy(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            return original(*args, **kwargs)  # the server's own calls between services
        return replay.send(uc, args, kwargs)

    proxy.__name__ = original.__name__
    proxy.__wrapped__ = original  # type: ignore[attr-defined]
    return proxy


@pytest.fixture(scope="module")
def matrix_world(live: Live) -> dict[str, Any]:
    w = world(live.db)
    w["tokens"] = {LOGIN[role]: live.api.token(LOGIN[role]) for role in ROLES}
    return w


def _written(db: Any) -> tuple[Any, ...]:
    with db.read() as s:
        return (_state(db), s.scalar(select(func.count()).select_from(AuditEntry)),
                s.scalar(select(func.count()).select_from(RequestLog)))


def _in_process_refusal(live: Live, action: str, actor: Any, w: dict[str, Any]) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as refused:
        MATRIX[action][1](live.db, actor, w)
    return refused.value


#: refusable actions first; the actions every role may do run last, because they write (on the shared world)
ACTIONS = [a for a, (allowed, _) in MATRIX.items() if allowed != frozenset(ROLES)] + \
    [a for a, (allowed, _) in MATRIX.items() if allowed == frozenset(ROLES)]


@pytest.mark.parametrize("action", ACTIONS)
def test_roles_permission_matrix_refusals_hold_over_http(live, matrix_world, action):
    """RULES.md Roles / #13 item 7: each role the matrix refuses gets 403 kind "permission" from the server,
    the same refusal as in-process, and nothing is written. An action every role may do (non-core edits,
    set_retained) succeeds over HTTP for every role."""
    allowed, call = MATRIX[action]
    w = matrix_world
    refused_roles = [role for role in ROLES if role not in allowed]
    expected = {role: _in_process_refusal(live, action, w["actors"][LOGIN[role]], w) for role in refused_roles}
    before = _written(live.db)
    for role in refused_roles:
        actor = w["actors"][LOGIN[role]]
        assert actor.roles == (role,)
        replay = HttpReplay(live, w["tokens"])
        with _replaying(replay), pytest.raises(PermissionDenied) as refused:
            call(live.db, actor, w)
        assert replay.responses, f"{action}: no HTTP request was made"
        name, response = replay.responses[-1]
        error = error_of(response, 403, "permission")
        assert error["type"] == "desktop.services.auth.PermissionDenied"
        assert refused.value.permission == expected[role].permission == error["data"]["permission"], (action, role)
        assert (error["message_zh"], error["message_en"]) == (expected[role].message("zh_CN"),
                                                              expected[role].message("en")), (action, role)
        assert _written(live.db) == before, f"{action}: refusing {role} wrote something ({name})"
    if refused_roles:
        return
    for role in ROLES:  # nobody is refused: every role succeeds over HTTP too
        replay = HttpReplay(live, w["tokens"])
        with _replaying(replay):
            call(live.db, w["actors"][LOGIN[role]], w)
        assert replay.responses and all(r.status_code == 200 for _, r in replay.responses), (action, role)


class _replaying:
    """Swap the use cases for HTTP proxies of ``replay`` while the MATRIX call runs (main thread only)."""

    def __init__(self, replay: HttpReplay) -> None:
        self.replay = replay
        self.saved: list[tuple[Any, str, Any]] = []

    def __enter__(self) -> HttpReplay:
        for uc in api.USE_CASES.values():
            module = importlib.import_module(uc.fn.__module__)
            self.saved.append((module, uc.fn.__name__, getattr(module, uc.fn.__name__)))
            setattr(module, uc.fn.__name__, _proxy(self.replay, uc))
        return self.replay

    def __exit__(self, *exc: object) -> None:
        for module, name, fn in self.saved:
            setattr(module, name, fn)
