"""The snow area's plots: natural snow depth, km ready, the storage pile, temperatures.

pyqtgraph is imported here and only here (and by the page that builds these lazily): it costs
half a second, so nothing the main window imports at start may import this module.

Time axis: x is *Norberg wall-clock time* counted in seconds as if it were UTC (`local_x`).
A DateAxisItem with utcOffset=0 then puts its ticks on local midnights and month starts all
year round, where a fixed offset would be an hour off for half the year (CET/CEST). Tick
labels go through QLocale, so months read "feb." in Swedish and "Feb" in English.

Speed: one PlotDataItem per series, gaps as NaN with connect="finite", clipToView and peak
downsampling; ten years of daily depth at 20 stations (73,000 points) set and render in well
under 200 ms (bench/snow_plots.py).

Wheel: over a plot it scrolls the page; Ctrl+wheel zooms the plot, dragging pans, and "Reset
view" (right-click, and a button on the page) puts the range back (gui.snow.plot_view).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    Qt,
)
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from destination_norberg.gui.snow import plot_view as view
from destination_norberg.gui.snow.plot_axes import (  # noqa: F401 - the plots' axis, re-exported
    DAY,
    EPOCH_ORDINAL,
    LocalDateAxis,
    LocalNumberAxis,
    day_x,
    local_x,
    qdatetime,
    with_gaps,
    x_datetime,
)
from destination_norberg.gui.snow.texts import plot_text as words
from destination_norberg.gui.snow.texts import short_name

#: Targets get colours that are none of the guarantee levels' (green, amber, red).
TARGET_COLOURS = ("#2f5b85", "#8e44ad", "#0f8b8d", "#6d4c41")
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
           "#e377c2", "#7f7f7f", "#bcbd22")
INK, MUTED, SHADE = "#1f3a56", "#5b6670", (70, 140, 220, 45)


@dataclass(frozen=True)
class _Series:
    name: str
    x: np.ndarray
    y: np.ndarray
    fmt: Callable[[float], str]
    hourly: bool


def _key_html(entries: Sequence[tuple[str, str, bool | str]], columns: int) -> str:
    """Key entries (name, colour, dashed or a line sample) as HTML, `columns` a line."""
    cells = [f"<span style='white-space:nowrap'><span style='color:{colour}'>"
             f"{dashed if isinstance(dashed, str) else ('╍╍' if dashed else '━━')}</span>"
             f"&nbsp;{escape(name)}</span>" for name, colour, dashed in entries]
    return "<br>".join("&nbsp;&nbsp; ".join(cells[i:i + columns])
                       for i in range(0, len(cells), columns))


def _number(decimals: int, unit: str) -> Callable[[float], str]:
    return lambda v: f"{QLocale().toString(float(v), 'f', decimals)} {unit}"


class TimePlot(pg.PlotWidget):
    """A plot over Norberg time with a hover label and PNG export; the four plots below."""

    def __init__(self, parent: QWidget | None = None, y_axis: str = "") -> None:
        super().__init__(parent, background="w",
                         axisItems={"bottom": LocalDateAxis("bottom"),
                                    "left": LocalNumberAxis("left")})
        self.setMinimumHeight(220)
        item = self.getPlotItem()
        for side in ("left", "bottom"):
            item.getAxis(side).setPen(pg.mkPen("#8a96a3"))
            item.getAxis(side).setTextPen(pg.mkPen(INK))
        item.showGrid(x=True, y=True, alpha=0.15)
        self.y_axis = y_axis  # a snow_texts.plot_text key, set again with each data
        item.hideButtons()
        self.legend = item.addLegend(offset=(8, 8), labelTextSize="8pt", verSpacing=-6,
                                     labelTextColor=INK)
        self.series: list[_Series] = []
        self._hover = pg.TextItem(color=INK, fill=pg.mkBrush(255, 255, 255, 235),
                                  border=pg.mkPen("#b8c2cc"), anchor=(0, 1))
        self._hover.setZValue(1000)
        self._cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#9aa5b1", width=1,
                                                                style=Qt.PenStyle.DotLine))
        self._notice = pg.TextItem(color=MUTED, anchor=(0.5, 0.5))
        self._permanent = (self._hover, self._cursor, self._notice)
        for extra in self._permanent:
            extra.setVisible(False)
            self.addItem(extra, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.reset_action = view.add_reset_action(self)
        self._home: view.Home | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            view.name_reset(self, self.reset_action)
        super().changeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if view.zooms(event):
            super().wheelEvent(event)
        else:
            view.wheel_to_page(self, event)

    def remember_view(self) -> None:
        """The range the data is shown in now, for `reset_view` (after a zoom or a pan)."""
        self._home = view.home_of(self.getPlotItem().getViewBox())

    def reset_view(self) -> None:
        if self._home is not None:
            view.go_home(self.getPlotItem().getViewBox(), self._home)

    # --- data ---------------------------------------------------------------------------

    def clear_data(self) -> None:
        """Everything but the hover machinery, in one go (set_data starts from here)."""
        for child in list(self.getPlotItem().items):
            if child not in self._permanent:
                self.removeItem(child)
        self.legend.clear()
        self.series = []
        self._notice.setVisible(False)
        self.set_title_key(None)
        for side in ("left", "bottom"):
            self.getPlotItem().showAxis(side)
        if self.y_axis:  # in the language of the moment
            self.getPlotItem().setLabel("left", words(self.y_axis))

    def add_series(self, name: str, x: np.ndarray, y: np.ndarray, pen: Any, *,
                   fmt: Callable[[float], str], hourly: bool = False, max_gap: float | None = None,
                   legend: bool = True, **opts: Any) -> pg.PlotDataItem:
        """One PlotDataItem for the whole series (see the module on speed)."""
        xs, ys = (with_gaps(x, y, max_gap) if max_gap else (x, y))
        curve = pg.PlotDataItem(pen=pen, name=name if legend else None, connect="finite",
                                skipFiniteCheck=True, **opts)
        # Clipping and downsampling are switched on once the item is in the view: given to
        # the constructor, pyqtgraph asks the PlotWidget (not its ViewBox) for its range.
        self.addItem(curve)
        curve.setClipToView(True)
        curve.setDownsampling(auto=True, method="peak")
        curve.setData(xs, ys)
        self.series.append(_Series(name, np.asarray(x, float), np.asarray(y, float), fmt,
                                   hourly))
        return curve

    def set_title_key(self, html: str | None) -> None:
        """A key above the data area (in the plot's title row): it never covers a line, and
        it is one text item, where a LegendItem builds two graphics items per entry (25 ms
        for 20 stations). It wraps between entries at the plot's width, never past it."""
        self._title_html = html
        self.getPlotItem().setTitle(html, size="8pt", color=INK)
        if html:
            self._fit_title_key()

    def _fit_title_key(self) -> None:
        """pyqtgraph gives the title row a fixed 30 px (one line, the rest cut off) and as
        wide as its text: here it is as wide as the plot, and as high as its lines."""
        item = self.getPlotItem()
        label = item.titleLabel
        label.item.setTextWidth(max(120.0, self.width() - 24.0))
        label.updateMin()
        label.setMinimumWidth(0)
        height = label.item.boundingRect().height() + 2
        label.setMaximumHeight(height)
        item.layout.setRowFixedHeight(0, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if getattr(self, "_title_html", None) and getattr(self, "plotItem", None) is not None:
            self._fit_title_key()

    def data_items(self) -> list[pg.PlotDataItem]:
        return self.getPlotItem().listDataItems()

    def point_count(self) -> int:
        return int(sum(len(s.x) for s in self.series))

    def show_notice(self, text: str) -> None:
        """Say why the plot is empty, in its middle (the honest "no data" state)."""
        self._notice.setText(text)
        self._notice.setPos(0.5, 0.5)
        for side in ("left", "bottom"):  # ticks of an empty 0–1 range would read as data
            self.getPlotItem().hideAxis(side)
        self.getPlotItem().setXRange(0, 1, padding=0)
        self.getPlotItem().setYRange(0, 1, padding=0)
        self._notice.setVisible(True)

    @property
    def notice(self) -> str:
        return self._notice.toPlainText() if self._notice.isVisible() else ""

    def set_x_span(self, first: date | datetime, last: date | datetime) -> None:
        lo, hi = (day_x(v) if not isinstance(v, datetime) else local_x(v) for v in (first, last))
        self.getPlotItem().setXRange(lo, hi, padding=0.01)

    def set_y_top(self, top: float) -> None:
        """From just below 0 to a little above `top`: a value never sits on the frame, and
        0 km or 0 cm stays visible as a line, not the axis."""
        high = top * 1.08 if top > 0 else 1.0
        self.getPlotItem().setYRange(-0.03 * high, high, padding=0.0)

    def save_png(self, path: str | Path) -> bool:
        """The plot as shown, as a PNG file; False when it could not be written."""
        return self.grab().save(str(path), "PNG")

    # --- hover --------------------------------------------------------------------------

    def hover_text(self, x: float, y: float | None = None, limit: int = 8) -> str:
        """The values nearest `x` (within a few pixels), nearest `y` first; '' when none."""
        px = self.getPlotItem().getViewBox().viewPixelSize()[0] or DAY
        hits: list[tuple[float, str]] = []
        hourly = False
        for s in self.series:
            i = int(np.abs(s.x - x).argmin()) if len(s.x) else -1  # 73,000 points: 0.2 ms
            if i < 0 or abs(s.x[i] - x) > max(8 * px, 1.0) or not np.isfinite(s.y[i]):
                continue
            hourly = hourly or s.hourly
            hits.append((abs(s.y[i] - y) if y is not None else 0.0,
                         f"{s.name}: {s.fmt(s.y[i])}"))
        if not hits:
            return ""
        when = QLocale().toString(qdatetime(x), "ddd d MMM yyyy HH:mm" if hourly
                                  else "ddd d MMM yyyy")
        return "\n".join([when] + [text for _d, text in sorted(hits)[:limit]])

    def _mouse_moved(self, pos: QPointF) -> None:
        box = self.getPlotItem().getViewBox()
        if not self.series or not box.sceneBoundingRect().contains(pos):
            self._hover.setVisible(False)
            self._cursor.setVisible(False)
            return
        at = box.mapSceneToView(pos)
        text = self.hover_text(at.x(), at.y())
        self._hover.setVisible(bool(text))
        self._cursor.setVisible(bool(text))
        if text:
            self._hover.setText(text)
            (x0, x1), (y0, y1) = box.viewRange()
            self._hover.setAnchor((1 if at.x() > (x0 + x1) / 2 else 0,
                                   0 if at.y() > (y0 + y1) / 2 else 1))
            self._hover.setPos(at)
            self._cursor.setPos(at.x())


class SnowDepthPlot(TimePlot):
    """Natural snow depth per station (SMHI parameter 8), against each target's minimum
    depth and deadline: is nature helping this season?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "depth_axis")

    def set_data(self, stations: Mapping[str, Sequence[tuple[date, float]]],
                 targets: Sequence[tuple[str, date, float]] = (),
                 span: tuple[date, date] | None = None) -> None:
        """`stations`: name → (day, depth cm); `targets`: (name, deadline, min depth cm)."""
        self.clear_data()
        # A pen wider than one pixel is stroked, not drawn: twice the paint time at 73,000
        # points (bench/snow_plots.py), so many points get the hairline.
        width = 1.5 if sum(len(r) for r in stations.values()) < 10_000 else 1.0
        key = []
        for i, (name, readings) in enumerate(stations.items()):
            if not readings:
                continue
            x = np.fromiter((d.toordinal() for d, _v in readings), float, len(readings))
            x = (x - EPOCH_ORDINAL) * DAY
            y = np.fromiter((v for _d, v in readings), float, len(readings))
            colour = PALETTE[i % len(PALETTE)]
            dashed = i >= len(PALETTE)
            style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            self.add_series(name, x, y, pg.mkPen(colour, width=width, style=style),
                            fmt=_number(0, "cm"), max_gap=1.5 * DAY, legend=False)
            key.append((name, colour, dashed))
        if not self.series:
            self.show_notice(words("no_depth"))
            return
        lo, hi = (day_x(span[0]), day_x(span[1])) if span else (-math.inf, math.inf)
        shown = [s.y[(s.x >= lo) & (s.x <= hi) & np.isfinite(s.y)] for s in self.series]
        if span and any(len(y) for y in shown):
            self.set_x_span(*span)
        else:
            shown = [s.y[np.isfinite(s.y)] for s in self.series]
            self.getPlotItem().enableAutoRange(axis="x")
        # Stations, deadlines and minimum depths are named in the title row, not on the lines:
        # labels there collide with each other and the data whatever the season looks like.
        entries = []
        for i, (name, deadline, depth) in enumerate(targets):
            colour = PALETTE[(i + 3) % len(PALETTE)]
            pen = pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine)
            self.addItem(pg.InfiniteLine(depth, angle=0, pen=pen))
            self.addItem(pg.InfiniteLine(day_x(deadline), angle=90, pen=pen))
            when = QLocale().toString(QDate(deadline.year, deadline.month, deadline.day), "d MMM")
            cm = QLocale().toString(float(depth), "f", 0)
            entries.append((f"{short_name(name)}: {when}, ≥ {cm} cm", colour, "┆ ╌"))
        self.set_title_key("<br>".join(filter(None, (
            _key_html(key, 4 if len(key) > 4 else len(key)), _key_html(entries, 2)))))
        top = max([float(y.max()) for y in shown if len(y)] + [t[2] for t in targets] + [10.0])
        self.set_y_top(top)


@dataclass(frozen=True)
class ReadyLine:
    """One target on the km plot: its ready-km history, the requirement and the projection."""

    name: str
    required_km: float
    deadline: date
    history: Sequence[tuple[datetime, float]]  # (instant, km ready then), oldest first
    now: datetime
    projected_km: float | None  # None: no projection shown


class ReadyKmPlot(TimePlot):
    """Km ready over time per target, the km required at the deadline, and the projection
    as a dashed line from today's km to the deadline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "km_axis")

    def set_data(self, lines: Sequence[ReadyLine], stored_only: bool = False) -> None:
        """`stored_only`: the projection counts no production (no temperature history)."""
        self.clear_data()
        km = _number(1, "km")
        first = None
        projected = words("stored_only" if stored_only else "projected")
        for i, line in enumerate(lines):
            colour = TARGET_COLOURS[i % len(TARGET_COLOURS)]
            name = short_name(line.name)
            hist = list(line.history) or [(line.now, 0.0)]
            x = np.array([local_x(t) for t, _v in hist] + [local_x(line.now)])
            y = np.array([v for _t, v in hist] + [hist[-1][1]])
            sx, sy = np.repeat(x, 2)[1:], np.repeat(y, 2)[:-1]  # a step: flat until it changes
            self.add_series(words("ready").replace("%1", name), sx, sy,
                            pg.mkPen(colour, width=2.5), fmt=km, hourly=True, legend=False)
            first = x[0] if first is None else min(first, x[0])
            dx = day_x(line.deadline)
            self.add_series(words("required").replace("%1", name),
                            np.array([x[0], dx]), np.array([line.required_km] * 2),
                            pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine), fmt=km,
                            legend=False)
            self.addItem(pg.ScatterPlotItem([dx], [line.required_km], symbol="t1", size=11,
                                            brush=pg.mkBrush(colour), pen=pg.mkPen(colour)))
            if line.projected_km is not None:
                self.add_series(projected.replace("%1", name), np.array([x[-1], dx]),
                                np.array([y[-1], line.projected_km]),
                                pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine), fmt=km,
                                legend=False)
        if not lines:
            self.show_notice(words("no_targets"))
            return
        now = local_x(lines[0].now)
        self.addItem(pg.InfiniteLine(now, angle=90, pen=pg.mkPen(MUTED, width=1),
                                     label=words("today"), labelOpts={
                                         "position": 0.55, "color": MUTED,
                                         "anchors": [(1, 0.5), (1, 0.5)]}))
        self.getPlotItem().setXRange(first, max(day_x(v.deadline) for v in lines) + 3 * DAY,
                                     padding=0.02)
        targets = [(short_name(v.name), TARGET_COLOURS[i % len(TARGET_COLOURS)], False)
                   for i, v in enumerate(lines)]
        styles = [(words("key_ready"), MUTED, "━━"), (words("key_required"), MUTED, "┈┈ ▲"),
                  (words("key_stored" if stored_only else "key_projected"), MUTED, "╍╍")]
        self.set_title_key(f"{_key_html(targets, 4)}<br>{_key_html(styles, 3)}")
        top = max(max(v.required_km, v.projected_km or 0.0) for v in lines)
        self.set_y_top(top)


