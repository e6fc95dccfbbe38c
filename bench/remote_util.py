"""What bench_remote.py and load_remote.py share: throw-away PostgreSQL databases (the demo group, or the large
group of bench_lookup.py), the reception-desk server and the latency proxy as subprocesses, the server's access
log, CPU time of processes, percentiles.

Nothing here is a product API: the benches start ``python -m desktop serve --insecure-dev`` on loopback exactly
as IT would (the command line), and talk to it over HTTP.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
OUT = ROOT / "out"
#: ../shared/tools/latency_proxy.py next to the repository (PERF-NOTES "Distance")
DEFAULT_PROXY = REPO.parent / "shared" / "tools" / "latency_proxy.py"
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/"
LARGE_DB = "bench_lookup"  # bench_lookup.py's PostgreSQL database (its default --pg-url)

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


# -- statistics -------------------------------------------------------------------------------------------------
def pct(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of samples; NaN when empty."""
    if not samples:
        return math.nan
    s = sorted(samples)
    k = max(1, math.ceil(q / 100 * len(s)))
    return s[k - 1]


def summary_ms(samples_s: list[float]) -> dict[str, float]:
    """median / p95 / p99 / max in milliseconds of samples in seconds."""
    ms = [x * 1000 for x in samples_s]
    return {"n": len(ms), "median_ms": round(pct(ms, 50), 2), "p95_ms": round(pct(ms, 95), 2),
            "p99_ms": round(pct(ms, 99), 2), "max_ms": round(max(ms), 2) if ms else math.nan}


# -- ports and processes ----------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout: float = 60.0, proc: subprocess.Popen[Any] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process {proc.args!r} exited with {proc.returncode} before listening on {port}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout:.0f} s")


def stop(proc: subprocess.Popen[Any] | None, timeout: float = 15.0) -> None:
    """SIGTERM (uvicorn shuts its workers down), then SIGKILL; only the process we started and its group."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


def start_server(db_url: str, port: int, log_path: Path, *, workers: int = 1, threads: int | None = None,
                 log_level: str = "info", extra: list[str] | None = None) -> subprocess.Popen[Any]:
    """``python -m desktop serve --insecure-dev`` on 127.0.0.1:port, its log (with the access log at INFO) in
    log_path. Its own process group, so that stop() reaches the uvicorn workers too."""
    cmd = [sys.executable, "-m", "desktop", "serve", "--db", db_url, "--insecure-dev", "--port", str(port),
           "--workers", str(workers), "--log-level", log_level]
    if threads:
        cmd += ["--threads", str(threads)]
    cmd += extra or []
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = log_path.open("wb")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    log.close()
    try:
        wait_port(port, 90, proc)
        wait_health(port)
    except Exception:
        stop(proc)
        raise
    return proc


def wait_health(port: int, timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while True:
        try:
            r = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5)
            if r.status_code == 200 and r.json().get("ok"):
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"server on {port} not healthy after {timeout:.0f} s")
        time.sleep(0.2)


def start_proxy(listen: int, target: int, one_way_ms: float, proxy: Path = DEFAULT_PROXY) -> subprocess.Popen[Any]:
    """latency_proxy.py LISTEN TARGET ONE_WAY_MS: every chunk forwarded after one_way_ms, both directions."""
    if not proxy.is_file():
        raise SystemExit(f"latency proxy not found: {proxy} (give --proxy)")
    proc = subprocess.Popen([sys.executable, str(proxy), str(listen), str(target), f"{one_way_ms:g}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    wait_port(listen, 20, proc)
    return proc


def process_tree(pid: int) -> list[int]:
    """pid and its descendants (uvicorn --workers N: the supervisor and its worker processes)."""
    parents: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode("ascii", "replace")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents[ppid].append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(parents.get(p, []))
    return out


def cpu_seconds(pids: list[int]) -> float:
    """utime + stime of the given processes (seconds)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat", "rb") as f:
                fields = f.read().decode("ascii", "replace").rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


def postgres_pids() -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as f:
                    if f.read().strip() == "postgres":
                        out.append(int(entry))
            except OSError:
                continue
    return out


def machine_cpu() -> tuple[float, float]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    with open("/proc/stat") as f:
        vals = [int(x) for x in f.readline().split()[1:]]
    idle = vals[3] + vals[4]
    return float(sum(vals) - idle), float(sum(vals))


# -- the server's access log ------------------------------------------------------------------------------------
ACCESS = re.compile(r"desktop\.server\.access: (\S+) (\S+) (\d{3}) ([\d.]+) ms")


