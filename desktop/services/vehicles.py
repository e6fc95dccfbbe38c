"""Vehicle record (V1-V8, P1-P4, O1-O6, M1-M4, N1): locked facts stay locked, plates and owners move
with their history, and a vehicle of another store is attached, never created again."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models import (
    FILL_ONCE_FIELDS,
    INSURANCE_FIELDS,
    LOCKED_FIELDS,
    Customer,
    CustomerChannel,
    OwnershipHistory,
    PlateHistory,
    RepairCenter,
    Vehicle,
    VehicleContact,
    VehicleRepairCenter,
    utcnow,
)
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP, Text
from desktop.rules.names import canon_company_key, canon_person_key, validate_person_name
from desktop.rules.phone import validate_phone
from desktop.rules.plate import default_plate_color, validate_plate, validate_plate_color
from desktop.rules.text import clean_query
from desktop.rules.vin import describe_readings, normalize_vin, read_iso3779, validate_vin, vin_distance
from desktop.services import audit
from desktop.services.auth import Actor, PermissionDenied
from desktop.services.customers import add_channel
from desktop.services.errors import Conflict, NotFound, RuleViolation
from desktop.services.intake import similar_vins
from desktop.services.numbering import next_code
from desktop.services.views import (
    OwnerView,
    RepairCenterView,
    VehicleView,
    mask,
    owner_view,
    vehicle_view,
)
from desktop.services.writes import check_version, touch, write_action
from desktop.storage import Database
from desktop.storage.requests import lock_keys

FIELD_LABELS: dict[str, Text] = {
    "model": QT_TRANSLATE_NOOP("services.vehicles", "车型"),
    "vin": QT_TRANSLATE_NOOP("services.vehicles", "车架号"),
    "engine_no": QT_TRANSLATE_NOOP("services.vehicles", "发动机号"),
    "color": QT_TRANSLATE_NOOP("services.vehicles", "颜色"),
    "interior": QT_TRANSLATE_NOOP("services.vehicles", "内饰"),
    "options": QT_TRANSLATE_NOOP("services.vehicles", "选装"),
    "production_date": QT_TRANSLATE_NOOP("services.vehicles", "生产日期"),
    "sale_date": QT_TRANSLATE_NOOP("services.vehicles", "销售日期"),
    "invoice_date": QT_TRANSLATE_NOOP("services.vehicles", "开票日期"),
    "warranty_card_no": QT_TRANSLATE_NOOP("services.vehicles", "保修卡号"),
    "warranty_mileage": QT_TRANSLATE_NOOP("services.vehicles", "保修里程"),
    "warranty_start": QT_TRANSLATE_NOOP("services.vehicles", "保修开始日期"),
    "warranty_end": QT_TRANSLATE_NOOP("services.vehicles", "保修结束日期"),
    "plate": QT_TRANSLATE_NOOP("services.vehicles", "车牌号"),
    "plate_color": QT_TRANSLATE_NOOP("services.vehicles", "车牌颜色"),
    "commercial_insurer": QT_TRANSLATE_NOOP("services.vehicles", "商业险保险公司"),
    "commercial_policy_no": QT_TRANSLATE_NOOP("services.vehicles", "商业险保单号"),
    "commercial_expiry": QT_TRANSLATE_NOOP("services.vehicles", "商业险到期日"),
    "compulsory_insurer": QT_TRANSLATE_NOOP("services.vehicles", "交强险保险公司"),
    "compulsory_policy_no": QT_TRANSLATE_NOOP("services.vehicles", "交强险保单号"),
    "compulsory_expiry": QT_TRANSLATE_NOOP("services.vehicles", "交强险到期日"),
    "remark": QT_TRANSLATE_NOOP("services.vehicles", "备注"),
}
EDITABLE_FIELDS = INSURANCE_FIELDS + ("remark",)
MAX_MILEAGE = 3_000_000  # km: beyond any car (and within the integer column)
# Column lengths of the free-text fields (checked before the database: a field message, never a driver error).
TEXT_LIMITS = {
    "engine_no": 40, "color": 40, "interior": 40, "options": 200, "warranty_card_no": 40,
    "commercial_insurer": 60, "commercial_policy_no": 60, "compulsory_insurer": 60, "compulsory_policy_no": 60,
    "remark": 2000,
}
DATE_FIELDS = {
    "production_date", "sale_date", "invoice_date", "warranty_start", "warranty_end",
    "commercial_expiry", "compulsory_expiry",
}
_MODEL_RE = re.compile(r"^[0-9A-Za-z\u4e00-\u9fff][0-9A-Za-z\u4e00-\u9fff .\-+/()（）]*$")


class VinExists(Conflict):
    """M3: the VIN is on file already (usually another store's vehicle): attach it, never create it."""

    vehicle_id: int
    vin: str
    visible: bool

    def __init__(self, vehicle_id: int, vin: str, visible: bool) -> None:
        self.vehicle_id = vehicle_id
        self.vin = vin
        self.visible = visible
        if visible:
            super().__init__(
                QT_TRANSLATE_NOOP("services.vehicles", "车架号 {vin} 已存在：请在接车界面输入车架号带出该车"),
                rule="M3", field="vin", params={"vin": vin},
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("services.vehicles", "车架号 {vin} 已由集团其他门店建档：请添加本店维修中心，不要重复新建"),
                rule="M3", field="vin", params={"vin": vin},
            )


class SuspectedVinTypo(RuleViolation):
    vin: str
    similar: list[str]

    def __init__(self, vin: str, similar: list[str]) -> None:
        self.vin = vin
        self.similar = similar
        super().__init__(
            QT_TRANSLATE_NOOP("services.vehicles", "车架号 {vin} 与已有车架号 {similar} 仅差一两位：疑似录入错误，请核对实车并联系主数据团队，勿新建"),
            rule="V8", field="vin", params={"vin": vin, "similar": tuple(similar)},
        )


class PlateTaken(Conflict):
    """P3: the plate is on another vehicle (the old owner kept it): clear it there first."""

    plate: str
    other: VehicleView

    def __init__(self, plate: str, other: VehicleView) -> None:
        self.plate = plate
        self.other = other
        super().__init__(
            QT_TRANSLATE_NOOP("services.vehicles", "车牌 {plate} 已在车辆 {vin}（{model}）上：原车主把车牌装到了新车，请先清除原车车牌"),
            rule="P3", field="plate", params={"plate": plate, "vin": other.vin, "model": other.model},
        )


@dataclass(frozen=True)
class ContactView:
    id: int
    name: str
    phone: str
    relation: str | None
    is_main_user: bool


@dataclass(frozen=True)
class OwnershipRow:
    changed_at: datetime
    old_owner: str | None
    new_owner: str | None
    by: str | None
    reason: str | None


@dataclass(frozen=True)
class VehicleDetail:
    id: int
    internal_code: str
    origin: str
    model: str
    vin: str
    vin_nonstandard: bool
    manufacturer: str | None
    model_year: int | None
    engine_no: str | None
    color: str | None
    interior: str | None
    options: str | None
    plate: str | None
    plate_color: str | None
    production_date: date | None
    sale_date: date | None
    invoice_date: date | None
    warranty_card_no: str | None
    warranty_mileage: int | None
    warranty_start: date | None
    warranty_end: date | None
    commercial_insurer: str | None
    commercial_policy_no: str | None
    commercial_expiry: date | None
    compulsory_insurer: str | None
    compulsory_policy_no: str | None
    compulsory_expiry: date | None
    remark: str | None
    owner: OwnerView | None
    contacts: tuple[ContactView, ...]
    repair_centers: tuple[RepairCenterView, ...]
    ownership_history: tuple[OwnershipRow, ...]
    visible: bool
    locked_fields: frozenset[str]
    #: field -> the rule that locks it: Chinese source text marked in the context "services.vehicles" (a plain
    #: string once it crossed the HTTP API: the UI translates it in that context)
    lock_reasons: dict[str, str]
    created_at: datetime
    version: int


def lock_state(v: Vehicle, actor: Actor) -> tuple[frozenset[str], dict[str, str]]:
    """Which fields this actor may not edit, and the rule that says so (V3-V5)."""
    locked: set[str] = set()
    reasons: dict[str, str] = {}
    for f in LOCKED_FIELDS:
        if v.origin == "generated":
            locked.add(f)
            reasons[f] = QT_TRANSLATE_NOOP("services.vehicles", "V3 购车流程生成的车辆：车型、车架号、发动机号、颜色、内饰、选装永久锁定，错误须走采购退货")
        elif getattr(v, f) not in (None, "") and not actor.can("vehicle.edit_locked"):
            locked.add(f)
            reasons[f] = QT_TRANSLATE_NOOP("services.vehicles", "V4 手工建档车辆：录入后锁定，仅主数据团队可纠正轻微录入错误（须填写原因）")
    for f in FILL_ONCE_FIELDS:
        if getattr(v, f) not in (None, "") and not actor.can("vehicle.edit_locked"):
            locked.add(f)
            reasons[f] = QT_TRANSLATE_NOOP("services.vehicles", "V5 已填写的销售/售后固定信息不再修改")
    if not actor.can("vehicle.edit"):
        for f in ("plate", "plate_color", *INSURANCE_FIELDS, "remark"):
            locked.add(f)
            reasons.setdefault(f, QT_TRANSLATE_NOOP("services.vehicles", "无维护车辆信息的权限"))
    return frozenset(locked), reasons


def _load(s: Session, vehicle_id: int, *, lock: bool = False) -> Vehicle:
    q = (
        select(Vehicle)
        .where(Vehicle.id == vehicle_id)
        .options(
            selectinload(Vehicle.repair_centers).joinedload(VehicleRepairCenter.repair_center).joinedload(RepairCenter.store),
            selectinload(Vehicle.owner).selectinload(Customer.channels).joinedload(CustomerChannel.store),
            selectinload(Vehicle.contacts),
        )
    )
    if lock:
        q = q.with_for_update(of=Vehicle)
    v = s.scalar(q)
    if v is None:
        raise NotFound(QT_TRANSLATE_NOOP("services.vehicles", "车辆不存在"), field="vehicle")
    return v


def sees(actor: Actor, v: Vehicle) -> bool:
    """S1: the store sees a vehicle that lists one of its repair centers; the master-data team sees all."""
    return actor.can("records.all_stores") or any(rc.repair_center.store_id == actor.store_id for rc in v.repair_centers)


def require_sees(actor: Actor, v: Vehicle) -> None:
    """S1 writes: another store's vehicle is read-only until this store's repair center is attached (M3)."""
    if not sees(actor, v):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("services.vehicles", "车辆 {vin} 属于其他门店，本店只能查看：请先添加本店维修中心（M3）"),
            rule="S1", params={"vin": v.vin},
        )


