"""Bulk CSV import of customers and vehicles (master-data migration).

Each row is checked with the same validators as the screens; valid rows load, invalid rows are
rejected and reported, one JSON line each, and never half-load. Customer rows that look like
duplicates of customers already on file (or of earlier rows) are loaded and reported with the codes
they resemble, found by the same duplicate-check engine as the screens. Rows are inserted in batches
with Core bulk inserts; the stored search keys are computed here since ORM events do not run.

Writes that hold:

- the file is read as UTF-8 (with or without BOM) or GB18030 (which covers GBK and GB2312); a Big5 or
  Shift-JIS file, which decodes as GB18030 bytes too, is recognised by the rare and garbled characters it
  then gives and refused up front (``encoding=`` overrides the detection);
- every text cell goes through :func:`desktop.rules.text.clean_text` (printable, one line, no spreadsheet
  formula, at most its column's length) before the row joins a batch; a line the CSV reader cannot read (a
  field over ``csv.field_size_limit``) is rejected with its field and the reader goes on with the next line;
- each batch is one transaction: it commits whole or not at all. Should its bulk insert still fail on a
  row the database refuses, the batch is split in halves under savepoints down to the failing rows, which
  alone are rejected; any other error stops the run, the batch rolled back, the batches before it kept;
- the report is written whatever happens (``report=``), with a ``stopped`` entry naming the first line
  that was not loaded when the run stopped.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import String, Table, func, select
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
from desktop.rules.messages import QT_TRANSLATE_NOOP, Message, Translatable
from desktop.rules.plate import default_plate_color, validate_plate, validate_plate_color
from desktop.rules.text import clean_text
from desktop.rules.vin import validate_vin
from desktop.services.auth import Actor
from desktop.services.customers import validate_core
from desktop.services.vehicles import validate_model
from desktop.storage import Database, search_index
from desktop.storage.bulk import insert_rows, refresh_statistics

CUSTOMER_COLUMNS = ("code", "customer_type", "category", "status", "name", "phone", "id_type", "id_number", "store_codes")
CUSTOMER_OPTIONAL = ("address", "contact_name", "email", "remark")
VEHICLE_COLUMNS = ("vin", "origin", "model", "engine_no", "color", "interior", "plate", "plate_color", "owner_code",
                   "repair_center_codes")
VEHICLE_OPTIONAL = ("options", "remark")
BATCH = 5000
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")
_REMARK_MAX = 2000  # remark is TEXT: a bound for an imported note all the same

Item = TypeVar("Item", bound=tuple[Any, ...])


class ImportFileError(Translatable, Exception):
    """The file itself cannot be imported (missing columns, unreadable, wrong encoding). ``str()`` gives the
    message in both languages ("中文 / English"), as the report and the command line show it."""

    def __init__(self, message: str | Message, *, params: Mapping[str, Any] | None = None) -> None:
        self._set_message(message, params)
        super().__init__(str(self.source))

    def __str__(self) -> str:
        return f"{self.message_zh} / {self.message_en}"


class ImportStopped(Exception):
    """The run stopped on an unexpected error: the batches before it are loaded, the batch in progress and
    the rest are not. ``summary`` says what was loaded; the report has a ``stopped`` entry."""

    def __init__(self, summary: ImportSummary, first_line: int, cause: BaseException) -> None:
        self.summary = summary
        self.first_line = first_line
        self.cause = cause
        super().__init__(f"import stopped at line {first_line}: {_describe(cause)}")


@dataclass
class ImportSummary:
    kind: str
    total: int = 0
    loaded: int = 0
    rejected: int = 0
    duplicates: int = 0
    report: list[dict[str, Any]] = field(default_factory=list)
    encoding: str | None = None

    def line(self) -> str:
        return (f"{self.kind}: {self.total} rows, {self.loaded} loaded, {self.rejected} rejected, "
                f"{self.duplicates} reported as possible duplicates")


# -- columns: (column length or raw bound, label zh, label en, formula guard, multi-line) ------------------------
def _length(table: Any, column: str) -> int:
    t: Table = table if isinstance(table, Table) else table.__table__
    return int(t.c[column].type.length)  # type: ignore[attr-defined]


# Values that a validator normalises (spaces, case) are bounded more loosely before it runs; what is stored is
# checked against its column afterwards (_check_stored).
_CUSTOMER_TEXT: dict[str, tuple[int, str, bool, bool]] = {
    "code": (_length(Customer, "code"), QT_TRANSLATE_NOOP("services.importing", "客户编码"), True, False),
    "customer_type": (_length(Customer, "customer_type"), QT_TRANSLATE_NOOP("services.importing", "客户类型"), True, False),
    "category": (_length(Customer, "category"), QT_TRANSLATE_NOOP("services.importing", "客户类别"), True, False),
    "status": (_length(Customer, "status"), QT_TRANSLATE_NOOP("services.importing", "状态"), True, False),
    "name": (_length(Customer, "name"), QT_TRANSLATE_NOOP("services.importing", "客户名称"), True, False),
    "phone": (_length(Customer, "phone"), QT_TRANSLATE_NOOP("services.importing", "主电话"), False, False),  # stored as digits only
    "id_type": (_length(Customer, "id_type"), QT_TRANSLATE_NOOP("services.importing", "证件类型"), True, False),
    "id_number": (_length(Customer, "id_number"), QT_TRANSLATE_NOOP("services.importing", "证件号码"), True, False),
    "store_codes": (1000, QT_TRANSLATE_NOOP("services.importing", "门店编码"), True, False),
    "address": (_length(Customer, "address"), QT_TRANSLATE_NOOP("services.importing", "地址"), True, False),
    "contact_name": (_length(Customer, "contact_name"), QT_TRANSLATE_NOOP("services.importing", "联系人"), True, False),
    "email": (_length(Customer, "email"), QT_TRANSLATE_NOOP("services.importing", "电子邮箱"), True, False),
    "remark": (_REMARK_MAX, QT_TRANSLATE_NOOP("services.importing", "备注"), True, True),
}
_VEHICLE_TEXT: dict[str, tuple[int, str, bool, bool]] = {
    "vin": (40, QT_TRANSLATE_NOOP("services.importing", "车架号"), True, False),  # spaces allowed, validate_vin checks the 17 characters
    "origin": (_length(Vehicle, "origin"), QT_TRANSLATE_NOOP("services.importing", "来源"), True, False),
    "model": (_length(Vehicle, "model"), QT_TRANSLATE_NOOP("services.importing", "车型"), True, False),
    "engine_no": (_length(Vehicle, "engine_no"), QT_TRANSLATE_NOOP("services.importing", "发动机号"), True, False),
    "color": (_length(Vehicle, "color"), QT_TRANSLATE_NOOP("services.importing", "颜色"), True, False),
    "interior": (_length(Vehicle, "interior"), QT_TRANSLATE_NOOP("services.importing", "内饰"), True, False),
    "options": (_length(Vehicle, "options"), QT_TRANSLATE_NOOP("services.importing", "选装"), True, False),
    "plate": (30, QT_TRANSLATE_NOOP("services.importing", "车牌号"), True, False),  # spaces allowed, validate_plate checks the plate
    "plate_color": (_length(Vehicle, "plate_color"), QT_TRANSLATE_NOOP("services.importing", "车牌颜色"), True, False),
    "owner_code": (_length(Customer, "code"), QT_TRANSLATE_NOOP("services.importing", "车主客户编码"), True, False),
    "repair_center_codes": (1000, QT_TRANSLATE_NOOP("services.importing", "维修中心编码"), True, False),
    "remark": (_REMARK_MAX, QT_TRANSLATE_NOOP("services.importing", "备注"), True, True),
}


def _cleaner(specs: dict[str, tuple[int, str, bool, bool]]) -> Callable[[dict[str, str], str], str | None]:
    def clean(row: dict[str, str], name: str) -> str | None:
        max_len, label, guard, multiline = specs[name]
        return clean_text(name, row.get(name), max_len=max_len, label=label, formula_guard=guard,
                          multiline=multiline)
    return clean


_clean_customer = _cleaner(_CUSTOMER_TEXT)
_clean_vehicle = _cleaner(_VEHICLE_TEXT)


def _string_limits(table: Any) -> dict[str, int]:
    return {c.name: int(c.type.length) for c in table.__table__.c
            if isinstance(c.type, String) and c.type.length is not None}


_CUSTOMER_LIMITS = _string_limits(Customer)
_VEHICLE_LIMITS = _string_limits(Vehicle)
# a stored column that a row's value is made from: the field a too-long key is reported on
_SOURCE_FIELD = {"name_key": "name", "name_suffix": "name", "pinyin_key": "name", "pinyin_compact": "name",
                 "initials": "name", "phone_key": "phone", "phone_rev": "phone", "id_key": "id_number",
                 "vin_rev": "vin"}
_LABELS = {**{k: v[1] for k, v in _VEHICLE_TEXT.items()}, **{k: v[1] for k, v in _CUSTOMER_TEXT.items()}}


def _check_stored(rec: dict[str, Any], limits: dict[str, int]) -> None:
    """Every string about to be stored fits its column (PostgreSQL would refuse it, SQLite keep it whole)."""
    for col, limit in limits.items():
        value = rec.get(col)
        if isinstance(value, str) and len(value) > limit:
            fld = _SOURCE_FIELD.get(col, col)
            raise ValidationError(fld, QT_TRANSLATE_NOOP("services.importing", "{label}过长：保存的 {col} 最多 {limit} 个字符"),
                                  code="too_long", params={"label": _LABELS.get(fld, fld), "col": col, "limit": limit})


# -- reading: encoding, lines, records ------------------------------------------------------------------------
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SAMPLE = 1_000_000  # decoded characters looked at for the Big5 / Shift-JIS check


@lru_cache(maxsize=65536)
def _gb_class(ch: str) -> int:
    """2: a GB2312 hanzi (levels 1-2) or full-width punctuation, digit or letter (rows 1-3): what Chinese text
    is made of. 1: another CJK ideograph (GBK's rarer ones, a rare name character). 0: anything else (kana,
    Greek, Cyrillic, box drawing, private use, four-byte GB18030): what Big5 or Shift-JIS bytes read as GB18030
    give."""
    try:
        lead = ch.encode("gb2312")[0]
    except UnicodeEncodeError:
        cp = ord(ch)
        return 1 if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF else 0
    return 2 if 0xB0 <= lead <= 0xF7 or 0xA1 <= lead <= 0xA3 else 0


def looks_like_gb_text(text: str) -> bool:
    """Plausibility of text decoded as GB18030: Chinese text is GB2312 characters with a few rare ones; Big5 and
    Shift-JIS bytes decode to a mix where common characters are a minority (Big5: ~40%, a quarter kana, Greek
    or private use; Shift-JIS: almost all rare GBK ideographs). One stray character is forgiven in a small
    sample."""
    counts = Counter(_NON_ASCII.findall(text, 0, _SAMPLE))
    total = sum(counts.values())
    if not total:
        return True
    common = rare = 0
    for ch, n in counts.items():
        kind = _gb_class(ch)
        if kind == 2:
            common += n
        elif kind == 0:
            rare += n
    return common >= 0.8 * total - 1 and rare <= max(1.0, 0.05 * total)


def _encoding_error(path: Path, what: str) -> ImportFileError:
    return ImportFileError(QT_TRANSLATE_NOOP(
        "services.importing", "文件 {path} {what}，只接受 UTF-8（可带 BOM）或 GB18030（GBK、GB2312）编码，请另存为 UTF-8 "
        "后重试，或用 --encoding 指定编码"), params={"path": str(path), "what": what})


def decode_file(raw: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used). UTF-8 with or without BOM, else GB18030 when the result reads as Chinese text;
    ``encoding`` overrides the detection. Raises :class:`ImportFileError` in both languages otherwise."""
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise ImportFileError(QT_TRANSLATE_NOOP("services.importing", "未知的编码 {encoding}"),
                                  params={"encoding": encoding}) from None
        if name == "utf-8":
            name = "utf-8-sig"
        try:
            return raw.decode(name), name
        except UnicodeDecodeError as exc:
            raise ImportFileError(QT_TRANSLATE_NOOP("services.importing", "文件 {path} 不是 {encoding} 编码：第 {byte} 字节无法解码"),
                                  params={"path": str(path), "encoding": encoding, "byte": exc.start}) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _encoding_error(path, QT_TRANSLATE_NOOP("services.importing", "是 UTF-16 编码（Excel 的“Unicode 文本”）"))
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        raise _encoding_error(path, QT_TRANSLATE_NOOP("services.importing", "既不是 UTF-8 也不是 GB18030 编码")) from None
    if not looks_like_gb_text(text):
        raise _encoding_error(path, QT_TRANSLATE_NOOP("services.importing", "像是 Big5 或 Shift-JIS 编码（按 GB18030 读出大量生僻字或乱码）"))
    return text, "gb18030"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(QT_TRANSLATE_NOOP("services.importing", "文件 {path} 不存在"),
                              params={"path": str(path)}) from None
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("services.importing", "文件 {path} 无法读取（{reason}）"),
                              params={"path": str(path), "reason": exc.strerror}) from None


