"""The one helper for database work: service calls run on a thread pool, results come back by signal.

The worker runs typed ops (desktop.ui.common.ops: ``QueryOp``, ``WriteOp``, ``LocalOp``), one service call
each. Every use case goes to the window's backend (``desktop.backend``: the services in-process, or the
reception-desk server): ``QueryOp(customers.get_customer, code)`` runs ``backend.call(customers.get_customer,
code)`` — the widget names the use case and its arguments, never the database or the actor, and does not know
which backend it has.

Reads run on the global QThreadPool; writes run one at a time on a single-thread pool (writes queue up
instead of fighting over the SQLite write lock). The call runs off the GUI thread and must not touch widgets;
it returns plain dataclasses (what desktop.services returns). Its result, or the error turned into a
:class:`UserError` the user can read, is handed to the op on the GUI thread (:class:`Job`), which delivers it
— unless the widget that asked is gone by then.

A lost connection is not an error of one form: the worker emits ``connectionLost`` (the main window
shows a banner with a retry button) and keeps the jobs that failed that way; :meth:`Worker.retry` runs
them again.

Every ``WriteOp`` of a write action (a service decorated with ``@write_action``) has one request id, made with
the op, passed as ``request_id=`` (remotely: the ``Idempotency-Key`` header): the service stores the outcome
under it in the same transaction, so the retry after a lost connection — the same job, the same id — returns
the first outcome instead of applying a save twice when the connection died after the commit.

Errors are told apart by their class (desktop.rules / desktop.services / desktop.storage.errors), never by
the text of a driver message; :class:`UserError` keeps the original exception for an op's expected refusals,
which its form handles itself (``DuplicateFound`` with its candidates, ``VinExists``, ``PlateTaken`` ...).
"""
from __future__ import annotations

import abc
import dataclasses
import itertools
import logging
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

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
    storage errors each say what the user can do; anything else is a bug, logged with its traceback. Their
    message (Chinese source text, a context and parameters) is translated through the app's catalogue
    (``QCoreApplication.translate``, :func:`i18n.translator`)."""
    translate = i18n.translator(lang)
    from desktop.rules.errors import ValidationError
    from desktop.services.errors import ServiceError
    from desktop.storage import errors as storage

    if isinstance(exc, ValidationError):
        return UserError(VALIDATION, exc.render(translate), field=exc.field, code=exc.code, error=exc)
    if isinstance(exc, ServiceError):
        code = getattr(exc, "code", "")
        kind = VALIDATION if code == "validation" else SESSION if code == "session" else REFUSED
        return UserError(kind, exc.render(translate), field=exc.field, rule=exc.rule, code=exc.code, error=exc)
    if not isinstance(exc, storage.StorageError) and storage.is_database_error(exc):
        exc = storage.classify(exc)  # a driver error that slipped past the storage layer (logged if unknown)
    if isinstance(exc, storage.StorageError):
        return UserError(_storage_kind(exc), exc.render(translate), code=exc.code, error=exc)
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


def owner_of(callback: object) -> QObject | None:
    """The widget a bound-method callback belongs to: its result is dropped once that widget is gone."""
    target = getattr(callback, "__self__", None)
    return target if isinstance(target, QObject) else None


R = TypeVar("R")


class ServiceBackend(Protocol):
    """Where the use cases run (desktop.backend.Backend: the services in-process, or the reception-desk
    server)."""

    def call(self, fn: Callable[..., Any] | str, /, *args: Any, **kwargs: Any) -> Any:
        """``fn(db, actor, *args, **kwargs)``: its result decoded into ``fn``'s own return type."""
        ...


class Call(Generic[R]):
    """What a pool thread runs: the call, and its result once it returned. It holds no widget and no callback
    (its last reference may go on the pool thread); its outcome is read on the GUI thread after the relay's
    signal."""

    __slots__ = ("fn", "result")
    result: R

    def __init__(self, fn: Callable[[], R]) -> None:
        self.fn = fn

    def __call__(self) -> UserError | None:
        """Run the call (on a pool thread): None if it returned, else its error for the user."""
        try:
            self.result = self.fn()
        except Exception as exc:  # noqa: BLE001 - every error becomes a message
            return describe(exc)
        return None


