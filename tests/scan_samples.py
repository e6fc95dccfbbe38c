"""Synthetic samples for "scan first" (issue #15): VIN barcodes, driving licences (行驶证) and ID cards (居民身份证).

Everything is rendered here, deterministically from a seed, with Pillow, the CJK font (fonts-noto-cjk) and
zxing-cpp's barcode writer; nothing is a real person's document. Three conditions:

- ``scan``: a flat-bed or document-camera (高拍仪) scan: straight, white margin, slight noise;
- ``photo``: a phone photo on a desk: perspective, rotation, uneven light, mild blur, JPEG;
- ``low``: a poor picture: downscaled, blurred, noisy, heavy JPEG.

Barcode frames are 1600 x 1200 pictures of a VIN label: Code 39 with the GB/T 18410 "I" prefix, Code 128,
Data Matrix, QR and PDF417 (door-pillar labels), and a GBK-encoded QR resembling a vehicle certificate
(合格证) whose payload is opaque text; tilted and blurred on request.

No numpy: the barcode samples must render where only the base dependencies are installed (the OCR extra
brings numpy, the barcode reader does not need it).

Used by tests/services/test_scan.py and bench/bench_scan.py; ``python -m tests.scan_samples OUT_DIR`` writes a
few of each to look at.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import zxingcpp
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

from desktop.rules.vin import VIN_ALPHABET, vin_check_digit

CONDITIONS = ("scan", "photo", "low")
BARCODE_KINDS = ("code39", "code128", "datamatrix", "qr", "pdf417", "certificate_qr")
LICENCE_FIELDS = ("plate", "vehicle_type", "owner", "address", "use_character", "model", "vin", "engine_no",
                  "register_date", "issue_date")
ID_CARD_FIELDS = ("name", "sex", "nation", "birth", "address", "id_number")

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
SANS = FONT_DIR / "NotoSansCJK-Regular.ttc"
SERIF = FONT_DIR / "NotoSerifCJK-Regular.ttc"
BOLD = FONT_DIR / "NotoSansCJK-Bold.ttc"
_SC, _MONO_SC = 2, 7  # face indexes of Simplified Chinese in the Noto CJK collections

WMIS = ("LSV", "LFV", "LVG", "LHG", "LGB", "LSG", "LVS", "LBV", "LDC", "LGX", "LNB", "LVH", "LFM", "LZW")
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英建国海志晓文华嘉怡梓涵浩然子轩雨桐俊欣宇航思远晨曦家豪东少振美玲惠"
PLACES = (
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区", "白云区"), "440106"),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区"), "440305"),
    ("浙江省", "杭州市", ("西湖区", "上城区", "拱墅区", "滨江区"), "330106"),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "建邺区", "江宁区"), "320106"),
    ("四川省", "成都市", ("武侯区", "锦江区", "青羊区", "成华区"), "510107"),
    ("湖北省", "武汉市", ("江汉区", "武昌区", "洪山区", "汉阳区"), "420103"),
    ("山东省", "济南市", ("历下区", "市中区", "槐荫区", "天桥区"), "370102"),
    ("北京市", "", ("朝阳区", "海淀区", "东城区", "丰台区"), "110105"),
    ("上海市", "", ("浦东新区", "徐汇区", "静安区", "闵行区"), "310104"),
)
STREETS = ("体育西路", "中山大道", "人民路", "解放路", "建设路", "新华街", "文三路", "长江路", "和平路", "东风路",
           "滨江大道", "学院路", "迎宾大道", "工业大道", "花园路", "青年路")
PLATE_PROVINCE = {"广东省": "粤", "浙江省": "浙", "江苏省": "苏", "四川省": "川", "湖北省": "鄂", "山东省": "鲁",
                  "北京市": "京", "上海市": "沪"}
VEHICLE_TYPES = ("小型轿车", "小型普通客车", "小型越野客车", "中型普通客车", "轻型普通货车", "小型专用客车")
USE_CHARACTERS = ("非营运", "非营运", "非营运", "营运", "出租客运", "租赁", "预约出租客运", "货运")
MODELS = ("大众汽车牌SVW7182LFD", "丰田牌TV7250FBEV", "本田牌HG7150HAC6", "别克牌SGM7150DAA2", "比亚迪牌BYD7005BEV",
          "吉利牌MR7152D03", "长安牌SC7164B", "奥迪牌FV7201BCDBG", "宝马牌BMW7200FL", "日产牌DFL7160VAL3",
          "哈弗牌CC6460RM2F", "五菱牌LZW6445KF")
NATIONS = ("汉",) * 12 + ("回", "满", "壮", "蒙古", "土家", "苗", "彝", "藏", "维吾尔")
LICENCE_LABELS = {
    "plate": ("号牌号码", "Plate No."), "vehicle_type": ("车辆类型", "Vehicle Type"), "owner": ("所有人", "Owner"),
    "address": ("住址", "Address"), "use_character": ("使用性质", "Use Character"), "model": ("品牌型号", "Model"),
    "vin": ("车辆识别代号", "VIN"), "engine_no": ("发动机号码", "Engine No."),
    "register_date": ("注册日期", "Register Date"), "issue_date": ("发证日期", "Issue Date"),
}


# -- values -----------------------------------------------------------------------------------------------------

def random_vin(rng: random.Random) -> str:
    """A Chinese-market VIN with a correct check digit (no I, O, Q)."""
    body = (rng.choice(WMIS) + "".join(rng.choice(VIN_ALPHABET) for _ in range(5)) + "0"
            + rng.choice(_YEARS) + rng.choice(_LETTERS + "0123456789") + f"{rng.randrange(1_000_000):06d}")
    return body[:8] + vin_check_digit(body) + body[9:]


def resident_id(rng: random.Random, region: str, birth: date, male: bool) -> str:
    from stdnum.cn.ric import calc_check_digit

    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + calc_check_digit(body + "0")


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _place(rng: random.Random) -> tuple[tuple[str, str, tuple[str, ...], str], str]:
    place = rng.choice(PLACES)
    province, city, districts, _ = place
    district = rng.choice(districts)
    street = f"{rng.choice(STREETS)}{rng.randrange(1, 400)}号"
    if rng.random() < 0.4:
        street += f"{rng.randrange(1, 30)}栋{rng.randrange(1, 30)}0{rng.randrange(1, 9)}房"
    return place, f"{province}{city}{district}{street}"


def _plate(rng: random.Random, province: str) -> str:
    serial_chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    letter = rng.choice("ABCDEFGHJKLMN")
    if rng.random() < 0.2:  # new-energy small car
        return f"{province}{letter}{rng.choice('DF')}{rng.choice(serial_chars)}{rng.randrange(10000):04d}"
    serial = "".join(rng.choice(serial_chars if i < 2 else "0123456789") for i in range(5))
    return f"{province}{letter}{serial}"


def _engine_no(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    head = "".join(rng.choice(letters) for _ in range(rng.choice((0, 2, 3))))
    return head + "".join(rng.choice("0123456789") for _ in range(rng.choice((6, 7, 8))))


def licence_fields(rng: random.Random) -> dict[str, str]:
    """The ten fields of a driving licence's main page, as the reader should return them (dates ISO)."""
    place, address = _place(rng)
    registered = date(2012, 1, 1) + timedelta(days=rng.randrange(0, 13 * 365))
    issued = registered if rng.random() < 0.6 else registered + timedelta(days=rng.randrange(30, 2000))
    return {
        "plate": _plate(rng, PLATE_PROVINCE[place[0]]),
        "vehicle_type": rng.choice(VEHICLE_TYPES),
        "owner": person_name(rng),
        "address": address,
        "use_character": rng.choice(USE_CHARACTERS),
        "model": rng.choice(MODELS),
        "vin": random_vin(rng),
        "engine_no": _engine_no(rng),
        "register_date": registered.isoformat(),
        "issue_date": min(issued, date(2025, 12, 31)).isoformat(),
    }


