"""Generated numbers: customer and finance-customer codes (C8), vehicle codes, work-order numbers."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.models import Counter


def next_value(session: Session, name: str) -> int:
    """Increment a named counter inside the caller's transaction (row-locked on PostgreSQL)."""
    counter = session.scalar(select(Counter).where(Counter.name == name).with_for_update())
    if counter is None:
        try:
            with session.begin_nested():
                session.add(Counter(name=name, value=0))
        except IntegrityError:
            pass  # another workstation created it first
        counter = session.scalar(select(Counter).where(Counter.name == name).with_for_update())
        assert counter is not None
    counter.value += 1
    session.flush()
    return counter.value


def next_code(session: Session, name: str, prefix: str, width: int, taken: InstrumentedAttribute[str]) -> str:
    """The next code ``prefix + number`` that ``taken`` (a column) does not hold yet.

    Codes written without the counter (the demo, an import of legacy codes) make the counter collide: then it
    jumps past the highest such code in one statement, instead of stepping through them one by one while it
    holds the counter's row lock (thousands of statements on the first create after an import)."""
    while True:
        number = next_value(session, name)
        code = f"{prefix}{number:0{width}d}"
        if session.scalar(select(taken).where(taken == code)) is None:
            return code
        highest = session.scalar(select(func.max(taken)).where(  # codes of this shape only (not KHD0000001)
            taken.between(prefix + "0" * width, prefix + "9" * width), func.length(taken) == len(prefix) + width))
        digits = (highest or "")[len(prefix):]
        if digits.isdigit() and int(digits) > number:
            counter = session.scalar(select(Counter).where(Counter.name == name))
            assert counter is not None
            counter.value = int(digits)  # the next value is past every code of this shape
