"""Bulk CSV import at group scale: 200,000 customers (target: under 2 minutes on SQLite, this machine).

    python bench/bench_import.py [--n 200000] [--db URL]

Writes a CSV of N customers (realistic names, valid phones and resident IDs, ~10% companies, a few
invalid rows and duplicates), imports it through the CLI's import service into a fresh database, and
reports the wall time, rows per second and the report's counts.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from desktop.services import importing, org  # noqa: E402
from desktop.storage import Database  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英建国海丽志晓文华嘉怡梓涵浩然子轩雨桐俊欣宇航思远晨曦家豪东少振美玲惠"
TRADE = ["鑫达", "宏运", "恒通", "华盛", "嘉禾", "锦程", "瑞丰", "顺发", "天润", "新辉", "永利", "正泰", "中和", "捷科"]


def _ric(rng: random.Random) -> str:
    from stdnum.cn.ric import calc_check_digit

    birth = date(1955, 1, 1) + timedelta(days=rng.randrange(365 * 50))
    body = f"{rng.choice(['440106', '440304', '440604', '420102', '110105'])}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    return body + calc_check_digit(body + "0")


def write_csv(path: Path, n: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "customer_type", "category", "status", "name", "phone", "id_type", "id_number",
                    "store_codes"])
        for i in range(n):
            stores = "|".join(sorted(rng.sample(["S01", "S02", "S03"], rng.choice([1, 1, 1, 2]))))
            if i % 10 == 0:
                name = f"广州市{rng.choice(['天河区', '越秀区', '海珠区', '白云区'])}{rng.choice(TRADE)}{rng.choice(TRADE)}" \
                       f"{rng.choice(['汽车服务', '物流', '贸易'])}有限公司{i}"
                name = name.rstrip("0123456789") + "第" + str(i) + "分公司" if i % 20 == 0 else name.rstrip("0123456789")
                phone = f"020{rng.randrange(2, 9)}{rng.randrange(10**7):07d}"
                row = [f"B{i:08d}", "company", "retained", "enabled", name, phone, "", "", stores]
            else:
                name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if i % 3 else "")
                phone = "1" + rng.choice("3589") + f"{rng.randrange(10**9):09d}"
                ric = _ric(rng) if rng.random() < 0.7 else ""
                row = [f"B{i:08d}", "individual", "retained", "enabled", name, phone,
                       "resident_id" if ric else "", ric, stores]
            if i % 1000 == 7:
                row[5] = row[5][:-1]  # an invalid phone: rejected
            w.writerow(row)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench_import_"))
    csv_path = work / "customers.csv"
    t = time.perf_counter()
    write_csv(csv_path, args.n)
    print(f"wrote {args.n:,} rows in {time.perf_counter() - t:.1f} s")
    url = args.db or f"sqlite:///{work / 'import.db'}"
    db = Database.open(url)
    for code in ("S01", "S02", "S03"):
        org.add_store(db, code, code, [(code.replace("S", "R"), code)])
    t = time.perf_counter()
    summary = importing.import_customers(db, csv_path)
    took = time.perf_counter() - t
    print(summary.line())
    print(f"import of {args.n:,} customers: {took:.1f} s ({args.n / took:,.0f} rows/s) on {db.dialect}")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
