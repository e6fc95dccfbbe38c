"""M3 repair centers on the after-sales tab: rows are added by attaching (M3) and removed only with a reason —
the master-data team any store's row, an advisor only this store's, never another store's; the last row stays
(S1: a vehicle nobody sees). Both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry
from desktop.rules.errors import ValidationError
from desktop.services import search, vehicles
from desktop.services.errors import NotFound, RuleViolation
from desktop.storage import StaleRecord
from tests.factories import add_vehicle, make_group, vin, vver


@pytest.fixture
def group(db):
    return make_group(db)


def _codes(detail: vehicles.VehicleDetail) -> list[str]:
    return sorted(rc.code for rc in detail.repair_centers)


def test_m3_master_data_removes_a_wrong_row_of_another_store_with_a_reason(db, group):
    car = add_vehicle(db, vin(4101), centers=("R01", "R02"))
    detail = vehicles.remove_repair_center(db, group["mdm1"], car, "R02", "误挂到深圳福田店", version=vver(db, car))
    assert _codes(detail) == ["R01"]
    with db.read() as s:
        entry = s.execute(select(AuditEntry.old_value, AuditEntry.reason, AuditEntry.user_login)
                          .where(AuditEntry.action == "vehicle.repair_center_remove")).one()
    assert tuple(entry) == ("R02", "误挂到深圳福田店", "mdm1")


def test_m3_advisor_never_removes_another_stores_repair_center(db, group):
    car = add_vehicle(db, vin(4102), centers=("R01", "R02"))
    with pytest.raises(RuleViolation) as caught:
        vehicles.remove_repair_center(db, group["adv1"], car, "R02", "不是本店的车", version=vver(db, car))
    assert caught.value.rule == "M3"
    assert _codes(vehicles.get_vehicle(db, group["adv1"], car)) == ["R01", "R02"]


def test_m3_advisor_removes_this_stores_own_wrong_row(db, group):
    car = add_vehicle(db, vin(4103), centers=("R01", "R02"))
    detail = vehicles.remove_repair_center(db, group["adv2"], car, "R02", "误操作添加", version=vver(db, car))
    assert _codes(detail) == ["R01"]
    # S2: the store no longer sees it in its magnifier search
    assert search.search_vehicles(db, group["adv2"], vin(4103)) == []


def test_m3_removal_needs_a_reason_and_the_version_seen(db, group):
    car = add_vehicle(db, vin(4104), centers=("R01", "R02"))
    with pytest.raises(ValidationError) as caught:
        vehicles.remove_repair_center(db, group["mdm1"], car, "R02", "  ", version=vver(db, car))
    assert caught.value.field == "reason"
    old = vver(db, car)
    vehicles.set_plate(db, group["adv1"], car, "粤A4M104", version=old)
    with pytest.raises(StaleRecord):
        vehicles.remove_repair_center(db, group["mdm1"], car, "R02", "误挂", version=old)


def test_s1_the_last_repair_center_stays(db, group):
    car = add_vehicle(db, vin(4105), centers=("R01",))
    with pytest.raises(RuleViolation) as caught:
        vehicles.remove_repair_center(db, group["mdm1"], car, "R01", "误挂", version=vver(db, car))
    assert caught.value.rule == "S1"


def test_m3_unknown_repair_center_is_not_found(db, group):
    car = add_vehicle(db, vin(4106), centers=("R01", "R02"))
    with pytest.raises(NotFound):
        vehicles.remove_repair_center(db, group["mdm1"], car, "R09", "误挂", version=vver(db, car))


def test_m3_removal_bumps_the_version_and_repeats_apply_once(db, group):
    car = add_vehicle(db, vin(4107), centers=("R01", "R02", "R03"))
    before = vver(db, car)
    first = vehicles.remove_repair_center(db, group["mdm1"], car, "R03", "误挂", version=before, request_id="rc-1")
    again = vehicles.remove_repair_center(db, group["mdm1"], car, "R03", "误挂", version=before, request_id="rc-1")
    assert first == again and first.version > before and _codes(first) == ["R01", "R02"]
