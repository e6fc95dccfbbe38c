"""Users, roles and permissions (RULES.md, Roles). Every permission is checked here, not in widgets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import RepairCenter, Store, User, utcnow
from desktop.rules.messages import QT_TRANSLATE_NOOP, Text, tr
from desktop.services.errors import ServiceError
from desktop.storage import Database
from desktop.storage import requests as request_log

ROLES: dict[str, Text] = {
    "service_advisor": QT_TRANSLATE_NOOP("services.auth", "服务顾问"),
    "sales_advisor": QT_TRANSLATE_NOOP("services.auth", "销售顾问"),
    "finance": QT_TRANSLATE_NOOP("services.auth", "财务"),
    "customer_service": QT_TRANSLATE_NOOP("services.auth", "客服"),
    "master_data": QT_TRANSLATE_NOOP("services.auth", "EAS 管理团队"),
}

# Permission codes with their names (shown in refusals).
PERMISSIONS: dict[str, Text] = {
    "work_order.create": QT_TRANSLATE_NOOP("services.auth", "开工单"),
    "vehicle.create_manual": QT_TRANSLATE_NOOP("services.auth", "手工新建车辆档案"),
    "vehicle.edit": QT_TRANSLATE_NOOP("services.auth", "维护车辆可变信息（车牌、保险、维修中心）"),
    "vehicle.change_owner": QT_TRANSLATE_NOOP("services.auth", "变更车主"),
    "vehicle.edit_locked": QT_TRANSLATE_NOOP("services.auth", "修改锁定的车辆信息"),
    "vehicle.nonstandard_vin": QT_TRANSLATE_NOOP("services.auth", "登记非标准车架号"),
    "vehicle.merge_twin": QT_TRANSLATE_NOOP("services.auth", "合并孪生车辆（疑似录错的车架号）"),
    "vehicle.repair_center_remove": QT_TRANSLATE_NOOP("services.auth", "移除任一门店的维修中心"),
    "customer.create_after_sales": QT_TRANSLATE_NOOP("services.auth", "新建售后客户"),
    "customer.create_sales": QT_TRANSLATE_NOOP("services.auth", "新建销售客户"),
    "customer.create_special": QT_TRANSLATE_NOOP("services.auth", "新建特殊客户"),
    "customer.edit": QT_TRANSLATE_NOOP("services.auth", "维护客户非核心资料"),
    "customer.request_core_change": QT_TRANSLATE_NOOP("services.auth", "申请修改核心资料"),
    "customer.modify_core": QT_TRANSLATE_NOOP("services.auth", "修改核心资料"),
    "customer.enable_sales": QT_TRANSLATE_NOOP("services.auth", "启用/停用销售客户"),
    "customer.enable_after_sales": QT_TRANSLATE_NOOP("services.auth", "启用/停用售后客户"),
    "customer.merge": QT_TRANSLATE_NOOP("services.auth", "合并重复客户"),
    "audit.view": QT_TRANSLATE_NOOP("services.auth", "查看审计记录"),
    "records.all_stores": QT_TRANSLATE_NOOP("services.auth", "维护其他门店的客户和车辆（集团范围）"),
    "user.manage": QT_TRANSLATE_NOOP("services.auth", "管理用户"),
}

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "service_advisor": frozenset(
        {
            "work_order.create",
            "vehicle.create_manual",
            "vehicle.edit",
            "vehicle.change_owner",
            "customer.create_after_sales",
            "customer.edit",
            "customer.request_core_change",
        }
    ),
    "sales_advisor": frozenset({"customer.create_sales", "customer.edit", "customer.request_core_change"}),
    "finance": frozenset({"customer.modify_core", "customer.enable_sales", "audit.view"}),
    "customer_service": frozenset({"customer.modify_core", "customer.enable_after_sales", "audit.view"}),
    "master_data": frozenset(PERMISSIONS),
}

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15

_hasher = PasswordHasher()


class PermissionDenied(ServiceError):
    """The actor's roles do not carry the permission (refused by the service, whatever the UI shows)."""

    code = "permission"

    def __init__(self, permission: str, actor: Actor | None = None) -> None:
        what = PERMISSIONS.get(permission, permission)
        if actor is None:
            super().__init__(QT_TRANSLATE_NOOP("services.auth", "无权限：{permission}"), params={"permission": what})
        else:
            super().__init__(QT_TRANSLATE_NOOP("services.auth", "无权限：{permission}（{roles}）"),
                             params={"permission": what, "roles": actor.role_names()})
        self.permission = permission


