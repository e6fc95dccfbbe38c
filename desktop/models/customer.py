"""Customer record (客户档案) and its channels (客户渠道)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
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
from desktop.models.org import Store, User

CUSTOMER_TYPES = ("individual", "company")
CATEGORIES = ("potential", "retained")
STATUSES = ("pending", "enabled", "disabled")
CORE_FIELDS = ("customer_type", "name", "phone", "id_type", "id_number")


def customer_search_keys(
    customer_type: str, name: str, phone: str | None, id_number: str | None
) -> dict[str, str | None]:
    """The stored, indexed search keys of one customer (DESIGN: keys are columns, not per-query work)."""
    from desktop.rules.identity import normalize_id_number
    from desktop.rules.keys import name_keys
    from desktop.rules.names import canon_company_key, canon_person_key, split_id_suffix
    from desktop.rules.phone import normalize_phone

    if customer_type == "company":
        key = canon_company_key(name)
        suffix = ""
    else:
        key = canon_person_key(name)
        suffix = split_id_suffix(name)[1]
    digits = normalize_phone(phone) if phone else ""
    idn = normalize_id_number(id_number) if id_number else ""
    keys = name_keys(key)
    return {
        "name_key": key,
        "name_suffix": suffix or None,
        "pinyin_key": keys.pinyin_key,
        "pinyin_compact": keys.pinyin_compact,
        "initials": keys.initials,
        "phone_key": digits or None,
        "phone_rev": digits[::-1] or None,
        "id_key": idn or None,
    }


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint("customer_type IN ('individual','company')", name="type"),
        CheckConstraint("category IN ('potential','retained')", name="category"),
        CheckConstraint("status IN ('pending','enabled','disabled')", name="status"),
        CheckConstraint("business IN ('sales','after_sales')", name="business"),
        Index("ix_customers_name_key", "name_key", "created_at", "id"),  # newest first per name (C2)
        Index("ix_customers_pinyin_key", "pinyin_key"),
        Index("ix_customers_phone_key", "phone_key"),
        Index("ix_customers_id_key", "id_key"),
        Index("ix_customers_status", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    customer_type: Mapped[str] = mapped_column(String(12))
    category: Mapped[str] = mapped_column(String(12), default="potential")
    # Which business line created it: finance enables sales customers, customer service after-sales (C9).
    business: Mapped[str] = mapped_column(String(12), default="after_sales")
    status: Mapped[str] = mapped_column(String(12), default="pending")
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(30), nullable=True)
    id_type: Mapped[str | None] = mapped_column(String(30), nullable=True)
    id_number: Mapped[str | None] = mapped_column(String(40), nullable=True)
    finance_customer_code: Mapped[str | None] = mapped_column(String(30), unique=True, nullable=True)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    birthday: Mapped[date | None] = mapped_column(Date, nullable=True)
    contact_name: Mapped[str | None] = mapped_column(String(60), nullable=True)
    contact_phone: Mapped[str | None] = mapped_column(String(30), nullable=True)
    email: Mapped[str | None] = mapped_column(String(120), nullable=True)
    remark: Mapped[str | None] = mapped_column(Text, nullable=True)
    special: Mapped[bool] = mapped_column(Boolean, default=False)
    special_kind: Mapped[str | None] = mapped_column(String(30), nullable=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    enabled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    enabled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    # Stored normalised keys (see customer_search_keys), filled on every insert and update.
    name_key: Mapped[str] = mapped_column(String(120), default="")
    name_suffix: Mapped[str | None] = mapped_column(String(6), nullable=True)
    pinyin_key: Mapped[str] = mapped_column(String(300), default="")
    pinyin_compact: Mapped[str] = mapped_column(String(300), default="")
    initials: Mapped[str] = mapped_column(String(120), default="")
    phone_key: Mapped[str | None] = mapped_column(String(30), nullable=True)
    phone_rev: Mapped[str | None] = mapped_column(String(30), nullable=True)
    id_key: Mapped[str | None] = mapped_column(String(40), nullable=True)

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    created_store: Mapped[Store | None] = relationship(foreign_keys=[created_store_id])
    channels: Mapped[list[CustomerChannel]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )

    def refresh_search_keys(self) -> None:
        for key, value in customer_search_keys(
            self.customer_type, self.name, self.phone, self.id_number
        ).items():
            setattr(self, key, value)

    @property
    def store_ids(self) -> set[int]:
        return {c.store_id for c in self.channels}


@event.listens_for(Customer, "before_insert")
@event.listens_for(Customer, "before_update")
def _keys_follow_core_data(_mapper: Any, _conn: Any, target: Customer) -> None:
    target.refresh_search_keys()


class CustomerChannel(Base):
    """A store's channel on a customer: the store sees the customer (S1)."""

    __tablename__ = "customer_channels"
    __table_args__ = (UniqueConstraint("customer_id", "store_id"), Index("ix_channel_store", "store_id", "customer_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="channels")
    store: Mapped[Store] = relationship()


class CoreChangeRequest(Base):
    """An advisor's request to change core data (C10): finance / customer service act on it."""

    __tablename__ = "core_change_requests"
    __table_args__ = (CheckConstraint("status IN ('open','done','rejected')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changes_json: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolution_note: Mapped[str | None] = mapped_column(Text, nullable=True)

    customer: Mapped[Customer] = relationship()
