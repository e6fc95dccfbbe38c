"""检查客户重复 (duplicate check, C2): opens whenever a customer is about to be created and the check found
someone. The draft is on top, the candidates below with the matching fields highlighted and the reasons.

A certain duplicate (C2a same name and phone, C2c company name, C2d ID number) offers only 使用该客户 and
取消: creating is refused. Possible duplicates (C2b...) offer 使用该客户 or 确认不是同一客户 with a
required reason. Keyboard: arrows pick a candidate, Enter uses the selected one (Enter in the reason field
confirms instead), Esc cancels. Only a customer that can be used is chosen in advance (the first one, or none):
never a merged or disabled one, and, where 使用该客户 links the customer as a vehicle's owner (``links_owner``:
the owner dialog), never a pending one (O6); the line under the list says why the selected one cannot be used
(desktop.ui.customer.usable). The dialog only decides; the caller acts on ``useCustomer`` /
``confirmedDifferent`` (it holds no database calls at all).

``enabling=True``: the same decision when a PENDING customer is enabled (C9, the pending queue): the draft is
the customer being enabled, "use" means reject it and use the existing one, "different" enables it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.customers import DuplicateFound
from desktop.ui.common import i18n, limits
from desktop.ui.common.forms import CANCEL, BackendDialog, BackendPage
from desktop.ui.common.models import CandidateTableModel
from desktop.ui.common.tables import TO_CONTENTS, table_view
from desktop.ui.common.widgets import unmark_on_edit
from desktop.ui.common.worker import UserError
from desktop.ui.customer.usable import why_not_usable

NOTICE_ERROR = "QLabel { background: #fee2e2; color: #7f1d1d; font-weight: bold; padding: 8px 12px; border-radius: 6px; }"
NOTICE_WARNING = "QLabel { background: #fef3c7; color: #78350f; font-weight: bold; padding: 8px 12px; border-radius: 6px; }"


class DuplicateDialog(BackendDialog):
    useCustomer = Signal(object)  # the chosen Candidate
    confirmedDifferent = Signal(tuple, str)  # every candidate's code, the reason

    def __init__(self, draft: Mapping[str, Any], candidates: Sequence[Any], certain: bool, *,
                 message: str = "", enabling: bool = False, links_owner: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, name="duplicateDialog")
        self.setWindowTitle(self.tr("检查客户重复（C2）"))
        self.candidates = list(candidates)
        self.certain = certain
        self.enabling = enabling
        # 使用该客户 links the customer as a vehicle's owner (the owner dialog): only an enabled one can be (O6)
        self.links_owner = links_owner
        self.decision: str | None = None  # "use" / "different"
        self.chosen: Any = None
        self.reason_text = ""

        self.headline = QLabel()
        self.headline.setObjectName("duplicateHeadline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(NOTICE_ERROR if certain else NOTICE_WARNING)
        if enabling and certain:
            self.headline.setText(self.tr("与已有客户确定重复：不能启用，请驳回并沿用已有客户。"))
        elif enabling:
            self.headline.setText(self.tr("发现疑似重复客户：如是同一客户，请驳回待启用客户并沿用已有客户；"
                                          "确认不是同一客户时，填写原因后启用。"))
        elif certain:
            self.headline.setText(self.tr("该客户已存在：不得重复新建，请使用已有客户。"))
        else:
            self.headline.setText(self.tr("发现疑似重复客户：如是同一人，请使用已有客户（资料有误请客服修改）；"
                                          "确认不是同一人时，填写原因后再新建。"))
        self.detail_text = QLabel(message)
        self.detail_text.setObjectName("duplicateMessage")
        self.detail_text.setWordWrap(True)
        self.detail_text.setVisible(bool(message))

        drafted = QGroupBox(self.tr("待启用的客户") if enabling else self.tr("正在新建的客户"))
        form = QFormLayout(drafted)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        id_text = " ".join(x for x in (i18n.id_type_label(draft.get("id_type") or ""),
                                       str(draft.get("id_number") or "")) if x)
        for key, label, value in (
            ("draftType", self.tr("客户类型"), i18n.customer_type_label(str(draft.get("customer_type") or ""))),
            ("draftName", self.tr("名称"), str(draft.get("name") or "")),
            ("draftPhone", self.tr("主要电话"), str(draft.get("phone") or "")),
            ("draftId", self.tr("证件"), id_text or "—"),
        ):
            value_label = QLabel(value or "—")
            value_label.setObjectName(key)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value_label)

        found = QGroupBox(self.tr("已有客户（黄色为与新建客户相同或相近的字段）"))
        box = QVBoxLayout(found)
        self.model = CandidateTableModel(self)
        self.model.set_rows(self.candidates)
        self.table = table_view("duplicateCandidates", self.model, columns=TO_CONTENTS, alternating=False,
                                wrap=False)  # no alternating colours: the matching fields are the coloured ones
        self.table.doubleClicked.connect(lambda _index: self.use_selected())
        self.why = QLabel()  # why the selected customer cannot be used (O6), under the list
        self.why.setObjectName("duplicateWhy")
        self.why.setWordWrap(True)
        self.why.setStyleSheet(NOTICE_WARNING)
        self.why.hide()
        box.addWidget(self.table)
        box.addWidget(self.why)

        self.reason = QLineEdit()
        self.reason.setObjectName("confirmReason")
        self.reason.setPlaceholderText(self.tr("必填：为什么不是同一客户（如：同名不同人，身份证号不同）"))
        self.reason.setMaxLength(limits.REASON)  # the confirm reason (TEXT in the audit trail)
        unmark_on_edit(self.reason)
        self.reason_label = QLabel(self.tr("不是同一客户的原因"))
        self.reason_label.setBuddy(self.reason)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)

        self.use_button = self.action_button(self.tr("驳回，沿用该客户") if enabling else self.tr("使用该客户"),
                                          "useCandidate", self.use_selected, primary=True, default=True)
        self.different_button = self.action_button(
            self.tr("确认不是同一客户并启用") if enabling else self.tr("确认不是同一客户"), "confirmNotDuplicate",
            self.confirm_different)
        self.cancel_button = self.standard_button(CANCEL, "cancelDuplicate", self.reject)
        # C2a/C2c/C2d: creating is refused, so there is nothing to confirm
        for widget in (self.reason, self.reason_label, self.different_button):
            widget.setVisible(not certain)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail_text)
        layout.addWidget(drafted)
        layout.addWidget(found, 1)
        layout.addLayout(reason_row)
        layout.addLayout(self.footer())
        self.resize(1040, 520)
        self.table.selectionModel().currentRowChanged.connect(lambda *_rows: self._selection_changed())
        # only a customer that can be used is chosen for the user (O6): the first one, or none at all
        first = next((i for i, c in enumerate(self.candidates) if self.why_not_usable(c) is None), None)
        if first is not None:
            self.table.selectRow(first)
        self._selection_changed()
        self.table.setFocus()

    @classmethod
    def ask(cls, form: BackendDialog | BackendPage, draft: Mapping[str, Any], found: DuplicateFound,
            error: UserError, *, use: Callable[[Any], None], different: Callable[[tuple[str, ...], str], None],
            enabling: bool = False, links_owner: bool = False) -> DuplicateDialog:
        """C2 refused a save of ``form`` with ``found`` (said as ``error``; nothing was saved): the refusal goes
        on the form's message line and the dialog opens over it, held as ``form.duplicate_dialog``;
        ``use(candidate)`` / ``different(codes, reason)`` act on the answer; ``links_owner``: ``use`` links the
        customer as a vehicle's owner (O6: never a pending one). The handler of an op's expected
        DuplicateFound: ``.expect(DuplicateFound, lambda found, error: DuplicateDialog.ask(self, draft, found,
        error, ...))``."""
        form.say(error.text, "error")
        dialog = cls(draft, found.candidates, found.certain, message=error.text, enabling=enabling,
                     links_owner=links_owner, parent=form)
        dialog.useCustomer.connect(use)
        dialog.confirmedDifferent.connect(different)
        return form.open_child(dialog, "duplicate_dialog")

    # -- content ------------------------------------------------------------------------------------------
    def why_not_usable(self, c: Any) -> str | None:
        """Why ``c`` cannot be used, in words (the service would refuse it): a merged or disabled customer never;
        a pending one not as a vehicle's owner (O6)."""
        return why_not_usable(c.name, c.customer_code, c.status, merged=c.merged, as_owner=self.links_owner)

    def _selection_changed(self) -> None:
        """The use button follows the selected customer; why it cannot be used is said under the list."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        candidate = self.candidates[row] if 0 <= row < len(self.candidates) else None
        why = self.why_not_usable(candidate) if candidate is not None else None
        if candidate is None and self.candidates and all(self.why_not_usable(c) for c in self.candidates):
            why = "\n".join(self.why_not_usable(c) or "" for c in self.candidates)
        self.why.setText(why or "")
        self.why.setVisible(bool(why))
        self.use_button.setEnabled(candidate is not None and why is None)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentIndex().row()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def highlighted_fields(self, row: int) -> set[str]:
        """Which of name / phone / id are highlighted on a row (for tests and screen readers)."""
        return {f for f, col in self.model.FIELD_COLUMNS.items()
                if self.model.index(row, col).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "matched"}

    # -- decisions ----------------------------------------------------------------------------------------
    def use_selected(self) -> None:
        candidate = self.selected()
        if candidate is None:
            self.refuse(self.tr("请先选择一个已有客户"))
            return
        why = self.why_not_usable(candidate)
        if why is not None:  # never handed on: using it would only be refused (O6)
            self.refuse(why)
            return
        self.decision = "use"
        self.chosen = candidate
        self.useCustomer.emit(candidate)
        self.accept()

    def confirm_different(self) -> None:
        if self.certain:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.refuse(self.tr("确认不是同一客户时须填写原因"), self.reason)
            return
        self.decision = "different"
        self.reason_text = reason
        self.confirmedDifferent.emit(tuple(c.customer_code for c in self.candidates), reason)
        self.accept()

    # -- keyboard ---------------------------------------------------------------------------------------------------
    def enter_pressed(self, widget: QObject | None) -> None:
        """Enter in the reason confirms "not the same customer"; anywhere else it uses the selected one."""
        if widget is self.reason:
            self.confirm_different()
        else:
            self.use_selected()