class AccessLog:
    """Reads the lines the server logs per request (logger ``desktop.server.access``) since the last mark."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0

    def mark(self) -> None:
        self.offset = self.path.stat().st_size

    def since_mark(self, settle: float = 0.05) -> list[tuple[str, int, float]]:
        """(path, status, server ms) of every request logged since mark()."""
        time.sleep(settle)
        with self.path.open("rb") as f:
            f.seek(self.offset)
            data = f.read()
        self.offset += len(data)
        out = []
        for line in data.decode("utf-8", "replace").splitlines():
            m = ACCESS.search(line)
            if m:
                out.append((m.group(2), int(m.group(3)), float(m.group(4))))
        return out

    def errors(self) -> list[str]:
        text = self.path.read_text("utf-8", "replace")
        return [ln for ln in text.splitlines() if " ERROR " in ln or "Traceback" in ln]


def by_path(rows: list[tuple[str, int, float]]) -> dict[str, Counter[int]]:
    out: dict[str, Counter[int]] = defaultdict(Counter)
    for path, status, _ in rows:
        out[path][status] += 1
    return out


# -- databases --------------------------------------------------------------------------------------------------
def pg_execute(sql: str) -> None:
    from sqlalchemy import create_engine, text

    eng = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with eng.connect() as conn:
            conn.execute(text(sql))
    finally:
        eng.dispose()


def pg_exists(name: str) -> bool:
    from sqlalchemy import create_engine, text

    eng = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with eng.connect() as conn:
            return bool(conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}))
    finally:
        eng.dispose()


def drop_pg(name: str) -> None:
    pg_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def demo_database(name: str, keep: bool = False) -> Iterator[str]:
    """A fresh PostgreSQL database holding the demo group (``python -m desktop demo``), dropped afterwards."""
    drop_pg(name)
    pg_execute(f'CREATE DATABASE "{name}"')
    url = PG_BASE + name
    try:
        r = subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", url], cwd=REPO, capture_output=True,
                           text=True)
        if r.returncode:
            raise RuntimeError(f"demo failed: {r.stderr[-2000:]}")
        yield url
    finally:
        if not keep:
            drop_pg(name)


def large_database(rows: int, name: str = LARGE_DB) -> str:
    """bench_lookup.py's group of ``rows`` customers and vehicles (built once, ~17 min at 1M; reused)."""
    import bench_lookup  # bench/ is on sys.path (scripts run from it)

    from desktop.storage import Database

    url = PG_BASE + name
    if not pg_exists(name):
        pg_execute(f'CREATE DATABASE "{name}"')
    db = Database.open(url)
    try:
        bench_lookup.build(db, rows)
    finally:
        db.close()
    return url


def login_of(rows: int) -> tuple[str, str]:
    """The service advisor of store S01 in the demo group / in bench_lookup's group."""
    return ("adv1", "demo1234") if rows == 0 else ("bench", "bench123")


def pick_vehicles(url: str, store_login: str, want: int, seed: int = 5) -> list[dict[str, Any]]:
    """Vehicles of the login's store with a plate and a retained, enabled owner (a work order may be opened):
    id, vin, plate, owner code / name / phone. Random ids are probed, so a 1,000,000-row group costs no scan."""
    import random

    from sqlalchemy import bindparam, text

    from desktop.storage import Database

    db = Database.open(url, upgrade=False)
    rng = random.Random(seed)
    try:
        with db.engine.connect() as conn:
            store = conn.scalar(text("SELECT store_id FROM users WHERE login = :l"), {"l": store_login})
            top = conn.scalar(text("SELECT max(id) FROM vehicles")) or 0
            sql = text(
                "SELECT v.id, v.vin, v.plate, c.code, c.name, c.phone FROM vehicles v "
                "JOIN customers c ON c.id = v.owner_id "
                "JOIN vehicle_repair_centers vr ON vr.vehicle_id = v.id "
                "JOIN repair_centers rc ON rc.id = vr.repair_center_id "
                "WHERE rc.store_id = :store AND c.category = 'retained' AND c.status = 'enabled' "
                "AND v.plate IS NOT NULL AND v.id IN :ids ORDER BY v.id"
            ).bindparams(bindparam("ids", expanding=True))
            out: list[dict[str, Any]] = []
            seen: set[int] = set()
            for _ in range(20):
                ids = rng.sample(range(1, top + 1), min(top, max(200, want * 8)))
                for row in conn.execute(sql, {"store": store, "ids": ids}):
                    if row.id not in seen:
                        seen.add(row.id)
                        out.append(dict(row._mapping))
                if len(out) >= want:
                    break
        rng.shuffle(out)
        return out[:want]
    finally:
        db.close()


# -- realistic new customers ------------------------------------------------------------------------------------
SURNAME_LIST = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "令狐"]
GIVEN_CHARS = ("安柏辰达恩帆歌涵翰浩皓弘鸿嘉锦景骏凯朗乐霖麟默楠鹏琪荣睿森爽拓巍玮熙萧炎毅颖雨昱岳允泽哲峥卓梓"
               "澄岱枫珩珂璟珏岚澜琳珑洛淼沐宁琦清泉瑞珊韶笙舒恬婉惟溪瑶翊盈瑜苑筠芸臻")


def new_customer_draft(rng: Any) -> dict[str, str]:
    """A person nobody in the group resembles: a compound surname + two rarer given-name characters, a fresh
    mobile number (the duplicate check runs in full and finds nothing certain)."""
    name = rng.choice(SURNAME_LIST) + rng.choice(GIVEN_CHARS) + rng.choice(GIVEN_CHARS)
    phone = "1" + rng.choice("3579") + "".join(rng.choice("0123456789") for _ in range(9))
    return {"customer_type": "individual", "name": name, "phone": phone}


def alter_phone(phone: str) -> str:
    """The phone with its last digit changed (a typo the duplicate check is there to catch)."""
    return phone[:-1] + ("0" if phone[-1] != "0" else "1")
