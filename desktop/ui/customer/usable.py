"""Which existing customer can be used, in words: the one wording of the dialogs that offer one (the duplicate
check, C2; 维护车主, O6; new customers).

Never a merged customer (the one it was merged into is searched for instead) nor a disabled one; as a vehicle's
owner only an enabled, retained one (O6): a pending one once it is enabled (C9), a potential one once it is set
retained (W3, 设为保有客户并关联). The dialogs say it before anything is sent, so that a button that would only be
refused is off; the services decide again (vehicles.set_owner: its O6 refusal states the rule, these words say
what to do next).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def merged_away(name: str, code: str) -> str:
    """The customer ``name`` (``code``) was merged into another: that one is to be searched for."""
    return QCoreApplication.translate("CustomerUse", "{0}（{1}）已合并到其他客户：请查找合并后的客户").format(name, code)


def why_not_usable(name: str, code: str, status: str, *, merged: bool = False, as_owner: bool = False) -> str | None:
    """Why the customer cannot be used at all, or None: merged, disabled, or, to be linked as a vehicle's owner
    (``as_owner``), still pending (O6, C9). A potential customer can be: :func:`why_not_owner` says how."""
    if merged:
        return merged_away(name, code)
    if status == "disabled":
        return QCoreApplication.translate("CustomerUse", "{0}（{1}）已停用，不能使用（O6）").format(name, code)
    if status != "enabled" and as_owner:
        return QCoreApplication.translate(
            "CustomerUse", "{0}（{1}）待启用：客服（售后客户）或财务（销售客户）核实原件并启用后才能使用（O6、C9）；"
            "不要重复新建").format(name, code)
    return None


def why_not_owner(name: str, code: str, status: str, category: str, *, merged: bool = False) -> str | None:
    """O6: why the customer cannot be linked as a vehicle's owner now, or None (only an enabled, retained one
    can); a potential customer is set retained first (W3)."""
    why = why_not_usable(name, code, status, merged=merged, as_owner=True)
    if why is None and category != "retained":
        why = QCoreApplication.translate(
            "CustomerUse", "{0}（{1}）是潜在客户：确认是行驶证上的车主后，可设为保有客户再关联（O6、W3）").format(name, code)
    return why
