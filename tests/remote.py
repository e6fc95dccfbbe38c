"""``pytest --backend remote``: the service tests again, each public use case through ``RemoteBackend`` and a live
reception-desk server, so that the in-process and the remote path stay equal (issue #13 item 8).

One uvicorn server runs for the whole session, in a thread, on a random loopback port. Its app serves a
database handle that follows the test's own ``db`` (a new SQLite file or the truncated PostgreSQL database of
each test). While a test runs, every function of ``desktop.services.api.USE_CASES`` is replaced in its module by
a proxy: a call made by the test itself, with a real user's actor, goes over HTTP as that user (a session made
for it) and the answer, or the refusal, comes back decoded into the same classes. Everything else stays
in-process, unchanged: calls between services (the server runs them), calls from other threads or from code of
``desktop`` (import, CLI), and actors a test built by hand that are no user of the database.
"""

from __future__ import annotations

import secrets
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from desktop.services import api
from desktop.services.sessions import SessionExpired

STATS: Counter[str] = Counter()


class _FollowingDatabase:
    """The server's database: whatever database the running test uses."""

    def __init__(self) -> None:
        self.current: Any = None

    def __getattr__(self, name: str) -> Any:
        if self.current is None:
            raise RuntimeError("no test database")
        return getattr(self.current, name)

    def close(self) -> None:  # the test's fixture closes its database, not the server
        pass


class LiveServer:
    def __init__(self) -> None:
        from desktop.server.app import create_app
        from desktop.server.main import ThreadedServer

        self.db = _FollowingDatabase()
        self.threaded = ThreadedServer(create_app(self.db, close_db=False))  # type: ignore[arg-type]
        self.url = self.threaded.url
        self.backends: dict[tuple[int, str], Any] = {}
        self.actors: dict[tuple[int, str], Any] = {}

    def stop(self) -> None:
        self.threaded.stop()
        for backend in self.backends.values():
            backend.close()

    def use(self, db: Any) -> None:
        self.db.current = db
        for backend in self.backends.values():
            backend.close()
        self.backends.clear()
        self.actors.clear()

    def forget(self, actor: Any) -> None:
        backend = self.backends.pop((id(self.db.current), actor.login), None)
        if backend is not None:
            backend.close()

    def backend_for(self, actor: Any) -> Any | None:
        """A RemoteBackend logged in as ``actor`` (a session made directly), or None when ``actor`` is not the
        actor the server would build for that user (made by hand, or a user changed since)."""
        from desktop.backend import RemoteBackend
        from desktop.models import UserSession, utcnow
        from desktop.services import auth, sessions
        from desktop.services.errors import ServiceError

        db = self.db.current
        key = (id(db), actor.login)
        try:
            current = auth.actor_for(db, actor.login)
        except ServiceError:
            return None
        if current != actor:
            return None
        backend = self.backends.get(key)
        if backend is None:
            token = secrets.token_urlsafe(32)
            with db.transaction() as s:
                s.add(UserSession(token_hash=sessions.token_hash(token), user_id=actor.user_id,
                                  created_at=utcnow(), last_seen_at=utcnow(), client_address="127.0.0.1"))
            backend = RemoteBackend(self.url, verify=False)
            backend.token = token
            backend.actor = actor
            self.backends[key] = backend
        return backend


def _proxy(server: LiveServer, uc: api.UseCase) -> Callable[..., Any]:
    original = uc.fn

    def proxy(*args: Any, **kwargs: Any) -> Any:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if (threading.current_thread() is not threading.main_thread() or caller.startswith("desktop.")
                or server.db.current is None or not args or args[0] is not server.db.current):
            STATS["local: nested or other thread"] += 1
            return original(*args, **kwargs)
        actor = args[1] if uc.takes_actor and len(args) > 1 else kwargs.get("actor")
        backend = server.backend_for(actor) if actor is not None else None
        if backend is None:
            STATS["local: actor built by hand"] += 1
            return original(*args, **kwargs)
        STATS["remote"] += 1
        rest = args[2:] if uc.takes_actor else args[1:]
        try:
            return backend.call(uc.fn, *rest, **kwargs)
        except SessionExpired:  # the test emptied the tables (its session with them): log in again
            server.forget(actor)
            backend = server.backend_for(actor)
            if backend is None:
                raise
            return backend.call(uc.fn, *rest, **kwargs)

    proxy.__name__ = original.__name__
    proxy.__wrapped__ = original  # type: ignore[attr-defined]
    proxy.write_action = getattr(original, "write_action", None)  # type: ignore[attr-defined]
    return proxy


def patched(server: LiveServer, db: Any) -> Iterator[Any]:
    """While a test runs: its database behind the server, the use cases replaced by proxies."""
    import importlib

    server.use(db)
    saved: list[tuple[Any, str, Any]] = []
    for uc in api.USE_CASES.values():
        module = importlib.import_module(uc.fn.__module__)
        saved.append((module, uc.fn.__name__, getattr(module, uc.fn.__name__)))
        setattr(module, uc.fn.__name__, _proxy(server, uc))
    try:
        yield db
    finally:
        for module, name, fn in saved:
            setattr(module, name, fn)
        server.use(None)
