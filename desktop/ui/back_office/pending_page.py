"""待启用客户 (C9/C12): the queue of finance (sales customers) and customer service (after-sales customers).

The pending customers of the actor's business line; selecting one re-runs the duplicate check and shows the
candidates. 启用 enables (the service re-checks and refuses a duplicate);
驳回 rejects the pending duplicate pointing at the selected existing customer; 停用 disables a clearly
non-compliant record — the service refuses to disable a compliant one (C12) and its message is shown.

Enabling (C7/C9): an after-sales customer without ID is enabled only after the enabler ticks 无证件启用 and
gives a reason (a sales customer without a valid ID is refused by the service, C7). When the service finds
duplicates it answers DuplicateFound and the duplicate dialog opens on the customer being enabled: 驳回，沿用该客户
(Enter on a candidate) rejects the pending one pointing at it; 确认不是同一客户并启用 (a reason, Enter in the
reason field) enables it with every candidate confirmed different, in one service call.

Enter or a double click on a pending customer (or Enter in the search field on the one chosen, QueuePage) opens its
customer record; Enter or a double click on a candidate opens the candidate's.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import customers, pending
from desktop.services.customers import CustomerDetail, DuplicateFound
from desktop.services.dedupe import Candidate
from desktop.services.pending import PendingRow
from desktop.ui.back_office.queue_page import QueuePage
from desktop.ui.common import limits
from desktop.ui.common.models import CandidateTableModel, PendingTableModel
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.tables import table_view
from desktop.ui.common.widgets import push_button, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.customer.duplicate_dialog import DuplicateDialog


class PendingPage(QueuePage[PendingRow]):
    """待启用客户 (C9): verify, re-check, enable; reject a duplicate; disable a non-compliant record."""

    openCustomer = Signal(str)
    changed = Signal()

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "pendingPage", PendingTableModel(), pending.list_pending,
                         lambda row: row.code, table="pendingTable", count="pendingCount", refresh="refreshPending", parent=parent)
        self.candidates: list[Candidate] = []
        self.version: int | None = None  # the selected customer's version, as read when it was selected
        self.detail: CustomerDetail | None = None  # the selected customer as read with its version (the duplicate dialog's draft)
        self.duplicate_dialog: DuplicateDialog | None = None

        box = QGroupBox(self.tr("查重结果"))
        box_layout = QVBoxLayout(box)
        self.selected = QLabel(self.tr("请选择一个待启用客户"))
        self.selected.setObjectName("pendingSelected")
        self.selected.setWordWrap(True)
        self.cand_model = CandidateTableModel(self)
        self.cand_table = table_view("candidateTable", self.cand_model, wrap=False)
        self.cand_table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.cand_table.activated.connect(self._open_candidate)
        self.reason = QLineEdit()
        self.reason.setObjectName("pendingReason")
        self.reason.setPlaceholderText(self.tr("驳回、停用或无证件启用的原因（必填）"))
        self.reason.setMaxLength(limits.REASON)
        self.reason.returnPressed.connect(self._reason_entered)
        self.without_id = QCheckBox(self.tr("无证件启用：已核实原件，客户确实无法提供证件（C7）"))
        self.without_id.setObjectName("confirmWithoutId")
        self.without_id.setVisible(False)
        unmark_on_edit(self.reason, self.without_id)
        self.enable_button = push_button(self.tr("启用"), "enableCustomer", self.enable_selected,
                                         primary=True, default=None)
        self.reject_button = push_button(self.tr("驳回：沿用所选客户"), "rejectPending",
                                         self.reject_selected, default=None)
        self.disable_button = push_button(self.tr("停用（资料不合规）"), "disableCustomer",
                                          self.disable_selected, default=None)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("原因")))
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.disable_button)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.enable_button)
        box_layout.addWidget(self.selected)
        box_layout.addWidget(self.cand_table, 1)
        box_layout.addWidget(self.without_id)
        box_layout.addLayout(actions)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = self.queue_layout(self.tr("待启用客户：核实原件、重新查重后启用（C9）；重复的不启用，沿用已有客户"))
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.update_actions()

    # -- load ---------------------------------------------------------------------------------------------
    def counted(self, n: int) -> str:
        return self.tr("{0} 个待启用").format(n)

    def row_selected(self, row: PendingRow | None) -> None:
        """The customer selected: its version read, the duplicate check run again (both reads)."""
        self.current = row
        self.version = None
        self.detail = None
        self.without_id.setChecked(False)
        self.candidates = []
        self.cand_model.set_rows([])
        if row is None:
            empty = self.model.rowCount() == 0
            self.selected.setText(self.tr("没有待启用客户") if empty else self.tr("请选择一个待启用客户"))
            self.update_actions()
            return
        self.selected.setText(self.tr("{0} {1}：正在重新查重…").format(row.code, row.name))
        (QueryOp(customers.get_customer, row.code)
         .success(partial(self._version_loaded, row.code)).run_in(self))
        (QueryOp(pending.recheck, row.code)
         .success(partial(self._show_candidates, row.code)).run_in(self))
        self.update_actions()

    def _version_loaded(self, code: str, customer: CustomerDetail) -> None:
        if self.current is not None and self.current.code == code:
            self.version = customer.version
            self.detail = customer
            self.update_actions()

    def _show_candidates(self, code: str, cands: list[Candidate]) -> None:
        if self.current is None or self.current.code != code:
            return
        self.candidates = cands
        self.cand_model.set_rows(cands)
        self.cand_table.resizeColumnsToContents()
        row = self.current
        if not cands:
            self.selected.setText(self.tr("{0} {1}：查重未发现重复，核实原件后可启用").format(row.code, row.name))
        elif any(c.verdict == "certain" and c.status != "disabled" for c in cands):
            self.selected.setText(self.tr("{0} {1}：与已有客户确定重复，不能启用；请驳回并沿用已有客户").format(row.code, row.name))
            self.cand_table.selectRow(0)
        else:
            self.selected.setText(self.tr("{0} {1}：发现 %n 个疑似重复，请核对；是同一客户则驳回，否则启用", "",
                                          len(cands)).format(row.code, row.name))
        self.update_actions()

    def update_actions(self) -> None:
        has = self.current is not None and self.version is not None and not self.busy
        self.without_id.setVisible(self._needs_id_confirmation())
        self.enable_button.setEnabled(has)
        self.disable_button.setEnabled(has)
        self.reject_button.setEnabled(has and self._chosen() is not None)

    def _chosen(self) -> Any:
        index = self.cand_table.currentIndex()
        return self.cand_model.row_at(index.row()) if index.isValid() else None

    def _needs_id_confirmation(self) -> bool:
        """C7: an after-sales customer without ID is enabled only with the enabler's explicit confirmation."""
        row = self.current
        return row is not None and row.business == "after_sales" and not row.id_number

    # -- act ----------------------------------------------------------------------------------------------
    def _reason_entered(self) -> None:
        """Enter in the reason field: enable without ID when that is what was ticked, else reject."""
        if self._needs_id_confirmation() and self.without_id.isChecked():
            self.enable_selected()
        else:
            self.reject_selected()

    def enable_selected(self) -> None:
        """启用 (C9/C7): one service call, which re-runs the duplicate check."""
        self._enable()

    def _enable(self, confirmed: tuple[str, ...] = (), confirm_reason: str | None = None) -> None:
        """``confirmed`` / ``confirm_reason`` come from the duplicate dialog's 确认不是同一客户 (the service refused
        with DuplicateFound and the dialog answered it)."""
        if self.current is None or self.version is None or self.busy:
            return
        reasons = [confirm_reason] if confirm_reason else []
        without_id = self._needs_id_confirmation()
        if without_id:
            if not self.without_id.isChecked():
                self.refuse(self.tr("该客户没有证件：核实原件、确认客户确实无法提供证件后，勾选“无证件启用”并填写原因（C7）"),
                            self.without_id)
                return
            reason = self._need_reason()
            if reason is None:
                return
            reasons.append(reason)
        (WriteOp(customers.enable, self.current.code, version=self.version,
                 confirmed_not_duplicate_of=tuple(confirmed), reason="；".join(dict.fromkeys(reasons)) or None,
                 confirm_without_id=without_id)
         .success(lambda d: self._done(self.tr("已启用 {0} {1}").format(d.code, d.name)))
         .expect(DuplicateFound, partial(self._duplicates, self.current))
         .busy(self.tr("正在重新查重并启用…")).run_in(self))

    def _duplicates(self, row: PendingRow, found: DuplicateFound, error: UserError) -> None:
        """C9: duplicates found on enabling open the duplicate dialog on the customer being enabled."""
        d = self.detail
        draft = {"customer_type": row.customer_type, "name": row.name,
                 "phone": d.phone if d is not None else row.phone_masked,
                 "id_type": row.id_type or "", "id_number": row.id_number or ""}
        DuplicateDialog.ask(self, draft, found, error, use=self.use_instead, enabling=True,
                            different=lambda codes, reason: self._enable(tuple(codes), reason))

    def use_instead(self, candidate: Any) -> None:
        """The duplicate dialog's 驳回，沿用该客户 (C9): the pending customer is rejected, pointing at the existing
        one the business uses; the reason is the one typed on the page, else the decision itself."""
        if self.current is None or self.version is None or self.busy:
            return
        reason = self.reason.text().strip() or self.tr("与已有客户 {0} 为同一客户，沿用已有客户").format(candidate.customer_code)
        (WriteOp(pending.reject_pending, self.current.code, candidate.customer_code, reason,
                 version=self.version)
         .success(self._rejected).busy(self.tr("正在驳回…")).run_in(self))

    def _need_reason(self) -> str | None:
        return self.required(self.reason, self.tr("请填写原因"))

    def reject_selected(self) -> None:
        chosen = self._chosen()
        if self.current is None or self.version is None or self.busy:
            return
        if chosen is None:
            self.refuse(self.tr("请在查重结果中选择要沿用的已有客户"))
            return
        reason = self._need_reason()
        if reason is None:
            return
        (WriteOp(pending.reject_pending, self.current.code, chosen.customer_code, reason,
                 version=self.version)
         .success(self._rejected).busy(self.tr("正在驳回…")).run_in(self))

    def _rejected(self, d: CustomerDetail) -> None:
        self._done(self.tr("已驳回 {0}，业务沿用 {1}").format(d.code, d.merged_into_code))

    def disable_selected(self) -> None:
        if self.current is None or self.version is None or self.busy:
            return
        reason = self._need_reason()
        if reason is None:
            return
        (WriteOp(customers.disable, self.current.code, reason, version=self.version)
         .success(lambda d: self._done(self.tr("已停用 {0} {1}").format(d.code, d.name)))
         .busy(self.tr("正在停用…")).run_in(self))

    def _done(self, text: str) -> None:
        self.reason.clear()
        self.without_id.setChecked(False)
        self.say(text, "ok")
        self.changed.emit()
        self.refresh()

    def open_row(self, row: PendingRow) -> None:
        self.openCustomer.emit(row.code)

    def _open_candidate(self, index: QModelIndex) -> None:
        row = self.cand_model.row_at(index.row())
        if row is not None:
            self.openCustomer.emit(row.customer_code)
