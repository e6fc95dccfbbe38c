"""Writes that hold: the same write made by several workstations at the same instant, for real.

Every race runs in separate OS processes (``spawn``: nothing is inherited but the arguments; started once per
module so that the imports are paid once), each opening its own ``Database.open(url)`` and building its own
actor (``auth.actor_for``) for the race, released together by a barrier, ten rounds each, on SQLite and on
PostgreSQL. Each process reports its outcome of every round through a queue as ``(type name, code)``; the
parent checks the outcomes and the rows (and prints, with ``-s``, how many writes met a unique violation and
ran again — on PostgreSQL the VIN and plate races do, which shows the transactions really overlapped):

- C2a / C2c / C2d: exactly one customer per round; every loser gets ``DuplicateFound`` naming the winner.
- M3: the same VIN created by hand by two stores: one vehicle, the loser gets ``VinExists``.
- P1 / O2: two workstations change the same car on the same version: one wins, the other gets ``StaleRecord``.
- P3: two cars given the same plate: one gets it, the other ``PlateTaken``.
- M3/S1: two advisors attach the same other-store car: one repair-center row, the other gets ``StaleRecord``.
- Request ids: the same request sent twice at once is applied once and both get its outcome.

No other exception type is accepted anywhere (no IntegrityError, no generic error, no SavedConcurrently).
"""

from __future__ import annotations

import logging
import multiprocessing
import queue as queue_mod
import random
import time
from collections import Counter as Tally
from collections import defaultdict
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models import (
    AuditEntry,
    Customer,
    CustomerChannel,
    OwnershipHistory,
    PlateHistory,
    RepairCenter,
    RequestLog,
    Vehicle,
    VehicleRepairCenter,
    WorkOrder,
)
from desktop.services import org
from tests.factories import PASSWORD, add_customer, add_vehicle, make_group, vin

BARRIER_TIMEOUT = 60  # a process that never reaches the barrier breaks it for all: a failure, not a hang
RESULT_TIMEOUT = 120
MAX_PROCS = 4


# -- the worker (runs in a spawned process: module-level, picklable arguments only) --------------------------
def _summary(result: Any) -> str:
    """The code that names a successful outcome: customer code, vehicle code, work-order number; for a plate
    outcome (P3 dialog) ``saved:<plate>`` or ``conflict:<VIN of the car that holds the plate>``."""
    if hasattr(result, "conflict") and hasattr(result, "detail"):
        if result.conflict is not None:
            return f"conflict:{result.conflict.holder.vin}"
        return f"saved:{result.detail.plate}"
    for attr in ("number", "code", "internal_code"):
        value = getattr(result, attr, None)
        if isinstance(value, str):
            return value
    return repr(result)[:200]


def _outcome(exc: BaseException) -> tuple[str, str]:
    from desktop.services.customers import DuplicateFound
    from desktop.services.vehicles import PlateTaken, VinExists

    name = type(exc).__name__
    if isinstance(exc, DuplicateFound):
        return name, ",".join(c.customer_code for c in exc.candidates) + ("|certain" if exc.certain else "|possible")
    if isinstance(exc, VinExists):
        return name, exc.vin
    if isinstance(exc, PlateTaken):
        return name, f"{exc.plate}@{exc.other.vin}"
    return name, f"{type(exc).__module__}: {exc}"[:500]


