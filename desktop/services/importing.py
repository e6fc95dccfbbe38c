"""Bulk CSV import of customers and vehicles (master-data migration).

Each row is checked with the same validators as the screens; valid rows load, invalid rows are
rejected and reported, one JSON line each, and never half-load. Customer rows that look like
duplicates of customers already on file (or of earlier rows) are loaded and reported with the codes
they resemble, found by the same duplicate-check engine as the screens. Rows are inserted in batches
with Core bulk inserts; the stored search keys are computed here since ORM events do not run.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    CATEGORIES,
    CUSTOMER_TYPES,
    ORIGINS,
    STATUSES,
    Customer,
    CustomerChannel,
    CustomerGram,
    RepairCenter,
    Store,
    Vehicle,
    VehicleRepairCenter,
    customer_search_keys,
    utcnow,
)
from desktop.rules.errors import ValidationError
from desktop.rules.plate import default_plate_color, validate_plate, validate_plate_color
from desktop.rules.vin import validate_vin
from desktop.services.auth import Actor
from desktop.services.customers import validate_core
from desktop.services.vehicles import validate_model
from desktop.storage import Database, search_index
from desktop.storage.bulk import insert_rows, refresh_statistics

CUSTOMER_COLUMNS = ("code", "customer_type", "category", "status", "name", "phone", "id_type", "id_number", "store_codes")
VEHICLE_COLUMNS = ("vin", "origin", "model", "engine_no", "color", "interior", "plate", "plate_color", "owner_code",
                   "repair_center_codes")
BATCH = 5000


class ImportFileError(Exception):
    """The file itself cannot be imported (missing columns, unreadable)."""


@dataclass
class ImportSummary:
    kind: str
    total: int = 0
    loaded: int = 0
    rejected: int = 0
    duplicates: int = 0
    report: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.kind}: {self.total} rows, {self.loaded} loaded, {self.rejected} rejected, "
                f"{self.duplicates} reported as possible duplicates")


def _open_text(path: Path) -> TextIO:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return io.StringIO(raw.decode(enc), newline="")
        except UnicodeDecodeError:
            continue
    raise ImportFileError(f"{path}: not UTF-8 or GB18030 text")


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(physical line where the record starts, row) for every record; header = line 1."""
    text = _open_text(path)
    reader = csv.reader(text)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ImportFileError(f"{path}: empty file") from None
    missing = [c for c in columns if c not in header]
    if missing:
        raise ImportFileError(f"{path}: missing columns {', '.join(missing)} (expected {','.join(columns)})")
    last_line = reader.line_num
    for record in reader:
        start = last_line + 1
        last_line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        row = {name: (record[i].strip() if i < len(record) else "") for i, name in enumerate(header)}
        yield start, row


def _reject(summary: ImportSummary, line: int, fld: str, zh: str, en: str) -> None:
    summary.rejected += 1
    summary.report.append({"line": line, "status": "rejected", "field": fld, "reason": f"{zh} / {en}"})


def _choice(value: str, allowed: tuple[str, ...], fld: str, zh: str, en: str) -> str:
    v = value.strip().lower()
    if v not in allowed:
        raise ValidationError(fld, f"{zh}须为 {'|'.join(allowed)}：{value!r}", f"{en} must be one of {'|'.join(allowed)}: {value!r}")
    return v