def _detail(s: Session, v: Vehicle, actor: Actor) -> VehicleDetail:
    view = vehicle_view(v, actor.store_id)
    full = sees(actor, v)
    locked, reasons = lock_state(v, actor)
    history = []
    for h in s.scalars(
        select(OwnershipHistory).where(OwnershipHistory.vehicle_id == v.id).order_by(OwnershipHistory.changed_at.desc())
    ):
        old = s.get(Customer, h.old_owner_id) if h.old_owner_id else None
        new = s.get(Customer, h.new_owner_id) if h.new_owner_id else None
        history.append(OwnershipRow(h.changed_at, old.name if old else None, new.name if new else None, None, h.reason))
    return VehicleDetail(
        id=v.id, internal_code=v.internal_code, origin=v.origin, model=v.model, vin=v.vin,
        vin_nonstandard=v.vin_nonstandard, manufacturer=view.manufacturer, model_year=view.model_year,
        engine_no=v.engine_no, color=v.color, interior=v.interior, options=v.options, plate=v.plate,
        plate_color=v.plate_color, production_date=v.production_date, sale_date=v.sale_date,
        invoice_date=v.invoice_date, warranty_card_no=v.warranty_card_no, warranty_mileage=v.warranty_mileage,
        warranty_start=v.warranty_start, warranty_end=v.warranty_end, commercial_insurer=v.commercial_insurer,
        commercial_policy_no=v.commercial_policy_no, commercial_expiry=v.commercial_expiry,
        compulsory_insurer=v.compulsory_insurer, compulsory_policy_no=v.compulsory_policy_no,
        compulsory_expiry=v.compulsory_expiry, remark=v.remark,
        owner=owner_view(v.owner, actor.store_id, group_wide=actor.can("records.all_stores")) if v.owner else None,
        contacts=tuple(ContactView(c.id, c.name, c.phone if full else mask(c.phone), c.relation, c.is_main_user)
                       for c in v.contacts),
        repair_centers=view.repair_centers, ownership_history=tuple(history), visible=view.visible,
        locked_fields=locked, lock_reasons=reasons, created_at=v.created_at, version=v.version,
    )


def get_vehicle(db: Database, actor: Actor, vehicle_id: int) -> VehicleDetail:
    with db.read() as s:
        return _detail(s, _load(s, vehicle_id), actor)


def get_vehicle_pair(db: Database, actor: Actor, vehicle_id: int, other_id: int) -> tuple[VehicleDetail, VehicleDetail]:
    """P3: the car being served and the car holding its plate, as they are now, in one read (the plate dialog
    shows both before the advisor moves the plate)."""
    with db.read() as s:
        return _detail(s, _load(s, vehicle_id), actor), _detail(s, _load(s, other_id), actor)


def validate_model(model: str) -> str:
    """V1: the model exactly, no stray symbols."""
    clean = re.sub(r"\s+", " ", (model or "").strip())
    if not clean:
        raise ValidationError("model", QT_TRANSLATE_NOOP("services.vehicles", "车型必填"), code="required")
    if len(clean) > 120 or not _MODEL_RE.match(clean):
        raise ValidationError(
            "model", QT_TRANSLATE_NOOP("services.vehicles", "车型只能含文字、字母、数字及 . - + / ( )，不得有其他符号"),
        )
    return clean


