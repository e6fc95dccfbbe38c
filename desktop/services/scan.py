"""Scan first (issue #15): the VIN from a bar code, the owner and the car from the driving licence, offline.

Typing is where duplicates and twins are born (V1, V8, N1; C5, O5, W9). Here the documents are read on the
workstation itself, never sent anywhere:

- :func:`vins_in_image` decodes every Code 39 / Code 128 / Data Matrix / QR / PDF417 symbol in a picture with
  zxing-cpp and returns the VINs in them whose check digit is valid, in reading order. A Code 39 VIN carries the
  GB/T 18410 "I" in front; a vehicle certificate's (合格证) QR payload is opaque text, searched for VINs by
  pattern and check digit, its raw bytes re-read as GBK when they are not UTF-8. A symbol tilted more than
  ~10° is found by deskew retries (±10°, ±20°, ±30°) when the picture as it is holds no VIN.
- :func:`read_driving_licence` and :func:`read_id_card` read the documents with the optional OCR extra
  (``pip install -e ".[ocr]"``: rapidocr on onnxruntime, models inside the wheel; in the frozen build the
  ``ocr-addon`` folder next to the program, see :func:`ocr_addon_dirs`); without it they raise
  :class:`OcrUnavailable`, which says how to add it. Field names, the meaning of ``confidence`` and the
  problems listed: :mod:`desktop.services.scan_documents` and docs/DESIGN.md, "Scanning (issue #15)".

An image is a path (``str`` / ``Path``), the bytes of a PNG or JPEG file, a Pillow image, or a Qt ``QImage`` /
``QPixmap`` (read through its own methods: this layer never imports Qt).

Privacy (personal information): the pictures of licences and ID cards hold a person's name, address and ID
number. This module keeps nothing: no picture and no text is written to disk, a log or the database; the
result goes back to the caller only. The UI fills the form with it, and only the fields the advisor confirms
(Enter / Save) are stored, through the usual services and their rules. Storing the picture itself is off unless
the store turns it on (then it is the UI's decision, stated in the store's settings, not this module's).
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

from desktop.rules.messages import QT_TRANSLATE_NOOP
from desktop.rules.vin import find_vins
from desktop.services.errors import ServiceError
from desktop.services.scan_documents import (
    ID_CARD_FIELDS,
    LICENCE_FIELDS,
    LOW_CONFIDENCE,
    OcrLine,
    parse_driving_licence,
    parse_id_card,
)

__all__ = [
    "BARCODE_FORMATS",
    "DESKEW_ANGLES",
    "ID_CARD_FIELDS",
    "LICENCE_FIELDS",
    "LOW_CONFIDENCE",
    "OCR_ADDON_ENV",
    "DOCUMENTS",
    "ImageUnreadable",
    "OcrUnavailable",
    "barcode_texts",
    "load_image",
    "ocr_addon_dirs",
    "ocr_available",
    "ocr_lines",
    "read_document",
    "read_driving_licence",
    "read_id_card",
    "vins_in_image",
]

_F = zxingcpp.BarcodeFormat
#: the symbologies a VIN is printed in: VIN labels (Code 39 per GB/T 18410, Code 128), door-pillar labels and
#: certificates (Data Matrix, QR, PDF417)
BARCODE_FORMATS = zxingcpp.BarcodeFormats([_F.Code39, _F.Code128, _F.DataMatrix, _F.QRCode, _F.PDF417])
#: what zxing-cpp reads only near upright (try_rotate off, the fast way: 21 ms instead of 56 ms a frame here):
#: linear codes within ~5-7° of their axis (either direction), PDF417 less, Data Matrix within ~45°
_QUARTER_FORMATS = zxingcpp.BarcodeFormats([_F.Code39, _F.Code128, _F.PDF417, _F.DataMatrix])  # turned by 90°
_HALF_FORMATS = zxingcpp.BarcodeFormats([_F.PDF417, _F.DataMatrix])  # by 180°, 270° (linear: both ways)
_TILT_FORMATS = zxingcpp.BarcodeFormats([_F.Code39, _F.Code128, _F.PDF417])  # by the deskew angles
#: a tilted linear code or PDF417 is not read: retry the picture turned by these angles (degrees), likeliest first
DESKEW_ANGLES = (10, -10, 20, -20, 30, -30, 5, -5, 15, -15)
_FIRST_PASS_SIDE = 2000  # a larger picture (a 12 MP document camera) is first read at this size, then at full
_OCR_SIDE = 1280  # the OCR reads the picture at most this large: the text of a card is large; time grows with area
_OCR_MIN_LABELS = 3  # fewer fields read from upright lines: try the picture upside down

ImageInput = Any  # str | os.PathLike | bytes | PIL.Image.Image | QImage | QPixmap | numpy array


class ImageUnreadable(ServiceError):
    """The picture cannot be opened (not an image, a damaged file)."""

    code = "image_unreadable"


class OcrUnavailable(ServiceError):
    """The offline OCR (the ``ocr`` extra) is not installed on this workstation."""

    code = "ocr_unavailable"

    def __init__(self, detail: str = "") -> None:
        what = QT_TRANSLATE_NOOP(
            "services.scan", "未安装离线文字识别（OCR）组件，无法读取行驶证和身份证。开发环境：pip install -e \".[ocr]\"；"
            "安装版：把 OCR 附加组件文件夹 ocr-addon 放在程序目录中，然后重新启动。条码扫描不受影响。")
        if detail:
            super().__init__(QT_TRANSLATE_NOOP("services.scan", "{what}（{detail}）"),
                             params={"what": what, "detail": detail})
        else:
            super().__init__(what)


# -- pictures ----------------------------------------------------------------------------------------------------

def _unreadable(detail: str) -> ImageUnreadable:
    return ImageUnreadable(QT_TRANSLATE_NOOP("services.scan", "无法打开图片：{detail}"), params={"detail": detail})


def _from_qimage(obj: Any, mode: str) -> Image.Image:
    """A QImage as a Pillow image, through the object's own methods (``convertToFormat``, ``constBits``): this
    layer does not import Qt. ``type(obj).Format`` is the QImage.Format enum of whichever binding made it."""
    fmt = type(obj).Format
    converted = obj.convertToFormat(fmt.Format_Grayscale8 if mode == "L" else fmt.Format_RGB888)
    width, height, stride = converted.width(), converted.height(), converted.bytesPerLine()
    data = bytes(converted.constBits())[: stride * height]
    return Image.frombuffer(mode, (width, height), data, "raw", mode, stride, 1).copy()


def load_image(image: ImageInput, mode: str = "L") -> Image.Image:
    """``image`` as a Pillow image in ``mode`` ("L" grey or "RGB"), turned upright by its EXIF orientation.

    Raises :class:`ImageUnreadable` when a file or bytes are not a picture; ``TypeError`` for other objects."""
    try:
        if isinstance(image, Image.Image):
            pil = image
        elif isinstance(image, (str, os.PathLike)):
            with Image.open(Path(image)) as opened:
                opened.load()
                pil = ImageOps.exif_transpose(opened)
        elif isinstance(image, (bytes, bytearray, memoryview)):
            with Image.open(io.BytesIO(bytes(image))) as opened:
                opened.load()
                pil = ImageOps.exif_transpose(opened)
        elif hasattr(image, "toImage") and not hasattr(image, "constBits"):  # a QPixmap
            return _from_qimage(image.toImage(), mode)
        elif hasattr(image, "constBits") and hasattr(image, "convertToFormat"):  # a QImage
            if image.isNull():
                raise _unreadable("empty image")
            return _from_qimage(image, mode)
        elif hasattr(image, "__array_interface__"):  # a numpy array (grey, RGB)
            pil = Image.fromarray(image)
        else:
            raise TypeError(f"not an image: {type(image).__name__}")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise _unreadable(type(exc).__name__) from exc
    if pil.mode in ("RGBA", "LA", "P", "PA"):  # transparent pixels read as white paper, not black
        rgba = pil.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        pil = Image.alpha_composite(paper, rgba)
    return pil if pil.mode == mode else pil.convert(mode)


def _fit(img: Image.Image, side: int) -> tuple[Image.Image, float]:
    """``img`` shrunk so that its longer side is at most ``side``; and the scale applied."""
    longest = max(img.size)
    if longest <= side:
        return img, 1.0
    scale = side / longest
    return img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))),
                      Image.Resampling.BILINEAR if img.mode == "L" else Image.Resampling.LANCZOS), scale


# -- bar codes ---------------------------------------------------------------------------------------------------

def _mojibake(text: str) -> bool:
    """Text whose bytes were read as ISO 8859-1 (zxing's default for a QR without ECI): Latin-1 letters."""
    return any("\x80" <= ch <= "\xff" for ch in text)


def _payload_texts(barcode: zxingcpp.Barcode) -> list[str]:
    """The decoded text and, for a binary or mis-read payload, its bytes read as UTF-8, else as GBK (GB 18030):
    a 合格证 QR holds GBK bytes without saying so."""
    text = str(barcode.text)
    texts = [text]
    raw = bytes(barcode.bytes or b"")
    if raw and (barcode.content_type == zxingcpp.ContentType.Binary or _mojibake(text)):
        for encoding in ("utf-8", "gb18030"):
            try:
                decoded = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if decoded != text:
                texts.insert(0, decoded)
            break
    return texts


def _read(img: Image.Image, formats: zxingcpp.BarcodeFormats,
          binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage) -> list[zxingcpp.Barcode]:
    found = zxingcpp.read_barcodes(img, formats=formats, try_rotate=False, try_invert=False,
                                   binarizer=binarizer)
    # reading order: top to bottom by rows about a symbol's height apart, then left to right
    return sorted(found, key=lambda b: (round(b.position.top_left.y / 80), b.position.top_left.x))


#: each picture is read with the global-histogram binarizer first (4 ms a frame here, as good on an evenly lit
#: label), then with a fixed threshold (a blurred linear code whose thin bars stay grey), then with the
#: local-average one (15 ms; shadows and uneven light)
_BINARIZERS = (zxingcpp.Binarizer.GlobalHistogram, zxingcpp.Binarizer.FixedThreshold,
               zxingcpp.Binarizer.LocalAverage)


def _passes(gray: Image.Image) -> Iterator[tuple[Image.Image, zxingcpp.BarcodeFormats, zxingcpp.Binarizer]]:
    """The readings tried in turn until one yields a VIN: the picture (smaller first when large); turned by 90°,
    180° and 270° for the symbologies read only near upright; then the deskew angles."""
    small, scale = _fit(gray, _FIRST_PASS_SIDE)
    views: list[tuple[Callable[[], Image.Image], zxingcpp.BarcodeFormats]] = [(lambda: small, BARCODE_FORMATS)]
    if scale < 1.0:
        views.append((lambda: gray, BARCODE_FORMATS))
    views.append((lambda: small.transpose(Image.Transpose.ROTATE_90), _QUARTER_FORMATS))
    views.append((lambda: small.transpose(Image.Transpose.ROTATE_180), _HALF_FORMATS))
    views.append((lambda: small.transpose(Image.Transpose.ROTATE_270), _HALF_FORMATS))
    for angle in DESKEW_ANGLES:
        views.append((partial(small.rotate, angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255),
                      _TILT_FORMATS))
    for make, formats in views:
        view = make()
        for binarizer in _BINARIZERS:
            yield view, formats, binarizer


def barcode_texts(image: ImageInput) -> list[str]:
    """Every text the bar codes of ``image`` hold (all five symbologies, no retries), GBK payloads re-read."""
    gray = load_image(image, "L")
    return [t for b in _read(gray, BARCODE_FORMATS) for t in _payload_texts(b)]


def vins_in_image(image: ImageInput) -> list[str]:
    """The VINs with a valid check digit in the bar codes of ``image``, in reading order, once each.

    Code 39 (with or without the GB/T 18410 "I"), Code 128, Data Matrix, QR and PDF417; payloads are searched as
    opaque text (:func:`desktop.rules.vin.find_vins`). An empty list when none is found (after the 90° and
    deskew retries). Raises :class:`ImageUnreadable` for a file that is not a picture."""
    gray = load_image(image, "L")
    for view, formats, binarizer in _passes(gray):
        vins: dict[str, None] = {}
        for barcode in _read(view, formats, binarizer):
            for text in _payload_texts(barcode):
                for vin in find_vins(text):
                    vins.setdefault(vin, None)
        if vins:
            return list(vins)
    return []


# -- OCR ----------------------------------------------------------------------------------------------------------

#: environment variable naming an OCR add-on folder (a ``pip install --target`` of the ``ocr`` extra)
OCR_ADDON_ENV = "DESKTOP_OCR_ADDON"
_engine: Any = None
_engine_lock = threading.Lock()


def ocr_addon_dirs() -> list[Path]:
    """Where the OCR add-on may be: ``$DESKTOP_OCR_ADDON``, and in the frozen build the ``ocr-addon`` folder next
    to the program (made with ``pip install --target ocr-addon "rapidocr>=3.10" "onnxruntime>=1.20"`` for the same
    Python and platform)."""
    out = []
    env = os.environ.get(OCR_ADDON_ENV)
    if env:
        out.append(Path(env))
    if getattr(sys, "frozen", False):
        out.append(Path(sys.executable).resolve().parent / "ocr-addon")
    return out


def _add_addon_paths() -> None:
    for folder in ocr_addon_dirs():
        if folder.is_dir() and str(folder) not in sys.path:
            sys.path.append(str(folder))


def ocr_available() -> bool:
    """True when the OCR extra can be imported (without loading it): the UI offers licence reading then."""
    _add_addon_paths()
    return all(importlib.util.find_spec(name) is not None for name in ("rapidocr", "onnxruntime"))


def _ocr_engine() -> Any:
    global _engine
    with _engine_lock:
        if _engine is None:
            _add_addon_paths()
            try:
                # by name, not by import statement: the frozen build's analysis must not pull the ~350 MB extra
                # into the base folder (it is an add-on there); onnxruntime first, as rapidocr loads it late
                importlib.import_module("onnxruntime")
                rapidocr = importlib.import_module("rapidocr")
            except ImportError as exc:
                raise OcrUnavailable(str(exc.name or exc)) from exc
            try:
                _engine = rapidocr.RapidOCR(params={"Global.log_level": "warning"})
            except (ImportError, OSError) as exc:
                raise OcrUnavailable(type(exc).__name__) from exc
        return _engine


def _to_lines(result: Any, scale: float, turn: int, size: tuple[int, int]) -> list[OcrLine]:
    """OCR output as :class:`OcrLine` in the coordinates of the picture as given (undoing the shrink and a
    90° / 180° / 270° counter-clockwise turn)."""
    if result is None or getattr(result, "boxes", None) is None or result.txts is None:
        return []
    width, height = size  # of the picture as given
    lines = []
    for text, score, box in zip(result.txts, result.scores, result.boxes, strict=False):
        pts = []
        for x, y in box:
            x, y = float(x) / scale, float(y) / scale
            if turn == 90:
                x, y = width - y, x
            elif turn == 180:
                x, y = width - x, height - y
            elif turn == 270:
                x, y = y, height - x
            pts.append((x, y))
        lines.append(OcrLine(str(text), float(score), (pts[0], pts[1], pts[2], pts[3])))
    return lines


_TURNS = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_270}


