"""Core-data change requests (C10/C11): advisors request, finance / customer service apply or reject."""

from __future__ import annotations

import pytest

from desktop.rules.errors import ValidationError
from desktop.services import audit, auth, change_requests, customers, org
from desktop.services.auth import PermissionDenied
from desktop.services.customers import DuplicateFound
from desktop.services.errors import Conflict, RuleViolation
from tests.factories import PASSWORD, add_customer, cver, make_group

RIC = "440106198203122318"


@pytest.fixture
def actors(db):
    return make_group(db)


def test_c10_advisor_files_a_request_validated_up_front(db, actors):
    add_customer(db, "C1", "汪国近", "13826401234")
    with pytest.raises(ValidationError) as exc:
        change_requests.file_request(db, actors["adv1"], "C1", reason="按行驶证更正", phone="1382640")
    assert exc.value.field == "phone" and "11" in exc.value.message_zh and "11 digits" in exc.value.message_en
    with pytest.raises(ValidationError) as exc:
        change_requests.file_request(db, actors["adv1"], "C1", reason="  ", name="汪国进")
    assert exc.value.field == "reason"
    with pytest.raises(ValidationError) as exc:
        change_requests.file_request(db, actors["adv1"], "C1", reason="x", name="汪国近")
    assert exc.value.code == "unchanged"
    r = change_requests.file_request(db, actors["adv1"], "C1", reason="按行驶证更正", name="汪国进")
    assert r.status == "open" and r.requested_by_login == "adv1" and r.store_code == "S01"
    assert [(c.field, c.old, c.new) for c in r.changes] == [("name", "汪国近", "汪国进")]
    assert customers.get_customer(db, actors["adv1"], "C1").name == "汪国近"  # nothing changed yet
    with pytest.raises(Conflict):
        change_requests.file_request(db, actors["sales1"], "C1", reason="again", phone="13512345670")
    trail = audit.entries(db, actors["mdm1"], entity_code="C1")
    assert any(e.action == "customer.core_change_request" and e.new_value == "汪国进" for e in trail)


def test_c10_request_that_would_duplicate_is_refused(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "汪国近", "13512345670")
    with pytest.raises(DuplicateFound):
        change_requests.file_request(db, actors["adv1"], "C2", reason="同一人", name="汪国进", phone="13826401234")


def test_c10_finance_and_customer_service_see_only_their_business_line(db, actors):
    add_customer(db, "A1", "汪国近", "13826401234", business="after_sales")
    add_customer(db, "S1", "李四", "13912345670", business="sales", category="potential",
                 id_type="resident_id", id_number=RIC)
    ra = change_requests.file_request(db, actors["adv1"], "A1", reason="错字", name="汪国进")
    rs = change_requests.file_request(db, actors["sales1"], "S1", reason="换号", phone="13512345670")
    assert [r.id for r in change_requests.list_open(db, actors["cs1"])] == [ra.id]
    assert [r.id for r in change_requests.list_open(db, actors["fin1"])] == [rs.id]
    assert {r.id for r in change_requests.list_open(db, actors["mdm1"])} == {ra.id, rs.id}
    with pytest.raises(PermissionDenied):
        change_requests.list_open(db, actors["adv1"])


def test_c10_who_any_core_data_holder_whose_store_sees_the_customer_applies_or_rejects(db, actors):
    """C10 who (changed): the business line only decides whose queue a request lands in; finance may apply an
    after-sales customer's request and customer service reject a sales one, advisors neither."""
    add_customer(db, "A1", "汪国近", "13826401234", business="after_sales")
    add_customer(db, "S1", "李四", "13912345670", business="sales", category="potential",
                 id_type="resident_id", id_number=RIC)
    ra = change_requests.file_request(db, actors["adv1"], "A1", reason="错字", name="汪国进")
    rs = change_requests.file_request(db, actors["sales1"], "S1", reason="换号", phone="13512345670")
    for login in ("adv1", "sales1"):
        with pytest.raises(PermissionDenied):
            change_requests.apply(db, actors[login], ra.id, "ok", version=cver(db, "A1"))
        with pytest.raises(PermissionDenied):
            change_requests.reject(db, actors[login], rs.id, "no")
    done = change_requests.apply(db, actors["fin1"], ra.id, "ok", version=cver(db, "A1"))
    assert done.status == "done" and done.resolved_by_login == "fin1"
    assert customers.get_customer(db, actors["fin1"], "A1").name == "汪国进"
    out = change_requests.reject(db, actors["cs1"], rs.id, "no")
    assert out.status == "rejected" and out.resolved_by_login == "cs1"
    assert customers.get_customer(db, actors["cs1"], "S1").phone == "13912345670"