class _Lines:
    """The decoded text line by line for the csv reader: counts the lines and keeps those of the record being
    read, so that a record the reader refuses can still be located and skipped."""

    def __init__(self, text: str) -> None:
        self._it = iter(io.StringIO(text, newline=""))
        self.count = 0
        self.record: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self._it)
        self.count += 1
        self.record.append(line)
        return line


# one CSV field at a position: quoted (possibly unterminated) or up to the next comma
_FIELD_RE = re.compile(r'"(?:[^"]*"")*[^"]*"?|[^,\r\n]*')


def _field_over(raw: str, limit: int) -> int | None:
    """Index of the first field of the record text ``raw`` longer than ``limit`` characters."""
    pos, idx = 0, 0
    while True:
        m = _FIELD_RE.match(raw, pos)
        if m is None:  # pragma: no cover - the pattern matches the empty string
            return None
        if m.end() - pos > limit:
            return idx
        if raw[m.end():m.end() + 1] != ",":
            return None
        pos, idx = m.end() + 1, idx + 1


def _unreadable(raw: str, header: list[str], exc: csv.Error) -> ValidationError:
    limit = csv.field_size_limit()
    idx = _field_over(raw, limit)
    fld = (header[idx] if idx < len(header) else f"column {idx + 1}") if idx is not None else "line"
    if "field larger than field limit" in str(exc):
        return ValidationError(
            fld, QT_TRANSLATE_NOOP("services.importing", "{field} 字段超过 CSV 单个字段的上限 {limit} 个字符，整行未导入"),
            code="field_too_large", params={"field": fld, "limit": limit},
        )
    return ValidationError(
        fld, QT_TRANSLATE_NOOP("services.importing", "该行无法按 CSV 读取：{reason}"),
        code="csv", params={"reason": str(exc)},
    )


