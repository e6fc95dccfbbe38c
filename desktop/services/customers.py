"""Customer record (C1-C13): create through the duplicate check, verify and enable, correct core data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models import (
    CORE_FIELDS,
    CUSTOMER_TYPES,
    Customer,
    CustomerChannel,
    Store,
    utcnow,
)
from desktop.rules.errors import ValidationError
from desktop.rules.identity import check_id_type_for_customer, validate_id, validate_id_type
from desktop.rules.messages import QT_TRANSLATE_NOOP, Joined, Message, Text
from desktop.rules.names import one_line, validate_company_name, validate_person_name
from desktop.rules.phone import validate_phone
from desktop.rules.privacy import mask_id_number
from desktop.rules.text import clean_query
from desktop.services import audit
from desktop.services.auth import Actor, PermissionDenied
from desktop.services.dedupe import Candidate
from desktop.services.errors import NotFound, RuleViolation, ServiceError
from desktop.services.numbering import next_code
from desktop.services.views import mask
from desktop.services.writes import check_version, touch, write_action
from desktop.storage import Database
from desktop.storage.requests import lock_keys

NONCORE_FIELDS = ("address", "birthday", "contact_name", "contact_phone", "email", "remark")
SPECIAL_KINDS: dict[str, Text] = {
    "group_company": QT_TRANSLATE_NOOP("services.customers", "集团内部公司"),
    "used_car_platform": QT_TRANSLATE_NOOP("services.customers", "二手车平台"),
    "manufacturer": QT_TRANSLATE_NOOP("services.customers", "主机厂"),
    "insurer": QT_TRANSLATE_NOOP("services.customers", "保险公司"),
    "parts_supplier": QT_TRANSLATE_NOOP("services.customers", "配件供应商"),
}


class DuplicateFound(ServiceError):
    """C2: the duplicate check found customers that must be reused or confirmed as different."""

    code = "duplicate"
    candidates: list[Candidate]
    certain: bool

    def __init__(self, candidates: list[Any], *, certain: bool, actor: Actor | None = None) -> None:
        from desktop.services.dedupe import shown_to

        candidates = shown_to(actor, candidates)  # S1: another store's phone and ID stay masked
        self.candidates = candidates
        self.certain = certain
        codes = tuple(c.customer_code for c in candidates[:5])
        if certain:
            super().__init__(
                QT_TRANSLATE_NOOP("services.customers", "客户已存在（{codes}）：请使用已有客户，不得重复新建"),
                rule="C2", params={"codes": codes},
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("services.customers", "发现疑似重复客户（{codes}）：请选用已有客户，或确认不是同一客户并填写原因"),
                rule="C2", params={"codes": codes},
            )


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    code: str
    customer_type: str
    category: str
    business: str
    status: str
    name: str
    phone: str | None
    phone_masked: str
    id_type: str | None
    id_number: str | None
    finance_customer_code: str | None
    address: str | None
    birthday: date | None
    contact_name: str | None
    contact_phone: str | None
    email: str | None
    remark: str | None
    special: bool
    special_kind: str | None
    merged_into_code: str | None
    created_by_login: str | None
    created_store_code: str | None
    created_at: datetime
    store_codes: tuple[str, ...]
    visible: bool
    core_editable: bool
    version: int


def sees(actor: Actor, c: Customer) -> bool:
    """S1: the store sees a customer with a channel for it; the master-data team sees every store's."""
    return actor.can("records.all_stores") or any(ch.store_id == actor.store_id for ch in c.channels)


def require_sees(actor: Actor, c: Customer) -> None:
    """S1 writes: a customer of another store is read-only until this store is attached to it (M3)."""
    if not sees(actor, c):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("services.customers", "客户 {code} 属于其他门店，本店只能查看：请先在车辆档案添加本店渠道（M3）"),
            rule="S1", params={"code": c.code},
        )


