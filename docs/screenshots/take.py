"""The README's pictures, taken again from the running app on the demo group.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/take.py --lang zh_CN
    QT_QPA_PLATFORM=offscreen python docs/screenshots/take.py --lang en

Builds the demo database in a temporary folder (desktop.demo, the same data as ``python -m desktop --demo``),
opens the login window and the main window of the users the README shows (adv1, sales1, cs1, mdm1) at the size
the window opens with on a 1366×768 screen with a taskbar (desktop.ui.shell.main_window.PREFERRED_CLIENT), walks
the intake outcomes and the guided dialogs, and saves ``<name>_<lang>.png`` next to this file (or in ``--out``):
the names the README uses. ``--only NAME`` (repeatable) takes only those pictures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: every picture: its name (without the language) and what it shows
PICTURES = (
    "login", "intake_vehicle_and_owner_1366", "intake_vehicle_only_1366", "intake_other_store_1366",
    "intake_not_found_1366", "intake_suspected_typo_1366", "attach_store_dialog", "owner_dialog_not_retained",
    "duplicate_dialog_possible", "plate_dialog_p3", "intake_plate_on_other_vehicle_1366",
    "vin_escalations_page_1366", "special_customers_page_1366", "new_sales_customer_dialog", "pending_page_1366",
    "vehicle_dialog_basic", "customer_dialog_cs", "customers", "change_requests_1366", "audit_page_1366",
    "merge_page_1366", "users_page_1366", "new_special_customer_dialog", "core_change_dialog_cs",
    "owner_dialog_scanned_licence", "intake_scanned_licence_1366",
)


class Shooter:
    """Opens windows on the demo database and saves what they show."""

    def __init__(self, app: Any, db: Any, lang: str, out: Path, only: set[str]) -> None:
        self.app, self.db, self.lang, self.out, self.only = app, db, lang, out, only
        self.saved: list[Path] = []
        self.failures: list[str] = []

    def wanted(self, *names: str) -> bool:
        return not self.only or any(name in self.only for name in names)

    # -- waiting and saving ---------------------------------------------------------------------------------
    def settle(self, *workers: Any) -> None:
        """Every call the windows made has come back and its answer is shown."""
        from PySide6.QtCore import QThreadPool

        for _ in range(50):
            for worker in workers:
                worker.wait_for_done()
            QThreadPool.globalInstance().waitForDone()
            self.app.processEvents()
            if not any(worker.busy for worker in workers):
                break
        for _ in range(3):
            self.app.processEvents()

    def save(self, widget: Any, name: str) -> None:
        if not self.wanted(name):
            return
        self.app.processEvents()
        path = self.out / f"{name}_{self.lang}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        self.saved.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)

    # -- windows --------------------------------------------------------------------------------------------
    @contextmanager
    def window(self, login: str) -> Iterator[Any]:
        from desktop.services import auth
        from desktop.ui.shell.main_window import PREFERRED_CLIENT, MainWindow

        actor = auth.actor_for(self.db, login)
        window = MainWindow(self.db, actor)
        window.resize(PREFERRED_CLIENT)
        window.show()
        self.settle(window.worker)
        try:
            yield window
        finally:
            self.settle(window.worker)
            window.close()
            window.deleteLater()
            self.app.processEvents()

    def section(self, window: Any, key: str) -> Any:
        window.nav.setCurrentRow(window.sections.index(key))
        self.settle(window.worker)
        return window.stack.currentWidget()

    def type_and_enter(self, edit: Any, text: str) -> None:
        """As the advisor's keyboard or scanner does (a VIN set by the program counts as not read off the car)."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        edit.setFocus()
        edit.clear()
        for ch in text + "\r":
            key = Qt.Key.Key_Return if ch == "\r" else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                self.app.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))

    def lookup(self, window: Any, vin: str, plate: str = "") -> None:
        intake = window.intake
        self.section(window, "intake")
        intake.plate_input.clear()
        self.type_and_enter(intake.vin_input, vin)
        self.settle(window.worker)
        if plate:
            self.type_and_enter(intake.plate_input, plate)
            self.settle(window.worker)

    def guided(self, window: Any) -> Any:
        """The guided dialog the banner's next-step button opens for the current lookup."""
        router = window.intake.router
        router.next_step(window.intake.result)
        self.settle(window.worker)
        return router.dialogs[-1]

    def close(self, dialog: Any, worker: Any) -> None:
        dialog.close()
        self.settle(worker)

    # -- the pictures ---------------------------------------------------------------------------------------
    def login(self) -> None:
        from desktop.app import OpenedBackend, _demo_accounts
        from desktop.backend import LocalBackend
        from desktop.ui.shell.login_dialog import LoginDialog

        if not self.wanted("login"):
            return
        dialog = LoginDialog(lambda conn: None, demo=True)
        dialog.set_backend(OpenedBackend(LocalBackend(self.db), "demo", _demo_accounts()))
        dialog.show()
        dialog.adjustSize()
        self.settle(dialog.worker)
        self.save(dialog, "login")
        dialog.close()
        dialog.deleteLater()

    def advisor(self) -> None:
        from desktop import demo

        vins = demo.SCENARIOS
        with self.window("adv1") as window:
            for name, vin in (("intake_vehicle_and_owner_1366", vins["vehicle_and_owner"]),
                              ("intake_not_found_1366", vins["not_found"]),
                              ("intake_suspected_typo_1366", vins["suspected_typo"])):
                if self.wanted(name):
                    self.lookup(window, vin)
                    self.save(window, name)
            if self.wanted("intake_vehicle_only_1366", "owner_dialog_not_retained", "duplicate_dialog_possible"):
                self.lookup(window, vins["vehicle_only (owner not retained)"])
                self.save(window, "intake_vehicle_only_1366")
                owner = self.guided(window)
                self.save(owner, "owner_dialog_not_retained")
                if self.wanted("duplicate_dialog_possible"):
                    self.duplicate(window, owner)
                self.close(owner, window.worker)
            if self.wanted("intake_other_store_1366", "attach_store_dialog"):
                self.lookup(window, vins["other_store"])
                self.save(window, "intake_other_store_1366")
                attach = self.guided(window)
                self.save(attach, "attach_store_dialog")
                self.close(attach, window.worker)
            if self.wanted("intake_plate_on_other_vehicle_1366", "plate_dialog_p3"):
                self.lookup(window, vins["plate moved: new car VIN"], vins["plate moved: plate on the old car"])
                self.save(window, "intake_plate_on_other_vehicle_1366")
                plate = self.guided(window)
                self.save(plate, "plate_dialog_p3")
                self.close(plate, window.worker)
            if self.wanted("owner_dialog_scanned_licence", "intake_scanned_licence_1366"):
                self.scanned_licence(window, vins["vehicle_and_owner"])
            if self.wanted("vehicle_dialog_basic"):
                self.lookup(window, vins["vehicle_and_owner"])
                dialog = window.open_vehicle(window.intake.result.vehicle.id, "basic")
                self.settle(window.worker)
                self.save(dialog, "vehicle_dialog_basic")
                self.close(dialog, window.worker)
            if self.wanted("customers"):
                page = self.section(window, "customers")
                page.search_edit.setText("王伟")
                page.search_now()
                self.settle(window.worker)
                self.save(window, "customers")
            if self.wanted("vin_escalations_page_1366"):  # V8: the advisor files the typo for the master-data team
                from desktop.services import escalations

                escalations.file_vin_escalation(self.db, window.actor, vins["suspected_typo"],
                                                self.text("客户行驶证上的车架号，与系统中的一位不同"))

    def scanned_licence(self, window: Any, vin: str) -> None:
        """#15: a phone photo of the car's driving licence, naming another owner and another plate (W9 / O5, P2),
        pasted on the intake page and in the owner dialog (synthetic: tests/scan_samples.py)."""
        import random

        from PySide6.QtGui import QImage

        from desktop.services import scan
        from tests.scan_samples import degrade, licence_fields, render_licence

        if not scan.ocr_available():
            self.fail("owner_dialog_scanned_licence", "the ocr extra is not installed")
            return
        rng = random.Random("screenshot-licence")
        fields = licence_fields(rng) | {"vin": vin, "plate": "粤B7K260", "owner": "陈志强"}
        picture = degrade(render_licence(fields, rng, bilingual=False), "photo", rng).convert("RGB")
        image = QImage(picture.tobytes(), picture.width, picture.height, 3 * picture.width,
                       QImage.Format.Format_RGB888).copy()
        self.section(window, "intake")
        window.intake.clear()
        window.intake.scan.panel.take(image, None, "paste")
        self.settle(window.worker)
        self.save(window, "intake_scanned_licence_1366")
        if not self.wanted("owner_dialog_scanned_licence"):
            return
        owner = window.intake.open_owner_dialog()
        self.settle(window.worker)
        if owner is None:
            self.fail("owner_dialog_scanned_licence", "no owner dialog for the car loaded")
            return
        owner.scan.panel.take(image, None, "paste")
        self.settle(window.worker)
        self.save(owner, "owner_dialog_scanned_licence")
        self.close(owner, window.worker)

    def duplicate(self, window: Any, owner: Any) -> None:
        """C2: a new owner with the name of a customer on file and another phone: a possible duplicate."""
        from PySide6.QtWidgets import QDialog

        fields = owner.new_fields
        fields["name"].setText("周建国")
        fields["phone"].setText("13902226671")
        owner.create_owner()
        self.settle(window.worker)
        dialogs = [d for d in owner.findChildren(QDialog) if d.objectName() == "duplicateDialog" and d.isVisible()]
        if not dialogs:
            self.fail("duplicate_dialog_possible", "the duplicate check opened no dialog for 周建国")
            return
        self.save(dialogs[-1], "duplicate_dialog_possible")
        self.close(dialogs[-1], window.worker)

    def sales(self) -> None:
        if not self.wanted("new_sales_customer_dialog"):
            return
        with self.window("sales1") as window:
            page = self.section(window, "customers")
            page.search_edit.setText("王伟")
            page.search_now()
            self.settle(window.worker)
            page.new_sales_customer()
            self.settle(window.worker)
            dialog = page.sales_dialog
            self.save(dialog, "new_sales_customer_dialog")
            self.close(dialog, window.worker)

    def customer_service(self) -> None:
        if not self.wanted("pending_page_1366", "customer_dialog_cs", "change_requests_1366", "audit_page_1366",
                           "core_change_dialog_cs"):
            return
        with self.window("cs1") as window:
            pending = self.section(window, "pending")
            self.save(window, "pending_page_1366")
            row = pending.model.row_at(0)
            if self.wanted("customer_dialog_cs", "core_change_dialog_cs") and row is not None:
                dialog = window.open_customer(row.code)
                self.settle(window.worker)
                self.save(dialog, "customer_dialog_cs")
                if self.wanted("core_change_dialog_cs"):
                    core = dialog.open_core_change()
                    self.settle(window.worker)
                    self.save(core, "core_change_dialog_cs")
                    self.close(core, window.worker)
                self.close(dialog, window.worker)
            if self.wanted("change_requests_1366"):
                self.section(window, "requests")
                self.save(window, "change_requests_1366")
            if self.wanted("audit_page_1366"):  # what the advisor did in this walk (the suspected typo filed)
                page = self.section(window, "audit")
                page.user.setText("adv1")
                page.search()
                self.settle(window.worker)
                self.save(window, "audit_page_1366")

    def master_data(self) -> None:
        if not self.wanted("vin_escalations_page_1366", "special_customers_page_1366", "merge_page_1366",
                           "users_page_1366", "new_special_customer_dialog"):
            return
        with self.window("mdm1") as window:
            for key, name in (("vin_escalations", "vin_escalations_page_1366"), ("merge", "merge_page_1366"),
                              ("users", "users_page_1366"), ("special", "special_customers_page_1366")):
                if self.wanted(name):
                    self.section(window, key)
                    self.save(window, name)
            if self.wanted("new_special_customer_dialog"):
                page = self.section(window, "special")
                page.new_special_customer()
                self.settle(window.worker)
                self.save(page.dialog, "new_special_customer_dialog")
                self.close(page.dialog, window.worker)

    def fail(self, name: str, why: str) -> None:
        self.failures.append(name)
        print(f"{name}: not taken: {why}", file=sys.stderr, flush=True)

    def text(self, zh: str) -> str:
        """A note typed by a user in the demo (Chinese at a Chinese desk)."""
        return zh


def _cheap_hashes() -> Callable[[], None]:
    """The demo users' argon2 hashes at the lowest cost (same algorithm; 13 users at 0.3 s each otherwise)."""
    from argon2 import PasswordHasher

    from desktop.services import auth

    production = auth._hasher
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

    def restore() -> None:
        auth._hasher = production

    return restore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--only", action="append", default=[], choices=PICTURES, metavar="NAME")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from desktop.app import make_application
    from desktop.demo import build_demo
    from desktop.storage import Database

    app = make_application(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="desk-screenshots-") as tmp:
        db = Database.open(f"sqlite:///{Path(tmp) / 'demo.db'}")
        try:
            restore = _cheap_hashes()
            try:
                build_demo(db)
            finally:
                restore()
            shooter = Shooter(app, db, args.lang, args.out, set(args.only))
            shooter.login()
            shooter.advisor()
            shooter.sales()
            shooter.customer_service()
            shooter.master_data()
        finally:
            db.close()
    print(f"{len(shooter.saved)} screenshots ({args.lang})" + (f"; not taken: {', '.join(shooter.failures)}"
                                                                if shooter.failures else ""))
    return 1 if shooter.failures else 0


if __name__ == "__main__":
    sys.exit(main())
