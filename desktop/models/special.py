"""The list of special customers' names (C13) the master-data team keeps: name patterns and exact names."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, utcnow
from desktop.models.org import User


class SpecialCustomerPattern(Base):
    """One entry of the list: how a name is compared (``match_type``: exact / contains / starts_with /
    ends_with, desktop.rules.special_names), the name or fragment as typed, the kind of special customer it
    marks (desktop.services.customers.SPECIAL_KINDS). Entries are deactivated, never deleted (the audit trail
    names them). Created by nobody (``created_by_id`` NULL) = shipped with the app (migration 0011)."""

    __tablename__ = "special_customer_patterns"
    __table_args__ = (
        CheckConstraint("match_type IN ('exact','contains','starts_with','ends_with')", name="match_type"),
        Index("ix_special_customer_patterns_active", "active"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    match_type: Mapped[str] = mapped_column(String(12))
    pattern: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    updated_by: Mapped[User | None] = relationship(foreign_keys=[updated_by_id])
