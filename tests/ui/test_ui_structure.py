"""How desktop/ui is built, checked on its modules: the feature folders keep their scaffolding in common.

One dialog per file; every dialog is a BackendDialog (busy state, message line, errors on fields, Enter
routing, the QDialogButtonBox); the copies that base replaced do not come back (a ``_busy`` flag, table-view
setup, a button box of its own); every table model lives in common/models.py. The import direction between
the folders is import-linter's (pyproject.toml); this file checks what imports cannot show.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QDialog

import desktop.ui
from desktop.ui.common.forms import BackendDialog

UI_DIR = Path(desktop.ui.__file__).parent


def ui_modules() -> list[object]:
    return [importlib.import_module(m.name) for m in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui.")]


def classes_defined(module: object, base: type) -> list[type]:
    return [c for _n, c in inspect.getmembers(module, inspect.isclass)
            if issubclass(c, base) and c.__module__ == module.__name__]  # type: ignore[attr-defined]


def sources() -> dict[str, ast.AST]:
    return {str(p.relative_to(UI_DIR)): ast.parse(p.read_text(encoding="utf-8")) for p in sorted(UI_DIR.rglob("*.py"))}


def test_the_main_window_stays_where_design_names_it():
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shell.main_window import MainWindow as InShell

    assert MainWindow is InShell


def test_one_dialog_per_file_and_every_dialog_has_the_base():
    for module in ui_modules():
        dialogs = [c for c in classes_defined(module, QDialog) if c is not BackendDialog]
        assert len(dialogs) <= 1, (module.__name__, dialogs)  # type: ignore[attr-defined]
        for dialog in dialogs:
            assert issubclass(dialog, BackendDialog), dialog


def test_table_models_live_in_one_module():
    for module in ui_modules():
        if module.__name__ != "desktop.ui.common.models":  # type: ignore[attr-defined]
            assert classes_defined(module, QAbstractItemModel) == [], module


def test_the_scaffolding_is_not_copied_back_into_a_feature():
    """What desktop.ui.common.forms / tables hold is written nowhere else."""
    owners = {"_busy": "common/forms.py", "QDialogButtonBox": "common/forms.py",
              "setSelectionBehavior": "common/tables.py", "setEditTriggers": "common/tables.py"}
    found = []
    for path, tree in sources().items():
        for node in ast.walk(tree):
            name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else None
            if name in owners and path != owners[name]:
                found.append(f"{path}:{node.lineno}: {name}")
    assert found == []
