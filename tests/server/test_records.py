"""Issue #13 items 4 and 7 over a real socket, with the data itself: S1 masking as the UI shows it, the client
address in the audit trail, Idempotency-Key, and one advisor's intake flow end to end through RemoteBackend.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.backend import LocalBackend
from desktop.models import AuditEntry, Customer, RequestLog, UserSession, Vehicle, WorkOrder
from desktop.services import api, audit, auth, customers
from desktop.services.sessions import SessionExpired
from tests.factories import add_customer, add_vehicle, cver, make_group, vin, vver
from tests.server.conftest import Live, backend_for, error_of

ID_A1 = "440106199001010013"
PHONE_A1 = "13826401234"
PHONE_B1 = "13600002222"


@pytest.fixture(scope="module")
def group(live: Live) -> dict[str, Any]:
    actors = make_group(live.db)
    add_customer(live.db, "A1", "汪国进", PHONE_A1, id_type="resident_id", id_number=ID_A1)
    add_customer(live.db, "A2", "陈志强", "13922223333")
    add_customer(live.db, "B1", "刘洋", PHONE_B1, stores=("S02",))
    add_customer(live.db, "C3", "周杰", "13700001111")
    car = add_vehicle(live.db, vin(1), owner="A1", plate="粤A12345")
    b_car = add_vehicle(live.db, vin(2), owner="B1", centers=("R02",), plate="粤B54321")
    attach_car = add_vehicle(live.db, vin(3), owner="C3", plate="粤A33333")
    tokens = {login: live.api.token(login) for login in ("adv1", "adv2", "cs1", "mdm1", "sales1")}
    return {"actors": actors, "tokens": tokens, "car": car, "b_car": b_car, "attach_car": attach_car}


def http_json(live: Live, token: str, name: str, body: dict[str, Any]) -> Any:
    response = live.api.call(name, token, body)
    assert response.status_code == 200, response.text[:300]
    return response.json(), response.text


def local_json(live: Live, actor: auth.Actor, name: str, body: dict[str, Any]) -> Any:
    uc = api.USE_CASES[name]
    return json.loads(uc.encode_result(LocalBackend(live.db, actor).call(name, **body)))


# -- 6. masking (S1) ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, body", [
    ("customers.get_customer", {"code": "A1"}),
    ("intake.lookup_vin", {"vin": vin(1)}),
    ("intake.lookup_plate", {"plate": "粤A12345"}),
    ("search.search_customers", {"text": "汪国进"}),
    ("vehicles.get_vehicle", None),
])
def test_s1_other_store_sees_phone_and_id_masked_exactly_as_in_process(live, group, name, body):
    """S1 / #13 item 7: 'responses carry phone and ID numbers masked exactly as the UI shows them': adv2 (S02)
    gets S01's customer with phone and ID masked, the same JSON as the in-process service gives, and the full
    numbers appear nowhere in the response."""
    body = body if body is not None else {"vehicle_id": group["car"]}
    remote, text = http_json(live, group["tokens"]["adv2"], name, body)
    assert remote == local_json(live, group["actors"]["adv2"], name, body)
    assert PHONE_A1 not in text and ID_A1 not in text
    if name == "customers.get_customer":
        assert (remote["phone"], remote["id_number"], remote["visible"]) == ("138****1234", "4401**********0013",
                                                                          False)
    if name.startswith("intake."):
        assert remote["outcome"] == "other_store"
        assert (remote["owner"]["phone"], remote["owner"]["id_number"]) == ("138****1234", "4401**********0013")


@pytest.mark.parametrize("login, code, phone", [("adv1", "A1", PHONE_A1), ("mdm1", "A1", PHONE_A1),
                                                ("mdm1", "B1", PHONE_B1), ("cs1", "A1", PHONE_A1),
                                                ("adv2", "B1", PHONE_B1)])
def test_s1_own_store_and_master_data_see_the_full_number(live, group, login, code, phone):
    """S1 / #13 item 7: 'the full number only to roles that need it': the store that sees the customer, and
    the master-data team group-wide, get the full phone (and ID), as in-process."""
    remote, _ = http_json(live, group["tokens"][login], "customers.get_customer", {"code": code})
    assert remote == local_json(live, group["actors"][login], "customers.get_customer", {"code": code})
    assert remote["phone"] == phone
    if code == "A1":
        assert remote["id_number"] == ID_A1
    owner_of = {"A1": vin(1), "B1": vin(2)}[code]
    found, _ = http_json(live, group["tokens"][login], "intake.lookup_vin", {"vin": owner_of})
    assert found["owner"]["phone"] == phone


def test_m3_attach_through_the_api_unmasks_for_the_attaching_store(live, group):
    """M3 / S1 over HTTP: adv2 finds S01's car masked, attaches its store (repair center + owner's channel) with
    one request, and the next lookup shows the owner in full."""
    adv2 = backend_for(live.url, "adv2")
    try:
        before = adv2.intake.lookup_vin(vin=vin(3))
        assert before.outcome == "other_store" and before.owner.phone == "137****1111"
        adv2.vehicles.attach_store(group["attach_car"], version=vver(live.db, group["attach_car"]),
                                   request_id="attach-c3")
        after = adv2.intake.lookup_vin(vin=vin(3))
        assert after.outcome == "vehicle_and_owner" and after.owner.phone == "13700001111"
    finally:
        adv2.close()


# -- 7. the client address in the audit trail -----------------------------------------------------------------------
def test_audit_records_the_client_address_of_an_http_write_and_none_in_process(live, group):
    """#13 item 7: 'the audit trail records the client address': a core-data change sent over HTTP is audited
    with 127.0.0.1 (an X-Forwarded-For from the client is not believed), an in-process one with None; the
    session remembers the address it logged in from."""
    cs = group["tokens"]["cs1"]
    response = live.api.call("customers.change_core_data", cs,
                             {"customer_code": "A2", "reason": "客户换号", "version": cver(live.db, "A2"),
                              "phone": "13922224444"}, key="addr-1", headers={"X-Forwarded-For": "10.1.2.3"})
    assert response.status_code == 200, response.text
    customers.change_core_data(live.db, group["actors"]["cs1"], "A2", reason="客户又换号",
                               version=cver(live.db, "A2"), phone="13922225555")
    rows, _ = http_json(live, cs, "audit.entries", {"entity_code": "A2"})
    by_reason = {r["reason"]: r for r in rows if r["field"] == "phone"}
    assert by_reason["客户换号"]["client_address"] == "127.0.0.1"
    assert by_reason["客户又换号"]["client_address"] is None
    in_process = {r.reason: r.client_address for r in audit.entries(live.db, group["actors"]["cs1"], entity_code="A2")}
    assert in_process == {"客户换号": "127.0.0.1", "客户又换号": None}
    with live.db.read() as s:
        assert set(s.scalars(select(UserSession.client_address))) == {"127.0.0.1"}


# -- 8. Idempotency-Key ---------------------------------------------------------------------------------------------
def _count(live: Live, model: Any, *where: Any) -> int:
    with live.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_same_idempotency_key_twice_returns_the_first_answer_and_applies_once(live, group):
    """#7 / #13 item 3: a resent write (same Idempotency-Key) gets the same body and applies nothing again."""
    adv = group["tokens"]["adv1"]
    body = {"customer_type": "individual", "name": "黄文华", "phone": "13711112046"}
    first = live.api.call("customers.create_customer", adv, body, key="idem-create-1")
    again = live.api.call("customers.create_customer", adv, body, key="idem-create-1")
    assert first.status_code == again.status_code == 200, (first.text, again.text)
    assert first.json() == again.json()
    assert _count(live, Customer, Customer.name == "黄文华") == 1
    assert _count(live, AuditEntry, AuditEntry.action == "customer.create",
                  AuditEntry.entity_code == first.json()["code"]) == 1
    without = live.api.call("customers.create_customer", adv, body)  # no key: a new action, checked afresh
    assert error_of(without, 409, "duplicate")["rule"] == "C2"


