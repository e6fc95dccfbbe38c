"""How long a typed or pasted value may be: every QLineEdit of a saved text field takes the length of the
column it is saved in (desktop.models), or the service's own limit where the column is unbounded TEXT, so a
paste can never exceed what the validators and the database accept.

Search and lookup boxes (not saved) take the limit the search service checks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit

from desktop.models import Customer, User, Vehicle, VehicleContact, WorkOrder


def column_length(model: Any, column: str) -> int:
    """The declared length of a String column (``String(120)`` -> 120)."""
    length = getattr(model.__table__.c[column].type, "length", None)
    if not isinstance(length, int):
        raise TypeError(f"{model.__name__}.{column} has no declared length")
    return length


def _columns(model: Any, *names: str) -> dict[str, int]:
    return {name: column_length(model, name) for name in names}


def _customer_remark() -> int:
    from desktop.services.customers import NONCORE_LIMITS

    return NONCORE_LIMITS["remark"][0]  # TEXT column: the service's limit


def _vehicle_remark() -> int:
    from desktop.services.vehicles import TEXT_LIMITS

    return TEXT_LIMITS["remark"]  # TEXT column: the service's limit


#: customer fields (customer record, core-change dialog, new owner)
CUSTOMER: dict[str, int] = {
    **_columns(Customer, "code", "name", "phone", "id_number", "address", "contact_name", "contact_phone", "email"),
    "remark": _customer_remark(),
}
#: vehicle fields (vehicle record, new vehicle, plate dialog)
VEHICLE: dict[str, int] = {
    **_columns(Vehicle, "internal_code", "model", "vin", "engine_no", "color", "interior", "options", "plate",
               "warranty_card_no", "commercial_insurer", "commercial_policy_no", "compulsory_insurer",
               "compulsory_policy_no"),
    "remark": _vehicle_remark(),
}
#: a vehicle's contacts (W7)
CONTACT: dict[str, int] = _columns(VehicleContact, "name", "phone", "relation")
#: the work order's deliverer (W8)
WORK_ORDER: dict[str, int] = _columns(WorkOrder, "deliverer_name", "deliverer_phone")
#: user accounts
USER: dict[str, int] = _columns(User, "login", "name")

DATE = len("YYYY-MM-DD")
#: a reason or note: TEXT columns (audit trail, change requests) the services do not bound; long enough for
#: any real explanation, short enough that a stray paste of a whole document is cut
REASON = 500
#: whole kilometres up to the services' 3,000,000 km
MILEAGE = len("3000000")
#: the magnifier search text (desktop.services.search checks 100)
SEARCH = 100
#: the intake lookups (desktop.services.intake checks 60 for a VIN, 30 for a plate, before normalising)
LOOKUP_VIN = 60
LOOKUP_PLATE = 30


def limit(widget: QLineEdit | QComboBox, length: int) -> None:
    """Cap what can be typed or pasted into ``widget`` (an editable combo box: its line edit)."""
    edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    if edit is not None:
        edit.setMaxLength(length)