def import_customers(
    db: Database, path: Path, actor: Actor | None = None, progress: Callable[[int], None] | None = None
) -> ImportSummary:
    from desktop.services import dedupe

    summary = ImportSummary("customers")
    with db.read() as s:
        stores = {st.code: st.id for st in s.scalars(select(Store))}
    seen_codes: set[str] = set()
    batch: list[tuple[int, dict[str, Any], list[int]]] = []
    analyzed_at = [0]  # rows loaded when the statistics were last refreshed

    def flush() -> None:
        if not batch:
            return
        with db.transaction() as s:
            codes = [r["code"] for _, r, _ in batch]
            existing = set(s.scalars(select(Customer.code).where(Customer.code.in_(codes))))
            keep = []
            for line, rec, store_ids in batch:
                if rec["code"] in existing:
                    _reject(summary, line, "code", f"客户编码 {rec['code']} 已存在", f"Customer code {rec['code']} exists already")
                    continue
                keep.append((line, rec, store_ids))
            if keep:
                conn = s.connection()
                cols = tuple(keep[0][1])
                insert_rows(conn, Customer, cols, [tuple(rec[c] for c in cols) for _, rec, _ in keep])
                ids = dict(s.execute(select(Customer.code, Customer.id).where(
                    Customer.code.in_([rec["code"] for _, rec, _ in keep]))).all())
                now = utcnow()
                insert_rows(conn, CustomerChannel, ("customer_id", "store_id", "created_at"),
                            [(ids[rec["code"]], sid, now) for _, rec, store_ids in keep for sid in store_ids])
                search_index.index_new_customers(conn, [(ids[rec["code"]], store_ids, rec) for _, rec, store_ids in keep])
                if summary.loaded + len(keep) >= 2 * analyzed_at[0]:  # the tables doubled: plan for what is there
                    refresh_statistics(conn, Customer, CustomerGram, CustomerChannel)
                    analyzed_at[0] = summary.loaded + len(keep)
                _report_duplicates(s, dedupe, [(line, rec, ids[rec["code"]]) for line, rec, _ in keep], summary)
            summary.loaded += len(keep)
        batch.clear()
        if progress:
            progress(summary.total)

    for line, row in _rows(path, CUSTOMER_COLUMNS):
        summary.total += 1
        try:
            code = row["code"].strip()
            if not code:
                raise ValidationError("code", "客户编码必填", "Customer code is required")
            if code in seen_codes:
                raise ValidationError("code", f"客户编码 {code} 在文件中重复", f"Customer code {code} repeats in the file")
            ctype = _choice(row["customer_type"], CUSTOMER_TYPES, "customer_type", "客户类型", "Customer type")
            category = _choice(row["category"], CATEGORIES, "category", "客户类别", "Category")
            status = _choice(row["status"], STATUSES, "status", "状态", "Status")
            core = validate_core(ctype, row["name"], row["phone"], row["id_type"] or None, row["id_number"] or None)
            store_ids = []
            for sc in [c.strip() for c in row["store_codes"].split("|") if c.strip()]:
                if sc not in stores:
                    raise ValidationError("store_codes", f"门店 {sc} 不存在", f"No store {sc}")
                if stores[sc] not in store_ids:
                    store_ids.append(stores[sc])
        except ValidationError as exc:
            _reject(summary, line, exc.field, exc.message_zh, exc.message_en)
            continue
        seen_codes.add(code)
        now = utcnow()
        rec: dict[str, Any] = {
            "code": code, "customer_type": ctype, "category": category, "status": status,
            "business": "sales" if category == "potential" else "after_sales",
            "name": core.name, "phone": core.phone, "id_type": core.id_type, "id_number": core.id_number,
            "finance_customer_code": None, "special": False, "created_at": now, "updated_at": now,
            "created_by_id": actor.user_id if actor else None,
            "created_store_id": store_ids[0] if store_ids else None, "version": 1,
        }
        rec.update(customer_search_keys(ctype, core.name, core.phone, core.id_number))
        batch.append((line, rec, store_ids))
        if len(batch) >= BATCH:
            flush()
    flush()
    summary.report.sort(key=lambda r: r["line"])
    return summary


def _colliding(s: Session, column: Any, values: set[str]) -> set[str]:
    """The values of ``column`` among ``values`` that more than one customer holds."""
    out: set[str] = set()
    items = sorted(v for v in values if v)
    for i in range(0, len(items), 500):
        chunk = items[i : i + 500]
        out.update(s.scalars(select(column).where(column.in_(chunk)).group_by(column).having(func.count() > 1)))
    return out


def _report_duplicates(s: Session, dedupe: Any, rows: list[tuple[int, dict[str, Any], int]],
                       summary: ImportSummary) -> None:
    """Rows resembling customers loaded before them (on file, or earlier rows): the screens' engine.

    Only rows sharing a stored key (phone, ID, or a company's name) with another customer go through
    the engine, so that a large import into an empty database stays a bulk load.
    """
    phones = _colliding(s, Customer.phone_key, {r["phone_key"] for _, r, _ in rows})
    ids = _colliding(s, Customer.id_key, {r["id_key"] for _, r, _ in rows})
    names = _colliding(s, Customer.name_key, {r["name_key"] for _, r, _ in rows if r["customer_type"] == "company"})
    for line, rec, own_id in rows:
        hit = rec["phone_key"] in phones or rec["id_key"] in ids or (
            rec["customer_type"] == "company" and rec["name_key"] in names)
        if not hit:
            continue
        draft = {"customer_type": rec["customer_type"], "name": rec["name"], "phone": rec["phone"] or "",
                 "id_type": rec["id_type"] or "", "id_number": rec["id_number"] or ""}
        found = [c for c in dedupe.find_duplicates_in(s, draft, exclude_ids=(own_id,)) if c.customer_id < own_id]
        if found:
            summary.duplicates += 1
            summary.report.append({
                "line": line, "status": "duplicate", "code": rec["code"], "verdict": found[0].verdict,
                "duplicates_of": [c.customer_code for c in found],
            })


