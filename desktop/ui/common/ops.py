"""Typed operations: one service call each, its result type known, its expected refusals declared.

In the spirit of anki's ``QueryOp`` / ``CollectionOp`` (aqt.operations). A form builds the op where the action
is, says what to do with the result and which refusals it handles itself, and runs it in itself::

    def save(self) -> None:
        if self.busy or self.detail is None:
            return
        (WriteOp(vehicles.update_vehicle, self.detail.id, changes, reason, version=self.detail.version)
         .success(self._saved)                              # gets the VehicleDetail the service returns
         .expect(vehicles.PlateTaken, self._plate_taken)    # this refusal is the dialog's own
         .run_in(self))                                     # busy until it is over; any other error: failed()

* :class:`QueryOp`: a read-only use case (desktop.services.api.USE_CASES) on the window's backend.
* :class:`WriteOp`: a write action (``@write_action``) on the one-thread write pool, with one request id made
  when the op is made (:attr:`WriteOp.request_id`): a retry after a lost connection runs the same op, so the
  same id, and a save that committed before the connection died is not applied twice.
* :class:`LocalOp`: a plain function, for what comes before a backend exists (opening a database, logging in,
  testing a server address).

A use case is named with its own arguments, without the two the backend supplies (the database and the
logged-in actor): ``ParamSpec`` checks them against the service's signature, and ``R``, the service's return
type, is what ``success`` gets. A refusal is told apart by the class of the exception the service raised:
``expect(DuplicateFound, handler)`` hands ``handler(the DuplicateFound, the UserError)`` the ones the form
handles itself (:attr:`Op.expected` lists them); any other error goes to ``failure`` if one was given, else to
the form's :meth:`~desktop.ui.common.forms.BackendForm.failed` (the message line, the field marked, a stale
record read again), or, run in a bare worker, to the worker's ``error`` signal.

``run_in(form)``: the outcome is delivered while the form exists. A write makes the form busy while it runs
(``begin()``: its actions disabled, 正在保存… on the message line; ``busy(text)`` says something else); a query
does only when asked with ``busy()``. The op ends the busy state before its callback runs, so the callbacks
do not. ``run_in(worker, owner=widget)``: the same without a form (the intake panel, the search pages).
"""

from __future__ import annotations

import abc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Self, TypeVar, cast, overload

from PySide6.QtCore import QObject

from desktop.ui.common.forms import BackendForm
from desktop.ui.common.worker import Call, Job, ServiceBackend, UserError, Worker, new_request_id, owner_of

if TYPE_CHECKING:
    from desktop.services.auth import Actor

P = ParamSpec("P")
R = TypeVar("R")
E = TypeVar("E", bound=BaseException)


