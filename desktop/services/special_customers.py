"""Special customers (C13): group-internal companies, used-car platforms, manufacturers, insurers and parts
suppliers are created only by the group's master-data team.

The service recognises them from a list the master-data team keeps in the app (permission
'customer.create_special'): exact names and name fragments (contains / starts with / ends with), compared on
the company name key so width, spaces and brackets cannot dodge them (desktop.rules.special_names), each with
the kind of special customer it marks. Migration 0011 ships a default set; the team adds, edits, deactivates
and reactivates entries here, with a reason, every change audited. Entries are never deleted.

customers.create_customer_in (creating a customer, the owner of a vehicle included) and change_core_in /
change requests (renaming a customer) ask :func:`refuse_unless_allowed_in`: a name that matches an active entry
is refused with rule C13 for everybody but the master-data team, whose new customer becomes special with the
matched kind. The list is read in the caller's transaction (one statement on a table of a few hundred rows),
so every workstation sees a change at once; no cache can go stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.interfaces import ORMOption

from desktop.models import SpecialCustomerPattern, utcnow
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP, Message
from desktop.rules.special_names import MATCH_TYPES, best_match, name_key, validate_pattern
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.customers import SPECIAL_KINDS
from desktop.services.errors import Conflict, NotFound, RuleViolation
from desktop.services.writes import check_version, write_action
from desktop.storage import Database

PERMISSION = "customer.create_special"
ENTITY = "special_pattern"


@dataclass(frozen=True)
class SpecialPattern:
    """One entry of the list, as the master-data team's page shows it."""

    id: int
    match_type: str
    pattern: str
    kind: str
    active: bool
    shipped: bool  # came with the app (migration 0011), created by nobody
    created_by_login: str | None
    created_at: datetime
    updated_by_login: str | None
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class SpecialMatch:
    """What made a name special: the kind, and the entry it matched."""

    kind: str
    pattern: str
    match_type: str
    pattern_id: int

    def as_message(self) -> Message:
        return Message.of(QT_TRANSLATE_NOOP("services.special_customers", "{kind}（{how}“{pattern}”）"),
                          {"kind": SPECIAL_KINDS.get(self.kind, self.kind),
                           "how": MATCH_TYPES.get(self.match_type, self.match_type), "pattern": self.pattern})

    def describe(self, lang: str = "zh_CN") -> str:
        return self.as_message().text(lang)


class SpecialCustomerRefused(RuleViolation):
    """C13: the name matches the list, and only the master-data team creates special customers."""

    match: SpecialMatch

    def __init__(self, hit: SpecialMatch, *, rename: bool = False) -> None:
        self.match = hit
        what = (QT_TRANSLATE_NOOP("services.special_customers", "改名为特殊客户") if rename
                else QT_TRANSLATE_NOOP("services.special_customers", "新建特殊客户"))
        super().__init__(
            QT_TRANSLATE_NOOP("services.special_customers", "该名称属于特殊客户：{match}。{what}只能由集团 EAS 管理团队办理，"
                              "请联系 EAS 管理团队（如客户已存在，请查找并使用已有客户）"),
            rule="C13", field="name", params={"match": hit.as_message(), "what": what},
        )


# -- matching (used by customers) ----------------------------------------------------------------------------
_ACTIVE = (
    select(SpecialCustomerPattern.id, SpecialCustomerPattern.match_type, SpecialCustomerPattern.pattern,
           SpecialCustomerPattern.kind)
    .where(SpecialCustomerPattern.active.is_(True))
    .order_by(SpecialCustomerPattern.id)
)


def match_in(s: Session, name: str) -> SpecialMatch | None:
    """The active entry a name matches (an exact name first, else the longest fragment), or None."""
    rows = s.connection().execute(_ACTIVE).all()  # Core: plain rows, no ORM work on the create path
    hit = best_match(rows, name)
    if hit is None:
        return None
    return SpecialMatch(kind=hit.kind, pattern=hit.pattern, match_type=hit.match_type, pattern_id=hit.id)


