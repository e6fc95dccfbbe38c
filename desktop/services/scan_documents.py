"""Reading a driving licence (行驶证) and a resident ID card (居民身份证) from OCR lines (issue #15).

Pure: the input is the text lines an OCR engine found (:class:`OcrLine`: text, score, the line's four corners),
the output the fields of the document, each ``{"value", "confidence", "box", "check", "raw", "suggestion"}``,
plus ``"problems"``. :mod:`desktop.services.scan` runs the engine and calls :func:`parse_driving_licence` /
:func:`parse_id_card`; tests feed lines directly.

How a field is found: by its printed label (号牌号码, 所有人, 公民身份号码, ...; OCR slips of one character in the
longer labels are accepted), the value being the text after the label on the same OCR line, or the text to its
right on the same row (the label's own direction, so a tilted photo still reads by rows), up to the next label.
An address continues on the lines below, aligned with its first line. The English labels of the licence
("Plate No.", "Owner", ...) are recognised and left out of the values. When a label was not read, the VIN, the ID
number and the plate are still found anywhere by their pattern (and check digit).

Confidence: the OCR engine's score of the lines the value came from (the lowest), lowered when the value
fails its own rule: a VIN whose check digit fails (V1) and an ID number whose check digit fails (C7) are capped
at 0.3, a plate or date that cannot be read as one at 0.5; a value that needed reading (I/O/Q as 1/0/0, a word
one character off the known vehicle types) at 0.85. ``check`` is True below :data:`LOW_CONFIDENCE`: the
advisor must compare that field with the document. Traditional characters the OCR model mixes in (粵 for 粤)
are folded to simplified ones (:data:`TRADITIONAL_TO_SIMPLIFIED`) in every field except a person's name,
where the folded name is only offered as ``suggestion`` (rule C5 / O5: the name as on the licence).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from rapidfuzz.distance import Levenshtein

from desktop.rules.errors import ValidationError
from desktop.rules.identity import resident_id_birth_date, validate_resident_id
from desktop.rules.messages import QT_TRANSLATE_NOOP, Message, Text
from desktop.rules.plate import PROVINCE_CHARS, validate_plate
from desktop.rules.text import is_cjk
from desktop.rules.vin import find_vins, is_check_digit_ok, read_iso3779

__all__ = [
    "ID_CARD_FIELDS",
    "LICENCE_FIELDS",
    "LOW_CONFIDENCE",
    "TRADITIONAL_TO_SIMPLIFIED",
    "OcrLine",
    "fold_traditional",
    "parse_driving_licence",
    "parse_id_card",
]

#: below this a field is marked for checking against the document (``check``) and listed in ``problems``
LOW_CONFIDENCE = 0.90
CAP_FAILED_CHECK = 0.30  # a VIN or ID number whose check digit fails
CAP_UNREADABLE = 0.50  # a plate or date that does not read as one
CAP_READ_AS = 0.85  # a value that needed reading (I/O/Q as 1/0/0, a known word one character off)

LICENCE_FIELDS = ("plate", "vehicle_type", "owner", "address", "use_character", "model", "vin", "engine_no",
                  "register_date", "issue_date")
ID_CARD_FIELDS = ("name", "sex", "nation", "birth", "address", "id_number")

_LICENCE_LABELS: dict[str, tuple[str, ...]] = {
    "plate": ("号牌号码", "车牌号码", "号牌号"),
    "vehicle_type": ("车辆类型",),
    "owner": ("所有人",),
    "address": ("住址",),
    "use_character": ("使用性质",),
    "model": ("品牌型号",),
    "vin": ("车辆识别代号", "车辆识别代码", "车架号"),
    "engine_no": ("发动机号码", "发动机号"),
    "register_date": ("注册日期",),
    "issue_date": ("发证日期",),
}
_LICENCE_ENGLISH: dict[str, tuple[str, ...]] = {
    "plate": ("PLATENO",), "vehicle_type": ("VEHICLETYPE",), "owner": ("OWNER",), "address": ("ADDRESS",),
    "use_character": ("USECHARACTER",), "model": ("MODEL",), "vin": ("VIN",), "engine_no": ("ENGINENO",),
    "register_date": ("REGISTERDATE",), "issue_date": ("ISSUEDATE",),
}
_ID_LABELS: dict[str, tuple[str, ...]] = {
    "name": ("姓名",),
    "sex": ("性别",),
    "nation": ("民族",),
    "birth": ("出生",),
    "address": ("住址",),
    "id_number": ("公民身份号码", "公民身份证号码", "身份证号码", "身份号码"),
}
#: words printed on the cards that are neither labels nor values
_NOISE_WORDS = ("中华人民共和国机动车行驶证", "中华人民共和国", "机动车行驶证", "居民身份证")

#: GA 802 vehicle types and use characters as printed on licences: a value one character off one of these (and
#: no other) is read as it, flagged for checking.
VEHICLE_TYPES = (
    "大型普通客车", "大型双层客车", "大型卧铺客车", "大型铰接客车", "大型越野客车", "大型专用客车",
    "中型普通客车", "中型双层客车", "中型卧铺客车", "中型越野客车", "中型专用客车",
    "小型普通客车", "小型越野客车", "小型专用客车", "微型普通客车", "微型越野客车",
    "大型轿车", "中型轿车", "小型轿车", "微型轿车",
    "重型普通货车", "重型厢式货车", "重型封闭货车", "重型罐式货车", "重型平板货车", "重型自卸货车",
    "重型半挂牵引车", "中型普通货车", "中型厢式货车", "中型封闭货车", "中型罐式货车", "中型自卸货车",
    "轻型普通货车", "轻型厢式货车", "轻型封闭货车", "轻型罐式货车", "轻型自卸货车", "微型普通货车",
    "微型厢式货车", "微型封闭货车", "轻型专项作业车", "重型专项作业车", "小型专项作业车",
)
USE_CHARACTERS = (
    "非营运", "营运", "公路客运", "公交客运", "出租客运", "旅游客运", "货运", "租赁", "预约出租客运",
    "预约出租转非", "营转非", "出租转非", "警用", "消防", "救护", "工程救险", "教练", "幼儿校车", "小学生校车",
    "中小学生校车", "初中生校车", "其他校车", "危化品运输",
)

#: Traditional characters the OCR model (trained on both scripts) returns for simplified ones printed on
#: mainland documents: the plate provinces (粵 → 粤) and frequent characters of addresses, vehicle words, the
#: nations and common names. One-to-one and unambiguous only: characters whose traditional form is also a
#: simplified character in its own right (乾, 於, 餘, 著, 後, 髮, 鍾 ...) are left out. Never applied to a
#: person's name: there it is a suggestion (C5 / O5).
TRADITIONAL_TO_SIMPLIFIED: dict[str, str] = dict(zip(
    # plate provinces
    "滬雲遼魯蘇贛晉陝閩貴粵寧瓊黑蒙"
    # places and addresses
    "區號縣鎮鄉門廣東國華樓單層廈園場莊灣橋陽島龍興開發實業際濟蘭瀋烏齊鄭漢長壽衛鐵銀錦寶聖藍綠線環溝嶺峽"
    "學醫廠鋼礦農組棟戶屬溫紹與陸樂萬豐鳳鶴臺臨內圍蓮灘嶼閣館處規劃設備電視體務書"
    # vehicle and document words
    "車輛轎貨掛牽輕營運動機碼識別證註冊記頭駕駛種類質綫"
    # nations
    "漢維吾爾傈僳納紇"
    # frequent characters of names (suggestion only)
    "張劉陳楊黃趙吳孫錢馬鄧蕭葉羅謝韓馮許蔣韋閆盧賈湯歐龐顧譚鍾飛偉軍紅麗強剛傑輝靜濤鵬慶彥傳憲義禮賢鳴達瑋",
    "沪云辽鲁苏赣晋陕闽贵粤宁琼黑蒙"
    "区号县镇乡门广东国华楼单层厦园场庄湾桥阳岛龙兴开发实业际济兰沈乌齐郑汉长寿卫铁银锦宝圣蓝绿线环沟岭峡"
    "学医厂钢矿农组栋户属温绍与陆乐万丰凤鹤台临内围莲滩屿阁馆处规划设备电视体务书"
    "车辆轿货挂牵轻营运动机码识别证注册记头驾驶种类质线"
    "汉维吾尔傈僳纳纥"
    "张刘陈杨黄赵吴孙钱马邓萧叶罗谢韩冯许蒋韦闫卢贾汤欧庞顾谭钟飞伟军红丽强刚杰辉静涛鹏庆彦传宪义礼贤鸣达玮",
    strict=True,
))
_FOLD = str.maketrans(TRADITIONAL_TO_SIMPLIFIED)


def fold_traditional(text: str) -> str:
    """Fold the traditional characters of :data:`TRADITIONAL_TO_SIMPLIFIED` to their simplified forms."""
    return text.translate(_FOLD)


# -- OCR lines and their geometry ---------------------------------------------------------------------------------

Point = tuple[float, float]


@dataclass(frozen=True)
class OcrLine:
    """One text line as the OCR engine found it: text, score (0..1) and its corners in image pixels (top-left,
    top-right, bottom-right, bottom-left, in reading direction)."""

    text: str
    score: float
    quad: tuple[Point, Point, Point, Point]

    @property
    def direction(self) -> Point:
        (x0, y0), (x1, y1) = self.quad[0], self.quad[1]
        length = math.hypot(x1 - x0, y1 - y0)
        return ((x1 - x0) / length, (y1 - y0) / length) if length > 0 else (1.0, 0.0)

    @property
    def height(self) -> float:
        tl, tr, br, bl = self.quad
        return max(1.0, (math.dist(tl, bl) + math.dist(tr, br)) / 2)

    def at(self, fraction: float, down: float = 0.5) -> Point:
        """The point ``fraction`` along the line (0 = start, 1 = end), ``down`` of the way from top to bottom."""
        tl, tr, br, bl = self.quad
        top = (tl[0] + fraction * (tr[0] - tl[0]), tl[1] + fraction * (tr[1] - tl[1]))
        bottom = (bl[0] + fraction * (br[0] - bl[0]), bl[1] + fraction * (br[1] - bl[1]))
        return (top[0] + down * (bottom[0] - top[0]), top[1] + down * (bottom[1] - top[1]))

    def box(self, start: float = 0.0, end: float = 1.0) -> list[int]:
        """Axis-aligned box [x0, y0, x1, y1] of the part of the line from ``start`` to ``end`` (fractions)."""
        pts = [self.at(start, 0.0), self.at(end, 0.0), self.at(end, 1.0), self.at(start, 1.0)]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return [math.floor(min(xs)), math.floor(min(ys)), math.ceil(max(xs)), math.ceil(max(ys))]


def _char_weight(ch: str) -> float:
    if ch.isspace():
        return 0.4
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.55


@dataclass
class _Line:
    """A line prepared for label search: compact text (no whitespace, NFKC per character), and for each of its
    characters the fraction of the line where it starts and ends."""

    ocr: OcrLine
    text: str
    starts: list[float]
    ends: list[float]
    index: int

    @classmethod
    def of(cls, line: OcrLine, index: int) -> _Line:
        weights = [_char_weight(c) for c in line.text]
        total = sum(weights) or 1.0
        chars: list[str] = []
        starts: list[float] = []
        ends: list[float] = []
        pos = 0.0
        for ch, w in zip(line.text, weights, strict=True):
            if not ch.isspace():
                for out in unicodedata.normalize("NFKC", ch):
                    if not out.isspace():
                        chars.append(out)
                        starts.append(pos / total)
                        ends.append((pos + w) / total)
            pos += w
        return cls(line, "".join(chars), starts, ends, index)

    def span(self, start: int, end: int) -> tuple[float, float]:
        """Fractions of the line covered by compact characters ``start``..``end`` (end exclusive)."""
        if start >= end or not self.text:
            return (0.0, 0.0)
        return (self.starts[start], self.ends[end - 1])

    def along(self, fraction: float, origin: _Line) -> float:
        """How far the point ``fraction`` along this line lies along ``origin``'s direction from its start."""
        p, o = self.at(fraction), origin.ocr.quad[0]
        d = origin.ocr.direction
        return (p[0] - o[0]) * d[0] + (p[1] - o[1]) * d[1]

    def across(self, origin: _Line) -> float:
        """How far this line's middle lies below ``origin``'s middle line (perpendicular to its direction)."""
        p, o = self.at(0.5), origin.ocr.at(0.0)
        d = origin.ocr.direction
        return (p[1] - o[1]) * d[0] - (p[0] - o[0]) * d[1]

    def at(self, fraction: float) -> Point:
        return self.ocr.at(fraction)


