"""Request ids and key locks: what makes a retried write safe and two simultaneous creates one.

- :func:`claim` / :func:`record`: a write made with a request id stores its outcome in ``request_log`` in the
  same transaction; a repeat of the id returns that outcome and applies nothing.
- :func:`lock_keys`: a transaction-scoped lock on each business key a check is about to read (PostgreSQL
  advisory locks; SQLite needs none, its writers are serialised by ``BEGIN IMMEDIATE``). Two workstations that
  create the same customer at the same instant take the same lock: the second reads after the first committed,
  so its duplicate check sees the first one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from desktop.models import RequestLog, utcnow

MAX_REQUEST_ID = 64


def _lock_id(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def lock_keys(session: Session, keys: Iterable[str]) -> None:
    """Take a transaction-scoped lock on every key (released at commit or rollback), in one order for every
    caller so that two transactions never wait for each other in a circle. A no-op on SQLite."""
    ids = sorted({_lock_id(k) for k in keys if k})
    if not ids or session.get_bind().dialect.name != "postgresql":
        return
    session.execute(
        text("SELECT pg_advisory_xact_lock(k) FROM (SELECT unnest(CAST(:ids AS bigint[])) AS k ORDER BY 1) AS keys"),
        {"ids": ids},
    )


def find(session: Session, request_id: str) -> RequestLog | None:
    """The stored outcome of an earlier write with this request id (locking the id first on PostgreSQL, so a
    simultaneous repeat waits for the first one to commit or roll back)."""
    lock_keys(session, ["request:" + request_id])
    return session.get(RequestLog, request_id)


def record(session: Session, request_id: str, action: str, user_id: int | None, result: str) -> None:
    session.add(RequestLog(request_id=request_id, action=action, user_id=user_id, at=utcnow(), result=result))
    session.flush()


def prune(session: Session, before: datetime) -> int:
    """Forget outcomes older than ``before`` (a retry comes seconds or minutes later, never days)."""
    result = session.execute(delete(RequestLog).where(RequestLog.at < before))
    return int(getattr(result, "rowcount", 0) or 0)


def count(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(RequestLog)) or 0)
