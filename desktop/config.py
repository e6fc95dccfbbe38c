"""Folders, settings and logging (platformdirs), and where the database is.

Where the GUI works (:func:`resolve_connection`), in order: the ``--server URL`` / ``--db URL`` / ``--demo``
flags, ``DESKTOP_SERVER_URL`` / ``DESKTOP_DB_URL``, the ``[connection]`` table of the settings file
(``settings.toml`` in the config folder, written by the settings dialog: the demo, this computer's SQLite file,
or the group's reception-desk server with its CA certificate), else a SQLite file in the data folder. The
admin CLI resolves a database URL the same way (:func:`resolve_database`). ``DESKTOP_HOME`` puts every folder
under one directory (portable installs, tests).

A workstation stores no database credential: in a group, only the reception-desk server holds them.

Resources (style sheet, translations, icons, demo data) are looked up by :func:`resource_path`: in the
PyInstaller bundle (``sys._MEIPASS``), next to the package in a checkout, or in an installed data folder.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import sys
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from desktop import APP_NAME

ENV_URL = "DESKTOP_DB_URL"
ENV_HOME = "DESKTOP_HOME"
SETTINGS_FILE = "settings.toml"
LOG_FILE = "desktop.log"


@dataclass(frozen=True)
class Folders:
    data: Path
    config: Path
    log: Path


def folders() -> Folders:
    home = os.environ.get(ENV_HOME)
    if home:
        base = Path(home).expanduser()
        return Folders(base / "data", base / "config", base / "log")
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return Folders(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir))


def settings_path() -> Path:
    return folders().config / SETTINGS_FILE


def load_settings(path: Path | None = None) -> dict[str, object]:
    """The settings file as a dict; a missing or unreadable file gives {} (and a warning in the log)."""
    path = path or settings_path()
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        logging.getLogger(__name__).warning("ignoring settings file %s: %s", path, exc)
        return {}


def default_sqlite_url(name: str = "desktop.db") -> str:
    return f"sqlite:///{folders().data / name}"


def demo_url() -> str:
    return default_sqlite_url("demo.db")


@dataclass(frozen=True)
class ResolvedDatabase:
    """Where the database is, and where that came from (``flag``, ``demo``, ``env``, ``settings``, ``default``)."""

    url: str
    source: str


# -- where a workstation works: the demo, a SQLite file, or the group's reception-desk server -------------------
DEMO = "demo"  # the demo database (a SQLite file in the data folder, created on first use)
SQLITE = "sqlite"  # this computer's own SQLite file (one workstation)
SERVER = "server"  # the group's reception-desk server (HTTPS); the database credentials stay there
DATABASE = "database"  # a database URL given by --db or DESKTOP_DB_URL (IT, development): never from settings
ENV_SERVER = "DESKTOP_SERVER_URL"
ENV_CA = "DESKTOP_SERVER_CA"


class SettingsRefused(ValueError):
    """What the settings dialog was given cannot be saved (a password in a URL, an address that is no URL)."""


@dataclass(frozen=True)
class Connection:
    """Where this workstation works. A workstation stores no database credential: the settings hold a SQLite
    file's path or the server's address (and the group's CA certificate), never a password."""

    kind: str = SQLITE
    path: str = ""  # SQLITE: the file ("" = desktop.db in the data folder)
    server_url: str = ""  # SERVER: https://host:port
    ca_file: str = ""  # SERVER: the group's CA certificate (PEM); "" = the system's certificate store
    url: str = ""  # DATABASE: the URL from --db / DESKTOP_DB_URL
    source: str = "default"  # flag, env, settings, demo, default

    def database_url(self) -> str:
        """The SQLAlchemy URL of an in-process database (demo, SQLite file, or --db)."""
        if self.kind == DEMO:
            return demo_url()
        if self.kind == DATABASE:
            return self.url
        if self.kind == SQLITE:
            return f"sqlite:///{Path(self.path).expanduser()}" if self.path.strip() else default_sqlite_url()
        raise ValueError("a server connection has no database URL on the workstation")

    def describe(self) -> str:
        if self.kind == SERVER:
            return self.server_url
        return redact_url(self.database_url())

    def to_dict(self) -> dict[str, object]:
        if self.kind == SERVER:
            return {"kind": SERVER, "server_url": self.server_url, "ca_file": self.ca_file}
        if self.kind == DEMO:
            return {"kind": DEMO}
        return {"kind": SQLITE, "path": self.path}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Connection:
        def text(key: str) -> str:
            value = data.get(key, "")
            return value.strip() if isinstance(value, str) else ""

        kind = text("kind")
        if kind == SERVER and text("server_url"):
            return cls(SERVER, server_url=text("server_url"), ca_file=text("ca_file"), source="settings")
        if kind == DEMO:
            return cls(DEMO, source="settings")
        return cls(SQLITE, path=text("path"), source="settings")


def check_server_url(url: str) -> str:
    """The server address as it will be used: ``https://host[:port]`` (``http://`` only on this computer, for
    tests). A user name or password in it is refused: the workstation stores no credential."""

    url = url.strip()
    if not url.isprintable() or any(ch.isspace() for ch in url):  # a pasted line break, a stray space
        raise SettingsRefused("not one address")
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise SettingsRefused(url) from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SettingsRefused(url)
    if parts.username or parts.password:
        raise SettingsRefused("credentials in the server address")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SettingsRefused("plain http to another computer")
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def resolve_connection(db_flag: str | None = None, server_flag: str | None = None, *,
                       demo: bool = False, path: Path | None = None) -> Connection:
    """Where the GUI works: ``--server`` / ``--db`` / ``--demo``, then ``DESKTOP_SERVER_URL`` /
    ``DESKTOP_DB_URL``, then the settings file's ``[connection]``, else this computer's SQLite file."""
    if server_flag:
        return Connection(SERVER, server_url=server_flag.strip().rstrip("/"),
                          ca_file=os.environ.get(ENV_CA, ""), source="flag")
    if db_flag:
        return Connection(DATABASE, url=db_flag, source="flag")
    if demo:
        return Connection(DEMO, source="demo")
    if os.environ.get(ENV_SERVER):
        return Connection(SERVER, server_url=os.environ[ENV_SERVER].strip().rstrip("/"),
                          ca_file=os.environ.get(ENV_CA, ""), source="env")
    if os.environ.get(ENV_URL):
        return Connection(DATABASE, url=os.environ[ENV_URL], source="env")
    settings = load_settings(path)
    table = settings.get("connection")
    if isinstance(table, dict):
        return Connection.from_dict(table)
    legacy = settings.get("database")
    if isinstance(legacy, dict) and legacy.get("kind", "sqlite") == "sqlite" and isinstance(legacy.get("path"), str):
        return Connection(SQLITE, path=str(legacy["path"]), source="settings")
    return Connection(SQLITE, source="default")


def resolve_database(flag: str | None = None, *, demo: bool = False) -> ResolvedDatabase:
    """The admin CLI's database: ``--db``, ``DESKTOP_DB_URL``, this workstation's SQLite file or the demo."""
    if flag:
        return ResolvedDatabase(flag, "flag")
    if demo:
        return ResolvedDatabase(demo_url(), "demo")
    env = os.environ.get(ENV_URL)
    if env:
        return ResolvedDatabase(env, "env")
    conn = resolve_connection()
    if conn.kind in (SQLITE, DEMO) and conn.source == "settings":
        return ResolvedDatabase(conn.database_url(), "settings")
    return ResolvedDatabase(default_sqlite_url(), "default")


def database_url(flag: str | None = None, *, demo: bool = False) -> str:
    return resolve_database(flag, demo=demo).url


def resolve_db_url(flag: str | None = None) -> str:
    """The admin CLI's default database (see :func:`resolve_database`)."""
    return database_url(flag)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string uses JSON's escapes


#: settings an older version wrote that could name a database server (with its password): dropped on any write
_NO_LONGER_KEPT = ("database", "database_url")


def save_connection(conn: Connection, path: Path | None = None) -> Connection:
    """Write the settings file's ``[connection]`` (other keys kept; an old ``[database]`` table, which could
    name a database server, is dropped). Never a password: a server address with credentials is refused."""
    path = path or settings_path()
    if conn.kind == SERVER:
        conn = replace(conn, server_url=check_server_url(conn.server_url), ca_file=conn.ca_file.strip())
    elif conn.kind not in (SQLITE, DEMO):
        raise SettingsRefused(conn.kind)
    settings = {k: v for k, v in load_settings(path).items() if k not in (*_NO_LONGER_KEPT, "connection")}
    settings["connection"] = conn.to_dict()
    _write_settings(settings, path)
    return replace(conn, source="settings")


def _write_settings(settings: dict[str, object], path: Path) -> None:
    """Write the settings file: its plain keys, then its tables (values: text, whole numbers, true / false)."""
    lines = ["# 维修接待台 settings (written by the settings dialog). No database credential is kept on a workstation."]
    tables: dict[str, dict[str, object]] = {}
    for key, value in settings.items():
        if isinstance(value, dict):
            tables[key] = value
        elif isinstance(value, bool | int | str):
            lines.append(f"{key} = {_toml_value(value)}")
    for name, table in tables.items():
        lines.append("")
        lines.append(f"[{name}]")
        for key, value in table.items():
            if isinstance(value, bool | int | str):
                lines.append(f"{key} = {_toml_value(value)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, path)


# -- scan first (issue #15): the document camera's folder, keeping scanned pictures --------------------------------
SCAN_TABLE = "scan"


@dataclass(frozen=True)
class ScanSettings:
    """Scanning on this workstation (the ``[scan]`` table of the settings file).

    ``watch_folder``: the folder a desk document camera (高拍仪) saves its pictures in; a new picture there is
    read while the intake page is shown ("" = none). ``keep_pictures``: keep the pictures of licences, ID cards
    and VIN labels read for a record that was then saved — off by default: they hold personal information (a
    person's name, address, ID number), which the store keeps only when it has said so to its customers;
    ``keep_folder`` is where (a folder on this computer; "" = ``scans`` in the data folder)."""

    watch_folder: str = ""
    keep_pictures: bool = False
    keep_folder: str = ""

    def keep_path(self) -> Path:
        return Path(self.keep_folder).expanduser() if self.keep_folder.strip() else folders().data / "scans"

    def to_dict(self) -> dict[str, object]:
        return {"watch_folder": self.watch_folder, "keep_pictures": self.keep_pictures,
                "keep_folder": self.keep_folder}


def load_scan_settings(path: Path | None = None) -> ScanSettings:
    """The ``[scan]`` table of the settings file (defaults when missing or malformed)."""
    table = load_settings(path).get(SCAN_TABLE)
    if not isinstance(table, dict):
        return ScanSettings()

    def text(key: str) -> str:
        value = table.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    return ScanSettings(text("watch_folder"), table.get("keep_pictures") is True, text("keep_folder"))


def save_scan_settings(scan: ScanSettings, path: Path | None = None) -> ScanSettings:
    """Write the ``[scan]`` table (the other keys and tables kept, except an old ``[database]`` entry: no
    database credential is kept on a workstation, as :func:`save_connection` drops it)."""
    path = path or settings_path()
    settings = {k: v for k, v in load_settings(path).items() if k not in _NO_LONGER_KEPT}
    settings[SCAN_TABLE] = scan.to_dict()
    _write_settings(settings, path)
    return scan


def redact_url(url: str) -> str:
    """The URL without its password, for logs and messages: :func:`desktop.rules.privacy.mask_url`
    (``postgresql://u:***@host/db``, malformed URLs too)."""
    from desktop.rules.privacy import mask_url  # imported late: desktop.rules is not light

    return mask_url(url)


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file in the log folder (and warnings to stderr); returns the file's path."""
    root = logging.getLogger()
    if any(getattr(h, "_desktop", False) for h in root.handlers):
        return None
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path: Path | None = folders().log / LOG_FILE
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler, path = logging.StreamHandler(), None
    handler.setFormatter(fmt)
    handler._desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    err = logging.StreamHandler()
    err.setLevel(logging.WARNING)
    err.setFormatter(fmt)
    err._desktop = True  # type: ignore[attr-defined]
    root.addHandler(err)
    from desktop.rules.privacy import install_privacy_filter

    install_privacy_filter([handler, err])  # no phone, ID number or password reaches a log
    root.setLevel(level)
    return path


def is_frozen() -> bool:
    """True in the PyInstaller build."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_dirs() -> list[Path]:
    """Where ``resources/`` may be, first match wins: the PyInstaller bundle (``sys._MEIPASS``), the
    checkout (``resources/`` next to the package), then an installed copy (a wheel puts it in
    ``<prefix>/share/reception-desk/resources``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for prefix in dict.fromkeys((sys.prefix, sys.base_prefix)):
        candidates.append(Path(prefix) / "share" / APP_NAME / "resources")
    return candidates


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (see :func:`resource_dirs`); the first candidate if none has it."""
    candidates = resource_dirs()
    for base in candidates:
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return candidates[0].joinpath(*parts)
