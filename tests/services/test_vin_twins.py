"""V8 / N1 twins on SQLite and PostgreSQL (issue #12 items 11-12): a twin that got in is merged into the correct
vehicle by the master-data team (retired, never deleted, undoable); a suspected-typo VIN is escalated by the
advisor and answered "same car" or "different car" (a permit to create exactly that VIN)."""

from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import inspect, select

from desktop.models import (
    AuditEntry,
    Customer,
    OwnershipHistory,
    Vehicle,
    VehicleContact,
    VinEscalation,
    WorkOrder,
)
from desktop.rules.errors import ValidationError
from desktop.services import escalations, intake, vehicles, work_orders
from desktop.services.auth import PermissionDenied
from desktop.services.errors import RuleViolation
from desktop.services.vehicles import TWIN_MOVES_FIELD, SuspectedVinTypo
from tests.factories import add_customer, add_vehicle, make_group, vin, vver
from tests.services.test_vin_neighbours import ON_FILE, slipped

TWIN = slipped(ON_FILE, 12)


@pytest.fixture
def group(db):
    actors = make_group(db)
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "汪国进", "13826401243", stores=("S02",))
    return actors


def state(db, vid):
    with db.read() as s:
        v = s.get(Vehicle, vid)
        return {
            "plate": v.plate, "owner": v.owner_id, "merged_into": v.merged_into_id,
            "centers": sorted(rc.repair_center.code for rc in v.repair_centers),
            "contacts": sorted(c.name for c in v.contacts),
            "orders": sorted(s.scalars(select(WorkOrder.number).where(WorkOrder.vehicle_id == vid))),
            "history": sorted(s.scalars(select(OwnershipHistory.id).where(OwnershipHistory.vehicle_id == vid))),
        }


def test_n1_twin_is_merged_into_the_correct_vehicle_and_retired(db, group):
    actors = group
    correct = add_vehicle(db, ON_FILE, owner="C1", plate="粤A6D218")
    twin = add_vehicle(db, TWIN, owner="C2", centers=("R02",))
    with db.transaction() as s:
        s.add(VehicleContact(vehicle_id=twin, name="汪小明", phone="13826401299", is_main_user=True))
        s.add(VehicleContact(vehicle_id=correct, name="汪国进", phone="13826401234", is_main_user=True))
    wo = work_orders.create_work_order(db, actors["adv2"], twin, deliverer_name="汪国进",
                                       deliverer_phone="13826401243", vin_confirmation=TWIN[-6:])
    before = {"correct": state(db, correct), "twin": state(db, twin)}
    # before: the twin is a neighbour of a third slip
    assert set(intake.lookup_vin(db, actors["adv1"], slipped(ON_FILE, 13)).similar_vins) == {ON_FILE, TWIN}

    result = vehicles.merge_twin(db, actors["mdm1"], twin, correct, "同一辆车，二店录错第13位",
                                 version=vver(db, twin), correct_version=vver(db, correct))
    assert result.work_order_ids and result.contact_ids and result.repair_center_ids and not result.owner_moved
    after_c, after_t = state(db, correct), state(db, twin)
    assert after_t["merged_into"] == correct and after_t["orders"] == [] and after_t["contacts"] == []
    assert after_c["orders"] == [wo.number] and after_c["centers"] == ["R01", "R02"]
    assert after_c["contacts"] == ["汪国进", "汪小明"] and after_c["owner"] == before["correct"]["owner"]
    assert after_t["owner"] == before["twin"]["owner"]  # the correct vehicle has an owner: the twin's stays
    with db.read() as s:
        mains = [c.name for c in s.scalars(select(VehicleContact).where(VehicleContact.vehicle_id == correct,
                                                                        VehicleContact.is_main_user))]
        assert mains == ["汪国进"]
        entry = s.scalar(select(AuditEntry).where(AuditEntry.field == TWIN_MOVES_FIELD))
        assert entry is not None and json.loads(entry.new_value)["correct"] == ON_FILE
        assert s.get(Vehicle, twin) is not None  # never deleted

    # lookups: the retired VIN loads the correct vehicle and says so; it is no typo neighbour any more
    r = intake.lookup_vin(db, actors["adv1"], TWIN)
    assert r.outcome == "vehicle_and_owner" and r.vehicle.vin == ON_FILE and r.merged_from == TWIN
    assert ON_FILE in r.note() and TWIN in r.note("en")
    assert intake.lookup_vin(db, actors["adv1"], slipped(ON_FILE, 13)).similar_vins == (ON_FILE,)
    assert intake.lookup_plate(db, actors["adv1"], "粤A6D218", loaded_vin=TWIN).vehicle.vin == ON_FILE

    undone = vehicles.undo_twin_merge(db, actors["mdm1"], twin, "误合并", version=vver(db, twin))
    assert undone.skipped == ()
    assert state(db, correct) == before["correct"] and state(db, twin) == before["twin"]
    assert intake.lookup_vin(db, actors["adv2"], TWIN).vehicle.vin == TWIN
    with db.read() as s:
        mains = sorted(c.name for c in s.scalars(select(VehicleContact).where(VehicleContact.is_main_user)))
        assert mains == ["汪国进", "汪小明"]