def test_idempotency_key_of_another_action_or_user_is_a_conflict(live, group):
    """#7 / #13 item 3: the same key for another action, or by another user, is 409 conflict (RequestReused),
    never applied and never the first user's answer."""
    adv1, adv2 = group["tokens"]["adv1"], group["tokens"]["adv2"]
    body = {"customer_type": "individual", "name": "马超", "phone": "13711113057"}
    first = live.api.call("customers.create_customer", adv1, body, key="idem-shared-1")
    assert first.status_code == 200, first.text
    other_action = live.api.call("vehicles.create_manual_vehicle", adv1, {"model": "丰田 凯美瑞 2.0G",
                                                                         "vin": vin(777, "LVGBE40K8")},
                                 key="idem-shared-1")
    error = error_of(other_action, 409, "conflict")
    assert (error["code"], error["type"]) == ("request_reused", "desktop.services.writes.RequestReused")
    other_user = live.api.call("customers.create_customer", adv2, body, key="idem-shared-1")
    assert error_of(other_user, 409, "conflict")["code"] == "request_reused"
    assert first.json()["code"] not in other_user.text
    assert _count(live, Vehicle, Vehicle.vin == vin(777, "LVGBE40K8")) == 0
    assert _count(live, Customer, Customer.name == "马超") == 1


