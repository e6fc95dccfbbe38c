"""Rules of RULES.md not covered elsewhere by name (C8, W2, W9, V2, V7, O5, M4, N1), and the check that
every rule ID of the rulebook names at least one test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.models import Vehicle
from desktop.rules.errors import ValidationError
from desktop.services import customers, intake, vehicles
from desktop.services.customers import DuplicateFound
from desktop.services.vehicles import VinExists
from desktop.storage.errors import DatabaseBug
from tests.factories import add_customer, add_vehicle, make_group, vin, vver

RULE_IDS = [
    "S1",
    "S2",
    "S3",
    "C1",
    "C2",
    "C2a",
    "C2b",
    "C2c",
    "C2d",
    "C3",
    "C4",
    "C5",
    "C6",
    "C7",
    "C8",
    "C9",
    "C10",
    "C11",
    "C12",
    "C13",
    "W1",
    "W2",
    "W2a",
    "W2b",
    "W3",
    "W4",
    "W5",
    "W6",
    "W7",
    "W8",
    "W9",
    "V1",
    "V2",
    "V3",
    "V4",
    "V5",
    "V6",
    "V7",
    "V8",
    "P1",
    "P2",
    "P3",
    "P4",
    "O1",
    "O2",
    "O3",
    "O4",
    "O5",
    "O6",
    "M1",
    "M2",
    "M3",
    "M4",
    "N1",
]


@pytest.fixture
def group(db):
    actors = make_group(db)
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "黄文华", "13711112046")
    ids = {
        "owned": add_vehicle(db, vin(1), owner="C1", plate="粤A6D218"),
        "other": add_vehicle(db, vin(2, "LFV2A21K7", "R"), centers=("R02",)),
    }
    return actors, ids


def test_c8_finance_customer_is_generated_and_nobody_edits_it(db, group):
    actors, _ = group
    c = customers.create_customer(
        db, actors["adv1"], customer_type="individual", name="赵六", phone="13912340000"
    )
    assert c.finance_customer_code and c.finance_customer_code != c.code
    with pytest.raises(ValidationError):
        customers.update_customer(db, actors["mdm1"], c.code, {"finance_customer_code": "CW1"}, version=c.version)
    with pytest.raises(ValidationError):
        customers.change_core_data(db, actors["mdm1"], c.code, reason="x", version=c.version, finance_customer_code="CW1")
    with pytest.raises(ValidationError):
        customers.save_customer(db, actors["mdm1"], c.code, version=c.version, finance_customer_code="CW1")
    assert customers.get_customer(db, actors["mdm1"], c.code).finance_customer_code == c.finance_customer_code


def test_w2_vehicle_and_owner_found_no_second_vehicle_or_customer(db, group):
    actors, _ = group
    assert intake.lookup_vin(db, actors["adv1"], vin(1)).outcome == "vehicle_and_owner"
    with pytest.raises(VinExists):
        vehicles.create_manual_vehicle(db, actors["adv1"], model="大众 朗逸", vin=vin(1))
    with pytest.raises(DuplicateFound) as exc:
        customers.create_customer(
            db, actors["adv1"], customer_type="individual", name="汪国进", phone="13826401234"
        )
    assert exc.value.certain


def test_w9_known_wrong_owner_is_fixed_at_once_from_the_intake(db, group):
    actors, ids = group
    vehicles.set_owner(db, actors["adv1"], ids["owned"], "C2", reason="行驶证车主为黄文华", version=vver(db, ids["owned"]))
    r = intake.lookup_vin(db, actors["adv1"], vin(1))
    assert r.outcome == "vehicle_and_owner" and r.owner.code == "C2"


def test_v2_a_vehicle_is_generated_or_hand_created(db, group):
    actors, ids = group
    v = vehicles.create_manual_vehicle(db, actors["adv1"], model="丰田 凯美瑞", vin=vin(3, "LVGBE40K8", "N"))
    assert v.origin == "manual"
    with pytest.raises(DatabaseBug), db.transaction() as s:  # the CHECK refuses it; never a raw driver error
        s.get(Vehicle, ids["owned"]).origin = "imported"
    with db.read() as s:
        assert s.get(Vehicle, ids["owned"]).origin == "manual"


def test_v7_intake_shows_model_vin_plate_and_owner_to_check_against_the_car(db, group):
    actors, _ = group
    r = intake.lookup_vin(db, actors["adv1"], vin(1))
    assert (r.vehicle.model, r.vehicle.vin, r.vehicle.plate, r.owner.name) == (
        "大众 朗逸 1.5L",
        vin(1),
        "粤A6D218",
        "汪国进",
    )
    assert r.vehicle.manufacturer  # decoded from the WMI, to compare with the car


def test_o5_owner_name_as_on_the_driving_licence(db, group):
    actors, ids = group
    vehicles.attach_store(db, actors["adv1"], ids["other"], version=vver(db, ids["other"]))
    with pytest.raises(ValidationError) as exc:
        vehicles.create_owner(
            db,
            actors["adv1"],
            ids["other"],
            version=vver(db, ids["other"]),
            customer_type="individual",
            name="赵六(车主)",
            phone="13912340000",
        )
    assert exc.value.field == "name"
    d = vehicles.create_owner(
        db, actors["adv1"], ids["other"], version=vver(db, ids["other"]), customer_type="individual", name=" 赵 六 ",
        phone="13912340000",
    )
    assert d.owner.name == "赵六"


def test_m4_new_vehicle_starts_with_model_and_vin_only_details_follow(db, group):
    actors, _ = group
    v = vehicles.create_manual_vehicle(db, actors["adv1"], model="本田 雅阁", vin=vin(4, "LHGRU5842", "L"))
    assert v.plate is None and v.owner is None and v.commercial_insurer is None
    v = vehicles.set_plate(db, actors["adv1"], v.id, "粤A7Q123", version=v.version)
    v = vehicles.update_vehicle(db, actors["adv1"], v.id, {"commercial_insurer": "平安"}, version=v.version)
    assert v.plate == "粤A7Q123" and v.commercial_insurer == "平安"


def test_n1_wrong_vin_cannot_be_corrected_onto_a_vin_another_store_entered(db, group):
    actors, ids = group
    correct = vin(7)  # another store entered this VIN correctly; it is a slight slip away from vin(1)
    add_vehicle(db, correct, centers=("R02",))
    with pytest.raises(VinExists):
        vehicles.update_vehicle(db, actors["mdm1"], ids["owned"], {"vin": correct}, reason="录错",
                                version=vver(db, ids["owned"]))
    assert vehicles.get_vehicle(db, actors["mdm1"], ids["owned"]).vin == vin(1)


def test_every_rule_id_names_a_test():
    names: list[str] = []
    for path in Path(__file__).resolve().parents[1].rglob("test_*.py"):
        names += re.findall(r"def (test_\w+)", path.read_text(encoding="utf-8"))
    missing = [r for r in RULE_IDS if not any(re.search(rf"(^|_){r.lower()}(_|$)", n[5:]) for n in names)]
    assert not missing, f"rule IDs without a test named after them: {missing}"