class LoginFailed(ServiceError):
    code = "login"


@dataclass(frozen=True)
class Actor:
    """Who is acting, from which store: built once at login and passed to every service."""

    user_id: int
    login: str
    name: str
    store_id: int
    store_code: str
    store_name: str
    roles: tuple[str, ...]
    repair_center_ids: tuple[int, ...]
    permissions: frozenset[str] = field(default_factory=frozenset)
    #: where the request came from, as the reception-desk server saw it (audited); None in-process
    client_address: str | None = None

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    def require(self, permission: str) -> None:
        if permission not in self.permissions:
            raise PermissionDenied(permission, self)

    def role_names(self) -> tuple[Text, ...]:
        """The names of the actor's roles (marked text: translate them, or pass them as a parameter)."""
        return tuple(ROLES[r] for r in self.roles if r in ROLES)

    def role_label(self, lang: str = "zh_CN") -> str:
        return tr(self.role_names(), lang)

    @property
    def repair_center_id(self) -> int | None:
        """This store's (first) repair center: the one attached to vehicles (M3)."""
        return self.repair_center_ids[0] if self.repair_center_ids else None


def permissions_for(roles: tuple[str, ...] | list[str]) -> frozenset[str]:
    perms: set[str] = set()
    for role in roles:
        perms |= ROLE_PERMISSIONS.get(role, frozenset())
    return frozenset(perms)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


_DUMMY: dict[int, str] = {}


def _dummy_hash() -> str:
    """A hash of nothing in particular, made with the current hasher (what an unknown login is checked against)."""
    key = id(_hasher)
    if key not in _DUMMY:
        _DUMMY[key] = _hasher.hash("no such user")
    return _DUMMY[key]


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def actor_from(db_user: User, store: Store, centers: list[int]) -> Actor:
    roles = tuple(db_user.role_list)
    return Actor(
        user_id=db_user.id,
        login=db_user.login,
        name=db_user.name,
        store_id=store.id,
        store_code=store.code,
        store_name=store.name,
        roles=roles,
        repair_center_ids=tuple(centers),
        permissions=permissions_for(roles),
    )


def actor_in(s: Session, user: User) -> Actor:
    store = s.get(Store, user.store_id)
    assert store is not None
    centers = list(
        s.scalars(select(RepairCenter.id).where(RepairCenter.store_id == store.id).order_by(RepairCenter.code))
    )
    return actor_from(user, store, centers)


def actor_for(db: Database, login: str) -> Actor:
    """Build the actor of an existing user (no password check: for tools, tests and after login)."""
    if not (login or "").isprintable():
        raise LoginFailed(QT_TRANSLATE_NOOP("services.auth", "用户 {login} 不存在"), params={"login": repr(login)})
    with db.read() as s:
        user = s.scalar(select(User).where(User.login == login))
        if user is None:
            raise LoginFailed(QT_TRANSLATE_NOOP("services.auth", "用户 {login} 不存在"), params={"login": login})
        return actor_in(s, user)


def login(db: Database, login_name: str, password: str) -> Actor:
    """Check a password; a few failed attempts in a row lock the account for a while. One transaction: the
    failure count is saved (and committed) when the password is wrong, the actor is built when it is right.
    Request-log entries older than a week are forgotten here (a retry comes minutes later, never days)."""
    login_name = (login_name or "").strip()
    if not login_name.isprintable() or len(login_name) > 50:  # never a database error for what was typed
        raise LoginFailed(QT_TRANSLATE_NOOP("services.auth", "用户名或密码错误"))
    actor: Actor | None = None
    with db.transaction() as s:
        user = s.scalar(select(User).where(User.login == login_name))
        if user is None or not user.active:
            verify_password(_dummy_hash(), password)  # as slow as a wrong password: timing tells no login apart
            raise LoginFailed(QT_TRANSLATE_NOOP("services.auth", "用户名或密码错误"))
        now = utcnow()
        if user.locked_until and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise LoginFailed(
                QT_TRANSLATE_NOOP("services.auth", "连续输错密码，账号已锁定，请 {minutes} 分钟后再试或联系管理员"),
                params={"minutes": minutes},
            )
        try:
            _hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
            failed = True
        else:
            failed = False
            user.failed_logins = 0
            user.locked_until = None
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            actor = actor_in(s, user)
            request_log.prune(s, now - timedelta(days=7))
    if failed or actor is None:
        raise LoginFailed(QT_TRANSLATE_NOOP("services.auth", "用户名或密码错误"))
    return actor