class _RetryCounter(logging.Handler):
    """Counts the decorator's "unique value taken, running the checks again": evidence that the race was real
    (the two transactions overlapped), reported with the outcomes."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "running the checks again" in str(record.msg):
            self.count += 1


def _serve(index: int, jobs: Any, barriers: dict[int, Any], results: Any) -> None:
    """A worker process (one workstation): imports once, then for every job opens the database, builds the actor
    and runs the job's writes, one per round, each released by the job's barrier."""
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
        try:
            db = Database.open(url)
            actor = actor_for(db, login)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which fails the test
            barrier.abort()
            results.put((job_id, -1, index, "setup:" + type(exc).__name__, str(exc)[:500], 0))
            continue
        try:
            for rnd, (action, args, kwargs) in enumerate(steps):
                try:
                    barrier.wait(BARRIER_TIMEOUT)
                except Exception as exc:  # noqa: BLE001 - broken barrier: another process failed
                    results.put((job_id, rnd, index, "barrier:" + type(exc).__name__, "", 0))
                    break
                retries.count = 0
                try:
                    result = WRITE_ACTIONS[action](db, actor, *args, **kwargs)
                except Exception as exc:  # noqa: BLE001 - every outcome is reported, the parent judges it
                    results.put((job_id, rnd, index, *_outcome(exc), retries.count))
                else:
                    results.put((job_id, rnd, index, "ok", _summary(result), retries.count))
        finally:
            db.close()


class Outcomes(dict[int, dict[int, tuple[str, str]]]):
    """``{round: {process: (type name, code)}}``, and how many writes met a unique violation and ran again
    (``retried``: the transactions really overlapped), printed with ``-s``."""

    retried: int = 0


Plan = list[tuple[str, list[tuple[str, tuple[Any, ...], dict[str, Any]]]]]


class Workstations:
    """MAX_PROCS spawned worker processes (nothing inherited but their arguments) and one barrier per number of
    processes a race uses. Started once per module: the imports are paid once, every race opens its own
    ``Database`` in every process."""

    def __init__(self) -> None:
        self.ctx = multiprocessing.get_context("spawn")
        self.procs: list[Any] = []
        self.job_id = 0

    def start(self) -> None:
        self.barriers = {k: self.ctx.Barrier(k) for k in range(2, MAX_PROCS + 1)}
        self.results = self.ctx.Queue()
        self.jobs = [self.ctx.Queue() for _ in range(MAX_PROCS)]
        self.procs = [self.ctx.Process(target=_serve, args=(i, self.jobs[i], self.barriers, self.results),
                                       daemon=True) for i in range(MAX_PROCS)]
        for p in self.procs:
            p.start()

    def stop(self) -> None:
        for q in getattr(self, "jobs", []):
            q.put(None)
        for p in self.procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
                p.join()
        self.procs = []

    def race(self, url: str, plans: Plan) -> Outcomes:
        """Run ``plans`` (one ``(login, steps)`` per process, the same number of steps each) in that many
        processes, behind one barrier per round."""
        if not self.procs or not all(p.is_alive() for p in self.procs):
            self.stop()
            self.start()
        rounds = len(plans[0][1])
        assert all(len(steps) == rounds for _, steps in plans) and 2 <= len(plans) <= MAX_PROCS
        self.job_id += 1
        for i, (login, steps) in enumerate(plans):
            self.jobs[i].put((self.job_id, url, login, steps, len(plans)))
        got: dict[int, dict[int, tuple[str, str]]] = defaultdict(dict)
        retried = 0
        problems: list[tuple[Any, ...]] = []
        deadline = time.monotonic() + RESULT_TIMEOUT
        expected = rounds * len(plans)
        received = 0
        while received < expected and time.monotonic() < deadline:
            try:
                job, rnd, index, kind, code, retries = self.results.get(timeout=2)
            except queue_mod.Empty:
                if not all(p.is_alive() for p in self.procs[:len(plans)]):
                    break
                continue
            if job != self.job_id:
                continue  # left over from an earlier race that failed
            received += 1
            if rnd < 0 or kind.startswith("barrier:"):
                problems.append((rnd, index, kind, code))
                if rnd < 0:
                    expected -= rounds  # that process runs no round
                else:
                    expected -= rounds - rnd - 1  # nor the rounds after the broken one
                continue
            got[rnd][index] = (kind, code)
            retried += retries
        missing = [(r, i) for r in range(rounds) for i in range(len(plans)) if i not in got.get(r, {})]
        if problems or missing:
            self.stop()  # a clean pool for the next race
        assert not problems, f"a process failed outside the writes: {problems}"
        assert not missing, f"no outcome for (round, process) {missing[:10]}"
        out = Outcomes(got)
        out.retried = retried
        kinds = Tally(k for per in out.values() for k, _ in per.values())
        print(f"\n{rounds} rounds x {len(plans)} processes: {dict(kinds)}, {retried} retried after a unique violation")
        return out


_WORKSTATIONS = Workstations()


@pytest.fixture(scope="module", autouse=True)
def _workstations() -> Any:
    yield _WORKSTATIONS
    _WORKSTATIONS.stop()


def race(url: str, plans: Plan) -> Outcomes:
    return _WORKSTATIONS.race(url, plans)


def step(action: str, *args: Any, **kwargs: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    return action, args, kwargs


# -- test data ------------------------------------------------------------------------------------------------
_SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨"
_FIRST = "志国建明文海春永德玉秀桂俊新"
_SECOND = "强华军平杰涛波辉刚鹏飞斌超宇"
_DISTRICTS = ["天河", "越秀", "海珠", "荔湾", "白云", "黄埔", "番禺", "花都", "南沙", "增城", "从化"]
_BRANDS = ["鑫达", "宏图", "恒通", "顺发", "永安", "金桥", "华盛", "博远", "卓越", "嘉禾", "瑞丰"]


def person(rnd: int, proc: int = 0) -> str:
    """Names that differ from each other in at least two characters (never a homophone or one-character-off
    pair, which the duplicate check would report as possible duplicates across rounds)."""
    return _SURNAMES[proc] + _FIRST[rnd] + _SECOND[(rnd + proc) % len(_SECOND)]


def company(rnd: int) -> str:
    return f"广州市{_DISTRICTS[rnd]}区{_BRANDS[rnd]}汽车服务有限公司"


def phones(n: int, seed: int) -> list[str]:
    """``n`` valid mobile numbers, pairwise at least four digits apart (no one-typo matches between them)."""
    from desktop.rules.errors import ValidationError
    from desktop.rules.phone import validate_phone

    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        candidate = rng.choice(["138", "139", "135", "136", "137", "150", "186", "188"]) + "".join(
            rng.choice("0123456789") for _ in range(8))
        try:
            validate_phone(candidate)
        except ValidationError:
            continue
        if all(sum(a != b for a, b in zip(candidate, other, strict=True)) >= 4 for other in out):
            out.append(candidate)
    return out


def resident_id(rnd: int) -> str:
    """A valid resident ID (GB 11643 check digit), a different birth date and sequence for every round."""
    from stdnum.cn.ric import calc_check_digit

    from desktop.rules.identity import validate_resident_id

    body = f"440106{1970 + rnd * 2}{(rnd % 12) + 1:02d}{10 + rnd:02d}{(137 * (rnd + 1)) % 1000:03d}"
    return validate_resident_id(body + calc_check_digit(body + "0"))


def far_vin(rnd: int) -> str:
    """VINs at least three characters apart (a VIN one or two characters off another is a suspected typo, V8)."""
    return vin(111111 * (rnd + 1) % 1000000, prefix=["LSVAG2180", "LFV2A2150", "LHGCM8260", "LGBH52E00",
                                                    "LVSHCAMB1", "WDDGF4HB9"][rnd % 6])


def plate(rnd: int, proc: int) -> str:
    letters = "ABCDEFGHJK"
    return f"粤A{letters[rnd]}{proc}{rnd}{letters[proc]}{(rnd * 7 + proc) % 10}"


def count(db: Any, model: Any, *where: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def only(kinds: list[str], allowed: set[str]) -> None:
    assert set(kinds) <= allowed, f"unexpected outcomes {Tally(kinds)}"


@pytest.fixture
def group(db):
    actors = make_group(db)
    org.add_user(db, "adv1b", "adv1b", "S01", ["service_advisor"], PASSWORD)  # a second workstation of S01
    return actors


# -- C2: one customer, whoever is first --------------------------------------------------------------------
CUSTOMER_ROUNDS = 10
CUSTOMER_PROCS = 4


def _one_customer_per_round(db, outcomes, name_of) -> list[str]:
    winners = []
    for rnd in range(CUSTOMER_ROUNDS):
        per = outcomes[rnd]
        kinds = [k for k, _ in per.values()]
        only(kinds, {"ok", "DuplicateFound"})
        assert kinds.count("ok") == 1, f"round {rnd}: {per}"
        winner = next(code for k, code in per.values() if k == "ok")
        for k, code in per.values():
            if k == "DuplicateFound":
                assert code == f"{winner}|certain", f"round {rnd}: the loser must be pointed at {winner}: {per}"
        if name_of(rnd) is not None:
            assert count(db, Customer, Customer.name == name_of(rnd)) == 1
        winners.append(winner)
    assert len(set(winners)) == CUSTOMER_ROUNDS
    assert count(db, Customer) == CUSTOMER_ROUNDS
    assert count(db, CustomerChannel) == CUSTOMER_ROUNDS  # no half-written customer
    assert count(db, AuditEntry, AuditEntry.action == "customer.create") == CUSTOMER_ROUNDS
    return winners


def test_c2c_same_company_name_at_the_same_instant_makes_one_customer(db_url, db, group):
    tels = phones(CUSTOMER_ROUNDS * CUSTOMER_PROCS, seed=3)
    plans = [("adv1" if p % 2 == 0 else "adv2", [
        step("customer.create", customer_type="company", name=company(r), phone=tels[r * CUSTOMER_PROCS + p])
        for r in range(CUSTOMER_ROUNDS)]) for p in range(CUSTOMER_PROCS)]
    outcomes = race(db_url, plans)
    _one_customer_per_round(db, outcomes, company)


def test_c2d_same_resident_id_at_the_same_instant_makes_one_customer(db_url, db, group):
    tels = phones(CUSTOMER_ROUNDS * CUSTOMER_PROCS, seed=4)
    plans = [("adv1" if p % 2 == 0 else "adv2", [
        step("customer.create", customer_type="individual", name=person(r, p), phone=tels[r * CUSTOMER_PROCS + p],
             id_type="resident_id", id_number=resident_id(r))
        for r in range(CUSTOMER_ROUNDS)]) for p in range(CUSTOMER_PROCS)]
    outcomes = race(db_url, plans)
    _one_customer_per_round(db, outcomes, lambda _r: None)
    for r in range(CUSTOMER_ROUNDS):
        assert count(db, Customer, Customer.id_number == resident_id(r)) == 1


def test_c2a_same_name_and_phone_at_the_same_instant_makes_one_customer(db_url, db, group):
    tels = phones(CUSTOMER_ROUNDS, seed=5)
    plans = [("adv1" if p % 2 == 0 else "adv2", [
        step("customer.create", customer_type="individual", name=person(r), phone=tels[r])
        for r in range(CUSTOMER_ROUNDS)]) for p in range(CUSTOMER_PROCS)]
    outcomes = race(db_url, plans)
    _one_customer_per_round(db, outcomes, person)


# -- M3: one vehicle per VIN --------------------------------------------------------------------------------
VEHICLE_ROUNDS = 10


def test_m3_same_vin_created_by_hand_by_two_stores_makes_one_vehicle(db_url, db, group):
    plans = [(login, [step("vehicle.create_manual", model="大众 朗逸 1.5L", vin=far_vin(r))
                      for r in range(VEHICLE_ROUNDS)]) for login in ("adv1", "adv2")]
    outcomes = race(db_url, plans)
    for r in range(VEHICLE_ROUNDS):
        kinds = [k for k, _ in outcomes[r].values()]
        only(kinds, {"ok", "VinExists"})
        assert Tally(kinds) == Tally({"ok": 1, "VinExists": 1}), f"round {r}: {outcomes[r]}"
        assert [c for k, c in outcomes[r].values() if k == "VinExists"] == [far_vin(r)]
        assert count(db, Vehicle, Vehicle.vin == far_vin(r)) == 1
    assert count(db, Vehicle) == VEHICLE_ROUNDS
    assert count(db, VehicleRepairCenter) == VEHICLE_ROUNDS  # the loser's repair center was not added either


# -- P1 / O2: one write per version -------------------------------------------------------------------------
def test_p1_two_workstations_set_the_plate_of_one_car_on_the_same_version_one_wins(db_url, db, group):
    cars = [add_vehicle(db, far_vin(r)) for r in range(VEHICLE_ROUNDS)]
    with db.read() as s:
        versions = [s.get(Vehicle, c).version for c in cars]
    plans = [(login, [step("vehicle.set_plate", cars[r], plate(r, p), version=versions[r])
                      for r in range(VEHICLE_ROUNDS)]) for p, login in enumerate(("adv1", "adv1b"))]
    outcomes = race(db_url, plans)
    overwritten = 0
    for r in range(VEHICLE_ROUNDS):
        per = outcomes[r]
        kinds = [k for k, _ in per.values()]
        only(kinds, {"ok", "StaleRecord"})
        assert Tally(kinds) == Tally({"ok": 1, "StaleRecord": 1}), f"round {r}: {per}"
        winner = next(p for p, (k, _) in per.items() if k == "ok")
        with db.read() as s:
            v = s.get(Vehicle, cars[r])
            overwritten += v.plate != plate(r, winner)
            assert v.version == versions[r] + 1
        assert count(db, PlateHistory, PlateHistory.vehicle_id == cars[r]) == 1
    assert overwritten == 0


def test_o2_two_workstations_set_the_owner_of_one_car_on_the_same_version_one_wins(db_url, db, group):
    tels = phones(VEHICLE_ROUNDS * 2, seed=7)
    cars = [add_vehicle(db, far_vin(r)) for r in range(VEHICLE_ROUNDS)]
    owners = [[f"OW{r}{p}" for p in range(2)] for r in range(VEHICLE_ROUNDS)]
    for r in range(VEHICLE_ROUNDS):
        for p in range(2):
            add_customer(db, owners[r][p], person(r, p), tels[r * 2 + p])
    with db.read() as s:
        versions = [s.get(Vehicle, c).version for c in cars]
    plans = [(login, [step("vehicle.set_owner", cars[r], owners[r][p], "换车主", version=versions[r])
                      for r in range(VEHICLE_ROUNDS)]) for p, login in enumerate(("adv1", "adv1b"))]
    outcomes = race(db_url, plans)
    overwritten = 0
    for r in range(VEHICLE_ROUNDS):
        per = outcomes[r]
        kinds = [k for k, _ in per.values()]
        only(kinds, {"ok", "StaleRecord"})
        assert Tally(kinds) == Tally({"ok": 1, "StaleRecord": 1}), f"round {r}: {per}"
        winner = next(p for p, (k, _) in per.items() if k == "ok")
        with db.read() as s:
            v = s.get(Vehicle, cars[r])
            overwritten += v.owner.code != owners[r][winner]
        assert count(db, OwnershipHistory, OwnershipHistory.vehicle_id == cars[r]) == 1
    assert overwritten == 0


# -- P3: one car per plate -----------------------------------------------------------------------------------
def test_p3_two_cars_given_the_same_plate_at_once_one_gets_it_the_other_plate_taken(db_url, db, group):
    cars = [[add_vehicle(db, far_vin(r)), add_vehicle(db, vin(10000 + r * 1111, prefix="LFV3B2FB0"))]
            for r in range(VEHICLE_ROUNDS)]
    plans = [(login, [step("vehicle.set_plate", cars[r][p], plate(r, 0), version=1)
                      for r in range(VEHICLE_ROUNDS)]) for p, login in enumerate(("adv1", "adv1b"))]
    outcomes = race(db_url, plans)
    for r in range(VEHICLE_ROUNDS):
        per = outcomes[r]
        kinds = [k for k, _ in per.values()]
        only(kinds, {"ok", "PlateTaken"})
        assert Tally(kinds) == Tally({"ok": 1, "PlateTaken": 1}), f"round {r}: {per}"
        winner = next(p for p, (k, _) in per.items() if k == "ok")
        with db.read() as s:
            holder = s.get(Vehicle, cars[r][winner])
            loser = s.get(Vehicle, cars[r][1 - winner])
            assert holder.plate == plate(r, 0) and loser.plate is None
            assert [c for k, c in per.values() if k == "PlateTaken"] == [f"{plate(r, 0)}@{holder.vin}"]
    assert count(db, PlateHistory) == VEHICLE_ROUNDS


def test_p3_two_cars_given_the_same_plate_at_once_through_the_plate_dialog_one_saves_one_gets_the_conflict(
        db_url, db, group):
    """set_plate_or_conflict (the intake's plate field): the loser gets the P3 dialog's data (the holder and its
    own car), not an error; nothing is saved for it."""
    cars = [[add_vehicle(db, far_vin(r)), add_vehicle(db, vin(10000 + r * 1111, prefix="LFV3B2FB0"))]
            for r in range(VEHICLE_ROUNDS)]
    plans = [(login, [step("vehicle.set_plate_or_conflict", cars[r][p], plate(r, 0), version=1)
                      for r in range(VEHICLE_ROUNDS)]) for p, login in enumerate(("adv1", "adv1b"))]
    outcomes = race(db_url, plans)
    for r in range(VEHICLE_ROUNDS):
        per = outcomes[r]
        assert {k for k, _ in per.values()} == {"ok"}, f"round {r}: {per}"
        codes = sorted(c for _, c in per.values())
        winner = next(p for p, (_, c) in per.items() if c.startswith("saved:"))
        with db.read() as s:
            holder = s.get(Vehicle, cars[r][winner])
            loser = s.get(Vehicle, cars[r][1 - winner])
            assert holder.plate == plate(r, 0) and loser.plate is None and loser.version == 1
            assert codes == [f"conflict:{holder.vin}", f"saved:{plate(r, 0)}"], f"round {r}: {per}"
    assert count(db, PlateHistory) == VEHICLE_ROUNDS


# -- M3/S1: one repair-center row per center -----------------------------------------------------------------
def test_m3_two_advisors_attach_the_same_other_store_car_one_row(db_url, db, group):
    tels = phones(VEHICLE_ROUNDS, seed=9)
    cars = []
    for r in range(VEHICLE_ROUNDS):
        add_customer(db, f"S2C{r}", person(r, 3), tels[r], stores=("S02",))
        cars.append(add_vehicle(db, far_vin(r), centers=("R02",), owner=f"S2C{r}"))
    plans = [(login, [step("vehicle.attach_store", cars[r], version=1) for r in range(VEHICLE_ROUNDS)])
             for login in ("adv1", "adv1b")]
    outcomes = race(db_url, plans)
    with db.read() as s:
        r01 = s.scalar(select(RepairCenter.id).where(RepairCenter.code == "R01"))
    for r in range(VEHICLE_ROUNDS):
        kinds = [k for k, _ in outcomes[r].values()]
        only(kinds, {"ok", "StaleRecord"})
        assert Tally(kinds) == Tally({"ok": 1, "StaleRecord": 1}), f"round {r}: {outcomes[r]}"
        assert count(db, VehicleRepairCenter, VehicleRepairCenter.vehicle_id == cars[r],
                     VehicleRepairCenter.repair_center_id == r01) == 1
        assert count(db, VehicleRepairCenter, VehicleRepairCenter.vehicle_id == cars[r]) == 2
        with db.read() as s:
            owner_id = s.get(Vehicle, cars[r]).owner_id
        assert count(db, CustomerChannel, CustomerChannel.customer_id == owner_id) == 2
    assert count(db, AuditEntry, AuditEntry.action == "vehicle.repair_center_add") == VEHICLE_ROUNDS


def test_m3_two_advisors_attach_two_cars_of_the_same_other_store_owner_both_attach(db_url, db, group):
    """Two cars, one S02 owner: both advisors attach their car at the same instant. Each car is attached and
    the owner gets S01's channel once — the second does not fail on the owner's version the first bumped
    (the customer is locked before its channels are read)."""
    tels = phones(VEHICLE_ROUNDS, seed=13)
    pairs = []
    for r in range(VEHICLE_ROUNDS):
        add_customer(db, f"S2D{r}", person(r, 2), tels[r], stores=("S02",))
        pairs.append((add_vehicle(db, far_vin(100 + r), centers=("R02",), owner=f"S2D{r}"),
                      add_vehicle(db, far_vin(200 + r), centers=("R02",), owner=f"S2D{r}")))
    plans = [(login, [step("vehicle.attach_store", pairs[r][i], version=1) for r in range(VEHICLE_ROUNDS)])
             for i, login in enumerate(("adv1", "adv1b"))]
    outcomes = race(db_url, plans)
    for r in range(VEHICLE_ROUNDS):
        kinds = [k for k, _ in outcomes[r].values()]
        assert kinds == ["ok", "ok"], f"round {r}: {outcomes[r]}"
        with db.read() as s:
            owner_id = s.get(Vehicle, pairs[r][0]).owner_id
        assert count(db, CustomerChannel, CustomerChannel.customer_id == owner_id) == 2


# -- request ids: the same request twice at once is applied once ---------------------------------------------
REQUEST_ROUNDS = 10


def test_w5_same_request_id_sent_by_three_processes_at_once_opens_one_work_order(db_url, db, group):
    tels = phones(1, seed=11)
    add_customer(db, "OWNER", "汪国进", tels[0])
    car = add_vehicle(db, far_vin(0), owner="OWNER")
    plans = [("adv1", [step("work_order.create", car, request_id=f"wo-race-{r}", deliverer_name="汪国进",
                            deliverer_phone=tels[0], mileage=1000 + r, vin_confirmation=far_vin(0)[-6:])
                       for r in range(REQUEST_ROUNDS)]) for _ in range(3)]
    outcomes = race(db_url, plans)
    numbers = []
    for r in range(REQUEST_ROUNDS):
        per = outcomes[r]
        assert {k for k, _ in per.values()} == {"ok"}, f"round {r}: {per}"
        codes = {c for _, c in per.values()}
        assert len(codes) == 1, f"round {r}: every sender gets the same work order: {per}"
        numbers.append(codes.pop())
        assert count(db, WorkOrder, WorkOrder.mileage == 1000 + r) == 1
    assert len(set(numbers)) == REQUEST_ROUNDS
    assert count(db, WorkOrder) == REQUEST_ROUNDS
    assert count(db, AuditEntry, AuditEntry.action == "work_order.create") == REQUEST_ROUNDS
    assert count(db, RequestLog) == REQUEST_ROUNDS


def test_w5_work_orders_opened_at_the_same_instant_by_four_advisors_get_distinct_numbers(db_url, db, group):
    """The first work orders of the day race to create the day's number counter (round 0), then to take the
    next number: every work order is opened, no number twice."""
    tels = phones(1, seed=13)
    add_customer(db, "OWNER", "汪国进", tels[0])
    car = add_vehicle(db, far_vin(0), owner="OWNER")
    plans = [("adv1" if p % 2 == 0 else "adv1b", [
        step("work_order.create", car, deliverer_name="汪国进", deliverer_phone=tels[0], mileage=100 * r + p,
             vin_confirmation=far_vin(0)[-6:])
        for r in range(REQUEST_ROUNDS)]) for p in range(CUSTOMER_PROCS)]
    outcomes = race(db_url, plans)
    numbers = [c for per in outcomes.values() for k, c in per.values() if k == "ok"]
    kinds = [k for per in outcomes.values() for k, _ in per.values()]
    assert Tally(kinds) == Tally({"ok": REQUEST_ROUNDS * CUSTOMER_PROCS}), outcomes
    assert len(set(numbers)) == len(numbers) == REQUEST_ROUNDS * CUSTOMER_PROCS
    assert count(db, WorkOrder) == REQUEST_ROUNDS * CUSTOMER_PROCS


def test_c2_same_request_id_sent_by_three_processes_at_once_creates_one_customer(db_url, db, group):
    tels = phones(REQUEST_ROUNDS, seed=12)
    plans = [("adv1", [step("customer.create", request_id=f"cust-race-{r}", customer_type="individual",
                            name=person(r), phone=tels[r]) for r in range(REQUEST_ROUNDS)]) for _ in range(3)]
    outcomes = race(db_url, plans)
    for r in range(REQUEST_ROUNDS):
        per = outcomes[r]
        assert {k for k, _ in per.values()} == {"ok"}, f"round {r}: the repeat is not a duplicate: {per}"
        assert len({c for _, c in per.values()}) == 1, f"round {r}: {per}"
        assert count(db, Customer, Customer.name == person(r)) == 1
    assert count(db, Customer) == REQUEST_ROUNDS
    assert count(db, CustomerChannel) == REQUEST_ROUNDS
    assert count(db, RequestLog) == REQUEST_ROUNDS
