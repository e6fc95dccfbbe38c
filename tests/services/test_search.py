"""C1 / S2 magnifier search: every kind of fragment, store-scoped, on SQLite AND PostgreSQL."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from desktop.models import Customer, CustomerChannel, CustomerGram, Vehicle, VehicleGram, VehicleRepairCenter
from desktop.services.auth import Actor
from desktop.services.search import (
    detect_customer_kind,
    detect_vehicle_kinds,
    search_customers,
    search_vehicles,
)
from desktop.storage import Database
from desktop.storage.search_index import index_customers, rebuild_all
from tests.services.test_dedupe import make_actor


def _customer(db: Database, store_ids: list[int], code: str, name: str, phone: str,
              ctype: str = "individual") -> int:
    with db.transaction() as s:
        c = Customer(code=code, customer_type=ctype, category="retained", business="after_sales",
                     status="enabled", name=name, phone=phone, special=False, created_at=datetime(2024, 1, 1),
                     created_store_id=store_ids[0])
        s.add(c)
        s.flush()
        for sid in store_ids:
            s.add(CustomerChannel(customer_id=c.id, store_id=sid))
        return c.id


def _vehicle(db: Database, rc_ids: list[int], code: str, vin: str, plate: str | None, owner: int | None) -> int:
    with db.transaction() as s:
        v = Vehicle(internal_code=code, origin="manual", model="Model Y", vin=vin, plate=plate, owner_id=owner)
        s.add(v)
        s.flush()
        for rc in rc_ids:
            s.add(VehicleRepairCenter(vehicle_id=v.id, repair_center_id=rc))
        return v.id


@pytest.fixture
def world(db: Database) -> tuple[Actor, Actor, dict[str, int]]:
    a, b = make_actor(db, "S1"), make_actor(db, "S2")
    ids = {
        "wgj": _customer(db, [a.store_id], "KH00000001", "汪国进", "13812345678"),
        "wgj2": _customer(db, [a.store_id], "KH00000002", "汪国进121237", "13900008888"),
        "wgq": _customer(db, [a.store_id, b.store_id], "KH00000003", "王国强", "13712340000"),
        "co": _customer(db, [a.store_id], "KH00000004", "鑫达（广州）汽车服务有限公司", "02088886666", "company"),
        "other": _customer(db, [b.store_id], "KH00000005", "汪国进", "13812345670"),
        "smith": _customer(db, [a.store_id], "KH00000006", "SMITH JOHN", "13600001234"),
    }
    ids["v1"] = _vehicle(db, list(a.repair_center_ids), "V1", "LSVAU2180N2123456", "粤A12345", ids["wgj"])
    ids["v2"] = _vehicle(db, list(b.repair_center_ids), "V2", "LSVAU2180N2654321", "粤B88888", ids["other"])
    ids["v3"] = _vehicle(db, list(a.repair_center_ids + b.repair_center_ids), "V3", "LFV3A28K8L3000777",
                         None, ids["wgq"])
    return a, b, ids


def codes(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [r.code for r in rows]


def test_s2_name_fragment_two_chars(db: Database, world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, b, ids = world
    assert codes(search_customers(db, a, "国进")) == ["KH00000002", "KH00000001"]
    assert codes(search_customers(db, b, "国进")) == ["KH00000005"]
    assert set(codes(search_customers(db, a, "汪国"))) == {"KH00000001", "KH00000002"}


def test_s2_name_exact_match_comes_first(db: Database, world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, _, _ = world
    rows = search_customers(db, a, "汪国进")
    assert set(codes(rows)) == {"KH00000001", "KH00000002"}
    assert rows[0].match == "name"


def test_s2_name_fragment_one_and_three_plus_chars(db: Database,
                                                    world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, _, _ = world
    assert set(codes(search_customers(db, a, "国"))) == {"KH00000001", "KH00000002", "KH00000003"}
    assert codes(search_customers(db, a, "广州鑫达")) == []  # not a substring
    assert codes(search_customers(db, a, "(广州)汽车服务")) == ["KH00000004"]
    assert codes(search_customers(db, a, "汽车服务有限")) == ["KH00000004"]
    assert codes(search_customers(db, a, "国 进")) == ["KH00000002", "KH00000001"]


def test_s2_pinyin_initials_and_full_pinyin(db: Database, world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, b, _ = world
    assert set(codes(search_customers(db, a, "wgj"))) == {"KH00000001", "KH00000002"}
    assert set(codes(search_customers(db, a, "WangGuoJin"))) == {"KH00000001", "KH00000002"}
    assert set(codes(search_customers(db, a, "wangguo"))) == {"KH00000001", "KH00000002", "KH00000003"}
    assert codes(search_customers(db, b, "wgq")) == ["KH00000003"]
    assert codes(search_customers(db, a, "smith")) == ["KH00000006"]  # Latin name: its letters are pinyin keys
    assert codes(search_customers(db, a, "john")) == ["KH00000006"]  # a later word: through the name grams


def test_s2_phone_last_digits_middle_and_full(db: Database, world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, b, _ = world
    assert codes(search_customers(db, a, "5678")) == ["KH00000001"]
    assert codes(search_customers(db, a, "1234")) == ["KH00000006", "KH00000001", "KH00000003"][:1] + \
        [c for c in codes(search_customers(db, a, "1234"))[1:]]
    assert set(codes(search_customers(db, a, "1234"))) == {"KH00000006", "KH00000001", "KH00000003"}
    assert codes(search_customers(db, a, "138 1234 5678")) == ["KH00000001"]
    assert codes(search_customers(db, b, "13812345678")) == []
    assert codes(search_customers(db, a, "8888666")) == ["KH00000004"]
    masked = search_customers(db, a, "5678")[0].phone_masked
    assert masked == "138****5678"


def test_s2_customer_code(db: Database, world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, b, _ = world
    assert codes(search_customers(db, a, "kh00000003")) == ["KH00000003"]
    assert codes(search_customers(db, b, "KH0000000")) == ["KH00000003", "KH00000005"]


def test_s2_results_are_store_scoped_and_limited(db: Database,
                                                  world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, _, _ = world
    assert len(search_customers(db, a, "国", limit=2)) == 2
    assert search_customers(db, a, "") == []
    assert search_customers(db, a, "   \u200b") == []
    row = search_customers(db, a, "鑫达")[0]
    assert (row.name, row.customer_type, row.status, row.created_store_code) == (
        "鑫达（广州）汽车服务有限公司", "company", "enabled", "S1")


def test_s2_vehicle_by_vin_suffix_prefix_and_full(db: Database,
                                                  world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, b, _ = world
    assert [v.vin for v in search_vehicles(db, a, "123456")] == ["LSVAU2180N2123456"]
    assert [v.vin for v in search_vehicles(db, b, "123456")] == []
    assert [v.vin for v in search_vehicles(db, a, "lsvau2180n2123456")] == ["LSVAU2180N2123456"]
    assert {v.vin for v in search_vehicles(db, b, "LSVAU")} == {"LSVAU2180N2654321"}
    assert [v.vin for v in search_vehicles(db, b, "3000777")] == ["LFV3A28K8L3000777"]
    row = search_vehicles(db, a, "2123456")[0]
    assert (row.plate, row.owner_name, row.model, row.match) == ("粤A12345", "汪国进", "Model Y", "vin_suffix")


def test_s2_vehicle_by_plate_full_and_fragment(db: Database, world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, b, _ = world
    assert [v.plate for v in search_vehicles(db, a, "粤A12345")] == ["粤A12345"]
    assert [v.plate for v in search_vehicles(db, a, "粤a 123")] == ["粤A12345"]
    assert [v.plate for v in search_vehicles(db, a, "A123")] == ["粤A12345"]
    assert [v.plate for v in search_vehicles(db, a, "2345")] == ["粤A12345"]  # one 4-gram
    assert [v.plate for v in search_vehicles(db, a, "A12")] == ["粤A12345"]  # one trigram
    assert [v.plate for v in search_vehicles(db, a, "A1234")] == ["粤A12345"]  # two 4-grams, verified
    assert search_vehicles(db, a, "A1245") == []  # both 4-grams exist nowhere together
    assert [v.plate for v in search_vehicles(db, b, "B888")] == ["粤B88888"]
    assert search_vehicles(db, a, "B888") == []


def test_s2_index_follows_orm_changes(db: Database, world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, _, ids = world
    with db.transaction() as s:
        c = s.get(Customer, ids["wgq"])
        v = s.get(Vehicle, ids["v1"])
        assert c is not None and v is not None
        c.name = "李秀英"
        c.phone = "13511112222"
        v.plate = "粤C77777"
    assert codes(search_customers(db, a, "王国")) == []
    assert codes(search_customers(db, a, "秀英")) == ["KH00000003"]
    assert codes(search_customers(db, a, "1111")) == ["KH00000003"]
    assert [v.plate for v in search_vehicles(db, a, "C777")] == ["粤C77777"]
    assert search_vehicles(db, a, "A123") == []
    with db.transaction() as s:
        s.delete(s.get(Customer, ids["smith"]))
    with db.read() as s:
        assert s.scalars(select(CustomerGram).where(CustomerGram.customer_id == ids["smith"])).all() == []


def test_s2_bulk_index_and_rebuild(db: Database, world: tuple[Actor, Actor, dict[str, int]]) -> None:
    a, _, _ = world
    with db.engine.begin() as conn:
        conn.execute(Customer.__table__.insert(), [{
            "code": "KH00000099", "customer_type": "individual", "category": "retained",
            "business": "after_sales", "status": "enabled", "name": "欧阳娜娜", "phone": "13322223333",
            "special": False, "created_at": datetime(2024, 1, 1), "updated_at": datetime(2024, 1, 1),
            "version": 1, "created_store_id": a.store_id,
        }])
        cid = conn.execute(select(Customer.id).where(Customer.code == "KH00000099")).scalar_one()
        conn.execute(CustomerChannel.__table__.insert(), [{"customer_id": cid, "store_id": a.store_id,
                                                           "created_at": datetime(2024, 1, 1)}])
        assert index_customers(conn, [cid]) > 0  # also fills the stored keys (refresh_keys)
    assert codes(search_customers(db, a, "阳娜")) == ["KH00000099"]
    assert codes(search_customers(db, a, "oyn")) == ["KH00000099"]
    assert codes(search_customers(db, a, "3333")) == ["KH00000099"]
    with db.engine.begin() as conn:
        n_c, n_v = rebuild_all(conn)
    assert n_c > 0 and n_v > 0
    assert codes(search_customers(db, a, "阳娜")) == ["KH00000099"]
    with db.read() as s:
        assert s.scalar(select(VehicleGram.gram).where(VehicleGram.gram == "A12")) == "A12"


def test_kind_detection() -> None:
    assert detect_customer_kind("１３８ 1234") == ("phone", "1381234")
    assert detect_customer_kind("wgj") == ("pinyin", "wgj")
    assert detect_customer_kind("kh0001") == ("code", "KH0001")
    assert detect_customer_kind("汪\u200b国") == ("name", "汪国")
    assert detect_vehicle_kinds("粤A 12345")[0] == ["plate", "plate_fragment"]  # fragments only as a fallback
    assert detect_vehicle_kinds("6d218")[0] == ["vin_suffix", "plate_fragment", "vin_prefix"]
    assert detect_vehicle_kinds("LSVAU2180N2123456")[0][0] == "vin"


# -- S2: the store-scoped keys follow the stores that see a record ------------------------------------------
def test_s2_keys_follow_channels_and_repair_centers(db: Database) -> None:
    """A store finds a customer / vehicle as soon as it sees it (attach the store, M3/S1), and no longer
    once its channel is gone; the other stores' keys are untouched."""
    from desktop.services import vehicles
    from tests.factories import add_customer, add_vehicle, make_group, vin, vver

    actors = make_group(db)
    adv1, adv2 = actors["adv1"], actors["adv2"]
    add_customer(db, "C1", "汪国进", "13826401234", stores=("S01",))
    vid = add_vehicle(db, vin(123456), owner="C1", plate="粤A6D218", centers=("R01",))
    kinds = ("汪国进", "国进", "wgj", "wangguojin", "1234", "2640", "13826401234", "C1")
    for text_in in kinds:
        assert codes(search_customers(db, adv1, text_in)) == ["C1"], text_in
        assert search_customers(db, adv2, text_in) == [], text_in
    assert search_vehicles(db, adv2, "6D21") == []

    vehicles.attach_store(db, adv2, vid, version=vver(db, vid))  # R02 on the vehicle, S02 on the owner
    for text_in in kinds:
        assert codes(search_customers(db, adv2, text_in)) == ["C1"], text_in
    assert [v.plate for v in search_vehicles(db, adv2, "6D21")] == ["粤A6D218"]
    assert [v.plate for v in search_vehicles(db, adv1, "6D21")] == ["粤A6D218"]

    with db.transaction() as s:  # S02's channel and repair center removed again
        ch = s.scalar(select(CustomerChannel).where(CustomerChannel.store_id == adv2.store_id))
        vrc = s.scalar(select(VehicleRepairCenter).where(VehicleRepairCenter.repair_center_id == adv2.repair_center_id))
        s.delete(ch)
        s.delete(vrc)
    for text_in in kinds:
        assert search_customers(db, adv2, text_in) == [], text_in
        assert codes(search_customers(db, adv1, text_in)) == ["C1"], text_in
    assert search_vehicles(db, adv2, "6D21") == []
    assert [v.plate for v in search_vehicles(db, adv1, "6D21")] == ["粤A6D218"]


