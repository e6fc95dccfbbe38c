# PyInstaller spec: one-folder build of 维修接待台 → dist/reception-desk/.
#
# Build:  python build_spec.py            (same as `pyinstaller --noconfirm <this spec>`; extra PyInstaller
#                                          options such as --clean, --distpath D, --workpath W pass through)
# The `pyinstaller` command itself only treats a file named *.spec as a spec: `pyinstaller build_spec.py`
# would freeze this file as a program (into dist/build_spec/), so run it through Python as above.
#
# What the frozen app needs beyond what PyInstaller finds by itself (modelled on vorta's package/vorta.spec:
# name and version from the package, explicit datas and hiddenimports):
#   - resources/ (style sheet, the translation catalogue: .qm for the UI and .ts for the Qt-free messages of
#     the services, icons, demo data, the code font of VIN and plate fields
#     with its licence) at the top of the bundle, where
#     desktop.config.resource_path() looks when sys._MEIPASS is set;
#   - desktop/migrations as FILES: Alembic reads env.py, script.py.mako and versions/*.py from disk, and
#     their imports (alembic, sqlalchemy, desktop.*) must be in the bundle too;
#   - both database drivers (sqlite3; psycopg with psycopg_binary's own libpq), argon2's CFFI binding,
#     pypinyin's dictionaries, stdnum's China data files, vininfo, rapidfuzz, platformdirs, uvicorn's protocol modules.
# Unused Qt modules and the test tools are excluded to keep the folder small (target < 250 MB).
# The result is checked by running `reception-desk --self-test` from a copy outside the repository
# (see .ci/run).
# ruff: noqa: F821 - Analysis, PYZ, EXE, COLLECT and SPECPATH are provided by PyInstaller

import sys
from pathlib import Path

if __name__ == "__main__":  # `python build_spec.py [PyInstaller options]` (inside PyInstaller it is "builtins")
    import PyInstaller.__main__ as _pyinstaller

    _options = sys.argv[1:]
    if "--noconfirm" not in _options and "-y" not in _options:
        _options.append("--noconfirm")
    _args = _pyinstaller.generate_parser().parse_args([*_options, __file__])
    _pyinstaller.run_build(None, __file__, **vars(_args))
    raise SystemExit(0)

from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs, collect_submodules  # noqa: E402

ROOT = Path(SPECPATH).resolve()
sys.path.insert(0, str(ROOT))

from desktop import APP_NAME, __version__  # noqa: E402

IS_WINDOWS = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"