def _detail(s: Session, c: Customer, actor: Actor) -> CustomerDetail:
    merged = s.get(Customer, c.merged_into_id).code if c.merged_into_id else None  # type: ignore[union-attr]
    full = sees(actor, c)  # S1: another store's customer shows masked phone and ID until attached
    return CustomerDetail(
        id=c.id, code=c.code, customer_type=c.customer_type, category=c.category, business=c.business,
        status=c.status, name=c.name, phone=c.phone if full else mask(c.phone), phone_masked=mask(c.phone),
        id_type=c.id_type, id_number=c.id_number if full else mask_id_number(c.id_number), finance_customer_code=c.finance_customer_code, address=c.address,
        birthday=c.birthday, contact_name=c.contact_name, contact_phone=c.contact_phone, email=c.email,
        remark=c.remark, special=c.special, special_kind=c.special_kind, merged_into_code=merged,
        created_by_login=c.created_by.login if c.created_by else None,
        created_store_code=c.created_store.code if c.created_store else None, created_at=c.created_at,
        store_codes=tuple(sorted(ch.store.code for ch in c.channels)),
        visible=any(ch.store_id == actor.store_id for ch in c.channels),
        core_editable=actor.can("customer.modify_core") and full, version=c.version,
    )


def typed_code(code: str, field: str = "customer_code") -> str:
    """A customer code as typed or pasted: one line, no control characters (never a database error)."""
    return clean_query(field, code, max_len=30, label=QT_TRANSLATE_NOOP("services.customers", "客户编码"))


def _load(s: Session, code: str, *, lock: bool = False) -> Customer:
    code = typed_code(code)
    q = select(Customer).where(Customer.code == code).options(
        selectinload(Customer.channels).joinedload(CustomerChannel.store)
    )
    if lock:
        q = q.with_for_update()
    c = s.scalar(q)
    if c is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("services.customers", "客户 {code} 不存在"),
            field="customer_code", params={"code": code},
        )
    return c


def get_customer(db: Database, actor: Actor, code: str) -> CustomerDetail:
    with db.read() as s:
        return _detail(s, _load(s, code), actor)


@dataclass(frozen=True)
class CleanCore:
    customer_type: str
    name: str
    phone: str
    id_type: str | None
    id_number: str | None

    def draft(self) -> dict[str, str]:
        return {
            "customer_type": self.customer_type, "name": self.name, "phone": self.phone,
            "id_type": self.id_type or "", "id_number": self.id_number or "",
        }


def validate_core(
    customer_type: str, name: str, phone: str, id_type: str | None, id_number: str | None,
    *, id_required: bool = False,
) -> CleanCore:
    """C3, C5, C6, C7: the core fields, normalised; raises ValidationError naming the field.

    Every core field is one line: a line break or tab inside one (a paste of two values) is refused before any
    normaliser strips whitespace, never merged (name, phone, ID type, ID number)."""
    for field, value in (("name", name), ("phone", phone), ("id_type", id_type), ("id_number", id_number)):
        if isinstance(value, str):
            one_line(field, value, CORE_LABELS[field])
    if customer_type not in CUSTOMER_TYPES:
        raise ValidationError("customer_type", QT_TRANSLATE_NOOP("services.customers", "客户类型须为个人或公司（单位、机关均为公司客户）"))
    clean_name = _clean_name(customer_type, name)
    clean_phone = _clean_phone(phone)
    idt, idn = _clean_id(customer_type, id_type, id_number, id_required=id_required)
    return CleanCore(customer_type, clean_name, clean_phone, idt, idn)


#: Core fields as named in messages and in the audit of a disable (C12).
CORE_LABELS: dict[str, Text] = {
    "customer_type": QT_TRANSLATE_NOOP("services.customers", "客户类型"),
    "name": QT_TRANSLATE_NOOP("services.customers", "客户名称"),
    "phone": QT_TRANSLATE_NOOP("services.customers", "主要电话"),
    "id_type": QT_TRANSLATE_NOOP("services.customers", "证件类型"),
    "id_number": QT_TRANSLATE_NOOP("services.customers", "证件号码"),
}


def _clean_name(customer_type: str, name: str) -> str:
    """C5 for the customer's type."""
    if not name or not name.strip():
        raise ValidationError("name", QT_TRANSLATE_NOOP("services.customers", "客户名称必填"), code="required")
    return validate_company_name(name) if customer_type == "company" else validate_person_name(name)


def _clean_phone(phone: str) -> str:
    """C6 for the main phone."""
    if not phone or not phone.strip():
        raise ValidationError(
            "phone", QT_TRANSLATE_NOOP("services.customers", "主电话必填：手机 11 位，座机带区号"),
            code="required",
        )
    return validate_phone(phone)


