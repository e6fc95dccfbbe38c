"""Item models of the magnifier lists: rows pushed in, no queries; checked with qtmodeltester."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.ui.common.models import ROW_ROLE, ContactTableModel, CustomerTableModel, VehicleTableModel


@dataclass(frozen=True)
class CustomerRow:
    code: str
    name: str
    customer_type: str
    category: str
    status: str
    phone_masked: str
    created_store_code: str | None


@dataclass(frozen=True)
class VehicleRow:
    id: int
    vin: str
    plate: str | None
    model: str
    owner_name: str | None
    internal_code: str


@dataclass(frozen=True)
class Contact:
    id: int
    name: str
    phone: str
    relation: str | None
    is_main_user: bool


CUSTOMERS = [
    CustomerRow("C0001", "汪国进", "individual", "retained", "enabled", "138****5678", "S01"),
    CustomerRow("C0002", "广州天河运输有限公司", "company", "potential", "pending", "020****1234", "S02"),
]


def test_customer_model(qtmodeltester, qtbot):
    model = CustomerTableModel()
    qtmodeltester.check(model)
    model.set_rows(CUSTOMERS)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 7
    assert model.index(0, CustomerTableModel.COL_NAME).data() == "汪国进"
    assert model.index(1, CustomerTableModel.COL_TYPE).data() == "单位"
    assert model.index(1, CustomerTableModel.COL_STATUS).data() == "待启用"
    assert model.index(0, CustomerTableModel.COL_PHONE).data() == "138****5678"
    assert model.index(1, CustomerTableModel.COL_STORES).data() == "S02"
    assert model.index(1, 0).data(ROW_ROLE) is CUSTOMERS[1]
    assert model.headerData(CustomerTableModel.COL_CODE, Qt.Orientation.Horizontal) == "客户编码"
    model.set_rows([])
    assert model.rowCount() == 0


def test_vehicle_model(qtmodeltester):
    model = VehicleTableModel()
    model.set_rows([VehicleRow(1, "LSVAG2180M1000017", "粤A6D218", "大众 朗逸", "汪国进", "T01000017"),
                    VehicleRow(2, "LSVAG2180M1000025", None, "大众 帕萨特", None, "T01000025")])
    qtmodeltester.check(model)
    assert model.index(0, VehicleTableModel.COL_PLATE).data() == "粤A6D218"
    assert model.index(1, VehicleTableModel.COL_OWNER).data() == ""
    assert model.row_at(1).id == 2 and model.row_at(5) is None


def test_contact_model_masks_phone(qtmodeltester):
    model = ContactTableModel()
    model.set_rows([Contact(1, "王小明", "13800138001", "司机", True)])
    qtmodeltester.check(model)
    assert model.index(0, ContactTableModel.COL_PHONE).data() == "138****8001"
    assert model.index(0, ContactTableModel.COL_MAIN_USER).data() == "✓"


def test_audit_model_shows_words_not_stored_codes(qtmodeltester):
    """The audit trail stores codes and the merge's JSON (the undo reads it); the page shows words."""
    import json
    from datetime import datetime
    from types import SimpleNamespace

    from desktop.ui.common.models import AuditTableModel

    def entry(field: str, old: str | None, new: str | None) -> SimpleNamespace:
        return SimpleNamespace(at=datetime(2026, 11, 26, 9, 0), user_login="mdm1", store_id=None, action="user.roles",
                               entity="user", entity_code="adv1", field=field, old_value=old, new_value=new, reason=None)

    model = AuditTableModel()
    moves = json.dumps({"survivor": "C0001", "vehicles": [1, 2], "work_orders": [], "channels": [7], "contacts": []})
    model.set_rows([entry("roles", "service_advisor", "service_advisor,finance"), entry("status", "enabled", "disabled"),
                     entry("merge_moves", None, moves), entry("merge_moves", None, "not json")])
    qtmodeltester.check(model)
    shown = [(model.data(model.index(r, AuditTableModel.COL_OLD)), model.data(model.index(r, AuditTableModel.COL_NEW)))
             for r in range(model.rowCount())]
    assert shown == [("服务顾问", "服务顾问、财务"), ("已启用", "已停用"), ("", "并入 C0001：车辆 2，渠道 1"),
                     ("", "not json")]
