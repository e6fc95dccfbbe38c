"""Pure validators, normalisers and search keys for customer and vehicle master data.

No database, no Qt: every validator returns the normalised value or raises :class:`ValidationError`.
"""

from __future__ import annotations

from .errors import ValidationError
from .identity import (
    check_id_type_for_customer,
    normalize_id_number,
    validate_customer_type,
    validate_hk_macau_permit,
    validate_hmt_residence_permit,
    validate_id,
    validate_id_type,
    validate_passport,
    validate_resident_id,
    validate_tw_permit,
    validate_uscc,
)
from .names import (
    canon_company_key,
    canon_person_key,
    normalize_company_name,
    normalize_person_name,
    validate_company_name,
    validate_person_name,
)
from .phone import normalize_phone, validate_phone
from .plate import normalize_plate, validate_plate, validate_plate_color
from .text import canon_text
from .vin import normalize_vin, validate_vin

__all__ = [
    "ValidationError",
    "canon_company_key",
    "canon_person_key",
    "canon_text",
    "check_id_type_for_customer",
    "normalize_company_name",
    "normalize_id_number",
    "normalize_person_name",
    "normalize_phone",
    "normalize_plate",
    "normalize_vin",
    "validate_company_name",
    "validate_customer_type",
    "validate_hk_macau_permit",
    "validate_hmt_residence_permit",
    "validate_id",
    "validate_id_type",
    "validate_passport",
    "validate_person_name",
    "validate_phone",
    "validate_plate",
    "validate_plate_color",
    "validate_resident_id",
    "validate_tw_permit",
    "validate_uscc",
    "validate_vin",
]
