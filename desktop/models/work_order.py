"""Work orders (维修工单) and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, FetchedValue, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, utcnow
from desktop.models.customer import Customer
from desktop.models.vehicle import Vehicle

WORK_ORDER_KINDS = ("normal", "pdi", "transport_damage")
SETTLEMENT_PARTIES = ("customer", "manufacturer", "own_store")


class WorkOrder(Base):
    __tablename__ = "work_orders"
    __table_args__ = (
        CheckConstraint("kind IN ('normal','pdi','transport_damage')", name="kind"),
        CheckConstraint("settlement_party IN ('customer','manufacturer','own_store')", name="settlement"),
        # W5/W6: a normal work order always has an owner.
        CheckConstraint("kind <> 'normal' OR owner_id IS NOT NULL", name="owner_required"),
        Index("ix_work_orders_vehicle", "vehicle_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), index=True)
    repair_center_id: Mapped[int | None] = mapped_column(ForeignKey("repair_centers.id"), nullable=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20), default="normal")
    settlement_party: Mapped[str] = mapped_column(String(20), default="customer")
    deliverer_name: Mapped[str] = mapped_column(String(60))
    deliverer_phone: Mapped[str] = mapped_column(String(30))
    mileage: Mapped[int | None] = mapped_column(Integer, nullable=True)
    complaint: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    vehicle: Mapped[Vehicle] = relationship()
    owner: Mapped[Customer | None] = relationship()


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id", "at"),
        Index("ix_audit_user", "user_id", "at"),
        Index("ix_audit_at", "at"),
    )
    __mapper_args__ = {"eager_defaults": False}  # client_address is not read back after an INSERT

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    user_login: Mapped[str] = mapped_column(String(50))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    entity_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    field: Mapped[str | None] = mapped_column(String(40), nullable=True)
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: the workstation's address as the reception-desk server saw it (None: in-process, SQLite workstation).
    #: Left out of an INSERT that does not set it (FetchedValue), as vehicles.merged_into_id: rows this model
    #: writes into a database of an earlier version (a migration test) do not name the column.
    client_address: Mapped[str | None] = mapped_column(String(64), nullable=True, server_default=FetchedValue())
