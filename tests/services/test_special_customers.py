"""C13 special customers: recognised from the master-data team's list, created only by that team (SQLite and
PostgreSQL). Issue #12 item 7: an advisor created the insurer "中国人民财产保险股份有限公司广州市分公司" as an
ordinary company and made it an owner."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import Customer, SpecialCustomerPattern
from desktop.rules.errors import ValidationError
from desktop.rules.special_names import validate_pattern
from desktop.services import audit, change_requests, customers, special_customers, vehicles
from desktop.services.auth import PermissionDenied
from desktop.services.customers import SPECIAL_KINDS, DuplicateFound
from desktop.services.errors import Conflict, RuleViolation
from desktop.storage import StaleRecord
from tests.factories import add_customer, add_vehicle, cver, make_group, vin

PICC_GZ = "中国人民财产保险股份有限公司广州市分公司"
USCC = "91440101MA59TQXX2B"
MIGRATION = Path(__file__).resolve().parents[2] / "desktop/migrations/versions/0011_special_customers.py"


@pytest.fixture
def actors(db):
    return make_group(db)


def _count(db, name: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Customer).where(Customer.name == name)) or 0)


def _company(db, actor, name, **kw):
    return customers.create_customer(db, actor, customer_type="company", name=name, phone="02083396688", **kw)


def _pattern_id(db, pattern: str) -> tuple[int, int]:
    with db.read() as s:
        p = s.scalar(select(SpecialCustomerPattern).where(SpecialCustomerPattern.pattern == pattern))
        assert p is not None, pattern
        return p.id, p.version


# -- creating -----------------------------------------------------------------------------------------------------
def test_c13_advisor_cannot_create_an_insurer(db, actors):
    with pytest.raises(RuleViolation) as exc:
        _company(db, actors["adv1"], PICC_GZ)
    assert exc.value.rule == "C13" and exc.value.field == "name"
    assert "EAS 管理团队" in exc.value.message_zh and "保险公司" in exc.value.message_zh
    assert "master-data team" in exc.value.message_en and "Insurer" in exc.value.message_en
    assert _count(db, PICC_GZ) == 0


def test_c13_advisor_cannot_make_an_insurer_the_owner_of_a_vehicle(db, actors):
    vid = add_vehicle(db, vin(601))
    with db.read() as s:
        from desktop.models import Vehicle

        version = s.scalar(select(Vehicle.version).where(Vehicle.id == vid))
    with pytest.raises(RuleViolation) as exc:
        vehicles.create_owner(db, actors["adv1"], vid, version=version, customer_type="company", name=PICC_GZ,
                              phone="02083396688")
    assert exc.value.rule == "C13"
    assert _count(db, PICC_GZ) == 0


@pytest.mark.parametrize("typed", [
    "中国人民财产保险 股份有限公司 广州市分公司",  # stray spaces
    "中国人民财产保险股份有限公司（广州市分公司）",  # brackets
    "中国人民财产保险股份有限公司(广州市分公司)",  # half-width brackets
    "中国人民财产保险股份有限责任公司广州市分公司",  # the 有限责任公司 slip
])
def test_c13_width_spaces_and_brackets_do_not_dodge_the_list(db, actors, typed):
    with pytest.raises(RuleViolation) as exc:
        _company(db, actors["adv1"], typed)
    assert exc.value.rule == "C13"


def test_c13_an_insurer_typed_as_a_person_is_refused_too(db, actors):
    """Every organisation is a company customer (C3); typed as a person, the name is still on the list."""
    with pytest.raises(RuleViolation) as exc:
        customers.create_customer(db, actors["adv1"], customer_type="individual", name="中国平安财产保险",
                                  phone="13826401234")
    assert exc.value.rule == "C13"
    assert _count(db, "中国平安财产保险") == 0


@pytest.mark.parametrize(("name", "kind"), [
    ("一汽大众汽车有限公司", "manufacturer"),  # the legal name 一汽-大众汽车有限公司, typed without the hyphen
    ("特斯拉(上海)有限公司", "manufacturer"),
    ("浙江吉利汽车有限公司", "manufacturer"),
    ("金瓜子科技发展（北京）有限公司瓜子二手车分公司", "used_car_platform"),
    ("博世汽车部件（苏州）有限公司", "parts_supplier"),
    ("中国人寿保险股份有限公司广东省分公司", "insurer"),  # the generic 保险股份有限公司
])
def test_c13_sales_advisor_cannot_create_a_special_customer_master_data_team_can(db, actors, name, kind):
    with pytest.raises(RuleViolation) as exc:
        _company(db, actors["sales1"], name, business="sales", id_type="uscc", id_number=USCC)
    assert exc.value.rule == "C13"
    c = _company(db, actors["mdm1"], name)
    assert c.special and c.special_kind == kind
    trail = audit.entries(db, actors["mdm1"], entity="customer", entity_id=c.id)
    assert any(e.action == "customer.special" and e.new_value == kind for e in trail)


def test_c13_master_data_team_gets_the_matched_kind_automatically(db, actors):
    c = _company(db, actors["mdm1"], PICC_GZ)
    assert c.special and c.special_kind == "insurer" and c.status == "pending"
    # the kind the team chooses wins over the matched one
    d = _company(db, actors["mdm1"], "华安财产保险股份有限公司广东分公司", special_kind="group_company")
    assert d.special_kind == "group_company"


def test_c13_ordinary_companies_and_people_are_unaffected(db, actors):
    c = _company(db, actors["adv1"], "广州市天河区鑫达汽车服务有限公司")
    assert not c.special and c.special_kind is None
    p = customers.create_customer(db, actors["adv1"], customer_type="individual", name="汪国进",
                                  phone="13826401234")
    assert not p.special
    # an insurance agent is not an insurer
    assert not _company(db, actors["adv1"], "广州市明信保险代理有限公司").special


def test_c13_an_existing_insurer_is_reused_not_refused(db, actors):
    """The duplicate check comes first: an advisor who types an insurer that exists is told to use it (C2c)."""
    add_customer(db, "K1", PICC_GZ, "02083396688", customer_type="company")
    with pytest.raises(DuplicateFound) as exc:
        _company(db, actors["adv1"], PICC_GZ)
    assert exc.value.certain and exc.value.candidates[0].customer_code == "K1"


# -- renaming -----------------------------------------------------------------------------------------------------
def test_c13_renaming_a_customer_into_an_insurer_is_refused(db, actors):
    add_customer(db, "K1", "广州市天河区鑫达汽车服务有限公司", "02083396688", customer_type="company")
    with pytest.raises(RuleViolation) as exc:
        customers.change_core_data(db, actors["cs1"], "K1", reason="按营业执照更正", version=cver(db, "K1"),
                                   name=PICC_GZ)
    assert exc.value.rule == "C13" and "改名" in exc.value.message_zh
    with pytest.raises(RuleViolation) as exc:
        change_requests.file_request(db, actors["adv1"], "K1", reason="按营业执照更正", name=PICC_GZ)
    assert exc.value.rule == "C13"
    c = customers.change_core_data(db, actors["mdm1"], "K1", reason="按营业执照更正", version=cver(db, "K1"),
                                   name=PICC_GZ)
    assert c.name == PICC_GZ and c.special and c.special_kind == "insurer"


def test_c13_a_request_filed_before_the_entry_existed_is_refused_when_applied(db, actors):
    add_customer(db, "K1", "广州市天河区鑫达汽车服务有限公司", "02083396688", customer_type="company")
    r = change_requests.file_request(db, actors["adv1"], "K1", reason="按营业执照更正", name="广州市天河区捷科汽车服务有限公司")
    special_customers.add_pattern(db, actors["mdm1"], match_type="contains", pattern="捷科汽车服务", kind="group_company",
                                  reason="集团新设门店公司")
    with pytest.raises(RuleViolation) as exc:
        change_requests.apply(db, actors["cs1"], r.id, "已核对", version=cver(db, "K1"))
    assert exc.value.rule == "C13"


def test_c13_a_special_customer_may_be_corrected_by_core_data_holders(db, actors):
    """Correcting an existing special customer's name is not creating one (C10/C11 as for anyone)."""
    c = _company(db, actors["mdm1"], PICC_GZ)
    d = customers.change_core_data(db, actors["cs1"], c.code, reason="按营业执照更正", version=c.version,
                                   name="中国人民财产保险股份有限公司广州分公司")
    assert d.special and d.special_kind == "insurer"


