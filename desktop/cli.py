"""Admin command line: init-db, store add, user add, import, demo, dedupe-report, reindex.

Exit status 0 on success; non-zero with a one-line reason on standard error otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

COMMANDS = ("init-db", "store", "user", "import", "demo", "dedupe-report", "reindex")


def _default_url() -> str:
    try:
        from desktop.config import resolve_db_url
    except ImportError:  # pragma: no cover
        return os.environ.get("DESKTOP_DB_URL", "sqlite:///reception-desk.db")
    return resolve_db_url(None)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m desktop", description="维修接待台 admin commands")
    sub = p.add_subparsers(dest="command", required=True)

    def db_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--db", default=None, help="database URL (sqlite:///file.db or postgresql://...)")

    sp = sub.add_parser("init-db", help="create or upgrade the database schema")
    db_arg(sp)

    store = sub.add_parser("store", help="stores").add_subparsers(dest="action", required=True)
    sp = store.add_parser("add", help="add a store with its repair centers")
    db_arg(sp)
    sp.add_argument("--code", required=True)
    sp.add_argument("--name", required=True)
    sp.add_argument("--repair-center", action="append", default=[], metavar="CODE:NAME", required=True)

    user = sub.add_parser("user", help="users").add_subparsers(dest="action", required=True)
    sp = user.add_parser("add", help="add a user")
    db_arg(sp)
    sp.add_argument("--login", required=True)
    sp.add_argument("--name", required=True)
    sp.add_argument("--store", required=True)
    sp.add_argument("--role", action="append", required=True,
                    help="service_advisor | sales_advisor | finance | customer_service | master_data")
    pw = sp.add_mutually_exclusive_group(required=True)
    pw.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    pw.add_argument("--password", help="the password (visible in the process list: prefer --password-stdin)")

    imp = sub.add_parser("import", help="bulk CSV import")
    imp.add_argument("kind", choices=["customers", "vehicles"])
    imp.add_argument("file", type=Path)
    db_arg(imp)
    imp.add_argument("--report", type=Path, default=None, help="JSON-lines report of rejected and duplicate rows")
    imp.add_argument("--encoding", default=None, metavar="NAME",
                     help="the file's encoding (default: detect UTF-8, with or without BOM, or GB18030/GBK)")

    sp = sub.add_parser("demo", help="create the demo group (3 stores, users, customers, vehicles, hard cases)")
    db_arg(sp)

    sp = sub.add_parser("dedupe-report", help="groups of suspected duplicate customers across the database")
    db_arg(sp)
    sp.add_argument("--out", type=Path, default=Path("dedupe-report.csv"))

    sp = sub.add_parser("reindex", help="rebuild every search key from the customer and vehicle rows (repair tool)")
    db_arg(sp)
    return p


def _fail(message: str, code: int = 1) -> int:
    from desktop.rules.privacy import mask_text  # no password, phone or ID number in an error line

    one_line = mask_text(" ".join(message.split()))
    print(f"error: {one_line}", file=sys.stderr)
    return code


def _progress(label: str) -> Any:
    def show(done: int, total: int | None = None) -> None:
        if not sys.stderr.isatty():
            return
        if total:
            width = 30
            filled = int(width * done / max(total, 1))
            sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        else:
            sys.stderr.write(f"\r{label}: {done}")
        sys.stderr.flush()

    return show


def run(args: argparse.Namespace) -> int:
    from desktop.storage import Database, StorageError

    url = args.db or _default_url()
    try:
        db = Database.open(url)
    except StorageError as exc:
        return _fail(exc.message("en"))
    except Exception as exc:  # noqa: BLE001 - a bad URL or driver error, reported in one line
        from desktop.rules.privacy import mask_url

        return _fail(f"cannot open database {mask_url(url)}: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")
    try:
        return _dispatch(db, args)
    finally:
        db.close()


def _dispatch(db: Any, args: argparse.Namespace) -> int:
    from desktop.rules.errors import ValidationError
    from desktop.services.errors import ServiceError

    try:
        if args.command == "init-db":
            current, head = db.schema_state()
            print(f"database ready at schema {current}")
            return 0
        if args.command == "store":
            from desktop.services import org

            centers = []
            for spec in args.repair_center:
                code, _, name = spec.partition(":")
                centers.append((code.strip(), name.strip() or code.strip()))
            info = org.add_store(db, args.code, args.name, centers)
            print(f"store {info.code} {info.name} added with {len(centers)} repair center(s)")
            return 0
        if args.command == "user":
            from desktop.services import org

            password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else args.password
            roles = [r.strip() for spec in args.role for r in spec.split(",") if r.strip()]
            org.add_user(db, args.login, args.name, args.store, roles, password)
            print(f"user {args.login} added")
            return 0
        if args.command == "import":
            return _import(db, args)
        if args.command == "demo":
            from desktop.demo import DemoExists, build_demo

            try:
                summary = build_demo(db)
            except DemoExists as exc:
                return _fail(str(exc))
            print(summary)
            return 0
        if args.command == "dedupe-report":
            from desktop.services import dedupe_report

            groups = dedupe_report.report(db, args.out, progress=_progress("dedupe-report"))
            if sys.stderr.isatty():
                sys.stderr.write("\n")
            print(f"{groups} group(s) of suspected duplicates written to {args.out}")
            return 0
        if args.command == "reindex":
            from desktop.services import search

            n_c, n_v = search.rebuild_index(db, progress=_progress("reindex"))
            if sys.stderr.isatty():
                sys.stderr.write("\n")
            print(f"search keys rebuilt: {n_c} customer key rows, {n_v} vehicle key rows")
            return 0
    except (ServiceError, ValidationError) as exc:
        return _fail(exc.message("en") if hasattr(exc, "message") else str(exc))
    return _fail(f"unknown command {args.command}", 2)


def _import(db: Any, args: argparse.Namespace) -> int:
    from desktop.services import importing

    # Exit status: 0 all rows loaded; 1 rows rejected (the others loaded); 2 the file was refused, nothing loaded;
    # 3 the run stopped on an error (the batches before it loaded). The report is written in every case.
    if args.report:
        try:  # before loading anything: a report that cannot be written is found out now, not at the end
            args.report.open("a", encoding="utf-8").close()
        except OSError as exc:
            return _fail(f"cannot write the report {args.report}: {exc.strerror}", 2)
    show = _progress(f"import {args.kind}")
    fn = importing.import_customers if args.kind == "customers" else importing.import_vehicles
    try:
        summary = fn(db, args.file, progress=show, encoding=args.encoding, report=args.report)
    except importing.ImportFileError as exc:
        return _fail(str(exc), 2)
    except importing.ImportStopped as exc:
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        print(exc.summary.line())
        return _fail(str(exc) + (f", see {args.report}" if args.report else ""), 3)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(summary.line())
    if summary.rejected:
        print(f"error: {summary.rejected} row(s) rejected" + (f", see {args.report}" if args.report else ""),
              file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from desktop.rules.privacy import install_privacy_filter

    install_privacy_filter()  # warnings printed without a configured handler are masked too
    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
