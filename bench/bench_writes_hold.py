"""Writes that hold, measured from outside: the issue's table re-measured against the current code.

    python bench/bench_writes_hold.py              # the issue's counts, PostgreSQL and SQLite (~10 min)
    python bench/bench_writes_hold.py --quick      # every count divided by 10
    python bench/bench_writes_hold.py --only c2c,losers --skip-sqlite

Everything goes through the public seams: ``Database.open``, the services (``desktop.services.*``, write actions by
name from ``desktop.services.writes.WRITE_ACTIONS``) and the admin CLI (``python -m desktop ...``, a subprocess);
test data is put in place with ``tests.factories`` as the tests do.

- Races run in separate OS processes (``spawn``, one ``Database.open`` each), released together by a barrier every
  round, like ``tests/services/test_concurrency.py`` but at the issue's counts; every outcome is classed as
  ``ok``, a product error (``ServiceError``, ``ValidationError``, ``StorageError``), ``raw`` (an exception of
  sqlalchemy, psycopg or sqlite3 reaching the caller) or ``other`` (anything else: a bug).
- Server stops use a PostgreSQL cluster of the bench's own on a free port (``tests.pg_cluster``); the shared server
  (``--pg-url``, default 127.0.0.1:5432) only gets throw-away databases ``bwh_<run>_*``, dropped at the end.
- SIGKILLed clients are forked from a ``forkserver`` that imported the app once.

Prints one Markdown table: row, database, trials, result, seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import logging
import multiprocessing
import os
import queue as queue_mod
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
FORMULA = "=cmd|' /C calc'!A0"
MAX_PROCS = 6
CHUNK = 50  # rounds per job: a row over its time budget stops between chunks
BARRIER_TIMEOUT = 60
RAW_MODULES = ("sqlalchemy", "psycopg", "psycopg2", "sqlite3")


# -- outcome classes ------------------------------------------------------------------------------------------------
def family(exc: BaseException) -> str:
    """``raw`` (a driver / SQLAlchemy exception reached the caller), ``product`` or ``other`` (a bug)."""
    from desktop.rules.errors import ValidationError
    from desktop.services.errors import ServiceError
    from desktop.storage.errors import StorageError

    if type(exc).__module__.split(".")[0] in RAW_MODULES or isinstance(exc, sqlite3.Error):
        return "raw"
    if isinstance(exc, ServiceError | ValidationError | StorageError):
        return "product"
    return "other"


def tally(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"


# -- test data --------------------------------------------------------------------------------------------------------
# One character per pinyin syllable in each pool, so that two names of the code below never sound the same.
_SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金陶"
_GIVEN = "志国建明文海春永德玉秀桂俊新强华平杰涛波辉刚鹏飞斌超伟芳娜敏静丽磊洋艳娟霞婷雪琳梅兰凯毅亮帅诚瑞翔坤"


def _unique_pinyin(chars: str) -> str:
    from desktop.rules.keys import pinyin_key

    seen: dict[str, str] = {}
    for c in dict.fromkeys(chars):
        seen.setdefault(pinyin_key(c), c)
    return "".join(seen.values())


_POOLS: dict[str, str] = {}


def _pools() -> tuple[str, str]:
    if not _POOLS:
        _POOLS["s"], _POOLS["g"] = _unique_pinyin(_SURNAMES), _unique_pinyin(_GIVEN)
    return _POOLS["s"], _POOLS["g"]


def _code(i: int, first: int, m: int) -> tuple[int, int, int]:
    """Codeword i of a parity code over three positions: two codewords differ in at least two positions, so two
    names never differ by one character (which the duplicate check reports as a possible duplicate)."""
    a, b = divmod(i, m)
    if a >= first:
        raise ValueError(f"only {first * m} names")
    return a, b, (a + b) % m


_PERSONS: list[str] = []


def person(i: int) -> str:
    """The i-th of ~1,100 person names, pairwise two characters apart and with different pinyin."""
    if not _PERSONS:
        from desktop.rules.keys import pinyin_key

        s, g = _pools()
        m = len(g)
        seen: set[str] = set()
        for k in range(min(len(s), m) * m):
            a, b, c = _code(k, min(len(s), m), m)
            name = s[a] + g[b] + g[c]
            key = pinyin_key(name)
            if key not in seen:  # a polyphonic reading could still collide: skip it
                seen.add(key)
                _PERSONS.append(name)
    return _PERSONS[i]


def company(i: int) -> str:
    _s, g = _pools()
    a, b, c = _code(i, len(g), len(g))
    return f"广州市{g[a]}{g[b]}{g[c]}汽车服务有限公司"


_PHONES: dict[int, list[str]] = {}


def phones(n: int, seed: int = 1) -> list[str]:
    """``n`` valid mobile numbers, pairwise at least four digits apart (never a one-typo pair)."""
    from desktop.rules.errors import ValidationError
    from desktop.rules.phone import validate_phone

    got = _PHONES.setdefault(seed, [])
    rng = random.Random(seed * 7919 + len(got))
    while len(got) < n:
        cand = rng.choice(["138", "139", "135", "136", "137", "150", "186", "188"]) + f"{rng.randrange(10**8):08d}"
        try:
            validate_phone(cand)
        except ValidationError:
            continue
        if all(sum(x != y for x, y in zip(cand, other, strict=True)) >= 4 for other in got):
            got.append(cand)
    return got[:n]


def resident_id(i: int) -> str:
    from stdnum.cn.ric import calc_check_digit

    from desktop.rules.identity import validate_resident_id

    birth = date(1950, 1, 1) + timedelta(days=37 * i)
    body = f"440106{birth:%Y%m%d}{(137 * (i + 1)) % 1000:03d}"
    return validate_resident_id(body + calc_check_digit(body + "0"))


_VINS: list[str] = []


def far_vin(i: int) -> str:
    """VINs pairwise at least four characters apart besides the check digit (one or two apart is a suspected
    typo, V8)."""
    from desktop.demo import make_vin

    prefixes = ["LSVAG2180", "LFV2A2150", "LHGCM8260", "LGBH52E00", "LVSHCAMB1", "WDDGF4HB9"]
    rng = random.Random(11 + len(_VINS))
    while len(_VINS) <= i:
        cand = make_vin(prefixes[len(_VINS) % len(prefixes)], "M", rng.randrange(10**6))
        if all(sum(x != y for k, (x, y) in enumerate(zip(cand, other, strict=True)) if k != 8) >= 4
               for other in _VINS):  # the check digit (position 9) aside
            _VINS.append(cand)
    return _VINS[i]


def plain_vin(i: int) -> str:
    from desktop.demo import make_vin

    return make_vin("LFV3B2FB0", "N", i)


def plate(i: int) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXY"
    return f"粤{letters[i // 100000 % len(letters)]}{i % 100000:05d}"


# -- databases: throw-away copies of a template holding the group (stores, repair centers, users) --------------------
class Targets:
    def __init__(self, pg_admin: str, work: Path) -> None:
        self.pg_admin = pg_admin
        self.work = work
        self.run = uuid.uuid4().hex[:8]
        self.created: list[str] = []
        self.template: dict[str, str] = {}
        self.n = 0
        self._admin: Any = None

    def admin(self) -> Any:
        if self._admin is None:
            from sqlalchemy import create_engine

            self._admin = create_engine(self.pg_admin, isolation_level="AUTOCOMMIT",
                                        connect_args={"connect_timeout": 5})
        return self._admin

    def pg_url(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.pg_admin).set(database=name).render_as_string(hide_password=False)

    def _pg_create(self, name: str, template: str = "template0") -> str:
        from sqlalchemy import text

        with self.admin().connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE "{template}"'))
        self.created.append(name)
        return self.pg_url(name)

    def _populate(self, url: str) -> None:
        from desktop.services import org
        from desktop.storage import Database
        from tests.factories import PASSWORD, make_group

        db = Database.open(url)
        try:
            make_group(db)
            org.add_user(db, "adv1b", "adv1b", "S01", ["service_advisor"], PASSWORD)  # a second S01 workstation
            if db.is_sqlite:
                with db.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()

    def fresh(self, dialect: str) -> str:
        """A new database with the group in place (a copy of the template)."""
        self.n += 1
        if dialect == "sqlite":
            tpl = self.work / "template.db"
            if "sqlite" not in self.template:
                self._populate(f"sqlite:///{tpl}")
                self.template["sqlite"] = str(tpl)
            target = self.work / f"db{self.n}.db"
            shutil.copy(tpl, target)
            return f"sqlite:///{target}"
        if "postgresql" not in self.template:
            name = f"bwh_{self.run}_tpl"
            self._populate(self._pg_create(name))
            self.template["postgresql"] = name
        return self._pg_create(f"bwh_{self.run}_{self.n}", self.template["postgresql"])

    def drop_all(self) -> None:
        if not self.created:
            return
        from sqlalchemy import text

        with self.admin().connect() as conn:
            for name in reversed(self.created):
                with contextlib.suppress(Exception):
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin().dispose()


def open_db(url: str) -> Any:
    from desktop.storage import Database

    return Database.open(url)


def scalar(db: Any, stmt: Any) -> Any:
    with db.read() as s:
        return s.scalar(stmt)


def count(db: Any, model: Any, *where: Any) -> int:
    from sqlalchemy import func, select

    return int(scalar(db, select(func.count()).select_from(model).where(*where)) or 0)


def grouped(db: Any, column: Any, *where: Any) -> Counter[Any]:
    """Rows per value of ``column``."""
    from sqlalchemy import func, select

    with db.read() as s:
        return Counter({k: int(n) for k, n in s.execute(select(column, func.count()).where(*where).group_by(column))})


# -- workstations: spawned processes racing the same write behind a barrier ---------------------------------------------
def _summary(result: Any) -> str:
    for attr in ("number", "code", "internal_code"):
        value = getattr(result, attr, None)
        if isinstance(value, str):
            return value
    return ""


class _RetryCounter(logging.Handler):
    """Counts the write decorator's "taken by another transaction; running the checks again" (the race was real)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "running the checks again" in str(record.msg):
            self.count += 1