def ocr_lines(image: ImageInput, *, turn: int = 0) -> list[OcrLine]:
    """The text lines of ``image`` (OCR) read with the picture turned ``turn`` degrees counter-clockwise (0, 90,
    180, 270), in the coordinates of the picture as given. Raises :class:`OcrUnavailable` without the OCR
    extra."""
    engine = _ocr_engine()
    rgb = load_image(image, "RGB")
    small, scale = _fit(rgb, _OCR_SIDE)
    view = small if turn == 0 else small.transpose(_TURNS[turn])
    with _engine_lock:  # every step named: rapidocr keeps the last call's switches (see _upright_turn)
        result = engine(view, use_det=True, use_cls=True, use_rec=True)
    return _to_lines(result, scale, turn, rgb.size)


def _sideways(lines: Sequence[OcrLine]) -> bool:
    """Most lines of several characters stand upright in the picture: the card lies on its side."""
    longer = [ln for ln in lines if len(ln.text.strip()) >= 4]
    upright = 0
    for ln in longer:
        xs, ys = [p[0] for p in ln.quad], [p[1] for p in ln.quad]
        upright += (max(ys) - min(ys)) > 1.5 * (max(xs) - min(xs))
    return bool(longer) and upright * 2 > len(longer)


def _upright_turn(rgb: Image.Image, lines: Sequence[OcrLine]) -> int:
    """For a card on its side: 90 or 270, whichever turn makes its longest lines read best (recognition alone on
    three line crops, ~0.1 s each, instead of reading the whole card both ways)."""
    engine = _ocr_engine()
    longest = sorted(lines, key=lambda ln: -len(ln.text))[:3]
    totals = {90: 0.0, 270: 0.0}
    for ln in longest:
        xs, ys = [p[0] for p in ln.quad], [p[1] for p in ln.quad]
        crop = rgb.crop((int(min(xs)), int(min(ys)), int(max(xs)) + 1, int(max(ys)) + 1))
        for turn in totals:
            with _engine_lock:
                result = engine(crop.transpose(_TURNS[turn]), use_det=False, use_cls=False, use_rec=True)
            totals[turn] += float(sum(result.scores or ()))
    return max(totals, key=lambda t: totals[t])


