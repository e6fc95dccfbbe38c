"""Every driver error becomes a product error: ``desktop.storage.errors.classify``, triggered for real.

Each failure is provoked on a real database (SQLite and PostgreSQL) and checked twice: the raw SQLAlchemy
exception handed to ``classify`` (the unit), and the same failure through ``Database.transaction()`` /
``read()`` or a service (what a caller sees). Where a failure cannot be provoked on one database (a corrupt
PostgreSQL page), the driver's own exception class is classified instead.

Then what an advisor may type: a NUL byte in a search box or a lookup field never becomes a database error —
a ValidationError (a field message) or an empty result.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desktop.models import Customer, CustomerChannel, Store, Vehicle
from desktop.rules.errors import ValidationError
from desktop.services import customers, dedupe, intake, search, vehicles
from desktop.services.errors import ServiceError
from desktop.storage import Database, DatabaseUnavailable
from desktop.storage.errors import (
    CorruptDatabase,
    DatabaseBug,
    DatabaseBusy,
    DiskFull,
    ReadOnlyDatabase,
    StorageError,
    UniqueViolation,
    ValueRefused,
    classify,
)
from tests.factories import add_customer, add_vehicle, make_group, vin
from tests.pg_cluster import free_port


def raw_error(db: Database, work: Callable[[Session], Any]) -> BaseException:
    """The exception SQLAlchemy / the driver raises for ``work`` in a plain session on the engine (outside
    ``Database``, so nothing is classified yet)."""
    with Session(db.engine) as s:
        try:
            work(s)
            s.flush()
        except Exception as exc:  # noqa: BLE001 - the raw error is the subject of the test
            s.rollback()
            return exc
    raise AssertionError("the statement did not fail")


def through_database(db: Database, work: Callable[[Session], Any]) -> StorageError:
    """The exception ``Database.transaction()`` raises for the same work: always a product error."""
    with pytest.raises(StorageError) as caught, db.transaction() as s:
        work(s)
        s.flush()
    return caught.value


def vehicle_row(vin_: str, code: str, plate: str | None = None) -> Vehicle:
    return Vehicle(internal_code=code, origin="manual", model="大众 朗逸", vin=vin_, plate=plate,
                   plate_color="blue" if plate else None)


@pytest.fixture
def group(db: Database) -> dict[str, Any]:
    return make_group(db)


# -- unique violations: table and columns on both databases --------------------------------------------------
def test_m3_a_second_vehicle_with_the_same_vin_is_a_unique_violation_of_vehicles_vin(db, group):
    add_vehicle(db, vin(123456))

    def work(s: Session) -> None:
        s.add(vehicle_row(vin(123456), "DUP1"))

    raw = raw_error(db, work)
    assert isinstance(raw, sa_exc.IntegrityError)
    for err in (classify(raw), through_database(db, work)):
        assert isinstance(err, UniqueViolation)
        assert (err.table, err.columns, err.key) == ("vehicles", ("vin",), "vehicles.vin")


def test_p3_a_plate_held_by_another_vehicle_is_a_unique_violation_of_vehicles_plate(db, group):
    add_vehicle(db, vin(123456), plate="粤A6D218")

    def work(s: Session) -> None:
        s.add(vehicle_row(vin(654321), "DUP2", plate="粤A6D218"))

    for err in (classify(raw_error(db, work)), through_database(db, work)):
        assert isinstance(err, UniqueViolation)
        assert (err.table, err.columns) == ("vehicles", ("plate",))


def test_s1_a_second_channel_of_a_store_is_a_unique_violation_of_customer_channels(db, group):
    cid = add_customer(db, "C1", "汪国进", "13826401234")
    with db.read() as s:
        store = s.scalar(select(Store.id).where(Store.code == "S01"))

    def work(s: Session) -> None:
        s.add(CustomerChannel(customer_id=cid, store_id=store))

    for err in (classify(raw_error(db, work)), through_database(db, work)):
        assert isinstance(err, UniqueViolation)
        assert (err.table, err.columns) == ("customer_channels", ("customer_id", "store_id"))


# -- values the database refuses ---------------------------------------------------------------------------------
def test_c5_nul_byte_in_a_text_value_is_value_refused_on_postgresql(db, group):
    """PostgreSQL text cannot hold NUL (psycopg refuses it before sending); SQLite stores it as it is — there
    the validators (rules.text.clean_text) are the only guard."""

    def work(s: Session) -> None:
        s.add(Customer(code="NUL1", customer_type="individual", name="汪国\x00进", phone="13826401234",
                       business="after_sales", category="retained", status="pending"))

    if db.is_sqlite:
        with db.transaction() as s:
            work(s)
        with db.read() as s:
            assert s.scalar(select(Customer.name).where(Customer.code == "NUL1")) == "汪国\x00进"
        return
    raw = raw_error(db, work)
    assert isinstance(raw, sa_exc.DataError)
    assert isinstance(classify(raw), ValueRefused)
    assert isinstance(through_database(db, work), ValueRefused)


def test_c5_over_long_value_bypassing_the_validators_is_value_refused(db, group):
    """PostgreSQL: a name longer than its column (varchar 120), inserted raw (22001). SQLite enforces no
    column length: a value over the connection's length limit (SQLITE_TOOBIG) is the same refusal."""
    long_name = "汪" * 121 if not db.is_sqlite else "汪" * 2000

    def work(s: Session) -> None:
        if db.is_sqlite:
            raw_conn: Any = s.connection().connection.dbapi_connection
            raw_conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1000)
        s.add(Customer(code="LONG1", customer_type="individual", name=long_name, phone="13826401234",
                       business="after_sales", category="retained", status="pending"))

    raw = raw_error(db, work)
    assert isinstance(raw, sa_exc.DBAPIError)
    assert isinstance(classify(raw), ValueRefused)
    assert isinstance(through_database(db, work), ValueRefused)


