"""#14, C7: switching 客户类型 to company switches the ID type to the business licence (统一社会信用代码, uscc);
back to a person, the resident ID (a personal document already chosen stays). In every form with both fields:
the owner dialog's new owner, the customer record, the core-change dialog, the new-customer dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from .conftest import wait_for_workers


def _choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def _check_follow(types: QComboBox, id_types: QComboBox) -> None:
    _choose(types, "company")
    assert id_types.currentData() == "uscc"
    _choose(types, "individual")
    assert id_types.currentData() == "resident_id"
    _choose(types, "company")
    assert id_types.currentData() == "uscc"
    _choose(id_types, "passport")  # a person's document chosen while the type still says company
    _choose(types, "individual")
    assert id_types.currentData() == "passport"  # it fits a person: kept


def test_owner_dialog_new_owner(qtbot: Any, window: Any, world: Any) -> None:
    from desktop.ui.owner.owner_dialog import OwnerDialog

    dialog = OwnerDialog(window.actor, window.worker, world.ids["no_owner"], parent=window)
    qtbot.addWidget(dialog)
    _check_follow(dialog.new_fields["customer_type"], dialog.new_fields["id_type"])
    wait_for_workers()


def test_customer_record_of_customer_service(qtbot: Any, world: Any) -> None:
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow(world.db, world.actors["cs1"])
    qtbot.addWidget(window)
    dialog = window.open_customer("C0001")
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    types = dialog.findChild(QComboBox, "field_customer_type")
    assert types.isEnabled()  # C10: customer service edits core data
    _check_follow(types, dialog.findChild(QComboBox, "field_id_type"))
    dialog.close()
    window.worker.wait_for_done()
    wait_for_workers()


def test_core_change_request(qtbot: Any, window: Any) -> None:
    from desktop.ui.customer.core_change_dialog import CoreChangeDialog

    dialog = CoreChangeDialog(window.actor, window.worker, "C0001", parent=window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    _check_follow(dialog.new["customer_type"], dialog.new["id_type"])
    wait_for_workers()


def test_new_sales_customer(qtbot: Any, window: Any) -> None:
    from desktop.ui.customer.new_sales_customer_dialog import NewSalesCustomerDialog

    dialog = NewSalesCustomerDialog(window.actor, window.worker, searched="王伟", parent=window)
    qtbot.addWidget(dialog)
    types, id_types = dialog.fields["customer_type"], dialog.fields["id_type"]
    _choose(types, "company")
    assert id_types.currentData() == "uscc"
    _choose(types, "individual")
    assert id_types.currentData() == "resident_id"
