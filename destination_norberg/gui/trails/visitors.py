"""The trail card's visitors (issue 20): the trail's counters per day for the last 30 days,
or per week, as a bar chart with the language's thousands separator. Shown only when a
counter tied to the trail has counts in those days; read in the pool
(app.counters.read_trail_visitors: THE figures `import counters` stored)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from destination_norberg.app.counters import TrailVisitors, read_trail_visitors
from destination_norberg.core.trail_counts import local_day
from destination_norberg.gui.snow.plot_axes import LocalNumberAxis

BAR = "#2f6f9f"
DAYS, WEEKS = "days", "weeks"


class VisitorsChart(QWidget):
    """`show_trail(id)` reads and draws; hidden while there is nothing counted to show."""

    def __init__(self, url: Callable[[], str], runner: Any, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.runner, self.clock = url, runner, clock
        self.trail_id: int | None = None
        self.visitors: TrailVisitors | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.heading = QLabel(self)
        self.heading.setProperty("cardTitle", True)
        layout.addWidget(self.heading)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.scale = QComboBox(self)
        self.scale.addItem("", DAYS)
        self.scale.addItem("", WEEKS)
        self.scale.currentIndexChanged.connect(lambda _i: self._draw())
        row.addWidget(self.scale)
        row.addStretch(1)
        layout.addLayout(row)
        self.plot = pg.PlotWidget(axisItems={"left": LocalNumberAxis("left")})
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(150)
        layout.addWidget(self.plot)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Visitors"))
        self.scale.setItemText(0, self.tr("Per day (30 days)"))
        self.scale.setItemText(1, self.tr("Per week"))
        self._draw()

    def show_trail(self, trail_id: int | None) -> None:
        """Read the trail's visitors (None: nothing selected, hide)."""
        self.trail_id = trail_id
        if trail_id is None:
            self.visitors = None
            self.hide()
            return
        today = local_day(self.clock())
        self.runner.run(partial(read_trail_visitors, self.url(), trail_id, today),
                        partial(self._arrived, trail_id), lambda _exc: self.hide())

    def show_counted_trail(self, page: Any) -> None:
        """Screenshots: select the first trail a counter is tied to and read its visitors on
        this thread (the picture must show the chart, not a read under way)."""
        from destination_norberg.app.counters import counted_trails

        trails = counted_trails(self.url())
        if not trails:
            return
        page.select_trail(trails[0])
        self.trail_id = trails[0]
        self._arrived(trails[0], read_trail_visitors(self.url(), trails[0],
                                                     local_day(self.clock())))

    def _arrived(self, trail_id: int, visitors: TrailVisitors) -> None:
        if trail_id != self.trail_id:
            return  # another trail was chosen meanwhile
        self.visitors = visitors
        self.setVisible(visitors.any)
        self._draw()

    def bars(self) -> list[tuple[str, int]]:
        """The bars drawn: (label, visitors), oldest first."""
        if self.visitors is None:
            return []
        if self.scale.currentData() == WEEKS:
            week = self.tr("w. %1")
            return [(week.replace("%1", str(w)), n) for (_y, w), n in self.visitors.weeks]
        locale = QLocale()
        return [(locale.toString(QDate(d.year, d.month, d.day), "d/M"), n)
                for d, n in self.visitors.days]

    def _draw(self) -> None:
        self.plot.clear()
        if self.visitors is None:
            return
        locale = QLocale()
        self.summary.setText(self.tr("%1 visitors in the last 30 days (both directions)")
                             .replace("%1", locale.toString(self.visitors.total)))
        bars = self.bars()
        if not bars:
            return
        self.plot.addItem(pg.BarGraphItem(x=list(range(len(bars))), height=[n for _l, n in bars],
                                          width=0.7, brush=BAR, pen=None))
        every = 7 if len(bars) > 10 else 1
        self.plot.getAxis("bottom").setTicks([[(i, label) for i, (label, _n) in enumerate(bars)
                                               if i % every == 0 or i == len(bars) - 1]])
        self.plot.setXRange(-0.6, len(bars) - 0.4, padding=0)
        self.plot.setYRange(0, max(max(n for _l, n in bars), 1) * 1.1, padding=0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