class StoragePlot(TimePlot):
    """The snowfarming pile as measured, with the snow produced day by day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "m3_axis")

    def set_data(self, storage: Sequence[tuple[date, float]],
                 production: Sequence[tuple[date, float]] = ()) -> None:
        self.clear_data()
        m3 = _number(0, "m³")
        if production:
            x = np.array([day_x(d) for d, _v in production])
            y = np.array([v for _d, v in production])
            self.addItem(pg.BarGraphItem(x=x + DAY / 2, height=y, width=0.8 * DAY,
                                         brush=pg.mkBrush("#9ec5e8"), pen=pg.mkPen(None),
                                         name=words("produced")))
            self.series.append(_Series(words("produced"), x, y, m3, False))
        if storage:
            x = np.array([day_x(d) for d, _v in storage])
            y = np.array([v for _d, v in storage])
            self.add_series(words("pile"), x, y, pg.mkPen(INK, width=2),
                            fmt=m3, symbol="o", symbolSize=7, symbolBrush=INK)
        if not storage:
            self.show_notice(words("no_storage"))
            return
        self.getPlotItem().enableAutoRange()


class TemperaturePlot(TimePlot):
    """Hourly air temperature, observed and as the scenario the projection counts on, with
    the hours cold enough for the cannons shaded (wet-bulb ≤ threshold; wet-bulb taken as
    air temperature minus the settings' offset, as core.snow_plan does)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "temp_axis")
        self.window_count = 0

    def set_data(self, observed: Sequence[tuple[datetime, float]],
                 scenario: Sequence[tuple[datetime, float]] = (), *,
                 threshold_c: float = -1.8, wet_bulb_offset_c: float = 1.0,
                 forecast: Sequence[tuple[datetime, float]] = ()) -> None:
        """Air temperatures (°C) per hour; the scenario is drawn dashed, SMHI's forecast
        in its own colour."""
        self.clear_data()
        self.window_count = 0
        deg = _number(1, "°C")
        parts = []
        for name, rows, style, colour in (
                (words("observed"), observed, Qt.PenStyle.SolidLine, "#b3261e"),
                (QCoreApplication.translate("SnowPlots", "SMHI forecast"), forecast,
                 Qt.PenStyle.SolidLine, "#6a3d9a"),
                (words("scenario"), scenario, Qt.PenStyle.DashLine, "#b3261e")):
            if not rows:
                continue
            x = np.array([local_x(t) for t, _v in rows])
            y = np.array([v for _t, v in rows], float)
            parts.append((x, y))
            # Older SMHI years read 3 times a day: a gap is a missing day, not a missing hour.
            step = float(np.median(np.diff(x))) if len(x) > 1 else 3600.0
            self.add_series(name, x, y, pg.mkPen(colour, width=1.2, style=style), fmt=deg,
                            hourly=True, max_gap=max(1.5 * 3600, 2.5 * step))
        if not parts:
            self.show_notice(words("no_temps"))
            return
        self.legend.setOffset((-10, 8))
        x = np.concatenate([p[0] for p in parts])
        y = np.concatenate([p[1] for p in parts])
        air_limit = threshold_c + wet_bulb_offset_c
        self._shade(x, y, y - wet_bulb_offset_c <= threshold_c + 1e-9)
        self.addItem(pg.InfiniteLine(air_limit, angle=0, pen=pg.mkPen("#2f5b85", width=1,
                                                                      style=Qt.PenStyle.DashLine),
                                     label=words("cannons").replace(
                                         "%1", QLocale().toString(threshold_c, "f", 1)),
                                     labelOpts={"position": 0.98, "color": "#2f5b85",
                                                "anchors": [(1, 0), (1, 0)]}))
        self.getPlotItem().enableAutoRange(axis="x")
        lo = min(float(np.nanmin(y)), air_limit) - 1.0
        hi = max(float(np.nanmax(y)), air_limit) + 1.0
        self.getPlotItem().setYRange(lo, hi + 0.35 * (hi - lo), padding=0.02)

    def _shade(self, x: np.ndarray, y: np.ndarray, cold: np.ndarray) -> None:
        """Production windows as one filled item, however many there are; each reading
        stands for one hour of cannon time, as core.snow_plan counts it."""
        order = np.argsort(x)
        x, y, cold = x[order], y[order], cold[order]
        edges = np.diff(np.concatenate([[0], cold.astype(np.int8), [0]]))
        starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0] - 1
        self.window_count = len(starts)
        if not len(starts):
            return
        lo, hi = float(np.nanmin(y)) - 1.0, float(np.nanmax(y)) + 1.0
        left, right = x[starts], x[ends] + 3600.0
        xs = np.column_stack([left, left, right, right]).ravel()
        ys = np.tile([lo, hi, hi, lo], len(starts))
        self.addItem(pg.PlotDataItem(xs, ys, pen=None, fillLevel=lo, brush=pg.mkBrush(*SHADE),
                                     name=words("cold")))
