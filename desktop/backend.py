"""The one way the UI reaches the services: :class:`LocalBackend` runs them in-process (the offline demo, one
workstation on a SQLite file), :class:`RemoteBackend` sends each call to the reception-desk server (a group of
stores). Both log in, both run exactly the use cases of :data:`desktop.services.api.USE_CASES`, both raise the
services' own exception classes. The UI's worker calls :meth:`Backend.call`; no widget knows which it has.

    backend = RemoteBackend("https://desk.example.group:8443", verify="group-ca.pem")
    actor = backend.login("adv1", password)
    result = backend.call(intake.lookup_vin, "LSVAG2181MA900001")        # or:
    result = backend.intake.lookup_vin(vin="LSVAG2181MA900001")
    detail = backend.call(customers.save_customer, code, version=3, request_id=rid, phone="139…")

A write (``@write_action``) takes the action's ``request_id``: in-process it is passed to the service, remotely
it travels as the ``Idempotency-Key`` header; a retry with the same id returns the first outcome.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Callable
from typing import Any

from desktop import __version__
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.services import api
from desktop.services.auth import Actor
from desktop.services.sessions import SessionExpired
from desktop.services.writes import check_request_id
from desktop.storage.errors import DatabaseUnavailable, StorageError

log = logging.getLogger(__name__)

#: how long the workstation waits for one answer (a lookup takes milliseconds; a merge a second)
TIMEOUT_SECONDS = 30.0
#: logout when the window closes: the server forgets an idle session anyway
LOGOUT_TIMEOUT = 3.0


class ServerUnavailable(DatabaseUnavailable):
    """The reception-desk server cannot be reached (network, server stopped, timeout). A write may or may not
    have been applied: retry with the same request id."""

    code = "unavailable"
    source = QT_TRANSLATE_NOOP("backend", "无法连接接待台服务器，请检查网络或联系 IT")


class ClientTooOld(StorageError):
    """The server speaks a newer API than this workstation: install the new version (the server is upgraded
    first, README "Deployment")."""

    code = "upgrade"
    source = QT_TRANSLATE_NOOP("backend", "接待台服务器已升级，请更新本机的维修接待台后再登录")


class BadServerAnswer(StorageError):
    code = "bug"
    source = QT_TRANSLATE_NOOP("backend", "接待台服务器的回答无法识别，已写入日志，请联系 IT")


class _Namespace:
    """``backend.intake.lookup_vin(...)``: the use cases of one module as methods."""

    def __init__(self, backend: Backend, module: str) -> None:
        self._backend = backend
        self._module = module

    def __getattr__(self, name: str) -> Callable[..., Any]:
        uc = api.USE_CASES.get(f"{self._module}.{name}")
        if uc is None:
            raise AttributeError(f"{self._module}.{name} is not a public use case")

        def call(*args: Any, **kwargs: Any) -> Any:
            return self._backend.call(uc.fn, *args, **kwargs)

        call.__name__ = name
        return call


class Backend:
    """What both backends offer. ``actor`` is the logged-in user (None before login)."""

    kind = "local"
    actor: Actor | None = None

    def login(self, login: str, password: str) -> Actor:
        raise NotImplementedError

    def logout(self) -> None:
        raise NotImplementedError

    def call(self, fn: Callable[..., Any] | str, /, *args: Any, **kwargs: Any) -> Any:
        """Run one use case (a function of the catalogue, or its "module.function" name) as the logged-in user:
        ``fn(db, actor, *args, **kwargs)`` in-process, one HTTP request remotely."""
        raise NotImplementedError

    def close(self) -> None:
        """Release connections (the window closes)."""

    def describe(self) -> str:
        """Where the data lives, for the status bar (no password)."""
        raise NotImplementedError

    def __getattr__(self, module: str) -> _Namespace:
        if module.startswith("_") or not any(name.startswith(module + ".") for name in api.USE_CASES):
            raise AttributeError(module)
        return _Namespace(self, module)


class LocalBackend(Backend):
    """The services in this process, on a database this workstation opened (SQLite: demo or one workstation)."""

    kind = "local"

    def __init__(self, db: Any, actor: Actor | None = None) -> None:
        self.db = db
        self.actor = actor

    def login(self, login: str, password: str) -> Actor:
        from desktop.services import auth

        self.actor = auth.login(self.db, login, password)
        return self.actor

    def logout(self) -> None:
        self.actor = None

    def call(self, fn: Callable[..., Any] | str, /, *args: Any, **kwargs: Any) -> Any:
        uc = api.use_case(fn)
        request_id = kwargs.pop("request_id", None) if uc.write else None
        arguments = uc.bind(args, kwargs)
        if uc.takes_actor and self.actor is None:
            raise SessionExpired()
        return uc.call(self.db, self.actor, arguments, request_id)

    def close(self) -> None:
        self.db.close()

    def describe(self) -> str:
        from desktop.config import redact_url

        return redact_url(getattr(self.db, "url", ""))


def _nodelay_transport(verify: bool | str) -> Any:
    import httpx

    # PERF-NOTES: without TCP_NODELAY a request written as headers + body waits for the peer's delayed ACK
    # (~40 ms a request). Keep-alive: one connection per worker thread, reused for every action.
    return httpx.HTTPTransport(verify=verify, retries=0,
                               socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
                               limits=httpx.Limits(max_connections=16, max_keepalive_connections=8,
                                                   keepalive_expiry=60))


class RemoteBackend(Backend):
    """The reception-desk server over HTTPS: one request per use case, the session token in the Authorization
    header, the request id of a write in ``Idempotency-Key``. ``verify`` is True (system CAs), a path to the
    group's CA certificate, or False (tests on loopback only)."""

    kind = "remote"

    def __init__(self, base_url: str, verify: bool | str = True, *, timeout: float = TIMEOUT_SECONDS) -> None:
        import httpx

        self.base_url = base_url.rstrip("/")
        self.token: str | None = None
        self.actor = None
        self._lock = threading.Lock()
        self._http = httpx.Client(base_url=self.base_url, transport=_nodelay_transport(verify), timeout=timeout,
                                  headers={"User-Agent": f"reception-desk/{__version__}",
                                           "X-Desk-Api": str(api.API_VERSION)})

    # -- session ------------------------------------------------------------------------------------------------
    def login(self, login: str, password: str) -> Actor:
        data = self._post("/api/v1/login", {"login": login, "password": password})
        actor_data = dict(data["actor"])
        for key in ("roles", "repair_center_ids"):
            actor_data[key] = tuple(actor_data.get(key) or ())
        actor_data["permissions"] = frozenset(actor_data.get("permissions") or ())
        actor = Actor(**{k: v for k, v in actor_data.items() if k in Actor.__dataclass_fields__})
        with self._lock:
            self.token = str(data["token"])
            self.actor = actor
        return actor

    def logout(self) -> None:
        if self.token is None:
            return
        try:  # a short wait: closing the app must not hang on a server that is gone
            self._post_raw("/api/v1/logout", {}, timeout=LOGOUT_TIMEOUT)
        except (ServerUnavailable, SessionExpired, BadServerAnswer):
            pass  # the server forgets idle sessions anyway
        finally:
            with self._lock:
                self.token = None
                self.actor = None

    def health(self) -> dict[str, Any]:
        """The server answers, its database schema is current and it speaks this client's API (one GET; no
        session needed): what the settings dialog's test and the login window check first."""
        import httpx

        try:
            response = self._http.get("/api/v1/health")
        except httpx.TransportError as exc:
            log.warning("server %s not reached: %s", self.base_url, type(exc).__name__)
            raise ServerUnavailable(type(exc).__name__) from None
        if response.status_code == 426:
            raise ClientTooOld()
        try:
            data = response.json()
        except ValueError:
            raise BadServerAnswer(str(response.status_code)) from None
        if isinstance(data, dict) and isinstance(data.get("error"), dict):
            api.raise_from_body(data)
        if response.status_code != 200 or not isinstance(data, dict):
            raise BadServerAnswer(str(response.status_code))
        return data

    # -- use cases ----------------------------------------------------------------------------------------------
    def call(self, fn: Callable[..., Any] | str, /, *args: Any, **kwargs: Any) -> Any:
        uc = api.use_case(fn)
        request_id = check_request_id(kwargs.pop("request_id", None)) if uc.write else None
        body = uc.encode_arguments(uc.bind(args, kwargs))
        headers = {"Idempotency-Key": request_id} if request_id is not None else None
        raw = self._post_raw(f"/api/v1/{uc.name.replace('.', '/')}", body, headers)
        try:
            return uc.decode_result(raw)
        except Exception as exc:  # noqa: BLE001 - a server of another version, a proxy's page ...
            log.error("answer of %s not decoded: %s", uc.name, type(exc).__name__)
            raise BadServerAnswer(uc.name) from None

    def close(self) -> None:
        self._http.close()

    def describe(self) -> str:
        return self.base_url

    # -- HTTP ---------------------------------------------------------------------------------------------------
    def _post(self, path: str, body: dict[str, Any]) -> Any:
        raw = self._post_raw(path, body)
        try:
            return json.loads(raw)
        except ValueError:
            raise BadServerAnswer(path) from None

    def _post_raw(self, path: str, body: dict[str, Any], headers: dict[str, str] | None = None, *,
                  timeout: float | None = None) -> bytes:
        import httpx

        all_headers = dict(headers or {})
        if self.token:
            all_headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self._http.post(path, content=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                                       headers={"Content-Type": "application/json", **all_headers},
                                       timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT)
        except httpx.TransportError as exc:  # refused, reset, timed out, TLS failure
            log.warning("server %s not reached: %s", self.base_url, type(exc).__name__)
            raise ServerUnavailable(type(exc).__name__) from None
        if response.status_code == 200:
            return response.content
        if response.status_code == 426:
            raise ClientTooOld()
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
            api.raise_from_body(payload)
        if response.status_code in (502, 503, 504):  # a load balancer without a live server behind it
            raise ServerUnavailable(str(response.status_code))
        log.error("server answered %s to %s without an error body", response.status_code, path)
        raise BadServerAnswer(str(response.status_code))


def for_database(db: Any, actor: Actor | None = None) -> Backend:
    """A backend for whatever the caller holds: a backend stays as it is, a Database gets a LocalBackend."""
    if isinstance(db, Backend):
        if actor is not None and db.actor is None:
            db.actor = actor
        return db
    return LocalBackend(db, actor)