# -- the database cannot take writes or cannot be read -----------------------------------------------------------
@pytest.fixture
def read_only_db(db_url: str, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """SQLite: the file opened read-only (``?mode=ro``; chmod does not stop root). PostgreSQL: the database
    set to read-only transactions (as on a standby), for new connections."""
    if db.is_sqlite:
        monkeypatch.chdir(tmp_path)  # Database.connect makes the parent folder of a "file:" URI path here
        path = make_url(db_url).database
        ro = Database.connect(f"sqlite:///file:{path}?mode=ro&uri=true")
        yield ro
        ro.close()
        return
    name = make_url(db_url).database
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    ro = Database.connect(db_url)
    try:
        yield ro
    finally:
        ro.close()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f'ALTER DATABASE "{name}" RESET default_transaction_read_only')


def test_c1_creating_a_customer_on_a_read_only_database_is_read_only_database(db, group, read_only_db):
    def work(s: Session) -> None:
        s.add(Store(code="S99", name="临时"))

    assert isinstance(classify(raw_error(read_only_db, work)), ReadOnlyDatabase)
    adv = group["adv1"]
    with pytest.raises(ReadOnlyDatabase) as caught:
        customers.create_customer(read_only_db, adv, customer_type="individual", name="黄文华", phone="13711112046")
    assert "只读" in caught.value.message("zh_CN") and "read-only" in caught.value.message("en")
    # reading still works
    assert search.search_customers(read_only_db, adv, "黄文华") == []


def test_s2_a_corrupt_database_file_is_corrupt_database(db_url, db, group, tmp_path):
    """SQLite: garbage over the file header. PostgreSQL cannot be corrupted on purpose here: its data-corrupted
    and index-corrupted errors (XX001, XX002), as psycopg raises them, are classified instead."""
    if db.is_sqlite:
        path = tmp_path / "corrupt.db"
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(make_url(db_url).database, path)
        with open(path, "r+b") as f:
            f.write(b"this is not a database file header" * 4)
        broken = Database.connect(f"sqlite:///{path}")
        try:
            raw = raw_error(broken, lambda s: s.execute(text("SELECT count(*) FROM customers")))
            assert isinstance(raw, sa_exc.DatabaseError)
            assert isinstance(classify(raw), CorruptDatabase)
            with pytest.raises(CorruptDatabase):
                search.search_customers(broken, group["adv1"], "汪国进")
        finally:
            broken.close()
        with pytest.raises(CorruptDatabase):
            Database.open(f"sqlite:///{path}")
        return
    import psycopg.errors

    for orig in (psycopg.errors.DataCorrupted("invalid page in block 7 of relation base/16384/16397"),
                 psycopg.errors.IndexCorrupted("index \"ix_customers_phone_key\" contains unexpected zero page")):
        wrapped = sa_exc.InternalError("SELECT 1", None, orig)
        assert isinstance(classify(orig), CorruptDatabase)
        assert isinstance(classify(wrapped), CorruptDatabase)
    assert isinstance(classify(sa_exc.OperationalError("INSERT", None, psycopg.errors.DiskFull("no space"))),
                      DiskFull)


