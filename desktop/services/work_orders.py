"""Work orders (W5, W6, W8, V7): who brought the car, with a valid phone, entered afresh each time; the VIN
checked against the car; PDI and transport damage only for stock cars."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, exists, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    SETTLEMENT_PARTIES,
    WORK_ORDER_KINDS,
    Customer,
    OwnershipHistory,
    Store,
    Vehicle,
    WorkOrder,
    utcnow,
)
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP, Text, tr
from desktop.rules.names import validate_person_name
from desktop.rules.phone import validate_phone
from desktop.rules.vin import IOQ_READING, normalize_vin
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.errors import NotFound, RuleViolation
from desktop.services.numbering import next_value
from desktop.services.writes import write_action
from desktop.storage import Database

KIND_LABELS: dict[str, Text] = {
    "normal": QT_TRANSLATE_NOOP("services.work_orders", "普通维修"),
    "pdi": QT_TRANSLATE_NOOP("services.work_orders", "新车PDI"),
    "transport_damage": QT_TRANSLATE_NOOP("services.work_orders", "商品车质损"),
}
SETTLEMENT_LABELS: dict[str, Text] = {
    "customer": QT_TRANSLATE_NOOP("services.work_orders", "客户"),
    "manufacturer": QT_TRANSLATE_NOOP("services.work_orders", "厂家（索赔）"),
    "own_store": QT_TRANSLATE_NOOP("services.work_orders", "本店（内部维修）"),
}

# W6 stock cars: why a vehicle is not one (stock_car_problem), in the order they are checked.
STOCK_CAR_PROBLEMS: dict[str, Text] = {
    "not_generated": QT_TRANSLATE_NOOP("services.work_orders", "该车是手工建档车辆，不是采购流程生成的商品车"),
    "has_owner": QT_TRANSLATE_NOOP("services.work_orders", "该车已有车主"),
    "was_owned": QT_TRANSLATE_NOOP("services.work_orders", "该车曾有车主（见车主变更记录）"),
    "sold": QT_TRANSLATE_NOOP("services.work_orders", "该车已有销售或开票日期，已售出"),
    "earlier_work_order": QT_TRANSLATE_NOOP("services.work_orders", "该车已有普通维修工单"),
}
VIN_CONFIRMATION_LENGTH = 6  # V7: the last 6 characters of the VIN, read off the car
_VIN_CHARS = re.compile(r"^[0-9A-Z]+$")
_IOQ = str.maketrans(IOQ_READING)


def stock_car_message(problem: str, lang: str = "zh_CN") -> str:
    """The reason a vehicle is not a stock car in ``lang`` (English from the catalogue)."""
    return tr(STOCK_CAR_PROBLEMS[problem], lang)


class NotAStockCar(RuleViolation):
    """W6: PDI and transport-damage work orders are for stock cars only; ``problem`` says which condition failed."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(
            QT_TRANSLATE_NOOP("services.work_orders",
                              "PDI / 商品车质损工单只用于库存商品车（采购流程生成、从未有车主、没有普通维修工单）：{problem}"),
            rule="W6", field="kind", params={"problem": STOCK_CAR_PROBLEMS[problem]},
        )


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
        raise ValidationError(
            "deliverer_name", QT_TRANSLATE_NOOP("services.work_orders", "送修人姓名必填：请填写实际送修人"),
            code="required",
        )
    try:
        return validate_person_name(name)
    except ValidationError as exc:
        raise ValidationError("deliverer_name", QT_TRANSLATE_NOOP("services.work_orders", "送修人姓名：{reason}"), code=exc.code,
                              params={"reason": exc.as_message()}) from exc


def _deliverer_phone(phone: str) -> str:
    if not phone or not phone.strip():
        raise ValidationError(
            "deliverer_phone", QT_TRANSLATE_NOOP("services.work_orders", "送修人电话必填：请填写送修人本人的有效电话"),
            code="required",
        )
    try:
        return validate_phone(phone)
    except ValidationError as exc:
        raise ValidationError("deliverer_phone", QT_TRANSLATE_NOOP("services.work_orders", "送修人电话：{reason}"), code=exc.code,
                              params={"reason": exc.as_message()}) from exc