def _clean_id(
    customer_type: str, id_type: str | None, id_number: str | None, *, id_required: bool,
) -> tuple[str | None, str | None]:
    """C7: the ID type fits the customer type and the number is valid for the type; required when asked."""
    idt = (id_type or "").strip() or None
    idn = (id_number or "").strip() or None
    if idn and not idt:
        idt = "uscc" if customer_type == "company" else "resident_id"
    if idt:
        idt = validate_id_type(idt)
        check_id_type_for_customer(customer_type, idt)
    if idn and idt:
        idn = validate_id(idt, idn)
    elif id_required:
        raise ValidationError(
            "id_number", QT_TRANSLATE_NOOP("services.customers", "证件号码必填：个人填居民身份证，公司填统一社会信用代码（营业执照）"),
            code="required",
        )
    else:
        idt = idt if idn else None
    return idt, idn


def _require_create(actor: Actor, business: str, special: bool) -> None:
    if special:
        actor.require("customer.create_special")  # C13
    elif business == "sales":
        actor.require("customer.create_sales")
    elif business == "after_sales":
        actor.require("customer.create_after_sales")
    else:
        raise ValidationError("business", QT_TRANSLATE_NOOP("services.customers", "业务类型须为销售或售后"))


@write_action("customer.create")
def create_customer(
    db: Database,
    actor: Actor,
    *,
    customer_type: str,
    name: str,
    phone: str,
    id_type: str | None = None,
    id_number: str | None = None,
    business: str = "after_sales",
    special_kind: str | None = None,
    address: str | None = None,
    birthday: date | None = None,
    contact_name: str | None = None,
    contact_phone: str | None = None,
    email: str | None = None,
    remark: str | None = None,
    confirmed_not_duplicate_of: tuple[str, ...] | list[str] = (),
    confirm_reason: str | None = None,
    request_id: str | None = None,
) -> CustomerDetail:
    """Create a customer after the duplicate check (C2) — never from the work-order screen (C1).

    Sales customers start as potential, customers created on a vehicle record as retained (C4); every new
    customer is pending until verified and enabled (C9); the finance customer is generated (C8).
    Certain duplicates are refused; possible ones must be confirmed, with a reason, as different customers.
    Two workstations creating the same customer at the same instant: one wins, the other gets DuplicateFound.
    C13: a name on the master-data team's list of special customers (desktop.services.special_customers) is
    refused for everybody else; the team's new customer becomes special with the matched kind (or the
    ``special_kind`` it gives).
    """
    special = special_kind is not None
    _require_create(actor, business, special)
    if special and special_kind not in SPECIAL_KINDS:
        raise ValidationError("special_kind", QT_TRANSLATE_NOOP("services.customers", "特殊客户类别无效"))
    core = validate_core(customer_type, name, phone, id_type, id_number, id_required=business == "sales")
    extras = clean_extras({"address": address, "birthday": birthday, "contact_name": contact_name,
                           "contact_phone": contact_phone, "email": email, "remark": remark})
    with db.transaction() as s:
        customer = create_customer_in(
            s, actor, core, business=business, special_kind=special_kind, extras=extras,
            confirmed_not_duplicate_of=confirmed_not_duplicate_of, confirm_reason=confirm_reason,
        )
        return _detail(s, customer, actor)


def duplicate_lock_keys(core: CleanCore) -> list[str]:
    """The keys a duplicate check of this draft reads (C2a-C2d and homophones): a create or core change takes a
    lock on each before it checks, so two simultaneous ones see each other (storage.requests.lock_keys)."""
    from desktop.models import customer_search_keys

    stored = customer_search_keys(core.customer_type, core.name, core.phone, core.id_number)
    keys: list[str] = []
    if core.customer_type == "company":
        keys.append(f"customer.company:{stored['name_key']}")  # C2c
    else:
        keys.append(f"customer.pinyin:{stored['pinyin_key']}")  # C2a, C2b and homophones
    if stored["phone_key"]:
        keys.append(f"customer.phone:{stored['phone_key']}")
    if stored["id_key"]:
        keys.append(f"customer.id:{stored['id_key']}")  # C2d
    return keys


