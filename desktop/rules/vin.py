"""Vehicle identification number (VIN, 车架号/底盘号): ISO 3779 / 49 CFR 565 (rules V1, V8, N1)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import Levenshtein

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP, Joined, Message
from .text import nfkc, remove_whitespace, strip_invisible, until_stable

__all__ = [
    "GBT18410_PREFIX",
    "IOQ_READING",
    "TYPO_MAX",
    "VIN_ALPHABET",
    "Reading",
    "VinFacts",
    "decode_vin",
    "describe_readings",
    "find_vins",
    "from_scanner",
    "is_check_digit_ok",
    "is_suspected_typo",
    "normalize_vin",
    "read_iso3779",
    "read_scanner",
    "typo_distance",
    "validate_vin",
    "vin16",
    "vin_check_digit",
    "vin_distance",
]

FIELD = "vin"
VIN_LENGTH = 17
_VIN_CHARS = re.compile(r"[0-9A-HJ-NPR-Z]")
_VIN_RE = re.compile(r"[0-9A-HJ-NPR-Z]{17}")
_TRANSLIT = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_CHECK_POS = 8  # 0-based index of the check digit (position 9)
VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"  # ISO 3779: digits and letters except I, O, Q (33)
# V8 / N1 twins: I, O and Q never occur in a VIN; typed or scanned, they are read as 1, 0, 0 (and said so).
IOQ_READING = {"I": "1", "O": "0", "Q": "0"}
TYPO_MAX = 2  # V8: one or two characters off a VIN on file (check digit set aside) is a suspected typo

Reading = tuple[int, str, str]  # (1-based position, the letter typed, the digit it is read as)


@dataclass(frozen=True)
class VinFacts:
    """What the VIN tells about the car; every field is None when unknown."""

    manufacturer: str | None = None
    country: str | None = None
    model_year: int | None = None


def normalize_vin(s: str) -> str:
    """NFKC, drop whitespace, zero-width characters and '-', upper-case. I/O/Q are kept as typed: reading them
    as 1/0/0 is :func:`read_iso3779`, a separate step whose result the user is told (never silent)."""
    return until_stable(lambda t: remove_whitespace(strip_invisible(nfkc(t))).replace("-", "").upper(), s)


def read_iso3779(text: str) -> tuple[str, tuple[Reading, ...]]:
    """V8 / N1 twins: read the letters a VIN never holds as the digits meant (I -> 1, O -> 0, Q -> 0).

    ``text`` is a normalised VIN (:func:`normalize_vin`). Returns the text as read and what was read,
    ``((position, letter, digit), ...)`` with 1-based positions, empty when nothing was: the caller tells the
    user (:func:`describe_readings`)."""
    readings = tuple((i + 1, ch, IOQ_READING[ch]) for i, ch in enumerate(text) if ch in IOQ_READING)
    if not readings:
        return text, ()
    return "".join(IOQ_READING.get(ch, ch) for ch in text), readings


def describe_readings(readings: tuple[Reading, ...] | list[Reading]) -> Message | None:
    """What was read, for the user ("已将 O 读作 0（第12位）…" / "Read O as 0 (position 12) …"); None when
    nothing."""
    if not readings:
        return None
    by_letter: dict[tuple[str, str], list[int]] = {}
    for pos, letter, digit in readings:
        by_letter.setdefault((letter, digit), []).append(pos)
    items = tuple(
        Message.of(QT_TRANSLATE_NOOP("rules.vin", "{letter} 读作 {digit}（第{position}位）"),
                   {"letter": letter, "digit": digit, "position": ps[0]}) if len(ps) == 1 else
        Message.of(QT_TRANSLATE_NOOP("rules.vin", "{letter} 读作 {digit}（第{positions}位）"),
                   {"letter": letter, "digit": digit, "positions": tuple(ps)})
        for (letter, digit), ps in by_letter.items())
    return Message.of(QT_TRANSLATE_NOOP("rules.vin", "已将 {readings}：车架号不含字母 I、O、Q，请对照行驶证核实"),
                      {"readings": Joined(items, QT_TRANSLATE_NOOP("rules.vin", "，"))})


def vin_check_digit(vin17: str) -> str:
    """The ISO 3779 check character ('0'-'9' or 'X') for a 17-character VIN (position 9 is ignored)."""
    vin = normalize_vin(vin17)
    if len(vin) != VIN_LENGTH or not _VIN_RE.fullmatch(vin):
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.vin", "车架号(VIN)须为17位，不含 I、O、Q；当前 {n} 位"),
                              code="bad_format", params={"n": len(vin)})
    total = sum(_TRANSLIT[c] * w for c, w in zip(vin, _WEIGHTS, strict=True))
    rem = total % 11
    return "X" if rem == 10 else str(rem)


def is_check_digit_ok(vin: str) -> bool:
    """True when ``vin`` (after normalisation) is well-formed and its position-9 check digit matches."""
    v = normalize_vin(vin)
    try:
        return vin_check_digit(v) == v[_CHECK_POS]
    except ValidationError:
        return False


def validate_vin(s: str, *, allow_nonstandard: bool = False, strict: bool = False, read_ioq: bool = False) -> str:
    """Return the normalised VIN or raise :class:`ValidationError`.

    ``allow_nonstandard=True`` accepts a VIN whose only fault is the check digit (VINs the master-data
    team has marked non-standard). ``strict=True`` also refuses input that needed cleaning.
    ``read_ioq=True`` (entry paths that tell the user, rule V8 / N1 twins): I, O, Q are read as 1, 0, 0 first
    (:func:`read_iso3779`); otherwise they are refused (``forbidden_letter_IOQ``), as for a stored value.
    """
    vin = normalize_vin(s)
    if read_ioq:
        vin = read_iso3779(vin)[0]
    if not vin:
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.vin", "请填写车架号(VIN)"), code="empty")
    bad = sorted({c for c in vin if not _VIN_CHARS.fullmatch(c) and c not in "IOQ"})
    if bad:
        shown = " ".join(bad)
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.vin", "车架号(VIN)只能包含数字和字母（不含 I、O、Q），不能有符号；发现：{found}"),
            code="invalid_character", params={"found": shown})
    ioq = sorted({c for c in vin if c in "IOQ"})
    if ioq:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.vin", "车架号(VIN)不能含字母 I、O、Q（发现 {found}）；请对照行驶证核实，常为数字 1 或 0"),
            code="forbidden_letter_IOQ", params={"found": tuple(ioq)})
    if len(vin) != VIN_LENGTH:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.vin", "车架号(VIN)须为17位，不含 I、O、Q；当前 {n} 位"),
            code="wrong_length", params={"n": len(vin)},
        )
    expected = vin_check_digit(vin)
    if vin[_CHECK_POS] != expected and not allow_nonstandard:
        if not (vin[_CHECK_POS].isdigit() or vin[_CHECK_POS] == "X"):
            raise ValidationError(
                FIELD, QT_TRANSLATE_NOOP("rules.vin", "车架号(VIN)第9位是校验位，须为数字或 X；当前为 {got}"),
                code="check_position_not_digit_or_X", params={"got": vin[_CHECK_POS]},
            )
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.vin", "车架号(VIN)校验位（第9位）不符：应为 {expected}，当前为 {got}；请逐位核对行驶证"),
            code="bad_check_digit", params={"expected": expected, "got": vin[_CHECK_POS]},
        )
    if strict and vin != s:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("rules.vin", "车架号(VIN)须为大写字母和数字，不含空格、符号或全角字符"),
            code="not_normalized",
        )
    return vin


def decode_vin(vin: str) -> VinFacts:
    """Manufacturer, country and model year decoded with ``vininfo``; Nones when unknown. Never raises."""
    try:
        from vininfo import Vin

        info = Vin(normalize_vin(vin))
        manufacturer = _clean_str(info.manufacturer)
        country = _clean_str(info.country)
        years = [int(y) for y in (info.years or [])]
    except Exception:  # vininfo raises its own errors on bad input; decoding is best-effort only
        return VinFacts()
    latest = date.today().year + 1
    candidates = [y for y in years if y <= latest]
    model_year = max(candidates) if candidates else None
    return VinFacts(manufacturer=manufacturer, country=country, model_year=model_year)


def _clean_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.lower().startswith("unsupported") or text.lower() == "unknown":
        return None
    return text


def vin_distance(a: str, b: str) -> int:
    """Hamming distance of two equal-length normalised VINs; Levenshtein distance otherwise (rule V8)."""
    x, y = normalize_vin(a), normalize_vin(b)
    if len(x) == len(y):
        return sum(1 for p, q in zip(x, y, strict=True) if p != q)
    return int(Levenshtein.distance(x, y))


def vin16(vin: str) -> str:
    """The 16 characters of a 17-character VIN other than the check digit (position 9): what V8 compares,
    since a slip makes the check digit be recomputed or mistyped too. Other lengths: returned unchanged."""
    return vin[:_CHECK_POS] + vin[_CHECK_POS + 1 :] if len(vin) == VIN_LENGTH else vin


def typo_distance(a: str, b: str) -> int:
    """V8: how many of the 16 characters other than the check digit differ (Hamming distance; two swapped
    neighbours count 2). Both VINs are normalised; ``ValueError`` unless both have 17 characters."""
    x, y = normalize_vin(a), normalize_vin(b)
    if len(x) != VIN_LENGTH or len(y) != VIN_LENGTH:
        raise ValueError("typo_distance compares two 17-character VINs")
    return sum(1 for p, q in zip(vin16(x), vin16(y), strict=True) if p != q)


def is_suspected_typo(typed: str, on_file: str) -> bool:
    """V8: ``typed`` is not the VIN on file but differs from it in at most two of the 16 characters other than
    the check digit (a VIN that differs in the check digit alone counts too: one character off)."""
    x, y = normalize_vin(typed), normalize_vin(on_file)
    if x == y or len(x) != VIN_LENGTH or len(y) != VIN_LENGTH:
        return False
    return typo_distance(x, y) <= TYPO_MAX


# -- scanned VINs (issue #15 "scan first") --------------------------------------------------------------------

#: GB/T 18410 (VIN bar codes): the Code 39 symbol carries an "I" before the 17 characters. A VIN never holds
#: an I, so "I" + 17 characters is unambiguous.
GBT18410_PREFIX = "I"
#: ISO/IEC 15424 symbology identifier a scanner may send first: "]" + code letter + modifier (]A0 Code 39,
#: ]C0 / ]C1 Code 128, ]d1 / ]d2 Data Matrix, ]Q1 QR, ]L2 PDF417, ...)
_AIM_ID = re.compile(r"\][A-Za-z][0-9A-Za-z]")
#: control characters (CR, LF, TAB, STX, ETX, EOT, GS, RS, ...) frame a scan: they separate, never join
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_ALNUM_RUN = re.compile(r"[0-9A-Z]+")
_SCAN_LABEL = "VIN"  # a label glued in front ("VINLSV...": a VIN never holds an I, so this is no VIN's start)
#: full-width ASCII to ASCII and a-z to A-Z, nothing else: a payload read as ISO 8859-1 (GBK mojibake) keeps its
#: Latin-1 letters, which NFKC or str.upper() would turn into ASCII ones (º -> o, ß -> SS) glued onto a VIN
_HALF_WIDTH_UPPER = {**{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}, 0x3000: 0x20,
                     **{cp: cp - 32 for cp in range(ord("a"), ord("z") + 1)},
                     **{cp: cp - 0xFEE0 - 32 for cp in range(0xFF41, 0xFF5B)}}


def _scan_runs(segment: str) -> list[str]:
    return _ALNUM_RUN.findall(segment.upper())


def _exact_candidate(run: str) -> str | None:
    """The VIN a run spells on its own: 17 characters, or "I" + 17 (GB/T 18410), or "VIN" + 17."""
    if len(run) == VIN_LENGTH:
        return run
    if len(run) == VIN_LENGTH + 1 and run.startswith(GBT18410_PREFIX):
        return run[1:]
    if len(run) == VIN_LENGTH + len(_SCAN_LABEL) and run.startswith(_SCAN_LABEL):
        return run[len(_SCAN_LABEL):]
    if len(run) % VIN_LENGTH == 0 and run == run[:VIN_LENGTH] * (len(run) // VIN_LENGTH):
        return run[:VIN_LENGTH]  # the same VIN twice (two lines pasted into one field lose their line break)
    return None


def _window_candidates(run: str) -> list[str]:
    """Longer runs (a scanner's code-ID letter or check character glued on): every 17-character window that is
    a well-formed VIN as it stands (no I, O or Q to read: a window is a guess, so nothing more is guessed)."""
    out = []
    for i in range(len(run) - VIN_LENGTH + 1):
        window = run[i : i + VIN_LENGTH]
        if _VIN_RE.fullmatch(window) and is_check_digit_ok(window):
            out.append(window)
    return out


def _several_vins(vins: list[str]) -> ValidationError:
    return ValidationError(
        FIELD, QT_TRANSLATE_NOOP("rules.vin", "扫描内容含有多个不同的车架号(VIN)：{vins}；请只扫描一个条码，或手工输入"),
        code="several_vins", params={"vins": tuple(vins[:3])})


def read_scanner(text: str) -> tuple[str, tuple[Reading, ...]]:
    """The VIN in what a keyboard-wedge scanner typed, and the I/O/Q it read as 1/0/0 (:func:`from_scanner`).

    ``readings`` are positions of the returned VIN, as :func:`read_iso3779` gives them, for
    :func:`describe_readings`; the GB/T 18410 prefix "I" is not a reading (it is dropped)."""
    if not normalize_vin(_CONTROL.sub("", text)):
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("rules.vin", "请扫描或输入车架号(VIN)"), code="empty")
    framed = _CONTROL.sub("\n", _AIM_ID.sub("\n", strip_invisible(nfkc(text))))
    segments = framed.split("\n")
    # Pass 1: runs as the scanner framed them (whitespace separates); pass 2, only when pass 1 found no
    # VIN-shaped run: a VIN printed or typed in groups ("LSVAU 2180N 2123456").
    for tokens in (
        [run for seg in segments for run in _scan_runs(seg)],
        [run for seg in segments for run in _scan_runs(remove_whitespace(seg).replace("-", ""))],
    ):
        exact = [c for c in (_exact_candidate(t) for t in tokens) if c is not None]
        if exact:
            read = [read_iso3779(c) for c in exact]
            valid: dict[str, tuple[Reading, ...]] = {}
            for vin, readings in read:
                if _VIN_RE.fullmatch(vin) and is_check_digit_ok(vin):
                    valid.setdefault(vin, readings)
            if len(valid) > 1:
                raise _several_vins(list(valid))
            if valid:
                vin, readings = next(iter(valid.items()))
                return vin, readings
            # a VIN-shaped run whose check digit fails: say so (validate_vin names the fault exactly)
            validate_vin(exact[0], read_ioq=True)
        windows = list(dict.fromkeys(w for t in tokens if len(t) > VIN_LENGTH for w in _window_candidates(t)))
        if len(windows) > 1:
            raise _several_vins(windows)
        if windows:
            return windows[0], ()
    raise ValidationError(
        FIELD, QT_TRANSLATE_NOOP("rules.vin", "扫描内容中没有有效的车架号(VIN)：车架号为17位字母和数字（不含 I、O、Q），第9位校验位须相符；请重新扫描或手工输入"),
        code="no_vin_in_scan",
    )


def from_scanner(text: str) -> str:
    """The 17-character VIN in the text a keyboard-wedge scanner typed into the VIN field (issue #15).

    Removed: the scanner's framing (AIM symbology identifiers such as ``]A0``, ``]C1``, ``]d2``, ``]Q1``; CR, LF,
    TAB, STX, ETX and other control characters; spaces; zero-width characters) and the GB/T 18410 "I" in front of
    a Code 39 VIN. Full-width characters become half-width, letters upper-case, I/O/Q are read as 1/0/0
    (:func:`read_iso3779`), and the check digit must match. A longer run (a code-ID letter or a check character
    glued on) yields the one 17-character window that is a valid VIN as it stands.

    Raises :class:`ValidationError` (field ``vin``) when no valid VIN is in the text ("no_vin_in_scan"), when a
    VIN-shaped run fails its check digit ("bad_check_digit", ...), or when two different valid VINs are in it
    ("several_vins")."""
    return read_scanner(text)[0]


def find_vins(text: str) -> list[str]:
    """Every VIN spelt out in ``text`` (a decoded bar code, a certificate's QR payload: opaque text), in order,
    once each: a run of exactly 17 letters and digits, or the GB/T 18410 "I" + 17, or "VIN" + 17, bounded by
    anything that is not an ASCII letter or digit (full-width ones count as ASCII, lower case as upper), whose
    check digit matches. Nothing is read as something else: a printed code holds the VIN exactly."""
    out: dict[str, None] = {}
    for run in _ALNUM_RUN.findall(text.translate(_HALF_WIDTH_UPPER)):
        vin = _exact_candidate(run)
        if vin is not None and _VIN_RE.fullmatch(vin) and is_check_digit_ok(vin):
            out.setdefault(vin, None)
    return list(out)
