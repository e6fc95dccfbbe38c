"""Audit trail: who, when, which store, entity, field, old value, new value, reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEntry, utcnow
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.rules.text import clean_query
from desktop.services.auth import Actor
from desktop.storage import Database


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: int | None,
    entity_code: str | None = None,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
    reason: str | None = None,
) -> AuditEntry:
    """Add one audit entry to the caller's transaction (so it commits or rolls back with the change)."""
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id if actor else None,
        user_login=actor.login if actor else "system",
        store_id=actor.store_id if actor else None,
        action=action,
        entity=entity,
        entity_id=entity_id,
        entity_code=entity_code,
        field=field,
        old_value=_text(old),
        new_value=_text(new),
        reason=reason,
    )
    if actor is not None and actor.client_address:
        entry.client_address = actor.client_address  # only when there is one: an INSERT names the column then
    session.add(entry)
    return entry


def record_changes(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: int | None,
    entity_code: str | None,
    changes: dict[str, tuple[Any, Any]],
    reason: str | None = None,
) -> None:
    for field, (old, new) in changes.items():
        if _text(old) != _text(new):
            record(session, actor, action, entity, entity_id, entity_code, field, old, new, reason)


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    user_login: str
    store_id: int | None
    action: str
    entity: str
    entity_id: int | None
    entity_code: str | None
    field: str | None
    old_value: str | None
    new_value: str | None
    reason: str | None
    client_address: str | None = None


def entries(
    db: Database,
    actor: Actor,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    entity_code: str | None = None,
    user_login: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    """The audit view's filters (customer, vehicle, user, date). Needs 'audit.view'."""
    actor.require("audit.view")
    entity = clean_query("entity", entity, max_len=20, label=QT_TRANSLATE_NOOP("services.audit", "对象")) or None
    entity_code = clean_query("entity_code", entity_code, max_len=40, label=QT_TRANSLATE_NOOP("services.audit", "编码")) or None
    user_login = clean_query("user_login", user_login, max_len=50, label=QT_TRANSLATE_NOOP("services.audit", "用户")) or None
    limit = max(1, min(int(limit), 2000))
    q = select(AuditEntry)
    if entity:
        q = q.where(AuditEntry.entity == entity)
    if entity_id is not None:
        q = q.where(AuditEntry.entity_id == entity_id)
    if entity_code:
        q = q.where(AuditEntry.entity_code == entity_code)
    if user_login:
        q = q.where(AuditEntry.user_login == user_login)
    if since:
        q = q.where(AuditEntry.at >= since)
    if until:
        q = q.where(AuditEntry.at < until)
    q = q.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    with db.read() as s:
        return [
            AuditRow(
                e.at, e.user_login, e.store_id, e.action, e.entity, e.entity_id, e.entity_code,
                e.field, e.old_value, e.new_value, e.reason, e.client_address,
            )
            for e in s.scalars(q)
        ]
