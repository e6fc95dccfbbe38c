"""The pending-customers queue: C9 (verify, re-check, enable or reject a duplicate) and C12."""

from __future__ import annotations

import pytest

from desktop.rules.errors import ValidationError
from desktop.services import audit, customers, pending
from desktop.services.auth import PermissionDenied
from desktop.services.customers import DuplicateFound
from desktop.services.errors import RuleViolation
from tests.factories import add_customer, add_user, cver, make_group

RIC = "440106198203122318"


@pytest.fixture
def actors(db):
    return make_group(db)


def test_c9_queue_lists_pending_customers_of_the_actors_business_line(db, actors):
    a = customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国进", phone="13826401234")
    s = customers.create_customer(db, actors["sales1"], customer_type="individual", name="李四", phone="13912345670",
                                  business="sales", id_type="resident_id", id_number=RIC)
    add_customer(db, "E1", "陈志强", "13510086688")  # enabled: not in the queue
    cs_rows = pending.list_pending(db, actors["cs1"])
    assert [r.code for r in cs_rows] == [a.code]
    row = cs_rows[0]
    assert row.created_by_login == "adv1" and row.created_store_code == "S01" and row.business == "after_sales"
    assert row.created_at is not None and row.phone_masked != "13826401234"
    assert [r.code for r in pending.list_pending(db, actors["fin1"])] == [s.code]
    assert {r.code for r in pending.list_pending(db, actors["mdm1"])} == {a.code, s.code}
    for login in ("adv1", "sales1"):
        with pytest.raises(PermissionDenied):
            pending.list_pending(db, actors[login])


def test_s1_c9_queue_lists_only_pending_customers_this_store_sees(db, actors):
    """S1 (changed): customer service of S01 neither lists nor verifies a pending customer only S02 sees; S02's
    customer service does, the master-data team group-wide."""
    cs2 = add_user(db, "cs2", "customer_service", "S02")
    a = customers.create_customer(db, actors["adv2"], customer_type="individual", name="汪国进", phone="13826401234")
    assert pending.list_pending(db, actors["cs1"]) == []
    rows = pending.list_pending(db, cs2)
    assert [r.code for r in rows] == [a.code]
    assert rows[0].created_by_login == "adv2" and rows[0].created_store_code == "S02"
    assert [r.code for r in pending.list_pending(db, actors["mdm1"])] == [a.code]
    for call in (lambda: pending.recheck(db, actors["cs1"], a.code),
                 lambda: customers.enable(db, actors["cs1"], a.code, version=cver(db, a.code), confirm_without_id=True,
                                          reason="无证件"),
                 lambda: customers.disable(db, actors["cs1"], a.code, "无效", version=cver(db, a.code))):
        with pytest.raises(RuleViolation) as exc:
            call()
        assert exc.value.rule == "S1"
    assert customers.get_customer(db, cs2, a.code).status == "pending"
    assert customers.enable(db, cs2, a.code, version=cver(db, a.code), confirm_without_id=True,
                            reason="无证件").status == "enabled"  # C7: no ID, confirmed


def test_c9_recheck_shows_the_duplicate_and_enable_is_refused(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "汪国进", "13826401234", status="pending")  # e.g. imported, slipped past the check
    cands = pending.recheck(db, actors["cs1"], "C2")
    assert cands and cands[0].customer_code == "C1" and cands[0].verdict == "certain"
    with pytest.raises(PermissionDenied):
        pending.recheck(db, actors["fin1"], "C2")
    with pytest.raises(DuplicateFound):
        customers.enable(db, actors["cs1"], "C2", version=cver(db, "C2"))


def test_c9_pending_duplicate_is_rejected_pointing_at_the_existing_customer(db, actors):
    cs2 = add_user(db, "cs2", "customer_service", "S02")
    fin2 = add_user(db, "fin2", "finance", "S02")
    add_customer(db, "C1", "汪国进", "13826401234", stores=("S01",))
    add_customer(db, "C2", "汪国进", "13826401234", status="pending", stores=("S02",))
    with pytest.raises(ValidationError):
        pending.reject_pending(db, cs2, "C2", "C1", "", version=cver(db, "C2"))
    with pytest.raises(PermissionDenied):
        pending.reject_pending(db, fin2, "C2", "C1", "重复", version=cver(db, "C2"))
    with pytest.raises(RuleViolation) as exc:  # S1: S01's customer service does not see C2
        pending.reject_pending(db, actors["cs1"], "C2", "C1", "重复", version=cver(db, "C2"))
    assert exc.value.rule == "S1"
    d = pending.reject_pending(db, cs2, "C2", "C1", "与 C1 重复", version=cver(db, "C2"))
    assert d.status == "disabled" and d.merged_into_code == "C1"
    assert "S02" in customers.get_customer(db, actors["cs1"], "C1").store_codes  # S02 now sees the customer to use
    assert pending.list_pending(db, cs2) == []
    trail = audit.entries(db, actors["mdm1"], entity_code="C2")
    assert any(e.field == "status" and e.old_value == "pending" and e.new_value == "disabled" and e.reason == "与 C1 重复"
               for e in trail)
    assert any(e.field == "merged_into" and e.new_value == "C1" for e in trail)
    with pytest.raises(RuleViolation):
        customers.enable(db, cs2, "C2", version=cver(db, "C2"))  # a rejected duplicate is never enabled


def test_c12_a_compliant_pending_customer_that_duplicates_nothing_cannot_be_rejected_or_disabled(db, actors):
    add_customer(db, "C1", "陈志强", "13510086688")
    cs2 = add_user(db, "cs2", "customer_service", "S02")
    c = customers.create_customer(db, actors["adv2"], customer_type="individual", name="汪国进", phone="13826401234")
    with pytest.raises(RuleViolation) as exc:
        pending.reject_pending(db, cs2, c.code, "C1", "另一门店建的", version=c.version)
    assert exc.value.rule == "C12"
    with pytest.raises(RuleViolation) as exc:
        customers.disable(db, cs2, c.code, "另一门店建的", version=c.version)
    assert exc.value.rule == "C12"
    assert customers.enable(db, cs2, c.code, version=c.version, confirm_without_id=True,
                            reason="无证件").status == "enabled"  # C7: no ID, confirmed


def test_c12_non_compliant_pending_customer_may_be_disabled(db, actors):
    add_customer(db, "C9", "汪国进", "12345", status="pending")
    assert customers.disable(db, actors["cs1"], "C9", "电话无效", version=cver(db, "C9")).status == "disabled"
    assert pending.list_pending(db, actors["cs1"]) == []