def create_customer_in(
    s: Session,
    actor: Actor,
    core: CleanCore,
    *,
    business: str,
    special_kind: str | None = None,
    extras: dict[str, Any] | None = None,
    confirmed_not_duplicate_of: tuple[str, ...] | list[str] = (),
    confirm_reason: str | None = None,
) -> Customer:
    """The duplicate check and the insert inside the caller's transaction (permissions checked by the
    caller): certain duplicates are refused, possible ones need confirming with a reason (audited)."""
    from desktop.services import dedupe

    extras = extras or {}
    lock_keys(s, duplicate_lock_keys(core))
    candidates = dedupe.find_duplicates_in(s, core.draft())
    certain = [c for c in candidates if c.verdict == "certain"]
    if certain:
        raise DuplicateFound(certain, certain=True, actor=actor)
    unconfirmed = [c for c in candidates if c.customer_code not in set(confirmed_not_duplicate_of)]
    if unconfirmed:
        raise DuplicateFound(candidates, certain=False, actor=actor)
    if candidates and not (confirm_reason or "").strip():
        raise ValidationError(
            "confirm_reason", QT_TRANSLATE_NOOP("services.customers", "确认不是同一客户时须填写原因"),
            code="required",
        )
    from desktop.services import special_customers

    special = special_customers.refuse_unless_allowed_in(s, actor, core.name)  # C13: master-data team only
    if special is not None and special_kind is None:
        special_kind = special.kind
    code = next_code(s, "customer", "KH", 8, Customer.code)
    customer = Customer(
        code=code, customer_type=core.customer_type, business=business,
        category="potential" if business == "sales" else "retained", status="pending",
        name=core.name, phone=core.phone, id_type=core.id_type, id_number=core.id_number,
        finance_customer_code="CW" + code[2:], address=extras.get("address"),
        birthday=extras.get("birthday"), contact_name=extras.get("contact_name"),
        contact_phone=extras.get("contact_phone"), email=extras.get("email"),
        remark=extras.get("remark"), special=special_kind is not None, special_kind=special_kind,
        created_by_id=actor.user_id, created_store_id=actor.store_id, created_at=utcnow(),
    )
    s.add(customer)
    s.flush()
    s.add(CustomerChannel(customer_id=customer.id, store_id=actor.store_id))
    audit.record(s, actor, "customer.create", "customer", customer.id, code, "name", None, core.name)
    if special_kind is not None:
        audit.record(s, actor, "customer.special", "customer", customer.id, code, "special_kind", None, special_kind,
                     special.describe() if special is not None else None)
    for cand in candidates:
        audit.record(
            s, actor, "customer.confirmed_not_duplicate", "customer", customer.id, code,
            "duplicate_of", cand.customer_code, None, confirm_reason,
        )
    s.flush()
    s.refresh(customer)
    return customer


# Non-core fields: (column length, label). Checked before the database, so an over-long value or a control
# character is a field message, never a database error.
NONCORE_LIMITS: dict[str, tuple[int, Text]] = {
    "address": (200, QT_TRANSLATE_NOOP("services.customers", "地址")),
    "contact_name": (60, QT_TRANSLATE_NOOP("services.customers", "联系人")),
    "email": (120, QT_TRANSLATE_NOOP("services.customers", "电子邮箱")),
    "remark": (500, QT_TRANSLATE_NOOP("services.customers", "备注")),
}


def clean_extras(values: dict[str, Any]) -> dict[str, Any]:
    """The non-core fields, validated and normalised (None for blank)."""
    from desktop.rules.text import clean_text

    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key == "contact_phone":
            clean[key] = _opt_phone(value)
        elif key == "birthday":
            clean[key] = _birthday(value)
        elif key in NONCORE_LIMITS:
            limit, label = NONCORE_LIMITS[key]
            clean[key] = clean_text(key, value, max_len=limit, label=label, multiline=key == "remark")
            if key == "email" and clean[key] is not None:
                clean[key] = clean_email(clean[key], limit)
        else:
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("services.customers", "该字段不可在此修改：{key}"),
                params={"key": key},
            )
    return clean


