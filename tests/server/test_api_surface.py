"""Issue #13 item 3 and 7: what the API exposes and how it refuses, over a real socket.

- Only the catalogue (``desktop.services.api.USE_CASES``) is reachable, only by POST, only with a session; the
  OpenAPI schema lists exactly it (+ login, logout, health).
- A modified client gains nothing by sending ``actor``, ``roles``, ``store_id`` or ``user_id``: refused (400) or
  without effect.
- Every refusal is the typed body ``{"error": {kind, code, rule, field, message_zh, message_en, type, data}}``
  (400, 401, 403, 404, 405, 409, 422, 426), and no body ever shows driver text, SQL or a traceback, whatever a
  string argument holds (NUL, a lone surrogate, 10,000 characters): never a 5xx.
- An old workstation (``X-Desk-Api`` below the server's minimum) is told to update: 426, ``ClientTooOld``.
"""

from __future__ import annotations

import inspect
import json
import typing
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, Customer
from desktop.services import api
from tests.factories import add_customer, add_vehicle, cver, make_group, vin
from tests.server.conftest import API, ERROR_KEYS, Live, assert_no_internals, error_of

CATALOGUE_PATHS = {f"{API}/{name.replace('.', '/')}" for name in api.USE_CASES}


@pytest.fixture(scope="module")
def group(live: Live) -> dict[str, Any]:
    make_group(live.db)
    add_customer(live.db, "A1", "汪国进", "13826401234", id_type="resident_id", id_number="440106199001010013")
    add_customer(live.db, "B1", "刘洋", "13600002222", stores=("S02",))
    add_vehicle(live.db, vin(1), owner="A1", plate="粤A12345")
    return {login: live.api.token(login) for login in ("adv1", "adv2", "cs1", "mdm1", "fin1")}


def customer_row(live: Live, code: str) -> tuple[Any, ...]:
    with live.db.read() as s:
        c = s.scalar(select(Customer).where(Customer.code == code))
        return (c.version, c.name, c.phone, c.status, c.address, c.created_store_id,
                sorted(ch.store_id for ch in c.channels))


# -- 5. only the catalogue, only POST, only with a session ------------------------------------------------------
@pytest.mark.parametrize("path", [
    "auth/login", "auth/actor_for", "auth/hash_password", "users/_load", "users/_set_active",
    "importing/import_customers", "customers/_detail", "customers/_load", "sessions/open_session",
    "sessions/revoke_user", "org/add_user", "org/add_store", "writes/check_request_id", "dedupe_report/main",
    "intake.lookup_vin", "intake", "customers", "intake/lookup_vin/extra", "api/v1/intake/lookup_vin",
    "intake/../users/_load", "docs", "redoc", "INTAKE/LOOKUP_VIN",
])
def test_only_catalogue_use_cases_are_reachable(live, group, path):
    """#13 item 3: 'Only the listed use cases are reachable': anything else of desktop.services is 404, also
    with the master-data team's token."""
    response = live.api.post(f"{API}/{path}", {"login": "adv1", "password": "x"}, token=group["mdm1"])
    assert response.status_code == 404, (path, response.status_code, response.text[:300])
    assert_no_internals(response)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_use_cases_answer_post_only(live, group, method):
    """#13 item 3: POST /api/v1/{module}/{function}; no other method runs a use case."""
    for path in (f"{API}/intake/lookup_vin", f"{API}/users/list_users", f"{API}/login"):
        response = live.api.http.request(method, path, headers={"Authorization": f"Bearer {group['mdm1']}"})
        assert response.status_code == 405, (method, path, response.status_code)
        assert_no_internals(response)


def test_not_found_and_wrong_method_are_typed_error_bodies(live, group):
    """#13 item 3: errors are a typed body {"error": {kind, code, ...}} — an unknown path and a wrong method too,
    so that a workstation shows a sentence (RemoteBackend raises BadServerAnswer on a body it cannot read)."""
    error_of(live.api.post(f"{API}/auth/login", {}, token=group["mdm1"]), 404)
    error_of(live.api.http.get(f"{API}/intake/lookup_vin"), 405)


def test_every_use_case_needs_a_session(live, group):
    """#13 item 2: no endpoint of the catalogue runs without a live session (reads, writes, and the ones whose
    service takes no actor, such as org.stores): 401 kind "session" before anything else is looked at."""
    wrong = []
    for name, uc in api.USE_CASES.items():
        body = {p: _value(uc.hints.get(p, Any), "x") for p in uc.parameters if uc.parameters[p].default is
                inspect.Parameter.empty}  # a well-formed body: the session is what is missing
        response = live.api.call(name, None, body)
        if response.status_code != 401 or response.json()["error"]["kind"] != "session":
            wrong.append((name, response.status_code, response.text[:120]))
    assert not wrong


