"""The reception-desk server's HTTP API: sessions, one endpoint per public use case, typed error bodies.

No rules live here: every permission and rule is checked by the service the endpoint runs, with the actor the
server builds from the session token (the client never sends a role or a store). This module only turns HTTP
into service calls and back:

- ``POST /api/v1/login`` ``{"login", "password"}`` -> ``{"token", "actor", "api_version"}``; 401 otherwise, 429
  when throttled. ``POST /api/v1/logout``.
- ``POST /api/v1/{module}/{function}``: one per entry of ``desktop.services.api.USE_CASES``, keyword arguments
  as the JSON body, ``Authorization: Bearer TOKEN``, ``Idempotency-Key`` (the request id) for writes. The answer
  is the service's result as JSON; a refusal is ``{"error": {kind, code, rule, field, message_zh, message_en,
  context, source, params, type, data}}`` (``api.error_body``) with 400 validation, 401 session, 403 permission, 404 not found, 409 duplicate / stale /
  conflict, 422 other rule, 429 throttled, 503 database unavailable.
- ``GET /api/v1/openapi.json``: the schema; ``GET /api/v1/health``: the database answers.

Endpoints are plain ``def`` functions: FastAPI runs them on its thread pool, each one a service call in its
own transaction on the shared ``Database`` (connection pool sized to the thread pool).
"""

from __future__ import annotations

import contextlib
import inspect
import json
import logging
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from desktop import __version__
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP, Message
from desktop.services import api, sessions
from desktop.services.auth import Actor
from desktop.storage import Database

log = logging.getLogger(__name__)
access = logging.getLogger("desktop.server.access")

PREFIX = "/api/v1"


class LoginBody(BaseModel):
    login: str = Field(max_length=200)
    password: str = Field(max_length=1000)


class ActorOut(BaseModel):
    user_id: int
    login: str
    name: str
    store_id: int
    store_code: str
    store_name: str
    roles: list[str]
    repair_center_ids: list[int]
    permissions: list[str]


class LoginOut(BaseModel):
    token: str
    actor: ActorOut
    api_version: int
    server_version: str


def _actor_out(actor: Actor) -> dict[str, Any]:
    return {
        "user_id": actor.user_id, "login": actor.login, "name": actor.name, "store_id": actor.store_id,
        "store_code": actor.store_code, "store_name": actor.store_name, "roles": list(actor.roles),
        "repair_center_ids": list(actor.repair_center_ids), "permissions": sorted(actor.permissions),
    }


def _json(body: Any, status: int, headers: dict[str, str] | None = None) -> Response:
    """JSON that cannot fail to encode (a refusal may echo a value with a lone surrogate: escaped as \\ud800)."""
    return Response(json.dumps(body, ensure_ascii=True, default=str), status_code=status, headers=headers,
                    media_type="application/json")


def _error_response(exc: BaseException) -> Response:
    status, body = api.error_body(exc)
    headers = {}
    retry_after = getattr(exc, "retry_after", None)
    if isinstance(retry_after, int):
        headers["Retry-After"] = str(retry_after)
    if body["error"]["kind"] == "bug":
        log.error("request failed", exc_info=exc)
    return _json(body, status, headers)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _client_address(request: Request) -> str | None:
    # uvicorn puts the real address here; behind a load balancer, with --forwarded-allow-ips, the one it forwarded
    return request.client.host if request.client else None


def _too_old(request: Request) -> Response | None:
    try:
        version = int(request.headers.get("x-desk-api", str(api.API_VERSION)))
    except ValueError:
        version = 0
    if version >= api.MIN_CLIENT_API:
        return None
    body: dict[str, Any] = {"error": {
        "kind": "upgrade", "code": "upgrade", "rule": None, "field": None,
        **api.message_fields(Message.of(QT_TRANSLATE_NOOP(
            "server.app", "接待台服务器已升级，请更新本机的维修接待台后再登录"))),
        "type": "desktop.backend.ClientTooOld", "data": {},
    }}
    return _json(body, 426)


