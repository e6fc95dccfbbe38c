"""Request log: the outcome of every write made with a request id, so that a repeat applies nothing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class RequestLog(Base):
    """One row per write made with a request id, inserted in the write's own transaction: it exists exactly
    when the write committed. A repeat of the id (a retry after a lost connection, a double click, a client
    that resends) finds it and gets the stored outcome instead of applying the write again."""

    __tablename__ = "request_log"
    __table_args__ = (Index("ix_request_log_at", "at"),)

    request_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    action: Mapped[str] = mapped_column(String(60))
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    result: Mapped[str] = mapped_column(Text)