@pytest.mark.parametrize("key, name, phone", [("k" * 65, "韩梅", "13711114068"), ("x" * 1000, "韩雪", "13511117080")],
                         ids=["65 characters", "1000 characters"])
def test_invalid_idempotency_key_is_a_400_and_nothing_is_written(live, group, key, name, phone):
    """#13 item 3: the request id is 1-64 printable characters; anything else is refused before the write."""
    body = {"customer_type": "individual", "name": name, "phone": phone}
    error = error_of(live.api.call("customers.create_customer", group["tokens"]["adv1"], body, key=key), 400,
                     "validation")
    assert error["field"] in ("Idempotency-Key", "request_id")
    assert _count(live, Customer, Customer.name == name) == 0
    ok = live.api.call("customers.create_customer", group["tokens"]["adv1"], body, key=key[:64])
    assert ok.status_code == 200, ok.text
    with live.db.read() as s:
        assert s.get(RequestLog, key[:64]) is not None


# -- one advisor's intake, end to end through RemoteBackend ---------------------------------------------------------
def test_w1_w4_o2_intake_flow_through_remote_backend(live, group):
    """W1, W4, M1/M2, O2, W5 / #13 item 4: an advisor's whole intake through the workstation's RemoteBackend over
    a real socket — VIN not found, create the vehicle, add its owner on it, the VIN now loads both, open the
    work order; each a single request; a resent save returns the same work order; logout ends the session."""
    adv = backend_for(live.url, "adv1")
    new_vin = vin(4242, "LFV2A21K5")
    try:
        assert adv.actor.login == "adv1" and adv.actor.store_code == "S01"
        assert adv.intake.lookup_vin(vin=new_vin).outcome == "not_found"
        car = adv.vehicles.create_manual_vehicle(model="大众 速腾 1.4T", vin=new_vin, request_id="flow-car")
        adv.vehicles.create_owner(car.id, version=car.version, customer_type="individual", name="吴志刚",
                                  phone="13511116079", request_id="flow-owner")
        found = adv.intake.lookup_vin(vin=new_vin)
        assert found.outcome == "vehicle_and_owner" and found.owner.name == "吴志刚"
        order_args = dict(deliverer_name="吴志刚", deliverer_phone="13511116079", vin_confirmation=new_vin[-6:])
        order = adv.work_orders.create_work_order(found.vehicle.id, request_id="flow-wo", **order_args)
        assert order == adv.work_orders.create_work_order(found.vehicle.id, request_id="flow-wo", **order_args)
        with live.db.read() as s:
            assert list(s.scalars(select(WorkOrder.number).where(WorkOrder.vehicle_id == found.vehicle.id))) == \
                [order.number]
            owner = s.scalar(select(Vehicle.owner_id).where(Vehicle.vin == new_vin))
            assert s.get(Customer, owner).name == "吴志刚"
        token = adv.token
        adv.logout()
        error_of(live.api.call("intake.lookup_vin", token, {"vin": new_vin}), 401, "session")
        with pytest.raises(SessionExpired):
            adv.intake.lookup_vin(vin=new_vin)
    finally:
        adv.close()
