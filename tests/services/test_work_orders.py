"""Work orders: W5 (vehicle and owner loaded), W6 (PDI / transport damage), W8 (deliverer and phone)."""

from __future__ import annotations

import pytest

from desktop.rules.errors import ValidationError
from desktop.services import audit, work_orders
from desktop.services.auth import PermissionDenied
from desktop.services.errors import RuleViolation
from tests.factories import add_customer, add_vehicle, make_group, vin


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


def test_w8_work_order_records_deliverer_and_valid_phone(db, group):
    actors, ids = group
    wo = work_orders.create_work_order(
        db, actors["adv1"], ids["owned"], deliverer_name="汪国进", deliverer_phone="138 2640 1234", mileage=12000,
        complaint="异响",
    )
    assert wo.number.startswith("S01-") and wo.deliverer_phone == "13826401234"
    assert wo.owner_name == "汪国进" and wo.kind == "normal" and wo.settlement_party == "customer"
    wo2 = work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name="张三",
                                        deliverer_phone="13912345670")
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
        work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name=name, deliverer_phone=phone)
    assert exc.value.field == field


def test_w5_no_work_order_without_owner(db, group):
    actors, ids = group
    with pytest.raises(RuleViolation) as exc:
        work_orders.create_work_order(db, actors["adv1"], ids["no_owner"], deliverer_name="张三",
                                      deliverer_phone="13912345670")
    assert exc.value.rule == "W5"


def test_w6_pdi_without_owner_is_settled_by_manufacturer_or_own_store(db, group):
    actors, ids = group
    wo = work_orders.create_work_order(db, actors["adv1"], ids["no_owner"], kind="pdi",
                                       settlement_party="manufacturer", deliverer_name="李师傅",
                                       deliverer_phone="13912345670")
    assert wo.owner_id is None and wo.settlement_party == "manufacturer"
    wo = work_orders.create_work_order(db, actors["adv1"], ids["no_owner"], kind="transport_damage",
                                       settlement_party="own_store", deliverer_name="李师傅",
                                       deliverer_phone="13912345670")
    assert wo.settlement_party == "own_store"
    with pytest.raises(ValidationError):
        work_orders.create_work_order(db, actors["adv1"], ids["no_owner"], kind="pdi",
                                      settlement_party="customer", deliverer_name="李师傅",
                                      deliverer_phone="13912345670")


def test_m3_no_work_order_on_a_vehicle_this_store_does_not_see(db, group):
    actors, ids = group
    with pytest.raises(RuleViolation) as exc:
        work_orders.create_work_order(db, actors["adv1"], ids["other_store"], deliverer_name="张三",
                                      deliverer_phone="13912345670")
    assert exc.value.rule == "M3"


def test_work_orders_only_by_service_advisors(db, group):
    actors, ids = group
    for login in ("sales1", "fin1", "cs1"):
        with pytest.raises(PermissionDenied):
            work_orders.create_work_order(db, actors[login], ids["owned"], deliverer_name="张三",
                                          deliverer_phone="13912345670")


def test_work_order_creation_is_audited(db, group):
    actors, ids = group
    wo = work_orders.create_work_order(db, actors["adv1"], ids["owned"], deliverer_name="张三",
                                       deliverer_phone="13912345670")
    rows = audit.entries(db, actors["mdm1"], entity="work_order")
    assert rows and rows[0].entity_code == wo.number and rows[0].user_login == "adv1"
