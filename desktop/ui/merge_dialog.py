"""合并重复客户 (master-data team): pick the duplicate and the survivor, see what will move, give a
reason, merge. The same dialog undoes a merge (opened from the audit view, the merge page or the
customer dialog). Both are one service call on the versions of the customers shown (the plan's two
customers; for an undo, the merged customer as the dialog read it): a customer changed meanwhile by another
workstation is refused and shown again. The merge page lists recent merges. Enter previews / confirms, Esc
closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import customers, merge
from desktop.ui import i18n, limits
from desktop.ui.models import RowTableModel
from desktop.ui.widgets import mark_invalid, message_label, push_button, repolish
from desktop.ui.worker import STALE, UserError, Worker


class MergeDialog(QDialog):
    merged = Signal(object)  # MergeResult (merge or undo)

    def __init__(self, actor: Any, worker: Worker, *, duplicate_code: str = "", survivor_code: str = "",
                 undo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.actor = actor
        self.worker = worker
        self.undo = undo
        self.plan: Any = None
        self.merged_customer: Any = None  # undo: the merged customer as read (its version is sent)
        self._busy = False
        self.setWindowTitle(self.tr("撤销合并 · {0}").format(duplicate_code) if undo else self.tr("合并重复客户"))

        intro = QLabel(
            self.tr("撤销后，合并时移到保留客户的车辆、工单、渠道和联系人按审计记录逐条移回，并恢复原状态。") if undo else
            self.tr("重复客户的车辆（车主）、工单、客户渠道和联系人移到保留客户；重复客户保留档案，停用并指向保留客户。"
                    "不同客户类型不能合并。"))
        intro.setObjectName("mergeIntro")
        intro.setWordWrap(True)
        self.duplicate = QLineEdit(duplicate_code)
        self.duplicate.setObjectName("mergeDuplicate")
        self.duplicate.setPlaceholderText(self.tr("要合并掉的客户编码"))
        self.survivor = QLineEdit(survivor_code)
        self.survivor.setObjectName("mergeSurvivor")
        self.survivor.setPlaceholderText(self.tr("保留的客户编码"))
        self.reason = QLineEdit()
        self.reason.setObjectName("mergeReason")
        self.reason.setPlaceholderText(self.tr("原因（必填）"))
        for edit, length in ((self.duplicate, limits.CUSTOMER["code"]), (self.survivor, limits.CUSTOMER["code"]),
                             (self.reason, limits.REASON)):
            edit.setMaxLength(length)
        form = QFormLayout()
        form.addRow(self.tr("重复客户"), self.duplicate)
        if not undo:
            form.addRow(self.tr("保留客户"), self.survivor)
        form.addRow(self.tr("原因"), self.reason)
        self.duplicate.setReadOnly(undo)
        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.moves = QListWidget()
        self.moves.setObjectName("mergeMoves")
        self.moves.setVisible(not undo)

        self.message = message_label()
        self.preview_button = push_button(self.tr("预览"), "mergePreview", self.preview)
        self.preview_button.setVisible(not undo)
        self.confirm_button = push_button(self.tr("撤销合并") if undo else self.tr("合并"), "mergeConfirm",
                                          self.confirm, primary=True, default=True)
        self.confirm_button.setEnabled(False)
        close = push_button(self.tr("关闭"), "closeDialog", self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.confirm_button)

        for edit in (self.duplicate, self.survivor):
            edit.textEdited.connect(self._codes_changed)
            edit.returnPressed.connect(self.preview)
        self.reason.returnPressed.connect(self.confirm)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.moves, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(720, 520 if not undo else 260)
        if undo and duplicate_code:
            self.load_merged()
        elif duplicate_code and survivor_code:
            self.preview()

    # -- undo: the merged customer ------------------------------------------------------------------------
    def load_merged(self, then_say: tuple[str, str] | None = None) -> None:
        self.worker.read(customers.get_customer, self.duplicate.text().strip(),
                         done=lambda d: self.show_merged(d, then_say), failed=self._failed, owner=self)

    def show_merged(self, d: Any, then_say: tuple[str, str] | None = None) -> None:
        self.merged_customer = d
        shown = " · ".join(x for x in (f"{d.code} {d.name}", i18n.status_label(d.status), d.phone_masked) if x)
        self.summary.setText(shown + (f" → {d.merged_into_code}" if d.merged_into_code else ""))
        self.confirm_button.setEnabled(not self._busy)
        if then_say is not None:
            self.say(*then_say)

    # -- preview ------------------------------------------------------------------------------------------
    def _codes_changed(self, _text: str) -> None:
        self.plan = None
        self.moves.clear()
        self.summary.clear()
        self.confirm_button.setEnabled(False)

    def preview(self) -> None:
        if self.undo or self._busy:
            return
        dup, survivor = self.duplicate.text().strip(), self.survivor.text().strip()
        if not dup or not survivor:
            self.say(self.tr("请填写重复客户和保留客户的编码"), "error")
            return
        self.say(self.tr("正在预览…"), "info")
        self.worker.read(merge.plan_merge, dup, survivor, done=self.show_plan, failed=self._failed)

    def show_plan(self, plan: Any, then_say: tuple[str, str] | None = None) -> None:
        if (plan.duplicate.code, plan.survivor.code) != (self.duplicate.text().strip(), self.survivor.text().strip()):
            return
        self.plan = plan
        d, s = plan.duplicate, plan.survivor
        self.summary.setText(self.tr("{0} {1}（{2}，{3}）→ 保留 {4} {5}（{6}，{7}）").format(
            d.code, d.name, i18n.status_label(d.status), d.phone_masked,
            s.code, s.name, i18n.status_label(s.status), s.phone_masked))
        self.moves.clear()
        for text, items in ((self.tr("车辆"), plan.vehicles), (self.tr("工单"), plan.work_orders),
                            (self.tr("客户渠道（移到保留客户）"), plan.channels_moved),
                            (self.tr("客户渠道（保留客户已有，留在原档案）"), plan.channels_kept),
                            (self.tr("车辆联系人"), plan.contacts)):
            self.moves.addItem(f"{text}: {len(items)}")
            for item in items:
                self.moves.addItem(f"    {item}")
        self.say(*(then_say or (self.tr("请核对要移动的内容，填写原因后合并"), "info")))
        self.confirm_button.setEnabled(True)
        self.reason.setFocus()

    # -- confirm ------------------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self._busy:
            return
        if not self.undo and self.plan is None:
            self.preview()
            return
        if self.undo and self.merged_customer is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.say(self.tr("请填写原因（必填）"), "error")
            mark_invalid(self.reason, True)
            self.reason.setFocus()
            return
        mark_invalid(self.reason, False)
        self._busy = True
        self.confirm_button.setEnabled(False)
        self.say(self.tr("正在处理…"), "info")
        if self.undo:
            self.worker.write(merge.undo_merge, self.merged_customer.code, reason,
                              version=self.merged_customer.version, done=self._done, failed=self._failed)
        else:
            self.worker.write(merge.merge_customers, self.plan.duplicate.code,
                              self.plan.survivor.code, reason, version=self.plan.duplicate.version,
                              survivor_version=self.plan.survivor.version, done=self._done, failed=self._failed)

    def _done(self, result: Any) -> None:
        self._busy = False
        moved = len(result.vehicle_ids) + len(result.work_order_ids) + len(result.channel_ids) + len(result.contact_ids)
        if self.undo:
            text = self.tr("已撤销合并：{0} 条记录移回 {1}").format(moved, result.duplicate_code)
            if result.skipped:
                text += self.tr("；合并后已变动、未移回：{0}").format("、".join(result.skipped))
        else:
            text = self.tr("已合并：{0} → {1}，移动 {2} 条记录").format(result.duplicate_code, result.survivor_code, moved)
        self.say(text, "ok")
        self.merged.emit(result)

    def _failed(self, error: UserError) -> None:
        self._busy = False
        self.confirm_button.setEnabled(self.merged_customer is not None if self.undo else self.plan is not None)
        self.say(error.text, "error")
        if error.kind == STALE:  # a customer changed meanwhile: show it again as it is now (the message stays)
            self.confirm_button.setEnabled(False)
            if self.undo:
                self.load_merged(then_say=(error.text, "error"))
            elif self.plan is not None:
                self.plan = None
                self.worker.read(merge.plan_merge, self.duplicate.text().strip(),
                                 self.survivor.text().strip(), done=lambda p: self.show_plan(p, (error.text, "error")),
                                 failed=self._failed, owner=self)
            return
        target = {"duplicate_code": self.duplicate, "survivor_code": self.survivor, "reason": self.reason}.get(
            error.field or "")
        if target is not None:
            mark_invalid(target, True)

    def say(self, text: str, level: str) -> None:
        self.message.setText(text)
        self.message.setProperty("level", level)
        repolish(self.message)


def _active(v: Any) -> str:
    return QCoreApplication.translate("MergeTableModel", QT_TRANSLATE_NOOP("MergeTableModel", "生效中")) if v else \
        QCoreApplication.translate("MergeTableModel", QT_TRANSLATE_NOOP("MergeTableModel", "已撤销"))


class MergeTableModel(RowTableModel):
    CONTEXT = "MergeTableModel"
    COLUMNS = (
        (("at",), QT_TRANSLATE_NOOP("MergeTableModel", "时间"), None),
        (("user_login",), QT_TRANSLATE_NOOP("MergeTableModel", "操作人"), None),
        (("duplicate_code",), QT_TRANSLATE_NOOP("MergeTableModel", "重复客户"), None),
        (("survivor_code",), QT_TRANSLATE_NOOP("MergeTableModel", "保留客户"), None),
        (("active",), QT_TRANSLATE_NOOP("MergeTableModel", "状态"), _active),
        (("reason",), QT_TRANSLATE_NOOP("MergeTableModel", "原因"), None),
    )


class MergePage(QWidget):
    """合并 section: recent merges, a new merge, undo of the selected one."""

    openMerge = Signal(str, str, bool)  # duplicate code, survivor code, undo

    def __init__(self, actor: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePage")
        self.actor = actor
        self.worker = worker
        title = QLabel(self.tr("合并重复客户（主数据团队）：合并可按审计记录撤销"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        self.new_button = push_button(self.tr("合并重复客户…"), "newMerge",
                                      lambda: self.openMerge.emit("", "", False), primary=True, default=None)
        self.undo_button = push_button(self.tr("撤销所选合并…"), "undoMerge", self._undo, default=None)
        self.undo_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.new_button)
        self.model = MergeTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("mergeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.message = QLabel()
        self.message.setObjectName("mergeCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.table)

    def refresh(self) -> None:
        self.worker.read(merge.recent_merges, done=self._show, failed=self._failed)

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("{0} 次合并").format(len(rows)))
        self._row_changed(self.table.currentIndex(), QModelIndex())

    def _failed(self, error: UserError) -> None:
        self.message.setText(error.text)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.undo_button.setEnabled(row is not None and row.active)

    def _undo(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and row.active:
            self.openMerge.emit(row.duplicate_code, row.survivor_code, True)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
