"""The demo group: 3 stores, one user per role per store, ~2,000 customers, ~2,500 vehicles and a record
for every hard case of the rulebook. Deterministic: the same database every time.

Scenario VINs and plates (documented in the README) are in SCENARIOS.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from desktop.models import (
    Customer,
    CustomerChannel,
    RepairCenter,
    SpecialCustomerPattern,
    Store,
    User,
    Vehicle,
    VehicleRepairCenter,
    utcnow,
)
from desktop.rules.identity import validate_resident_id
from desktop.rules.vin import vin_check_digit
from desktop.storage import Database

DEMO_PASSWORD = "demo1234"
STORES = [
    ("S01", "广州天河店", "R01", "天河维修中心"),
    ("S02", "深圳福田店", "R02", "福田维修中心"),
    ("S03", "佛山禅城店", "R03", "禅城维修中心"),
]
#: the demo group's own companies (C13 special customers, kind group_company): the group and each store's legal
#: name. A real group enters its own on the 特殊客户 page; migration 0011 ships none.
GROUP_COMPANIES = {
    "group": "广东粤通汽车集团有限公司",
    "S01": "广州粤通天河汽车销售服务有限公司",
    "S02": "深圳粤通福田汽车销售服务有限公司",
    "S03": "佛山粤通禅城汽车销售服务有限公司",
}
ROLE_LOGINS = [("adv", "service_advisor", "服务顾问"), ("sales", "sales_advisor", "销售顾问"),
               ("fin", "finance", "财务"), ("cs", "customer_service", "客服")]
DEMO_USERS: list[tuple[str, str, str]] = [
    (f"{prefix}{i}", role, store[0]) for i, store in enumerate(STORES, 1) for prefix, role, _ in ROLE_LOGINS
] + [("mdm1", "master_data", "S01")]

# What to type at intake, logged in as a user of store S01 (e.g. adv1), for each hard case.
SCENARIOS: dict[str, str] = {}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂英", "建国", "海涛", "丽娟", "志强", "晓明", "文华", "国进", "嘉怡", "梓涵", "浩然",
         "子轩", "雨桐", "俊杰", "欣怡", "宇航", "思远", "晨曦", "家豪", "伟东", "少华", "振宇", "美玲", "惠敏"]
TRADE = ["鑫达", "宏运", "恒通", "华盛", "嘉禾", "锦程", "瑞丰", "顺发", "天润", "新辉", "永利", "正泰", "中和", "捷科"]
CITIES = [("广州市", "天河区", "020", "440106"), ("深圳市", "福田区", "0755", "440304"), ("佛山市", "禅城区", "0757", "440604")]
MODELS = [("LSVAG2180", "大众 朗逸 1.5L 舒适版"), ("LFV2A21K7", "大众 速腾 280TSI 豪华版"),
          ("LVGBE40K8", "丰田 凯美瑞 2.0G 豪华版"), ("LHGRU5842", "本田 雅阁 260TURBO 精英版"),
          ("LGBH52E05", "日产 轩逸 1.6XL CVT 豪华版"), ("LSGKB54H3", "别克 英朗 15T 精英型")]
COLORS = ["珍珠白", "曜石黑", "星光银", "极光蓝", "宝石红"]


@dataclass
class DemoSummary:
    stores: int
    users: int
    customers: int
    vehicles: int

    def __str__(self) -> str:
        lines = [f"demo group ready: {self.stores} stores, {self.users} users (password {DEMO_PASSWORD}), "
                 f"{self.customers} customers, {self.vehicles} vehicles"]
        lines += [f"  {name}: {value}" for name, value in SCENARIOS.items()]
        return "\n".join(lines)


def make_vin(prefix9: str, year_code: str, serial: int, plant: str = "A") -> str:
    """A VIN with a correct check digit: WMI + VDS (8 chars, position 9 replaced), year, plant, serial."""
    body = prefix9[:8] + "0" + year_code + plant + f"{serial:06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


def _ric(rng: random.Random, region: str, birth: date, seq: int) -> str:
    from stdnum.cn.ric import calc_check_digit

    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + calc_check_digit(body + "0")  # stdnum expects a placeholder check digit


def _mobile(rng: random.Random) -> str:
    while True:
        p = rng.choice(["138", "139", "135", "136", "137", "150", "151", "158", "159", "186", "187", "188", "189", "177", "199"])
        p += "".join(rng.choice("0123456789") for _ in range(8))
        if len(set(p[3:])) >= 4:
            return p


def _plate(rng: random.Random, prefix: str, taken: set[str]) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        serial = rng.choice(letters) + "".join(rng.choice("0123456789") for _ in range(4))
        plate = prefix + serial
        if plate not in taken:
            taken.add(plate)
            return plate


SCENARIO_VINS = {
    "vehicle_and_owner": make_vin("LSVAG2180", "M", 900001),
    "vehicle_only (no owner)": make_vin("LFV2A21K7", "N", 900002),
    "vehicle_only (owner not retained)": make_vin("LVGBE40K8", "N", 900003),
    "other_store": make_vin("LHGRU5842", "L", 900004),
    "plate moved (new car)": make_vin("LGBH52E05", "P", 900005),
    "plate moved (old car)": make_vin("LSGKB54H3", "G", 900006),
    "PDI stock car": make_vin("LSVAG2180", "R", 900007),
    "owner sold on (W2a)": make_vin("LSGKB54H3", "K", 900008),
}
NOT_FOUND_VIN = make_vin("LFV2A21K7", "R", 900099)
MOVED_PLATE = "粤A8M888"


def _typo_of(vin: str) -> str:
    """The same VIN with one serial digit mistyped (V8)."""
    digit = "7" if vin[-2] != "7" else "3"
    return vin[:-2] + digit + vin[-1]


def build_demo(db: Database, *, customers: int = 2000, vehicles: int = 2500, seed: int = 2026) -> DemoSummary:
    """Create the demo group in an empty database (refused when stores exist already)."""
    from desktop.services import org

    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Store)):
            raise DemoExists()
    for code, name, rc_code, rc_name in STORES:
        org.add_store(db, code, name, [(rc_code, rc_name)])
    names = {login: f"{label}{login[-1]}" for login, _, _ in DEMO_USERS for p, _, label in ROLE_LOGINS if login.startswith(p)}
    for login, role, store in DEMO_USERS:
        org.add_user(db, login, names.get(login, "主数据管理员"), store, [role], DEMO_PASSWORD)

    rng = random.Random(seed)
    with db.transaction() as s:
        stores = {st.code: st for st in s.scalars(select(Store))}
        centers = {rc.code: rc for rc in s.scalars(select(RepairCenter))}
        admin = s.scalar(select(User).where(User.login == "mdm1"))
        assert admin is not None
        for company in GROUP_COMPANIES.values():  # C13: the group's own companies are special customers
            s.add(SpecialCustomerPattern(match_type="exact", pattern=company, kind="group_company", active=True,
                                         created_by_id=admin.id, updated_by_id=admin.id))
        people: list[Customer] = []
        used_ids: set[str] = set()
        used_name_phone: set[tuple[str, str]] = set()
        for i in range(customers):
            store_code = STORES[i % 3][0]
            if i % 20 == 0:
                city, district, area, _region = CITIES[i % 3]
                trade = TRADE[i % len(TRADE)]
                name = f"{city}{district}{trade}{rng.choice(['汽车服务', '物流', '贸易', '科技'])}有限公司"
                if any(c.name == name for c in people[-40:]):
                    name = name.replace("有限公司", f"第{i}分公司")
                phone = area + str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(7))
                ctype, idt, idn = "company", None, None
            else:
                name = rng.choice(SURNAMES) + rng.choice(GIVEN)
                if i < 40 and i % 4 == 1:
                    name = "王伟"  # several 王伟: different people with one common name
                phone = _mobile(rng)
                birth = date(1960, 1, 1) + timedelta(days=rng.randint(0, 365 * 45))
                idn = _ric(rng, rng.choice(CITIES)[3], birth, rng.randint(100, 999))
                if idn in used_ids or rng.random() < 0.3:
                    idn = None
                idt = "resident_id" if idn else None
                if idn:
                    used_ids.add(idn)
                    validate_resident_id(idn)
                ctype = "individual"
            if (name, phone) in used_name_phone:
                continue
            used_name_phone.add((name, phone))
            c = Customer(
                code=f"KH{i + 1:08d}", customer_type=ctype, category="retained", business="after_sales",
                status="enabled", name=name, phone=phone, id_type=idt, id_number=idn,
                finance_customer_code=f"CW{i + 1:08d}", created_store_id=stores[store_code].id,
                created_by_id=admin.id, created_at=utcnow() - timedelta(days=rng.randint(30, 2000)),
            )
            c.channels.append(CustomerChannel(store_id=stores[store_code].id))
            people.append(c)
        s.add_all(people)
        s.flush()

        taken_plates: set[str] = {MOVED_PLATE}
        cars: list[Vehicle] = []
        for j in range(vehicles):
            wmi, model = MODELS[j % len(MODELS)]
            store_code, _, rc_code, _ = STORES[j % 3]
            vin = make_vin(wmi, "JKLMNPRS"[j % 8], 100000 + j * 7)
            owner = people[j % len(people)] if j % 9 else None
            prefix = {"S01": "粤A", "S02": "粤B", "S03": "粤E"}[store_code]
            v = Vehicle(
                internal_code=f"CL{j + 1:09d}", origin="generated" if j % 3 else "manual", model=model, vin=vin,
                engine_no=f"E{rng.randint(10**7, 10**8 - 1)}", color=rng.choice(COLORS), interior="黑色",
                plate=_plate(rng, prefix, taken_plates) if owner else None, owner=owner,
                sale_date=date(2016, 1, 1) + timedelta(days=rng.randint(0, 3000)) if owner else None,
                commercial_expiry=date(2026, 1, 1) + timedelta(days=rng.randint(0, 600)) if owner else None,
                created_store_id=stores[store_code].id, created_by_id=admin.id,
            )
            if v.plate:
                v.plate_color = "green" if len(v.plate) == 8 else "blue"
            v.repair_centers.append(VehicleRepairCenter(repair_center_id=centers[rc_code].id))
            if owner is not None and not any(ch.store_id == stores[store_code].id for ch in owner.channels):
                owner.channels.append(CustomerChannel(store_id=stores[store_code].id))
            cars.append(v)
        s.add_all(cars)
        s.flush()
        _scenarios(s, rng, stores, centers, admin.id)
        n_customers = s.scalar(select(func.count()).select_from(Customer)) or 0
        n_vehicles = s.scalar(select(func.count()).select_from(Vehicle)) or 0
    return DemoSummary(len(STORES), len(DEMO_USERS), n_customers, n_vehicles)


class DemoExists(Exception):
    def __init__(self) -> None:
        super().__init__("the database holds stores already: the demo needs an empty database")


def _scenarios(s: object, rng: random.Random, stores: dict[str, Store], centers: dict[str, RepairCenter],
               admin_id: int) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    s01, s02 = stores["S01"].id, stores["S02"].id
    r01, r02 = centers["R01"].id, centers["R02"].id

    def customer(code: str, name: str, phone: str, *, category: str = "retained", status: str = "enabled",
                 store: int = s01, idn: str | None = None, business: str = "after_sales",
                 ctype: str = "individual") -> Customer:
        c = Customer(code=code, customer_type=ctype, category=category, business=business, status=status,
                     name=name, phone=phone, id_type="resident_id" if idn else None, id_number=idn,
                     finance_customer_code="CW" + code[2:], created_store_id=store, created_by_id=admin_id)
        c.channels.append(CustomerChannel(store_id=store))
        s.add(c)
        return c

    def vehicle(key: str, model: str, *, owner: Customer | None, center: int = r01, plate: str | None = None,
                origin: str = "manual", sold: bool = True) -> Vehicle:
        vin = SCENARIO_VINS[key]
        v = Vehicle(internal_code="CLD" + vin[-6:], origin=origin, model=model, vin=vin, engine_no=f"E{vin[-8:]}",
                    color="珍珠白", interior="黑色", plate=plate, plate_color="blue" if plate else None, owner=owner,
                    sale_date=date(2023, 5, 20) if sold else None, created_by_id=admin_id,
                    commercial_expiry=date(2027, 3, 31) if owner else None)
        v.repair_centers.append(VehicleRepairCenter(repair_center_id=center))
        s.add(v)
        return v

    owner = customer("KHD0000001", "汪国进", "13826401234", idn=_ric(rng, "440106", date(1982, 3, 12), 231))
    vehicle("vehicle_and_owner", "大众 朗逸 1.5L 舒适版", owner=owner, plate="粤A6D218")
    vehicle("vehicle_only (no owner)", "大众 速腾 280TSI 豪华版", owner=None)
    potential = customer("KHD0000002", "李嘉怡", "13902225678", category="potential", business="sales")
    vehicle("vehicle_only (owner not retained)", "丰田 凯美瑞 2.0G 豪华版", owner=potential, plate="粤A3K517")
    other_owner = customer("KHD0000003", "陈志强", "13510086688", store=s02)
    vehicle("other_store", "本田 雅阁 260TURBO 精英版", owner=other_owner, center=r02, plate="粤B5G902")
    mover = customer("KHD0000004", "黄文华", "13711112046", idn=_ric(rng, "440104", date(1975, 8, 2), 452))
    vehicle("plate moved (new car)", "日产 轩逸 1.6XL CVT 豪华版", owner=mover)
    vehicle("plate moved (old car)", "别克 英朗 15T 精英型", owner=mover, plate=MOVED_PLATE)
    vehicle("PDI stock car", "大众 朗逸 1.5L 舒适版", owner=None, origin="generated", sold=False)
    seller = customer("KHD0000005", "周建国", "13600135000")
    vehicle("owner sold on (W2a)", "别克 英朗 15T 精英型", owner=seller, plate="粤A2W771")
    customer("KHD0000006", "周建国", "13600135999", status="pending")  # same name, other phone (C2b)
    for k in range(7, 12):
        customer(f"KHD00000{k:02d}", ["吴思远", "郑晨曦", "冯雨桐", "广州市天河区捷科汽车服务有限公司", "何家豪"][k - 7],
                 _mobile(rng) if k != 10 else "02087654321", status="pending",
                 business="sales" if k % 2 else "after_sales", category="potential" if k % 2 else "retained",
                 ctype="company" if k == 10 else "individual",
                 # C7: a sales customer is enabled only with a valid ID, so finance's pending ones carry one
                 idn=_ric(rng, "440106", date(1990, 1, k), 300 + k) if k % 2 else None)
    customer("KHD0000012", "汪国近", "13826401234", status="pending")  # homophone of 汪国进, same phone
    # C13 special customers, created by the master-data team: the own store (internal repairs, W6) and an insurer
    for code, name, kind, phone in (("KHD0000013", GROUP_COMPANIES["S01"], "group_company", "02038851266"),
                                    ("KHD0000014", "中国人民财产保险股份有限公司广州市分公司", "insurer", "02083196512")):
        special = customer(code, name, phone, ctype="company")
        special.special, special.special_kind = True, kind
    s.flush()


def _fill_scenarios() -> None:
    if not SCENARIOS:
        SCENARIOS.update({
            "vehicle_and_owner": SCENARIO_VINS["vehicle_and_owner"],
            "vehicle_only (no owner)": SCENARIO_VINS["vehicle_only (no owner)"],
            "vehicle_only (owner not retained)": SCENARIO_VINS["vehicle_only (owner not retained)"],
            "other_store": SCENARIO_VINS["other_store"],
            "not_found": NOT_FOUND_VIN,
            "suspected_typo": _typo_of(SCENARIO_VINS["vehicle_and_owner"]),
            "plate moved: new car VIN": SCENARIO_VINS["plate moved (new car)"],
            "plate moved: plate on the old car": MOVED_PLATE,
            "PDI stock car (no owner)": SCENARIO_VINS["PDI stock car"],
            "owner sold on (W2a)": SCENARIO_VINS["owner sold on (W2a)"],
        })


_fill_scenarios()
