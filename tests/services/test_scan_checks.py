"""Scan first (issue #15), the checks against the record (desktop.services.scan_checks): the owner on file (O5, W9,
C11), the loaded car's VIN (V7, V1) and plate (P2, P1), the ID number (C7); what a document puts into a new owner
(C3, C5, C7); reading a picture for a form (bar code first, then one OCR reading parsed as licence or ID card)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from desktop.rules.vin import vin_check_digit
from desktop.services import scan, scan_checks
from desktop.services.scan import ImageUnreadable
from desktop.services.scan_checks import (
    BARCODE,
    DRIVING_LICENCE,
    ID_CARD,
    NONE,
    Finding,
    PictureRead,
    check_id_card,
    check_licence,
    check_owner,
    check_vin,
    compare_names,
    owner_customer_type,
    owner_draft,
    read_picture,
)
from tests.scan_samples import barcode_frame, id_card_sample, licence_sample, png_bytes

VIN = "LSVAU2187N2123456"
OTHER_VIN = "1M8GDM9AXKP042788"
_NEAR = VIN[:16] + "7"
NEAR_VIN = _NEAR[:8] + vin_check_digit(_NEAR) + _NEAR[9:]  # a character off (V8's distance), valid
RESIDENT_ID = "11010519491231002X"

OCR = pytest.mark.skipif(not scan.ocr_available(), reason="the ocr extra (rapidocr) is not installed")


def entry(value: str | None, confidence: float = 0.98, suggestion: str | None = None) -> dict[str, Any]:
    return {"value": value, "confidence": confidence if value else 0.0, "box": [0, 0, 10, 10] if value else None,
            "check": confidence < 0.9 or value is None, "raw": value, "suggestion": suggestion}


def licence(**values: str | None) -> PictureRead:
    fields = {name: entry(values.get(name)) for name in scan.LICENCE_FIELDS}
    return PictureRead(DRIVING_LICENCE, fields=fields)


def id_card(**values: str | None) -> PictureRead:
    fields = {name: entry(values.get(name)) for name in scan.ID_CARD_FIELDS}
    return PictureRead(ID_CARD, fields=fields)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


# -- names: O5, W9, C11 -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("read", "on_file", "expected"), [
    ("汪国进", "汪国进", "same"),
    ("汪国进", "汪国进149918", "same"),  # C5: the ID suffix on file
    ("汪 国进", "汪国进", "same"),  # stray spaces
    ("汪国近", "汪国进", "homophone"),  # the same sound, another character
    ("陈志强", "汪国进", "differs"),
    ("热依拉·帕尔哈提", "热依拉•帕尔哈提", "same"),  # interpunct variants
])
def test_o5_names_compared_as_the_duplicate_check_does(read: str, on_file: str, expected: str) -> None:
    assert compare_names(read, on_file) == expected


def test_o5_w9_c11_owner_findings() -> None:
    assert check_owner("汪国进", "汪国进149918") == Finding("owner_matches", "O5", "owner", "汪国进", "汪国进149918")
    assert check_owner("陈志强", "汪国进").code == "owner_differs"
    assert check_owner("陈志强", "汪国进").rule == "W9/O5"
    homophone = check_owner("汪国近", "汪国进")
    assert homophone is not None and (homophone.code, homophone.rule) == ("owner_homophone", "O5/C11")
    assert check_owner(None, "汪国进") is None and check_owner("汪国进", None) is None
    # a name read with traditional characters is compared through its simplified reading too
    assert check_owner("陳志強", "陈志强", suggestion="陈志强").code == "owner_matches"
    # companies: the licence name as on file, width and brackets ignored
    assert check_owner("广州鑫达汽车服务有限公司", "广州鑫达汽车服务有限公司", on_file_type="company").code == "owner_matches"


def test_c3_an_organisation_on_the_licence_is_a_company_customer() -> None:
    assert owner_customer_type("广州鑫达汽车服务有限公司") == "company"
    assert owner_customer_type("广州市天河区人民医院") == "company"
    assert owner_customer_type("李嘉怡") == "individual"


# -- the licence against the car: V7, V1, P2, P1 ------------------------------------------------------------------------
def test_v7_p2_w9_licence_against_the_loaded_car() -> None:
    read = licence(vin=OTHER_VIN, plate="粤B7K260", owner="陈志强")
    found = check_licence(read, vin=VIN, plate="粤A6D218", owner_name="汪国进")
    assert codes(found) == ["vin_differs", "plate_differs", "owner_differs"]
    vin_differs, plate_differs, owner_differs = found
    assert (vin_differs.rule, vin_differs.read, vin_differs.on_file, vin_differs.near) == ("V7", OTHER_VIN, VIN, False)
    assert (plate_differs.rule, plate_differs.read, plate_differs.on_file) == ("P2", "粤B7K260", "粤A6D218")
    assert owner_differs.rule == "W9/O5"


def test_v7_a_vin_a_character_off_is_flagged_near() -> None:
    (finding,) = check_licence(licence(vin=NEAR_VIN), vin=VIN)
    assert finding.code == "vin_differs" and finding.near


def test_o5_the_same_car_and_owner_give_only_the_match() -> None:
    read = licence(vin=VIN, plate="粤A·6D218", owner="汪国进")
    assert codes(check_licence(read, vin=VIN, plate="粤A6D218", owner_name="汪国进149918")) == ["owner_matches"]


def test_p1_no_plate_on_file_and_v1_a_failing_check_digit() -> None:
    bad = VIN[:8] + ("0" if VIN[8] != "0" else "1") + VIN[9:]
    found = check_licence(licence(vin=bad, plate="粤A3C127"), vin=bad, plate=None)
    assert codes(found) == ["vin_check_digit", "plate_not_on_file"]
    assert found[0].rule == "V1" and found[1].rule == "P1"
    assert check_licence(licence(plate="粤A3C127"), plate=None, plate_known=False) == []
    assert check_vin(VIN) is None and check_vin(None) is None
    assert check_vin(bad) == Finding("vin_check_digit", "V1", "vin", bad)


# -- the ID card: C7, W9, O5 --------------------------------------------------------------------------------------------
def test_c7_an_id_number_failing_its_check_character() -> None:
    found = check_id_card(id_card(name="汪国进", id_number="110105194912310021"), owner_name="汪国进")
    assert codes(found) == ["id_invalid", "owner_matches"]
    assert (found[0].rule, found[0].detail) == ("C7", "bad_checksum")
    assert check_id_card(id_card(name="汪国进", id_number=RESIDENT_ID)) == []


def test_w9_the_card_number_against_the_owner_on_file() -> None:
    read = id_card(name="汪国进", id_number=RESIDENT_ID)
    assert codes(check_id_card(read, owner_name="汪国进", owner_id_number="440106199001011234")) == [
        "owner_matches", "id_differs"]
    assert codes(check_id_card(read, owner_name="汪国进", owner_id_number=RESIDENT_ID.lower())) == ["owner_matches"]
    # another store's owner shows a masked number (S1): not compared
    assert codes(check_id_card(read, owner_name="汪国进", owner_id_number="1101**********002X")) == ["owner_matches"]


def test_c5_c7_what_a_document_puts_into_a_new_owner() -> None:
    assert owner_draft(licence(owner="汪国进")) == {"customer_type": "individual", "name": "汪国进"}
    assert owner_draft(licence(owner="广州鑫达汽车服务有限公司"))["customer_type"] == "company"
    assert owner_draft(id_card(name="汪国进", id_number=RESIDENT_ID)) == {
        "customer_type": "individual", "name": "汪国进31002X", "id_type": "resident_id", "id_number": RESIDENT_ID}
    # an invalid number: the name as read (no suffix from a wrong number), the number to be checked
    assert owner_draft(id_card(name="汪国进", id_number="110105194912310021"))["name"] == "汪国进"
    assert owner_draft(licence()) == {}


# -- reading a picture for a form ---------------------------------------------------------------------------------------
def test_w1_a_vin_label_is_read_first_and_without_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    image = barcode_frame(VIN, "code128", random.Random(1), jpeg=None)
    monkeypatch.setattr(scan, "read_document", lambda *_a, **_k: pytest.fail("no OCR for a bar code"))
    read = read_picture(image, (BARCODE, DRIVING_LICENCE))
    assert (read.kind, read.vins, read.vin) == (BARCODE, (VIN,), VIN)
    assert read_picture(png_bytes(image), (BARCODE,)).vins == (VIN,)


def test_without_the_ocr_add_on_only_bar_codes_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "ocr_available", lambda: False)
    picture = licence_sample(3, "scan").image
    assert read_picture(picture, (BARCODE, DRIVING_LICENCE)) == PictureRead(NONE, ocr_missing=True)
    assert read_picture(picture, (DRIVING_LICENCE, ID_CARD)).ocr_missing
    with pytest.raises(ImageUnreadable):  # a file that is no picture is said as such, not as a missing add-on
        read_picture(b"not a picture", (DRIVING_LICENCE,))
    assert read_picture(picture, (BARCODE,)) == PictureRead(NONE)


@OCR
def test_one_ocr_reading_tells_a_licence_from_an_id_card() -> None:
    lic = licence_sample(4, "scan")
    read = read_picture(lic.image, (DRIVING_LICENCE, ID_CARD))
    assert read.kind == DRIVING_LICENCE and read.owner_name == lic.fields["owner"] and read.vin == lic.fields["vin"]
    card = id_card_sample(4, "scan")
    read = read_picture(card.image, (DRIVING_LICENCE, ID_CARD))
    assert read.kind == ID_CARD and read.owner_name == card.fields["name"]
    assert read.value("id_number") == card.fields["id_number"]
    assert scan_checks.check_id_card(read) == []  # C7: a valid number


@OCR
def test_read_document_names_the_kind_and_refuses_unknown_kinds() -> None:
    card = id_card_sample(5, "scan")
    result = scan.read_document(card.image, ("id_card",))
    assert result["kind"] == "id_card" and result["name"]["value"] == card.fields["name"]
    with pytest.raises(ValueError):
        scan.read_document(card.image, ("passport",))
