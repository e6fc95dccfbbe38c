"""``python -m desktop``: the GUI, or an admin command handed to :mod:`desktop.cli`.

GUI: ``--demo`` (the demo database), ``--db URL``, ``--lang en|zh_CN``, ``--self-test`` (headless check
that prints ``self-test ok``), ``--version``. A first word among the admin commands (init-db, store,
user, import, demo, dedupe-report) runs the CLI instead. Kept light: heavy imports happen later.
"""

from __future__ import annotations

import argparse
import sys

CLI_COMMANDS = frozenset({"init-db", "store", "user", "import", "demo", "dedupe-report"})


def build_parser() -> argparse.ArgumentParser:
    from desktop import APP_TITLE

    parser = argparse.ArgumentParser(prog="python -m desktop", description=f"{APP_TITLE} · Service Reception Desk")
    parser.add_argument("--demo", action="store_true", help="use the demo database (created on first use)")
    parser.add_argument("--db", metavar="URL", help="database URL (sqlite:///path or postgresql://...)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="UI language (default zh_CN)")
    parser.add_argument("--self-test", action="store_true", help="headless check; prints 'self-test ok'")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--quit-after-login-shown", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
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

    return run(db=args.db, demo=args.demo, lang=args.lang, quit_after_login_shown=args.quit_after_login_shown)


if __name__ == "__main__":
    sys.exit(main())
