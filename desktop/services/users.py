"""Users, managed from the app by the master-data team (permission 'user.manage').

List, add, set roles, reset a password, unlock an account locked after failed logins, deactivate and
reactivate. Every change is audited (never a password, not even hashed); every call is refused for
other roles. A master-data user cannot lock themself out (drop their own role, deactivate themself).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from desktop.models import User, utcnow
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.rules.text import clean_query
from desktop.services import audit, org, sessions
from desktop.services.auth import ROLES, Actor, hash_password, verify_password
from desktop.services.errors import NotFound, RuleViolation
from desktop.services.writes import write_action
from desktop.storage import Database

MIN_PASSWORD = 6


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    name: str
    store_code: str
    roles: tuple[str, ...]
    active: bool
    locked: bool
    locked_until: datetime | None
    failed_logins: int
    created_at: datetime


def _row(u: User, now: datetime) -> UserRow:
    locked = u.locked_until is not None and u.locked_until > now
    return UserRow(u.id, u.login, u.name, u.store.code, tuple(u.role_list), u.active, locked,
                   u.locked_until if locked else None, u.failed_logins, u.created_at)


def _load(s: Session, login: str) -> User:
    login = clean_query("login", login, max_len=50, label=QT_TRANSLATE_NOOP("services.users", "登录名"))  # never a database error
    u = s.scalar(select(User).where(User.login == login).options(joinedload(User.store))
                 .with_for_update(of=User))
    if u is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.users", "用户 {login} 不存在"),
            field="login", params={"login": login},
        )
    return u


def _roles(roles: list[str] | tuple[str, ...]) -> list[str]:
    clean = list(dict.fromkeys(r.strip() for r in roles if r and r.strip()))
    bad = [r for r in clean if r not in ROLES]
    if not clean or bad:
        if bad:
            raise ValidationError("roles", QT_TRANSLATE_NOOP("services.users", "角色无效：{bad}；可选 {roles}"),
                                  params={"bad": ", ".join(bad), "roles": ", ".join(ROLES)})
        raise ValidationError("roles", QT_TRANSLATE_NOOP("services.users", "未选择角色；可选 {roles}"),
                              params={"roles": ", ".join(ROLES)})
    return clean


def _password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("services.users", "密码至少 {min_password} 位"),
            params={"min_password": MIN_PASSWORD},
        )
    return password


def list_users(db: Database, actor: Actor) -> list[UserRow]:
    actor.require("user.manage")
    with db.read() as s:
        now = utcnow()
        return [_row(u, now) for u in s.scalars(select(User).options(joinedload(User.store)).order_by(User.login))]


@write_action("user.add")
def add(db: Database, actor: Actor, login: str, name: str, store_code: str, roles: list[str], password: str, *,
        request_id: str | None = None) -> UserRow:
    """A new user at a store with one or more roles (org.add_user, with the actor's permission and audit)."""
    actor.require("user.manage")
    clean_roles = _roles(roles)
    _password(password)
    if not (login or "").strip():
        raise ValidationError("login", QT_TRANSLATE_NOOP("services.users", "登录名必填"), code="required")
    org.add_user(db, login.strip(), name, store_code.strip(), clean_roles, password, actor=actor)
    with db.read() as s:
        u = s.scalar(select(User).where(User.login == login.strip()).options(joinedload(User.store)))
        assert u is not None
        return _row(u, utcnow())


add_user = add


@write_action("user.set_roles")
def set_roles(db: Database, actor: Actor, login: str, roles: list[str], *, request_id: str | None = None) -> UserRow:
    actor.require("user.manage")
    clean = _roles(roles)
    with db.transaction() as s:
        u = _load(s, login)
        if u.id == actor.user_id and "master_data" not in clean:
            raise RuleViolation(QT_TRANSLATE_NOOP("services.users", "不能取消自己的主数据团队角色"), field="roles")
        new = ",".join(clean)
        if new != u.roles:
            audit.record(s, actor, "user.roles", "user", u.id, u.login, "roles", u.roles, new)
            u.roles = new
        s.flush()
        return _row(u, utcnow())


@write_action("user.reset_password")
def reset_password(db: Database, actor: Actor, login: str, new_password: str, *,
                   request_id: str | None = None) -> UserRow:
    """A new password (told to the user in person); clears a lock too."""
    actor.require("user.manage")
    _password(new_password)
    with db.transaction() as s:
        u = _load(s, login)
        u.password_hash = hash_password(new_password)
        u.failed_logins = 0
        u.locked_until = None
        audit.record(s, actor, "user.reset_password", "user", u.id, u.login, "password", None, "******")
        sessions.revoke_user(s, u.id)  # the old password's sessions end at once
        s.flush()
        return _row(u, utcnow())


@write_action("user.change_own_password")
def change_own_password(db: Database, actor: Actor, old_password: str, new_password: str, *,
                        request_id: str | None = None) -> UserRow:
    """Any user changes their own password (the old one first). Every session of the user ends, this one too:
    the server asks for the new password at the next request."""
    _password(new_password)
    with db.transaction() as s:
        u = _load(s, actor.login)
        if not verify_password(u.password_hash, old_password):
            raise ValidationError(
                "old_password", QT_TRANSLATE_NOOP("services.users", "原密码不正确"),
                code="wrong_password",
            )
        u.password_hash = hash_password(new_password)
        audit.record(s, actor, "user.change_password", "user", u.id, u.login, "password", None, "******")
        sessions.revoke_user(s, u.id)
        s.flush()
        return _row(u, utcnow())


@write_action("user.unlock")
def unlock(db: Database, actor: Actor, login: str, *, request_id: str | None = None) -> UserRow:
    """Clear the lock after too many failed logins (and the failure count)."""
    actor.require("user.manage")
    with db.transaction() as s:
        u = _load(s, login)
        audit.record(s, actor, "user.unlock", "user", u.id, u.login, "locked_until", u.locked_until, None)
        u.locked_until = None
        u.failed_logins = 0
        s.flush()
        return _row(u, utcnow())


def _set_active(db: Database, actor: Actor, login: str, active: bool, reason: str | None) -> UserRow:
    actor.require("user.manage")
    with db.transaction() as s:
        u = _load(s, login)
        if not active and u.id == actor.user_id:
            raise RuleViolation(QT_TRANSLATE_NOOP("services.users", "不能停用自己的账号"), field="login")
        if u.active != active:
            audit.record(s, actor, "user.activate" if active else "user.deactivate", "user", u.id, u.login,
                         "active", u.active, active, (reason or "").strip() or None)
            u.active = active
        if not active:
            sessions.revoke_user(s, u.id)  # the next request of a deactivated user fails at once
        s.flush()
        return _row(u, utcnow())


@write_action("user.deactivate")
def deactivate(db: Database, actor: Actor, login: str, reason: str | None = None, *,
               request_id: str | None = None) -> UserRow:
    """The user can no longer log in (the account and its audit trail stay)."""
    return _set_active(db, actor, login, False, reason)


@write_action("user.reactivate")
def reactivate(db: Database, actor: Actor, login: str, reason: str | None = None, *,
               request_id: str | None = None) -> UserRow:
    return _set_active(db, actor, login, True, reason)
