"""Merging duplicate customers (master-data team): move everything, keep the record, undo exactly."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.models import Customer, CustomerChannel, Store, Vehicle, VehicleContact, WorkOrder
from desktop.rules.errors import ValidationError
from desktop.services import audit, customers, merge, work_orders
from desktop.services.auth import PermissionDenied
from desktop.services.errors import RuleViolation
from tests.factories import add_customer, add_vehicle, cver, make_group, vin


def _merge(db, actor, duplicate, survivor, reason):
    """Merge on the two records as they are now (the versions the plan showed)."""
    return merge.merge_customers(db, actor, duplicate, survivor, reason, version=cver(db, duplicate),
                                 survivor_version=cver(db, survivor))


def _undo(db, actor, duplicate, reason):
    return merge.undo_merge(db, actor, duplicate, reason, version=cver(db, duplicate))


@pytest.fixture
def actors(db):
    return make_group(db)


@pytest.fixture
def pair(db, actors):
    """C1 (survivor, S01) and C2 (the duplicate: S01 + S02 channels, two vehicles, a work order, a contact)."""
    add_customer(db, "C1", "汪国进", "13826401234", stores=("S01",))
    add_customer(db, "C2", "汪国进", "13826401243", stores=("S01", "S02"))
    v1 = add_vehicle(db, vin(1), owner="C2", plate="粤A12345")
    v2 = add_vehicle(db, vin(2), owner="C2", centers=("R02",))
    v3 = add_vehicle(db, vin(3), owner="C1")
    work_orders.create_work_order(db, actors["adv1"], v1, deliverer_name="汪国进", deliverer_phone="13826401243",
                                  vin_confirmation=vin(1)[-6:])
    with db.transaction() as s:
        c2 = s.scalar(select(Customer.id).where(Customer.code == "C2"))
        s.add(VehicleContact(vehicle_id=v3, name="汪国进", phone="13826401243", customer_id=c2))
    return {"v1": v1, "v2": v2, "v3": v3}


def snapshot(db):
    with db.read() as s:
        ids = {c.id: c.code for c in s.scalars(select(Customer))}
        return {
            "customers": {c.code: (c.status, c.merged_into_id) for c in s.scalars(select(Customer))},
            "vehicles": {v.id: ids.get(v.owner_id) for v in s.scalars(select(Vehicle))},
            "work_orders": {w.id: ids.get(w.owner_id) for w in s.scalars(select(WorkOrder))},
            "channels": sorted((ch.id, ids[ch.customer_id], ch.store_id) for ch in s.scalars(select(CustomerChannel))),
            "contacts": {c.id: ids.get(c.customer_id) for c in s.scalars(select(VehicleContact))},
        }


def test_c2_merge_moves_vehicles_work_orders_channels_contacts_and_keeps_the_record(db, actors, pair):
    plan = merge.plan_merge(db, actors["mdm1"], "C2", "C1")
    assert len(plan.vehicles) == 2 and len(plan.work_orders) == 1 and plan.channels_moved == ("S02",)
    assert plan.channels_kept == ("S01",) and len(plan.contacts) == 1
    result = merge.merge_customers(db, actors["mdm1"], "C2", "C1", "同一人，电话录错一位",
                                   version=plan.duplicate.version, survivor_version=plan.survivor.version)
    assert set(result.vehicle_ids) == {pair["v1"], pair["v2"]} and len(result.work_order_ids) == 1
    assert result.previous_status == "enabled"
    after = snapshot(db)
    assert after["vehicles"] == {pair["v1"]: "C1", pair["v2"]: "C1", pair["v3"]: "C1"}
    assert set(after["work_orders"].values()) == {"C1"} and set(after["contacts"].values()) == {"C1"}
    c2 = customers.get_customer(db, actors["mdm1"], "C2")
    assert c2.status == "disabled" and c2.merged_into_code == "C1"  # kept, disabled, pointing at the survivor
    assert customers.get_customer(db, actors["mdm1"], "C1").store_codes == ("S01", "S02")  # union
    trail = audit.entries(db, actors["mdm1"], entity_code="C2")
    moves = next(e for e in trail if e.field == merge.MOVES_FIELD)
    recorded = json.loads(moves.new_value)
    assert set(recorded["vehicles"]) == set(result.vehicle_ids) and recorded["contacts"] == list(result.contact_ids)
    assert recorded["channels"] == list(result.channel_ids) and moves.reason == "同一人，电话录错一位"
    # the duplicate's own channel change is audited too (S02 left it), not only the survivor's gain
    assert any(e.action == "customer.merge" and e.field == "channel" and e.old_value == "S02" and e.new_value is None
               for e in trail)
    assert any(e.action == "customer.merge" and e.field == "channel" and e.new_value == "S02"
               for e in audit.entries(db, actors["mdm1"], entity_code="C1"))
    vin_trail = audit.entries(db, actors["mdm1"], entity="vehicle", entity_code=vin(1))
    assert any(e.action == "customer.merge" and e.field == "owner" and e.new_value.startswith("C1") for e in vin_trail)
    assert [m.duplicate_code for m in merge.recent_merges(db, actors["mdm1"])] == ["C2"]


def test_c2_merge_then_undo_restores_exactly(db, actors, pair):
    before = snapshot(db)
    _merge(db, actors["mdm1"], "C2", "C1", "重复")
    assert snapshot(db) != before
    undone = _undo(db, actors["mdm1"], "C2", "合并错了")
    assert undone.skipped == ()
    assert snapshot(db) == before
    trail = audit.entries(db, actors["mdm1"], entity_code="C2")
    assert any(e.action == "customer.unmerge" and e.field == "status" and e.new_value == "enabled" for e in trail)
    assert any(e.action == "customer.unmerge" and e.field == "channel" and e.old_value is None
               and e.new_value == "S02" for e in trail)
    assert not merge.recent_merges(db, actors["mdm1"])[0].active
    with pytest.raises(RuleViolation):
        _undo(db, actors["mdm1"], "C2", "again")
    # merge again and undo again: the second undo uses the second merge's rows
    _merge(db, actors["mdm1"], "C2", "C1", "重复")
    _undo(db, actors["mdm1"], "C2", "再撤销")
    assert snapshot(db) == before


def test_c9_undo_restores_a_pending_status(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "汪国进", "13826401243", status="pending")
    _merge(db, actors["mdm1"], "C2", "C1", "重复")
    _undo(db, actors["mdm1"], "C2", "错了")
    assert customers.get_customer(db, actors["mdm1"], "C2").status == "pending"


def test_undo_leaves_rows_changed_since_the_merge(db, actors, pair):
    _merge(db, actors["mdm1"], "C2", "C1", "重复")
    add_customer(db, "C5", "李四", "13912345670")
    with db.transaction() as s:
        v = s.get(Vehicle, pair["v2"])
        v.owner_id = s.scalar(select(Customer.id).where(Customer.code == "C5"))
    result = _undo(db, actors["mdm1"], "C2", "错了")
    assert result.vehicle_ids == (pair["v1"],) and any(vin(2) in x for x in result.skipped)
    assert snapshot(db)["vehicles"][pair["v2"]] == "C5"


def test_merge_refusals(db, actors, pair):
    add_customer(db, "K1", "广州市鑫达汽车服务有限公司", "02087654321", customer_type="company")
    add_customer(db, "C3", "陈志强", "13510086688")
    mdm = actors["mdm1"]
    with pytest.raises(RuleViolation):
        _merge(db, mdm, "C1", "C1", "x")  # into itself
    with pytest.raises(RuleViolation) as exc:
        _merge(db, mdm, "K1", "C1", "x")  # across customer types
    assert exc.value.rule == "C3"
    with pytest.raises(ValidationError):
        _merge(db, mdm, "C2", "C1", " ")  # reason required
    _merge(db, mdm, "C2", "C1", "重复")
    with pytest.raises(RuleViolation):
        _merge(db, mdm, "C3", "C2", "x")  # into a merged customer
    with pytest.raises(RuleViolation):
        _merge(db, mdm, "C2", "C3", "x")  # a merged customer again
    with pytest.raises(RuleViolation):
        merge.plan_merge(db, mdm, "C3", "C2")


@pytest.mark.parametrize("login", ["adv1", "sales1", "fin1", "cs1"])
def test_merge_only_by_master_data_team(db, actors, pair, login):
    before = snapshot(db)
    for call in (lambda: merge.merge_customers(db, actors[login], "C2", "C1", "x", version=cver(db, "C2"),
                                               survivor_version=cver(db, "C1")),
                 lambda: merge.plan_merge(db, actors[login], "C2", "C1"),
                 lambda: merge.undo_merge(db, actors[login], "C2", "x", version=cver(db, "C2")),
                 lambda: merge.recent_merges(db, actors[login])):
        with pytest.raises(PermissionDenied):
            call()
    assert snapshot(db) == before


def test_merge_keeps_the_unique_customer_store_constraint(db, actors, pair):
    _merge(db, actors["mdm1"], "C2", "C1", "重复")
    with db.read() as s:
        s01 = s.scalar(select(Store.id).where(Store.code == "S01"))
        rows = list(s.scalars(select(CustomerChannel).where(CustomerChannel.store_id == s01)))
        assert len({r.customer_id for r in rows}) == len(rows)


def test_o6_merge_makes_a_potential_survivor_retained_when_it_receives_vehicles_and_undo_restores(db):
    from desktop.services import customers
    from tests.factories import add_customer, add_vehicle, make_group, vin

    actors = make_group(db)
    add_customer(db, "OLD", "汪国进", "13826401234")
    add_customer(db, "NEW", "汪国进", "13826401243", category="potential", business="sales")
    add_vehicle(db, vin(31), owner="OLD")
    _merge(db, actors["mdm1"], "OLD", "NEW", "同一人")
    assert customers.get_customer(db, actors["mdm1"], "NEW").category == "retained"
    _undo(db, actors["mdm1"], "OLD", "合并错了")
    assert customers.get_customer(db, actors["mdm1"], "NEW").category == "potential"


def test_s2_merge_and_undo_move_what_each_store_finds(db, actors, pair):
    """The channels a merge moves take the search keys with them: S02 now finds the survivor (and no longer
    the duplicate it saw); the undo gives S02 back exactly what it found before."""
    from desktop.services.search import search_customers

    def found(login: str, text_in: str) -> list[str]:
        return sorted(r.code for r in search_customers(db, actors[login], text_in))

    assert found("adv2", "汪国进") == ["C2"] and found("adv2", "1234") == []
    _merge(db, actors["mdm1"], "C2", "C1", "重复")
    assert found("adv2", "汪国进") == ["C1"] and found("adv2", "1234") == ["C1"] and found("adv2", "1243") == []
    assert found("adv1", "汪国进") == ["C1", "C2"]  # S01 kept its own channel on the duplicate
    _undo(db, actors["mdm1"], "C2", "撤销")
    assert found("adv2", "汪国进") == ["C2"] and found("adv2", "1234") == [] and found("adv2", "1243") == ["C2"]
