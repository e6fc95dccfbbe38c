"""Work orders (W5, W6, W8): who brought the car, with a valid phone, entered afresh each time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.models import SETTLEMENT_PARTIES, WORK_ORDER_KINDS, Customer, Store, Vehicle, WorkOrder, utcnow
from desktop.rules.errors import ValidationError
from desktop.rules.names import validate_person_name
from desktop.rules.phone import validate_phone
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.errors import NotFound, RuleViolation
from desktop.services.numbering import next_value
from desktop.services.writes import write_action
from desktop.storage import Database

KIND_LABELS = {
    "normal": ("普通维修", "Repair"),
    "pdi": ("新车PDI", "PDI of a new car"),
    "transport_damage": ("商品车质损", "Transport damage (stock car)"),
}
SETTLEMENT_LABELS = {
    "customer": ("客户", "Customer"),
    "manufacturer": ("厂家（索赔）", "Manufacturer (warranty claim)"),
    "own_store": ("本店（内部维修）", "Own store (internal repair)"),
}


@dataclass(frozen=True)
class WorkOrderView:
    id: int
    number: str
    store_code: str
    vehicle_id: int
    vin: str
    plate: str | None
    owner_id: int | None
    owner_name: str | None
    kind: str
    settlement_party: str
    deliverer_name: str
    deliverer_phone: str
    mileage: int | None
    complaint: str | None
    status: str
    created_at: datetime


def _view(wo: WorkOrder, store_code: str) -> WorkOrderView:
    return WorkOrderView(
        wo.id, wo.number, store_code, wo.vehicle_id, wo.vehicle.vin, wo.vehicle.plate, wo.owner_id,
        wo.owner.name if wo.owner else None, wo.kind, wo.settlement_party, wo.deliverer_name,
        wo.deliverer_phone, wo.mileage, wo.complaint, wo.status, wo.created_at,
    )


def _deliverer_name(name: str) -> str:
    if not name or not name.strip():
        raise ValidationError("deliverer_name", "送修人姓名必填：请填写实际送修人", "Deliverer's name is required: who brought the car", code="required")
    try:
        return validate_person_name(name)
    except ValidationError as exc:
        raise ValidationError("deliverer_name", "送修人姓名：" + exc.message_zh, "Deliverer's name: " + exc.message_en, code=exc.code) from exc


def _deliverer_phone(phone: str) -> str:
    if not phone or not phone.strip():
        raise ValidationError("deliverer_phone", "送修人电话必填：请填写送修人本人的有效电话", "Deliverer's phone is required: the deliverer's own valid number", code="required")
    try:
        return validate_phone(phone)
    except ValidationError as exc:
        raise ValidationError("deliverer_phone", "送修人电话：" + exc.message_zh, "Deliverer's phone: " + exc.message_en, code=exc.code) from exc


@write_action("work_order.create")
def create_work_order(
    db: Database,
    actor: Actor,
    vehicle_id: int,
    *,
    request_id: str | None = None,
    kind: str = "normal",
    settlement_party: str | None = None,
    deliverer_name: str,
    deliverer_phone: str,
    mileage: int | None = None,
    complaint: str | None = None,
) -> WorkOrderView:
    """Open a work order. W5: only with vehicle and owner loaded; W6: PDI / transport damage may go
    on without an owner, settled by the manufacturer or the own store."""
    actor.require("work_order.create")
    if kind not in WORK_ORDER_KINDS:
        raise ValidationError("kind", f"工单类型无效：{kind}", f"Unknown work-order kind: {kind}")
    if kind == "normal":
        settlement_party = settlement_party or "customer"
    elif settlement_party not in ("manufacturer", "own_store"):
        raise ValidationError(
            "settlement_party",
            "PDI / 商品车质损工单须选择结算方：厂家（索赔）或本店（内部维修）",
            "PDI / transport-damage work orders are settled by the manufacturer or the own store",
        )
    if settlement_party not in SETTLEMENT_PARTIES:
        raise ValidationError("settlement_party", "结算方无效", "Unknown settlement party")
    name = _deliverer_name(deliverer_name)
    phone = _deliverer_phone(deliverer_phone)
    from desktop.rules.text import clean_text

    clean_complaint = clean_text("complaint", complaint, max_len=2000, label_zh="故障描述", label_en="Complaint",
                                 multiline=True)
    if mileage is not None and (isinstance(mileage, bool) or not isinstance(mileage, int)
                                or not (0 <= mileage <= 3_000_000)):
        raise ValidationError("mileage", "里程须为 0–3,000,000 公里的整数", "Mileage must be a whole number of km, 0-3,000,000")
    with db.transaction() as s:
        vehicle = s.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise NotFound("车辆不存在", "No such vehicle")
        visible = any(rc.repair_center.store_id == actor.store_id for rc in vehicle.repair_centers)
        if not visible:
            raise RuleViolation(
                "该车不属于本店：请先添加本店维修中心", "The vehicle is not this store's: attach this store's repair center first",
                rule="M3",
            )
        owner: Customer | None = vehicle.owner
        owner_ok = owner is not None and owner.category == "retained" and owner.status != "disabled"
        if kind == "normal" and not owner_ok:
            raise RuleViolation(
                "车辆和车主都带出后才能开工单：请先维护车主，再重新开始接车",
                "A work order needs both vehicle and owner loaded: fix the owner, then restart the intake",
                rule="W5",
            )
        store = s.get(Store, actor.store_id)
        assert store is not None
        day = utcnow().strftime("%Y%m%d")
        seq = next_value(s, f"work_order:{store.code}:{day}")
        wo = WorkOrder(
            number=f"{store.code}-{day}-{seq:04d}", store_id=actor.store_id,
            repair_center_id=actor.repair_center_id, vehicle_id=vehicle.id,
            owner_id=owner.id if owner_ok and owner is not None else None, kind=kind,
            settlement_party=settlement_party, deliverer_name=name, deliverer_phone=phone,
            mileage=mileage, complaint=clean_complaint, status="open",
            created_by_id=actor.user_id, created_at=utcnow(),
        )
        s.add(wo)
        s.flush()
        audit.record(s, actor, "work_order.create", "work_order", wo.id, wo.number, "vehicle", None, vehicle.vin)
        return _view(wo, store.code)


def work_orders_of_vehicle(db: Database, actor: Actor, vehicle_id: int) -> list[WorkOrderView]:
    with db.read() as s:
        rows = s.scalars(
            select(WorkOrder).where(WorkOrder.vehicle_id == vehicle_id).order_by(WorkOrder.created_at.desc())
        )
        out = []
        for wo in rows:
            store = s.get(Store, wo.store_id)
            out.append(_view(wo, store.code if store else ""))
        return out
