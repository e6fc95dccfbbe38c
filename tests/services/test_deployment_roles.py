"""README "Deployment": the two PostgreSQL roles. The owner role creates and upgrades the schema; the server's
runtime role reads and writes rows, cannot change the schema and cannot rewrite the audit trail — and the whole
app (open without upgrading, login, a lookup, a write with its audit row) works with it alone."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.storage import Database, SchemaTooOld

pytestmark = pytest.mark.pg

# the statements of README "Deployment", steps 1 and 2, with the names of this test
SETUP = """
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO {owner};
GRANT USAGE ON SCHEMA public TO {app};
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app};
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {app};
"""
AFTER_INIT = "REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM {app};"


@pytest.fixture
def roles(pg_server) -> Iterator[tuple[str, str]]:
    if pg_server.url is None:
        if os.environ.get("CI"):
            pytest.fail(pg_server.error or "PostgreSQL unavailable", pytrace=False)
        pytest.skip(pg_server.error or "PostgreSQL unavailable")
    tag = uuid.uuid4().hex[:8]
    owner, app, name = f"desk_owner_{tag}", f"desk_app_{tag}", f"desk_roles_{tag}"
    base = make_url(pg_server.url)
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {owner} LOGIN PASSWORD 'owner-pw'"))
        conn.execute(text(f"CREATE ROLE {app} LOGIN PASSWORD 'app-pw'"))
        conn.execute(text(f"CREATE DATABASE {name} OWNER {owner} ENCODING 'UTF8' TEMPLATE template0"))
    inside = create_engine(base.set(database=name), isolation_level="AUTOCOMMIT")
    with inside.connect() as conn:
        for statement in SETUP.format(owner=owner, app=app).strip().splitlines():
            conn.execute(text(statement))
    inside.dispose()
    owner_url = base.set(database=name, username=owner, password="owner-pw").render_as_string(hide_password=False)
    app_url = base.set(database=name, username=app, password="app-pw").render_as_string(hide_password=False)
    try:
        yield owner_url, app_url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            conn.execute(text(f"DROP ROLE IF EXISTS {app}"))
            conn.execute(text(f"DROP ROLE IF EXISTS {owner}"))
        admin.dispose()


def test_the_runtime_role_runs_the_app_but_cannot_change_the_schema_or_the_audit_trail(roles):
    from desktop.backend import LocalBackend
    from desktop.server.main import open_database
    from desktop.services import audit, intake, work_orders
    from tests.factories import PASSWORD, add_customer, add_vehicle, make_group, vin

    owner_url, app_url = roles
    with pytest.raises(SchemaTooOld):  # the runtime role never creates or upgrades the schema
        open_database(app_url, 2)
    owner_db = Database.open(owner_url)  # init-db
    with owner_db.engine.begin() as conn:
        conn.execute(text(AFTER_INIT.format(app=make_url(app_url).username)))
    make_group(owner_db)
    add_customer(owner_db, "C1", "汪国进", "13812345678", stores=("S01",))
    vehicle_id = add_vehicle(owner_db, vin(1), owner="C1", plate="粤A6D218")
    owner_db.close()

    db = open_database(app_url, 2)  # what `serve` opens
    try:
        backend = LocalBackend(db)
        actor = backend.login("adv1", PASSWORD)
        found = backend.call(intake.lookup_vin, vin(1))
        assert found.outcome == "vehicle_and_owner"
        order = backend.call(work_orders.create_work_order, vehicle_id, deliverer_name="张三",
                             deliverer_phone="13926405678", vin_confirmation=vin(1)[-6:], request_id="roles-1")
        assert order.number
        fin = LocalBackend(db)
        fin.login("fin1", PASSWORD)
        assert [e for e in fin.call(audit.entries, entity="work_order") if e.user_login == actor.login]
        with db.engine.connect() as conn:
            for statement in ("ALTER TABLE customers ADD COLUMN x integer", "DROP TABLE work_orders",
                              "CREATE TABLE intruder (x integer)", "DELETE FROM audit_entries",
                              "UPDATE audit_entries SET reason = 'x'", "TRUNCATE audit_entries"):
                with pytest.raises(Exception) as refused:  # noqa: PT011 - the driver's own refusal
                    conn.execute(text(statement))
                assert "permission denied" in str(refused.value) or "must be owner" in str(refused.value), statement
                conn.rollback()
    finally:
        db.close()
