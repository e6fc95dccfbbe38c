"""``serve``: check the flags, open the database (never migrating it: ``init-db`` does that with the owner role),
then run the ASGI app under uvicorn.

TLS is the rule: plain HTTP only on a loopback address and only with ``--insecure-dev`` (tests, a developer's
machine, or a TLS-terminating load balancer on the same host). ``--workers N`` starts N processes: they share
nothing but the database (sessions live there), so more processes, or more servers behind a load balancer,
need no other coordination.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
from datetime import timedelta
from typing import Any, Literal

log = logging.getLogger(__name__)

ENV_DB = "DESKTOP_SERVER_DB"
ENV_IDLE = "DESKTOP_SERVER_IDLE_MINUTES"
ENV_POOL = "DESKTOP_SERVER_POOL"
ENV_LOG = "DESKTOP_SERVER_LOG_LEVEL"
DEFAULT_PORT = 8443
#: threads that run service calls per process, and database connections per process to match
DEFAULT_THREADS = 24


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m desktop serve",
                                description="维修接待台 server: the services next to the database, one request per action")
    p.add_argument("--db", metavar="URL", help=f"database URL (else ${ENV_DB} or DESKTOP_DB_URL); the runtime role")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--cert", metavar="FILE", help="TLS certificate (PEM, with its chain)")
    p.add_argument("--key", metavar="FILE", help="TLS private key (PEM)")
    p.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    p.add_argument("--threads", type=int, default=DEFAULT_THREADS,
                   help=f"service calls at once per process, and database connections (default {DEFAULT_THREADS})")
    p.add_argument("--idle-minutes", type=int, default=240, help="a session ends after this long without a request")
    p.add_argument("--forwarded-allow-ips", default=None,
                   help="load balancers whose X-Forwarded-For is trusted (the audited client address)")
    p.add_argument("--insecure-dev", action="store_true",
                   help="plain HTTP; allowed on a loopback address only (tests, development)")
    p.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    return p


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_flags(args: argparse.Namespace) -> str | None:
    """What is wrong with the flags (a sentence for IT), or None."""
    if args.insecure_dev:
        if not _is_loopback(args.host):
            return (f"--insecure-dev serves plain HTTP and is allowed on a loopback address only, not {args.host}: "
                    "give --cert and --key")
        if args.cert or args.key:
            return "--insecure-dev and --cert/--key exclude each other"
    elif not (args.cert and args.key):
        return "TLS is required: give --cert FILE and --key FILE (or --insecure-dev on 127.0.0.1 for development)"
    else:
        for path in (args.cert, args.key):
            if not os.path.isfile(path):
                return f"file not found: {path}"
    if not 1 <= args.workers <= 64:
        return "--workers must be 1-64"
    if not 1 <= args.threads <= 256:
        return "--threads must be 1-256"
    if args.idle_minutes < 1:
        return "--idle-minutes must be at least 1"
    return None


def _setup_logging(level: str) -> None:
    from desktop.rules.privacy import install_privacy_filter

    root = logging.getLogger()
    if any(getattr(h, "_desk_server", False) for h in root.handlers):
        return  # --workers 1: the factory runs in the process that set logging up already
    handler = logging.StreamHandler()
    handler._desk_server = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper()))
    install_privacy_filter([handler])  # no phone, ID number or password in the server log either


def open_database(url: str, threads: int) -> Any:
    """The server's database: the schema must exist and be current (``init-db`` with the owner role first: the
    runtime role creates nothing); the pool fits the threads."""
    from desktop.storage import Database

    return Database.open(url, upgrade=False, create=False, pool_size=threads)


def app_from_environment() -> Any:
    """The uvicorn factory of each worker process (``--workers``): its configuration comes in the environment."""
    from desktop.server.app import create_app

    _setup_logging(os.environ.get(ENV_LOG, "info"))  # a worker process of --workers N logs too (masked)
    threads = int(os.environ.get(ENV_POOL, str(DEFAULT_THREADS)))
    db = open_database(os.environ[ENV_DB], threads)
    return create_app(db, idle=timedelta(minutes=int(os.environ.get(ENV_IDLE, "240"))), threads=threads)


class ThreadedServer:
    """The app under uvicorn in a daemon thread on a free loopback port, plain HTTP: the self-test of the frozen
    build and the tests use it (``with ThreadedServer(app) as server: RemoteBackend(server.url) ...``). Like
    ``serve`` without ``--forwarded-allow-ips``, it trusts no forwarded address."""

    def __init__(self, app: Any, *, lifespan: Literal["auto", "on", "off"] = "off") -> None:
        import socket
        import threading
        import time

        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="critical", access_log=False,
                                lifespan=lifespan, proxy_headers=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="desk-server", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the reception-desk server did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)

    def __enter__(self) -> ThreadedServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    problem = check_flags(args)
    if problem:
        print(f"serve: {problem}", file=sys.stderr)
        return 2
    from desktop import config

    url = args.db or os.environ.get(ENV_DB) or os.environ.get(config.ENV_URL)
    if not url:
        print("serve: no database: give --db URL (the runtime role, not the owner)", file=sys.stderr)
        return 2
    _setup_logging(args.log_level)
    from desktop.storage.errors import StorageError

    try:  # fail here, with a sentence, rather than in every worker
        open_database(url, 1).close()
    except StorageError as exc:
        print(f"serve: {exc.message('en')}", file=sys.stderr)
        return 3
    import uvicorn

    from desktop.server.protocol import NoDelayHttpToolsProtocol

    os.environ[ENV_DB] = url
    os.environ[ENV_IDLE] = str(args.idle_minutes)
    os.environ[ENV_POOL] = str(args.threads)
    os.environ[ENV_LOG] = args.log_level
    scheme = "http" if args.insecure_dev else "https"
    log.info("serving %s on %s://%s:%s (%d worker(s), %d threads each)", config.redact_url(url), scheme,
             args.host, args.port, args.workers, args.threads)
    uvicorn.run(
        "desktop.server.main:app_from_environment", factory=True, host=args.host, port=args.port,
        workers=args.workers, ssl_certfile=args.cert, ssl_keyfile=args.key, log_level=args.log_level,
        access_log=False, proxy_headers=bool(args.forwarded_allow_ips),
        forwarded_allow_ips=args.forwarded_allow_ips, timeout_keep_alive=75, server_header=False,
        http=NoDelayHttpToolsProtocol,  # --workers N loses TCP_NODELAY otherwise (desktop/server/protocol.py)
        lifespan="on",
    )
    return 0
