"""SQLAlchemy 2 declarative models. The database enforces what must never happen."""

from desktop.models.base import Base, utcnow
from desktop.models.customer import (
    CATEGORIES,
    CORE_FIELDS,
    CUSTOMER_TYPES,
    STATUSES,
    CoreChangeRequest,
    Customer,
    CustomerChannel,
    customer_search_keys,
)
from desktop.models.org import Counter, RepairCenter, Store, User
from desktop.models.requests import RequestLog
from desktop.models.search import CustomerGram, VehicleGram
from desktop.models.sessions import LoginAttempt, UserSession
from desktop.models.special import SpecialCustomerPattern
from desktop.models.vehicle import (
    FILL_ONCE_FIELDS,
    INSURANCE_FIELDS,
    LOCKED_FIELDS,
    ORIGINS,
    OwnershipHistory,
    PlateHistory,
    Vehicle,
    VehicleContact,
    VehicleRepairCenter,
    VinEscalation,
)
from desktop.models.work_order import SETTLEMENT_PARTIES, WORK_ORDER_KINDS, AuditEntry, WorkOrder

__all__ = [
    "CATEGORIES",
    "CORE_FIELDS",
    "CUSTOMER_TYPES",
    "FILL_ONCE_FIELDS",
    "INSURANCE_FIELDS",
    "LOCKED_FIELDS",
    "ORIGINS",
    "SETTLEMENT_PARTIES",
    "STATUSES",
    "WORK_ORDER_KINDS",
    "AuditEntry",
    "Base",
    "CoreChangeRequest",
    "Counter",
    "Customer",
    "CustomerChannel",
    "CustomerGram",
    "OwnershipHistory",
    "PlateHistory",
    "RepairCenter",
    "LoginAttempt",
    "RequestLog",
    "SpecialCustomerPattern",
    "Store",
    "User",
    "UserSession",
    "Vehicle",
    "VehicleContact",
    "VehicleGram",
    "VehicleRepairCenter",
    "VinEscalation",
    "WorkOrder",
    "customer_search_keys",
    "utcnow",
]
