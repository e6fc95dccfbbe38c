"""Enter to answer over distance (issue #13 item 5): each advisor action through ``RemoteBackend`` to the
reception-desk server, straight and behind ``latency_proxy.py`` (a WAN between store and server), next to the
"before" of PERF-NOTES: the same actions in-process (``LocalBackend``) against PostgreSQL behind the proxy.

    python bench/bench_remote.py                     # demo group, 30 ms RTT, 200 samples per action: ~7 min
    python bench/bench_remote.py --quick             # 40 samples (15 for the slow "before" path): ~2 min
    python bench/bench_remote.py --rtt 50 --skip-pg  # 50 ms RTT, no "before" columns
    python bench/bench_remote.py --rows 1000000      # bench_lookup.py's 1M group (built once, 7-17 min; reused)
    python bench/bench_remote.py --only lookup_vin,work_order --n 50   # some actions only

What runs (all on loopback, in their own processes):
- PostgreSQL: a fresh database ``bench_remote_<pid>`` with the demo group (dropped at the end; ``--keep-db``),
  or with ``--rows N`` the database ``bench_lookup`` that ``bench/bench_lookup.py --n N`` builds and reuses
  (its user ``bench``; that builder writes no customer search keys, so a name search there finds nothing: the
  statement still runs);
- ``python -m desktop serve --insecure-dev --port P`` (one uvicorn worker by default, its access log at INFO;
  ``--workers N``: see bench/README.md, uvicorn's multi-worker mode loses TCP_NODELAY and the access log);
- ``latency_proxy.py`` RTT/2 one way in front of the server, the same proxy with no delay (its own cost), and
  RTT/2 in front of PostgreSQL.

Samples of the paths compared are interleaved (direct, proxied, proxied at 0 ms, in turn), so that the noise of
a shared machine falls on all alike. Per action: median / p95 straight and proxied, round trips = (proxied
median - direct median) / RTT (and net of the proxy's own cost: minus the 0 ms proxy instead of direct), HTTP
requests and new TCP connections per action seen by the client (an httpx trace hook), requests per action in the
server's access log and the server-side time it logs. The "before" path counts SQL statements and pool checkouts
(each checkout pings) per action. A TCP_NODELAY check times the VIN lookup with a client that leaves Nagle on
(PERF-NOTES trap: absolute times show it, round-trip counts hide it). The first call of each action after the
server started is reported apart (cold: lazy imports, pydantic adapters; not in the percentiles). Markdown on
stdout, JSON in bench/out/remote_<db>_<rtt>ms[_<workers>w].json, the server's log next to it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent))

import remote_util as ru  # noqa: E402
from bench_lookup import fresh_vin, slipped  # noqa: E402


# -- counting what an action costs on the wire ------------------------------------------------------------------
class CountingTransport:
    """Wraps the httpx transport of a RemoteBackend: HTTP requests sent and TCP connections opened (httpcore's
    trace events), so "one request per action, on a kept-alive connection" is checked, not assumed."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.requests = 0
        self.connects = 0

    def reset(self) -> None:
        self.requests = self.connects = 0

    def handle_request(self, request: Any) -> Any:
        self.requests += 1
        previous = request.extensions.get("trace")

        def trace(name: str, info: Any) -> None:
            if name == "connection.connect_tcp.complete":
                self.connects += 1
            if previous is not None:
                previous(name, info)

        request.extensions["trace"] = trace
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()

    def __enter__(self) -> CountingTransport:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def remote_backend(base_url: str, login: str, password: str, *, nodelay: bool = True) -> tuple[Any, CountingTransport]:
    import httpx

    from desktop.backend import RemoteBackend

    backend = RemoteBackend(base_url, verify=False)
    if not nodelay:  # the trap of PERF-NOTES: Nagle left on, request written as headers + body
        backend._http._transport.close()
        backend._http._transport = httpx.HTTPTransport(verify=False, retries=0)
    counter = CountingTransport(backend._http._transport)
    backend._http._transport = counter  # type: ignore[assignment]
    backend.login(login, password)
    return backend, counter


