"""Database handle: migrations, refusals, SQLite settings, units of work."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.models import Store
from desktop.storage import Database, SchemaTooNew, SchemaTooOld


def test_open_creates_a_migrated_database(db):
    current, head = db.schema_state()
    assert current == head
    assert {"customers", "vehicles", "work_orders", "audit_entries"} <= set(db.table_names())


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: Path):
    db = Database.open(f"sqlite:///{tmp_path / 'x.db'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.close()


def test_database_newer_than_the_app_is_refused(db_url):
    db = Database.open(db_url)
    head = db.schema_state()[1]
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    try:
        with pytest.raises(SchemaTooNew) as exc:
            Database.open(db_url)
        assert "新" in exc.value.message("zh_CN") and "newer" in exc.value.message("en")
    finally:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})
        db.close()


def test_older_sqlite_file_is_copied_aside_before_upgrading(tmp_path: Path):
    path = tmp_path / "old.db"
    db = Database.connect(f"sqlite:///{path}")
    from alembic import command

    cfg = db._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    db.close()
    with pytest.raises(SchemaTooOld):
        Database.open(f"sqlite:///{path}", upgrade=False)
    db = Database.open(f"sqlite:///{path}")
    assert db.schema_state()[0] == db.schema_state()[1]
    db.close()
    backups = list(tmp_path.glob("old.db.0001.*.bak"))
    assert len(backups) == 1 and backups[0].stat().st_size > 0


def test_unit_of_work_rolls_back_everything_on_error(db):
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.add(Store(code="S99", name="临时"))
        s.flush()
        raise RuntimeError("boom")
    with db.read() as s:
        assert s.query(Store).filter_by(code="S99").count() == 0


def test_unreachable_postgresql_is_a_clear_error():
    from desktop.storage import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable) as exc:
        Database.open("postgresql://nobody@127.0.0.1:1/none")
    assert "数据库" in exc.value.message("zh_CN")


def test_prefix_searches_are_right_on_a_server_with_a_chinese_collation(pg_server):
    """A group's PostgreSQL may be created with a language collation (zh-Hans-CN): the range-scanned keys
    are pinned to "C" by migration 0003, so prefix and last-digits searches still find what they should."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from desktop.services import search
    from tests.factories import add_customer, add_vehicle, make_group, vin

    if pg_server.url is None:
        if os.environ.get("CI"):
            pytest.fail(pg_server.error or "PostgreSQL unavailable", pytrace=False)
        pytest.skip(pg_server.error or "PostgreSQL unavailable")
    name = f"desk_zh_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(pg_server.url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                          "LOCALE_PROVIDER icu ICU_LOCALE 'zh-Hans-CN' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"))
    try:
        db = Database.open(make_url(pg_server.url).set(database=name).render_as_string(hide_password=False))
        actors = make_group(db)
        add_customer(db, "C1", "汪国进", "13826401234")
        add_customer(db, "C2", "Wang Li", "13826409999")
        add_vehicle(db, vin(123456), owner="C1", plate="粤A6D218")
        adv = actors["adv1"]
        assert [r.code for r in search.search_customers(db, adv, "1234")] == ["C1"]
        assert "C1" in [r.code for r in search.search_customers(db, adv, "wgj")]
        assert "C1" in [r.code for r in search.search_customers(db, adv, "wangguo")]
        assert [r.vin for r in search.search_vehicles(db, adv, vin(123456)[-6:])] == [vin(123456)]
        assert [r.plate for r in search.search_vehicles(db, adv, "粤A6D")] == ["粤A6D218"]
        db.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_upgrade_0007_scopes_existing_search_keys_by_store(kind, pg_server, tmp_path: Path):
    """S2: a database of an earlier version holds unscoped search rows. The upgrade rebuilds them per store and
    per repair center (the rule of customer_key_rows / vehicle_key_rows), so existing customers and plates are
    found at once by the stores that see them and by no other; a downgrade gives back the unscoped rows and a
    second upgrade the same scoped ones."""
    import uuid

    from alembic import command
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.orm import Session

    from desktop.models.search import KEY_SOURCE_COLUMNS, customer_key_rows, vehicle_key_rows
    from desktop.services import search
    from desktop.storage import search_index
    from tests.factories import add_customer, add_vehicle, make_group, vin

    admin = None
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'v6.db'}"
    else:
        if pg_server.url is None:
            if os.environ.get("CI"):
                pytest.fail(pg_server.error or "PostgreSQL unavailable", pytrace=False)
            pytest.skip(pg_server.error or "PostgreSQL unavailable")
        name = f"desk_v6_{uuid.uuid4().hex[:8]}"
        admin = create_engine(make_url(pg_server.url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"))
        url = make_url(pg_server.url).set(database=name).render_as_string(hide_password=False)

    def scoped_rows(db: Database) -> tuple[set[tuple], set[tuple]]:
        with db.engine.connect() as conn:
            return (set(map(tuple, conn.execute(text("SELECT store_id, gram, customer_id FROM customer_grams")))),
                    set(map(tuple, conn.execute(text("SELECT repair_center_id, gram, vehicle_id FROM vehicle_grams")))))

    try:
        db = Database.connect(url)
        cfg = db._alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0006")
        actors = make_group(db)
        # Rows as version 0006 wrote them: today's indexing would write today's columns into the old tables.
        event.remove(Session, "after_flush", search_index._after_flush)
        try:
            c1 = add_customer(db, "C1", "汪国进", "13812345678", stores=("S01",))
            c2 = add_customer(db, "C2", "汪国近", "13912345678", stores=("S02",))
            co = add_customer(db, "C3", "广州市天河汽车服务有限公司", "0201234567", stores=("S01", "S02"),
                              customer_type="company")
            v1 = add_vehicle(db, vin(123456), plate="粤A6D218", centers=("R01",))
            v2 = add_vehicle(db, vin(123457), plate="粤B6D219", centers=("R02",))
        finally:
            event.listen(Session, "after_flush", search_index._after_flush)
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO customer_grams (gram, customer_id) VALUES ('汪国', :a), ('汪国', :b)"),
                         {"a": c1, "b": c2})
            conn.execute(text("INSERT INTO vehicle_grams (gram, vehicle_id) VALUES ('6D2', :a), ('6D2', :b)"),
                         {"a": v1, "b": v2})
        db.close()

        db = Database.open(url)  # upgrades to head
        with db.engine.connect() as conn:
            cols = ", ".join(KEY_SOURCE_COLUMNS)
            src = {r["id"]: r for r in conn.execute(text(f"SELECT id, {cols} FROM customers")).mappings()}
        stores = {c1: [1], c2: [2], co: [1, 2]}
        expected_c = {row for cid, sids in stores.items() for row in customer_key_rows(cid, sids, src[cid])}
        expected_v = set(vehicle_key_rows(v1, [1], "粤A6D218")) | set(vehicle_key_rows(v2, [2], "粤B6D219"))
        assert scoped_rows(db) == (expected_c, expected_v)
        adv1, adv2 = actors["adv1"], actors["adv2"]
        for text_in in ("汪国", "汪国进", "wgj", "wangguo", "5678", "C1"):
            assert [r.id for r in search.search_customers(db, adv1, text_in)] == [c1], text_in
        assert [r.id for r in search.search_customers(db, adv2, "汪国")] == [c2]
        assert {r.id for r in search.search_customers(db, adv2, "天河汽车")} == {co}
        assert [r.plate for r in search.search_vehicles(db, adv1, "6D2")] == ["粤A6D218"]
        assert [r.plate for r in search.search_vehicles(db, adv2, "6D2")] == ["粤B6D219"]
        cfg = db._alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
        with db.engine.connect() as conn:
            old = set(map(tuple, conn.execute(text("SELECT gram, customer_id FROM customer_grams"))))
            old_v = set(map(tuple, conn.execute(text("SELECT gram, vehicle_id FROM vehicle_grams"))))
        assert ("汪国", c1) in old and ("汪国", c2) in old and not any(g.startswith("!") for g, _ in old)
        assert old_v == {(g, vid) for _, g, vid in expected_v}
        db.close()
        db = Database.open(url)
        assert scoped_rows(db) == (expected_c, expected_v)
        db.close()
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            admin.dispose()
