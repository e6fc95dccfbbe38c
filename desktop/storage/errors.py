"""Storage errors the layers above can act on, and the one classifier that turns driver errors into them.

Every exception the database driver or SQLAlchemy raises is classified here, by PostgreSQL SQLSTATE and SQLite
error code (the way qutebrowser's ``misc/sql.py`` separates known errors from bugs), and never reaches a
caller as it is:

- a unique violation becomes :class:`UniqueViolation` naming the table and columns, which the service layer
  turns into the product error of that constraint (``VinExists``, ``PlateTaken`` ...);
- a lost or refused connection becomes :class:`DatabaseUnavailable` (the worker offers a retry; a retry
  carries the same request id, so a save that did commit is not applied twice);
- disk full, read-only, corrupt, lock or statement timeouts, deadlocks become known errors with their own
  message;
- anything else is a bug: logged with its traceback (without SQL parameters: the engine hides them) and
  raised as :class:`DatabaseBug`, whose message tells the user it was logged.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from typing import Any

from desktop.rules.messages import QT_TRANSLATE_NOOP, Message, Translatable

log = logging.getLogger(__name__)


class StorageError(Translatable, Exception):
    """Base of the known, user-explainable storage failures: ``source`` (class-level) is the Chinese message
    marked for the catalogue; ``detail`` (a key, a class name) is shown after it as it is."""

    code = "storage"
    params: dict[str, Any] = {}
    source = QT_TRANSLATE_NOOP("storage.errors", "数据库错误")

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(str(self.source) + (f": {detail}" if detail else ""))

    def as_message(self) -> Message:
        """The message with its detail after it (also where it is a parameter of another message)."""
        base = super().as_message()
        if not self.detail:
            return base
        return Message.of(QT_TRANSLATE_NOOP("storage.errors", "{base}: {detail}"), {"base": base, "detail": self.detail})

    def __str__(self) -> str:
        return f"{self.message_zh} / {self.message_en}"  # the detail is in both


class DatabaseUnavailable(StorageError):
    """The connection was refused or lost. A write may or may not have committed: retry with the same
    request id."""

    code = "unavailable"
    source = QT_TRANSLATE_NOOP("storage.errors", "无法连接数据库，请检查网络或联系 IT")


class DatabaseBusy(DatabaseUnavailable):
    """Another workstation holds a lock for longer than the timeout (or a deadlock was broken): retry."""

    code = "busy"
    source = QT_TRANSLATE_NOOP("storage.errors", "数据库正忙（其他工作站正在保存），请稍后重试")


class DiskFull(StorageError):
    code = "disk_full"
    source = QT_TRANSLATE_NOOP("storage.errors", "数据库磁盘已满，无法保存，请联系 IT")


class ReadOnlyDatabase(StorageError):
    code = "read_only"
    source = QT_TRANSLATE_NOOP("storage.errors", "数据库为只读，无法保存，请联系 IT")


class CorruptDatabase(StorageError):
    code = "corrupt"
    source = QT_TRANSLATE_NOOP("storage.errors", "数据库文件已损坏，请停止使用并联系 IT 恢复备份")


class ValueRefused(StorageError):
    """The database refused a value (too long, NUL byte, bad encoding) that the validators let through."""

    code = "value"
    source = QT_TRANSLATE_NOOP("storage.errors", "某个字段的内容无法保存（过长或含有不可见字符），请检查输入")


class DatabaseBug(StorageError):
    """An error that is not a known failure: a bug, logged with its traceback."""

    code = "bug"
    source = QT_TRANSLATE_NOOP("storage.errors", "程序内部错误，已写入日志，请联系 IT")


class UniqueViolation(StorageError):
    """A unique constraint refused a row: ``key`` is ``"table.col1,col2"`` on both databases. The service
    layer turns it into the product error of that constraint."""

    code = "conflict"
    source = QT_TRANSLATE_NOOP("storage.errors", "该数据已被其他工作站保存")

    def __init__(self, table: str, columns: tuple[str, ...]) -> None:
        self.table = table
        self.columns = columns
        self.key = f"{table}.{','.join(columns)}"
        super().__init__(self.key)


class SchemaTooNew(StorageError):
    code = "schema"
    source = QT_TRANSLATE_NOOP("storage.errors", "数据库版本比本程序新，请升级维修接待台")


class SchemaTooOld(StorageError):
    code = "schema"
    source = QT_TRANSLATE_NOOP("storage.errors", "数据库结构需要升级，请联系 IT 运行 init-db")


class StaleRecord(StorageError):
    code = "stale"
    source = QT_TRANSLATE_NOOP("storage.errors", "该记录已被其他工作站修改，已重新载入，请核对后再保存")


# -- PostgreSQL ------------------------------------------------------------------------------------------------
_PG_UNAVAILABLE_CLASSES = ("08",)  # connection exception
_PG_UNAVAILABLE = {"57P01", "57P02", "57P03", "53300", "53400"}  # shutdown, crash, starting, too many conns
_PG_BUSY = {"55P03", "40001", "40P01", "57014"}  # lock not available, serialization, deadlock, timeout
_PG_DISK = {"53100"}
_PG_READ_ONLY = {"25006"}
_PG_CORRUPT = {"XX001", "XX002"}
_PG_VALUE_CLASSES = ("22",)  # data exception: too long, bad encoding, NUL, out of range
_PG_KEY_RE = re.compile(r"Key \((?P<cols>[^)]*)\)=")

# -- SQLite (primary result codes: the low byte of the extended code) -------------------------------------------
_SQLITE_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_SQLITE_READ_ONLY = {8}
_SQLITE_IOERR = {10}
_SQLITE_CORRUPT = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_SQLITE_FULL = {13}
_SQLITE_CANTOPEN = {14}
_SQLITE_TOOBIG = {18}
_SQLITE_CONSTRAINT = 19
_SQLITE_UNIQUE_RE = re.compile(r"UNIQUE constraint failed: (?P<cols>.+)$")


def _pg_sqlstate(orig: BaseException) -> str | None:
    return getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)


def _classify_pg(orig: BaseException) -> StorageError | None:
    state = _pg_sqlstate(orig)
    if state is None:
        import psycopg

        if isinstance(orig, psycopg.DataError):  # raised by psycopg itself, e.g. a NUL byte in a string
            return ValueRefused()
        if isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError):
            return DatabaseUnavailable()
        return None
    if state == "23505":
        diag = getattr(orig, "diag", None)
        table = getattr(diag, "table_name", None) or ""
        match = _PG_KEY_RE.search(getattr(diag, "message_detail", None) or "")
        cols = tuple(c.strip().strip('"') for c in match.group("cols").split(",")) if match else ()
        if not cols:
            cols = (getattr(diag, "constraint_name", None) or "?",)
        return UniqueViolation(table, cols)
    if state.startswith(_PG_UNAVAILABLE_CLASSES) or state in _PG_UNAVAILABLE:
        return DatabaseUnavailable()
    if state in _PG_BUSY:
        return DatabaseBusy()
    if state in _PG_DISK:
        return DiskFull()
    if state in _PG_READ_ONLY:
        return ReadOnlyDatabase()
    if state in _PG_CORRUPT:
        return CorruptDatabase()
    if state.startswith(_PG_VALUE_CLASSES):
        return ValueRefused()
    return None


def _classify_sqlite(orig: sqlite3.Error) -> StorageError | None:
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig)
    if primary == _SQLITE_CONSTRAINT or (primary is None and isinstance(orig, sqlite3.IntegrityError)):
        match = _SQLITE_UNIQUE_RE.search(text)
        if match:
            parts = [p.strip() for p in match.group("cols").split(",")]
            table = parts[0].split(".", 1)[0]
            return UniqueViolation(table, tuple(p.split(".", 1)[-1] for p in parts))
        return None
    if primary in _SQLITE_BUSY:
        return DatabaseBusy()
    if primary in _SQLITE_READ_ONLY:
        return ReadOnlyDatabase()
    if primary in _SQLITE_FULL:
        return DiskFull()
    if primary in _SQLITE_CORRUPT:
        return CorruptDatabase()
    if primary in _SQLITE_CANTOPEN or primary in _SQLITE_IOERR:
        return DatabaseUnavailable()
    if primary in _SQLITE_TOOBIG:
        return ValueRefused()
    if primary is None and isinstance(orig, sqlite3.OperationalError):
        lowered = text.lower()
        if "locked" in lowered or "busy" in lowered:
            return DatabaseBusy()
        if "unable to open" in lowered or "disk i/o" in lowered:
            return DatabaseUnavailable()
    return None


def classify(exc: BaseException) -> StorageError:
    """The product error for an exception raised while talking to the database (never None: an unknown one
    is logged as a bug and returned as :class:`DatabaseBug`)."""
    if isinstance(exc, StorageError):
        return exc
    from sqlalchemy import exc as sa_exc
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(exc, StaleDataError):
        return StaleRecord()
    orig: Any = getattr(exc, "orig", None) if isinstance(exc, sa_exc.DBAPIError) else exc
    known: StorageError | None = None
    if isinstance(orig, sqlite3.Error):
        known = _classify_sqlite(orig)
    elif orig is not None and type(orig).__module__.startswith("psycopg"):
        known = _classify_pg(orig)
    if known is None and isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        known = DatabaseUnavailable()
    if known is None and isinstance(exc, sa_exc.DisconnectionError | sa_exc.TimeoutError):
        known = DatabaseUnavailable()
    if known is not None:
        return known
    log.error("unclassified database error (%s)", type(orig or exc).__name__, exc_info=exc)
    return DatabaseBug(type(orig or exc).__name__)


def is_database_error(exc: BaseException) -> bool:
    """True for the exceptions :func:`classify` is for (driver and SQLAlchemy errors)."""
    from sqlalchemy import exc as sa_exc
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(exc, sa_exc.SQLAlchemyError | sqlite3.Error | StaleDataError):
        return True
    return type(exc).__module__.startswith("psycopg") and isinstance(exc, Exception)
