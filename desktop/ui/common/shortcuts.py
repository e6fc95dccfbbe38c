"""The keyboard scheme of the whole app, in one table: what each key does, where, and its label.

The scheme (the advisor's guide lists it, generated from :data:`SHORTCUTS` by :func:`guide_table`):

* **Enter** runs what has the focus: after a lookup the focus is on the one next step (the banner's button, or the
  work order's first field when the work order comes next); in a dialog Enter runs the dialog's main action.
* **F-keys** open the guided step of a lookup (车辆档案 F2, 车主 F3, 车牌 F4, 联系人 F6, 车主档案 F7,
  添加本店维修中心 F8, 新增车辆档案 F9, 联系主数据团队 F11); the same key does the same thing in a dialog that
  offers it (F3 添加车主 in 新增车辆档案).
* **Alt+letter** moves to a field or picks an option of the page (Alt+V VIN, Alt+P plate, Alt+D PDI...).
* **Ctrl+S** saves (the work order, a dialog's save or confirm), **Ctrl+F** goes to the search field, **Ctrl+N**
  creates (新建), **Ctrl+1…9** switch sections, **Esc** closes a dialog or clears the intake for the next car.
* In a search field **↑ / ↓** move through the results and **Enter** opens the selected one (the top hit).
* **Ctrl+V** with a picture on the clipboard (a VIN bar code, a driving licence, an ID card) reads it on the intake
  page, in 维护车主 and in 新增车辆档案; the document camera's folder is read on the intake page by itself.

F1 (help), F5 (refresh) and F10 (the menu on Windows) are left alone. A button shows its key after its label
(``车辆档案 [F2]``, :func:`label`); :func:`bind_button` does both, the label and the key. The key of a button
works while the button is visible and enabled, in the window the button is in.

Two tables: :data:`SHORTCUTS`, the keys bound through this module (:func:`bind`), and :data:`LISTED`, keys the
guide lists that another part of the app handles where it is used (Ctrl+V: the scan panel's event filter, which
leaves a paste of text to the field); :func:`bind` refuses those, so no key is bound twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

CONTEXT = "Shortcuts"
INTAKE, DIALOGS, LISTS, WINDOW = "intake", "dialogs", "lists", "window"


@dataclass(frozen=True)
class Key:
    name: str
    keys: str  # QKeySequence's portable text ("F2", "Ctrl+S", "Alt+V")
    text: object  # what it does: Chinese source, QT_TRANSLATE_NOOP in the context "Shortcuts" (a str)
    where: str  # INTAKE, DIALOGS, LISTS or WINDOW: the part of the app it works in
    shown: str = ""  # how the guide writes the key, when not as ``keys`` (Ctrl+1…9)

    @property
    def written(self) -> str:
        return self.shown or self.keys


SHORTCUTS: dict[str, Key] = {k.name: k for k in (
    # the intake page (接车)
    Key("vin_field", "Alt+V", QT_TRANSLATE_NOOP("Shortcuts", "车架号栏：扫描或输入车架号（W1）"), INTAKE),
    Key("plate_field", "Alt+P", QT_TRANSLATE_NOOP("Shortcuts", "车牌栏：输入车牌（V7、P3）"), INTAKE),
    Key("vehicle_record", "F2", QT_TRANSLATE_NOOP("Shortcuts", "车辆档案"), INTAKE),
    Key("owner", "F3", QT_TRANSLATE_NOOP("Shortcuts", "维护车主 / 更换车主 / 添加车主（W3、O3、W2a）"), INTAKE),
    Key("plate", "F4", QT_TRANSLATE_NOOP("Shortcuts", "车牌（P1/P2）；车牌移到本车（P3）"), INTAKE),
    Key("contacts", "F6", QT_TRANSLATE_NOOP("Shortcuts", "联系人（W7）"), INTAKE),
    Key("owner_record", "F7", QT_TRANSLATE_NOOP("Shortcuts", "车主档案"), INTAKE),
    Key("attach_store", "F8", QT_TRANSLATE_NOOP("Shortcuts", "添加本店维修中心（M3）"), INTAKE),
    Key("new_vehicle", "F9", QT_TRANSLATE_NOOP("Shortcuts", "新增车辆档案（W4、M1）"), INTAKE),
    Key("escalate", "F11", QT_TRANSLATE_NOOP("Shortcuts", "联系主数据团队：提交疑似车架号错误（V8）"), INTAKE),
    Key("kind_normal", "Alt+N", QT_TRANSLATE_NOOP("Shortcuts", "工单类型：普通维修"), INTAKE),
    Key("kind_pdi", "Alt+D", QT_TRANSLATE_NOOP("Shortcuts", "工单类型：PDI（库存商品车，W6）"), INTAKE),
    Key("kind_transport_damage", "Alt+T", QT_TRANSLATE_NOOP("Shortcuts", "工单类型：商品车质损（库存商品车，W6）"),
        INTAKE),
    Key("use_owner", "Alt+O", QT_TRANSLATE_NOOP("Shortcuts", "车主本人送修：填入车主姓名和电话（W8）"), INTAKE),
    Key("save_work_order", "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "保存工单"), INTAKE),
    Key("clear", "Esc", QT_TRANSLATE_NOOP("Shortcuts", "清空，接待下一辆车"), INTAKE),
    # dialogs
    Key("save", "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "对话框的保存 / 确认（新增车辆档案：保存、完成；车牌；"
                                                        "添加本店维修中心；合并）"), DIALOGS),
    Key("new_owner", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "维护车主：到“新增车主”的第一栏"), DIALOGS),
    Key("dialog_owner", "F3", QT_TRANSLATE_NOOP("Shortcuts", "新增车辆档案：添加车主 / 更换车主"), DIALOGS),
    Key("dialog_search", "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "维护车主、合并：到查找栏"), DIALOGS),
    Key("close", "Esc", QT_TRANSLATE_NOOP("Shortcuts", "关闭对话框；有未保存的修改时先问“放弃修改？”"), DIALOGS),
    # lists: 客户, 车辆 and the back-office pages
    Key("search", "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "客户、车辆和各后台页面（待启用、变更申请、车架号上报、特殊客户、合并、审计、用户）：到查找或筛选栏；↑↓ 选择，Enter 打开"), LISTS),
    Key("new", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "新建（客户：新建销售客户；特殊客户：新建特殊客户；合并：合并重复客户；用户：新增用户）"), LISTS),
    # the main window
    Key("sections", "Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "切换左侧的页面：接车、客户、车辆，然后是各岗位的后台页面"),
        WINDOW, "Ctrl+1…9"),
    Key("log_out", "Ctrl+Shift+L", QT_TRANSLATE_NOOP("Shortcuts", "退出登录 / 切换用户"), WINDOW),
)}

#: keys the guide lists but this module never binds: handled where they are used (desktop.ui.scan.panel reads a
#: picture pasted with Ctrl+V; any other paste stays the field's)
LISTED: dict[str, Key] = {k.name: k for k in (
    Key("paste_picture", "Ctrl+V", QT_TRANSLATE_NOOP("Shortcuts", "粘贴车架号条码或行驶证的图片（截图、复制的照片）："
                                                                "填入车架号、车牌并查询；高拍仪拍的照片（登录窗口“设置”→“扫描”"
                                                                "里选的文件夹）停在接车页时自动读取"), INTAKE),
    Key("dialog_paste_picture", "Ctrl+V", QT_TRANSLATE_NOOP("Shortcuts", "维护车主：粘贴行驶证或身份证的图片；新增车辆档案："
                                                                       "粘贴车架号条码或行驶证的图片；读到的内容填入表格，"
                                                                       "核对后再保存"), DIALOGS),
)}

PLACES = {
    INTAKE: QT_TRANSLATE_NOOP("Shortcuts", "接车"),
    DIALOGS: QT_TRANSLATE_NOOP("Shortcuts", "对话框"),
    LISTS: QT_TRANSLATE_NOOP("Shortcuts", "列表"),
    WINDOW: QT_TRANSLATE_NOOP("Shortcuts", "主窗口"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def key(name: str) -> Key:
    """The key ``name``, bound (:data:`SHORTCUTS`) or only listed (:data:`LISTED`)."""
    return SHORTCUTS[name] if name in SHORTCUTS else LISTED[name]


def sequence(name: str) -> QKeySequence:
    return QKeySequence(key(name).keys)


def key_text(name: str) -> str:
    """The key as the user reads it (``F2``, ``Ctrl+S``)."""
    return sequence(name).toString(QKeySequence.SequenceFormat.NativeText)


def label(text: str, name: str) -> str:
    """A button's text with its key after it: ``车辆档案 [F2]``."""
    return f"{text} [{key_text(name)}]"


