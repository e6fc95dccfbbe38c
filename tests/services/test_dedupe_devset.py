"""C2 duplicate check against the labelled dev set (tests/data/dedupe_dev.jsonl, a copy of the shared set).

Loads the 2 000 existing customers into a SQLite database (Core insert + the bulk index function, as the
CSV importer does), runs the 400 new-customer attempts through ``find_duplicates`` and asserts the
acceptance floors. The metric code follows score_dedupe.py (README section 6). SQLite only: one test.
"""

from __future__ import annotations

import collections
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from desktop.models import Customer, customer_search_keys
from desktop.storage import Database
from desktop.storage.search_index import index_customers

DATA = Path(__file__).resolve().parent.parent / "data" / "dedupe_dev.jsonl"
KS = (1, 3, 5, 10)


def load(path: Path = DATA) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    records, queries = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            if o["kind"] == "record":
                records.append(o)
            elif o["kind"] == "query":
                queries.append(o)
    return records, queries


def populate(db: Database, records: list[dict[str, Any]]) -> None:
    rows = []
    for r in records:
        created = datetime.fromisoformat(r["created_at"])
        row = {
            "code": r["id"], "customer_type": r["customer_type"], "category": "retained",
            "business": "after_sales", "status": "enabled", "name": r["name"], "phone": r["main_phone"] or None,
            "id_type": r["id_type"] or None, "id_number": r["id_number"] or None, "special": False,
            "created_at": created, "updated_at": created, "version": 1,
        }
        row.update(customer_search_keys(r["customer_type"], r["name"], r["main_phone"], r["id_number"]))
        rows.append(row)
    with db.engine.begin() as conn:
        conn.execute(insert(Customer), rows)
        ids = [i for (i,) in conn.execute(select(Customer.id))]
        index_customers(conn, ids, refresh_keys=False)


