"""Issue #14 item 5: one translation system.

Every user-visible text is Chinese source text in the Qt catalogue ``resources/translations/app_en.ts``, English as
its translation: the UI's ``tr()`` / ``QCoreApplication.translate()`` strings and the messages of the rules, the
services and the storage layer (marked with ``desktop.rules.messages.QT_TRANSLATE_NOOP``, which
``pyside6-lupdate`` reads from plain Python). Here:

- the shipped catalogue is finished (no unfinished, vanished or obsolete entry, no entry without a context, the
  same placeholders in source and translation) and ``app_en.qm`` is compiled from it;
- ``pyside6-lupdate`` run on the sources now finds exactly the catalogue's strings (none new and untranslated,
  none gone);
- no Chinese literal in the UI bypasses the catalogue, no Chinese literal below the UI is raised or used as a
  label without the marker, and no Chinese / English pair is written in code anywhere;
- errors read in English through the server's error body (and back on the workstation) and without Qt.
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import desktop
from desktop.rules import messages
from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP, Message, Text
from desktop.rules.vin import validate_vin
from desktop.services import api
from desktop.services.auth import PermissionDenied
from desktop.services.errors import RuleViolation
from desktop.storage import errors as storage

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
TS = ROOT / "resources" / "translations" / "app_en.ts"
QM = ROOT / "resources" / "translations" / "app_en.qm"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007]|[\U00020000-\U000323af]")

#: Chinese literals in desktop/ui outside the catalogue, with the reason
UI_ALLOWED: dict[str, str] = {
    "| 键 | 在哪里 | 作用 |": "header of the shortcut table shortcuts.guide_table writes into the Chinese guide "
                           "(docs/使用说明.md); the document, never the UI, and its English version has its own",
}
#: modules below the UI whose Chinese literals are data, never a message, with the reason (the checks below only
#: look at message positions; these are not looked at at all)
DATA_MODULES: dict[str, str] = {
    "desktop/demo.py": "demo data: Chinese names, addresses and models of the demo group",
    "desktop/migrations": "schema migrations: the special-customer seed list and name-key fixes (data)",
}


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease (PySide6-Essentials ships both)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    binary = Path(PySide6.__file__).parent / name
    assert binary.exists(), f"pyside6-{name} not found: install PySide6-Essentials"
    return str(binary)


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            out.append((name, message.findtext("source") or "", translation))
    return out


def _fields(text: str) -> set[str]:
    try:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise AssertionError(f"not a format string: {text!r} ({exc})") from None


def _python_sources() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


# -- (a) the shipped catalogue -----------------------------------------------------------------------------------
def test_the_catalogue_is_finished() -> None:
    problems = []
    for context, source, translation in _messages(TS):
        where = f"{context!r} {source[:40]!r}"
        if not context:
            problems.append(f"{where}: no context (a tr() lupdate could not place in a class: the app never finds it)")
        # a count ("%n 条记录"): English has its forms (one, more), each a whole translation
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type"):
            problems.append(f"{where}: {translation.get('type')}")
        elif not all(form.strip() for form in forms):
            problems.append(f"{where}: empty translation")
        for form in forms:
            if form.strip() and _fields(source) != _fields(form):
                problems.append(f"{where}: placeholders {sorted(_fields(source))} != {sorted(_fields(form))}")
            if form.strip() and ("%n" in source) != ("%n" in form):
                problems.append(f"{where}: the count %n is in one of source and translation only")
    assert not problems, "\n".join(problems)


def test_the_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "app_en.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "app_en.qm is stale: run pyside6-lrelease (README, Translations)"


# -- (b) the sources against the catalogue ------------------------------------------------------------------------
def test_lupdate_finds_exactly_the_catalogues_strings(tmp_path: Path) -> None:
    """Every marked or tr() string of the code is in the catalogue, translated; nothing there is gone from the
    code (README, Translations: lupdate, apply_tsv.py, lrelease)."""
    copy = tmp_path / "app_en.ts"
    shutil.copy(TS, copy)
    subprocess.run([_tool("lupdate"), *map(str, _python_sources()), "-ts", str(copy), "-no-obsolete"],
                   check=True, capture_output=True)
    shipped = {(c, s) for c, s, _t in _messages(TS)}
    found = {(c, s): t for c, s, t in _messages(copy)}
    new = sorted(key for key, t in found.items() if t.get("type") or key not in shipped)
    gone = sorted(shipped - set(found))
    assert not new, "strings without a translation (lupdate, then apply_tsv.py):\n" + \
        "\n".join(f"{c}\t{s}" for c, s in new)
    assert not gone, "catalogue strings no longer in the code (lupdate -no-obsolete):\n" + \
        "\n".join(f"{c}\t{s}" for c, s in gone)


def test_lupdate_reads_the_marker_from_plain_python(tmp_path: Path) -> None:
    """The marker works outside any Qt class, with the context given, in every shape a message is written."""
    module = tmp_path / "m.py"
    module.write_text(
        "from desktop.rules.messages import QT_TRANSLATE_NOOP\n"
        "def f(x):\n"
        "    raise ValueError(QT_TRANSLATE_NOOP(\"services.m\", \"第一行，\"\n"
        "                                       \"第二行 {x}\"), x)\n"
        "TABLE = {\"a\": QT_TRANSLATE_NOOP(\"rules.m\", \"含“引号”和 \\\"quote\\\"\")}\n", encoding="utf-8")
    ts = tmp_path / "m.ts"
    subprocess.run([_tool("lupdate"), str(module), "-ts", str(ts)], check=True, capture_output=True)
    assert {(c, s) for c, s, _t in _messages(ts)} == {("services.m", "第一行，第二行 {x}"),
                                                        ("rules.m", "含“引号”和 \"quote\"")}


# -- (c) nothing bypasses the catalogue -----------------------------------------------------------------------------
def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                out.add(id(first.value))
    return out


def _name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _cjk_constants(node: ast.AST) -> list[ast.Constant]:
    return [n for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str) and CJK.search(n.value)]


def _marked(tree: ast.AST, names: set[str]) -> set[int]:
    """The string literals passed to one of ``names`` (tr, translate, QT_TRANSLATE_NOOP)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in names:
            for arg in node.args:
                if isinstance(arg, ast.Constant):
                    out.add(id(arg))
    return out


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_chinese_literal_in_the_ui_bypasses_the_catalogue() -> None:
    problems = []
    for path in sorted((SOURCES / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _marked(tree, {"tr", "translate", "QT_TRANSLATE_NOOP"})
        for node in _cjk_constants(tree):
            if id(node) not in skip and node.value not in UI_ALLOWED:
                problems.append(f"{_relative(path)}:{node.lineno}: {node.value[:50]!r}")
        for node in ast.walk(tree):  # lupdate reads the context only when it is written out
            if isinstance(node, ast.Call) and _name(node.func) in ("translate", "QT_TRANSLATE_NOOP") and node.args \
                    and _cjk_constants(node) and not isinstance(node.args[0], ast.Constant):
                problems.append(f"{_relative(path)}:{node.lineno}: the context of {_name(node.func)}() is not a literal")
    assert not problems, "Chinese text shown without the catalogue (self.tr / translate):\n" + "\n".join(problems)


def _error_classes() -> set[str]:
    """Names of the exception classes of the layers below the UI (their arguments are messages)."""
    import importlib

    names = {"ValidationError", "Message"}
    for path in _below_ui():
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        names |= {name for name, obj in vars(module).items()
                  if isinstance(obj, type) and issubclass(obj, BaseException)}
    return names


def _below_ui() -> list[Path]:
    paths = [*sorted((SOURCES / "rules").rglob("*.py")), *sorted((SOURCES / "services").rglob("*.py")),
             *sorted((SOURCES / "storage").rglob("*.py")), SOURCES / "backend.py"]
    return [p for p in paths if not any(_relative(p).startswith(m) for m in DATA_MODULES)]


_MESSAGE_KEYWORDS = {"label", "message", "source", "what", "reason"}


def test_below_the_ui_every_message_is_marked() -> None:
    """A Chinese literal raised, given to an error, passed as a label or message, or set as an error class's
    ``source`` is a QT_TRANSLATE_NOOP argument (data such as plate characters, legal-form words or audit notes
    in the group's language is not a message)."""
    errors = _error_classes()
    problems = []
    for path in _below_ui():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        ok = _docstrings(tree) | _marked(tree, {"QT_TRANSLATE_NOOP"})
        spots: list[ast.AST] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and node.exc is not None:
                spots.append(node.exc)
            elif isinstance(node, ast.Call):
                if _name(node.func) in errors or _name(node.func) == "of":
                    spots.extend(node.args)
                spots.extend(k.value for k in node.keywords if k.arg in _MESSAGE_KEYWORDS or k.arg == "params")
            elif isinstance(node, ast.ClassDef):
                for stmt in node.body:
                    if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id in
                                                            ("source", "message_zh", "message_en")
                                                            for t in stmt.targets):
                        spots.append(stmt.value)
        for spot in spots:
            for const in _cjk_constants(spot):
                if id(const) not in ok:
                    problems.append(f"{_relative(path)}:{const.lineno}: {const.value[:50]!r}")
    assert not problems, "messages below the UI not marked with QT_TRANSLATE_NOOP:\n" + "\n".join(sorted(set(problems)))


def _english(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and not CJK.search(node.value) \
        and bool(re.search(r"[A-Za-z]{2,}", node.value))


def _chinese(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(CJK.search(node.value))


def test_no_chinese_english_pair_is_written_in_code() -> None:
    """English belongs in the catalogue: ``("中文", "English")`` as a tuple, or as two arguments side by side,
    is the old way of writing a message (``ValidationError(field, zh, en)``)."""
    problems = []
    for path in _python_sources():
        if any(_relative(path).startswith(m) for m in DATA_MODULES):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            items: list[ast.expr] = []
            if isinstance(node, ast.Tuple | ast.List):
                items = node.elts
            elif isinstance(node, ast.Call):
                items = node.args
            for first, second in zip(items, items[1:], strict=False):
                if _chinese(first) and _english(second):
                    problems.append(f"{_relative(path)}:{first.lineno}: {first.value[:30]!r} / {second.value[:30]!r}")  # type: ignore[attr-defined]
    assert not problems, "\n".join(problems)


# -- (d) English without Qt: the server's error body and the workstation ---------------------------------------------
def _samples() -> list[BaseException]:
    try:
        validate_vin("LSVAG2181MA90001")
    except ValidationError as exc:
        too_short = exc
    try:
        validate_vin("LSVAG2181MA9O0001")
    except ValidationError as exc:
        ioq = exc
    return [too_short, ioq, RuleViolation(QT_TRANSLATE_NOOP("services.work_orders", "车辆和车主都带出后才能开工单：请先维护车主，再重新开始接车"),
                                          rule="W5"),
            PermissionDenied("customer.merge"), storage.DatabaseBusy(), storage.SchemaTooOld()]


@pytest.mark.parametrize("index", range(6))
def test_errors_read_in_english_through_the_error_body(index: int) -> None:
    exc = _samples()[index]
    _status, body = api.error_body(exc)
    error = body["error"]
    assert error["message_en"] and not CJK.search(error["message_en"]), error
    assert CJK.search(error["message_zh"]), error
    assert error["source"] and error["context"], error
    with pytest.raises(type(exc)) as again:  # the workstation raises it again and reads it with its catalogue
        api.raise_from_body(body)
    assert again.value.message("en") == error["message_en"] == exc.message("en")  # type: ignore[attr-defined]
    assert again.value.message("zh_CN") == error["message_zh"]  # type: ignore[attr-defined]


def test_a_message_with_marked_parameters_translates_them_too() -> None:
    exc = PermissionDenied("customer.merge")
    assert exc.message_en == "Not permitted: merge duplicate customers"
    assert exc.message_zh == "无权限：合并重复客户"
    wrapped = Message.of(QT_TRANSLATE_NOOP("services.customers", "联系人电话：{reason}"), {"reason": exc.as_message()})
    assert wrapped.text("en") == "Contact phone: Not permitted: merge duplicate customers"
    encoded = Message.from_json(wrapped.to_json())
    assert encoded == wrapped and encoded.text("en") == wrapped.text("en")


def test_the_marker_is_the_source_and_keeps_its_context() -> None:
    marked = QT_TRANSLATE_NOOP("rules.text", "{label}必填")
    assert marked == "{label}必填" and isinstance(marked, Text) and marked.context == "rules.text"
    assert messages.tr(marked, "en") == "{label} is required"
    assert messages.tr("不是标记的文字", "en") == "不是标记的文字"


def test_the_catalogue_is_found_where_the_app_looks_for_resources() -> None:
    from desktop.config import resource_path

    assert resource_path("translations", "app_en.ts") == TS
    assert messages.catalogue("en") == messages.load_catalogue(TS)
    assert Path(desktop.__file__).parent == SOURCES


def test_apply_tsv_fills_translations_in_lupdates_layout(tmp_path: Path) -> None:
    """resources/translations/apply_tsv.py: a helper's TSV of new strings becomes finished translations; only the
    <translation> elements change, a line matching nothing is reported."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("apply_tsv", ROOT / "resources" / "translations" / "apply_tsv.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    ts = tmp_path / "t.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n'
                  "<context>\n    <name>Ctx</name>\n    <message>\n        <source>保存 &quot;{0}&quot;</source>\n"
                  '        <translation type="unfinished"></translation>\n    </message>\n    <message>\n'
                  "        <source>取消</source>\n        <translation type=\"unfinished\"></translation>\n"
                  "    </message>\n</context>\n</TS>\n", encoding="utf-8")
    tsv = tmp_path / "new.tsv"
    tsv.write_text('# helper\nCtx\t保存 "{0}"\tSave "{0}" & go\nCtx\t不存在\tGone\n', encoding="utf-8")
    assert tool.main([str(ts), str(tsv), "--strict"]) == 1  # 取消 unfinished, 不存在 unmatched
    text = ts.read_text(encoding="utf-8")
    assert "<translation>Save &quot;{0}&quot; &amp; go</translation>" in text
    assert messages.load_catalogue(ts) == {("Ctx", '保存 "{0}"'): 'Save "{0}" & go'}


def test_a_number_parameter_keeps_its_format_spec_in_both_languages() -> None:
    """``{max_mileage:,}``: a number stays a number until formatted (it was turned into text first, and the
    message fell back to its raw source)."""
    from desktop.rules.messages import QT_TRANSLATE_NOOP, Message

    message = Message.of(QT_TRANSLATE_NOOP("services.vehicles", "保修里程须为 0–{max_mileage:,} 公里的整数"),
                         {"max_mileage": 3_000_000})
    assert "3,000,000" in message.text("zh_CN") and "3,000,000" in message.text("en")
