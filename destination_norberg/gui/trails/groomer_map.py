"""The groomer import's map: the track over the ski loops and MTB trails around it.

A compact pyqtgraph plot of the EPSG:3006 lines (north up, to scale, as the map area draws
them; the map area's own canvas cannot be used here, gui.map imports gui.trails). The loops
the track covered are drawn strong when checked in the dialog (they get a report) and
dashed when unchecked, each labelled with its covered share; the other loops nearby are
faint; the track is on top. The geometry comes prepared from the worker that read the
preview (app.groomer_track.LoopLine): drawing is handing arrays to the plot.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from destination_norberg.app.groomer_track import GroomerPreview, LoopLine

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

BACKGROUND = "#f4f3ee"  # the map area's
CHECKED, UNCHECKED, OTHER, TRACK = "checked", "unchecked", "other", "track"
COLOURS = {CHECKED: "#2e7d32", UNCHECKED: "#7fa882", OTHER: "#b9bec6", TRACK: "#c62828"}
WIDTHS = {CHECKED: 5.0, UNCHECKED: 3.0, OTHER: 1.5, TRACK: 2.0}


def _pen(kind: str) -> QPen:
    pen = pg.mkPen(COLOURS[kind], width=WIDTHS[kind])
    pen.setCosmetic(True)
    if kind == UNCHECKED:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class GroomerMap(QWidget):
    """`show_preview(preview, checked)` draws; `set_checked(ids)` restyles the loops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groomerMap")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(background=BACKGROUND)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setAspectLocked(True)
        for axis in ("left", "bottom"):
            self.plot.hideAxis(axis)
        self.plot.setMinimumSize(320, 260)
        layout.addWidget(self.plot, 1)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # our words only, escaped
        layout.addWidget(self.legend)
        self.loops: dict[int, LoopLine] = {}
        self.matched: set[int] = set()
        self.checked: set[int] = set()
        self.curves: dict[int, pg.PlotCurveItem] = {}
        self.labels: dict[int, pg.TextItem] = {}
        self.track: pg.PlotCurveItem | None = None
        self._name_legend()

    def _name_legend(self) -> None:
        words = {CHECKED: translate("GroomerMap", "gets a report"),
                 UNCHECKED: translate("GroomerMap", "covered, not checked"),
                 OTHER: translate("GroomerMap", "other loops"),
                 TRACK: translate("GroomerMap", "the track")}
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{COLOURS[k]}; font-size: 14pt">'
            f'{"┅" if k == UNCHECKED else "━"}</span>&nbsp;{escape(w)}'
            for k, w in words.items()))

    def show_preview(self, preview: GroomerPreview, checked: Iterable[int]) -> None:
        self.plot.clear()
        self.curves, self.labels = {}, {}
        self.loops = {loop.trail_id: loop for loop in preview.loops}
        self.matched = {m.trail_id for m in preview.trails}
        for loop in preview.loops:  # the faint ones first, so the covered lie above them
            curve = pg.PlotCurveItem(np.asarray(loop.xs, dtype=float),
                                     np.asarray(loop.ys, dtype=float), connect="finite")
            self.plot.addItem(curve)
            self.curves[loop.trail_id] = curve
            if loop.trail_id in self.matched:
                self.labels[loop.trail_id] = self._label(loop)
        xs = [x for seg in preview.track for x, _y in [*seg, (np.nan, np.nan)]]
        ys = [y for seg in preview.track for _x, y in [*seg, (np.nan, np.nan)]]
        self.track = pg.PlotCurveItem(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float),
                                      connect="finite", pen=_pen(TRACK))
        self.track.setZValue(30)
        self.plot.addItem(self.track)
        self.set_checked(checked)
        self._frame(preview)

    def _label(self, loop: LoopLine) -> pg.TextItem:
        share = f"{round(loop.share * 100)} %"
        item = pg.TextItem(f"{loop.name} {share}", color="#1b3d1d",
                           fill=pg.mkBrush(255, 255, 255, 210), anchor=(0.5, 1.2))
        finite = [(x, y) for x, y in zip(loop.xs, loop.ys, strict=True) if x == x]
        x, y = max(finite, key=lambda p: p[1])  # the loop's northernmost point, above it
        item.setPos(x, y)
        item.setZValue(40)
        self.plot.addItem(item)
        return item

    def _frame(self, preview: GroomerPreview) -> None:
        """The track and the covered loops in view (the faint ones around where they fall)."""
        xs = [x for seg in preview.track for x, _y in seg]
        ys = [y for seg in preview.track for _x, y in seg]
        for tid in self.matched & self.loops.keys():
            xs += [x for x in self.loops[tid].xs if x == x]
            ys += [y for y in self.loops[tid].ys if y == y]
        if xs:
            pad = max(max(xs) - min(xs), max(ys) - min(ys), 200.0) * 0.12
            self.plot.setRange(xRange=(min(xs) - pad, max(xs) + pad),
                               yRange=(min(ys) - pad, max(ys) + pad), padding=0)

    def set_checked(self, checked: Iterable[int]) -> None:
        self.checked = set(checked) & self.matched
        for tid, curve in self.curves.items():
            kind = self.style_of(tid)
            curve.setPen(_pen(kind))
            curve.setZValue({CHECKED: 20, UNCHECKED: 10, OTHER: 0}[kind])

    def style_of(self, trail_id: int) -> str:
        """How a loop is drawn: CHECKED, UNCHECKED (covered, not reported) or OTHER."""
        if trail_id in self.checked:
            return CHECKED
        return UNCHECKED if trail_id in self.matched else OTHER

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name_legend()
        super().changeEvent(event)