@dataclass
class _Label:
    field: str
    line: _Line
    start: int  # compact character index where the label starts
    end: int  # ... and where it ends (exclusive)
    english: bool

    @property
    def end_fraction(self) -> float:
        return self.line.span(self.start, self.end)[1] if self.end > self.start else 0.0


@dataclass
class _Piece:
    """Some value text: a part of an OCR line."""

    line: _Line
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.line.text[self.start : self.end]

    @property
    def fractions(self) -> tuple[float, float]:
        return self.line.span(self.start, self.end)


@dataclass
class _Value:
    pieces: list[_Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    @property
    def score(self) -> float:
        return min((p.line.ocr.score for p in self.pieces), default=0.0)

    @property
    def box(self) -> list[int] | None:
        boxes = [p.line.ocr.box(*p.fractions) for p in self.pieces if p.end > p.start]
        if not boxes:
            return None
        return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                max(b[3] for b in boxes)]


# -- labels ---------------------------------------------------------------------------------------------------

def _find_labels(line: _Line, labels: dict[str, tuple[str, ...]], english: dict[str, tuple[str, ...]]) -> list[_Label]:
    """Label occurrences in a line, left to right, not overlapping. Chinese labels of 4+ characters also match
    with one character misread; English labels match case-insensitively, ignoring '.' and ':'."""
    text = line.text
    taken = [False] * len(text)
    found: list[_Label] = []

    def take(fieldname: str, start: int, end: int, is_english: bool) -> None:
        for i in range(start, end):
            taken[i] = True
        found.append(_Label(fieldname, line, start, end, is_english))

    variants = sorted(((v, f) for f, vs in labels.items() for v in vs), key=lambda t: -len(t[0]))
    for variant, fieldname in variants:  # exact, longest first
        for m in re.finditer(re.escape(variant), text):
            if not any(taken[m.start():m.end()]):
                take(fieldname, m.start(), m.end(), False)
    for variant, fieldname in variants:  # one character misread
        n = len(variant)
        if n < 4:
            continue
        for i in range(len(text) - n + 1):
            if any(taken[i:i + n]):
                continue
            window = text[i:i + n]
            if sum(a != b for a, b in zip(window, variant, strict=True)) == 1 and all(is_cjk(c) for c in window):
                take(fieldname, i, i + n, False)
    upper = text.upper()
    for fieldname, words in english.items():
        for word in words:
            pattern = r"\.?[:：]?".join(re.escape(c) for c in word) + r"\.?[:：]?"
            for m in re.finditer(pattern, upper):
                if any(taken[m.start():m.end()]):
                    continue
                before = upper[m.start() - 1] if m.start() > 0 else ""
                after = upper[m.end()] if m.end() < len(upper) else ""
                # a word on its own: not glued to Latin letters or digits on either side (a VIN or a model code
                # may hold "VIN"-like letters); right after a Chinese label it may touch the value
                if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum() and
                                                                 not _follows_label(found, m.start())):
                    continue
                take(fieldname, m.start(), m.end(), True)
    found.sort(key=lambda lab: lab.start)
    return found