class Job(abc.ABC):
    """One call the worker runs and where its outcome goes (desktop.ui.common.ops: QueryOp, WriteOp, LocalOp).

    Plain Python, kept on the GUI thread: a pool thread gets only the :class:`Call` that :meth:`start`
    returns. A retry starts the same job again: the same call with the same arguments, ``request_id``
    included."""

    #: runs on the one-thread write pool (writes queue up instead of fighting over the SQLite write lock)
    write = False
    #: its outcome is dropped once this widget is gone (None: always delivered)
    owner: QObject | None = None

    @abc.abstractmethod
    def start(self, backend: ServiceBackend | None) -> Callable[[], UserError | None]:
        """The call to run now on ``backend`` (on the GUI thread, before it goes to the pool)."""

    @abc.abstractmethod
    def succeeded(self) -> None:
        """On the GUI thread, after the call returned: hand its result on."""

    @abc.abstractmethod
    def refused(self, error: UserError) -> bool:
        """On the GUI thread, after the call failed: hand ``error`` on. False when nothing here takes it (the
        worker emits ``error`` then)."""


class _Relay(QObject):
    """Carries outcomes from pool threads to the GUI thread. One per process, created on the GUI thread and never
    deleted: a pool thread holds only the call and a ticket number, never a Qt object or a widget's callback,
    so nothing it touches can be deleted under it and no widget's last reference is dropped off the GUI thread
    (that raced with deleteLater and crashed now and then)."""

    finished = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.workers: dict[int, weakref.ref[Worker]] = {}
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object)
    def _deliver(self, ticket: int, error: UserError | None) -> None:
        ref = self.workers.pop(ticket, None)
        worker = ref() if ref is not None else None
        if worker is not None and shiboken6.isValid(worker):
            worker._finish(ticket, error)


_RELAY: list[_Relay] = []
_TICKETS = itertools.count(1)


def _relay() -> _Relay:
    if not _RELAY:
        _RELAY.append(_Relay())
    return _RELAY[0]


def _runner(relay: _Relay, ticket: int, call: Callable[[], UserError | None]) -> Callable[[], None]:
    def run() -> None:  # on a pool thread
        relay.finished.emit(ticket, call())

    return run


class Worker(QObject):
    """Runs service calls off the GUI thread for one window (and the dialogs it opens)."""

    connectionLost = Signal(str)
    connectionRestored = Signal()
    sessionEnded = Signal(str)  # the server no longer knows this login: the window offers to log in again
    error = Signal(object)  # a UserError nobody else handled
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, backend: ServiceBackend | None = None) -> None:
        super().__init__(parent)
        #: desktop.backend.Backend: where every use case goes (the login dialog sets it)
        self.backend = backend
        self._reads = QThreadPool.globalInstance()
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._running: dict[int, Job] = {}
        self._to_retry: list[Job] = []
        self.lost = False

    # -- public -------------------------------------------------------------------------------------------
    def submit(self, job: Job) -> None:
        """Run ``job`` (an op of desktop.ui.common.ops: ``op.run_in(...)`` calls this) on its pool; its
        outcome comes back on the GUI thread."""
        call = job.start(self.backend)
        was_busy = self.busy
        relay = _relay()
        ticket = next(_TICKETS)
        self._running[ticket] = job
        relay.workers[ticket] = weakref.ref(self)
        (self._writes if job.write else self._reads).start(_runner(relay, ticket, call))
        if not was_busy:
            self.busyChanged.emit(True)

    def retry(self) -> None:
        """Run again the jobs that failed because the database could not be reached: each the same call,
        with the same request id (a save that did commit before the connection died is not applied twice)."""
        jobs, self._to_retry = self._to_retry, []
        for job in jobs:
            self.submit(job)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until every running job has finished (tests and shutdown)."""
        ok = self._writes.waitForDone(msecs)
        return self._reads.waitForDone(msecs) and ok

    # -- internals ----------------------------------------------------------------------------------------
    def _finish(self, ticket: int, error: UserError | None) -> None:
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
            if alive:
                job.succeeded()
            return
        if error.kind == SESSION:
            self.sessionEnded.emit(error.text)
        if error.kind == UNAVAILABLE:
            self._to_retry.append(job)
            self.lost = True
            self.connectionLost.emit(error.text)
        if not alive:
            return
        if not job.refused(error) and error.kind != UNAVAILABLE:
            self.error.emit(error)
