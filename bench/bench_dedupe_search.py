"""Benchmark: duplicate check (C2) and magnifier search (S2) at group scale, SQLite and PostgreSQL.

    python bench/bench_dedupe_search.py --n 200000            # both databases
    python bench/bench_dedupe_search.py --n 1000000 --skip-pg

Builds (once, then reuses) a group of N customers (~5% companies, channels over 3 stores) and N vehicles,
with the search tables filled the way a bulk importer does (Core executemany on SQLite, COPY on
PostgreSQL), then reports median / p95 (ms) of find_duplicates on realistic typo drafts and of every search
kind through the services, next to ``LIKE '%frag%'`` measured in the same run. Results are printed as a
Markdown table and written to bench/out/bench_<n>.json.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from desktop.models.search import customer_key_rows, vehicle_key_rows  # noqa: E402
from desktop.rules.keys import initials, pinyin_compact, pinyin_key  # noqa: E402
from desktop.services.auth import Actor  # noqa: E402
from desktop.services.dedupe import find_duplicates  # noqa: E402
from desktop.services.search import search_customers, search_vehicles  # noqa: E402
from desktop.storage import Database  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
CHUNK = 50_000
SURNAMES = ("王" * 7 + "李" * 7 + "张" * 7 + "刘" * 5 + "陈" * 5 + "杨" * 3 + "黄" * 3 + "赵" * 2 + "吴" * 2
            + "周" * 2 + "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅文斌鹏辉宇浩然梓涵欣怡子轩晨阳海波"
         "丹凤林晓雪琳峰嘉佳俊杨帆博思雨婷颖瑶琪萍莉倩鑫亮成东飞龙春德荣新兴瑞安宁昊天佩玲慧敬永和庆")
TRADE = "鑫达宏盛泰丰源恒通润隆祥瑞华信安顺广联创新捷科可远航运晟昌汇嘉富康荣旺发"
CITIES = (("广州市", "020"), ("深圳市", "0755"), ("佛山市", "0757"), ("东莞市", "0769"), ("珠海市", "0756"))
INDUSTRY = ("汽车服务", "物流", "贸易", "汽车租赁", "运输", "科技", "建材", "餐饮管理")
PROV = "粤"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def ric(body: str) -> str:
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W, strict=True)) % 11]


@lru_cache(maxsize=400_000)
def pkeys(name_key: str, company: bool) -> tuple[str, str, str]:
    return pinyin_key(name_key, company=company), pinyin_compact(name_key, company=company), initials(
        name_key, company=company)


def gen_customers(n: int, seed: int = 7) -> Iterator[list[dict[str, Any]]]:
    rnd = random.Random(seed)
    t0 = datetime(2015, 1, 1)
    chunk: list[dict[str, Any]] = []
    for i in range(1, n + 1):
        company = rnd.random() < 0.05
        created = t0 + timedelta(seconds=int(rnd.random() * 10 * 365 * 86400))
        if company:
            city, area = rnd.choice(CITIES)
            trade = "".join(rnd.choice(TRADE) for _ in range(rnd.choice((2, 2, 3))))
            name = f"{city}{trade}{rnd.choice(INDUSTRY)}有限公司" if rnd.random() < 0.7 else \
                f"{trade}（{city[:-1]}）{rnd.choice(INDUSTRY)}有限公司"
            name_key = name.replace("（", "").replace("）", "")
            phone = area + str(rnd.randint(2, 8)) + "".join(rnd.choice("0123456789") for _ in range(7)) \
                if rnd.random() < 0.6 else None
            suffix = None
            idn = "91440101" + "".join(rnd.choice(VIN_CHARS) for _ in range(10)) if rnd.random() < 0.9 else None
            id_type = "uscc" if idn else None
        else:
            given = "".join(rnd.choice(GIVEN) for _ in range(1 if rnd.random() < 0.25 else 2))
            base = rnd.choice(SURNAMES) + given
            name_key = base
            idn = None
            suffix = None
            if rnd.random() < 0.75:
                d = datetime(1950, 1, 1) + timedelta(days=rnd.randint(0, 20000))
                idn = ric(f"4401{rnd.randint(1, 18):02d}{d:%Y%m%d}{rnd.randint(0, 999):03d}")
                if rnd.random() < 0.25:
                    suffix = idn[-6:]
            name = base + (suffix or "")
            phone = "1" + rnd.choice("3456789") + "".join(rnd.choice("0123456789") for _ in range(9))
            id_type = "resident_id" if idn else None
        pk, pc, ini = pkeys(name_key, company)
        chunk.append({
            "id": i, "code": f"KH{i:08d}", "customer_type": "company" if company else "individual",
            "category": "retained", "business": "after_sales", "status": "enabled", "name": name,
            "phone": phone, "id_type": id_type, "id_number": idn, "special": False, "created_at": created,
            "updated_at": created, "version": 1, "created_store_id": 1 + i % 3, "name_key": name_key,
            "name_suffix": suffix, "pinyin_key": pk, "pinyin_compact": pc, "initials": ini, "phone_key": phone,
            "phone_rev": phone[::-1] if phone else None, "id_key": idn,
        })
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def gen_vehicles(n: int, seed: int = 11) -> Iterator[list[dict[str, Any]]]:
    rnd = random.Random(seed)
    chunk: list[dict[str, Any]] = []
    t0 = datetime(2015, 1, 1)
    for i in range(1, n + 1):
        vin = "LSV" + "".join(rnd.choice(VIN_CHARS) for _ in range(8)) + f"{i % 1000000:06d}"
        # unique: a letter per block of 100,000 and a permutation of the 5 digits within the block
        plate = PROV + PLATE_LETTERS[(i // 100000) % len(PLATE_LETTERS)] + f"{(i * 7919) % 100000:05d}" \
            if i <= len(PLATE_LETTERS) * 100000 and rnd.random() < 0.9 else None
        created = t0 + timedelta(seconds=int(rnd.random() * 10 * 365 * 86400))
        chunk.append({"id": i, "internal_code": f"V{i:09d}", "origin": "manual", "model": "Model Y", "vin": vin,
                      "vin_rev": vin[::-1], "vin_nonstandard": False, "plate": plate, "plate_color": None,
                      "owner_id": rnd.randint(1, n), "created_at": created, "updated_at": created, "version": 1})
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def derived(cust: list[dict[str, Any]], rnd: random.Random) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    grams = []
    channels = []
    for c in cust:
        store = 1 + c["id"] % 3
        stores = [store, 1 + (store % 3)] if rnd.random() < 0.2 else [store]
        channels.extend((c["id"], sid, c["created_at"]) for sid in stores)
        grams.extend(customer_key_rows(c["id"], stores, c))
    return grams, channels


def vderived(veh: list[dict[str, Any]], rnd: random.Random) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    grams = []
    vrc = []
    for v in veh:
        rc = 1 + v["id"] % 3
        centers = [rc, 1 + rc % 3] if rnd.random() < 0.1 else [rc]
        vrc.extend((v["id"], c, v["created_at"]) for c in centers)
        grams.extend(vehicle_key_rows(v["id"], centers, v["plate"]))
    return grams, vrc


CUST_COLS = ["id", "code", "customer_type", "category", "business", "status", "name", "phone", "id_type",
             "id_number", "special", "created_at", "updated_at", "version", "created_store_id", "name_key",
             "name_suffix", "pinyin_key", "pinyin_compact", "initials", "phone_key", "phone_rev", "id_key"]
VEH_COLS = ["id", "internal_code", "origin", "model", "vin", "vin_rev", "vin_nonstandard", "plate", "plate_color",
            "owner_id", "created_at", "updated_at", "version"]


def build(db: Database, n: int) -> float:
    t0 = time.perf_counter()
    rnd = random.Random(3)
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        pg = not db.is_sqlite

        def put(table: str, cols: list[str], rows: list[tuple[Any, ...]]) -> None:
            if not rows:
                return
            if pg:
                buf = io.StringIO()
                for r in rows:
                    buf.write("\t".join("\\N" if v is None else str(v).replace("\\", "\\\\") for v in r) + "\n")
                with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:  # type: ignore[attr-defined]
                    cp.write(buf.getvalue())
            else:
                marks = ", ".join("?" * len(cols))
                cur.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)

        if not pg:
            cur.execute("PRAGMA synchronous=OFF")
            cur.execute("BEGIN")
        for sid in (1, 2, 3):
            cur.execute(f"INSERT INTO stores (id, code, name) VALUES ({sid}, 'S{sid}', '门店{sid}')")
            cur.execute(f"INSERT INTO repair_centers (id, code, name, store_id) VALUES ({sid}, 'S{sid}R', '维修{sid}', {sid})")
        for chunk in gen_customers(n):
            put("customers", CUST_COLS, [tuple(c[k] for k in CUST_COLS) for c in chunk])
            grams, channels = derived(chunk, rnd)
            put("customer_grams", ["store_id", "gram", "customer_id"], grams)
            put("customer_channels", ["customer_id", "store_id", "created_at"], channels)
            print(f"  customers {chunk[-1]['id']:>8} {time.perf_counter() - t0:6.0f} s", flush=True)
        for vchunk in gen_vehicles(n):
            put("vehicles", VEH_COLS, [tuple(v[k] for k in VEH_COLS) for v in vchunk])
            vgrams, vrc = vderived(vchunk, rnd)
            put("vehicle_grams", ["repair_center_id", "gram", "vehicle_id"], vgrams)
            put("vehicle_repair_centers", ["vehicle_id", "repair_center_id", "created_at"], vrc)
        if pg:
            for t in ("stores", "repair_centers", "customers", "customer_channels", "vehicles",
                      "vehicle_repair_centers"):
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}))")
        raw.commit()
        if pg:  # as autovacuum leaves a server in use: visibility map set, so index-only scans stay index-only
            raw.driver_connection.autocommit = True  # type: ignore[union-attr]
            cur.execute("VACUUM ANALYZE")
        else:
            cur.execute("ANALYZE")
            raw.commit()
    finally:
        raw.close()
    return time.perf_counter() - t0


def open_bench_db(url: str, n: int, rebuild: bool) -> tuple[Database, float | None]:
    if not url.startswith("sqlite"):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        u = make_url(url)
        admin = create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            exists = c.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": u.database}).first()
            if exists and rebuild:
                c.execute(text(f'DROP DATABASE "{u.database}" WITH (FORCE)'))
                exists = None
            if not exists:
                c.execute(text(f'CREATE DATABASE "{u.database}" TEMPLATE template0 ENCODING \'UTF8\' '
                               "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"))
        admin.dispose()
    elif rebuild:
        path = Path(url.split("///", 1)[1])
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    db = Database.open(url)
    with db.read() as s:
        have = s.execute(text("SELECT count(*) FROM customers")).scalar_one()
    if have == n:
        return db, None
    if have:
        raise SystemExit(f"{url} holds {have} customers, not {n}: use --rebuild")
    return db, build(db, n)


def timed(fn: Callable[[], Any], reps: list[Any] | None = None) -> list[float]:
    out = []
    for _ in range(1):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def stats(ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]


def workload(db: Database, n: int, q: int) -> dict[str, Any]:
    rnd = random.Random(5)
    with db.read() as s:
        rc = [r[0] for r in s.execute(text("SELECT id FROM repair_centers WHERE store_id = 1"))]
        ids = [rnd.randint(1, n) for _ in range(q * 3)]
        rows = s.execute(text(
            "SELECT c.id, c.code, c.customer_type, c.name, c.phone, c.id_type, c.id_number, c.name_key,"
            " c.initials, c.pinyin_compact FROM customers c JOIN customer_channels ch ON ch.customer_id = c.id"
            " AND ch.store_id = 1 WHERE c.id IN (" + ",".join(map(str, ids)) + ")")).all()
        vrows = s.execute(text(
            "SELECT v.vin, v.plate FROM vehicles v JOIN vehicle_repair_centers r ON r.vehicle_id = v.id"
            " AND r.repair_center_id = 1 WHERE v.plate IS NOT NULL AND v.id IN ("
            + ",".join(map(str, ids)) + ")")).all()
    actor = Actor(1, "bench", "bench", 1, "S1", "门店1", ("service_advisor",), tuple(rc))
    rows = rows[:q]
    vrows = vrows[:q]
    inds = [r for r in rows if r.customer_type == "individual"]
    cos = [r for r in rows if r.customer_type == "company"] or inds

    def typo_draft(r: Any, k: int) -> dict[str, Any]:
        name, phone, idn = r.name, r.phone or "", r.id_number or ""
        kind = k % 6
        if kind == 0 and phone:  # one phone digit
            i = rnd.randint(3, len(phone) - 1)
            phone = phone[:i] + str((int(phone[i]) + 1) % 10) + phone[i + 1:]
        elif kind == 1 and phone:  # adjacent swap
            i = rnd.randint(3, len(phone) - 2)
            phone = phone[:i] + phone[i + 1] + phone[i] + phone[i + 2:]
        elif kind == 2:  # one name character replaced
            i = rnd.randint(1, len(r.name_key) - 1)
            name = r.name_key[:i] + rnd.choice(GIVEN) + r.name_key[i + 1:]
        elif kind == 3:  # full-width digits, spaces, no ID
            phone = " ".join(phone).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
            idn = ""
        elif kind == 4:  # new phone, same name
            phone = "13" + "".join(rnd.choice("0123456789") for _ in range(9))
        return {"customer_type": r.customer_type, "name": name, "phone": phone,
                "id_type": r.id_type or "", "id_number": idn}

    drafts = [typo_draft(r, k) for k, r in enumerate(inds)] + [
        {"customer_type": "company", "name": r.name[:-6] + "新" + r.name[-5:], "phone": "", "id_type": "",
         "id_number": ""} for r in cos[: max(5, q // 10)]]

    def frag2(r: Any) -> str:
        k = r.name_key
        i = rnd.randint(0, max(0, len(k) - 2))
        return k[i : i + 2]

    kinds: dict[str, tuple[str, list[str], str]] = {
        "name 1 char": ("c", [r.name_key[-1] for r in inds], "c.name LIKE :p"),
        "name 2 chars": ("c", [frag2(r) for r in inds], "c.name LIKE :p"),
        "name 3+ chars": ("c", [r.name_key[:3] if len(r.name_key) >= 3 else r.name_key for r in rows],
                          "c.name LIKE :p"),
        "pinyin initials": ("c", [r.initials for r in inds], "c.initials LIKE :p"),
        "full pinyin": ("c", [r.pinyin_compact for r in inds], "c.pinyin_compact LIKE :p"),
        "phone last 4": ("c", [r.phone[-4:] for r in rows if r.phone], "c.phone LIKE :p"),
        "phone middle 4": ("c", [r.phone[3:7] for r in rows if r.phone], "c.phone LIKE :p"),
        "customer code": ("c", [r.code for r in rows], "c.code LIKE :p"),
        "VIN last 6": ("v", [v.vin[-6:] for v in vrows], "v.vin LIKE :p"),
        "VIN prefix 8": ("v", [v.vin[:8] for v in vrows], "v.vin LIKE :p"),
        "plate full": ("v", [v.plate for v in vrows], "v.plate LIKE :p"),
        "plate fragment": ("v", [v.plate[2:6] for v in vrows], "v.plate LIKE :p"),
    }
    res: dict[str, Any] = {}
    # warm-up
    find_duplicates(db, actor, drafts[0])
    search_customers(db, actor, "王伟")
    ms = []
    hits = 0
    for d in drafts:
        t = time.perf_counter()
        out = find_duplicates(db, actor, d)
        ms.append((time.perf_counter() - t) * 1000)
        hits += bool(out)
    res["duplicate check"] = {"n": len(ms), "median": stats(ms)[0], "p95": stats(ms)[1],
                              "found": round(hits / len(drafts), 3)}
    like_reps = max(5, min(20, q // 10))
    with db.read() as s:
        for label, (what, frags, pred) in kinds.items():
            fn = search_customers if what == "c" else search_vehicles
            ms, found = [], 0
            for f in frags:
                t = time.perf_counter()
                out = fn(db, actor, f)  # type: ignore[operator]
                ms.append((time.perf_counter() - t) * 1000)
                found += bool(out)
            if what == "c":
                sql = ("SELECT c.id FROM customers c JOIN customer_channels ch ON ch.customer_id = c.id"
                       f" AND ch.store_id = 1 WHERE {pred} LIMIT 50")
            else:
                sql = ("SELECT v.id FROM vehicles v JOIN vehicle_repair_centers r ON r.vehicle_id = v.id"
                       f" AND r.repair_center_id = 1 WHERE {pred} LIMIT 50")
            lms = []
            for f in frags[:like_reps]:
                t = time.perf_counter()
                s.execute(text(sql), {"p": f"%{f}%"}).all()
                lms.append((time.perf_counter() - t) * 1000)
            med, p95 = stats(ms)
            lmed, lp95 = stats(lms)
            res[label] = {"n": len(ms), "median": med, "p95": p95, "like_median": lmed, "like_p95": lp95,
                          "found": round(found / len(frags), 3), "speedup_median": lmed / med if med else None}
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/bench_desk")
    ap.add_argument("--sqlite", help="SQLite file (default bench/out/bench_<n>.db)")
    ap.add_argument("--skip-sqlite", action="store_true")
    ap.add_argument("--skip-pg", action="store_true")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--queries", type=int, default=300)
    a = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    targets = []
    if not a.skip_sqlite:
        targets.append(("SQLite", f"sqlite:///{a.sqlite or OUT / f'bench_{a.n}.db'}"))
    if not a.skip_pg:
        targets.append(("PostgreSQL", a.pg_url))
    results: dict[str, Any] = {"n": a.n}
    for label, url in targets:
        print(f"== {label}: {url}", flush=True)
        db, built = open_bench_db(url, a.n, a.rebuild)
        if built is not None:
            print(f"  built in {built:.0f} s", flush=True)
        t = time.perf_counter()
        from desktop.services.dedupe_report import report

        report_s = None
        if a.n <= 200_000:
            report(db, OUT / f"dedupe_report_{label}_{a.n}.csv")
            report_s = time.perf_counter() - t
        res = workload(db, a.n, a.queries)
        res["_build_s"] = built
        res["_report_s"] = report_s
        results[label] = res
        db.close()
        print(f"\n| {label}, {a.n:,} customers | median ms | p95 ms | LIKE median | LIKE p95 | speed-up | found |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for k, v in res.items():
            if k.startswith("_"):
                continue
            print(f"| {k} | {v['median']:.2f} | {v['p95']:.2f} | {v.get('like_median', 0):.1f} | "
                  f"{v.get('like_p95', 0):.1f} | {v.get('speedup_median') or 0:.0f}x | {v['found']} |")
        if report_s is not None:
            print(f"dedupe report: {report_s:.1f} s")
    (OUT / f"bench_{a.n}.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
