"""Issue #14 item 5: the UI reads the services' messages through the same catalogue as its own strings, the
compiled ``app_en.qm`` installed by ``i18n.install`` (``QCoreApplication.translate``), not through code."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from desktop.rules.errors import ValidationError
from desktop.rules.messages import QT_TRANSLATE_NOOP, Message
from desktop.rules.vin import validate_vin
from desktop.services.auth import PermissionDenied
from desktop.services.errors import RuleViolation
from desktop.services.vehicles import VinExists
from desktop.storage.errors import DatabaseBusy, UniqueViolation
from desktop.ui.common import i18n
from desktop.ui.common.worker import REFUSED, UNAVAILABLE, VALIDATION, describe

CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def english(qapp) -> Iterator[None]:
    assert i18n.install(qapp, "en") == "en"
    try:
        yield
    finally:
        i18n.install(qapp, "zh_CN")


def _vin_error() -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_vin("LSVAG2181MA9O0001")
    return caught.value


def test_errors_are_described_in_english_with_the_english_catalogue_installed(english) -> None:
    cases = [
        (_vin_error(), VALIDATION),
        (RuleViolation(QT_TRANSLATE_NOOP(
            "services.work_orders", "车辆和车主都带出后才能开工单：请先维护车主，再重新开始接车"), rule="W5"), REFUSED),
        (PermissionDenied("customer.merge"), "refused"),
        (VinExists(1, "LSVAG2181MA900001", visible=False), REFUSED),
        (DatabaseBusy(), UNAVAILABLE),
        (UniqueViolation("vehicles", ("vin",)), REFUSED),
    ]
    for exc, kind in cases:
        told = describe(exc)  # no language given: the UI's, through QCoreApplication.translate
        assert told.kind == kind and told.text and not CJK.search(told.text), (exc, told.text)
        assert told.text == exc.message("en")  # the .qm and the .ts give the same words
    assert describe(RuleViolation(QT_TRANSLATE_NOOP(
        "services.work_orders", "车辆和车主都带出后才能开工单：请先维护车主，再重新开始接车"), rule="W5")).text.endswith("(W5)")


def test_the_chinese_ui_shows_the_source_text() -> None:
    told = describe(_vin_error())
    assert told.text == "车架号(VIN)不能含字母 I、O、Q（发现 O）；请对照行驶证核实，常为数字 1 或 0"


def test_marked_labels_and_messages_in_the_ui(english) -> None:
    assert i18n.role_label("master_data") == "Master-data team"
    assert i18n.special_kind_label("insurer") == "Insurer"
    assert i18n.text(Message.of(QT_TRANSLATE_NOOP("services.customers", "联系人电话：{reason}"),
                                {"reason": PermissionDenied("audit.view").as_message()})) == \
        "Contact phone: Not permitted: view the audit trail"
    # a marked string that crossed the HTTP API as a plain string: translated in its context
    assert i18n.text_in("services.vehicles", "V5 已填写的销售/售后固定信息不再修改").startswith("V5 sales")
    assert i18n.text_in("services.vehicles", None) == ""