def _skip_open_quote(lines: _Lines) -> None:
    """The reader stopped inside a quoted field: drop the lines up to the one that closes it, so that the rest of
    the refused record is not read as records of its own."""
    for line in lines:
        if line.count('"') % 2:
            return


def _rows(text: str, path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str] | ValidationError]]:
    """(physical line where the record starts, row or the reason it cannot be read) for every record; header =
    line 1. Cells are raw (the cleaners strip them)."""
    lines = _Lines(text)
    reader = csv.reader(lines)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ImportFileError(QT_TRANSLATE_NOOP("services.importing", "文件 {path} 是空的"), params={"path": str(path)}) from None
    except csv.Error as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("services.importing", "文件 {path} 的表头无法读取：{reason}"),
                              params={"path": str(path), "reason": str(exc)}) from None
    missing = [c for c in columns if c not in header]
    if missing:
        raise ImportFileError(QT_TRANSLATE_NOOP("services.importing", "文件 {path} 缺少列 {missing}（应有 {expected}）"),
                              params={"path": str(path), "missing": ", ".join(missing), "expected": ",".join(columns)})
    width = len(header)
    while True:
        start = lines.count + 1
        lines.record = []
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raw = "".join(lines.record)
            yield start, _unreadable(raw, header, exc)
            if raw.count('"') % 2:
                _skip_open_quote(lines)
            continue
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > width and any(cell.strip() for cell in record[width:]):
            yield start, ValidationError(
                "columns", QT_TRANSLATE_NOOP("services.importing", "该行有 {n} 列，表头只有 {width} 列（引号或逗号有误？）"),
                code="columns", params={"n": len(record), "width": width},
            )
            continue
        yield start, {name: (record[i] if i < len(record) else "") for i, name in enumerate(header)}