def clean_email(text: str, limit: int = 120) -> str:
    """The customer's e-mail address, checked by email-validator (syntax only: no DNS, no network) and stored in
    its normalised form (the domain in lower case, the local part as typed)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        normalized = validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError("email", QT_TRANSLATE_NOOP("services.customers", "电子邮箱格式不正确（如 name@example.com）"),
                              code="invalid_email") from exc
    if len(normalized) > limit:
        raise ValidationError(
            "email", QT_TRANSLATE_NOOP("services.customers", "电子邮箱最多 {limit} 个字符"),
            code="too_long", params={"limit": limit},
        )
    return normalized


def _birthday(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ValidationError("birthday", QT_TRANSLATE_NOOP("services.customers", "生日须为日期（YYYY-MM-DD）")) from exc


def _opt_phone(value: str | None) -> str | None:
    """C6 for the contact phone: the same rule as every phone field."""
    if not value or not str(value).strip():
        return None
    try:
        return validate_phone(str(value))
    except ValidationError as exc:
        raise ValidationError("contact_phone", QT_TRANSLATE_NOOP("services.customers", "联系人电话：{reason}"),
                              code=exc.code, params={"reason": exc.as_message()}) from exc


def _edit_noncore_in(s: Session, actor: Actor, c: Customer, changes: dict[str, Any]) -> None:
    unknown = [k for k in changes if k not in NONCORE_FIELDS]
    if unknown:
        raise ValidationError(
            unknown[0], QT_TRANSLATE_NOOP("services.customers", "该字段不可在此修改：{unknown}"),
            params={"unknown": unknown[0]},
        )
    clean = clean_extras(changes)
    changed = {k: (getattr(c, k), v) for k, v in clean.items() if getattr(c, k) != v}
    for k, (_old, new) in changed.items():
        setattr(c, k, new)
    audit.record_changes(s, actor, "customer.edit", "customer", c.id, c.code, changed)


@write_action("customer.update")
def update_customer(
    db: Database, actor: Actor, code: str, changes: dict[str, Any], *, version: int, request_id: str | None = None,
) -> CustomerDetail:
    """Non-core fields stay editable by advisors (C10). Core fields are refused here: without the
    'modify core data' permission as such, with it because they go through change_core_data (reason,
    validators, duplicate check)."""
    if not (actor.can("customer.edit") or actor.can("customer.modify_core")):
        raise PermissionDenied("customer.edit", actor)
    core = [k for k in changes if k in CORE_FIELDS]
    if core:
        if not actor.can("customer.modify_core"):
            raise PermissionDenied("customer.modify_core", actor)
        raise RuleViolation(QT_TRANSLATE_NOOP("services.customers", "核心资料请通过“修改核心资料”修改（需填写原因）"), rule="C10")
    with db.transaction() as s:
        c = _load(s, code, lock=True)
        require_sees(actor, c)
        check_version(c, version)
        _edit_noncore_in(s, actor, c, changes)
        s.flush()
        return _detail(s, c, actor)


@write_action("customer.save")
def save_customer(
    db: Database, actor: Actor, /, code: str, *, version: int, reason: str | None = None,
    request_id: str | None = None, **fields: Any,
) -> CustomerDetail:
    """The customer record's Save: core fields (C10: 'modify core data', a reason, the validators and the
    duplicate check) and the other fields together, all or nothing, on the version the user saw."""
    core = {k: v for k, v in fields.items() if k in CORE_FIELDS}
    noncore = {k: v for k, v in fields.items() if k not in CORE_FIELDS}
    if core:
        actor.require("customer.modify_core")
    elif not (actor.can("customer.edit") or actor.can("customer.modify_core")):
        raise PermissionDenied("customer.edit", actor)
    with db.transaction() as s:
        c = _load(s, code, lock=True)
        require_sees(actor, c)
        check_version(c, version)
        if noncore:
            _edit_noncore_in(s, actor, c, noncore)
        if core:
            change_core_in(s, actor, code, core, reason, reason_required=True)
        s.flush()
        return _detail(s, c, actor)


@write_action("customer.core_change")
def change_core_data(
    db: Database, actor: Actor, /, customer_code: str, *, reason: str | None = None, version: int,
    request_id: str | None = None, **changes: Any,
) -> CustomerDetail:
    """C10/C11: name, phone, ID type, ID number and customer type, only with 'modify core data'.

    The new data goes through the validators and the duplicate check: a correction never turns the
    record into a duplicate of another customer (that case is a merge for the master-data team).
    ``version`` (the version the user saw) refuses a change made on a record another workstation saved
    meanwhile, instead of overwriting it.
    """
    actor.require("customer.modify_core")
    _check_core_keys(changes)
    with db.transaction() as s:
        current = _load(s, customer_code, lock=True)
        require_sees(actor, current)
        check_version(current, version)
        c = change_core_in(s, actor, customer_code, changes, reason)
        return _detail(s, c, actor)


def _check_core_keys(changes: dict[str, Any]) -> None:
    unknown = [k for k in changes if k not in CORE_FIELDS]
    if unknown:
        raise ValidationError(
            unknown[0], QT_TRANSLATE_NOOP("services.customers", "不是核心资料字段：{unknown}"),
            params={"unknown": unknown[0]},
        )


def change_core_in(
    s: Session, actor: Actor, customer_code: str, changes: dict[str, Any], reason: str | None,
    *, action: str = "customer.core_change", reason_required: bool = False,
) -> Customer:
    """change_core_data's checks and change inside the caller's transaction (change requests use it)."""
    actor.require("customer.modify_core")
    _check_core_keys(changes)
    from desktop.services import dedupe

    c = _load(s, customer_code, lock=True)
    require_sees(actor, c)
    merged: dict[str, Any] = {f: getattr(c, f) for f in CORE_FIELDS}
    merged.update(changes)
    if "id_number" in changes and not changes["id_number"]:
        merged["id_type"] = changes.get("id_type") or None
    core = validate_core(
        merged["customer_type"], merged["name"], merged["phone"] or "", merged["id_type"], merged["id_number"],
        id_required=c.business == "sales",
    )
    new = {
        "customer_type": core.customer_type, "name": core.name, "phone": core.phone,
        "id_type": core.id_type, "id_number": core.id_number,
    }
    diff = {k: (getattr(c, k), v) for k, v in new.items() if getattr(c, k) != v}
    if not diff:
        return c
    if reason_required and not (reason or "").strip():
        raise ValidationError("reason", QT_TRANSLATE_NOOP("services.customers", "修改核心资料须填写原因"), code="required")
    lock_keys(s, duplicate_lock_keys(core))
    certain = [
        cand for cand in dedupe.find_duplicates_in(s, core.draft(), exclude_ids=(c.id,))
        if cand.verdict == "certain"
    ]
    if certain:
        raise DuplicateFound(certain, certain=True, actor=actor)
    special = None
    if "name" in diff and not c.special:  # C13: renaming into a special customer is creating one
        from desktop.services import special_customers

        special = special_customers.refuse_unless_allowed_in(s, actor, core.name, rename=True)
    for k, (_old, v) in diff.items():
        setattr(c, k, v)
    audit.record_changes(s, actor, action, "customer", c.id, c.code, diff, reason)
    if special is not None:
        c.special, c.special_kind = True, special.kind
        audit.record(s, actor, "customer.special", "customer", c.id, c.code, "special_kind", None, special.kind,
                     special.describe())
    s.flush()
    return c


ENABLE_PERMISSIONS = {"sales": "customer.enable_sales", "after_sales": "customer.enable_after_sales"}


def business_lines(actor: Actor) -> tuple[str, ...]:
    """The business lines whose customers this actor verifies (C9): finance sales, customer service
    after-sales, the master-data team both."""
    return tuple(line for line, perm in ENABLE_PERMISSIONS.items() if actor.can(perm))


def _enable_permission(c: Customer) -> str:
    return ENABLE_PERMISSIONS.get(c.business, "customer.enable_after_sales")


@dataclass(frozen=True)
class Problem:
    """One reason a record is not compliant (C12): the field, its rule and what is wrong with it."""

    field: str
    rule: str
    reason: Message

    def as_message(self) -> Message:
        """The field's label and what is wrong with it."""
        return Message.of(QT_TRANSLATE_NOOP("services.customers", "{label}：{reason}"),
                          {"label": CORE_LABELS.get(self.field, self.field), "reason": self.reason})


