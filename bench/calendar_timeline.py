"""Calendar and timeline benchmark: 5,000 events of a season, painted to a 1400×900 QImage.

Measured in one run, against a baseline of painting an empty QWidget of the same size:
- open: `set_events` + the first full paint (median of --runs fresh widgets);
- scroll: the paint after turning one month / one week (calendar) or one screen (timeline),
  10 steps, median and max.
The machine is shared and noisy: the ratios to the baseline travel better than milliseconds.
Target: open in well under 300 ms, scroll steps far below a frame budget.

    QT_QPA_PLATFORM=offscreen python bench/calendar_timeline.py [--runs 5] [--events 5000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from destination_norberg.core.events import EventRecord  # noqa: E402
from destination_norberg.core.timeutil import STOCKHOLM  # noqa: E402
from destination_norberg.core.vocab import EventKind, EventStatus  # noqa: E402

SIZE = (1400, 900)
TARGET_MS = 300.0
SEASON = (date(2026, 11, 1), date(2027, 4, 30))
STEPS = 10
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)

PLACES = ["Torget", "Kärrgruvans skidstadion", "Mimerlaven", "Folkets hus", "Skolan",
          "Klackberg", "Östra skolan"]
WORDS = ["Skidlopp", "Marknad", "Konsert", "Stråkkväll", "Nätverksträff", "Fackeltåg",
         "Prova-på", "Barnlopp", "Guidning", "Föreläsning", "Öppet hus", "Sprint"]


def generate_season(n: int = 5000, parents: int = 60, seed: int = 1962) -> list[EventRecord]:
    """`n` events over the winter season: ~60 parents (3–9 days) with children inside them,
    the rest 1–3 local days (most within one day), a mix of kinds and statuses."""
    rng = random.Random(seed)
    first = datetime.combine(SEASON[0], datetime.min.time(), tzinfo=STOCKHOLM)
    days = (SEASON[1] - SEASON[0]).days
    kinds = [k.value for k in EventKind]
    statuses = [EventStatus.CONFIRMED] * 5 + [EventStatus.PLANNED] * 3 + [EventStatus.IDEA,
                                                                          EventStatus.CANCELLED]
    events: list[EventRecord] = []
    parent_spans: list[tuple[int, datetime, datetime]] = []
    for i in range(1, parents + 1):
        start = first + timedelta(days=rng.randrange(days - 10))
        end = start + timedelta(days=rng.randrange(3, 10), hours=18)
        parent_spans.append((i, start, end))
        events.append(EventRecord(
            id=i, uid=f"p{i}", name_sv=f"{rng.choice(['Vintervecka', 'Festival', 'Stråket'])} "
            f"{i}", kind=rng.choice([EventKind.WEEK, EventKind.FESTIVAL, EventKind.STRAK]),
            status=EventStatus.CONFIRMED, starts_at=start.astimezone(UTC),
            ends_at=end.astimezone(UTC), place_name=rng.choice(PLACES)))
    for i in range(parents + 1, n + 1):
        parent = None
        if rng.random() < 0.3:
            parent, p_start, p_end = rng.choice(parent_spans)
            start = p_start + timedelta(hours=rng.randrange(8, max(9, int(
                (p_end - p_start).total_seconds() // 3600) - 4)))
        else:
            start = first + timedelta(days=rng.randrange(days), hours=rng.randrange(7, 21),
                                      minutes=rng.choice([0, 15, 30, 45]))
        span_days = rng.choices([1, 2, 3], weights=[75, 15, 10])[0]
        if span_days == 1:
            end = start + timedelta(minutes=rng.choice([30, 60, 90, 120, 180, 240]))
        else:
            end = start + timedelta(days=span_days - 1, hours=rng.randrange(1, 6))
        events.append(EventRecord(
            id=i, uid=f"e{i}", name_sv=f"{rng.choice(WORDS)} {i}", kind=rng.choice(kinds),
            status=rng.choice(statuses), starts_at=start.astimezone(UTC),
            ends_at=end.astimezone(UTC), parent_id=parent, place_name=rng.choice(PLACES),
            organiser_name="Turistbyrån"))
    return events


def ms(seconds: float) -> float:
    return seconds * 1000


def paint(widget: QWidget) -> QImage:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    widget.render(image)
    return image


def prepared(widget: QWidget) -> QWidget:
    """Laid out as if shown, without a window."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    return widget


def median_of(runs: int, fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(runs))


def bench_baseline(runs: int) -> float:
    widget = prepared(QWidget())

    def once() -> float:
        started = time.perf_counter()
        paint(widget)
        return time.perf_counter() - started

    paint(widget)  # warm-up
    result = median_of(runs, once)
    widget.close()
    return result