def match(db: Database, actor: Actor, name: str) -> SpecialMatch | None:
    """Is this name a special customer's? (kind and the entry matched, or None.) Anyone may ask: the new
    special customer form and the list page show it as the name is typed."""
    text = (name or "").strip()
    if not text or len(text) > 200 or not text.isprintable():
        return None
    with db.read() as s:
        return match_in(s, text)


def refuse_unless_allowed_in(s: Session, actor: Actor, name: str, *, rename: bool = False) -> SpecialMatch | None:
    """C13 inside the caller's transaction: the entry the name matches, or None; a match is refused
    (SpecialCustomerRefused) unless the actor is the master-data team."""
    hit = match_in(s, name)
    if hit is not None and not actor.can(PERMISSION):
        raise SpecialCustomerRefused(hit, rename=rename)
    return hit


# -- the list (the master-data team) --------------------------------------------------------------------------
def _view(p: SpecialCustomerPattern) -> SpecialPattern:
    return SpecialPattern(
        id=p.id, match_type=p.match_type, pattern=p.pattern, kind=p.kind, active=p.active,
        shipped=p.created_by_id is None, created_by_login=p.created_by.login if p.created_by else None,
        created_at=p.created_at, updated_by_login=p.updated_by.login if p.updated_by else None,
        updated_at=p.updated_at, version=p.version,
    )


def _options() -> tuple[ORMOption, ...]:
    return (joinedload(SpecialCustomerPattern.created_by), joinedload(SpecialCustomerPattern.updated_by))


def list_patterns(db: Database, actor: Actor, *, include_inactive: bool = True) -> list[SpecialPattern]:
    """The list: active entries first, then by kind and pattern."""
    actor.require(PERMISSION)
    q = select(SpecialCustomerPattern).options(*_options())
    if not include_inactive:
        q = q.where(SpecialCustomerPattern.active.is_(True))
    with db.read() as s:
        rows = [_view(p) for p in s.scalars(q)]
    kinds = list(SPECIAL_KINDS)
    return sorted(rows, key=lambda r: (not r.active, kinds.index(r.kind) if r.kind in kinds else len(kinds),
                                       r.match_type != "exact", r.pattern, r.id))


def _kind(kind: str | None) -> str:
    if kind not in SPECIAL_KINDS:
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("services.special_customers", "请选择特殊客户类别"),
            code="required",
        )
    return kind


def _reason(reason: str | None, message: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError("reason", message, code="required")
    return text


def _load(s: Session, pattern_id: int) -> SpecialCustomerPattern:
    if isinstance(pattern_id, bool) or not isinstance(pattern_id, int):
        raise NotFound(QT_TRANSLATE_NOOP("services.special_customers", "规则不存在"), field="pattern_id")
    p = s.scalar(select(SpecialCustomerPattern).where(SpecialCustomerPattern.id == pattern_id)
                 .options(*_options()).with_for_update(of=SpecialCustomerPattern))
    if p is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.special_customers", "规则 #{pattern_id} 不存在"),
            field="pattern_id", params={"pattern_id": pattern_id},
        )
    return p


def _refuse_twin(s: Session, match_type: str, pattern: str, *, exclude_id: int | None = None,
                 inactive_too: bool = False) -> None:
    """The same entry twice (same match, same key) is refused; a new one whose twin is deactivated is told to
    reactivate the twin instead."""
    key = name_key(pattern)
    q = select(SpecialCustomerPattern).where(SpecialCustomerPattern.match_type == match_type)
    for other in s.scalars(q):
        if other.id == exclude_id or name_key(other.pattern) != key:
            continue
        how = MATCH_TYPES[match_type]
        if other.active:
            raise Conflict(
                QT_TRANSLATE_NOOP("services.special_customers", "已有相同的规则 #{id}：{how}“{pattern}”"),
                field="pattern", params={"id": other.id, "how": how, "pattern": other.pattern},
            )
        if inactive_too:
            raise Conflict(
                QT_TRANSLATE_NOOP("services.special_customers", "已有相同的规则 #{id}（已停用）：请重新启用它，不要重复新增"),
                field="pattern", params={"id": other.id},
            )


