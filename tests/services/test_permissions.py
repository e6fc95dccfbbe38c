"""THE permission matrix (RULES.md, Roles): every service action × every role.

| role | what it may do beyond viewing |
|---|---|
| service advisor | work orders; hand-create vehicles; create after-sales customers; non-core fields; plates, owner changes, insurance, repair centers |
| sales advisor | create sales customers; non-core fields |
| finance | modify core data; enable/disable sales customers |
| customer service | modify core data; enable/disable after-sales customers |
| master-data team | everything, including locked vehicle fields (with reason) and special customers |

Advisors request core-data changes (C10) that finance / customer service apply or reject (C10 who: any
holder of 'modify core data' whose store sees the customer; the business line only picks the queue); the audit trail is read by finance, customer service and the master-data team; merging and
user management belong to the master-data team. Each action runs as each role against a fresh group:
exactly the allowed roles succeed, every other one gets PermissionDenied from the service.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models import Customer, Vehicle
from desktop.services import (
    audit,
    change_requests,
    customers,
    merge,
    pending,
    search,
    special_customers,
    users,
    vehicles,
    work_orders,
)
from desktop.services.auth import Actor, PermissionDenied
from tests.factories import add_customer, add_vehicle, cver, make_group, vin, vver

SA, SALES, FIN, CS, MDM = "service_advisor", "sales_advisor", "finance", "customer_service", "master_data"
ROLES = (SA, SALES, FIN, CS, MDM)
LOGIN = {SA: "adv1", SALES: "sales1", FIN: "fin1", CS: "cs1", MDM: "mdm1"}
RIC_S1 = "440106199001010013"
RIC_NEW = "110105198503120020"
RIC_SP = "440106198805050024"
NEW_VIN = vin(987654, "LVGBE40K8")


def world(db: Any) -> dict[str, Any]:
    """A fresh group with one record of each kind an action needs."""
    actors = make_group(db)
    add_customer(db, "A1", "汪国进", "13826401234")  # after-sales, enabled, retained, compliant
    add_customer(db, "A2", "陈志强", "12345")  # after-sales, non-compliant phone (C12: may be disabled)
    add_customer(db, "A3", "刘洋", "13600002222")
    add_customer(db, "AP", "周杰", "13700001111", status="pending")  # after-sales pending, no duplicate
    add_customer(db, "AD", "汪国进", "13826401234", status="pending")  # after-sales pending duplicate of A1
    add_customer(db, "S1", "李四", "13912345670", business="sales", category="potential",
                 id_type="resident_id", id_number=RIC_S1)
    add_customer(db, "S2", "赵六", "12345", business="sales", category="potential")  # non-compliant
    add_customer(db, "SP", "孙七", "13500005555", status="pending", business="sales", category="potential",
                 id_type="resident_id", id_number=RIC_SP)  # C7: a sales customer is enabled only with a valid ID
    add_customer(db, "SD", "李四", "13912345670", status="pending", business="sales", category="potential")
    add_customer(db, "D1", "汪国进", "13826401243")  # an old duplicate of A1 (one phone digit off)
    add_customer(db, "M1", "吴八", "13800003333")
    vm = add_vehicle(db, vin(1), owner="A1", plate="粤A12345")  # manual, locked facts filled
    vn = add_vehicle(db, vin(100), sale_date=None)  # no owner, this store
    vx = add_vehicle(db, vin(200), centers=("R02",), owner="A3")  # another store's
    req_a = change_requests.file_request(db, actors["adv1"], "A1", reason="错字", name="汪国近")
    req_s = change_requests.file_request(db, actors["sales1"], "S1", reason="换号", phone="13512345670")
    merge.merge_customers(db, actors["mdm1"], "M1", "A3", "setup", version=cver(db, "M1"),
                          survivor_version=cver(db, "A3"))
    sp = special_customers.add_pattern(db, actors["mdm1"], match_type="exact", pattern="佛山粤通禅城汽车销售服务有限公司",
                                       kind="group_company")
    return {"actors": actors, "vm": vm, "vn": vn, "vx": vx, "req_a": req_a.id, "req_s": req_s.id, "sp": sp.id}


def spver(db: Any, pattern_id: int) -> int:
    from desktop.models import SpecialCustomerPattern

    with db.read() as s:
        return int(s.scalar(select(SpecialCustomerPattern.version).where(SpecialCustomerPattern.id == pattern_id)))


Call = Callable[[Any, Actor, dict[str, Any]], Any]
ALL = frozenset(ROLES)

# action -> (roles that may, the call)
MATRIX: dict[str, tuple[frozenset[str], Call]] = {
    # customers (C1, C4, C13)
    "create_customer after-sales": (frozenset({SA, MDM}), lambda db, a, w: customers.create_customer(
        db, a, customer_type="individual", name="黄九", phone="13700004444")),
    "create_customer sales": (frozenset({SALES, MDM}), lambda db, a, w: customers.create_customer(
        db, a, customer_type="individual", name="黄九", phone="13700004444", business="sales",
        id_type="resident_id", id_number=RIC_NEW)),
    "create_customer special": (frozenset({MDM}), lambda db, a, w: customers.create_customer(
        db, a, customer_type="company", name="一汽丰田汽车销售有限公司", phone="02083396688",
        special_kind="manufacturer")),
    "update_customer non-core": (ALL, lambda db, a, w: customers.update_customer(
        db, a, "A1", {"address": "广州市天河区体育西路1号"}, version=cver(db, "A1"))),
    "set_retained": (ALL, lambda db, a, w: customers.set_retained(db, a, "S1", version=cver(db, "S1"))),
    # C10: the outside seam
    "change_core_data": (frozenset({FIN, CS, MDM}), lambda db, a, w: customers.change_core_data(
        db, a, "A1", reason="按行驶证更正", version=cver(db, "A1"), phone="13512345670")),
    # C9 / C12: the outside seam enable, and disable, per business line
    "enable after-sales": (frozenset({CS, MDM}), lambda db, a, w: customers.enable(
        db, a, "AP", version=cver(db, "AP"), confirm_without_id=True, reason="客户无法提供证件")),  # C7
    "enable sales": (frozenset({FIN, MDM}), lambda db, a, w: customers.enable(db, a, "SP", version=cver(db, "SP"))),
    "disable after-sales": (frozenset({CS, MDM}), lambda db, a, w: customers.disable(
        db, a, "A2", "电话无效", version=cver(db, "A2"))),
    "disable sales": (frozenset({FIN, MDM}), lambda db, a, w: customers.disable(
        db, a, "S2", "电话无效", version=cver(db, "S2"))),
    # vehicles (M1, V4, O2, P3, M3) and work orders
    "create_manual_vehicle": (frozenset({SA, MDM}), lambda db, a, w: vehicles.create_manual_vehicle(
        db, a, model="丰田 凯美瑞 2.0G", vin=NEW_VIN)),
    "update_vehicle locked field": (frozenset({MDM}), lambda db, a, w: vehicles.update_vehicle(
        db, a, w["vm"], {"engine_no": "E1234568"}, reason="创建人录错一位", version=vver(db, w["vm"]))),
    "update_vehicle insurance": (frozenset({SA, MDM}), lambda db, a, w: vehicles.update_vehicle(
        db, a, w["vm"], {"commercial_insurer": "PICC"}, version=vver(db, w["vm"]))),
    "set_owner": (frozenset({SA, MDM}), lambda db, a, w: vehicles.set_owner(
        db, a, w["vn"], "A1", version=vver(db, w["vn"]))),
    "move_plate": (frozenset({SA, MDM}), lambda db, a, w: vehicles.move_plate(
        db, a, w["vn"], "粤A12345", version=vver(db, w["vn"]))),
    "attach_store": (frozenset({SA, MDM}), lambda db, a, w: vehicles.attach_store(
        db, a, w["vx"], version=vver(db, w["vx"]))),
    "create_work_order": (frozenset({SA, MDM}), lambda db, a, w: work_orders.create_work_order(
        db, a, w["vm"], deliverer_name="汪国进", deliverer_phone="13826401234", vin_confirmation=vin(1)[-6:])),
    # core-data change requests (C10)
    "file change request": (frozenset({SA, SALES, MDM}), lambda db, a, w: change_requests.file_request(
        db, a, "A3", reason="按行驶证更正", name="刘阳")),
    "list open change requests": (frozenset({FIN, CS, MDM}), lambda db, a, w: change_requests.list_open(db, a)),
    # C10 who: finance and customer service resolve requests of either business line (their store sees them)
    "apply change request after-sales": (frozenset({FIN, CS, MDM}), lambda db, a, w: change_requests.apply(
        db, a, w["req_a"], "已核对", version=cver(db, "A1"))),
    "apply change request sales": (frozenset({FIN, CS, MDM}), lambda db, a, w: change_requests.apply(
        db, a, w["req_s"], "已核对", version=cver(db, "S1"))),
    "reject change request after-sales": (frozenset({FIN, CS, MDM}), lambda db, a, w: change_requests.reject(
        db, a, w["req_a"], "证件不符")),
    "reject change request sales": (frozenset({FIN, CS, MDM}), lambda db, a, w: change_requests.reject(
        db, a, w["req_s"], "证件不符")),
    # the pending queue (C9)
    "list_pending": (frozenset({FIN, CS, MDM}), lambda db, a, w: pending.list_pending(db, a)),
    "recheck after-sales": (frozenset({CS, MDM}), lambda db, a, w: pending.recheck(db, a, "AD")),
    "recheck sales": (frozenset({FIN, MDM}), lambda db, a, w: pending.recheck(db, a, "SD")),
    "reject_pending after-sales": (frozenset({CS, MDM}), lambda db, a, w: pending.reject_pending(
        db, a, "AD", "A1", "与 A1 重复", version=cver(db, "AD"))),
    "reject_pending sales": (frozenset({FIN, MDM}), lambda db, a, w: pending.reject_pending(
        db, a, "SD", "S1", "与 S1 重复", version=cver(db, "SD"))),
    # merging duplicates
    "plan_merge": (frozenset({MDM}), lambda db, a, w: merge.plan_merge(db, a, "D1", "A1")),
    "merge_customers": (frozenset({MDM}), lambda db, a, w: merge.merge_customers(
        db, a, "D1", "A1", "电话录错一位", version=cver(db, "D1"), survivor_version=cver(db, "A1"))),
    "undo_merge": (frozenset({MDM}), lambda db, a, w: merge.undo_merge(db, a, "M1", "合并错了", version=cver(db, "M1"))),
    "recent_merges": (frozenset({MDM}), lambda db, a, w: merge.recent_merges(db, a)),
    "search_customers_group": (frozenset({MDM}), lambda db, a, w: search.search_customers_group(db, a, "黄")),
    # users
    "list_users": (frozenset({MDM}), lambda db, a, w: users.list_users(db, a)),
    "add user": (frozenset({MDM}), lambda db, a, w: users.add(db, a, "adv9", "王五", "S02", [SA], "secret12")),
    "set_roles": (frozenset({MDM}), lambda db, a, w: users.set_roles(db, a, "adv2", [SA, SALES])),
    "reset_password": (frozenset({MDM}), lambda db, a, w: users.reset_password(db, a, "adv2", "secret12")),
    "unlock": (frozenset({MDM}), lambda db, a, w: users.unlock(db, a, "adv2")),
    "deactivate": (frozenset({MDM}), lambda db, a, w: users.deactivate(db, a, "adv2", "离职")),
    # special customers (C13): the master-data team keeps the list
    "list special-customer patterns": (frozenset({MDM}), lambda db, a, w: special_customers.list_patterns(db, a)),
    "add special-customer pattern": (frozenset({MDM}), lambda db, a, w: special_customers.add_pattern(
        db, a, match_type="exact", pattern="广东粤通汽车集团有限公司", kind="group_company")),
    "edit special-customer pattern": (frozenset({MDM}), lambda db, a, w: special_customers.update_pattern(
        db, a, w["sp"], match_type="contains", pattern="粤通禅城汽车", kind="group_company", reason="改为片段",
        version=spver(db, w["sp"]))),
    "deactivate special-customer pattern": (frozenset({MDM}), lambda db, a, w: special_customers.set_pattern_active(
        db, a, w["sp"], False, reason="公司已注销", version=spver(db, w["sp"]))),
    # the audit trail
    "audit entries": (frozenset({FIN, CS, MDM}), lambda db, a, w: audit.entries(db, a, entity_code="A1")),
}


def _state(db: Any) -> tuple[Any, ...]:
    with db.read() as s:
        return (
            sorted((c.code, c.version, c.status) for c in s.scalars(select(Customer))),
            sorted((v.id, v.version) for v in s.scalars(select(Vehicle))),
        )


def _empty(db: Any) -> None:
    """Delete every row (children first), so that the next allowed role starts from a fresh group."""
    from desktop.models import Base

    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.mark.parametrize("action", list(MATRIX))
def test_roles_permission_matrix(db, action):
    """Every role tries the action on the same fresh group: refused roles first (the service refuses
    before anything is written, so the group stays as it was), then each allowed role on a fresh group."""
    allowed, call = MATRIX[action]
    w = world(db)
    for role in ROLES:
        if role in allowed:
            continue
        actor = w["actors"][LOGIN[role]]
        assert actor.roles == (role,)
        before = _state(db)
        with pytest.raises(PermissionDenied):
            call(db, actor, w)
        assert _state(db) == before, role  # refused by the service before anything was written
    for i, role in enumerate(r for r in ROLES if r in allowed):
        if i:
            _empty(db)
            w = world(db)
        actor = w["actors"][LOGIN[role]]
        assert actor.roles == (role,)
        call(db, actor, w)  # succeeds: no refusal of any kind


def test_matrix_covers_every_role_and_master_data_may_do_everything():
    assert all(MDM in allowed for allowed, _ in MATRIX.values())
    assert all(allowed <= set(ROLES) for allowed, _ in MATRIX.values())
    for role in (SA, SALES, FIN, CS):
        assert any(role in allowed and allowed != ALL for allowed, _ in MATRIX.values()), role