def _serve(index: int, jobs: Any, barriers: dict[int, Any], results: Any) -> None:
    """One workstation process: for every job, open the database, build the actor, run one write per round."""
    import desktop.services.customers
    import desktop.services.vehicles
    import desktop.services.work_orders  # noqa: F401  (registers the write actions)
    from desktop.services.auth import actor_for
    from desktop.services.writes import WRITE_ACTIONS
    from desktop.storage import Database

    retries = _RetryCounter()
    logging.getLogger("desktop.services.writes").addHandler(retries)
    logging.getLogger("desktop.services.writes").setLevel(logging.INFO)
    while True:
        job = jobs.get()
        if job is None:
            return
        job_id, url, login, steps, parties = job
        barrier = barriers[parties]
        db = None
        try:
            db = Database.open(url)
            actor = actor_for(db, login)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            barrier.abort()
            results.put((job_id, -1, index, "setup:" + type(exc).__name__, "other", str(exc)[:300], 0))
            if db is not None:
                db.close()
            continue
        try:
            for rnd, (action, args, kwargs) in enumerate(steps):
                try:
                    barrier.wait(BARRIER_TIMEOUT)
                except Exception as exc:  # noqa: BLE001 - another process failed
                    results.put((job_id, rnd, index, "barrier:" + type(exc).__name__, "other", "", 0))
                    break
                retries.count = 0
                try:
                    result = WRITE_ACTIONS[action](db, actor, *args, **kwargs)
                except Exception as exc:  # noqa: BLE001 - every outcome is reported
                    results.put((job_id, rnd, index, type(exc).__name__, family(exc),
                                 f"{type(exc).__module__}: {exc}"[:300], retries.count))
                else:
                    results.put((job_id, rnd, index, "ok", "ok", _summary(result), retries.count))
        finally:
            db.close()


@dataclass
class Race:
    """``outcomes[round][process] = (kind, family, code)``; ``retried``: writes that met a unique violation."""

    outcomes: dict[int, dict[int, tuple[str, str, str]]] = field(default_factory=dict)
    retried: int = 0
    problems: list[Any] = field(default_factory=list)
    rounds: int = 0

    def kinds(self) -> Counter[str]:
        return Counter(k for per in self.outcomes.values() for k, _f, _c in per.values())

    def families(self) -> Counter[str]:
        return Counter(f for per in self.outcomes.values() for _k, f, _c in per.values())

    def examples(self, fam: str, n: int = 2) -> list[str]:
        return [c for per in self.outcomes.values() for _k, f, c in per.values() if f == fam][:n]


class Workstations:
    def __init__(self) -> None:
        self.ctx = multiprocessing.get_context("spawn")
        self.procs: list[Any] = []
        self.job_id = 0

    def start(self) -> None:
        self.barriers = {k: self.ctx.Barrier(k) for k in range(2, MAX_PROCS + 1)}
        self.results = self.ctx.Queue()
        self.jobs = [self.ctx.Queue() for _ in range(MAX_PROCS)]
        self.procs = [self.ctx.Process(target=_serve, args=(i, self.jobs[i], self.barriers, self.results), daemon=True)
                      for i in range(MAX_PROCS)]
        for p in self.procs:
            p.start()

    def stop(self) -> None:
        for q in getattr(self, "jobs", []):
            with contextlib.suppress(Exception):
                q.put(None)
        for p in self.procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
                p.join()
        self.procs = []

    def _job(self, url: str, plans: list[tuple[str, list[Any]]], race: Race, offset: int) -> None:
        if not self.procs or not all(p.is_alive() for p in self.procs):
            self.stop()
            self.start()
        rounds = len(plans[0][1])
        self.job_id += 1
        for i, (login, steps) in enumerate(plans):
            self.jobs[i].put((self.job_id, url, login, steps, len(plans)))
        expected, received = rounds * len(plans), 0
        deadline = time.monotonic() + 120 + 3 * rounds
        broken = False
        while received < expected and time.monotonic() < deadline:
            try:
                job, rnd, index, kind, fam, code, retries = self.results.get(timeout=2)
            except queue_mod.Empty:
                if not all(p.is_alive() for p in self.procs[:len(plans)]):
                    break
                continue
            if job != self.job_id:
                continue
            received += 1
            if rnd < 0 or kind.startswith("barrier:"):
                race.problems.append((offset + rnd, index, kind, code))
                expected -= rounds if rnd < 0 else rounds - rnd - 1
                broken = True
                continue
            race.outcomes.setdefault(offset + rnd, {})[index] = (kind, fam, code)
            race.retried += retries
        if broken or received < expected:
            if received < expected:
                race.problems.append(("timeout", expected - received))
            self.stop()  # a clean pool for the next job

    def race(self, url: str, rounds: int, procs: int, step: Callable[[int, int], tuple[str, Any]],
             budget: float) -> Race:
        """``step(round, process) -> (login, (action, args, kwargs))`` (one login per process); rounds run in
        chunks of CHUNK, and no new chunk starts once ``budget`` seconds have passed."""
        race = Race()
        t0 = time.monotonic()
        for start in range(0, rounds, CHUNK):
            if time.monotonic() - t0 > budget:
                break
            end = min(rounds, start + CHUNK)
            plans = []
            for p in range(procs):
                steps = [step(r, p) for r in range(start, end)]
                plans.append((steps[0][0], [s for _login, s in steps]))
            self._job(url, plans, race, start)
            race.rounds = end
        return race


