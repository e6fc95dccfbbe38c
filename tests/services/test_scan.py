"""Scan first (issue #15): VINs from bar code pictures, driving licences and ID cards read offline.

Pictures come from tests/scan_samples.py (synthetic, deterministic). The OCR tests need the ``ocr`` extra and
skip only when rapidocr cannot be imported; CI installs it. Big accuracy runs are in bench/bench_scan.py.
"""

from __future__ import annotations

import io
import math
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop.services import scan
from desktop.services.errors import ServiceError
from desktop.services.scan import ImageUnreadable, OcrUnavailable, vins_in_image
from desktop.services.scan_documents import (
    ID_CARD_FIELDS,
    LICENCE_FIELDS,
    LOW_CONFIDENCE,
    OcrLine,
    fold_traditional,
    parse_driving_licence,
    parse_id_card,
)
from tests.scan_samples import (
    BARCODE_KINDS,
    barcode_frame,
    barcode_image,
    barcode_samples,
    id_card_sample,
    licence_sample,
    png_bytes,
    random_vin,
)

VIN = "LSVAU2187N2123456"
VIN_B = "1M8GDM9AXKP042788"


# -- bar codes -----------------------------------------------------------------------------------------------------

def test_v1_barcodes_decoded_to_the_right_vin() -> None:
    """>= 98 % of labelled frames (every symbology, tilted up to ±20°, turned 90° / 180°, blurred) give exactly
    their VIN; none gives a wrong one."""
    samples = barcode_samples(50, seed=15)
    right = wrong = 0
    for sample in samples:
        found = vins_in_image(sample.image)
        right += found == [sample.vin]
        wrong += any(v != sample.vin for v in found)
    assert wrong == 0
    assert right / len(samples) >= 0.98, f"{right}/{len(samples)}"


@pytest.mark.parametrize("kind", BARCODE_KINDS)
def test_v1_each_symbology(kind: str) -> None:
    rng = random.Random(kind)
    vin = random_vin(rng)
    assert vins_in_image(barcode_frame(vin, kind, rng)) == [vin]


@pytest.mark.parametrize("angle", [14, -17, 25, 90, 180, 268])
def test_v1_tilted_code39_needs_the_deskew_retries(angle: float) -> None:
    rng = random.Random(f"tilt-{angle}")
    vin = random_vin(rng)
    frame = barcode_frame(vin, "code39", rng, angle=angle, module=3)
    assert vins_in_image(frame) == [vin]


def test_v1_gbk_certificate_qr_is_re_read_as_gbk() -> None:
    rng = random.Random("certificate")
    vin = random_vin(rng)
    frame = barcode_frame(vin, "certificate_qr", rng)
    texts = scan.barcode_texts(frame)
    assert any("合格证编号" in t and vin in t for t in texts)  # the GBK reading comes first
    assert vins_in_image(frame) == [vin]


def test_v1_gbk_trail_byte_glued_to_the_vin() -> None:
    """A GBK character whose second byte is an ASCII letter, right before the VIN: read as ISO 8859-1 the letter
    glues onto the VIN (18 characters: no VIN); read as GBK it does not."""
    glue = "丄".encode("gbk")
    assert glue == b"\x81\x41"  # its second byte is "A"
    payload = b"\xb3\xb5\xbc\xdc" + glue + VIN.encode() + b"|" + "发动机".encode("gbk")
    symbol = barcode_image(payload, "qr", 6)
    assert vins_in_image(symbol) == [VIN]


def test_v1_two_labels_in_reading_order() -> None:
    top = barcode_image("I" + VIN_B, "code39", 3)
    bottom = barcode_image(VIN, "datamatrix", 6)
    page = Image.new("L", (1200, 900), 255)
    page.paste(top, (100, 80))
    page.paste(bottom, (500, 500))
    assert vins_in_image(page) == [VIN_B, VIN]
    flipped = Image.new("L", (1200, 900), 255)
    flipped.paste(bottom, (500, 80))
    flipped.paste(top, (100, 500))
    assert vins_in_image(flipped) == [VIN, VIN_B]


