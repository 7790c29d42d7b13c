"""The snow plots' time axis (see gui.snow.plots): x is Norberg wall-clock time counted in
seconds as if it were UTC, ticks through QLocale, gaps as NaN."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from destination_norberg.core.timeutil import to_local

DAY = 86400.0
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_QT_FORMATS = {"%Y": "yyyy", "%b": "MMM", "%d": "d", "%a %d": "ddd d", "%H:%M": "HH:mm",
               "%H:%M:%S": "HH:mm:ss"}


def local_x(at: datetime) -> float:
    """An instant (aware, or naive UTC as the store hands it) as Norberg wall-clock seconds."""
    return to_local(at).replace(tzinfo=UTC).timestamp()


def day_x(day: date) -> float:
    """Local midnight of a calendar day on the same axis."""
    return (day.toordinal() - EPOCH_ORDINAL) * DAY


def x_datetime(x: float) -> datetime:
    """Back from the axis: the naive Norberg wall-clock time."""
    return datetime(1970, 1, 1) + timedelta(seconds=float(x))


def qdatetime(x: float) -> QDateTime:
    at = x_datetime(x)
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second))


class LocalDateAxis(pg.DateAxisItem):
    """Ticks on Norberg's calendar (see the module), labels in the program's language."""

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, utcOffset=0, **kwargs)

    def tickStrings(self, values: list[float], scale: float,  # noqa: N802 - pyqtgraph API
                    spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        fmt = _QT_FORMATS.get(spec.format) if spec else None
        if fmt is None:
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        return [locale.toString(qdatetime(v), fmt) for v in values]


class LocalNumberAxis(pg.AxisItem):
    """A value axis written as the rest of the program writes numbers: the language's
    thousands separator and decimal sign ("12 000" and "2,5" in Swedish, "12,000" and "2.5"
    in English), where pyqtgraph writes "12000" and "2.5" whatever the language."""

    def tickStrings(self, values: list[float], scale: float,  # noqa: N802 - pyqtgraph API
                    spacing: float) -> list[str]:
        if self.logMode or spacing * scale <= 0:
            return list(super().tickStrings(values, scale, spacing))
        places = max(0, math.ceil(-math.log10(spacing * scale)))
        locale = QLocale()
        return [locale.toString(float(v * scale), "f", places) for v in values]


def with_gaps(x: np.ndarray, y: np.ndarray, max_gap: float) -> tuple[np.ndarray, np.ndarray]:
    """A NaN between readings further apart than `max_gap`, so connect="finite" leaves the
    summer (or a station's missing weeks) empty instead of drawing a straight line over it."""
    if len(x) < 2:
        return x, y
    cuts = np.nonzero(np.diff(x) > max_gap)[0] + 1
    if not len(cuts):
        return x, y
    return (np.insert(x, cuts, x[cuts - 1] + max_gap / 2), np.insert(y, cuts, np.nan))
