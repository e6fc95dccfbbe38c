"""One advisor action = one write-service call (issue "Writes that hold"), checked on the UI's source.

A use case is composed in the services, never in a widget or a worker job: each write service is one
transaction with an idempotent request id (desktop.services.writes), and two of them chained by the UI would
be two transactions (half-saved when the second fails) sharing one request id or none. So, over every module
of desktop/ui (parsed with ast, nothing imported from it):

(a) no write service is called directly (they run as a ``WriteOp`` on the worker, which has its request id);
(b) the first argument of every ``WriteOp(...)`` is a write service itself — not a local helper, a lambda or
    a ``functools.partial`` that could wrap or chain one;
(c) a write service never goes through ``QueryOp(...)`` or ``LocalOp(...)`` (it would run without a request
    id);
(d) nothing calls the worker's untyped entry points of old (``<worker>.read / write / run``): every call is a
    typed op (desktop.ui.common.ops).

Names are resolved through the module's imports (``from desktop.services import vehicles`` ->
``vehicles.set_plate``), and, for receivers the imports do not explain (``self.vehicles.set_plate``), by the
pair (service module name, function name) of every function in ``WRITE_ACTIONS``.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import desktop.services
import desktop.ui
from desktop.services.writes import WRITE_ACTIONS

UI_DIR = Path(desktop.ui.__file__).parent


@dataclass(frozen=True)
class WriteServices:
    by_path: dict[str, str]  # "desktop.services.customers.save_customer" -> "customer.save"
    by_pair: dict[tuple[str, str], str]  # ("customers", "save_customer") -> "customer.save"


@cache
def write_services() -> WriteServices:
    """Every name under which a write action can be reached in desktop.services (aliases included)."""
    modules = [importlib.import_module(f"desktop.services.{m.name}")
               for m in pkgutil.iter_modules(desktop.services.__path__)]
    actions = {id(fn): name for name, fn in WRITE_ACTIONS.items()}
    by_path: dict[str, str] = {}
    for module in modules:
        for attr, value in vars(module).items():
            if id(value) in actions and getattr(value, "write_action", None):
                by_path[f"{module.__name__}.{attr}"] = actions[id(value)]
    for name, fn in WRITE_ACTIONS.items():
        by_path[f"{fn.__module__}.{fn.__name__}"] = name
    by_pair = {(path.rsplit(".", 2)[-2], path.rsplit(".", 1)[-1]): name for path, name in by_path.items()}
    return WriteServices(by_path, by_pair)


def _aliases(tree: ast.AST, module: str) -> dict[str, str]:
    """Local name -> dotted path, from every import of the module (function-level imports too)."""
    package = module.rsplit(".", 1)[0]
    out: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    out[a.asname] = a.name
                else:
                    head = a.name.split(".", 1)[0]
                    out[head] = head
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - (node.level - 1)])
                base = f"{parent}.{base}" if base else parent
            for a in node.names:
                out[a.asname or a.name] = f"{base}.{a.name}"
    return out


def _dotted(node: ast.AST) -> list[str] | None:
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        head = _dotted(node.value)
        return None if head is None else [*head, node.attr]
    return None


def _write_action_of(node: ast.AST, aliases: dict[str, str]) -> str | None:
    """The write action ``node`` names (``vehicles.set_plate``, ``set_plate``, ``x.vehicles.set_plate``)."""
    parts = _dotted(node)
    if not parts:
        return None
    services = write_services()
    if parts[0] in aliases:
        path = ".".join([aliases[parts[0]], *parts[1:]])
        if path in services.by_path:
            return services.by_path[path]
    if len(parts) >= 2:
        return services.by_pair.get((parts[-2], parts[-1]))
    return None


def _is_op(call: ast.Call, kind: str) -> bool:
    """``WriteOp(...)`` / ``ops.WriteOp(...)`` (``kind`` = "WriteOp")."""
    parts = _dotted(call.func)
    return bool(parts) and parts[-1] == kind


def _on_worker(call: ast.Call, method: str) -> bool:
    """``<something named like a worker>.<method>(...)``: self.worker.write, worker.read, self._worker.write."""
    func = call.func
    if not isinstance(func, ast.Attribute) or func.attr != method:
        return False
    receiver = _dotted(func.value)
    return bool(receiver) and "worker" in receiver[-1].lower()


@dataclass(frozen=True)
class Findings:
    direct_calls: list[str]  # (a)
    bad_writes: list[str]  # (b)
    writes_as_reads: list[str]  # (c)
    writes_checked: int
    untyped_calls: list[str]  # (d)


def check_source(source: str, module: str, where: str) -> Findings:
    tree = ast.parse(source, filename=where)
    aliases = _aliases(tree, module)
    direct: list[str] = []
    bad: list[str] = []
    as_reads: list[str] = []
    untyped: list[str] = []
    checked = 0
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        action = _write_action_of(node.func, aliases)
        if action is not None:
            direct.append(f"{where}:{node.lineno}: calls the write service {ast.unparse(node.func)} ({action}) "
                          "itself: run it as a WriteOp")
        if _is_op(node, "WriteOp"):
            checked += 1
            first = node.args[0] if node.args else None
            if first is None or _write_action_of(first, aliases) is None:
                shown = ast.unparse(first) if first is not None else "(nothing)"
                bad.append(f"{where}:{node.lineno}: WriteOp({shown}, ...) does not run a write service "
                           "itself: pass the service function (one action = one service call)")
        for kind in ("QueryOp", "LocalOp"):
            if _is_op(node, kind) and node.args and _write_action_of(node.args[0], aliases) is not None:
                as_reads.append(f"{where}:{node.lineno}: {kind}({ast.unparse(node.args[0])}, ...) runs a write "
                                "service without a request id: use WriteOp")
        for method in ("read", "write", "run"):
            if _on_worker(node, method):
                untyped.append(f"{where}:{node.lineno}: worker.{method}(...) is untyped: use an op "
                               "(QueryOp / WriteOp / LocalOp)")
    return Findings(direct, bad, as_reads, checked, untyped)


def check_ui() -> Findings:
    direct: list[str] = []
    bad: list[str] = []
    as_reads: list[str] = []
    untyped: list[str] = []
    checked = 0
    for path in sorted(UI_DIR.rglob("*.py")):
        rel = path.relative_to(UI_DIR.parent.parent)
        module = ".".join(rel.with_suffix("").parts)
        found = check_source(path.read_text(encoding="utf-8"), module, str(rel))
        direct += found.direct_calls
        bad += found.bad_writes
        as_reads += found.writes_as_reads
        untyped += found.untyped_calls
        checked += found.writes_checked
    return Findings(direct, bad, as_reads, checked, untyped)


# -- the rule on desktop/ui -------------------------------------------------------------------------------
def test_no_ui_module_calls_a_write_service():
    assert check_ui().direct_calls == []


def test_one_action_is_one_write_service_call():
    found = check_ui()
    assert found.bad_writes == []
    assert found.writes_checked >= 25  # the check saw the UI's writes (not vacuously true)


def test_a_write_service_never_runs_as_a_read():
    assert check_ui().writes_as_reads == []


def test_every_call_of_the_ui_is_a_typed_op():
    assert check_ui().untyped_calls == []


# -- the checker itself -----------------------------------------------------------------------------------
COMPOSING = '''
from desktop.services import customers, vehicles
from desktop.services.customers import set_retained as retain
from desktop.ui.common import ops
from desktop.ui.common.ops import LocalOp, QueryOp, WriteOp
from functools import partial


def retain_and_link(db, actor, vehicle_id, code):
    retain(db, actor, code, version=1)
    return vehicles.set_owner(db, actor, vehicle_id, code, version=1)


class Dialog:
    def save(self):
        WriteOp(retain_and_link, 1, "C1").run_in(self)
        WriteOp(lambda: customers.enable(self.db, self.actor, "C1", version=1)).run_in(self)
        ops.WriteOp(partial(customers.disable, self.db), self.actor, "C1", "why", version=1).run_in(self)
        QueryOp(customers.set_retained, "C1", version=1).run_in(self)
        LocalOp(retain, self.db, self.actor, "C1", version=1).run_in(self.worker)
        self.services.vehicles.attach_store(self.db, self.actor, 1, version=1)
        self.worker.read(customers.get_customer, "C1", done=self.show)

    def fine(self):
        WriteOp(customers.save_customer, "C1", version=1, name="x").success(self.saved).run_in(self)
        (ops.WriteOp(vehicles.set_plate_or_conflict, 1, "粤A1", version=1)
         .expect(vehicles.PlateTaken, self.taken).run_in(self))
        QueryOp(customers.get_customer, "C1").success(self.show).run_in(self)
'''


def test_the_check_finds_a_helper_that_composes_write_services():
    found = check_source(COMPOSING, "desktop.ui.example", "example.py")
    direct = "\n".join(found.direct_calls)
    assert "write service retain (customer.set_retained)" in direct  # through its alias
    assert "vehicles.set_owner" in direct and "customers.enable" in direct and "attach_store" in direct
    assert len(found.direct_calls) == 4
    bad = "\n".join(found.bad_writes)
    assert "retain_and_link" in bad and "lambda" in bad and "partial" in bad and len(found.bad_writes) == 3
    as_reads = "\n".join(found.writes_as_reads)
    assert len(found.writes_as_reads) == 2 and "QueryOp(customers.set_retained" in as_reads
    assert "LocalOp(retain" in as_reads
    assert found.writes_checked == 5
    assert len(found.untyped_calls) == 1 and "worker.read" in found.untyped_calls[0]


def test_every_write_action_is_known_by_module_and_name():
    services = write_services()
    assert ("customers", "save_customer") in services.by_pair
    assert ("vehicles", "retain_and_link_owner") in services.by_pair
    assert ("users", "add_user") in services.by_pair  # an alias of users.add
    assert set(services.by_path.values()) == set(WRITE_ACTIONS)