def _check_not_duplicate_vin(s: Session, actor: Actor, vin: str, exclude_id: int | None = None) -> None:
    existing = s.scalar(_vin_query(vin))
    if existing is not None and existing.id != exclude_id:
        visible = any(rc.repair_center.store_id == actor.store_id for rc in existing.repair_centers)
        raise VinExists(existing.id, vin, visible)


def _vin_query(vin: str) -> Any:
    return select(Vehicle).where(Vehicle.vin == vin).options(
        selectinload(Vehicle.repair_centers).joinedload(VehicleRepairCenter.repair_center)
    )


@write_action("vehicle.create_manual")
def create_manual_vehicle(
    db: Database,
    actor: Actor,
    *,
    model: str,
    vin: str,
    nonstandard_vin: bool = False,
    not_a_typo_reason: str | None = None,
    request_id: str | None = None,
) -> VehicleDetail:
    """M1/M2: create a vehicle not found at intake with model and VIN only; plate, owner, insurance
    follow once no duplicate VIN is reported. A VIN on file is M3 (attach), one a character or two off
    a VIN on file (the 16 characters other than the check digit) is V8 (escalate): refused for everyone
    but the master-data team, who give ``not_a_typo_reason`` (audited with the VINs it resembles). I, O, Q
    are read as 1, 0, 0 (the audit entry says so). A VIN failing its check digit only as the master-data
    team's marked non-standard VIN. Two workstations creating the same VIN at once: the second gets
    VinExists; two creating twins at once: the V8 check runs under one group-wide lock (PostgreSQL), so the
    second sees the first."""
    actor.require("vehicle.create_manual")
    if nonstandard_vin:
        actor.require("vehicle.nonstandard_vin")
    typed, readings = read_iso3779(normalize_vin(clean_query("vin", vin, max_len=60, label=QT_TRANSLATE_NOOP("services.vehicles", "车架号"))))
    override = actor.can("vehicle.edit_locked") and bool((not_a_typo_reason or "").strip())
    with db.transaction() as s:
        lock_keys(s, ["vehicle.create_manual:V8"])  # twins created at the same instant: one waits (SQLite: serial)
        # V8 before the check digit: a slip usually breaks the check digit too, and the advisor must
        # see the VIN on file rather than a checksum message.
        _check_not_duplicate_vin(s, actor, typed)
        similar = similar_vins(s, typed)
        permit = _vin_permit(s, actor, typed) if similar and not override else None
        if similar and not override and permit is None:
            raise SuspectedVinTypo(typed, similar)
        clean_vin = validate_vin(vin, allow_nonstandard=nonstandard_vin, read_ioq=True)
        clean_model = validate_model(model)
        _check_not_duplicate_vin(s, actor, clean_vin)
        if actor.repair_center_id is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "本店没有维修中心"))
        code = next_code(s, "vehicle", "CL", 9, Vehicle.internal_code)
        v = Vehicle(
            internal_code=code, origin="manual", model=clean_model, vin=clean_vin,
            vin_nonstandard=nonstandard_vin and not _check_ok(clean_vin),
            created_by_id=actor.user_id, created_store_id=actor.store_id, created_at=utcnow(),
        )
        s.add(v)
        s.flush()
        s.add(VehicleRepairCenter(vehicle_id=v.id, repair_center_id=actor.repair_center_id))
        said = describe_readings(readings)
        if permit is not None:
            permit.created_vehicle_id = v.id  # the permit is used up
            not_a_typo_reason = f"主数据团队确认为不同车辆（V8 升级单 {permit.id}：{permit.resolution_note}）"
        why = [f"{not_a_typo_reason}（V8 相近车架号：{'、'.join(similar)}）" if similar else None,
               str(said) if said else None]
        audit.record(s, actor, "vehicle.create", "vehicle", v.id, clean_vin, "vin", None, clean_vin,
                     "；".join(w for w in why if w) or None)
        s.flush()
        s.expire(v)
        return _detail(s, _load(s, v.id), actor)


def _vin_permit(s: Session, actor: Actor, vin: str) -> Any:
    """V8: the master-data team answered an escalation of exactly this VIN "a different car" for this store
    (desktop.services.escalations.resolve_different_car): its advisors may create it, once."""
    from desktop.models import VinEscalation

    return s.scalar(select(VinEscalation).where(
        VinEscalation.typed_vin == vin, VinEscalation.status == "different_car",
        VinEscalation.store_id == actor.store_id, VinEscalation.created_vehicle_id.is_(None))
        .order_by(VinEscalation.id).limit(1).with_for_update())


def _check_ok(vin: str) -> bool:
    from desktop.rules.vin import is_check_digit_ok

    return is_check_digit_ok(vin)


def _coerce(field: str, value: Any) -> Any:
    if value in ("", None):
        return None
    if field in DATE_FIELDS:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError as exc:
            raise ValidationError(field, QT_TRANSLATE_NOOP("services.vehicles", "{label}须为日期（YYYY-MM-DD）"),
                                  params={"label": FIELD_LABELS[field]}) from exc
    if field == "warranty_mileage":
        try:
            n = int(value)
        except (TypeError, ValueError) as exc:
            raise ValidationError(field, QT_TRANSLATE_NOOP("services.vehicles", "保修里程须为整数公里")) from exc
        if not 0 <= n <= MAX_MILEAGE:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("services.vehicles", "保修里程须为 0–{max_mileage:,} 公里的整数"),
                params={"max_mileage": MAX_MILEAGE},
            )
        return n
    if field == "vin":
        return validate_vin(str(value))
    if field == "model":
        return validate_model(str(value))
    from desktop.rules.text import clean_text

    limit = TEXT_LIMITS.get(field, 60)
    text = clean_text(field, value, max_len=limit, label=FIELD_LABELS[field], multiline=field == "remark",
                      formula_guard=field != "remark")
    return re.sub(r"[ \u3000]+", " ", text) if text and field != "remark" else text


