"""500 workstations against one reception-desk server (issue #13 item 6): a bounded asyncio harness, one
keep-alive HTTP connection per simulated workstation, all on this machine with the server and PostgreSQL.

    python bench/load_remote.py                          # 500 workstations, 120 s steady, burst, ramp to the knee
    python bench/load_remote.py --quick                  # 100 workstations, 30 s steady, short ramp steps
    python bench/load_remote.py --workers 1 --threads 16 # other server shapes
    python bench/load_remote.py --client raw --login db  # a cheaper client; sessions minted, no argon2 logins
    python bench/load_remote.py --no-server --url http://127.0.0.1:8080 --db-url postgresql+psycopg://...
                                                         # a running server / balancer (scale_out.py does this)

Phases (each reported on its own):
1. login: every workstation logs in over HTTP (``POST /api/v1/login``, argon2 on the server), at most
   ``--login-concurrency`` at once; the demo's three service advisors adv1-3 (one per store), each with many
   sessions (``--rows N``: bench_lookup.py's user ``bench``). ``--login db`` mints the sessions straight into
   ``user_sessions`` instead (what tests/remote.py does), to save the ~0.1-0.3 s of CPU per login.
   Then a warm-up, not in the figures: one create_customer, then one action per workstation (the first calls
   of a server process are slow: lazy imports, pydantic adapters, the demo's numbering counter).
2. steady: each workstation, every 5-20 s (uniform), one action of a realistic intake mix (below), for
   ``--duration`` s. Half-way, the burst: every workstation presses Enter (``lookup_vin``, a car on file) at a
   random instant within one second, on top of the steady traffic.
3. ramp (the knee): think time exponential with mean workstations / rate, the offered rate multiplied by
   ``--ramp-factor`` each ``--step`` seconds, until a step's p95 passes 100 ms (or ``--max-rate``).

The mix, per action: VIN lookup 40% (of which 60% a car on file, 30% a VIN not on file, 10% a one-character
slip: the typo check), plate lookup 5%, customer search 15%, duplicate check 10%, open a vehicle 10%, open a
customer 8%, work-order save 10% (Idempotency-Key; 5% of saves are sent twice with the same key, as a client
retry would, and must return the same work order), customer create 2% (through the duplicate check). Errors:
any status other than 200, a transport error or timeout, a retry answered differently; the only expected
non-200 is 409 on a customer create (the duplicate check finding a possible duplicate of a random draft).

Measured too: CPU of this load generator (getrusage; its event loop's lag, sampled every 50 ms, tells whether
it kept up), of the server processes and of PostgreSQL's processes (/proc), and of the whole machine.
Markdown on stdout, JSON in bench/out/load_<workstations>ws_<workers>w_<client>.json (load_<n>ws_scale_out_<client>.json
with --no-server), the server's log next to it. With --workers > 1 the server logs nothing (bench/README.md, findings),
so the server-side times are there with --workers 1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import os
import random
import resource
import secrets
import socket
import sys
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent))

import remote_util as ru  # noqa: E402
from bench_lookup import fresh_vin, slipped  # noqa: E402

P95_KNEE_MS = 100.0
TIMEOUT = 30.0
MIX = [  # (kind, weight)
    ("lookup_vin", 40), ("lookup_plate", 5), ("search_customers", 15), ("find_duplicates", 10),
    ("get_vehicle", 10), ("get_customer", 8), ("create_work_order", 10), ("create_customer", 2),
]


# -- HTTP clients: one connection per workstation ---------------------------------------------------------------
class HttpxConn:
    """httpx.AsyncClient with one kept-alive connection (what RemoteBackend does, asynchronously)."""

    def __init__(self, base: str) -> None:
        import httpx

        transport = httpx.AsyncHTTPTransport(
            verify=False, retries=0, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1,
                                keepalive_expiry=60))  # as RemoteBackend: under the server's 75 s
        self.client = httpx.AsyncClient(base_url=base, transport=transport, timeout=TIMEOUT)

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        r = await self.client.post(path, content=body, headers={"Content-Type": "application/json", **headers})
        return r.status_code, r.content

    async def reset(self) -> None:
        """After a failure: httpx drops a broken connection itself."""

    async def close(self) -> None:
        await self.client.aclose()


class RawConn:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams: the request in one write, Content-Length or
    chunked answers. ~10x cheaper than httpx per request: shows whether the generator limits the knee."""

    def __init__(self, base: str) -> None:
        hostport = base.split("://", 1)[1].rstrip("/")
        self.host, _, port = hostport.partition(":")
        self.port = int(port or 80)
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        for attempt in (0, 1):
            fresh = self.writer is None
            if fresh:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            assert self.reader is not None and self.writer is not None
            head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            self.writer.write((f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                               f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n{head}\r\n")
                              .encode("latin-1") + body)
            try:
                return await self._answer()
            except (asyncio.IncompleteReadError, ConnectionError):
                await self.close()
                if fresh or attempt:  # a kept-alive connection the server closed meanwhile: once more
                    raise
        raise AssertionError("unreachable")

    async def reset(self) -> None:
        await self.close()

    async def _answer(self) -> tuple[int, bytes]:
        assert self.reader is not None
        status_line = await self.reader.readuntil(b"\r\n")
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split(b" ", 2)[1])
        length, chunked, close = None, False, False
        while True:
            line = await self.reader.readuntil(b"\r\n")
            if line == b"\r\n":
                break
            name, _, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value:
                chunked = True
            elif name == "connection" and value == "close":
                close = True
        if chunked:
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                data = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                parts.append(data[:-2])
            content = b"".join(parts)
        else:
            content = await self.reader.readexactly(length or 0)
        if close:
            await self.close()
        return status, content

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None
            self.reader = None