def _stock_car_problem(s: Session, vehicle: Vehicle) -> str | None:
    """W6 for a loaded vehicle (see :func:`stock_problem_of`)."""
    return stock_problem_of(s, vehicle_id=vehicle.id, origin=vehicle.origin, owner_id=vehicle.owner_id,
                            sale_date=vehicle.sale_date, invoice_date=vehicle.invoice_date)


def stock_problem_of(ex: Session | Connection, *, vehicle_id: int, origin: str, owner_id: int | None,
                     sale_date: Any, invoice_date: Any) -> str | None:
    """W6: None for a stock car (generated by the purchase process, never owned, no earlier normal work order),
    else the first condition that fails (a key of STOCK_CAR_PROBLEMS). A sale or invoice date on the sales tab
    counts as owned: the car was sold. Reads the history only for a car that passes the cheap checks (an ORM
    session or a plain connection: the intake lookup asks it on the row it already read)."""
    if origin != "generated":
        return "not_generated"
    if owner_id is not None:
        return "has_owner"
    owned = ex.scalar(select(exists().where(
        OwnershipHistory.vehicle_id == vehicle_id,
        or_(OwnershipHistory.old_owner_id.is_not(None), OwnershipHistory.new_owner_id.is_not(None)),
    )))
    if owned:
        return "was_owned"
    if sale_date is not None or invoice_date is not None:
        return "sold"
    if ex.scalar(select(exists().where(WorkOrder.vehicle_id == vehicle_id, WorkOrder.kind == "normal"))):
        return "earlier_work_order"
    return None


def stock_car_problem(db: Database, actor: Actor, vehicle_id: int) -> str | None:
    """W6, as create_work_order checks it: None when the vehicle is a stock car that may get a PDI or
    transport-damage work order, else the reason code (STOCK_CAR_PROBLEMS; stock_car_message words it). The
    intake panel offers PDI / transport damage only when this is None."""
    with db.read() as s:
        vehicle = s.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise NotFound(QT_TRANSLATE_NOOP("services.work_orders", "车辆不存在"))
        return _stock_car_problem(s, vehicle)


VIN_CONFIRMATION_MESSAGES: dict[str, Text] = {
    "required": QT_TRANSLATE_NOOP("services.work_orders", "请对照实车输入车架号后 6 位（V7）"),
    "invalid": QT_TRANSLATE_NOOP("services.work_orders", "车架号核对：只能输入车架号的字母和数字（后 6 位，V7）"),
    "too_short": QT_TRANSLATE_NOOP("services.work_orders", "车架号核对：请输入后 6 位（V7）"),
    "mismatch": QT_TRANSLATE_NOOP("services.work_orders", "车架号后 6 位与该车档案不符（V7）：车牌带出的可能不是在场的这辆车，请对照实车核对"),
}


def vin_confirmation_problem(vin: str, typed: str | None) -> str | None:
    """V7: None when ``typed`` is the end of ``vin`` (the last 6 characters or more, up to the whole VIN; as typed
    or scanned: case, spaces, full width, and I / O / Q read as 1 / 0 / 0), else a key of
    VIN_CONFIRMATION_MESSAGES. The intake panel checks the advisor's typing with it; create_work_order refuses
    with it."""
    text = normalize_vin(typed) if isinstance(typed, str) else ""
    malformed = _malformed_confirmation(text)
    if malformed is not None:
        return malformed
    if len(text) < min(VIN_CONFIRMATION_LENGTH, len(vin)):
        return "too_short"
    if not (vin.endswith(text) or vin.endswith(text.translate(_IOQ))):
        return "mismatch"
    return None


def _malformed_confirmation(text: str) -> str | None:
    if not text:
        return "required"
    if len(text) > 17 or not _VIN_CHARS.match(text):
        return "invalid"
    return None


def vin_confirmation_message(problem: str, lang: str = "zh_CN") -> str:
    """What is wrong with the typed last 6 characters in ``lang`` (English from the catalogue)."""
    return tr(VIN_CONFIRMATION_MESSAGES[problem], lang)