def test_s2_a_channel_moved_to_another_customer_reindexes_both(db: Database) -> None:
    from tests.factories import add_customer, make_group

    actors = make_group(db)
    c1 = add_customer(db, "C1", "汪国进", "13826401234", stores=("S01",))
    add_customer(db, "C2", "李秀英", "13511112222", stores=("S01", "S02"))
    with db.transaction() as s:
        ch = s.scalar(select(CustomerChannel).where(CustomerChannel.store_id == actors["adv2"].store_id))
        ch.customer_id = c1
    assert codes(search_customers(db, actors["adv2"], "国进")) == ["C1"]
    assert search_customers(db, actors["adv2"], "秀英") == []
    assert codes(search_customers(db, actors["adv1"], "秀英")) == ["C2"]


def test_s2_imported_rows_are_found_by_the_stores_named_in_the_file(db: Database, tmp_path) -> None:
    from desktop.services import importing
    from tests.factories import make_group, vin

    actors = make_group(db)
    cf = tmp_path / "c.csv"
    cf.write_text("code,customer_type,category,status,name,phone,id_type,id_number,store_codes\n"
                  "K1,individual,retained,enabled,欧阳娜娜,13322223333,,,S02\n"
                  "K2,company,retained,enabled,鑫达汽车服务有限公司,02088886666,,,S01|S02\n", encoding="utf-8")
    vf = tmp_path / "v.csv"
    vf.write_text("vin,origin,model,engine_no,color,interior,plate,plate_color,owner_code,repair_center_codes\n"
                  f"{vin(777001)},manual,大众 朗逸,,,,粤B7K123,blue,K1,R02\n", encoding="utf-8")
    assert importing.import_customers(db, cf).loaded == 2
    assert importing.import_vehicles(db, vf).loaded == 1
    adv1, adv2 = actors["adv1"], actors["adv2"]
    for text_in in ("阳娜", "oyn", "3333", "K1"):
        assert codes(search_customers(db, adv2, text_in)) == ["K1"], text_in
        assert search_customers(db, adv1, text_in) == [], text_in
    assert codes(search_customers(db, adv1, "鑫达")) == ["K2"] == codes(search_customers(db, adv2, "鑫达"))
    assert [v.plate for v in search_vehicles(db, adv2, "7K12")] == ["粤B7K123"]
    assert search_vehicles(db, adv1, "7K12") == []


def test_s2_channel_removed_through_the_customer_and_a_non_key_edit(db: Database) -> None:
    """A channel dropped from ``customer.channels`` (delete-orphan) takes that store's keys with it; an edit
    that changes no key (category) leaves what every store finds as it was."""
    from tests.factories import add_customer, make_group

    actors = make_group(db)
    cid = add_customer(db, "C1", "汪国进", "13826401234", stores=("S01", "S02"))
    with db.transaction() as s:
        c = s.get(Customer, cid)
        assert c is not None
        c.channels.remove(next(ch for ch in c.channels if ch.store_id == actors["adv2"].store_id))
    assert search_customers(db, actors["adv2"], "国进") == []
    assert codes(search_customers(db, actors["adv1"], "国进")) == ["C1"]
    with db.transaction() as s:
        c = s.get(Customer, cid)
        assert c is not None
        c.category = "potential"
    assert codes(search_customers(db, actors["adv1"], "国进")) == ["C1"]
    assert codes(search_customers(db, actors["adv1"], "1234")) == ["C1"]
