"""Vehicle record: V1-V8, P1-P4, M1-M3, O1-O6, W2b, W7, N1, optimistic versions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import PlateHistory, Vehicle, VehicleRepairCenter
from desktop.rules.errors import ValidationError
from desktop.services import audit, intake, vehicles
from desktop.services.auth import PermissionDenied
from desktop.services.errors import RuleViolation
from desktop.services.vehicles import PlateTaken, SuspectedVinTypo, VinExists
from desktop.storage import StaleRecord
from tests.factories import add_customer, add_vehicle, make_group, vin, vver


@pytest.fixture
def group(db):
    actors = make_group(db)
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "黄文华", "13711112046")
    add_customer(db, "C3", "陈志强", "13510086688", stores=("S02",))
    add_customer(db, "C4", "陈志强", "13600001111")  # same name, this store
    add_customer(db, "P1", "李嘉怡", "13902225678", category="potential")
    add_customer(db, "P2", "何家豪", "13902225679", status="pending")
    ids = {
        "manual": add_vehicle(db, vin(1), owner="C1", plate="粤A6D218"),
        "generated": add_vehicle(db, vin(2), origin="generated", owner="C2", plate="粤A3K517"),
        "other": add_vehicle(db, vin(3), centers=("R02",), owner="C3", plate="粤B5G902"),
        "new_car": add_vehicle(db, vin(4), owner="C2"),
        "stock": add_vehicle(db, vin(5), origin="generated", sale_date=None),
    }
    return actors, ids


def test_m2_create_with_model_and_vin_only(db, group):
    actors, _ = group
    v = vehicles.create_manual_vehicle(db, actors["adv1"], model=" 丰田  凯美瑞 2.0G ", vin=vin(77, "LVGBE40K8").lower())
    assert v.origin == "manual" and v.model == "丰田 凯美瑞 2.0G" and v.vin == vin(77, "LVGBE40K8")
    assert v.visible and [rc.code for rc in v.repair_centers] == ["R01"]
    assert intake.lookup_vin(db, actors["adv1"], v.vin).outcome == "vehicle_only"


def test_v1_vin_with_wrong_check_digit_or_symbols_is_refused(db, group):
    actors, _ = group
    bad = vin(780000, "LFV2A21K7", "R")[:8] + ("0" if vin(780000, "LFV2A21K7", "R")[8] != "0" else "1") + vin(780000, "LFV2A21K7", "R")[9:]
    with pytest.raises(ValidationError):
        vehicles.create_manual_vehicle(db, actors["adv1"], model="大众", vin=bad)
    with pytest.raises(ValidationError):
        vehicles.create_manual_vehicle(db, actors["adv1"], model="大众#", vin=vin(780000, "LFV2A21K7", "R"))


def test_v1_non_standard_vin_only_by_master_data_team(db, group):
    actors, _ = group
    bad = vin(790000, "LFV2A21K7", "R")[:8] + ("0" if vin(790000, "LFV2A21K7", "R")[8] != "0" else "1") + vin(790000, "LFV2A21K7", "R")[9:]
    with pytest.raises(PermissionDenied):
        vehicles.create_manual_vehicle(db, actors["adv1"], model="大众", vin=bad, nonstandard_vin=True)
    v = vehicles.create_manual_vehicle(db, actors["mdm1"], model="大众", vin=bad, nonstandard_vin=True)
    assert v.vin_nonstandard


def test_m3_duplicate_vin_routes_to_attach_instead_of_creating(db, group):
    actors, ids = group
    with pytest.raises(VinExists) as exc:
        vehicles.create_manual_vehicle(db, actors["adv1"], model="本田 雅阁", vin=vin(3))
    assert exc.value.vehicle_id == ids["other"] and not exc.value.visible and exc.value.rule == "M3"


def test_v8_create_refuses_a_vin_one_character_off(db, group):
    actors, _ = group
    v = vin(1)
    typo = v[:-1] + ("9" if v[-1] != "9" else "8")
    with pytest.raises(SuspectedVinTypo) as exc:
        vehicles.create_manual_vehicle(db, actors["adv1"], model="大众", vin=typo)
    assert exc.value.similar[0] == v  # closest first; vin(2)-vin(5) are two characters off over the 16 (V8 twins)
    assert set(exc.value.similar) == {vin(i) for i in range(1, 6)}


def test_m3_attach_adds_this_store_repair_center_and_owner_channel(db, group):
    actors, ids = group
    before = vehicles.get_vehicle(db, actors["adv1"], ids["other"])
    d = vehicles.attach_store(db, actors["adv1"], ids["other"], version=before.version)
    assert d.version != before.version  # the repair-center rows changed: a holder of the old version is refused
    assert sorted(rc.code for rc in d.repair_centers) == ["R01", "R02"]  # never removes the other store's
    assert d.visible and d.owner is not None and d.owner.visible
    assert intake.lookup_vin(db, actors["adv1"], vin(3)).outcome == "vehicle_and_owner"
    d2 = vehicles.attach_store(db, actors["adv1"], ids["other"], version=d.version)  # twice: still one row per center
    assert sorted(rc.code for rc in d2.repair_centers) == ["R01", "R02"]
    with db.read() as s:
        rows = s.scalars(select(VehicleRepairCenter).where(VehicleRepairCenter.vehicle_id == ids["other"])).all()
    assert len(rows) == 2
    trail = audit.entries(db, actors["mdm1"], entity="vehicle", entity_id=ids["other"])
    assert any(r.action == "vehicle.repair_center_add" for r in trail)


def test_v3_generated_vehicle_fixed_facts_are_locked_for_everyone(db, group):
    actors, ids = group
    d = vehicles.get_vehicle(db, actors["mdm1"], ids["generated"])
    assert {"model", "vin", "engine_no", "color"} <= d.locked_fields
    for login in ("adv1", "mdm1"):
        with pytest.raises(RuleViolation) as exc:
            vehicles.update_vehicle(db, actors[login], ids["generated"], {"color": "黑"}, reason="录错",
                                    version=vver(db, ids["generated"]))
        assert exc.value.rule == "V3"


def test_v4_manual_vehicle_locked_fields_only_by_master_data_with_reason_and_slight(db, group):
    actors, ids = group
    with pytest.raises(PermissionDenied):
        vehicles.update_vehicle(db, actors["adv1"], ids["manual"], {"engine_no": "E1234568"},
                                version=vver(db, ids["manual"]))
    with pytest.raises(ValidationError):
        vehicles.update_vehicle(db, actors["mdm1"], ids["manual"], {"engine_no": "E1234568"},
                                version=vver(db, ids["manual"]))
    with pytest.raises(RuleViolation) as exc:
        vehicles.update_vehicle(db, actors["mdm1"], ids["manual"], {"engine_no": "X9999999"}, reason="录错",
                                version=vver(db, ids["manual"]))
    assert exc.value.rule == "V4"
    d = vehicles.update_vehicle(db, actors["mdm1"], ids["manual"], {"engine_no": "E1234568"}, reason="录错一位",
                                version=vver(db, ids["manual"]))
    assert d.engine_no == "E1234568"
    trail = audit.entries(db, actors["mdm1"], entity="vehicle", entity_id=ids["manual"])
    assert any(r.field == "engine_no" and r.reason == "录错一位" and r.old_value == "E1234567" for r in trail)


def test_v4_locked_fields_are_reported_per_actor(db, group):
    actors, ids = group
    d = vehicles.get_vehicle(db, actors["adv1"], ids["manual"])
    assert {"model", "vin", "engine_no"} <= d.locked_fields and "plate" not in d.locked_fields
    assert "V4" in d.lock_reasons["vin"]


def test_v5_sales_facts_fill_once(db, group):
    actors, ids = group
    d = vehicles.update_vehicle(db, actors["adv1"], ids["manual"], {"warranty_card_no": "W001"},
                                version=vver(db, ids["manual"]))
    assert d.warranty_card_no == "W001"
    with pytest.raises(RuleViolation) as exc:
        vehicles.update_vehicle(db, actors["adv1"], ids["manual"], {"warranty_card_no": "W002"},
                                version=vver(db, ids["manual"]))
    assert exc.value.rule == "V5"


def test_v6_insurance_is_editable(db, group):
    actors, ids = group
    d = vehicles.update_vehicle(db, actors["adv1"], ids["manual"],
                                {"commercial_insurer": "平安", "commercial_expiry": "2027-05-01"},
                                version=vver(db, ids["manual"]))
    assert str(d.commercial_expiry) == "2027-05-01"


def test_stale_save_is_refused_not_overwritten(db, group):
    actors, ids = group
    first = vehicles.get_vehicle(db, actors["adv1"], ids["manual"])
    vehicles.update_vehicle(db, actors["adv1"], ids["manual"], {"remark": "工作站A"}, version=first.version)
    with pytest.raises(StaleRecord):
        vehicles.update_vehicle(db, actors["adv1"], ids["manual"], {"remark": "工作站B"}, version=first.version)
    assert vehicles.get_vehicle(db, actors["adv1"], ids["manual"]).remark == "工作站A"


def test_p3_plate_on_another_car_is_reported_with_that_car(db, group):
    actors, ids = group
    with pytest.raises(PlateTaken) as exc:
        vehicles.set_plate(db, actors["adv1"], ids["new_car"], "粤A3K517", version=vver(db, ids["new_car"]))
    assert exc.value.other.vin == vin(2) and exc.value.rule == "P3"
    assert vehicles.get_vehicle(db, actors["adv1"], ids["new_car"]).plate is None


def test_p3_p4_move_plate_clears_old_car_and_keeps_its_vin_and_model(db, group):
    actors, ids = group
    d = vehicles.move_plate(db, actors["adv1"], ids["new_car"], "粤a3k517", version=vver(db, ids["new_car"]),
                            holder_version=vver(db, ids["generated"]))
    assert d.plate == "粤A3K517"
    old = vehicles.get_vehicle(db, actors["adv1"], ids["generated"])
    assert old.plate is None and old.plate_color is None
    assert old.vin == vin(2) and old.model == "大众 朗逸 1.5L"
    with db.read() as s:
        hist = [(h.vehicle_id, h.old_plate, h.new_plate)
                for h in s.scalars(select(PlateHistory).order_by(PlateHistory.id))]
    assert hist == [
        (ids["generated"], "粤A3K517", None), (ids["new_car"], None, "粤A3K517")]


def test_p2_plate_change_on_the_vehicle_found_by_vin(db, group):
    actors, ids = group
    d = vehicles.set_plate(db, actors["adv1"], ids["manual"], "粤A9X999", "blue", version=vver(db, ids["manual"]))
    assert d.plate == "粤A9X999" and d.vin == vin(1)


def test_db_plate_unique_among_vehicles_that_hold_one(db, group):
    _actors, ids = group
    from desktop.storage.errors import UniqueViolation

    with pytest.raises(UniqueViolation) as exc, db.transaction() as s:  # classified, never a raw driver error
        s.get(Vehicle, ids["new_car"]).plate = "粤A6D218"
    assert exc.value.table == "vehicles" and "plate" in exc.value.columns
    with db.transaction() as s:  # many vehicles without a plate are fine
        s.get(Vehicle, ids["new_car"]).plate = ""


def test_o6_only_enabled_retained_customer_can_be_owner(db, group):
    actors, ids = group
    for code in ("P1", "P2"):
        with pytest.raises(RuleViolation) as exc:
            vehicles.set_owner(db, actors["adv1"], ids["new_car"], code, version=vver(db, ids["new_car"]))
        assert exc.value.rule == "O6"


def test_o3_w2a_change_of_owner_keeps_history(db, group):
    actors, ids = group
    d = vehicles.set_owner(db, actors["adv1"], ids["manual"], "C2", reason="二手车过户", version=vver(db, ids["manual"]))
    assert d.owner.code == "C2"
    assert d.ownership_history[0].old_owner == "汪国进" and d.ownership_history[0].new_owner == "黄文华"


def test_o4_store_that_does_not_see_the_vehicle_attaches_first(db, group):
    actors, ids = group
    with pytest.raises(RuleViolation) as exc:
        vehicles.set_owner(db, actors["adv1"], ids["other"], "C1", version=vver(db, ids["other"]))
    assert exc.value.rule == "O4"


def test_w2b_other_store_correct_owner_not_replaced_by_same_name_customer(db, group):
    actors, ids = group
    vehicles.attach_store(db, actors["adv1"], ids["other"], version=vver(db, ids["other"]))
    with pytest.raises(RuleViolation) as exc:
        vehicles.set_owner(db, actors["adv1"], ids["other"], "C4", version=vver(db, ids["other"]))
    assert exc.value.rule == "W2b"


def test_o1_generated_stock_car_owner_comes_from_the_sale(db, group):
    actors, ids = group
    with pytest.raises(RuleViolation) as exc:
        vehicles.set_owner(db, actors["adv1"], ids["stock"], "C1", version=vver(db, ids["stock"]))
    assert exc.value.rule == "O1"


def test_w7_contacts_and_main_user(db, group):
    actors, ids = group
    d = vehicles.add_contact(db, actors["adv1"], ids["manual"], name="汪太太", phone="13900001234", relation="配偶",
                             version=vver(db, ids["manual"]))
    d = vehicles.add_contact(db, actors["adv1"], ids["manual"], name="小李", phone="13900005678", relation="司机",
                             main_user=True, version=d.version)
    assert [(c.name, c.is_main_user) for c in d.contacts] == [("汪太太", False), ("小李", True)]
    d = vehicles.set_main_user(db, actors["adv1"], ids["manual"], d.contacts[0].id, version=d.version)
    assert [(c.name, c.is_main_user) for c in d.contacts] == [("汪太太", True), ("小李", False)]
    assert d.owner.code == "C1"  # contacts never replace the owner
    d = vehicles.remove_contact(db, actors["adv1"], ids["manual"], d.contacts[1].id, version=d.version)
    assert [(c.name, c.is_main_user) for c in d.contacts] == [("汪太太", True)]
    trail = audit.entries(db, actors["mdm1"], entity="vehicle", entity_id=ids["manual"])
    assert any(r.action == "vehicle.contact_remove" and "小李" in (r.old_value or "") for r in trail)


def test_owner_plate_and_repair_center_changes_are_audited(db, group):
    actors, ids = group
    vehicles.set_owner(db, actors["adv1"], ids["manual"], "C2", version=vver(db, ids["manual"]))
    vehicles.set_plate(db, actors["adv1"], ids["manual"], "粤A9X999", version=vver(db, ids["manual"]))
    trail = audit.entries(db, actors["mdm1"], entity="vehicle", entity_id=ids["manual"])
    fields = {r.field for r in trail}
    assert {"owner", "plate"} <= fields
    assert all(r.user_login == "adv1" and r.store_id is not None for r in trail)


def test_o2_new_owner_created_on_the_vehicle_record_fills_the_owner_field(db, group):
    actors, ids = group
    d = vehicles.create_owner(db, actors["adv1"], ids["new_car"], version=vver(db, ids["new_car"]),
                              customer_type="individual", name="赵六", phone="13912340000", reason="新车主")
    assert d.owner is not None and d.owner.name == "赵六"
    assert d.owner.category == "retained" and d.owner.status == "pending"  # C4, C9
    assert d.ownership_history[0].new_owner == "赵六"


def test_o2_new_owner_goes_through_the_duplicate_check(db, group):
    from desktop.services.customers import DuplicateFound

    actors, ids = group
    with pytest.raises(DuplicateFound):
        vehicles.create_owner(db, actors["adv1"], ids["new_car"], version=vver(db, ids["new_car"]),
                              customer_type="individual", name="汪国进", phone="13826401234")
    assert vehicles.get_vehicle(db, actors["adv1"], ids["new_car"]).owner.code == "C2"


def test_o4_new_owner_refused_where_the_store_does_not_see_the_vehicle(db, group):
    actors, ids = group
    with pytest.raises(RuleViolation) as exc:
        vehicles.create_owner(db, actors["adv1"], ids["other"], version=vver(db, ids["other"]),
                              customer_type="individual", name="赵六", phone="13912340000")
    assert exc.value.rule == "O4"


def test_s1_o4_retaining_the_owner_of_a_car_this_store_does_not_see_is_refused(db, group):
    """W3's 设为保有客户 on the owner already on the car: the store must see the car (S1), as for any owner change;
    nothing is changed (the customer stays potential)."""
    from tests.factories import cver

    actors, _ = group
    add_customer(db, "P3", "周建国", "13902226671", category="potential")
    hidden = add_vehicle(db, vin(6), centers=("R02",), owner="P3")
    with pytest.raises(RuleViolation) as exc:
        vehicles.retain_and_link_owner(db, actors["adv1"], hidden, "P3", version=vver(db, hidden),
                                       customer_version=cver(db, "P3"))
    assert exc.value.rule == "O4"
    seen = vehicles.retain_and_link_owner(db, actors["adv2"], hidden, "P3", version=vver(db, hidden),
                                          customer_version=cver(db, "P3"))
    assert seen.owner is not None and seen.owner.code == "P3"  # the store that sees it may