#: the documents read by OCR: kind -> (its parser, its fields in order)
DOCUMENTS: dict[str, tuple[Callable[[Sequence[OcrLine]], dict[str, Any]], tuple[str, ...]]] = {
    "driving_licence": (parse_driving_licence, LICENCE_FIELDS),
    "id_card": (parse_id_card, ID_CARD_FIELDS),
}


def _read_document(image: ImageInput, kinds: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """Read the picture as it is, once, and parse it as each of ``kinds``: the kind that finds the largest share
    of its fields is the document. A card lying on its side (its lines upright) is read again turned upright,
    one that reads upside down (few fields) turned by 180°; the reading that finds the most fields wins."""
    rgb = load_image(image, "RGB")

    def share(kind: str, result: dict[str, Any]) -> float:
        order = DOCUMENTS[kind][1]
        return sum(1 for name in order if result[name]["value"] is not None) / len(order)

    def best_of(lines: Sequence[OcrLine]) -> tuple[str, dict[str, Any]]:
        readings = [(kind, DOCUMENTS[kind][0](lines)) for kind in kinds]
        return max(readings, key=lambda reading: share(*reading))  # the first kind on a tie

    lines = ocr_lines(rgb)
    kind, best = best_of(lines)
    if share(kind, best) < 1.0:
        turns: tuple[int, ...] = ()
        if _sideways(lines):
            turns = (_upright_turn(rgb, lines),)
        elif share(kind, best) * len(DOCUMENTS[kind][1]) < _OCR_MIN_LABELS:
            turns = (180,)
        for turn in turns:
            other_kind, result = best_of(ocr_lines(rgb, turn=turn))
            if share(other_kind, result) > share(kind, best):
                kind, best = other_kind, result
    return kind, best


def read_driving_licence(image: ImageInput) -> dict[str, Any]:
    """The main page of a driving licence (机动车行驶证), read offline.

    Returns ``{field: {"value", "confidence", "box", "check", "raw", "suggestion"}, ..., "problems": [...]}`` for
    the fields plate, vehicle_type, owner, address, use_character, model, vin, engine_no, register_date,
    issue_date (dates ISO, the plate and VIN normalised); ``box`` is [x0, y0, x1, y1] in the picture's pixels or
    None; ``check`` is True when the advisor must compare the field with the document. ``problems``: dicts with
    ``code`` (missing, low_confidence, vin_check_digit, plate_invalid, date_unreadable, name_traditional, ...),
    ``field``, ``rule`` and ``message_zh`` / ``message_en``. Raises :class:`OcrUnavailable` without the OCR extra."""
    return _read_document(image, ("driving_licence",))[1]


def read_id_card(image: ImageInput) -> dict[str, Any]:
    """The front of a resident ID card (居民身份证), read offline: name, sex, nation, birth (ISO), address,
    id_number, in the shape of :func:`read_driving_licence`; an ID number whose check character fails is listed
    as ``id_check_digit`` (C7), a birth date or sex that differs from the number's as ``birth_differs`` /
    ``sex_differs``."""
    return _read_document(image, ("id_card",))[1]


def read_document(image: ImageInput, kinds: Sequence[str] = ("driving_licence", "id_card")) -> dict[str, Any]:
    """Whichever of ``kinds`` (``driving_licence``, ``id_card``) the picture is, read with one OCR reading parsed
    as each (instead of reading the picture once per kind): the result of :func:`read_driving_licence` or
    :func:`read_id_card` with ``"kind"`` naming the document, the kind that found the largest share of its
    fields (the first of ``kinds`` on a tie). Raises :class:`OcrUnavailable` without the OCR extra."""
    unknown = [kind for kind in kinds if kind not in DOCUMENTS]
    if unknown or not kinds:
        raise ValueError(f"unknown document kinds: {unknown or kinds!r}")
    kind, result = _read_document(image, tuple(kinds))
    return {"kind": kind, **result}
