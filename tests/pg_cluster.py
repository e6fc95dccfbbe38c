"""A throw-away PostgreSQL cluster of the test's own, on a free port, that a test may stop and start again.

The shared server (127.0.0.1:5432, the ``pg_server`` fixture) is never touched: this cluster has its own data
directory under the temp folder, its own port and its own socket directory, and every ``pg_ctl`` call names that
data directory. ``initdb`` and ``postgres`` refuse to run as root: as root the cluster is made and run by the
``postgres`` system user (``runuser``), in a directory that user owns.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import random
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

SHARED_PORT = 5432


def bin_dir() -> Path | None:
    """The newest Debian PostgreSQL binaries (``/usr/lib/postgresql/<major>/bin``), else ``initdb`` on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    assert port != SHARED_PORT
    return port


class PgCluster:
    """``init()`` once, then ``start()`` / ``stop()`` as often as the test likes; ``destroy()`` at the end."""

    def __init__(self) -> None:
        found = bin_dir()
        if found is None:
            raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl) found")
        self.bin: Path = found
        self.port = free_port()
        self.base = Path(tempfile.mkdtemp(prefix="desk_pg_"))
        self.data = self.base / "data"
        self.log = self.base / "server.log"
        self.user: str | None = None
        if os.geteuid() == 0:  # initdb: "cannot be run as root"
            self.user = "postgres"
            try:
                pw = pwd.getpwnam(self.user)
                os.chown(self.base, pw.pw_uid, pw.pw_gid)
                os.chmod(self.base, 0o700)
            except (KeyError, OSError):
                shutil.rmtree(self.base, ignore_errors=True)
                raise

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr.strip()}\n"
                               f"{self.server_log()[-2000:]}")
        return done

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync", "--no-instructions")
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.base}'\n"
                # fsync only matters when the OS crashes; an immediate stop loses no committed transaction
                # without it (synchronous_commit stays on: a commit is acknowledged after its WAL is written).
                "fsync = off\nfull_page_writes = off\nshared_buffers = 32MB\nmax_connections = 40\n"
            )

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self, mode: str = "immediate") -> None:
        """``immediate``: every server process is killed at once, like a power cut of the database server
        (open transactions are lost, committed ones come back from the WAL at the next start)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def wait_accepting(self, timeout: float = 30) -> None:
        """After a start: until the server accepts connections to a database (crash recovery done)."""
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            try:
                with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                                     connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
        return self.url(name)

    def server_log(self) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def destroy(self) -> None:
        """Stop the server if it runs (immediately: nothing of it is kept) and remove the data directory."""
        try:
            if self.data.exists() and self.running():
                self.stop("immediate")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


class DroppingProxy:
    """A TCP proxy in front of a PostgreSQL server that can lose one reply: once ``arm()`` was called, the next
    bytes the server sends are not forwarded and both sides of that connection are closed — the server has
    done the work (e.g. committed), the client only sees the connection drop. Armed in SQLAlchemy's ``commit``
    event it reproduces "the connection was lost during COMMIT", the case request ids are for."""

    def __init__(self, upstream_port: int) -> None:
        import threading

        self.upstream_port = upstream_port
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._armed = threading.Event()
        self.dropped = 0
        self._closed = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def arm(self) -> None:
        self._armed.set()

    def _accept(self) -> None:
        import threading

        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._socks += [client, server]
            threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, from_server: bool) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if from_server and self._armed.is_set():
                    self._armed.clear()
                    self.dropped += 1
                    break  # the reply is lost: close both sides without forwarding it
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        with self._lock:
            for s in self._socks:
                with contextlib.suppress(OSError):
                    s.close()


# -- saves while the server stops (tests/services/test_outage.py and bench/bench_writes_hold.py) -------------
class Run:
    def __init__(self) -> None:
        self.results: dict[int, Any] = {}
        self.errors: dict[int, BaseException] = {}
        self.done = 0
        self.lock = threading.Lock()
        self.up = threading.Event()
        self.up.set()
        self.began = False
        self.inside: set[int] = set()
        self.stops = 0


def loop_with_outages(cluster: Any, db: Any, calls: list[Callable[[], Any]], outages: int = 6) -> Run:
    """Run ``calls`` in a thread while this thread stops the server (``-m immediate``) ``outages`` times, spread over
    the loop; a failed call is not retried there (the thread waits until the server is back and goes on)."""
    from sqlalchemy import event

    run = Run()

    def began(_conn: Any) -> None:
        if threading.current_thread() is thread:
            run.began = True

    def work() -> None:
        for i, call in enumerate(calls):
            run.began = False
            try:
                result = call()
            except BaseException as exc:  # noqa: BLE001 - judged by the row
                with run.lock:
                    run.errors[i] = exc
                    run.done += 1
                    if run.began:
                        run.inside.add(i)
                run.up.wait(60)
            else:
                with run.lock:
                    run.results[i] = result
                    run.done += 1

    thread = threading.Thread(target=work, daemon=True)
    event.listen(db.engine, "begin", began)
    thread.start()
    n = len(calls)
    rng = random.Random(n)
    for k in range(1, outages + 1):
        stop_at = k * n // (outages + 1)
        deadline = time.monotonic() + 60
        while run.done < stop_at and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.random() * 0.01)
        run.up.clear()
        failed_before = len(run.errors)
        cluster.stop("immediate")
        run.stops += 1
        deadline = time.monotonic() + 5
        while len(run.errors) == failed_before and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.005)
        cluster.start()
        cluster.wait_accepting()
        run.up.set()
    thread.join(180)
    event.remove(db.engine, "begin", began)
    if thread.is_alive():
        raise RuntimeError("the save loop hangs")
    return run


def unavailable(reason: str) -> NoReturn:
    """No cluster of our own: a failure under CI (a PostgreSQL test must not skip there), a skip elsewhere."""
    import pytest

    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def own_cluster(request: Any) -> Iterator[PgCluster]:
    """The body of a module-scoped ``cluster`` fixture: a PostgreSQL cluster of our own on a free port, that the
    tests may stop; removed at the end even when init or a test fails."""
    import pytest

    if request.config.getoption("--no-pg"):
        pytest.skip("--no-pg given")
    try:
        own = PgCluster()
    except Exception as exc:  # noqa: BLE001 - no binaries
        unavailable(f"cannot make a PostgreSQL cluster: {exc}")
    request.addfinalizer(own.destroy)
    try:
        own.init()
        own.start()
        own.wait_accepting()
    except Exception as exc:  # noqa: BLE001 - initdb or the server refused
        unavailable(f"cannot start a PostgreSQL cluster: {exc}")
    yield own


def database_on(cluster: PgCluster, prefix: str) -> Iterator[Any]:
    """The body of an ``outage_db`` fixture: a fresh migrated database on the cluster (started again first when
    an earlier test failed while it was stopped), closed after the test with the server running."""
    import uuid

    from desktop.storage import Database

    if not cluster.running():
        cluster.start()
    cluster.wait_accepting()
    db = Database.open(cluster.create_database(f"{prefix}_{uuid.uuid4().hex[:10]}"))
    try:
        yield db
    finally:
        if not cluster.running():
            cluster.start()
            cluster.wait_accepting()
        db.close()


def through_dropping_proxy(cluster: PgCluster, db: Any) -> Iterator[tuple[Any, DroppingProxy]]:
    """The body of a ``proxied`` fixture: the same database opened again through a proxy that can lose the reply
    to COMMIT (the write committed, the caller cannot know)."""
    from sqlalchemy.engine import make_url

    from desktop.storage import Database

    proxy = DroppingProxy(cluster.port)
    proxied = Database.open(proxy.url(str(make_url(db.url).database)))
    try:
        yield proxied, proxy
    finally:
        proxied.close()
        proxy.close()
