"""Writes that hold: the bulk CSV import refuses bad text, survives bad rows and files, and always reports.

Every test runs on SQLite AND PostgreSQL (``db_url``), through the admin CLI as an administrator runs it
(``python -m desktop import customers|vehicles FILE.csv --report R.jsonl``) or through the service.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import Customer, CustomerChannel, Vehicle
from desktop.services import importing
from desktop.storage import Database, search_index
from tests.factories import add_customer, make_group, vin

HEADER = "code,customer_type,category,status,name,phone,id_type,id_number,store_codes"
V_HEADER = "vin,origin,model,engine_no,color,interior,plate,plate_color,owner_code,repair_center_codes"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚"
FORMULA = "=cmd|' /C calc'!A0"


@pytest.fixture
def url(db_url: str) -> str:
    db = Database.open(db_url)
    make_group(db)  # stores S01-S03, repair centers R01-R03
    db.close()
    return db_url


def name_of(i: int) -> str:
    return SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + GIVEN[(i // 400) % 20]


def phone_of(i: int) -> str:
    return f"139{(i * 7919 + 26401234) % 10**8:08d}"  # 139 12345678 would be made up (C6)


def good(i: int) -> str:
    return f"K{i:06d},individual,retained,enabled,{name_of(i)},{phone_of(i)},,,S01"


def write(tmp_path: Path, name: str, lines: list[str], encoding: str = "utf-8") -> Path:
    f = tmp_path / name
    f.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return f


def report_of(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def rejected(path: Path) -> dict[int, dict]:
    return {r["line"]: r for r in report_of(path) if r["status"] == "rejected"}


def count(url: str, model: type) -> int:
    db = Database.open(url)
    try:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        db.close()


def codes(url: str) -> set[str]:
    db = Database.open(url)
    try:
        with db.read() as s:
            return set(s.scalars(select(Customer.code)))
    finally:
        db.close()


def cli(*args: str) -> int:
    return main(list(args))


# -- the CSV field-size limit -------------------------------------------------------------------------------------
def test_import_10mb_field_after_6000_good_rows_is_rejected_and_every_good_row_loads(url, tmp_path, capsys):
    lines = [HEADER] + [good(i) for i in range(6000)]
    lines.append(f"BIG,individual,retained,enabled,{'王' * 10_000_000},13800000001,,,S01")  # line 6002
    lines += [good(i) for i in range(6000, 6003)]  # the reader goes on with the next line
    f = write(tmp_path, "c.csv", lines)
    report = tmp_path / "r.jsonl"
    assert cli("import", "customers", str(f), "--db", url, "--report", str(report)) == 1  # 1: rows rejected
    io = capsys.readouterr()
    assert "6004 rows, 6003 loaded, 1 rejected" in io.out
    assert "error: 1 row(s) rejected" in io.err and "\n" not in io.err.strip()
    bad = rejected(report)
    assert list(bad) == [6002]
    assert bad[6002]["field"] == "name" and "131072" in bad[6002]["reason"]
    assert count(url, Customer) == 6003 and "BIG" not in codes(url)


def test_import_quoted_field_over_the_limit_spanning_lines_is_skipped_whole(url, tmp_path):
    big = "路\n" * 70_000  # a quoted address of 140,000 characters over 70,000 lines
    f = tmp_path / "c.csv"
    f.write_text(f"{HEADER},address\n{good(1)},\n{good(2)},\"{big}\"\n{good(3)},\n"
                 f'{good(4)},"广州, 天河",extra\n{good(5)},天河\n', encoding="utf-8")
    report = tmp_path / "r.jsonl"
    db = Database.open(url)
    summary = importing.import_customers(db, f, report=report)
    db.close()
    bad = rejected(report)
    last = 3 + 70_000  # the record of line 3 ends on this line
    assert set(bad) == {3, last + 2}
    assert bad[3]["field"] == "address" and bad[3]["reason"].count("131072") == 2
    assert bad[last + 2]["field"] == "columns"  # more fields than the header: not silently cut
    assert summary.loaded == 3 and codes(url) == {"K000001", "K000003", "K000005"}


# -- text cells: length, NUL and control characters, formulas -----------------------------------------------------
def test_import_batch_with_an_overlong_value_and_a_nul_byte_loads_the_other_rows(url, tmp_path):
    """C5 / import: validated before the batch insert, so PostgreSQL never sees the bad values."""
    f = tmp_path / "c.csv"
    rows = [f"{HEADER},address,contact_name,remark", f"{good(1)},广州市天河区,李四,首次到店",
            f"{good(2)},{'路' * 201},,",                      # line 3: address longer than String(200)
            f"{good(3)},广州\x00天河,,",                        # line 4: NUL byte
            f"{good(4)},,,\"两行\n备注\"",                       # lines 5-6: a remark keeps its line break
            f"{good(5)},,{'张' * 61},",                         # line 7: contact_name longer than String(60)
            f"{good(6)},,,\u200b",                              # line 8: zero-width space
            f"{good(7)},天河,,"]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = tmp_path / "r.jsonl"
    db = Database.open(url)
    summary = importing.import_customers(db, f, report=report)
    db.close()
    bad = rejected(report)
    assert {ln: (r["field"], r["reason"].split(" / ")[1]) for ln, r in bad.items()} == {
        3: ("address", "Address: at most 200 characters"),
        4: ("address", "Address contains an invisible control character; remove it and type again"),
        7: ("contact_name", "Contact name: at most 60 characters"),
        8: ("remark", "Remark contains an invisible control character; remove it and type again"),
    }
    assert summary.loaded == 3 and codes(url) == {"K000001", "K000004", "K000007"}
    db = Database.open(url)
    with db.read() as s:
        c = s.scalar(select(Customer).where(Customer.code == "K000004"))
        assert c.remark == "两行\n备注"
        assert s.scalar(select(Customer.address).where(Customer.code == "K000001")) == "广州市天河区"
    db.close()


def test_c5_import_line_break_or_tab_in_a_one_line_field_is_refused(url, tmp_path):
    f = tmp_path / "c.csv"
    f.write_text(f'{HEADER}\nA1,individual,retained,enabled,"王\n伟",13826401234,,,S01\n'
                 f'A2,individual,retained,enabled,王\t伟,13826401235,,,S01\n{good(1)}\n', encoding="utf-8")
    report = tmp_path / "r.jsonl"
    assert cli("import", "customers", str(f), "--db", url, "--report", str(report)) == 1
    bad = rejected(report)
    assert {ln: r["field"] for ln, r in bad.items()} == {2: "name", 4: "name"}
    assert all("one line" in r["reason"] for r in bad.values())
    assert codes(url) == {"K000001"}


def test_import_formula_values_are_refused_in_every_customer_text_column(url, tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("\n".join([
        f"{HEADER},address,email",
        f"{FORMULA},individual,retained,enabled,王伟,13826401234,,,S01,,",             # 2: code
        "A3,individual,retained,enabled,王伟,13826401235,,,S01,=1+1,",                 # 3: address
        "A4,individual,retained,enabled,王伟,13826401236,,,S01,,@SUM(A1)",            # 4: email
        "A5,individual,retained,enabled,王伟,13826401237,,,＝S01,,",                  # 5: store codes
        "A6,individual,retained,enabled,王伟,13826401238,,,S01,天河区-体育西路,a@b.cn",  # 6: loads
    ]) + "\n", encoding="utf-8")
    report = tmp_path / "r.jsonl"
    assert cli("import", "customers", str(f), "--db", url, "--report", str(report)) == 1
    bad = rejected(report)
    assert {ln: r["field"] for ln, r in bad.items()} == {2: "code", 3: "address", 4: "email", 5: "store_codes"}
    assert all("must not start with = + - @" in r["reason"] for r in bad.values())
    assert codes(url) == {"A6"}


def test_v1_import_engine_no_colour_interior_options_refuse_formulas_and_control_characters(url, tmp_path):
    f = tmp_path / "v.csv"
    f.write_text("\n".join([
        f"{V_HEADER},options,remark",
        f"{vin(1)},manual,大众 朗逸,{FORMULA},,,,,,R01,,",              # 2: engine_no
        f"{vin(2)},manual,大众 朗逸,,+白,,,,,R01,,",                     # 3: color
        f"{vin(3)},manual,大众 朗逸,,,-黑,,,,R01,,",                     # 4: interior
        f"{vin(4)},manual,大众 朗逸,,,,,,,R01,@天窗,",                   # 5: options
        f"{vin(5)},manual,大众 朗逸,EA211\x07,,,,,,R01,,",               # 6: engine_no control char
        f"{vin(6)},manual,大众 朗逸,{'E' * 41},,,,,,R01,,",              # 7: engine_no longer than 40
        f"{vin(7)},manual,大众 朗逸,,,,,,,{FORMULA},,",                  # 8: repair center codes
        f"{vin(8)},manual,大众 朗逸,,,,,,,R01,,=HYPERLINK(1)",           # 9: remark
        f"{vin(9)},manual,大众 朗逸,EA211-123,珍珠白,黑色,,,,R01,全景天窗+导航,\"首保\n已做\"",  # 10: loads
    ]) + "\n", encoding="utf-8")
    report = tmp_path / "r.jsonl"
    assert cli("import", "vehicles", str(f), "--db", url, "--report", str(report)) == 1
    bad = rejected(report)
    assert {ln: (r["field"], r["reason"].split(" / ")[1]) for ln, r in bad.items()} == {
        2: ("engine_no", "Engine number must not start with = + - @"),
        3: ("color", "Colour must not start with = + - @"),
        4: ("interior", "Interior must not start with = + - @"),
        5: ("options", "Options must not start with = + - @"),
        6: ("engine_no", "Engine number contains an invisible control character; remove it and type again"),
        7: ("engine_no", "Engine number: at most 40 characters"),
        8: ("repair_center_codes", "Repair center codes must not start with = + - @"),
        9: ("remark", "Remark must not start with = + - @"),
    }
    db = Database.open(url)
    with db.read() as s:
        v = s.scalar(select(Vehicle).where(Vehicle.vin == vin(9)))
        assert (v.engine_no, v.color, v.interior, v.options, v.remark) == (
            "EA211-123", "珍珠白", "黑色", "全景天窗+导航", "首保\n已做")
        assert s.scalar(select(func.count()).select_from(Vehicle)) == 1
    db.close()


# -- a batch the database still refuses: row by row, only the failing rows rejected --------------------------------
def test_import_unique_conflict_in_a_batch_rejects_only_that_row(url, tmp_path, monkeypatch):
    """Another workstation saved code K000003 after the pre-check (simulated): the batch insert fails, the batch
    is retried in halves under savepoints, and only K000003 is rejected."""
    db = Database.open(url)
    add_customer(db, "K000003", "赵六", "13912340000")
    monkeypatch.setattr(importing, "_existing_codes", lambda s, c: set())
    f = write(tmp_path, "c.csv", [HEADER] + [good(i) for i in range(10)])
    report = tmp_path / "r.jsonl"
    summary = importing.import_customers(db, f, report=report)
    db.close()
    bad = rejected(report)
    assert list(bad) == [5] and bad[5]["field"] == "code" and "database refused" in bad[5]["reason"]
    assert summary.loaded == 9 and summary.rejected == 1
    assert count(url, Customer) == 10 and count(url, CustomerChannel) == 10
    from desktop.services import auth, search

    db = Database.open(url)
    found = {r.code for r in search.search_customers(db, auth.actor_for(db, "adv1"), name_of(7))}
    assert "K000007" in found  # rows loaded by the fallback are indexed too
    db.close()


def test_import_values_the_database_refuses_fall_back_row_by_row_on_postgresql(url, tmp_path, monkeypatch):
    """Validation switched off: PostgreSQL refuses the over-long and the NUL value in the batch insert; the batch
    is retried down to those two rows and the others load. (SQLite keeps both values: nothing to refuse.)"""
    monkeypatch.setattr(importing, "clean_text", lambda field, value, **kw: (value or "").strip() or None)
    monkeypatch.setattr(importing, "_check_stored", lambda rec, limits: None)
    f = tmp_path / "c.csv"
    rows = [f"{HEADER},address"] + [f"{good(i)},天河" for i in range(8)]
    rows[3] = f"{good(2)},{'路' * 201}"  # line 4
    rows[6] = f"{good(5)},广州\x00天河"  # line 7
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = tmp_path / "r.jsonl"
    db = Database.open(url)
    summary = importing.import_customers(db, f, report=report)
    dialect = db.dialect
    db.close()
    bad = rejected(report)
    if dialect == "postgresql":
        assert {ln: r["field"] for ln, r in bad.items()} == {4: "address", 7: "address"}
        assert all("database refused" in r["reason"] for r in bad.values())
        assert summary.loaded == 6 and codes(url) == {f"K{i:06d}" for i in range(8)} - {"K000002", "K000005"}
    else:
        assert bad == {} and summary.loaded == 8
    assert count(url, CustomerChannel) == summary.loaded


def test_v1_import_vehicle_values_the_database_refuses_fall_back_row_by_row_on_postgresql(url, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "clean_text", lambda field, value, **kw: (value or "").strip() or None)
    monkeypatch.setattr(importing, "_check_stored", lambda rec, limits: None)
    rows = [V_HEADER] + [f"{vin(i)},manual,大众 朗逸,E{i},白,黑,,,,R01" for i in range(1, 7)]
    rows[2] = f"{vin(2)},manual,大众 朗逸,{'E' * 41},白,黑,,,,R01"  # line 3: engine_no longer than String(40)
    rows[5] = f"{vin(5)},manual,大众 朗逸,E5,白\x00,黑,,,,R01"  # line 6: NUL in the colour
    f = write(tmp_path, "v.csv", rows)
    report = tmp_path / "r.jsonl"
    db = Database.open(url)
    summary = importing.import_vehicles(db, f, report=report)
    dialect = db.dialect
    db.close()
    bad = rejected(report)
    if dialect == "postgresql":
        assert {ln: r["field"] for ln, r in bad.items()} == {3: "engine_no", 6: "color"}
        assert summary.loaded == 4 and count(url, Vehicle) == 4
    else:
        assert bad == {} and summary.loaded == 6


# -- an unexpected error: the batch rolls back whole, the report is written ---------------------------------------
def test_import_unexpected_error_keeps_committed_batches_rolls_back_the_rest_and_writes_the_report(
        url, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(importing, "BATCH", 3)
    calls = []
    real = search_index.index_new_customers

    def failing(conn, customers):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(conn, customers)

    monkeypatch.setattr(search_index, "index_new_customers", failing)
    f = write(tmp_path, "c.csv", [HEADER] + [good(i) for i in range(8)] + ["X1,person,retained,enabled,王伟,1,,,S01"])
    report = tmp_path / "r.jsonl"
    assert cli("import", "customers", str(f), "--db", url, "--report", str(report)) == 3
    io = capsys.readouterr()
    assert "3 loaded" in io.out
    err = io.err.strip()
    assert err.startswith("error: import stopped at line 5") and "disk on fire" in err and "\n" not in err
    entries = report_of(report)
    stopped = [e for e in entries if e["status"] == "stopped"]
    assert len(stopped) == 1 and stopped[0]["line"] == 5 and "line 5" in stopped[0]["reason"]
    # lines 2-4 committed; lines 5-7 (the failing batch) rolled back whole: no customer, channel or key row
    assert codes(url) == {"K000000", "K000001", "K000002"}
    assert count(url, CustomerChannel) == 3


def test_import_report_is_written_when_the_file_is_refused(url, tmp_path, capsys):
    f = write(tmp_path, "c.csv", ["code,name", "A1,王伟"])
    report = tmp_path / "r.jsonl"
    assert cli("import", "customers", str(f), "--db", url, "--report", str(report)) == 2
    assert "missing columns" in capsys.readouterr().err
    (entry,) = report_of(report)
    assert entry["status"] == "refused" and "missing columns" in entry["reason"]
    missing = tmp_path / "nope.csv"
    assert cli("import", "vehicles", str(missing), "--db", url, "--report", str(report)) == 2
    assert "no such file" in report_of(report)[0]["reason"]
    assert cli("import", "customers", str(f), "--db", url, "--report", str(tmp_path / "no" / "dir" / "r.jsonl")) == 2
    assert "cannot write the report" in capsys.readouterr().err


# -- encodings -------------------------------------------------------------------------------------------------------
TRADITIONAL = ["張偉明", "陳志明", "黃淑芬", "林美玲", "王小明", "李國華", "吳建宏", "劉德華", "鄭成功", "蔡明亮",
               "許文龍", "謝長廷"]


def _rows_of(names: list[str]) -> list[str]:
    return [HEADER] + [f"T{i:03d},individual,retained,enabled,{n},{phone_of(i)},,,S01" for i, n in enumerate(names)]


@pytest.mark.parametrize("encoding", ["big5", "shift_jis"])
def test_import_big5_and_shift_jis_files_are_refused_up_front(url, tmp_path, capsys, encoding):
    names = [n for n in TRADITIONAL + ["山田太郎", "田中花子", "佐藤一郎"] if _encodes(n, encoding)]
    assert len(names) >= 8
    f = write(tmp_path, f"c-{encoding}.csv", _rows_of(names), encoding)
    f.read_bytes().decode("gb18030")  # the trap: the bytes are valid GB18030
    report = tmp_path / "r.jsonl"
    assert cli("import", "customers", str(f), "--db", url, "--report", str(report)) == 2
    err = capsys.readouterr().err.strip()
    assert str(f) in err and "UTF-8" in err and "GB18030" in err and "Big5 or Shift-JIS" in err and "\n" not in err
    assert report_of(report)[0]["status"] == "refused"
    assert count(url, Customer) == 0


def test_import_encoding_option_overrides_detection(url, tmp_path, capsys):
    f = write(tmp_path, "c-big5.csv", _rows_of(TRADITIONAL), "big5")
    assert cli("import", "customers", str(f), "--db", url, "--encoding", "big5") == 0
    db = Database.open(url)
    with db.read() as s:
        assert set(s.scalars(select(Customer.name))) == set(TRADITIONAL)
    db.close()
    assert cli("import", "vehicles", str(f), "--db", url, "--encoding", "no-such-codec") == 2
    assert "Unknown encoding no-such-codec" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "gb2312", "utf-8-sig", "utf-8"])
def test_import_gb18030_and_utf8_files_load_correctly(url, tmp_path, encoding):
    names = ["汪国进", "李四海", "张三丰", "刘德华", "陈志明", "欧阳娜娜", "王伟", "赵丽颖"]
    if encoding != "gb2312":
        names.append("陈喆")  # 喆: a GBK character outside GB2312, common in names
    rows = _rows_of(names) + ["C1,company,potential,pending,广州市鑫达汽车服务有限公司,02083396688,,,S01"]
    f = write(tmp_path, "c.csv", rows, encoding)
    report = tmp_path / "r.jsonl"
    db = Database.open(url)
    summary = importing.import_customers(db, f, report=report)
    with db.read() as s:
        stored = set(s.scalars(select(Customer.name)))
    db.close()
    assert summary.rejected == 0 and summary.loaded == len(names) + 1
    assert summary.encoding == ("utf-8" if encoding.startswith("utf") else "gb18030")
    assert stored == set(names) | {"广州市鑫达汽车服务有限公司"}


def test_import_utf16_file_is_refused(url, tmp_path, capsys):
    f = write(tmp_path, "c.csv", _rows_of(["汪国进"]), "utf-16")
    assert cli("import", "customers", str(f), "--db", url) == 2
    assert "UTF-16" in capsys.readouterr().err


def test_import_gb_plausibility_check() -> None:
    text = "，".join(TRADITIONAL)
    assert not importing.looks_like_gb_text(text.encode("big5").decode("gb18030"))
    assert importing.looks_like_gb_text("汪国进，广州市天河区体育西路，陈喆")
    assert importing.looks_like_gb_text("刘堃")  # one rare character in a tiny file is forgiven
    assert importing.looks_like_gb_text("code,name\nA1,Smith\n")


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# -- the dedupe report: CSV cells a spreadsheet opens as text -------------------------------------------------------
def test_dedupe_report_cells_are_csv_safe(url, tmp_path):
    """Rows stored before the text rules existed (written here behind the services' back) still cannot turn
    into formulas in the master-data team's spreadsheet."""
    db = Database.open(url)
    add_customer(db, "=1+2", "汪国进", "13826401234")
    add_customer(db, "@A1", "汪国进", "13826401234")
    db.close()
    out = tmp_path / "dups.csv"
    assert cli("dedupe-report", "--db", url, "--out", str(out)) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert {r[2] for r in rows[1:]} == {"'=1+2", "'@A1"}
    assert all(cell[:1] not in "=+-@" for r in rows for cell in r if cell)
