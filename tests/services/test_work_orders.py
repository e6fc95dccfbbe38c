"""Work orders: W5 (vehicle and owner loaded), W6 (PDI / transport damage for stock cars only), W8 (deliverer
and phone), V7 (the VIN confirmed against the car on every work order)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.models import OwnershipHistory, Vehicle, WorkOrder
from desktop.rules.errors import ValidationError
from desktop.rules.messages import tr
from desktop.services import audit, intake, work_orders
from desktop.services.auth import PermissionDenied
from desktop.services.errors import RuleViolation
from tests.factories import add_customer, add_vehicle, make_group, vin

VINS = {"owned": vin(1), "no_owner": vin(2), "other_store": vin(3)}


def ok(name: str) -> str:
    """V7: the last 6 characters of the car's VIN, as the advisor typed or confirmed them."""
    return VINS[name][-6:]


@pytest.fixture
def group(db):
    actors = make_group(db)
    add_customer(db, "C1", "汪国进", "13826401234")
    ids = {
        "owned": add_vehicle(db, vin(1), owner="C1"),
        "no_owner": add_vehicle(db, vin(2), origin="generated", sale_date=None),
        "other_store": add_vehicle(db, vin(3), centers=("R02",), owner="C1"),
    }
    return actors, ids


def count_work_orders(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(WorkOrder))


def test_w8_work_order_records_deliverer_and_valid_phone(db, group):
    actors, ids = group
    wo = work_orders.create_work_order(
        db, actors["adv1"], ids["owned"], deliverer_name="汪国进", deliverer_phone="138 2640 1234", mileage=12000,
        complaint="异响", vin_confirmation=ok("owned"),
    )
    assert wo.number.startswith("S01-") and wo.deliverer_phone == "13826401234"
    assert wo.owner_name == "汪国进" and wo.kind == "normal" and wo.settlement_party == "customer"
    wo2 = work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name="张三",
                                        deliverer_phone="13912345670", vin_confirmation=ok("owned"))
    assert wo2.number != wo.number


@pytest.mark.parametrize(("name", "phone", "field"), [
    ("", "13826401234", "deliverer_name"),
    ("张三", "", "deliverer_phone"),
    ("张三", "1382640123", "deliverer_phone"),
    ("张三", "11111111111", "deliverer_phone"),
])
def test_w8_work_order_without_deliverer_or_valid_phone_is_refused(db, group, name, phone, field):
    actors, ids = group
    with pytest.raises(ValidationError) as exc:
        work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name=name, deliverer_phone=phone,
                                      vin_confirmation=ok("owned"))
    assert exc.value.field == field


def test_w5_no_work_order_without_owner(db, group):
    actors, ids = group
    with pytest.raises(RuleViolation) as exc:
        work_orders.create_work_order(db, actors["adv1"], ids["no_owner"], deliverer_name="张三",
                                      deliverer_phone="13912345670", vin_confirmation=ok("no_owner"))
    assert exc.value.rule == "W5"


def test_w6_pdi_without_owner_is_settled_by_manufacturer_or_own_store(db, group):
    actors, ids = group
    wo = work_orders.create_work_order(db, actors["adv1"], ids["no_owner"], kind="pdi",
                                       settlement_party="manufacturer", deliverer_name="李师傅",
                                       deliverer_phone="13912345670", vin_confirmation=ok("no_owner"))
    assert wo.owner_id is None and wo.settlement_party == "manufacturer"
    wo = work_orders.create_work_order(db, actors["adv1"], ids["no_owner"], kind="transport_damage",
                                       settlement_party="own_store", deliverer_name="李师傅",
                                       deliverer_phone="13912345670", vin_confirmation=ok("no_owner"))
    assert wo.settlement_party == "own_store"
    with pytest.raises(ValidationError):
        work_orders.create_work_order(db, actors["adv1"], ids["no_owner"], kind="pdi",
                                      settlement_party="customer", deliverer_name="李师傅",
                                      deliverer_phone="13912345670", vin_confirmation=ok("no_owner"))


def test_m3_no_work_order_on_a_vehicle_this_store_does_not_see(db, group):
    actors, ids = group
    with pytest.raises(RuleViolation) as exc:
        work_orders.create_work_order(db, actors["adv1"], ids["other_store"], deliverer_name="张三",
                                      deliverer_phone="13912345670", vin_confirmation=ok("other_store"))
    assert exc.value.rule == "M3"


def test_work_orders_only_by_service_advisors(db, group):
    actors, ids = group
    for login in ("sales1", "fin1", "cs1"):
        with pytest.raises(PermissionDenied):
            work_orders.create_work_order(db, actors[login], ids["owned"], deliverer_name="张三",
                                          deliverer_phone="13912345670", vin_confirmation=ok("owned"))


