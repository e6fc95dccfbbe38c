"""合并重复客户 (master-data team): pick the duplicate and the survivor, see what will move, give a
reason, merge. The same dialog undoes a merge (opened from the audit view, the merge page or the
customer record). Both are one service call on the versions of the customers shown (the plan's two
customers; for an undo, the merged customer as the dialog read it): a customer changed meanwhile by another
workstation is refused and shown again. Enter in the reason confirms; Esc closes.

The two customers are picked by searching, keyboard first: type a name, a phone fragment or a code in 重复客户,
Enter lists the matches of the whole group (search.search_customers_group: merging is the master-data team's job
across the group, S1; the service refuses it to anyone else), each with its store (建档门店), so that two
customers of the same name are told apart; ↑ / ↓ choose, Enter takes the selected one and goes on to 保留客户;
there the same; once both are chosen the preview shows what moves and the reason comes next. A code the search
does not find is taken as typed (the preview reads it, or says it does not exist)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from desktop.services import customers, merge
from desktop.services.customers import CustomerDetail
from desktop.services.merge import MergePlan, MergeResult
from desktop.services.search import GroupCustomerRow, search_customers_group
from desktop.ui.common import i18n, limits, shortcuts
from desktop.ui.common.forms import CLOSE, BackendDialog
from desktop.ui.common.models import GroupCustomerTableModel
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.tables import TO_CONTENTS, show_rows, table_view
from desktop.ui.common.widgets import mark_invalid, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker


class MergeDialog(BackendDialog):
    merged = Signal(object)  # MergeResult (merge or undo)

    def __init__(self, actor: Any, worker: Worker, *, duplicate_code: str = "", survivor_code: str = "",
                 undo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="mergeDialog")
        self.undo = undo
        self.plan: MergePlan | None = None
        self.merged_customer: CustomerDetail | None = None  # undo: the merged customer as read (its version is sent)
        self.setWindowTitle(self.tr("撤销合并 · {0}").format(duplicate_code) if undo else self.tr("合并重复客户"))

        intro = QLabel(
            self.tr("撤销后，合并时移到保留客户的车辆、工单、渠道和联系人按审计记录逐条移回，并恢复原状态。") if undo else
            self.tr("重复客户的车辆（车主）、工单、客户渠道和联系人移到保留客户；重复客户保留档案，停用并指向保留客户。"
                    "不同客户类型不能合并。"))
        intro.setObjectName("mergeIntro")
        intro.setWordWrap(True)
        self.duplicate = QLineEdit(duplicate_code)
        self.duplicate.setObjectName("mergeDuplicate")
        self.duplicate.setPlaceholderText(self.tr("要合并掉的客户：姓名、电话或客户编码，按 Enter 查找"))
        self.survivor = QLineEdit(survivor_code)
        self.survivor.setObjectName("mergeSurvivor")
        self.survivor.setPlaceholderText(self.tr("保留的客户：姓名、电话或客户编码，按 Enter 查找"))
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
        # picking the customers by search: the matches of the field searched last, ↑ / ↓ choose, Enter takes one
        self.picks_model = GroupCustomerTableModel(self)
        self.picks = table_view("mergeCandidates", self.picks_model, columns=TO_CONTENTS)
        self.picks.hide()
        self.picks.doubleClicked.connect(lambda _index: self._take_pick())
        self._picks_for: tuple[QLineEdit, str] | None = None  # the field and the text the matches are for
        for edit in (self.duplicate, self.survivor):
            edit.installEventFilter(self)

        self.standard_button(CLOSE, "closeDialog", self.reject)
        self.preview_button = self.action_button(self.tr("预览"), "mergePreview", self.preview)
        self.preview_button.setVisible(not undo)
        self.confirm_button = self.action_button(self.tr("撤销合并") if undo else self.tr("合并"), "mergeConfirm",
                                              self.confirm, primary=True, default=True)
        shortcuts.bind_button(self.confirm_button, "save")
        shortcuts.bind(self, "dialog_search", lambda: self._go_to(self.survivor if self.duplicate.text().strip()
                                                                  and not self.undo else self.duplicate))
        self.update_actions()

        for edit in (self.duplicate, self.survivor):
            edit.textEdited.connect(self._codes_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.picks, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.moves, 1)
        layout.addLayout(self.footer())
        self.resize(720, 520 if not undo else 260)
        if undo and duplicate_code:
            self.load_merged()
        elif duplicate_code and survivor_code:
            self.preview()
        if not undo:
            self._go_to(self.survivor if duplicate_code and not survivor_code else self.duplicate)

    # -- undo: the merged customer ------------------------------------------------------------------------
    def load_merged(self, then_say: tuple[str, str] | None = None) -> None:
        (QueryOp(customers.get_customer, self.duplicate.text().strip())
         .success(lambda d: self.show_merged(d, then_say)).run_in(self))

    def show_merged(self, d: CustomerDetail, then_say: tuple[str, str] | None = None) -> None:
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
        self._picks_for = None
        self.picks.hide()
        self.plan = None
        self.moves.clear()
        self.summary.clear()
        self.update_actions()

    # -- picking a customer by search ---------------------------------------------------------------------
    def pick(self, edit: QLineEdit) -> None:
        """Enter in 重复客户 / 保留客户: the selected match is taken, or the text is searched first."""
        text = edit.text().strip()
        if not text:
            self.refuse(self.tr("请输入客户姓名、电话或客户编码，按 Enter 查找"), edit)
            return
        if self._picks_for == (edit, text) and self.picks_model.rowCount():
            self._take_pick()
            return
        self.say(self.tr("正在查找…"), "info")
        (QueryOp(search_customers_group, text, 20)
         .success(lambda rows: self._show_picks(edit, text, rows)).run_in(self))

    def _show_picks(self, edit: QLineEdit, text: str, rows: list[GroupCustomerRow]) -> None:
        if edit.text().strip() != text:
            return  # typed on meanwhile
        if not rows:
            self._picks_for = None
            self.picks.hide()
            if text.isascii() and text.isalnum():  # a code the search does not find: the preview reads it
                self._next_after(edit)
            else:
                self.say(self.tr("没有找到“{0}”：请换姓名、电话片段或客户编码").format(text), "info")
            return
        self._picks_for = (edit, text)
        show_rows(self.picks, rows)
        self.picks.show()
        self.say(self.tr("找到 %n 个客户：↑↓ 选择，Enter 确定", "", len(rows)), "info")

    def _take_pick(self) -> None:
        if self._picks_for is None:
            return
        edit = self._picks_for[0]
        index = self.picks.currentIndex()
        row = self.picks_model.row_at(index.row() if index.isValid() else 0)
        if row is None:
            return
        edit.setText(row.code)
        self._codes_changed("")
        self._next_after(edit)

    def _next_after(self, edit: QLineEdit) -> None:
        """A customer is chosen in ``edit``: the other one next, or the preview once both are."""
        self._picks_for = None
        self.picks.hide()
        other = self.survivor if edit is self.duplicate else self.duplicate
        if not other.text().strip():
            self.say(self.tr("请选择保留客户") if other is self.survivor else self.tr("请选择重复客户"), "info")
            self._go_to(other)
        else:
            self.preview()

    @staticmethod
    def _go_to(edit: QLineEdit) -> None:
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """↑ / ↓ in a customer field move through its matches (the keyboard stays in the field)."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._picks_for is not None
                and watched is self._picks_for[0] and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            count = self.picks_model.rowCount()
            current = self.picks.currentIndex().row() if self.picks.currentIndex().isValid() else 0
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.picks.selectRow(min(max(current + step, 0), count - 1))
            return True
        return super().eventFilter(watched, event)

    def preview(self) -> None:
        if self.undo or self.busy:
            return
        dup, survivor = self.duplicate.text().strip(), self.survivor.text().strip()
        if not dup or not survivor:
            self.refuse(self.tr("请填写重复客户和保留客户的编码"), self.survivor if dup else self.duplicate)
            return
        self.say(self.tr("正在预览…"), "info")
        QueryOp(merge.plan_merge, dup, survivor).success(self.show_plan).run_in(self)

    def show_plan(self, plan: MergePlan, then_say: tuple[str, str] | None = None) -> None:
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
        busy = self.tr("正在处理…")
        if self.undo and self.merged_customer is not None:
            (WriteOp(merge.undo_merge, self.merged_customer.code, reason,
                     version=self.merged_customer.version)
             .success(self._done).busy(busy).run_in(self))
        elif self.plan is not None:
            (WriteOp(merge.merge_customers, self.plan.duplicate.code, self.plan.survivor.code, reason,
                     version=self.plan.duplicate.version, survivor_version=self.plan.survivor.version)
             .success(self._done).busy(busy).run_in(self))

    def _done(self, result: MergeResult) -> None:
        moved = len(result.vehicle_ids) + len(result.work_order_ids) + len(result.channel_ids) + len(result.contact_ids)
        if self.undo:
            text = self.tr("已撤销合并：%n 条记录移回 {0}", "", moved).format(result.duplicate_code)
            if result.skipped:
                text += self.tr("；合并后已变动、未移回：{0}").format(i18n.listed(result.skipped))
        else:
            text = self.tr("已合并：{0} → {1}，移动 %n 条记录", "", moved).format(result.duplicate_code,
                                                                             result.survivor_code)
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
            (QueryOp(merge.plan_merge, self.duplicate.text().strip(), self.survivor.text().strip())
             .success(lambda p: self.show_plan(p, (error.text, "error"))).run_in(self))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"duplicate_code": self.duplicate, "survivor_code": self.survivor, "reason": self.reason}

    def enter_pressed(self, widget: QObject | None) -> None:
        """Enter in a customer field searches it or takes the selected match; anywhere else it merges (or undoes
        the merge)."""
        if widget is self.picks and self._picks_for is not None:
            self._take_pick()
        elif widget in (self.duplicate, self.survivor) and not self.undo:
            self.pick(widget)
        else:
            self.confirm()