def id_card_fields(rng: random.Random) -> dict[str, str]:
    """The front of a resident ID card (name, sex, nation, birth ISO, address, id_number with a valid check)."""
    place, address = _place(rng)
    birth = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 55 * 365))
    male = rng.random() < 0.5
    return {
        "name": person_name(rng),
        "sex": "男" if male else "女",
        "nation": rng.choice(NATIONS),
        "birth": birth.isoformat(),
        "address": address,
        "id_number": resident_id(rng, place[3], birth, male),
    }


# -- fonts and drawing helpers -------------------------------------------------------------------------------------

@lru_cache(maxsize=64)
def font(size: int, kind: str = "sans") -> ImageFont.FreeTypeFont:
    path, index = {"sans": (SANS, _SC), "mono": (SANS, _MONO_SC), "serif": (SERIF, _SC), "bold": (BOLD, _SC)}[kind]
    if not path.exists():
        path, index = SANS, _SC
    return ImageFont.truetype(str(path), size, index=index)


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, kind: str = "sans",
          fill: tuple[int, int, int] = (20, 20, 20)) -> float:
    """Draw ``text`` with its top-left at ``xy``; returns the x after it."""
    f = font(size, kind)
    draw.text(xy, text, font=f, fill=fill)
    return xy[0] + draw.textlength(text, font=f)


