"""The admin CLI exactly as documented: exit status, one-line reasons, import reports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.demo import SCENARIOS
from desktop.services import auth, intake
from desktop.storage import Database

GOOD_RIC = "440106198203122318"


def run(*args: str, stdin: str | None = None, capsys=None, monkeypatch=None) -> int:
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(list(args))


@pytest.fixture
def url(db_url):
    return db_url


def _setup(url, capsys, monkeypatch):
    assert run("init-db", "--db", url) == 0
    assert run("store", "add", "--db", url, "--code", "S01", "--name", "广州天河店",
               "--repair-center", "R01:天河维修中心", "--repair-center", "R11:天河二厂") == 0
    assert run("store", "add", "--db", url, "--code", "S02", "--name", "深圳福田店", "--repair-center", "R02:福田") == 0
    assert run("user", "add", "--db", url, "--login", "adv1", "--name", "张顾问", "--store", "S01", "--role",
               "service_advisor", "--password-stdin", stdin="secret123\n", monkeypatch=monkeypatch) == 0


def test_cli_store_and_user_then_login(url, capsys, monkeypatch):
    _setup(url, capsys, monkeypatch)
    db = Database.open(url)
    actor = auth.login(db, "adv1", "secret123")
    assert actor.store_code == "S01" and len(actor.repair_center_ids) == 2
    db.close()


def test_cli_failures_exit_non_zero_with_one_line_reason(url, capsys, monkeypatch):
    _setup(url, capsys, monkeypatch)
    capsys.readouterr()
    assert run("store", "add", "--db", url, "--code", "S01", "--name", "重复", "--repair-center", "R09:x") != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err
    assert run("user", "add", "--db", url, "--login", "x", "--name", "x", "--store", "S09", "--role",
               "service_advisor", "--password-stdin", stdin="secret123\n", monkeypatch=monkeypatch) != 0
    assert run("user", "add", "--db", url, "--login", "y", "--name", "y", "--store", "S01", "--role",
               "boss", "--password-stdin", stdin="secret123\n", monkeypatch=monkeypatch) != 0


CUSTOMERS = (
    "code,customer_type,category,status,name,phone,id_type,id_number,store_codes\n"
    "A1,individual,retained,enabled,汪国进,13826401234,resident_id," + GOOD_RIC + ",S01|S02\n"
    "A2,individual,retained,enabled,李四,1382640123,,,S01\n"            # line 3: phone one digit short
    "A3,company,potential,pending,广州市鑫达汽车服务有限公司,02083396688,uscc,,S01\n"
    'A4,individual,retained,enabled,"王\n伟",13912345670,,,S01\n'       # lines 5-6: a quoted line break
    "A5,individual,retained,enabled,汪 国进,138 2640 1234,,,S01\n"       # line 7: duplicate of A1
    "A6,person,retained,enabled,张三,13912345671,,,S01\n"                # line 8: bad type
    "A7,individual,retained,enabled,张三,13912345672,,,S09\n"            # line 9: unknown store
    "A1,individual,retained,enabled,赵六,13912345673,,,S01\n"            # line 10: code repeats
)


def test_import_customers_loads_valid_rows_and_reports_the_rest(url, tmp_path, capsys, monkeypatch):
    _setup(url, capsys, monkeypatch)
    f = tmp_path / "customers.csv"
    f.write_text(CUSTOMERS, encoding="utf-8")
    report = tmp_path / "r.jsonl"
    code = run("import", "customers", str(f), "--db", url, "--report", str(report))
    assert code != 0  # rows were rejected
    lines = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    rejected = {r["line"]: r for r in lines if r["status"] == "rejected"}
    assert set(rejected) == {3, 5, 8, 9, 10}  # line 5: a line break in a name is refused, never merged (C5)
    assert rejected[3]["field"] == "phone" and rejected[8]["field"] == "customer_type"
    assert rejected[5]["field"] == "name" and "one line" in rejected[5]["reason"]
    assert rejected[9]["field"] == "store_codes" and rejected[10]["field"] == "code"
    assert all(r["reason"] for r in rejected.values())
    dups = [r for r in lines if r["status"] == "duplicate"]
    assert [(d["line"], d["duplicates_of"][0]) for d in dups] == [(7, "A1")]
    db = Database.open(url)
    from desktop.services import customers
    from desktop.services.errors import NotFound

    a1 = customers.get_customer(db, auth.actor_for(db, "adv1"), "A1")
    assert a1.store_codes == ("S01", "S02") and a1.id_number == GOOD_RIC
    with pytest.raises(NotFound):  # a rejected row never loads
        customers.get_customer(db, auth.actor_for(db, "adv1"), "A2")
    db.close()


def test_import_vehicles(url, tmp_path, capsys, monkeypatch):
    _setup(url, capsys, monkeypatch)
    c = tmp_path / "c.csv"
    c.write_text("code,customer_type,category,status,name,phone,id_type,id_number,store_codes\n"
                 "A1,individual,retained,enabled,汪国进,13826401234,,,S01\n", encoding="utf-8")
    assert run("import", "customers", str(c), "--db", url) == 0
    from tests.factories import vin

    v = tmp_path / "v.csv"
    bad_check = vin(3)[:8] + ("0" if vin(3)[8] != "0" else "1") + vin(3)[9:]
    v.write_text(
        "vin,origin,model,engine_no,color,interior,plate,plate_color,owner_code,repair_center_codes\n"
        f"{vin(1).lower()},generated,大众 朗逸,E1,白,黑,粤A12345,blue,A1,R01|R02\n"
        f"{vin(2)},manual,大众 速腾,,,,,,,R01\n"
        f"{bad_check},manual,大众,,,,,,,R01\n"                    # line 4: check digit
        f"{vin(4)},manual,大众,,,,粤A12345,,,R01\n"                 # line 5: plate repeats
        f"{vin(5)},manual,大众,,,,,,Z9,R01\n"                       # line 6: unknown owner
        f"{vin(6)},manual,大众,,,,,,,R77\n",                        # line 7: unknown repair center
        encoding="utf-8-sig",
    )
    report = tmp_path / "r.jsonl"
    assert run("import", "vehicles", str(v), "--db", url, "--report", str(report)) != 0
    rejected = {json.loads(x)["line"]: json.loads(x)["field"] for x in report.read_text("utf-8").splitlines()}
    assert rejected == {4: "vin", 5: "plate", 6: "owner_code", 7: "repair_center_codes"}
    db = Database.open(url)
    actor = auth.actor_for(db, "adv1")
    r = intake.lookup_vin(db, actor, vin(1))
    assert r.outcome == "vehicle_and_owner" and r.vehicle.plate == "粤A12345"
    assert {rc.code for rc in r.vehicle.repair_centers} == {"R01", "R02"}
    assert intake.lookup_vin(db, actor, vin(2)).outcome == "vehicle_only"
    from desktop.services import search

    # imported rows are in the search structures: plate fragments, and the owner by name fragment
    assert [x.vin for x in search.search_vehicles(db, actor, "2345")] == [vin(1)]
    assert [x.vin for x in search.search_vehicles(db, actor, "A123")] == [vin(1)]
    assert [x.code for x in search.search_customers(db, actor, "国进")] == ["A1"]
    db.close()


def test_demo_group_has_every_hard_case(url, capsys):
    assert run("demo", "--db", url) == 0
    out = capsys.readouterr().out
    assert "demo group ready" in out and SCENARIOS["other_store"] in out
    db = Database.open(url)
    actor = auth.actor_for(db, "adv1")
    expect = {
        "vehicle_and_owner": "vehicle_and_owner",
        "vehicle_only (no owner)": "vehicle_only",
        "vehicle_only (owner not retained)": "vehicle_only",
        "other_store": "other_store",
        "not_found": "not_found",
        "suspected_typo": "suspected_typo",
        "PDI stock car (no owner)": "vehicle_only",
        "owner sold on (W2a)": "vehicle_and_owner",
    }
    for name, outcome in expect.items():
        assert intake.lookup_vin(db, actor, SCENARIOS[name]).outcome == outcome, name
    moved = intake.lookup_plate(db, actor, SCENARIOS["plate moved: plate on the old car"])
    assert moved.outcome == "vehicle_and_owner" and moved.vehicle.vin != SCENARIOS["plate moved: new car VIN"]
    for login in ("adv1", "adv2", "adv3", "sales1", "fin1", "cs1", "mdm1"):
        auth.login(db, login, "demo1234")
    db.close()
    assert run("demo", "--db", url) != 0  # not over an existing group


def test_python_m_desktop_runs_the_cli(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    r = subprocess.run([sys.executable, "-m", "desktop", "init-db", "--db", url], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "desktop", "store", "add", "--db", url, "--code", "S01"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode != 0


def test_dedupe_report_cli(url, tmp_path, capsys, monkeypatch):
    _setup(url, capsys, monkeypatch)
    from tests.factories import add_customer

    db = Database.open(url)
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "汪国进", "13826401234")
    add_customer(db, "C3", "李四", "13912345670")
    db.close()
    out = tmp_path / "dups.csv"
    assert run("dedupe-report", "--db", url, "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "C1" in text and "C2" in text and "C3" not in text


def test_s2_reindex_cli_repairs_keys_lost_to_a_hand_made_change(url, capsys, monkeypatch):
    """Rows changed in SQL behind the app's back (a channel added, keys deleted): `reindex` rebuilds every
    search key from the rows, so each store finds again exactly what it sees."""
    from sqlalchemy import text

    from desktop.services import auth
    from desktop.services.search import search_customers, search_vehicles
    from tests.factories import add_customer, add_vehicle, make_group, vin

    db = Database.open(url)
    make_group(db)
    add_customer(db, "C1", "汪国进", "13826401234", stores=("S01",))
    add_vehicle(db, vin(123456), owner="C1", plate="粤A6D218", centers=("R01",))
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM customer_grams"))
        conn.execute(text("DELETE FROM vehicle_grams"))
        conn.execute(text("INSERT INTO customer_channels (customer_id, store_id, created_at)"
                          " SELECT c.id, s.id, c.created_at FROM customers c, stores s WHERE c.code = 'C1' AND s.code = 'S02'"))
    adv1, adv2 = auth.actor_for(db, "adv1"), auth.actor_for(db, "adv2")
    assert search_customers(db, adv1, "国进") == [] and search_vehicles(db, adv1, "6D21") == []
    db.close()
    from desktop.__main__ import main as desktop_main

    assert desktop_main(["reindex", "--db", url]) == 0  # python -m desktop reindex
    assert "search keys rebuilt" in capsys.readouterr().out
    db = Database.open(url)
    for actor in (adv1, adv2):
        assert [r.code for r in search_customers(db, actor, "国进")] == ["C1"]
        assert [r.code for r in search_customers(db, actor, "1234")] == ["C1"]
    assert [v.plate for v in search_vehicles(db, adv1, "6D21")] == ["粤A6D218"]
    assert search_vehicles(db, adv2, "6D21") == []
    db.close()


def test_cli_unreachable_database_is_one_line(capsys):
    assert run("init-db", "--db", "postgresql://nobody@127.0.0.1:1/none") != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err