def _follows_label(found: list[_Label], start: int) -> bool:
    return any(not lab.english and lab.end == start for lab in found)


# -- the layout -------------------------------------------------------------------------------------------------

_PUNCT_EDGES = " :：;；,，.。、|/\\-_—·"


def _trim(piece: _Piece) -> _Piece:
    start, end = piece.start, piece.end
    while start < end and piece.line.text[start] in _PUNCT_EDGES:
        start += 1
    while end > start and piece.line.text[end - 1] in _PUNCT_EDGES and piece.line.text[end - 1] not in "-·":
        end -= 1
    return _Piece(piece.line, start, end)


def _read_layout(lines: Sequence[OcrLine], labels: dict[str, tuple[str, ...]],
                 english: dict[str, tuple[str, ...]], continued: tuple[str, ...]) -> tuple[dict[str, _Value], list[_Line]]:
    """Values by field, and the prepared lines (for the pattern fallbacks)."""
    lines = _split_stacked(lines)
    prepared = [_Line.of(line, i) for i, line in enumerate(lines) if line.text.strip()]
    by_line = {ln.index: _find_labels(ln, labels, english) for ln in prepared}
    chinese_fields = {lab.field for labs in by_line.values() for lab in labs if not lab.english}
    anchors: list[_Label] = []  # the label each field is read from: the Chinese one; English only if no Chinese
    for labs in by_line.values():
        for lab in labs:
            if not lab.english or lab.field not in chinese_fields:
                anchors.append(lab)
    chosen: dict[str, _Label] = {}
    for lab in sorted(anchors, key=lambda lab: (lab.english, -lab.line.ocr.score)):
        chosen.setdefault(lab.field, lab)

    values: dict[str, _Value] = {f: _Value() for f in chosen}
    fragments: list[_Piece] = []  # unlabelled text: line starts before any label, and lines without labels
    for ln in prepared:
        labs = by_line[ln.index]
        if not labs:
            if not any(w in ln.text for w in _NOISE_WORDS):
                fragments.append(_Piece(ln, 0, len(ln.text)))
            continue
        if labs[0].start > 0:
            fragments.append(_Piece(ln, 0, labs[0].start))
        k = 0
        while k < len(labs):
            lab = labs[k]
            start = lab.end
            k += 1
            # the same field's English label right after it ("号牌号码 Plate No. 粤B…") belongs to the label
            while (k < len(labs) and labs[k].english and labs[k].field == lab.field
                   and not ln.text[start:labs[k].start].strip(_PUNCT_EDGES)):
                start = labs[k].end
                k += 1
            end = labs[k].start if k < len(labs) else len(ln.text)
            piece = _trim(_Piece(ln, start, end))
            if piece.end <= piece.start:
                continue
            owner = chosen.get(lab.field)
            if owner is lab:
                values[lab.field].pieces.append(piece)
            elif lab.english and lab.field in chinese_fields:
                # text after an English label on its own line: the value's continuation or stray: a fragment
                fragments.append(piece)

    # fragments go to the nearest label on their left on the same row (in that label's direction)
    used: set[int] = set()
    for i, frag in enumerate(fragments):
        frag = _trim(frag)
        fragments[i] = frag
        if frag.end <= frag.start or any(w == frag.text for w in _NOISE_WORDS):
            used.add(i)
            continue
        best: tuple[float, _Label] | None = None
        start_frac, _ = frag.fractions
        for lab in chosen.values():
            if lab.line is frag.line:  # text after a label on its own line is that label's already
                continue
            height = max(lab.line.ocr.height, frag.line.ocr.height)
            if abs(_across(frag, lab)) > 0.55 * height:
                continue
            gap = frag.line.along(start_frac, lab.line) - lab.line.along(lab.end_fraction, lab.line)
            if gap < -1.2 * height:  # starts well left of the label's end: not this label's value
                continue
            if best is None or gap < best[0]:
                best = (gap, lab)
        if best is not None:
            gap, lab = best
            # a label between this label and the fragment on the same row closes the value
            if not _label_between(lab, frag, chosen.values()):
                values[lab.field].pieces.append(_strip_label_tail(frag, lab))
                used.add(i)

    for fieldname in continued:  # an address goes on below its first line, aligned with it
        value = values.get(fieldname)
        if value is None or not value.pieces:
            continue
        while True:
            last = value.pieces[-1]
            first = value.pieces[0]
            nxt = None
            for i, frag in enumerate(fragments):
                if i in used or frag.end <= frag.start:
                    continue
                height = max(last.line.ocr.height, frag.line.ocr.height)
                down = frag.line.across(last.line)
                if not 0.6 * height <= down <= 2.0 * height:
                    continue
                offset = frag.line.along(frag.fractions[0], first.line) - first.line.along(first.fractions[0],
                                                                                           first.line)
                if abs(offset) > 1.5 * height:
                    continue
                if nxt is None or down < nxt[0]:
                    nxt = (down, i)
            if nxt is None:
                break
            used.add(nxt[1])
            value.pieces.append(fragments[nxt[1]])
    for value in values.values():
        if value.pieces:
            value.pieces.sort(key=partial(_reading_order, value.pieces[0]))
    return values, prepared


