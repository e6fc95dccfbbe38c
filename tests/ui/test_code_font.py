"""#14: VIN, plate and code fields use a monospace face whose zero is marked (JetBrains Mono, shipped in
resources/fonts), so O and 0 (and I, l, 1) never look alike at the reception desk (V1: a VIN has no I, O, Q;
reading one off the car must not add doubt)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QImage, QPainter
from PySide6.QtWidgets import QLineEdit

from desktop.config import resource_path
from desktop.ui.common.widgets import CODE_FAMILY, code_font, load_code_fonts

from .conftest import wait_for_workers


def _glyph(text: str, size: int = 96) -> QImage:
    image = QImage(size, size + size // 2, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(code_font(size))
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def _ink(image: QImage, x0: float, y0: float, x1: float, y1: float) -> int:
    """Dark pixels in the box given as fractions of the glyph's inked bounds."""
    dark = [(x, y) for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).value() < 128]
    left, right = min(x for x, _ in dark), max(x for x, _ in dark)
    top, bottom = min(y for _, y in dark), max(y for _, y in dark)
    box = (left + (right - left) * x0, top + (bottom - top) * y0, left + (right - left) * x1, top + (bottom - top) * y1)
    return sum(1 for x, y in dark if box[0] <= x <= box[2] and box[1] <= y <= box[3])


def _difference(a: QImage, b: QImage) -> int:
    return sum(1 for y in range(a.height()) for x in range(a.width())
               if abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value()) > 96)


def test_the_code_face_ships_with_its_licence_and_loads(qapp: Any) -> None:
    assert resource_path("fonts", "JetBrainsMono-Regular.ttf").is_file()
    assert "SIL Open Font License" in resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    load_code_fonts()
    assert QFontInfo(code_font(20)).family() == CODE_FAMILY


def test_zero_is_marked_inside_and_o_is_not(qapp: Any) -> None:
    """The middle of 0 carries a dot (or slash); the middle of O is empty."""
    load_code_fonts()
    zero, oh = _glyph("0"), _glyph("O")
    assert _ink(zero, 0.35, 0.35, 0.65, 0.65) > 20
    assert _ink(oh, 0.35, 0.35, 0.65, 0.65) == 0
    for a, b in (("I", "1"), ("l", "1"), ("I", "l"), ("B", "8"), ("S", "5")):
        assert _difference(_glyph(a), _glyph(b)) > 150, (a, b)


def test_vin_plate_and_code_fields_use_the_code_face(qtbot: Any, window: Any, world: Any) -> None:
    """The intake's VIN and plate fields, and any field marked with set_code_font (the style sheet draws them)."""
    from desktop.ui.common.widgets import set_code_font

    for name in ("vinInput", "plateInput"):
        edit = window.findChild(QLineEdit, name)
        assert QFontInfo(edit.font()).family() == CODE_FAMILY, name
    dialog = window.open_vehicle(world.ids["ok"])
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    for name in ("field_vin", "field_plate", "field_engine_no"):
        edit = dialog.findChild(QLineEdit, name)
        assert QFontInfo(edit.font()).family() == CODE_FAMILY, name
    dialog.close()
    other = QLineEdit()
    qtbot.addWidget(other)
    set_code_font(other)
    other.show()
    assert QFontInfo(other.font()).family() == CODE_FAMILY
    wait_for_workers()



def test_table_columns_of_vins_plates_and_codes_use_the_code_face(qapp: Any) -> None:
    from desktop.ui.common.models import CustomerTableModel, VehicleTableModel

    load_code_fonts()
    vehicles = VehicleTableModel()
    vehicles.set_rows([type("Row", (), {"vin": "LSVAG2180NM100001", "plate": "粤A6D218", "model": "朗逸",
                                        "owner_name": "汪国进", "internal_code": "T100001"})()])
    for column in (VehicleTableModel.COL_VIN, VehicleTableModel.COL_PLATE, VehicleTableModel.COL_CODE):
        font = vehicles.data(vehicles.index(0, column), Qt.ItemDataRole.FontRole)
        assert QFontInfo(font).family() == CODE_FAMILY, column
    assert vehicles.data(vehicles.index(0, VehicleTableModel.COL_MODEL), Qt.ItemDataRole.FontRole) is None
    customers = CustomerTableModel()
    customers.set_rows([type("Row", (), {"code": "KHD0000001", "name": "汪国进"})()])
    assert customers.data(customers.index(0, CustomerTableModel.COL_CODE), Qt.ItemDataRole.FontRole) is not None
