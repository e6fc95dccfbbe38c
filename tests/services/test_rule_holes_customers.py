"""Issue #12, customer holes 4, 5, 6, 8 and 13, each reproduced at the service layer on SQLite AND PostgreSQL.

4  C2c / C5  a company name takes no stray symbol (a trailing '.' was stored as '·' and slipped past C2c);
             the duplicate key of every name ignores punctuation, spaces and width.
5  C9        enabling past a possible duplicate needs each one confirmed different, with a reason (audited).
6  C7        a sales customer is enabled only with a valid ID; an after-sales one without ID only when the
             enabler confirms it explicitly, with a reason (audited).
8  C5/C6     a line break or tab in a one-line field is refused, never merged; the customer e-mail is checked;
             a made-up phone is refused by the same rule whatever the prefix, in every phone field.
13 C12       only a clearly non-compliant record is disabled, and the audit says what is non-compliant.
"""

from __future__ import annotations

import pytest

from desktop.rules.errors import ValidationError
from desktop.services import audit, customers, dedupe, pending, vehicles, work_orders
from desktop.services.auth import PermissionDenied
from desktop.services.customers import DuplicateFound
from desktop.services.errors import RuleViolation
from tests.factories import add_customer, add_vehicle, cver, make_group, vin, vver

RIC = "440106198203122318"  # valid GB 11643 check digit
RIC_BAD = RIC[:-1] + "0"
USCC = "91440101MA59TQXX2B"
XINDA = "广州市天河区鑫达汽车服务有限公司"


@pytest.fixture
def actors(db):
    return make_group(db)


def _trail(db, actors, code):
    return audit.entries(db, actors["mdm1"], entity="customer", entity_code=code)


# -- 4: C2c / C5, a second company through a stray symbol ---------------------------------------------------
@pytest.mark.parametrize("stray", [".", "·", "．", "•", "、", "-", "*"])
def test_c5_company_name_with_a_stray_symbol_is_refused_naming_it(db, actors, stray):
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="company", name=XINDA + stray,
                                  phone="02083396688")
    assert exc.value.field == "name" and exc.value.code == "invalid_character"
    assert stray in exc.value.message_zh and stray in exc.value.message_en  # named as typed, not as '·'


def test_c2c_company_with_a_stray_symbol_never_becomes_a_second_owner(db, actors):
    add_customer(db, "K1", XINDA, "02083396688", customer_type="company")
    add_customer(db, "K2", XINDA, "02083396699", customer_type="company")  # a legacy duplicate
    vid = add_vehicle(db, vin(501))
    with pytest.raises(ValidationError) as exc:
        vehicles.create_owner(db, actors["adv1"], vid, version=vver(db, vid), customer_type="company",
                              name=XINDA + ".", phone="02083396677")
    assert exc.value.field == "name"
    with pytest.raises(DuplicateFound) as found:  # typed correctly, C2c refuses it
        vehicles.create_owner(db, actors["adv1"], vid, version=vver(db, vid), customer_type="company",
                              name=XINDA, phone="02083396677")
    assert found.value.certain and {c.customer_code for c in found.value.candidates} == {"K1", "K2"}


@pytest.mark.parametrize("variant", [XINDA + "·", XINDA + ".", XINDA + " ", XINDA + "．", " 广州市天河区 鑫达汽车服务有限公司",
                                     "广州市天河区鑫达汽车服务（有限公司）", "广州市天河区鑫达汽车服务有限责任公司"])
def test_c2c_company_key_ignores_punctuation_spaces_and_width(db, actors, variant):
    add_customer(db, "K1", XINDA, "02083396688", customer_type="company")
    cands = dedupe.find_duplicates(db, actors["cs1"], {"customer_type": "company", "name": variant,
                                                       "phone": "13826401234"})
    assert cands and cands[0].customer_code == "K1" and cands[0].verdict == "certain"