# -- another workstation holds the lock -------------------------------------------------------------------------
@pytest.fixture
def busy_db(db_url: str, db: Database) -> Iterator[Database]:
    """A second handle on the database whose lock waits end after 0.2 s (SQLite busy timeout, PostgreSQL
    lock_timeout), so that a held lock is reported at once."""
    other = Database.connect(db_url)

    @event.listens_for(other.engine, "connect")
    def short_wait(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=200" if other.is_sqlite else "SET lock_timeout = '200ms'")
        cur.close()
        if not other.is_sqlite:
            dbapi_conn.commit()

    yield other
    other.close()


def test_p1_a_write_waiting_for_a_lock_held_elsewhere_is_database_busy(db_url, db, group, busy_db):
    """SQLite: another connection holds the write lock (BEGIN IMMEDIATE). PostgreSQL: another transaction holds
    the vehicle's row lock (SELECT … FOR UPDATE)."""
    car = add_vehicle(db, vin(123456))
    if db.is_sqlite:
        holder: Any = sqlite3.connect(make_url(db_url).database, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
    else:
        holder = db.engine.connect()
        holder.begin()
        holder.execute(select(Vehicle.id).where(Vehicle.id == car).with_for_update())
    try:
        def work(s: Session) -> None:
            s.execute(select(Vehicle).where(Vehicle.id == car).with_for_update()).scalar_one().color = "黑"

        raw = raw_error(busy_db, work)
        assert isinstance(raw, sa_exc.OperationalError)
        assert type(classify(raw)) is DatabaseBusy
        assert type(through_database(busy_db, work)) is DatabaseBusy
        with pytest.raises(DatabaseBusy) as caught:
            vehicles.set_plate(busy_db, group["adv1"], car, "粤A6D218", version=1)
        assert isinstance(caught.value, DatabaseUnavailable)  # the worker offers a retry
    finally:
        holder.rollback()
        holder.close()
    saved = vehicles.set_plate(busy_db, group["adv1"], car, "粤A6D218", version=1)  # the lock is free again
    assert saved.plate == "粤A6D218"


# -- the server cannot be reached -------------------------------------------------------------------------------
def test_s3_a_database_that_cannot_be_reached_is_database_unavailable(db_url, tmp_path):
    """PostgreSQL: a closed port on this host. SQLite: a path that cannot be opened as a file (a folder)."""
    if make_url(db_url).get_backend_name() == "sqlite":
        url = f"sqlite:///{tmp_path}"
    else:
        url = make_url(db_url).set(port=free_port()).render_as_string(hide_password=False)
    unreachable = Database.connect(url)
    try:
        raw = raw_error(unreachable, lambda s: s.execute(text("SELECT 1")))
        assert isinstance(raw, sa_exc.OperationalError)
        assert type(classify(raw)) is DatabaseUnavailable
        with pytest.raises(DatabaseUnavailable), unreachable.read() as s:
            s.execute(text("SELECT 1"))
    finally:
        unreachable.close()
    with pytest.raises(DatabaseUnavailable) as caught:
        Database.open(url)
    assert type(caught.value) is DatabaseUnavailable
    assert "数据库" in caught.value.message("zh_CN")


# -- anything else is a bug: logged, without the SQL parameters -------------------------------------------------
def test_w8_an_unknown_database_error_is_a_logged_database_bug(db, group, caplog):
    secret = "13826409999"

    def work(s: Session) -> None:
        s.execute(text("SELECT no_such_column FROM customers WHERE phone = :p"), {"p": secret})

    raw = raw_error(db, work)
    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="desktop.storage.errors"):
        bug = classify(raw)
    assert type(bug) is DatabaseBug
    assert [r for r in caplog.records if r.name == "desktop.storage.errors" and r.exc_info]
    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="desktop.storage.errors"):
        err = through_database(db, work)
    assert type(err) is DatabaseBug and "日志" in err.message("zh_CN")
    records = [r for r in caplog.records if r.name == "desktop.storage.errors"]
    assert records and records[0].exc_info, "a bug is logged with its traceback"
    assert secret not in caplog.text  # the engine hides SQL parameters
    # not even a database error: still a logged bug, never None
    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="desktop.storage.errors"):
        assert type(classify(RuntimeError("boom"))) is DatabaseBug
    assert "unclassified database error" in caplog.text


# -- a NUL byte typed into a search box or a lookup field --------------------------------------------------------
NUL_QUERIES: dict[str, Callable[[Database, Any], Any]] = {
    "search_customers-name": lambda db, a: search.search_customers(db, a, "汪国\x00进"),
    "search_customers-phone": lambda db, a: search.search_customers(db, a, "1382640\x001234"),
    "search_vehicles-plate": lambda db, a: search.search_vehicles(db, a, "粤A6\x00D218"),
    "search_vehicles-vin": lambda db, a: search.search_vehicles(db, a, vin(123456)[:12] + "\x00"),
    "lookup_vin": lambda db, a: intake.lookup_vin(db, a, vin(123456)[:10] + "\x00" + vin(123456)[11:]),
    "lookup_plate": lambda db, a: intake.lookup_plate(db, a, "粤A6D\x00218"),
    "find_duplicates-name": lambda db, a: dedupe.find_duplicates(
        db, a, {"customer_type": "individual", "name": "汪国\x00进", "phone": "13826401234"}),
    "find_duplicates-company": lambda db, a: dedupe.find_duplicates(
        db, a, {"customer_type": "company", "name": "广州市天河\x00汽车服务有限公司", "phone": ""}),
    "find_duplicates-id": lambda db, a: dedupe.find_duplicates(
        db, a, {"customer_type": "individual", "name": "汪国进", "id_type": "resident_id",
                "id_number": "44010619850101\x00123"}),
}