def _tree(source: Path, target: str, skip_suffixes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(file, destination folder) for every file under ``source`` (PyInstaller's datas format)."""
    out = []
    for path in sorted(source.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in skip_suffixes:
            continue
        out.append((str(path), str(Path(target) / path.parent.relative_to(source))))
    return out


# -- data files ---------------------------------------------------------------------------------------------
datas = []
# the .ts too: the messages of the services and the storage layer read their English from it without Qt
# (desktop.rules.messages); apply_tsv.py is a maintenance script, not a resource
datas += _tree(ROOT / "resources", "resources", skip_suffixes=(".py",))
datas += _tree(ROOT / "desktop" / "migrations", "desktop/migrations", skip_suffixes=(".pyc",))
datas += collect_data_files("pypinyin")  # pinyin_dict / phrases_dict and their json
datas += collect_data_files("stdnum", includes=["cn/*.dat"])  # birthplace codes for stdnum.cn.ric
datas += collect_data_files("vininfo")

# -- imports PyInstaller cannot see (loaded by name, or from the migration files) ------------------------------
hiddenimports = []
hiddenimports += collect_submodules("desktop")  # every layer, incl. lazily imported services and migrations
hiddenimports += [
    # Alembic, loaded from Database.upgrade() and by env.py / versions/*.py (which are data files)
    "alembic", "alembic.command", "alembic.config", "alembic.context", "alembic.op",
    "alembic.runtime.migration", "alembic.runtime.environment", "alembic.script", "alembic.script.revision",
    "alembic.ddl", "alembic.ddl.impl", "alembic.ddl.sqlite", "alembic.ddl.postgresql",
    "alembic.operations", "alembic.operations.ops", "alembic.operations.batch", "alembic.operations.toimpl",
    "alembic.autogenerate", "mako", "mako.template",
    # SQLAlchemy and both drivers
    "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.postgresql.psycopg",
    "sqlite3", "_sqlite3",
    "psycopg", "psycopg.pq", "psycopg_binary", "psycopg_binary.pq", "psycopg_binary._psycopg",
    # password hashes
    "argon2", "argon2.low_level", "_argon2_cffi_bindings", "_argon2_cffi_bindings._ffi", "_cffi_backend",
    # imported inside functions: e-mail check (customer record), write outcomes stored by request id
    "email_validator", "pydantic", "pydantic_core",
]
hiddenimports += collect_submodules("psycopg", filter=lambda name: "pool" not in name)
hiddenimports += collect_submodules("pypinyin", filter=lambda name: ".tools" not in name)
hiddenimports += collect_submodules("stdnum.cn")
hiddenimports += collect_submodules("vininfo")
hiddenimports += collect_submodules("rapidfuzz")
hiddenimports += collect_submodules("platformdirs")
# the reception-desk server (reception-desk serve): uvicorn loads its protocol, loop and lifespan modules by
# name, and the worker processes load the app factory by name
hiddenimports += collect_submodules("uvicorn")
hiddenimports += ["desktop.server.main", "fastapi", "starlette", "anyio", "h11", "httpx", "httpcore"]

binaries = []
binaries += collect_dynamic_libs("psycopg_binary")  # libpq and friends (psycopg_binary.libs on Linux)

# -- what we leave out ----------------------------------------------------------------------------------------
QT_UNUSED = [
    "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtWebEngineCore",
    "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets", "QtWebView", "Qt3DCore",
    "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras", "QtMultimedia",
    "QtMultimediaWidgets", "QtSpatialAudio", "QtSql", "QtTest", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtSvgWidgets", "QtCharts", "QtDataVisualization", "QtGraphs", "QtBluetooth",
    "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort", "QtSerialBus", "QtRemoteObjects",
    "QtScxml", "QtStateMachine", "QtTextToSpeech", "QtHttpServer", "QtDesigner", "QtUiTools", "QtHelp",
    "QtConcurrent", "QtXml", "QtNetworkAuth", "QtAxContainer", "QtDBus", "QtPrintSupport",
]
excludes = [f"PySide6.{name}" for name in QT_UNUSED] + [
    # test and development tools
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "mypyc", "ruff", "importlinter", "grimp",
    "IPython", "jedi", "sphinx", "setuptools", "pip", "wheel", "pkg_resources",
    # heavy libraries the app does not use (some are optional imports of our dependencies)
    "tkinter", "_tkinter", "numpy", "pandas", "matplotlib", "PyQt5", "PyQt6", "PySide2",
    "sqlalchemy.testing", "alembic.testing", "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle", "psycopg2", "psycopg_pool", "pypinyin.tools",
    # the OCR extra is an add-on folder, never in the base build (issue #15)
    "rapidocr", "onnxruntime", "cv2", "shapely", "pyclipper", "omegaconf", "antlr4", "sympy",
]

a = Analysis(
    [str(ROOT / "desktop" / "__main__.py")],
    pathex=[str(ROOT)],
    binaries=binaries,
    datas=datas,
    hiddenimports=hiddenimports,
    hookspath=[],
    runtime_hooks=[],
    excludes=excludes,
    noarchive=False,
    optimize=0,  # keep docstrings and asserts: argparse help and SQLAlchemy rely on them
)

# Qt's own translations: only the languages of the UI (zh_CN, en) — the rest are megabytes of nothing.
# Qt plugins and libraries that only the excluded modules use.
_DROP = (
    "libqpdf", "qpdf.dll", "libQt6Pdf", "Qt6Pdf.dll", "libqtvirtualkeyboardplugin", "qtvirtualkeyboardplugin",
    "libQt6Quick", "Qt6Quick", "libQt6Qml", "Qt6Qml", "libQt6VirtualKeyboard", "Qt6VirtualKeyboard",
    "libqwebgl", "qwebgl.dll", "opengl32sw.dll",
)


def _keep(entry) -> bool:
    dest = entry[0].replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if "/translations/" in dest and dest.endswith(".qm") and "PySide6" in dest:
        return any(tag in name for tag in ("_zh_CN", "_en"))
    return not any(name.startswith(prefix) for prefix in _DROP)


a.datas = [entry for entry in a.datas if _keep(entry)]
a.binaries = [entry for entry in a.binaries if _keep(entry)]

pyz = PYZ(a.pure)

icon = None
for candidate in ("app.ico" if IS_WINDOWS else "app.icns" if IS_MAC else "", ):
    if candidate and (ROOT / "resources" / "icons" / candidate).exists():
        icon = str(ROOT / "resources" / "icons" / candidate)

exe = EXE(
    pyz,
    a.scripts,
    [],
    exclude_binaries=True,
    name=APP_NAME,
    debug=False,
    bootloader_ignore_signals=False,
    strip=not IS_WINDOWS,
    upx=False,
    # Windows: a GUI program (no console window); desktop.__main__ attaches to the caller's console for
    # --version, --self-test and the admin commands. Linux/macOS: a normal executable.
    console=not IS_WINDOWS,
    icon=icon,
    version=None,
)

coll = COLLECT(
    exe,
    a.binaries,
    a.datas,
    strip=not IS_WINDOWS,
    upx=False,
    name=APP_NAME,
)

print(f"build_spec: {APP_NAME} {__version__} -> dist/{APP_NAME}/")
