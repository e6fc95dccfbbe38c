"""Users, roles and login (Roles table of RULES.md)."""

from __future__ import annotations

import pytest

from desktop.services import auth, org
from desktop.services.auth import ROLE_PERMISSIONS, LoginFailed, PermissionDenied
from desktop.services.errors import Conflict, RuleViolation
from tests.factories import PASSWORD, make_group


def test_login_with_argon2_hash_builds_the_actor(db):
    make_group(db)
    actor = auth.login(db, "adv1", PASSWORD)
    assert actor.store_code == "S01" and actor.roles == ("service_advisor",)
    assert actor.repair_center_ids and actor.can("work_order.create")


def test_password_is_stored_as_argon2_hash_never_plain(db):
    make_group(db)
    from sqlalchemy import select

    from desktop.models import User

    with db.read() as s:
        h = s.scalar(select(User.password_hash).where(User.login == "adv1"))
    assert h.startswith("$argon2") and PASSWORD not in h


def test_wrong_password_is_refused_and_repeated_failures_lock_the_account(db):
    make_group(db)
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            auth.login(db, "adv1", "wrong")
    with pytest.raises(LoginFailed) as exc:
        auth.login(db, "adv1", PASSWORD)  # even the right password while locked
    assert "锁定" in exc.value.message_zh and "locked" in exc.value.message_en


def test_unknown_user_is_refused(db):
    make_group(db)
    with pytest.raises(LoginFailed):
        auth.login(db, "nobody", PASSWORD)


def test_user_add_rejects_unknown_role_and_duplicate_login(db):
    make_group(db)
    with pytest.raises(RuleViolation):
        org.add_user(db, "x1", "X", "S01", ["cashier"], PASSWORD)
    with pytest.raises(Conflict):
        org.add_user(db, "adv1", "X", "S01", ["finance"], PASSWORD)


def test_only_master_data_team_manages_users_from_the_app(db):
    actors = make_group(db)
    with pytest.raises(PermissionDenied):
        org.add_user(db, "x2", "X", "S01", ["finance"], PASSWORD, actor=actors["fin1"])
    org.add_user(db, "x2", "X", "S01", ["finance"], PASSWORD, actor=actors["mdm1"])


def test_roles_table_permissions():
    assert "customer.modify_core" in ROLE_PERMISSIONS["finance"]
    assert "customer.modify_core" in ROLE_PERMISSIONS["customer_service"]
    assert "customer.modify_core" not in ROLE_PERMISSIONS["service_advisor"]
    assert "customer.modify_core" not in ROLE_PERMISSIONS["sales_advisor"]
    assert "customer.enable_sales" in ROLE_PERMISSIONS["finance"]
    assert "customer.enable_after_sales" in ROLE_PERMISSIONS["customer_service"]
    assert "vehicle.edit_locked" in ROLE_PERMISSIONS["master_data"]
    assert "customer.create_special" in ROLE_PERMISSIONS["master_data"]
    assert all("vehicle.edit_locked" not in p for r, p in ROLE_PERMISSIONS.items() if r != "master_data")
