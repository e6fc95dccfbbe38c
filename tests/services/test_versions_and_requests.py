"""Writes that hold: one action = one service call = one transaction, on the version the user saw, with a
request id — on SQLite and PostgreSQL.

- every versioned write refuses a stale version with StaleRecord (and a missing one), applying nothing;
- versions bump when only child rows change (contacts, channels, repair centers);
- a repeated request id returns the first outcome and applies nothing; an id reused for another action or by
  another user is refused (RequestReused);
- S1: another store's customer / vehicle is read-only and shows phone and ID masked until attached (M3); the
  master-data team acts group-wide;
- C10: save_customer saves core and non-core fields together, all or nothing.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models import (
    AuditEntry,
    CoreChangeRequest,
    Customer,
    CustomerChannel,
    User,
    Vehicle,
    VehicleContact,
    VehicleRepairCenter,
    WorkOrder,
)
from desktop.rules.errors import ValidationError
from desktop.services import (
    audit,
    change_requests,
    customers,
    intake,
    merge,
    pending,
    users,
    vehicles,
    work_orders,
)
from desktop.services.auth import PermissionDenied
from desktop.services.customers import DuplicateFound
from desktop.services.errors import RuleViolation
from desktop.services.writes import WRITE_ACTIONS, RequestReused
from desktop.storage import StaleRecord
from desktop.storage import requests as request_log
from tests.factories import add_customer, add_vehicle, cver, make_group, vin, vver

RIC = "440106198203122318"  # valid GB 11643 check digit
B1_PHONE = "13510086688"
B1_CONTACT_PHONE = "13900005678"


@pytest.fixture
def world(db: Any) -> dict[str, Any]:
    """S01 records of every state a versioned write needs, and S02's customer B1 on S02's vehicle vx."""
    actors = make_group(db)
    add_customer(db, "C1", "汪国近", "13826401234")  # after-sales, enabled, retained
    add_customer(db, "C2", "黄文华", "13711112046")
    add_customer(db, "A2", "陈志强", "12345")  # non-compliant phone: may be disabled (C12)
    add_customer(db, "AP", "周杰", "13700001111", status="pending")
    add_customer(db, "AD", "汪国近", "13826401234", status="pending")  # a pending duplicate of C1
    add_customer(db, "P1", "李嘉怡", "13902225678", category="potential")  # enabled, not retained (W3)
    add_customer(db, "D1", "刘洋", "13600002222")
    add_customer(db, "D2", "刘洋", "13600002223")  # an old duplicate of D1 (one digit off)
    add_customer(db, "M1", "吴八", "13800003333")  # merged into C2 below (undo_merge)
    add_customer(db, "B1", "孙七", B1_PHONE, stores=("S02",), id_type="resident_id", id_number=RIC)
    ids = {
        "vm": add_vehicle(db, vin(1), owner="C1", plate="粤A12345"),
        "vn": add_vehicle(db, vin(2)),  # no owner, this store
        "vh": add_vehicle(db, vin(3), owner="C2", plate="粤A3K517"),  # holds the plate moved in move_plate
        "vx": add_vehicle(db, vin(4), centers=("R02",), owner="B1", plate="粤B5G902"),  # S02's
    }
    with db.transaction() as s:  # a contact on each of vm and vx (W7)
        s.add(VehicleContact(vehicle_id=ids["vm"], name="汪太太", phone="13900001234", relation="配偶"))
        s.add(VehicleContact(vehicle_id=ids["vx"], name="孙太太", phone=B1_CONTACT_PHONE, relation="配偶"))
    req = change_requests.file_request(db, actors["adv1"], "C2", reason="换号", phone="13512345670")
    merge.merge_customers(db, actors["mdm1"], "M1", "C2", "重复", version=cver(db, "M1"),
                          survivor_version=cver(db, "C2"))
    return {"actors": actors, **ids, "req": req.id}


def _contact(db: Any, vehicle_id: int) -> int:
    with db.read() as s:
        return int(s.scalar(select(VehicleContact.id).where(VehicleContact.vehicle_id == vehicle_id)
                            .order_by(VehicleContact.id)))


def _count(db: Any, model: Any, *where: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def state(db: Any) -> tuple[Any, ...]:
    """Everything a write could touch: the records, their versions and child rows, the audit trail."""
    with db.read() as s:
        return (
            sorted((c.code, c.version, c.status, c.category, c.name, c.phone, c.address, c.merged_into_id)
                   for c in s.scalars(select(Customer))),
            sorted((v.id, v.version, v.plate, v.owner_id, v.remark, v.commercial_insurer)
                   for v in s.scalars(select(Vehicle))),
            sorted((c.id, c.vehicle_id, c.customer_id, c.is_main_user) for c in s.scalars(select(VehicleContact))),
            sorted((ch.customer_id, ch.store_id) for ch in s.scalars(select(CustomerChannel))),
            sorted((rc.vehicle_id, rc.repair_center_id) for rc in s.scalars(select(VehicleRepairCenter))),
            sorted((r.id, r.status) for r in s.scalars(select(CoreChangeRequest))),
            s.scalar(select(func.count()).select_from(AuditEntry)),
            s.scalar(select(func.count()).select_from(WorkOrder)),
            s.scalar(select(func.count()).select_from(User)),
        )


def bump_customer(db: Any, code: str) -> None:
    """Another workstation saves the customer meanwhile."""
    with db.transaction() as s:
        c = s.scalar(select(Customer).where(Customer.code == code))
        c.remark = f"另一工作站保存 {c.version}"


def bump_vehicle(db: Any, vehicle_id: int) -> None:
    with db.transaction() as s:
        v = s.get(Vehicle, vehicle_id)
        v.remark = f"另一工作站保存 {v.version}"


# -- every versioned write ---------------------------------------------------------------------------------------
# case -> (what the version is of: ("customer", code) or ("vehicle", key), the write with that version)
Write = Callable[[Any, dict[str, Any], Any], Any]
A = "actors"

VERSIONED: dict[str, tuple[tuple[str, str], Write]] = {
    # customers
    "customers.update_customer": (("customer", "C1"), lambda db, w, ver: customers.update_customer(
        db, w[A]["adv1"], "C1", {"address": "广州市天河区体育西路1号"}, version=ver)),
    "customers.change_core_data": (("customer", "C1"), lambda db, w, ver: customers.change_core_data(
        db, w[A]["cs1"], "C1", reason="按行驶证更正", version=ver, name="汪国进")),
    "customers.save_customer": (("customer", "C1"), lambda db, w, ver: customers.save_customer(
        db, w[A]["cs1"], "C1", version=ver, reason="按行驶证更正", name="汪国进", address="广州市天河区")),
    "customers.enable": (("customer", "AP"), lambda db, w, ver: customers.enable(
        db, w[A]["cs1"], "AP", version=ver, confirm_without_id=True, reason="客户无法提供证件")),  # C7
    "customers.disable": (("customer", "A2"), lambda db, w, ver: customers.disable(
        db, w[A]["cs1"], "A2", "电话无效", version=ver)),
    "customers.set_retained": (("customer", "P1"), lambda db, w, ver: customers.set_retained(
        db, w[A]["adv1"], "P1", version=ver)),
    "change_requests.apply": (("customer", "C2"), lambda db, w, ver: change_requests.apply(
        db, w[A]["cs1"], w["req"], "已核对", version=ver)),
    "pending.reject_pending": (("customer", "AD"), lambda db, w, ver: pending.reject_pending(
        db, w[A]["cs1"], "AD", "C1", "与 C1 重复", version=ver)),
    "merge.merge_customers version": (("customer", "D2"), lambda db, w, ver: merge.merge_customers(
        db, w[A]["mdm1"], "D2", "D1", "电话录错一位", version=ver, survivor_version=cver(db, "D1"))),
    "merge.merge_customers survivor_version": (("customer", "D1"), lambda db, w, ver: merge.merge_customers(
        db, w[A]["mdm1"], "D2", "D1", "电话录错一位", version=cver(db, "D2"), survivor_version=ver)),
    "merge.undo_merge": (("customer", "M1"), lambda db, w, ver: merge.undo_merge(
        db, w[A]["mdm1"], "M1", "合并错了", version=ver)),
    "vehicles.retain_and_link_owner customer_version": (("customer", "P1"), lambda db, w, ver: (
        vehicles.retain_and_link_owner(db, w[A]["adv1"], w["vn"], "P1", "行驶证车主", version=vver(db, w["vn"]),
                                       customer_version=ver))),
    # vehicles
    "vehicles.update_vehicle": (("vehicle", "vm"), lambda db, w, ver: vehicles.update_vehicle(
        db, w[A]["adv1"], w["vm"], {"commercial_insurer": "平安"}, version=ver)),
    "vehicles.set_plate": (("vehicle", "vm"), lambda db, w, ver: vehicles.set_plate(
        db, w[A]["adv1"], w["vm"], "粤A9X999", version=ver)),
    "vehicles.set_plate_or_conflict": (("vehicle", "vm"), lambda db, w, ver: vehicles.set_plate_or_conflict(
        db, w[A]["adv1"], w["vm"], "粤A9X999", version=ver)),
    "vehicles.move_plate version": (("vehicle", "vn"), lambda db, w, ver: vehicles.move_plate(
        db, w[A]["adv1"], w["vn"], "粤A3K517", version=ver, holder_version=vver(db, w["vh"]))),
    "vehicles.move_plate holder_version": (("vehicle", "vh"), lambda db, w, ver: vehicles.move_plate(
        db, w[A]["adv1"], w["vn"], "粤A3K517", version=vver(db, w["vn"]), holder_version=ver)),
    "vehicles.attach_store": (("vehicle", "vx"), lambda db, w, ver: vehicles.attach_store(
        db, w[A]["adv1"], w["vx"], version=ver)),
    "vehicles.set_owner": (("vehicle", "vn"), lambda db, w, ver: vehicles.set_owner(
        db, w[A]["adv1"], w["vn"], "C1", version=ver)),
    "vehicles.retain_and_link_owner": (("vehicle", "vn"), lambda db, w, ver: vehicles.retain_and_link_owner(
        db, w[A]["adv1"], w["vn"], "P1", "行驶证车主", version=ver, customer_version=cver(db, "P1"))),
    "vehicles.create_owner": (("vehicle", "vn"), lambda db, w, ver: vehicles.create_owner(
        db, w[A]["adv1"], w["vn"], version=ver, customer_type="individual", name="赵六", phone="13912340000")),
    "vehicles.add_contact": (("vehicle", "vm"), lambda db, w, ver: vehicles.add_contact(
        db, w[A]["adv1"], w["vm"], name="小李", phone="13900005678", version=ver)),
    "vehicles.set_main_user": (("vehicle", "vm"), lambda db, w, ver: vehicles.set_main_user(
        db, w[A]["adv1"], w["vm"], _contact(db, w["vm"]), version=ver)),
    "vehicles.remove_contact": (("vehicle", "vm"), lambda db, w, ver: vehicles.remove_contact(
        db, w[A]["adv1"], w["vm"], _contact(db, w["vm"]), version=ver)),
}


def _version_of(db: Any, w: dict[str, Any], target: tuple[str, str]) -> int:
    kind, key = target
    return cver(db, key) if kind == "customer" else vver(db, w[key])


def _bump(db: Any, w: dict[str, Any], target: tuple[str, str]) -> None:
    kind, key = target
    if kind == "customer":
        bump_customer(db, key)
    else:
        bump_vehicle(db, w[key])


@pytest.mark.parametrize("case", list(VERSIONED))
def test_every_versioned_write_succeeds_on_the_version_seen(db, world, case):
    """The control: each write of the table goes through on the current version (so a refusal below is the
    version's doing), and a write that changes the record leaves a new version."""
    target, call = VERSIONED[case]
    before = state(db)
    call(db, world, _version_of(db, world, target))
    assert state(db) != before


@pytest.mark.parametrize("case", list(VERSIONED))
def test_stale_version_refuses_every_versioned_write_and_applies_nothing(db, world, case):
    """Another workstation saved the record after the user loaded it: the write is refused with StaleRecord,
    never overwriting the other save, and nothing of the action is applied."""
    target, call = VERSIONED[case]
    seen = _version_of(db, world, target)
    _bump(db, world, target)
    before = state(db)
    with pytest.raises(StaleRecord):
        call(db, world, seen)
    assert state(db) == before


@pytest.mark.parametrize("case", list(VERSIONED))
def test_missing_version_refuses_every_versioned_write(db, world, case):
    target, call = VERSIONED[case]
    if case == "vehicles.move_plate holder_version":  # optional: given only when the P3 dialog showed the old car
        assert call(db, world, None).plate == "粤A3K517"
        return
    before = state(db)
    with pytest.raises(ValidationError) as exc:
        call(db, world, None)
    assert exc.value.field == "version"
    assert state(db) == before


def test_every_versioned_write_requires_version_and_takes_a_request_id():
    """The signatures: ``version`` keyword-only and required (no default), ``request_id`` keyword-only."""
    fns = {
        customers.update_customer, customers.change_core_data, customers.save_customer, customers.enable,
        customers.disable, customers.set_retained, change_requests.apply, pending.reject_pending,
        merge.merge_customers, merge.undo_merge, vehicles.update_vehicle, vehicles.set_plate,
        vehicles.set_plate_or_conflict, vehicles.move_plate, vehicles.attach_store, vehicles.set_owner,
        vehicles.retain_and_link_owner, vehicles.create_owner, vehicles.add_contact, vehicles.set_main_user,
        vehicles.remove_contact,
    }
    for fn in fns:
        params = inspect.signature(fn).parameters
        assert params["version"].kind is inspect.Parameter.KEYWORD_ONLY, fn.__name__
        assert params["version"].default is inspect.Parameter.empty, fn.__name__
        assert params["request_id"].kind is inspect.Parameter.KEYWORD_ONLY, fn.__name__
        assert WRITE_ACTIONS[fn.write_action] is fn, fn.__name__
    for name, key in (("merge_customers", "survivor_version"), ("retain_and_link_owner", "customer_version")):
        fn = getattr(merge if name.startswith("merge") else vehicles, name)
        assert inspect.signature(fn).parameters[key].default is inspect.Parameter.empty
    others = {customers.create_customer, vehicles.create_manual_vehicle, work_orders.create_work_order,
              change_requests.file_request, change_requests.reject, users.add, users.set_roles,
              users.reset_password, users.unlock, users.deactivate, users.reactivate}
    for fn in others:
        assert inspect.signature(fn).parameters["request_id"].kind is inspect.Parameter.KEYWORD_ONLY, fn.__name__
        assert WRITE_ACTIONS[fn.write_action] is fn, fn.__name__
    for fn in (change_requests.apply, change_requests.reject):  # renamed from request_id
        assert list(inspect.signature(fn).parameters)[2] == "change_request_id", fn.__name__


def test_c10_stale_core_change_is_refused(db, world):
    """Two clerks load C1; the first corrects the phone; the second's name correction on the old version is
    refused, not saved over the first one's record."""
    cs1, fin1 = world[A]["cs1"], world[A]["fin1"]
    seen_by_fin = customers.get_customer(db, fin1, "C1")
    seen_by_cs = customers.get_customer(db, cs1, "C1")
    customers.change_core_data(db, fin1, "C1", reason="工作站A", version=seen_by_fin.version, phone="13512345670")
    with pytest.raises(StaleRecord):
        customers.change_core_data(db, cs1, "C1", reason="工作站B", version=seen_by_cs.version, name="汪国进")
    c = customers.get_customer(db, cs1, "C1")
    assert (c.name, c.phone) == ("汪国近", "13512345670")
    trail = audit.entries(db, world[A]["mdm1"], entity_code="C1")
    assert not any(e.reason == "工作站B" for e in trail)


def test_c10_stale_change_request_apply_leaves_the_request_open(db, world):
    seen = cver(db, "C2")
    customers.update_customer(db, world[A]["adv1"], "C2", {"remark": "另一工作站"}, version=seen)
    with pytest.raises(StaleRecord):
        change_requests.apply(db, world[A]["cs1"], world["req"], "已核对", version=seen)
    assert [r.id for r in change_requests.list_open(db, world[A]["cs1"])] == [world["req"]]


# -- child rows bump the version --------------------------------------------------------------------------------
def test_w7_contact_change_bumps_the_vehicle_version(db, world):
    adv1 = world[A]["adv1"]
    seen = vehicles.get_vehicle(db, adv1, world["vm"])
    d = vehicles.add_contact(db, adv1, world["vm"], name="小李", phone="13900005678", version=seen.version)
    assert d.version != seen.version
    with pytest.raises(StaleRecord):  # a second workstation still holding the record before the contact
        vehicles.update_vehicle(db, adv1, world["vm"], {"remark": "工作站B"}, version=seen.version)
    d2 = vehicles.set_main_user(db, adv1, world["vm"], d.contacts[-1].id, version=d.version)
    assert d2.version != d.version
    d3 = vehicles.remove_contact(db, adv1, world["vm"], d.contacts[0].id, version=d2.version)
    assert d3.version != d2.version
    with pytest.raises(StaleRecord):
        vehicles.set_main_user(db, adv1, world["vm"], d.contacts[-1].id, version=d2.version)


def test_m3_attach_bumps_the_vehicle_and_the_owner_versions(db, world):
    """M3 adds a repair center row to the vehicle and a channel row to the owner: both versions move, so S02
    saving B1 on the version it loaded before is refused."""
    adv1, adv2 = world[A]["adv1"], world[A]["adv2"]
    b1_seen_by_s02 = customers.get_customer(db, adv2, "B1").version
    seen = vehicles.get_vehicle(db, adv1, world["vx"]).version
    d = vehicles.attach_store(db, adv1, world["vx"], version=seen)
    assert d.version != seen
    assert cver(db, "B1") != b1_seen_by_s02
    with pytest.raises(StaleRecord):
        customers.update_customer(db, adv2, "B1", {"address": "深圳市福田区"}, version=b1_seen_by_s02)
    with pytest.raises(StaleRecord):
        vehicles.attach_store(db, adv1, world["vx"], version=seen)


def test_c9_reject_pending_bumps_the_version_of_the_customer_to_use(db, world):
    """The customer to use instead gains the rejected one's channels (S1): its version moves."""
    add_customer(db, "BD", "孙七", B1_PHONE, status="pending", stores=("S01",))  # a duplicate of S02's B1
    seen = cver(db, "B1")
    pending.reject_pending(db, world[A]["mdm1"], "BD", "B1", "与 B1 重复", version=cver(db, "BD"))
    assert "S01" in customers.get_customer(db, world[A]["adv1"], "B1").store_codes
    assert cver(db, "B1") != seen


def test_c2_merge_and_undo_bump_the_survivor_version(db, world):
    mdm = world[A]["mdm1"]
    plan = merge.plan_merge(db, mdm, "D2", "D1")
    merge.merge_customers(db, mdm, "D2", "D1", "重复", version=plan.duplicate.version,
                          survivor_version=plan.survivor.version)
    after_merge = cver(db, "D1")
    assert after_merge != plan.survivor.version
    with pytest.raises(StaleRecord):
        customers.update_customer(db, world[A]["adv1"], "D1", {"remark": "x"}, version=plan.survivor.version)
    merge.undo_merge(db, mdm, "D2", "合并错了", version=cver(db, "D2"))
    assert cver(db, "D1") != after_merge


# -- request ids ------------------------------------------------------------------------------------------------
def _create_zhao(db: Any, actor: Any, **kw: Any) -> Any:
    return customers.create_customer(db, actor, customer_type="individual", name="赵六", phone="13912340000", **kw)


def test_c2_repeated_create_customer_request_creates_one_customer_and_one_audit_entry(db, world):
    """A double click or a retry after a lost connection: the second call returns the first outcome (not a
    false 'duplicate customer' refusal) and creates nothing."""
    adv1 = world[A]["adv1"]
    first = _create_zhao(db, adv1, request_id="create-zhao-1")
    before = state(db)
    again = _create_zhao(db, adv1, request_id="create-zhao-1")
    assert again.code == first.code and again == first
    assert state(db) == before
    assert _count(db, Customer, Customer.name == "赵六") == 1
    assert _count(db, AuditEntry, AuditEntry.action == "customer.create", AuditEntry.entity_code == first.code) == 1
    with pytest.raises(DuplicateFound):  # a new action (no or another request id) is checked as always (C2)
        _create_zhao(db, adv1, request_id="create-zhao-2")


def test_w8_repeated_create_work_order_request_saves_one_work_order(db, world):
    adv1 = world[A]["adv1"]
    kw = {"deliverer_name": "王小明", "deliverer_phone": "13800138001", "request_id": "wo-vm-1",
          "vin_confirmation": vin(1)[-6:]}
    first = work_orders.create_work_order(db, adv1, world["vm"], **kw)
    again = work_orders.create_work_order(db, adv1, world["vm"], **kw)
    assert again.number == first.number and again.id == first.id
    assert _count(db, WorkOrder) == 1
    third = work_orders.create_work_order(db, adv1, world["vm"], **{**kw, "request_id": "wo-vm-2"})
    assert third.number != first.number and _count(db, WorkOrder) == 2


def test_repeated_request_returns_the_first_outcome_even_with_other_arguments_and_an_old_version(db, world):
    """The repeat carries the version of before the first save: it gets the first outcome, not StaleRecord,
    and its own (different) arguments are not applied."""
    adv1 = world[A]["adv1"]
    seen = cver(db, "C1")
    first = customers.update_customer(db, adv1, "C1", {"address": "体育西路1号"}, version=seen, request_id="addr-1")
    again = customers.update_customer(db, adv1, "C1", {"address": "体育东路9号"}, version=seen, request_id="addr-1")
    assert again == first and again.address == "体育西路1号"
    assert customers.get_customer(db, adv1, "C1").address == "体育西路1号"
    assert _count(db, AuditEntry, AuditEntry.entity_code == "C1", AuditEntry.field == "address") == 1


def test_c2_repeated_merge_and_c10_repeated_apply_return_the_first_outcome(db, world):
    """Without the request id the repeat would be refused (merged already / request closed)."""
    mdm, cs1 = world[A]["mdm1"], world[A]["cs1"]
    kw = {"version": cver(db, "D2"), "survivor_version": cver(db, "D1"), "request_id": "merge-d2"}
    first = merge.merge_customers(db, mdm, "D2", "D1", "重复", **kw)
    before = state(db)
    assert merge.merge_customers(db, mdm, "D2", "D1", "重复", **kw) == first
    assert state(db) == before
    done = change_requests.apply(db, cs1, world["req"], "已核对", version=cver(db, "C2"), request_id="apply-1")
    assert done.status == "done"
    before = state(db)
    assert change_requests.apply(db, cs1, world["req"], "已核对", version=cver(db, "C2"), request_id="apply-1") == done
    assert state(db) == before
    with pytest.raises(RuleViolation):
        change_requests.apply(db, cs1, world["req"], "已核对", version=cver(db, "C2"), request_id="apply-2")


def test_p3_repeated_plate_request_returns_the_same_conflict_or_detail(db, world):
    """set_plate_or_conflict's outcome (a detail, or both cars of a P3 conflict) comes back whole on a repeat;
    the nested set_plate joins its transaction and its request (one log entry)."""
    adv1 = world[A]["adv1"]
    with db.read() as s:
        logged = request_log.count(s)
    out = vehicles.set_plate_or_conflict(db, adv1, world["vn"], "粤A3K517", version=vver(db, world["vn"]),
                                         request_id="plate-1")
    assert out.detail is None and out.conflict is not None and out.conflict.holder.id == world["vh"]
    assert vehicles.set_plate_or_conflict(db, adv1, world["vn"], "粤A3K517", version=vver(db, world["vn"]),
                                          request_id="plate-1") == out
    ok = vehicles.set_plate_or_conflict(db, adv1, world["vn"], "粤A7Q123", version=vver(db, world["vn"]),
                                        request_id="plate-2")
    assert ok.conflict is None and ok.detail.plate == "粤A7Q123"
    assert vehicles.set_plate_or_conflict(db, adv1, world["vn"], "粤A8Z888", version=ok.detail.version,
                                          request_id="plate-2") == ok
    assert vehicles.get_vehicle(db, adv1, world["vn"]).plate == "粤A7Q123"
    with db.read() as s:
        assert request_log.count(s) == logged + 2


def test_repeated_user_add_request_adds_one_user(db, world):
    mdm = world[A]["mdm1"]
    first = users.add(db, mdm, "adv9", "王五", "S02", ["service_advisor"], "secret12", request_id="user-adv9")
    assert users.add(db, mdm, "adv9", "王五", "S02", ["service_advisor"], "secret12", request_id="user-adv9") == first
    assert _count(db, User, User.login == "adv9") == 1


def test_request_reused_for_another_action_is_refused_and_applies_nothing(db, world):
    adv1 = world[A]["adv1"]
    _create_zhao(db, adv1, request_id="req-x")
    before = state(db)
    with pytest.raises(RequestReused) as exc:
        work_orders.create_work_order(db, adv1, world["vm"], deliverer_name="王小明", deliverer_phone="13800138001",
                                      vin_confirmation=vin(1)[-6:], request_id="req-x")
    assert exc.value.field == "request_id"
    with pytest.raises(RequestReused):
        customers.update_customer(db, adv1, "C1", {"address": "体育西路1号"}, version=cver(db, "C1"),
                                  request_id="req-x")
    assert state(db) == before


def test_request_reused_by_another_user_is_refused(db, world):
    _create_zhao(db, world[A]["adv1"], request_id="req-y")
    before = state(db)
    with pytest.raises(RequestReused):
        _create_zhao(db, world[A]["mdm1"], request_id="req-y")
    assert state(db) == before


def test_a_refused_action_stores_no_outcome_so_its_retry_runs(db, world):
    """The outcome is stored in the action's own transaction: a refused (rolled back) action leaves nothing,
    and the retry with the same id is checked and applied afresh."""
    adv1 = world[A]["adv1"]
    seen = cver(db, "C1")
    with pytest.raises(ValidationError):
        customers.update_customer(db, adv1, "C1", {"contact_phone": "123"}, version=seen, request_id="retry-1")
    with db.read() as s:
        assert request_log.find(s, "retry-1") is None
    d = customers.update_customer(db, adv1, "C1", {"contact_phone": "13900001234"}, version=seen,
                                  request_id="retry-1")
    assert d.contact_phone == "13900001234"


@pytest.mark.parametrize("bad", ["", "   ", "x" * 65, "abc\n", "a\u200bb", 42])
def test_invalid_request_id_is_refused_before_anything_is_written(db, world, bad):
    before = state(db)
    with pytest.raises(ValidationError) as exc:
        _create_zhao(db, world[A]["adv1"], request_id=bad)
    assert exc.value.field == "request_id"
    assert state(db) == before


# -- S1: another store's records are read-only and masked until attached (M3) ------------------------------------
def _masked(shown: str | None, full: str) -> bool:
    """Shown masked: not the number, not containing it, stars, and its last four digits to tell it by."""
    return shown is not None and full not in shown and "*" in shown and shown.endswith(full[-4:])


def test_s1_other_store_customer_shows_phone_and_id_masked(db, world):
    adv1, adv2, mdm = world[A]["adv1"], world[A]["adv2"], world[A]["mdm1"]
    d = customers.get_customer(db, adv1, "B1")
    assert _masked(d.phone, B1_PHONE) and _masked(d.id_number, RIC)
    assert not d.visible and not d.core_editable
    full = customers.get_customer(db, adv2, "B1")
    assert (full.phone, full.id_number, full.visible) == (B1_PHONE, RIC, True)
    assert customers.get_customer(db, mdm, "B1").phone == B1_PHONE  # master-data team: group-wide
    assert not customers.get_customer(db, world[A]["cs1"], "B1").core_editable


def test_s1_other_store_vehicle_shows_owner_and_contact_phones_masked_until_attached(db, world):
    adv1 = world[A]["adv1"]
    d = vehicles.get_vehicle(db, adv1, world["vx"])
    assert not d.visible and not d.owner.visible
    assert _masked(d.owner.phone, B1_PHONE) and _masked(d.owner.id_number, RIC)
    assert [c.name for c in d.contacts] == ["孙太太"] and _masked(d.contacts[0].phone, B1_CONTACT_PHONE)
    assert _masked(intake.lookup_vin(db, adv1, vin(4)).owner.phone, B1_PHONE)
    d = vehicles.attach_store(db, adv1, world["vx"], version=d.version)  # M3
    assert d.visible and d.owner.visible
    assert (d.owner.phone, d.owner.id_number, d.contacts[0].phone) == (B1_PHONE, RIC, B1_CONTACT_PHONE)
    c = customers.get_customer(db, adv1, "B1")
    assert (c.phone, c.id_number, c.visible) == (B1_PHONE, RIC, True)
    assert intake.lookup_vin(db, adv1, vin(4)).owner.phone == B1_PHONE


def test_s1_other_store_customer_is_read_only(db, world):
    adv1, cs1, sales1 = world[A]["adv1"], world[A]["cs1"], world[A]["sales1"]
    refused: list[Callable[[], Any]] = [
        lambda: customers.update_customer(db, adv1, "B1", {"address": "广州市"}, version=cver(db, "B1")),
        lambda: customers.update_customer(db, sales1, "B1", {"remark": "x"}, version=cver(db, "B1")),
        lambda: customers.save_customer(db, adv1, "B1", version=cver(db, "B1"), address="广州市"),
        lambda: customers.save_customer(db, cs1, "B1", version=cver(db, "B1"), reason="更正", name="孙琪"),
        lambda: customers.change_core_data(db, cs1, "B1", reason="更正", version=cver(db, "B1"), name="孙琪"),
        lambda: customers.set_retained(db, adv1, "B1", version=cver(db, "B1")),
        lambda: customers.disable(db, cs1, "B1", "无效", version=cver(db, "B1")),
        lambda: change_requests.file_request(db, adv1, "B1", reason="更正", name="孙琪"),
    ]
    before = state(db)
    for call in refused:
        with pytest.raises(RuleViolation) as exc:
            call()
        assert exc.value.rule == "S1"
    assert state(db) == before
    # S02's own advisor edits it
    d = customers.update_customer(db, world[A]["adv2"], "B1", {"address": "深圳市福田区"}, version=cver(db, "B1"))
    assert d.address == "深圳市福田区"


def test_s1_other_store_vehicle_is_read_only_until_attached(db, world):
    adv1, vx = world[A]["adv1"], world["vx"]
    refused: list[Callable[[], Any]] = [
        lambda: vehicles.update_vehicle(db, adv1, vx, {"commercial_insurer": "平安"}, version=vver(db, vx)),
        lambda: vehicles.set_plate(db, adv1, vx, "粤A9X999", version=vver(db, vx)),
        lambda: vehicles.move_plate(db, adv1, vx, "粤A12345", version=vver(db, vx)),
        lambda: vehicles.add_contact(db, adv1, vx, name="小李", phone="13900001111", version=vver(db, vx)),
        lambda: vehicles.set_main_user(db, adv1, vx, _contact(db, vx), version=vver(db, vx)),
        lambda: vehicles.remove_contact(db, adv1, vx, _contact(db, vx), version=vver(db, vx)),
    ]
    before = state(db)
    for call in refused:
        with pytest.raises(RuleViolation) as exc:
            call()
        assert exc.value.rule == "S1"
    assert state(db) == before
    vehicles.attach_store(db, adv1, vx, version=vver(db, vx))  # M3: now this store sees (and edits) it
    d = vehicles.update_vehicle(db, adv1, vx, {"commercial_insurer": "平安"}, version=vver(db, vx))
    assert d.commercial_insurer == "平安"
    d = vehicles.add_contact(db, adv1, vx, name="小李", phone="13900001111", version=d.version)
    assert [c.name for c in d.contacts] == ["孙太太", "小李"]
    c = customers.update_customer(db, adv1, "B1", {"address": "广州市"}, version=cver(db, "B1"))
    assert c.address == "广州市"


def test_s1_master_data_team_changes_any_stores_records(db, world):
    mdm, vx = world[A]["mdm1"], world["vx"]
    assert mdm.store_code == "S01"
    c = customers.update_customer(db, mdm, "B1", {"address": "深圳市"}, version=cver(db, "B1"))
    assert c.address == "深圳市" and c.core_editable
    c = customers.change_core_data(db, mdm, "B1", reason="按身份证更正", version=c.version, name="孙琪")
    assert c.name == "孙琪"
    d = vehicles.update_vehicle(db, mdm, vx, {"commercial_insurer": "平安"}, version=vver(db, vx))
    assert d.commercial_insurer == "平安" and d.contacts[0].phone == B1_CONTACT_PHONE
    assert [rc.store_code for rc in d.repair_centers] == ["S02"]  # nothing attached by editing
    assert customers.get_customer(db, mdm, "B1").store_codes == ("S02",)


# -- C10: the record's Save, all or nothing -----------------------------------------------------------------------
def test_c10_save_customer_with_a_bad_contact_phone_leaves_the_name_unchanged(db, world):
    cs1 = world[A]["cs1"]
    before = state(db)
    with pytest.raises(ValidationError) as exc:
        customers.save_customer(db, cs1, "C1", version=cver(db, "C1"), reason="按行驶证更正", name="汪国进",
                                contact_phone="123")
    assert exc.value.field == "contact_phone"
    assert state(db) == before
    assert customers.get_customer(db, cs1, "C1").name == "汪国近"


def test_c10_save_customer_refused_core_change_leaves_the_other_fields_unchanged(db, world):
    """The non-core fields are written first inside the transaction; the duplicate check refusing the core
    change (C2) rolls them back too."""
    cs1 = world[A]["cs1"]
    before = state(db)
    with pytest.raises(DuplicateFound):
        customers.save_customer(db, cs1, "C2", version=cver(db, "C2"), reason="更正", address="广州市天河区",
                                name="汪国近", phone="13826401234")
    with pytest.raises(ValidationError) as exc:  # a core change needs a reason
        customers.save_customer(db, cs1, "C2", version=cver(db, "C2"), address="广州市天河区", name="黄文化")
    assert exc.value.field == "reason"
    assert state(db) == before
    c = customers.get_customer(db, cs1, "C2")
    assert (c.name, c.address) == ("黄文华", None)


def test_c10_save_customer_core_fields_only_with_modify_core(db, world):
    adv1 = world[A]["adv1"]
    before = state(db)
    with pytest.raises(PermissionDenied):
        customers.save_customer(db, adv1, "C1", version=cver(db, "C1"), reason="更正", name="汪国进",
                                address="广州市天河区")
    assert state(db) == before
    d = customers.save_customer(db, adv1, "C1", version=cver(db, "C1"), address="广州市天河区")
    assert d.address == "广州市天河区" and d.name == "汪国近"


def test_c10_c11_save_customer_saves_core_and_other_fields_together(db, world):
    cs1 = world[A]["cs1"]
    seen = customers.get_customer(db, cs1, "C1")
    d = customers.save_customer(db, cs1, "C1", version=seen.version, reason="按行驶证更正", name="汪国进",
                                address="广州市天河区", contact_phone="13900001234")
    assert (d.name, d.address, d.contact_phone, d.code) == ("汪国进", "广州市天河区", "13900001234", "C1")
    assert d.version != seen.version
    trail = audit.entries(db, world[A]["mdm1"], entity_code="C1")
    assert any(e.field == "name" and e.old_value == "汪国近" and e.new_value == "汪国进" and e.reason == "按行驶证更正"
               for e in trail)
    assert any(e.field == "address" and e.new_value == "广州市天河区" for e in trail)
    with pytest.raises(StaleRecord):  # the other workstation's save on the old version
        customers.save_customer(db, cs1, "C1", version=seen.version, address="别处")