def test_n1_twin_plate_and_owner_move_when_the_correct_vehicle_has_none(db, group):
    actors = group
    correct = add_vehicle(db, ON_FILE)
    twin = add_vehicle(db, TWIN, plate="粤B12345")
    vehicles.set_owner(db, actors["adv1"], twin, "C1", "车主", version=vver(db, twin))
    before = {"correct": state(db, correct), "twin": state(db, twin)}
    result = vehicles.merge_twin(db, actors["mdm1"], twin, correct, "录错",
                                 version=vver(db, twin), correct_version=vver(db, correct))
    assert result.plate == "粤B12345" and result.owner_moved and result.ownership_history_ids
    c, t = state(db, correct), state(db, twin)
    assert c["plate"] == "粤B12345" and t["plate"] is None and c["owner"] is not None and t["owner"] is None
    assert c["history"] == before["twin"]["history"]
    assert intake.lookup_plate(db, actors["adv1"], "粤B12345").vehicle.vin == ON_FILE
    vehicles.undo_twin_merge(db, actors["mdm1"], twin, "撤销", version=vver(db, twin))
    assert state(db, correct) == before["correct"] and state(db, twin) == before["twin"]


def test_n1_twin_merge_refusals(db, group):
    actors = group
    correct = add_vehicle(db, ON_FILE, plate="粤A6D218")
    twin = add_vehicle(db, TWIN, plate="粤B12345")
    far = add_vehicle(db, vin(777, "LFV2A21K7", "R"))
    stock = add_vehicle(db, slipped(ON_FILE, 14), origin="generated")

    def merge(actor, t, c, reason="录错", **kw):
        return vehicles.merge_twin(db, actor, t, c, reason, version=vver(db, t), correct_version=vver(db, c), **kw)

    with pytest.raises(PermissionDenied):
        merge(actors["adv1"], twin, correct)
    with pytest.raises(ValidationError):
        merge(actors["mdm1"], twin, correct, reason=" ")
    with pytest.raises(RuleViolation, match="itself"):
        merge(actors["mdm1"], twin, twin)
    with pytest.raises(RuleViolation, match="plate"):
        merge(actors["mdm1"], twin, correct)
    with pytest.raises(RuleViolation, match="generated"):
        merge(actors["mdm1"], stock, correct)
    with pytest.raises(RuleViolation, match="suspected typo"):
        merge(actors["mdm1"], far, correct)
    merge(actors["mdm1"], far, correct, not_a_typo_reason="厂家更换车架号铭牌，核实为同一车")
    with pytest.raises(RuleViolation, match="merged"):
        merge(actors["mdm1"], twin, far)  # into a retired vehicle
    with pytest.raises(RuleViolation, match="not merged"):
        vehicles.undo_twin_merge(db, actors["mdm1"], twin, "撤销", version=vver(db, twin))


