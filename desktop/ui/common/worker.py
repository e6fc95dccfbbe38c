"""The one helper for database work: service calls run on a thread pool, results come back by signal.

Every call goes to the window's backend (``desktop.backend``: the services in-process, or the reception-desk
server): ``worker.read(customers.get_customer, code, done=...)`` runs ``backend.call(customers.get_customer,
code)`` — the widget names the use case and its arguments, never the database or the actor, and does not know
which backend it has.

Read ops run on the global QThreadPool; write ops run one at a time on a single-thread pool (writes queue
up instead of fighting over the SQLite write lock). The function runs off the GUI thread and must not
touch widgets; it returns plain dataclasses (what desktop.services returns). Its result, or the error
turned into a :class:`UserError` the user can read, is delivered on the GUI thread to ``done`` /
``failed`` — unless the widget that asked is gone by then.

A lost connection is not an error of one form: the worker emits ``connectionLost`` (the main window
shows a banner with a retry button) and keeps the jobs that failed that way; :meth:`Worker.retry` runs
them again.

Every :meth:`Worker.write` of a write action (a service decorated with ``@write_action``) gets one request id,
made here, passed as ``request_id=`` (remotely: the ``Idempotency-Key`` header): the service stores the outcome under it in the same transaction, so the
retry after a lost connection — the same job, the same id — returns the first outcome instead of applying a
save twice when the connection died after the commit.

Errors are told apart by their class (desktop.rules / desktop.services / desktop.storage.errors), never by
the text of a driver message; :class:`UserError` keeps the original exception for dialogs that handle an
expected refusal themselves (``DuplicateFound`` with its candidates, ``VinExists``, ``PlateTaken`` ...).
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot

from desktop.ui.common import i18n

log = logging.getLogger(__name__)

# What the user can do about an error.
VALIDATION = "validation"  # a value broke a rule: fix the field named by ``field``
REFUSED = "refused"  # the rulebook or a permission forbids it
STALE = "stale"  # another workstation saved first: reload and check
UNAVAILABLE = "unavailable"  # the database cannot be reached (or is busy): retry
STORAGE = "storage"  # the database cannot save at all (disk full, read-only, damaged): ask IT, no retry
SCHEMA = "schema"  # the database is newer/older than the app
SESSION = "session"  # the server ended the session (logout elsewhere, idle, deactivated, password reset): log in
BUG = "bug"  # anything else: logged with its traceback


@dataclass(frozen=True)
class UserError:
    kind: str
    text: str
    field: str | None = None
    rule: str | None = None
    code: str | None = None
    #: the exception the service raised, for a dialog that handles an expected refusal by its class
    error: BaseException | None = dataclasses.field(default=None, compare=False, repr=False)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Worker", text)


def describe(exc: BaseException, lang: str | None = None) -> UserError:
    """Turn an exception from a service call into a message for the user (runs on the worker thread).

    Decided by the exception's class only: the rules' ValidationError, the services' ServiceError and the
    storage errors each say what the user can do; anything else is a bug, logged with its traceback."""
    lang = lang or i18n.current_lang()
    from desktop.rules.errors import ValidationError
    from desktop.services.errors import ServiceError
    from desktop.storage import errors as storage

    if isinstance(exc, ValidationError):
        return UserError(VALIDATION, exc.message(lang), field=exc.field, code=exc.code, error=exc)
    if isinstance(exc, ServiceError):
        code = getattr(exc, "code", "")
        kind = VALIDATION if code == "validation" else SESSION if code == "session" else REFUSED
        return UserError(kind, exc.message(lang), field=exc.field, rule=exc.rule, code=exc.code, error=exc)
    if not isinstance(exc, storage.StorageError) and storage.is_database_error(exc):
        exc = storage.classify(exc)  # a driver error that slipped past the storage layer (logged if unknown)
    if isinstance(exc, storage.StorageError):
        return UserError(_storage_kind(exc), exc.message(lang), code=exc.code, error=exc)
    log.error("unexpected error in a database job", exc_info=exc)
    return UserError(BUG, QCoreApplication.translate("Worker", "程序内部错误，已写入日志：{0}").format(type(exc).__name__),
                     code="bug", error=exc)


def _storage_kind(exc: BaseException) -> str:
    from desktop.storage import errors as storage

    if isinstance(exc, storage.StaleRecord):
        return STALE
    if isinstance(exc, storage.DatabaseUnavailable):  # DatabaseBusy too: retry (its own message)
        return UNAVAILABLE
    if isinstance(exc, storage.SchemaTooNew | storage.SchemaTooOld):
        return SCHEMA
    if isinstance(exc, storage.DiskFull | storage.ReadOnlyDatabase | storage.CorruptDatabase):
        return STORAGE
    if isinstance(exc, storage.ValueRefused | storage.UniqueViolation):
        return REFUSED
    return BUG  # DatabaseBug (logged where it was classified) and any storage error not known here


def new_request_id() -> str:
    """The id of one user action (uuid4, 32 hex characters): unique across workstations."""
    return uuid.uuid4().hex


def _owner_of(callback: Callable[..., Any] | None) -> QObject | None:
    """The widget a bound-method callback belongs to: its result is dropped once that widget is gone."""
    target = getattr(callback, "__self__", None)
    return target if isinstance(target, QObject) else None


Done = Callable[[Any], None]
Failed = Callable[[UserError], None]


class _Job:
    """One call and where its outcome goes. Plain Python, kept on the GUI thread (see _Relay). A retry runs
    the same job again: the same call with the same arguments, ``request_id`` included."""

    __slots__ = ("done", "failed", "fn", "owner", "request_id", "write")

    def __init__(self, fn: Callable[[], Any], done: Done | None, failed: Failed | None, owner: QObject | None,
                 write: bool, request_id: str | None = None) -> None:
        self.fn = fn
        self.done = done
        self.failed = failed
        self.owner = owner
        self.write = write
        self.request_id = request_id


class _Relay(QObject):
    """Carries outcomes from pool threads to the GUI thread. One per process, created on the GUI thread and never
    deleted: a pool thread holds only the call and a ticket number, never a Qt object or a widget's callback,
    so nothing it touches can be deleted under it and no widget's last reference is dropped off the GUI thread
    (that raced with deleteLater and crashed now and then)."""

    finished = Signal(int, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.workers: dict[int, weakref.ref[Worker]] = {}
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object, object)
    def _deliver(self, ticket: int, result: Any, error: UserError | None) -> None:
        ref = self.workers.pop(ticket, None)
        worker = ref() if ref is not None else None
        if worker is not None and shiboken6.isValid(worker):
            worker._finish(ticket, result, error)


_RELAY: list[_Relay] = []
_TICKETS = itertools.count(1)


def _relay() -> _Relay:
    if not _RELAY:
        _RELAY.append(_Relay())
    return _RELAY[0]


def _runner(relay: _Relay, ticket: int, fn: Callable[[], Any]) -> Callable[[], None]:
    def run() -> None:  # on a pool thread
        try:
            result, error = fn(), None
        except Exception as exc:  # noqa: BLE001 - every error becomes a message
            result, error = None, describe(exc)
        relay.finished.emit(ticket, result, error)

    return run


class Worker(QObject):
    """Runs service calls off the GUI thread for one window (and the dialogs it opens)."""

    connectionLost = Signal(str)
    connectionRestored = Signal()
    sessionEnded = Signal(str)  # the server no longer knows this login: the window offers to log in again
    error = Signal(object)  # a UserError nobody else handled
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, backend: Any = None) -> None:
        super().__init__(parent)
        #: desktop.backend.Backend: where every call of read() / write() goes (the login dialog sets it)
        self.backend = backend
        self._reads = QThreadPool.globalInstance()
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._running: dict[int, _Job] = {}
        self._to_retry: list[_Job] = []
        self.lost = False

    # -- public -------------------------------------------------------------------------------------------
    def read(self, fn: Callable[..., Any], *args: Any, done: Done | None = None,
             failed: Failed | None = None, owner: QObject | None = None, **kwargs: Any) -> None:
        """Run the read-only use case ``fn(*args, **kwargs)`` on the backend, on the pool."""
        backend = self._backend()
        self._submit(_Job(lambda: backend.call(fn, *args, **kwargs), done, failed, owner or _owner_of(done), False))

    def write(self, fn: Callable[..., Any], *args: Any, done: Done | None = None,
              failed: Failed | None = None, owner: QObject | None = None, **kwargs: Any) -> str | None:
        """Run the use case ``fn(*args, **kwargs)``, which writes, on the backend, on the one-thread write pool.

        A write action (``fn.write_action``, see desktop.services.writes) gets a new request id as
        ``request_id=`` — one per call, i.e. per user action — which a :meth:`retry` sends again unchanged.
        Returns that id (None for a call that is not a write action)."""
        backend = self._backend()
        request_id: str | None = None
        if getattr(fn, "write_action", None):
            if kwargs.get("request_id") is None:  # tests and tools may bring their own
                kwargs["request_id"] = new_request_id()
            request_id = kwargs["request_id"]
        self._submit(_Job(lambda: backend.call(fn, *args, **kwargs), done, failed, owner or _owner_of(done), True,
                          request_id))
        return request_id

    def run(self, fn: Callable[..., Any], *args: Any, done: Done | None = None, failed: Failed | None = None,
            owner: QObject | None = None, **kwargs: Any) -> None:
        """Run ``fn(*args, **kwargs)`` on the pool: what comes before a backend exists (opening a database,
        logging in, testing a server address in the settings). Use cases go through read() / write()."""
        self._submit(_Job(lambda: fn(*args, **kwargs), done, failed, owner or _owner_of(done), False))

    def _backend(self) -> Any:
        if self.backend is None:
            raise RuntimeError("the worker has no backend yet (log in first)")
        return self.backend

    def retry(self) -> None:
        """Run again the jobs that failed because the database could not be reached: each the same call,
        with the same request id (a save that did commit before the connection died is not applied twice)."""
        jobs, self._to_retry = self._to_retry, []
        for job in jobs:
            self._submit(job)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until every running job has finished (tests and shutdown)."""
        ok = self._writes.waitForDone(msecs)
        return self._reads.waitForDone(msecs) and ok

    # -- internals ----------------------------------------------------------------------------------------
    def _submit(self, job: _Job) -> None:
        was_busy = self.busy
        relay = _relay()
        ticket = next(_TICKETS)
        self._running[ticket] = job
        relay.workers[ticket] = weakref.ref(self)
        (self._writes if job.write else self._reads).start(_runner(relay, ticket, job.fn))
        if not was_busy:
            self.busyChanged.emit(True)

    def _finish(self, ticket: int, result: Any, error: UserError | None) -> None:
        job = self._running.pop(ticket, None)
        if job is None:
            return
        if not self.busy:
            self.busyChanged.emit(False)
        alive = job.owner is None or shiboken6.isValid(job.owner)
        if error is None:
            if self.lost:
                self.lost = False
                self.connectionRestored.emit()
            if alive and job.done is not None:
                job.done(result)
            return
        if error.kind == SESSION:
            self.sessionEnded.emit(error.text)
        if error.kind == UNAVAILABLE:
            self._to_retry.append(job)
            self.lost = True
            self.connectionLost.emit(error.text)
        if not alive:
            return
        if job.failed is not None:
            job.failed(error)
        elif error.kind != UNAVAILABLE:
            self.error.emit(error)