def _security_background(size: tuple[int, int], rng: random.Random, tint: tuple[int, int, int]) -> Image.Image:
    """A pale guilloche-like background: waves of thin tinted lines."""
    img = Image.new("RGB", size, tint)
    draw = ImageDraw.Draw(img)
    w, h = size
    line = tuple(max(0, c - 22) for c in tint)
    phase = rng.random() * math.tau
    for k in range(0, h + 60, 14):
        pts = [(x, k + 6 * math.sin(x / 37.0 + phase + k / 50.0)) for x in range(0, w + 10, 10)]
        draw.line(pts, fill=line, width=1)
    return img


# -- documents ---------------------------------------------------------------------------------------------------

def render_licence(fields: dict[str, str], rng: random.Random, *, bilingual: bool | None = None) -> Image.Image:
    """The main page of a 机动车行驶证 (88 x 60 mm) at ~ 300 dpi: labels in a serif face (with their English
    names when ``bilingual``), values in a printer-like face, slightly off the label's line as printed."""
    if bilingual is None:
        bilingual = rng.random() < 0.5
    w, h = 1100, 750
    img = _security_background((w, h), rng, (236, 243, 236))
    draw = ImageDraw.Draw(img)
    title = "中华人民共和国机动车行驶证"
    tf = font(40, "serif")
    draw.text(((w - draw.textlength(title, font=tf)) / 2, 28), title, font=tf, fill=(30, 30, 30))
    value_kind = rng.choice(("sans", "mono"))
    vsize = 30
    lsize = 27
    label_fill = (40, 40, 40)
    value_fill = (15, 15, 15)
    dx, dy = rng.randint(-6, 10), rng.randint(-5, 5)  # the printer's offset against the preprinted labels

    def label(x: float, y: float, field: str) -> float:
        zh, en = LICENCE_LABELS[field]
        end = _text(draw, (x, y), zh, lsize, "serif", label_fill)
        if bilingual:
            end = max(end, _text(draw, (x, y + lsize + 2), en, 15, "sans", (70, 70, 70)))
        return end + 18

    dates = {k: date.fromisoformat(fields[k]) for k in ("register_date", "issue_date")}
    rows: list[list[tuple[str, str, float]]] = [
        [("plate", fields["plate"], 60), ("vehicle_type", fields["vehicle_type"], 560)],
        [("owner", fields["owner"], 60)],
        [("address", fields["address"], 60)],
        [("use_character", fields["use_character"], 60), ("model", fields["model"], 470)],
        [("vin", fields["vin"], 60)],
        [("engine_no", fields["engine_no"], 60)],
        [("register_date", dates["register_date"].isoformat(), 60),
         ("issue_date", dates["issue_date"].isoformat(), 560)],
    ]
    y = 115.0
    for row in rows:
        for field, value, x in row:
            vx = label(x, y, field)
            size = vsize if len(value) <= 22 else max(22, int(vsize * 22 / len(value)) + 2)
            _text(draw, (vx + dx, y + dy + (lsize - size) / 2), value, size, value_kind, value_fill)
        y += 82
    # the issuing office's red seal, bottom left, over the background only
    cx, cy, r = 190, 690, 58
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(200, 40, 40), width=4)
    _text(draw, (cx - 48, cy - 12), "交警支队", 22, "sans", (200, 40, 40))
    return img