def test_openapi_lists_exactly_the_catalogue_and_the_session_endpoints(live):
    """#13 item 3: schema at /api/v1/openapi.json: the catalogue's paths (POST only) + login, logout, health."""
    response = live.api.http.get(f"{API}/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert set(paths) == CATALOGUE_PATHS | {f"{API}/login", f"{API}/logout", f"{API}/health"}
    for path in CATALOGUE_PATHS | {f"{API}/login", f"{API}/logout"}:
        assert set(paths[path]) == {"post"}, path
    assert set(paths[f"{API}/health"]) == {"get"}
    health = live.api.http.get(f"{API}/health")
    assert health.status_code == 200 and health.json()["ok"] is True


# -- 5. a modified client ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("extra", [
    {"actor": {"login": "mdm1", "roles": ["master_data"], "store_id": 2}},
    {"roles": ["master_data"]}, {"store_id": 2}, {"user_id": 1}, {"store_code": "S02"},
    {"permissions": ["records.all_stores"]},
], ids=lambda e: next(iter(e)))
def test_identity_fields_in_the_body_are_refused(live, group, extra):
    """#13 item 2: 'the client never sends roles or store': such keys are refused (400, extra fields
    forbidden) on reads and writes alike, and nothing is written."""
    before = customer_row(live, "B1")
    for name, body in [
        ("intake.lookup_vin", {"vin": vin(1)}),
        ("customers.get_customer", {"code": "B1"}),
        ("customers.create_customer", {"customer_type": "individual", "name": "黄九", "phone": "13700004444"}),
        ("customers.update_customer", {"code": "B1", "changes": {"address": "深圳市福田路1号"},
                                       "version": cver(live.db, "B1")}),
        ("users.list_users", {}),
    ]:
        response = live.api.call(name, group["adv1"], {**body, **extra}, key="ident-1")
        error = error_of(response, 400, "validation")
        assert error["field"] == next(iter(extra)), (name, error)
    assert customer_row(live, "B1") == before


@pytest.mark.parametrize("name, body", [
    ("customers.save_customer", {"code": "B1", "address": "深圳市福田路2号"}),
    ("customers.change_core_data", {"customer_code": "B1", "reason": "按行驶证更正", "name": "刘阳"}),
    ("change_requests.file_request", {"customer_code": "B1", "reason": "按行驶证更正", "name": "刘阳"}),
    ("customers.update_customer", {"code": "B1", "changes": {"address": "深圳市福田路2号"}}),
])
@pytest.mark.parametrize("extra", [
    {"store_id": 2}, {"created_store_id": 2}, {"roles": ["master_data"]}, {"user_id": 1}, {"status": "disabled"},
    {"actor": {"login": "mdm1"}}, {"db": "sqlite:///elsewhere.db"}, {"channels": [2]},
], ids=lambda e: next(iter(e)))
def test_extra_fields_of_open_ended_writes_gain_nothing(live, group, name, body, extra):
    """#13 item 2 / S1 writes: the writes that take further fields by name (``**fields``) — or a ``changes``
    dict — refuse identity and bookkeeping keys with a 400, never a 5xx and never applied: adv1 (S01) stays
    unable to write S02's customer B1, and B1 is unchanged."""
    before = customer_row(live, "B1")
    full = {**body, "version": cver(live.db, "B1")}
    if "changes" in full:
        full["changes"] = {**full["changes"], **extra}
    else:
        full.update(extra)
    for token in (group["adv1"], group["cs1"]):
        response = live.api.call(name, token, full, key=f"extra-{name}-{next(iter(extra))}-{token[:6]}")
        assert response.status_code in (400, 403, 422), (name, extra, response.status_code, response.text[:300])
        error_of(response, response.status_code)
    assert customer_row(live, "B1") == before


# -- 9. the error body --------------------------------------------------------------------------------------------
def test_error_bodies_carry_every_key_for_each_status(live, group):
    """#13 item 3: 400 validation, 401 session, 403 permission, 404 not found, 409 stale / duplicate, 422 rule:
    each a typed body with all keys, and each raised again on the workstation as the service's class."""
    from desktop.rules.errors import ValidationError
    from desktop.services.auth import PermissionDenied
    from desktop.services.customers import DuplicateFound
    from desktop.services.errors import NotFound, RuleViolation
    from desktop.services.sessions import SessionExpired
    from desktop.storage.errors import StaleRecord

    adv, cs, mdm = group["adv1"], group["cs1"], group["mdm1"]
    cases = [
        (live.api.call("customers.create_customer", adv, {"customer_type": "individual", "name": "黄九",
                                                          "phone": "123"}, key="e400"), 400, "validation",
         ValidationError),
        (live.api.call("intake.lookup_vin", "not-a-token", {"vin": vin(1)}), 401, "session", SessionExpired),
        (live.api.call("users.list_users", adv, {}), 403, "permission", PermissionDenied),
        (live.api.call("customers.get_customer", adv, {"code": "NOPE"}), 404, "not_found", NotFound),
        (live.api.call("customers.save_customer", cs, {"code": "A1", "version": cver(live.db, "A1") + 7,
                                                       "address": "广州市天河路9号"}, key="e409"), 409, "stale",
         StaleRecord),
        (live.api.call("customers.create_customer", adv, {"customer_type": "individual", "name": "汪国进",
                                                          "phone": "13826401234"}, key="e409d"), 409,
         "duplicate", DuplicateFound),
        (live.api.call("users.deactivate", mdm, {"login": "mdm1"}, key="e422"), 422, "rule", RuleViolation),
        (live.api.call("intake.lookup_vin", adv, {"vin": 17}), 400, "validation", ValidationError),
        (live.api.post(f"{API}/intake/lookup_vin", raw=b"[1, 2", token=adv), 400, "validation", ValidationError),
    ]
    for response, status, kind, cls in cases:
        error = error_of(response, status, kind)
        with pytest.raises(cls):
            api.raise_from_body(response.json())
        assert error["type"].rsplit(".", 1)[-1] == cls.__name__, error


