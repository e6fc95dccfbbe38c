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
    # closest first; the group's other VINs (serials 2-5) are two characters off the typo once the check digit is
    # set aside (V8 / N1 twins), so they are suspects too
    assert r.similar_vins[0] == v
    assert set(r.similar_vins) == {vin(i) for i in range(1, 6)}


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


# -- W1 / V7 plate first, P3: the plate field never swaps in another car -------------------------------------
@pytest.fixture
def new_car(db, group):
    """The README's P3 case: 汪国进 bought a new car (loaded by VIN, no plate yet) and put the plate of his old
    car, 粤A6D218 (vin(1)), on it."""
    return add_vehicle(db, vin(6), owner="C1")


def test_p3_plate_of_another_car_while_a_vin_is_loaded_is_plate_on_other_vehicle(db, group, new_car):
    r = intake.lookup_plate(db, group["adv1"], "粤a6d218", loaded_vin=vin(6))
    assert r.outcome == "plate_on_other_vehicle"
    assert r.vehicle.vin == vin(1) and r.vehicle.plate == "粤A6D218"  # the car holding the plate
    assert r.owner is not None and r.owner.code == "C1"
    assert r.loaded_vehicle.vin == vin(6) and r.loaded_vehicle.id == new_car  # the car in the workshop stays
    assert r.serviced_vehicle.vin == vin(6) and r.serviced_owner.code == "C1"
    assert r.plate == "粤A6D218" and not r.via_plate
    assert not r.can_start_work_order  # W5 / V7: no work order until the plate is sorted out (P3)
    zh, en = r.message("zh_CN"), r.message("en")
    assert vin(1) in zh and vin(6) in zh and "P3" in zh and "P4" in zh
    assert vin(1) in en and vin(6) in en and "P3" in en


def test_p3_plate_of_another_car_whose_vehicle_has_no_owner_still_keeps_the_loaded_car(db, group):
    """The loaded car without owner (W3) and the plate of another store's car: still P3, never a swap."""
    r = intake.lookup_plate(db, group["adv1"], "粤B5G902", loaded_vin=vin(2))
    assert r.outcome == "plate_on_other_vehicle"
    assert r.vehicle.vin == vin(4) and not r.vehicle.visible  # another store's: shown, masked owner
    assert r.owner is not None and not r.owner.visible and r.owner.phone == r.owner.phone_masked
    assert r.loaded_vehicle.vin == vin(2) and r.loaded_owner is None


def test_p1_free_plate_while_a_vin_is_loaded_is_offered_for_the_loaded_car(db, group, new_car):
    r = intake.lookup_plate(db, group["adv1"], "粤A 12345", loaded_vin=vin(6))
    assert r.outcome == "vehicle_and_owner" and r.vehicle.id == new_car
    assert r.plate_free and r.plate == "粤A12345" and not r.via_plate
    assert "粤A12345" in r.message("zh_CN") and "P1" in r.message("zh_CN") and "P1" in r.message("en")
    # the loaded car has another plate on file: the car was re-plated (P2)
    r = intake.lookup_plate(db, group["adv1"], "粤A12345", loaded_vin=vin(1))
    assert r.plate_free and r.vehicle.vin == vin(1) and "P2" in r.message("zh_CN") and "粤A6D218" in r.message("en")


def test_v7_plate_of_the_loaded_car_confirms_it(db, group):
    r = intake.lookup_plate(db, group["adv1"], "粤A6D218", loaded_vin=vin(1).lower())
    assert r.outcome == "vehicle_and_owner" and r.vehicle.vin == vin(1)
    assert not r.plate_free and not r.via_plate and r.loaded_vehicle is None


def test_w1_plate_alone_loads_the_car_marked_for_the_vin_check(db, group):
    """No VIN typed: the plate loads its car (S3), marked via_plate: V7 confirmation before a work order."""
    r = intake.lookup_plate(db, group["adv1"], "粤A6D218")
    assert r.outcome == "vehicle_and_owner" and r.vehicle.vin == vin(1) and r.via_plate
    none = intake.lookup_plate(db, group["adv1"], "粤A00000")
    assert none.outcome == "not_found" and none.via_plate and none.vehicle is None
    assert "车架号" in none.message("zh_CN") and "VIN" in none.message("en")  # W1: scan the VIN, do not create by plate


