"""C2 duplicate check (检查客户重复): rule-named tests, on SQLite AND PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import count

import pytest
from sqlalchemy import select

from desktop.models import Customer, CustomerChannel, RepairCenter
from desktop.services.auth import Actor, permissions_for
from desktop.services.dedupe import find_duplicates, find_duplicates_in, has_certain, normalize_draft
from desktop.services.org import add_store
from desktop.storage import Database

_seq = count(1)


def make_actor(db: Database, code: str = "S1") -> Actor:
    info = add_store(db, code, f"{code} 门店", [(f"{code}R", f"{code} 维修中心")])
    with db.read() as s:
        rcs = tuple(s.scalars(select(RepairCenter.id).where(RepairCenter.store_id == info.id)))
    roles = ("service_advisor",)
    return Actor(1, f"u{code}", "测试", info.id, code, info.name, roles, rcs, permissions_for(roles))


def add(db: Database, store_id: int, name: str, phone: str | None, id_number: str | None = None,
        customer_type: str = "individual", id_type: str | None = None, days_ago: int = 0,
        merged_into: int | None = None) -> int:
    n = next(_seq)
    with db.transaction() as s:
        c = Customer(
            code=f"KH{n:08d}", customer_type=customer_type, category="retained", business="after_sales",
            status="enabled", name=name, phone=phone,
            id_type=id_type or (("uscc" if customer_type == "company" else "resident_id") if id_number else None),
            id_number=id_number, special=False, merged_into_id=merged_into,
            created_at=datetime(2024, 1, 1) - timedelta(days=days_ago), created_store_id=store_id,
        )
        s.add(c)
        s.flush()
        s.add(CustomerChannel(customer_id=c.id, store_id=store_id))
        return c.id


def draft(name: str = "", phone: str = "", id_number: str = "", customer_type: str = "individual",
          id_type: str = "") -> dict[str, str]:
    return {"customer_type": customer_type, "name": name, "phone": phone, "id_type": id_type,
            "id_number": id_number}


ID_A = "440106198503121237"  # valid GB 11643 check digit
ID_B = "440106199001010021"
USCC = "91440101MA59UQ3X09"


@pytest.fixture
def actor(db: Database) -> Actor:
    return make_actor(db)


def _valid(idn: str) -> bool:
    from desktop.rules.identity import validate_id

    try:
        validate_id("resident_id", idn)
        return True
    except Exception:  # noqa: BLE001
        return False


def test_fixture_ids_are_valid() -> None:
    assert _valid(ID_A) and _valid(ID_B)


def test_c2a_same_name_same_phone_is_certain(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "汪国进", "13812345678")
    cands = find_duplicates(db, actor, draft("汪国进", "13812345678"))
    assert cands[0].customer_id == cid
    assert cands[0].verdict == "certain"
    assert cands[0].reasons[0].code == "same_name_same_phone"
    assert cands[0].reasons[0].zh == "同名同电话"
    assert cands[0].matched_fields >= {"name", "phone"}
    assert has_certain(cands)


def test_c2a_suffix_on_one_side_is_still_certain(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "汪国进121237", "13812345678", ID_A)
    cands = find_duplicates(db, actor, draft("汪国进", "138 1234 5678"))
    assert [(c.customer_id, c.verdict) for c in cands[:1]] == [(cid, "certain")]


def test_c2a_different_suffixes_on_both_sides_are_not_certain(db: Database, actor: Actor) -> None:
    add(db, actor.store_id, "王伟121237", "13812345678", ID_A)
    cands = find_duplicates(db, actor, draft("王伟010021", "13812345678"))
    assert not has_certain(cands)


def test_c2a_both_valid_different_ids_are_not_certain(db: Database, actor: Actor) -> None:
    add(db, actor.store_id, "王伟", "13812345678", ID_A)
    cands = find_duplicates(db, actor, draft("王伟", "13812345678", ID_B, id_type="resident_id"))
    assert not has_certain(cands)


def test_c2b_same_name_other_phone_is_possible(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "汪国进", "13812345678")
    cands = find_duplicates(db, actor, draft("汪国进", "13999990000"))
    assert [(c.customer_id, c.verdict) for c in cands] == [(cid, "possible")]
    assert cands[0].reasons[0].code == "same_name_other_phone"
    assert cands[0].matched_fields == {"name"}


def test_c2c_company_same_name_is_certain_whatever_else(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "鑫达（广州）汽车服务有限公司", "02088886666", USCC, "company")
    cands = find_duplicates(db, actor, draft("鑫达(广州) 汽车服务有限责任公司", "13700001111", "",
                                             "company"))
    assert cands[0].customer_id == cid and cands[0].verdict == "certain"
    assert cands[0].reasons[0].code == "same_company_name"


def test_c2c_company_other_legal_form_is_not_certain(db: Database, actor: Actor) -> None:
    add(db, actor.store_id, "鑫达（广州）汽车服务有限公司", "02088886666", USCC, "company")
    for other in ("鑫达（广州）汽车服务股份有限公司", "鑫达（广州）汽车服务集团有限公司"):
        assert not has_certain(find_duplicates(db, actor, draft(other, "02088886666", "", "company")))


def test_c2c_company_one_trade_name_character_is_possible(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "广州市天河区鑫达汽车服务有限公司", "02088886666", None, "company")
    cands = find_duplicates(db, actor, draft("广州市天河区新达汽车服务有限公司", "", "", "company"))
    assert [(c.customer_id, c.verdict) for c in cands] == [(cid, "possible")]
    assert cands[0].reasons[0].code == "company_one_char"


def test_c2d_same_id_is_certain(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "汪国进", "13812345678", ID_A)
    cands = find_duplicates(db, actor, draft("王小明", "13900001111", ID_A.lower(), id_type="resident_id"))
    assert cands[0].customer_id == cid and cands[0].verdict == "certain"
    assert "same_id" in {r.code for r in cands[0].reasons}
    assert "id" in cands[0].matched_fields


def test_c2d_same_uscc_is_certain(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "鑫达汽车服务有限公司", "02088886666", USCC, "company")
    cands = find_duplicates(db, actor, draft("完全不同的名称有限公司", "", USCC.lower(), "company", "uscc"))
    assert cands[0].customer_id == cid and cands[0].verdict == "certain"


def test_c2_id_with_one_digit_typo_and_same_name_is_possible(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "汪国进", "13812345678", ID_A)
    typo = ID_A[:8] + "9" + ID_A[9:]
    cands = find_duplicates(db, actor, draft("汪国进", "13900001111", typo, id_type="resident_id"))
    assert cands[0].customer_id == cid and cands[0].verdict == "possible"
    assert "id_one_char" in {r.code for r in cands[0].reasons}


def test_c2_homophone_with_same_phone_is_possible(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "汪国进", "13812345678")
    cands = find_duplicates(db, actor, draft("汪国近", "13812345678"))
    assert [(c.customer_id, c.verdict) for c in cands] == [(cid, "possible")]
    assert cands[0].reasons[0].code == "name_homophone"
    assert "wang-guo-jin" in cands[0].reasons[0].zh


def test_c2_phone_one_digit_off_or_swapped_is_possible(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "汪国进", "13812345678")
    one = find_duplicates(db, actor, draft("汪国进", "13812345679"))
    swap = find_duplicates(db, actor, draft("汪国进", "13812346578"))
    assert one[0].customer_id == cid and one[0].verdict == "possible"
    assert "phone_one_digit" in {r.code for r in one[0].reasons}
    assert swap[0].customer_id == cid and "phone_swapped" in {r.code for r in swap[0].reasons}


def test_c2_visual_one_char_with_phone_typo_is_possible(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "杨志忠", "13812345678")
    cands = find_duplicates(db, actor, draft("扬志忠", "13812345670"))
    assert cands[0].customer_id == cid and cands[0].verdict == "possible"


def test_c2_fullwidth_digits_and_spaces_still_match(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "汪国进", "13812345678", ID_A)
    cands = find_duplicates(db, actor, draft(" 汪\u3000国\u200b进 ", "+86 １３８-１２３４-５６７８"))
    assert cands[0].customer_id == cid and cands[0].verdict == "certain"
    by_id = find_duplicates(db, actor, draft("", "", "４４０１０６ １９８５０３１２ １２３７"))
    assert by_id[0].customer_id == cid and by_id[0].verdict == "certain"


def test_c2_never_certain_on_name_alone(db: Database, actor: Actor) -> None:
    ids = {add(db, actor.store_id, "王伟", f"1381234{i:04d}", days_ago=i) for i in range(12)}
    cands = find_duplicates(db, actor, draft("王伟", "13900001111"))
    assert len(cands) == 10  # at most ten, the most recent first
    assert {c.customer_id for c in cands} <= ids
    assert not has_certain(cands)
    assert [c.created_at for c in cands] == sorted((c.created_at for c in cands), reverse=True)


def test_c2_phone_evidence_ranks_first_among_same_name(db: Database, actor: Actor) -> None:
    for i in range(12):
        add(db, actor.store_id, "王伟", f"1381234{i:04d}", days_ago=i)
    target = add(db, actor.store_id, "王伟", "13955556666", days_ago=400)
    cands = find_duplicates(db, actor, draft("王伟", "13955556686"))
    assert cands[0].customer_id == target


def test_c2_family_sharing_phone_is_not_certain(db: Database, actor: Actor) -> None:
    add(db, actor.store_id, "汪国进", "13812345678", ID_A)
    cands = find_duplicates(db, actor, draft("李秀英", "13812345678", ID_B, id_type="resident_id"))
    assert not has_certain(cands)
    assert cands == []  # a different name sharing the phone is not even shown


def test_c2_sibling_homophone_sharing_phone_is_not_certain(db: Database, actor: Actor) -> None:
    add(db, actor.store_id, "张涛宁", "13812345678")
    cands = find_duplicates(db, actor, draft("张涛凝", "13812345678"))
    assert cands and not has_certain(cands)


def test_c2_other_store_duplicate_counts(db: Database, actor: Actor) -> None:
    other = make_actor(db, "S2")
    cid = add(db, other.store_id, "汪国进", "13812345678")
    cands = find_duplicates(db, actor, draft("汪国进", "13812345678"))
    assert cands[0].customer_id == cid and cands[0].verdict == "certain"
    assert cands[0].store_codes == ("S2",)
    assert cands[0].created_store_code == "S2"


def test_c2_merged_record_is_never_certain(db: Database, actor: Actor) -> None:
    keep = add(db, actor.store_id, "汪国进", "13812345678")
    gone = add(db, actor.store_id, "汪国进", "13812345678", merged_into=keep)
    cands = find_duplicates(db, actor, draft("汪国进", "13812345678"))
    verdicts = {c.customer_id: c.verdict for c in cands}
    assert verdicts[keep] == "certain"
    assert verdicts.get(gone, "possible") == "possible"
    assert cands[0].customer_id == keep


def test_c2_find_duplicates_in_excludes_ids_inside_a_transaction(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "汪国进", "13812345678")
    with db.transaction() as s:
        assert find_duplicates_in(s, draft("汪国进", "13812345678"), exclude_ids=(cid,)) == []
        assert find_duplicates_in(s, draft("汪国进", "13812345678"))[0].customer_id == cid


def test_c2_index_follows_core_data_changes(db: Database, actor: Actor) -> None:
    cid = add(db, actor.store_id, "鑫达汽车服务有限公司", "02088886666", None, "company")
    with db.transaction() as s:
        c = s.get(Customer, cid)
        assert c is not None
        c.name = "宏达汽车服务有限公司"
    cands = find_duplicates(db, actor, draft("宏这汽车服务有限公司", "", "", "company"))
    assert [c.customer_id for c in cands] == [cid]
    assert find_duplicates(db, actor, draft("鑫这汽车服务有限公司", "", "", "company")) == []


@pytest.mark.parametrize("bad", [None, {}, {"name": None, "phone": 13812345678, "id_number": 12},
                                 {"customer_type": "nonsense", "name": ["x"], "id_type": "??"},
                                 {"name": "\u200b\u3000", "phone": "+86", "id_number": "-"}])
def test_c2_bad_input_never_raises(db: Database, actor: Actor, bad: object) -> None:
    add(db, actor.store_id, "汪国进", "13812345678")
    assert isinstance(find_duplicates(db, actor, bad), list)  # type: ignore[arg-type]


def test_c2_draft_normalisation() -> None:
    d = normalize_draft({"customer_type": "个人", "name": "汪国进12123x", "phone": "(0755)8600-1234",
                         "id_number": " 440106 19850312 1237 ", "id_type": "居民身份证"})
    assert (d.name_key, d.suffix, d.phone, d.id_key, d.pinyin) == (
        "汪国进", "12123X", "075586001234", ID_A, "wang|guo|jin")
    assert d.id_valid


def test_c2_dedupe_report_groups_suspected_duplicates(db: Database, actor: Actor, tmp_path: object) -> None:
    import csv
    from pathlib import Path

    from desktop.services.dedupe_report import COLUMNS, report

    a = add(db, actor.store_id, "汪国进", "13812345678")
    b = add(db, actor.store_id, "汪国进", "13812345678", ID_A)
    c = add(db, actor.store_id, "汪国近", "13812345678")  # homophone sharing the phone
    add(db, actor.store_id, "李秀英", "13812345678", ID_B)  # family member sharing the phone
    add(db, actor.store_id, "王伟", "13900001111")
    add(db, actor.store_id, "王伟", "13700002222")  # same name alone: not reported
    d = add(db, actor.store_id, "鑫达（广州）汽车服务有限公司", "02088886666", None, "company")
    e = add(db, actor.store_id, "鑫达(广州)汽车服务有限公司", None, None, "company")
    h1 = add(db, actor.store_id, "张晓明", "13600001234")
    h2 = add(db, actor.store_id, "张小明", "13600001243")  # homophone, two phone digits swapped
    add(db, actor.store_id, "张孝明", "13911112222")  # homophone alone: not reported
    seen: list[tuple[int, int]] = []
    out = Path(str(tmp_path)) / "report.csv"
    assert report(db, out, progress=lambda done, total: seen.append((done, total))) == 3
    assert seen and seen[-1][0] == seen[-1][1]
    with open(out, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == COLUMNS
    with db.read() as s:
        code = {i: s.get(Customer, i).code for i in (a, b, c, d, e, h1, h2)}  # type: ignore[union-attr]
    groups: dict[str, set[str]] = {}
    for r in rows:
        groups.setdefault(r["group_id"], set()).add(r["customer_code"])
    assert sorted(groups.values(), key=lambda x: (len(x), min(x))) == [
        {code[d], code[e]}, {code[h1], code[h2]}, {code[a], code[b], code[c]}]
    verdicts = {r["customer_code"]: (r["group_verdict"], r["reasons"]) for r in rows}
    assert {verdicts[code[i]][0] for i in (a, b, c, d, e)} == {"certain"}
    assert verdicts[code[h1]][0] == "possible" and "同音" in verdicts[code[h2]][1]
    assert next(r for r in rows if r["customer_code"] == code[c])["verdict"] == "possible"