# -- what is recorded -------------------------------------------------------------------------------------------
@dataclass
class Sample:
    kind: str
    phase: str
    start: float  # monotonic
    latency: float  # s
    status: int  # 0: transport error / timeout
    error: str | None  # None: fine (200, or an expected 409)


@dataclass
class Control:
    phase: str = "idle"
    think_mean: float = 12.5
    steady: bool = True  # uniform 5-20 s; else exponential with think_mean
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    stop: bool = False
    samples: list[Sample] = field(default_factory=list)

    def switch(self, phase: str, *, steady: bool, think_mean: float) -> None:
        self.phase, self.steady, self.think_mean = phase, steady, think_mean
        old, self.changed = self.changed, asyncio.Event()
        old.set()  # sleeping workstations re-draw their wait for the new rate

    def think(self, rng: random.Random) -> float:
        return rng.uniform(5, 20) if self.steady else rng.expovariate(1 / self.think_mean)


@dataclass
class StoreData:
    cars: list[dict[str, Any]]
    not_found: list[str]
    typos: list[str]


class Station:
    """One workstation: its session, its connection, one action at a time (the UI's worker)."""

    def __init__(self, idx: int, conn: Any, login: str, data: StoreData, seed: int) -> None:
        from desktop.services import api

        self.idx = idx
        self.conn = conn
        self.login = login
        self.data = data
        self.rng = random.Random(seed)
        self.token = ""
        self.lock = asyncio.Lock()
        self.base_headers = {"X-Desk-Api": str(api.API_VERSION)}

    def car(self) -> dict[str, Any]:
        return self.rng.choice(self.data.cars)

    async def post(self, ctl: Control, kind: str, path: str, body: dict[str, Any], idem: str | None = None,
                   expect: tuple[int, ...] = (200,), since: float | None = None) -> tuple[int, bytes]:
        headers = dict(self.base_headers, Authorization=f"Bearer {self.token}")
        if idem:
            headers["Idempotency-Key"] = idem
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        phase = ctl.phase
        async with self.lock:
            t = time.monotonic() if since is None else since
            try:
                status, content = await asyncio.wait_for(self.conn.post(path, data, headers), TIMEOUT)
                error = None if status in expect else f"HTTP {status}"
            except Exception as exc:  # noqa: BLE001 - every failure is counted, by type
                status, content, error = 0, b"", type(exc).__name__
                await self.conn.reset()
            latency = time.monotonic() - t
        ctl.samples.append(Sample(kind, phase, t, latency, status, error))
        return status, content

    async def action(self, ctl: Control) -> None:
        rng = self.rng
        kind = rng.choices([k for k, _ in MIX], weights=[w for _, w in MIX])[0]
        d = self.data
        if kind == "lookup_vin":
            roll = rng.random()
            if roll < 0.6:
                await self.post(ctl, "lookup_vin found", "/api/v1/intake/lookup_vin", {"vin": self.car()["vin"]})
            elif roll < 0.9:
                await self.post(ctl, "lookup_vin not found", "/api/v1/intake/lookup_vin",
                                {"vin": rng.choice(d.not_found)})
            else:
                await self.post(ctl, "lookup_vin typo", "/api/v1/intake/lookup_vin", {"vin": rng.choice(d.typos)})
        elif kind == "lookup_plate":
            await self.post(ctl, kind, "/api/v1/intake/lookup_plate", {"plate": self.car()["plate"]})
        elif kind == "search_customers":
            c = self.car()
            text = c["name"] if rng.random() < 0.7 else c["phone"][-4:]
            await self.post(ctl, kind, "/api/v1/search/search_customers", {"text": text})
        elif kind == "find_duplicates":
            c = self.car()
            await self.post(ctl, kind, "/api/v1/dedupe/find_duplicates", {"draft": {
                "customer_type": "individual", "name": c["name"], "phone": ru.alter_phone(c["phone"])}})
        elif kind == "get_vehicle":
            await self.post(ctl, kind, "/api/v1/vehicles/get_vehicle", {"vehicle_id": self.car()["id"]})
        elif kind == "get_customer":
            await self.post(ctl, kind, "/api/v1/customers/get_customer", {"code": self.car()["code"]})
        elif kind == "create_work_order":
            c = self.car()
            body = {"vehicle_id": c["id"], "deliverer_name": c["name"], "deliverer_phone": c["phone"],
                    "vin_confirmation": c["vin"][-6:], "mileage": rng.randrange(1000, 200000),
                    "complaint": "保养"}
            key = uuid.uuid4().hex
            status, first = await self.post(ctl, kind, "/api/v1/work_orders/create_work_order", body, idem=key)
            if status == 200 and rng.random() < 0.05:  # the client retries the same save: same outcome
                status2, again = await self.post(ctl, "create_work_order retry", "/api/v1/work_orders/"
                                                 "create_work_order", body, idem=key)
                if status2 == 200 and json.loads(again).get("number") != json.loads(first).get("number"):
                    ctl.samples[-1].error = "retry answered another work order"
        elif kind == "create_customer":
            await self.post(ctl, kind, "/api/v1/customers/create_customer", ru.new_customer_draft(rng),
                            idem=uuid.uuid4().hex, expect=(200, 409))

    async def run(self, ctl: Control) -> None:
        while not ctl.stop:
            changed = ctl.changed
            wait = self.first_wait(ctl)
            while not ctl.stop and not changed.is_set():
                try:
                    await asyncio.wait_for(changed.wait(), wait)
                    break
                except TimeoutError:
                    pass
                if ctl.stop:
                    return
                await self.action(ctl)
                wait = ctl.think(self.rng)

    def first_wait(self, ctl: Control) -> float:
        """The wait before a phase's first action: the residual of the think-time renewal process, so that the
        offered rate is right from the phase's first second (no synchronised start, no slow start)."""
        rng = self.rng
        if not ctl.steady:
            return rng.expovariate(1 / ctl.think_mean)  # memoryless
        if rng.random() < 0.4:  # uniform(5, 20) think time: residual density 1/12.5 on [0, 5], then linear to 0
            return rng.uniform(0, 5)
        return 20 - 15 * math.sqrt(1 - rng.random())

    async def burst(self, ctl: Control, at: float) -> None:
        press = at + self.rng.random()
        await asyncio.sleep(max(0.0, press - time.monotonic()))
        # latency from the key press: includes waiting for this workstation's own action in flight, if any
        await self.post(ctl, "burst lookup_vin", "/api/v1/intake/lookup_vin", {"vin": self.car()["vin"]},
                        since=press)


