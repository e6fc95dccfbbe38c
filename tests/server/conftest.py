"""The reception-desk server tested over real HTTP (issue #13): a uvicorn server in a thread on a random loopback
port, serving ``desktop.server.app.create_app`` over a database of the test module's own, SQLite and PostgreSQL.

One server per test module and database (module-scoped, parametrized: pytest runs a module's SQLite tests, then
its PostgreSQL tests). uvicorn is configured as ``serve`` configures it by default: no proxy headers trusted, so
the audited and throttled client address is the socket's peer (127.0.0.1), whatever ``X-Forwarded-For`` says.

PostgreSQL: the session's throw-away database of ``tests/conftest.py`` (``pg_server``), emptied for the module
as the ``db_url`` fixture empties it for a test; unreachable -> FAIL under CI, skip elsewhere (the same rule).
"""

from __future__ import annotations

import shutil
import socket
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.server.main import ThreadedServer
from desktop.storage import Database
from tests.factories import PASSWORD
from tests.pg_cluster import unavailable

API = "/api/v1"
#: message_zh / message_en: the text in both languages; context / source / params: the message for the workstation's
#: own catalogue (the Chinese source with {name} placeholders)
ERROR_KEYS = {"kind", "code", "rule", "field", "message_zh", "message_en", "context", "source", "params", "type",
              "data"}
#: what must never reach a client: driver / ORM / Python internals (any case) and SQL (as SQL is written)
RAW_MARKERS = ("traceback", "psycopg", "sqlalchemy", "sqlite3", "nul (0x00)", "operationalerror",
               "integrityerror", "dataerror", "unicodeencodeerror", "typeerror", "keyerror", "attributeerror")
SQL_MARKERS = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", " WHERE ", 'File "', "[SQL:", "(Background on")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])




class Api:
    """A bare HTTP client of the server (what a modified workstation could send): no backend in between."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=30)

    def close(self) -> None:
        self.http.close()

    def post(self, path: str, body: Any = None, *, token: str | None = None,
             headers: dict[str, str] | None = None, raw: bytes | None = None) -> httpx.Response:
        all_headers = dict(headers or {})
        if token is not None:
            all_headers["Authorization"] = f"Bearer {token}"
        if raw is not None:
            all_headers.setdefault("Content-Type", "application/json")
            return self.http.post(path if path.startswith("/") else f"{API}/{path}", content=raw,
                                  headers=all_headers)
        return self.http.post(path if path.startswith("/") else f"{API}/{path}",
                              json={} if body is None else body, headers=all_headers)

    def call(self, name: str, token: str | None, body: dict[str, Any] | None = None, *,
             key: str | None = None, headers: dict[str, str] | None = None) -> httpx.Response:
        """``POST /api/v1/{module}/{function}`` for the use case ``module.function``."""
        all_headers = dict(headers or {})
        if key is not None:
            all_headers["Idempotency-Key"] = key
        return self.post(f"{API}/{name.replace('.', '/')}", body or {}, token=token, headers=all_headers)

    def login(self, login: str, password: str = PASSWORD, headers: dict[str, str] | None = None) -> httpx.Response:
        return self.post(f"{API}/login", {"login": login, "password": password}, headers=headers)

    def token(self, login: str, password: str = PASSWORD) -> str:
        response = self.login(login, password)
        assert response.status_code == 200, response.text
        return str(response.json()["token"])


def error_of(response: httpx.Response, status: int, kind: str | None = None) -> dict[str, Any]:
    """The typed error body of a refusal (every key present, no internals); returns ``body["error"]``."""
    assert response.status_code == status, (response.status_code, response.text[:500])
    assert response.headers["content-type"].startswith("application/json"), response.text[:300]
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == ERROR_KEYS, error
    assert error["message_zh"] and error["message_en"], error
    assert error["context"] and error["source"] and isinstance(error["params"], dict), error
    assert isinstance(error["data"], dict)
    assert_no_internals(response)
    if kind is not None:
        assert error["kind"] == kind, error
    return error  # type: ignore[no-any-return]


def assert_no_internals(response: httpx.Response) -> None:
    text = response.text
    leaked = [m for m in RAW_MARKERS if m in text.lower()] + [m for m in SQL_MARKERS if m in text]
    assert not leaked, f"{response.status_code} body shows {leaked}: {text[:500]}"


fail_or_skip = unavailable  # no PostgreSQL: a failure under CI, a skip elsewhere


def fresh_database(request: pytest.FixtureRequest, kind: str, tmp: Path) -> str:
    """The URL of an empty, migrated database of this module: a copy of the SQLite template, or the session's
    PostgreSQL database emptied (with the migrations' own rows put back)."""
    if kind == "sqlite":
        target = tmp / f"server_{uuid.uuid4().hex[:8]}.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), target)
        return f"sqlite:///{target}"
    if request.config.getoption("--no-pg"):
        pytest.skip("--no-pg given")
    from tests.conftest import _restore_shipped, _truncate_all

    server = request.getfixturevalue("pg_server")
    if server.url is None:
        fail_or_skip(server.error or "PostgreSQL unavailable")
    db = Database.connect(server.url)
    try:
        _truncate_all(db)
        _restore_shipped(db, server.shipped)
    finally:
        db.close()
    return str(server.url)


class Live:
    """One module's server: its database (the test reads and arranges rows directly), the server and a client."""

    def __init__(self, kind: str, url: str, *, idle: timedelta | None = None) -> None:
        from desktop.server.app import create_app

        self.kind = kind
        self.db_url = url
        self.db = Database.open(url)
        kwargs: dict[str, Any] = {"close_db": False}
        if idle is not None:
            kwargs["idle"] = idle
        self.app = create_app(self.db, **kwargs)
        self.server = ThreadedServer(self.app)
        self.url = self.server.url
        self.api = Api(self.url)

    def close(self) -> None:
        self.api.close()
        self.server.stop()
        self.db.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """A server over a fresh database of this module (``make_group`` is the module's to call)."""
    url = fresh_database(request, request.param, tmp_path_factory.mktemp("server"))
    server = Live(request.param, url)
    yield server
    server.close()


def backend_for(url: str, login: str, password: str = PASSWORD) -> Any:
    """A workstation's RemoteBackend logged in as ``login`` (plain HTTP on loopback: verify=False)."""
    from desktop.backend import RemoteBackend

    backend = RemoteBackend(url, verify=False, timeout=10)
    backend.login(login, password)
    return backend


def new_user(db: Database, role: str, store: str = "S01") -> str:
    """A user of the test's own (tests that end sessions or lock accounts never touch another test's users)."""
    from desktop.services import org

    login = f"u{uuid.uuid4().hex[:8]}"
    org.add_user(db, login, login, store, [role], PASSWORD)
    return login