def predict(db: Database, queries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    from desktop.services.dedupe import find_duplicates

    preds = {}
    for q in queries:
        inp = q["input"]
        draft = {"customer_type": inp["customer_type"], "name": inp["name"], "phone": inp["main_phone"],
                 "id_type": inp["id_type"], "id_number": inp["id_number"]}
        cands = find_duplicates(db, None, draft)
        certain = [c.customer_code for c in cands if c.verdict == "certain"]
        preds[q["qid"]] = {"qid": q["qid"], "candidates": [c.customer_code for c in cands],
                           "verdict": "certain" if certain else ("possible" if cands else "none"),
                           "certain_ids": certain}
    return preds


def evaluate(queries: list[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """score_dedupe.evaluate, trimmed to what the floors and the report need."""
    def blank() -> dict[str, Any]:
        return {"candidates": [], "verdict": "none", "certain_ids": []}

    dups = [q for q in queries if q["label"]["duplicate_ids"]]
    hard = [q for q in queries if q["label"]["is_hard_negative"]]
    easy = [q for q in queries if not q["label"]["duplicate_ids"] and not q["label"]["is_hard_negative"]]
    exp_certain = [q for q in dups if q["label"]["expected_verdict"] == "certain"]

    def rk(q: dict[str, Any]) -> tuple[dict[int, float], dict[int, float], float]:
        p = preds.get(q["qid"]) or blank()
        truth = set(q["label"]["duplicate_ids"])
        cands = p.get("candidates", [])
        rec = {k: len(truth & set(cands[:k])) / len(truth) for k in KS}
        hit = {k: float(bool(truth & set(cands[:k]))) for k in KS}
        rr = next((1.0 / (i + 1) for i, c in enumerate(cands) if c in truth), 0.0)
        return rec, hit, rr

    def certain_ok(q: dict[str, Any]) -> bool | None:
        p = preds.get(q["qid"]) or blank()
        if p.get("verdict") != "certain":
            return None
        ids = set(p.get("certain_ids") or [])
        return bool(ids) and ids <= set(q["label"]["duplicate_ids"])

    out: dict[str, Any] = {"n_queries": len(queries), "n_duplicate_queries": len(dups),
                           "n_hard_negatives": len(hard), "n_easy_negatives": len(easy)}
    rs = [rk(q) for q in dups]
    for k in KS:
        out[f"recall@{k}"] = round(sum(r[0][k] for r in rs) / len(rs), 4)
        out[f"hit@{k}"] = round(sum(r[1][k] for r in rs) / len(rs), 4)
    out["mrr"] = round(sum(r[2] for r in rs) / len(rs), 4)
    certain = [ok for ok in (certain_ok(q) for q in queries) if ok is not None]
    out["n_certain_verdicts"] = len(certain)
    out["certain_precision"] = round(sum(certain) / len(certain), 4) if certain else None
    out["certain_recall_vs_expected"] = round(
        sum(1 for q in exp_certain if certain_ok(q)) / len(exp_certain), 4) if exp_certain else None
    out["false_block_rate_hard_neg"] = round(
        sum(1 for q in hard if certain_ok(q) is not None) / len(hard), 4) if hard else None
    out["false_block_rate_easy_neg"] = round(
        sum(1 for q in easy if certain_ok(q) is not None) / len(easy), 4) if easy else None
    out["wrong_target_block_rate_dups"] = round(sum(1 for q in dups if certain_ok(q) is False) / len(dups), 4)
    negs = hard + easy
    out["alert_rate_negatives"] = round(
        sum(1 for q in negs if (preds.get(q["qid"]) or blank()).get("candidates")) / len(negs), 4)
    out["mean_candidates"] = round(
        sum(len((preds.get(q["qid"]) or blank()).get("candidates", [])) for q in queries) / len(queries), 2)
    by: dict[tuple[str, str], list[dict[str, Any]]] = collections.defaultdict(list)
    for q in queries:
        by[("category", q["label"]["category"])].append(q)
        by[("difficulty", q["label"]["difficulty"])].append(q)
    bd: dict[str, dict[str, dict[str, Any]]] = {}
    for (kind, key), qs in sorted(by.items()):
        d = [q for q in qs if q["label"]["duplicate_ids"]]
        row: dict[str, Any] = {"n": len(qs)}
        if d:
            row["recall@5"] = round(sum(rk(q)[0][5] for q in d) / len(d), 3)
            row["certain_correct"] = round(sum(1 for q in d if certain_ok(q)) / len(d), 3)
        else:
            row["false_block"] = round(sum(1 for q in qs if certain_ok(q) is not None) / len(qs), 3)
        bd.setdefault(kind, {})[key] = row
    out["breakdown"] = bd
    return out


def format_report(res: dict[str, Any]) -> str:
    keys = ["recall@1", "recall@3", "recall@5", "recall@10", "hit@5", "mrr", "n_certain_verdicts",
            "certain_precision", "certain_recall_vs_expected", "false_block_rate_hard_neg",
            "false_block_rate_easy_neg", "wrong_target_block_rate_dups", "alert_rate_negatives",
            "mean_candidates"]
    lines = ["| metric | value |", "|---|---:|"] + [f"| {k} | {res.get(k)} |" for k in keys]
    for kind in ("difficulty", "category"):
        lines += ["", f"| {kind} | n | recall@5 | certain correct | false block |", "|---|---:|---:|---:|---:|"]
        for key, row in res["breakdown"][kind].items():
            lines.append(f"| {key} | {row['n']} | {row.get('recall@5', '')} | {row.get('certain_correct', '')} "
                         f"| {row.get('false_block', '')} |")
    return "\n".join(lines)


def run_devset(db: Database) -> dict[str, Any]:
    records, queries = load()
    populate(db, records)
    return evaluate(queries, predict(db, queries))


@pytest.mark.slow
def test_c2_devset_quality_floors(sqlite_db: Database) -> None:
    res = run_devset(sqlite_db)
    print("\n" + format_report(res))
    diff = res["breakdown"]["difficulty"]
    assert diff["exact_key"]["recall@5"] >= 0.99
    assert diff["fuzzy"]["recall@5"] >= 0.95
    assert res["recall@5"] >= 0.93
    assert res["certain_precision"] >= 0.995
    assert res["false_block_rate_hard_neg"] <= 0.01