def _split_stacked(lines: Sequence[OcrLine]) -> list[OcrLine]:
    """Single characters one above the other (the sex and the nation of a card laid out as a table: 男 over 汉)
    come back from the OCR as one upright "line" 男汉: on a page whose lines run across, such a line is split into
    its characters, each with its slice of the box."""
    def upright(ln: OcrLine) -> bool:
        along = math.dist(ln.quad[0], ln.quad[1])
        return ln.height > 1.8 * max(1.0, along)

    across = [ln for ln in lines if len(ln.text.strip()) >= 3]
    if not across or sum(upright(ln) for ln in across) * 2 >= len(across):
        return list(lines)  # the page itself lies on its side: nothing to split
    out: list[OcrLine] = []
    for ln in lines:
        chars = [c for c in ln.text if not c.isspace()]
        if len(chars) < 2 or not upright(ln):
            out.append(ln)
            continue
        tl, tr, br, bl = ln.quad
        n = len(chars)
        for k, ch in enumerate(chars):
            a, b = k / n, (k + 1) / n
            top_l = (tl[0] + a * (bl[0] - tl[0]), tl[1] + a * (bl[1] - tl[1]))
            top_r = (tr[0] + a * (br[0] - tr[0]), tr[1] + a * (br[1] - tr[1]))
            bot_r = (tr[0] + b * (br[0] - tr[0]), tr[1] + b * (br[1] - tr[1]))
            bot_l = (tl[0] + b * (bl[0] - tl[0]), tl[1] + b * (bl[1] - tl[1]))
            out.append(OcrLine(ch, ln.score, (top_l, top_r, bot_r, bot_l)))
    return out