@pytest.mark.parametrize("query", list(NUL_QUERIES))
def test_s2_s3_c2_nul_byte_typed_into_a_search_or_lookup_is_no_database_error(db, group, query):
    """A ValidationError (the field message) or an ordinary result; never a database error — neither raw nor
    a storage error such as ValueRefused ("cannot be saved": nothing is being saved)."""
    add_customer(db, "C1", "汪国进", "13826401234")
    add_vehicle(db, vin(123456), owner="C1", plate="粤A6D218")
    try:
        result = NUL_QUERIES[query](db, group["adv1"])
    except ValidationError:
        return
    assert isinstance(result, list) or hasattr(result, "outcome"), result


# -- validator gaps found on the way: a value the database refuses or keeps with a NUL byte ----------------------
@pytest.mark.parametrize("action", ["customer.save", "vehicle.set_plate", "change_request.file"])
def test_c10_p1_nul_byte_in_a_reason_is_a_field_message(db, group, action):
    """The reason of a core change / a plate change / a change request is free text like every other: a NUL
    byte is refused by the validator (field "reason"), not stored (SQLite) nor refused by the server
    (PostgreSQL: ValueRefused)."""
    from desktop.services import change_requests

    add_customer(db, "C1", "汪国进", "13826401234")
    car = add_vehicle(db, vin(123456), owner="C1")
    with pytest.raises(ValidationError) as caught:
        if action == "customer.save":
            customers.save_customer(db, group["cs1"], "C1", version=1, reason="按行驶证\x00更正", name="汪国近")
        elif action == "vehicle.set_plate":
            vehicles.set_plate(db, group["adv1"], car, "粤A6D218", reason="换\x00牌", version=1)
        else:
            change_requests.file_request(db, group["adv1"], "C1", reason="按行驶证\x00更正", name="汪国近")
    assert caught.value.field == "reason"


def test_v6_warranty_mileage_beyond_any_car_is_a_field_message(db, group):
    """update_vehicle checks warranty_mileage >= 0 only: 10^12 km is stored by SQLite and refused by
    PostgreSQL's integer column (ValueRefused) instead of a field message."""
    car = add_vehicle(db, vin(123456))
    with pytest.raises(ValidationError) as caught:
        vehicles.update_vehicle(db, group["adv1"], car, {"warranty_mileage": 10**12}, version=1)
    assert caught.value.field == "warranty_mileage"


@pytest.mark.parametrize("what", ["login", "customer code", "owner code", "manual VIN"])
def test_s1_w1_nul_byte_typed_into_a_login_or_code_is_a_product_refusal(db, group, what):
    """A login name or a code typed with a NUL byte is an unknown login / an unknown code / an invalid VIN, on
    both databases — not a storage error (PostgreSQL's ValueRefused: "a field cannot be saved")."""
    from desktop.services import auth

    add_customer(db, "C1", "汪国进", "13826401234")
    add_vehicle(db, vin(123456), owner="C1")
    car = add_vehicle(db, vin(222222, "LFV2A2150"))
    adv = group["adv1"]
    calls: dict[str, Callable[[], Any]] = {
        "login": lambda: auth.login(db, "adv\x001", "secret123"),
        "customer code": lambda: customers.get_customer(db, adv, "C\x001"),
        "owner code": lambda: vehicles.set_owner(db, adv, car, "C\x001", version=1),
        "manual VIN": lambda: vehicles.create_manual_vehicle(db, adv, model="大众 朗逸",
                                                             vin=vin(333333, "LHGCM8260")[:10] + "\x00"),
    }
    with pytest.raises((ServiceError, ValidationError)) as caught:
        calls[what]()
    assert not isinstance(caught.value, StorageError)


@pytest.fixture(autouse=True)
def _no_stray_uri_folder() -> Iterator[None]:
    """Database.connect on a ``file:`` URI makes a folder named ``file:`` in the working directory: the
    read-only fixture works in a temp folder; make sure none is left in the repository."""
    before = os.path.exists("file:")
    yield
    if not before and os.path.exists("file:"):
        shutil.rmtree("file:", ignore_errors=True)
        pytest.fail("a folder 'file:' was left in the working directory")