@write_action("vehicle.update")
def update_vehicle(
    db: Database,
    actor: Actor,
    vehicle_id: int,
    changes: dict[str, Any],
    reason: str | None = None,
    *,
    version: int,
    request_id: str | None = None,
) -> VehicleDetail:
    """Save the vehicle record (one transaction). V3: generated vehicles' fixed facts never change.
    V4: a manual vehicle's locked facts only by the master-data team, with a reason, by a character or
    two. V5: sales/after-sales facts filled once. V6: plate, owner, insurance, repair centers change."""
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        require_sees(actor, v)
        check_version(v, version)
        diff: dict[str, tuple[Any, Any]] = {}
        plate_change: tuple[str | None, str | None] | None = None
        for field, raw in changes.items():
            if field in ("plate", "plate_color"):
                continue
            if field not in FIELD_LABELS:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("services.vehicles", "该字段不可在此修改：{field}"),
                    params={"field": field},
                )
            new = _coerce(field, raw)
            old = getattr(v, field)
            if new == old:
                continue
            _check_field_change(actor, v, field, old, new, reason)
            diff[field] = (old, new)
        if "plate" in changes or "plate_color" in changes:
            actor.require("vehicle.edit")
            plate = changes.get("plate", v.plate)
            color = changes.get("plate_color", v.plate_color)
            plate_change = _clean_plate(plate, color)
            if plate_change == (v.plate, v.plate_color):
                plate_change = None
        if "vin" in diff:
            _check_not_duplicate_vin(s, actor, diff["vin"][1], exclude_id=v.id)
        for field, (_old, new) in diff.items():
            setattr(v, field, new)
        action = "vehicle.locked_fix" if any(f in LOCKED_FIELDS or f in FILL_ONCE_FIELDS for f in diff) else "vehicle.edit"
        audit.record_changes(s, actor, action, "vehicle", v.id, v.vin, diff, reason)
        if plate_change is not None:
            _apply_plate(s, actor, v, plate_change[0], plate_change[1], reason)
        s.flush()
        return _detail(s, v, actor)


def _check_field_change(actor: Actor, v: Vehicle, field: str, old: Any, new: Any, reason: str | None) -> None:
    label = FIELD_LABELS[field]
    if field in LOCKED_FIELDS:
        if v.origin == "generated":
            raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "{label}已锁定：购车流程生成的车辆不可修改，错误须走采购退货"),
                                rule="V3", field=field, params={"label": label})
        if old in (None, ""):
            actor.require("vehicle.edit")  # entered once, when known (V4)
            return
        if not actor.can("vehicle.edit_locked"):
            raise PermissionDenied("vehicle.edit_locked", actor)
        if not (reason or "").strip():
            raise ValidationError("reason", QT_TRANSLATE_NOOP("services.vehicles", "纠正{label}须填写原因"), code="required",
                                  params={"label": label})
        if not _slight(str(old), str(new)):
            raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "{label}只能纠正一两个字符的轻微录入错误"),
                                rule="V4", field=field, params={"label": label})
        return
    if field in FILL_ONCE_FIELDS:
        if old in (None, ""):
            actor.require("vehicle.edit")
            return
        if not actor.can("vehicle.edit_locked"):
            raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "{label}已填写，不再修改"), rule="V5", field=field,
                                params={"label": label})
        if not (reason or "").strip():
            raise ValidationError("reason", QT_TRANSLATE_NOOP("services.vehicles", "修改{label}须填写原因"), code="required",
                                  params={"label": label})
        return
    actor.require("vehicle.edit")


def _slight(old: str, new: str) -> bool:
    if len(old) == len(new):
        return vin_distance(old, new) <= 2
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(old, new) <= 2


def _clean_plate(plate: Any, color: Any) -> tuple[str | None, str | None]:
    if plate in (None, ""):
        return None, None
    clean = validate_plate(str(plate))
    c = validate_plate_color(str(color)) if color not in (None, "") else default_plate_color(clean)
    return clean, c


def _apply_plate(s: Session, actor: Actor, v: Vehicle, plate: str | None, color: str | None, reason: str | None) -> None:
    if plate is not None:
        other = s.scalar(select(Vehicle).where(Vehicle.plate == plate, Vehicle.id != v.id))
        if other is not None:
            s.refresh(other)
            raise PlateTaken(plate, vehicle_view(_load(s, other.id), actor.store_id))
    s.add(PlateHistory(vehicle_id=v.id, old_plate=v.plate, old_plate_color=v.plate_color, new_plate=plate,
                       new_plate_color=color, changed_by_id=actor.user_id, store_id=actor.store_id, reason=reason))
    audit.record_changes(s, actor, "vehicle.plate", "vehicle", v.id, v.vin,
                         {"plate": (v.plate, plate), "plate_color": (v.plate_color, color)}, reason)
    v.plate = plate
    v.plate_color = color


@write_action("vehicle.set_plate")
def set_plate(db: Database, actor: Actor, vehicle_id: int, plate: str | None, plate_color: str | None = None,
              reason: str | None = None, *, version: int, request_id: str | None = None) -> VehicleDetail:
    """P1/P2: fill or change the plate on the vehicle found by VIN; never its VIN or model. A plate held by
    another vehicle is refused with PlateTaken (P3: clear it there first, see move_plate)."""
    actor.require("vehicle.edit")
    clean = _clean_plate(plate, plate_color)
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        require_sees(actor, v)
        check_version(v, version)
        if clean != (v.plate, v.plate_color):
            _apply_plate(s, actor, v, clean[0], clean[1], reason)
        s.flush()
        return _detail(s, v, actor)


@dataclass(frozen=True)
class PlateOutcome:
    """What saving a plate came to: ``detail`` when saved; ``conflict`` (P3) when the plate is on another car,
    with both records as they are now, for the guided dialog."""

    detail: VehicleDetail | None = None
    conflict: PlateConflict | None = None


@dataclass(frozen=True)
class PlateConflict:
    plate: str
    plate_color: str | None
    message_zh: str
    message_en: str
    holder: VehicleDetail  # the old car that holds the plate
    vehicle: VehicleDetail  # the car being served


@write_action("vehicle.set_plate_or_conflict")
def set_plate_or_conflict(db: Database, actor: Actor, vehicle_id: int, plate: str | None,
                          plate_color: str | None = None, reason: str | None = None, *, version: int,
                          request_id: str | None = None) -> PlateOutcome:
    """P1/P2/P3 in one call: save the plate, or, when another car holds it, nothing saved and both cars
    returned for the P3 dialog (clear it on the old car, then put it on this one: move_plate)."""
    try:  # set_plate joins this action's transaction; PlateTaken is raised before it writes anything
        return PlateOutcome(detail=set_plate(db, actor, vehicle_id, plate, plate_color, reason, version=version))
    except PlateTaken as exc:
        with db.read() as s:
            return PlateOutcome(conflict=PlateConflict(
                exc.plate, plate_color, exc.message_zh, exc.message_en,
                _detail(s, _load(s, exc.other.id), actor), _detail(s, _load(s, vehicle_id), actor),
            ))


@write_action("vehicle.move_plate")
def move_plate(db: Database, actor: Actor, to_vehicle_id: int, plate: str, plate_color: str | None = None,
               reason: str | None = None, *, version: int, holder_version: int | None = None,
               request_id: str | None = None) -> VehicleDetail:
    """P3/P4: the old owner put the plate on another car: clear plate and plate colour from the old
    vehicle and put it on the new one, in one transaction; the old vehicle's VIN and model stay.
    ``version`` is the new car's as the user saw it, ``holder_version`` the old car's (when the dialog showed
    it): a car changed meanwhile by another workstation is refused, not overwritten."""
    actor.require("vehicle.edit")
    clean_plate, clean_color = _clean_plate(plate, plate_color)
    if clean_plate is None:
        raise ValidationError("plate", QT_TRANSLATE_NOOP("services.vehicles", "车牌号必填"), code="required")
    with db.transaction() as s:
        target = _load(s, to_vehicle_id, lock=True)
        require_sees(actor, target)
        check_version(target, version)
        old = s.scalar(select(Vehicle).where(Vehicle.plate == clean_plate, Vehicle.id != target.id).with_for_update())
        why = reason or "P3 原车主将车牌装到另一辆车"
        if old is not None:
            if holder_version is not None:
                check_version(old, holder_version)
            _apply_plate(s, actor, old, None, None, why)
            s.flush()
        _apply_plate(s, actor, target, clean_plate, clean_color, why)
        s.flush()
        return _detail(s, target, actor)


