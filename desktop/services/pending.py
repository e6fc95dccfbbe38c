"""The pending-customers queue (待启用客户, C9 and C12).

Every new customer is pending until verified: finance enables sales customers, customer service
after-sales customers, after checking the original documents and re-running the duplicate check
(customers.enable: a certain duplicate is never enabled; each possible one is confirmed different with a
reason; a sales customer needs a valid ID, an after-sales one without ID the enabler's confirmation, C7).
If a duplicate exists the new record is not enabled: it is rejected, disabled and pointed at the customer
the business uses instead (merged_into), in one transaction (reject_pending: "the same, use it"). Rejecting
is for duplicates only: a pending record that duplicates nothing is compliant and may not be disabled (C12).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.models import Customer, CustomerChannel, Store, User
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.services import audit, customers
from desktop.services.auth import Actor, PermissionDenied
from desktop.services.customers import CustomerDetail
from desktop.services.dedupe import Candidate, find_duplicates_in, shown_to
from desktop.services.errors import RuleViolation
from desktop.services.views import mask
from desktop.services.writes import check_version, touch, write_action
from desktop.storage import Database


@dataclass(frozen=True)
class PendingRow:
    code: str
    name: str
    customer_type: str
    business: str
    category: str
    phone_masked: str
    id_type: str | None
    id_number: str | None
    special: bool
    created_by_login: str | None
    created_store_code: str | None
    created_at: datetime


def _lines(actor: Actor) -> tuple[str, ...]:
    lines = customers.business_lines(actor)
    if not lines:
        raise PermissionDenied("customer.enable_after_sales", actor)
    return lines


def list_pending(db: Database, actor: Actor, *, limit: int = 500) -> list[PendingRow]:
    """C9: the pending customers of the business lines this actor may enable, oldest first, with who
    created them at which store."""
    lines = _lines(actor)
    creator = aliased(User)
    store = aliased(Store)
    q = (
        select(Customer, creator.login, store.code)
        .outerjoin(creator, creator.id == Customer.created_by_id)
        .outerjoin(store, store.id == Customer.created_store_id)
        .where(Customer.status == "pending", Customer.merged_into_id.is_(None), Customer.business.in_(lines))
        .order_by(Customer.created_at, Customer.id)
        .limit(limit)
    )
    if not actor.can("records.all_stores"):  # S1: the customers this store sees
        q = q.where(Customer.id.in_(select(CustomerChannel.customer_id).where(CustomerChannel.store_id == actor.store_id)))
    with db.read() as s:
        return [
            PendingRow(
                code=c.code, name=c.name, customer_type=c.customer_type, business=c.business, category=c.category,
                phone_masked=mask(c.phone), id_type=c.id_type, id_number=c.id_number, special=c.special,
                created_by_login=login, created_store_code=store_code, created_at=c.created_at,
            )
            for c, login, store_code in s.execute(q)
        ]


def _draft(c: Customer) -> dict[str, str]:
    return {"customer_type": c.customer_type, "name": c.name, "phone": c.phone or "",
            "id_type": c.id_type or "", "id_number": c.id_number or ""}


def _candidates(s: Session, c: Customer) -> list[Candidate]:
    return find_duplicates_in(s, _draft(c), exclude_ids=(c.id,))


def recheck(db: Database, actor: Actor, code: str) -> list[Candidate]:
    """C9: re-run the duplicate check on a pending customer before enabling it (best first)."""
    with db.read() as s:
        c = customers._load(s, code)
        actor.require(customers.ENABLE_PERMISSIONS[c.business])
        customers.require_sees(actor, c)
        return shown_to(actor, _candidates(s, c))


@write_action("customer.reject_pending")
def reject_pending(db: Database, actor: Actor, code: str, use_instead_code: str, reason: str, *, version: int,
                   request_id: str | None = None) -> CustomerDetail:
    """C9: a pending customer that duplicates an existing one is not enabled: it is disabled and points
    at the customer to use instead (merged_into). The other customer must be one the duplicate check
    shows for it — a compliant customer that duplicates nothing is never disabled (C12)."""
    why = (reason or "").strip()
    if not why:
        raise ValidationError(
            "reason", QT_TRANSLATE_NOOP("services.pending", "驳回须填写原因（如：与已有客户重复）"),
            code="required",
        )
    with db.transaction() as s:
        c = customers._load(s, code, lock=True)
        actor.require(customers.ENABLE_PERMISSIONS[c.business])
        customers.require_sees(actor, c)
        check_version(c, version)
        if c.status != "pending" or c.merged_into_id is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.pending", "客户 {code} 不是待启用客户，不能驳回"),
                rule="C9", params={"code": c.code},
            )
        target = customers._load(s, use_instead_code, lock=True)
        if target.id == c.id:
            raise ValidationError("use_instead_code", QT_TRANSLATE_NOOP("services.pending", "须指向另一个已有客户"))
        if target.merged_into_id is not None or target.status == "disabled":
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.pending", "客户 {code} 已停用或已合并，不能作为沿用的客户"),
                rule="C9", field="use_instead_code", params={"code": target.code},
            )
        if target.id not in {cand.customer_id for cand in _candidates(s, c)}:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.pending", "查重未发现 {code} 与 {target_code} 重复：合规客户不得停用（C12）；如确为同一客户，请先更正资料或由主数据团队合并"),
                rule="C12", field="use_instead_code", params={"code": c.code, "target_code": target.code},
            )
        audit.record(s, actor, "customer.reject_pending", "customer", c.id, c.code, "status", c.status, "disabled", why)
        audit.record(s, actor, "customer.reject_pending", "customer", c.id, c.code, "merged_into", None, target.code, why)
        c.status = "disabled"
        c.merged_into_id = target.id
        # The store that created the duplicate uses the existing customer: it gets that store's channel (S1).
        have = {ch.store_id for ch in target.channels}
        for ch in c.channels:
            if ch.store_id not in have:
                have.add(ch.store_id)
                target.channels.append(CustomerChannel(customer_id=target.id, store_id=ch.store_id))
                touch(target)
                audit.record(s, actor, "customer.channel_add", "customer", target.id, target.code, "channel", None,
                             ch.store.code, why)
        s.flush()
        s.refresh(c)
        return customers._detail(s, c, actor)
