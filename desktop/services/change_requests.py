"""Core-data change requests (C10/C11): advisors enter core data once; later they ask for a change.

An advisor (permission 'customer.request_core_change') files the new values with a reason. The values
are validated up front (C3, C5-C7) and checked for certain duplicates, so a bad request is refused at
once with a message naming the field. Finance (sales customers) and customer service (after-sales
customers) see the open requests of their business line; the master-data team sees all. Applying a
request runs change_core_data's checks and the change in ONE transaction with closing the request; a
request can also be rejected with a note. Every step is written to the audit trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from desktop.models import CORE_FIELDS, CoreChangeRequest, Customer, CustomerChannel, Store, User, utcnow
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.services import audit, customers, special_customers
from desktop.services.auth import Actor
from desktop.services.customers import DuplicateFound
from desktop.services.errors import Conflict, NotFound, RuleViolation
from desktop.services.writes import check_version, write_action
from desktop.storage import Database

FIELD_LABELS = {
    "customer_type": QT_TRANSLATE_NOOP("services.change_requests", "客户类型"),
    "name": QT_TRANSLATE_NOOP("services.change_requests", "名称"),
    "phone": QT_TRANSLATE_NOOP("services.change_requests", "主要电话"),
    "id_type": QT_TRANSLATE_NOOP("services.change_requests", "证件类型"),
    "id_number": QT_TRANSLATE_NOOP("services.change_requests", "证件号码"),
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ChangeRequestView:
    id: int
    customer_code: str
    customer_name: str
    business: str
    changes: tuple[FieldChange, ...]
    reason: str
    status: str
    requested_by_login: str
    store_code: str
    requested_at: datetime
    resolved_by_login: str | None
    resolved_at: datetime | None
    resolution_note: str | None


def _view(s: Session, r: CoreChangeRequest) -> ChangeRequestView:
    c = r.customer
    requester = s.get(User, r.requested_by_id)
    resolver = s.get(User, r.resolved_by_id) if r.resolved_by_id else None
    store = s.get(Store, r.store_id)
    raw: dict[str, list[Any]] = json.loads(r.changes_json)
    changes = tuple(FieldChange(f, raw[f][0], raw[f][1]) for f in CORE_FIELDS if f in raw)
    return ChangeRequestView(
        id=r.id, customer_code=c.code, customer_name=c.name, business=c.business, changes=changes,
        reason=r.reason, status=r.status, requested_by_login=requester.login if requester else "",
        store_code=store.code if store else "", requested_at=r.requested_at,
        resolved_by_login=resolver.login if resolver else None, resolved_at=r.resolved_at,
        resolution_note=r.resolution_note,
    )


def _required(value: str | None, field: str, message: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, message, code="required")
    return text


@write_action("change_request.file")
def file_request(
    db: Database, actor: Actor, /, customer_code: str, *, reason: str, request_id: str | None = None,
    **changes: Any,
) -> ChangeRequestView:
    """C10: an advisor asks finance / customer service to change core data, with a reason.

    The requested values are validated now (the record as it would be after the change), and a change
    that would make the customer a certain duplicate of another one is refused (that is a merge).
    """
    actor.require("customer.request_core_change")
    unknown = [k for k in changes if k not in CORE_FIELDS]
    if unknown:
        raise ValidationError(
            unknown[0], QT_TRANSLATE_NOOP("services.change_requests", "不是核心资料字段：{unknown}"),
            params={"unknown": unknown[0]},
        )
    why = _required(reason, "reason", QT_TRANSLATE_NOOP("services.change_requests", "申请修改核心资料须填写原因（如：按行驶证更正姓名）"))
    from desktop.services import dedupe

    with db.transaction() as s:
        c = customers._load(s, customer_code, lock=True)
        customers.require_sees(actor, c)
        if c.merged_into_id is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.change_requests", "该客户已合并到其他客户：请对合并后的客户提出申请"),
                rule="C10",
            )
        merged: dict[str, Any] = {f: getattr(c, f) for f in CORE_FIELDS}
        merged.update(changes)
        if "id_number" in changes and not changes["id_number"]:
            merged["id_type"] = changes.get("id_type") or None
        core = customers.validate_core(
            merged["customer_type"], merged["name"], merged["phone"] or "", merged["id_type"], merged["id_number"],
            id_required=c.business == "sales",
        )
        new = {"customer_type": core.customer_type, "name": core.name, "phone": core.phone,
               "id_type": core.id_type, "id_number": core.id_number}
        diff = {k: [getattr(c, k), v] for k, v in new.items() if getattr(c, k) != v}
        if not diff:
            raise ValidationError(
                next(iter(changes), "name"), QT_TRANSLATE_NOOP("services.change_requests", "申请的值与现有资料相同：没有要修改的内容"),
                code="unchanged",
            )
        certain = [cand for cand in dedupe.find_duplicates_in(s, core.draft(), exclude_ids=(c.id,))
                   if cand.verdict == "certain"]
        if certain:
            raise DuplicateFound(certain, certain=True, actor=actor)
        if "name" in diff and not c.special:  # C13: applying it would be refused, so is asking for it
            special_customers.refuse_unless_allowed_in(s, actor, core.name, rename=True)
        open_one = s.scalar(select(CoreChangeRequest.id).where(
            CoreChangeRequest.customer_id == c.id, CoreChangeRequest.status == "open"))
        if open_one is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP("services.change_requests", "该客户已有待处理的修改申请（#{number}），请等待处理"),
                field="customer_code", params={"number": open_one},
            )
        req = CoreChangeRequest(
            customer_id=c.id, requested_by_id=actor.user_id, store_id=actor.store_id, requested_at=utcnow(),
            changes_json=json.dumps(diff, ensure_ascii=False), reason=why, status="open",
        )
        req.customer = c
        s.add(req)
        s.flush()
        for k, (old, v) in diff.items():
            audit.record(s, actor, "customer.core_change_request", "customer", c.id, c.code, k, old, v,
                         f"#{req.id} {why}")
        return _view(s, req)


def _lines(actor: Actor) -> tuple[str, ...]:
    actor.require("customer.modify_core")
    return customers.business_lines(actor)


def list_open(db: Database, actor: Actor, *, limit: int = 500) -> list[ChangeRequestView]:
    """The open requests of the actor's business line (finance: sales, customer service: after-sales;
    the master-data team: all), oldest first."""
    lines = _lines(actor)
    q = (select(CoreChangeRequest).join(Customer, Customer.id == CoreChangeRequest.customer_id)
         .where(CoreChangeRequest.status == "open", Customer.business.in_(lines))
         .options(joinedload(CoreChangeRequest.customer))
         .order_by(CoreChangeRequest.requested_at, CoreChangeRequest.id).limit(limit))
    if not actor.can("records.all_stores"):  # S1: requests on customers this store sees
        q = q.where(Customer.id.in_(select(CustomerChannel.customer_id).where(CustomerChannel.store_id == actor.store_id)))
    with db.read() as s:
        return [_view(s, r) for r in s.scalars(q)]


def list_for_customer(db: Database, actor: Actor, customer_code: str) -> list[ChangeRequestView]:
    """A customer's requests, newest first (the customer dialog shows whether one is open)."""
    with db.read() as s:
        c = customers._load(s, customer_code)
        q = (select(CoreChangeRequest).where(CoreChangeRequest.customer_id == c.id)
             .options(joinedload(CoreChangeRequest.customer))
             .order_by(CoreChangeRequest.requested_at.desc(), CoreChangeRequest.id.desc()))
        return [_view(s, r) for r in s.scalars(q)]


