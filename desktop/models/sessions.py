"""Server sessions (the reception-desk server's login tokens) and failed login attempts (throttling)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class UserSession(Base):
    """One login on the server. Only the SHA-256 of the token is stored: a copy of this table opens nothing.
    A session ends at logout, after ``idle`` without a request, and at once when its user is deactivated or
    the password is reset (``revoked_at``). Every server process reads it, so the processes stay stateless."""

    __tablename__ = "user_sessions"
    __table_args__ = (Index("ix_user_sessions_user", "user_id", "revoked_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    client_address: Mapped[str | None] = mapped_column(String(64), nullable=True)


class LoginAttempt(Base):
    """A failed login, kept for a while: the server throttles by login and by client address on top of the
    account lockout (which only counts existing accounts)."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
