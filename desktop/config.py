"""Folders, settings and logging (platformdirs), and where the database is.

Database URL, in order: the ``--db`` flag, ``DESKTOP_DB_URL``, the settings file (``settings.toml`` in
the config folder: a ``[database]`` table written by the settings dialog, or a hand-written
``database_url``), else a SQLite file in the data folder. ``--demo`` uses its own SQLite file
(``demo.db``) in the data folder. ``DESKTOP_HOME`` puts every folder under one directory (portable
installs, tests).

A workstation's PostgreSQL password is never written to the settings file: it goes to the system keyring
(the ``keyring`` library, when a backend is available), else it is asked for at login.

Resources (style sheet, translations, icons, demo data) are looked up by :func:`resource_path`: in the
PyInstaller bundle (``sys._MEIPASS``), next to the package in a checkout, or in an installed data folder.
"""

from __future__ import annotations

import contextlib
import json
import logging
import logging.handlers
import os
import sys
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

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
    """Where the database is, and where that came from (``flag``, ``demo``, ``env``, ``settings``, ``default``).

    ``ask_password``: the settings name a PostgreSQL server whose password is not stored on this
    workstation (no keyring): the login window asks for it.
    """

    url: str
    source: str
    ask_password: bool = False


def resolve_database(flag: str | None = None, *, demo: bool = False) -> ResolvedDatabase:
    """Resolve the database URL (see the module docstring for the order)."""
    if flag:
        return ResolvedDatabase(flag, "flag")
    if demo:
        return ResolvedDatabase(demo_url(), "demo")
    env = os.environ.get(ENV_URL)
    if env:
        return ResolvedDatabase(env, "env")
    settings = load_settings()
    table = settings.get("database")
    if isinstance(table, dict):
        db = DatabaseSettings.from_dict(table)
        if db.kind == "postgresql" and db.password_mode == PASSWORD_IN_KEYRING:
            password = load_password(db.keyring_account())
            return ResolvedDatabase(db.url(password), "settings", ask_password=password is None)
        return ResolvedDatabase(db.url(), "settings", ask_password=db.password_mode == PASSWORD_ASK)
    from_file = settings.get("database_url")
    if isinstance(from_file, str) and from_file.strip():
        return ResolvedDatabase(from_file.strip(), "settings")
    return ResolvedDatabase(default_sqlite_url(), "default")


def database_url(flag: str | None = None, *, demo: bool = False) -> str:
    """Resolve the database URL (see the module docstring for the order)."""
    return resolve_database(flag, demo=demo).url


def resolve_db_url(flag: str | None = None) -> str:
    """The admin CLI's default database: the same order as the GUI (without ``--demo``)."""
    return database_url(flag)


# -- workstation database settings (written by the settings dialog) ---------------------------------------------
PASSWORD_NONE = "none"  # no password (trust / peer authentication, SQLite)
PASSWORD_IN_KEYRING = "keyring"  # in the system keyring, under KEYRING_SERVICE / keyring_account()
PASSWORD_ASK = "ask"  # asked for at login, never stored
KEYRING_SERVICE = APP_NAME