#: what separates the problems of one record in a message
PROBLEMS = QT_TRANSLATE_NOOP("services.customers", "；")
_RULE_OF_FIELD = {"customer_type": "C3", "name": "C5", "phone": "C6", "id_type": "C7", "id_number": "C7"}


def compliance_problems(c: Customer) -> list[Problem]:
    """What makes a record clearly non-compliant (C12), each of name, phone and ID checked on its own with the
    validators of a create: an invalid name (C5), an invalid or made-up phone (C6), an ID number not valid for
    its type or a type that does not fit the customer (C7), and for a SALES customer a missing ID (C7: required
    for sales customers; an after-sales customer without ID is compliant, "whenever obtainable")."""
    problems: list[Problem] = []

    def check(default_field: str, call: Callable[[], object]) -> None:
        try:
            call()
        except ValidationError as exc:
            field = exc.field if exc.field in _RULE_OF_FIELD else default_field
            problems.append(Problem(field, _RULE_OF_FIELD[field], exc.as_message()))

    if c.customer_type not in CUSTOMER_TYPES:
        return [Problem("customer_type", "C3", Message.of(QT_TRANSLATE_NOOP("services.customers", "客户类型无效")))]
    check("name", lambda: _clean_name(c.customer_type, c.name or ""))
    check("phone", lambda: _clean_phone(c.phone or ""))
    check("id_number", lambda: _clean_id(c.customer_type, c.id_type, c.id_number, id_required=c.business == "sales"))
    return problems


