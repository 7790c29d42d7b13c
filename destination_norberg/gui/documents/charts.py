"""Bar charts for the documents, drawn with QPainter into an image (the board's report).

A chart is drawn at twice the size it is printed (sharp on paper, small in the PDF): grouped
bars per label, a legend when there is more than one series, the value axis from zero with
round steps, and a dash where a value is missing ("no figure", not zero).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from destination_norberg.gui.documents.output import ensure_app

INK, MUTED, GRID = QColor("#1f2933"), QColor("#5b6670"), QColor("#dde1e5")
PALETTE = ("#1f6f8b", "#c9a227", "#8a3b12", "#4f7942", "#6b4c9a", "#b3261e")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    colour: str = PALETTE[0]
    colours: Sequence[str] | None = None  # a colour per bar (statuses), overrides `colour`


def nice_step(top: float, steps: int = 5) -> float:
    """A round step (1, 2 or 5 × 10ⁿ) dividing 0…top into about `steps`."""
    if top <= 0:
        return 1.0
    raw = top / steps
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def _number(value: float) -> str:
    text = f"{value:,.0f}" if abs(value) >= 10 or value == int(value) else f"{value:.1f}"
    return text.replace(",", "\u2009")


def bar_chart(labels: Sequence[str], series: Sequence[Series], title: str = "",
              size: tuple[int, int] = (1500, 520), empty_text: str = "") -> QImage:
    """Grouped bars of `series` over `labels`, as an image of `size` pixels."""
    ensure_app()
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(max(14, height // 19))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        top = 10.0
        if title:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(INK)
            painter.drawText(QRectF(0, top, width, line * 1.4), Qt.AlignmentFlag.AlignLeft,
                             title)
            painter.setFont(font)
            top += line * 1.6
        if len(series) > 1:
            x = 0.0
            for s in series:
                painter.fillRect(QRectF(x, top + line * 0.2, line * 0.8, line * 0.8),
                                 QColor(s.colour))
                painter.setPen(INK)
                painter.drawText(QRectF(x + line, top, width, line),
                                 Qt.AlignmentFlag.AlignLeft, s.name)
                x += line * 2 + metrics.horizontalAdvance(s.name)
            top += line * 1.4
        top += line * 0.6  # room for the top value's label
        values = [v for s in series for v in s.values if v is not None]
        if not labels or not values:
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, top, width, height - top),
                             Qt.AlignmentFlag.AlignCenter, empty_text)
            return image
        peak = max(max(values), 0.0)
        step = nice_step(peak)
        ceiling = step * max(1, math.ceil(peak / step)) if peak > 0 else step
        axis_w = metrics.horizontalAdvance(_number(ceiling)) + 12
        bottom = height - line * 2.6
        left, right = axis_w, width - 6.0
        painter.setPen(QPen(GRID, 1))
        ticks = round(ceiling / step)
        for k in range(ticks + 1):
            y = bottom - (bottom - top) * k / ticks
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - line / 2, axis_w - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _number(step * k))
        slot = (right - left) / len(labels)
        # a word wider than its slot ("accommodation" among seven) shrinks every label alike
        widest = max((metrics.horizontalAdvance(w) for lb in labels for w in lb.split()),
                     default=0)
        label_font = QFont(font)
        if widest > slot - 6:
            label_font.setPixelSize(max(10, int(font.pixelSize() * (slot - 6) / widest)))
        bar = min(slot * 0.78 / len(series), width / 8)
        for i, label in enumerate(labels):
            x0 = left + slot * i + (slot - bar * len(series)) / 2
            for j, s in enumerate(series):
                value = s.values[i] if i < len(s.values) else None
                x = x0 + bar * j
                if value is None:
                    painter.setPen(MUTED)
                    painter.drawText(QRectF(x, bottom - line, bar, line),
                                     Qt.AlignmentFlag.AlignCenter, "–")
                    continue
                h = (bottom - top) * max(value, 0.0) / ceiling
                colour = s.colours[i] if s.colours and i < len(s.colours) else s.colour
                painter.fillRect(QRectF(x, bottom - h, max(bar - 2, 1.0), h), QColor(colour))
            painter.setPen(INK)
            painter.setFont(label_font)
            # within its own slot, wrapped onto two lines at most: neighbours never touch
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot * 1.9))
            painter.drawText(QRectF(left + slot * i + 2, bottom + 4, slot - 4, line * 2.4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, text)
            painter.setFont(font)
        painter.setPen(QPen(INK, 2))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
    finally:
        painter.end()
    return image