def test_c2c_a_stored_company_with_a_stray_symbol_meets_the_correct_name(db, actors):
    """The row that got in before the fix ("…公司·") is found by the re-check and by a new create."""
    add_customer(db, "K1", XINDA, "02083396688", customer_type="company")
    add_customer(db, "K2", XINDA, "02083396699", customer_type="company")
    add_customer(db, "K3", XINDA + "·", "02083396677", customer_type="company", status="pending")
    cands = pending.recheck(db, actors["cs1"], "K3")
    assert {c.customer_code for c in cands if c.verdict == "certain"} == {"K1", "K2"}
    with pytest.raises(DuplicateFound) as exc:
        customers.enable(db, actors["cs1"], "K3", version=cver(db, "K3"), confirm_without_id=True, reason="无执照复印件")
    assert exc.value.certain
    with pytest.raises(DuplicateFound) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="company", name=XINDA, phone="02083396611")
    assert exc.value.certain and "K3" in {c.customer_code for c in exc.value.candidates}


def test_c2a_person_key_ignores_the_interpunct_and_symbols(db, actors):
    add_customer(db, "C1", "热依拉·帕尔哈提", "13826401234")
    with pytest.raises(DuplicateFound) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="热依拉帕尔哈提",
                                  phone="13826401234")
    assert exc.value.certain and exc.value.candidates[0].customer_code == "C1"


# -- 5: C9, enabling past a possible duplicate -----------------------------------------------------------------
def _homophone_pair(db):
    add_customer(db, "C1", "汪国进", "13826401234", id_type="resident_id", id_number=RIC)  # enabled
    add_customer(db, "P1", "汪国近", "13826401234", status="pending")  # same phone, homophone: possible


def test_c9_enabling_with_a_possible_duplicate_is_refused_until_it_is_confirmed_different(db, actors):
    _homophone_pair(db)
    with pytest.raises(DuplicateFound) as exc:
        customers.enable(db, actors["cs1"], "P1", version=cver(db, "P1"), confirm_without_id=True, reason="无证件")
    assert not exc.value.certain and [c.customer_code for c in exc.value.candidates] == ["C1"]
    assert customers.get_customer(db, actors["cs1"], "P1").status == "pending"


def test_c9_confirming_a_possible_duplicate_different_needs_a_reason(db, actors):
    _homophone_pair(db)
    for reason in (None, "", "   "):
        with pytest.raises(ValidationError) as exc:
            customers.enable(db, actors["cs1"], "P1", version=cver(db, "P1"), confirmed_not_duplicate_of=("C1",),
                             reason=reason, confirm_without_id=True)
        assert exc.value.field == "reason"
    assert customers.get_customer(db, actors["cs1"], "P1").status == "pending"


def test_c9_possible_duplicates_confirmed_with_a_reason_are_audited_once_each(db, actors):
    _homophone_pair(db)
    add_customer(db, "C2", "汪国进", "13826401299")  # same name as the homophone's twin, other phone
    cands = pending.recheck(db, actors["cs1"], "P1")
    codes = {c.customer_code for c in cands}
    assert "C1" in codes and all(c.verdict == "possible" for c in cands)
    with pytest.raises(DuplicateFound) as exc:  # one left unanswered
        customers.enable(db, actors["cs1"], "P1", version=cver(db, "P1"), confirmed_not_duplicate_of=("C1",),
                         reason="身份证不同，不是同一人", confirm_without_id=True)
    assert {c.customer_code for c in exc.value.candidates} == codes
    d = customers.enable(db, actors["cs1"], "P1", version=cver(db, "P1"), confirmed_not_duplicate_of=tuple(codes),
                         reason="身份证不同，不是同一人", confirm_without_id=True)
    assert d.status == "enabled"
    trail = _trail(db, actors, "P1")
    confirmed = [e for e in trail if e.action == "customer.confirmed_not_duplicate"]
    assert sorted(e.old_value for e in confirmed) == sorted(codes)
    assert all(e.reason == "身份证不同，不是同一人" and e.user_login == "cs1" for e in confirmed)


def test_c9_a_certain_duplicate_is_never_enabled_even_when_confirmed(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "P1", "汪国进", "13826401234", status="pending")
    with pytest.raises(DuplicateFound) as exc:
        customers.enable(db, actors["cs1"], "P1", version=cver(db, "P1"), confirmed_not_duplicate_of=("C1",),
                         reason="确认不是同一人", confirm_without_id=True)
    assert exc.value.certain
    assert customers.get_customer(db, actors["cs1"], "P1").status == "pending"


