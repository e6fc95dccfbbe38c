"""Test fixtures: a fresh database per test, the same service tests on SQLite AND PostgreSQL.

PostgreSQL: ``--pg-url`` or ``DESKTOP_TEST_PG_URL`` (default: the CI server on 127.0.0.1:5432, database
``test``). A throw-away database is created for the session and dropped afterwards. When the server
cannot be reached the PostgreSQL tests FAIL under CI (``CI`` set) and are skipped elsewhere.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.storage import Database  # noqa: E402

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--pg-url", default=os.environ.get("DESKTOP_TEST_PG_URL", DEFAULT_PG))
    parser.addoption("--no-pg", action="store_true", help="only SQLite (local quick runs)")
    parser.addoption("--backend", choices=["local", "remote"], default=os.environ.get("DESKTOP_TEST_BACKEND", "local"),
                     help="remote: every public use case a test calls goes through RemoteBackend and a live "
                          "server (tests/remote.py)")


class _PgServer:
    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.url: str | None = None
        self.error: str | None = None
        self.shipped: dict[str, list[dict[str, object]]] = {}
        self._engine = None

    def start(self) -> None:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        try:
            engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT",
                                   connect_args={"connect_timeout": 5})
            name = f"desk_test_{uuid.uuid4().hex[:10]}"
            with engine.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
            self._engine = engine
            self.url = make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)
            db = Database.open(self.url)
            self.shipped = _shipped_rows(db)
            db.close()
        except Exception as exc:  # noqa: BLE001 - any failure to reach the server
            self.error = f"PostgreSQL not reachable at {self.admin_url}: {exc}"

    def stop(self) -> None:
        if self._engine is None or self.url is None:
            return
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        name = make_url(self.url).database
        with self._engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._engine.dispose()


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashes() -> Iterator[None]:
    """argon2 with production cost takes ~130 ms a hash: tests use the same algorithm, cheaply."""
    from argon2 import PasswordHasher

    from desktop.services import auth

    original = auth._hasher
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    auth._hasher = original


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest) -> Iterator[_PgServer]:
    server = _PgServer(request.config.getoption("--pg-url"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database.open(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _shipped_rows(db: Database) -> dict[str, list[dict[str, object]]]:
    """The rows the migrations ship (e.g. the default list of special customers, 0011), table by table: a freshly
    migrated database holds nothing else."""
    from sqlalchemy import select

    from desktop.models import Base

    out: dict[str, list[dict[str, object]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in conn.execute(select(table))]
            if rows:
                out[table.name] = rows
    return out


def _restore_shipped(db: Database, shipped: dict[str, list[dict[str, object]]]) -> None:
    """Put the migrations' rows back after a TRUNCATE, so that PostgreSQL starts each test as SQLite does (a copy
    of a freshly migrated file); sequences move past the restored ids."""
    from desktop.models import Base

    if not shipped:
        return
    with db.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            rows = shipped.get(table.name)
            if not rows:
                continue
            conn.execute(table.insert(), rows)
            if "id" in table.c:
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), (SELECT max(id) FROM \"{table.name}\"))")


def _truncate_all(db: Database) -> None:
    from desktop.models import Base

    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
        extra = [r[0] for r in conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname='public' AND tablename <> 'alembic_version'"
        )]
        known = {t.name for t in Base.metadata.sorted_tables}
        for name in extra:
            if name not in known:
                conn.exec_driver_sql(f'TRUNCATE "{name}" RESTART IDENTITY CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        target = tmp_path / "test.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), target)
        yield f"sqlite:///{target}"
        return
    if request.config.getoption("--no-pg"):
        pytest.skip("--no-pg given")
    server: _PgServer = request.getfixturevalue("pg_server")
    if server.url is None:
        if os.environ.get("CI"):
            pytest.fail(server.error or "PostgreSQL unavailable", pytrace=False)
        pytest.skip(server.error or "PostgreSQL unavailable")
    db = Database.connect(server.url)
    _truncate_all(db)
    _restore_shipped(db, server.shipped)
    db.close()
    yield server.url


@pytest.fixture(scope="session")
def live_server() -> Iterator[object]:
    from tests.remote import STATS, LiveServer

    server = LiveServer()
    yield server
    server.stop()
    print(f"\nremote backend: {dict(STATS)}")


@pytest.fixture
def db(db_url: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    database = Database.open(db_url)
    if request.config.getoption("--backend") == "remote":
        from tests.remote import patched

        yield from patched(request.getfixturevalue("live_server"), database)
    else:
        yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """SQLite only: for UI tests and tests that need no second engine."""
    with _copy_of(sqlite_template, tmp_path / "ui.db") as database:
        yield database


@contextlib.contextmanager
def _copy_of(template: Path, target: Path) -> Iterator[Database]:
    """A database file of this test only, copied from a template built once per session."""
    shutil.copy(template, target)
    database = Database.open(f"sqlite:///{target}")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo group (desktop.demo.build_demo), built once per session (~8 s); tests work on a copy
    (:func:`demo_db`)."""
    from desktop.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database.open(f"sqlite:///{path}")
    build_demo(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo group of this test only."""
    with _copy_of(demo_template, tmp_path / "demo.db") as database:
        yield database


@contextlib.contextmanager
def main_window(qtbot: Any, db: Database, login: str, lang: str = "zh_CN") -> Iterator[Any]:
    """``login``'s main window on ``db`` in ``lang``, shown; closed afterwards (its calls finished first), the app
    back in Chinese."""
    from PySide6.QtCore import QThreadPool

    from desktop.app import make_application
    from desktop.services import auth
    from desktop.ui.main_window import MainWindow

    make_application(lang)
    win = MainWindow(db, auth.actor_for(db, login))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        win.worker.wait_for_done()
        QThreadPool.globalInstance().waitForDone()
        win.close()
        if lang != "zh_CN":
            make_application("zh_CN")


@pytest.fixture
def demo_window(qtbot: Any, demo_db: Database) -> Iterator[Any]:
    """adv1's main window (store S01) on a copy of the demo group."""
    with main_window(qtbot, demo_db, "adv1") as win:
        yield win
