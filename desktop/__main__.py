"""``python -m desktop``: the GUI, or an admin command handed to :mod:`desktop.cli`.

GUI: ``--demo`` (the demo database), ``--db URL``, ``--lang en|zh_CN``, ``--self-test`` (headless check
that prints ``self-test ok``), ``--version``. A first word among the admin commands (init-db, store,
user, import, demo, dedupe-report, reindex) runs the CLI instead; ``serve`` runs the reception-desk server
(:mod:`desktop.server`). Kept light: heavy imports happen later.

The frozen app (PyInstaller, ``reception-desk``/``reception-desk.exe``) starts here too: the same flags
and admin commands work on it (``reception-desk init-db --db URL``). On Windows it is a GUI program without
its own console, so it attaches to the console it was started from, if any, to print.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli import COMMANDS as CLI_COMMANDS  # stdlib imports only: the GUI start stays light


def build_parser() -> argparse.ArgumentParser:
    from desktop import APP_TITLE

    parser = argparse.ArgumentParser(prog="python -m desktop", description=f"{APP_TITLE} · Service Reception Desk")
    parser.add_argument("--demo", action="store_true", help="use the demo database (created on first use)")
    parser.add_argument("--db", metavar="URL", help="database URL (sqlite:///path; IT and development)")
    parser.add_argument("--server", metavar="URL", help="the group's reception-desk server (https://host:port)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="UI language (default zh_CN)")
    parser.add_argument("--self-test", action="store_true", help="headless check; prints 'self-test ok'")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--quit-after-login-shown", action="store_true", help=argparse.SUPPRESS)
    return parser


def _attach_console() -> None:
    """Windows GUI build started from cmd/PowerShell: print there (it has no console of its own)."""
    if sys.platform != "win32" or not getattr(sys, "frozen", False) or sys.stdout is not None:
        return
    try:
        import ctypes

        if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115
        if sys.stderr is None:
            sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115
    except Exception:  # noqa: BLE001, S110 - no console to print to: stay silent
        return


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # serve --workers N starts its processes from the frozen executable
        import multiprocessing

        multiprocessing.freeze_support()
    if argv is None:
        _attach_console()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "serve":  # the reception-desk server (no Qt)
        from desktop.server import main as serve_main

        return int(serve_main(argv[1:]) or 0)
    if argv and argv[0] in CLI_COMMANDS:
        from desktop.cli import main as cli_main

        return int(cli_main(argv) or 0)
    args = build_parser().parse_args(argv)
    if args.version:
        from desktop import APP_NAME, __version__

        print(f"{APP_NAME} {__version__}")
        return 0
    if args.self_test:
        from desktop.app import self_test

        return self_test(lang=args.lang)
    from desktop.app import run

    return run(db=args.db, demo=args.demo, lang=args.lang, quit_after_login_shown=args.quit_after_login_shown,
               server=args.server)


if __name__ == "__main__":
    sys.exit(main())
