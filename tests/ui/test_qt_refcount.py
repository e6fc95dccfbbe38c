"""Guard against the PySide6 6.12.0 reference leak on Python 3.11 (Signal.emit() releases a reference to
True each time until the interpreter aborts with bool_dealloc): the worker emits a signal per job, so a
reception PC would crash in the middle of the day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_signal_emit_keeps_references_to_true_and_none(qapp):
    emitter = _Emitter()
    seen: list[object] = []
    emitter.fired.connect(seen.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(5000):
        emitter.fired.emit(i)
        seen.clear()
    for _ in range(200):
        qapp.processEvents()
    assert sys.getrefcount(True) >= true_before - 50
    assert sys.getrefcount(None) >= none_before - 50