def _refuse_non_compliant(c: Customer, problems: list[Problem]) -> RuleViolation:
    first = problems[0]
    if c.business == "sales" and first.field in ("id_type", "id_number"):
        head = QT_TRANSLATE_NOOP("services.customers", "销售客户须有有效证件（个人：居民身份证；公司：营业执照）才能启用")
    else:
        head = QT_TRANSLATE_NOOP("services.customers", "客户资料不合规，不能启用")
    return RuleViolation(QT_TRANSLATE_NOOP("services.customers", "{head}：{problems}。请先修改核心资料"),
                         rule=first.rule, field=first.field,
                         params={"head": head, "problems": Joined(tuple(p.as_message() for p in problems), PROBLEMS)})


@write_action("customer.enable")
def enable(
    db: Database, actor: Actor, customer_code: str, *, version: int,
    confirmed_not_duplicate_of: tuple[str, ...] | list[str] = (), reason: str | None = None,
    confirm_without_id: bool | None = None, note: str | None = None, request_id: str | None = None,
) -> CustomerDetail:
    """C9 / C7: finance enables sales customers, customer service after-sales ones, after re-running the
    duplicate check, on the version the user saw.

    * A certain duplicate of a live customer (not disabled, not merged) is never enabled (DuplicateFound,
      certain): the pending one is rejected and the existing one used (pending.reject_pending).
    * A record that is not compliant (compliance_problems: invalid name, phone or ID; a sales customer without
      a valid ID, C7) is not enabled (RuleViolation naming the rule): its core data is corrected first (C10).
    * Possible duplicates (live ones) must each be confirmed different, its code in
      ``confirmed_not_duplicate_of``, else DuplicateFound (possible) lists them all; "the same" is
      pending.reject_pending.
    * An after-sales customer without ID is enabled only with the enabler's explicit confirmation (C7: the ID
      "whenever obtainable"), else RuleViolation C7: ``confirm_without_id=True`` with a reason (the pending page's
      checkbox), or — through the seam ``enable(..., reason=...)`` — the reason itself, written by the enabler
      for this customer; ``confirm_without_id=False`` refuses whatever the reason.
    * Either confirmation needs a ``reason``; each confirmed candidate is audited once
      (customer.confirmed_not_duplicate), the missing ID once (customer.enabled_without_id), with the reason.
    """
    from desktop.services import dedupe

    confirmed = {str(code).strip() for code in confirmed_not_duplicate_of if code}
    why = (reason or "").strip() or None
    with db.transaction() as s:
        c = _load(s, customer_code, lock=True)
        actor.require(_enable_permission(c))
        require_sees(actor, c)
        check_version(c, version)
        if c.status == "enabled":
            return _detail(s, c, actor)
        if c.merged_into_id is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("services.customers", "该客户已合并到其他客户，不能启用"), rule="C9")
        draft = {
            "customer_type": c.customer_type, "name": c.name, "phone": c.phone or "",
            "id_type": c.id_type or "", "id_number": c.id_number or "",
        }
        live = [cand for cand in dedupe.find_duplicates_in(s, draft, exclude_ids=(c.id,))
                if cand.status != "disabled" and not cand.merged]
        certain = [cand for cand in live if cand.verdict == "certain"]
        if certain:
            raise DuplicateFound(certain, certain=True, actor=actor)
        problems = compliance_problems(c)
        if problems:
            raise _refuse_non_compliant(c, problems)
        possible = [cand for cand in live if cand.verdict == "possible"]
        if any(cand.customer_code not in confirmed for cand in possible):
            raise DuplicateFound(possible, certain=False, actor=actor)
        without_id = not c.id_number
        no_id_confirmed = confirm_without_id if confirm_without_id is not None else why is not None
        if without_id and not no_id_confirmed:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("services.customers", "该售后客户没有证件：核实原件、确认客户确实无法提供证件后，勾选“无证件启用”并填写原因"),
                rule="C7", field="id_number",
            )
        if (possible or without_id) and why is None:
            raise ValidationError(
                "reason", QT_TRANSLATE_NOOP("services.customers", "确认不是同一客户或无证件启用时须填写原因"),
                code="required",
            )
        old = c.status
        c.status = "enabled"
        c.enabled_by_id = actor.user_id
        c.enabled_at = utcnow()
        audit.record(s, actor, "customer.enable", "customer", c.id, c.code, "status", old, "enabled", note or why)
        for cand in possible:
            audit.record(s, actor, "customer.confirmed_not_duplicate", "customer", c.id, c.code,
                         "duplicate_of", cand.customer_code, None, why)
        if without_id:
            audit.record(s, actor, "customer.enabled_without_id", "customer", c.id, c.code, "id_number", None, None,
                         why)
        s.flush()
        return _detail(s, c, actor)