def _across(frag: _Piece, lab: _Label) -> float:
    """Perpendicular offset of the fragment's middle from the label line's middle line."""
    p = frag.line.at((frag.fractions[0] + frag.fractions[1]) / 2)
    o = lab.line.ocr.at(0.0)
    d = lab.line.ocr.direction
    return (p[1] - o[1]) * d[0] - (p[0] - o[0]) * d[1]


def _reading_order(first: _Piece, piece: _Piece) -> tuple[int, float]:
    """Pieces of a value in reading order: by rows below the first piece's, then along the row."""
    return _row_key(piece, first), piece.line.along(piece.fractions[0], first.line)


def _row_key(piece: _Piece, first: _Piece) -> int:
    """0 for pieces on the first piece's row, 1, 2 ... for the rows below (address continuation)."""
    down = piece.line.across(first.line)
    return max(0, round(down / max(1.0, first.line.ocr.height * 1.3)))


def _label_between(lab: _Label, frag: _Piece, labels: Any) -> bool:
    start = lab.line.along(lab.end_fraction, lab.line)
    stop = frag.line.along(frag.fractions[0], lab.line)
    for other in labels:
        if other is lab:
            continue
        if abs(other.line.across(lab.line)) > 0.55 * max(lab.line.ocr.height, other.line.ocr.height):
            continue
        pos = other.line.along(other.line.span(other.start, other.end)[0], lab.line)
        if start < pos < stop:
            return True
    return False


def _strip_label_tail(frag: _Piece, lab: _Label) -> _Piece:
    """The OCR sometimes reads the label's last character again at the start of the value's box
    ("使用性质" + "质营运"): drop that repeat when the fragment overlaps the label."""
    label_text = lab.line.text[lab.start : lab.end]
    text = frag.text
    for k in range(min(2, len(label_text)), 0, -1):
        if text.startswith(label_text[-k:]) and len(text) > k:
            overlap = lab.line.along(lab.end_fraction, lab.line) - frag.line.along(frag.fractions[0], lab.line)
            if overlap > 0:
                return _Piece(frag.line, frag.start + k, frag.end)
    return frag


