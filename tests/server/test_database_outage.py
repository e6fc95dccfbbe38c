"""Issue #13 items 3 and 4: the database goes away under a running server (PostgreSQL of the test's own,
``tests/pg_cluster.py``; the shared server on 5432 is never stopped).

- PostgreSQL stopped with ``-m immediate`` (a power cut of the database server): a request is 503 kind
  "unavailable" with the typed body; RemoteBackend raises a ``DatabaseUnavailable`` (the server answered, so not
  ``ServerUnavailable``). Started again: the same write, retried with the same Idempotency-Key, is applied once.
- The reply to the server's COMMIT is lost (``DroppingProxy``): the write committed but the workstation got a 503;
  its retry with the same key returns the first outcome and applies nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, func, select

from desktop.backend import ServerUnavailable
from desktop.models import AuditEntry, RequestLog, WorkOrder
from desktop.server.app import create_app
from desktop.server.main import ThreadedServer
from desktop.storage import Database
from desktop.storage.errors import DatabaseUnavailable
from tests.factories import add_customer, add_vehicle, make_group, vin
from tests.pg_cluster import DroppingProxy, PgCluster, database_on, own_cluster, through_dropping_proxy
from tests.server.conftest import Api, backend_for, error_of


@pytest.fixture(scope="module")
def cluster(request: pytest.FixtureRequest) -> Iterator[PgCluster]:
    yield from own_cluster(request)


@pytest.fixture
def outage_db(cluster: PgCluster) -> Iterator[Database]:
    yield from database_on(cluster, "srv_outage")


def _world(db: Database) -> int:
    make_group(db)
    add_customer(db, "OWNER", "汪国进", "13826401234")
    return add_vehicle(db, vin(123456), owner="OWNER")


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


ORDER = dict(deliverer_name="汪国进", deliverer_phone="13826401234", vin_confirmation=vin(123456)[-6:])


@pytest.mark.pg
def test_w5_database_stopped_under_the_server_is_503_and_the_retried_write_applies_once(cluster, outage_db):
    """#13 item 3 (503 database unavailable) / #7: PostgreSQL killed under a live server: reads and writes are
    refused with 503 kind "unavailable" (RemoteBackend: DatabaseUnavailable, not ServerUnavailable); once it is
    back, the work order retried with its request id is saved exactly once."""
    db = outage_db
    car = _world(db)
    server = ThreadedServer(create_app(db, close_db=False))
    api = Api(server.url)
    adv = backend_for(server.url, "adv1")
    try:
        token = api.token("adv1")
        assert adv.intake.lookup_vin(vin=vin(123456)).outcome == "vehicle_and_owner"
        cluster.stop("immediate")

        read = api.call("intake.lookup_vin", token, {"vin": vin(123456)})
        error = error_of(read, 503, "unavailable")
        assert error["type"].startswith("desktop.storage.errors.")
        write = api.call("work_orders.create_work_order", token, {"vehicle_id": car, **ORDER}, key="outage-probe")
        error_of(write, 503, "unavailable")
        with pytest.raises(DatabaseUnavailable) as refused:
            adv.work_orders.create_work_order(car, request_id="outage-wo-1", **ORDER)
        assert not isinstance(refused.value, ServerUnavailable)  # the server answered: its database did not
        error_of(api.login("adv1"), 503, "unavailable")

        cluster.start()
        cluster.wait_accepting()
        first = adv.work_orders.create_work_order(car, request_id="outage-wo-1", **ORDER)
        again = adv.work_orders.create_work_order(car, request_id="outage-wo-1", **ORDER)
        assert first == again
        assert _count(db, WorkOrder) == 1
        with db.read() as s:
            assert s.scalar(select(WorkOrder.number)) == first.number
            assert s.get(RequestLog, "outage-probe") is None  # the refused probe left nothing
    finally:
        adv.close()
        api.close()
        server.stop()


@pytest.fixture
def proxied(cluster: PgCluster, outage_db: Database) -> Iterator[tuple[Database, DroppingProxy]]:
    yield from through_dropping_proxy(cluster, outage_db)


@pytest.mark.pg
def test_w5_c2_write_whose_commit_reply_is_lost_is_applied_once_on_retry_over_http(outage_db, proxied):
    """#7 / #13 item 3 (Idempotency-Key): the server's COMMIT reached PostgreSQL, its reply did not: the
    workstation gets 503; the retry with the same key returns the stored outcome; one work order, one audit
    row, one request-log row."""
    db, proxy = proxied
    direct = outage_db
    car = _world(direct)
    server = ThreadedServer(create_app(db, close_db=False))
    adv = backend_for(server.url, "adv1")
    state = {"writing": False}

    def saw_request_log(conn, cursor, statement, *args):  # noqa: ANN001, ARG001
        if statement.lstrip().upper().startswith("INSERT INTO REQUEST_LOG"):
            state["writing"] = True

    def lose_reply(conn):  # noqa: ANN001, ARG001 - fired just before the DBAPI commit
        if state["writing"]:
            state["writing"] = False
            proxy.arm()

    event.listen(db.engine, "after_cursor_execute", saw_request_log)
    event.listen(db.engine, "commit", lose_reply)
    try:
        with pytest.raises(DatabaseUnavailable) as lost:
            adv.work_orders.create_work_order(car, request_id="lost-wo-1", **ORDER)
        assert not isinstance(lost.value, ServerUnavailable)
        assert proxy.dropped == 1
        with direct.read() as s:
            assert s.get(RequestLog, "lost-wo-1") is not None, "the write had committed"
        effect = (_count(direct, WorkOrder), _count(direct, AuditEntry), _count(direct, RequestLog))
        first = adv.work_orders.create_work_order(car, request_id="lost-wo-1", **ORDER)
        again = adv.work_orders.create_work_order(car, request_id="lost-wo-1", **ORDER)
        assert first == again
        assert (_count(direct, WorkOrder), _count(direct, AuditEntry), _count(direct, RequestLog)) == effect
        assert effect[0] == 1
        with direct.read() as s:
            assert s.scalar(select(WorkOrder.number)) == first.number
    finally:
        event.remove(db.engine, "after_cursor_execute", saw_request_log)
        event.remove(db.engine, "commit", lose_reply)
        adv.close()
        server.stop()