def step(action: str, *args: Any, **kwargs: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    return action, args, kwargs


# -- results ----------------------------------------------------------------------------------------------------------
@dataclass
class Row:
    label: str
    database: str
    trials: str
    result: str
    seconds: float


class Bench:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args = args
        self.work = work
        self.div = 10 if args.quick else 1
        self.targets = Targets(args.pg_url, work)
        self.pool = Workstations()
        self.rows: list[Row] = []
        self.cluster: Any = None
        self.forkserver: Any = None
        self.dialects = [d for d in ("postgresql", "sqlite")
                         if not (d == "postgresql" and args.skip_pg) and not (d == "sqlite" and args.skip_sqlite)]

    def n(self, full: int, least: int = 1) -> int:
        return max(least, full // self.div)

    def add(self, label: str, database: str, trials: str, result: str, seconds: float) -> None:
        row = Row(label, database, trials, result, seconds)
        self.rows.append(row)
        print(f"[{seconds:6.1f} s] {label} | {database} | {trials} | {result}", flush=True)

    def budget(self, seconds: float) -> float:
        return seconds / (10 if self.args.quick else 1) + 30

    # -- C2: one customer whoever is first ---------------------------------------------------------------------------
    def row_c2(self, dialect: str, which: str) -> None:
        from desktop.models import Customer

        rounds, procs = self.n(100), MAX_PROCS
        t0 = time.perf_counter()
        url = self.targets.fresh(dialect)
        tels = phones(rounds * procs, seed=3)
        if which == "c2c":
            def mk(r: int, p: int) -> tuple[str, Any]:
                return ("adv1" if p % 2 == 0 else "adv2",
                        step("customer.create", customer_type="company", name=company(r), phone=tels[r * procs + p]))
            label = "C2c same company name at once"
        elif which == "c2d":
            def mk(r: int, p: int) -> tuple[str, Any]:
                return ("adv1" if p % 2 == 0 else "adv2",
                        step("customer.create", customer_type="individual", name=person(r * procs + p),
                             phone=tels[r * procs + p], id_type="resident_id", id_number=resident_id(r)))
            label = "C2d same resident ID at once"
        else:
            def mk(r: int, p: int) -> tuple[str, Any]:
                return ("adv1" if p % 2 == 0 else "adv2",
                        step("customer.create", customer_type="individual", name=person(r), phone=tels[r]))
            label = "C2a same name + same phone at once"
        race = self.pool.race(url, rounds, procs, mk, self.budget(150))
        db = open_db(url)
        try:
            if which == "c2d":
                per_round = grouped(db, Customer.id_number)
                rows = [per_round.get(resident_id(r), 0) for r in range(race.rounds)]
            elif which == "c2c":
                per_round = grouped(db, Customer.name)
                rows = [per_round.get(company(r), 0) for r in range(race.rounds)]
            else:
                per_round = grouped(db, Customer.name)
                rows = [per_round.get(person(r), 0) for r in range(race.rounds)]
        finally:
            db.close()
        dup_rounds = sum(n > 1 for n in rows)
        extra = sum(max(0, n - 1) for n in rows)
        empty = sum(n == 0 for n in rows)
        fams = race.families()
        result = (f"**rounds with duplicates {dup_rounds}, extra rows {extra}**; outcomes: {tally(race.kinds())}; "
                  f"raw exceptions {fams.get('raw', 0)}, other {fams.get('other', 0)}; {race.retried} writes ran again "
                  f"after a unique violation")
        if empty:
            result += f"; rounds with no customer {empty}"
        if race.problems:
            result += f"; harness problems {race.problems[:3]}"
        self.add(label, dialect, f"{race.rounds} rounds × {procs} processes", result, time.perf_counter() - t0)

    # -- P1 / O2: one write per version ------------------------------------------------------------------------------
    def row_versions(self, dialect: str, which: str) -> None:
        from desktop.models import Vehicle
        from tests.factories import add_customer, add_vehicle

        trials = self.n(100)
        t0 = time.perf_counter()
        url = self.targets.fresh(dialect)
        db = open_db(url)
        try:
            cars = [add_vehicle(db, plain_vin(r)) for r in range(trials)]
            owners: list[list[str]] = []
            if which == "o2":
                tels = phones(2 * trials, seed=7)
                for r in range(trials):
                    owners.append([f"OW{r:04d}{p}" for p in range(2)])
                    for p in range(2):
                        add_customer(db, owners[r][p], person(2 * r + p), tels[2 * r + p])
        finally:
            db.close()
        logins = ("adv1", "adv1b")
        if which == "p1":
            def mk(r: int, p: int) -> tuple[str, Any]:
                return logins[p], step("vehicle.set_plate", cars[r], plate(2 * r + p), version=1)
            label = "P1 two workstations set the plate of one car, same version"
        else:
            def mk(r: int, p: int) -> tuple[str, Any]:
                return logins[p], step("vehicle.set_owner", cars[r], owners[r][p], "换车主", version=1)
            label = "O2 two workstations set the owner of one car, same version"
        race = self.pool.race(url, trials, 2, mk, self.budget(60))
        db = open_db(url)
        silent = wrong = 0
        try:
            with db.read() as s:
                for r in range(race.rounds):
                    per = race.outcomes.get(r, {})
                    oks = [p for p, (k, _f, _c) in per.items() if k == "ok"]
                    silent += len(oks) == 2
                    v = s.get(Vehicle, cars[r])
                    if len(oks) == 1:
                        want = plate(2 * r + oks[0]) if which == "p1" else owners[r][oks[0]]
                        have = v.plate if which == "p1" else (v.owner.code if v.owner else None)
                        wrong += have != want
        finally:
            db.close()
        kinds = race.kinds()
        fams = race.families()
        result = (f"**silent overwrites {silent}**, StaleRecord {kinds.get('StaleRecord', 0)}; outcomes: {tally(kinds)}; "
                  f"stored value not the winner's {wrong}; raw {fams.get('raw', 0)}")
        if race.problems:
            result += f"; harness problems {race.problems[:3]}"
        self.add(label, dialect, f"{race.rounds} trials × 2 processes", result, time.perf_counter() - t0)

    # -- the losers of unique-value races ----------------------------------------------------------------------------
    def row_losers(self, dialect: str, which: str) -> None:
        from sqlalchemy import select

        from desktop.models import Customer, CustomerChannel, RepairCenter, Vehicle, VehicleRepairCenter
        from tests.factories import add_customer, add_vehicle

        rounds = self.n(500)
        t0 = time.perf_counter()
        url = self.targets.fresh(dialect)
        db = open_db(url)
        cars: list[Any] = []
        codes: list[str] = []
        try:
            if which == "plate":
                cars = [(add_vehicle(db, plain_vin(2 * r)), add_vehicle(db, plain_vin(2 * r + 1))) for r in range(rounds)]
            elif which == "attach":
                tels = phones(rounds, seed=9)
                for r in range(rounds):
                    codes.append(f"S2C{r:04d}")
                    add_customer(db, codes[r], person(r), tels[r], stores=("S02",))
                    cars.append(add_vehicle(db, plain_vin(r), centers=("R02",), owner=codes[r]))
            elif which == "attach2":
                tels = phones(rounds, seed=9)
                for r in range(rounds):
                    codes.append(f"S2C{r:04d}")
                    add_customer(db, codes[r], person(r), tels[r], stores=("S02",))
                    cars.append(tuple(add_vehicle(db, plain_vin(2 * r + p), centers=("R02",), owner=codes[r])
                                      for p in range(2)))
            elif which == "owner":
                tels = phones(rounds, seed=9)
                for r in range(rounds):
                    codes.append(f"S2C{r:04d}")
                    add_customer(db, codes[r], person(r), tels[r], stores=("S02",))
                    cars.append((add_vehicle(db, plain_vin(2 * r)), add_vehicle(db, plain_vin(2 * r + 1))))
        finally:
            db.close()
        setup = time.perf_counter() - t0
        if which == "vin":
            vins = [far_vin(r) for r in range(rounds)]

            def mk(r: int, p: int) -> tuple[str, Any]:
                return ("adv1", "adv2")[p], step("vehicle.create_manual", model="大众 朗逸 1.5L", vin=vins[r])
            label = "Losers: same VIN created by hand by two stores (create_manual_vehicle)"
        elif which == "plate":
            def mk(r: int, p: int) -> tuple[str, Any]:
                return ("adv1", "adv1b")[p], step("vehicle.set_plate", cars[r][p], plate(r), version=1)
            label = "Losers: two cars get the same plate (set_plate)"
        elif which == "attach":
            def mk(r: int, p: int) -> tuple[str, Any]:
                return ("adv1", "adv1b")[p], step("vehicle.attach_store", cars[r], version=1)
            label = "Losers: two S01 advisors attach the same S02 vehicle (attach_store: repair-center row + owner channel)"
        elif which == "attach2":
            def mk(r: int, p: int) -> tuple[str, Any]:
                return ("adv1", "adv1b")[p], step("vehicle.attach_store", cars[r][p], version=1)
            label = ("Losers: two S01 advisors attach two S02 vehicles of the same S02 owner (attach_store: "
                     "owner channel)")
        else:
            def mk(r: int, p: int) -> tuple[str, Any]:
                return ("adv1", "adv1b")[p], step("vehicle.set_owner", cars[r][p], codes[r], "新车主", version=1)
            label = "Losers: two S01 advisors link the same S02 customer as owner of two cars (set_owner: channel)"
        race = self.pool.race(url, rounds, 2, mk, self.budget(90))
        db = open_db(url)
        bad_rows = 0
        try:
            done = range(race.rounds)
            if which == "vin":
                per_vin = grouped(db, Vehicle.vin)
                bad_rows = sum(per_vin.get(vins[r], 0) != 1 for r in done)
                extra_rc = count(db, VehicleRepairCenter) - sum(per_vin.values())
                rows_note = f"VINs not held by exactly one vehicle {bad_rows}, extra repair-center rows {extra_rc}"
            elif which == "plate":
                per_plate = grouped(db, Vehicle.plate, Vehicle.plate.is_not(None))
                bad_rows = sum(per_plate.get(plate(r), 0) != 1 for r in done)
                rows_note = f"plates not on exactly one car {bad_rows}"
            elif which == "attach":
                r01 = scalar(db, select(RepairCenter.id).where(RepairCenter.code == "R01"))
                rc_rows = grouped(db, VehicleRepairCenter.vehicle_id, VehicleRepairCenter.repair_center_id == r01)
                with db.read() as s:
                    owner_ids = dict(s.execute(select(Customer.code, Customer.id)).all())
                ch = grouped(db, CustomerChannel.customer_id)
                bad_rc = sum(rc_rows.get(cars[r], 0) != 1 for r in done)
                bad_ch = sum(ch.get(owner_ids[codes[r]], 0) != 2 for r in done)
                rows_note = f"cars without exactly one R01 row {bad_rc}, owners without exactly 2 channels {bad_ch}"
            elif which == "attach2":
                r01 = scalar(db, select(RepairCenter.id).where(RepairCenter.code == "R01"))
                rc_rows = grouped(db, VehicleRepairCenter.vehicle_id, VehicleRepairCenter.repair_center_id == r01)
                with db.read() as s:
                    owner_ids = dict(s.execute(select(Customer.code, Customer.id)).all())
                ch = grouped(db, CustomerChannel.customer_id)
                attached = sum(rc_rows.get(cars[r][p], 0) == 1 for r in done for p in range(2))
                bad_ch = sum(ch.get(owner_ids[codes[r]], 0) != 2 for r in done)
                rows_note = f"owners without exactly 2 channels {bad_ch}, cars attached {attached}/{2 * race.rounds}"
            else:
                with db.read() as s:
                    owner_ids = dict(s.execute(select(Customer.code, Customer.id)).all())
                    owner_of = dict(s.execute(select(Vehicle.id, Vehicle.owner_id)).all())
                ch = grouped(db, CustomerChannel.customer_id)
                bad_ch = sum(ch.get(owner_ids[codes[r]], 0) != 2 for r in done)
                linked = sum(owner_of.get(cars[r][p]) == owner_ids[codes[r]] for r in done for p in range(2))
                rows_note = (f"customers without exactly 2 channels {bad_ch}, cars linked {linked}/{2 * race.rounds}")
        finally:
            db.close()
        fams = race.families()
        losers: Counter[str] = Counter()
        for per in race.outcomes.values():
            kinds = [k for k, _f, _c in per.values()]
            if kinds.count("ok") == len(kinds):
                losers["ok (both saved)"] += 1  # the second one is the loser of the race, and it saved
            elif kinds.count("ok") == 1:
                losers.update(k for k in kinds if k != "ok")
            else:
                losers.update(f"{k} (no winner)" for k in kinds)
        result = (f"**raw sqlalchemy/psycopg/sqlite3 exceptions {fams.get('raw', 0)}**, other {fams.get('other', 0)}; "
                  f"losers: {tally(losers)}; all calls: {tally(race.kinds())}; {rows_note}; "
                  f"{race.retried} writes ran again after a unique violation")
        if race.problems:
            result += f"; harness problems {race.problems[:3]}"
        if fams.get("raw") or fams.get("other"):
            result += f"; e.g. {race.examples('raw') or race.examples('other')}"
        self.add(label, dialect, f"{race.rounds} rounds × 2 processes (setup {setup:.0f} s)", result,
                 time.perf_counter() - t0)

    # -- PostgreSQL server stopped during saves ------------------------------------------------------------------------
    def own_cluster(self) -> Any:
        if self.cluster is None:
            from tests.pg_cluster import PgCluster

            self.cluster = PgCluster()
            self.cluster.init()
            self.cluster.start()
            self.cluster.wait_accepting()
        if not self.cluster.running():
            self.cluster.start()
        self.cluster.wait_accepting()
        return self.cluster

    def cluster_db(self) -> Any:
        from desktop.services import org
        from tests.factories import PASSWORD, make_group

        cluster = self.own_cluster()
        db = open_db(cluster.create_database(f"bwh_{uuid.uuid4().hex[:10]}"))
        make_group(db)
        org.add_user(db, "adv1b", "adv1b", "S01", ["service_advisor"], PASSWORD)
        return db

    def row_outage(self) -> None:
        n = self.n(60, 6)
        outages = max(1, n // 10)
        t0 = time.perf_counter()
        totals: Counter[str] = Counter()
        notes = []
        for kind in ("work_order.create", "customer.create"):
            got, note = self._outage_loop(kind, n, outages)
            totals.update(got)
            notes.append(note)
        result = (f"**raw driver exceptions reaching the caller {totals['raw']}** (other {totals['other']}); "
                  f"{totals['failed']} calls failed during {totals['stops']} stops ({'; '.join(notes)}; "
                  f"{totals['inside']} inside their transaction); **committed although reported failed "
                  f"{totals['committed']}**; after retry with the same request id: **applied twice {totals['twice']}**, "
                  f"missing {totals['missing']}, retries still failing {totals['retry_errors']}")
        self.add("Server stopped (-m immediate) during create_work_order / create_customer with request ids",
                 "postgresql (own cluster)", f"{2 * n} saves, {totals['stops']} stops", result,
                 time.perf_counter() - t0)

    def _outage_loop(self, kind: str, n: int, outages: int) -> tuple[Counter[str], str]:
        from sqlalchemy import select

        from desktop.models import Customer, RequestLog, WorkOrder
        from desktop.services import customers, work_orders
        from desktop.services.auth import actor_for
        from tests.factories import add_customer, add_vehicle

        cluster = self.own_cluster()
        db = self.cluster_db()
        try:
            adv = actor_for(db, "adv1")
            rids = [f"{kind}-{i}-{uuid.uuid4().hex[:6]}" for i in range(n)]
            tels = phones(n + 1, seed=21)
            if kind == "work_order.create":
                add_customer(db, "OWNER", "汪国进", tels[n])
                car = add_vehicle(db, far_vin(0), owner="OWNER")
                import inspect

                extra = ({"vin_confirmation": far_vin(0)[-6:]}  # V7, where the service asks for it
                         if "vin_confirmation" in inspect.signature(work_orders.create_work_order).parameters else {})
                calls = [(lambda i=i: work_orders.create_work_order(
                    db, adv, car, request_id=rids[i], deliverer_name="汪国进", deliverer_phone=tels[n],
                    mileage=i, **extra)) for i in range(n)]
            else:
                calls = [(lambda i=i: customers.create_customer(
                    db, adv, customer_type="individual", name=person(i), phone=tels[i],
                    address=f"广州市天河路{i}号", request_id=rids[i])) for i in range(n)]
            from tests.pg_cluster import loop_with_outages

            run = loop_with_outages(cluster, db, calls, outages)
            fams = Counter(family(e) for e in run.errors.values())
            with db.read() as s:
                committed = sum(s.get(RequestLog, rids[i]) is not None for i in run.errors)
            retry_errors = retry_failed(run, calls)
            if kind == "work_order.create":
                per = grouped(db, WorkOrder.mileage)
                missing = sum(per.get(i, 0) == 0 for i in range(n))
            else:
                with db.read() as s:
                    per = Counter(s.scalars(select(Customer.name)))
                missing = sum(per.get(person(i), 0) == 0 for i in range(n))
            twice = sum(v > 1 for v in per.values())
        finally:
            db.close()
        got = Counter({"calls": n, "failed": len(run.errors), "inside": len(run.inside), "raw": fams.get("raw", 0),
                       "other": fams.get("other", 0), "committed": committed, "twice": twice, "missing": missing,
                       "retry_errors": len(retry_errors), "stops": run.stops})
        return got, f"{kind}: {tally(Counter(type(e).__name__ for e in run.errors.values()))}"

    # -- customer record Save interrupted -------------------------------------------------------------------------------
    def _save_records(self, db: Any, n: int, seed: int) -> tuple[list[str], list[str], list[str], int]:
        """``n`` customers K0000.. (distinct names and phones) + the version a save of a control record gives."""
        from desktop.services import customers
        from desktop.services.auth import actor_for
        from tests.factories import add_customer

        tels = phones(2 * n + 2, seed=seed)
        codes = [f"K{i:04d}" for i in range(n)]
        for i, code in enumerate(codes):
            add_customer(db, code, person(i), tels[i])
        add_customer(db, "CONTROL", person(n), tels[2 * n])
        version = customers.save_customer(db, actor_for(db, "cs1"), "CONTROL", version=1, reason="客户换号",
                                          phone=tels[2 * n + 1], address="深圳市福田路").version
        return codes, tels[n:2 * n], [f"深圳市福田路{i}号" for i in range(n)], version

    def _half_applied(self, db: Any, codes: list[str], new_phones: list[str], new_addr: list[str]
                      ) -> tuple[int, int, int]:
        """(half-applied, whole, untouched) records."""
        from sqlalchemy import select

        from desktop.models import Customer

        with db.read() as s:
            rows = {c: (p, a) for c, p, a in s.execute(select(Customer.code, Customer.phone, Customer.address))}
        half = whole = untouched = 0
        for i, code in enumerate(codes):
            phone, address = rows[code]
            a, b = phone == new_phones[i], address == new_addr[i]
            half += a != b
            whole += a and b
            untouched += not a and not b
        return half, whole, untouched

    def _applied_once(self, db: Any, codes: list[str], new_phones: list[str], new_addr: list[str], version: int
                      ) -> tuple[int, int]:
        """After the retries: (records not saved exactly once, records with another audit trail than one
        core change + one edit)."""
        from sqlalchemy import select

        from desktop.models import AuditEntry, Customer

        with db.read() as s:
            rows = {c: (i, p, a, v) for i, c, p, a, v in s.execute(
                select(Customer.id, Customer.code, Customer.phone, Customer.address, Customer.version))}
            audit = defaultdict(Counter)
            for eid, action in s.execute(select(AuditEntry.entity_id, AuditEntry.action)
                                         .where(AuditEntry.entity == "customer")):
                audit[eid][action] += 1
        wrong = trail = 0
        for i, code in enumerate(codes):
            cid, phone, address, ver = rows[code]
            wrong += (phone, address, ver) != (new_phones[i], new_addr[i], version)
            trail += audit[cid] != Counter({"customer.core_change": 1, "customer.edit": 1})
        return wrong, trail

    def row_save_stops(self) -> None:
        from desktop.services import customers
        from desktop.services.auth import actor_for

        stops = self.n(30)
        n = 4 * stops
        t0 = time.perf_counter()
        cluster = self.own_cluster()
        db = self.cluster_db()
        try:
            codes, new_phones, new_addr, version = self._save_records(db, n, seed=22)
            cs = actor_for(db, "cs1")
            rids = [f"save-stop-{i}" for i in range(n)]
            calls = [(lambda i=i: customers.save_customer(db, cs, codes[i], version=1, reason="客户换号",
                                                          phone=new_phones[i], address=new_addr[i],
                                                          request_id=rids[i])) for i in range(n)]
            from tests.pg_cluster import loop_with_outages

            run = loop_with_outages(cluster, db, calls, stops)
            half, whole, untouched = self._half_applied(db, codes, new_phones, new_addr)
            fams = Counter(family(e) for e in run.errors.values())
            retry_errors = retry_failed(run, calls)
            wrong, trail = self._applied_once(db, codes, new_phones, new_addr, version)
        finally:
            db.close()
        result = (f"**half-applied records {half}** ({whole} whole, {untouched} untouched after the stops); "
                  f"{len(run.errors)} saves failed ({len(run.inside)} inside their transaction), raw "
                  f"{fams.get('raw', 0)}, other {fams.get('other', 0)}; after retry with the request ids: not saved "
                  f"exactly once {wrong}, audit trail not one core change + one edit {trail}, retries still failing "
                  f"{len(retry_errors)}")
        self.add("Customer Save (core phone + address in one save_customer) interrupted by server stops",
                 "postgresql (own cluster)", f"{run.stops} stops over {n} saves", result, time.perf_counter() - t0)

    def row_save_kills(self, dialect: str) -> None:
        from desktop.services import customers
        from desktop.services.auth import actor_for

        kills = self.n(30)
        per_child = 10
        n = kills * per_child
        t0 = time.perf_counter()
        url = self.targets.fresh(dialect)
        db = open_db(url)
        try:
            codes, new_phones, new_addr, version = self._save_records(db, n, seed=23)
        finally:
            db.close()
        rids = [f"save-kill-{i}" for i in range(n)]
        ctx = self.fork_context()
        rng = random.Random(5)
        killed = ended = 0
        for k in range(kills):
            chunk = [(codes[i], rids[i], new_phones[i], new_addr[i]) for i in range(k * per_child, (k + 1) * per_child)]
            progress = ctx.Value("i", 0)
            child = ctx.Process(target=_save_loop, args=(url, "cs1", chunk, progress), daemon=True)
            child.start()
            target = rng.randint(1, per_child // 2)
            deadline = time.monotonic() + 60
            while progress.value < target and child.is_alive() and time.monotonic() < deadline:
                time.sleep(0.001)
            time.sleep(rng.random() * 0.03)  # somewhere inside one of the next saves
            if child.is_alive():
                os.kill(child.pid, signal.SIGKILL)
                killed += 1
            else:
                ended += 1
            child.join(10)
        db = open_db(url)
        try:
            integrity = ""
            if db.is_sqlite:
                from sqlalchemy.engine import make_url

                conn = sqlite3.connect(str(make_url(url).database))
                try:
                    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
                finally:
                    conn.close()
            half, whole, untouched = self._half_applied(db, codes, new_phones, new_addr)
            cs = actor_for(db, "cs1")
            retry_errors = Counter()
            for i in range(n):  # the killed client's restart: every save again with its request id
                try:
                    customers.save_customer(db, cs, codes[i], version=1, reason="客户换号", phone=new_phones[i],
                                            address=new_addr[i], request_id=rids[i])
                except Exception as exc:  # noqa: BLE001 - counted
                    retry_errors[type(exc).__name__] += 1
            wrong, trail = self._applied_once(db, codes, new_phones, new_addr, version)
        finally:
            db.close()
        result = (f"**half-applied records {half}** ({whole} saved whole, {untouched} not saved: the killed saves and "
                  f"those their client never reached)"
                  + (f"; integrity_check {integrity}" if integrity else "")
                  + f"; after retry with the request ids: not saved exactly once {wrong}, audit trail not one core "
                  f"change + one edit {trail}, retry errors {tally(retry_errors) if retry_errors else 0}")
        if ended:
            result += f"; {ended} children ended before the kill"
        self.add("Customer Save (core phone + address) interrupted by SIGKILL of the saving process", dialect,
                 f"{killed} SIGKILLs over {n} saves", result, time.perf_counter() - t0)

    def fork_context(self) -> Any:
        if self.forkserver is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["__main__", "desktop.storage", "desktop.services.customers",
                                        "desktop.services.auth"])
            self.forkserver = ctx
        return self.forkserver

    # -- CSV import -----------------------------------------------------------------------------------------------------
    def cli(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DESKTOP_HOME": str(self.work / "cli-home")}
        env.pop("DESKTOP_DB_URL", None)
        return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=timeout, check=False)

    def row_import_big(self, dialect: str) -> None:
        from desktop.models import Customer

        good_rows = self.n(6000)
        t0 = time.perf_counter()
        url = self.targets.fresh(dialect)
        f = self.work / f"big-{dialect}.csv"
        lines = [CUSTOMER_HEADER] + [good(i) for i in range(good_rows)]
        lines.append(f"BIG,individual,retained,enabled,{'王' * 10_000_000},13800000001,,,S01")
        lines += [good(i) for i in range(good_rows, good_rows + 3)]
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
        report = self.work / f"big-{dialect}.jsonl"
        done = self.cli("import", "customers", str(f), "--db", url, "--report", str(report))
        db = open_db(url)
        try:
            loaded = count(db, Customer)
        finally:
            db.close()
        report_lines = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
        rejected_what = "; ".join(
            f"line {e.get('line')} {e.get('field')}: {str(e.get('reason', '')).split(' / ')[-1][:60]}"
            for e in map(json.loads, report_lines) if e.get("status") == "rejected")[:200]
        tb = "Traceback" in done.stderr or "Traceback" in done.stdout
        result = (f"**{loaded} of {good_rows + 3} good rows loaded**, report written: "
                  f"{'yes, ' + str(len(report_lines)) + ' entries' if report.exists() else 'no'}, traceback: "
                  f"{'yes' if tb else 'no'}, exit status {done.returncode}; stdout: {done.stdout.strip()[:90]!r}; "
                  f"stderr: {done.stderr.strip().split(', see ')[0][:120]!r}; rejected: {rejected_what}")
        self.add("CSV import (CLI), one 10 MB field after the good rows", dialect,
                 f"{good_rows} good rows + 10 MB field + 3 rows", result, time.perf_counter() - t0)

    def row_import_batch(self, dialect: str) -> None:
        from desktop.models import Customer
        from desktop.services import importing

        rows_n = self.n(5000, 50)  # one batch (importing.BATCH = 5000)
        t0 = time.perf_counter()
        parts = []
        for case, bad_value in (("over-long address (201 chars)", "路" * 201), ("NUL byte in the address", "广州\x00天河")):
            url = self.targets.fresh(dialect)
            f = self.work / f"batch-{dialect}-{len(parts)}.csv"
            bad_at = rows_n // 2
            lines = [f"{CUSTOMER_HEADER},address"]
            for i in range(rows_n):
                lines.append(f"{good(i)},{bad_value if i == bad_at else '天河'}")
            f.write_text("\n".join(lines) + "\n", encoding="utf-8")
            report = self.work / f"batch-{dialect}-{len(parts)}.jsonl"
            db = open_db(url)
            try:
                try:
                    summary = importing.import_customers(db, f, report=report)
                    outcome = f"loaded {summary.loaded}, rejected {summary.rejected}"
                except Exception as exc:  # noqa: BLE001 - reported
                    outcome = f"{family(exc)} {type(exc).__name__}: {str(exc)[:80]}"
                loaded = count(db, Customer)
            finally:
                db.close()
            lost = (rows_n - 1) - loaded
            parts.append(f"{case}: **good rows lost {lost}** ({outcome})")
        self.add("CSV import (service), one bad value in a batch", dialect, f"2 files × {rows_n} rows (1 batch)",
                 "; ".join(parts), time.perf_counter() - t0)

    def row_encodings(self, dialect: str) -> None:
        from desktop.models import Customer

        t0 = time.perf_counter()
        parts = []
        names = {"big5": ["張偉明", "陳志明", "黃淑芬", "林美玲", "王小明", "李國華", "吳建宏", "劉德華", "鄭成功", "蔡明亮"],
                 "shift_jis": ["山田太郎", "田中花子", "佐藤一郎", "鈴木次郎", "高橋三郎", "渡辺四郎", "伊藤五郎", "中村六郎"]}
        for enc, ns in names.items():
            url = self.targets.fresh(dialect)
            ok = [n for n in ns if _encodes(n, enc)]
            lines = [CUSTOMER_HEADER] + [f"T{i:03d},individual,retained,enabled,{n},{phone_of(i)},,,S01"
                                         for i, n in enumerate(ok)]
            f = self.work / f"enc-{enc}-{dialect}.csv"
            f.write_bytes(("\n".join(lines) + "\n").encode(enc))
            done = self.cli("import", "customers", str(f), "--db", url, "--report", str(self.work / f"enc-{enc}.jsonl"))
            db = open_db(url)
            try:
                loaded = count(db, Customer)
            finally:
                db.close()
            verdict = "refused" if loaded == 0 and done.returncode == 2 else f"loaded {loaded}"
            said = "names Big5/Shift-JIS and UTF-8/GB18030" if all(
                w in done.stderr for w in ("Big5", "Shift-JIS", "UTF-8", "GB18030")) else repr(done.stderr[-80:])
            parts.append(f"{enc}: **{verdict}** (exit {done.returncode}, one-line message: "
                         f"{len(done.stderr.strip().splitlines()) == 1}, {said})")
        self.add("Big5 / Shift-JIS customer file (CLI import)", dialect, f"2 files ({len(names['big5'])}/"
                 f"{len(names['shift_jis'])} rows)", "; ".join(parts), time.perf_counter() - t0)

    def row_formula(self, dialect: str) -> None:
        from sqlalchemy import select

        from desktop.models import Customer, Vehicle
        from desktop.services import vehicles
        from desktop.services.auth import actor_for
        from tests.factories import add_customer, add_vehicle, vver

        t0 = time.perf_counter()
        url = self.targets.fresh(dialect)
        parts = []
        # import: customer code; vehicle engine_no, color, interior
        f = self.work / f"formula-c-{dialect}.csv"
        f.write_text(f"{CUSTOMER_HEADER}\n{FORMULA},individual,retained,enabled,王伟,{phone_of(2)},,,S01\n{good(1)}\n",
                     encoding="utf-8")
        rep = self.work / f"formula-c-{dialect}.jsonl"
        self.cli("import", "customers", str(f), "--db", url, "--report", str(rep))
        v_rows = [f"{plain_vin(1)},manual,大众 朗逸,{FORMULA},,,,,,R01", f"{plain_vin(2)},manual,大众 朗逸,,{FORMULA},,,,,R01",
                  f"{plain_vin(3)},manual,大众 朗逸,,,{FORMULA},,,,R01"]
        fv = self.work / f"formula-v-{dialect}.csv"
        fv.write_text(V_HEADER + "\n" + "\n".join(v_rows) + "\n", encoding="utf-8")
        rep_v = self.work / f"formula-v-{dialect}.jsonl"
        self.cli("import", "vehicles", str(fv), "--db", url, "--report", str(rep_v))
        fields_c, fields_v = rejected_fields(rep), rejected_fields(rep_v)
        db = open_db(url)
        try:
            with db.read() as s:
                stored_code = s.scalar(select(Customer.code).where(Customer.code == FORMULA)) is not None
                stored_v = {col: s.scalar(select(Vehicle.id).where(getattr(Vehicle, col) == FORMULA)) is not None
                            for col in ("engine_no", "color", "interior")}
            imp = [f"code {'STORED' if stored_code else 'refused (' + fields_c.get(2, '?') + ')'}"] + [
                f"{c} {'STORED' if v else 'refused (' + fields_v.get(line, '?') + ')'}"
                for line, (c, v) in enumerate(stored_v.items(), 2)]
            parts.append("import: " + ", ".join(imp))
            # update_vehicle
            adv = actor_for(db, "adv1")
            car = add_vehicle(db, plain_vin(10), engine_no=None)
            upd = []
            for col in ("engine_no", "color", "interior"):
                try:
                    vehicles.update_vehicle(db, adv, car, {col: FORMULA}, version=vver(db, car))
                    with db.read() as s:
                        upd.append(f"{col} {'STORED' if getattr(s.get(Vehicle, car), col) == FORMULA else 'changed'}")
                except Exception as exc:  # noqa: BLE001 - the outcome
                    upd.append(f"{col} refused ({type(exc).__name__})")
            parts.append("update_vehicle: " + ", ".join(upd) + " (code: not editable by update_vehicle)")
            # dedupe report over rows stored behind the services' back
            for i, code in enumerate(("=1+2", "@A1", "+SUM(1)", "-2+3", FORMULA)):
                add_customer(db, code, "汪国进", f"1382640123{i}")
            add_customer(db, "PLAIN", "=HYPERLINK(\"x\")", "13826401239")
            add_customer(db, "PLAIN2", "=HYPERLINK(\"x\")", "13826401239")
        finally:
            db.close()
        out = self.work / f"dups-{dialect}.csv"
        done = self.cli("dedupe-report", "--db", url, "--out", str(out))
        cells = unescaped = escaped = 0
        if out.exists():
            with out.open(encoding="utf-8-sig", newline="") as fh:
                for r in csv.reader(fh):
                    for cell in r:
                        cells += 1
                        unescaped += cell[:1] in ("=", "+", "-", "@")
                        escaped += cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@")
        parts.append(f"dedupe-report (exit {done.returncode}): **{unescaped} cells starting with = + - @**, "
                     f"{escaped} escaped with ', {cells} cells")
        self.add("Formula values `=cmd|' /C calc'!A0` (import, update_vehicle, dedupe-report)", dialect,
                 "4 import cells, 3 updates, 1 report", "; ".join(parts), time.perf_counter() - t0)

    # -- logs and error lines -------------------------------------------------------------------------------------------
    def row_log_privacy(self, dialect: str) -> None:
        from desktop import config
        from desktop.services import customers
        from desktop.services.auth import actor_for
        from tests.factories import cver

        t0 = time.perf_counter()
        phone, new_phone = phones(2, seed=31)
        ric = resident_id(7)
        url = self.targets.fresh(dialect)
        home = self.work / f"log-home-{dialect}"
        old_env = os.environ.get(config.ENV_HOME)
        os.environ[config.ENV_HOME] = str(home)
        root = logging.getLogger()
        before, level = list(root.handlers), root.level
        mine = [h for h in before if getattr(h, "_desktop", False)]
        for h in mine:
            root.removeHandler(h)
        path = config.setup_logging()
        added = [h for h in root.handlers if h not in before]
        db = open_db(url)
        outcomes = []
        try:
            c = customers.create_customer(db, actor_for(db, "adv1"), customer_type="individual", name="汪国进",
                                          phone=phone, id_type="resident_id", id_number=ric)
            cs = actor_for(db, "cs1")
            for what, kwargs in (("address 500 chars", {"address": "广州天河路" * 100}),
                                 ("address 201 chars", {"address": "路" * 201}),
                                 ("core phone + address 500 chars", {"reason": "客户换号", "phone": new_phone,
                                                                     "address": "广州天河路" * 100})):
                try:
                    customers.save_customer(db, cs, c.code, version=cver(db, c.code), **kwargs)
                    outcomes.append(f"{what}: SAVED")
                except Exception as exc:  # noqa: BLE001 - the outcome
                    msg = exc.message("en") if hasattr(exc, "message") else str(exc)
                    outcomes.append(f"{what}: {family(exc)} {type(exc).__name__} ({msg[:60]!r})")
        finally:
            db.close()
            for h in added:
                h.flush()
            text = path.read_text(encoding="utf-8") if path and path.exists() else ""
            for h in added:
                root.removeHandler(h)
                h.close()
            for h in mine:
                root.addHandler(h)
            root.setLevel(level)
            if old_env is None:
                os.environ.pop(config.ENV_HOME, None)
            else:
                os.environ[config.ENV_HOME] = old_env
        found = sum(text.count(x) for x in (phone, ric, new_phone, phone[::-1]))
        kinds = Counter(line.split(" ")[2] for line in text.splitlines() if line.count(" ") > 2)
        result = (f"{'; '.join(outcomes)}; log file {len(text.splitlines())} lines ({tally(kinds)}): **phone / ID "
                  f"number in the log {found}**")
        self.add("Over-long address through customers.save_customer, app logging (config.setup_logging)", dialect,
                 "3 saves", result, time.perf_counter() - t0)

    def row_bad_url(self) -> None:
        t0 = time.perf_counter()
        urls = ["postgresql://u:s3cret@[bad", "postgresql://u:s3cret@host:abc/db", "sqlite://u:s3cret@[bad"]
        shown, parts = 0, []
        for u in urls:
            done = self.cli("init-db", "--db", u, timeout=120)
            leak = "s3cret" in done.stdout or "s3cret" in done.stderr
            shown += leak
            parts.append(f"`{u}`: exit {done.returncode}, password {'PRINTED' if leak else 'not printed'}, "
                         f"traceback {'yes' if 'Traceback' in done.stderr else 'no'}")
        self.add("`python -m desktop init-db --db <malformed URL>`", "—", f"{len(urls)} URLs",
                 f"**password printed {shown}/{len(urls)}**; " + "; ".join(parts), time.perf_counter() - t0)

    def row_nul(self, dialect: str) -> None:
        from desktop.services import auth, customers, dedupe, intake, search
        from tests.factories import PASSWORD, add_customer, add_vehicle

        t0 = time.perf_counter()
        url = self.targets.fresh(dialect)
        db = open_db(url)
        vin_ = plain_vin(5)
        try:
            add_customer(db, "KH00000001", "汪国进", "13912345678", id_type="resident_id", id_number="11010519491231002X")
            add_vehicle(db, vin_, owner="KH00000001", plate="粤A12345")
            adv = auth.actor_for(db, "adv1")
            calls: dict[str, list[Callable[[], Any]]] = {
                "search_customers": [lambda q=q: search.search_customers(db, adv, q)
                                     for q in ("\x00", "汪\x00国", "1391234\x005678", "KH\x0000001", "wang\x00")],
                "search_vehicles": [lambda q=q: search.search_vehicles(db, adv, q)
                                    for q in ("\x00", "粤A\x0012345", vin_[:8] + "\x00", "\x0012345")],
                "lookup_vin": [lambda q=q: intake.lookup_vin(db, adv, q)
                               for q in ("\x00", vin_[:8] + "\x00" + vin_[9:], vin_ + "\x00")],
                "lookup_plate": [lambda q=q: intake.lookup_plate(db, adv, q) for q in ("\x00", "粤A1\x002345")],
                "find_duplicates": [lambda d=d: dedupe.find_duplicates(db, adv, d) for d in (
                    {"customer_type": "individual", "name": "汪\x00国进", "phone": "13912345678"},
                    {"customer_type": "individual", "name": "汪国进", "phone": "139\x0012345678"},
                    {"customer_type": "individual", "name": "汪国进", "id_number": "110105194912\x0031002X"},
                    {"customer_type": "company", "name": "\x00", "phone": "\x00", "id_number": "\x00"})],
                "get_customer": [lambda q=q: customers.get_customer(db, adv, q) for q in ("KH\x0000001", "\x00")],
                "login": [lambda a=a: auth.login(db, *a) for a in (("adv1\x00", PASSWORD), ("adv1", "secret\x00123"),
                                                                   ("\x00", "\x00"))],
            }
            fams: Counter[str] = Counter()
            raw_where: list[str] = []
            for name, fns in calls.items():
                for fn in fns:
                    try:
                        fn()
                        fams["ok"] += 1
                    except Exception as exc:  # noqa: BLE001 - classed
                        fam = family(exc)
                        fams[fam if fam != "product" else type(exc).__name__] += 1
                        if fam in ("raw", "other"):
                            raw_where.append(f"{name}: {type(exc).__module__}.{type(exc).__name__}")
        finally:
            db.close()
        trials = sum(len(v) for v in calls.values())
        result = f"**raw exceptions {fams.get('raw', 0)}**, other {fams.get('other', 0)}; outcomes: {tally(fams)}"
        if raw_where:
            result += f"; {raw_where[:4]}"
        self.add("NUL byte typed into every search / lookup / duplicate check / get_customer / login", dialect,
                 f"{trials} calls over {len(calls)} services", result, time.perf_counter() - t0)

    # -- run ------------------------------------------------------------------------------------------------------------
    def plan(self) -> list[tuple[str, Callable[[], None]]]:
        rows: list[tuple[str, Callable[[], None]]] = []
        for d in self.dialects:
            rows += [("c2c", lambda d=d: self.row_c2(d, "c2c")), ("c2d", lambda d=d: self.row_c2(d, "c2d")),
                     ("c2a", lambda d=d: self.row_c2(d, "c2a"))]
        for d in self.dialects:
            rows += [("p1", lambda d=d: self.row_versions(d, "p1")), ("o2", lambda d=d: self.row_versions(d, "o2"))]
        for d in self.dialects:
            rows += [(f"losers-{w}", lambda d=d, w=w: self.row_losers(d, w)) for w in ("vin", "plate", "attach", "attach2", "owner")]
        if "postgresql" in self.dialects:
            rows += [("outage", self.row_outage), ("save-stops", self.row_save_stops)]
        rows += [("save-kills", lambda d=d: self.row_save_kills(d)) for d in self.dialects]
        rows += [("import-big", lambda d=d: self.row_import_big(d)) for d in self.dialects]
        if "postgresql" in self.dialects:
            rows.append(("import-batch", lambda: self.row_import_batch("postgresql")))
        rows += [("encodings", lambda d=d: self.row_encodings(d)) for d in self.dialects]
        rows += [("formula", lambda d=d: self.row_formula(d)) for d in self.dialects]
        if "postgresql" in self.dialects:
            rows.append(("log", lambda: self.row_log_privacy("postgresql")))
        rows.append(("bad-url", self.row_bad_url))
        rows += [("nul", lambda d=d: self.row_nul(d)) for d in self.dialects]
        if self.args.only:
            wanted = {w.strip() for w in self.args.only.split(",")}
            rows = [(k, fn) for k, fn in rows if k in wanted or k.split("-")[0] in wanted]
        return rows

    def run(self) -> None:
        for key, fn in self.plan():
            t0 = time.perf_counter()
            try:
                fn()
            except Exception as exc:  # noqa: BLE001 - one row failing must not lose the others
                traceback.print_exc()
                self.add(f"{key} (harness error)", "—", "—", f"{type(exc).__name__}: {str(exc)[:200]}",
                         time.perf_counter() - t0)

    def close(self) -> None:
        self.pool.stop()
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.destroy()
        with contextlib.suppress(Exception):
            self.targets.drop_all()

    def table(self) -> str:
        out = ["| row | database | trials | result | s |", "|---|---|---|---|---:|"]
        for r in self.rows:
            out.append(f"| {r.label} | {r.database} | {r.trials} | {r.result.replace('|', '&#124;')} | {r.seconds:.0f} |")
        return "\n".join(out)


# -- outage helpers (a thread saves, this thread stops the server) ------------------------------------------------------
def retry_failed(run: Any, calls: list[Callable[[], Any]]) -> dict[int, BaseException]:
    """Retry each failed call (same request id) until the server answers; returns the calls that still fail."""
    from desktop.storage.errors import StorageError

    left: dict[int, BaseException] = {}
    for i in sorted(run.errors):
        for attempt in range(50):
            try:
                run.results[i] = calls[i]()
                break
            except StorageError as exc:
                if attempt == 49:
                    left[i] = exc
                time.sleep(0.2)
            except Exception as exc:  # noqa: BLE001 - counted
                left[i] = exc
                break
    return left


def _save_loop(url: str, login: str, items: list[tuple[str, str, str, str]], progress: Any) -> None:
    """A client process (killed by the parent): the customer record's Save, one record after another."""
    from desktop.services import customers
    from desktop.services.auth import actor_for
    from desktop.storage import Database

    db = Database.open(url)
    actor = actor_for(db, login)
    for code, rid, phone, address in items:
        customers.save_customer(db, actor, code, version=1, reason="客户换号", phone=phone, address=address,
                                request_id=rid)
        with progress.get_lock():
            progress.value += 1
    db.close()


# -- CSV helpers ----------------------------------------------------------------------------------------------------------
CUSTOMER_HEADER = "code,customer_type,category,status,name,phone,id_type,id_number,store_codes"
V_HEADER = "vin,origin,model,engine_no,color,interior,plate,plate_color,owner_code,repair_center_codes"
_CSV_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
_CSV_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚"


_GOOD: list[str] = []


def phone_of(i: int) -> str:
    return good(i).split(",")[5]


def good(i: int) -> str:
    """CSV line of the i-th good customer: a name and a mobile number the current validators accept."""
    from desktop.rules.errors import ValidationError
    from desktop.rules.names import validate_person_name
    from desktop.rules.phone import validate_phone

    rng = random.Random(len(_GOOD))
    while len(_GOOD) <= i:
        k = len(_GOOD)
        name = _CSV_SURNAMES[k % 20] + _CSV_GIVEN[(k // 20) % 20] + _CSV_GIVEN[(k // 400) % 20]
        tel = rng.choice(["139", "138", "137", "136", "135", "186", "188", "150"]) + f"{rng.randrange(10**8):08d}"
        try:
            validate_phone(tel)
            validate_person_name(name)
        except ValidationError:
            continue
        _GOOD.append(f"K{k:06d},individual,retained,enabled,{name},{tel},,,S01")
    return _GOOD[i]


def rejected_fields(report: Path) -> dict[int, str]:
    """``{line: field}`` of the rejected rows of an import report."""
    if not report.exists():
        return {}
    entries = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {e["line"]: str(e.get("field")) for e in entries if e.get("status") == "rejected"}


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@contextlib.contextmanager
def workdir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="bench_writes_hold_"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="every count divided by 10")
    ap.add_argument("--pg-url", default=os.environ.get("DESKTOP_TEST_PG_URL", DEFAULT_PG),
                    help="admin URL of the shared PostgreSQL server (throw-away databases are made there)")
    ap.add_argument("--skip-pg", action="store_true")
    ap.add_argument("--skip-sqlite", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated row keys: c2c c2d c2a p1 o2 losers outage "
                    "save-stops save-kills import-big import-batch encodings formula log bad-url nul")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    t0 = time.perf_counter()
    with workdir() as work:
        bench = Bench(args, work)
        try:
            bench.run()
        finally:
            bench.close()
    wall = time.perf_counter() - t0
    print()
    print(bench.table())
    print(f"\nwall time {wall:.0f} s ({'--quick' if args.quick else 'full counts'}; "
          f"databases: {', '.join(bench.dialects)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
