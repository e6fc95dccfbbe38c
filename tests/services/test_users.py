"""User management by the master-data team: every action audited, refused for other roles."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.models import User, utcnow
from desktop.rules.errors import ValidationError
from desktop.services import audit, auth, users
from desktop.services.auth import LoginFailed, PermissionDenied
from desktop.services.errors import Conflict, RuleViolation
from tests.factories import PASSWORD, make_group


@pytest.fixture
def actors(db):
    return make_group(db)


def test_master_data_team_adds_a_user_who_can_log_in(db, actors):
    row = users.add(db, actors["mdm1"], "adv3", "王五", "S03", ["service_advisor"], "newpass1")
    assert row.store_code == "S03" and row.roles == ("service_advisor",) and row.active and not row.locked
    assert auth.login(db, "adv3", "newpass1").store_code == "S03"
    with pytest.raises(Conflict):
        users.add(db, actors["mdm1"], "adv3", "王五", "S03", ["service_advisor"], "newpass1")
    with pytest.raises(ValidationError) as exc:
        users.add(db, actors["mdm1"], "adv4", "x", "S03", ["boss"], "newpass1")
    assert exc.value.field == "roles"
    with pytest.raises(ValidationError) as exc:
        users.add(db, actors["mdm1"], "adv4", "x", "S03", ["service_advisor"], "123")
    assert exc.value.field == "password"
    assert any(e.action == "user.add" for e in audit.entries(db, actors["mdm1"], entity="user", entity_code="adv3"))


def test_set_roles_changes_permissions_and_is_audited(db, actors):
    users.set_roles(db, actors["mdm1"], "adv1", ["service_advisor", "customer_service"])
    assert auth.actor_for(db, "adv1").can("customer.modify_core")
    with pytest.raises(RuleViolation):
        users.set_roles(db, actors["mdm1"], "mdm1", ["finance"])
    trail = audit.entries(db, actors["mdm1"], entity="user", entity_code="adv1")
    assert any(e.field == "roles" and e.old_value == "service_advisor" for e in trail)


def test_unlock_and_reset_password(db, actors):
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            auth.login(db, "adv1", "wrong")
    assert next(u for u in users.list_users(db, actors["mdm1"]) if u.login == "adv1").locked
    with pytest.raises(LoginFailed):
        auth.login(db, "adv1", PASSWORD)
    assert not users.unlock(db, actors["mdm1"], "adv1").locked
    assert auth.login(db, "adv1", PASSWORD).login == "adv1"
    users.reset_password(db, actors["mdm1"], "adv1", "another1")
    with pytest.raises(LoginFailed):
        auth.login(db, "adv1", PASSWORD)
    assert auth.login(db, "adv1", "another1").login == "adv1"
    trail = audit.entries(db, actors["mdm1"], entity="user", entity_code="adv1")
    assert all("another1" not in (e.new_value or "") for e in trail)
    assert {"user.unlock", "user.reset_password"} <= {e.action for e in trail}


def test_deactivated_user_cannot_log_in(db, actors):
    users.deactivate(db, actors["mdm1"], "adv2", "离职")
    with pytest.raises(LoginFailed):
        auth.login(db, "adv2", PASSWORD)
    with pytest.raises(RuleViolation):
        users.deactivate(db, actors["mdm1"], "mdm1")
    users.reactivate(db, actors["mdm1"], "adv2")
    assert auth.login(db, "adv2", PASSWORD).login == "adv2"


@pytest.mark.parametrize("login", ["adv1", "sales1", "fin1", "cs1"])
def test_user_management_refused_for_other_roles(db, actors, login):
    a = actors[login]
    for call in (lambda: users.list_users(db, a),
                 lambda: users.add(db, a, "x1", "x", "S01", ["finance"], "secret12"),
                 lambda: users.set_roles(db, a, "adv2", ["master_data"]),
                 lambda: users.reset_password(db, a, "adv2", "secret12"),
                 lambda: users.unlock(db, a, "adv2"),
                 lambda: users.deactivate(db, a, "adv2")):
        with pytest.raises(PermissionDenied):
            call()
    with db.read() as s:
        u = s.scalar(select(User).where(User.login == "adv2"))
        assert u is not None and u.active and u.roles == "service_advisor"
    assert utcnow() - timedelta(seconds=1) < utcnow()
