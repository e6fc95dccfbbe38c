"""Past one server, on loopback (issue #13 item 6): two ``serve`` processes behind haproxy, PostgreSQL behind
pgbouncer in transaction mode, a short load through the balancer, then everything torn down.

    apt-get install -y haproxy pgbouncer        # Debian packages (once)
    python bench/scale_out.py                   # 200 workstations, 30 s steady, ramp to the knee
    python bench/scale_out.py --quick           # 100 workstations, 20 s steady, short ramp steps
    python bench/scale_out.py --servers 3 --workers 1 --no-pgbouncer

What it sets up (temporary directory, random ports, all on 127.0.0.1):
- a fresh PostgreSQL database with the demo group (dropped at the end);
- pgbouncer ``pool_mode = transaction`` in front of it (run as user postgres when started as root, as pgbouncer
  requires); the servers' URL points at pgbouncer. psycopg's ``prepare_threshold=None`` (desktop/storage/
  database.py) keeps psycopg from preparing statements, which pgbouncer 1.18 cannot carry in this mode, and the
  services only take transaction-level advisory locks (``pg_advisory_xact_lock``);
- N x ``python -m desktop serve --insecure-dev --workers W --forwarded-allow-ips 127.0.0.1`` (stateless: the
  sessions live in the database, so any process answers any workstation);
- haproxy ``mode http``, ``balance roundrobin`` per request, keep-alive on both sides, ``option forwardfor``
  (the audited client address), a health check on ``GET /api/v1/health``.
Then ``load_remote.py --no-server --url http://127.0.0.1:<haproxy>``. Its figures are printed as they are; the
same run of load_remote.py against one server is the comparison.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent))

import remote_util as ru  # noqa: E402

HAPROXY_CFG = """global
    maxconn 4096
    log stdout format raw local0 warning
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 60s
    timeout http-keep-alive 75s
    option http-keep-alive
    option forwardfor
frontend desk
    bind 127.0.0.1:{port}
    default_backend servers