# -- logins -----------------------------------------------------------------------------------------------------
async def login_all(stations: list[Station], password_of: dict[str, str], concurrency: int) -> list[float]:
    sem = asyncio.Semaphore(concurrency)
    times: list[float] = []

    async def one(st: Station) -> None:
        async with sem:
            t = time.monotonic()
            for attempt in range(5):
                status, content = await st.conn.post("/api/v1/login", json.dumps(
                    {"login": st.login, "password": password_of[st.login]}).encode(), st.base_headers)
                if status == 200:
                    st.token = json.loads(content)["token"]
                    times.append(time.monotonic() - t)
                    return
                if status == 429 and attempt < 4:
                    await asyncio.sleep(1 + attempt)
                    continue
                raise RuntimeError(f"login of {st.login} answered {status}: {content[:300]!r}")

    await asyncio.gather(*(one(st) for st in stations))
    return times


def mint_sessions(url: str, stations: list[Station]) -> None:
    """--login db: sessions written straight into user_sessions (the server only ever sees the token)."""
    from sqlalchemy import select

    from desktop.models import User, UserSession, utcnow
    from desktop.services import sessions
    from desktop.storage import Database

    db = Database.open(url, upgrade=False)
    try:
        with db.transaction() as s:
            ids = {u.login: u.id for u in s.scalars(select(User))}
            for st in stations:
                st.token = secrets.token_urlsafe(32)
                s.add(UserSession(token_hash=sessions.token_hash(st.token), user_id=ids[st.login],
                                  created_at=utcnow(), last_seen_at=utcnow(), client_address="127.0.0.1"))
    finally:
        db.close()