@write_action("vehicle.attach_store")
def attach_store(db: Database, actor: Actor, vehicle_id: int, *, version: int,
                 request_id: str | None = None) -> VehicleDetail:
    """M3/S1: add this store's repair center to the vehicle (keeping every other store's, one row per
    center) and this store's channel to the owner, in one transaction: now this store sees both."""
    actor.require("vehicle.edit")
    center = actor.repair_center_id
    if center is None:
        raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "本店没有维修中心"))
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        check_version(v, version)
        if not any(rc.repair_center_id == center for rc in v.repair_centers):
            s.add(VehicleRepairCenter(vehicle_id=v.id, repair_center_id=center))
            rc = s.get(RepairCenter, center)
            touch(v)
            audit.record(s, actor, "vehicle.repair_center_add", "vehicle", v.id, v.vin, "repair_center", None,
                         rc.code if rc else center)
        if v.owner is not None:
            add_channel(s, actor, v.owner)
        s.flush()
        s.expire_all()
        return _detail(s, _load(s, vehicle_id), actor)


def _same_name(a: Customer, b: Customer) -> bool:
    if a.customer_type != b.customer_type:
        return False
    if a.customer_type == "company":
        return canon_company_key(a.name) == canon_company_key(b.name)
    return canon_person_key(a.name) == canon_person_key(b.name)


def _owner_candidate(s: Session, customer_code: str, *, lock: bool = False) -> Customer:
    from desktop.services.customers import typed_code

    q = select(Customer).where(Customer.code == typed_code(customer_code)).options(selectinload(Customer.channels))
    if lock:
        q = q.with_for_update(of=Customer)
    new = s.scalar(q)
    if new is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.vehicles", "客户 {customer_code} 不存在"),
            field="customer_code", params={"customer_code": customer_code},
        )
    if new.merged_into_id is not None:
        raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "该客户已被合并，请使用合并后的客户"), rule="O6")
    return new


def _require_linkable(new: Customer) -> None:
    """O6: only an enabled, retained customer can be linked as an owner."""
    if not (new.status == "enabled" and new.category == "retained"):
        raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "只有已启用的保有客户才能作为车主（{name}：{status}、{category}）"),
                            rule="O6", params={"name": new.name, "status": _STATUS[new.status],
                                               "category": _CATEGORY[new.category]})


@write_action("vehicle.set_owner")
def set_owner(db: Database, actor: Actor, vehicle_id: int, customer_code: str, reason: str | None = None, *,
              version: int, request_id: str | None = None) -> VehicleDetail:
    """O2/O3/W2a: link the owner (a new customer or an existing one) and record the change.

    O6: only an enabled, retained customer can be linked. W2b: another store's correct owner is never
    replaced by this store's same-name customer. O4: a store that does not see the vehicle attaches it first.
    O1: a generated new car still in stock gets its owner from the vehicle sale, not from an advisor.
    Earlier work orders keep the owner they had."""
    actor.require("vehicle.change_owner")
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        check_version(v, version)
        new = _owner_candidate(s, customer_code)
        _require_linkable(new)
        old = v.owner
        if old is not None and old.id == new.id:
            return _detail(s, v, actor)
        _check_can_take_owner(actor, v, new)
        add_channel(s, actor, new)
        _link_owner(s, actor, v, new, reason)
        return _detail(s, v, actor)


@write_action("vehicle.retain_and_link_owner")
def retain_and_link_owner(db: Database, actor: Actor, vehicle_id: int, customer_code: str,
                          reason: str | None = None, *, version: int, customer_version: int,
                          request_id: str | None = None) -> VehicleDetail:
    """W3/O6 in one transaction: the real owner on file is not 'retained' (a potential customer), so it is set
    to retained and linked as the owner; either both happen or neither."""
    from desktop.services import customers

    actor.require("vehicle.change_owner")
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        check_version(v, version)
        new = _owner_candidate(s, customer_code, lock=True)
        check_version(new, customer_version)
        if new.status != "enabled":
            _require_linkable(new)  # O6: a pending or disabled customer is not made an owner by retaining it
        is_owner = v.owner is not None and v.owner.id == new.id
        if is_owner and not sees(actor, v):  # S1 / O4: never a car (or its owner) this store does not see
            raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "本店看不到该车：请先添加本店维修中心再变更车主"),
                                rule="O4")
        if not is_owner:
            _check_can_take_owner(actor, v, new)
        customers.set_retained_in(s, actor, new)
        if not is_owner:
            add_channel(s, actor, new)
            _link_owner(s, actor, v, new, reason)
        s.flush()
        s.expire_all()
        return _detail(s, _load(s, vehicle_id), actor)


def _link_owner(s: Session, actor: Actor, v: Vehicle, new: Customer, reason: str | None) -> None:
    """Fill the owner field, with the ownership history and the audit trail (earlier work orders keep theirs)."""
    old = v.owner
    s.add(OwnershipHistory(vehicle_id=v.id, old_owner_id=old.id if old else None, new_owner_id=new.id,
                           changed_by_id=actor.user_id, store_id=actor.store_id, reason=reason))
    audit.record(s, actor, "vehicle.owner", "vehicle", v.id, v.vin, "owner",
                 f"{old.code} {old.name}" if old else None, f"{new.code} {new.name}", reason)
    v.owner_id = new.id
    v.owner = new
    s.flush()


_STATUS = {"pending": QT_TRANSLATE_NOOP("services.vehicles", "待启用"),
           "enabled": QT_TRANSLATE_NOOP("services.vehicles", "已启用"),
           "disabled": QT_TRANSLATE_NOOP("services.vehicles", "已停用")}
_CATEGORY = {"potential": QT_TRANSLATE_NOOP("services.vehicles", "潜在客户"),
             "retained": QT_TRANSLATE_NOOP("services.vehicles", "保有客户")}


def _contact_name(name: str) -> str:
    try:
        return validate_person_name(name)
    except ValidationError as exc:
        raise ValidationError("contact_name", QT_TRANSLATE_NOOP("services.vehicles", "联系人姓名：{reason}"),
                              code=exc.code, params={"reason": exc.as_message()}) from exc


