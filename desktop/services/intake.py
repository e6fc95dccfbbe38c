"""Work-order intake (W1-W5, S3, V8): the VIN (or plate) looked up group-wide by exact value."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP, Message, Text
from desktop.rules.plate import PROVINCE_CHARS, normalize_plate, validate_plate
from desktop.rules.text import clean_query
from desktop.rules.vin import (
    VIN_LENGTH,
    Reading,
    describe_readings,
    normalize_vin,
    read_iso3779,
    validate_vin,
)
from desktop.services.auth import Actor
from desktop.services.views import (
    OwnerView,
    RepairCenterView,
    VehicleView,
    make_owner_view,
    make_vehicle_view,
)
from desktop.services.work_orders import stock_problem_of
from desktop.storage import Database
from desktop.storage.lookups import VehicleRow, vehicle_by
from desktop.storage.vin_keys import similar_vins as _similar_vins_in

OUTCOMES = ("vehicle_and_owner", "vehicle_only", "not_found", "other_store", "suspected_typo",
            "plate_on_other_vehicle")

# Why a vehicle loaded without its owner (W3).
NO_OWNER = "no_owner"
OWNER_NOT_RETAINED = "owner_not_retained"
OWNER_DISABLED = "owner_disabled"

MESSAGES: dict[str, Text] = {
    "vehicle_and_owner": QT_TRANSLATE_NOOP("services.intake", "已找到车辆和车主，请与实车及行驶证核对"),
    NO_OWNER: QT_TRANSLATE_NOOP("services.intake", "车辆无车主：请在车辆档案的客户页添加车主"),
    OWNER_NOT_RETAINED: QT_TRANSLATE_NOOP("services.intake", "车主未带出：该客户类别不是保有客户，请改为保有客户"),
    OWNER_DISABLED: QT_TRANSLATE_NOOP("services.intake", "车主已停用：请联系客服核实车主"),
    "not_found": QT_TRANSLATE_NOOP("services.intake", "集团内无此车辆：请先新建车辆档案，再添加车主"),
    "other_store": QT_TRANSLATE_NOOP("services.intake", "该车属于集团其他门店：添加本店维修中心和客户渠道后即可接车"),
    "suspected_typo": QT_TRANSLATE_NOOP("services.intake", "疑似车架号录入错误：与已有车架号仅差一两位，请核对实车，勿新建，联系主数据团队"),
    "plate_on_other_vehicle": QT_TRANSLATE_NOOP("services.intake", "车牌 {plate} 登记在另一辆车 {other_vin}（{other_model}）上，不是本车 {vin}：原车主把车牌装到了本车。请清除原车车牌并装到本车（P3）；原车的车架号和车型不变（P4）"),
    # the vehicle was loaded by VIN; the plate typed is on no vehicle of the group
    "plate_free": QT_TRANSLATE_NOOP("services.intake", "车牌 {plate} 未登记在集团任何车辆上：如实车挂此牌，请按「车牌」填写到本车（P1）"),
    "plate_free_other_on_file": QT_TRANSLATE_NOOP("services.intake", "实车车牌 {plate} 未登记，本车档案车牌为 {current}：如已换牌，请按「车牌」更换（P2）"),
    # the plate alone, no VIN typed (W1 says VIN first)
    "plate_not_found": QT_TRANSLATE_NOOP("services.intake", "集团内没有登记此车牌：请扫描或输入车架号查询（W1）"),
}


@dataclass(frozen=True)
class IntakeResult:
    """What a lookup found. ``vehicle`` and ``owner`` are the car the lookup loaded, except for
    ``plate_on_other_vehicle`` (P3), where they are the car that holds the plate and ``loaded_vehicle`` /
    ``loaded_owner`` the car in the workshop, loaded by its VIN (:attr:`serviced_vehicle`)."""

    outcome: str
    query: str  # the normalised VIN or plate
    vehicle: VehicleView | None = None
    owner: OwnerView | None = None
    reason: str | None = None  # for vehicle_only: NO_OWNER / OWNER_NOT_RETAINED / OWNER_DISABLED
    similar_vins: tuple[str, ...] = field(default_factory=tuple)  # suspected_typo: the VINs on file
    # V8 / N1 twins: the VIN as typed (normalised) when I, O or Q in it were read as 1, 0, 0; ``query`` is the
    # VIN as read, ``readings`` says where: ((position, letter, digit), ...). The user is told (note()).
    corrected_from: str | None = None
    readings: tuple[Reading, ...] = ()
    # W1 / V7: loaded through the plate alone, no VIN typed: the VIN is confirmed against the car before a
    # work order opens (work_orders.create_work_order, vin_confirmation)
    via_plate: bool = False
    plate: str | None = None  # the normalised plate typed, when the lookup had one
    plate_free: bool = False  # the plate typed is on no vehicle: it may be put on the loaded car (P1/P2)
    loaded_vehicle: VehicleView | None = None  # plate_on_other_vehicle: the car loaded by VIN (in the workshop)
    loaded_owner: OwnerView | None = None
    # V8 / N1 twins: the VIN typed is a twin retired into the correct vehicle (vehicles.merge_twin); the result
    # is the correct vehicle's (``query`` its VIN), ``merged_from`` the retired VIN typed. The user is told (note()).
    merged_from: str | None = None
    # W6: for a car this store may serve (vehicle_and_owner / vehicle_only, or the car loaded by VIN in the P3
    # case): None when it is a stock car that may get a PDI or transport-damage work order, else why not (a key
    # of work_orders.STOCK_CAR_PROBLEMS). Also None for the other outcomes. create_work_order checks W6 again.
    stock_problem: str | None = None
    # W1 / V1: what was typed went into the other field and was looked up as what it is: "vin_field" (a plate
    # typed in the VIN field: looked up as the plate, ``via_plate``) or "plate_field" (a VIN typed in the plate
    # field: looked up as the VIN). The user is told (note()); the UI moves the text into its own field.
    entered_in: str | None = None

    @property
    def can_start_work_order(self) -> bool:
        """W5: the work order goes on only with both vehicle and owner loaded."""
        return self.outcome == "vehicle_and_owner"

    @property
    def serviced_vehicle(self) -> VehicleView | None:
        """The car in the workshop: the one loaded by VIN in the P3 case, else the one found."""
        return self.loaded_vehicle if self.outcome == "plate_on_other_vehicle" else self.vehicle

    @property
    def serviced_owner(self) -> OwnerView | None:
        return self.loaded_owner if self.outcome == "plate_on_other_vehicle" else self.owner

    def messages(self) -> tuple[Message, ...]:
        """What the advisor is told about the outcome, one message a line (the UI translates them)."""
        if self.outcome == "plate_on_other_vehicle" and self.vehicle is not None and self.loaded_vehicle is not None:
            return (Message.of(MESSAGES[self.outcome], {
                "plate": self.plate, "other_vin": self.vehicle.vin, "other_model": self.vehicle.model,
                "vin": self.loaded_vehicle.vin}),)
        if self.outcome == "not_found" and self.via_plate:
            key = "plate_not_found"
        else:
            key = self.reason if self.outcome == "vehicle_only" and self.reason else self.outcome
        out = [Message.of(MESSAGES[key])]
        if self.plate_free and self.vehicle is not None:
            extra = "plate_free_other_on_file" if self.vehicle.plate else "plate_free"
            out.append(Message.of(MESSAGES[extra], {"plate": self.plate, "current": self.vehicle.plate}))
        return tuple(out)

    def message(self, lang: str = "zh_CN") -> str:
        """:meth:`messages` in ``lang`` (English from the catalogue), one a line."""
        return "\n".join(m.text(lang) for m in self.messages())

    def notes(self) -> tuple[Message, ...]:
        """What was read differently from what was typed ("已将 O 读作 0（第12位）…"), and a merged VIN."""
        said = describe_readings(self.readings)
        parts = [] if said is None else [said]
        if self.entered_in == "vin_field":
            parts.append(Message.of(QT_TRANSLATE_NOOP("services.intake", "车架号栏中输入的是车牌 {plate}：已按车牌查询"),
                                    {"plate": self.plate or self.query}))
        elif self.entered_in == "plate_field":
            parts.append(Message.of(QT_TRANSLATE_NOOP("services.intake", "车牌栏中输入的是车架号 {vin}：已按车架号查询"),
                                    {"vin": self.query}))
        if self.merged_from:
            into = self.vehicle.vin if self.vehicle is not None else self.query
            parts.append(Message.of(QT_TRANSLATE_NOOP("services.intake", "车架号 {merged} 已由主数据团队合并到 {into}（V8 / N1）"),
                                    {"merged": self.merged_from, "into": into}))
        return tuple(parts)

    def note(self, lang: str = "zh_CN") -> str | None:
        """:meth:`notes` in ``lang``, one a line, else None."""
        return "\n".join(m.text(lang) for m in self.notes()) or None


def _views(row: VehicleRow, actor: Actor) -> tuple[VehicleView, OwnerView | None]:
    centers = tuple(RepairCenterView(*c) for c in row.centers)
    vview = make_vehicle_view(row.vehicle, centers, actor.store_id)
    oview = (make_owner_view(row.owner, row.owner_store_ids, row.owner_store_codes, actor.store_id,
                             group_wide=actor.can("records.all_stores"))
             if row.owner is not None else None)
    return vview, oview


def _stock_problem(conn: Connection, row: VehicleRow) -> str | None:
    v = row.vehicle
    return stock_problem_of(conn, vehicle_id=v["id"], origin=v["origin"], owner_id=v["owner_id"],
                            sale_date=v["sale_date"], invoice_date=v["invoice_date"])


def _result_for(row: VehicleRow, actor: Actor, query: str, conn: Connection) -> IntakeResult:
    vview, oview = _views(row, actor)
    if not vview.visible:
        return IntakeResult("other_store", query, vview, oview)
    problem = _stock_problem(conn, row)
    if oview is None:
        return IntakeResult("vehicle_only", query, vview, None, NO_OWNER, stock_problem=problem)
    if oview.status == "disabled":
        return IntakeResult("vehicle_only", query, vview, oview, OWNER_DISABLED, stock_problem=problem)
    if oview.category != "retained":
        return IntakeResult("vehicle_only", query, vview, oview, OWNER_NOT_RETAINED, stock_problem=problem)
    return IntakeResult("vehicle_and_owner", query, vview, oview, stock_problem=problem)


def similar_vins(session: Session, vin: str, limit: int = 5) -> list[str]:
    """V8 / N1 twins: the VINs on file that differ from ``vin`` (normalised, 17 characters) in one or two of the
    16 characters other than the check digit: a slip whose check digit was recomputed, two slips anywhere,
    two swapped neighbours; closest first, at most ``limit``. From the indexed VIN keys
    (``desktop.storage.vin_keys``): one statement, a few milliseconds at a million vehicles."""
    return _similar_vins_in(session.connection(), vin, limit)


def lookup_vin(db: Database, actor: Actor, vin: str) -> IntakeResult:
    """W1/S3: look the VIN up group-wide by exact value, after normalising what was typed or scanned; I, O, Q
    (never in a VIN) are read as 1, 0, 0 and the result says so. Not found: V8, the VINs a character or two
    off it on file (suspected typo)."""
    typed = normalize_vin(clean_query("vin", vin, max_len=60, label=QT_TRANSLATE_NOOP("services.intake", "车架号")))
    if looks_like_plate(typed):  # the plate typed in the VIN field: looked up as what it is, said (V1)
        return replace(lookup_plate(db, actor, typed), entered_in="vin_field")
    query, readings = read_iso3779(typed)
    typed_as = typed if readings else None
    if not query:
        return IntakeResult("not_found", query)
    with db.reader() as conn:
        row = vehicle_by(conn, vin=query)
        merged_from = None
        seen: set[int] = set()
        while row is not None and row.vehicle.get("merged_into_id") and row.vehicle["id"] not in seen:
            seen.add(row.vehicle["id"])  # a retired twin: the correct vehicle it was merged into
            merged_from = merged_from or query
            row = vehicle_by(conn, vehicle_id=row.vehicle["merged_into_id"])
        if row is not None:
            query = row.vehicle["vin"]
            found = _result_for(row, actor, query, conn)
            if merged_from:
                found = replace(found, merged_from=merged_from)
            return replace(found, corrected_from=typed_as, readings=readings) if readings else found
        similar = _similar_vins_in(conn, query)
    if similar:
        return IntakeResult("suspected_typo", query, similar_vins=tuple(similar), corrected_from=typed_as,
                            readings=readings)
    # V1: not on file and no VIN at all (16 or 34 characters, a symbol): said as what it is, never "create it"
    validate_vin(query, allow_nonstandard=True)
    return IntakeResult("not_found", query, corrected_from=typed_as, readings=readings)


def looks_like_plate(text: str) -> bool:
    """A plate, not a VIN: it starts with a province's character (or 使); a VIN is Latin letters and digits."""
    plate = normalize_plate(text)
    return bool(plate) and (plate[0] in PROVINCE_CHARS or plate[0] == "使")