def test_c9_disabled_or_merged_look_alikes_need_no_answer(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234", status="disabled")
    add_customer(db, "P1", "汪国近", "13826401234", status="pending")
    d = customers.enable(db, actors["cs1"], "P1", version=cver(db, "P1"), confirm_without_id=True, reason="无证件")
    assert d.status == "enabled"


def test_c9_same_customer_is_rejected_and_the_existing_one_used(db, actors):
    _homophone_pair(db)
    d = pending.reject_pending(db, actors["cs1"], "P1", "C1", "同一人，姓名错字", version=cver(db, "P1"))
    assert d.status == "disabled" and d.merged_into_code == "C1"


# -- 6: C7, enabling without an ID ----------------------------------------------------------------------------
def test_c7_a_sales_customer_without_id_is_not_enabled(db, actors):
    add_customer(db, "S1", "李四", "13912345670", status="pending", business="sales", category="potential")
    for confirm in (False, True):
        with pytest.raises(RuleViolation) as exc:
            customers.enable(db, actors["fin1"], "S1", version=cver(db, "S1"), confirm_without_id=confirm,
                             reason="客户未带身份证")
        assert exc.value.rule == "C7" and "证件" in exc.value.message_zh
    assert customers.get_customer(db, actors["fin1"], "S1").status == "pending"


def test_c7_a_sales_customer_with_an_invalid_id_is_not_enabled(db, actors):
    add_customer(db, "S1", "李四", "13912345670", status="pending", business="sales", category="potential",
                 id_type="resident_id", id_number=RIC_BAD)
    with pytest.raises(RuleViolation) as exc:
        customers.enable(db, actors["fin1"], "S1", version=cver(db, "S1"))
    assert exc.value.rule == "C7"
    add_customer(db, "S2", "王五", "13912345671", status="pending", business="sales", category="potential",
                 id_type="resident_id", id_number=USCC)  # a business licence number as a resident ID
    with pytest.raises(RuleViolation) as exc:
        customers.enable(db, actors["fin1"], "S2", version=cver(db, "S2"))
    assert exc.value.rule == "C7"


def test_c7_a_sales_customer_with_a_valid_id_is_enabled(db, actors):
    add_customer(db, "S1", "李四", "13912345670", status="pending", business="sales", category="potential",
                 id_type="resident_id", id_number=RIC)
    assert customers.enable(db, actors["fin1"], "S1", version=cver(db, "S1")).status == "enabled"


def test_c7_an_after_sales_customer_without_id_needs_the_enablers_confirmation_and_a_reason(db, actors):
    add_customer(db, "A1", "周杰", "13700001111", status="pending")
    with pytest.raises(RuleViolation) as exc:
        customers.enable(db, actors["cs1"], "A1", version=cver(db, "A1"))
    assert exc.value.rule == "C7"
    with pytest.raises(ValidationError) as vexc:
        customers.enable(db, actors["cs1"], "A1", version=cver(db, "A1"), confirm_without_id=True)
    assert vexc.value.field == "reason"
    d = customers.enable(db, actors["cs1"], "A1", version=cver(db, "A1"), confirm_without_id=True,
                         reason="客户无法提供身份证，已核对行驶证")
    assert d.status == "enabled"
    trail = _trail(db, actors, "A1")
    assert any(e.action == "customer.enabled_without_id" and e.reason == "客户无法提供身份证，已核对行驶证"
               and e.user_login == "cs1" for e in trail)


def test_c7_an_after_sales_customer_with_a_valid_id_needs_no_confirmation(db, actors):
    add_customer(db, "A1", "周杰", "13700001111", status="pending", id_type="resident_id", id_number=RIC)
    assert customers.enable(db, actors["cs1"], "A1", version=cver(db, "A1")).status == "enabled"
    assert not any(e.action == "customer.enabled_without_id" for e in _trail(db, actors, "A1"))


def test_c9_a_non_compliant_record_is_not_enabled(db, actors):
    add_customer(db, "A1", "周杰", "13788888888", status="pending", id_type="resident_id", id_number=RIC)
    with pytest.raises(RuleViolation) as exc:
        customers.enable(db, actors["cs1"], "A1", version=cver(db, "A1"))
    assert exc.value.rule == "C6"


# -- 8: input hygiene -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("field", "value"), [
    ("name", "王 小明\n李四"), ("name", "王小明\t李四"), ("name", "王小明\r\n李四"), ("name", "王小明\u2028李四"),
    ("phone", "138\n26401234"), ("phone", "13826401234\t13826401235"),
    ("id_number", "440106\n198203122318"), ("id_type", "resident\n_id"),
])
def test_c5_c6_c7_a_line_break_in_a_core_field_is_refused_not_merged(db, actors, field, value):
    draft = {"customer_type": "individual", "name": "王小明", "phone": "13826401234", "id_type": "resident_id",
             "id_number": RIC, field: value}
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["adv1"], **draft)
    assert exc.value.field == field and exc.value.code == "line_break"