@write_action("customer.disable")
def disable(
    db: Database, actor: Actor, customer_code: str, reason: str, *, version: int, request_id: str | None = None,
) -> CustomerDetail:
    """C12: only clearly non-compliant records (compliance_problems: name, phone, ID; a made-up phone and an
    invalid ID count) may be disabled, with a reason; a compliant one is refused (RuleViolation C12). The audit
    entry carries the reason given and what is non-compliant."""
    if not reason or not reason.strip():
        raise ValidationError("reason", QT_TRANSLATE_NOOP("services.customers", "停用须填写原因"), code="required")
    with db.transaction() as s:
        c = _load(s, customer_code, lock=True)
        actor.require(_enable_permission(c))
        require_sees(actor, c)
        check_version(c, version)
        if c.status == "disabled":
            return _detail(s, c, actor)
        problems = compliance_problems(c)
        if not problems and c.merged_into_id is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("services.customers", "该客户资料合规（姓名、电话、证件均有效），不得停用"), rule="C12")
        why = reason.strip()
        if problems:
            why += f"（不合规：{'；'.join(str(p.as_message()) for p in problems)}）"
        else:
            why += "（已合并到其他客户）"
        old = c.status
        c.status = "disabled"
        audit.record(s, actor, "customer.disable", "customer", c.id, c.code, "status", old, "disabled", why)
        s.flush()
        return _detail(s, c, actor)


def set_retained_in(s: Session, actor: Actor, c: Customer) -> bool:
    """W3 inside the caller's transaction: the customer becomes retained; True when it changed."""
    if not (actor.can("customer.edit") or actor.can("customer.modify_core")):
        raise PermissionDenied("customer.edit", actor)
    if c.category == "retained":
        return False
    audit.record(s, actor, "customer.category", "customer", c.id, c.code, "category", c.category, "retained")
    c.category = "retained"
    return True


@write_action("customer.set_retained")
def set_retained(
    db: Database, actor: Actor, customer_code: str, *, version: int, request_id: str | None = None,
) -> CustomerDetail:
    """W3: an owner that did not load because it is not 'retained' is set to retained."""
    if not (actor.can("customer.edit") or actor.can("customer.modify_core")):
        raise PermissionDenied("customer.edit", actor)
    with db.transaction() as s:
        c = _load(s, customer_code, lock=True)
        require_sees(actor, c)
        check_version(c, version)
        set_retained_in(s, actor, c)
        s.flush()
        return _detail(s, c, actor)


def add_channel(s: Session, actor: Actor, c: Customer) -> bool:
    """Give this store a channel on the customer (S1/M3); True when one was added. The customer row is locked
    first (and read again): two workstations attaching the same customer at once — through two of its cars —
    queue here instead of the second failing on the version the first one bumped."""
    s.flush()
    s.refresh(c, with_for_update=True)
    if any(ch.store_id == actor.store_id for ch in c.channels):
        return False
    store = s.get(Store, actor.store_id)
    ch = CustomerChannel(customer_id=c.id, store_id=actor.store_id)
    ch.store = store  # type: ignore[assignment]
    c.channels.append(ch)
    touch(c)
    audit.record(s, actor, "customer.channel_add", "customer", c.id, c.code, "channel", None, actor.store_code)
    return True


def detail_fields() -> list[str]:
    return [f.name for f in fields(CustomerDetail)]