BAD_STRINGS = {"nul": "ab\x00cd", "surrogate": "\ud800ab", "10k": "汪" * 10_000}


def _value(hint: Any, bad: str) -> Any:
    """A value of the parameter's type, with ``bad`` wherever a string goes."""
    text = str(hint)
    if "dict" in text or "Mapping" in text:
        return {"address": bad, bad: bad}
    if "list" in text or "tuple" in text or "Sequence" in text:
        return [bad]
    if "datetime" in text:
        return "2024-01-01T00:00:00"
    if "date" in text:
        return "2024-01-01"
    if "str" in text or hint is typing.Any:
        return bad
    if "bool" in text:
        return False
    if "int" in text:
        return 1
    return bad


@pytest.mark.parametrize("bad", list(BAD_STRINGS))
def test_odd_strings_in_any_argument_are_refused_never_a_5xx(live, group, bad):
    """#13 item 3 / 7: every use case, every string argument (and a dict key, a list item) holding NUL, a lone
    surrogate or 10,000 characters, sent by the master-data team (so that no permission stops it early):
    an answer or a typed 4xx refusal, never a 5xx, a traceback, driver text or SQL."""
    value = BAD_STRINGS[bad]
    wrong = []
    for name, uc in api.USE_CASES.items():
        body = {p: _value(uc.hints.get(p, Any), value) for p in uc.parameters}
        if uc.var_keywords:
            body["address"] = value
        raw = json.dumps(body, ensure_ascii=True).encode()  # a lone surrogate travels as valid JSON (\\ud800)
        response = live.api.post(f"{API}/{name.replace('.', '/')}", raw=raw, token=group["mdm1"],
                                 headers={"Idempotency-Key": f"odd-{bad}-{name}"})
        problem = None
        if response.status_code >= 500:
            problem = "5xx"
        elif response.status_code != 200:
            try:
                payload = response.json()
            except ValueError:
                payload = None
            if not (isinstance(payload, dict) and set(payload.get("error") or {}) == ERROR_KEYS):
                problem = "untyped"
        try:
            assert_no_internals(response)
        except AssertionError:
            problem = "internals"
        if problem:
            wrong.append((name, problem, response.status_code, response.text[:160]))
    assert not wrong, "\n".join(map(str, wrong))


def test_ten_thousand_character_name_and_nul_vin_are_validation_errors(live, group):
    """#13 item 3: the two classic probes give a 400 naming the field (not a database error)."""
    long_name = live.api.call("customers.create_customer", group["adv1"],
                              {"customer_type": "individual", "name": "汪" * 10_000, "phone": "13700004444"},
                              key="long-1")
    assert error_of(long_name, 400, "validation")["field"] == "name"
    nul = live.api.call("intake.lookup_vin", group["adv1"], {"vin": "LSVAG2180\x00M000001"})
    assert error_of(nul, 400, "validation")["field"] == "vin"
    with live.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "customer.create")
                        ) == 0


# -- 11. old client -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("header", ["0", "-1", "abc", "1.5"])
def test_old_client_is_told_to_update(live, group, header):
    """#13 item 9: 'an older client is told clearly to update': X-Desk-Api below the server's minimum -> 426
    with a typed body, on login and on every use case."""
    for response in (live.api.login("adv1", headers={"X-Desk-Api": header}),
                     live.api.call("intake.lookup_vin", group["adv1"], {"vin": vin(1)},
                                   headers={"X-Desk-Api": header})):
        error = error_of(response, 426, "upgrade")
        assert "update" in error["message_en"]


def test_remote_backend_of_an_old_version_raises_client_too_old(live, group, monkeypatch):
    """#13 item 9: RemoteBackend raises desktop.backend.ClientTooOld (the login window tells the user)."""
    from desktop.backend import ClientTooOld, RemoteBackend

    monkeypatch.setattr(api, "API_VERSION", 0)
    backend = RemoteBackend(live.url, verify=False)
    monkeypatch.undo()
    try:
        with pytest.raises(ClientTooOld) as raised:
            backend.login("adv1", "secret123")
        assert "update" in raised.value.message("en")
        backend.token = group["adv1"]
        with pytest.raises(ClientTooOld):
            backend.intake.lookup_vin(vin=vin(1))
    finally:
        backend.close()
