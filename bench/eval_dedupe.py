"""Print the duplicate-check metric table on the dev set (the same run as tests/services/test_dedupe_devset.py).

    python bench/eval_dedupe.py [--pred out.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.storage import Database  # noqa: E402
from tests.services.test_dedupe_devset import evaluate, format_report, load, populate, predict  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", help="also write the predictions (score_dedupe.py format)")
    ap.add_argument("--show", help="print the queries of this category with the predictions")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(f"sqlite:///{tmp}/dev.db")
        records, queries = load()
        t0 = time.perf_counter()
        populate(db, records)
        t1 = time.perf_counter()
        preds = predict(db, queries)
        t2 = time.perf_counter()
        res = evaluate(queries, preds)
        print(format_report(res))
        print(f"\nload {t1 - t0:.2f} s, {len(queries)} queries {t2 - t1:.2f} s")
        if a.pred:
            with open(a.pred, "w", encoding="utf-8") as f:
                for p in preds.values():
                    f.write(json.dumps(p, ensure_ascii=False) + "\n")
        if a.show:
            byid = {r["id"]: r for r in records}
            for q in queries:
                lab = q["label"]
                if a.show not in (lab["category"], lab["difficulty"], "miss"):
                    continue
                p = preds[q["qid"]]
                truth = set(lab["duplicate_ids"])
                if a.show == "miss" and not (truth - set(p["candidates"][:5])) and not (
                        p["verdict"] == "certain" and not set(p["certain_ids"]) <= truth):
                    continue
                print(q["qid"], lab["category"], q["input"], "truth", lab["duplicate_ids"], lab["evidence"])
                for c in p["candidates"][:6]:
                    r = byid[c]
                    print("   ", c, "T" if c in truth else " ", r["name"], r["main_phone"], r["id_number"],
                          r["created_at"], "CERT" if c in p["certain_ids"] else "")
        db.close()


if __name__ == "__main__":
    main()
