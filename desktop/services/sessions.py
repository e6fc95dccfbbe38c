"""Sessions of the reception-desk server: login gives an opaque token, every request turns it back into the
actor. Only the server calls this module (a workstation on SQLite logs in with :func:`auth.login` directly).

- The token is 32 random bytes (``secrets.token_urlsafe``); the database keeps only its SHA-256, so a copy of
  ``user_sessions`` opens nothing.
- The actor is rebuilt from the database on every request (roles, store, active flag): a role change, a
  deactivation or a password reset holds from the user's next request. Deactivation and password reset also
  revoke the user's sessions (:func:`revoke_user`, called in their own transaction).
- A session ends after ``idle`` without a request, and at logout.
- Failed logins are throttled per login and per client address (``login_attempts``), on top of the account
  lockout of :func:`auth.login`, which only counts existing accounts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.models import LoginAttempt, RepairCenter, Store, User, UserSession, utcnow
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.services import auth
from desktop.services.errors import ServiceError
from desktop.storage import Database

#: a session without a request for this long has ended (the desk is idle over lunch, not over a night)
DEFAULT_IDLE = timedelta(hours=4)
#: last_seen_at is written at most this often (not one UPDATE per request)
TOUCH_EVERY = timedelta(minutes=1)
#: failed logins counted over this window ...
THROTTLE_WINDOW = timedelta(minutes=15)
#: ... at most this many per login name (existing or not) ...
MAX_FAILURES_PER_LOGIN = 10
#: ... and this many per client address (one workstation guessing many accounts)
MAX_FAILURES_PER_ADDRESS = 30


class SessionExpired(ServiceError):
    """No session, an unknown token, a session ended by logout, idle time, deactivation or a password reset."""

    code = "session"

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("services.sessions", "登录已失效（已注销、长时间未操作、账号已停用或密码已重置），请重新登录"))


class Throttled(ServiceError):
    """Too many failed logins from this login name or this client address: wait before the next try."""

    code = "throttled"
    retry_after: int

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        minutes = max(1, (retry_after + 59) // 60)
        super().__init__(
            QT_TRANSLATE_NOOP("services.sessions", "登录失败次数过多，请 {minutes} 分钟后再试"),
            params={"minutes": minutes},
        )


@dataclass(frozen=True)
class Opened:
    token: str
    actor: auth.Actor


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _keys(login_name: str, client_address: str | None) -> list[str]:
    keys = [f"login:{(login_name or '').strip().lower()[:100]}"]
    if client_address:
        keys.append(f"addr:{client_address[:100]}")
    return keys


def _throttle(s: Session, login_name: str, client_address: str | None, now: datetime) -> None:
    since = now - THROTTLE_WINDOW
    for key in _keys(login_name, client_address):
        count, first = s.execute(
            select(func.count(), func.min(LoginAttempt.at)).where(LoginAttempt.key == key, LoginAttempt.at >= since)
        ).one()
        limit = MAX_FAILURES_PER_ADDRESS if key.startswith("addr:") else MAX_FAILURES_PER_LOGIN
        if count >= limit:
            retry = int(((first or now) + THROTTLE_WINDOW - now).total_seconds()) + 1
            raise Throttled(max(1, retry))


def open_session(db: Database, login_name: str, password: str, client_address: str | None = None) -> Opened:
    """Log in (:func:`auth.login`, with its lockout) and start a session. Raises ``Throttled`` before checking
    the password when this login or this address failed too often, ``LoginFailed`` when it is wrong."""
    now = utcnow()
    if not isinstance(login_name, str) or not login_name.strip().isprintable() or len(login_name) > 100:
        with db.transaction() as s:  # what no login name can be: a failure of this address, never a query
            if client_address:
                s.add(LoginAttempt(key=_keys("", client_address)[1], at=now))
        raise auth.LoginFailed(QT_TRANSLATE_NOOP("services.sessions", "用户名或密码错误"))
    with db.read() as s:
        _throttle(s, login_name, client_address, now)
    try:
        actor = auth.login(db, login_name, password)
    except auth.LoginFailed:
        with db.transaction() as s:
            s.add_all(LoginAttempt(key=key, at=now) for key in _keys(login_name, client_address))
            s.execute(delete(LoginAttempt).where(LoginAttempt.at < now - 2 * THROTTLE_WINDOW))
        raise
    token = secrets.token_urlsafe(32)
    with db.transaction() as s:
        s.add(UserSession(token_hash=token_hash(token), user_id=actor.user_id, created_at=now, last_seen_at=now,
                          client_address=(client_address or None) and client_address[:64]))
        s.execute(delete(LoginAttempt).where(LoginAttempt.key == _keys(login_name, None)[0]))
        s.execute(delete(UserSession).where(UserSession.last_seen_at < now - timedelta(days=30)))
    return Opened(token, dataclasses.replace(actor, client_address=client_address))


def actor_for_token(db: Database, token: str | None, client_address: str | None = None, *,
                    idle: timedelta = DEFAULT_IDLE) -> auth.Actor:
    """The actor of a live session (rebuilt from the user's row: roles and store as they are now)."""
    if not token or len(token) > 200 or not token.isascii():
        raise SessionExpired()
    now = utcnow()
    digest = token_hash(token)
    with db.read() as s:  # two statements: the session with its user and store, then the store's centers
        row = s.execute(
            select(UserSession.id, UserSession.last_seen_at, User, Store)
            .join(User, User.id == UserSession.user_id)
            .join(Store, Store.id == User.store_id)
            .where(UserSession.token_hash == digest, UserSession.revoked_at.is_(None))
        ).one_or_none()
        if row is None:
            raise SessionExpired()
        session_id, last_seen, user, store = row
        if not user.active or last_seen < now - idle:
            raise SessionExpired()
        centers = list(s.scalars(select(RepairCenter.id).where(RepairCenter.store_id == store.id)
                                 .order_by(RepairCenter.code)))
        actor = auth.actor_from(user, store, centers)
    if now - last_seen >= TOUCH_EVERY:
        with db.transaction() as s:
            s.execute(update(UserSession).where(UserSession.id == session_id).values(last_seen_at=now))
    return dataclasses.replace(actor, client_address=client_address)


def close_session(db: Database, token: str | None) -> None:
    """Logout: the token stops working (an unknown token is not an error: logging out twice is fine)."""
    if not token or len(token) > 200:
        return
    with db.transaction() as s:
        s.execute(update(UserSession).where(UserSession.token_hash == token_hash(token),
                                            UserSession.revoked_at.is_(None)).values(revoked_at=utcnow()))


def revoke_user(s: Session, user_id: int) -> None:
    """End every session of a user, in the caller's transaction (deactivation, password reset)."""
    s.execute(update(UserSession).where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
              .values(revoked_at=utcnow()))
