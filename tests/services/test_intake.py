"""Intake lookups (W1-W3, S1, S3, V8) on SQLite and PostgreSQL: every outcome of lookup_vin."""

from __future__ import annotations

import pytest

from desktop.services import intake
from tests.factories import add_customer, add_vehicle, make_group, vin


@pytest.fixture
def group(db):
    actors = make_group(db)
    add_customer(db, "C1", "汪国进", "13826401234")
    add_customer(db, "C2", "李嘉怡", "13902225678", category="potential")
    add_customer(db, "C3", "陈志强", "13510086688", stores=("S02",))
    add_customer(db, "C4", "何家豪", "13510086699", status="disabled")
    add_vehicle(db, vin(1), owner="C1", plate="粤A6D218")
    add_vehicle(db, vin(2))
    add_vehicle(db, vin(3), owner="C2")
    add_vehicle(db, vin(4), owner="C3", centers=("R02",), plate="粤B5G902")
    add_vehicle(db, vin(5), owner="C4")
    return actors


def test_w1_vin_and_enter_loads_vehicle_and_owner(db, group):
    r = intake.lookup_vin(db, group["adv1"], vin(1))
    assert r.outcome == "vehicle_and_owner"
    assert r.vehicle.vin == vin(1) and r.owner.code == "C1"
    assert r.owner.phone_masked == "138****1234"
    assert r.can_start_work_order


def test_w1_scanner_lower_case_with_spaces_and_full_width_still_finds_the_car(db, group):
    typed = " " + vin(1).lower()[:8] + " " + vin(1).lower()[8:] + "\u200b "
    assert intake.lookup_vin(db, group["adv1"], typed).outcome == "vehicle_and_owner"
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in vin(1))
    assert intake.lookup_vin(db, group["adv1"], fullwidth).outcome == "vehicle_and_owner"


def test_w3_vehicle_without_owner_is_vehicle_only(db, group):
    r = intake.lookup_vin(db, group["adv1"], vin(2))
    assert r.outcome == "vehicle_only" and r.reason == intake.NO_OWNER
    assert r.owner is None and not r.can_start_work_order


def test_w3_owner_not_retained_does_not_load(db, group):
    r = intake.lookup_vin(db, group["adv1"], vin(3))
    assert r.outcome == "vehicle_only" and r.reason == intake.OWNER_NOT_RETAINED
    assert r.owner is not None and r.owner.code == "C2"  # the result says who, so it can be fixed


def test_w3_disabled_owner_does_not_load(db, group):
    r = intake.lookup_vin(db, group["adv1"], vin(5))
    assert r.outcome == "vehicle_only" and r.reason == intake.OWNER_DISABLED


def test_s1_s3_vehicle_of_another_store_is_found_group_wide(db, group):
    r = intake.lookup_vin(db, group["adv1"], vin(4))
    assert r.outcome == "other_store"
    assert r.vehicle is not None and not r.vehicle.visible
    assert r.owner is not None and r.owner.code == "C3" and not r.owner.visible
    # the store that owns it sees it as usual
    assert intake.lookup_vin(db, group["adv2"], vin(4)).outcome == "vehicle_and_owner"


def test_w4_unknown_vin_is_not_found(db, group):
    r = intake.lookup_vin(db, group["adv1"], vin(999999, prefix="LFV2A21K7"))
    assert r.outcome == "not_found" and r.vehicle is None


@pytest.mark.parametrize("position", [16, 12, 3])
def test_v8_vin_one_character_off_is_suspected_typo(db, group, position):
    v = vin(1)
    other = "7" if v[position] != "7" else "3"
    typo = v[:position] + other + v[position + 1 :]
    r = intake.lookup_vin(db, group["adv1"], typo)
    assert r.outcome == "suspected_typo"
    assert r.similar_vins == (v,)


def test_v8_two_swapped_characters_are_suspected_typo(db, group):
    v = vin(1)
    swapped = v[:15] + v[16] + v[15]
    assert v[15] != v[16]
    assert swapped != v
    assert intake.lookup_vin(db, group["adv1"], swapped).outcome == "suspected_typo"


def test_v8_two_characters_off_in_the_serial_is_suspected_typo(db, group):
    v = vin(1)
    typo = v[:14] + ("8" if v[14] != "8" else "1") + ("9" if v[15] != "9" else "2") + v[16]
    assert intake.lookup_vin(db, group["adv1"], typo).outcome == "suspected_typo"


def test_s3_plate_field_finds_the_vehicle_by_exact_plate(db, group):
    assert intake.lookup_plate(db, group["adv1"], "粤a 6d218").outcome == "vehicle_and_owner"
    assert intake.lookup_plate(db, group["adv1"], "粤B5G902").outcome == "other_store"
    assert intake.lookup_plate(db, group["adv1"], "粤A00000").outcome == "not_found"


def test_intake_message_names_the_next_step_in_both_languages(db, group):
    r = intake.lookup_vin(db, group["adv1"], vin(2))
    assert "车主" in r.message("zh_CN") and "owner" in r.message("en")
