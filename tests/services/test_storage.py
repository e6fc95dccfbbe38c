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


@pytest.mark.parametrize("trigrams_only", [True, False], ids=["trigrams", "indexed-by-0002"])
@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_upgrade_0004_gives_existing_plates_their_four_grams(kind, trigrams_only, pg_server, tmp_path: Path):
    """A database of an earlier version holds plate trigrams only: the upgrade adds every 4-character window
    (the rule of plate_grams), so a four-character plate fragment finds plates entered before the upgrade.
    A database upgraded from 0001 in one go already got them from 0002's rebuild: the upgrade must not fail."""
    import uuid

    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from desktop.models.search import plate_grams
    from desktop.services import search
    from tests.factories import add_vehicle, make_group, vin

    admin = None
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'v3.db'}"
    else:
        if pg_server.url is None:
            if os.environ.get("CI"):
                pytest.fail(pg_server.error or "PostgreSQL unavailable", pytrace=False)
            pytest.skip(pg_server.error or "PostgreSQL unavailable")
        name = f"desk_v3_{uuid.uuid4().hex[:8]}"
        admin = create_engine(make_url(pg_server.url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"))
        url = make_url(pg_server.url).set(database=name).render_as_string(hide_password=False)
    try:
        db = Database.connect(url)
        cfg = db._alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0003")
        actors = make_group(db)
        add_vehicle(db, vin(123456), plate="粤A6D218")
        add_vehicle(db, vin(123457), plate="粤B11111")
        if trigrams_only:
            with db.engine.begin() as conn:  # as version 0003 left them: trigrams only
                conn.execute(text("DELETE FROM vehicle_grams WHERE length(gram) <> 3"))
        db.close()

        db = Database.open(url)
        with db.engine.connect() as conn:
            got = conn.execute(text("SELECT v.plate, g.gram FROM vehicle_grams g JOIN vehicles v ON v.id = g.vehicle_id"))
            grams: dict[str, set[str]] = {}
            for plate, gram in got:
                grams.setdefault(plate, set()).add(gram)
        assert grams == {p: set(plate_grams(p)) for p in ("粤A6D218", "粤B11111")}
        adv = actors["adv1"]
        assert [r.plate for r in search.search_vehicles(db, adv, "6D21")] == ["粤A6D218"]
        assert [r.plate for r in search.search_vehicles(db, adv, "B1111")] == ["粤B11111"]
        db.close()
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            admin.dispose()
