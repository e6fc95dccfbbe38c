"""UI language: Simplified Chinese by default (the source strings are Chinese), English by translation.

Every user-visible string goes through ``self.tr`` or ``QCoreApplication.translate``; the English
catalogue is ``resources/translations/app_en.ts`` compiled to ``app_en.qm`` (pyside6-lrelease).
Codes stored in the database (outcomes, statuses, kinds...) are turned into words here.

The services' messages and labels are Chinese source text marked for the same catalogue
(:mod:`desktop.rules.messages`): :func:`text` translates them (a :class:`~desktop.rules.messages.Message` with
its parameters too) through the installed catalogue, :func:`text_in` a marked string that crossed the HTTP API
as a plain string (its context is known from where it comes from).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.config import resource_path
from desktop.rules import messages
from desktop.rules.messages import QT_TRANSLATE_NOOP  # typed (PySide6's stub returns object); the same marker

LANGS = ("zh_CN", "en")
_current = "zh_CN"
_installed: list[QTranslator] = []


def current_lang() -> str:
    return _current


def normalize_lang(lang: str | None) -> str:
    if not lang:
        return "zh_CN"
    return "en" if lang.lower().startswith("en") else "zh_CN"


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Load the app's catalogue (and Qt's own, for standard buttons) for ``lang``; return the language."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = normalize_lang(lang)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(_current), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    if _current != "zh_CN":
        own = QTranslator(app)
        if own.load(str(resource_path("translations", f"app_{_current}.qm"))):
            app.installTranslator(own)
            _installed.append(own)
    return _current


def translator(lang: str | None = None) -> messages.Translate:
    """How the UI translates marked text: through the installed catalogue (``QCoreApplication.translate``, the
    .qm) for the UI's language; for another language (a test asking for English) from the catalogue's .ts."""
    lang = normalize_lang(lang) if lang else _current
    if lang == _current:
        return QCoreApplication.translate
    return messages.translator(lang)


def text(value: Any, lang: str | None = None) -> str:
    """Marked text, a message (its parameters translated too) or a list of them in the UI's language; plain
    text as it is."""
    return str(messages.render_value(value, translator(lang)))


def text_in(context: str, source: str | None) -> str:
    """A marked string that arrived as a plain string (a dataclass field that crossed the HTTP API), translated
    in the context it was marked in."""
    return text(messages.Text(context, source)) if source else ""


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


#: a name with its code or details after it, and the separator of reasons in a list: Chinese punctuation in the
#: source, ASCII in English ("张三（KH001）" / "张三 (KH001)")
NAMED = QT_TRANSLATE_NOOP("Labels", "{0}（{1}）")
SEMICOLON = QT_TRANSLATE_NOOP("Labels", "；")


def named(name: str, detail: str) -> str:
    """``name`` with ``detail`` (a code, a store...) in brackets, in the UI's language: 张三（KH001）, English
    "张三 (KH001)". Never an f-string with full-width brackets: they showed in the English UI."""
    return _t(NAMED).format(name, detail)


def listed(items: Iterable[Any], separator: messages.Text = messages.LIST_SEPARATOR) -> str:
    """``items`` (plain or marked text) joined with the UI's list separator: "、" in Chinese, ", " in English
    (:data:`desktop.rules.messages.LIST_SEPARATOR`); ``separator`` another marked one (:data:`SEMICOLON`)."""
    return text(messages.Joined(tuple(items), separator))


def outcome_label(outcome: str) -> str:
    return _t({
        "vehicle_and_owner": QT_TRANSLATE_NOOP("Labels", "车辆和车主已带出"),
        "vehicle_only": QT_TRANSLATE_NOOP("Labels", "只有车辆，车主未带出"),
        "not_found": QT_TRANSLATE_NOOP("Labels", "集团内无此车辆"),
        "other_store": QT_TRANSLATE_NOOP("Labels", "其他门店的车辆"),
        "suspected_typo": QT_TRANSLATE_NOOP("Labels", "疑似车架号录入错误"),
    }.get(outcome, outcome))


def customer_type_label(code: str | None) -> str:
    return _t({"individual": QT_TRANSLATE_NOOP("Labels", "个人"), "company": QT_TRANSLATE_NOOP("Labels", "单位")}.get(code or "", code or ""))


def category_label(code: str | None) -> str:
    return _t({"potential": QT_TRANSLATE_NOOP("Labels", "潜在客户"), "retained": QT_TRANSLATE_NOOP("Labels", "保有客户")}.get(code or "", code or ""))


def status_label(code: str | None) -> str:
    return _t({"pending": QT_TRANSLATE_NOOP("Labels", "待启用"), "enabled": QT_TRANSLATE_NOOP("Labels", "已启用"), "disabled": QT_TRANSLATE_NOOP("Labels", "已停用")}.get(code or "", code or ""))


def business_label(code: str | None) -> str:
    return _t({"sales": QT_TRANSLATE_NOOP("Labels", "销售"), "after_sales": QT_TRANSLATE_NOOP("Labels", "售后")}.get(code or "", code or ""))


def origin_label(code: str | None) -> str:
    return _t({"generated": QT_TRANSLATE_NOOP("Labels", "采购生成"), "manual": QT_TRANSLATE_NOOP("Labels", "手工新建")}.get(code or "", code or ""))


def kind_label(code: str) -> str:
    return _t({"normal": QT_TRANSLATE_NOOP("Labels", "普通维修"), "pdi": QT_TRANSLATE_NOOP("Labels", "PDI"), "transport_damage": QT_TRANSLATE_NOOP("Labels", "商品车质损")}.get(code, code))


def settlement_label(code: str) -> str:
    return _t({
        "customer": QT_TRANSLATE_NOOP("Labels", "客户"),
        "manufacturer": QT_TRANSLATE_NOOP("Labels", "厂家（索赔）"),
        "own_store": QT_TRANSLATE_NOOP("Labels", "本店（内部维修）"),
    }.get(code, code))


def id_type_label(code: str | None) -> str:
    return _t({
        "resident_id": QT_TRANSLATE_NOOP("Labels", "居民身份证"),
        "uscc": QT_TRANSLATE_NOOP("Labels", "统一社会信用代码"),
        "hk_macau_permit": QT_TRANSLATE_NOOP("Labels", "港澳居民来往内地通行证"),
        "tw_permit": QT_TRANSLATE_NOOP("Labels", "台湾居民来往大陆通行证"),
        "hmt_residence_permit": QT_TRANSLATE_NOOP("Labels", "港澳台居民居住证"),
        "passport": QT_TRANSLATE_NOOP("Labels", "护照"),
    }.get(code or "", code or ""))


def special_kind_label(code: str | None) -> str:
    """A kind of special customer (C13) in the UI's language (desktop.services.customers.SPECIAL_KINDS)."""
    from desktop.services.customers import SPECIAL_KINDS  # not at start-up: the services load after login

    name = SPECIAL_KINDS.get(code or "")
    return (code or "") if name is None else text(name)


def role_label(code: str) -> str:
    """A role in the UI's language (desktop.services.auth.ROLES)."""
    from desktop.services.auth import ROLES  # not at start-up: the services load after login

    name = ROLES.get(code)
    return code if name is None else text(name)