def create_app(db: Database, *, idle: timedelta = sessions.DEFAULT_IDLE, threads: int | None = None,
               close_db: bool = True) -> FastAPI:
    """The ASGI app over one opened database (the server process holds its credentials; nobody else).
    ``threads``: service calls at once (sync endpoints run on AnyIO's thread pool; match the connection pool)."""

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if threads:
            import anyio.to_thread

            anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        if close_db:
            db.close()

    app = FastAPI(title="维修接待台 · Service Reception Desk API", version=__version__, lifespan=lifespan,
                  openapi_url=f"{PREFIX}/openapi.json", docs_url=None, redoc_url=None)
    app.state.db = db

    @app.exception_handler(StarletteHTTPException)
    def _http_error(_request: Request, exc: StarletteHTTPException) -> Response:
        """An unknown path (only the catalogue exists), a wrong method, a body that is no JSON: typed bodies too."""
        if exc.status_code == 404:
            kind, text = "not_found", QT_TRANSLATE_NOOP("server.app", "没有这个接口")
        elif exc.status_code == 405:
            kind, text = "not_found", QT_TRANSLATE_NOOP("server.app", "该接口只接受 POST")
        else:
            kind, text = "validation", QT_TRANSLATE_NOOP("server.app", "请求无效")
        body: dict[str, Any] = {"error": {"kind": kind, "code": kind if exc.status_code != 405 else "method", "rule": None,
                          "field": None, **api.message_fields(Message.of(text)),
                          "type": "desktop.services.errors.NotFound" if kind == "not_found"
                          else "desktop.rules.errors.ValidationError", "data": {}}}
        return _json(body, exc.status_code, dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    def _bad_body(_request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("body",)]
        where = ".".join(loc) or "body"
        return _error_response(ValidationError(
            loc[0] if loc else "body", QT_TRANSLATE_NOOP("services.api", "参数 {where} 不正确：{problem}"),
            code="bad_argument", params={"where": where, "problem": first.get("msg", "")}))

    @app.middleware("http")
    async def _log_requests(request: Request, call_next: Any) -> Any:
        started = time.perf_counter()
        too_old = _too_old(request)
        response = too_old if too_old is not None else await call_next(request)
        access.info("%s %s %s %.1f ms", _client_address(request), request.url.path, response.status_code,
                    (time.perf_counter() - started) * 1000)
        return response

    @app.post(f"{PREFIX}/login", response_model=LoginOut, tags=["session"])
    def login(body: LoginBody, request: Request) -> Any:
        try:
            opened = sessions.open_session(db, body.login, body.password, _client_address(request))
        except Exception as exc:  # noqa: BLE001 - every refusal becomes its typed body
            return _error_response(exc)
        return {"token": opened.token, "actor": _actor_out(opened.actor), "api_version": api.API_VERSION,
                "server_version": __version__}

    @app.post(f"{PREFIX}/logout", tags=["session"])
    def logout(request: Request) -> Any:
        try:
            sessions.close_session(db, _bearer(request))
        except Exception as exc:  # noqa: BLE001
            return _error_response(exc)
        return {"ok": True}

    @app.get(f"{PREFIX}/health", tags=["session"])
    def health() -> Any:
        try:
            current, head = db.schema_state()
        except Exception as exc:  # noqa: BLE001
            return _error_response(exc)
        return {"ok": current == head, "schema": current, "api_version": api.API_VERSION, "version": __version__}

    for uc in api.USE_CASES.values():
        _add_endpoint(app, db, uc, idle)
    return app


def _add_endpoint(app: FastAPI, db: Database, uc: api.UseCase, idle: timedelta) -> None:
    model = uc.arguments_model

    def endpoint(request: Request, body: Any) -> Response:
        try:
            actor = sessions.actor_for_token(db, _bearer(request), _client_address(request), idle=idle)
            arguments = uc.arguments_of(body)
            request_id = request.headers.get("idempotency-key") if uc.write else None
            if request_id is not None and (len(request_id) > 64 or not request_id.isprintable()):
                raise ValidationError("Idempotency-Key",
                                      QT_TRANSLATE_NOOP("server.app", "请求编号无效（最多 64 个可见字符）"),
                                      code="bad_request_id")
            result = uc.call(db, actor, arguments, request_id)
            return Response(uc.encode_result(result), media_type="application/json")
        except Exception as exc:  # noqa: BLE001 - every refusal becomes its typed body
            return _error_response(exc)

    endpoint.__name__ = uc.name.replace(".", "_")
    endpoint.__doc__ = inspect.getdoc(uc.fn)
    endpoint.__signature__ = inspect.Signature([  # type: ignore[attr-defined]
        inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request),
        inspect.Parameter("body", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=model),
    ])
    module = uc.name.split(".")[0]
    app.add_api_route(f"{PREFIX}/{uc.name.replace('.', '/')}", endpoint, methods=["POST"],
                      response_model=uc.hints.get("return", Any), tags=[module],
                      summary=("write: " if uc.write else "read: ") + uc.name)
