"""Engine and session setup for SQLite (demo, single store) and PostgreSQL (a group of stores)."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.errors import (
    SchemaTooNew,
    SchemaTooOld,
    StorageError,
    classify,
    is_database_error,
)

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def normalize_url(url: str) -> str:
    """Accept plain paths and driver-less PostgreSQL URLs; always use psycopg 3 for PostgreSQL."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's begin event emit BEGIN itself (pysqlite's implicit transactions are unreliable).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


def _sqlite_on_begin(conn: Any) -> None:
    # Writers take the write lock up front (BEGIN IMMEDIATE) so that the busy timeout applies,
    # instead of failing at the first write of a deferred transaction.
    options = conn.get_execution_options()
    if options.get("sqlite_autocommit"):
        return  # hot read path: single statements, no transaction
    mode = "IMMEDIATE" if options.get("sqlite_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


# The unit of work open in this thread (or task): a service called inside another service's transaction joins
# it, so one advisor action is one transaction however the use case is built.
_OPEN: ContextVar[tuple[Database, Session] | None] = ContextVar("open_unit_of_work", default=None)


class Database:
    """A handle on one migrated database: engine, read sessions and write units of work.

    Every session and connection it hands out turns driver and SQLAlchemy exceptions into the product errors
    of :mod:`desktop.storage.errors` (``classify``): no raw database exception leaves this class.
    """

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.dialect = engine.dialect.name
        write_engine = engine.execution_options(sqlite_write=True) if self.is_sqlite else engine
        self._reader_engine = (
            engine.execution_options(sqlite_autocommit=True) if self.is_sqlite
            else engine.execution_options(isolation_level="AUTOCOMMIT")
        )
        self._read = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)
        self._write = sessionmaker(bind=write_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    # -- construction -------------------------------------------------------------------------------------
    @classmethod
    def connect(cls, url: str, *, pool_size: int | None = None) -> Database:
        """Connect without checking or migrating the schema (init-db and tests use this)."""
        url = normalize_url(url)
        u = make_url(url)
        kwargs: dict[str, Any] = {"future": True}
        if u.get_backend_name() == "sqlite":
            if u.database and u.database != ":memory:" and not u.database.startswith("file:"):
                Path(u.database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
        elif u.get_backend_name() == "postgresql":
            # Per-query plans: psycopg's automatic prepared statements make PostgreSQL use generic plans,
            # which are catastrophically slow for fragment searches (PERF-NOTES).
            kwargs["connect_args"] = {"prepare_threshold": None, "connect_timeout": 5}
            kwargs["pool_pre_ping"] = True
            kwargs["pool_size"] = pool_size or 4  # a workstation: 4; the server: one per service thread
            kwargs["max_overflow"] = max(10, (pool_size or 0) // 2)
        # hide_parameters: SQL parameters (phones, ID numbers) never appear in logs or exception text.
        engine = create_engine(url, hide_parameters=True, **kwargs)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_on_connect)
            event.listen(engine, "begin", _sqlite_on_begin)
        return cls(url, engine)

    @classmethod
    def open(cls, url: str, *, upgrade: bool = True, create: bool = True, pool_size: int | None = None) -> Database:
        """Open a database and bring its schema to the app's version.

        A database newer than the app is refused (SchemaTooNew). An older one is upgraded when
        ``upgrade`` is true (a SQLite file is copied aside first), else refused (SchemaTooOld).
        """
        db = cls.connect(url, pool_size=pool_size)
        try:
            db.ensure_schema(upgrade=upgrade, create=create)
        except Exception:
            db.close()
            raise
        return db

    def close(self) -> None:
        self.engine.dispose()

    # -- schema ---------------------------------------------------------------------------------------------
    def _alembic_config(self) -> Any:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return cfg

    def schema_state(self) -> tuple[str | None, str]:
        """(current revision or None, head revision of this app)."""
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(self._alembic_config())
        head = script.get_current_head()
        assert head is not None
        try:
            with self.engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
        except Exception as exc:
            if is_database_error(exc):
                raise classify(exc) from exc
            raise
        return current, head

    def ensure_schema(self, *, upgrade: bool = True, create: bool = True) -> None:
        from alembic.script import ScriptDirectory

        current, head = self.schema_state()
        if current == head:
            return
        if current is None and not create:
            raise SchemaTooOld(f"no schema yet, app {head}: run init-db")
        script = ScriptDirectory.from_config(self._alembic_config())
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise SchemaTooNew(f"schema {current}, app {head}")
        if current is not None and not upgrade:
            raise SchemaTooOld(f"schema {current}, app {head}")
        if current is not None:
            self._backup_sqlite_file(current)
        self.upgrade()

    def upgrade(self) -> None:
        from alembic import command

        cfg = self._alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def _backup_sqlite_file(self, revision: str) -> Path | None:
        if not self.is_sqlite:
            return None
        path = make_url(self.url).database
        if not path or path == ":memory:" or not Path(path).exists():
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = Path(f"{path}.{revision}.{stamp}.bak")
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, target)
        log.info("copied %s aside to %s before upgrading", path, target)
        return target

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    # -- sessions -------------------------------------------------------------------------------------------
    def _joined(self) -> Session | None:
        open_ = _OPEN.get()
        return open_[1] if open_ is not None and open_[0] is self else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; whatever happens, nothing is written. Inside a transaction of this database
        (a write use case that reads back what it wrote) it is that transaction's session."""
        joined = self._joined()
        if joined is not None:
            yield joined
            return
        try:
            with self._read() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except StorageError:
            raise
        except Exception as exc:
            if is_database_error(exc):
                raise classify(exc) from exc
            raise

    @contextmanager
    def reader(self) -> Iterator[Connection]:
        """A plain connection for hot read paths (Core statements): on PostgreSQL in autocommit mode,
        which saves the BEGIN/ROLLBACK round trips of a transaction (PERF-NOTES). Inside a transaction of
        this database it is that transaction's connection."""
        joined = self._joined()
        if joined is not None:
            yield joined.connection()
            return
        try:
            with self._reader_engine.connect() as conn:
                try:
                    yield conn
                finally:
                    if conn.in_transaction():
                        conn.rollback()
        except StorageError:
            raise
        except Exception as exc:
            if is_database_error(exc):
                raise classify(exc) from exc
            raise

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends normally, rolls back on any error. Opened while
        another unit of work of this database is open in the same thread, it joins that one (the outer
        block commits or rolls back everything)."""
        joined = self._joined()
        if joined is not None:
            yield joined
            return
        try:
            with self._write() as session:
                token = _OPEN.set((self, session))
                try:
                    with session.begin():
                        yield session
                finally:
                    _OPEN.reset(token)
        except StorageError:
            raise
        except Exception as exc:
            if is_database_error(exc):
                raise classify(exc) from exc
            raise

    @property
    def in_transaction(self) -> bool:
        """True inside a unit of work of this database (in this thread)."""
        return self._joined() is not None
