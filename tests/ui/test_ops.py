"""The typed ops (desktop.ui.common.ops, issue #14 item 4): one service call each, its result delivered as the
service returns it, its expected refusals to their handler, any other error to the form's message line.

``mypy desktop`` (strict, run in CI) checks every op's arguments against the service's signature and its
``success`` callback against the service's return type; these tests check what happens at run time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.backend import LocalBackend
from desktop.services import customers, vehicles
from desktop.services.customers import CustomerDetail
from desktop.services.errors import NotFound
from desktop.storage import StaleRecord
from desktop.ui.common.forms import BackendDialog
from desktop.ui.common.ops import LocalOp, QueryOp, WriteOp
from desktop.ui.common.worker import REFUSED, STALE, UserError, Worker


class Form(BackendDialog):
    """A dialog with one field the service may name (``code``), counting its stale reloads."""

    def __init__(self, worker: Worker) -> None:
        super().__init__(None, worker, name="opsForm")
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.reloads = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addLayout(self.footer())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"code": self.code}

    def stale(self, error: UserError) -> None:
        self.reloads += 1


@pytest.fixture
def form(qtbot, world):
    worker = Worker(None, LocalBackend(world.db, world.actors["adv1"]))
    dialog = Form(worker)
    qtbot.addWidget(dialog)
    yield dialog
    worker.wait_for_done()
    qtbot.wait(1)  # the last outcome is delivered before the worker goes
    worker.deleteLater()


def _ran(qtbot, form: Form) -> None:
    form.worker.wait_for_done()
    qtbot.waitUntil(lambda: not form.worker.busy, timeout=10000)


def test_a_query_delivers_the_service_result(qtbot, form):
    got: list[CustomerDetail] = []
    QueryOp(customers.get_customer, "C0001").success(got.append).run_in(form)
    _ran(qtbot, form)
    assert len(got) == 1 and isinstance(got[0], CustomerDetail) and got[0].code == "C0001"
    assert form.message.text() == "" and not form.busy  # a query is not busy unless asked


def test_an_expected_refusal_goes_to_its_handler_and_not_to_the_message_line(qtbot, form):
    handled: list[tuple[BaseException, UserError]] = []
    op = (QueryOp(customers.get_customer, "C9999").success(lambda _d: pytest.fail("no customer C9999"))
          .expect(StaleRecord, lambda _e, _u: pytest.fail("not this refusal"))
          .expect(NotFound, lambda exc, error: handled.append((exc, error)))
          .busy("正在查询…"))
    assert op.expected == (StaleRecord, NotFound)
    op.run_in(form)
    assert form.busy and form.message.text() == "正在查询…"
    _ran(qtbot, form)
    assert len(handled) == 1
    exc, error = handled[0]
    assert isinstance(exc, NotFound) and error.error is exc and error.kind == REFUSED and error.text
    assert form.message.text() == "正在查询…"  # the handler decides what is said: failed() never ran
    assert not form.busy  # the op ended the busy state before handing the refusal on


def test_an_unexpected_error_goes_to_the_form_failed(qtbot, form):
    (QueryOp(customers.get_customer, "C9999").success(lambda _d: pytest.fail("no customer C9999"))
     .expect(StaleRecord, lambda _e, _u: pytest.fail("not this refusal")).busy().run_in(form))
    _ran(qtbot, form)
    assert form.message.property("level") == "error" and form.message.text()
    assert "C9999" in form.message.text() and not form.busy


def test_a_failure_callback_replaces_the_form_message(qtbot, form):
    failures: list[UserError] = []
    QueryOp(customers.get_customer, "C9999").failure(failures.append).run_in(form)
    _ran(qtbot, form)
    assert [f.kind for f in failures] == [REFUSED] and form.message.text() == ""


def test_a_stale_write_is_read_again_by_the_form(qtbot, form, world):
    """A write on an old version: the form's failed() says so and its stale() reads the record again."""
    version = customers.get_customer(world.db, world.actors["adv1"], "C0001").version
    saved: list[CustomerDetail] = []
    op = WriteOp(customers.update_customer, "C0001", {"remark": "旧版本"}, version=version - 1)
    op.success(saved.append).run_in(form)
    assert form.busy  # a write makes the form busy without being asked
    _ran(qtbot, form)
    assert saved == [] and form.reloads == 1 and not form.busy
    assert form.message.property("level") == "error"


def test_a_write_runs_once_with_its_request_id_and_the_form_is_free_in_the_callback(qtbot, form, world):
    version = customers.get_customer(world.db, world.actors["adv1"], "C0001").version
    busy_then: list[bool] = []
    saved: list[CustomerDetail] = []

    def done(detail: CustomerDetail) -> None:
        busy_then.append(form.busy)
        saved.append(detail)

    op = WriteOp(customers.update_customer, "C0001", {"remark": "一次"}, version=version).success(done)
    assert op.request_id and len(op.request_id) == 32 and op.write
    op.run_in(form)
    _ran(qtbot, form)
    assert busy_then == [False] and saved[0].version == version + 1 and saved[0].remark == "一次"
    again = WriteOp(customers.update_customer, "C0001", {"remark": "一次"}, version=version)
    assert again.request_id != op.request_id  # one id per user action


def test_a_write_service_never_runs_as_a_query_and_a_read_never_as_a_write():
    with pytest.raises(TypeError, match="WriteOp"):
        QueryOp(vehicles.set_owner, 1, "C0001", version=1)
    with pytest.raises(TypeError, match="QueryOp"):
        WriteOp(customers.get_customer, "C0001")


def test_an_op_without_a_form_goes_to_the_worker_error_signal(qtbot, world):
    worker = Worker(None, LocalBackend(world.db, world.actors["adv1"]))
    with qtbot.waitSignal(worker.error, timeout=10000) as caught:
        QueryOp(customers.get_customer, "C9999").run_in(worker)
    assert isinstance(caught.args[0], UserError) and isinstance(caught.args[0].error, NotFound)
    worker.wait_for_done()
    worker.deleteLater()


def test_the_form_gone_drops_the_outcome(qtbot, world):
    import threading

    import shiboken6

    worker = Worker(None, LocalBackend(world.db, world.actors["adv1"]))
    form = Form(worker)
    release = threading.Event()
    got: list[object] = []
    finished: list[bool] = []
    worker.busyChanged.connect(lambda busy: finished.append(not busy))
    LocalOp(release.wait, 10).success(got.append).failure(got.append).run_in(form)
    shiboken6.delete(form)  # the dialog was closed while the call ran
    release.set()
    qtbot.waitUntil(lambda: finished[-1:] == [True])
    assert got == []
    worker.deleteLater()


def test_a_stale_error_kind_is_told_by_class(qtbot, form, world):
    """The refusal a handler is declared for is matched by the exception's class (StaleRecord here)."""
    version = customers.get_customer(world.db, world.actors["adv1"], "C0001").version
    seen: list[str] = []
    (WriteOp(customers.update_customer, "C0001", {"remark": "新版本"}, version=version + 5)
     .expect(StaleRecord, lambda _exc, error: seen.append(error.kind)).run_in(form))
    _ran(qtbot, form)
    assert seen == [STALE] and form.reloads == 0  # handled by the form's own handler, not by stale()