def render_id_card(fields: dict[str, str], rng: random.Random) -> Image.Image:
    """The front (personal information side) of a resident ID card (85.6 x 54 mm) at ~ 300 dpi."""
    w, h = 1010, 640
    img = _security_background((w, h), rng, (240, 244, 248))
    draw = ImageDraw.Draw(img)
    label_fill = (40, 90, 160)
    value_fill = (15, 15, 15)
    lsize, vsize = 28, 32
    x0, vx = 70, 190
    birth = date.fromisoformat(fields["birth"])
    _text(draw, (x0, 70), "姓名", lsize, "sans", label_fill)
    _text(draw, (vx, 66), fields["name"], vsize + 4, "sans", value_fill)
    _text(draw, (x0, 150), "性别", lsize, "sans", label_fill)
    _text(draw, (vx, 147), fields["sex"], vsize, "sans", value_fill)
    _text(draw, (350, 150), "民族", lsize, "sans", label_fill)
    _text(draw, (470, 147), fields["nation"], vsize, "sans", value_fill)
    _text(draw, (x0, 225), "出生", lsize, "sans", label_fill)
    x = _text(draw, (vx, 222), f"{birth.year}", vsize, "sans", value_fill)
    x = _text(draw, (x + 12, 225), "年", lsize, "sans", label_fill)
    x = _text(draw, (x + 12, 222), f"{birth.month}", vsize, "sans", value_fill)
    x = _text(draw, (x + 12, 225), "月", lsize, "sans", label_fill)
    x = _text(draw, (x + 12, 222), f"{birth.day}", vsize, "sans", value_fill)
    _text(draw, (x + 12, 225), "日", lsize, "sans", label_fill)
    _text(draw, (x0, 300), "住址", lsize, "sans", label_fill)
    address = fields["address"]
    per_line = 12
    for i in range(0, len(address), per_line):
        _text(draw, (vx, 297 + (i // per_line) * 46), address[i:i + per_line], vsize, "sans", value_fill)
    _text(draw, (x0, 530), "公民身份号码", lsize, "sans", label_fill)
    _text(draw, (330, 524), fields["id_number"], vsize + 6, "mono", value_fill)
    # the photo: a grey head and shoulders
    px, py = 690, 90
    draw.rounded_rectangle((px, py, px + 250, py + 320), 8, fill=(214, 220, 226))
    draw.ellipse((px + 70, py + 50, px + 180, py + 180), fill=(150, 156, 164))
    draw.pieslice((px + 20, py + 190, px + 230, py + 420), 180, 360, fill=(150, 156, 164))
    return img


# -- conditions ----------------------------------------------------------------------------------------------------

def _noise(img: Image.Image, sigma: float, rng: random.Random) -> Image.Image:
    """Add sensor noise of standard deviation ``sigma`` grey levels, drawn from ``rng`` (uniform, so that the
    same seed gives the same picture: Pillow's own noise generator cannot be seeded; no numpy)."""
    if sigma <= 0:
        return img
    mode = img.mode
    rgb = img.convert("RGB")
    half = sigma * math.sqrt(3)  # a uniform [-half, half] has standard deviation sigma
    grain = Image.frombytes("L", rgb.size, rng.randbytes(rgb.width * rgb.height))
    grain = grain.point(lambda v: max(0, min(255, round(128 + (v - 127.5) * half / 128))))
    out = ImageChops.add(rgb, Image.merge("RGB", [grain] * 3), scale=1.0, offset=-128)
    return out if mode == "RGB" else out.convert(mode)


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 x 8 for a perspective transform)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """Pillow's PERSPECTIVE coefficients mapping output points ``dst`` to input points ``src``."""
    a: list[list[float]] = []
    b: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -x * u, -y * u])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -x * v, -y * v])
        b.append(v)
    return _solve(a, b)


