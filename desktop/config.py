"""Folders, settings and logging (platformdirs), and where the database is.

Database URL, in order: the ``--db`` flag, ``DESKTOP_DB_URL``, ``database_url`` in the settings file
(``settings.toml`` in the config folder), else a SQLite file in the data folder. ``--demo`` uses its
own SQLite file (``demo.db``) in the data folder. ``DESKTOP_HOME`` puts every folder under one
directory (portable installs, tests).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

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


def database_url(flag: str | None = None, *, demo: bool = False) -> str:
    """Resolve the database URL (see the module docstring for the order)."""
    if flag:
        return flag
    if demo:
        return demo_url()
    env = os.environ.get(ENV_URL)
    if env:
        return env
    from_file = load_settings().get("database_url")
    if isinstance(from_file, str) and from_file.strip():
        return from_file.strip()
    return default_sqlite_url()


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
    root.setLevel(level)
    return path


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (next to the package in a checkout, in the bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)