def test_c5_a_line_break_in_a_company_name_is_refused(db, actors):
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="company", name="广州市鑫达\n汽车服务有限公司",
                                  phone="02083396688")
    assert exc.value.field == "name" and exc.value.code == "line_break"


@pytest.mark.parametrize(("field", "value"), [("address", "广州市\n天河区"), ("contact_name", "李\t四"),
                                              ("contact_phone", "138\n26401234"), ("email", "wang@\nexample.com")])
def test_a_line_break_in_a_non_core_field_is_refused(db, actors, field, value):
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="王小明",
                                  phone="13826401234", **{field: value})
    assert exc.value.field == field and exc.value.code == "line_break"


def test_a_line_break_in_a_contact_or_deliverer_is_refused(db, actors):
    add_customer(db, "C1", "汪国进", "13826401234")
    vid = add_vehicle(db, vin(502), owner="C1")
    with pytest.raises(ValidationError) as exc:
        vehicles.add_contact(db, actors["adv1"], vid, name="王 小明\n李四", phone="13826401235", version=vver(db, vid))
    assert exc.value.code == "line_break"
    with pytest.raises(ValidationError) as exc:
        work_orders.create_work_order(db, actors["adv1"], vid, deliverer_name="王小明\n李四",
                                      deliverer_phone="13826401235")
    assert exc.value.code == "line_break"


def test_customer_email_is_validated(db, actors):
    for bad in ("wang", "wang@", "wang@example", "wang@exa mple.com", "wang@@example.com", "wang@example..com"):
        with pytest.raises(ValidationError) as exc:
            customers.create_customer(db, actors["adv1"], customer_type="individual", name="王小明",
                                      phone="13826401234", email=bad)
        assert exc.value.field == "email"
    c = customers.create_customer(db, actors["adv1"], customer_type="individual", name="王小明",
                                  phone="13826401234", email=" Wang.XM@Example.COM ")
    assert c.email == "Wang.XM@example.com"  # the domain is case-insensitive, the local part kept
    with pytest.raises(ValidationError) as exc:
        customers.update_customer(db, actors["adv1"], c.code, {"email": "not an email"}, version=c.version)
    assert exc.value.field == "email"
    d = customers.update_customer(db, actors["adv1"], c.code, {"email": ""}, version=c.version)
    assert d.email is None


@pytest.mark.parametrize("made_up", ["13788888888", "15088888888", "13800000000", "19912121212", "13800138000",
                                     "13688888888", "13912121212"])
def test_c6_a_made_up_phone_is_refused_in_every_phone_field(db, actors, made_up):
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="王小明", phone=made_up)
    assert exc.value.field == "phone" and exc.value.code == "made_up_number"
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="王小明",
                                  phone="13826401234", contact_phone=made_up)
    assert exc.value.field == "contact_phone" and exc.value.code == "made_up_number"
    add_customer(db, "C1", "汪国进", "13826401234")
    vid = add_vehicle(db, vin(503), owner="C1")
    with pytest.raises(ValidationError) as exc:
        vehicles.add_contact(db, actors["adv1"], vid, name="王小明", phone=made_up, version=vver(db, vid))
    assert exc.value.field == "contact_phone" and exc.value.code == "made_up_number"
    with pytest.raises(ValidationError) as exc:
        work_orders.create_work_order(db, actors["adv1"], vid, deliverer_name="王小明", deliverer_phone=made_up)
    assert exc.value.field == "deliverer_phone" and exc.value.code == "made_up_number"