def test_v8_advisor_files_an_escalation_and_sees_the_answer(db, group):
    actors = group
    correct = add_vehicle(db, ON_FILE, owner="C1")
    typed = slipped(ON_FILE, 12)
    e = escalations.file_vin_escalation(db, actors["adv1"], typed.lower(), "客户行驶证模糊")
    assert (e.status, e.typed_vin, e.similar_vins, e.store_code) == ("open", typed, (ON_FILE,), "S01")
    again = escalations.file_vin_escalation(db, actors["adv1"], typed)
    assert again.id == e.id  # one open escalation per VIN
    assert [x.id for x in escalations.list_open(db, actors["mdm1"])] == [e.id]
    assert escalations.list_open(db, actors["adv2"]) == []  # another store's
    with pytest.raises(RuleViolation):
        escalations.file_vin_escalation(db, actors["adv1"], vin(777, "LFV2A21K7", "R"))  # no suspected typo
    with pytest.raises(RuleViolation):
        escalations.file_vin_escalation(db, actors["adv1"], ON_FILE)  # on file: load it
    with pytest.raises(PermissionDenied):
        escalations.resolve_same_car(db, actors["adv1"], e.id, correct, "同一辆车")
    with pytest.raises(ValidationError):
        escalations.resolve_same_car(db, actors["mdm1"], e.id, correct, "")
    done = escalations.resolve_same_car(db, actors["mdm1"], e.id, correct, "核对行驶证，同一辆车")
    assert (done.status, done.resolved_vin, done.resolved_by) == ("same_car", ON_FILE, "mdm1")
    seen = escalations.list_open(db, actors["adv1"])
    assert [(x.id, x.status, x.resolved_vin) for x in seen] == [(e.id, "same_car", ON_FILE)]
    assert "同一辆车" in seen[0].status_label() and "Same car" in seen[0].status_label("en")
    assert escalations.list_open(db, actors["mdm1"]) == []
    with pytest.raises(RuleViolation):
        escalations.resolve_different_car(db, actors["mdm1"], e.id, "再处理")  # answered already
    with pytest.raises(SuspectedVinTypo):  # same car: no permit
        vehicles.create_manual_vehicle(db, actors["adv1"], model="大众 朗逸 1.5L", vin=typed)
    with db.read() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "vin.resolve")) is not None


def test_v8_permit_lets_the_advisor_create_that_vin_only(db, group):
    actors = group
    add_vehicle(db, ON_FILE, owner="C1")
    typed, other = slipped(ON_FILE, 12), slipped(ON_FILE, 13)
    e = escalations.file_vin_escalation(db, actors["adv1"], typed)
    f = escalations.file_vin_escalation(db, actors["adv1"], other)
    escalations.resolve_different_car(db, actors["mdm1"], e.id, "实车核对：不同车辆")
    with pytest.raises(SuspectedVinTypo):  # another store: not its permit
        vehicles.create_manual_vehicle(db, actors["adv2"], model="大众 朗逸 1.5L", vin=typed)
    with pytest.raises(SuspectedVinTypo):  # another VIN, still open
        vehicles.create_manual_vehicle(db, actors["adv1"], model="大众 朗逸 1.5L", vin=other)
    created = vehicles.create_manual_vehicle(db, actors["adv1"], model="大众 朗逸 1.5L", vin=typed)
    assert created.vin == typed
    with db.read() as s:
        assert s.get(VinEscalation, e.id).created_vehicle_id == created.id
        assert s.get(VinEscalation, f.id).status == "open"
        trail = s.scalar(select(AuditEntry.reason).where(AuditEntry.action == "vehicle.create",
                                                         AuditEntry.entity_id == created.id))
        assert trail and f"升级单 {e.id}" in trail
    assert escalations.list_open(db, actors["adv1"])[0].created_vin == typed


def test_n1_v8_upgrade_0013_and_downgrade(db):
    cfg = db._alembic_config()
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0012")
        assert "vin_escalations" not in db.table_names()
        assert "merged_into_id" not in {c["name"] for c in inspect(db.engine).get_columns("vehicles")}
    finally:
        db.upgrade()
    assert "vin_escalations" in db.table_names()
    assert "merged_into_id" in {c["name"] for c in inspect(db.engine).get_columns("vehicles")}
    make_group(db)
    add_customer(db, "C1", "汪国进", "13826401234")
    add_vehicle(db, ON_FILE, owner="C1")
    with db.read() as s:
        assert s.scalar(select(Customer.id)) is not None


def test_n1_retired_twin_is_not_listed_by_the_vehicle_search(db):
    """S2 / N1: after the merge the magnifier finds the correct vehicle, never the retired twin."""
    from desktop.services import search, vehicles
    from tests.factories import add_vehicle, make_group, vver

    actors = make_group(db)
    correct_vin = "LSVAG2181MA900001"
    twin_vin = "LSVAG1181MA900011"
    correct = add_vehicle(db, correct_vin)
    twin = add_vehicle(db, twin_vin)
    assert {r.vin for r in search.search_vehicles(db, actors["adv1"], twin_vin)} == {twin_vin}
    vehicles.merge_twin(db, actors["mdm1"], twin, correct, "实车车架号为 LSVAG2181MA900001",
                        version=vver(db, twin), correct_version=vver(db, correct))
    assert search.search_vehicles(db, actors["adv1"], twin_vin) == []
    assert {r.vin for r in search.search_vehicles(db, actors["adv1"], correct_vin)} == {correct_vin}