def _desk(size: tuple[int, int], rng: random.Random, *, grain: float = 6) -> Image.Image:
    """A desk under a lamp: a dark tinted gradient with grain."""
    base = rng.choice(((92, 72, 56), (70, 74, 80), (120, 110, 96), (48, 52, 60)))
    grad = Image.linear_gradient("L").resize(size).rotate(rng.uniform(0, 360), expand=False, fillcolor=128)
    tint = Image.new("RGB", size, base)
    bright = Image.merge("RGB", [grad.point(lambda v, c=c: int(c * (0.75 + v / 512))) for c in base])
    return _noise(Image.blend(tint, bright, 0.7), grain, rng)


def _lighting(img: Image.Image, rng: random.Random, low: float, high: float) -> Image.Image:
    """Uneven light: multiply by a gradient from ``low`` to ``high`` in a random direction."""
    grad = Image.linear_gradient("L").resize(img.size).rotate(rng.uniform(0, 360), fillcolor=128)
    scale = grad.point(lambda v: max(0, min(255, int(255 * (low + (high - low) * v / 255)))))
    return ImageChops.multiply(img.convert("RGB"), Image.merge("RGB", [scale] * 3))


def place_on_desk(card: Image.Image, rng: random.Random, *, frame: tuple[int, int] = (1600, 1200),
                  max_angle: float = 7.0, jitter: float = 0.035, fill: float = 0.78) -> Image.Image:
    """A photo of ``card`` lying on a desk: scaled to ``fill`` of the frame, rotated, perspective-distorted."""
    fw, fh = frame
    cw, ch = card.size
    scale = min(fw * fill / cw, fh * fill / ch)
    w, h = cw * scale, ch * scale
    cx, cy = fw / 2 + rng.uniform(-0.05, 0.05) * fw, fh / 2 + rng.uniform(-0.05, 0.05) * fh
    angle = math.radians(rng.uniform(-max_angle, max_angle))
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x = sx * w / 2 + rng.uniform(-jitter, jitter) * w
        y = sy * h / 2 + rng.uniform(-jitter, jitter) * h
        corners.append((cx + x * math.cos(angle) - y * math.sin(angle), cy + x * math.sin(angle) + y * math.cos(angle)))
    coeffs = perspective_coeffs(corners, [(0, 0), (cw, 0), (cw, ch), (0, ch)])
    warped = card.convert("RGB").transform(frame, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", card.size, 255).transform(frame, Image.Transform.PERSPECTIVE, coeffs,
                                                    Image.Resampling.BILINEAR)
    out = _desk(frame, rng)
    out.paste(warped, (0, 0), mask)
    return out


def degrade(card: Image.Image, condition: str, rng: random.Random) -> Image.Image:
    """``card`` as a ``scan``, a ``photo`` or a ``low`` quality picture."""
    if condition == "scan":
        margin = 40
        page = Image.new("RGB", (card.width + 2 * margin, card.height + 2 * margin), (250, 250, 250))
        page.paste(card, (margin, margin))
        page = page.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=(250, 250, 250))
        return _jpeg(_noise(page, 3, rng), 92)
    if condition == "photo":
        photo = place_on_desk(card, rng)
        photo = _lighting(photo, rng, 0.72, 1.05)
        photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
        return _jpeg(_noise(photo, 4, rng), 80)
    if condition == "low":
        small = card.resize((int(card.width * 0.62), int(card.height * 0.62)), Image.Resampling.BILINEAR)
        small = small.rotate(rng.uniform(-2.5, 2.5), resample=Image.Resampling.BILINEAR, expand=True,
                             fillcolor=(235, 235, 235))
        small = ImageOps.autocontrast(small, cutoff=0).point(lambda v: int(40 + v * 0.75))
        small = small.filter(ImageFilter.GaussianBlur(rng.uniform(0.9, 1.3)))
        return _jpeg(_noise(small, 9, rng), rng.randint(28, 40))
    raise ValueError(f"unknown condition {condition!r}")


@dataclass(frozen=True)
class DocumentSample:
    image: Image.Image
    fields: dict[str, str]
    condition: str
    seed: int


