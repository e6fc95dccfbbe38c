"""Merging duplicate customers (master-data team only, permission 'customer.merge').

C2/C9/C11 keep new duplicates out; the ones already on file are merged by the master-data team: the
duplicate's vehicles (owner), work orders (owner), channels (union: a store that saw the duplicate now
sees the survivor; the customer × store constraint holds) and vehicle contacts move to the survivor.
The duplicate is kept, disabled, pointing at the survivor (merged_into). The audit trail records every
moved row id (one 'merge_moves' entry) so that undo_merge puts exactly those rows back and restores
the duplicate's previous status. Each is one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models import AuditEntry, Customer, CustomerChannel, Vehicle, VehicleContact, WorkOrder
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.customers import typed_code
from desktop.services.errors import NotFound, RuleViolation
from desktop.services.writes import check_version, touch, write_action
from desktop.storage import Database

MOVES_FIELD = "merge_moves"


@dataclass(frozen=True)
class CustomerBrief:
    code: str
    name: str
    customer_type: str
    status: str
    phone_masked: str
    id_number: str | None
    merged_into_code: str | None
    version: int


@dataclass(frozen=True)
class MergePlan:
    """What a merge moves (the dialog shows it before the master-data team confirms)."""

    duplicate: CustomerBrief
    survivor: CustomerBrief
    vehicles: tuple[str, ...]  # VIN (plate)
    work_orders: tuple[str, ...]  # numbers
    channels_moved: tuple[str, ...]  # store codes the survivor gains
    channels_kept: tuple[str, ...]  # store codes the survivor has already (stay with the duplicate)
    contacts: tuple[str, ...]  # VIN: contact name


@dataclass(frozen=True)
class MergeResult:
    duplicate_code: str
    survivor_code: str
    vehicle_ids: tuple[int, ...]
    work_order_ids: tuple[int, ...]
    channel_ids: tuple[int, ...]
    contact_ids: tuple[int, ...]
    previous_status: str
    skipped: tuple[str, ...] = ()  # undo: rows changed since the merge and left as they are


@dataclass(frozen=True)
class MergeRecord:
    at: datetime
    user_login: str
    duplicate_code: str
    survivor_code: str
    reason: str | None
    active: bool  # the duplicate is still merged into the survivor (undo possible)


def _brief(s: Session, c: Customer) -> CustomerBrief:
    from desktop.services.views import mask

    into = s.get(Customer, c.merged_into_id) if c.merged_into_id else None
    return CustomerBrief(c.code, c.name, c.customer_type, c.status, mask(c.phone), c.id_number,
                         into.code if into else None, c.version)


def _load(s: Session, code: str, what: str, field: str) -> Customer:
    c = s.scalar(select(Customer).where(Customer.code == typed_code(code or "", field))
                 .options(selectinload(Customer.channels).joinedload(CustomerChannel.store)).with_for_update(of=Customer))
    if c is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.merge", "{what}客户 {code} 不存在"),
            field=field, params={"what": what, "code": code},
        )
    return c


def _pair(s: Session, duplicate_code: str, survivor_code: str) -> tuple[Customer, Customer]:
    dup = _load(s, duplicate_code, QT_TRANSLATE_NOOP("services.merge", "重复"), "duplicate_code")
    survivor = _load(s, survivor_code, QT_TRANSLATE_NOOP("services.merge", "保留"), "survivor_code")
    if dup.id == survivor.id:
        raise RuleViolation(QT_TRANSLATE_NOOP("services.merge", "不能把客户合并到它自己"), field="survivor_code")
    if dup.merged_into_id is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("services.merge", "客户 {code} 已合并到其他客户"),
            field="duplicate_code", params={"code": dup.code},
        )
    if survivor.merged_into_id is not None:
        into = s.get(Customer, survivor.merged_into_id)
        raise RuleViolation(
            QT_TRANSLATE_NOOP("services.merge", "保留客户 {code} 本身已合并到 {into}：请合并到最终保留的客户"),
            field="survivor_code", params={"code": survivor.code, "into": into.code if into else '?'},
        )
    if dup.customer_type != survivor.customer_type:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("services.merge", "客户类型不同（个人 / 公司），不能合并：先由财务或客服更正客户类型（C3）"),
            rule="C3", field="survivor_code",
        )
    return dup, survivor


def _rows(s: Session, dup: Customer) -> tuple[list[Vehicle], list[WorkOrder], list[VehicleContact]]:
    vehicles = list(s.scalars(select(Vehicle).where(Vehicle.owner_id == dup.id).order_by(Vehicle.id)))
    orders = list(s.scalars(select(WorkOrder).where(WorkOrder.owner_id == dup.id).order_by(WorkOrder.id)))
    contacts = list(s.scalars(select(VehicleContact).where(VehicleContact.customer_id == dup.id)
                              .order_by(VehicleContact.id)))
    return vehicles, orders, contacts


def _split_channels(dup: Customer, survivor: Customer) -> tuple[list[CustomerChannel], list[CustomerChannel]]:
    have = {ch.store_id for ch in survivor.channels}
    move = [ch for ch in dup.channels if ch.store_id not in have]
    keep = [ch for ch in dup.channels if ch.store_id in have]
    return move, keep


def _vin_label(v: Vehicle) -> str:
    return f"{v.vin}（{v.plate}）" if v.plate else v.vin


def _reason(reason: str | None, message: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError("reason", message, code="required")
    return text


def plan_merge(db: Database, actor: Actor, duplicate_code: str, survivor_code: str) -> MergePlan:
    """What merge_customers would move, refused for the same reasons it would be."""
    actor.require("customer.merge")
    with db.read() as s:
        dup, survivor = _pair(s, duplicate_code, survivor_code)
        vehicles, orders, contacts = _rows(s, dup)
        move, keep = _split_channels(dup, survivor)
        by_vehicle = {v.id: v.vin for v in s.scalars(select(Vehicle).where(
            Vehicle.id.in_([c.vehicle_id for c in contacts])))} if contacts else {}
        return MergePlan(
            duplicate=_brief(s, dup), survivor=_brief(s, survivor),
            vehicles=tuple(_vin_label(v) for v in vehicles), work_orders=tuple(o.number for o in orders),
            channels_moved=tuple(sorted(ch.store.code for ch in move)),
            channels_kept=tuple(sorted(ch.store.code for ch in keep)),
            contacts=tuple(f"{by_vehicle.get(c.vehicle_id, '')}: {c.name}" for c in contacts),
        )


@write_action("customer.merge")
def merge_customers(db: Database, actor: Actor, duplicate_code: str, survivor_code: str, reason: str, *,
                    version: int, survivor_version: int, request_id: str | None = None) -> MergeResult:
    """Merge the duplicate into the survivor (one transaction); the duplicate stays, disabled, merged.
    ``version`` / ``survivor_version``: the two records as the master-data team saw them in the plan."""
    actor.require("customer.merge")
    why = _reason(reason, QT_TRANSLATE_NOOP("services.merge", "合并客户须填写原因"))
    with db.transaction() as s:
        dup, survivor = _pair(s, duplicate_code, survivor_code)
        check_version(dup, version)
        check_version(survivor, survivor_version)
        vehicles, orders, contacts = _rows(s, dup)
        move, _keep = _split_channels(dup, survivor)
        for v in vehicles:
            v.owner_id = survivor.id
            audit.record(s, actor, "customer.merge", "vehicle", v.id, v.vin, "owner",
                         f"{dup.code} {dup.name}", f"{survivor.code} {survivor.name}", why)
        survivor_category = survivor.category
        if vehicles and survivor.category != "retained":
            # O6: an owner is a retained customer; the survivor now owns the duplicate's vehicles.
            audit.record(s, actor, "customer.merge", "customer", survivor.id, survivor.code, "category",
                         survivor.category, "retained", why)
            survivor.category = "retained"
        for o in orders:
            o.owner_id = survivor.id
            audit.record(s, actor, "customer.merge", "work_order", o.id, o.number, "owner", dup.code, survivor.code, why)
        for ch in move:
            audit.record(s, actor, "customer.merge", "customer", survivor.id, survivor.code, "channel", None,
                         ch.store.code, why)
            audit.record(s, actor, "customer.merge", "customer", dup.id, dup.code, "channel", ch.store.code, None, why)
            ch.customer = survivor  # back_populates moves it between the two collections (no orphan delete)
        for ct in contacts:
            ct.customer_id = survivor.id
            audit.record(s, actor, "customer.merge", "vehicle_contact", ct.id, ct.name, "customer", dup.code,
                         survivor.code, why)
        result = MergeResult(
            duplicate_code=dup.code, survivor_code=survivor.code, vehicle_ids=tuple(v.id for v in vehicles),
            work_order_ids=tuple(o.id for o in orders), channel_ids=tuple(ch.id for ch in move),
            contact_ids=tuple(c.id for c in contacts), previous_status=dup.status,
        )
        audit.record(s, actor, "customer.merge", "customer", dup.id, dup.code, "status", dup.status, "disabled", why)
        audit.record(s, actor, "customer.merge", "customer", dup.id, dup.code, "merged_into", None, survivor.code, why)
        audit.record(s, actor, "customer.merge", "customer", dup.id, dup.code, MOVES_FIELD, None, json.dumps({
            "survivor": survivor.code, "survivor_id": survivor.id, "vehicles": list(result.vehicle_ids),
            "work_orders": list(result.work_order_ids), "channels": list(result.channel_ids),
            "contacts": list(result.contact_ids), "previous_status": dup.status,
            "survivor_previous_category": survivor_category,
        }), why)
        dup.status = "disabled"
        dup.merged_into_id = survivor.id
        touch(survivor)
        s.flush()
        return result


@write_action("customer.unmerge")
def undo_merge(db: Database, actor: Actor, duplicate_code: str, reason: str, *, version: int,
               request_id: str | None = None) -> MergeResult:
    """Put back exactly the rows the last merge of this customer moved, and its previous status.
    ``version`` is the merged customer's as the user saw it."""
    actor.require("customer.merge")
    why = _reason(reason, QT_TRANSLATE_NOOP("services.merge", "撤销合并须填写原因"))
    with db.transaction() as s:
        dup = _load(s, duplicate_code, "", "duplicate_code")
        check_version(dup, version)
        if dup.merged_into_id is None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.merge", "客户 {code} 没有被合并，无需撤销"),
                field="duplicate_code", params={"code": dup.code},
            )
        entry = s.scalar(select(AuditEntry).where(
            AuditEntry.action == "customer.merge", AuditEntry.entity == "customer", AuditEntry.entity_id == dup.id,
            AuditEntry.field == MOVES_FIELD).order_by(AuditEntry.id.desc()).limit(1))
        if entry is None or not entry.new_value:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.merge", "审计记录中找不到客户 {code} 的合并明细，无法撤销"),
                params={"code": dup.code},
            )
        moves: dict[str, Any] = json.loads(entry.new_value)
        survivor_id = int(moves["survivor_id"])
        if survivor_id != dup.merged_into_id:
            raise RuleViolation(QT_TRANSLATE_NOOP("services.merge", "合并明细与当前合并对象不一致，无法撤销"))
        survivor = s.scalar(select(Customer).where(Customer.id == survivor_id)
                            .options(selectinload(Customer.channels).joinedload(CustomerChannel.store))
                            .with_for_update(of=Customer))
        assert survivor is not None
        skipped: list[str] = []
        back_v: list[int] = []
        for v in s.scalars(select(Vehicle).where(Vehicle.id.in_(moves["vehicles"])).order_by(Vehicle.id)):
            if v.owner_id != survivor.id:
                skipped.append(f"vehicle {v.vin}")
                continue
            v.owner_id = dup.id
            back_v.append(v.id)
            audit.record(s, actor, "customer.unmerge", "vehicle", v.id, v.vin, "owner",
                         f"{survivor.code} {survivor.name}", f"{dup.code} {dup.name}", why)
        back_o: list[int] = []
        for o in s.scalars(select(WorkOrder).where(WorkOrder.id.in_(moves["work_orders"])).order_by(WorkOrder.id)):
            if o.owner_id != survivor.id:
                skipped.append(f"work order {o.number}")
                continue
            o.owner_id = dup.id
            back_o.append(o.id)
            audit.record(s, actor, "customer.unmerge", "work_order", o.id, o.number, "owner", survivor.code, dup.code, why)
        back_ch: list[int] = []
        dup_stores = {ch.store_id for ch in dup.channels}
        for ch in list(survivor.channels):
            if ch.id not in moves["channels"]:
                continue
            if ch.store_id in dup_stores:
                skipped.append(f"channel {ch.store.code}")
                continue
            audit.record(s, actor, "customer.unmerge", "customer", survivor.id, survivor.code, "channel",
                         ch.store.code, None, why)
            audit.record(s, actor, "customer.unmerge", "customer", dup.id, dup.code, "channel", None, ch.store.code, why)
            ch.customer = dup
            back_ch.append(ch.id)
        back_c: list[int] = []
        for ct in s.scalars(select(VehicleContact).where(VehicleContact.id.in_(moves["contacts"]))
                            .order_by(VehicleContact.id)):
            if ct.customer_id != survivor.id:
                skipped.append(f"contact {ct.name}")
                continue
            ct.customer_id = dup.id
            back_c.append(ct.id)
            audit.record(s, actor, "customer.unmerge", "vehicle_contact", ct.id, ct.name, "customer", survivor.code,
                         dup.code, why)
        old_category = moves.get("survivor_previous_category")
        if old_category and old_category != survivor.category and back_v:
            audit.record(s, actor, "customer.unmerge", "customer", survivor.id, survivor.code, "category",
                         survivor.category, old_category, why)
            survivor.category = old_category
        previous = str(moves.get("previous_status") or "pending")
        audit.record(s, actor, "customer.unmerge", "customer", dup.id, dup.code, "merged_into", survivor.code, None, why)
        audit.record(s, actor, "customer.unmerge", "customer", dup.id, dup.code, "status", dup.status, previous, why)
        dup.merged_into_id = None
        dup.status = previous
        touch(survivor)
        s.flush()
        return MergeResult(dup.code, survivor.code, tuple(back_v), tuple(back_o), tuple(back_ch), tuple(back_c),
                           previous, tuple(skipped))


def recent_merges(db: Database, actor: Actor, limit: int = 200) -> list[MergeRecord]:
    """The latest merges (newest first), and whether each is still in force (so it can be undone)."""
    actor.require("customer.merge")
    with db.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(
            AuditEntry.action == "customer.merge", AuditEntry.field == "merged_into")
            .order_by(AuditEntry.id.desc()).limit(limit)))
        ids = {r.entity_id for r in rows if r.entity_id is not None}
        current = {c.id: c.merged_into_id for c in s.scalars(select(Customer).where(Customer.id.in_(ids)))} if ids else {}
        survivors = {c.code: c.id for c in s.scalars(select(Customer).where(
            Customer.code.in_({r.new_value for r in rows if r.new_value})))} if rows else {}
        seen: set[int] = set()
        out = []
        for r in rows:
            latest = r.entity_id not in seen
            seen.add(r.entity_id or 0)
            active = latest and r.entity_id is not None and current.get(r.entity_id) == survivors.get(r.new_value or "")
            out.append(MergeRecord(r.at, r.user_login, r.entity_code or "", r.new_value or "", r.reason, active))
        return out
