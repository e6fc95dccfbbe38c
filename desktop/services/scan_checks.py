"""Scan first (issue #15), the checks against the record: a driving licence or ID card read from a picture
(:mod:`desktop.services.scan`) compared with the vehicle and owner the form already shows.

The UI reads a picture through :func:`read_picture` (on its worker: ~1 s with OCR) and fills its form with the
fields read; nothing is saved until the advisor confirms (Enter / Save), through the usual services and their
rules. At once, it also asks these functions what the document says against the record:

======================  ===========  ==============================================================================
code                    rule         finding
======================  ===========  ==============================================================================
``owner_matches``       O5           the licence's owner (the card's name) is the owner on file
``owner_differs``       W9 / O5      another person: a wrong owner is never left in place (change of owner, O3)
``owner_homophone``     O5 / C11     the same sound, other characters (汪国进 / 汪国近): a misspelt name on file is
                                     corrected on the record (C11), never by changing the owner
``vin_differs``         V7           the licence's VIN is not the loaded car's (``near``: a character or two off)
``plate_differs``       P2           the licence's plate is not the car's: re-plated, update the plate (P2)
``plate_not_on_file``   P1           the car has no plate on file: fill it (P1)
``vin_check_digit``     V1           the VIN read fails its check digit: compare it with the document
``id_invalid``          C7           the ID number read is not a valid resident ID (``detail``: the rule's code,
                                     e.g. ``bad_checksum``)
``id_differs``          W9           the card's ID number is not the owner's on file
======================  ===========  ==============================================================================

Findings are plain data (code, rule, field, the value read, the value on file); the UI words them. No message
text here, and no value goes to a log: a licence and an ID card hold personal information.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from desktop.rules.errors import ValidationError
from desktop.rules.identity import normalize_id_number, validate_resident_id
from desktop.rules.keys import pinyin_key
from desktop.rules.names import canon_company_key, canon_person_key, name_with_id_suffix
from desktop.rules.plate import normalize_plate
from desktop.rules.special_names import LEGAL_FORM_WORDS
from desktop.rules.vin import is_check_digit_ok, is_suspected_typo, normalize_vin
from desktop.services import scan

__all__ = [
    "BARCODE",
    "DRIVING_LICENCE",
    "ID_CARD",
    "NONE",
    "Finding",
    "PictureRead",
    "check_id_card",
    "check_licence",
    "check_owner",
    "check_vin",
    "compare_names",
    "owner_customer_type",
    "owner_draft",
    "read_picture",
]

BARCODE, DRIVING_LICENCE, ID_CARD, NONE = "barcode", "driving_licence", "id_card", "none"
DOCUMENT_KINDS = (DRIVING_LICENCE, ID_CARD)

#: words that make a licence's owner an organisation (C3: every organisation is a company customer)
_ORGANISATION_WORDS = (*LEGAL_FORM_WORDS, "厂", "局", "医院", "学校", "大学", "学院", "银行", "中心", "委员会",
                       "协会", "研究所", "研究院", "事务所", "合作社", "商行", "车行", "经营部", "门市部")


@dataclass(frozen=True)
class Finding:
    """What the document says against the record (see the module's table)."""

    code: str
    rule: str
    field: str  # the document's field (owner, name, vin, plate, id_number)
    read: str  # the value read from the document
    on_file: str | None = None  # the record's value
    near: bool = False  # vin_differs: a character or two off (V8's distance): a misread or a slip on file
    detail: str | None = None  # id_invalid: the rule's reason code


@dataclass(frozen=True)
class PictureRead:
    """One picture read for a form: ``kind`` is ``barcode`` (``vins``), ``driving_licence`` or ``id_card``
    (``fields``: name -> {value, confidence, box, check, raw, suggestion}; ``problems`` as the reader lists
    them), or ``none`` (nothing found; ``ocr_missing`` when a document was wanted and the OCR add-on is not
    installed: only bar codes were read)."""

    kind: str
    vins: tuple[str, ...] = ()
    fields: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    problems: tuple[Mapping[str, Any], ...] = ()
    ocr_missing: bool = False

    def value(self, name: str) -> str | None:
        entry = self.fields.get(name)
        value = entry.get("value") if entry else None
        return str(value) if value is not None else None

    def needs_check(self, name: str) -> bool:
        entry = self.fields.get(name)
        return bool(entry.get("check", True)) if entry else True

    @property
    def owner_name(self) -> str | None:
        """The person the document names: a licence's owner, an ID card's name."""
        return self.value("owner" if self.kind == DRIVING_LICENCE else "name")

    @property
    def vin(self) -> str | None:
        """The VIN: a bar code's (the first), a licence's."""
        if self.kind == BARCODE:
            return self.vins[0] if self.vins else None
        return self.value("vin") if self.kind == DRIVING_LICENCE else None


def read_picture(image: Any, kinds: Sequence[str]) -> PictureRead:
    """Read ``image`` for a form that takes ``kinds`` (``barcode``, ``driving_licence``, ``id_card``): the bar
    codes first when wanted (a VIN label, fast), then the documents with one OCR reading
    (:func:`desktop.services.scan.read_document`). Without the OCR add-on only bar codes are read
    (``ocr_missing``). Raises :class:`~desktop.services.scan.ImageUnreadable` for a file that is not a picture.
    Keeps nothing (see :mod:`desktop.services.scan`)."""
    documents = tuple(kind for kind in kinds if kind in DOCUMENT_KINDS)
    if BARCODE in kinds:
        vins = scan.vins_in_image(image)
        if vins:
            return PictureRead(BARCODE, vins=tuple(vins))
    if not documents:
        return PictureRead(NONE)
    if not scan.ocr_available():
        if BARCODE not in kinds:
            scan.load_image(image)  # a file that is no picture is said as such, not as a missing add-on
        return PictureRead(NONE, ocr_missing=True)
    result = scan.read_document(image, documents)
    kind = str(result["kind"])
    fields = {name: result[name] for name in scan.DOCUMENTS[kind][1]}
    if not any(entry["value"] is not None for entry in fields.values()):
        return PictureRead(NONE)
    return PictureRead(kind, fields=fields, problems=tuple(result.get("problems", ())))


# -- names ------------------------------------------------------------------------------------------------------

def owner_customer_type(name: str) -> str:
    """``company`` for a name that is an organisation's (公司, 集团, 厂, 局, 医院 ...: C3), else ``individual``."""
    return "company" if any(word in name for word in _ORGANISATION_WORDS) else "individual"


def owner_draft(read: PictureRead) -> dict[str, str]:
    """What the document puts into a new owner's form: ``customer_type`` (C3: an organisation is a company),
    ``name`` (as read; from an ID card with a valid number, name + the number's last 6 characters as C5
    recommends), and from an ID card ``id_type`` (resident_id) and ``id_number`` (C7)."""
    name = read.owner_name
    if not name:
        return {}
    if read.kind == DRIVING_LICENCE:
        return {"customer_type": owner_customer_type(name), "name": name}
    draft = {"customer_type": "individual", "name": name, "id_type": "resident_id"}
    number = read.value("id_number")
    if number:
        draft["id_number"] = number
        with suppress(ValidationError):  # an invalid number (C7) is marked for checking; the name stays as read
            draft["name"] = name_with_id_suffix(name, validate_resident_id(number))
    return draft


def compare_names(read: str, on_file: str, *, company: bool = False) -> str:
    """``same`` (width, spaces, punctuation and the ID suffix of C5 ignored), ``homophone`` (a person's name
    that sounds the same: the duplicate check's pinyin key, C2) or ``differs``."""
    key = canon_company_key if company else canon_person_key
    if key(read) == key(on_file):
        return "same"
    if not company and pinyin_key(read) and pinyin_key(read) == pinyin_key(on_file):
        return "homophone"
    return "differs"


def check_owner(read: str | None, on_file: str | None, *, field_name: str = "owner", suggestion: str | None = None,
                on_file_type: str | None = None) -> Finding | None:
    """The name on the document against the owner on file (O5 / W9): ``owner_matches``, ``owner_homophone``,
    ``owner_differs``; None when either is missing. A name read with traditional characters is also compared
    through its simplified ``suggestion``."""
    if not read or not on_file:
        return None
    company = on_file_type == "company" or owner_customer_type(read) == "company"
    outcomes = [compare_names(read, on_file, company=company)]
    if suggestion and suggestion != read:
        outcomes.append(compare_names(suggestion, on_file, company=company))
    if "same" in outcomes:
        return Finding("owner_matches", "O5", field_name, read, on_file)
    if "homophone" in outcomes:
        return Finding("owner_homophone", "O5/C11", field_name, read, on_file)
    return Finding("owner_differs", "W9/O5", field_name, read, on_file)


# -- the documents ------------------------------------------------------------------------------------------------

def check_vin(read: str | None) -> Finding | None:
    """V1: a VIN read whose check digit fails (``vin_check_digit``); None when it passes or is missing."""
    if not read or is_check_digit_ok(read):
        return None
    return Finding("vin_check_digit", "V1", "vin", read)


def _suggestion(read: PictureRead, name: str) -> str | None:
    entry = read.fields.get(name)
    value = entry.get("suggestion") if entry else None
    return str(value) if value else None


def check_licence(read: PictureRead, *, vin: str | None = None, plate: str | None = None,
                  plate_known: bool = True, owner_name: str | None = None,
                  owner_type: str | None = None) -> list[Finding]:
    """A licence against the car loaded (``vin``, ``plate``; ``plate_known`` False when the plate on file is not
    known to the form) and its owner (``owner_name``, ``owner_type``): V1 (the VIN read), V7 (the VIN differs),
    P2 (the plate differs) or P1 (no plate on file), O5 / W9 (the owner)."""
    found: list[Finding] = []
    read_vin = read.value("vin")
    bad_vin = check_vin(read_vin)
    if bad_vin is not None:
        found.append(bad_vin)
    if read_vin and vin and normalize_vin(read_vin) != normalize_vin(vin):
        found.append(Finding("vin_differs", "V7", "vin", read_vin, vin, near=is_suspected_typo(read_vin, vin)))
    read_plate = read.value("plate")
    if read_plate and plate_known:
        if not plate:
            found.append(Finding("plate_not_on_file", "P1", "plate", read_plate))
        elif normalize_plate(read_plate) != normalize_plate(plate):
            found.append(Finding("plate_differs", "P2", "plate", read_plate, plate))
    owner = check_owner(read.value("owner"), owner_name, suggestion=_suggestion(read, "owner"),
                        on_file_type=owner_type)
    if owner is not None:
        found.append(owner)
    return found


def check_id_card(read: PictureRead, *, owner_name: str | None = None, owner_type: str | None = None,
                  owner_id_number: str | None = None) -> list[Finding]:
    """An ID card: its number (C7: a valid resident ID, check character included), its name against the owner
    on file (O5 / W9) and its number against the owner's (W9; a masked number on file is not compared)."""
    found: list[Finding] = []
    number = read.value("id_number")
    if number:
        try:
            validate_resident_id(number)
        except ValidationError as exc:
            found.append(Finding("id_invalid", "C7", "id_number", number, detail=exc.code))
    owner = check_owner(read.value("name"), owner_name, field_name="name", suggestion=_suggestion(read, "name"),
                        on_file_type=owner_type)
    if owner is not None:
        found.append(owner)
    if number and owner_id_number and "*" not in owner_id_number and \
            normalize_id_number(number) != normalize_id_number(owner_id_number):
        found.append(Finding("id_differs", "W9", "id_number", number, owner_id_number))
    return found