def _contact_phone(phone: str) -> str:
    """C6: a contact's phone follows the same rule as every phone field."""
    try:
        return validate_phone(phone)
    except ValidationError as exc:
        raise ValidationError("contact_phone", QT_TRANSLATE_NOOP("services.vehicles", "联系人电话：{reason}"),
                              code=exc.code, params={"reason": exc.as_message()}) from exc


def _relation(relation: str | None) -> str | None:
    from desktop.rules.text import clean_text

    return clean_text("relation", relation, max_len=30, label=QT_TRANSLATE_NOOP("services.vehicles", "关系"))


@write_action("vehicle.add_contact")
def add_contact(db: Database, actor: Actor, vehicle_id: int, *, name: str, phone: str, relation: str | None = None,
                main_user: bool = False, version: int, request_id: str | None = None) -> VehicleDetail:
    """W7: people who bring the car are contacts; one may be marked as the main user."""
    actor.require("vehicle.edit")
    clean_name = _contact_name(name)
    clean_phone = _contact_phone(phone)
    clean_relation = _relation(relation)
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        require_sees(actor, v)
        check_version(v, version)
        if main_user:
            for c in v.contacts:
                c.is_main_user = False
        contact = VehicleContact(vehicle_id=v.id, name=clean_name, phone=clean_phone,
                                 relation=clean_relation, is_main_user=main_user)
        v.contacts.append(contact)
        touch(v)
        audit.record(s, actor, "vehicle.contact_add", "vehicle", v.id, v.vin, "contact", None,
                     f"{clean_name} {clean_phone}{' (main user)' if main_user else ''}")
        s.flush()
        return _detail(s, v, actor)


@write_action("vehicle.set_main_user")
def set_main_user(db: Database, actor: Actor, vehicle_id: int, contact_id: int, *, version: int,
                  request_id: str | None = None) -> VehicleDetail:
    """W7: the main user (主要用车人) is one of the vehicle's contacts."""
    actor.require("vehicle.edit")
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        require_sees(actor, v)
        check_version(v, version)
        if not any(c.id == contact_id for c in v.contacts):
            raise NotFound(QT_TRANSLATE_NOOP("services.vehicles", "联系人不存在"), field="contact")
        for c in v.contacts:
            c.is_main_user = c.id == contact_id
        touch(v)
        audit.record(s, actor, "vehicle.main_user", "vehicle", v.id, v.vin, "main_user", None, contact_id)
        s.flush()
        return _detail(s, v, actor)


@write_action("vehicle.remove_contact")
def remove_contact(db: Database, actor: Actor, vehicle_id: int, contact_id: int, *, version: int,
                   request_id: str | None = None) -> VehicleDetail:
    """W7: a contact who no longer brings the car is removed (audited)."""
    actor.require("vehicle.edit")
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        require_sees(actor, v)
        check_version(v, version)
        contact = next((c for c in v.contacts if c.id == contact_id), None)
        if contact is None:
            raise NotFound(QT_TRANSLATE_NOOP("services.vehicles", "联系人不存在"), field="contact")
        v.contacts.remove(contact)
        touch(v)
        audit.record(s, actor, "vehicle.contact_remove", "vehicle", v.id, v.vin, "contact",
                     f"{contact.name} {contact.phone}", None)
        s.flush()
        return _detail(s, v, actor)


@write_action("vehicle.create_owner")
def create_owner(
    db: Database,
    actor: Actor,
    vehicle_id: int,
    *,
    version: int,
    request_id: str | None = None,
    customer_type: str,
    name: str,
    phone: str,
    id_type: str | None = None,
    id_number: str | None = None,
    confirmed_not_duplicate_of: tuple[str, ...] | list[str] = (),
    confirm_reason: str | None = None,
    reason: str | None = None,
) -> VehicleDetail:
    """O2/O3 (原文 三·9-2、9-3): 新增车主 on the vehicle record's customer tab. The customer is created through
    the duplicate check (customers.create_customer: C2 refusals and confirmations, after-sales, retained,
    pending until customer service enables it, C9) and then fills the owner field at once. O6 (enabled and
    retained) governs linking an EXISTING customer (set_owner), not the one created here. O4, O1 and W2b
    are checked before anything is created."""
    from desktop.services import customers

    actor.require("vehicle.change_owner")
    actor.require("customer.create_after_sales")
    core = customers.validate_core(customer_type, name, phone, id_type, id_number)
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        check_version(v, version)
        # O4, O1 and W2b before anything is created (the new customer's name decides W2b).
        _check_can_take_owner(actor, v, Customer(customer_type=core.customer_type, name=core.name))
        new = customers.create_customer_in(
            s, actor, core, business="after_sales", confirmed_not_duplicate_of=confirmed_not_duplicate_of,
            confirm_reason=confirm_reason,
        )
        _link_owner(s, actor, v, new, reason)
        return _detail(s, v, actor)


def _check_can_take_owner(actor: Actor, v: Vehicle, new: Customer) -> None:
    """O4, O1 and W2b for a new owner (the same refusals as set_owner)."""
    if not sees(actor, v):
        raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "本店看不到该车：请先添加本店维修中心再变更车主"), rule="O4")
    old = v.owner
    if v.origin == "generated" and old is None and v.sale_date is None and not actor.can("vehicle.edit_locked"):
        raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "购车流程生成的新车，车主由整车销售带入，不由服务顾问填写"), rule="O1")
    if old is not None and _same_name(old, new):
        old_other_store = old.created_store_id != actor.store_id or not any(
            ch.store_id == actor.store_id for ch in old.channels)
        if old_other_store and old.status == "enabled" and old.category == "retained":
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.vehicles", "车主正确且属于其他门店：不得用本店同名客户替换，请添加本店客户渠道后沿用原车主"),
                rule="W2b",
            )


@write_action("vehicle.remove_repair_center")
def remove_repair_center(db: Database, actor: Actor, vehicle_id: int, repair_center_code: str, reason: str, *,
                         version: int, request_id: str | None = None) -> VehicleDetail:
    """M3: a wrong repair-center row comes off the after-sales tab, with a reason (audited). The master-data team
    may remove any store's row; an advisor only this store's own row — never another store's (M3: 不得删除其他
    门店的维修中心). The last row stays: a vehicle without a repair center would be seen by no store (S1)."""
    if not (reason or "").strip():
        raise ValidationError("reason", QT_TRANSLATE_NOOP("services.vehicles", "移除维修中心须填写原因"), code="required")
    with db.transaction() as s:
        v = _load(s, vehicle_id, lock=True)
        check_version(v, version)
        code = (repair_center_code or "").strip()
        row = next((rc for rc in v.repair_centers if rc.repair_center.code == code), None)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("services.vehicles", "该车没有维修中心 {code}"),
                field="repair_center", params={"code": code},
            )
        own = row.repair_center.store_id == actor.store_id
        if not actor.can("vehicle.repair_center_remove"):
            if not own:
                raise RuleViolation(
                    QT_TRANSLATE_NOOP("services.vehicles", "不能移除其他门店的维修中心（{code}）：如确属错误，请联系主数据团队"),
                    rule="M3", field="repair_center", params={"code": code},
                )
            actor.require("vehicle.edit")
            require_sees(actor, v)
        if len(v.repair_centers) <= 1:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.vehicles", "车辆至少保留一个维修中心，否则任何门店都看不到该车"),
                rule="S1", field="repair_center",
            )
        v.repair_centers.remove(row)
        touch(v)
        audit.record(s, actor, "vehicle.repair_center_remove", "vehicle", v.id, v.vin, "repair_center", code, None,
                     reason)
        s.flush()
        s.expire_all()
        return _detail(s, _load(s, vehicle_id), actor)