def import_vehicles(
    db: Database, path: Path, actor: Actor | None = None, progress: Callable[[int], None] | None = None
) -> ImportSummary:
    summary = ImportSummary("vehicles")
    with db.read() as s:
        centers = {rc.code: rc.id for rc in s.scalars(select(RepairCenter))}
    seen_vins: dict[str, int] = {}
    seen_plates: dict[str, int] = {}
    batch: list[tuple[int, dict[str, Any], str, list[int]]] = []
    counter = [0]

    def flush() -> None:
        if not batch:
            return
        with db.transaction() as s:
            vins = [rec["vin"] for _, rec, _, _ in batch]
            plates = [rec["plate"] for _, rec, _, _ in batch if rec["plate"]]
            owners = {oc for _, _, oc, _ in batch if oc}
            taken_vins = set(s.scalars(select(Vehicle.vin).where(Vehicle.vin.in_(vins))))
            taken_plates = set(s.scalars(select(Vehicle.plate).where(Vehicle.plate.in_(plates)))) if plates else set()
            owner_ids = dict(s.execute(select(Customer.code, Customer.id).where(Customer.code.in_(owners))).all()) if owners else {}
            start = s.scalar(select(Vehicle.id).order_by(Vehicle.id.desc()).limit(1)) or 0
            keep = []
            for line, rec, owner_code, center_ids in batch:
                if rec["vin"] in taken_vins:
                    _reject(summary, line, "vin", f"车架号 {rec['vin']} 已存在", f"VIN {rec['vin']} exists already")
                    continue
                if rec["plate"] and rec["plate"] in taken_plates:
                    _reject(summary, line, "plate", f"车牌 {rec['plate']} 已在其他车辆上", f"Plate {rec['plate']} is on another vehicle")
                    continue
                if owner_code and owner_code not in owner_ids:
                    _reject(summary, line, "owner_code", f"车主客户 {owner_code} 不存在", f"No customer {owner_code}")
                    continue
                rec["owner_id"] = owner_ids.get(owner_code) if owner_code else None
                counter[0] += 1
                rec["internal_code"] = f"IMP{start + counter[0]:09d}"
                keep.append((rec, center_ids))
            if keep:
                conn = s.connection()
                cols = tuple(keep[0][0])
                insert_rows(conn, Vehicle, cols, [tuple(rec[c] for c in cols) for rec, _ in keep])
                ids = dict(s.execute(select(Vehicle.vin, Vehicle.id).where(
                    Vehicle.vin.in_([rec["vin"] for rec, _ in keep]))).all())
                now = utcnow()
                insert_rows(conn, VehicleRepairCenter, ("vehicle_id", "repair_center_id", "created_at"),
                            [(ids[rec["vin"]], cid, now) for rec, cids in keep for cid in cids])
                search_index.index_new_vehicles(conn, [(ids[rec["vin"]], rec["plate"], cids) for rec, cids in keep])
            summary.loaded += len(keep)
        batch.clear()
        if progress:
            progress(summary.total)

    for line, row in _rows(path, VEHICLE_COLUMNS):
        summary.total += 1
        try:
            vin = validate_vin(row["vin"])
            if vin in seen_vins:
                raise ValidationError("vin", f"车架号 {vin} 在文件第 {seen_vins[vin]} 行已出现", f"VIN {vin} repeats line {seen_vins[vin]}")
            origin = _choice(row["origin"], ORIGINS, "origin", "来源", "Origin")
            model = validate_model(row["model"])
            plate = validate_plate(row["plate"]) if row["plate"] else None
            if plate and plate in seen_plates:
                raise ValidationError("plate", f"车牌 {plate} 在文件第 {seen_plates[plate]} 行已出现", f"Plate {plate} repeats line {seen_plates[plate]}")
            if row["plate_color"]:
                if not plate:
                    raise ValidationError("plate_color", "无车牌时不能填车牌颜色", "A plate colour needs a plate")
                color: str | None = validate_plate_color(row["plate_color"])
            else:
                color = default_plate_color(plate) if plate else None
            center_ids = []
            for cc in [c.strip() for c in row["repair_center_codes"].split("|") if c.strip()]:
                if cc not in centers:
                    raise ValidationError("repair_center_codes", f"维修中心 {cc} 不存在", f"No repair center {cc}")
                if centers[cc] not in center_ids:
                    center_ids.append(centers[cc])
        except ValidationError as exc:
            _reject(summary, line, exc.field, exc.message_zh, exc.message_en)
            continue
        seen_vins[vin] = line
        if plate:
            seen_plates[plate] = line
        now = utcnow()
        rec = {
            "origin": origin, "model": model, "vin": vin, "vin_rev": vin[::-1], "vin_nonstandard": False,
            "engine_no": row["engine_no"] or None, "color": row["color"] or None, "interior": row["interior"] or None,
            "plate": plate, "plate_color": color, "created_at": now, "updated_at": now, "version": 1,
            "created_by_id": actor.user_id if actor else None, "created_store_id": None,
        }
        batch.append((line, rec, row["owner_code"].strip(), center_ids))
        if len(batch) >= BATCH:
            flush()
    flush()
    summary.report.sort(key=lambda r: r["line"])
    return summary


def write_report(summary: ImportSummary, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for entry in summary.report:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