# -- the list -----------------------------------------------------------------------------------------------------
def test_c13_default_list_is_shipped_valid_and_names_no_group_company(db, actors):
    rows = special_customers.list_patterns(db, actors["mdm1"])
    assert len(rows) >= 80 and all(r.active and r.shipped for r in rows)
    assert {r.kind for r in rows} == {"insurer", "manufacturer", "used_car_platform", "parts_supplier"}
    for r in rows:
        assert r.kind in SPECIAL_KINDS
        assert validate_pattern(r.match_type, r.pattern) == r.pattern, r.pattern
    spec = importlib.util.spec_from_file_location("m0011", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert len(rows) == len(module.DEFAULT_PATTERNS)


def test_c13_only_the_master_data_team_keeps_the_list(db, actors):
    for login in ("adv1", "sales1", "fin1", "cs1"):
        with pytest.raises(PermissionDenied):
            special_customers.list_patterns(db, actors[login])
        with pytest.raises(PermissionDenied):
            special_customers.add_pattern(db, actors[login], match_type="exact", pattern="广东粤通汽车集团有限公司",
                                          kind="group_company")
    pid, version = _pattern_id(db, "人人车")
    with pytest.raises(PermissionDenied):
        special_customers.set_pattern_active(db, actors["cs1"], pid, False, reason="x", version=version)


def test_c13_master_data_team_adds_a_group_company_and_advisors_are_refused_it(db, actors):
    name = "广东粤通汽车集团有限公司"
    assert not _company(db, actors["adv1"], "广州粤通天河汽车销售服务有限公司").special  # not on the list yet
    p = special_customers.add_pattern(db, actors["mdm1"], match_type="starts_with", pattern=" 广东粤通 ",
                                      kind="group_company", reason="集团公司")
    assert p.pattern == "广东粤通" and p.active and not p.shipped and p.created_by_login == "mdm1"
    hit = special_customers.match(db, actors["adv1"], name)
    assert hit is not None and hit.kind == "group_company" and hit.pattern == "广东粤通"
    with pytest.raises(RuleViolation) as exc:
        _company(db, actors["adv1"], name)
    assert exc.value.rule == "C13" and "集团内部公司" in exc.value.message_zh
    trail = audit.entries(db, actors["mdm1"], entity="special_pattern", entity_id=p.id)
    assert [(e.action, e.reason) for e in trail] == [("special_pattern.add", "集团公司")]


@pytest.mark.parametrize(("match_type", "pattern", "code"), [
    ("contains", "有限公司", "too_general"),
    ("contains", "汽车", "too_general"),
    ("ends_with", "集团有限公司", "too_general"),
    ("contains", "  ", "required"),
    ("regex", "保险.*公司", "invalid"),
    ("exact", "广州\n公司", "line_break"),
])
def test_c13_patterns_that_would_catch_everyone_or_are_not_text_are_refused(db, actors, match_type, pattern, code):
    with pytest.raises(ValidationError) as exc:
        special_customers.add_pattern(db, actors["mdm1"], match_type=match_type, pattern=pattern, kind="insurer")
    assert exc.value.code == code


def test_c13_the_same_entry_is_not_added_twice(db, actors):
    with pytest.raises(Conflict):
        special_customers.add_pattern(db, actors["mdm1"], match_type="contains", pattern="中国人民 财产保险",
                                      kind="insurer")
    pid, version = _pattern_id(db, "人人车")
    special_customers.set_pattern_active(db, actors["mdm1"], pid, False, reason="误伤", version=version)
    with pytest.raises(Conflict) as exc:
        special_customers.add_pattern(db, actors["mdm1"], match_type="contains", pattern="人人车",
                                      kind="used_car_platform")
    assert "启用" in exc.value.message_zh


def test_c13_deactivated_entry_no_longer_matches_and_reactivates(db, actors):
    name = "北京人人车旧机动车经纪有限公司"
    pid, version = _pattern_id(db, "人人车")
    with pytest.raises(ValidationError):
        special_customers.set_pattern_active(db, actors["mdm1"], pid, False, reason=" ", version=version)
    p = special_customers.set_pattern_active(db, actors["mdm1"], pid, False, reason="误伤普通客户", version=version)
    assert not p.active and p.updated_by_login == "mdm1"
    assert special_customers.match(db, actors["adv1"], name) is None
    with pytest.raises(StaleRecord):  # the version the user saw before
        special_customers.set_pattern_active(db, actors["mdm1"], pid, True, reason="恢复", version=version)
    p = special_customers.set_pattern_active(db, actors["mdm1"], pid, True, reason="恢复", version=p.version)
    assert p.active and special_customers.match(db, actors["adv1"], name) is not None
    actions = [e.action for e in audit.entries(db, actors["mdm1"], entity="special_pattern", entity_id=pid)]
    assert sorted(actions) == ["special_pattern.deactivate", "special_pattern.reactivate"]


def test_c13_master_data_team_edits_an_entry_with_a_reason(db, actors):
    pid, version = _pattern_id(db, "懂车帝")
    with pytest.raises(ValidationError) as exc:
        special_customers.update_pattern(db, actors["mdm1"], pid, match_type="contains", pattern="懂车帝二手车",
                                         kind="used_car_platform", reason="", version=version)
    assert exc.value.field == "reason"
    with pytest.raises(Conflict):  # into another entry
        special_customers.update_pattern(db, actors["mdm1"], pid, match_type="contains", pattern="人人车",
                                         kind="used_car_platform", reason="改", version=version)
    p = special_customers.update_pattern(db, actors["mdm1"], pid, match_type="starts_with", pattern="懂车帝",
                                         kind="used_car_platform", reason="只匹配开头", version=version)
    assert p.match_type == "starts_with" and p.version != version
    assert special_customers.match(db, actors["adv1"], "北京懂车帝科技有限公司") is None
    assert special_customers.match(db, actors["adv1"], "懂车帝（北京）科技有限公司") is not None
    trail = audit.entries(db, actors["mdm1"], entity="special_pattern", entity_id=pid)
    assert [(e.field, e.old_value, e.new_value, e.reason) for e in trail] == [
        ("match_type", "contains", "starts_with", "只匹配开头")]


def test_c13_a_repeated_request_adds_the_entry_once(db, actors):
    first = special_customers.add_pattern(db, actors["mdm1"], match_type="exact", pattern="广东粤通汽车集团有限公司",
                                          kind="group_company", request_id="req-sp-1")
    again = special_customers.add_pattern(db, actors["mdm1"], match_type="exact", pattern="广东粤通汽车集团有限公司",
                                          kind="group_company", request_id="req-sp-1")
    assert again == first


def test_c13_list_writes_take_a_version_and_a_request_id():
    import inspect

    from desktop.services.writes import WRITE_ACTIONS

    for fn in (special_customers.update_pattern, special_customers.set_pattern_active):
        params = inspect.signature(fn).parameters
        assert params["version"].kind is inspect.Parameter.KEYWORD_ONLY, fn.__name__
        assert params["version"].default is inspect.Parameter.empty, fn.__name__
    for fn in (special_customers.add_pattern, special_customers.update_pattern, special_customers.set_pattern_active):
        assert inspect.signature(fn).parameters["request_id"].kind is inspect.Parameter.KEYWORD_ONLY, fn.__name__
        assert WRITE_ACTIONS[fn.write_action] is fn, fn.__name__


def test_c13_an_entry_changed_meanwhile_is_not_overwritten(db, actors):
    pid, version = _pattern_id(db, "采埃孚")
    special_customers.update_pattern(db, actors["mdm1"], pid, match_type="contains", pattern="采埃孚",
                                     kind="manufacturer", reason="另一工作站", version=version)
    with pytest.raises(StaleRecord):
        special_customers.update_pattern(db, actors["mdm1"], pid, match_type="starts_with", pattern="采埃孚",
                                         kind="parts_supplier", reason="改开头", version=version)
    with db.read() as s:
        p = s.get(SpecialCustomerPattern, pid)
        assert p is not None and (p.match_type, p.kind) == ("contains", "manufacturer")
