"""维护车主 (owner of a vehicle: W3, O2, O3, O5, O6, W2a, W2b, C1, C2, C4).

Opened from the intake (vehicle without a loaded owner, or change of owner) and from the vehicle record's
customer tab. What it offers, in the order the rulebook asks for it:

* the vehicle's owner did not load because the customer is not 'retained' (W3): said up front, with
  设为保有客户 as the default button — open and confirm, two actions;
* search the customers first (C1); only an enabled, retained customer can be linked (O6) and the dialog
  says why another cannot (pending: customer service enables it; potential: 设为保有客户 first);
* else create the owner, as on the driving licence (O5), always through the duplicate check (C2): a
  DuplicateFound opens the duplicate dialog; "use this customer" links it when it can be linked.

Keyboard first: the search field has the keys at once (Ctrl+F comes back to it); a search that finds nothing
puts what was searched into the new owner's name (or phone) and the keyboard on the next empty field (Ctrl+N:
the same, any time); Enter there creates the owner. An Enter pressed before the vehicle was read runs the
default (设为保有客户) once it is.

Every action is one service call through the worker, on the versions the dialog shows (the vehicle's and,
for 设为保有客户并关联, the customer's); the service checks every rule again (O4, O1, W2b...). A record saved
meanwhile by another workstation is refused and reloaded. On success ``ownerChanged`` carries the reloaded
VehicleDetail and the dialog closes (the intake then starts again with the same VIN, W5).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services import customers, vehicles
from desktop.services.customers import CustomerDetail, DuplicateFound
from desktop.services.dedupe import Candidate
from desktop.services.search import CustomerRow, search_customers
from desktop.services.vehicles import VehicleDetail
from desktop.ui.common import i18n, limits, shortcuts
from desktop.ui.common.forms import CLOSE, BackendDialog
from desktop.ui.common.models import CustomerTableModel
from desktop.ui.common.ops import QueryOp, WriteOp
from desktop.ui.common.tables import TO_CONTENTS, table_view
from desktop.ui.common.widgets import follow_customer_type, push_button, unmark_on_edit
from desktop.ui.common.worker import UserError, Worker
from desktop.ui.customer.duplicate_dialog import DuplicateDialog
from desktop.ui.customer.new_sales_customer_dialog import prefill_from_search
from desktop.ui.customer.usable import why_not_owner
from desktop.ui.scan.owner_scan import OwnerScan

ID_TYPES = ("", "resident_id", "uscc", "hk_macau_permit", "tw_permit", "hmt_residence_permit", "passport")
NEW_FIELDS = ("customer_type", "name", "phone", "id_type", "id_number")
SEARCH_LIMIT = 50
NOTICE = ("QFrame#ownerNotice { background: #fef3c7; border: 2px solid #d97706; border-radius: 6px; }"
          " QFrame#ownerNotice QLabel { color: #78350f; font-weight: bold; }")


class OwnerDialog(BackendDialog):
    ownerChanged = Signal(object)  # VehicleDetail

    def __init__(self, actor: Any, worker: Worker, vehicle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(actor, worker, parent, name="ownerDialog")
        self.vehicle_id = vehicle_id
        self.detail: Any = None
        self.result_detail: Any = None
        self.duplicate_dialog: DuplicateDialog | None = None
        self._retain_target: tuple[str, str] | None = None  # (code, name) offered 设为保有客户并关联
        self._retain_version: int | None = None  # that customer's version, as read when it was offered
        self.setWindowTitle(self.tr("维护车主"))

        self.vehicle_line = QLabel(self.tr("正在读取车辆档案…"))
        self.vehicle_line.setObjectName("ownerVehicle")
        self.vehicle_line.setWordWrap(True)
        self.vehicle_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("ownerHintText")
        self.hint.setWordWrap(True)

        self.notice = QFrame()
        self.notice.setObjectName("ownerNotice")
        self.notice.setStyleSheet(NOTICE)
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(12, 8, 8, 8)
        self.notice_text = QLabel()
        self.notice_text.setObjectName("ownerNoticeText")
        self.notice_text.setWordWrap(True)
        self.retain_owner_button = push_button(self.tr("设为保有客户"), "setRetainedButton",
                                               self.set_owner_retained, primary=True, default=None)
        row.addWidget(self.notice_text, 1)
        row.addWidget(self.retain_owner_button)
        self.notice.hide()

        columns = QHBoxLayout()
        columns.addWidget(self._build_search(), 1)
        columns.addWidget(self._build_create(), 1)
        self.scan = OwnerScan(self)  # a licence / ID card pasted or dropped fills the new owner (issue #15)
        columns.addWidget(self.scan.box, 1)

        self.reason = QLineEdit()
        self.reason.setObjectName("ownerChangeReason")
        self.reason.setPlaceholderText(self.tr("变更原因（选填），如：二手车过户"))
        self.reason.setMaxLength(limits.REASON)
        self.reason_label = QLabel(self.tr("变更原因"))
        self.reason_label.setBuddy(self.reason)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)

        self.retain_link_button = self.action_button(self.tr("设为保有客户并关联"), "retainAndLink",
                                                  self.retain_and_link_offered, default=None)
        self.retain_link_button.hide()
        self.standard_button(CLOSE, "closeDialog", self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.vehicle_line)
        layout.addWidget(self.notice)
        layout.addWidget(self.scan.findings)  # what a pasted licence / ID card says against the record
        layout.addWidget(self.hint)
        layout.addLayout(columns, 1)
        layout.addLayout(reason_row)
        layout.addLayout(self.footer())
        self.resize(1360, 700)
        self.update_actions()
        shortcuts.bind(self, "dialog_search", lambda: self._go_to(self.search_edit))
        shortcuts.bind(self, "new_owner", self.go_to_new_owner)
        self.search_edit.setFocus()  # keyboard first: type at once (C1: search first)
        self.reload()

    # -- construction -------------------------------------------------------------------------------------
    def _build_search(self) -> QGroupBox:
        box = QGroupBox(self.tr("① 查找已有客户（C1：先查找，再新增）"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("ownerSearch")
        self.search_edit.setPlaceholderText(self.tr("姓名、拼音首字母或电话片段，按 Enter 查找"))
        self.search_edit.setMaxLength(limits.SEARCH)
        self.search_button = push_button(self.tr("查找"), "ownerSearchButton", self.search_now)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        self.results_model = CustomerTableModel(self)
        self.results = table_view("ownerResults", self.results_model, columns=TO_CONTENTS)
        self.results.doubleClicked.connect(lambda _i: self.link_selected())
        self.results.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.why = QLabel(self.tr("只有已启用的保有客户才能关联为车主（O6）"))
        self.why.setObjectName("ownerWhy")
        self.why.setWordWrap(True)
        self.link_button = push_button(self.tr("设为车主"), "linkOwner", self.link_selected)
        self.link_button.setEnabled(False)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.why)
        layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def _build_create(self) -> QGroupBox:
        box = QGroupBox(self.tr("② 找不到时新增车主（行驶证登记人，O5）"))
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.new_fields: dict[str, QLineEdit | QComboBox] = {}
        types = QComboBox()
        for code in ("individual", "company"):
            types.addItem(i18n.customer_type_label(code), code)
        types.setToolTip(self.tr("C3：公司、事业单位、机关等一律选单位客户"))
        name = QLineEdit()
        name.setMaxLength(limits.CUSTOMER["name"])
        name.setPlaceholderText(self.tr("与行驶证一致；个人建议 姓名+身份证后6位"))
        phone = QLineEdit()
        phone.setMaxLength(limits.CUSTOMER["phone"])
        phone.setPlaceholderText(self.tr("手机 11 位；座机带区号"))
        id_types = QComboBox()
        for code in ID_TYPES:
            id_types.addItem(i18n.id_type_label(code) if code else "", code)
        id_number = QLineEdit()
        id_number.setMaxLength(limits.CUSTOMER["id_number"])
        id_number.setPlaceholderText(self.tr("能取得时必填（C7）"))
        for key, text, widget in (
            ("customer_type", self.tr("客户类型"), types), ("name", self.tr("名称"), name),
            ("phone", self.tr("主要电话"), phone), ("id_type", self.tr("证件类型"), id_types),
            ("id_number", self.tr("证件号码"), id_number),
        ):
            widget.setObjectName(f"new_{key}")
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.new_fields[key] = widget
            unmark_on_edit(widget)
        follow_customer_type(types, id_types)  # C7: a company's ID is its business licence
        for combo in (types, id_types):  # as wide as the fields: a marked (scanned) combo keeps room for its arrow
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
        self.create_button = push_button(self.tr("新建并设为车主"), "createOwner", lambda: self.create_owner())
        self.create_button.setToolTip(self.tr("保存前检查客户重复（C2）；新客户待客服核实启用（C9）"))
        note = QLabel(self.tr("保存前自动检查客户重复（C2）；在车辆档案上新增的客户为保有客户，"
                              "待客服核实原件后启用（C4、C9）。"))
        note.setWordWrap(True)
        note.setObjectName("createNote")
        form.addRow("", note)
        form.addRow("", self.create_button)
        return box

    # -- load ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.load(QueryOp(vehicles.get_vehicle, self.vehicle_id), self.show_detail)

    def show_detail(self, detail: VehicleDetail) -> None:
        self.detail = detail
        plate = detail.plate or self.tr("未上牌")
        owner = detail.owner
        owner_text = self.tr("无") if owner is None else \
            f"{i18n.named(owner.name, owner.code)} {i18n.category_label(owner.category)} · {i18n.status_label(owner.status)}"
        self.vehicle_line.setText(self.tr("车辆：{0} · {1} · {2}\n当前车主：{3}").format(
            detail.vin, detail.model, plate, owner_text))
        self.update_actions()
        self.scan.detail_changed()
        not_retained = owner is not None and owner.category != "retained" and owner.status != "disabled"
        changing = owner is not None and owner.linkable_as_owner
        self.reason.setVisible(changing)
        self.reason_label.setVisible(changing)
        if owner is None:
            self.setWindowTitle(self.tr("维护车主 · 添加车主"))
            self.hint.setText(self.tr("车辆无车主（W3/O2）：先查找已有客户；找不到再按行驶证新增车主。"))
        elif not_retained:
            self.setWindowTitle(self.tr("维护车主 · 设为保有客户"))
            self.notice_text.setText(self.tr(
                "车主 {0}（{1}）是{2}，不是保有客户，所以接车时没有带出（W3）。"
                "核对行驶证无误后，设为保有客户即可继续接车。").format(
                    owner.name, owner.code, i18n.category_label(owner.category)))
            self.notice.show()
            self.hint.setText(self.tr("如车主不是此人（已过户），请在下方查找或新增正确的车主。"))
        elif owner.status == "disabled":
            self.setWindowTitle(self.tr("维护车主"))
            self.notice_text.setText(self.tr("车主 {0}（{1}）已停用，不能作为车主（O6）：请联系客服核实；"
                                             "如车辆已过户，请在下方查找或新增新车主。").format(owner.name, owner.code))
            self.retain_owner_button.hide()
            self.notice.show()
        else:
            self.setWindowTitle(self.tr("维护车主 · 更换车主"))
            self.hint.setText(self.tr("仅在车辆确实过户时更换车主（O3/W2a）。车主名字录错不要换车主，"
                                      "请客服修改原客户档案（C11）；他店车主正确时不得换成本店同名客户（W2b）。"))
        self.hint.setVisible(bool(self.hint.text()))
        if self.notice.isVisible() and self.retain_owner_button.isVisible():
            self.retain_owner_button.setDefault(True)
            self.retain_owner_button.setFocus()
        else:
            self.retain_owner_button.setDefault(False)
            self.search_edit.setFocus()

    def update_actions(self) -> None:
        on = self.detail is not None and not self.busy
        for widget in (self.search_button, self.create_button, self.retain_owner_button):
            widget.setEnabled(on)
        self.retain_link_button.setEnabled(on and self._retain_version is not None)
        self.link_button.setEnabled(on and self._selected_linkable())

    # -- search (C1) --------------------------------------------------------------------------------------
    def search_now(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.say(self.tr("请输入姓名或电话片段"), "info")
            self.search_edit.setFocus()
            return
        self.say(self.tr("正在查找…"), "info")
        QueryOp(search_customers, text, SEARCH_LIMIT).success(self._show_results).run_in(self)

    def _show_results(self, rows: list[CustomerRow]) -> None:
        self.results_model.set_rows(rows)
        if rows:
            self.say(self.tr("找到 {0} 个客户：↑↓ 选择，Enter 设为车主").format(len(rows)), "info")
            self.results.setFocus()
            self.results.selectRow(0)
            self._selection_changed(self.results_model.index(0, 0))
        else:
            self.say(self.tr("没有找到：请在右侧按行驶证新增车主"), "info")
            self.go_to_new_owner()

    def go_to_new_owner(self) -> None:
        """② 新增车主 (Ctrl+N, or a search that found nothing): what was searched fills in the name or the phone,
        and the keyboard goes to the first field still empty."""
        text = self.search_edit.text().strip()
        name, phone = self.new_fields["name"], self.new_fields["phone"]
        assert isinstance(name, QLineEdit) and isinstance(phone, QLineEdit)
        as_name, as_phone = prefill_from_search(text)  # the same reading as 新建销售客户 (C1): +86, (020), 8888-6666
        if as_phone:
            target: QLineEdit | None = phone
        elif as_name and not as_name.isascii():  # a name in Chinese characters (pinyin initials are not a name)
            target = name
        else:
            target = None
        if target is not None and not target.text().strip():
            target.setText(text)
        self._go_to(name if not name.text().strip() else phone if not phone.text().strip() else name)

    @staticmethod
    def _go_to(edit: QLineEdit) -> None:
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def selected_row(self) -> Any:
        index = self.results.currentIndex()
        return self.results_model.row_at(index.row()) if index.isValid() else None

    def _selected_linkable(self) -> bool:
        row = self.selected_row()
        return row is not None and why_not_owner(row.name, row.code, row.status, row.category) is None

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.results_model.row_at(current.row()) if current.isValid() else None
        self._offer_retain(None)
        if row is None:
            self.why.setText(self.tr("只有已启用的保有客户才能关联为车主（O6）"))
            self.link_button.setEnabled(False)
            return
        why = why_not_owner(row.name, row.code, row.status, row.category)
        self.why.setText(why or self.tr("{0}（{1}）可以关联为车主").format(row.name, row.code))
        self.link_button.setEnabled(why is None and not self.busy)
        if why is not None and row.status == "enabled" and row.category != "retained":
            self._offer_retain((row.code, row.name))

    def link_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self.say(self.tr("请先查找并选择客户"), "info")
            return
        why = why_not_owner(row.name, row.code, row.status, row.category)
        if why is not None:
            self.say(why, "error")
            if self._retain_target is not None:
                self.retain_link_button.setFocus()
            return
        self._link(row.code)

    def _link(self, code: str) -> None:
        if self.detail is None:
            return
        (WriteOp(vehicles.set_owner, self.vehicle_id, code, self.reason.text().strip() or None,
                 version=self.detail.version)
         .success(self._done).busy(self.tr("正在关联车主…")).run_in(self))

    # -- W3: set the owner retained -----------------------------------------------------------------------
    def retain_if_offered(self) -> None:
        """The default while the notice offers it (the owner on the car is not retained, W3): 设为保有客户."""
        if self.notice.isVisible() and self.retain_owner_button.isVisible():
            self.set_owner_retained()

    def set_owner_retained(self) -> None:
        if self.detail is None or self.detail.owner is None or self.busy:
            return
        # W3: one call, one transaction: the owner on the car is set to retained (the store must see the car,
        # S1 / O4) and the vehicle comes back with it, handed on like any other change
        (WriteOp(vehicles.retain_and_link_owner, self.vehicle_id, self.detail.owner.code, None,
                 version=self.detail.version, customer_version=self.detail.owner.version)
         .success(self._done).busy(self.tr("正在设为保有客户…")).run_in(self))

    def _offer_retain(self, target: tuple[str, str] | None) -> None:
        self._retain_target = target
        self._retain_version = None
        self.retain_link_button.setVisible(target is not None)
        self.retain_link_button.setEnabled(False)
        if target is not None:
            self.retain_link_button.setText(self.tr("将 {0} 设为保有客户并关联").format(target[1]))
            # the customer's version as offered: a change by another workstation before the click is refused
            (QueryOp(customers.get_customer, target[0]).success(partial(self._retain_loaded, target[0]))
             .failure(lambda error: self.say(error.text, "error")).run_in(self))

    def _retain_loaded(self, code: str, customer: CustomerDetail) -> None:
        if self._retain_target is None or self._retain_target[0] != code:
            return  # another row was chosen meanwhile
        self._retain_version = customer.version
        self.update_actions()

    def retain_and_link_offered(self) -> None:
        if self._retain_target is None or self._retain_version is None or self.detail is None or self.busy:
            return
        (WriteOp(vehicles.retain_and_link_owner, self.vehicle_id, self._retain_target[0],
                 self.reason.text().strip() or None, version=self.detail.version,
                 customer_version=self._retain_version)
         .success(self._done).busy(self.tr("正在设为保有客户并关联…")).run_in(self))

    # -- create (C2) --------------------------------------------------------------------------------------
    def draft(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, widget in self.new_fields.items():
            out[key] = (widget.currentData() or "") if isinstance(widget, QComboBox) else widget.text().strip()
        return out

    def create_owner(self, confirmed: tuple[str, ...] = (), confirm_reason: str | None = None) -> None:
        if self.busy or self.detail is None:
            return
        draft = self.draft()
        (WriteOp(vehicles.create_owner, self.vehicle_id, version=self.detail.version,
                 customer_type=draft["customer_type"], name=draft["name"], phone=draft["phone"],
                 id_type=draft["id_type"] or None, id_number=draft["id_number"] or None,
                 confirmed_not_duplicate_of=confirmed, confirm_reason=confirm_reason,
                 reason=self.reason.text().strip() or None)
         .success(self._done).expect(DuplicateFound, partial(self._duplicates, draft))
         .busy(self.tr("正在检查客户重复并保存…")).run_in(self))

    def _duplicates(self, draft: dict[str, str], found: DuplicateFound, error: UserError) -> None:
        """C2: a DuplicateFound (nothing saved) opens the duplicate dialog with its candidates."""
        DuplicateDialog.ask(self, draft, found, error, use=self.use_candidate, links_owner=True,
                            different=lambda codes, reason: self.create_owner(codes, reason))

    def use_candidate(self, c: Candidate) -> None:
        """The duplicate dialog's 使用该客户: link it when O6 allows, else say what to do."""
        why = why_not_owner(c.name, c.customer_code, c.status, c.category, merged=c.merged)
        if why is None:
            self._link(c.customer_code)
            return
        self.say(why, "error")
        if not c.merged and c.status == "enabled" and c.category != "retained":
            self._offer_retain((c.customer_code, c.name))
            self.retain_link_button.setFocus()

    # -- results ------------------------------------------------------------------------------------------
    def _done(self, detail: VehicleDetail) -> None:
        self.result_detail = detail
        self.say(self.tr("已保存"), "ok")
        self.ownerChanged.emit(detail)
        self.accept()

    def stale(self, error: UserError) -> None:
        """Another workstation changed the vehicle or the customer: show it as it is now."""
        self.reload()
        if self._retain_target is not None:
            self._offer_retain(self._retain_target)

    def field_widgets(self) -> dict[str, QLineEdit | QComboBox]:
        return self.new_fields

    # -- keyboard ---------------------------------------------------------------------------------------------------
    def enter_pressed(self, widget: QObject | None) -> None:
        """Enter does what the focused part of the dialog is for; Esc closes (QDialog)."""
        empty_search = widget is self.search_edit and not self.search_edit.text().strip()
        if empty_search and self.when_loaded(self.retain_if_offered):
            return  # typed ahead: the default (设为保有客户, W3) once the vehicle is read
        if widget is self.search_edit:
            self.search_now()
        elif widget is self.results:
            self.link_selected()
        elif widget in self.new_fields.values():
            self.create_owner()
        else:
            self.retain_if_offered()
