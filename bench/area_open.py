"""Area-open benchmark: click → painted for every area, at demo and at region scale.

What the coordinator waits for, from the database to the painted area. Each run is a new
process that opens the window on the database (1280×720, offscreen) and waits for the
overview; then, for each area, the click on the navigation (the snow tab: the click on its
tab) and:
- shown: the click handled and the window repainted, the UI thread free again (the area
  shows its content or its loading state: what must stay under 0.5 s);
- painted: the area's read finished, rendered and the window repainted (content on screen);
- blocked: the longest the UI thread did not answer (a 10 ms timer) between shown and painted:
  a long block is a frozen window even when the read runs in the worker pool.
"cold" is the first window of the process, clicked as soon as the overview shows (every
import, every cache cold); "warm" a second window in the same process on the same database
(imports done, the pages built and read anew); "ahead" a third one left idle first, so the
program builds its pages ahead of the click (MainWindow.prebuild_areas; where the code has
none, the same as warm).
Baseline in the same run: a new bare QMainWindow of the same size holding a 100 × 8
QTableWidget, shown and painted (a bare QWidget paints in microseconds: no ratio to it means
anything). The machine is
shared and noisy: the ratios to the baseline travel better than seconds.

The region database (bench/region_db.py) is built once through the program's imports and
cached under the temp folder.

    python bench/area_open.py [--runs 2] [--scales demo region] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AREAS = ("events", "trails", "snow", "map", "network", "packages")
LIMIT_S = 0.5
TODAY = "2026-11-26"


def child(db: str, today: str) -> None:
    """One process: the baseline, then every area cold (first window) and warm (second)."""
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

    from destination_norberg.gui import app as gui_app
    from destination_norberg.gui.common import i18n
    from destination_norberg.gui.common import settings as opt

    app = gui_app.make_app()
    i18n.install(app, "sv")
    from destination_norberg.core.timeutil import clock_on
    from destination_norberg.gui.main_window import MainWindow

    clock = clock_on(date.fromisoformat(today))
    result: dict[str, dict[str, float]] = {}

    def wait(signal: object, timeout_s: float = 120.0) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    bare = []
    for _ in range(5):  # Qt's own cost of a window of content: a 100 × 8 table, painted
        begin = time.perf_counter()
        w = QMainWindow()
        table = QTableWidget(100, 8, w)
        for row in range(100):
            for column in range(8):
                table.setItem(row, column, QTableWidgetItem(f"Rad {row} kolumn {column}"))
        w.setCentralWidget(table)
        w.resize(1280, 720)
        w.show()
        w.repaint()
        bare.append(time.perf_counter() - begin)
        w.close()
        w.deleteLater()
        app.processEvents()
    result["baseline"] = {"bare_table_window_s": statistics.median(bare)}

    class Beat:  # the longest the UI thread did not answer while the area read
        last = longest = 0.0

    beat = Beat()

    def tick() -> None:
        now = time.perf_counter()
        beat.longest = max(beat.longest, now - beat.last)
        beat.last = now

    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(tick)

    for label in ("cold", "warm", "ahead"):
        window = MainWindow(f"sqlite:///{db}", opt.Settings(), language="sv", clock=clock,
                            seed_demo=False)
        window.resize(1280, 720)
        window.show()
        window.start()
        wait(window.loaded)
        if label == "ahead" and hasattr(window, "prebuild_areas"):
            window.prebuild_areas()  # as the program does after the overview, then idle
            give_up = time.perf_counter() + 60
            while time.perf_counter() < give_up and any(
                    key not in window._built for key in ("events", "trails", "map",
                                                         "network", "packages")):
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        times: dict[str, float] = {}
        for area in AREAS:
            key = "trails" if area == "snow" else area
            window.select_area("overview")
            app.processEvents()
            begin = time.perf_counter()
            if area == "snow":
                window.select_area("trails")
                page = window.page("trails")
                if page.trails.loader.loading:
                    wait(page.trails.loaded)
                app.processEvents()
                begin = time.perf_counter()
                page.tabs.setCurrentWidget(page.snow)
                target = page.snow
            else:
                window.select_area(key)
                page = window.page(key)
                target = page.trails if area == "trails" else page
            window.repaint()
            times[f"{area}_shown_s"] = time.perf_counter() - begin
            beat.last, beat.longest = time.perf_counter(), 0.0
            heart.start()
            if target.loader.loading or target.needs_load():
                wait(target.loaded)
            window.repaint()
            heart.stop()
            times[f"{area}_painted_s"] = time.perf_counter() - begin
            times[f"{area}_blocked_s"] = max(beat.longest, time.perf_counter() - beat.last)
        result[label] = times
        window.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    print("RESULT " + json.dumps(result), flush=True)


def run_child(db: Path, env: dict[str, str]) -> dict[str, dict[str, float]]:
    proc = subprocess.run([sys.executable, __file__, "--child", str(db)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            data: dict[str, dict[str, float]] = json.loads(line[7:])
            return data
    raise SystemExit(f"the area run failed (exit {proc.returncode}): {proc.stderr[-1500:]}")


def demo_database(folder: Path, env: dict[str, str]) -> Path:
    db = folder / "demo.sqlite"
    subprocess.run([sys.executable, "-m", "destination_norberg", "--db", str(db),
                    "--today", TODAY, "demo"], check=True, env=env, cwd=ROOT,
                   capture_output=True)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--scales", nargs="+", default=["demo", "region"])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, TODAY)
        return 0
    sys.path.insert(0, str(ROOT / "bench"))
    from region_db import region_database

    tmp = Path(tempfile.mkdtemp(prefix="dn-area-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "data"), PYTHONPATH=str(ROOT))
    env.pop("DESTINATION_NORBERG_BENCH_EXIT", None)
    report: dict[str, object] = {"runs": args.runs, "limit_s": LIMIT_S}
    for scale in args.scales:
        db = demo_database(tmp, env) if scale == "demo" else region_database()
        runs = [run_child(db, env) for _ in range(args.runs)]
        base = statistics.median(r["baseline"]["bare_table_window_s"] for r in runs)
        table: dict[str, object] = {"bare_table_window_s": round(base, 4)}
        print(f"\n{scale}: median of {args.runs} processes; baseline (a new window with a "
              f"100×8 table) painted in {base * 1000:.1f} ms")
        print(f"  {'area':<9} {'cold shown':>11} {'cold painted':>13} {'warm shown':>11} "
              f"{'warm painted':>13} {'warm painted / bare':>20} {'longest block':>14} "
              f"{'ahead shown':>12} {'ahead painted':>14}")
        for area in AREAS:
            row = {f"{label}_{what}_s": round(statistics.median(
                r[label][f"{area}_{what}_s"] for r in runs), 4)
                for label in ("cold", "warm", "ahead")
                for what in ("shown", "painted", "blocked")}
            row["warm_painted_ratio"] = round(row["warm_painted_s"] / base, 1)
            table[area] = row
            blocked = max(row["cold_blocked_s"], row["warm_blocked_s"], row["ahead_blocked_s"])
            flag = "" if max(row["ahead_shown_s"], row["warm_shown_s"], blocked) <= LIMIT_S \
                else f"  (over {LIMIT_S} s)"
            print(f"  {area:<9} {row['cold_shown_s']:>10.3f}s {row['cold_painted_s']:>12.3f}s "
                  f"{row['warm_shown_s']:>10.3f}s {row['warm_painted_s']:>12.3f}s "
                  f"{row['warm_painted_ratio']:>19.1f}x {blocked:>13.3f}s "
                  f"{row['ahead_shown_s']:>11.3f}s {row['ahead_painted_s']:>13.3f}s{flag}")
        report[scale] = table
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