def test_w1_vin_in_the_field_wins_over_the_plate(db, group):
    """A VIN that names no vehicle: the VIN's own outcome (create it, M1), never the plate's car."""
    unknown = vin(999999, prefix="LFV2A21K7")
    r = intake.lookup_plate(db, group["adv1"], "粤A6D218", loaded_vin=unknown)
    assert r.outcome == "not_found" and r.query == unknown and r.vehicle is None
    typo = vin(1)[:16] + ("7" if vin(1)[16] != "7" else "3")
    assert intake.lookup_plate(db, group["adv1"], "粤A6D218", loaded_vin=typo).outcome == "suspected_typo"


def test_m3_loaded_car_of_another_store_is_attached_first(db, group):
    r = intake.lookup_plate(db, group["adv1"], "粤A6D218", loaded_vin=vin(4))
    assert r.outcome == "other_store" and r.vehicle.vin == vin(4)


# -- V1 / W1: what is not a VIN (or not a plate) is said as such, never "not on file: create it" ---------------------
FAR = "LFV2A21K5NA912345"  # far from every VIN of the group (no suspected typo)


@pytest.mark.parametrize(("typed", "code"), [
    (FAR[:16], "wrong_length"),  # a character short
    (FAR + "LFV2A21K3RA900099", "wrong_length"),  # two VINs pasted into one field
    ("VIN:" + FAR, "invalid_character"),  # a label and a symbol
    (FAR[:12] + "#" + FAR[13:], "invalid_character"),
])
def test_v1_text_that_is_no_vin_is_refused_naming_the_vin_field(db, group, typed, code):
    from desktop.rules.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        intake.lookup_vin(db, group["adv1"], typed)
    assert caught.value.field == "vin" and caught.value.code == code
    assert "车架号" in caught.value.message("zh_CN") and "VIN" in caught.value.message("en")


def test_v1_a_vin_whose_check_digit_fails_is_still_not_found_so_it_can_be_checked(db, group):
    typed = FAR[:8] + ("0" if FAR[8] != "0" else "1") + FAR[9:]  # legacy VINs on file may fail it
    assert intake.lookup_vin(db, group["adv1"], typed).outcome == "not_found"


def test_w1_a_plate_typed_in_the_vin_field_is_looked_up_as_the_plate_and_said(db, group):
    r = intake.lookup_vin(db, group["adv1"], "粤a6d218")
    assert r.outcome == "vehicle_and_owner" and r.vehicle.vin == vin(1)
    assert r.via_plate and r.entered_in == "vin_field" and r.plate == "粤A6D218"  # V7: the VIN is still checked
    assert "车牌" in r.note("zh_CN") and "plate" in r.note("en")


def test_w1_a_vin_typed_in_the_plate_field_is_looked_up_as_the_vin_and_said(db, group):
    r = intake.lookup_plate(db, group["adv1"], vin(1).lower())
    assert r.outcome == "vehicle_and_owner" and r.vehicle.vin == vin(1)
    assert not r.via_plate and r.entered_in == "plate_field"
    assert "车架号" in r.note("zh_CN") and "VIN" in r.note("en")


@pytest.mark.parametrize(("typed", "code"), [("粤A6D2I8", "letter_I_or_O"), ("###", "no_or_unknown_province_char")])
def test_v1_text_that_is_no_plate_is_refused_naming_the_plate_field(db, group, typed, code):
    from desktop.rules.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        intake.lookup_plate(db, group["adv1"], typed)
    assert caught.value.field == "plate" and caught.value.code == code
    with pytest.raises(ValidationError):  # nor offered for the car loaded (P1)
        intake.lookup_plate(db, group["adv1"], typed, loaded_vin=vin(1))
