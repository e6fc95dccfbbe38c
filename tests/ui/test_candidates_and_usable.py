"""#14, no copied scaffolding: the duplicate candidates are one model (CandidateTableModel: the duplicate check C2
and the pending queue C9), which customer can be used is said in one place (desktop.ui.customer.usable: O6, C9,
W3, a merged customer), and whether the duplicate dialog's 使用该客户 links an owner is said by its caller."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.services.dedupe import R_SAME_NAME_OTHER_PHONE, R_SAME_NAME_PHONE, Candidate
from desktop.ui.common.models import HIGHLIGHT, CandidateTableModel
from desktop.ui.customer.duplicate_dialog import DuplicateDialog
from desktop.ui.customer.usable import merged_away, why_not_owner, why_not_usable

C = CandidateTableModel
CANDIDATE = Candidate(
    customer_id=1, customer_code="C0001", verdict="certain", reasons=(R_SAME_NAME_PHONE,), score=1.0, name="汪国进",
    phone="13826405678", phone_masked="138****5678", customer_type="individual", category="retained",
    status="enabled", id_type="resident_id", id_number="11010119900307002X", created_store_code="S01",
    store_codes=("S01", "S02"), created_at=None, merged=False, matched_fields=frozenset({"name", "phone"}))
DRAFT = {"customer_type": "individual", "name": "周建国", "phone": "13600135111"}


def _cell(model: CandidateTableModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.index(row, column).data(role)


# -- C2 / C9: one candidate model ---------------------------------------------------------------------------
def test_c2_the_candidate_model_shows_what_the_duplicate_check_found(qtmodeltester: Any) -> None:
    model = CandidateTableModel()
    merged = replace(CANDIDATE, customer_code="C0009", verdict="possible", reasons=(R_SAME_NAME_OTHER_PHONE,),
                     category="potential", merged=True, id_number=None, matched_fields=frozenset({"id"}))
    model.set_rows([CANDIDATE, merged])
    qtmodeltester.check(model)
    assert [_cell(model, 0, c) for c in range(model.columnCount())] == [
        "确定重复", "C0001", "汪国进", "138****5678", "1101**********002X", "个人 / 保有客户", "已启用",
        "S01、S02", "同名同电话"]
    assert _cell(model, 1, C.COL_STATUS) == "已启用（已合并）" and _cell(model, 1, C.COL_KIND) == "个人 / 潜在客户"
    assert _cell(model, 1, C.COL_ID) == ""  # no ID on file: nothing to mask


def test_c2_the_fields_found_alike_are_highlighted_and_a_certain_verdict_is_red() -> None:
    model = CandidateTableModel()
    model.set_rows([CANDIDATE])
    matched = {c for c in range(model.columnCount())
               if _cell(model, 0, c, Qt.ItemDataRole.AccessibleDescriptionRole) == "matched"}
    assert matched == {C.COL_NAME, C.COL_PHONE}
    assert _cell(model, 0, C.COL_NAME, Qt.ItemDataRole.BackgroundRole) == HIGHLIGHT
    assert _cell(model, 0, C.COL_NAME, Qt.ItemDataRole.FontRole).bold()
    assert _cell(model, 0, C.COL_ID, Qt.ItemDataRole.BackgroundRole) is None
    assert _cell(model, 0, C.COL_VERDICT, Qt.ItemDataRole.ForegroundRole) == QColor("#b91c1c")
    assert _cell(model, 0, C.COL_REASONS, Qt.ItemDataRole.ToolTipRole) == "同名同电话 / " + R_SAME_NAME_PHONE.en


def test_c2_the_duplicate_dialog_lists_its_candidates_in_the_shared_model(qtbot: Any) -> None:
    dialog = DuplicateDialog(DRAFT, [CANDIDATE], True)
    qtbot.addWidget(dialog)
    assert type(dialog.table.model()) is CandidateTableModel and dialog.model.row_at(0) is CANDIDATE
    assert dialog.highlighted_fields(0) == {"name", "phone"} and dialog.selected() is CANDIDATE


# -- O6 / C9 / W3: which customer can be used, in one wording ------------------------------------------------
def test_o6_only_an_enabled_retained_customer_can_be_the_owner() -> None:
    assert why_not_owner("汪国进", "C0001", "enabled", "retained") is None
    disabled = why_not_owner("汪国进", "C0001", "disabled", "retained")
    pending = why_not_owner("周建国", "P0001", "pending", "retained")
    potential = why_not_owner("吴思远", "P0003", "enabled", "potential")
    assert disabled is not None and "已停用" in disabled and "O6" in disabled
    assert pending is not None and "待启用" in pending and "客服" in pending and "C9" in pending
    assert potential is not None and "潜在客户" in potential and "W3" in potential
    assert all("（" in why for why in (disabled, pending, potential))  # each names the customer
    assert why_not_owner("汪国进", "C0001", "enabled", "retained", merged=True) == merged_away("汪国进", "C0001")


def test_o6_a_pending_customer_is_refused_only_where_it_would_become_an_owner() -> None:
    assert why_not_usable("周建国", "P0001", "pending") is None  # C2 on a new customer: open the existing one
    assert why_not_usable("周建国", "P0001", "pending", as_owner=True) == why_not_owner(
        "周建国", "P0001", "pending", "retained")
    assert why_not_usable("吴思远", "P0003", "enabled", as_owner=True) is None  # W3: the owner dialog retains it
    assert why_not_usable("汪国进", "C0001", "disabled") == why_not_owner("汪国进", "C0001", "disabled", "retained")


def test_o6_the_duplicate_dialog_links_an_owner_when_its_caller_says_so(qtbot: Any) -> None:
    """``links_owner`` is the caller's argument, not read off the parent: the same parent, both answers."""
    pending = replace(CANDIDATE, customer_code="P0001", name="周建国", status="pending", verdict="possible")
    parent = QWidget()
    qtbot.addWidget(parent)
    as_owner = DuplicateDialog(DRAFT, [pending], False, links_owner=True, parent=parent)
    elsewhere = DuplicateDialog(DRAFT, [pending], False, parent=parent)
    assert as_owner.why_not_usable(pending) == why_not_usable("周建国", "P0001", "pending", as_owner=True)
    assert not as_owner.use_button.isEnabled() and "待启用" in as_owner.why.text()
    assert elsewhere.why_not_usable(pending) is None and elsewhere.use_button.isEnabled()