def licence_sample(seed: int, condition: str) -> DocumentSample:
    rng = random.Random(f"licence-{seed}")
    fields = licence_fields(rng)
    return DocumentSample(degrade(render_licence(fields, rng), condition, rng), fields, condition, seed)


def id_card_sample(seed: int, condition: str) -> DocumentSample:
    rng = random.Random(f"id-{seed}")
    fields = id_card_fields(rng)
    return DocumentSample(degrade(render_id_card(fields, rng), condition, rng), fields, condition, seed)


# -- barcodes ------------------------------------------------------------------------------------------------------

def certificate_payload(vin: str, rng: random.Random) -> bytes:
    """A vehicle certificate (合格证) QR payload: GBK text whose layout the reader must not rely on, with an
    opaque signature blob at the end."""
    fields = [
        ("合格证编号", "W" + "".join(rng.choice("0123456789ABCDEFGH") for _ in range(13))),
        ("发证日期", f"{rng.randrange(2015, 2026)}年{rng.randrange(1, 13):02d}月{rng.randrange(1, 29):02d}日"),
        ("车辆制造企业名称", rng.choice(("上汽大众汽车有限公司", "一汽-大众汽车有限公司", "广汽本田汽车有限公司",
                                      "比亚迪汽车工业有限公司", "浙江吉利汽车有限公司"))),
        ("车辆品牌", rng.choice(("大众牌", "本田牌", "比亚迪牌", "吉利牌"))),
        ("车辆名称", "轿车"),
        ("车辆型号", rng.choice(("SVW7182LFD", "HG7150HAC6", "BYD7005BEV", "MR7152D03"))),
        ("车辆识别代号/车架号", vin),
        ("车身颜色", rng.choice(("白", "黑", "银灰", "蓝"))),
        ("发动机型号", rng.choice(("EA211", "L15B", "BYD472ZQA", "JLH-3G15TD"))),
        ("发动机号", _engine_no(rng)),
    ]
    sep = rng.choice(("|", ";", "\n", "，"))
    glue = rng.choice((":", "：", ""))
    text = sep.join(f"{k}{glue}{v}" for k, v in fields)
    blob = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(96))
    return (text + sep + "签名" + glue + blob).encode("gbk")


def barcode_payload(kind: str, vin: str, rng: random.Random) -> str | bytes:
    if kind == "code39":
        return "I" + vin  # GB/T 18410: the VIN bar code carries an "I" in front
    if kind == "code128":
        return vin
    if kind == "datamatrix":
        return rng.choice((vin, "I" + vin, f"VIN:{vin}"))
    if kind == "qr":
        return rng.choice((vin, f"VIN:{vin}", f"车架号:{vin}"))
    if kind == "pdf417":
        return rng.choice((vin, f"{vin}|{_engine_no(rng)}|{rng.randrange(2015, 2026)}"))
    if kind == "certificate_qr":
        return certificate_payload(vin, rng)
    raise ValueError(f"unknown barcode kind {kind!r}")


_ZX_FORMAT = {"code39": "Code39", "code128": "Code128", "datamatrix": "DataMatrix", "qr": "QRCode",
              "certificate_qr": "QRCode", "pdf417": "PDF417"}


def barcode_image(payload: str | bytes, kind: str, module: int) -> Image.Image:
    """The bare symbol (black on white, quiet zone included) at ``module`` pixels per module."""
    fmt = getattr(zxingcpp.BarcodeFormat, _ZX_FORMAT[kind])
    symbol = zxingcpp.create_barcode(payload, fmt)
    view = memoryview(symbol.to_image(scale=module))
    return Image.frombytes("L", (view.shape[1], view.shape[0]), view.tobytes())


@dataclass(frozen=True)
class BarcodeSample:
    image: Image.Image
    vin: str
    kind: str
    angle: float
    blur: float


def module_choices(kind: str) -> tuple[int, ...]:
    """Pixels per module of a symbol in a 1600 x 1200 picture of a label (a label of 60-80 mm across the
    frame): thin bars for linear codes, larger cells for the 2D codes."""
    if kind in ("code39", "code128"):
        return (2, 3)
    if kind == "pdf417":
        return (3,)
    return (5, 6, 8)