def _code(p: SpecialCustomerPattern) -> str:
    return f"#{p.id}"


@write_action("special_pattern.add")
def add_pattern(
    db: Database, actor: Actor, *, match_type: str, pattern: str, kind: str, reason: str | None = None,
    request_id: str | None = None,
) -> SpecialPattern:
    """A new entry (exact name or fragment) for a kind of special customer; active at once."""
    actor.require(PERMISSION)
    clean = validate_pattern(match_type, pattern)
    kind = _kind(kind)
    with db.transaction() as s:
        _refuse_twin(s, match_type, clean, inactive_too=True)
        now = utcnow()
        p = SpecialCustomerPattern(match_type=match_type, pattern=clean, kind=kind, active=True,
                                   created_by_id=actor.user_id, created_at=now, updated_by_id=actor.user_id,
                                   updated_at=now)
        s.add(p)
        s.flush()
        audit.record(s, actor, "special_pattern.add", ENTITY, p.id, _code(p), "pattern", None,
                     f"{match_type}:{clean} → {kind}", reason)
        s.flush()
        s.refresh(p)
        return _view(p)


@write_action("special_pattern.edit")
def update_pattern(
    db: Database, actor: Actor, pattern_id: int, *, match_type: str, pattern: str, kind: str, reason: str,
    version: int, request_id: str | None = None,
) -> SpecialPattern:
    """Change an entry's match, text or kind, with a reason, on the version the user saw."""
    actor.require(PERMISSION)
    clean = validate_pattern(match_type, pattern)
    kind = _kind(kind)
    why = _reason(reason, QT_TRANSLATE_NOOP("services.special_customers", "修改规则须填写原因"))
    with db.transaction() as s:
        p = _load(s, pattern_id)
        check_version(p, version)
        new = {"match_type": match_type, "pattern": clean, "kind": kind}
        diff = {k: (getattr(p, k), v) for k, v in new.items() if getattr(p, k) != v}
        if not diff:
            return _view(p)
        _refuse_twin(s, match_type, clean, exclude_id=p.id)
        for k, (_old, v) in diff.items():
            setattr(p, k, v)
        p.updated_by_id = actor.user_id
        p.updated_at = utcnow()
        audit.record_changes(s, actor, "special_pattern.edit", ENTITY, p.id, _code(p), diff, why)
        s.flush()
        s.refresh(p)
        return _view(p)


@write_action("special_pattern.set_active")
def set_pattern_active(
    db: Database, actor: Actor, pattern_id: int, active: bool, *, reason: str, version: int,
    request_id: str | None = None,
) -> SpecialPattern:
    """Deactivate an entry (names matching only it may then be created by anyone) or reactivate it, with a
    reason. Customers already marked special stay special."""
    actor.require(PERMISSION)
    why = _reason(reason, QT_TRANSLATE_NOOP("services.special_customers", "停用或启用规则须填写原因"))
    with db.transaction() as s:
        p = _load(s, pattern_id)
        check_version(p, version)
        if p.active == bool(active):
            return _view(p)
        if active:
            _refuse_twin(s, p.match_type, p.pattern, exclude_id=p.id)
        p.active = bool(active)
        p.updated_by_id = actor.user_id
        p.updated_at = utcnow()
        action = "special_pattern.reactivate" if active else "special_pattern.deactivate"
        audit.record(s, actor, action, ENTITY, p.id, _code(p), "active", not active, bool(active), why)
        s.flush()
        s.refresh(p)
        return _view(p)
