"""The document camera's folder (高拍仪): a desk camera saves each picture into a folder; a new picture there is
handed on once it is complete — its size and time unchanged over a settle interval (a camera writes a 12 MP JPEG
in several steps) — and, when it still cannot be read (written more slowly still), again after the next
interval, a few times. Pictures already in the folder when watching starts are not read."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.ui.scan.picture import is_picture_name

SETTLE_MS = 400  # a picture whose size and time stayed the same this long is complete
RETRIES = 5  # a picture that could not be read is tried again this many times (one settle interval apart)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


class FolderWatcher(QObject):
    """Watches ``folder`` (QFileSystemWatcher; :meth:`check` also looks when called) and emits
    ``pictureReady(path)`` for each new picture once it is complete."""

    pictureReady = Signal(str)

    def __init__(self, folder: str, parent: QObject | None = None, *, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self.folder = Path(folder).expanduser()
        self.known: set[str] = set(self._pictures())
        self.pending: dict[str, tuple[int, int] | None] = {}
        self.tries: dict[str, int] = {}
        self.watcher = QFileSystemWatcher(self)
        if self.folder.is_dir():
            self.watcher.addPath(str(self.folder))
        self.watcher.directoryChanged.connect(lambda _path: self.check())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(settle_ms)
        self.timer.timeout.connect(self._settle)

    @property
    def active(self) -> bool:
        return bool(self.watcher.directories())

    def _pictures(self) -> list[str]:
        try:
            with os.scandir(self.folder) as entries:
                return [e.path for e in entries if e.is_file() and is_picture_name(e.name)]
        except OSError:
            return []

    def check(self) -> None:
        """Look for new pictures (the watcher calls this; a test or a slow network folder may too)."""
        for path in self._pictures():
            if path not in self.known and path not in self.pending:
                self.pending[path] = _stamp(Path(path))
        if self.pending and not self.timer.isActive():
            self.timer.start()

    def _settle(self) -> None:
        for path, before in list(self.pending.items()):
            now = _stamp(Path(path))
            if now is None:  # gone (a temporary file renamed)
                del self.pending[path]
            elif now == before and now[0] > 0:
                del self.pending[path]
                self.known.add(path)
                self.pictureReady.emit(path)
            else:
                self.pending[path] = now
        if self.pending:
            self.timer.start()

    def retry(self, path: str) -> bool:
        """``path`` could not be read yet (still being written): look at it again; False after :data:`RETRIES`."""
        tries = self.tries.get(path, 0) + 1
        if tries > RETRIES:
            self.tries.pop(path, None)
            return False
        self.tries[path] = tries
        self.known.discard(path)
        self.pending[path] = None  # not settled: compared afresh at the next interval
        if not self.timer.isActive():
            self.timer.start()
        return True

    def done(self, path: str) -> None:
        self.tries.pop(path, None)
