"""Customer record: C1-C13 at the service layer, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from desktop.rules.errors import ValidationError
from desktop.services import audit, customers
from desktop.services.auth import PermissionDenied
from desktop.services.customers import DuplicateFound
from desktop.services.errors import RuleViolation
from tests.factories import add_customer, cver, make_group

RIC = "440106198203122318"  # valid GB 11643 check digit
USCC = "91440101MA59TQXX2B"


@pytest.fixture
def actors(db):
    return make_group(db)


def _ric_ok():
    from desktop.rules.identity import validate_resident_id

    return validate_resident_id(RIC)


def test_c4_c9_after_sales_customer_is_retained_and_pending_with_generated_finance_code(db, actors):
    c = customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国进",
                                  phone="138 2640 1234")
    assert c.category == "retained" and c.status == "pending" and c.business == "after_sales"
    assert c.phone == "13826401234" and c.finance_customer_code and c.store_codes == ("S01",)


def test_c4_c7_sales_customer_is_potential_and_needs_an_id(db, actors):
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["sales1"], customer_type="individual", name="李四",
                                  phone="13912345670", business="sales")
    assert exc.value.field == "id_number"
    c = customers.create_customer(db, actors["sales1"], customer_type="individual", name="李四",
                                  phone="13912345670", business="sales", id_type="resident_id", id_number=_ric_ok())
    assert c.category == "potential"


def test_c7_id_must_be_valid_for_its_type(db, actors):
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="李四", phone="13912345670",
                                  id_type="resident_id", id_number=RIC[:-1] + "0")
    assert exc.value.field == "id_number"


def test_c3_company_uses_business_licence(db, actors):
    with pytest.raises(ValidationError):
        customers.create_customer(db, actors["adv1"], customer_type="company", name="广州市鑫达汽车服务有限公司",
                                  phone="02083396688", id_type="resident_id", id_number=_ric_ok())


def test_c5_name_with_symbols_is_refused(db, actors):
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国进*",
                                  phone="13826401234")
    assert exc.value.field == "name"


def test_c6_made_up_phone_is_refused(db, actors):
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国进",
                                  phone="13888888888")
    assert exc.value.field == "phone"


def test_c2a_same_name_same_phone_is_refused(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234", stores=("S02",))  # another store's customer counts
    with pytest.raises(DuplicateFound) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪 国进",
                                  phone="１３８２６４０１２３４")
    assert exc.value.certain and exc.value.candidates[0].customer_code == "C1"


def test_c2b_same_name_other_phone_needs_confirmation_with_reason(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    with pytest.raises(DuplicateFound) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国进",
                                  phone="13512345670")
    assert not exc.value.certain
    with pytest.raises(ValidationError):
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国进",
                                  phone="13512345670", confirmed_not_duplicate_of=["C1"])
    c = customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国进",
                                  phone="13512345670", confirmed_not_duplicate_of=["C1"], confirm_reason="同名不同人")
    trail = audit.entries(db, actors["mdm1"], entity="customer", entity_id=c.id)
    assert any(r.action == "customer.confirmed_not_duplicate" and r.old_value == "C1" and r.reason == "同名不同人"
               for r in trail)


def test_c2c_company_same_name_is_refused(db, actors):
    add_customer(db, "K1", "广州市鑫达汽车服务有限公司", "02087654321", customer_type="company")
    with pytest.raises(DuplicateFound) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="company", name="广州市鑫达汽车服务有限公司",
                                  phone="13912345670")
    assert exc.value.certain


def test_c2d_same_id_is_refused(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234", id_type="resident_id", id_number=RIC)
    with pytest.raises(DuplicateFound) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国近",
                                  phone="13512345670", id_type="resident_id", id_number=RIC.lower())
    assert exc.value.certain


def test_c13_special_customers_only_by_master_data_team(db, actors):
    with pytest.raises(PermissionDenied):
        customers.create_customer(db, actors["adv1"], customer_type="company", name="一汽丰田汽车销售有限公司",
                                  phone="02083396688", special_kind="manufacturer")
    c = customers.create_customer(db, actors["mdm1"], customer_type="company", name="一汽丰田汽车销售有限公司",
                                  phone="02083396688", special_kind="manufacturer")
    assert c.special


def test_c1_customers_are_created_by_the_roles_that_may(db, actors):
    for login in ("fin1", "cs1"):
        with pytest.raises(PermissionDenied):
            customers.create_customer(db, actors[login], customer_type="individual", name="李四",
                                      phone="13912345670")
    with pytest.raises(PermissionDenied):
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="李四", phone="13912345670",
                                  business="sales", id_type="resident_id", id_number=_ric_ok())


def test_c9_customer_service_enables_after_sales_and_finance_sales_customers(db, actors):
    add_customer(db, "A1", "汪国进", "13826401234", status="pending", business="after_sales")
    add_customer(db, "S1", "李四", "13912345670", status="pending", business="sales", category="potential",
                 id_type="resident_id", id_number=RIC)  # C7: a sales customer is enabled only with a valid ID
    for login in ("adv1", "sales1", "fin1"):
        with pytest.raises(PermissionDenied):
            customers.enable(db, actors[login], "A1", version=cver(db, "A1"))
    assert customers.enable(db, actors["cs1"], "A1", version=cver(db, "A1"), confirm_without_id=True,
                            reason="客户无法提供证件").status == "enabled"  # C7: no ID, confirmed
    with pytest.raises(PermissionDenied):
        customers.enable(db, actors["cs1"], "S1", version=cver(db, "S1"))
    assert customers.enable(db, actors["fin1"], "S1", version=cver(db, "S1")).status == "enabled"
    trail = audit.entries(db, actors["mdm1"], entity="customer", entity_code="A1")
    assert any(r.field == "status" and r.old_value == "pending" and r.new_value == "enabled" for r in trail)


def test_c9_duplicate_is_not_enabled(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "汪国进", "13826401234", status="pending")
    with pytest.raises(DuplicateFound):
        customers.enable(db, actors["cs1"], "C2", version=cver(db, "C2"))


def test_c10_core_data_only_with_modify_core_permission(db, actors):
    add_customer(db, "C1", "汪国近", "13826401234")
    for login in ("adv1", "sales1"):
        with pytest.raises(PermissionDenied):
            customers.change_core_data(db, actors[login], "C1", reason="按行驶证更正", version=cver(db, "C1"),
                                       name="汪国进")
    with pytest.raises(PermissionDenied):
        customers.update_customer(db, actors["adv1"], "C1", {"phone": "13512345670"}, version=cver(db, "C1"))
    assert customers.get_customer(db, actors["adv1"], "C1").name == "汪国近"


def test_c11_misspelt_name_corrected_on_existing_record_and_audited(db, actors):
    add_customer(db, "C1", "汪国近", "13826401234")
    c = customers.change_core_data(db, actors["cs1"], "C1", reason="按行驶证更正", version=cver(db, "C1"),
                                   name="汪国进")
    assert c.name == "汪国进" and c.code == "C1"
    trail = audit.entries(db, actors["mdm1"], entity="customer", entity_code="C1")
    assert any(r.field == "name" and r.old_value == "汪国近" and r.new_value == "汪国进" and r.reason == "按行驶证更正"
               for r in trail)


def test_c10_core_change_goes_through_validators_and_duplicate_check(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "汪国近", "13512345670")
    with pytest.raises(ValidationError):
        customers.change_core_data(db, actors["fin1"], "C2", reason="更正电话", version=cver(db, "C2"), phone="123")
    with pytest.raises(DuplicateFound):
        customers.change_core_data(db, actors["fin1"], "C2", reason="更正", version=cver(db, "C2"),
                                   name="汪国进", phone="13826401234")
    c2 = customers.get_customer(db, actors["fin1"], "C2")
    assert (c2.name, c2.phone) == ("汪国近", "13512345670")


def test_c10_non_core_fields_stay_editable_by_advisors(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    c = customers.update_customer(db, actors["adv1"], "C1", {"address": "广州市天河区体育西路1号"},
                                  version=cver(db, "C1"))
    assert c.address == "广州市天河区体育西路1号" and not c.core_editable


def test_c12_compliant_customer_cannot_be_disabled(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234", business="after_sales")
    with pytest.raises(RuleViolation) as exc:
        customers.disable(db, actors["cs1"], "C1", reason="另一门店建的", version=cver(db, "C1"))
    assert exc.value.rule == "C12"
    add_customer(db, "C2", "汪国进", "12345", business="after_sales")  # a legacy record with a made-up phone
    assert customers.disable(db, actors["cs1"], "C2", reason="电话无效", version=cver(db, "C2")).status == "disabled"


def test_w3_set_retained_by_advisor(db, actors):
    add_customer(db, "P1", "李嘉怡", "13902225678", category="potential")
    assert customers.set_retained(db, actors["adv1"], "P1", version=cver(db, "P1")).category == "retained"


def test_c10_stale_core_change_is_refused_not_overwritten(db, actors):
    from desktop.storage import StaleRecord

    add_customer(db, "C1", "汪国近", "13826401234")
    seen = customers.get_customer(db, actors["cs1"], "C1")
    customers.change_core_data(db, actors["fin1"], "C1", reason="工作站A", version=seen.version, phone="13512345670")
    with pytest.raises(StaleRecord):
        customers.change_core_data(db, actors["cs1"], "C1", reason="工作站B", version=seen.version, name="汪国进")
    assert customers.get_customer(db, actors["cs1"], "C1").name == "汪国近"


def test_c10_core_change_needs_a_reason_and_the_version_seen(db, actors):
    """C10: the customer record's Save (save_customer) takes a core change only with a reason; every core change
    only on the version the user saw. change_core_data keeps its seam: the reason is optional there (audited
    when given)."""
    add_customer(db, "C1", "汪国近", "13826401234")
    with pytest.raises(ValidationError) as exc:
        customers.save_customer(db, actors["cs1"], "C1", version=cver(db, "C1"), name="汪国进")
    assert exc.value.field == "reason"
    with pytest.raises(ValidationError) as exc:
        customers.save_customer(db, actors["cs1"], "C1", reason="   ", version=cver(db, "C1"), name="汪国进")
    assert exc.value.field == "reason"
    with pytest.raises(ValidationError) as exc:
        customers.change_core_data(db, actors["cs1"], "C1", reason="按身份证更正", version=None, name="汪国进")
    assert exc.value.field == "version"
    assert customers.get_customer(db, actors["cs1"], "C1").name == "汪国近"
    # nothing changes: no reason needed
    assert customers.change_core_data(db, actors["cs1"], "C1", version=cver(db, "C1"), name="汪国近").name == "汪国近"
    c = customers.change_core_data(db, actors["cs1"], "C1", reason="按身份证更正", version=cver(db, "C1"), name="汪国进")
    assert c.name == "汪国进"
