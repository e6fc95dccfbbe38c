"""Work-order intake (W1-W5, S3, V8): the VIN (or plate) looked up group-wide by exact value."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models import Vehicle
from desktop.rules.plate import normalize_plate
from desktop.rules.text import clean_query
from desktop.rules.vin import normalize_vin, vin_distance
from desktop.services.auth import Actor
from desktop.services.views import (
    OwnerView,
    RepairCenterView,
    VehicleView,
    make_owner_view,
    make_vehicle_view,
)
from desktop.storage import Database
from desktop.storage.lookups import VehicleRow, vehicle_by

VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q

OUTCOMES = ("vehicle_and_owner", "vehicle_only", "not_found", "other_store", "suspected_typo")

# Why a vehicle loaded without its owner (W3).
NO_OWNER = "no_owner"
OWNER_NOT_RETAINED = "owner_not_retained"
OWNER_DISABLED = "owner_disabled"

MESSAGES: dict[str, tuple[str, str]] = {
    "vehicle_and_owner": ("已找到车辆和车主，请与实车及行驶证核对", "Vehicle and owner found: check them against the car and the licence"),
    NO_OWNER: ("车辆无车主：请在车辆档案的客户页添加车主", "Vehicle has no owner: add the owner on the vehicle's customer tab"),
    OWNER_NOT_RETAINED: ("车主未带出：该客户类别不是保有客户，请改为保有客户", "Owner did not load: the customer is not 'retained'; set the category to retained"),
    OWNER_DISABLED: ("车主已停用：请联系客服核实车主", "The owner is disabled: ask customer service to check the owner"),
    "not_found": ("集团内无此车辆：请先新建车辆档案，再添加车主", "Not in the group: create the vehicle record first, then add the owner"),
    "other_store": ("该车属于集团其他门店：添加本店维修中心和客户渠道后即可接车", "This vehicle belongs to another store of the group: attach this store's repair center and customer channel"),
    "suspected_typo": ("疑似车架号录入错误：与已有车架号仅差一两位，请核对实车，勿新建，联系主数据团队", "Suspected VIN typo: one or two characters off a VIN on file; check the car, do not create it, contact the master-data team"),
}


@dataclass(frozen=True)
class IntakeResult:
    outcome: str
    query: str  # the normalised VIN or plate
    vehicle: VehicleView | None = None
    owner: OwnerView | None = None
    reason: str | None = None  # for vehicle_only: NO_OWNER / OWNER_NOT_RETAINED / OWNER_DISABLED
    similar_vins: tuple[str, ...] = field(default_factory=tuple)  # suspected_typo: the VINs on file

    @property
    def can_start_work_order(self) -> bool:
        """W5: the work order goes on only with both vehicle and owner loaded."""
        return self.outcome == "vehicle_and_owner"

    def message(self, lang: str = "zh_CN") -> str:
        key = self.reason if self.outcome == "vehicle_only" and self.reason else self.outcome
        zh, en = MESSAGES[key]
        return en if lang.startswith("en") else zh


def _views(row: VehicleRow, actor: Actor) -> tuple[VehicleView, OwnerView | None]:
    centers = tuple(RepairCenterView(*c) for c in row.centers)
    vview = make_vehicle_view(row.vehicle, centers, actor.store_id)
    oview = (make_owner_view(row.owner, row.owner_store_ids, row.owner_store_codes, actor.store_id,
                             group_wide=actor.can("records.all_stores"))
             if row.owner is not None else None)
    return vview, oview


def _result_for(row: VehicleRow, actor: Actor, query: str) -> IntakeResult:
    vview, oview = _views(row, actor)
    if not vview.visible:
        return IntakeResult("other_store", query, vview, oview)
    if oview is None:
        return IntakeResult("vehicle_only", query, vview, None, NO_OWNER)
    if oview.status == "disabled":
        return IntakeResult("vehicle_only", query, vview, oview, OWNER_DISABLED)
    if oview.category != "retained":
        return IntakeResult("vehicle_only", query, vview, oview, OWNER_NOT_RETAINED)
    return IntakeResult("vehicle_and_owner", query, vview, oview)


def _vin_variants(vin: str) -> list[str]:
    """Every VIN one substitution or one adjacent swap away (checked with one indexed IN query)."""
    out: set[str] = set()
    for i, ch in enumerate(vin):
        for c in VIN_ALPHABET:
            if c != ch:
                out.add(vin[:i] + c + vin[i + 1 :])
        if i + 1 < len(vin) and vin[i] != vin[i + 1]:
            out.add(vin[:i] + vin[i + 1] + vin[i] + vin[i + 2 :])
    return sorted(out)


def similar_vins(session: Session, vin: str, limit: int = 5) -> list[str]:
    """V8: VINs on file that differ from ``vin`` in one or two characters (or by two swapped neighbours).

    Candidates come from indexes only: every one-character variant (exact IN lookup), and VINs sharing
    the first 11 characters (vin index range) or the last 6, the serial (reversed-VIN index range), whose
    distance is then counted. Two slips split between the first 11 and the last 6 characters are found
    only when one of them is a single-character slip the variant list covers.
    """
    if len(vin) != 17:
        return []
    found: dict[str, int] = {}
    variants = _vin_variants(vin)
    for start in range(0, len(variants), 500):
        chunk = variants[start : start + 500]
        for v in session.scalars(select(Vehicle.vin).where(Vehicle.vin.in_(chunk))):
            found[v] = vin_distance(v, vin)
    prefix, rev_prefix = vin[:11], vin[::-1][:6]
    ranges = or_(
        (Vehicle.vin >= prefix) & (Vehicle.vin < prefix + "\uffff"),
        (Vehicle.vin_rev >= rev_prefix) & (Vehicle.vin_rev < rev_prefix + "\uffff"),
    )
    for v in session.scalars(select(Vehicle.vin).where(ranges).limit(2000)):
        d = vin_distance(v, vin)
        if 0 < d <= 2:
            found[v] = d
    return [v for v, _ in sorted(found.items(), key=lambda kv: (kv[1], kv[0]))][:limit]


def lookup_vin(db: Database, actor: Actor, vin: str) -> IntakeResult:
    """W1/S3: look the VIN up group-wide by exact value, after normalising what was typed or scanned."""
    query = normalize_vin(clean_query("vin", vin, max_len=60, label_zh="车架号", label_en="VIN"))
    if not query:
        return IntakeResult("not_found", query)
    with db.reader() as conn:
        row = vehicle_by(conn, vin=query)
    if row is not None:
        return _result_for(row, actor, query)
    with db.read() as s:
        similar = similar_vins(s, query)
    if similar:
        return IntakeResult("suspected_typo", query, similar_vins=tuple(similar))
    return IntakeResult("not_found", query)


def lookup_plate(db: Database, actor: Actor, plate: str) -> IntakeResult:
    """The plate field (secondary path): exact, group-wide, normalised first."""
    query = normalize_plate(clean_query("plate", plate, max_len=30, label_zh="车牌号", label_en="Plate"))
    if not query:
        return IntakeResult("not_found", query)
    with db.reader() as conn:
        row = vehicle_by(conn, plate=query)
    if row is None:
        return IntakeResult("not_found", query)
    return _result_for(row, actor, query)
