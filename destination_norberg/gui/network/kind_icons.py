"""Small monochrome line icons for the contact feed, drawn with QPainter on the 24-unit grid
of resources/icons (stroke 1.8, round caps): one per interaction kind (core.vocab
InteractionKind), a person, and the rows' edit and remove buttons. Each is drawn once."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

MUTED = "#5b6670"
ICON = 20


@cache
def kind_icon(kind: str, size: int = ICON, colour: str = MUTED) -> QPixmap:
    """A small monochrome line icon for an interaction kind (or "person"), drawn once."""
    ratio = 2.0  # sharp on a scaled screen too
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 24, size / 24)  # drawn on a 24-unit grid like resources/icons
    p.setPen(QPen(QColor(colour), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if kind == "e-post":  # an envelope
        p.drawRoundedRect(QRectF(3, 6, 18, 13), 2, 2)
        path.moveTo(3.5, 7)
        path.lineTo(12, 13.5)
        path.lineTo(20.5, 7)
    elif kind == "samtal":  # a handset
        path.moveTo(6, 3.5)
        path.lineTo(9, 3.5)
        path.lineTo(10.5, 8)
        path.lineTo(8.5, 9.5)
        path.cubicTo(9.5, 12, 12, 14.5, 14.5, 15.5)
        path.lineTo(16, 13.5)
        path.lineTo(20.5, 15)
        path.lineTo(20.5, 18)
        path.cubicTo(20.5, 19.5, 19.5, 20.5, 18, 20.5)
        path.cubicTo(10, 20, 4, 14, 3.5, 6)
        path.cubicTo(3.5, 4.5, 4.5, 3.5, 6, 3.5)
    elif kind == "möte":  # two people
        p.drawEllipse(QPointF(8.5, 8), 3, 3)
        p.drawEllipse(QPointF(16.5, 9), 2.5, 2.5)
        path.moveTo(3, 20)
        path.cubicTo(3, 15, 14, 15, 14, 20)
        path.moveTo(15, 15)
        path.cubicTo(19, 14.5, 21, 16.5, 21, 19.5)
    elif kind == "besök":  # a map pin
        path.moveTo(12, 21)
        path.cubicTo(6, 15, 5, 12, 5, 9.5)
        path.cubicTo(5, 5.5, 8, 3, 12, 3)
        path.cubicTo(16, 3, 19, 5.5, 19, 9.5)
        path.cubicTo(19, 12, 18, 15, 12, 21)
        p.drawEllipse(QPointF(12, 9.5), 2.5, 2.5)
    elif kind == "evenemang":  # a calendar
        p.drawRoundedRect(QRectF(3.5, 5, 17, 15.5), 2, 2)
        path.moveTo(3.5, 10)
        path.lineTo(20.5, 10)
        for x in (8.0, 16.0):
            path.moveTo(x, 3)
            path.lineTo(x, 7)
    elif kind == "person":  # head and shoulders
        p.drawEllipse(QPointF(12, 8), 4, 4)
        path.moveTo(4, 21)
        path.cubicTo(4, 14.5, 20, 14.5, 20, 21)
    else:  # a kind the vocabulary may add: a speech bubble
        p.drawRoundedRect(QRectF(3, 4, 18, 13), 3, 3)
        path.moveTo(8, 17)
        path.lineTo(7, 21)
        path.lineTo(12, 17)
    p.drawPath(path)
    p.end()
    return pixmap


@cache
def tool_icon(name: str, colour: str = MUTED) -> QPixmap:
    """The row's tool buttons: a pencil (edit) and a bin (remove)."""
    ratio, size = 2.0, 16
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 24, size / 24)
    p.setPen(QPen(QColor(colour), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    path = QPainterPath()
    if name == "edit":
        path.moveTo(4, 20)
        path.lineTo(5, 15.5)
        path.lineTo(16, 4.5)
        path.lineTo(19.5, 8)
        path.lineTo(8.5, 19)
        path.closeSubpath()
        path.moveTo(13.5, 7)
        path.lineTo(17, 10.5)
    else:
        path.moveTo(4, 6.5)
        path.lineTo(20, 6.5)
        path.moveTo(9.5, 6.5)
        path.lineTo(10, 3.5)
        path.lineTo(14, 3.5)
        path.lineTo(14.5, 6.5)
        path.moveTo(6, 6.5)
        path.lineTo(7, 20.5)
        path.lineTo(17, 20.5)
        path.lineTo(18, 6.5)
        path.moveTo(10, 10.5)
        path.lineTo(10, 16.5)
        path.moveTo(14, 10.5)
        path.lineTo(14, 16.5)
    p.drawPath(path)
    p.end()
    return pixmap