# -- fields -----------------------------------------------------------------------------------------------------

_MESSAGES: dict[str, Text] = {
    "missing": QT_TRANSLATE_NOOP("services.scan_documents", "未读到{label}，请手工填写"),
    "low_confidence": QT_TRANSLATE_NOOP("services.scan_documents", "{label}识别不确定，请对照证件核对"),
    "vin_check_digit": QT_TRANSLATE_NOOP("services.scan_documents", "车架号(VIN)校验位不符：识别有误或证件有误，请逐位核对"),
    "vin_read_ioq": QT_TRANSLATE_NOOP("services.scan_documents", "车架号中的 I、O、Q 已读作 1、0、0，请核对"),
    "id_check_digit": QT_TRANSLATE_NOOP("services.scan_documents", "身份证号码校验位不符：识别有误或证件无效，请逐位核对"),
    "plate_invalid": QT_TRANSLATE_NOOP("services.scan_documents", "车牌号格式不符，请核对"),
    "date_unreadable": QT_TRANSLATE_NOOP("services.scan_documents", "{label}不是有效日期，请核对"),
    "name_traditional": QT_TRANSLATE_NOOP("services.scan_documents", "姓名中有繁体字：证件上为简体时请改为「{suggestion}」（姓名须与证件一致）"),
    "birth_differs": QT_TRANSLATE_NOOP("services.scan_documents", "出生日期与身份证号码中的不一致，请核对"),
    "sex_differs": QT_TRANSLATE_NOOP("services.scan_documents", "性别与身份证号码不一致，请核对"),
}
_RULES = {"vin_check_digit": "V1", "vin_read_ioq": "V1", "id_check_digit": "C7", "plate_invalid": "V1",
          "name_traditional": "C5", "birth_differs": "C7", "sex_differs": "C7"}
FIELD_LABELS: dict[str, Text] = {
    "plate": QT_TRANSLATE_NOOP("services.scan_documents", "号牌号码"),
    "vehicle_type": QT_TRANSLATE_NOOP("services.scan_documents", "车辆类型"),
    "owner": QT_TRANSLATE_NOOP("services.scan_documents", "所有人"),
    "address": QT_TRANSLATE_NOOP("services.scan_documents", "住址"),
    "use_character": QT_TRANSLATE_NOOP("services.scan_documents", "使用性质"),
    "model": QT_TRANSLATE_NOOP("services.scan_documents", "品牌型号"),
    "vin": QT_TRANSLATE_NOOP("services.scan_documents", "车架号(VIN)"),
    "engine_no": QT_TRANSLATE_NOOP("services.scan_documents", "发动机号码"),
    "register_date": QT_TRANSLATE_NOOP("services.scan_documents", "注册日期"),
    "issue_date": QT_TRANSLATE_NOOP("services.scan_documents", "发证日期"),
    "name": QT_TRANSLATE_NOOP("services.scan_documents", "姓名"),
    "sex": QT_TRANSLATE_NOOP("services.scan_documents", "性别"),
    "nation": QT_TRANSLATE_NOOP("services.scan_documents", "民族"),
    "birth": QT_TRANSLATE_NOOP("services.scan_documents", "出生日期"),
    "id_number": QT_TRANSLATE_NOOP("services.scan_documents", "公民身份号码"),
}


def _problem(code: str, fieldname: str | None, **fmt: str) -> dict[str, Any]:
    message = Message.of(_MESSAGES[code], {"label": FIELD_LABELS.get(fieldname or "", ""), **fmt})
    return {"code": code, "field": fieldname, "rule": _RULES.get(code),
            "message_zh": message.text("zh_CN"), "message_en": message.text("en")}


@dataclass
class _Field:
    value: str | None = None
    confidence: float = 0.0
    box: list[int] | None = None
    raw: str | None = None
    suggestion: str | None = None
    problems: list[str] = field(default_factory=list)

    def cap(self, limit: float) -> None:
        self.confidence = min(self.confidence, limit)

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "confidence": round(self.confidence, 3), "box": self.box,
                "check": self.confidence < LOW_CONFIDENCE, "raw": self.raw, "suggestion": self.suggestion}


def _from_value(value: _Value | None) -> _Field:
    if value is None or not value.text:
        return _Field()
    return _Field(value=value.text, confidence=value.score, box=value.box, raw=value.text)


def _plain(f: _Field) -> _Field:
    if f.value is not None:
        f.value = fold_traditional(f.value)
    return f


def _snap(f: _Field, vocabulary: tuple[str, ...]) -> _Field:
    _plain(f)
    if f.value is None or f.value in vocabulary:
        return f
    near = [w for w in vocabulary if Levenshtein.distance(w, f.value, score_cutoff=1) <= 1]
    if len(near) == 1:
        f.value = near[0]
        f.cap(CAP_READ_AS)
    return f


