"""The map on paper: A4 landscape at a chosen scale, with legend, scale and credit.

At 1:25 000 a millimetre of paper is 25 m of ground, so the map frame of 277 × 165 mm shows
6.9 × 4.1 km around the centre of the current view. PDF is drawn by QPdfWriter (fonts
embedded, so å, ä and ö print); PNG is the same page at 150 dpi.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

PAGE_MM = (297.0, 210.0)
MARGIN_MM = 10.0
MAP_MM = (277.0, 165.0)  # the map frame; the strip under it holds legend and credit
PNG_DPI = 150
LEGEND_COLUMNS = 4  # of four entries each, right of the title


def ground_bbox(canvas: Any, scale: int) -> tuple[float, float, float, float]:
    """The ground the map frame covers at `scale`, centred on the current view."""
    x0, y0, x1, y1 = canvas.view_rect()
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w = MAP_MM[0] / 1000 * scale / 2
    half_h = MAP_MM[1] / 1000 * scale / 2
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def _draw_page(painter: QPainter, canvas: Any, scale: int, dpmm: float, title: str) -> None:
    """Everything, in a painter whose unit is a device pixel at `dpmm` pixels a millimetre."""

    def mm(v: float) -> float:
        return v * dpmm

    before = canvas.view_box.viewRect()
    canvas.zoom_to(ground_bbox(canvas, scale), margin=0.0, min_span=1.0)
    try:
        image = canvas.render_to_image(int(mm(MAP_MM[0])), int(mm(MAP_MM[1])))
    finally:
        canvas.view_box.setRange(rect=before, padding=0.0)
    frame = QRectF(mm(MARGIN_MM), mm(MARGIN_MM), mm(MAP_MM[0]), mm(MAP_MM[1]))
    painter.drawImage(frame, image)
    painter.setPen(QPen(QColor("#1f2933"), max(1.0, mm(0.3))))
    painter.drawRect(frame)
    font = QFont()
    font.setPixelSize(max(8, int(mm(3.2))))
    painter.setFont(font)
    top = frame.bottom() + mm(4)
    painter.drawText(QRectF(frame.left(), top, mm(120), mm(6)), Qt.AlignmentFlag.AlignLeft, title)
    scale_text = QCoreApplication.translate(
        "MapPrint", "Scale 1:%1 · SWEREF 99 TM (EPSG:3006)"
    ).replace("%1", f"{scale:,}".replace(",", " "))
    painter.drawText(
        QRectF(frame.left(), top + mm(6), mm(120), mm(6)), Qt.AlignmentFlag.AlignLeft, scale_text
    )
    x, y = frame.left() + mm(125), top
    small = QFont(font)
    small.setPixelSize(max(7, int(mm(2.6))))
    painter.setFont(small)
    metrics = painter.fontMetrics()
    column_mm, rows = (MAP_MM[0] - 125) / LEGEND_COLUMNS, 4
    entries = [e for e in canvas.legend() if canvas.layer(e.layer).visible]
    for i, entry in enumerate(entries[: LEGEND_COLUMNS * rows]):
        x = frame.left() + mm(125 + column_mm * (i // rows))
        y = top + mm(4.6 * (i % rows))
        colour = QColor(entry.style.color)
        if entry.kind == "point":
            painter.setBrush(QColor(entry.style.fill or entry.style.color))
            painter.setPen(QPen(colour, mm(0.3)))
            painter.drawEllipse(QRectF(x, y + mm(0.8), mm(2.6), mm(2.6)))
        else:
            painter.setPen(QPen(colour, mm(0.8)))
            painter.drawLine(int(x), int(y + mm(2)), int(x + mm(5)), int(y + mm(2)))
        painter.setPen(QColor("#1f2933"))
        label = metrics.elidedText(
            entry.style.label or entry.key, Qt.TextElideMode.ElideRight, int(mm(column_mm - 8))
        )
        painter.drawText(
            QRectF(x + mm(7), y, mm(column_mm - 7), mm(4.5)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    # A background map's credit is drawn inside the map frame by the canvas itself.
    painter.drawText(
        QRectF(frame.left(), frame.bottom() + mm(16), frame.width(), mm(5)),
        Qt.AlignmentFlag.AlignLeft,
        QCoreApplication.translate("MapPrint", "Made with Destination Norberg."),
    )


def write_map(canvas: Any, path: Path, scale: int, title: str | None = None) -> None:
    """A PDF (by the suffix) or a PNG of the page."""
    title = title or QCoreApplication.translate("MapPrint", "Norberg: trails and snow")
    path = Path(path)
    if path.suffix.casefold() == ".pdf":
        writer = QPdfWriter(str(path))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(0, 0, 0, 0),
            )
        )
        writer.setResolution(300)
        writer.setTitle(title)
        painter = QPainter(writer)
        try:
            _draw_page(painter, canvas, scale, 300 / 25.4, title)
        finally:
            painter.end()
        return
    dpmm = PNG_DPI / 25.4
    image = QImage(int(PAGE_MM[0] * dpmm), int(PAGE_MM[1] * dpmm), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _draw_page(painter, canvas, scale, dpmm, title)
    finally:
        painter.end()
    if not image.save(str(path)):
        raise OSError(f"Could not write {path}.")