def barcode_frame(vin: str, kind: str, rng: random.Random, *, angle: float = 0.0, blur: float = 0.0,
                  module: int | None = None, frame: tuple[int, int] = (1600, 1200),
                  jpeg: int | None = 85) -> Image.Image:
    """A 1600 x 1200 picture of a VIN label: the symbol, the VIN as text, on a desk; tilted by ``angle``
    degrees and blurred by a Gaussian of radius ``blur`` pixels."""
    payload = barcode_payload(kind, vin, rng)
    linear = kind in ("code39", "code128")
    if module is None:
        module = rng.choice(module_choices(kind))
    symbol = barcode_image(payload, kind, module)
    if linear:  # a label's bars are short: 12-25 % of the symbol's width
        symbol = symbol.resize((symbol.width, max(40, int(symbol.width * rng.uniform(0.12, 0.25)))),
                               Image.Resampling.NEAREST)
    pad = 30
    label = Image.new("RGB", (max(symbol.width, 520) + 2 * pad, symbol.height + 2 * pad + 70), (248, 248, 244))
    label.paste(symbol.convert("RGB"), (pad + (label.width - 2 * pad - symbol.width) // 2, pad))
    draw = ImageDraw.Draw(label)
    _text(draw, (pad, pad + symbol.height + 12), f"车辆识别代号 VIN {vin}", 28, "sans", (30, 30, 30))
    rotated = label.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new("L", label.size, 255).rotate(angle, resample=Image.Resampling.BILINEAR, expand=True)
    if blur > 0:  # the label out of focus (blurring only the label: the desk around it is plain anyway)
        rotated = rotated.filter(ImageFilter.GaussianBlur(blur))
        mask = mask.filter(ImageFilter.GaussianBlur(blur))
    out = _desk(frame, rng, grain=0)
    fw, fh = frame
    if rotated.width > fw - 20 or rotated.height > fh - 20:
        s = min((fw - 20) / rotated.width, (fh - 20) / rotated.height)
        rotated = rotated.resize((int(rotated.width * s), int(rotated.height * s)), Image.Resampling.BILINEAR)
        mask = mask.resize(rotated.size, Image.Resampling.BILINEAR)
    x = rng.randint(10, max(10, fw - rotated.width - 10))
    y = rng.randint(10, max(10, fh - rotated.height - 10))
    out.paste(rotated, (x, y), mask)
    out = _lighting(out, rng, 0.8, 1.05)
    out = _noise(out, 5, rng)
    return _jpeg(out, jpeg) if jpeg else out


def barcode_samples(n: int, seed: int = 0, *, kinds: Sequence[str] = BARCODE_KINDS,
                    angles: Sequence[float] = (0, 0, 3, -5, 8, -12, 15, -18, 90, 180),
                    blurs: Sequence[float] = (0, 0, 0.8, 1.2)) -> list[BarcodeSample]:
    """``n`` labelled frames cycling through ``kinds``, each with an angle and a blur drawn from the lists; a
    blur is at most 0.45 of a module (a blur wider than the narrowest bar is a picture out of focus, not a
    blurred one)."""
    rng = random.Random(f"barcodes-{seed}")
    out = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        angle = rng.choice(angles) + rng.uniform(-1.5, 1.5)
        module = rng.choice(module_choices(kind))
        blur = min(rng.choice(blurs), 0.45 * module)
        vin = random_vin(rng)
        image = barcode_frame(vin, kind, rng, angle=angle, blur=blur, module=module)
        out.append(BarcodeSample(image, vin, kind, angle, blur))
    return out


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


if __name__ == "__main__":  # write a few samples to look at
    import sys

    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "scan_samples")
    out_dir.mkdir(parents=True, exist_ok=True)
    for condition in CONDITIONS:
        licence_sample(1, condition).image.save(out_dir / f"licence_{condition}.png")
        id_card_sample(1, condition).image.save(out_dir / f"id_card_{condition}.png")
    for i, sample in enumerate(barcode_samples(len(BARCODE_KINDS) * 2, seed=1)):
        sample.image.save(out_dir / f"barcode_{i:02d}_{sample.kind}_{sample.angle:+.0f}.png")
    print(f"written to {out_dir}")
