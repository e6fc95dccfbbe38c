"""Suspected-duplicate report over the whole database, for the master-data team (C2, C9, C11).

``report(db, out_path, progress=None) -> int`` writes a CSV (UTF-8 with BOM, opens in Excel) and returns
the number of groups. Columns::

    group_id, group_verdict, customer_code, customer_type, name, phone, id_type, id_number, status,
    verdict, reasons, reasons_en

How: four streamed passes over the customers in index order (name_key, phone_key, id_key, pinyin_key), each
grouping equal keys; within a group every pair that has evidence beyond the shared key is scored with the SAME
rules as the online check (:mod:`desktop.services.dedupe`). The toneless-pinyin pass finds homophone names
(汪国进 / 汪国近) whose phones or IDs are equal or one typo apart: its groups are large (every 王伟, 王薇, 王维),
so instead of comparing every pair it buckets the rows by each phone / ID with one position masked and with
two adjacent positions in order, and compares only rows sharing a bucket. Pairs are joined into groups
(union-find). Same name alone (C2b) is not reported: in a group of 1,000,000 customers it would list every
common name. Nothing is loaded whole: rows arrive in batches from a server-side cursor. Every cell goes through
:func:`desktop.rules.text.csv_safe`: a value starting with = + - @ opens in a spreadsheet as text, never as a
formula.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein
from sqlalchemy import Row

from desktop.rules.text import csv_safe
from desktop.services.dedupe import Draft, Reason, _one_typo, _score, _stored_id_valid
from desktop.storage import Database
from desktop.storage.duplicate_candidates import customer_count, rows_by_key

__all__ = ["COLUMNS", "report"]

COLUMNS = ["group_id", "group_verdict", "customer_code", "customer_type", "name", "phone", "id_type",
           "id_number", "status", "verdict", "reasons", "reasons_en"]
_BATCH = 5000
_MAX_GROUP = 600  # a key shared by more rows than this (a made-up phone) is compared to its newest rows only

Progress = Callable[[int, int], None]
PairSource = Callable[[list[Row[Any]]], Iterator[tuple[Row[Any], Row[Any]]]]


def _draft_of(r: Row[Any]) -> Draft:
    return Draft(r.customer_type, r.name_key or "", r.name_suffix or "", r.pinyin_key or "", r.phone_key or "",
                 r.id_key or "", r.id_type or "", _stored_id_valid(r.id_type, r.id_key))


class _Pairs:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.rows: dict[int, Row[Any]] = {}
        self.member: dict[int, tuple[bool, list[Reason]]] = {}
        self.seen: set[tuple[int, int]] = set()

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def add(self, a: Row[Any], b: Row[Any]) -> None:
        key = (min(a.id, b.id), max(a.id, b.id))
        if key in self.seen:
            return
        self.seen.add(key)
        s = _score(_draft_of(a), b, 0.0)
        if s is None or (not s.certain and not (s.fields - {"name"})):
            return  # the shared key alone: not reported
        if not s.certain and {r.code for r in s.reasons} & {"id_conflict", "suffix_conflict"}:
            return  # two people with their own, different IDs
        for r in (a, b):
            self.rows[r.id] = r
            certain, reasons = self.member.get(r.id, (False, []))
            self.member[r.id] = (certain or s.certain, reasons + [x for x in s.reasons if x not in reasons])
        ra, rb = self.find(a.id), self.find(b.id)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _quick_name_pair(a: Row[Any], b: Row[Any]) -> bool:
    pa, pb = a.phone_key or "", b.phone_key or ""
    if pa and pb and (pa == pb or _one_typo(pa, pb)):
        return True
    ia, ib = a.id_key or "", b.id_key or ""
    if ia and ib and (ia == ib or _one_typo(ia, ib)):
        return True
    if a.customer_type == "company" and b.customer_type == "company":
        return True
    sa = {s for s in (a.name_suffix, ia[-6:] if len(ia) >= 15 else "") if s}
    sb = {s for s in (b.name_suffix, ib[-6:] if len(ib) >= 15 else "") if s}
    return bool(sa & sb)


def _quick_phone_pair(a: Row[Any], b: Row[Any]) -> bool:
    if a.name_key == b.name_key or (a.pinyin_key and a.pinyin_key == b.pinyin_key):
        return True
    return Levenshtein.distance(a.name_key or "", b.name_key or "", score_cutoff=1) <= 1


def _all_pairs(quick: Callable[[Row[Any], Row[Any]], bool] | None) -> PairSource:
    """Every pair of a key group (its newest _MAX_GROUP rows) that ``quick`` lets through."""
    def pairs(group: list[Row[Any]]) -> Iterator[tuple[Row[Any], Row[Any]]]:
        rows = group[:_MAX_GROUP]
        for x in range(len(rows)):
            for y in range(x + 1, len(rows)):
                if quick is None or quick(rows[x], rows[y]):
                    yield rows[x], rows[y]
    return pairs


def _near_keys(r: Row[Any]) -> Iterator[tuple[Any, ...]]:
    """Bucket keys shared by two rows whose phone or ID is equal, one character off or has two adjacent
    characters swapped; a company (its trade name may be the homophone) and an ID suffix of the name too."""
    for tag, value in (("phone", r.phone_key or ""), ("id", r.id_key or "")):
        if len(value) < 7:
            continue
        for i in range(len(value)):
            yield tag, i, value[:i] + "?" + value[i + 1 :]
        for i in range(len(value) - 1):
            yield tag, i, "swap", value[:i] + "".join(sorted(value[i : i + 2])) + value[i + 2 :]
    if r.customer_type == "company":
        yield ("company",)
    if r.name_suffix:
        yield "suffix", r.name_suffix


def _homophone_pairs(group: list[Row[Any]]) -> Iterator[tuple[Row[Any], Row[Any]]]:
    """Pairs of a toneless-pinyin group with different names (equal names had the name pass) that share a
    near-key bucket."""
    if len({r.name_key for r in group}) < 2:
        return
    buckets: dict[tuple[Any, ...], list[Row[Any]]] = {}
    for r in group:
        for k in _near_keys(r):
            buckets.setdefault(k, []).append(r)
    pairs = _all_pairs(_different_names)
    for members in buckets.values():  # a pair met in several buckets is scored once (_Pairs.seen)
        yield from pairs(members)


def _different_names(a: Row[Any], b: Row[Any]) -> bool:
    return bool(a.name_key != b.name_key)


def _groups(db: Database, key: str, progress: Callable[[int], None]) -> Iterator[list[Row[Any]]]:
    """Consecutive rows sharing the stored key ``key`` (NULL / empty keys skipped), in index order."""
    with db.engine.connect() as conn:
        group: list[Row[Any]] = []
        current: Any = None
        n = 0
        for r in rows_by_key(conn, key, batch=_BATCH):
            n += 1
            k = r._mapping[key]
            if k != current:
                if len(group) > 1:
                    yield group
                group, current = [], k
            group.append(r)
            if n % _BATCH == 0:
                progress(n)
        if len(group) > 1:
            yield group
        progress(n)


def report(db: Database, out_path: str | Path, progress: Progress | None = None) -> int:
    """Write the suspected-duplicate groups to ``out_path``; returns the number of groups."""
    with db.reader() as conn:
        total = customer_count(conn)
    pairs = _Pairs()
    passes: tuple[tuple[str, PairSource], ...] = (
        ("name_key", _all_pairs(_quick_name_pair)), ("phone_key", _all_pairs(_quick_phone_pair)),
        ("id_key", _all_pairs(None)), ("pinyin_key", _homophone_pairs))
    steps = len(passes) * total
    for i, (column, pair_source) in enumerate(passes):
        def tick(n: int, i: int = i) -> None:
            if progress is not None:
                progress(i * total + n, steps)

        for group in _groups(db, column, tick):
            for a, b in pair_source(group):
                pairs.add(a, b)

    by_root: dict[int, list[int]] = {}
    for cid in pairs.rows:
        by_root.setdefault(pairs.find(cid), []).append(cid)
    groups = sorted(by_root.values(), key=lambda ids: min(ids))
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for n, ids in enumerate(groups, start=1):
            certain_group = any(pairs.member[i][0] for i in ids)
            for cid in sorted(ids, key=lambda i: pairs.rows[i].code):
                r = pairs.rows[cid]
                certain, reasons = pairs.member[cid]
                w.writerow([csv_safe(cell) for cell in (
                    f"G{n:06d}", "certain" if certain_group else "possible", r.code, r.customer_type, r.name,
                    r.phone or "", r.id_type or "", r.id_number or "", r.status,
                    "certain" if certain else "possible",
                    "；".join(x.zh for x in reasons), "; ".join(x.en for x in reasons),
                )])
    if progress is not None:
        progress(steps, steps)
    return len(groups)
