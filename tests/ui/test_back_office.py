"""Back office (finance / customer service / master-data team): the pending queue (C9, C12), the core-data
dialog (C10/C11), advisors' change requests, the audit page, users and merges — driven by their buttons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desktop.services import change_requests, customers, users
from tests.ui.conftest import type_text, wait_for_workers

T = 10000


@pytest.fixture
def make_window(qtbot: Any, world: Any):
    from desktop.app import make_application
    from desktop.ui.shell.main_window import MainWindow

    make_application("zh_CN")
    made: list[Any] = []

    def make(login: str) -> Any:
        win = MainWindow(world.db, world.actors[login])
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.worker.wait_for_done()
    wait_for_workers()
    for win in made:
        win.close()


def _section(win: Any, key: str) -> None:
    win.nav.setCurrentRow(win.sections.index(key))


def test_sections_follow_the_roles(make_window):
    assert make_window("adv1").sections == ["intake", "customers", "vehicles"]
    assert make_window("cs1").sections == ["intake", "customers", "vehicles", "pending", "requests", "audit"]
    assert make_window("mdm1").sections[-7:] == ["pending", "requests", "audit", "merge", "special", "users",
                                                 "vin_escalations"]


def test_c9_queue_enables_a_pending_customer(make_window, qtbot, world):
    # S1: the queue lists the customers this store sees (a channel for S01)
    new = customers.create_customer(world.db, world.actors["adv1"], customer_type="individual", name="周建国",
                                    phone="13600135999")
    win = make_window("cs1")
    _section(win, "pending")
    page = win.pending
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=T)
    assert page.model.row_at(0).code == new.code and page.model.row_at(0).created_by_login == "adv1"
    qtbot.waitUntil(lambda: "未发现重复" in page.selected.text(), timeout=T)
    qtbot.waitUntil(lambda: page.enable_button.isEnabled(), timeout=T)  # once the customer's version is read
    assert page.version == new.version and not page.reject_button.isEnabled()
    page.without_id.setChecked(True)  # C7: an after-sales customer without ID, enabled only when confirmed
    type_text(page.reason, "客户无法提供证件")
    page.enable_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=T)
    assert "已启用" in page.message.text()
    assert customers.get_customer(world.db, world.actors["cs1"], new.code).status == "enabled"


def test_c9_queue_rejects_a_duplicate_pointing_at_the_existing_customer(make_window, qtbot, world):
    from tests.factories import add_customer

    add_customer(world.db, "D0001", "汪国进", "13826405678", status="pending", stores=("S01",))
    win = make_window("cs1")
    _section(win, "pending")
    page = win.pending
    qtbot.waitUntil(lambda: page.cand_model.rowCount() >= 1 and page.version is not None, timeout=T)
    assert "确定重复" in page.selected.text() and page.cand_model.row_at(0).customer_code == "C0001"
    page.reject_button.click()  # no reason yet: refused in the page
    assert page.message.property("level") == "error" and page.reason.property("invalid") is True
    type_text(page.reason, "与 C0001 重复")
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=T)
    d = customers.get_customer(world.db, world.actors["cs1"], "D0001")
    assert d.status == "disabled" and d.merged_into_code == "C0001"


def test_c12_disabling_a_compliant_customer_is_refused_and_the_message_shown(make_window, qtbot, world):
    customers.create_customer(world.db, world.actors["adv1"], customer_type="individual", name="周建国",
                              phone="13600135999")
    win = make_window("cs1")
    _section(win, "pending")
    page = win.pending
    qtbot.waitUntil(lambda: page.current is not None and page.disable_button.isEnabled(), timeout=T)
    type_text(page.reason, "另一门店建的")
    page.disable_button.click()
    qtbot.waitUntil(lambda: "C12" in page.message.text(), timeout=T)
    assert "不得停用" in page.message.text() and page.model.rowCount() == 1


def test_c10_core_change_dialog_requires_a_reason(make_window, qtbot, world):
    win = make_window("cs1")
    record = win.open_customer("C0001")
    qtbot.waitUntil(lambda: record.detail is not None, timeout=T)
    button = record.findChild(QPushButton, "coreChangeButton")
    assert button.isVisible() and button.text() == "修改核心资料…"
    dialog = record.open_core_change()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    assert dialog.findChild(QLabel, "old_name").text() == "汪国进"
    name = dialog.findChild(QLineEdit, "new_name")
    name.clear()
    type_text(name, "汪国近")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # Enter submits: refused without a reason
    assert "原因" in dialog.message.text() and dialog.reason.property("invalid") is True
    assert dialog.isVisible()
    type_text(dialog.reason, "按行驶证更正")
    with qtbot.waitSignal(dialog.saved, timeout=T) as blocker:
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert blocker.args[0].name == "汪国近"
    assert customers.get_customer(world.db, world.actors["cs1"], "C0001").name == "汪国近"
    qtbot.waitUntil(lambda: record.detail.name == "汪国近", timeout=T)  # the record reloads
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_c10_bad_value_is_refused_naming_the_field(make_window, qtbot, world):
    win = make_window("cs1")
    record = win.open_customer("C0001")
    qtbot.waitUntil(lambda: record.detail is not None, timeout=T)
    dialog = record.open_core_change()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    phone = dialog.findChild(QLineEdit, "new_phone")
    phone.clear()
    type_text(phone, "1382640")
    type_text(dialog.reason, "换号")
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: phone.property("invalid") is True, timeout=T)
    assert "11" in dialog.message.text()


def test_c10_advisor_files_a_request_and_customer_service_applies_it(make_window, qtbot, world):
    adv = make_window("adv1")
    record = adv.open_customer("C0001")
    qtbot.waitUntil(lambda: record.detail is not None, timeout=T)
    assert record.findChild(QPushButton, "coreChangeButton").text() == "申请修改核心资料…"
    dialog = record.open_core_change()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=T)
    assert dialog.submit_button.text() == "提交申请"
    name = dialog.findChild(QLineEdit, "new_name")
    name.clear()
    type_text(name, "汪国近")
    type_text(dialog.reason, "按行驶证更正")
    with qtbot.waitSignal(dialog.requested, timeout=T) as blocker:
        dialog.submit_button.click()
    assert blocker.args[0].status == "open" and "客服" in dialog.message.text()
    assert customers.get_customer(world.db, world.actors["adv1"], "C0001").name == "汪国进"  # not changed yet

    cs = make_window("cs1")
    _section(cs, "requests")
    page = cs.requests
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=T)
    qtbot.waitUntil(lambda: page.apply_button.isEnabled(), timeout=T)  # the customer's version is read
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=T)
    assert customers.get_customer(world.db, world.actors["cs1"], "C0001").name == "汪国近"
    assert change_requests.list_for_customer(world.db, world.actors["cs1"], "C0001")[0].status == "done"


def test_audit_page_filters(make_window, qtbot, world):
    c1, c3 = (customers.get_customer(world.db, world.actors["cs1"], code) for code in ("C0001", "C0003"))
    customers.change_core_data(world.db, world.actors["cs1"], "C0001", reason="按行驶证更正", name="汪国近",
                               version=c1.version)
    customers.update_customer(world.db, world.actors["adv1"], "C0003", {"address": "广州市天河区"}, version=c3.version)
    win = make_window("cs1")
    _section(win, "audit")
    page = win.audit
    type_text(page.customer_code, "C0001")
    qtbot.keyClick(page.customer_code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=T)
    row = page.model.row_at(0)
    assert (row.entity_code, row.field, row.old_value, row.new_value, row.reason) == (
        "C0001", "name", "汪国进", "汪国近", "按行驶证更正")
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, page.model.COL_STORE)) == "S01", timeout=T)
    page.customer_code.clear()
    type_text(page.user, "adv1")
    page.search_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1 and all(
        page.model.row_at(i).user_login == "adv1" for i in range(page.model.rowCount())), timeout=T)
    page.use_dates.setChecked(True)
    page.since.setDate(page.since.date().addDays(-400))
    page.until.setDate(page.since.date().addDays(1))  # long ago: nothing
    page.search_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and "0 条" in page.count.text(), timeout=T)
    type_text(page.vin, "LSVAG218")
    type_text(page.customer_code, "C0001")
    page.search_button.click()
    assert page.count.property("level") == "error"  # one of customer / VIN only


def test_merge_dialog_merges_and_audit_undoes(make_window, qtbot, world):
    from tests.factories import add_customer, add_vehicle, vin

    add_customer(world.db, "D0001", "汪国进", "13826405687", stores=("S01", "S02"))
    add_vehicle(world.db, vin(880001), owner="D0001")
    win = make_window("mdm1")
    dialog = win.open_merge("D0001", "C0001")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=T)
    assert dialog.moves.count() >= 5
    dialog.confirm_button.click()
    assert dialog.reason.property("invalid") is True
    type_text(dialog.reason, "同一人")
    with qtbot.waitSignal(dialog.merged, timeout=T):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert customers.get_customer(world.db, world.actors["mdm1"], "D0001").merged_into_code == "C0001"
    _section(win, "audit")
    page = win.audit
    type_text(page.customer_code, "D0001")
    page.search_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3, timeout=T)
    moves = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).field == "merge_moves")
    shown = page.model.data(page.model.index(moves, page.model.COL_NEW))
    assert shown == "并入 C0001：车辆 1，渠道 1"  # in words, not the JSON the undo reads
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).field == "merged_into")
    page.table.selectRow(row)
    assert page.undo_button.isEnabled()
    page.undo_button.click()
    undo = win.dialogs[-1]
    qtbot.waitUntil(lambda: undo.merged_customer is not None, timeout=T)  # the version the undo is made on
    assert undo.summary.text().startswith("D0001 汪国进") and undo.summary.text().endswith("C0001")
    type_text(undo.reason, "合并错了")
    with qtbot.waitSignal(undo.merged, timeout=T):
        undo.confirm_button.click()
    d = customers.get_customer(world.db, world.actors["mdm1"], "D0001")
    assert d.merged_into_code is None and d.status == "enabled"


def test_users_page_unlocks_a_locked_user(make_window, qtbot, world):
    from desktop.services import auth
    from desktop.services.auth import LoginFailed

    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            auth.login(world.db, "adv2", "wrong")
    win = make_window("mdm1")
    _section(win, "users")
    page = win.users
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=T)
    page.table.selectRow(next(i for i in range(4) if page.model.row_at(i).login == "adv2"))
    assert page.unlock_button.isEnabled()
    page.unlock_button.click()
    qtbot.waitUntil(lambda: "已解锁" in page.message.text(), timeout=T)
    assert not next(u for u in users.list_users(world.db, world.actors["mdm1"]) if u.login == "adv2").locked


def test_c9_enabling_a_customer_changed_meanwhile_is_refused_then_done_on_the_new_version(make_window, qtbot, world):
    new = customers.create_customer(world.db, world.actors["adv1"], customer_type="individual", name="周建国",
                                    phone="13600135999")
    win = make_window("cs1")
    _section(win, "pending")
    page = win.pending
    qtbot.waitUntil(lambda: page.enable_button.isEnabled(), timeout=T)
    customers.update_customer(world.db, world.actors["adv1"], new.code, {"address": "深圳市福田区"},
                              version=new.version)  # the advisor corrects the address meanwhile
    page.without_id.setChecked(True)  # C7: no ID, confirmed with a reason
    type_text(page.reason, "客户无法提供证件")
    page.enable_button.click()
    qtbot.waitUntil(lambda: "其他工作站" in page.message.text(), timeout=T)
    assert customers.get_customer(world.db, world.actors["cs1"], new.code).status == "pending"
    qtbot.waitUntil(lambda: page.version == new.version + 1 and page.enable_button.isEnabled(), timeout=T)
    assert not page.without_id.isChecked()  # the record changed: confirmed again on what is there now
    page.without_id.setChecked(True)
    page.enable_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=T)
    assert customers.get_customer(world.db, world.actors["cs1"], new.code).status == "enabled"


def test_merge_on_a_customer_changed_since_the_preview_is_refused_and_previewed_again(make_window, qtbot, world):
    from tests.factories import add_customer

    add_customer(world.db, "D0001", "汪国进", "13826405687", stores=("S01",))
    win = make_window("mdm1")
    dialog = win.open_merge("D0001", "C0001")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=T)
    seen = dialog.plan.survivor.version
    customers.update_customer(world.db, world.actors["adv1"], "C0001", {"remark": "另一台工作站"}, version=seen)
    type_text(dialog.reason, "同一人")
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.survivor.version != seen, timeout=T)
    assert "其他工作站" in dialog.message.text()
    assert customers.get_customer(world.db, world.actors["mdm1"], "D0001").merged_into_code is None
    with qtbot.waitSignal(dialog.merged, timeout=T):
        dialog.confirm_button.click()
    assert customers.get_customer(world.db, world.actors["mdm1"], "D0001").merged_into_code == "C0001"
