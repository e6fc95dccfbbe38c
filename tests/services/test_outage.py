"""Writes that hold when the database goes away in the middle of them.

PostgreSQL (a throw-away cluster of the test's own, ``tests/pg_cluster.py``; the shared server on 5432 is never
stopped): the server is stopped with ``pg_ctl stop -m immediate`` — every server process killed at once, like a
power cut of the database server — while a thread saves in a loop, or at a chosen statement of one save. Every
failed call must raise a product storage error (``DatabaseUnavailable`` …), never a raw SQLAlchemy / psycopg
exception. The server is started again and every failed call is retried with its request id: afterwards every
intended write is applied exactly once, none twice, none half. And the case request ids are for, made
deterministic with a proxy (``tests.pg_cluster.DroppingProxy``): the server commits, the reply to COMMIT is lost,
the caller gets DatabaseUnavailable, its retry returns the first outcome and applies nothing.

Both databases: a client process killed with SIGKILL in the middle of a write loop leaves a sound database
(SQLite ``PRAGMA integrity_check``) and no half-written customer; retrying every request id applies each write
exactly once.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from collections import Counter as Tally
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url

from desktop.models import AuditEntry, Customer, CustomerChannel, RequestLog, WorkOrder
from desktop.services import customers, work_orders
from desktop.storage import Database
from desktop.storage.errors import StorageError
from tests.factories import add_customer, add_vehicle, make_group, vin
from tests.pg_cluster import (
    DroppingProxy,
    PgCluster,
    Run,
    database_on,
    loop_with_outages,
    own_cluster,
    through_dropping_proxy,
)

_SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈"
_FIRST = "志国建明文海春永德玉秀桂俊新"
_SECOND = "强华军平杰涛波辉刚鹏飞斌超宇"


def person(i: int) -> str:
    """The i-th of 196 names, pairwise at least two characters apart (never possible duplicates of each other)."""
    rnd, proc = i % 14, i // 14
    return _SURNAMES[proc] + _FIRST[rnd] + _SECOND[(rnd + proc) % 14]


def phones(n: int, seed: int) -> list[str]:
    """``n`` valid mobile numbers, pairwise at least four digits apart."""
    from desktop.rules.errors import ValidationError
    from desktop.rules.phone import validate_phone

    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        candidate = rng.choice(["138", "139", "135", "136", "137", "150", "186", "188"]) + "".join(
            rng.choice("0123456789") for _ in range(8))
        try:
            validate_phone(candidate)
        except ValidationError:
            continue
        if all(sum(a != b for a, b in zip(candidate, other, strict=True)) >= 4 for other in out):
            out.append(candidate)
    return out


def count(db: Database, model: Any, *where: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def grams_of(db: Database, customer_id: int) -> int:
    from sqlalchemy import text

    with db.reader() as conn:
        return int(conn.execute(text("SELECT count(*) FROM customer_grams WHERE customer_id = :c"),
                                {"c": customer_id}).scalar() or 0)


# -- PostgreSQL: a cluster of our own that the tests stop -------------------------------------------------------
@pytest.fixture(scope="module")
def cluster(request: pytest.FixtureRequest) -> Iterator[PgCluster]:
    yield from own_cluster(request)


@pytest.fixture
def outage_db(cluster: PgCluster) -> Iterator[Database]:
    yield from database_on(cluster, "outage")


def retry_failed(run: Run, calls: list[Callable[[], Any]]) -> None:
    """Retry each failed call (the same request id) until the server answers; a storage error while it is
    still recovering is retried again, anything else fails the test."""
    for i in sorted(run.errors):
        for attempt in range(50):
            try:
                run.results[i] = calls[i]()
                break
            except StorageError:
                if attempt == 49:
                    raise
                time.sleep(0.2)


def assert_product_errors(run: Run) -> Tally[str]:
    raw = {i: exc for i, exc in run.errors.items() if not isinstance(exc, StorageError)}
    assert not raw, f"raw exceptions reached the caller: {[(i, type(e).__module__, repr(e)[:300]) for i, e in raw.items()]}"
    kinds = Tally(type(exc).__name__ for exc in run.errors.values())
    assert run.errors, "the outages hit no call (the loop ran too fast?)"
    assert run.inside, "no outage hit a call inside its transaction"
    print(f"\n{len(run.errors)} of {run.done} calls failed during the outages: {dict(kinds)}; "
          f"{len(run.inside)} of them were interrupted inside their transaction")
    return kinds


def committed_before_retry(db: Database, run: Run, request_ids: list[str]) -> int:
    """Failed calls whose write had committed nevertheless (the reply was lost): the case request ids are for."""
    with db.read() as s:
        return sum(s.get(RequestLog, request_ids[i]) is not None for i in run.errors)


N_WORK_ORDERS = 60


@pytest.mark.pg
def test_w5_work_orders_saved_while_the_server_stops_are_applied_once_after_retry(cluster, outage_db):
    db = outage_db
    actors = make_group(db)
    add_customer(db, "OWNER", "汪国进", "13826401234")
    car = add_vehicle(db, vin(123456), owner="OWNER")
    adv = actors["adv1"]
    rids = [f"wo-outage-{i}" for i in range(N_WORK_ORDERS)]
    calls = [
        (lambda i=i: work_orders.create_work_order(db, adv, car, request_id=rids[i], deliverer_name="汪国进",
                                                   deliverer_phone="13826401234", mileage=i,
                                                   vin_confirmation=vin(123456)[-6:]))
        for i in range(N_WORK_ORDERS)
    ]
    run = loop_with_outages(cluster, db, calls)
    assert_product_errors(run)
    lost_replies = committed_before_retry(db, run, rids)
    retry_failed(run, calls)
    print(f"{lost_replies} failed calls had committed; retried with their request ids: applied once")

    assert count(db, WorkOrder) == N_WORK_ORDERS
    assert count(db, RequestLog) == N_WORK_ORDERS
    assert count(db, AuditEntry, AuditEntry.action == "work_order.create") == N_WORK_ORDERS
    with db.read() as s:
        by_mileage = Tally(s.scalars(select(WorkOrder.mileage)))
        numbers = {wo.mileage: wo.number for wo in s.scalars(select(WorkOrder))}
    assert sorted(by_mileage) == list(range(N_WORK_ORDERS)) and set(by_mileage.values()) == {1}  # 0 twice
    assert {i: r.number for i, r in run.results.items()} == numbers  # a retry returns the first outcome


N_CUSTOMERS = 40


@pytest.mark.pg
def test_c2_customers_created_while_the_server_stops_are_applied_once_and_whole(cluster, outage_db):
    db = outage_db
    actors = make_group(db)
    adv = actors["adv1"]
    tels = phones(N_CUSTOMERS, seed=21)
    rids = [f"cust-outage-{i}" for i in range(N_CUSTOMERS)]
    calls = [
        (lambda i=i: customers.create_customer(db, adv, customer_type="individual", name=person(i), phone=tels[i],
                                               address=f"广州市天河路{i}号", request_id=rids[i]))
        for i in range(N_CUSTOMERS)
    ]
    run = loop_with_outages(cluster, db, calls)
    assert_product_errors(run)
    lost_replies = committed_before_retry(db, run, rids)
    retry_failed(run, calls)  # a create that had committed returns it, never DuplicateFound
    print(f"{lost_replies} failed calls had committed; retried with their request ids: applied once")

    assert count(db, Customer) == N_CUSTOMERS
    assert count(db, RequestLog) == N_CUSTOMERS
    with db.read() as s:
        rows = {r.name: r for r in s.execute(select(Customer.id, Customer.code, Customer.name, Customer.phone,
                                                       Customer.address))}
    assert sorted(rows) == sorted(person(i) for i in range(N_CUSTOMERS))
    for i in range(N_CUSTOMERS):
        c = rows[person(i)]
        assert run.results[i].code == c.code
        assert (c.phone, c.address) == (tels[i], f"广州市天河路{i}号")
        assert count(db, CustomerChannel, CustomerChannel.customer_id == c.id) == 1, c.code
        assert count(db, AuditEntry, AuditEntry.action == "customer.create", AuditEntry.entity_id == c.id) == 1
        assert grams_of(db, c.id) > 0, f"{c.code} has no search keys"


@pytest.mark.pg
def test_c10_customer_saves_while_the_server_stops_are_all_or_nothing(cluster, outage_db):
    """customers.save_customer (a core change with its reason + an address) on many records under outages:
    after the retries every record is saved exactly once (the version a save without outage gives, one audit
    row per changed field)."""
    db = outage_db
    actors = make_group(db)
    cs = actors["cs1"]
    n = 40
    tels = phones(2 * n + 2, seed=22)
    codes = [f"K{i:03d}" for i in range(n)]
    for i, code in enumerate(codes):
        add_customer(db, code, person(i), tels[i])
    add_customer(db, "CONTROL", person(n), tels[2 * n])
    expected_version = customers.save_customer(db, cs, "CONTROL", version=1, reason="客户换号", phone=tels[2 * n + 1],
                                               address="深圳市福田路", request_id="save-control").version
    rids = [f"save-outage-{i}" for i in range(n)]
    calls = [
        (lambda i=i: customers.save_customer(db, cs, codes[i], version=1, reason="客户换号", phone=tels[n + i],
                                             address=f"深圳市福田路{i}号", request_id=rids[i]))
        for i in range(n)
    ]
    run = loop_with_outages(cluster, db, calls)
    assert_product_errors(run)
    lost_replies = committed_before_retry(db, run, rids)
    retry_failed(run, calls)
    print(f"{lost_replies} failed saves had committed; retried with their request ids: applied once")
    with db.read() as s:
        for i, code in enumerate(codes):
            c = s.scalar(select(Customer).where(Customer.code == code))
            assert (c.phone, c.address, c.version) == (tels[n + i], f"深圳市福田路{i}号", expected_version), code
            actions = Tally(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "customer",
                                                                      AuditEntry.entity_id == c.id)))
            assert actions == Tally({"customer.core_change": 1, "customer.edit": 1}), (code, actions)
            assert run.results[i].version == expected_version


@pytest.mark.pg
@pytest.mark.parametrize("where", ["first UPDATE", "COMMIT"])
def test_c10_customer_record_save_interrupted_by_a_server_stop_is_all_or_nothing(cluster, outage_db, where):
    """The server stops at a chosen point of one save (core change + address): nothing of it is kept, the
    caller gets DatabaseUnavailable; the retry with the same request id saves it whole, once."""
    from desktop.storage import DatabaseUnavailable

    db = outage_db
    actors = make_group(db)
    cs = actors["cs1"]
    cid = add_customer(db, "K1", "汪国进", "13826401234")
    grams_before = grams_of(db, cid)
    armed = {"on": True, "hit": ""}

    def stop_at_statement(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ARG001
        if armed["on"] and statement.lstrip().upper().startswith("UPDATE CUSTOMERS"):
            armed.update(on=False, hit=statement.split("\n")[0][:60])
            cluster.stop("immediate")

    def stop_at_commit(conn):  # noqa: ANN001
        if armed["on"]:
            armed.update(on=False, hit="COMMIT")
            cluster.stop("immediate")

    if where == "COMMIT":
        event.listen(db.engine, "commit", stop_at_commit)
    else:
        event.listen(db.engine, "after_cursor_execute", stop_at_statement)
    try:
        with pytest.raises(DatabaseUnavailable):
            customers.save_customer(db, cs, "K1", version=1, reason="行驶证姓名为汪国近", name="汪国近",
                                    address="广州市天河路1号", request_id="save-k1")
    finally:
        if where == "COMMIT":
            event.remove(db.engine, "commit", stop_at_commit)
        else:
            event.remove(db.engine, "after_cursor_execute", stop_at_statement)
    assert armed["hit"], "the save never reached the point where the server was to stop"
    cluster.start()
    cluster.wait_accepting()

    with db.read() as s:  # nothing of the save is kept
        c = s.get(Customer, cid)
        assert (c.name, c.address, c.version) == ("汪国进", None, 1)
        assert s.get(RequestLog, "save-k1") is None
        assert count(db, AuditEntry, AuditEntry.entity == "customer", AuditEntry.entity_id == cid) == 0
    assert grams_of(db, cid) == grams_before

    saved = customers.save_customer(db, cs, "K1", version=1, reason="行驶证姓名为汪国近", name="汪国近",
                                    address="广州市天河路1号", request_id="save-k1")
    again = customers.save_customer(db, cs, "K1", version=1, reason="行驶证姓名为汪国近", name="汪国近",
                                    address="广州市天河路1号", request_id="save-k1")
    assert (saved.name, saved.address) == ("汪国近", "广州市天河路1号") and saved.version > 1
    assert again == saved  # the repeat returns the first outcome and applies nothing
    with db.read() as s:
        c = s.get(Customer, cid)
        assert (c.name, c.address, c.version) == ("汪国近", "广州市天河路1号", saved.version)
        actions = Tally(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "customer",
                                                                  AuditEntry.entity_id == cid)))
    assert actions == Tally({"customer.core_change": 1, "customer.edit": 1})


# -- PostgreSQL: the reply to COMMIT lost on the way (the write committed, the caller cannot know) ------------
@pytest.fixture
def proxied(cluster: PgCluster, outage_db: Database) -> Iterator[tuple[Database, DroppingProxy]]:
    yield from through_dropping_proxy(cluster, outage_db)


@pytest.mark.pg
@pytest.mark.parametrize("action", ["customer.create", "work_order.create", "customer.save"])
def test_c2_w5_c10_write_whose_commit_reply_is_lost_is_applied_once_on_retry(outage_db, proxied, action):
    """The connection drops after the server committed but before its reply arrived: the caller gets
    DatabaseUnavailable; the retry with the same request id returns the first outcome and applies nothing."""
    from desktop.storage import DatabaseUnavailable

    db, proxy = proxied
    direct = outage_db
    actors = make_group(direct)
    cid = add_customer(direct, "OWNER", "汪国进", "13826401234")
    car = add_vehicle(direct, vin(123456), owner="OWNER")

    def write() -> Any:
        if action == "customer.create":
            return customers.create_customer(db, actors["adv1"], customer_type="individual", name="黄文华",
                                             phone="13711112046", request_id="lost-1")
        if action == "work_order.create":
            return work_orders.create_work_order(db, actors["adv1"], car, deliverer_name="汪国进",
                                                 deliverer_phone="13826401234", request_id="lost-1",
                                                 vin_confirmation=vin(123456)[-6:])
        return customers.save_customer(db, actors["cs1"], "OWNER", version=1, reason="客户换号",
                                       phone="13711112046", address="广州市天河路1号", request_id="lost-1")

    def effect() -> tuple[int, ...]:
        return (count(direct, Customer), count(direct, WorkOrder), count(direct, AuditEntry),
                count(direct, RequestLog))

    def lose_reply(conn):  # noqa: ANN001, ARG001 - fired just before the DBAPI commit
        proxy.arm()

    before = effect()
    event.listen(db.engine, "commit", lose_reply, once=True)
    with pytest.raises(DatabaseUnavailable):
        write()
    assert proxy.dropped == 1
    after_lost = effect()
    with direct.read() as s:
        assert s.get(RequestLog, "lost-1") is not None, "the write had committed"
    assert after_lost != before

    first = write()  # the retry of the client that lost the reply
    again = write()
    assert effect() == after_lost  # applied once: the retries applied nothing
    assert first == again
    with direct.read() as s:
        if action == "customer.create":
            assert s.scalar(select(Customer.code).where(Customer.name == "黄文华")) == first.code
        elif action == "work_order.create":
            assert list(s.scalars(select(WorkOrder.number))) == [first.number]
        else:
            c = s.get(Customer, cid)
            assert (c.phone, c.address, c.version) == ("13711112046", "广州市天河路1号", first.version)


# -- both databases: a client killed in the middle of its writes -----------------------------------------------
KILLS = 3
PER_CHILD = 30


def _create_loop(url: str, login: str, items: list[tuple[str, str, str]]) -> None:
    """Child process: create customers one after another with their request ids, until killed."""
    from desktop.services import customers as svc
    from desktop.services.auth import actor_for

    db = Database.open(url)
    actor = actor_for(db, login)
    for rid, name, phone in items:
        svc.create_customer(db, actor, customer_type="individual", name=name, phone=phone, request_id=rid)
    db.close()


def test_c2_client_killed_in_the_middle_of_its_writes_leaves_no_half_customer(db_url, db):
    make_group(db)
    adv_login = "adv1"
    total = KILLS * PER_CHILD
    tels = phones(total, seed=23)
    items = [(f"kill-{i}", person(i), tels[i]) for i in range(total)]
    ctx = multiprocessing.get_context("spawn")
    rng = random.Random(5)
    kills = 0
    for k in range(KILLS):
        chunk = items[k * PER_CHILD:(k + 1) * PER_CHILD]
        before = count(db, Customer)
        target = before + rng.randint(5, PER_CHILD // 2)
        child = ctx.Process(target=_create_loop, args=(db_url, adv_login, chunk), daemon=True)
        child.start()
        deadline = time.monotonic() + 60
        while count(db, Customer) < target and child.is_alive() and time.monotonic() < deadline:
            time.sleep(0.001)
        assert child.is_alive(), f"the child ended before it was killed (exit code {child.exitcode})"
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
        assert child.exitcode == -signal.SIGKILL
        kills += 1

    if db.is_sqlite:
        path = make_url(db_url).database
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()
    created_by_children = count(db, Customer)
    # No half-written customer: every row the children committed is whole.
    with db.read() as s:
        rows = list(s.execute(select(Customer.id, Customer.code)))
    for cid, code in rows:
        assert count(db, CustomerChannel, CustomerChannel.customer_id == cid) == 1, code
        assert count(db, AuditEntry, AuditEntry.action == "customer.create", AuditEntry.entity_id == cid) == 1
        assert grams_of(db, cid) > 0
    assert count(db, RequestLog) == created_by_children

    # Every intended write, retried with its request id (the killed client's restart): each applied once.
    from desktop.services.auth import actor_for

    adv = actor_for(db, adv_login)
    for rid, name, phone in items:
        customers.create_customer(db, adv, customer_type="individual", name=name, phone=phone, request_id=rid)
    assert count(db, Customer) == total
    assert count(db, CustomerChannel) == total
    assert count(db, RequestLog) == total
    assert count(db, AuditEntry, AuditEntry.action == "customer.create") == total
    print(f"\n{kills} clients killed mid-loop; {created_by_children} customers committed before, {total} after retry")