# -- report ---------------------------------------------------------------------------------------------------
def _rejection(line: int, fld: str, reason: Message) -> dict[str, Any]:
    return {"line": line, "status": "rejected", "field": fld, "reason": f"{reason.text('zh_CN')} / {reason.text('en')}"}


def _reject(summary: ImportSummary, line: int, exc: ValidationError) -> None:
    summary.rejected += 1
    summary.report.append(_rejection(line, exc.field, exc.as_message()))


def _merge(summary: ImportSummary, entries: list[dict[str, Any]]) -> None:
    """A committed batch's report entries."""
    for e in entries:
        if e["status"] == "rejected":
            summary.rejected += 1
        elif e["status"] == "duplicate":
            summary.duplicates += 1
    summary.report.extend(entries)


def _describe(exc: BaseException) -> str:
    from desktop.storage.errors import classify, is_database_error

    if is_database_error(exc):
        return classify(exc).message("en")
    first = (str(exc).splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def _stopped(summary: ImportSummary, first_line: int, exc: BaseException) -> None:
    reason = Message.of(QT_TRANSLATE_NOOP(
        "services.importing", "导入因错误中止，第 {line} 行起的行均未导入（此前的批次已导入）：{error}"),
        {"line": first_line, "error": _describe(exc)})
    summary.report.append({"line": first_line, "status": "stopped", "field": None,
                           "reason": f"{reason.text('zh_CN')} / {reason.text('en')}"})


@contextmanager
def _reported(summary: ImportSummary, report: Path | None, first_line: Callable[[], int]) -> Iterator[None]:
    """One import run: a refused file is reported as such; an unexpected error (Ctrl-C too) is reported with the
    line of the first row not loaded (``first_line()``) and raised as :class:`ImportStopped`; the report is
    written whatever happens."""
    try:
        yield
    except ImportFileError as exc:
        summary.report.append({"line": 0, "status": "refused", "field": None, "reason": str(exc)})
        raise
    except BaseException as exc:
        first = first_line()
        _stopped(summary, first, exc)
        if isinstance(exc, Exception):
            raise ImportStopped(summary, first, exc) from exc
        raise
    finally:
        summary.report.sort(key=lambda r: r["line"])
        if report is not None:
            write_report(summary, report)


def write_report(summary: ImportSummary, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for entry in summary.report:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


# -- inserting a batch ----------------------------------------------------------------------------------------
def _is_row_error(exc: BaseException) -> bool:
    """The database refused a row's values (constraint, too long, NUL, encoding): only that row fails."""
    from sqlalchemy import exc as sa_exc

    orig: Any = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if isinstance(orig, sqlite3.IntegrityError | sqlite3.DataError):
        return True
    if type(orig).__module__.startswith("psycopg"):
        import psycopg

        return isinstance(orig, psycopg.IntegrityError | psycopg.DataError)
    return False


def _insert_guarded(s: Session, items: Sequence[Item], insert: Callable[[Session, Sequence[Item]], list[Any]],
                    refuse: Callable[[Item, BaseException], None]) -> list[Any]:
    """``insert(items)`` under a savepoint; when the database refuses a row, the halves are tried apart, down to
    the single rows it refuses, which go to ``refuse``. Any other error is raised."""
    if not items:
        return []
    try:
        with s.begin_nested():
            return insert(s, items)
    except Exception as exc:
        if not _is_row_error(exc):
            raise
        if len(items) == 1:
            refuse(items[0], exc)
            return []
    mid = len(items) // 2
    return (_insert_guarded(s, items[:mid], insert, refuse)
            + _insert_guarded(s, items[mid:], insert, refuse))


def _db_rejection(line: int, rec: dict[str, Any], limits: dict[str, int], exc: BaseException) -> dict[str, Any]:
    from desktop.storage.errors import UniqueViolation, classify

    err = classify(exc)
    fld = "row"
    if isinstance(err, UniqueViolation) and err.columns:
        fld = _SOURCE_FIELD.get(err.columns[0], err.columns[0])
    else:
        for col, value in rec.items():
            if isinstance(value, str) and ("\x00" in value or len(value) > limits.get(col, len(value))):
                fld = _SOURCE_FIELD.get(col, col)
                break
    return _rejection(line, fld, Message.of(QT_TRANSLATE_NOOP("services.importing", "数据库拒绝保存该行：{error}"),
                                            {"error": err.as_message()}))


# -- customers ------------------------------------------------------------------------------------------------
def _choice(value: str | None, allowed: tuple[str, ...], fld: str, label: str) -> str:
    v = (value or "").strip().lower()
    if v not in allowed:
        raise ValidationError(fld, QT_TRANSLATE_NOOP("services.importing", "{label}须为 {allowed}：{value}"),
                              params={"label": label, "allowed": "|".join(allowed), "value": repr(value)})
    return v


CustomerItem = tuple[int, dict[str, Any], list[int]]


def _existing_codes(s: Session, codes: list[str]) -> set[str]:
    return set(s.scalars(select(Customer.code).where(Customer.code.in_(codes))))


def _insert_customers(s: Session, items: Sequence[CustomerItem]) -> list[tuple[int, dict[str, Any], int]]:
    conn = s.connection()
    cols = tuple(items[0][1])
    insert_rows(conn, Customer, cols, [tuple(rec[c] for c in cols) for _, rec, _ in items])
    ids = dict(s.execute(select(Customer.code, Customer.id).where(
        Customer.code.in_([rec["code"] for _, rec, _ in items]))).all())
    now = utcnow()
    insert_rows(conn, CustomerChannel, ("customer_id", "store_id", "created_at"),
                [(ids[rec["code"]], sid, now) for _, rec, store_ids in items for sid in store_ids])
    search_index.index_new_customers(conn, [(ids[rec["code"]], store_ids, rec) for _, rec, store_ids in items])
    return [(line, rec, ids[rec["code"]]) for line, rec, _ in items]


def import_customers(
    db: Database, path: Path, actor: Actor | None = None, progress: Callable[[int], None] | None = None,
    *, encoding: str | None = None, report: Path | None = None,
) -> ImportSummary:
    """Load the customers of a CSV file (CUSTOMER_COLUMNS, optionally CUSTOMER_OPTIONAL). ``report``: the JSON
    lines report, written whatever happens. Raises :class:`ImportFileError` for a file that cannot be read,
    :class:`ImportStopped` when an unexpected error stops the run."""
    from desktop.services import dedupe

    summary = ImportSummary("customers")
    batch: list[CustomerItem] = []
    analyzed_at = [0]  # rows loaded when the statistics were last refreshed
    line = 0
    with _reported(summary, report, lambda: batch[0][0] if batch else line):
        text, summary.encoding = decode_file(_read(path), path, encoding)
        with db.read() as s:
            stores = {st.code: st.id for st in s.scalars(select(Store))}
        seen_codes: set[str] = set()

        def flush() -> None:
            if not batch:
                return
            entries: list[dict[str, Any]] = []
            with db.transaction() as s:
                existing = _existing_codes(s, [r["code"] for _, r, _ in batch])
                keep = []
                for item in batch:
                    ln, rec, _ = item
                    if rec["code"] in existing:
                        entries.append(_rejection(ln, "code", Message.of(QT_TRANSLATE_NOOP(
                            "services.importing", "客户编码 {code} 已存在"), {"code": rec["code"]})))
                        continue
                    keep.append(item)
                loaded = _insert_guarded(s, keep, _insert_customers, lambda it, exc: entries.append(
                    _db_rejection(it[0], it[1], _CUSTOMER_LIMITS, exc)))
                if loaded:
                    conn = s.connection()
                    if summary.loaded + len(loaded) >= 2 * analyzed_at[0]:  # the tables doubled: plan for what is there
                        refresh_statistics(conn, Customer, CustomerGram, CustomerChannel)
                        analyzed_at[0] = summary.loaded + len(loaded)
                    _report_duplicates(s, dedupe, loaded, entries)
            _merge(summary, entries)  # committed
            summary.loaded += len(loaded)
            batch.clear()
            if progress:
                progress(summary.total)

        for line, row in _rows(text, path, CUSTOMER_COLUMNS):
            summary.total += 1
            try:
                if isinstance(row, ValidationError):
                    raise row
                store_ids, rec = _customer_record(row, stores, seen_codes, actor)
            except ValidationError as exc:
                _reject(summary, line, exc)
                continue
            seen_codes.add(rec["code"])
            batch.append((line, rec, store_ids))
            if len(batch) >= BATCH:
                flush()
        flush()
    return summary


def _customer_record(row: dict[str, str], stores: dict[str, int], seen_codes: set[str],
                     actor: Actor | None) -> tuple[list[int], dict[str, Any]]:
    """(store ids, the row as stored) of a valid customer row; raises ValidationError naming the field."""
    clean = _clean_customer
    code = clean(row, "code")
    if not code:
        raise ValidationError("code", QT_TRANSLATE_NOOP("services.importing", "客户编码必填"), code="required")
    if code in seen_codes:
        raise ValidationError(
            "code", QT_TRANSLATE_NOOP("services.importing", "客户编码 {code} 在文件中重复"),
            params={"code": code},
        )
    ctype = _choice(clean(row, "customer_type"), CUSTOMER_TYPES, "customer_type", QT_TRANSLATE_NOOP("services.importing", "客户类型"))
    category = _choice(clean(row, "category"), CATEGORIES, "category", QT_TRANSLATE_NOOP("services.importing", "客户类别"))
    status = _choice(clean(row, "status"), STATUSES, "status", QT_TRANSLATE_NOOP("services.importing", "状态"))
    core = validate_core(ctype, clean(row, "name") or "", clean(row, "phone") or "", clean(row, "id_type"),
                         clean(row, "id_number"))
    store_ids: list[int] = []
    for sc in [c.strip() for c in (clean(row, "store_codes") or "").split("|") if c.strip()]:
        if sc not in stores:
            raise ValidationError(
                "store_codes", QT_TRANSLATE_NOOP("services.importing", "门店 {code} 不存在"),
                params={"code": sc},
            )
        if stores[sc] not in store_ids:
            store_ids.append(stores[sc])
    extra = {name: clean(row, name) for name in CUSTOMER_OPTIONAL}
    if extra["email"] is not None:  # the same check as the customer record's (email-validator, no network)
        from desktop.services.customers import clean_email

        extra["email"] = clean_email(extra["email"])
    now = utcnow()
    rec: dict[str, Any] = {
        "code": code, "customer_type": ctype, "category": category, "status": status,
        "business": "sales" if category == "potential" else "after_sales",
        "name": core.name, "phone": core.phone, "id_type": core.id_type, "id_number": core.id_number,
        "finance_customer_code": None, "special": False, "created_at": now, "updated_at": now,
        "created_by_id": actor.user_id if actor else None,
        "created_store_id": store_ids[0] if store_ids else None, "version": 1,
        **extra,
    }
    rec.update(customer_search_keys(ctype, core.name, core.phone, core.id_number))
    _check_stored(rec, _CUSTOMER_LIMITS)
    return store_ids, rec


def _colliding(s: Session, column: Any, values: set[str]) -> set[str]:
    """The values of ``column`` among ``values`` that more than one customer holds."""
    out: set[str] = set()
    items = sorted(v for v in values if v)
    for i in range(0, len(items), 500):
        chunk = items[i : i + 500]
        out.update(s.scalars(select(column).where(column.in_(chunk)).group_by(column).having(func.count() > 1)))
    return out


def _report_duplicates(s: Session, dedupe: Any, rows: list[tuple[int, dict[str, Any], int]],
                       entries: list[dict[str, Any]]) -> None:
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
            entries.append({
                "line": line, "status": "duplicate", "code": rec["code"], "verdict": found[0].verdict,
                "duplicates_of": [c.customer_code for c in found],
            })


# -- vehicles -------------------------------------------------------------------------------------------------
VehicleItem = tuple[int, dict[str, Any], list[int]]


def _insert_vehicles(s: Session, items: Sequence[VehicleItem]) -> list[int]:
    conn = s.connection()
    cols = tuple(items[0][1])
    insert_rows(conn, Vehicle, cols, [tuple(rec[c] for c in cols) for _, rec, _ in items])
    ids = dict(s.execute(select(Vehicle.vin, Vehicle.id).where(
        Vehicle.vin.in_([rec["vin"] for _, rec, _ in items]))).all())
    now = utcnow()
    insert_rows(conn, VehicleRepairCenter, ("vehicle_id", "repair_center_id", "created_at"),
                [(ids[rec["vin"]], cid, now) for _, rec, cids in items for cid in cids])
    search_index.index_new_vehicles(conn, [(ids[rec["vin"]], rec["plate"], cids) for _, rec, cids in items])
    search_index.index_new_vins(conn, [(ids[rec["vin"]], rec["vin"]) for _, rec, _ in items])  # V8 typo check
    return [ids[rec["vin"]] for _, rec, _ in items]


def import_vehicles(
    db: Database, path: Path, actor: Actor | None = None, progress: Callable[[int], None] | None = None,
    *, encoding: str | None = None, report: Path | None = None,
) -> ImportSummary:
    """Load the vehicles of a CSV file (VEHICLE_COLUMNS, optionally VEHICLE_OPTIONAL); see import_customers."""
    summary = ImportSummary("vehicles")
    batch: list[tuple[int, dict[str, Any], str, list[int]]] = []
    counter = [0]
    line = 0
    with _reported(summary, report, lambda: batch[0][0] if batch else line):
        text, summary.encoding = decode_file(_read(path), path, encoding)
        with db.read() as s:
            centers = {rc.code: rc.id for rc in s.scalars(select(RepairCenter))}
        seen_vins: dict[str, int] = {}
        seen_plates: dict[str, int] = {}

        def flush() -> None:
            if not batch:
                return
            entries: list[dict[str, Any]] = []
            with db.transaction() as s:
                vins = [rec["vin"] for _, rec, _, _ in batch]
                plates = [rec["plate"] for _, rec, _, _ in batch if rec["plate"]]
                owners = {oc for _, _, oc, _ in batch if oc}
                taken_vins = set(s.scalars(select(Vehicle.vin).where(Vehicle.vin.in_(vins))))
                taken_plates = set(s.scalars(select(Vehicle.plate).where(Vehicle.plate.in_(plates)))) if plates else set()
                owner_ids = dict(s.execute(select(Customer.code, Customer.id).where(Customer.code.in_(owners))).all()) if owners else {}
                start = s.scalar(select(Vehicle.id).order_by(Vehicle.id.desc()).limit(1)) or 0
                keep: list[VehicleItem] = []
                for ln, rec, owner_code, center_ids in batch:
                    if rec["vin"] in taken_vins:
                        entries.append(_rejection(ln, "vin", Message.of(QT_TRANSLATE_NOOP(
                            "services.importing", "车架号 {vin} 已存在"), {"vin": rec["vin"]})))
                        continue
                    if rec["plate"] and rec["plate"] in taken_plates:
                        entries.append(_rejection(ln, "plate", Message.of(QT_TRANSLATE_NOOP(
                            "services.importing", "车牌 {plate} 已在其他车辆上"), {"plate": rec["plate"]})))
                        continue
                    if owner_code and owner_code not in owner_ids:
                        entries.append(_rejection(ln, "owner_code", Message.of(QT_TRANSLATE_NOOP(
                            "services.importing", "车主客户 {code} 不存在"), {"code": owner_code})))
                        continue
                    rec["owner_id"] = owner_ids.get(owner_code) if owner_code else None
                    counter[0] += 1
                    rec["internal_code"] = f"IMP{start + counter[0]:09d}"
                    keep.append((ln, rec, center_ids))
                loaded = _insert_guarded(s, keep, _insert_vehicles, lambda it, exc: entries.append(
                    _db_rejection(it[0], it[1], _VEHICLE_LIMITS, exc)))
            _merge(summary, entries)  # committed
            summary.loaded += len(loaded)
            batch.clear()
            if progress:
                progress(summary.total)

        for line, row in _rows(text, path, VEHICLE_COLUMNS):
            summary.total += 1
            try:
                if isinstance(row, ValidationError):
                    raise row
                rec, owner_code, center_ids = _vehicle_record(row, centers, seen_vins, seen_plates, actor)
            except ValidationError as exc:
                _reject(summary, line, exc)
                continue
            seen_vins[rec["vin"]] = line
            if rec["plate"]:
                seen_plates[rec["plate"]] = line
            batch.append((line, rec, owner_code, center_ids))
            if len(batch) >= BATCH:
                flush()
        flush()
    return summary


def _vehicle_record(row: dict[str, str], centers: dict[str, int], seen_vins: dict[str, int],
                    seen_plates: dict[str, int], actor: Actor | None) -> tuple[dict[str, Any], str, list[int]]:
    """(the row as stored, owner code, repair center ids) of a valid vehicle row; raises ValidationError."""
    clean = _clean_vehicle
    vin = validate_vin(clean(row, "vin") or "")
    if vin in seen_vins:
        raise ValidationError(
            "vin", QT_TRANSLATE_NOOP("services.importing", "车架号 {vin} 在文件第 {line} 行已出现"),
            params={"vin": vin, "line": seen_vins[vin]},
        )
    origin = _choice(clean(row, "origin"), ORIGINS, "origin", QT_TRANSLATE_NOOP("services.importing", "来源"))
    model = validate_model(clean(row, "model") or "")
    raw_plate = clean(row, "plate")
    plate = validate_plate(raw_plate) if raw_plate else None
    if plate and plate in seen_plates:
        raise ValidationError(
            "plate", QT_TRANSLATE_NOOP("services.importing", "车牌 {plate} 在文件第 {line} 行已出现"),
            params={"plate": plate, "line": seen_plates[plate]},
        )
    raw_color = clean(row, "plate_color")
    if raw_color:
        if not plate:
            raise ValidationError("plate_color", QT_TRANSLATE_NOOP("services.importing", "无车牌时不能填车牌颜色"))
        color: str | None = validate_plate_color(raw_color)
    else:
        color = default_plate_color(plate) if plate else None
    center_ids: list[int] = []
    for cc in [c.strip() for c in (clean(row, "repair_center_codes") or "").split("|") if c.strip()]:
        if cc not in centers:
            raise ValidationError(
                "repair_center_codes", QT_TRANSLATE_NOOP("services.importing", "维修中心 {code} 不存在"),
                params={"code": cc},
            )
        if centers[cc] not in center_ids:
            center_ids.append(centers[cc])
    now = utcnow()
    rec: dict[str, Any] = {
        "origin": origin, "model": model, "vin": vin, "vin_rev": vin[::-1], "vin_nonstandard": False,
        "engine_no": clean(row, "engine_no"), "color": clean(row, "color"), "interior": clean(row, "interior"),
        "options": clean(row, "options"), "remark": clean(row, "remark"),
        "plate": plate, "plate_color": color, "created_at": now, "updated_at": now, "version": 1,
        "created_by_id": actor.user_id if actor else None, "created_store_id": None,
    }
    _check_stored(rec, _VEHICLE_LIMITS)
    return rec, clean(row, "owner_code") or "", center_ids