def looks_like_vin(text: str) -> bool:
    """A VIN, not a plate: 17 Latin letters and digits (I / O / Q read as 1 / 0 / 0), its check digit aside."""
    vin = normalize_vin(text)
    if len(vin) != VIN_LENGTH:
        return False
    try:
        validate_vin(vin, allow_nonstandard=True, read_ioq=True)
    except ValidationError:
        return False
    return True


def lookup_plate(db: Database, actor: Actor, plate: str, loaded_vin: str | None = None) -> IntakeResult:
    """The plate field (secondary path, S3): exact, group-wide, normalised first.

    ``loaded_vin`` is the VIN in the VIN field (the car in the workshop, W1): the plate is then checked against
    that car (V7), never used to load another car in its place:

    - the plate is the loaded car's: the loaded car's own outcome;
    - another vehicle holds it: ``plate_on_other_vehicle`` (P3: the old owner kept the plate and put it on
      this car); ``vehicle``/``owner`` are the holder, ``loaded_vehicle``/``loaded_owner`` the car loaded;
    - no vehicle holds it: the loaded car's outcome with ``plate_free`` (P1/P2: it may be put on this car);
    - the VIN names no vehicle: what :func:`lookup_vin` says about that VIN (the VIN wins: create it, M1);
    - the loaded car is another store's: its ``other_store`` outcome (attach it first, M3).

    Without ``loaded_vin`` the plate alone loads the car, marked ``via_plate``: W1 wants the VIN first, so a
    work order on it needs the VIN confirmed against the car (V7, ``work_orders.create_work_order``).
    """
    query = normalize_plate(clean_query("plate", plate, max_len=30, label=QT_TRANSLATE_NOOP("services.intake", "车牌号")))
    typed_vin = normalize_vin(clean_query("vin", loaded_vin, max_len=60, label=QT_TRANSLATE_NOOP("services.intake", "车架号"))) \
        if loaded_vin else ""
    if not typed_vin:
        if not query:
            return IntakeResult("not_found", query, via_plate=True)
        if looks_like_vin(query):  # a VIN typed in the plate field: looked up as the VIN it is, said (W1)
            return replace(lookup_vin(db, actor, query), entered_in="plate_field")
        with db.reader() as conn:
            row = vehicle_by(conn, plate=query)
            if row is None:
                validate_plate(query)  # V1: no plate at all (I for 1, a symbol) is said as such, not "not found"
                return IntakeResult("not_found", query, via_plate=True, plate=query)
            return replace(_result_for(row, actor, query, conn), via_plate=True, plate=query)
    vin, readings = read_iso3779(typed_vin)
    with db.reader() as conn:
        loaded = vehicle_by(conn, vin=vin)
        holder = vehicle_by(conn, plate=query) if query and loaded is not None else None
        if loaded is None or loaded.vehicle.get("merged_into_id"):
            base = None
        else:
            base = replace(_result_for(loaded, actor, query, conn), plate=query or None,
                           corrected_from=typed_vin if readings else None, readings=readings)
    if base is None or loaded is None:
        return lookup_vin(db, actor, typed_vin)
    if not query or base.outcome == "other_store":
        return base
    if holder is None:
        validate_plate(query)  # V1 / P1: only a valid plate may be offered for this car
        return replace(base, plate_free=True)
    if holder.vehicle["id"] == loaded.vehicle["id"]:
        return base
    holder_view, holder_owner = _views(holder, actor)
    return IntakeResult("plate_on_other_vehicle", query, holder_view, holder_owner, plate=query,
                        loaded_vehicle=base.vehicle, loaded_owner=base.owner, stock_problem=base.stock_problem)