def set_label(button: QAbstractButton, text: str, name: str | None = None) -> None:
    """The button's text (and its key, ``name`` or the key it was bound to); the bare text stays in its
    ``label`` property (what the button does, without the key)."""
    name = name or button.property("keyName")
    if name:
        button.setProperty("keyName", name)
    button.setProperty("label", text)
    button.setText(label(text, name) if name else text)


def bind(scope: QWidget, name: str, slot: Callable[[], Any], *,
         context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QShortcut:
    """The key ``name`` runs ``slot`` while ``scope`` is visible in the active window (``context``). Only a key of
    :data:`SHORTCUTS`: a listed one (:data:`LISTED`) is handled where it is used, bound twice it would be taken
    from there (ValueError)."""
    if name not in SHORTCUTS:
        raise ValueError(f"{name!r} is not a key this module binds (LISTED: handled where it is used)")
    shortcut = QShortcut(sequence(name), scope)
    shortcut.setObjectName(f"shortcut_{name}")
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


def bind_button(button: QAbstractButton, name: str, text: str | None = None, *,
                scope: QWidget | None = None) -> QShortcut:
    """The button shows the key ``name`` after its text and the key clicks it while it is visible and enabled.
    ``scope``: the widget the key lives on (by default the button; a key several buttons share — the banner's
    next step — lives once on their page, see :func:`click_bound`)."""
    set_label(button, button.text() if text is None else text, name)
    if scope is not None:
        return bind(scope, name, lambda: click_bound(scope, name))
    return bind(button, name, lambda: button.click() if button.isVisible() and button.isEnabled() else None)


def click_bound(scope: QWidget, name: str) -> bool:
    """Click the visible, enabled button under ``scope`` that carries the key ``name``; False when none does."""
    for button in scope.findChildren(QAbstractButton):
        if button.property("keyName") == name and button.isVisible() and button.isEnabled():
            button.click()
            return True
    return False


def guide_table(lang: str = "zh_CN") -> str:
    """The shortcut table of the advisor's guide (docs/使用说明.md), in Markdown, generated from SHORTCUTS and
    LISTED (each place's keys together, in the tables' order)."""
    head = ("| 键 | 在哪里 | 作用 |", "|---|---|---|") if lang == "zh_CN" else \
        ("| Key | Where | What it does |", "|---|---|---|")
    text = str if lang == "zh_CN" else _tr
    places = list(PLACES)
    keys = sorted((*SHORTCUTS.values(), *LISTED.values()), key=lambda k: places.index(k.where))  # by place, stable
    rows = [f"| **{k.written}** | {text(PLACES[k.where])} | {text(k.text)} |" for k in keys]
    return "\n".join((*head, *rows))