_PLATE_SEPARATORS = re.compile(r"[·•・.‧∙⋅\-\s]")
_PLATE_IN_TEXT = re.compile(rf"[{PROVINCE_CHARS}使][A-HJ-NP-Z][0-9A-HJ-NP-Z]{{4,6}}[挂学警领港澳]?")


def _clean_plate(f: _Field) -> _Field:
    if f.value is None:
        return f
    text = _PLATE_SEPARATORS.sub("", fold_traditional(unicodedata.normalize("NFKC", f.value))).upper()
    if len(text) > 2:  # I and O are never used on plates: after the authority letter they are 1 and 0
        text = text[:2] + text[2:].replace("O", "0").replace("I", "1")
    try:
        f.value = validate_plate(text)
        return f
    except ValidationError:
        pass
    m = _PLATE_IN_TEXT.search(text)
    if m:
        try:
            f.value = validate_plate(m.group(0))
            f.cap(CAP_READ_AS)
            return f
        except ValidationError:
            pass
    f.value = text
    f.cap(CAP_UNREADABLE)
    f.problems.append("plate_invalid")
    return f


def _clean_vin(f: _Field) -> _Field:
    if f.value is None:
        return f
    text = re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", f.value).upper())
    found = find_vins(text)
    if len(text) > 17 and found:
        f.value = found[0]
        return f
    if len(text) >= 17:
        candidate = text[:17] if len(text) == 17 else text
        read, readings = read_iso3779(candidate)
        if len(read) == 17 and is_check_digit_ok(read):
            f.value = read
            if readings:
                f.cap(CAP_READ_AS)
                f.problems.append("vin_read_ioq")
            return f
        f.value = read
    else:
        f.value = text
    f.cap(CAP_FAILED_CHECK)
    f.problems.append("vin_check_digit")
    return f


_DATE = re.compile(r"((?:19|20)\d{2})\D{0,3}?(\d{1,2})\D{0,3}?(\d{1,2})")


def _clean_date(f: _Field) -> _Field:
    if f.value is None:
        return f
    text = unicodedata.normalize("NFKC", f.value).replace("O", "0").replace("o", "0")
    m = _DATE.search(text)
    if m:
        try:
            f.value = date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            return f
        except ValueError:
            pass
    f.value = text
    f.cap(CAP_UNREADABLE)
    f.problems.append("date_unreadable")
    return f


def _clean_code(f: _Field) -> _Field:
    """An engine number: letters, digits and '-' as printed."""
    if f.value is not None:
        f.value = re.sub(r"[^0-9A-Z\-]", "", unicodedata.normalize("NFKC", f.value).upper())
    return f


def _clean_model(f: _Field) -> _Field:
    if f.value is not None:
        f.value = fold_traditional(unicodedata.normalize("NFKC", f.value))
    return f


def _clean_name(f: _Field) -> _Field:
    """A person's (or company's) name as read; folded characters only as a suggestion (C5 / O5)."""
    if f.value is None:
        return f
    f.value = f.value.strip()
    if any(is_cjk(c) for c in f.value):  # a company name keeps its full-width brackets (C5)
        f.value = f.value.replace("(", "（").replace(")", "）")
    folded = fold_traditional(f.value)
    if folded != f.value:
        f.suggestion = folded
        f.cap(CAP_UNREADABLE)
        f.problems.append("name_traditional")
    return f


_ID_CHARS = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "L": "1", "x": "X", "×": "X"})


def _clean_id_number(f: _Field) -> _Field:
    if f.value is None:
        return f
    text = unicodedata.normalize("NFKC", f.value)
    read = re.sub(r"[^0-9X]", "", text.translate(_ID_CHARS))
    if read != re.sub(r"[^0-9X]", "", text.upper()):
        f.cap(CAP_READ_AS)
    m = re.search(r"\d{17}[\dX]", read)
    f.value = m.group(0) if m else read
    try:
        validate_resident_id(f.value)
    except ValidationError:
        f.cap(CAP_FAILED_CHECK)
        f.problems.append("id_check_digit")
    return f


def _fallback(fields: dict[str, _Field], name: str, lines: list[_Line],
              find: Callable[[str], str | None], cap: float = 1.0) -> None:
    """A field whose label was not read (or whose value failed) found by its pattern anywhere: 0.95 of its
    line's score, at most ``cap`` (a plate has no check digit to confirm it)."""
    current = fields[name]
    if current.value is not None and not current.problems:
        return
    for ln in lines:
        hit = find(ln.text)
        if hit is not None:
            start = ln.text.find(hit)
            piece = _Piece(ln, max(0, start), max(0, start) + len(hit)) if start >= 0 else _Piece(ln, 0, len(ln.text))
            fields[name] = _Field(value=hit, confidence=min(cap, ln.ocr.score * 0.95),
                                  box=ln.ocr.box(*piece.fractions), raw=ln.text)
            return