class Op(Job, Generic[R]):
    """One call whose result is an ``R``, and where its outcome goes (see the module)."""

    def __init__(self) -> None:
        self._success: Callable[[R], object] | None = None
        self._failure: Callable[[UserError], object] | None = None
        self._expected: list[tuple[type[BaseException], Callable[[UserError], bool]]] = []
        self._form: BackendForm | None = None
        self._blocks = self.write
        self._busy_text: str | None = None
        self._bound: Callable[[], R] | None = None
        self._call: Call[R] | None = None

    # -- what to do with the outcome ----------------------------------------------------------------------
    def success(self, done: Callable[[R], object]) -> Self:
        """``done(result)`` on the GUI thread once the call returned."""
        self._success = done
        return self

    def failure(self, failed: Callable[[UserError], object]) -> Self:
        """``failed(error)`` for an error no :meth:`expect` handler takes (instead of the form's
        ``failed``)."""
        self._failure = failed
        return self

    def expect(self, refusal: type[E], handler: Callable[[E, UserError], object]) -> Self:
        """A refusal the form handles itself: ``handler(exception, error)`` when the service raised a
        ``refusal`` (``error.text`` is its message for the user); it goes nowhere else."""

        def take(error: UserError) -> bool:
            raised = error.error
            if not isinstance(raised, refusal):
                return False
            handler(raised, error)
            return True

        self._expected.append((refusal, take))
        return self

    def busy(self, text: str | None = None) -> Self:
        """Run in a form: the form is busy while the call runs, ``text`` on its message line (None: 正在保存…)."""
        self._blocks = True
        self._busy_text = text
        return self

    @property
    def expected(self) -> tuple[type[BaseException], ...]:
        """The refusals declared with :meth:`expect`, in order."""
        return tuple(kind for kind, _take in self._expected)

    # -- running -----------------------------------------------------------------------------------------
    def run_in(self, target: BackendForm | Worker, *, owner: QObject | None = None) -> None:
        """Run on ``target``'s worker. A form: delivered while the form exists, busy as the module says, other
        errors to its ``failed``. A worker: delivered while ``owner`` exists (by default the object whose
        method ``success`` is; None: always)."""
        if isinstance(target, Worker):
            self.owner = owner or owner_of(self._success)
            target.submit(self)
            return
        self._form = target
        self.owner = owner or (target if isinstance(target, QObject) else None)
        target.worker.submit(self)
        if self._blocks:
            target.begin(self._busy_text)

    # -- Job: called by the worker -----------------------------------------------------------------------
    def start(self, backend: ServiceBackend | None) -> Callable[[], UserError | None]:
        if self._bound is None:  # a retry runs the very call again: the same backend, arguments, request id
            self._bound = self._bind(backend)
        self._call = Call(self._bound)
        return self._call

    @abc.abstractmethod
    def _bind(self, backend: ServiceBackend | None) -> Callable[[], R]:
        """The call to run on the pool (no widget, no callback in it)."""

    def succeeded(self) -> None:
        self._over()
        if self._success is not None and self._call is not None:
            self._success(self._call.result)

    def refused(self, error: UserError) -> bool:
        self._over()
        for _kind, take in self._expected:
            if take(error):
                return True
        if self._failure is not None:
            self._failure(error)
            return True
        if self._form is not None:
            self._form.failed(error)
            return True
        return False

    def _over(self) -> None:
        if self._form is not None and self._blocks:
            self._form.end()


class _UseCaseOp(Op[R]):
    """A use case of desktop.services.api.USE_CASES on the worker's backend: ``backend.call(fn, *args,
    **kwargs)``, which runs ``fn(db, actor, *args, **kwargs)`` in-process or on the server."""

    #: the id of this one user action (a write's ``Idempotency-Key``): the service stores the outcome under it
    request_id: str | None = None

    @overload
    def __init__(self, fn: Callable[Concatenate[Any, Actor, P], R], /, *args: P.args,
                 **kwargs: P.kwargs) -> None:
        ...

    @overload
    def __init__(self, fn: Callable[Concatenate[Any, P], R], /, *args: P.args, **kwargs: P.kwargs) -> None:
        ...

    def __init__(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        name = getattr(fn, "__name__", repr(fn))
        if self.write and not getattr(fn, "write_action", None):
            raise TypeError(f"{name} is not a write action: run it as a QueryOp")
        if not self.write and getattr(fn, "write_action", None):
            raise TypeError(f"{name} writes: run it as a WriteOp (with a request id)")
        if self.write:
            self.request_id = kwargs.pop("request_id", None) or new_request_id()
            kwargs["request_id"] = self.request_id
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def _bind(self, backend: ServiceBackend | None) -> Callable[[], R]:
        if backend is None:
            raise RuntimeError("the worker has no backend yet (log in first)")
        on, fn, args, kwargs = backend, self._fn, self._args, self._kwargs

        def call() -> R:
            # Both backends give back what fn returns (remotely: decoded into fn's own return type).
            return cast(R, on.call(fn, *args, **kwargs))

        return call


class QueryOp(_UseCaseOp[R]):
    """A read-only use case, on the read pool. A write action is refused here (it needs a request id)."""


class WriteOp(_UseCaseOp[R]):
    """A write action (``@write_action``), on the one-thread write pool, with the request id of this one user
    action (:attr:`request_id`: made here, or the ``request_id=`` a test brings), which a retry sends
    again."""

    write = True


class LocalOp(Op[R]):
    """``fn(*args, **kwargs)`` as it is, on the read pool: what comes before a backend exists (opening a
    database, logging in, testing a server address). Use cases go through :class:`QueryOp` /
    :class:`WriteOp`."""

    def __init__(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> None:
        super().__init__()
        self._fn: Callable[[], R] = lambda: fn(*args, **kwargs)

    def _bind(self, backend: ServiceBackend | None) -> Callable[[], R]:
        return self._fn
