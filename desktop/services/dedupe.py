"""Duplicate check (检查客户重复), rule C2 and its sub-rules C2a-C2d.

Candidate generation uses indexed equality lookups only, each LIMITed (never a scan):
``id_key =``, ``phone_key IN (exact + every one-typo variant)``, ``name_key =`` (most recent first),
``name_key = AND name_suffix =``, ``pinyin_key =`` (homophones) and, for companies, the one-character
wildcard keys in ``customer_grams``. The few rows found are then scored in Python.

Verdicts
  certain  (creation refused)
    C2a  individual: same canonical base name and same canonical phone, unless both sides carry
         different ID suffixes or both carry checksum-valid, different ID numbers;
    C2c  company: same canonical company name (bracket width, spaces, zero-width characters ignored,
         有限责任公司 = 有限公司; 股份有限公司 / 集团有限公司 stay different), whatever else differs;
    C2d  the same valid ID number (a company: the same USCC).
  possible (shown for a decision): same name with another phone (C2b); a homophone or one-character
    different name with a matching / one-typo phone or ID; a company name one character off; ...
  Never certain on a name alone, never on a phone alone (family members share phones), never against a
  record merged into another one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, ClassVar

from rapidfuzz.distance import Levenshtein
from sqlalchemy import Row

import desktop.storage.search_index  # noqa: F401  (registers the index listener for ORM flushes)
from desktop.models.search import company_wildcards
from desktop.rules.identity import normalize_id_number, validate_customer_type, validate_id, validate_id_type
from desktop.rules.keys import pinyin_key
from desktop.rules.messages import QT_TRANSLATE_NOOP, Message
from desktop.rules.names import canon_company_key, key_text, split_id_suffix
from desktop.rules.phone import normalize_phone, phone_variants
from desktop.rules.privacy import mask_id_number
from desktop.services.auth import Actor
from desktop.services.views import mask
from desktop.storage import Database
from desktop.storage.duplicate_candidates import (
    CandidateKeys,
    CandidateLimits,
    candidate_rows,
    store_codes_of,
)
from desktop.storage.search_queries import Executor

__all__ = ["Candidate", "Reason", "find_duplicates", "find_duplicates_in", "has_certain", "normalize_draft"]

MAX_CANDIDATES = 10
_LIMITS = CandidateLimits(id=20, phone=200, name=100, suffix=20, pinyin=30, wildcard=50)
_MIN_PHONE = 7


@dataclass(frozen=True)
class Reason:
    """Why a candidate is one: ``code``, and ``source``, the Chinese text marked in the context "services.dedupe"
    (``{detail}`` in it is filled from ``detail``)."""

    code: str
    source: str
    detail: str = ""

    CONTEXT: ClassVar[str] = "services.dedupe"

    def as_message(self) -> Message:
        return Message(self.CONTEXT, str(self.source), {"detail": self.detail} if self.detail else {})

    def text(self, lang: str = "zh_CN") -> str:
        return self.as_message().text(lang)

    @property
    def zh(self) -> str:
        return self.text("zh_CN")

    @property
    def en(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    customer_code: str
    verdict: str  # "certain" | "possible"
    reasons: tuple[Reason, ...]
    score: float
    name: str
    phone: str | None
    phone_masked: str
    customer_type: str
    category: str
    status: str
    id_type: str | None
    id_number: str | None
    created_store_code: str | None
    store_codes: tuple[str, ...]
    created_at: datetime | None
    merged: bool
    matched_fields: frozenset[str] = field(default_factory=frozenset)

    @property
    def certain(self) -> bool:
        return self.verdict == "certain"


def has_certain(candidates: Iterable[Candidate]) -> bool:
    """True when any candidate is a certain duplicate (creation must be refused)."""
    return any(c.verdict == "certain" for c in candidates)


# -- the draft ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Draft:
    customer_type: str
    name_key: str
    suffix: str
    pinyin: str
    phone: str
    id_key: str
    id_type: str
    id_valid: bool


def _text(value: Any) -> str:
    if value is None:
        return ""
    try:
        text = str(value)
    except Exception:  # noqa: BLE001 - never raise on bad input
        return ""
    # NUL and other control characters mean nothing in a name, phone or ID (and PostgreSQL refuses NUL)
    return text if text.isprintable() else "".join(ch for ch in text if ch.isprintable() or ch == " ")


def _person_key(name: str) -> tuple[str, str]:
    """The stored name_key (rules.names.canon_person_key: punctuation, spaces and width ignored) and the ID
    suffix of a typed person name."""
    base, suffix = split_id_suffix(key_text(name))
    return base, suffix


def _id_valid(id_type: str, number: str) -> bool:
    if not number:
        return False
    types = [id_type] if id_type else []
    if not types:
        types = ["uscc"] if len(number) == 18 and not number[:17].isdigit() else ["resident_id", "uscc"]
    for t in types:
        try:
            validate_id(t, number)
            return True
        except Exception:  # noqa: BLE001,S112 - invalid for this type
            continue
    return False


def normalize_draft(draft: Mapping[str, Any] | None) -> Draft:
    """Normalise whatever was typed; never raises."""
    d: Mapping[str, Any] = draft if isinstance(draft, Mapping) else {}
    raw_type = _text(d.get("customer_type")).strip()
    id_type = ""
    with contextlib.suppress(Exception):
        id_type = validate_id_type(_text(d.get("id_type")).strip()) if _text(d.get("id_type")).strip() else ""
    ctype = ""
    with contextlib.suppress(Exception):
        ctype = validate_customer_type(raw_type) if raw_type else ""
    name = _text(d.get("name"))
    if not ctype:
        ctype = "company" if id_type == "uscc" or any(w in name for w in ("公司", "企业", "中心", "厂")) else "individual"
    try:
        if ctype == "company":
            name_key, suffix = canon_company_key(name), ""
        else:
            name_key, suffix = _person_key(name)
    except Exception:  # noqa: BLE001
        name_key, suffix = "", ""
    try:
        pk = pinyin_key(name_key, company=ctype == "company") if name_key else ""
    except Exception:  # noqa: BLE001
        pk = ""
    phone_raw = d.get("phone") if d.get("phone") not in (None, "") else d.get("main_phone")
    try:
        phone = normalize_phone(_text(phone_raw))
    except Exception:  # noqa: BLE001
        phone = ""
    try:
        idk = normalize_id_number(_text(d.get("id_number")))
    except Exception:  # noqa: BLE001
        idk = ""
    return Draft(ctype, name_key, suffix, pk, phone, idk, id_type, _id_valid(id_type, idk))


# -- candidate generation ----------------------------------------------------------------------------------
def _fetch(session: Executor, draft: Draft, exclude: set[int]) -> dict[int, Row[Any]]:
    """Which indexed lookups find candidates for this draft (the queries themselves live in storage)."""
    suffixes: set[str] = set()
    if draft.name_key and draft.customer_type == "individual":
        suffixes = {x for x in (draft.suffix, draft.id_key[-6:] if len(draft.id_key) >= 15 else "") if x}
    keys = CandidateKeys(
        id_key=draft.id_key if len(draft.id_key) >= 5 else None,
        phones=[draft.phone, *phone_variants(draft.phone)] if len(draft.phone) >= _MIN_PHONE else [],
        name_key=draft.name_key or None,
        name_suffixes=sorted(suffixes),
        pinyin=draft.pinyin if draft.name_key and draft.pinyin and draft.customer_type == "individual" else None,
        company_wildcards=company_wildcards(draft.name_key) if draft.name_key and draft.customer_type == "company"
        else [],
    )
    return candidate_rows(session, keys, exclude, _LIMITS)


# -- scoring -----------------------------------------------------------------------------------------------
R = Reason
R_SAME_NAME_PHONE = R("same_name_same_phone", QT_TRANSLATE_NOOP("services.dedupe", "同名同电话"))
R_SAME_COMPANY = R("same_company_name", QT_TRANSLATE_NOOP("services.dedupe", "公司名称相同"))
R_SAME_ID = R("same_id", QT_TRANSLATE_NOOP("services.dedupe", "证件号相同"))
R_SAME_NAME_OTHER_PHONE = R("same_name_other_phone", QT_TRANSLATE_NOOP("services.dedupe", "同名不同电话"))
R_SAME_NAME = R("same_name", QT_TRANSLATE_NOOP("services.dedupe", "同名"))
R_NAME_ONE_CHAR = R("name_one_char", QT_TRANSLATE_NOOP("services.dedupe", "姓名仅一字不同"))
R_COMPANY_ONE_CHAR = R("company_one_char", QT_TRANSLATE_NOOP("services.dedupe", "公司名称仅一字不同"))
R_NAME_SIMILAR = R("name_similar", QT_TRANSLATE_NOOP("services.dedupe", "名称相近"))
R_PHONE_SAME = R("phone_same", QT_TRANSLATE_NOOP("services.dedupe", "电话相同"))
R_PHONE_ONE_DIGIT = R("phone_one_digit", QT_TRANSLATE_NOOP("services.dedupe", "电话仅一位不同"))
R_PHONE_SWAP = R("phone_swapped", QT_TRANSLATE_NOOP("services.dedupe", "电话两位颠倒"))
R_ID_ONE_CHAR = R("id_one_char", QT_TRANSLATE_NOOP("services.dedupe", "证件号仅一位不同"))
R_SUFFIX_MATCH = R("suffix_match", QT_TRANSLATE_NOOP("services.dedupe", "姓名后缀与证件号后6位一致"))
R_ID_CONFLICT = R("id_conflict", QT_TRANSLATE_NOOP("services.dedupe", "证件号不同"))
R_SUFFIX_CONFLICT = R("suffix_conflict", QT_TRANSLATE_NOOP("services.dedupe", "姓名后缀（证件号后6位）不同"))
R_MERGED = R("merged", QT_TRANSLATE_NOOP("services.dedupe", "已合并到其他客户"))


def _homophone_reason(pinyin: str) -> Reason:
    shown = pinyin.replace("|", "-")
    return Reason("name_homophone", QT_TRANSLATE_NOOP("services.dedupe", "姓名同音 {detail}"), shown)


def _one_typo(a: str, b: str) -> str:
    """'sub' (one substitution), 'swap' (adjacent transposition), '' otherwise."""
    if len(a) != len(b) or a == b:
        return ""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return "sub"
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return "swap"
    return ""


_valid_cache: dict[tuple[str, str], bool] = {}


def _stored_id_valid(id_type: str | None, id_key: str | None) -> bool:
    if not id_key:
        return False
    key = (id_type or "", id_key)
    hit = _valid_cache.get(key)
    if hit is None:
        if len(_valid_cache) > 50_000:
            _valid_cache.clear()
        hit = _valid_cache[key] = _id_valid(id_type or "", id_key)
    return hit


@dataclass
class _Scored:
    row: Row[Any]
    certain: bool
    score: float
    reasons: list[Reason]
    fields: set[str]


def _score(d: Draft, r: Row[Any], newest: float) -> _Scored | None:
    reasons: list[Reason] = []
    fields: set[str] = set()
    score = 0.0
    merged = r.merged_into_id is not None
    same_type = r.customer_type == d.customer_type
    company = d.customer_type == "company" and r.customer_type == "company"

    # name
    cname = r.name_key or ""
    name_rel = ""
    if d.name_key and cname:
        if cname == d.name_key:
            name_rel = "equal"
        elif d.customer_type == "individual" and d.pinyin and r.pinyin_key == d.pinyin:
            name_rel = "homophone"
        else:
            dist = Levenshtein.distance(d.name_key, cname, score_cutoff=2)
            if dist == 1 and min(len(d.name_key), len(cname)) >= 2:
                name_rel = "one_char"
            elif Levenshtein.normalized_similarity(d.name_key, cname) >= 0.8:
                name_rel = "similar"

    # phone
    cphone = r.phone_key or ""
    phone_rel = ""
    if len(d.phone) >= _MIN_PHONE and cphone:
        phone_rel = "equal" if cphone == d.phone else _one_typo(d.phone, cphone)

    # ID
    cid = r.id_key or ""
    id_rel = ""
    if d.id_key and cid:
        if cid == d.id_key:
            id_rel = "equal"
        elif _one_typo(d.id_key, cid) and not (d.id_valid and _stored_id_valid(r.id_type, cid)):
            id_rel = "near"
        elif d.id_valid and _stored_id_valid(r.id_type, cid):
            id_rel = "conflict"

    # ID suffix in the name (C5: name + last 6 of the ID)
    suffix_rel = ""
    if d.customer_type == "individual" and r.customer_type == "individual":
        mine = {s for s in (d.suffix, d.id_key[-6:] if len(d.id_key) >= 15 else "") if s}
        theirs = {s for s in (r.name_suffix or "", cid[-6:] if len(cid) >= 15 else "") if s}
        if mine and theirs and id_rel != "near":
            suffix_rel = "match" if mine & theirs else "conflict"
    # K2's exceptions: both NAMES carry different suffixes, or both carry valid, different IDs
    name_suffix_conflict = bool(d.suffix and r.name_suffix and d.suffix != r.name_suffix)
    if name_suffix_conflict:
        suffix_rel = "conflict"

    # -- certain rules
    certain = False
    if id_rel == "equal" and (d.id_valid or _stored_id_valid(r.id_type, cid)) and not merged:
        certain = True
        reasons.append(R_SAME_ID)
    if company and name_rel == "equal" and not merged:
        if not certain:
            reasons.insert(0, R_SAME_COMPANY)
        else:
            reasons.append(R_SAME_COMPANY)
        certain = True
    if (
        not company and same_type and name_rel == "equal" and phone_rel == "equal" and not merged
        and not name_suffix_conflict and id_rel != "conflict"
    ):
        reasons.insert(0, R_SAME_NAME_PHONE)
        certain = True

    # -- evidence score
    name_pts = {"equal": 40.0, "homophone": 30.0, "one_char": 25.0, "similar": 12.0}.get(name_rel, 0.0)
    phone_pts = {"equal": 35.0, "sub": 25.0, "swap": 25.0}.get(phone_rel, 0.0)
    id_pts = {"equal": 50.0, "near": 30.0, "conflict": -40.0}.get(id_rel, 0.0)
    sfx_pts = {"match": 30.0, "conflict": -40.0}.get(suffix_rel, 0.0)
    if suffix_rel == "match" and id_rel == "equal":
        sfx_pts = 0.0
    score = name_pts + phone_pts + id_pts + sfx_pts
    if not same_type:
        score -= 10.0
    if merged:
        score -= 20.0

    # what may be shown at all: a name link, or an ID link; never a phone alone (family members)
    if not certain:
        if id_rel in ("equal", "near") and (name_rel or id_rel == "equal") or name_rel in ("equal", "homophone") or name_rel == "one_char" and (phone_rel or id_rel in ("equal", "near") or suffix_rel == "match"
                                         or company) or name_rel == "similar" and (phone_rel or id_rel == "near" or suffix_rel == "match"):
            pass
        else:
            return None
        if name_rel != "equal" and score < 20.0:
            return None  # conflicting IDs / suffixes outweigh a look-alike name

    if name_rel:
        fields.add("name")
    if phone_rel:
        fields.add("phone")
    if id_rel in ("equal", "near") or suffix_rel == "match":
        fields.add("id")

    # reasons for what was found
    if not certain or reasons == [R_SAME_ID]:
        if name_rel == "equal" and not company:
            reasons.append(R_SAME_NAME_OTHER_PHONE if phone_rel != "equal" and d.phone else R_SAME_NAME)
        elif name_rel == "homophone":
            reasons.append(_homophone_reason(d.pinyin))
        elif name_rel == "one_char":
            reasons.append(R_COMPANY_ONE_CHAR if company else R_NAME_ONE_CHAR)
        elif name_rel == "similar":
            reasons.append(R_NAME_SIMILAR)
        if phone_rel == "equal" and name_rel != "equal":
            reasons.append(R_PHONE_SAME)
    if phone_rel == "sub":
        reasons.append(R_PHONE_ONE_DIGIT)
    elif phone_rel == "swap":
        reasons.append(R_PHONE_SWAP)
    if id_rel == "near":
        reasons.append(R_ID_ONE_CHAR)
    elif id_rel == "conflict":
        reasons.append(R_ID_CONFLICT)
    if suffix_rel == "match" and id_rel != "equal":
        reasons.append(R_SUFFIX_MATCH)
    elif suffix_rel == "conflict":
        reasons.append(R_SUFFIX_CONFLICT)
    if merged:
        reasons.append(R_MERGED)

    # recency: a tie-breaker below one point
    ts = r.created_at.timestamp() if r.created_at else 0.0
    recency = max(0.0, min(1.0, 1.0 - (newest - ts) / (86400.0 * 365 * 30))) if newest else 0.0
    total = (100.0 if certain else 0.0) + score + recency * 0.9
    return _Scored(r, certain, total, list(dict.fromkeys(reasons)), fields)


def find_duplicates_in(
    session: Executor, draft: Mapping[str, Any], *, exclude_ids: Iterable[int] = ()
) -> list[Candidate]:
    """C2 inside an existing session / transaction: at most 10 candidates, best first."""
    d = normalize_draft(draft)
    exclude = {int(i) for i in exclude_ids if i is not None}
    rows = _fetch(session, d, exclude)
    if not rows:
        return []
    newest = max((r.created_at.timestamp() for r in rows.values() if r.created_at), default=0.0)
    scored = [s for s in (_score(d, r, newest) for r in rows.values()) if s is not None]
    scored.sort(key=lambda s: (-s.score, -s.row.id))
    top = scored[:MAX_CANDIDATES]
    stores, created_store = store_codes_of(session, [s.row.id for s in top])
    out = []
    for s in top:
        r = s.row
        out.append(Candidate(
            customer_id=r.id, customer_code=r.code, verdict="certain" if s.certain else "possible",
            reasons=tuple(s.reasons), score=round(s.score, 3), name=r.name, phone=r.phone, phone_masked=mask(r.phone),
            customer_type=r.customer_type, category=r.category, status=r.status, id_type=r.id_type,
            id_number=r.id_number, created_store_code=created_store.get(r.id),
            store_codes=tuple(sorted(stores.get(r.id, []))), created_at=r.created_at,
            merged=r.merged_into_id is not None, matched_fields=frozenset(s.fields),
        ))
    return out


def shown_to(actor: Actor | None, candidates: Iterable[Candidate]) -> list[Candidate]:
    """S1: the candidates as ``actor`` may see them. The duplicate check looks across the whole group, but a
    customer of stores the actor's store is not one of shows its phone and ID number masked (as the record
    itself does until it is attached), unless the actor works group-wide (master-data team). ``actor`` None:
    a tool of IT (import, dedupe report), full values."""
    out = []
    for c in candidates:
        if actor is None or actor.can("records.all_stores") or actor.store_code in c.store_codes:
            out.append(c)
        else:
            out.append(replace(c, phone=c.phone_masked or None, id_number=mask_id_number(c.id_number) or None))
    return out


def find_duplicates(db: Database, actor: Actor | None, draft: Mapping[str, Any]) -> list[Candidate]:
    """C2: the duplicate check over the WHOLE group (not scoped to the actor's store); another store's
    candidates with phone and ID number masked (:func:`shown_to`)."""
    with db.reader() as conn:
        return shown_to(actor, find_duplicates_in(conn, draft))
