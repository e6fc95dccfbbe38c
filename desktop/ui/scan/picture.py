"""The picture beside the form: scaled to fit, the boxes of the fields read drawn over it (green: read; orange,
dashed: to be checked; blue and thicker: the field that has the focus). And where a picture comes from: the
clipboard or a drop (an image, a copied file, a file path or file URL as text), a file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QRect, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

#: the pictures the panel takes (by file name; the reader decides whether the file is one)
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")
DISPLAY_SIDE = 1600  # a picture is shown (and kept, when the store keeps them) at most this large

READ_COLOR, CHECK_COLOR, FOCUS_COLOR = QColor("#16a34a"), QColor("#ea580c"), QColor("#2563eb")


@dataclass(frozen=True)
class Box:
    field: str
    rect: tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels of the picture as read
    check: bool


def boxes_of(fields: Mapping[str, Mapping[str, Any]]) -> list[Box]:
    """The boxes of the fields read (a field found without a box, or not found, has none)."""
    out = []
    for name, entry in fields.items():
        box = entry.get("box")
        if box and entry.get("value") is not None:
            x0, y0, x1, y1 = (float(v) for v in box)
            out.append(Box(name, (x0, y0, x1, y1), bool(entry.get("check"))))
    return out


def is_picture_name(path: str) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def _local_picture(text: str) -> str | None:
    """A file path or file URL (as copied from a file manager or typed) naming a picture on this computer."""
    text = text.strip().strip('"').strip("'")
    if not text or "\n" in text:
        return None
    if text.startswith("file:"):
        text = QUrl(text).toLocalFile()
    try:
        path = Path(text).expanduser()
        return str(path) if is_picture_name(str(path)) and path.is_file() else None
    except (OSError, ValueError):
        return None


def picture_in(mime: QMimeData | None) -> tuple[QImage | None, str | None]:
    """The picture a clipboard or a drop holds: (image, None) for image data, (None, path) for a picture file
    (copied or dropped files, a file path or URL as text), (None, None) when it holds none."""
    if mime is None:
        return None, None
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile() and is_picture_name(url.toLocalFile()) and Path(url.toLocalFile()).is_file():
                return None, url.toLocalFile()
    if mime.hasImage():
        data = mime.imageData()
        image = data.toImage() if isinstance(data, QPixmap) else QImage(data) if data is not None else QImage()
        if not image.isNull():
            return image, None
    if mime.hasText():
        path = _local_picture(mime.text())
        if path is not None:
            return None, path
    return None, None


def read_image_file(path: str) -> QImage:
    """The picture in ``path`` turned upright by its EXIF orientation (as the reader sees it); a null image when
    Qt cannot read it."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    return reader.read()


def display_copy(image: QImage) -> QImage:
    """The picture at most :data:`DISPLAY_SIDE` large (the boxes are scaled by the view)."""
    if max(image.width(), image.height()) <= DISPLAY_SIDE:
        return image
    return image.scaled(DISPLAY_SIDE, DISPLAY_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


class PictureView(QWidget):
    """The picture, scaled to fit (kept in proportion), with the fields' boxes; a hint while empty."""

    def __init__(self, hint: str = "", parent: QWidget | None = None, *, minimum: QSize | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanPicture")
        self.hint = hint
        self.image = QImage()
        self.source_size = QSize()  # the size of the picture the boxes are measured in
        self.boxes: list[Box] = []
        self.focus_field: str | None = None
        self._scaled: QPixmap | None = None
        self.setMinimumSize(minimum or QSize(280, 190))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(400, 280)

    def set_image(self, image: QImage, source_size: QSize | None = None) -> None:
        self.image = image
        self.source_size = source_size if source_size is not None else image.size()
        self.boxes = []
        self.focus_field = None
        self._scaled = None
        self.update()

    def set_boxes(self, boxes: Sequence[Box]) -> None:
        self.boxes = list(boxes)
        self.update()

    def highlight(self, field: str | None) -> None:
        if self.focus_field != field:
            self.focus_field = field
            self.update()

    def clear(self) -> None:
        self.set_image(QImage())

    def _target(self) -> QRect:
        if self.image.isNull():
            return QRect()
        size = self.image.size().scaled(self.size() - QSize(8, 8), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._scaled = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#f1f5f9"))
        p.setPen(QPen(QColor("#cbd5e1"), 1, Qt.PenStyle.DashLine))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        target = self._target()
        if target.isNull():
            p.setPen(QColor("#64748b"))
            p.drawText(self.rect().adjusted(16, 16, -16, -16),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.hint)
            p.end()
            return
        if self._scaled is None or self._scaled.size() != target.size():
            self._scaled = QPixmap.fromImage(self.image.scaled(
                target.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation))
        p.drawPixmap(target.topLeft(), self._scaled)
        if self.source_size.width() > 0 and self.source_size.height() > 0:
            sx = target.width() / self.source_size.width()
            sy = target.height() / self.source_size.height()
            for box in self.boxes:
                x0, y0, x1, y1 = box.rect
                rect = QRectF(target.x() + x0 * sx, target.y() + y0 * sy, (x1 - x0) * sx, (y1 - y0) * sy)
                rect = rect.adjusted(-3, -2, 3, 2)
                focused = box.field == self.focus_field
                color = FOCUS_COLOR if focused else CHECK_COLOR if box.check else READ_COLOR
                fill = QColor(color)
                fill.setAlpha(60 if focused else 36)
                p.fillRect(rect, fill)
                pen = QPen(color, 3 if focused else 2,
                           Qt.PenStyle.DashLine if box.check and not focused else Qt.PenStyle.SolidLine)
                p.setPen(pen)
                p.drawRect(rect)
        p.end()