def test_v1_a_code_whose_vin_fails_its_check_digit_gives_nothing() -> None:
    wrong = VIN[:8] + "0" + VIN[9:]
    assert vins_in_image(barcode_image("I" + wrong, "code39", 3)) == []
    assert vins_in_image(barcode_image("HELLO WORLD", "qr", 6)) == []


def test_a_picture_without_codes_gives_nothing() -> None:
    assert vins_in_image(licence_sample(0, "scan").image) == []
    assert vins_in_image(Image.new("RGB", (640, 480), (255, 255, 255))) == []


# -- what a picture may be -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def label() -> Image.Image:
    rng = random.Random("inputs")
    return barcode_frame(VIN, "datamatrix", rng)


def test_image_as_path_bytes_and_pil(label: Image.Image, tmp_path: Path) -> None:
    png = png_bytes(label)
    path = tmp_path / "label.png"
    path.write_bytes(png)
    jpeg = io.BytesIO()
    label.save(jpeg, "JPEG", quality=90)
    for image in (label, label.convert("L"), label.convert("RGBA"), png, bytearray(png), jpeg.getvalue(),
                  path, str(path)):
        assert vins_in_image(image) == [VIN], type(image)


def test_image_exif_orientation_is_applied(label: Image.Image) -> None:
    """A phone stores the picture sideways with an EXIF orientation: the reader turns it upright first."""
    sideways = label.transpose(Image.Transpose.ROTATE_270)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    buf = io.BytesIO()
    sideways.save(buf, "JPEG", quality=92, exif=exif.tobytes())
    upright = scan.load_image(buf.getvalue())
    assert upright.size == label.size


def test_image_as_qimage_and_qpixmap(label: Image.Image, qapp: Any) -> None:
    qtgui = pytest.importorskip("PySide6.QtGui")
    qimage = qtgui.QImage.fromData(png_bytes(label))
    assert not qimage.isNull()
    assert vins_in_image(qimage) == [VIN]
    assert vins_in_image(qimage.convertToFormat(qtgui.QImage.Format.Format_ARGB32)) == [VIN]
    assert vins_in_image(qtgui.QPixmap.fromImage(qimage)) == [VIN]


def test_image_as_numpy_array(label: Image.Image) -> None:
    np = pytest.importorskip("numpy")
    assert vins_in_image(np.asarray(label)) == [VIN]
    assert vins_in_image(np.asarray(label.convert("L"))) == [VIN]


def test_unreadable_pictures(tmp_path: Path) -> None:
    with pytest.raises(ImageUnreadable) as exc:
        vins_in_image(b"not a picture")
    assert isinstance(exc.value, ServiceError) and exc.value.code == "image_unreadable"
    assert "图片" in exc.value.message_zh and "picture" in exc.value.message_en
    with pytest.raises(ImageUnreadable):
        vins_in_image(tmp_path / "missing.png")
    with pytest.raises(TypeError):
        vins_in_image(12345)


def test_services_layer_never_imports_qt() -> None:
    """A QImage is read through its own methods: not even a lazy import of Qt in the services (import-linter
    checks module-level imports; this checks every import statement, functions included)."""
    from desktop.services import scan_documents

    for module in (scan, scan_documents):
        imported = _imports_of(Path(module.__file__ or ""))
        assert not {name.split(".")[0] for name in imported} & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def _imports_of(path: Path) -> set[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


# -- OCR unavailable -------------------------------------------------------------------------------------------------

def test_ocr_unavailable_says_how_to_add_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "_engine", None)
    monkeypatch.setitem(sys.modules, "rapidocr", None)  # import rapidocr raises ImportError
    with pytest.raises(OcrUnavailable) as exc:
        scan.read_driving_licence(Image.new("RGB", (100, 60), "white"))
    err = exc.value
    assert isinstance(err, ServiceError) and err.code == "ocr_unavailable"
    assert 'pip install -e ".[ocr]"' in err.message_zh and 'pip install -e ".[ocr]"' in err.message_en
    assert "ocr-addon" in err.message_zh and "ocr-addon" in err.message_en
    with pytest.raises(OcrUnavailable):
        scan.read_id_card(Image.new("RGB", (100, 60), "white"))
    assert scan.ocr_available() is False


