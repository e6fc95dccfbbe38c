"""The main window: who is working where, and the sections 接车 (default), 客户, 车辆.

It owns the worker for its panels and dialogs (every call goes to the window's backend, desktop.backend: the
services in-process or the reception-desk server), shows a banner with a retry button when the database or the
server cannot be reached, and opens the record dialogs (non-blocking) the panels ask for.

Closing the window (its close button, 退出登录 / 切换用户, the session's end) closes every dialog open over it:
the record dialogs it opened, the intake's guided dialogs (维护车主, 车牌, 联系人, 添加本店维修中心, 新增车辆档案) and
what those opened over themselves. A dialog is a window of its own: it stays open when only the main window
closes. With unsaved edits in one of them the user is asked first; 继续编辑 (the default) keeps the window open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.backend import for_database
from desktop.ui.back_office.audit_page import AuditPage
from desktop.ui.back_office.change_request_page import ChangeRequestPage
from desktop.ui.back_office.merge_dialog import MergeDialog
from desktop.ui.back_office.merge_page import MergePage
from desktop.ui.back_office.pending_page import PendingPage
from desktop.ui.back_office.special_customers_page import SpecialCustomersPage
from desktop.ui.back_office.users_page import UsersPage
from desktop.ui.back_office.vin_escalations_page import VinEscalationPage
from desktop.ui.common import i18n, shortcuts
from desktop.ui.common.forms import BackendDialog, open_kept
from desktop.ui.common.widgets import push_button
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.customer.customer_dialog import CustomerDialog
from desktop.ui.customer.customer_list import CustomerList
from desktop.ui.intake.panel import IntakePanel
from desktop.ui.vehicle.vehicle_dialog import VehicleDialog
from desktop.ui.vehicle.vehicle_list import VehicleList

SECTIONS = ("intake", "customers", "vehicles")
#: the first page of each role (the first of the actor's roles in this order wins): advisors take cars in,
#: finance and customer service verify pending customers, the master-data team answers suspected VIN typos.
LANDING = (("master_data", "vin_escalations"), ("service_advisor", "intake"), ("finance", "pending"),
           ("customer_service", "pending"), ("sales_advisor", "customers"))
#: the window on a 1366×768 screen with a taskbar (40 px) and a title bar (about 30 px); its layout still fits
#: a 1280×720 screen the same way (MIN_CLIENT).
PREFERRED_CLIENT = QSize(1366, 698)
MIN_CLIENT = QSize(1280, 650)
WINDOW_FRAME = QSize(16, 40)  # the window manager's borders and title bar, before the window is shown


def landing_section(actor: Any, sections: list[str]) -> str:
    """The section a user starts on (LANDING), among the sections the window has."""
    for role, section in LANDING:
        if role in actor.roles and section in sections:
            return section
    return sections[0]


def initial_size(available: QSize) -> QSize:
    """The window's first size: PREFERRED_CLIENT, or smaller so that frame and title bar fit the screen's free
    area (a taskbar excluded)."""
    return PREFERRED_CLIENT.boundedTo(available - WINDOW_FRAME)


class MainWindow(QMainWindow):
    loginAgain = Signal()  # the session ended on the server and the user chose to log in again
    loggedOut = Signal()  # 退出登录 / 切换用户: the app logs out and shows the login window again

    def __init__(self, backend: Any, actor: Any, parent: QWidget | None = None) -> None:
        """``backend``: a desktop.backend.Backend, or a Database (run in-process as ``actor``). The window does
        not close it: whoever opened it does (the app, a test)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.backend = for_database(backend, actor)
        self.actor = actor
        self.worker = Worker(self, self.backend)
        self.dialogs: list[QDialog] = []
        self.setWindowTitle(self.tr("维修接待台 · {0}").format(actor.store_name))

        header = QFrame()
        header.setObjectName("header")
        top = QHBoxLayout(header)
        top.setContentsMargins(16, 8, 16, 8)
        title = QLabel(self.tr("维修接待台"))
        title.setObjectName("headerTitle")
        self.user_label = QLabel(self.tr("{0}（{1}） · {2} · {3} {4}").format(
            actor.name, actor.login, actor.role_label(i18n.current_lang()), actor.store_code, actor.store_name))
        self.user_label.setObjectName("headerUser")
        self.logout_button = push_button(self.tr("退出登录 / 切换用户"), "logoutButton", self.log_out, default=None)
        self.logout_button.setToolTip(self.tr("退出登录，回到登录窗口换人登录（{0}）").format(
            shortcuts.key_text("log_out")))
        self.logout_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.user_label)
        top.addWidget(self.logout_button)
        self.logout_box: QMessageBox | None = None
        self.close_box: QMessageBox | None = None  # closing the window with unsaved edits asks here
        self._discarding = False  # the user chose to lose the edits (or the session is over): close without asking

        self.banner = QFrame()
        self.banner.setObjectName("connectionBanner")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(16, 6, 16, 6)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.retry_button = push_button(self.tr("重试"), "retryButton", self.worker.retry, default=None)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.retry_button)
        self.banner.hide()
        self.worker.connectionLost.connect(self._connection_lost)
        self.worker.connectionRestored.connect(self.banner.hide)
        self.worker.error.connect(self._show_error)
        self.worker.sessionEnded.connect(self._session_ended)
        self.session_box: QMessageBox | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        for text in (self.tr("接车"), self.tr("客户"), self.tr("车辆")):
            self.nav.addItem(text)
        self.nav.setFixedWidth(120)
        self.stack = QStackedWidget()
        self.intake = IntakePanel(actor, self.worker)
        scroll = QScrollArea()
        scroll.setObjectName("intakeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.intake)
        self.customers = CustomerList(actor, self.worker)
        self.vehicles = VehicleList(actor, self.worker)
        for page in (scroll, self.customers, self.vehicles):
            self.stack.addWidget(page)
        self.sections = list(SECTIONS)
        self._add_back_office(actor)
        self.nav.currentRowChanged.connect(self.show_section)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")

        self.intake.openVehicle.connect(self.open_vehicle)
        self.intake.openCustomer.connect(self.open_customer)
        self.intake.workOrderSaved.connect(
            lambda wo: self.statusBar().showMessage(self.tr("已开工单 {0}").format(wo.number), 10000))
        self.customers.openCustomer.connect(self.open_customer)
        self.vehicles.openVehicle.connect(lambda vid: self.open_vehicle(vid, "basic"))
        for i in range(min(len(self.sections), 9)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self.nav.setCurrentRow(i))
        # from a record dialog too: the key of the shortcut table, bound once here
        shortcuts.bind(self, "log_out", self.log_out, context=Qt.ShortcutContext.ApplicationShortcut)
        self._fit_nav()
        screen = self.screen() or QGuiApplication.primaryScreen()
        self.resize(initial_size(screen.availableGeometry().size()) if screen is not None else PREFERRED_CLIENT)
        self.nav.setCurrentRow(self.sections.index(landing_section(actor, self.sections)))

    # -- sections -----------------------------------------------------------------------------------------
    def _add_back_office(self, actor: Any) -> None:
        """The back-office sections of the roles that use them (the services check the permissions again):
        待启用客户 / 核心资料申请 for finance and customer service, 审计 for audit.view holders, 合并, 特殊客户 (C13)
        and 用户 for the master-data team."""
        self.pending: PendingPage | None = None
        self.requests: ChangeRequestPage | None = None
        self.audit: AuditPage | None = None
        self.merges: MergePage | None = None
        self.users: UsersPage | None = None
        self.special: SpecialCustomersPage | None = None
        if actor.can("customer.enable_sales") or actor.can("customer.enable_after_sales"):
            self.pending = PendingPage(actor, self.worker)
            self.pending.openCustomer.connect(self.open_customer)
            self._add_section("pending", self.tr("待启用客户"), self.pending)
        if actor.can("customer.modify_core"):
            self.requests = ChangeRequestPage(actor, self.worker)
            self.requests.openCustomer.connect(self.open_customer)
            self._add_section("requests", self.tr("核心资料申请"), self.requests)
        if actor.can("audit.view"):
            self.audit = AuditPage(actor, self.worker)
            self.audit.undoMerge.connect(lambda code: self.open_merge(code, "", True))
            self.audit.openCustomer.connect(self.open_customer)
            self.audit.openVehicle.connect(lambda vehicle_id: self.open_vehicle(vehicle_id, "basic"))
            self._add_section("audit", self.tr("审计"), self.audit)
        if actor.can("customer.merge"):
            self.merges = MergePage(actor, self.worker)
            self.merges.openMerge.connect(self.open_merge)
            self._add_section("merge", self.tr("合并"), self.merges)
        if actor.can("customer.create_special"):
            self.special = SpecialCustomersPage(actor, self.worker)
            self.special.openCustomer.connect(self.open_customer)
            self._add_section("special", self.tr("特殊客户"), self.special)
        if actor.can("user.manage"):
            self.users = UsersPage(actor, self.worker)
            self._add_section("users", self.tr("用户"), self.users)
        self.vin_escalations: VinEscalationPage | None = None
        if actor.can("vehicle.merge_twin"):
            self.vin_escalations = VinEscalationPage(actor, self.worker)
            self._add_section("vin_escalations", self.tr("车架号升级"), self.vin_escalations)

    def _fit_nav(self) -> None:
        """Every section's name fits the list unclipped, in either language (item padding 16 px each side, the
        selection bar; bold when selected)."""
        font = QFont(self.nav.font())
        font.setPixelSize(16)  # style.qss: the section list's font, bold when selected
        font.setBold(True)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(max(120, widest + 48))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)

    def _add_section(self, key: str, text: str, page: QWidget) -> None:
        self.sections.append(key)
        self.nav.addItem(text)
        self.stack.addWidget(page)

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if row == 0:
            self.intake.vin_input.setFocus()
        elif page is not None:
            page.setFocus()

    # -- dialogs ------------------------------------------------------------------------------------------
    def open_vehicle(self, vehicle_id: int, tab: str = "basic") -> VehicleDialog:
        dialog = VehicleDialog(self.actor, self.worker, vehicle_id, tab=tab, parent=self)
        dialog.openCustomer.connect(self.open_customer)
        # W5: after fixing the vehicle or its owner, the intake starts again with the same VIN.
        dialog.saved.connect(lambda detail: self._restart_intake(detail.vin))
        return open_kept(dialog, self.dialogs)

    def open_customer(self, code: str) -> CustomerDialog:
        dialog = CustomerDialog(self.actor, self.worker, code, parent=self)
        dialog.saved.connect(lambda _d: self.intake.refresh())
        dialog.undoMerge.connect(lambda merged: self.open_merge(merged, "", True, over=dialog))
        return open_kept(dialog, self.dialogs)

    def open_merge(self, duplicate_code: str = "", survivor_code: str = "", undo: bool = False, *,
                   over: CustomerDialog | None = None) -> MergeDialog:
        """合并 / 撤销合并 (the back office's merge dialog), from the merge page, the audit trail or, ``over`` it,
        a merged customer's record (which is read again once the merge is undone)."""
        dialog = MergeDialog(self.actor, self.worker, duplicate_code=duplicate_code,
                             survivor_code=survivor_code, undo=undo, parent=over or self)
        dialog.merged.connect(lambda _r: self.merges.refresh() if self.merges is not None else None)
        if over is not None:
            dialog.merged.connect(lambda _r: over.reload())
        return open_kept(dialog, self.dialogs)

    def _restart_intake(self, vin: str) -> None:
        current = self.intake.result
        if current is None or current.vehicle is None or current.vehicle.vin == vin or current.query == vin:
            self.intake.vin_input.setText(vin)
            self.intake.lookup_vin()

    # -- open dialogs, log out, close -------------------------------------------------------------------
    def open_dialogs(self) -> list[QDialog]:
        """Every dialog open over this window: the record dialogs (``dialogs``), the intake's guided dialogs
        (``intake.dialogs``), what those opened over themselves (a dialog's child, its questions) and the
        window's own questions. All are this window's children (their parent is the window, the intake panel or
        another of them), so none is missed, however it was opened."""
        return [d for d in self.findChildren(QDialog) if shiboken6.isValid(d) and d.isVisible()]

    def edited_dialogs(self) -> list[BackendDialog]:
        """The open dialogs with unsaved edits (BackendDialog.has_edits: what Esc asks about)."""
        return [d for d in self.open_dialogs() if isinstance(d, BackendDialog) and d.has_edits()]

    def close_dialogs(self) -> None:
        """Close every open dialog at once, without asking (:meth:`BackendDialog.close` is the program's)."""
        for dialog in self.open_dialogs():
            if shiboken6.isValid(dialog) and dialog.isVisible():  # a parent closed first takes its children along
                dialog.close()

    def log_out(self) -> None:
        """退出登录 / 切换用户: the app logs this user out and shows the login window (``loggedOut``); with
        unsaved edits in an open dialog, after asking (继续编辑 is the default)."""
        if not self.edited_dialogs():
            self.loggedOut.emit()
            return
        if self.logout_box is not None and self.logout_box.isVisible():
            return
        self.logout_box = self._ask_discard("logout", self.tr("退出登录？"),
                                            self.tr("打开的窗口里有尚未保存的修改，退出登录后会丢失。"),
                                            self.tr("放弃修改并退出登录"), self.loggedOut.emit)

    def close_discarding(self) -> bool:
        """Close the window and its dialogs without asking: the user chose to lose the edits, or the session
        is over (logged out, ended by the server: nothing is saved by it any more)."""
        self._discarding = True
        try:
            return self.close()
        finally:
            self._discarding = False

    def _ask_discard(self, name: str, title: str, text: str, leave_text: str,
                     leave: Callable[[], Any]) -> QMessageBox:
        """The question before unsaved edits are lost (non-blocking): ``leave_text`` runs ``leave`` once the
        question has closed, 继续编辑 (the default, Esc) keeps everything open. Object names ``<name>WithEdits``,
        ``<name>Discard``, ``<name>KeepEditing``."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName(f"{name}WithEdits")
        discard = box.addButton(leave_text, QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName(f"{name}Discard")
        keep = box.addButton(self.tr("继续编辑"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName(f"{name}KeepEditing")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        # run once the question is closed (finished), so that closing every dialog does not close it twice
        box.finished.connect(lambda _result: leave() if box.clickedButton() is discard else None)
        box.open()
        return box

    # -- errors -------------------------------------------------------------------------------------------
    def _connection_lost(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    def _session_ended(self, text: str) -> None:
        """The server ended this login (logout on another PC, idle, deactivated, password reset): say so once and
        offer the login window; nothing typed here is saved by the old session any more."""
        if self.session_box is not None and self.session_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("维修接待台 · 登录已失效"), text, parent=self)
        box.setObjectName("sessionEnded")
        again = box.addButton(self.tr("重新登录"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(again)
        box.buttonClicked.connect(lambda button: self.loginAgain.emit() if button is again else None)
        self.session_box = box
        box.open()

    def _show_error(self, error: UserError) -> None:
        self.statusBar().showMessage(error.text, 15000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Close every dialog open over the window too; with unsaved edits in one, ask first (继续编辑: the
        window stays open, ``event.ignore()``)."""
        if not self._discarding and self.edited_dialogs():
            event.ignore()
            if self.close_box is None or not self.close_box.isVisible():
                self.close_box = self._ask_discard("close", self.tr("关闭窗口？"),
                                                   self.tr("打开的窗口里有尚未保存的修改，关闭后会丢失。"),
                                                   self.tr("放弃修改并关闭"), self.close_discarding)
            return
        self.close_dialogs()
        self.worker.wait_for_done()
        super().closeEvent(event)