def _load_open(s: Session, actor: Actor, change_request_id: int) -> CoreChangeRequest:
    """C10 who: every holder of 'modify core data' whose store sees the customer may apply or reject a request
    (the business line only decides whose queue it lands in)."""
    actor.require("customer.modify_core")
    r = s.scalar(select(CoreChangeRequest).where(CoreChangeRequest.id == change_request_id)
                 .options(joinedload(CoreChangeRequest.customer)).with_for_update(of=CoreChangeRequest))
    if r is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.change_requests", "修改申请 #{change_request_id} 不存在"),
            field="request", params={"change_request_id": change_request_id},
        )
    if r.status != "open":
        raise RuleViolation(
            QT_TRANSLATE_NOOP("services.change_requests", "修改申请 #{change_request_id} 已处理（{status}）"),
            rule="C10", params={"change_request_id": change_request_id, "status": r.status},
        )
    return r


@write_action("change_request.apply")
def apply(db: Database, actor: Actor, change_request_id: int, note: str | None = None, *, version: int,
          request_id: str | None = None) -> ChangeRequestView:
    """Apply an open request: change_core_data's checks (validators, duplicate check) and the change,
    and the request closed as done, in one transaction. A refused change leaves the request open.
    ``version`` is the customer's version as the clerk saw it."""
    with db.transaction() as s:
        r = _load_open(s, actor, change_request_id)
        c = customers._load(s, r.customer.code, lock=True)
        customers.require_sees(actor, c)
        check_version(c, version)
        raw: dict[str, list[Any]] = json.loads(r.changes_json)
        changes = {f: v[1] for f, v in raw.items()}
        customers.change_core_in(s, actor, r.customer.code, changes, f"{r.reason}（申请 #{r.id}）")
        r.status = "done"
        r.resolved_by_id = actor.user_id
        r.resolved_at = utcnow()
        r.resolution_note = (note or "").strip() or None
        audit.record(s, actor, "customer.core_change_request_done", "customer", r.customer_id, r.customer.code,
                     "request", f"#{r.id} open", "done", r.resolution_note)
        s.flush()
        return _view(s, r)


@write_action("change_request.reject")
def reject(db: Database, actor: Actor, change_request_id: int, note: str, *,
           request_id: str | None = None) -> ChangeRequestView:
    """Reject an open request with a note for the advisor (e.g. the documents do not support it)."""
    why = _required(note, "note", QT_TRANSLATE_NOOP("services.change_requests", "驳回申请须填写说明"))
    with db.transaction() as s:
        r = _load_open(s, actor, change_request_id)
        customers.require_sees(actor, r.customer)
        r.status = "rejected"
        r.resolved_by_id = actor.user_id
        r.resolved_at = utcnow()
        r.resolution_note = why
        audit.record(s, actor, "customer.core_change_request_rejected", "customer", r.customer_id,
                     r.customer.code, "request", f"#{r.id} open", "rejected", why)
        s.flush()
        return _view(s, r)
