"""新建销售客户 (C1, C2, C4, C7, C9): a sales advisor creates a sales customer from the customer list, after
searching it (C1). Customer type, name, phone and an ID (required, C7); the new customer is potential (C4) and
pending until finance enables it (C9). The form and the duplicate check: ``new_customer_dialog``."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.ui.common.worker import Worker
from desktop.ui.customer.new_customer_dialog import NewCustomerDialog

_PHONE_LIKE = re.compile(r"[\d\s\-－()（）+]+")


def prefill_from_search(text: str) -> tuple[str, str]:
    """(name, phone) from what was searched before creating (C1): digits go to the phone, words to the name."""
    text = (text or "").strip()
    if text and _PHONE_LIKE.fullmatch(text):
        return "", text
    return text, ""


class NewSalesCustomerDialog(NewCustomerDialog):
    """新建销售客户 (sales advisors, from the customer list after a search)."""

    BUSINESS = "sales"

    def __init__(self, actor: Any, worker: Worker, *, searched: str = "",
                 parent: QWidget | None = None) -> None:
        name, phone = prefill_from_search(searched)
        super().__init__(actor, worker, name=name, phone=phone, parent=parent)
        self.setObjectName("newSalesCustomerDialog")
        self.setWindowTitle(self.tr("新建销售客户"))
        self.intro.setText(self.tr(
            "已查找“{0}”，没有同一客户时再新建（C1）。销售客户为潜在客户（C4），证件必填（C7），"
            "保存前检查客户重复（C2），新客户待财务核实原件后启用（C9）。").format(searched))
        self.id_number.setPlaceholderText(self.tr("必填：个人填身份证号，单位填统一社会信用代码（C7）"))
        self._finish_setup()

    def check_form(self, draft: dict[str, str]) -> bool:
        if not draft["id_number"]:
            self.refuse(self.tr("销售客户证件号码必填（C7）"), self.id_number)
            return False
        return True