def test_ocr_addon_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(scan.OCR_ADDON_ENV, str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    dirs = scan.ocr_addon_dirs()
    assert dirs[0] == tmp_path and dirs[1].name == "ocr-addon"
    scan.ocr_available()
    assert str(tmp_path) in sys.path


# -- reading the documents from OCR lines (no OCR engine needed) ------------------------------------------------------

def _row(y: float, *cells: tuple[float, str], h: float = 30, angle: float = 0.0, score: float = 0.99) -> list[OcrLine]:
    """OCR lines on one row: (x, text) cells, each 0.9 h wide per CJK character, turned by ``angle`` degrees about
    the origin."""
    out = []
    for x, text in cells:
        w = sum(0.9 * h if ord(c) > 0x2E80 else 0.5 * h for c in text)
        pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
        a = math.radians(angle)
        turned = tuple((px * math.cos(a) - py * math.sin(a), px * math.sin(a) + py * math.cos(a)) for px, py in pts)
        out.append(OcrLine(text, score, (turned[0], turned[1], turned[2], turned[3])))
    return out


LICENCE = {"plate": "粤B12345", "vehicle_type": "小型轿车", "owner": "张三丰", "address": "广东省广州市天河区体育西路100号",
           "use_character": "非营运", "model": "大众汽车牌SVW7182LFD", "vin": VIN, "engine_no": "DJ123456",
           "register_date": "2020-05-12", "issue_date": "2021-06-01"}


def _licence_lines(angle: float = 0.0, **over: str) -> list[OcrLine]:
    v = {**LICENCE, **over}
    lines: list[OcrLine] = []
    lines += _row(20, (200, "中华人民共和国机动车行驶证"), angle=angle)
    lines += _row(100, (50, "号牌号码"), (180, v["plate"]), (600, "车辆类型"), (730, v["vehicle_type"]), angle=angle)
    lines += _row(132, (50, "Plate No."), (600, "Vehicle Type"), h=14, angle=angle)
    lines += _row(180, (50, "所有人" + v["owner"]), angle=angle)
    lines += _row(260, (50, "住址"), (120, v["address"]), angle=angle)
    lines += _row(340, (50, "使用性质 " + v["use_character"]), (600, "品牌型号"), (730, v["model"]), angle=angle)
    lines += _row(420, (50, "车辆识别代号 " + v["vin"]), angle=angle)
    lines += _row(500, (50, "发动机号码" + v["engine_no"]), angle=angle)
    lines += _row(580, (50, "注册日期" + v["register_date"]), (600, "发证日期 " + v["issue_date"]), angle=angle)
    return lines


def _values(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v["value"] for k, v in result.items() if k != "problems"}


def test_c5_licence_fields_from_lines() -> None:
    result = parse_driving_licence(_licence_lines())
    assert _values(result) == LICENCE
    assert result["problems"] == []
    for name in LICENCE:
        entry = result[name]
        assert set(entry) == {"value", "confidence", "box", "check", "raw", "suggestion"}
        assert entry["confidence"] == pytest.approx(0.99) and entry["check"] is False
        x0, y0, x1, y1 = entry["box"]
        assert x0 < x1 and y0 < y1


def test_c5_licence_boxes_cover_the_values_only() -> None:
    result = parse_driving_licence(_licence_lines())
    x0, y0, x1, y1 = result["plate"]["box"]
    assert 170 <= x0 <= 190 and 95 <= y0 <= 105 and y1 <= 135  # the plate's own box, not its label's
    x0, _, _, _ = result["vin"]["box"]
    assert x0 > 50 + 5 * 27  # after the label 车辆识别代号 on the same OCR line


@pytest.mark.parametrize("angle", [-8.0, 6.0])
def test_c5_licence_photographed_at_an_angle(angle: float) -> None:
    assert _values(parse_driving_licence(_licence_lines(angle))) == LICENCE


def test_c5_licence_english_labels_glued_to_values() -> None:
    lines = _row(100, (50, "号牌号码Plate No.粤B12345")) + _row(180, (50, "所有人 Owner 张三丰")) \
        + _row(420, (50, "车辆识别代号VIN" + VIN)) + _row(500, (50, "品牌型号 Model 大众汽车牌SVW7182LFD"))
    values = _values(parse_driving_licence(lines))
    assert values["plate"] == "粤B12345" and values["owner"] == "张三丰" and values["vin"] == VIN
    assert values["model"] == "大众汽车牌SVW7182LFD"


def test_c5_licence_value_box_repeating_the_labels_last_character() -> None:
    lines = _row(340, (50, "使用性质")) + [OcrLine("质非营运", 0.9, ((150, 340), (260, 340), (260, 370), (150, 370)))]
    assert parse_driving_licence(lines)["use_character"]["value"] == "非营运"


def test_p2_plate_province_in_traditional_script_is_folded() -> None:
    result = parse_driving_licence(_licence_lines(plate="粵BI2345"))
    assert result["plate"]["value"] == "粤B12345"  # 粵 -> 粤, and a plate's I is the digit 1
    assert result["plate"]["raw"] == "粵BI2345"


def test_o5_owner_name_in_traditional_script_is_only_a_suggestion() -> None:
    result = parse_driving_licence(_licence_lines(owner="張三豐"))
    owner = result["owner"]
    assert owner["value"] == "張三豐"  # never changed silently (C5 / O5: the name as on the licence)
    assert owner["suggestion"] == "张三丰"
    codes = {(p["code"], p["field"]) for p in result["problems"]}
    assert ("name_traditional", "owner") in codes and ("low_confidence", "owner") in codes
    assert owner["check"] is True


def test_v1_licence_vin_whose_check_digit_fails_is_flagged() -> None:
    wrong = VIN[:8] + "0" + VIN[9:]
    result = parse_driving_licence(_licence_lines(vin=wrong))
    assert result["vin"]["value"] == wrong
    assert result["vin"]["confidence"] <= 0.3 and result["vin"]["check"]
    problem = next(p for p in result["problems"] if p["code"] == "vin_check_digit")
    assert problem["field"] == "vin" and problem["rule"] == "V1"
    assert "VIN" in problem["message_en"] and "车架号" in problem["message_zh"]


def test_v8_licence_vin_with_o_for_0_is_read_and_flagged() -> None:
    vin0 = "LFV2A21K450001010"
    result = parse_driving_licence(_licence_lines(vin=vin0.replace("0", "O")))
    assert result["vin"]["value"] == vin0
    assert result["vin"]["check"] is True
    assert any(p["code"] == "vin_read_ioq" for p in result["problems"])


def test_v1_licence_vin_found_without_its_label() -> None:
    lines = [ln for ln in _licence_lines() if "车辆识别代号" not in ln.text] + _row(420, (300, VIN))
    result = parse_driving_licence(lines)
    assert result["vin"]["value"] == VIN and result["vin"]["box"] is not None


def test_licence_missing_and_unreadable_fields() -> None:
    lines = [ln for ln in _licence_lines(register_date="2020-13-45") if "发动机" not in ln.text]
    result = parse_driving_licence(lines)
    assert result["engine_no"] == {"value": None, "confidence": 0.0, "box": None, "check": True, "raw": None,
                                   "suggestion": None}
    codes = {(p["code"], p["field"]) for p in result["problems"]}
    assert ("missing", "engine_no") in codes and ("date_unreadable", "register_date") in codes
    assert result["register_date"]["confidence"] <= 0.5


def test_licence_vocabulary_one_character_off() -> None:
    result = parse_driving_licence(_licence_lines(vehicle_type="小型骄车", use_character="非营远"))
    assert result["vehicle_type"]["value"] == "小型轿车" and result["vehicle_type"]["check"]
    assert result["use_character"]["value"] == "非营运"


def test_low_confidence_lines_are_marked_for_checking() -> None:
    lines = [OcrLine(ln.text, 0.6, ln.quad) if "所有人" in ln.text else ln for ln in _licence_lines()]
    result = parse_driving_licence(lines)
    assert result["owner"]["confidence"] == pytest.approx(0.6)
    assert result["owner"]["confidence"] < LOW_CONFIDENCE
    assert result["owner"]["check"] is True
    assert [p["field"] for p in result["problems"] if p["code"] == "low_confidence"] == ["owner"]


ID_FIELDS = {"name": "许建志", "sex": "男", "nation": "汉", "birth": "1994-03-29",
             "address": "浙江省杭州市西湖区建设路148号4栋1301房", "id_number": "33010619940329317X"}


def _id_lines(**over: str) -> list[OcrLine]:
    v = {**ID_FIELDS, **over}
    lines: list[OcrLine] = []
    lines += _row(70, (70, "姓名"), (190, v["name"]))
    lines += _row(150, (70, "性别" + v["sex"]), (350, "民族"), (470, v["nation"]))
    lines += _row(225, (70, "出生"), (190, "1994"), (290, "年"), (330, "3"), (360, "月"), (400, "29"), (450, "日"))
    lines += _row(300, (70, "住址"), (190, v["address"][:12]))
    lines += _row(346, (190, v["address"][12:]))
    lines += _row(530, (70, "公民身份号码"), (330, v["id_number"]))
    return lines


def test_c7_id_card_fields_from_lines() -> None:
    result = parse_id_card(_id_lines())
    assert _values(result) == ID_FIELDS
    assert result["problems"] == []
    top = result["address"]["box"]
    assert top[1] < 310 and top[3] > 346  # both address lines


def test_c7_id_number_whose_check_character_fails() -> None:
    result = parse_id_card(_id_lines(id_number="330106199403293170"))
    problem = next(p for p in result["problems"] if p["code"] == "id_check_digit")
    assert problem["rule"] == "C7" and problem["field"] == "id_number"
    assert result["id_number"]["confidence"] <= 0.3


def test_c7_id_card_birth_and_sex_checked_against_the_number() -> None:
    result = parse_id_card(_id_lines(sex="女"))
    assert any(p["code"] == "sex_differs" for p in result["problems"])
    lines = [ln for ln in _id_lines() if ln.text not in ("29",)] + _row(225, (400, "28"))
    result = parse_id_card(lines)
    assert result["birth"]["value"] == "1994-03-28"
    assert any(p["code"] == "birth_differs" for p in result["problems"])


def test_c7_sex_and_birth_not_read_are_taken_from_the_id_number() -> None:
    lines = [ln for ln in _id_lines() if not ln.text.startswith("性别") and ln.text not in ("1994", "3", "29")]
    result = parse_id_card(lines)
    assert result["sex"]["value"] == "男" and result["birth"]["value"] == "1994-03-29"
    assert result["sex"]["raw"] is None and result["sex"]["box"] is None
    assert result["birth"]["raw"] == "年月日"
    assert result["problems"] == []


def test_c7_id_number_found_without_its_label_and_o_read_as_0() -> None:
    lines = [ln for ln in _id_lines() if "身份" not in ln.text and not ln.text.startswith("3301")]
    lines += _row(530, (330, "33O1O619940329317x"))
    result = parse_id_card(lines)
    assert result["id_number"]["value"] == "33010619940329317X"


def test_nation_in_traditional_script_is_folded() -> None:
    assert parse_id_card(_id_lines(nation="漢"))["nation"]["value"] == "汉"


def test_fold_traditional_table() -> None:
    assert fold_traditional("粵B 滬A 遼C 魯D 蘇E 贛F 晉G 陝H 閩J 貴K 寧L 瓊M 雲N") == \
        "粤B 沪A 辽C 鲁D 苏E 赣F 晋G 陕H 闽J 贵K 宁L 琼M 云N"
    assert fold_traditional("廣東省廣州市天河區體育西路100號") == "广东省广州市天河区体育西路100号"
    assert fold_traditional("乾隆於餘") == "乾隆於餘"  # characters that are also simplified ones stay


# -- OCR on rendered documents (the ocr extra) ----------------------------------------------------------------------

def _accuracy(read: Any, samples: list[Any]) -> tuple[float, list[str], list[dict[str, Any]]]:
    right = total = 0
    misses = []
    results = []
    for sample in samples:
        result = read(sample.image)
        results.append(result)
        for name, want in sample.fields.items():
            total += 1
            if result[name]["value"] == want:
                right += 1
            else:
                misses.append(f"{sample.condition} {sample.seed} {name}: {result[name]['value']!r} != {want!r}")
    return right / total, misses, results


def test_c5_driving_licences_read_offline() -> None:
    pytest.importorskip("rapidocr")
    samples = [licence_sample(seed, condition) for seed, condition in ((0, "scan"), (1, "photo"), (2, "photo"))]
    accuracy, misses, results = _accuracy(scan.read_driving_licence, samples)
    assert accuracy >= 0.95, misses
    for sample, result in zip(samples, results, strict=True):  # the VIN exactly, its box on the picture
        assert result["vin"]["value"] == sample.fields["vin"]
        x0, y0, x1, y1 = result["vin"]["box"]
        assert 0 <= x0 < x1 <= sample.image.width and 0 <= y0 < y1 <= sample.image.height


def test_c7_id_cards_read_offline() -> None:
    pytest.importorskip("rapidocr")
    samples = [id_card_sample(seed, condition) for seed, condition in ((0, "scan"), (1, "photo"))]
    accuracy, misses, results = _accuracy(scan.read_id_card, samples)
    assert accuracy >= 0.95, misses
    for sample, result in zip(samples, results, strict=True):
        assert result["id_number"]["value"] == sample.fields["id_number"]
        assert not any(p["code"] in ("id_check_digit", "birth_differs", "sex_differs") for p in result["problems"])


def test_c5_low_quality_licence_still_has_every_key() -> None:
    pytest.importorskip("rapidocr")
    sample = licence_sample(3, "low")
    result = scan.read_driving_licence(png_bytes(sample.image))
    assert set(result) == {*sample.fields, "problems"}
    assert result["vin"]["value"] == sample.fields["vin"]


def test_c5_licence_scanned_sideways_is_turned() -> None:
    pytest.importorskip("rapidocr")
    sample = licence_sample(4, "scan")
    sideways = sample.image.transpose(Image.Transpose.ROTATE_90)
    result = scan.read_driving_licence(sideways)
    assert result["vin"]["value"] == sample.fields["vin"]
    assert result["owner"]["value"] == sample.fields["owner"]
    x0, y0, x1, y1 = result["vin"]["box"]  # in the sideways picture's coordinates: a tall, narrow box
    assert y1 - y0 > x1 - x0 and x1 <= sideways.width and y1 <= sideways.height


@given(st.lists(st.tuples(st.text(max_size=30), st.floats(0, 1), st.lists(
    st.tuples(st.floats(-50, 2000), st.floats(-50, 2000)), min_size=4, max_size=4)), max_size=12),
    st.sampled_from(["licence", "id"]))
@settings(max_examples=150, deadline=None)
def test_parsers_never_fail_on_any_lines(raw: list[tuple[str, float, list[tuple[float, float]]]], kind: str) -> None:
    """Whatever the OCR returns (empty text, degenerate boxes, labels without values), the reader answers with
    every field and a list of problems."""
    lines = [OcrLine(text, score, (q[0], q[1], q[2], q[3])) for text, score, q in raw]
    result = parse_driving_licence(lines) if kind == "licence" else parse_id_card(lines)
    names = LICENCE_FIELDS if kind == "licence" else ID_CARD_FIELDS
    assert set(result) == {*names, "problems"}
    for name in names:
        assert 0.0 <= result[name]["confidence"] <= 1.0
        assert result[name]["check"] == (result[name]["confidence"] < LOW_CONFIDENCE)


@given(st.sampled_from(sorted(LICENCE)), st.text(alphabet="号牌码车辆类型所有人住址使用性质品牌识别代发动机注册证日期 :：", max_size=12))
@settings(max_examples=100, deadline=None)
def test_licence_reader_survives_label_words_in_values(name: str, noise: str) -> None:
    lines = _licence_lines(**{name: LICENCE[name] + noise}) if name not in ("vin",) else _licence_lines()
    result = parse_driving_licence(lines)
    assert result["vin"]["value"] == VIN
