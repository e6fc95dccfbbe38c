"""待启用客户 and 核心资料申请: the queues of finance (sales customers) and customer service (after-sales).

PendingPage (C9/C12): the pending customers of the actor's business line; selecting one re-runs the
duplicate check and shows the candidates. 启用 enables (the service re-checks and refuses a duplicate);
驳回 rejects the pending duplicate pointing at the selected existing customer; 停用 disables a clearly
non-compliant record — the service refuses to disable a compliant one (C12) and its message is shown.

Enabling (C7/C9): an after-sales customer without ID is enabled only after the enabler ticks 无证件启用 and
gives a reason (a sales customer without a valid ID is refused by the service, C7). When the service finds
duplicates it answers DuplicateFound and the duplicate dialog opens on the customer being enabled: 驳回，沿用该客户
(Enter on a candidate) rejects the pending one pointing at it; 确认不是同一客户并启用 (a reason, Enter in the
reason field) enables it with every candidate confirmed different, in one service call.

ChangeRequestPage (C10): the advisors' open core-data change requests, applied or rejected with a note.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import change_requests, customers, pending
from desktop.ui import i18n, limits
from desktop.ui.duplicate_dialog import DuplicateDialog
from desktop.ui.models import RowTableModel
from desktop.ui.widgets import mark_invalid, message_label, push_button, repolish
from desktop.ui.worker import STALE, UserError, Worker


def _type(v: Any) -> str:
    return i18n.customer_type_label(v) if v else ""


def _business(v: Any) -> str:
    return i18n.business_label(v) if v else ""


def _status(v: Any) -> str:
    return i18n.status_label(v) if v else ""


_VERDICTS = {
    "certain": QT_TRANSLATE_NOOP("CandidateTableModel", "确定重复"),
    "possible": QT_TRANSLATE_NOOP("CandidateTableModel", "疑似重复"),
}


def _verdict(v: Any) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CandidateTableModel", _VERDICTS.get(v or "", v or ""))


def _reasons(v: Any) -> str:
    return "；".join(r.text(i18n.current_lang()) for r in (v or ()))


def _changes(v: Any) -> str:
    from desktop.services.change_requests import FIELD_LABELS

    en = i18n.current_lang() == "en"
    out = []
    for ch in v or ():
        zh_label, en_label = FIELD_LABELS.get(ch.field, (ch.field, ch.field))
        old, new = ch.old or "—", ch.new or "—"
        if ch.field == "customer_type":
            old, new = _type(ch.old) or "—", _type(ch.new) or "—"
        elif ch.field == "id_type":
            old, new = i18n.id_type_label(ch.old) or "—", i18n.id_type_label(ch.new) or "—"
        out.append(f"{en_label if en else zh_label}: {old} → {new}")
    return "；".join(out)


class PendingTableModel(RowTableModel):
    CONTEXT = "PendingTableModel"
    COLUMNS = (
        (("code",), QT_TRANSLATE_NOOP("PendingTableModel", "客户编码"), None),
        (("name",), QT_TRANSLATE_NOOP("PendingTableModel", "名称"), None),
        (("customer_type",), QT_TRANSLATE_NOOP("PendingTableModel", "类型"), _type),
        (("business",), QT_TRANSLATE_NOOP("PendingTableModel", "业务"), _business),
        (("phone_masked",), QT_TRANSLATE_NOOP("PendingTableModel", "电话"), None),
        (("created_by_login",), QT_TRANSLATE_NOOP("PendingTableModel", "建档人"), None),
        (("created_store_code",), QT_TRANSLATE_NOOP("PendingTableModel", "建档门店"), None),
        (("created_at",), QT_TRANSLATE_NOOP("PendingTableModel", "建档时间"), None),
    )


class CandidateTableModel(RowTableModel):
    CONTEXT = "CandidateTableModel"
    COLUMNS = (
        (("customer_code",), QT_TRANSLATE_NOOP("CandidateTableModel", "客户编码"), None),
        (("name",), QT_TRANSLATE_NOOP("CandidateTableModel", "名称"), None),
        (("verdict",), QT_TRANSLATE_NOOP("CandidateTableModel", "结论"), _verdict),
        (("status",), QT_TRANSLATE_NOOP("CandidateTableModel", "状态"), _status),
        (("phone_masked",), QT_TRANSLATE_NOOP("CandidateTableModel", "电话"), None),
        (("store_codes",), QT_TRANSLATE_NOOP("CandidateTableModel", "门店"), None),
        (("reasons",), QT_TRANSLATE_NOOP("CandidateTableModel", "原因"), _reasons),
    )


class RequestTableModel(RowTableModel):
    CONTEXT = "RequestTableModel"
    COLUMNS = (
        (("id",), QT_TRANSLATE_NOOP("RequestTableModel", "申请号"), None),
        (("customer_code",), QT_TRANSLATE_NOOP("RequestTableModel", "客户编码"), None),
        (("customer_name",), QT_TRANSLATE_NOOP("RequestTableModel", "名称"), None),
        (("business",), QT_TRANSLATE_NOOP("RequestTableModel", "业务"), _business),
        (("changes",), QT_TRANSLATE_NOOP("RequestTableModel", "申请修改"), _changes),
        (("reason",), QT_TRANSLATE_NOOP("RequestTableModel", "原因"), None),
        (("requested_by_login",), QT_TRANSLATE_NOOP("RequestTableModel", "申请人"), None),
        (("store_code",), QT_TRANSLATE_NOOP("RequestTableModel", "门店"), None),
        (("requested_at",), QT_TRANSLATE_NOOP("RequestTableModel", "申请时间"), None),
    )


def _table(name: str, model: RowTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class _Page(QWidget):
    def __init__(self, actor: Any, worker: Worker, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.actor = actor
        self.worker = worker
        self._busy = False
        self.message = message_label()

    def say(self, text: str, level: str = "info") -> None:
        self.message.setText(text)
        self.message.setProperty("level", level)
        repolish(self.message)

    def _failed(self, error: UserError) -> None:
        self._busy = False
        self._update_buttons()
        self.say(error.text, "error")
        if error.kind == STALE:  # the customer changed meanwhile: list it again as it is now (the message stays)
            self.refresh()

    def _read_failed(self, error: UserError) -> None:
        self.say(error.text, "error")

    def _update_buttons(self) -> None:  # overridden
        pass

    def refresh(self) -> None:  # overridden
        pass


class PendingPage(_Page):
    """待启用客户 (C9): verify, re-check, enable; reject a duplicate; disable a non-compliant record."""

    openCustomer = Signal(str)
    changed = Signal()

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "pendingPage", parent)
        self.rows: list[Any] = []
        self.candidates: list[Any] = []
        self.current: Any = None
        self.version: int | None = None  # the selected customer's version, as read when it was selected
        self.detail: Any = None  # the selected customer as read with its version (the duplicate dialog's draft)
        self.duplicate_dialog: DuplicateDialog | None = None

        title = QLabel(self.tr("待启用客户：核实原件、重新查重后启用（C9）；重复的不启用，沿用已有客户"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("pendingCount")
        refresh = push_button(self.tr("刷新"), "refreshPending", self.refresh, default=None)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.count)
        top.addWidget(refresh)

        self.model = PendingTableModel(self)
        self.table = _table("pendingTable", self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._open)

        box = QGroupBox(self.tr("查重结果"))
        box_layout = QVBoxLayout(box)
        self.selected = QLabel(self.tr("请选择一个待启用客户"))
        self.selected.setObjectName("pendingSelected")
        self.selected.setWordWrap(True)
        self.cand_model = CandidateTableModel(self)
        self.cand_table = _table("candidateTable", self.cand_model)
        self.cand_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.cand_table.activated.connect(self._open_candidate)
        self.reason = QLineEdit()
        self.reason.setObjectName("pendingReason")
        self.reason.setPlaceholderText(self.tr("驳回、停用或无证件启用的原因（必填）"))
        self.reason.setMaxLength(limits.REASON)
        self.reason.returnPressed.connect(self._reason_entered)
        self.without_id = QCheckBox(self.tr("无证件启用：已核实原件，客户确实无法提供证件（C7）"))
        self.without_id.setObjectName("confirmWithoutId")
        self.without_id.setVisible(False)
        self.without_id.toggled.connect(lambda _on: mark_invalid(self.without_id, False))
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.table)
        self._update_buttons()

    # -- load ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.count.setText(self.tr("正在加载…"))
        self.worker.read(pending.list_pending, done=self._show, failed=self._failed)

    def _show(self, rows: list[Any]) -> None:
        code = self.current.code if self.current is not None else None
        self.rows = rows
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("{0} 个待启用").format(len(rows)))
        again = next((i for i, r in enumerate(rows) if r.code == code), 0 if rows else -1)
        if again >= 0:
            self.table.selectRow(again)
        else:
            self.current = None
            self.candidates = []
            self.cand_model.set_rows([])
            self.selected.setText(self.tr("没有待启用客户") if not rows else self.tr("请选择一个待启用客户"))
        self._update_buttons()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.current = row
        self.version = None
        self.detail = None
        self.without_id.setChecked(False)
        self.candidates = []
        self.cand_model.set_rows([])
        if row is None:
            self._update_buttons()
            return
        self.selected.setText(self.tr("{0} {1}：正在重新查重…").format(row.code, row.name))
        self.worker.read(customers.get_customer, row.code,
                         done=partial(self._version_loaded, row.code), failed=self._read_failed, owner=self)
        self.worker.read(pending.recheck, row.code,
                         done=lambda cands, code=row.code: self._show_candidates(code, cands), failed=self._failed, owner=self)
        self._update_buttons()

    def _version_loaded(self, code: str, customer: Any) -> None:
        if self.current is not None and self.current.code == code:
            self.version = customer.version
            self.detail = customer
            self._update_buttons()

    def _show_candidates(self, code: str, cands: list[Any]) -> None:
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
            self.selected.setText(self.tr("{0} {1}：发现 {2} 个疑似重复，请核对；是同一客户则驳回，否则启用").format(
                row.code, row.name, len(cands)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current is not None and self.version is not None and not self._busy
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
        if self.current is None or self.version is None or self._busy:
            return
        reasons = [confirm_reason] if confirm_reason else []
        without_id = self._needs_id_confirmation()
        if without_id:
            if not self.without_id.isChecked():
                self.say(self.tr("该客户没有证件：核实原件、确认客户确实无法提供证件后，勾选“无证件启用”并填写原因（C7）"), "error")
                mark_invalid(self.without_id, True)
                self.without_id.setFocus()
                return
            mark_invalid(self.without_id, False)
            reason = self._need_reason()
            if reason is None:
                return
            reasons.append(reason)
        self._start(self.tr("正在重新查重并启用…"))
        self.worker.write(customers.enable, self.current.code, version=self.version,
                          confirmed_not_duplicate_of=tuple(confirmed), reason="；".join(dict.fromkeys(reasons)) or None,
                          confirm_without_id=without_id,
                          done=lambda d: self._done(self.tr("已启用 {0} {1}").format(d.code, d.name)),
                          failed=self._enable_failed, owner=self)

    def _enable_failed(self, error: UserError) -> None:
        """C9: duplicates found on enabling open the duplicate dialog on the customer being enabled."""
        found = error.error
        if not isinstance(found, customers.DuplicateFound) or self.current is None:
            self._failed(error)
            return
        self._busy = False
        self._update_buttons()
        self.say(error.text, "error")
        d, row = self.detail, self.current
        draft = {"customer_type": row.customer_type, "name": row.name,
                 "phone": d.phone if d is not None else row.phone_masked,
                 "id_type": row.id_type or "", "id_number": row.id_number or ""}
        dialog = DuplicateDialog(draft, found.candidates, found.certain, message=error.text, enabling=True, parent=self)
        dialog.reason.setMaxLength(limits.REASON)  # the confirm reason (TEXT in the audit trail)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.useCustomer.connect(self.use_instead)
        dialog.confirmedDifferent.connect(lambda codes, reason: self._enable(tuple(codes), reason))
        dialog.finished.connect(self._duplicate_closed)
        self.duplicate_dialog = dialog
        dialog.open()

    def _duplicate_closed(self, _result: int) -> None:
        self.duplicate_dialog = None

    def use_instead(self, candidate: Any) -> None:
        """The duplicate dialog's 驳回，沿用该客户 (C9): the pending customer is rejected, pointing at the existing
        one the business uses; the reason is the one typed on the page, else the decision itself."""
        if self.current is None or self.version is None or self._busy:
            return
        reason = self.reason.text().strip() or self.tr("与已有客户 {0} 为同一客户，沿用已有客户").format(candidate.customer_code)
        self._start(self.tr("正在驳回…"))
        self.worker.write(pending.reject_pending, self.current.code, candidate.customer_code,
                          reason, version=self.version,
                          done=lambda d: self._done(self.tr("已驳回 {0}，业务沿用 {1}").format(d.code, d.merged_into_code)),
                          failed=self._failed, owner=self)

    def _need_reason(self) -> str | None:
        reason = self.reason.text().strip()
        if not reason:
            self.say(self.tr("请填写原因"), "error")
            mark_invalid(self.reason, True)
            self.reason.setFocus()
            return None
        mark_invalid(self.reason, False)
        return reason

    def reject_selected(self) -> None:
        chosen = self._chosen()
        if self.current is None or self.version is None or self._busy:
            return
        if chosen is None:
            self.say(self.tr("请在查重结果中选择要沿用的已有客户"), "error")
            return
        reason = self._need_reason()
        if reason is None:
            return
        self._start(self.tr("正在驳回…"))
        self.worker.write(pending.reject_pending, self.current.code, chosen.customer_code, reason,
                          version=self.version, done=lambda d: self._done(self.tr("已驳回 {0}，业务沿用 {1}").format(d.code, d.merged_into_code)),
                          failed=self._failed, owner=self)

    def disable_selected(self) -> None:
        if self.current is None or self.version is None or self._busy:
            return
        reason = self._need_reason()
        if reason is None:
            return
        self._start(self.tr("正在停用…"))
        self.worker.write(customers.disable, self.current.code, reason, version=self.version,
                          done=lambda d: self._done(self.tr("已停用 {0} {1}").format(d.code, d.name)),
                          failed=self._failed, owner=self)

    def _start(self, text: str) -> None:
        self._busy = True
        self._update_buttons()
        self.say(text, "info")

    def _done(self, text: str) -> None:
        self._busy = False
        self.reason.clear()
        self.without_id.setChecked(False)
        self.say(text, "ok")
        self.changed.emit()
        self.refresh()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.openCustomer.emit(row.code)

    def _open_candidate(self, index: QModelIndex) -> None:
        row = self.cand_model.row_at(index.row())
        if row is not None:
            self.openCustomer.emit(row.customer_code)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()


class ChangeRequestPage(_Page):
    """核心资料申请 (C10): apply (validators, duplicate check, change — one transaction) or reject."""

    openCustomer = Signal(str)

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, "changeRequestPage", parent)
        self.current: Any = None
        self.version: int | None = None  # the customer's version, as read when the request was selected
        title = QLabel(self.tr("顾问提交的核心资料修改申请：核对证件后应用或驳回（C10/C11）"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("requestCount")
        refresh = push_button(self.tr("刷新"), "refreshRequests", self.refresh, default=None)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.count)
        top.addWidget(refresh)
        self.model = RequestTableModel(self)
        self.table = _table("requestTable", self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._open)
        self.note = QLineEdit()
        self.note.setObjectName("requestNote")
        self.note.setPlaceholderText(self.tr("处理说明（驳回时必填）"))
        self.note.setMaxLength(limits.REASON)
        self.apply_button = push_button(self.tr("应用修改"), "applyRequest", self.apply_selected,
                                        primary=True, default=None)
        self.reject_button = push_button(self.tr("驳回申请"), "rejectRequest", self.reject_selected, default=None)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("说明")))
        actions.addWidget(self.note, 1)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.setFocusProxy(self.table)
        self._update_buttons()

    def refresh(self) -> None:
        self.count.setText(self.tr("正在加载…"))
        self.worker.read(change_requests.list_open, done=self._show, failed=self._failed)

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("{0} 个待处理").format(len(rows)))
        if rows:
            self.table.selectRow(0)
        else:
            self.current = None
        self._update_buttons()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current = self.model.row_at(current.row())
        self.version = None
        if self.current is not None:
            self.worker.read(customers.get_customer, self.current.customer_code,
                             done=partial(self._version_loaded, self.current.id), failed=self._read_failed,
                             owner=self)
        self._update_buttons()

    def _version_loaded(self, request_id: int, customer: Any) -> None:
        if self.current is not None and self.current.id == request_id:
            self.version = customer.version
            self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.current is not None and not self._busy
        self.apply_button.setEnabled(ok and self.version is not None)
        self.reject_button.setEnabled(ok)

    def apply_selected(self) -> None:
        if self.current is None or self.version is None or self._busy:
            return
        self._busy = True
        self._update_buttons()
        self.say(self.tr("正在应用…"), "info")
        self.worker.write(change_requests.apply, self.current.id, self.note.text().strip() or None,
                          version=self.version, done=lambda r: self._done(self.tr("申请 #{0} 已应用：{1}").format(r.id, r.customer_code)),
                          failed=self._failed, owner=self)

    def reject_selected(self) -> None:
        if self.current is None or self._busy:
            return
        note = self.note.text().strip()
        if not note:
            self.say(self.tr("驳回须填写说明"), "error")
            mark_invalid(self.note, True)
            self.note.setFocus()
            return
        mark_invalid(self.note, False)
        self._busy = True
        self._update_buttons()
        self.worker.write(change_requests.reject, self.current.id, note,
                          done=lambda r: self._done(self.tr("申请 #{0} 已驳回").format(r.id)), failed=self._failed, owner=self)

    def _done(self, text: str) -> None:
        self._busy = False
        self.note.clear()
        self.say(text, "ok")
        self.refresh()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.openCustomer.emit(row.customer_code)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