def bench_calendar(events: list[EventRecord], mode: str, runs: int) -> dict[str, float]:
    from destination_norberg.gui.events.calendar_view import CalendarView

    # Every step stays inside the season: an empty page would flatter the figures.
    first_page = date(2026, 11, 1) if mode == "month" else date(2027, 1, 4)
    moves = [1] * 5 + [-1] * 5 if mode == "month" else [1] * STEPS

    def make() -> CalendarView:
        view = CalendarView(clock=lambda: NOW)
        view.set_mode(mode)
        view.go_to(date(2027, 1, 11))
        return prepared(view)  # type: ignore[return-value]

    def open_once() -> float:
        view = make()
        started = time.perf_counter()
        view.set_events(events, "sv")
        paint(view)
        elapsed = time.perf_counter() - started
        view.close()
        view.deleteLater()
        return elapsed

    open_once()  # warm-up: fonts, glyph caches
    opened = median_of(runs, open_once)
    view = make()
    view.set_events(events, "sv")
    view.go_to(first_page)
    paint(view)
    steps = []
    for move in moves:
        started = time.perf_counter()
        if move > 0:
            view.next_page()
        else:
            view.previous_page()
        paint(view)
        steps.append(time.perf_counter() - started)
    view.close()
    return {"open": opened, "step_median": statistics.median(steps), "step_max": max(steps)}


def bench_timeline(events: list[EventRecord], runs: int) -> dict[str, float]:
    from destination_norberg.gui.events.timeline_view import TimelineView

    def make() -> TimelineView:
        view = TimelineView(clock=lambda: NOW)
        return prepared(view)  # type: ignore[return-value]

    def open_once() -> float:
        view = make()
        started = time.perf_counter()
        view.set_events(events, "sv")
        view.set_range(*SEASON)
        paint(view)
        elapsed = time.perf_counter() - started
        view.close()
        view.deleteLater()
        return elapsed

    open_once()
    opened = median_of(runs, open_once)
    view = make()
    view.set_events(events, "sv")
    view.set_range(*SEASON)
    view.set_zoom(20)  # 3,600 px of season: there is something to scroll sideways
    paint(view)
    vertical, horizontal = [], []
    vbar, hbar = view.verticalScrollBar(), view.horizontalScrollBar()
    for _ in range(STEPS):
        started = time.perf_counter()
        vbar.setValue(vbar.value() + vbar.pageStep())
        paint(view)
        vertical.append(time.perf_counter() - started)
    for _ in range(STEPS):
        started = time.perf_counter()
        hbar.setValue(min(hbar.maximum(), hbar.value() + hbar.pageStep() // 3))
        paint(view)
        horizontal.append(time.perf_counter() - started)
    view.close()
    steps = vertical + horizontal
    return {"open": opened, "step_median": statistics.median(steps), "step_max": max(steps),
            "vertical_median": statistics.median(vertical),
            "horizontal_median": statistics.median(horizontal)}


def bench_list(runs: int) -> dict[str, float]:
    """Extra: the event list's Python filter and sort over 100k rows (DESIGN.md §4)."""
    from destination_norberg.gui.events.list_model import NAME, EventListModel

    events = generate_season(100_000, parents=600, seed=7)
    model = EventListModel(clock=lambda: NOW)
    started = time.perf_counter()
    model.set_events(events)
    loaded = time.perf_counter() - started

    def filter_once() -> float:
        started = time.perf_counter()
        model.apply_filter("ostra skolan")
        return time.perf_counter() - started

    def sort_once() -> float:
        model.apply_filter("")
        started = time.perf_counter()
        model.sort(NAME, Qt.SortOrder.DescendingOrder)
        model.sort(NAME, Qt.SortOrder.AscendingOrder)
        return (time.perf_counter() - started) / 2

    filter_once()
    return {"set_events": loaded, "filter": median_of(runs, filter_once),
            "sort": median_of(runs, sort_once)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--no-list", action="store_true", help="skip the 100k-row list figures")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from destination_norberg.gui.common import i18n
    i18n.install(app, "sv")
    events = generate_season(args.events)
    baseline = bench_baseline(args.runs)
    results = {
        "calendar month": bench_calendar(events, "month", args.runs),
        "calendar week": bench_calendar(events, "week", args.runs),
        "timeline": bench_timeline(events, args.runs),
    }
    print(f"{len(events)} events, widget {SIZE[0]}×{SIZE[1]}, median of {args.runs}, "
          f"{STEPS} scroll steps; baseline (empty QWidget paint) {ms(baseline):.2f} ms")
    print(f"{'':16} {'open ms':>9} {'×base':>7} {'step med':>9} {'step max':>9} {'×base':>7}"
          f"  target")
    met = True
    for name, r in results.items():
        ok = ms(r["open"]) < TARGET_MS
        met &= ok
        print(f"{name:16} {ms(r['open']):9.1f} {r['open'] / baseline:7.1f} "
              f"{ms(r['step_median']):9.1f} {ms(r['step_max']):9.1f} "
              f"{r['step_max'] / baseline:7.1f}  {'met' if ok else 'MISSED'} (< {TARGET_MS:.0f})")
    timeline = results["timeline"]
    print(f"timeline steps: vertical median {ms(timeline['vertical_median']):.1f} ms, "
          f"horizontal median {ms(timeline['horizontal_median']):.1f} ms")
    report: dict[str, object] = {"events": len(events), "baseline_ms": ms(baseline),
                                 "target_ms": TARGET_MS,
                                 "results_ms": {k: {m: ms(v) for m, v in r.items()}
                                                for k, r in results.items()}}
    if not args.no_list:
        listed = bench_list(args.runs)
        print(f"event list, 100k rows: set_events {ms(listed['set_events']):.0f} ms, "
              f"filter {ms(listed['filter']):.0f} ms, sort {ms(listed['sort']):.0f} ms")
        report["list_100k_ms"] = {k: ms(v) for k, v in listed.items()}
    print(f"300 ms target {'met' if met else 'NOT met'}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
