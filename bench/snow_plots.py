"""Snow-depth plot benchmark: ten years of daily depth at 20 stations (73,000 points).

Measured in one run, against a baseline of rendering an empty pyqtgraph PlotWidget of the
same size (1400×600, offscreen):
- open: `SnowDepthPlot.set_data` + the first render to an image (QWidget.grab), on a fresh
  widget, median of --runs; once showing all ten years (the worst case: every point is in
  view and downsampling does the work) and once showing one season (clipping does);
- repaint: a second render of the ten-year plot without new data.
The machine is shared and noisy: the ratio to the baseline travels better than milliseconds.
Target: open in ≤ 200 ms.

    QT_QPA_PLATFORM=offscreen python bench/snow_plots.py [--runs 5] [--stations 20] [--years 10]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1400, 600)
TARGET_MS = 200.0
FIRST_DAY = date(2016, 7, 1)
TARGETS = [("premiär 1 december: 4 km", date(2025, 12, 1), 30.0),
           ("Engelbrektsloppet 2026: 20 km-slinga", date(2026, 2, 8), 40.0)]


def generate(stations: int = 20, years: int = 10, seed: int = 1962,
             ) -> dict[str, list[tuple[date, float]]]:
    """Daily depth (cm) per station: snow builds from November, peaks in February–March and
    melts in April; summers are 0; every fourth station has no summer readings (NaN, as many
    SMHI stations have none), so the plot also draws gaps. 365 days a year: 73,000 points."""
    rng = random.Random(seed)
    days = [FIRST_DAY + timedelta(days=i) for i in range(int(years * 365))]
    out: dict[str, list[tuple[date, float]]] = {}
    for s in range(stations):
        depth, peak = 0.0, rng.uniform(30, 90)
        series: list[tuple[date, float]] = []
        for day in days:
            season = (day.timetuple().tm_yday + 61) % 365  # 0 at 1 November
            if season < 170:  # November to mid-April
                target = peak * math.sin(math.pi * season / 200.0)
                depth = max(0.0, depth + 0.15 * (target - depth) + rng.gauss(0, 2.5))
            else:
                depth = max(0.0, depth - 6.0)
            if s % 4 == 3 and 200 < season < 340 and depth == 0.0:
                series.append((day, math.nan))  # no summer readings at this station
                continue
            series.append((day, round(depth, 1)))
        out[f"Station {s + 1:02d}"] = series
    return out


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def median_ms(runs: int, make: Callable[[], object], act: Callable[[object], object]) -> float:
    app = QApplication.instance()
    times = []
    for _ in range(runs):
        widget = make()
        widget.resize(*SIZE)
        app.processEvents()
        times.append(timed(lambda w=widget: act(w)))
        widget.deleteLater()
        app.processEvents()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stations", type=int, default=20)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    import pyqtgraph as pg

    from destination_norberg.gui.snow.plots import SnowDepthPlot

    data = generate(args.stations, args.years)
    points = sum(len(v) for v in data.values())
    last = max(d for v in data.values() for d, _x in v)
    season = (date(last.year - 1, 10, 1), date(last.year, 4, 30))

    def render(widget: object) -> None:
        widget.grab()

    def open_all(plot: SnowDepthPlot) -> None:
        plot.set_data(data, TARGETS)
        plot.grab()

    def open_season(plot: SnowDepthPlot) -> None:
        plot.set_data(data, TARGETS, span=season)
        plot.grab()

    def repaint(plot: SnowDepthPlot) -> None:
        plot.grab()

    def loaded() -> SnowDepthPlot:
        plot = SnowDepthPlot()
        plot.resize(*SIZE)
        plot.set_data(data, TARGETS)
        plot.grab()
        return plot

    for _ in range(2):  # warm up: first paints load fonts and caches
        open_all(loaded())
    baseline = median_ms(args.runs, pg.PlotWidget, render)
    figures = {
        "points": points, "stations": len(data), "size": f"{SIZE[0]}x{SIZE[1]}",
        "runs": args.runs, "baseline_empty_plotwidget_ms": round(baseline, 1),
        "open_ten_years_ms": round(median_ms(args.runs, SnowDepthPlot, open_all), 1),
        "open_one_season_ms": round(median_ms(args.runs, SnowDepthPlot, open_season), 1),
        "repaint_ten_years_ms": round(median_ms(args.runs, loaded, repaint), 1),
    }
    for key in ("open_ten_years", "open_one_season", "repaint_ten_years"):
        figures[f"{key}_ratio"] = round(figures[f"{key}_ms"] / baseline, 1) if baseline else None
    figures["target_ms"] = TARGET_MS
    figures["met"] = max(figures["open_ten_years_ms"],
                         figures["open_one_season_ms"]) <= TARGET_MS
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{points:,} points, {len(data)} stations, {SIZE[0]}×{SIZE[1]} offscreen, "
              f"median of {args.runs}")
        print(f"  baseline (empty PlotWidget)     {baseline:7.1f} ms")
        for key, label in (("open_ten_years", "set data + render, ten years"),
                           ("open_one_season", "set data + render, one season"),
                           ("repaint_ten_years", "repaint, ten years")):
            print(f"  {label:<31} {figures[key + '_ms']:7.1f} ms  "
                  f"({figures[key + '_ratio']}× baseline)")
        verdict = "met" if figures["met"] else "NOT met"
        print(f"  target ≤ {TARGET_MS:.0f} ms for set data + render: {verdict}")
    app.processEvents()
    return 0 if figures["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