# -- V8 / N1 twins: a suspected-typo VIN that got in is merged into the correct vehicle ------------------------------
TWIN_MOVES_FIELD = "twin_merge_moves"


@dataclass(frozen=True)
class TwinMergeResult:
    twin_vin: str
    correct_vin: str
    work_order_ids: tuple[int, ...]
    ownership_history_ids: tuple[int, ...]
    contact_ids: tuple[int, ...]
    repair_center_ids: tuple[int, ...]  # vehicle_repair_centers rows moved (the correct car lacked the center)
    plate: str | None  # the twin's plate, moved onto the correct vehicle
    owner_moved: bool
    skipped: tuple[str, ...] = ()  # undo: rows changed since the merge and left as they are


def _twin_reason(reason: str | None, message: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError("reason", message, code="required")
    return text


def _vehicle_label(v: Vehicle) -> str:
    return f"{v.vin}（{v.plate}）" if v.plate else v.vin


@write_action("vehicle.merge_twin")
def merge_twin(db: Database, actor: Actor, twin_vehicle_id: int, correct_vehicle_id: int, reason: str, *,
               version: int, correct_version: int, not_a_typo_reason: str | None = None,
               request_id: str | None = None) -> TwinMergeResult:
    """V8 / N1: the twin (a VIN a character or two off the real one that got in) is merged into the correct
    vehicle by the master-data team, in one transaction: its work orders, ownership history, contacts, repair
    centers (union: one row per center), plate (when the correct vehicle has none) and owner (when the correct
    vehicle has none) move; the twin stays, retired (``merged_into_id``): lookups of its VIN load the correct
    vehicle and it is no suspected-typo neighbour any more. Every moved row id is in the audit trail
    (``twin_merge_moves``) so :func:`undo_twin_merge` puts back exactly those. VINs that are not suspected typos
    of each other are merged only with ``not_a_typo_reason``."""
    from desktop.models import WorkOrder
    from desktop.rules.vin import is_suspected_typo

    actor.require("vehicle.merge_twin")
    why = _twin_reason(reason, QT_TRANSLATE_NOOP("services.vehicles", "合并孪生车辆须填写原因"))
    if twin_vehicle_id == correct_vehicle_id:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("services.vehicles", "不能把车辆合并到它自己"),
            rule="N1", field="correct_vehicle_id",
        )
    with db.transaction() as s:
        twin = _load(s, twin_vehicle_id, lock=True)
        correct = _load(s, correct_vehicle_id, lock=True)
        check_version(twin, version)
        check_version(correct, correct_version)
        if twin.merged_into_id is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.vehicles", "车辆 {vin} 已合并到其他车辆"),
                rule="N1", field="twin_vehicle_id", params={"vin": twin.vin},
            )
        if correct.merged_into_id is not None:
            into = s.get(Vehicle, correct.merged_into_id)
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.vehicles", "车辆 {vin} 本身已合并到 {into}：请合并到正确的车辆"),
                rule="N1", field="correct_vehicle_id", params={"vin": correct.vin, "into": into.vin if into else '?'},
            )
        if twin.origin == "generated":
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.vehicles", "车辆 {vin} 由整车销售生成，车架号来自厂家，不能作为录错的车辆合并"),
                rule="V3", field="twin_vehicle_id", params={"vin": twin.vin},
            )
        typo = is_suspected_typo(twin.vin, correct.vin)
        if not typo and not (not_a_typo_reason or "").strip():
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.vehicles", "车架号 {vin} 与 {correct_vin} 相差不止一两位，不是疑似录入错误：如确为同一辆车，请说明原因"),
                rule="V8", field="not_a_typo_reason", params={"vin": twin.vin, "correct_vin": correct.vin},
            )
        if twin.plate and correct.plate:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.vehicles", "两辆车都有车牌（{plate}、{correct_plate}）：请先核实实车车牌，清除错误的一个再合并"),
                rule="P3", field="plate", params={"plate": twin.plate, "correct_plate": correct.plate},
            )
        if not typo:
            why = f"{why}（非疑似录错：{not_a_typo_reason}）"
        orders = list(s.scalars(select(WorkOrder).where(WorkOrder.vehicle_id == twin.id).order_by(WorkOrder.id)))
        history = list(s.scalars(select(OwnershipHistory).where(OwnershipHistory.vehicle_id == twin.id)
                                 .order_by(OwnershipHistory.id)))
        contacts = list(twin.contacts)
        have = {rc.repair_center_id for rc in correct.repair_centers}
        centers = [rc for rc in twin.repair_centers if rc.repair_center_id not in have]
        main_cleared: list[int] = []
        correct_has_main = any(c.is_main_user for c in correct.contacts)
        for o in orders:
            o.vehicle_id = correct.id
            audit.record(s, actor, "vehicle.merge_twin", "work_order", o.id, o.number, "vehicle", twin.vin,
                         correct.vin, why)
        for h in history:
            h.vehicle_id = correct.id
        for ct in contacts:
            if ct.is_main_user and correct_has_main:
                ct.is_main_user = False  # one main user: the correct vehicle's stays
                main_cleared.append(ct.id)
            ct.vehicle = correct  # back_populates moves it between the collections (no orphan delete)
            audit.record(s, actor, "vehicle.merge_twin", "vehicle_contact", ct.id, ct.name, "vehicle", twin.vin,
                         correct.vin, why)
        for rc in centers:
            rc.vehicle = correct
            audit.record(s, actor, "vehicle.merge_twin", "vehicle", correct.id, correct.vin, "repair_center", None,
                         rc.repair_center.code, why)
        plate, plate_color = twin.plate, twin.plate_color
        if plate:
            twin.plate = None
            twin.plate_color = None
            s.flush()  # UNIQUE plate: off the twin before it is on the correct vehicle
            correct.plate, correct.plate_color = plate, plate_color
            s.add(PlateHistory(vehicle_id=twin.id, old_plate=plate, old_plate_color=plate_color,
                               changed_by_id=actor.user_id, store_id=actor.store_id, reason=why))
            s.add(PlateHistory(vehicle_id=correct.id, new_plate=plate, new_plate_color=plate_color,
                               changed_by_id=actor.user_id, store_id=actor.store_id, reason=why))
            audit.record(s, actor, "vehicle.merge_twin", "vehicle", correct.id, correct.vin, "plate", None, plate, why)
        owner_id = twin.owner_id if twin.owner_id is not None and correct.owner_id is None else None
        if owner_id is not None:
            correct.owner_id = owner_id
            twin.owner_id = None
            audit.record(s, actor, "vehicle.merge_twin", "vehicle", correct.id, correct.vin, "owner", None,
                         str(owner_id), why)
        result = TwinMergeResult(
            twin_vin=twin.vin, correct_vin=correct.vin, work_order_ids=tuple(o.id for o in orders),
            ownership_history_ids=tuple(h.id for h in history), contact_ids=tuple(c.id for c in contacts),
            repair_center_ids=tuple(rc.id for rc in centers), plate=plate, owner_moved=owner_id is not None,
        )
        audit.record(s, actor, "vehicle.merge_twin", "vehicle", twin.id, twin.vin, "merged_into", None, correct.vin,
                     why)
        audit.record(s, actor, "vehicle.merge_twin", "vehicle", twin.id, twin.vin, TWIN_MOVES_FIELD, None, json.dumps({
            "correct": correct.vin, "correct_id": correct.id, "work_orders": list(result.work_order_ids),
            "ownership_history": list(result.ownership_history_ids), "contacts": list(result.contact_ids),
            "main_user_cleared": main_cleared, "repair_centers": list(result.repair_center_ids),
            "plate": plate, "plate_color": plate_color, "owner_id": owner_id,
        }), why)
        twin.merged_into_id = correct.id
        touch(correct)
        touch(twin)
        s.flush()
        return result