def _refuse_vin_confirmation(problem: str) -> ValidationError:
    return ValidationError("vin_confirmation", VIN_CONFIRMATION_MESSAGES[problem], code=problem)


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
    vin_confirmation: str | None = None,
) -> WorkOrderView:
    """Open a work order. W5: only with vehicle and owner loaded; W6: PDI / transport damage may go
    on without an owner, settled by the manufacturer or the own store, and only for a stock car (generated by
    the purchase process, never owned, no earlier normal work order: ``NotAStockCar`` names what failed).

    V7 / W1 (plate first): ``vin_confirmation`` — the last 6 characters (or more, up to the whole VIN) of the VIN
    read off the car in the workshop. When given, anything blank, malformed or not the end of this vehicle's VIN
    is a ValidationError on field ``vin_confirmation`` and nothing is saved. The intake panel always sends it:
    the end of the VIN the advisor typed or scanned (VIN first, W1: no extra step) or, for a car loaded through
    the plate alone, the characters the advisor typed in the V7 check from the car (the panel hides the VIN's
    last 6 until then). ``None`` is the VIN-first intake of a caller that looked the car up by its VIN (tools,
    imports of work orders, the stable seam of earlier versions). Decision, for now: the in-process service
    cannot tell how a caller reached the vehicle (lookups keep no state), and every caller today runs in the
    workstation's own process; the reception-desk server (issue #13) is where a remote client's work order
    will be required to carry it."""
    actor.require("work_order.create")
    if kind not in WORK_ORDER_KINDS:
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("services.work_orders", "工单类型无效：{kind}"),
            params={"kind": kind},
        )
    if kind == "normal":
        settlement_party = settlement_party or "customer"
    elif settlement_party not in ("manufacturer", "own_store"):
        raise ValidationError(
            "settlement_party", QT_TRANSLATE_NOOP("services.work_orders", "PDI / 商品车质损工单须选择结算方：厂家（索赔）或本店（内部维修）"),
        )
    if settlement_party not in SETTLEMENT_PARTIES:
        raise ValidationError("settlement_party", QT_TRANSLATE_NOOP("services.work_orders", "结算方无效"))
    name = _deliverer_name(deliverer_name)
    phone = _deliverer_phone(deliverer_phone)
    from desktop.rules.text import clean_text

    clean_complaint = clean_text("complaint", complaint, max_len=2000, label=QT_TRANSLATE_NOOP("services.work_orders", "故障描述"),
                                 multiline=True)
    if mileage is not None and (isinstance(mileage, bool) or not isinstance(mileage, int)
                                or not (0 <= mileage <= 3_000_000)):
        raise ValidationError("mileage", QT_TRANSLATE_NOOP("services.work_orders", "里程须为 0–3,000,000 公里的整数"))
    if vin_confirmation is not None:  # blank or not VIN characters: refused before the database
        malformed = _malformed_confirmation(normalize_vin(vin_confirmation) if isinstance(vin_confirmation, str) else "")
        if malformed is not None:
            raise _refuse_vin_confirmation(malformed)
    with db.transaction() as s:
        # W6: a PDI checks the car's history; the row lock keeps an owner from being linked meanwhile
        vehicle = s.get(Vehicle, vehicle_id, with_for_update=kind != "normal")
        if vehicle is None:
            raise NotFound(QT_TRANSLATE_NOOP("services.work_orders", "车辆不存在"))
        visible = any(rc.repair_center.store_id == actor.store_id for rc in vehicle.repair_centers)
        if not visible:
            raise RuleViolation(QT_TRANSLATE_NOOP("services.work_orders", "该车不属于本店：请先添加本店维修中心"), rule="M3")
        problem = vin_confirmation_problem(vehicle.vin, vin_confirmation) if vin_confirmation is not None else None
        if problem is not None:
            raise _refuse_vin_confirmation(problem)
        if kind != "normal":
            not_stock = _stock_car_problem(s, vehicle)
            if not_stock is not None:
                raise NotAStockCar(not_stock)
        owner: Customer | None = vehicle.owner
        owner_ok = owner is not None and owner.category == "retained" and owner.status != "disabled"
        if kind == "normal" and not owner_ok:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.work_orders", "车辆和车主都带出后才能开工单：请先维护车主，再重新开始接车"),
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
