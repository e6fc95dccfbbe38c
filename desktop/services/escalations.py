"""V8 escalations: a VIN typed at intake one or two characters off a VIN on file is not created; the advisor files
it to the master-data team, who answer:

- ``same_car``: the VIN typed was a slip, the advisor uses the vehicle on file (``resolved_vehicle_id``); when a
  twin got in already, the master-data team merges it too (:func:`desktop.services.vehicles.merge_twin`);
- ``different_car``: a permit: an advisor of the filing store may create exactly that VIN, once
  (:func:`desktop.services.vehicles.create_manual_vehicle` consults it).

One open escalation per typed VIN (a second filing returns it). The advisor's store sees its escalations, open and
recently answered; the master-data team sees every open one. Every write is audited and one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models import Store, User, Vehicle, VinEscalation, utcnow
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP, Text, tr
from desktop.rules.text import clean_query
from desktop.rules.vin import normalize_vin, read_iso3779
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.errors import NotFound, RuleViolation
from desktop.services.intake import similar_vins
from desktop.services.writes import write_action
from desktop.storage import Database
from desktop.storage.requests import lock_keys

#: how long an answered escalation stays in the advisor's list
RECENT = timedelta(days=14)

STATUS_LABELS: dict[str, Text] = {
    "open": QT_TRANSLATE_NOOP("services.escalations", "待主数据团队处理"),
    "same_car": QT_TRANSLATE_NOOP("services.escalations", "同一辆车：请使用档案中的车辆"),
    "different_car": QT_TRANSLATE_NOOP("services.escalations", "不同车辆：已允许新建该车架号"),
}


@dataclass(frozen=True)
class EscalationView:
    id: int
    typed_vin: str
    similar_vins: tuple[str, ...]
    store_code: str | None
    filed_by: str | None  # login
    filed_at: datetime
    note: str | None
    status: str
    resolved_by: str | None
    resolved_at: datetime | None
    resolution_note: str | None
    resolved_vin: str | None  # same_car: the vehicle on file to use
    created_vin: str | None  # different_car: the vehicle created under the permit

    def status_label(self, lang: str = "zh_CN") -> str:
        return tr(STATUS_LABELS[self.status], lang)


def _view(s: Session, e: VinEscalation) -> EscalationView:
    def login(uid: int | None) -> str | None:
        u = s.get(User, uid) if uid else None
        return u.login if u else None

    def vin_of(vid: int | None) -> str | None:
        v = s.get(Vehicle, vid) if vid else None
        return v.vin if v else None

    store = s.get(Store, e.store_id) if e.store_id else None
    return EscalationView(
        id=e.id, typed_vin=e.typed_vin, similar_vins=tuple(json.loads(e.similar_vins or "[]")),
        store_code=store.code if store else None, filed_by=login(e.filed_by_id), filed_at=e.filed_at, note=e.note,
        status=e.status, resolved_by=login(e.resolved_by_id), resolved_at=e.resolved_at,
        resolution_note=e.resolution_note, resolved_vin=vin_of(e.resolved_vehicle_id),
        created_vin=vin_of(e.created_vehicle_id),
    )


def _typed(vin: str) -> str:
    typed, _readings = read_iso3779(normalize_vin(clean_query("vin", vin, max_len=60, label=QT_TRANSLATE_NOOP("services.escalations", "车架号"))))
    if not typed:
        raise ValidationError("vin", QT_TRANSLATE_NOOP("services.escalations", "请输入车架号"), code="required")
    return typed


def _note(note: str | None, message: str) -> str:
    text = (note or "").strip()
    if not text:
        raise ValidationError("note", message, code="required")
    return text


@write_action("vin.escalate")
def file_vin_escalation(db: Database, actor: Actor, typed_vin: str, note: str | None = None, *,
                        request_id: str | None = None) -> EscalationView:
    """V8: file the VIN typed (one or two characters off a VIN on file) to the master-data team. The VINs it
    resembles are recomputed here; a VIN that is on file or resembles none is refused. An open escalation of the
    same VIN is returned as it is (one per VIN)."""
    actor.require("vehicle.create_manual")
    vin = _typed(typed_vin)
    with db.transaction() as s:
        lock_keys(s, [f"vin.escalate:{vin}"])
        if s.scalar(select(Vehicle.id).where(Vehicle.vin == vin)) is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.escalations", "车架号 {vin} 已在档案中：请在接车界面带出该车，无需升级"),
                rule="M3", field="vin", params={"vin": vin},
            )
        similar = similar_vins(s, vin)
        if not similar:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.escalations", "车架号 {vin} 与档案中的车架号都不相近，不是疑似录入错误：请直接新建"),
                rule="V8", field="vin", params={"vin": vin},
            )
        existing = s.scalar(select(VinEscalation).where(VinEscalation.typed_vin == vin,
                                                        VinEscalation.status == "open")
                            .order_by(VinEscalation.id).limit(1))
        if existing is not None:
            return _view(s, existing)
        e = VinEscalation(typed_vin=vin, similar_vins=json.dumps(similar), store_id=actor.store_id,
                          filed_by_id=actor.user_id, filed_at=utcnow(), note=(note or "").strip() or None,
                          status="open")
        s.add(e)
        s.flush()
        audit.record(s, actor, "vin.escalate", "vin_escalation", e.id, vin, "status", None, "open",
                     f"V8 相近车架号：{'、'.join(similar)}" + (f"；{e.note}" if e.note else ""))
        return _view(s, e)


def list_open(db: Database, actor: Actor) -> list[EscalationView]:
    """The master-data team: every open escalation, oldest first. Others: their store's, open and answered in the
    last :data:`RECENT` (so the advisor sees the answer)."""
    with db.read() as s:
        q = select(VinEscalation)
        if actor.can("vehicle.merge_twin"):
            q = q.where(VinEscalation.status == "open")
        else:
            since = utcnow() - RECENT
            q = q.where(VinEscalation.store_id == actor.store_id,
                        or_(VinEscalation.status == "open", VinEscalation.resolved_at >= since))
        return [_view(s, e) for e in s.scalars(q.order_by(VinEscalation.filed_at, VinEscalation.id))]


def get_escalation(db: Database, actor: Actor, escalation_id: int) -> EscalationView:
    with db.read() as s:
        e = s.get(VinEscalation, escalation_id)
        if e is None or (not actor.can("vehicle.merge_twin") and e.store_id != actor.store_id):
            raise NotFound(QT_TRANSLATE_NOOP("services.escalations", "升级单不存在"), field="escalation_id")
        return _view(s, e)


def _open(s: Session, escalation_id: int) -> VinEscalation:
    e = s.scalar(select(VinEscalation).where(VinEscalation.id == escalation_id).with_for_update())
    if e is None:
        raise NotFound(QT_TRANSLATE_NOOP("services.escalations", "升级单不存在"), field="escalation_id")
    if e.status != "open":
        raise RuleViolation(
            QT_TRANSLATE_NOOP("services.escalations", "升级单 {id}（{typed_vin}）已处理"),
            field="escalation_id", params={"id": e.id, "typed_vin": e.typed_vin},
        )
    return e


@write_action("vin.resolve_same_car")
def resolve_same_car(db: Database, actor: Actor, escalation_id: int, vehicle_id: int, note: str, *,
                     request_id: str | None = None) -> EscalationView:
    """The VIN typed was a slip: the advisor uses ``vehicle_id`` (on file, not retired). A twin already on file
    is merged separately (vehicles.merge_twin)."""
    actor.require("vehicle.merge_twin")
    why = _note(note, QT_TRANSLATE_NOOP("services.escalations", "请填写处理说明"))
    with db.transaction() as s:
        e = _open(s, escalation_id)
        v = s.get(Vehicle, vehicle_id)
        if v is None:
            raise NotFound(QT_TRANSLATE_NOOP("services.escalations", "车辆不存在"), field="vehicle_id")
        if v.merged_into_id is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.escalations", "车辆 {vin} 已合并到其他车辆：请选择正确的车辆"),
                field="vehicle_id", params={"vin": v.vin},
            )
        e.status, e.resolved_by_id, e.resolved_at = "same_car", actor.user_id, utcnow()
        e.resolution_note, e.resolved_vehicle_id = why, v.id
        audit.record(s, actor, "vin.resolve", "vin_escalation", e.id, e.typed_vin, "status", "open",
                     f"same_car {v.vin}", why)
        s.flush()
        return _view(s, e)


@write_action("vin.resolve_different_car")
def resolve_different_car(db: Database, actor: Actor, escalation_id: int, note: str, *,
                          request_id: str | None = None) -> EscalationView:
    """A different car: the filing store's advisors may create exactly that VIN (once)."""
    actor.require("vehicle.merge_twin")
    why = _note(note, QT_TRANSLATE_NOOP("services.escalations", "请填写处理说明"))
    with db.transaction() as s:
        e = _open(s, escalation_id)
        e.status, e.resolved_by_id, e.resolved_at, e.resolution_note = "different_car", actor.user_id, utcnow(), why
        audit.record(s, actor, "vin.resolve", "vin_escalation", e.id, e.typed_vin, "status", "open",
                     "different_car", why)
        s.flush()
        return _view(s, e)


@dataclass(frozen=True)
class VehicleRef:
    id: int
    vin: str
    version: int
    merged_into_id: int | None


def vehicle_ref(db: Database, actor: Actor, vin: str) -> VehicleRef:
    """The vehicle of exactly this VIN (id and version for resolve_same_car / merge_twin): master-data team."""
    actor.require("vehicle.merge_twin")
    typed = _typed(vin)
    with db.read() as s:
        v = s.scalar(select(Vehicle).where(Vehicle.vin == typed))
        if v is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("services.escalations", "没有车架号为 {typed} 的车辆"),
                field="vin", params={"typed": typed},
            )
        return VehicleRef(v.id, v.vin, v.version, v.merged_into_id)