def test_s1_c10_requests_on_another_stores_customer_are_not_listed_applied_or_rejected(db, actors):
    """S1 (changed): finance / customer service see and resolve only requests on customers their store sees;
    the master-data team acts group-wide."""
    org.add_user(db, "cs2", "cs2", "S02", ["customer_service"], PASSWORD)
    cs2 = auth.actor_for(db, "cs2")
    add_customer(db, "B1", "汪国近", "13826401234", stores=("S02",))
    add_customer(db, "B2", "黄文华", "13711112046", stores=("S02",))
    r1 = change_requests.file_request(db, actors["adv2"], "B1", reason="错字", name="汪国进")
    r2 = change_requests.file_request(db, actors["adv2"], "B2", reason="换号", phone="13512345670")
    assert change_requests.list_open(db, actors["cs1"]) == []
    assert {r.id for r in change_requests.list_open(db, cs2)} == {r1.id, r2.id}
    assert {r.id for r in change_requests.list_open(db, actors["mdm1"])} == {r1.id, r2.id}
    with pytest.raises(RuleViolation) as exc:
        change_requests.apply(db, actors["cs1"], r1.id, "ok", version=cver(db, "B1"))
    assert exc.value.rule == "S1"
    with pytest.raises(RuleViolation) as exc:
        change_requests.reject(db, actors["cs1"], r2.id, "no")
    assert exc.value.rule == "S1"
    assert {r.id for r in change_requests.list_open(db, cs2)} == {r1.id, r2.id}  # both still open
    assert customers.get_customer(db, cs2, "B1").name == "汪国近"
    assert change_requests.apply(db, cs2, r1.id, "ok", version=cver(db, "B1")).status == "done"
    assert change_requests.apply(db, actors["mdm1"], r2.id, "ok", version=cver(db, "B2")).status == "done"
    assert customers.get_customer(db, cs2, "B1").name == "汪国进"
    assert customers.get_customer(db, cs2, "B2").phone == "13512345670"


def test_c11_apply_changes_the_existing_record_and_closes_the_request_audited(db, actors):
    add_customer(db, "C1", "汪国近", "13826401234")
    r = change_requests.file_request(db, actors["adv1"], "C1", reason="按行驶证更正", name="汪国进")
    done = change_requests.apply(db, actors["cs1"], r.id, "已核对行驶证", version=cver(db, "C1"))
    assert done.status == "done" and done.resolved_by_login == "cs1" and done.resolution_note == "已核对行驶证"
    c = customers.get_customer(db, actors["cs1"], "C1")
    assert c.name == "汪国进" and c.code == "C1"
    assert change_requests.list_open(db, actors["cs1"]) == []
    trail = audit.entries(db, actors["mdm1"], entity_code="C1")
    assert any(e.action == "customer.core_change" and e.field == "name" and e.old_value == "汪国近"
               and e.new_value == "汪国进" and e.user_login == "cs1" and "按行驶证更正" in (e.reason or "") for e in trail)
    assert any(e.action == "customer.core_change_request_done" for e in trail)
    with pytest.raises(RuleViolation):
        change_requests.apply(db, actors["cs1"], r.id, "again", version=cver(db, "C1"))


def test_c10_apply_refused_by_duplicate_check_leaves_request_open_and_nothing_changed(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "汪国近", "13512345670")
    r = change_requests.file_request(db, actors["adv1"], "C2", reason="错字", name="汪国进")
    add_customer(db, "C3", "汪国进", "13512345670")  # meanwhile someone created the same customer
    with pytest.raises(DuplicateFound):
        change_requests.apply(db, actors["cs1"], r.id, None, version=cver(db, "C2"))
    assert [x.id for x in change_requests.list_open(db, actors["cs1"])] == [r.id]
    assert customers.get_customer(db, actors["cs1"], "C2").name == "汪国近"


def test_c10_reject_needs_a_note_and_is_audited(db, actors):
    add_customer(db, "C1", "汪国近", "13826401234")
    r = change_requests.file_request(db, actors["adv1"], "C1", reason="错字", name="汪国进")
    with pytest.raises(ValidationError) as exc:
        change_requests.reject(db, actors["cs1"], r.id, " ")
    assert exc.value.field == "note"
    out = change_requests.reject(db, actors["cs1"], r.id, "行驶证上就是汪国近")
    assert out.status == "rejected" and out.resolution_note == "行驶证上就是汪国近"
    assert customers.get_customer(db, actors["cs1"], "C1").name == "汪国近"
    assert [x.status for x in change_requests.list_for_customer(db, actors["adv1"], "C1")] == ["rejected"]
    trail = audit.entries(db, actors["mdm1"], entity_code="C1")
    assert any(e.action == "customer.core_change_request_rejected" and e.reason == "行驶证上就是汪国近" for e in trail)
    # a new request may be filed once the old one is closed
    assert change_requests.file_request(db, actors["adv1"], "C1", reason="再次", name="汪国进").status == "open"


def test_c10_change_core_data_seam_unchanged_for_finance(db, actors):
    add_customer(db, "S1", "李四", "13912345670", business="sales", category="potential",
                 id_type="resident_id", id_number=RIC)
    c = customers.change_core_data(db, actors["fin1"], "S1", reason="换号", version=cver(db, "S1"), phone="13512345670")
    assert c.phone == "13512345670"