def test_work_order_creation_is_audited(db, group):
    actors, ids = group
    wo = work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name="张三",
                                       deliverer_phone="13912345670", vin_confirmation=ok("owned"))
    rows = audit.entries(db, actors["mdm1"], entity="work_order")
    assert rows and rows[0].entity_code == wo.number and rows[0].user_login == "adv1"


# -- V7 / W1: the VIN confirmed against the car on every work order -----------------------------------------
def test_v7_blank_vin_confirmation_is_refused(db, group):
    """A VIN check that was asked for and left blank is refused (``None`` is the VIN-first intake)."""
    actors, ids = group
    for blank in ("", "   "):
        with pytest.raises(ValidationError) as exc:
            work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name="张三",
                                          deliverer_phone="13912345670", vin_confirmation=blank)
        assert exc.value.field == "vin_confirmation" and exc.value.code == "required"
    assert count_work_orders(db) == 0


def test_v7_wrong_vin_confirmation_is_refused_and_nothing_saved(db, group):
    actors, ids = group
    wrong = ok("no_owner") if ok("no_owner") != ok("owned") else "000000"
    for typed, code in ((wrong, "mismatch"), (ok("owned")[-5:], "too_short"), ("粤A12345", "invalid")):
        with pytest.raises(ValidationError) as exc:
            work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name="张三",
                                          deliverer_phone="13912345670", vin_confirmation=typed)
        assert exc.value.field == "vin_confirmation" and exc.value.code == code, typed
        assert "V7" in exc.value.message_zh and "V7" in exc.value.message_en
    assert count_work_orders(db) == 0


def test_v7_vin_confirmation_as_typed_from_the_car(db, group):
    """Lower case, spaces, full width, the whole VIN, or O read for 0: all name the same car."""
    actors, ids = group
    full = VINS["owned"]
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in full[-6:])
    typed_o = full[-6:].replace("0", "O")
    for typed in (full[-6:].lower(), " " + full[-6:-3] + " " + full[-3:], fullwidth, full, typed_o):
        wo = work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name="张三",
                                           deliverer_phone="13912345670", vin_confirmation=typed)
        assert wo.vin == full
    assert count_work_orders(db) == 5


def test_v7_plate_only_intake_needs_the_vin_read_off_the_car(db, group):
    """W1 / V7 plate first: a car loaded by its plate alone goes on only with the VIN's last 6 read off the car;
    another car's are refused. (The panel asks for them: tests/ui/test_plate_first_and_stock_cars.py.)"""
    actors, ids = group
    from desktop.services import vehicles
    from tests.factories import vver

    vehicles.set_plate(db, actors["adv1"], ids["owned"], "粤A6D218", version=vver(db, ids["owned"]))
    found = intake.lookup_plate(db, actors["adv1"], "粤A6D218")
    assert found.outcome == "vehicle_and_owner" and found.via_plate
    with pytest.raises(ValidationError) as exc:
        work_orders.create_work_order(db, actors["adv1"], found.vehicle.id, deliverer_name="张三",
                                      deliverer_phone="13912345670", vin_confirmation=ok("no_owner"))
    assert exc.value.field == "vin_confirmation"
    assert count_work_orders(db) == 0
    wo = work_orders.create_work_order(db, actors["adv1"], found.vehicle.id, deliverer_name="张三",
                                       deliverer_phone="13912345670", vin_confirmation=ok("owned"))
    assert wo.plate == "粤A6D218"


def test_w1_vin_first_intake_needs_no_second_confirmation(db, group):
    """A caller that looked the car up by its VIN (the stable seam) saves without repeating it."""
    actors, ids = group
    wo = work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name="张三",
                                       deliverer_phone="13912345670")
    assert wo.vin == VINS["owned"]


# -- W6: PDI and transport damage for stock cars only -----------------------------------------------------
def _pdi(db, actor, vehicle_id: int, vin_: str, kind: str = "pdi", party: str = "manufacturer"):
    return work_orders.create_work_order(db, actor, vehicle_id, kind=kind, settlement_party=party,
                                         deliverer_name="李师傅", deliverer_phone="13912345670",
                                         vin_confirmation=vin_[-6:])


