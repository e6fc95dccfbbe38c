"""检查客户重复 (duplicate check, C2): opens whenever a customer is about to be created and the check found
someone. The draft is on top, the candidates below with the matching fields highlighted and the reasons.

A certain duplicate (C2a same name and phone, C2c company name, C2d ID number) offers only 使用该客户 and
取消: creating is refused. Possible duplicates (C2b...) offer 使用该客户 or 确认不是同一客户 with a
required reason. Keyboard: arrows pick a candidate, Enter uses the selected one (Enter in the reason field
confirms instead), Esc cancels. The dialog only decides; the caller acts on ``useCustomer`` /
``confirmedDifferent`` (it holds no database calls at all).

``enabling=True``: the same decision when a PENDING customer is enabled (C9, the pending queue): the draft is
the customer being enabled, "use" means reject it and use the existing one, "different" enables it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.privacy import mask_id_number
from desktop.services.customers import DuplicateFound
from desktop.ui.common import i18n, limits
from desktop.ui.common.forms import CANCEL, BackendDialog, BackendPage
from desktop.ui.common.tables import TO_CONTENTS, table_view
from desktop.ui.common.widgets import unmark_on_edit
from desktop.ui.common.worker import UserError

HIGHLIGHT = QColor("#fde68a")
NOTICE_ERROR = "QLabel { background: #fee2e2; color: #7f1d1d; font-weight: bold; padding: 8px 12px; border-radius: 6px; }"
NOTICE_WARNING = "QLabel { background: #fef3c7; color: #78350f; font-weight: bold; padding: 8px 12px; border-radius: 6px; }"
COL_VERDICT, COL_CODE, COL_NAME, COL_PHONE, COL_ID, COL_KIND, COL_STATUS, COL_STORES, COL_REASONS = range(9)
FIELD_COLUMNS = {"name": COL_NAME, "phone": COL_PHONE, "id": COL_ID}


def _mask_id(number: str | None) -> str:
    return mask_id_number(number)  # the one ID masking of the UI, the services and the logs


class DuplicateDialog(BackendDialog):
    useCustomer = Signal(object)  # the chosen Candidate
    confirmedDifferent = Signal(tuple, str)  # every candidate's code, the reason

    def __init__(self, draft: Mapping[str, Any], candidates: Sequence[Any], certain: bool, *,
                 message: str = "", enabling: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, name="duplicateDialog")
        self.setWindowTitle(self.tr("检查客户重复（C2）"))
        self.candidates = list(candidates)
        self.certain = certain
        self.enabling = enabling
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
        self.table = QTableWidget(len(self.candidates), 9)
        table_view("duplicateCandidates", view=self.table, columns=TO_CONTENTS, alternating=False, wrap=False)
        self.table.setHorizontalHeaderLabels([
            self.tr("判断"), self.tr("客户编码"), self.tr("名称"), self.tr("电话"), self.tr("证件号码"),
            self.tr("类型 / 类别"), self.tr("状态"), self.tr("门店"), self.tr("原因"),
        ])
        self.table.doubleClicked.connect(lambda _index: self.use_selected())
        self._fill()
        box.addWidget(self.table)

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
        if self.candidates:
            self.table.selectRow(0)
        self.table.setFocus()

    @classmethod
    def ask(cls, form: BackendDialog | BackendPage, draft: Mapping[str, Any], error: UserError, *,
            use: Callable[[Any], None], different: Callable[[tuple[str, ...], str], None],
            enabling: bool = False) -> bool:
        """C2 refused a save of ``form`` (``error`` holds the DuplicateFound, nothing was saved): the dialog
        opens over it, held as ``form.duplicate_dialog``; ``use(candidate)`` / ``different(codes, reason)``
        act on the answer. False (and nothing opened) for any other refusal."""
        found = error.error
        if not isinstance(found, DuplicateFound):
            return False
        dialog = cls(draft, found.candidates, found.certain, message=error.text, enabling=enabling,
                     parent=form)
        dialog.useCustomer.connect(use)
        dialog.confirmedDifferent.connect(different)
        form.open_child(dialog, "duplicate_dialog")
        return True

    # -- content ------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        lang = i18n.current_lang()
        bold = QFont()
        bold.setBold(True)
        for row, c in enumerate(self.candidates):
            values = {
                COL_VERDICT: self.tr("确定重复") if c.verdict == "certain" else self.tr("疑似重复"),
                COL_CODE: c.customer_code,
                COL_NAME: c.name,
                COL_PHONE: c.phone_masked or "",
                COL_ID: _mask_id(c.id_number),
                COL_KIND: f"{i18n.customer_type_label(c.customer_type)} / {i18n.category_label(c.category)}",
                COL_STATUS: i18n.status_label(c.status) + (self.tr("（已合并）") if c.merged else ""),
                COL_STORES: "、".join(c.store_codes),
                COL_REASONS: "；".join(r.text(lang) for r in c.reasons),
            }
            for col, text in values.items():
                item = QTableWidgetItem(text)
                if col == COL_REASONS:
                    item.setToolTip("\n".join(f"{r.zh} / {r.en}" for r in c.reasons))
                item.setData(Qt.ItemDataRole.UserRole, c.customer_code)
                self.table.setItem(row, col, item)
            for field in c.matched_fields:
                col = FIELD_COLUMNS.get(field)
                if col is not None:
                    item = self.table.item(row, col)
                    item.setBackground(QBrush(HIGHLIGHT))
                    item.setFont(bold)
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "matched")
            if c.verdict == "certain":
                self.table.item(row, COL_VERDICT).setForeground(QBrush(QColor("#b91c1c")))

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def highlighted_fields(self, row: int) -> set[str]:
        """Which of name / phone / id are highlighted on a row (for tests and screen readers)."""
        return {f for f, col in FIELD_COLUMNS.items()
                if self.table.item(row, col).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "matched"}

    # -- decisions ----------------------------------------------------------------------------------------
    def use_selected(self) -> None:
        candidate = self.selected()
        if candidate is None:
            self.refuse(self.tr("请先选择一个已有客户"))
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