# -- 13: C12, disabling ---------------------------------------------------------------------------------------
def test_c12_a_compliant_enabled_customer_is_not_disabled(db, actors):
    add_customer(db, "A1", "周杰", "13700001111", id_type="resident_id", id_number=RIC)
    add_customer(db, "S1", "李四", "13912345670", business="sales", category="potential",
                 id_type="resident_id", id_number=RIC)
    for login, code in (("cs1", "A1"), ("fin1", "S1")):
        with pytest.raises(RuleViolation) as exc:
            customers.disable(db, actors[login], code, "本店不用", version=cver(db, code))
        assert exc.value.rule == "C12"
        assert customers.get_customer(db, actors[login], code).status == "enabled"


def test_c12_an_after_sales_customer_without_id_is_not_non_compliant(db, actors):
    add_customer(db, "A1", "周杰", "13700001111")  # C7: the ID is required only "whenever obtainable"
    with pytest.raises(RuleViolation) as exc:
        customers.disable(db, actors["cs1"], "A1", "没有身份证", version=cver(db, "A1"))
    assert exc.value.rule == "C12"


@pytest.mark.parametrize(("login", "code", "kw", "what"), [
    ("cs1", "A1", {"phone": "13788888888"}, "电话"),  # made up (C6)
    ("cs1", "A2", {"id_type": "resident_id", "id_number": RIC_BAD}, "证件"),  # invalid ID (C7)
    ("cs1", "A3", {"name": "汪国进*"}, "名称"),  # a symbol in the name (C5)
    ("fin1", "S1", {"business": "sales", "category": "potential"}, "证件"),  # sales customer without ID (C7)
])
def test_c12_a_non_compliant_customer_is_disabled_and_the_audit_says_what(db, actors, login, code, kw, what):
    fields = {"name": "周杰", "phone": "13700001111", **kw}
    add_customer(db, code, fields.pop("name"), fields.pop("phone"), **fields)
    d = customers.disable(db, actors[login], code, "资料不合规", version=cver(db, code))
    assert d.status == "disabled"
    [entry] = [e for e in _trail(db, actors, code) if e.action == "customer.disable"]
    assert entry.old_value == "enabled" and entry.new_value == "disabled" and entry.user_login == login
    assert entry.reason.startswith("资料不合规") and what in entry.reason


def test_c12_only_finance_or_customer_service_disable_and_only_with_a_reason(db, actors):
    add_customer(db, "A1", "周杰", "13712345678")
    for login in ("adv1", "sales1", "fin1"):
        with pytest.raises(PermissionDenied):
            customers.disable(db, actors[login], "A1", "电话编造", version=cver(db, "A1"))
    with pytest.raises(ValidationError) as exc:
        customers.disable(db, actors["cs1"], "A1", "  ", version=cver(db, "A1"))
    assert exc.value.field == "reason"


def test_c7_after_sales_without_id_enabled_through_the_seam_with_a_reason(db, actors):
    """The seam enable(..., reason=...) is the enabler's explicit confirmation for an after-sales customer
    without ID; no reason is refused (C7); confirm_without_id=False refuses whatever the reason."""
    add_customer(db, "N1", "周杰", "13826405678", status="pending")
    with pytest.raises(RuleViolation) as exc:
        customers.enable(db, actors["cs1"], "N1", version=cver(db, "N1"))
    assert exc.value.rule == "C7"
    with pytest.raises(RuleViolation):
        customers.enable(db, actors["cs1"], "N1", version=cver(db, "N1"), reason="客户无法提供证件",
                         confirm_without_id=False)
    done = customers.enable(db, actors["cs1"], "N1", version=cver(db, "N1"), reason="核实原件，客户无法提供证件")
    assert done.status == "enabled"