class StatementCounter:
    """SQL statements and pool checkouts (each one pings the server first) of an in-process backend."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.statements = self.checkouts = 0
        event.listen(engine, "before_cursor_execute", self._stmt)
        event.listen(engine.pool, "checkout", self._checkout)

    def _stmt(self, *_a: Any) -> None:
        self.statements += 1

    def _checkout(self, *_a: Any) -> None:
        self.checkouts += 1

    def reset(self) -> None:
        self.statements = self.checkouts = 0


# -- the actions ------------------------------------------------------------------------------------------------
@dataclass
class Action:
    name: str
    target_extra_ms: float | None  # p95 <= RTT + this (issue #13 item 5); None: no target of its own
    run: Callable[[Any, int], str]  # (backend, sample index) -> outcome
    write: bool = False


def make_actions(cars: list[dict[str, Any]], seed: int = 1) -> list[Action]:
    from desktop.services.customers import DuplicateFound

    rng = random.Random(seed)
    k = len(cars)
    not_found = [fresh_vin(rng) for _ in range(k)]
    typos = [slipped(rng, c["vin"], 1) for c in cars]

    def car(i: int) -> dict[str, Any]:
        return cars[i % k]

    def vin_found(b: Any, i: int) -> str:
        r = b.call("intake.lookup_vin", vin=car(i)["vin"])
        assert r.vehicle is not None and r.vehicle.id == car(i)["id"], r.outcome
        return r.outcome

    def vin_not_found(b: Any, i: int) -> str:
        r = b.call("intake.lookup_vin", vin=not_found[i % k])
        assert r.outcome == "not_found", r.outcome
        return r.outcome

    def vin_typo(b: Any, i: int) -> str:
        return b.call("intake.lookup_vin", vin=typos[i % k]).outcome

    def plate(b: Any, i: int) -> str:
        r = b.call("intake.lookup_plate", plate=car(i)["plate"])
        assert r.vehicle is not None, r.outcome
        return r.outcome

    def search(b: Any, i: int) -> str:
        rows = b.call("search.search_customers", text=car(i)["name"])
        return "hits" if rows else "none"

    def duplicates(b: Any, i: int) -> str:
        c = car(i)
        found = b.call("dedupe.find_duplicates", draft={"customer_type": "individual", "name": c["name"],
                                                         "phone": ru.alter_phone(c["phone"])})
        return "candidates" if found else "none"

    def get_vehicle(b: Any, i: int) -> str:
        return "ok" if b.call("vehicles.get_vehicle", vehicle_id=car(i)["id"]).id == car(i)["id"] else "wrong"

    def get_customer(b: Any, i: int) -> str:
        return "ok" if b.call("customers.get_customer", code=car(i)["code"]).code == car(i)["code"] else "wrong"

    def work_order(b: Any, i: int) -> str:
        c = car(i)
        wo = b.call("work_orders.create_work_order", c["id"], deliverer_name=c["name"], deliverer_phone=c["phone"],
                    vin_confirmation=c["vin"][-6:], mileage=12000 + i, complaint="保养",
                    request_id=uuid.uuid4().hex)
        return "created" if wo.number else "?"

    def new_customer(b: Any, i: int) -> str:
        try:
            b.call("customers.create_customer", request_id=uuid.uuid4().hex, **ru.new_customer_draft(rng))
        except DuplicateFound:
            return "409 duplicate"
        return "created"

    return [
        Action("lookup_vin, found", 20, vin_found),
        Action("lookup_vin, not found", 20, vin_not_found),
        Action("lookup_vin, suspected typo", 20, vin_typo),
        Action("lookup_plate", 20, plate),
        Action("search_customers (name)", None, search),
        Action("find_duplicates", None, duplicates),
        Action("get_vehicle", 40, get_vehicle),
        Action("get_customer", 40, get_customer),
        Action("create_work_order", 40, work_order, write=True),
        Action("create_customer (duplicate check)", 40, new_customer, write=True),
    ]


@dataclass
class Way:
    """One way of reaching the services, timed side by side with the others (samples interleaved, so that
    the noise of a shared 2-core machine falls on every path alike)."""

    key: str
    backend: Any
    counter: CountingTransport | None = None
    statements: StatementCounter | None = None
    access: ru.AccessLog | None = None


def run_paths(ways: list[Way], actions: list[Action], n: int, warm: int) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {w.key: {} for w in ways}
    t_all = time.perf_counter()
    for act in actions:
        first: dict[str, float] = {}
        first_server: dict[str, float | None] = {}
        for w in ways:
            if w.access:
                w.access.mark()
            t = time.perf_counter()  # the first call of this action (cold when the server just started)
            act.run(w.backend, n + warm)
            first[w.key] = round((time.perf_counter() - t) * 1000, 1)
            logged_first = w.access.since_mark(settle=0) if w.access else []
            first_server[w.key] = logged_first[-1][2] if logged_first else None
            for j in range(warm):
                act.run(w.backend, n + j)
            if w.counter:
                w.counter.reset()
            if w.statements:
                w.statements.reset()
            if w.access:
                w.access.mark()
        samples: dict[str, list[float]] = {w.key: [] for w in ways}
        outcomes: dict[str, Counter[str]] = {w.key: Counter() for w in ways}
        logged: dict[str, list[tuple[str, int, float]]] = {w.key: [] for w in ways}
        for i in range(n):
            for w in (ways if i % 2 == 0 else ways[::-1]):
                t = time.perf_counter()
                outcome = act.run(w.backend, i)
                samples[w.key].append(time.perf_counter() - t)
                outcomes[w.key][outcome] += 1
                if w.access:  # the server logs a request before it sends the answer: the line is there
                    logged[w.key] += w.access.since_mark(settle=0)
        for w in ways:
            r: dict[str, Any] = ru.summary_ms(samples[w.key])
            r["outcomes"] = dict(outcomes[w.key])
            r["first_call_ms"] = first[w.key]
            r["first_call_server_ms"] = first_server[w.key]
            if w.counter:
                r["http_requests_per_action"] = round(w.counter.requests / n, 2)
                r["tcp_connects"] = w.counter.connects
            if w.statements:
                r["sql_statements_per_action"] = round(w.statements.statements / n, 2)
                r["pool_checkouts_per_action"] = round(w.statements.checkouts / n, 2)
            if w.access:
                rows = logged[w.key]
                r["server_log_requests_per_action"] = round(len(rows) / n, 2)
                r["server_statuses"] = dict(Counter(status for _, status, _ in rows))
                server = sorted(ms for _, _, ms in rows)
                r["server_median_ms"] = round(statistics.median(server), 2) if server else None
                r["server_p95_ms"] = round(ru.pct(server, 95), 2) if server else None
            out[w.key][act.name] = r
            print(f"  {w.key:<16} {act.name:<34} median {r['median_ms']:7.1f}  p95 {r['p95_ms']:7.1f} ms  "
                  f"{dict(outcomes[w.key])}", flush=True)
    print(f"  ({', '.join(w.key for w in ways)}: {time.perf_counter() - t_all:.0f} s)", flush=True)
    return out


def time_logins(base_url: str, login: str, password: str, n: int) -> dict[str, float]:
    from desktop.backend import RemoteBackend

    samples = []
    for _ in range(n):
        b = RemoteBackend(base_url, verify=False)
        t = time.perf_counter()
        b.login(login, password)
        samples.append(time.perf_counter() - t)
        b.logout()
        b.close()
    return ru.summary_ms(samples)


# -- report -----------------------------------------------------------------------------------------------------
def _rt(proxied: dict[str, Any] | None, direct: dict[str, Any] | None, rtt: float) -> float | None:
    if not proxied or not direct:
        return None
    return round((proxied["median_ms"] - direct["median_ms"]) / rtt, 2)


def report(res: dict[str, Any], actions: list[Action], rtt: float) -> str:
    p = res["paths"]
    lines = [
        f"\n### {res['database']}, server --workers {res['server_workers']}, RTT {rtt:g} ms, {res['n']} samples per action "
        f"({res['n_before']} on the \"before\" path), ms; load average at start "
        f"{' '.join(res['loadavg_at_start'])} (a shared 2-core machine)\n",
        "| action | over RTT median | p95 | target p95 | met | round trips after | round trips after, net of "
        "the proxy's own cost | round trips before (in-process → PostgreSQL over RTT) |",
        "|---|---:|---:|---:|:-:|---:|---:|---:|",
    ]
    for act in actions:
        after = p["after_proxied"][act.name]
        target = rtt + act.target_extra_ms if act.target_extra_ms is not None else None
        met = "—" if target is None else ("yes" if after["p95_ms"] <= target else "**no**")
        before = _rt(p.get("before_proxied", {}).get(act.name), p.get("before_direct", {}).get(act.name), rtt)
        lines.append(
            f"| {act.name} | {after['median_ms']:.1f} | {after['p95_ms']:.1f} | "
            f"{'—' if target is None else f'{target:g}'} | {met} | "
            f"{_rt(after, p['after_direct'][act.name], rtt)} | {_rt(after, p['after_proxy0'][act.name], rtt)} | "
            f"{'—' if before is None else before} |")
    lines += [
        "\n| action | server direct median / p95 | proxy at 0 ms median | server-side time (access log, RTT path) "
        "median / p95 | HTTP requests per "
        "action (client / server log) | new TCP connections | first call after server start (client / server) | before: "
        "PostgreSQL direct / over RTT median | before: SQL statements + pool checkouts per action |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for act in actions:
        d, a = p["after_direct"][act.name], p["after_proxied"][act.name]
        bd, bp = p.get("before_direct", {}).get(act.name), p.get("before_proxied", {}).get(act.name)
        before = f"{bd['median_ms']:.1f} / {bp['median_ms']:.1f}" if bd and bp else "—"
        stmts = f"{bd['sql_statements_per_action']:g} + {bd['pool_checkouts_per_action']:g}" if bd else "—"
        lines.append(
            f"| {act.name} | {d['median_ms']:.1f} / {d['p95_ms']:.1f} | "
            f"{p['after_proxy0'][act.name]['median_ms']:.1f} | {a['server_median_ms']} / "
            f"{a['server_p95_ms']} | {a['http_requests_per_action']:g} / {a['server_log_requests_per_action']:g} | "
            f"{d['tcp_connects'] + a['tcp_connects']} | {d['first_call_ms']:.0f} / {d['first_call_server_ms']} | {before} | {stmts} |")
    trap = res.get("nodelay_check")
    if trap:
        name = trap["action"]
        d, a = p["after_direct"][name], p["after_proxied"][name]
        lines += [
            f"\nTCP_NODELAY check, {name} (median / p95 ms): RemoteBackend (TCP_NODELAY) direct "
            f"{d['median_ms']:.1f} / {d['p95_ms']:.1f}, over RTT {a['median_ms']:.1f} / {a['p95_ms']:.1f}; "
            f"the same client with Nagle on: direct {trap['direct']['median_ms']:.1f} / "
            f"{trap['direct']['p95_ms']:.1f}, over RTT {trap['proxied']['median_ms']:.1f} / "
            f"{trap['proxied']['p95_ms']:.1f}.",
        ]
    lg = res.get("login")
    if lg:
        lines.append(f"\nLogin (argon2 on the server, once a day): direct {lg['direct']['median_ms']:.0f} ms, over "
                     f"RTT {lg['proxied']['median_ms']:.0f} ms (median of {lg['direct']['n']}).")
    return "\n".join(lines)


# -- main -------------------------------------------------------------------------------------------------------
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rtt", type=float, default=30.0, help="round trip added by the proxy, ms (default 30)")
    ap.add_argument("--n", type=int, default=200, help="timed samples per action and path (default 200)")
    ap.add_argument("--n-before", type=int, default=60,
                    help="samples per action on the slow in-process-over-RTT path (default 60)")
    ap.add_argument("--warm", type=int, default=5, help="untimed calls per action first (default 5)")
    ap.add_argument("--quick", action="store_true", help="--n 40 --n-before 15")
    ap.add_argument("--skip-pg", action="store_true",
                    help="leave out the \"before\" path (in-process against PostgreSQL over the proxy)")
    ap.add_argument("--rows", type=int, default=0,
                    help="0: the demo group in a fresh database (default); N: bench_lookup.py's group of N "
                         "customers and vehicles in database bench_lookup (built once: ~17 min at 1,000,000)")
    ap.add_argument("--keep-db", action="store_true", help="keep the demo database (bench_remote_<pid>)")
    ap.add_argument("--proxy", type=Path, default=ru.DEFAULT_PROXY, help="latency_proxy.py")
    ap.add_argument("--threads", type=int, default=None, help="server --threads (default: the server's)")
    ap.add_argument("--workers", type=int, default=1,
                    help="server --workers (default 1; with more, uvicorn's workers log nothing: no server-side "
                         "times, and see README: TCP_NODELAY)")
    ap.add_argument("--only", default=None, help="comma-separated fragments: only the actions whose name has one")
    args = ap.parse_args()
    if args.quick:
        args.n, args.n_before = 40, 15
    rtt = args.rtt
    login, password = ru.login_of(args.rows)
    procs: list[Any] = []
    cleanup: list[Callable[[], None]] = []
    db_name = f"bench_remote_{os.getpid()}"
    try:
        t0 = time.perf_counter()
        if args.rows:
            url = ru.large_database(args.rows)
            label = f"bench_lookup group, {args.rows:,} customers and vehicles"
        else:
            cm = ru.demo_database(db_name, keep=args.keep_db)
            url = cm.__enter__()
            cleanup.append(lambda: cm.__exit__(None, None, None))
            label = "demo group (2,014 customers, 2,508 vehicles)"
        print(f"database: {label} ({time.perf_counter() - t0:.0f} s)", flush=True)
        cars = ru.pick_vehicles(url, login, args.n + args.warm + 5)
        actions = make_actions(cars)
        if args.only:
            actions = [a for a in actions if any(f.strip() in a.name for f in args.only.split(","))]

        port, proxy_port = ru.free_port(), ru.free_port()
        log_path = ru.OUT / f"remote_server_{os.getpid()}.log"
        server = ru.start_server(url, port, log_path, threads=args.threads, workers=args.workers)
        procs.append(server)
        procs.append(ru.start_proxy(proxy_port, port, rtt / 2, args.proxy))
        proxy0_port = ru.free_port()  # the proxy with no delay: what the proxy itself costs
        procs.append(ru.start_proxy(proxy0_port, port, 0, args.proxy))
        access = ru.AccessLog(log_path)
        res: dict[str, Any] = {"database": label, "rtt_ms": rtt, "n": args.n, "n_before": args.n_before,
                               "when": datetime.now().isoformat(timespec="seconds"), "paths": {},
                               "loadavg_at_start": Path("/proc/loadavg").read_text().split()[:3],
                               "server_workers": args.workers}

        direct_url, proxied_url = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{proxy_port}"
        ways = []
        for key, base in (("after_direct", direct_url), ("after_proxied", proxied_url),
                          ("after_proxy0", f"http://127.0.0.1:{proxy0_port}")):
            backend, counter = remote_backend(base, login, password)
            ways.append(Way(key, backend, counter=counter, access=access))
        res["paths"].update(run_paths(ways, actions, args.n, args.warm))
        for w in ways:
            w.backend.logout()
            w.backend.close()

        # PERF-NOTES trap: the same client with Nagle on (no TCP_NODELAY)
        ways = []
        for key, base in (("direct", direct_url), ("proxied", proxied_url)):
            backend, counter = remote_backend(base, login, password, nodelay=False)
            ways.append(Way(f"nagle_{key}", backend, counter=counter))
        trap = run_paths(ways, actions[:1], min(args.n, 40), args.warm)
        res["nodelay_check"] = {k: trap[f"nagle_{k}"][actions[0].name] for k in ("direct", "proxied")}
        res["nodelay_check"]["action"] = actions[0].name
        for w in ways:
            w.backend.logout()
            w.backend.close()
        nl = min(args.n, 10)
        res["login"] = {"direct": time_logins(direct_url, login, password, nl),
                        "proxied": time_logins(proxied_url, login, password, nl)}
        errors = access.errors()
        res["server_errors"] = errors[:20]

        if not args.skip_pg:
            from desktop.backend import LocalBackend
            from desktop.services import auth
            from desktop.storage import Database

            pg_proxy = ru.free_port()
            procs.append(ru.start_proxy(pg_proxy, 5432, rtt / 2, args.proxy))
            ways, dbs = [], []
            for key, db_url in (("before_direct", url), ("before_proxied", url.replace(":5432/", f":{pg_proxy}/"))):
                t = time.perf_counter()
                db = Database.open(db_url, upgrade=False)
                res.setdefault("database_open_ms", {})[key] = round((time.perf_counter() - t) * 1000, 1)
                dbs.append(db)
                ways.append(Way(key, LocalBackend(db, auth.actor_for(db, login)),
                                statements=StatementCounter(db.engine)))
            res["paths"].update(run_paths(ways, actions, args.n_before, min(args.warm, 3)))
            for db in dbs:
                db.close()

        text = report(res, actions, rtt)
        print(text)
        if errors:
            print(f"\nserver log: {len(errors)} ERROR line(s), first: {errors[0]}")
        ru.OUT.mkdir(exist_ok=True)
        out = ru.OUT / (f"remote_{'demo' if not args.rows else args.rows}_{rtt:g}ms"
                        + (f"_{args.workers}w" if args.workers != 1 else "") + ("_quick" if args.quick else "")
                        + ".json")
        out.write_text(json.dumps(res, indent=2, ensure_ascii=False))
        print(f"\nJSON: {out}\nserver log: {log_path}")
        return 0
    finally:
        for proc in reversed(procs):
            ru.stop(proc)
        for fn in cleanup:
            fn()


if __name__ == "__main__":
    raise SystemExit(main())
