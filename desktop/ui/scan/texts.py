"""The words of scanning: the documents' field names, the findings of desktop.services.scan_checks and what
the panel says (the service returns codes and values; the UI words them, Chinese source through the catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.scan_checks import BARCODE, DRIVING_LICENCE, ID_CARD, Finding
from desktop.services.scan_documents import FIELD_LABELS
from desktop.ui.common import i18n

CONTEXT = "ScanTexts"

KIND_LABELS = {
    DRIVING_LICENCE: QT_TRANSLATE_NOOP("ScanTexts", "行驶证"),
    ID_CARD: QT_TRANSLATE_NOOP("ScanTexts", "身份证"),
    BARCODE: QT_TRANSLATE_NOOP("ScanTexts", "车架号条码"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    """A document's field by its name (the reader's own labels, desktop.services.scan_documents)."""
    label = FIELD_LABELS.get(name)
    return i18n.text(label) if label is not None else name


def kind_label(kind: str) -> str:
    return tr(str(KIND_LABELS.get(kind, kind)))


def confidence_tip(kind: str, name: str, confidence: float, check: bool) -> str:
    """The tooltip of a field filled from a document."""
    text = QCoreApplication.translate("ScanTexts", "从{0}读取（{1}），识别置信度 {2:.0%}").format(
        kind_label(kind), field_label(name), confidence)
    if check:
        text += "\n" + QCoreApplication.translate("ScanTexts", "置信度低：请对照证件逐字核对后再保存")
    return text


def finding_text(finding: Finding, kind: str = DRIVING_LICENCE) -> str:
    """One finding of desktop.services.scan_checks in words (the values included, the rule in brackets)."""
    doc = kind_label(kind)
    read, on_file = finding.read, finding.on_file or ""
    code = finding.code
    if code == "owner_matches":
        return QCoreApplication.translate("ScanTexts", "{0}上的车主“{1}”与档案车主一致（O5）").format(doc, read)
    if code == "owner_differs":
        return QCoreApplication.translate(
            "ScanTexts", "{0}上的车主“{1}”与档案车主“{2}”不一致（W9/O5）：车辆已过户时请更换车主，"
                         "错误的车主不能留在档案上").format(doc, read, on_file)
    if code == "owner_homophone":
        return QCoreApplication.translate(
            "ScanTexts", "{0}上的车主“{1}”与档案车主“{2}”同音不同字（O5/C11）：如档案上的名字录错，"
                         "请客服修改原客户档案，不要更换车主").format(doc, read, on_file)
    if code == "vin_differs":
        text = QCoreApplication.translate(
            "ScanTexts", "{0}上的车架号 {1} 与当前车辆 {2} 不一致（V7）：请对照实车核对").format(doc, read, on_file)
        if finding.near:
            text += QCoreApplication.translate("ScanTexts", "；只差一两位，可能是识别错误，请逐位核对")
        return text
    if code == "plate_differs":
        return QCoreApplication.translate(
            "ScanTexts", "{0}上的车牌 {1} 与档案车牌 {2} 不一致（P2）：车辆过户换牌时，在原车辆档案上更新车牌").format(
                doc, read, on_file)
    if code == "plate_not_on_file":
        return QCoreApplication.translate("ScanTexts", "档案没有车牌；{0}上的车牌为 {1}（P1）：请补录车牌").format(doc, read)
    if code == "vin_check_digit":
        return QCoreApplication.translate("ScanTexts", "读出的车架号 {0} 校验位不符（V1）：请对照{1}逐位核对").format(
            read, doc)
    if code == "id_invalid":
        return QCoreApplication.translate("ScanTexts", "读出的身份证号码无效（C7）：请对照证件逐位核对")
    if code == "id_differs":
        return QCoreApplication.translate("ScanTexts", "身份证号码与档案车主的证件号码不一致（W9）：请核对是否为同一人")
    return f"{code} ({finding.rule})"


def finding_level(finding: Finding) -> str:
    """ok / warn / error, as the message line colours them."""
    if finding.code == "owner_matches":
        return "ok"
    if finding.code in ("owner_differs", "vin_differs", "id_differs", "id_invalid", "vin_check_digit"):
        return "error"
    return "warn"


def ocr_missing_text(addon_dirs: list[str]) -> str:
    """How to add the OCR add-on (the base build reads bar codes only)."""
    text = QCoreApplication.translate(
        "ScanTexts", "未安装文字识别（OCR）附加组件：只能读取车架号条码，不能读取行驶证和身份证。")
    if addon_dirs:
        text += QCoreApplication.translate(
            "ScanTexts", "安装方法：把 OCR 附加组件放到文件夹 {0}，然后重新启动程序。").format(" / ".join(addon_dirs))
    else:
        text += QCoreApplication.translate(
            "ScanTexts", "安装方法：在程序所用的 Python 环境中运行 pip install -e \".[ocr]\"，然后重新启动程序。")
    return text