backend servers
    balance roundrobin
    option httpchk GET /api/v1/health
    http-check expect status 200
{servers}
"""

PGBOUNCER_INI = """[databases]
{db} = host=127.0.0.1 port=5432 dbname={db} user=postgres

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = trust
auth_file = {dir}/users.txt
pool_mode = transaction
default_pool_size = {pool}
max_client_conn = 2000
max_db_connections = {pool}
server_reset_query =
ignore_startup_parameters = extra_float_digits,options
logfile = {dir}/pgbouncer.log
pidfile = {dir}/pgbouncer.pid
"""


def need(tool: str) -> str:
    path = shutil.which(tool) or (f"/usr/sbin/{tool}" if os.path.exists(f"/usr/sbin/{tool}") else None)
    if not path:
        raise SystemExit(f"{tool} not installed: apt-get install -y haproxy pgbouncer")
    return path


def start_pgbouncer(tmp: Path, db: str, port: int, pool: int) -> subprocess.Popen[Any]:
    exe = need("pgbouncer")
    (tmp / "users.txt").write_text('"postgres" ""\n')
    ini = tmp / "pgbouncer.ini"
    ini.write_text(PGBOUNCER_INI.format(db=db, port=port, dir=tmp, pool=pool))
    cmd = [exe, str(ini)]
    if os.geteuid() == 0:  # pgbouncer refuses to run as root
        os.chmod(tmp, 0o777)
        for f in tmp.iterdir():
            os.chmod(f, 0o666)
        cmd = [exe, "-u", "postgres", str(ini)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=(tmp / "pgbouncer.err").open("wb"),
                            start_new_session=True)
    ru.wait_port(port, 20, proc)
    return proc


def start_haproxy(tmp: Path, port: int, backends: list[int]) -> subprocess.Popen[Any]:
    exe = need("haproxy")
    servers = "\n".join(f"    server s{i} 127.0.0.1:{p} check inter 2s" for i, p in enumerate(backends))
    cfg = tmp / "haproxy.cfg"
    cfg.write_text(HAPROXY_CFG.format(port=port, servers=servers))
    check = subprocess.run([exe, "-c", "-f", str(cfg)], capture_output=True, text=True)
    if check.returncode:
        raise SystemExit(f"haproxy config refused: {check.stdout}{check.stderr}")
    proc = subprocess.Popen([exe, "-db", "-f", str(cfg)], stdout=(tmp / "haproxy.log").open("wb"),
                            stderr=subprocess.STDOUT, start_new_session=True)
    ru.wait_port(port, 20, proc)
    return proc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--servers", type=int, default=2)
    ap.add_argument("--workers", type=int, default=1, help="uvicorn workers per server (default 1)")
    ap.add_argument("--threads", type=int, default=16, help="--threads per server process (default 16)")
    ap.add_argument("--pool", type=int, default=20, help="pgbouncer server connections (default 20)")
    ap.add_argument("--no-pgbouncer", action="store_true", help="servers straight to PostgreSQL")
    ap.add_argument("--workstations", type=int, default=200)
    ap.add_argument("--duration", type=float, default=30.0)
    ap.add_argument("--step", type=float, default=10.0)
    ap.add_argument("--quick", action="store_true", help="100 workstations, 20 s steady, 6 s ramp steps")
    ap.add_argument("--client", choices=["httpx", "raw"], default="httpx")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (configs, logs)")
    args = ap.parse_args()
    if args.quick:
        args.workstations, args.duration, args.step = 100, 20.0, 6.0
    db = f"bench_scale_{os.getpid()}"
    tmp = Path(tempfile.mkdtemp(prefix="desk_scale_"))
    procs: list[Any] = []
    try:
        with ru.demo_database(db) as url:
            server_url = url
            if not args.no_pgbouncer:
                pgb = ru.free_port()
                procs.append(start_pgbouncer(tmp, db, pgb, args.pool))
                server_url = url.replace(":5432/", f":{pgb}/")
                print(f"pgbouncer (transaction mode, {args.pool} server connections) on {pgb}", flush=True)
            ports, server_pids = [], []
            extra_pids = [procs[0].pid] if procs else []
            for i in range(args.servers):
                port = ru.free_port()
                procs.append(ru.start_server(server_url, port, tmp / f"server{i}.log", workers=args.workers,
                                             threads=args.threads, extra=["--forwarded-allow-ips", "127.0.0.1"]))
                ports.append(port)
                server_pids.append(procs[-1].pid)
            front = ru.free_port()
            procs.append(start_haproxy(tmp, front, ports))
            extra_pids.append(procs[-1].pid)
            print(f"haproxy on {front} -> servers {ports} ({args.workers} worker(s) each)", flush=True)
            time.sleep(2.5)  # the first health checks
            cmd = [sys.executable, str(ROOT / "load_remote.py"), "--no-server", "--url", f"http://127.0.0.1:{front}",
                   "--db-url", url, "--workstations", str(args.workstations), "--duration", str(args.duration),
                   "--step", str(args.step), "--client", args.client,
                   "--server-pids", ",".join(map(str, server_pids)), "--extra-pids", ",".join(map(str, extra_pids)),
                   "--label",
                   f"{args.servers} servers x {args.workers} worker(s) --threads {args.threads} behind haproxy"
                   + ("" if args.no_pgbouncer else f", pgbouncer transaction mode ({args.pool} connections)")]
            print(" ".join(cmd[1:]), flush=True)
            rc = subprocess.run(cmd, cwd=ROOT.parent).returncode
            for i in range(args.servers):
                errors = [ln for ln in (tmp / f"server{i}.log").read_text("utf-8", "replace").splitlines()
                          if " ERROR " in ln or "Traceback" in ln]
                if errors:
                    print(f"server {i}: {len(errors)} ERROR line(s), first: {errors[0]}")
            pgb_log = tmp / "pgbouncer.log"
            if pgb_log.exists():
                warn = [ln for ln in pgb_log.read_text("utf-8", "replace").splitlines() if "WARNING" in ln or "ERROR" in ln]
                print(f"pgbouncer log: {len(warn)} warning/error line(s){': ' + warn[0] if warn else ''}")
            return rc
    finally:
        for proc in reversed(procs):
            ru.stop(proc)
        if args.keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
