"""Stores, repair centers and users (the group's organisation; managed by the master-data team)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from desktop.models import RepairCenter, Store, User
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.services import audit
from desktop.services.auth import ROLES, Actor, hash_password
from desktop.services.errors import Conflict, NotFound, RuleViolation
from desktop.storage import Database

_CODE = re.compile(r"^[A-Za-z0-9_-]{1,20}$")


@dataclass(frozen=True)
class StoreInfo:
    id: int
    code: str
    name: str
    repair_centers: tuple[tuple[str, str], ...]


def _check_code(code: str, what: str) -> str:
    code = code.strip()
    if not _CODE.match(code):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("services.org", "{what}编码须为 1–20 位字母、数字、- 或 _：{code}"),
            field="code", params={"what": what, "code": repr(code)},
        )
    return code


def add_store(
    db: Database, code: str, name: str, repair_centers: list[tuple[str, str]], actor: Actor | None = None
) -> StoreInfo:
    """Create a store with its repair centers (at least one), in one transaction."""
    if actor is not None:
        actor.require("user.manage")
    code = _check_code(code, QT_TRANSLATE_NOOP("services.org", "门店"))
    name = name.strip()
    if not name:
        raise RuleViolation(QT_TRANSLATE_NOOP("services.org", "门店名称不能为空"), field="name")
    if not repair_centers:
        raise RuleViolation(QT_TRANSLATE_NOOP("services.org", "每个门店至少有一个维修中心"), field="repair_center")
    with db.transaction() as s:
        if s.scalar(select(Store.id).where(Store.code == code)) is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP("services.org", "门店编码 {code} 已存在"),
                field="code", params={"code": code},
            )
        store = Store(code=code, name=name)
        s.add(store)
        s.flush()
        for rc_code, rc_name in repair_centers:
            rc_code = _check_code(rc_code, QT_TRANSLATE_NOOP("services.org", "维修中心"))
            if s.scalar(select(RepairCenter.id).where(RepairCenter.code == rc_code)) is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP("services.org", "维修中心编码 {rc_code} 已存在"),
                    field="repair_center", params={"rc_code": rc_code},
                )
            s.add(RepairCenter(code=rc_code, name=rc_name.strip() or rc_code, store_id=store.id))
        audit.record(s, actor, "store.add", "store", store.id, code, None, None, name)
        return StoreInfo(store.id, code, name, tuple((c, n) for c, n in repair_centers))


def add_user(
    db: Database,
    login: str,
    name: str,
    store_code: str,
    roles: list[str],
    password: str,
    actor: Actor | None = None,
) -> int:
    """Create a user; only the master-data team may do so from the app (the CLI bootstraps)."""
    if actor is not None:
        actor.require("user.manage")
    login = _check_code(login, QT_TRANSLATE_NOOP("services.org", "登录名")) if len(login) <= 20 else login
    bad = [r for r in roles if r not in ROLES]
    if not roles or bad:
        if bad:
            raise RuleViolation(QT_TRANSLATE_NOOP("services.org", "角色无效：{bad}；可选 {roles}"), field="role",
                                params={"bad": ", ".join(bad), "roles": ", ".join(ROLES)})
        raise RuleViolation(QT_TRANSLATE_NOOP("services.org", "未指定角色；可选 {roles}"), field="role",
                            params={"roles": ", ".join(ROLES)})
    if len(password) < 6:
        raise RuleViolation(QT_TRANSLATE_NOOP("services.org", "密码至少 6 位"), field="password")
    with db.transaction() as s:
        store = s.scalar(select(Store).where(Store.code == store_code))
        if store is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("services.org", "门店 {store_code} 不存在"),
                field="store", params={"store_code": store_code},
            )
        if s.scalar(select(User.id).where(User.login == login)) is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP("services.org", "登录名 {login} 已存在"),
                field="login", params={"login": login},
            )
        user = User(
            login=login, name=name.strip() or login, store_id=store.id, roles=",".join(roles),
            password_hash=hash_password(password), active=True, failed_logins=0,
        )
        s.add(user)
        s.flush()
        audit.record(s, actor, "user.add", "user", user.id, login, "roles", None, ",".join(roles))
        return user.id


def stores(db: Database) -> list[StoreInfo]:
    with db.read() as s:
        out = []
        for st in s.scalars(select(Store).order_by(Store.code)):
            out.append(StoreInfo(st.id, st.code, st.name, tuple((rc.code, rc.name) for rc in st.repair_centers)))
        return out
