"""合并重复客户 (master-data team): pick the duplicate and the survivor, see what will move, give a
reason, merge. The same dialog undoes a merge (opened from the audit view, the merge page or the
customer record). Both are one service call on the versions of the customers shown (the plan's two
customers; for an undo, the merged customer as the dialog read it): a customer changed meanwhile by another
workstation is refused and shown again. Enter in a code previews, Enter in the reason confirms; Esc closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from desktop.services import customers, merge
from desktop.ui.common import i18n, limits
from desktop.ui.common.forms import CLOSE, BackendDialog
from desktop.ui.common.widgets import mark_invalid, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker


class MergeDialog(BackendDialog):
    merged = Signal(object)  # MergeResult (merge or undo)

    def __init__(self, actor: Any, worker: Worker, *, duplicate_code: str = "", survivor_code: str = "",
                 undo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="mergeDialog")
        self.undo = undo
        self.plan: Any = None
        self.merged_customer: Any = None  # undo: the merged customer as read (its version is sent)
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
            unmark_on_edit(edit)
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

        self.standard_button(CLOSE, "closeDialog", self.reject)
        self.preview_button = self.action_button(self.tr("预览"), "mergePreview", self.preview)
        self.preview_button.setVisible(not undo)
        self.confirm_button = self.action_button(self.tr("撤销合并") if undo else self.tr("合并"), "mergeConfirm",
                                              self.confirm, primary=True, default=True)
        self.update_actions()

        for edit in (self.duplicate, self.survivor):
            edit.textEdited.connect(self._codes_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.moves, 1)
        layout.addLayout(self.footer())
        self.resize(720, 520 if not undo else 260)
        if undo and duplicate_code:
            self.load_merged()
        elif duplicate_code and survivor_code:
            self.preview()

    # -- undo: the merged customer ------------------------------------------------------------------------
    def load_merged(self, then_say: tuple[str, str] | None = None) -> None:
        self.worker.read(customers.get_customer, self.duplicate.text().strip(),
                         done=lambda d: self.show_merged(d, then_say), failed=self.failed, owner=self)

    def show_merged(self, d: Any, then_say: tuple[str, str] | None = None) -> None:
        self.merged_customer = d
        shown = " · ".join(x for x in (f"{d.code} {d.name}", i18n.status_label(d.status), d.phone_masked) if x)
        self.summary.setText(shown + (f" → {d.merged_into_code}" if d.merged_into_code else ""))
        self.update_actions()
        if then_say is not None:
            self.say(*then_say)

    # -- preview ------------------------------------------------------------------------------------------
    def update_actions(self) -> None:
        ready = self.merged_customer is not None if self.undo else self.plan is not None
        self.confirm_button.setEnabled(ready and not self.busy)

    def _codes_changed(self, _text: str) -> None:
        self.plan = None
        self.moves.clear()
        self.summary.clear()
        self.update_actions()

    def preview(self) -> None:
        if self.undo or self.busy:
            return
        dup, survivor = self.duplicate.text().strip(), self.survivor.text().strip()
        if not dup or not survivor:
            self.refuse(self.tr("请填写重复客户和保留客户的编码"), self.survivor if dup else self.duplicate)
            return
        self.say(self.tr("正在预览…"), "info")
        self.worker.read(merge.plan_merge, dup, survivor, done=self.show_plan, failed=self.failed)

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
        self.update_actions()
        self.reason.setFocus()

    # -- confirm ------------------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.busy:
            return
        if not self.undo and self.plan is None:
            self.preview()
            return
        if self.undo and self.merged_customer is None:
            return
        reason = self.required(self.reason, self.tr("请填写原因（必填）"))
        if reason is None:
            return
        mark_invalid(self.reason, False)
        self.begin(self.tr("正在处理…"))
        if self.undo:
            self.worker.write(merge.undo_merge, self.merged_customer.code, reason,
                              version=self.merged_customer.version, done=self._done, failed=self.failed)
        else:
            self.worker.write(merge.merge_customers, self.plan.duplicate.code,
                              self.plan.survivor.code, reason, version=self.plan.duplicate.version,
                              survivor_version=self.plan.survivor.version, done=self._done, failed=self.failed)

    def _done(self, result: Any) -> None:
        self.end()
        moved = len(result.vehicle_ids) + len(result.work_order_ids) + len(result.channel_ids) + len(result.contact_ids)
        if self.undo:
            text = self.tr("已撤销合并：{0} 条记录移回 {1}").format(moved, result.duplicate_code)
            if result.skipped:
                text += self.tr("；合并后已变动、未移回：{0}").format("、".join(result.skipped))
        else:
            text = self.tr("已合并：{0} → {1}，移动 {2} 条记录").format(result.duplicate_code, result.survivor_code, moved)
        self.say(text, "ok")
        self.merged.emit(result)

    def stale(self, error: UserError) -> None:
        """A customer changed meanwhile: shown again as it is now (the message stays)."""
        if self.undo:
            self.merged_customer = None
            self.update_actions()
            self.load_merged(then_say=(error.text, "error"))
        elif self.plan is not None:
            self.plan = None
            self.update_actions()
            self.worker.read(merge.plan_merge, self.duplicate.text().strip(), self.survivor.text().strip(),
                             done=lambda p: self.show_plan(p, (error.text, "error")), failed=self.failed,
                             owner=self)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"duplicate_code": self.duplicate, "survivor_code": self.survivor, "reason": self.reason}

    def enter_pressed(self, widget: QObject | None) -> None:
        """Enter in a code previews what would move; anywhere else it merges (or undoes the merge)."""
        if widget in (self.duplicate, self.survivor):
            self.preview()
        else:
            self.confirm()