# -- measuring the machine --------------------------------------------------------------------------------------
class CpuMeter:
    def __init__(self, server_pids: list[int], extra_pids: list[int]) -> None:
        self.server_pids = server_pids
        self.extra_pids = extra_pids

    def read(self) -> dict[str, float]:
        ru_self = resource.getrusage(resource.RUSAGE_SELF)
        busy, total = ru.machine_cpu()
        servers = [p for pid in self.server_pids for p in ru.process_tree(pid)]
        return {
            "t": time.monotonic(), "gen": ru_self.ru_utime + ru_self.ru_stime,
            "server": ru.cpu_seconds(servers) if servers else math.nan,
            "extra": ru.cpu_seconds([p for pid in self.extra_pids for p in ru.process_tree(pid)]),
            "pg": ru.cpu_seconds(ru.postgres_pids()), "busy": busy, "total": total,
        }

    @staticmethod
    def delta(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
        wall = b["t"] - a["t"]
        return {
            "wall_s": round(wall, 1),
            "generator_cpu_pct_of_one_core": round(100 * (b["gen"] - a["gen"]) / wall, 1),
            "server_cpu_pct_of_one_core": round(100 * (b["server"] - a["server"]) / wall, 1),
            "postgres_cpu_pct_of_one_core": round(100 * (b["pg"] - a["pg"]) / wall, 1),
            "balancer_pooler_cpu_pct_of_one_core": round(100 * (b["extra"] - a["extra"]) / wall, 1),
            "machine_busy_pct": round(100 * (b["busy"] - a["busy"]) / max(1.0, b["total"] - a["total"]), 1),
        }


class LagMonitor:
    """How late this process's event loop wakes up (a 50 ms timer): the generator's own saturation."""

    def __init__(self) -> None:
        self.lags: list[tuple[float, float]] = []
        self.task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            t = time.monotonic()
            await asyncio.sleep(0.05)
            self.lags.append((t, time.monotonic() - t - 0.05))

    def start(self) -> None:
        self.task = asyncio.create_task(self._run())

    def between(self, a: float, b: float) -> dict[str, float]:
        xs = [lag * 1000 for t, lag in self.lags if a <= t < b]
        return {"loop_lag_p99_ms": round(ru.pct(xs, 99), 1), "loop_lag_max_ms": round(max(xs), 1) if xs else 0.0}


# -- report -----------------------------------------------------------------------------------------------------
def kind_table(samples: list[Sample], wall: float) -> dict[str, Any]:
    by_kind: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        by_kind[s.kind].append(s)
    out: dict[str, Any] = {}
    for kind in sorted(by_kind):
        ss = by_kind[kind]
        lat = [s.latency for s in ss]
        r = ru.summary_ms(lat)
        r["errors"] = sum(1 for s in ss if s.error)
        r["expected_409"] = sum(1 for s in ss if s.status == 409 and not s.error)
        out[kind] = r
    lat = [s.latency for s in samples]
    out["all"] = ru.summary_ms(lat) | {"errors": sum(1 for s in samples if s.error),
                                       "expected_409": sum(1 for s in samples if s.status == 409 and not s.error),
                                       "rate_per_s": round(len(samples) / wall, 1) if wall else 0.0}
    return out


def md_kinds(title: str, table: dict[str, Any]) -> str:
    lines = [f"\n{title}\n", "| kind | requests | p50 ms | p95 ms | p99 ms | max ms | errors | expected 409 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for kind, r in table.items():
        lines.append(f"| {'**all**' if kind == 'all' else kind} | {r['n']} | {r['median_ms']} | {r['p95_ms']} | "
                     f"{r['p99_ms']} | {r['max_ms']} | {r['errors']} | {r['expected_409']} |")
    return "\n".join(lines)


def error_kinds(samples: list[Sample]) -> dict[str, int]:
    return dict(Counter(f"{s.kind}: {s.error}" for s in samples if s.error))


# -- the run ----------------------------------------------------------------------------------------------------
async def run(args: argparse.Namespace, base: str, url: str, server_pids: list[int], extra_pids: list[int],
              access: ru.AccessLog | None) -> dict[str, Any]:
    rows = args.rows
    logins = ["adv1", "adv2", "adv3"] if rows == 0 else ["bench"]
    password_of = {lg: ru.login_of(rows)[1] for lg in logins}
    rng = random.Random(3)
    data: dict[str, StoreData] = {}
    for lg in logins:
        cars = ru.pick_vehicles(url, lg, 400, seed=len(data) + 11)
        data[lg] = StoreData(cars, [fresh_vin(rng) for _ in range(200)],
                             [slipped(rng, c["vin"], 1) for c in cars[:200]])
    conn_cls = RawConn if args.client == "raw" else HttpxConn
    stations = [Station(i, conn_cls(base), logins[i % len(logins)], data[logins[i % len(logins)]], 1000 + i)
                for i in range(args.workstations)]
    res: dict[str, Any] = {"workstations": args.workstations, "workers": args.workers, "threads": args.threads,
                           "server": args.label or f"one server, --workers {args.workers} --threads {args.threads}",
                           "client": args.client, "database": url.rsplit("/", 1)[1], "rows": rows,
                           "when": datetime.now().isoformat(timespec="seconds"), "phases": {}}
    meter = CpuMeter(server_pids, extra_pids)
    a = meter.read()
    await asyncio.sleep(3)  # before any load of ours: what the rest of the machine is doing (a shared box)
    res["background"] = meter.delta(a, meter.read())
    print(f"background, before the load: {res['background']}", flush=True)
    lag = LagMonitor()
    lag.start()

    # 1. login
    c0 = meter.read()
    t0 = time.monotonic()
    if args.login == "db":
        mint_sessions(url, stations)
        res["login"] = {"mode": "db", "n": len(stations)}
    else:
        times = await login_all(stations, password_of, args.login_concurrency)
        wall = time.monotonic() - t0
        res["login"] = {"mode": "http", **ru.summary_ms(times), "per_s": round(len(times) / wall, 1),
                        "wall_s": round(wall, 1), "cpu": meter.delta(c0, meter.read())}
    print(f"login: {res['login']}", flush=True)

    gc.collect()
    gc.freeze()  # the 500 clients and the sample data: out of the collector's way (its pauses are loop lag)
    ctl = Control()
    # warm-up (not in the figures): every workstation does one action, one create_customer first. The first
    # call of a use case in a server process pays lazy imports and pydantic adapters, and the first customer
    # created after ``demo`` walks the numbering counter past the codes the demo wrote (bench_remote.py measures
    # both as "first call after server start").
    t_warm = time.monotonic()
    ctl.phase = "warm-up"
    await stations[0].post(ctl, "create_customer", "/api/v1/customers/create_customer",
                           ru.new_customer_draft(stations[0].rng), idem=uuid.uuid4().hex, expect=(200, 409))
    sem = asyncio.Semaphore(8)

    async def warm(st: Station) -> None:
        async with sem:
            await st.action(ctl)

    await asyncio.gather(*(warm(st) for st in stations))
    warm_samples = [s for s in ctl.samples if s.phase == "warm-up"]
    res["warm_up"] = {"seconds": round(time.monotonic() - t_warm, 1),
                      "first_create_customer_ms": round(warm_samples[0].latency * 1000, 1),
                      "kinds": kind_table(warm_samples, time.monotonic() - t_warm),
                      "error_kinds": error_kinds(warm_samples)}
    print(f"warm-up: {res['warm_up']['seconds']} s, first create_customer "
          f"{res['warm_up']['first_create_customer_ms']} ms, errors {res['warm_up']['kinds']['all']['errors']}",
          flush=True)
    tasks = [asyncio.create_task(st.run(ctl)) for st in stations]

    async def phase(name: str, seconds: float, *, steady: bool, think_mean: float,
                    burst_at: float | None = None) -> dict[str, Any]:
        a = meter.read()
        if access:
            access.mark()
        start = time.monotonic()
        ctl.switch(name, steady=steady, think_mean=think_mean)
        burst_window: tuple[float, float] | None = None
        if burst_at is not None:
            await asyncio.sleep(burst_at)
            at = time.monotonic() + 0.2
            ctl.phase = f"{name}: burst"
            await asyncio.gather(*(st.burst(ctl, at) for st in stations))
            burst_window = (at, time.monotonic())
            ctl.phase = name
            await asyncio.sleep(max(0.0, start + seconds - time.monotonic()))
        else:
            await asyncio.sleep(seconds)
        end = time.monotonic()
        b = meter.read()
        mine = [s for s in ctl.samples if s.phase == name]
        out: dict[str, Any] = {"kinds": kind_table(mine, end - start - (
            (burst_window[1] - burst_window[0]) if burst_window else 0.0)),
            "cpu": meter.delta(a, b), "lag": lag.between(start, end), "error_kinds": error_kinds(mine)}
        if burst_window:
            during = [s for s in ctl.samples if s.phase == f"{name}: burst"]
            presses = [s for s in during if s.kind == "burst lookup_vin"]
            out["burst"] = {"kinds": kind_table(during, burst_window[1] - burst_window[0]),
                            "last_answer_after_first_press_s": round(
                                max(s.start + s.latency for s in presses) - min(s.start for s in presses), 2),
                            "error_kinds": error_kinds(during),
                            "lag": lag.between(burst_window[0], burst_window[1])}
        if access:
            logged = access.since_mark(0.2)
            server_ms = [ms for _, _, ms in logged]
            out["server_log"] = {"requests": len(logged), "median_ms": round(ru.pct(server_ms, 50), 2),
                                 "p95_ms": round(ru.pct(server_ms, 95), 2), "p99_ms": round(ru.pct(server_ms, 99), 2),
                                 "statuses": dict(Counter(st for _, st, _ in logged))}
        return out

    # 2. steady + burst
    print(f"steady: {args.workstations} workstations, think 5-20 s, {args.duration} s, burst at "
          f"{args.duration / 2:.0f} s", flush=True)
    res["phases"]["steady"] = steady = await phase("steady", args.duration, steady=True, think_mean=12.5,
                                                   burst_at=args.duration / 2)
    a = steady["kinds"]["all"]
    print(f"  steady: {a['rate_per_s']} req/s, p50 {a['median_ms']} p95 {a['p95_ms']} p99 {a['p99_ms']} ms, "
          f"errors {a['errors']}; cpu {steady['cpu']}", flush=True)
    bb = steady["burst"]["kinds"]["burst lookup_vin"]
    print(f"  burst: {bb['n']} presses, p50 {bb['median_ms']} p95 {bb['p95_ms']} p99 {bb['p99_ms']} max "
          f"{bb['max_ms']} ms, errors {bb['errors']}, last answer "
          f"{steady['burst']['last_answer_after_first_press_s']} s after the first press", flush=True)

    # 3. ramp to the knee
    rate = max(args.start_rate, args.workstations / 12.5)
    steps = []
    if not args.no_ramp:
        while rate <= args.max_rate:
            name = f"ramp {rate:.0f}/s"
            r = await phase(name, args.step, steady=False, think_mean=args.workstations / rate)
            r["offered_per_s"] = round(rate, 1)
            steps.append(r)
            a = r["kinds"]["all"]
            print(f"  {name}: achieved {a['rate_per_s']} req/s, p50 {a['median_ms']} p95 {a['p95_ms']} p99 "
                  f"{a['p99_ms']} ms, errors {a['errors']}; cpu {r['cpu']}; lag {r['lag']}", flush=True)
            if a["p95_ms"] > P95_KNEE_MS or a["errors"] > 0.01 * max(1, a["n"]):
                break
            rate *= args.ramp_factor
    res["ramp"] = steps
    res["knee"] = knee(steps)
    ctl.stop = True
    ctl.changed.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.gather(*(st.conn.close() for st in stations), return_exceptions=True)
    if lag.task:
        lag.task.cancel()
    return res


def knee(steps: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The request rate where p95 passes 100 ms: interpolated between the last step under and the first over."""
    under = [s for s in steps if s["kinds"]["all"]["p95_ms"] <= P95_KNEE_MS]
    over = [s for s in steps if s["kinds"]["all"]["p95_ms"] > P95_KNEE_MS]
    if not over:
        last = under[-1]["kinds"]["all"] if under else None
        return {"reached": False, "p95_under_100_ms_up_to_per_s": last["rate_per_s"] if last else None}
    hi = over[0]["kinds"]["all"]
    if not under:
        return {"reached": True, "knee_per_s": None, "first_over": hi["rate_per_s"], "first_over_p95_ms": hi["p95_ms"]}
    lo = under[-1]["kinds"]["all"]
    frac = (P95_KNEE_MS - lo["p95_ms"]) / max(1e-9, hi["p95_ms"] - lo["p95_ms"])
    return {"reached": True, "knee_per_s": round(lo["rate_per_s"] + frac * (hi["rate_per_s"] - lo["rate_per_s"]), 1),
            "last_under_per_s": lo["rate_per_s"], "last_under_p95_ms": lo["p95_ms"],
            "first_over_per_s": hi["rate_per_s"], "first_over_p95_ms": hi["p95_ms"]}


def server_log_text(phase: dict[str, Any]) -> str:
    sl = phase.get("server_log")
    if sl is None:
        return "not read (--no-server)"
    if not sl["requests"]:
        return "no lines (uvicorn's --workers N > 1 processes configure no logging: bench/README.md)"
    return f"{sl['requests']} requests, median {sl['median_ms']} p95 {sl['p95_ms']} p99 {sl['p99_ms']} ms"


def report(res: dict[str, Any]) -> str:
    st = res["phases"]["steady"]
    lines = [f"\n### {res['workstations']} workstations, {res['server']}, client {res['client']}, database "
             f"{res['database']}"]
    bg = res["background"]
    lines.append(f"\nBefore the load (3 s): machine busy {bg['machine_busy_pct']}% (other processes on this shared "
                 f"machine), PostgreSQL {bg['postgres_cpu_pct_of_one_core']}% of a core, server "
                 f"{bg['server_cpu_pct_of_one_core']}%.")
    lg = res["login"]
    if lg.get("mode") == "http":
        lines.append(f"\nLogin: {lg['n']} sessions in {lg['wall_s']} s ({lg['per_s']}/s), p50 {lg['median_ms']} "
                     f"p95 {lg['p95_ms']} ms; generator CPU {lg['cpu']['generator_cpu_pct_of_one_core']}% of a core.")
    lines.append(md_kinds(f"Steady (think 5-20 s), {st['cpu']['wall_s']} s, "
                          f"{st['kinds']['all']['rate_per_s']} req/s:", st["kinds"]))
    c = st["cpu"]
    lines.append(f"\nCPU (% of one core; the machine has {os.cpu_count()}): load generator "
                 f"{c['generator_cpu_pct_of_one_core']}, server {c['server_cpu_pct_of_one_core']}, PostgreSQL "
                 f"{c['postgres_cpu_pct_of_one_core']}, balancer + pooler {c['balancer_pooler_cpu_pct_of_one_core']}; "
                 f"machine busy {c['machine_busy_pct']}%; generator loop lag "
                 f"p99 {st['lag']['loop_lag_p99_ms']} ms. Server-side (access log): {server_log_text(st)}")
    b = st["burst"]
    lines.append(md_kinds(f"Burst: {res['workstations']} presses of Enter within 1 s (on top of the steady "
                          f"traffic); last answer {b['last_answer_after_first_press_s']} s after the first press; "
                          f"generator loop lag max {b['lag']['loop_lag_max_ms']} ms:", b["kinds"]))
    if res["ramp"]:
        lines += ["\nRamp (exponential think time; each step's p95 over all kinds):\n",
                  "| offered req/s | achieved req/s | p50 ms | p95 ms | p99 ms | errors | generator CPU % | "
                  "server CPU % | PostgreSQL CPU % | balancer + pooler CPU % | machine busy % | "
                  "generator loop lag p99 ms |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for s in res["ramp"]:
            a, c = s["kinds"]["all"], s["cpu"]
            lines.append(f"| {s['offered_per_s']} | {a['rate_per_s']} | {a['median_ms']} | {a['p95_ms']} | "
                         f"{a['p99_ms']} | {a['errors']} | {c['generator_cpu_pct_of_one_core']} | "
                         f"{c['server_cpu_pct_of_one_core']} | {c['postgres_cpu_pct_of_one_core']} | "
                         f"{c['balancer_pooler_cpu_pct_of_one_core']} | {c['machine_busy_pct']} | "
                         f"{s['lag']['loop_lag_p99_ms']} |")
        lines.append(f"\nKnee: {res['knee']}")
        last_under = [s for s in res["ramp"] if s["kinds"]["all"]["p95_ms"] <= P95_KNEE_MS]
        if last_under:
            lines.append(md_kinds(f"Per kind at the last step under 100 ms p95 ({last_under[-1]['offered_per_s']} "
                                  "req/s offered):", last_under[-1]["kinds"]))
    errs = {k: v for ph in [res["warm_up"], st, b, *res["ramp"]] for k, v in ph.get("error_kinds", {}).items()}
    lines.append(f"\nErrors by kind: {errs or 'none'}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workstations", type=int, default=500)
    ap.add_argument("--duration", type=float, default=120.0, help="steady phase, s (default 120)")
    ap.add_argument("--step", type=float, default=20.0, help="ramp step, s (default 20)")
    ap.add_argument("--ramp-factor", type=float, default=1.5)
    ap.add_argument("--start-rate", type=float, default=0.0, help="first ramp step, req/s (default: the steady rate)")
    ap.add_argument("--max-rate", type=float, default=1500.0)
    ap.add_argument("--no-ramp", action="store_true")
    ap.add_argument("--quick", action="store_true", help="100 workstations, 30 s steady, 8 s ramp steps")
    ap.add_argument("--workers", type=int, default=2, help="server --workers (default 2)")
    ap.add_argument("--threads", type=int, default=24, help="server --threads per worker (default 24)")
    ap.add_argument("--client", choices=["httpx", "raw"], default="httpx",
                    help="httpx.AsyncClient per workstation (default), or a minimal asyncio HTTP/1.1 client")
    ap.add_argument("--login", choices=["http", "db"], default="http")
    ap.add_argument("--login-concurrency", type=int, default=4)
    ap.add_argument("--rows", type=int, default=0, help="0: the demo group (fresh database, default); N: "
                    "bench_lookup.py's group in database bench_lookup (user bench)")
    ap.add_argument("--url", default=None, help="a server already running (with --no-server)")
    ap.add_argument("--no-server", action="store_true", help="do not start a server: use --url")
    ap.add_argument("--db-url", default=None, help="with --no-server: the server's database (for sample data)")
    ap.add_argument("--keep-db", action="store_true")
    ap.add_argument("--label", default=None, help="what serves the load, for the report (with --no-server)")
    ap.add_argument("--server-pids", default="", help="with --no-server: server processes to measure (comma list)")
    ap.add_argument("--extra-pids", default="", help="with --no-server: balancer / pooler processes to measure")
    args = ap.parse_args()
    if args.quick:
        args.workstations = min(args.workstations, 100)
        args.duration, args.step = 30.0, 8.0
    procs: list[Any] = []
    cm = None
    try:
        if args.no_server:
            if not (args.url and args.db_url):
                raise SystemExit("--no-server needs --url and --db-url")
            url, base, access = args.db_url, args.url, None
            server_pids = [int(p) for p in args.server_pids.split(",") if p.strip()]
            extra_pids = [int(p) for p in args.extra_pids.split(",") if p.strip()]
        else:
            if args.rows:
                url = ru.large_database(args.rows)
            else:
                cm = ru.demo_database(f"bench_load_{os.getpid()}", keep=args.keep_db)
                url = cm.__enter__()
            port = ru.free_port()
            log_path = ru.OUT / f"load_server_{os.getpid()}.log"
            server = ru.start_server(url, port, log_path, workers=args.workers, threads=args.threads)
            procs.append(server)
            base, access = f"http://127.0.0.1:{port}", ru.AccessLog(log_path)
            server_pids, extra_pids = [server.pid], []
        res = asyncio.run(run(args, base, url, server_pids, extra_pids, access))
        if access:
            res["server_log_errors"] = access.errors()[:20]
        text = report(res)
        print(text)
        if res.get("server_log_errors"):
            print(f"\nserver log ERROR lines: {len(res['server_log_errors'])}, first: {res['server_log_errors'][0]}")
        ru.OUT.mkdir(exist_ok=True)
        tag = "scale_out" if args.no_server else f"{args.workers}w"
        out = ru.OUT / f"load_{args.workstations}ws_{tag}_{args.client}.json"
        out.write_text(json.dumps(res, indent=2, ensure_ascii=False))
        print(f"\nJSON: {out}")
        return 0
    finally:
        for proc in procs:
            ru.stop(proc)
        if cm is not None:
            cm.__exit__(None, None, None)


if __name__ == "__main__":
    raise SystemExit(main())
