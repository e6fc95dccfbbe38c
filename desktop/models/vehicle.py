"""Vehicle record (车辆档案), its repair centers, contacts and histories."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, utcnow
from desktop.models.customer import Customer
from desktop.models.org import RepairCenter

ORIGINS = ("generated", "manual")
# V3/V4: fixed for good on generated vehicles; entered once then locked on manual ones.
LOCKED_FIELDS = ("model", "vin", "engine_no", "color", "interior", "options")
# V5: filled when known, then not changed.
FILL_ONCE_FIELDS = (
    "production_date",
    "sale_date",
    "invoice_date",
    "warranty_card_no",
    "warranty_mileage",
    "warranty_start",
    "warranty_end",
)
# V6: what may change.
INSURANCE_FIELDS = (
    "commercial_insurer",
    "commercial_policy_no",
    "commercial_expiry",
    "compulsory_insurer",
    "compulsory_policy_no",
    "compulsory_expiry",
)


class Vehicle(Base):
    __tablename__ = "vehicles"
    __table_args__ = (
        CheckConstraint("origin IN ('generated','manual')", name="origin"),
        Index("ix_vehicles_owner", "owner_id"),
        Index("ix_vehicles_vin_rev", "vin_rev", postgresql_include=["id"]),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    internal_code: Mapped[str] = mapped_column(String(30), unique=True)
    origin: Mapped[str] = mapped_column(String(10))
    model: Mapped[str] = mapped_column(String(120))
    vin: Mapped[str] = mapped_column(String(17), unique=True)
    vin_rev: Mapped[str] = mapped_column(String(17))
    vin_nonstandard: Mapped[bool] = mapped_column(Boolean, default=False)
    engine_no: Mapped[str | None] = mapped_column(String(40), nullable=True)
    color: Mapped[str | None] = mapped_column(String(40), nullable=True)
    interior: Mapped[str | None] = mapped_column(String(40), nullable=True)
    options: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # NULL when the vehicle holds no plate: UNIQUE then only applies among vehicles that hold one.
    plate: Mapped[str | None] = mapped_column(String(16), unique=True, nullable=True)
    plate_color: Mapped[str | None] = mapped_column(String(16), nullable=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    # V8 / N1 twins: a twin merged into the correct vehicle is retired here, never deleted (migration 0013).
    # Left out of an INSERT that does not set it (FetchedValue, no eager defaults): rows written by this model
    # into a database of an earlier version (a migration test) do not name the column.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), nullable=True,
                                                       server_default=FetchedValue())

    production_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    sale_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    invoice_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    warranty_card_no: Mapped[str | None] = mapped_column(String(40), nullable=True)
    warranty_mileage: Mapped[int | None] = mapped_column(Integer, nullable=True)
    warranty_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    warranty_end: Mapped[date | None] = mapped_column(Date, nullable=True)

    commercial_insurer: Mapped[str | None] = mapped_column(String(60), nullable=True)
    commercial_policy_no: Mapped[str | None] = mapped_column(String(60), nullable=True)
    commercial_expiry: Mapped[date | None] = mapped_column(Date, nullable=True)
    compulsory_insurer: Mapped[str | None] = mapped_column(String(60), nullable=True)
    compulsory_policy_no: Mapped[str | None] = mapped_column(String(60), nullable=True)
    compulsory_expiry: Mapped[date | None] = mapped_column(Date, nullable=True)

    remark: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version, "eager_defaults": False}

    owner: Mapped[Customer | None] = relationship(foreign_keys=[owner_id])
    repair_centers: Mapped[list[VehicleRepairCenter]] = relationship(
        back_populates="vehicle", cascade="all, delete-orphan"
    )
    contacts: Mapped[list[VehicleContact]] = relationship(
        back_populates="vehicle", cascade="all, delete-orphan", order_by="VehicleContact.id"
    )


@event.listens_for(Vehicle, "before_insert")
@event.listens_for(Vehicle, "before_update")
def _derived_columns(_mapper: object, _conn: object, target: Vehicle) -> None:
    target.vin_rev = target.vin[::-1]
    if not target.plate:
        # An empty plate is no plate: NULL keeps the UNIQUE constraint to vehicles that hold one.
        target.plate = None
        target.plate_color = None


class VehicleRepairCenter(Base):
    """所属维修中心: a store sees the vehicle when its repair center is listed (S1)."""

    __tablename__ = "vehicle_repair_centers"
    __table_args__ = (
        UniqueConstraint("vehicle_id", "repair_center_id"),
        Index("ix_vrc_center", "repair_center_id", "vehicle_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"))
    repair_center_id: Mapped[int] = mapped_column(ForeignKey("repair_centers.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    vehicle: Mapped[Vehicle] = relationship(back_populates="repair_centers")
    repair_center: Mapped[RepairCenter] = relationship()


class VehicleContact(Base):
    """People who bring the car (W7): contacts, one of them may be the main user (主要用车人)."""

    __tablename__ = "vehicle_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(30))
    relation: Mapped[str | None] = mapped_column(String(30), nullable=True)
    is_main_user: Mapped[bool] = mapped_column(Boolean, default=False)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    vehicle: Mapped[Vehicle] = relationship(back_populates="contacts")


class OwnershipHistory(Base):
    __tablename__ = "ownership_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    old_owner_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    new_owner_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class PlateHistory(Base):
    __tablename__ = "plate_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    old_plate: Mapped[str | None] = mapped_column(String(16), nullable=True)
    old_plate_color: Mapped[str | None] = mapped_column(String(16), nullable=True)
    new_plate: Mapped[str | None] = mapped_column(String(16), nullable=True)
    new_plate_color: Mapped[str | None] = mapped_column(String(16), nullable=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)


ESCALATION_STATUSES = ("open", "same_car", "different_car")


class VinEscalation(Base):
    """V8: a VIN typed at intake one or two characters off a VIN on file, escalated to the master-data team.

    ``same_car``: the VIN typed was a slip, the advisor uses ``resolved_vehicle_id``; ``different_car``: a
    permit, the advisor of ``store_id`` may create exactly ``typed_vin`` (vehicles.create_manual_vehicle)."""

    __tablename__ = "vin_escalations"
    __table_args__ = (
        CheckConstraint("status IN ('open','same_car','different_car')", name="status"),
        Index("ix_vin_escalations_vin", "typed_vin", "status"),
        Index("ix_vin_escalations_store", "store_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    typed_vin: Mapped[str] = mapped_column(String(17))
    similar_vins: Mapped[str] = mapped_column(Text)  # JSON list of the VINs on file it resembles
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), nullable=True)
    filed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    filed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolution_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolved_vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), nullable=True)
    # different_car: the permit is used up once the vehicle is created
    created_vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), nullable=True)
