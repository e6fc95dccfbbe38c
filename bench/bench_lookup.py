"""VIN and plate lookup through the service layer at group scale, next to a raw-driver lookup.

    python bench/bench_lookup.py                 # 1,000,000 customers and vehicles, SQLite and PostgreSQL
    python bench/bench_lookup.py --n 200000 --only sqlite

The group is built once per database (SQLite file under bench/out/, PostgreSQL database bench_lookup)
and reused by later runs. Reports median and p95 in milliseconds.

Not-found VINs run the typo check (V8 / N1 twins, ``desktop.storage.vin_keys``): measured for a VIN with no
twin on file (another manufacturer's), and for one and two slips of a VIN on file with the check digit
recomputed (outcome ``suspected_typo``). The bench's VINs are dense: every vehicle shares WMI, VDS, year and
plant with ~7,000 others whose serials are consecutive, so a slip in the serial has hundreds of real twins.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from desktop.demo import make_vin  # noqa: E402
from desktop.models import (  # noqa: E402
    Customer,
    CustomerChannel,
    RepairCenter,
    Store,
    Vehicle,
    VehicleRepairCenter,
    customer_search_keys,
)
from desktop.rules.vin import VIN_ALPHABET, vin_check_digit  # noqa: E402
from desktop.services import auth, intake, org  # noqa: E402
from desktop.storage import Database  # noqa: E402
from desktop.storage.search_index import index_new_vins  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英建国海丽志晓文华嘉怡梓涵浩然子轩雨桐俊欣宇航思远晨曦家豪东少振美玲惠"
PREFIXES = ["LSVAG2180", "LFV2A21K7", "LVGBE40K8", "LHGRU5842", "LGBH52E05", "LSGKB54H3"]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate_of(i: int) -> str:
    """A unique ordinary plate for vehicle i (粤 + letter + letter + 4 digits)."""
    n = i // 20
    return f"粤{PLATE_LETTERS[i % 20]}{PLATE_LETTERS[(n // 10000) % 24]}{n % 10000:04d}"


def vin_of(i: int) -> str:
    return make_vin(PREFIXES[i % len(PREFIXES)], "JKLMNPRS"[(i // 6) % 8], i // 48, plant="ABCDEF"[(i // 6) % 6])


def build(db: Database, n: int) -> None:
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Vehicle)) == n:
            return
        if s.scalar(select(func.count()).select_from(Store)):
            raise SystemExit("database holds another group: drop it first")
    t0 = time.perf_counter()
    for code, name, rc in (("S01", "广州天河店", "R01"), ("S02", "深圳福田店", "R02"), ("S03", "佛山禅城店", "R03")):
        org.add_store(db, code, name, [(rc, name + "维修中心")])
    org.add_user(db, "bench", "bench", "S01", ["service_advisor"], "bench123")
    with db.read() as s:
        stores = [st.id for st in s.scalars(select(Store).order_by(Store.code))]
        centers = [rc.id for rc in s.scalars(select(RepairCenter).order_by(RepairCenter.code))]
    rng = random.Random(7)
    now = datetime.now(UTC).replace(tzinfo=None)
    chunk = 20000
    for start in range(0, n, chunk):
        rows, vrows = [], []
        for i in range(start, min(n, start + chunk)):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if i % 3 else "")
            phone = "1" + rng.choice("3589") + f"{rng.randrange(10**9):09d}"
            rec: dict[str, Any] = {
                "id": i + 1, "code": f"KH{i + 1:09d}", "customer_type": "individual", "category": "retained",
                "business": "after_sales", "status": "enabled", "name": name, "phone": phone,
                "special": False, "created_at": now, "updated_at": now, "version": 1,
            }
            rec.update(customer_search_keys("individual", name, phone, None))
            rows.append(rec)
            vin = vin_of(i)
            vrows.append({
                "id": i + 1, "internal_code": f"CL{i + 1:09d}", "origin": "generated", "model": "大众 朗逸 1.5L",
                "vin": vin, "vin_rev": vin[::-1], "vin_nonstandard": False, "plate": plate_of(i),
                "plate_color": "blue", "owner_id": i + 1 if i % 10 else None, "created_at": now,
                "updated_at": now, "version": 1,
            })
        with db.transaction() as s:
            s.execute(insert(Customer), rows)
            s.execute(insert(CustomerChannel), [
                {"customer_id": r["id"], "store_id": stores[r["id"] % 3], "created_at": now} for r in rows])
            s.execute(insert(Vehicle), vrows)
            s.execute(insert(VehicleRepairCenter), [
                {"vehicle_id": r["id"], "repair_center_id": centers[r["id"] % 3], "created_at": now} for r in vrows])
            index_new_vins(s.connection(), [(r["id"], r["vin"]) for r in vrows])  # the typo check's keys
        print(f"\r  built {min(n, start + chunk):,}/{n:,} ({time.perf_counter() - t0:.0f} s)", end="", flush=True)
    if db.dialect == "postgresql":
        with db.engine.connect() as conn:
            for table in ("customers", "vehicles"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {n})"))
            conn.commit()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    print(f"\n  group of {n:,} built in {time.perf_counter() - t0:.0f} s")


def fresh_vin(rng: random.Random) -> str:
    """A VIN of a manufacturer the group does not have (no twin on file): the typo check finds nothing."""
    return make_vin("LBVCU3106", rng.choice("JKLMNPRS"), rng.randrange(10**6), plant=rng.choice("ABCDEF"))


def slipped(rng: random.Random, vin: str, k: int) -> str:
    """``vin`` with ``k`` characters other than the check digit mistyped, the check digit recomputed."""
    chars = list(vin)
    for p in rng.sample([i for i in range(17) if i != 8], k):
        chars[p] = rng.choice([c for c in VIN_ALPHABET if c != chars[p]])
    body = "".join(chars)
    return body[:8] + vin_check_digit(body) + body[9:]


def stats(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)
    return {
        "median_ms": round(statistics.median(samples) * 1000, 3),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1] * 1000, 3),
    }


def measure(db: Database, n: int, queries: int) -> dict[str, dict[str, float]]:
    actor = auth.actor_for(db, "bench")
    rng = random.Random(11)
    picks = [rng.randrange(n) for _ in range(queries)]
    vins = [vin_of(i) for i in picks]
    plates = [plate_of(i) for i in picks]
    out: dict[str, dict[str, float]] = {}

    # Warm-up over the whole sample, so that every method below reads the same cached pages (a first
    # touch of a page on a cold 1M-row database costs a disk read, whichever method does it).
    for v in vins:
        intake.lookup_vin(db, actor, v)
    samples = []
    for v in vins:
        t = time.perf_counter()
        r = intake.lookup_vin(db, actor, v)
        samples.append(time.perf_counter() - t)
        assert r.vehicle is not None
    out["lookup_vin (service)"] = stats(samples)
    samples = []
    for p in plates:
        t = time.perf_counter()
        r = intake.lookup_plate(db, actor, p)
        samples.append(time.perf_counter() - t)
        assert r.vehicle is not None
    out["lookup_plate (service)"] = stats(samples)

    # Not found: the typo check runs (one statement probing 772 VIN keys), on the same connection. A slip can land on
    # another VIN on file (dense serials): such a lookup finds that vehicle and is left out of the sample.
    kinds = {
        "lookup_vin not found, no twin": [fresh_vin(rng) for _ in range(queries)],
        "lookup_vin typo, 1 char": [slipped(rng, vin_of(rng.randrange(n)), 1) for _ in range(queries)],
        "lookup_vin typo, 2 chars": [slipped(rng, vin_of(rng.randrange(n)), 2) for _ in range(queries)],
    }
    for label, sample in kinds.items():
        for v in sample[:200]:
            intake.lookup_vin(db, actor, v)
        samples = []
        for v in sample:
            t = time.perf_counter()
            r = intake.lookup_vin(db, actor, v)
            elapsed = time.perf_counter() - t
            if label.endswith("no twin"):
                assert r.outcome == "not_found", (v, r.outcome)
            elif r.outcome != "suspected_typo":
                assert r.vehicle is not None, (v, r.outcome)  # the slip is another car's VIN
                continue
            samples.append(elapsed)
        out[label] = stats(samples)

    sql = ("SELECT v.*, c.* FROM vehicles v LEFT JOIN customers c ON c.id = v.owner_id WHERE v.vin = {p}")
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        mark = "?" if db.is_sqlite else "%s"
        for v in vins[:50]:
            cur.execute(sql.format(p=mark), (v,))
            cur.fetchall()
        samples = []
        for v in vins:
            t = time.perf_counter()
            cur.execute(sql.format(p=mark), (v,))
            rows = cur.fetchall()
            samples.append(time.perf_counter() - t)
            assert rows
        if not db.is_sqlite:
            raw.rollback()
    finally:
        raw.close()
    out["raw driver VIN + owner"] = stats(samples)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--only", choices=["sqlite", "pg"], default=None)
    ap.add_argument("--sqlite", type=Path, default=None)
    ap.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/bench_lookup")
    args = ap.parse_args()
    results: dict[str, Any] = {"n": args.n, "queries": args.queries}
    targets = []
    if args.only in (None, "sqlite"):
        path = args.sqlite or ROOT / "out" / f"lookup_{args.n}.db"
        targets.append(("sqlite", f"sqlite:///{path}"))
    if args.only in (None, "pg"):
        _ensure_pg_database(args.pg_url)
        targets.append(("postgresql", args.pg_url))
    for name, url in targets:
        print(f"{name}: {url}")
        db = Database.open(url)
        build(db, args.n)
        results[name] = measure(db, args.n, args.queries)
        db.close()
    print(f"\n| {args.n:,} customers and vehicles | SQLite median / p95 ms | PostgreSQL median / p95 ms |")
    print("|---|---|---|")
    for key in ("lookup_vin (service)", "lookup_plate (service)", "raw driver VIN + owner",
                "lookup_vin not found, no twin", "lookup_vin typo, 1 char", "lookup_vin typo, 2 chars"):
        cells = []
        for name in ("sqlite", "postgresql"):
            r = results.get(name, {}).get(key)
            cells.append(f"{r['median_ms']} / {r['p95_ms']}" if r else "-")
        print(f"| {key} | {cells[0]} | {cells[1]} |")
    out = ROOT / "out" / f"lookup_results_{args.n}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    return 0


def _ensure_pg_database(url: str) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    u = make_url(url)
    admin = create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": u.database}):
            conn.execute(text(f'CREATE DATABASE "{u.database}"'))
    admin.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
