"""Database handle: migrations, refusals, SQLite settings, units of work."""

from __future__ import annotations

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