@pytest.fixture
def cars(db, group):
    """One car for each way of not being a stock car, and a stock car."""
    actors, ids = group
    add_customer(db, "C9", "周建国", "13600135000")
    made = {
        "stock": (vin(20), add_vehicle(db, vin(20), origin="generated", sale_date=None)),
        # the issue: a 2018 hand-created customer car without owner
        "not_generated": (vin(21), add_vehicle(db, vin(21), origin="manual", sale_date=date(2018, 6, 1))),
        "has_owner": (vin(22), add_vehicle(db, vin(22), origin="generated", sale_date=None, owner="C9")),
        "was_owned": (vin(23), add_vehicle(db, vin(23), origin="generated", sale_date=None)),
        "sold": (vin(24), add_vehicle(db, vin(24), origin="generated", sale_date=date(2024, 3, 1))),
        "earlier_work_order": (vin(25), add_vehicle(db, vin(25), origin="generated", sale_date=None)),
    }
    c9 = _customer_id(db, "C9")
    with db.transaction() as s:
        # owned once (a legacy record): the owner was removed by the master-data team, the history stays
        s.add(OwnershipHistory(vehicle_id=made["was_owned"][1], old_owner_id=None, new_owner_id=c9, reason="导入"))
        # a normal work order of an earlier owner (imported), no ownership history
        v = s.get(Vehicle, made["earlier_work_order"][1])
        s.add(WorkOrder(number="S01-LEGACY-0001", store_id=_store_id(s), vehicle_id=v.id, owner_id=c9,
                        kind="normal", settlement_party="customer", deliverer_name="周建国",
                        deliverer_phone="13600135000", status="closed"))
    return actors, made


def _customer_id(db, code: str) -> int:
    from desktop.models import Customer

    with db.read() as s:
        return s.scalar(select(Customer.id).where(Customer.code == code))


def _store_id(s) -> int:
    from desktop.models import Store

    return s.scalar(select(Store.id).where(Store.code == "S01"))


@pytest.mark.parametrize("problem", list(work_orders.STOCK_CAR_PROBLEMS))
@pytest.mark.parametrize("kind", ["pdi", "transport_damage"])
def test_w6_pdi_or_transport_damage_only_for_stock_cars(db, cars, problem, kind):
    actors, made = cars
    vin_, vid = made[problem]
    before = count_work_orders(db)
    with pytest.raises(work_orders.NotAStockCar) as exc:
        _pdi(db, actors["adv1"], vid, vin_, kind=kind, party="own_store" if kind == "transport_damage" else "manufacturer")
    assert isinstance(exc.value, RuleViolation) and exc.value.rule == "W6" and exc.value.problem == problem
    zh, en = (tr(work_orders.STOCK_CAR_PROBLEMS[problem], lang) for lang in ("zh_CN", "en"))
    assert zh in exc.value.message_zh and en in exc.value.message_en  # which condition failed, in both languages
    assert count_work_orders(db) == before


def test_w6_the_issue_hand_created_2018_car_without_owner_gets_no_pdi(db, cars):
    """Issue #12: PDI as a way round the owner rule (W5): refused, the normal work order still needs an owner."""
    actors, made = cars
    vin_, vid = made["not_generated"]
    with pytest.raises(RuleViolation) as exc:
        _pdi(db, actors["adv1"], vid, vin_)
    assert exc.value.rule == "W6" and "手工建档" in exc.value.message_zh and "by hand" in exc.value.message_en
    with pytest.raises(RuleViolation) as exc:
        work_orders.create_work_order(db, actors["adv1"], vid, deliverer_name="李师傅", deliverer_phone="13912345670",
                                      vin_confirmation=vin_[-6:])
    assert exc.value.rule == "W5"


def test_w6_stock_car_gets_pdi_and_transport_damage(db, cars):
    actors, made = cars
    vin_, vid = made["stock"]
    assert work_orders.stock_car_problem(db, actors["adv1"], vid) is None
    assert _pdi(db, actors["adv1"], vid, vin_).owner_id is None
    assert _pdi(db, actors["adv1"], vid, vin_, kind="transport_damage", party="own_store").kind == "transport_damage"
    assert work_orders.stock_car_problem(db, actors["adv1"], vid) is None  # a PDI does not end the stock car


def test_w6_stock_car_problem_is_what_create_work_order_checks(db, cars):
    """The predicate the intake panel uses to offer PDI says what the service would refuse."""
    actors, made = cars
    for expected, (_vin, vid) in made.items():
        assert work_orders.stock_car_problem(db, actors["adv1"], vid) == (None if expected == "stock" else expected)
    assert work_orders.stock_car_message("sold", "en").startswith("this vehicle has a sale")


def test_w6_after_a_sale_the_stock_car_is_no_longer_one(db, cars):
    """The stock car is sold: an owner is linked (O1), PDI is refused from then on."""
    actors, made = cars
    from desktop.services import vehicles
    from tests.factories import vver

    vin_, vid = made["stock"]
    vehicles.set_owner(db, actors["mdm1"], vid, "C9", version=vver(db, vid))
    assert work_orders.stock_car_problem(db, actors["adv1"], vid) == "has_owner"
    with pytest.raises(work_orders.NotAStockCar):
        _pdi(db, actors["adv1"], vid, vin_)