@dataclass(frozen=True)
class DatabaseSettings:
    """The URL of a workstation's database in pieces: a SQLite file, or a PostgreSQL server."""

    kind: str = "sqlite"  # "sqlite" | "postgresql"
    path: str = ""  # SQLite file; "" = desktop.db in the data folder
    host: str = "127.0.0.1"
    port: int = 5432
    database: str = "reception_desk"
    user: str = ""
    password_mode: str = PASSWORD_NONE

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL; the password only when given (it is never part of the settings)."""
        if self.kind != "postgresql":
            return f"sqlite:///{Path(self.path).expanduser()}" if self.path.strip() else default_sqlite_url()
        auth = ""
        if self.user:
            auth = quote(self.user, safe="")
            if password:
                auth += ":" + quote(password, safe="")
            auth += "@"
        host = self.host.strip() or "127.0.0.1"
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"  # IPv6 literal
        return f"postgresql://{auth}{host}:{int(self.port)}/{quote(self.database.strip(), safe='')}"

    def keyring_account(self) -> str:
        return f"{self.user}@{self.host.strip()}:{int(self.port)}/{self.database.strip()}"

    def to_dict(self) -> dict[str, object]:
        if self.kind != "postgresql":
            return {"kind": "sqlite", "path": self.path}
        return {"kind": "postgresql", "host": self.host, "port": int(self.port), "database": self.database,
                "user": self.user, "password": self.password_mode}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> DatabaseSettings:
        def text(key: str, default: str) -> str:
            value = data.get(key, default)
            return value if isinstance(value, str) else default

        port = data.get("port", 5432)
        mode = text("password", PASSWORD_NONE)
        return cls(
            kind="postgresql" if text("kind", "sqlite") == "postgresql" else "sqlite",
            path=text("path", ""), host=text("host", "127.0.0.1"),
            port=port if isinstance(port, int) and 0 < port < 65536 else 5432,
            database=text("database", "reception_desk"), user=text("user", ""),
            password_mode=mode if mode in (PASSWORD_NONE, PASSWORD_IN_KEYRING, PASSWORD_ASK) else PASSWORD_NONE,
        )

    @classmethod
    def from_url(cls, url: str) -> DatabaseSettings:
        """Best effort: the pieces of a URL (to prefill the settings dialog); the password is dropped."""
        if url.startswith("sqlite"):
            path = url.split(":///", 1)[1] if ":///" in url else ""
            return cls(kind="sqlite", path=path)
        if "://" not in url:
            return cls(kind="sqlite", path=url)
        parts = urlsplit(url)
        try:
            port = parts.port or 5432
        except ValueError:
            port = 5432
        return cls(kind="postgresql", host=parts.hostname or "127.0.0.1", port=port,
                   database=unquote(parts.path.lstrip("/")) or "reception_desk",
                   user=unquote(parts.username or ""),
                   password_mode=PASSWORD_ASK if parts.password else PASSWORD_NONE)


def database_settings(path: Path | None = None) -> DatabaseSettings | None:
    """The ``[database]`` table of the settings file, or a ``database_url`` in pieces, or None."""
    settings = load_settings(path)
    table = settings.get("database")
    if isinstance(table, dict):
        return DatabaseSettings.from_dict(table)
    url = settings.get("database_url")
    if isinstance(url, str) and url.strip():
        return DatabaseSettings.from_url(url.strip())
    return None


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string uses JSON's escapes


def save_database_settings(db: DatabaseSettings, password: str | None = None, *, remember: bool = True,
                           path: Path | None = None) -> DatabaseSettings:
    """Write the settings file (other keys are kept) and put the password where it belongs.

    The password goes to the system keyring when ``remember`` and a keyring backend is available; else
    the settings say it is asked for at login. Returns the settings as saved (with their password mode).
    """
    path = path or settings_path()
    if db.kind == "postgresql":
        account = db.keyring_account()
        if password and remember and save_password(account, password):
            db = replace(db, password_mode=PASSWORD_IN_KEYRING)
        elif password:
            delete_password(account)
            db = replace(db, password_mode=PASSWORD_ASK)
        else:
            delete_password(account)
            db = replace(db, password_mode=PASSWORD_NONE)
    settings = {k: v for k, v in load_settings(path).items() if k not in ("database", "database_url")}
    lines = ["# 维修接待台 settings (written by the settings dialog). No passwords here: see the system keyring."]
    tables = {}
    for key, value in settings.items():
        if isinstance(value, dict):
            tables[key] = value
        elif isinstance(value, bool | int | str):
            lines.append(f"{key} = {_toml_value(value)}")
    # database_url (without the password) for older clients and the admin CLI
    lines.append(f"database_url = {_toml_value(db.url())}")
    tables["database"] = db.to_dict()
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
    return db


def redact_url(url: str) -> str:
    """The URL without its password, for logs and messages: :func:`desktop.rules.privacy.mask_url`
    (``postgresql://u:***@host/db``, malformed URLs too)."""
    from desktop.rules.privacy import mask_url  # imported late: desktop.rules is not light

    return mask_url(url)


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` put in (replacing any), for a PostgreSQL URL that names a user."""
    if "://" not in url or not password:
        return url
    scheme, rest = url.split("://", 1)
    netloc, sep, tail = rest.partition("/")
    if "@" not in netloc:
        return url
    userinfo, host = netloc.rsplit("@", 1)
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user}:{quote(password, safe='')}@{host}{sep}{tail}"


# -- system keyring (optional) ----------------------------------------------------------------------------------
def keyring_backend() -> object | None:
    """The system keyring, or None when the library is missing or no usable backend exists."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # noqa: BLE001 - not installed, or broken by a platform library
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return None
    if isinstance(backend, fail.Keyring):
        return None
    try:
        if float(backend.priority) <= 0:  # type: ignore[attr-defined]
            return None
    except Exception:  # noqa: BLE001
        return None
    return backend


def keyring_name() -> str:
    backend = keyring_backend()
    return type(backend).__module__ + "." + type(backend).__name__ if backend is not None else ""


def save_password(account: str, password: str) -> bool:
    backend = keyring_backend()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, account, password)  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - a locked or refusing keyring: ask at login instead
        logging.getLogger(__name__).warning("cannot store the password in the keyring: %s", exc)
        return False
    return True


def load_password(account: str) -> str | None:
    backend = keyring_backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(KEYRING_SERVICE, account)  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001
        logging.getLogger(__name__).warning("cannot read the password from the keyring: %s", exc)
        return None
    return value if isinstance(value, str) else None


def delete_password(account: str) -> None:
    backend = keyring_backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):  # nothing stored, or a refusing keyring
        backend.delete_password(KEYRING_SERVICE, account)  # type: ignore[attr-defined]


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