@write_action("vehicle.unmerge_twin")
def undo_twin_merge(db: Database, actor: Actor, twin_vehicle_id: int, reason: str, *, version: int,
                    request_id: str | None = None) -> TwinMergeResult:
    """Put back exactly the rows the last twin merge of this vehicle moved (those changed since stay, listed in
    ``skipped``); the twin is a vehicle of its own again. ``version``: the twin's as the user saw it."""
    from desktop.models import AuditEntry, WorkOrder

    actor.require("vehicle.merge_twin")
    why = _twin_reason(reason, QT_TRANSLATE_NOOP("services.vehicles", "撤销合并须填写原因"))
    with db.transaction() as s:
        twin = _load(s, twin_vehicle_id, lock=True)
        check_version(twin, version)
        if twin.merged_into_id is None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.vehicles", "车辆 {vin} 没有被合并，无需撤销"),
                field="twin_vehicle_id", params={"vin": twin.vin},
            )
        entry = s.scalar(select(AuditEntry).where(
            AuditEntry.action == "vehicle.merge_twin", AuditEntry.entity == "vehicle",
            AuditEntry.entity_id == twin.id, AuditEntry.field == TWIN_MOVES_FIELD)
            .order_by(AuditEntry.id.desc()).limit(1))
        if entry is None or not entry.new_value:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.vehicles", "审计记录中找不到车辆 {vin} 的合并明细，无法撤销"),
                params={"vin": twin.vin},
            )
        moves: dict[str, Any] = json.loads(entry.new_value)
        if int(moves["correct_id"]) != twin.merged_into_id:
            raise RuleViolation(QT_TRANSLATE_NOOP("services.vehicles", "合并明细与当前合并对象不一致，无法撤销"))
        correct = _load(s, twin.merged_into_id, lock=True)
        skipped: list[str] = []
        back_o: list[int] = []
        for o in s.scalars(select(WorkOrder).where(WorkOrder.id.in_(moves["work_orders"])).order_by(WorkOrder.id)):
            if o.vehicle_id != correct.id:
                skipped.append(f"work order {o.number}")
                continue
            o.vehicle_id = twin.id
            back_o.append(o.id)
            audit.record(s, actor, "vehicle.unmerge_twin", "work_order", o.id, o.number, "vehicle", correct.vin,
                         twin.vin, why)
        back_h: list[int] = []
        for h in s.scalars(select(OwnershipHistory).where(OwnershipHistory.id.in_(moves["ownership_history"]))):
            if h.vehicle_id == correct.id:
                h.vehicle_id = twin.id
                back_h.append(h.id)
        back_c: list[int] = []
        cleared = set(moves.get("main_user_cleared") or [])
        for ct in [c for c in correct.contacts if c.id in set(moves["contacts"])]:
            ct.vehicle = twin
            if ct.id in cleared:
                ct.is_main_user = True
            back_c.append(ct.id)
            audit.record(s, actor, "vehicle.unmerge_twin", "vehicle_contact", ct.id, ct.name, "vehicle",
                         correct.vin, twin.vin, why)
        skipped += [f"contact {i}" for i in moves["contacts"] if i not in back_c]
        back_rc: list[int] = []
        for rc in [r for r in correct.repair_centers if r.id in set(moves["repair_centers"])]:
            rc.vehicle = twin
            back_rc.append(rc.id)
            audit.record(s, actor, "vehicle.unmerge_twin", "vehicle", correct.id, correct.vin, "repair_center",
                         rc.repair_center.code, None, why)
        skipped += [f"repair center row {i}" for i in moves["repair_centers"] if i not in back_rc]
        plate = moves.get("plate")
        plate_back = None
        if plate:
            if correct.plate == plate:
                correct.plate = None
                correct.plate_color = None
                s.flush()
                twin.plate, twin.plate_color = plate, moves.get("plate_color")
                s.add(PlateHistory(vehicle_id=correct.id, old_plate=plate, old_plate_color=moves.get("plate_color"),
                                   changed_by_id=actor.user_id, store_id=actor.store_id, reason=why))
                s.add(PlateHistory(vehicle_id=twin.id, new_plate=plate, new_plate_color=moves.get("plate_color"),
                                   changed_by_id=actor.user_id, store_id=actor.store_id, reason=why))
                audit.record(s, actor, "vehicle.unmerge_twin", "vehicle", twin.id, twin.vin, "plate", None, plate,
                             why)
                plate_back = plate
            else:
                skipped.append(f"plate {plate}")
        owner_id = moves.get("owner_id")
        owner_back = False
        if owner_id is not None:
            if correct.owner_id == owner_id and twin.owner_id is None:
                correct.owner_id = None
                twin.owner_id = owner_id
                owner_back = True
                audit.record(s, actor, "vehicle.unmerge_twin", "vehicle", twin.id, twin.vin, "owner", None,
                             str(owner_id), why)
            else:
                skipped.append("owner")
        audit.record(s, actor, "vehicle.unmerge_twin", "vehicle", twin.id, twin.vin, "merged_into", correct.vin,
                     None, why)
        twin.merged_into_id = None
        touch(correct)
        touch(twin)
        s.flush()
        return TwinMergeResult(
            twin_vin=twin.vin, correct_vin=correct.vin, work_order_ids=tuple(back_o),
            ownership_history_ids=tuple(back_h), contact_ids=tuple(back_c), repair_center_ids=tuple(back_rc),
            plate=plate_back, owner_moved=owner_back, skipped=tuple(skipped),
        )