def _vin_anywhere(text: str) -> str | None:
    found = find_vins(re.sub(r"[^0-9A-Za-z]", " ", unicodedata.normalize("NFKC", text)))
    return found[0] if found else None


def _id_anywhere(text: str) -> str | None:
    """An 18-character resident ID number in ``text`` whose check character matches (O / I / L read as 0 / 1 / 1
    there: the check character confirms the reading)."""
    pattern = r"(?<![0-9A-Za-z])[0-9OoDIlL]{17}[0-9OoDIlLXx×](?![0-9A-Za-z])"
    for m in re.finditer(pattern, unicodedata.normalize("NFKC", text)):
        try:
            return validate_resident_id(m.group(0).translate(_ID_CHARS))
        except ValidationError:
            continue
    return None


def _plate_anywhere(text: str) -> str | None:
    for m in _PLATE_IN_TEXT.finditer(fold_traditional(unicodedata.normalize("NFKC", text)).upper()):
        try:
            return validate_plate(m.group(0))
        except ValidationError:
            continue
    return None


def _result(fields: dict[str, _Field], order: tuple[str, ...], extra: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    problems: list[dict[str, Any]] = []
    for name in order:
        f = fields[name]
        if f.value in (None, ""):
            f = fields[name] = _Field()
            problems.append(_problem("missing", name))
        for code in f.problems:
            problems.append(_problem(code, name, suggestion=f.suggestion or ""))
        out[name] = f.as_dict()
    problems.extend(extra)
    for name in order:
        if out[name]["value"] is not None and out[name]["check"]:
            problems.append(_problem("low_confidence", name))
    out["problems"] = problems
    return out


def parse_driving_licence(lines: Sequence[OcrLine]) -> dict[str, Any]:
    """The fields of a driving licence's main page (:data:`LICENCE_FIELDS`) from its OCR lines."""
    values, prepared = _read_layout(lines, _LICENCE_LABELS, _LICENCE_ENGLISH, ("address",))
    f = {name: _from_value(values.get(name)) for name in LICENCE_FIELDS}
    _clean_plate(f["plate"])
    _snap(f["vehicle_type"], VEHICLE_TYPES)
    _clean_name(f["owner"])
    _plain(f["address"])
    _snap(f["use_character"], USE_CHARACTERS)
    _clean_model(f["model"])
    _clean_vin(f["vin"])
    _clean_code(f["engine_no"])
    _clean_date(f["register_date"])
    _clean_date(f["issue_date"])
    _fallback(f, "vin", prepared, _vin_anywhere)
    _fallback(f, "plate", prepared, _plate_anywhere, cap=CAP_READ_AS)
    return _result(f, LICENCE_FIELDS, [])


def _from_id_number(f: dict[str, _Field], number: _Field) -> None:
    """Sex and birth date not read or unreadable (a single character the OCR missed): taken from a valid ID number
    (GB 11643: characters 7-14 the birth date, the 17th odd for a man), with its confidence; ``raw`` keeps what
    was read, if anything."""
    value = number.value or ""
    if f["sex"].value not in ("男", "女") and len(value) == 18:
        f["sex"] = _Field(value="男" if int(value[16]) % 2 == 1 else "女", confidence=number.confidence,
                          raw=f["sex"].raw)
    born = resident_id_birth_date(value)
    if (f["birth"].value is None or f["birth"].problems) and born is not None:
        f["birth"] = _Field(value=born.isoformat(), confidence=number.confidence, raw=f["birth"].raw)


def parse_id_card(lines: Sequence[OcrLine]) -> dict[str, Any]:
    """The fields of a resident ID card's front (:data:`ID_CARD_FIELDS`) from its OCR lines."""
    values, prepared = _read_layout(lines, _ID_LABELS, {}, ("address",))
    f = {name: _from_value(values.get(name)) for name in ID_CARD_FIELDS}
    _clean_name(f["name"])
    sex = f["sex"]
    if sex.value is not None:
        sex.value = "男" if "男" in sex.value else "女" if "女" in sex.value else sex.value
    _plain(f["nation"])
    _clean_date(f["birth"])
    _plain(f["address"])
    _clean_id_number(f["id_number"])
    _fallback(f, "id_number", prepared, _id_anywhere)
    extra: list[dict[str, Any]] = []
    number = f["id_number"]
    if number.value and not number.problems:
        _from_id_number(f, number)
        born = resident_id_birth_date(number.value)
        if born is not None and f["birth"].value and not f["birth"].problems and f["birth"].value != born.isoformat():
            extra.append(_problem("birth_differs", "birth"))
        id_sex = "男" if int(number.value[16]) % 2 == 1 else "女"
        if f["sex"].value in ("男", "女") and f["sex"].value != id_sex:
            extra.append(_problem("sex_differs", "sex"))
    return _result(f, ID_CARD_FIELDS, extra)
