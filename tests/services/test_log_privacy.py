"""No phone, ID number or password in the logs or in an error line (on SQLite and PostgreSQL).

The app's log handlers carry desktop.rules.privacy.PrivacyFilter; the engine hides SQL parameters; the CLI
prints database URLs with the password masked, malformed ones too.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from desktop import config
from desktop.rules.errors import ValidationError
from desktop.rules.privacy import PrivacyFilter
from desktop.services import customers
from desktop.services.errors import ServiceError
from desktop.storage.errors import DatabaseBug, StorageError
from tests.factories import make_group

PHONE = "13926405678"  # 13912345678 is made up now (C6)
PHONE_MASKED = "139****5678"
PHONE_REVERSED = PHONE[::-1]  # the phone_rev search key
RIC = "11010519491231002X"
RIC_MASKED = "1101**********002X"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app_log(tmp_path, monkeypatch):
    """The app's own logging (config.setup_logging) writing into a temporary log folder."""
    monkeypatch.setenv(config.ENV_HOME, str(tmp_path / "home"))
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    earlier = [h for h in before if getattr(h, "_desktop", False)]  # set up by an earlier test: start afresh
    for h in earlier:
        root.removeHandler(h)
    path = config.setup_logging()
    assert path is not None and path.is_relative_to(tmp_path)
    added = [h for h in root.handlers if h not in before]

    def read() -> str:
        for h in added:
            h.flush()
        return path.read_text(encoding="utf-8")

    yield read
    for h in added:
        root.removeHandler(h)
        h.close()
    for h in earlier:
        root.addHandler(h)
    root.setLevel(level)


def test_app_log_handlers_carry_the_privacy_filter(app_log):
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_desktop", False)]
    assert len(ours) == 2  # the rotating file and the stderr warnings
    assert all(any(isinstance(f, PrivacyFilter) for f in h.filters) for h in ours)


def test_app_log_file_masks_phone_in_args_and_in_exception_traceback(app_log):
    log = logging.getLogger("desktop.services.customers")
    log.warning("customer %s saved with phone %s and id %s", "KH00000001", PHONE, RIC)
    log.info("connecting to %s", "postgresql+psycopg://desk:s3cret@db.local/reception")
    try:
        raise RuntimeError(f"duplicate key\nDETAIL:  Key (phone)=({PHONE}) already exists. id_number {RIC}")
    except RuntimeError:
        log.exception("save of %s failed", PHONE)
    written = app_log()
    assert "Traceback (most recent call last)" in written
    assert f"customer KH00000001 saved with phone {PHONE_MASKED} and id {RIC_MASKED}" in written
    assert f"Key (phone)=({PHONE_MASKED})" in written and f"save of {PHONE_MASKED} failed" in written
    assert "desk:***@db.local" in written
    assert PHONE not in written and RIC not in written and "s3cret" not in written


def test_engine_hides_sql_parameters_in_exception_text(db):
    assert db.engine.hide_parameters is True
    with db.engine.connect() as conn, pytest.raises(sa_exc.DBAPIError) as err:
        conn.execute(text("SELECT * FROM no_such_table WHERE phone = :p AND id_number = :i"), {"p": PHONE, "i": RIC})
    message = str(err.value)
    assert "hide_parameters" in message and PHONE not in message and RIC not in message


def test_failed_write_of_a_customer_logs_no_phone_or_id_number(db, app_log):
    actors = make_group(db)
    actor = actors["adv1"]
    c = customers.create_customer(db, actor, customer_type="individual", name="汪国进", phone=PHONE,
                                  id_type="resident_id", id_number=RIC)
    # An over-long value through the service: refused before or by the database, never logged with the row.
    with pytest.raises((ValidationError, ServiceError, StorageError)):
        customers.create_customer(db, actor, customer_type="individual", name="汪国进", phone="13912345679",
                                  id_type="resident_id", id_number=RIC, address="广州天河路" * 100,
                                  confirmed_not_duplicate_of=(c.code,), confirm_reason="测试")
    # The same over-long value written raw through the session (PostgreSQL refuses it: value too long).
    try:
        with db.transaction() as s:
            s.execute(text("UPDATE customers SET address = :a WHERE code = :c"), {"a": "路" * 500, "c": c.code})
    except StorageError:
        pass
    # An error nobody classifies is logged with its traceback: PostgreSQL's DETAIL holds the whole row, and
    # the statement's parameters (a phone here) would be in SQLAlchemy's text without hide_parameters.
    with pytest.raises(DatabaseBug), db.transaction() as s:
        s.execute(text("UPDATE customers SET name = NULL WHERE code = :c AND phone = :p"), {"c": c.code, "p": PHONE})
    written = app_log()
    assert "unclassified database error" in written and "Traceback" in written
    if db.dialect == "postgresql":
        assert "Failing row contains" in written and PHONE_MASKED in written and RIC_MASKED in written
    assert PHONE not in written and RIC not in written and PHONE_REVERSED not in written


def _cli(tmp_path, *args):
    env = {**os.environ, config.ENV_HOME: str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    env.pop(config.ENV_URL, None)
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("url", [
    "postgresql://u:s3cret@[bad",
    "postgresql://u:s3cret@host:abc/db",
    "sqlite://u:s3cret@[bad",
])
def test_cli_with_malformed_db_url_exits_non_zero_without_printing_the_password(tmp_path, url):
    done = _cli(tmp_path, "init-db", "--db", url)
    assert done.returncode != 0
    assert done.stderr.startswith("error:")
    assert "s3cret" not in done.stdout and "s3cret" not in done.stderr
    if "cannot open database" in done.stderr:
        assert "u:***@" in done.stderr


def test_cli_installs_the_privacy_filter_on_the_last_resort_handler(tmp_path):
    from desktop.cli import main

    assert main(["init-db", "--db", f"sqlite:///{tmp_path / 'cli.db'}"]) == 0
    assert any(isinstance(f, PrivacyFilter) for f in logging.lastResort.filters)
