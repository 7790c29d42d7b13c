"""Start-up benchmark: cold start to the first painted overview, against a bare QMainWindow.

Both are new processes measured in the same run, alternated, from just before the process is
started to the moment it reports its first paint (the overview painted *with* the demo data
for the program; its snow card is judged right after, on a worker, and that moment is
reported too). The machine is shared and noisy, so the figure that counts is the ratio of
the medians, not the seconds. Target: at most 3.0×.

    python bench/startup.py [--runs 7] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 3.0

BARE = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 820)
w.show()
def painted():
    w.repaint()
    print("first-paint", flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str], marker: str, *later: str) -> float:
    """Seconds from process start until it prints `marker`; the process must then exit 0.
    Each of `later` (markers printed afterwards) is recorded in LATER[marker]."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    assert proc.stdout is not None
    elapsed = None
    waiting = list(later)
    for line in proc.stdout:
        if elapsed is None and line.startswith(marker):
            elapsed = time.perf_counter() - start
            if not waiting:
                break
        elif waiting and line.startswith(waiting[0]):
            LATER.setdefault(waiting.pop(0), []).append(time.perf_counter() - start)
            if not waiting:
                break
    _, err = proc.communicate(timeout=60)
    if elapsed is None or proc.returncode != 0:
        raise SystemExit(f"{cmd[:3]} failed (exit {proc.returncode}): {err[-800:]}")
    return elapsed


#: marker → seconds from process start, for the markers `timed` was asked to wait for too
LATER: dict[str, list[float]] = {}


def prepare_db(folder: Path, env: dict[str, str]) -> str:
    db = folder / "bench.sqlite"
    subprocess.run([sys.executable, "-m", "destination_norberg", "--db", str(db), "demo"],
                   check=True, env=env, cwd=ROOT, capture_output=True)
    return str(db)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dn-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "data"), DESTINATION_NORBERG_BENCH_EXIT="1")
    env.pop("DESTINATION_NORBERG_DB", None)
    try:
        db = prepare_db(tmp, env)
        app_cmd = [sys.executable, "-m", "destination_norberg", "--db", db]
        bare_cmd = [sys.executable, "-c", BARE]
        timed(bare_cmd, env, "first-paint")  # warm the file cache once for both
        timed(app_cmd, env, "first-painted-overview")
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(timed(bare_cmd, env, "first-paint"))
            app.append(timed(app_cmd, env, "first-painted-overview", "overview-judged"))
        first_db = tmp / "first.sqlite"
        first_start = timed([sys.executable, "-m", "destination_norberg", "--db", str(first_db)],
                            env, "first-painted-overview")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result = {
        "runs": args.runs,
        "bare_qmainwindow_median_s": round(statistics.median(bare), 4),
        "overview_median_s": round(statistics.median(app), 4),
        "ratio": round(statistics.median(app) / statistics.median(bare), 2),
        "target_ratio": TARGET,
        "first_start_with_demo_seeding_s": round(first_start, 4),
        # the snow card is judged right after the first paint (gui.overview.snow_fill)
        "snow_card_judged_median_s": round(statistics.median(LATER["overview-judged"]), 4),
        "snow_card_judged_ratio": round(statistics.median(LATER["overview-judged"])
                                        / statistics.median(bare), 2),
        "bare_s": [round(v, 4) for v in bare],
        "overview_s": [round(v, 4) for v in app],
    }
    print(f"bare QMainWindow, median of {args.runs}: {result['bare_qmainwindow_median_s']:.3f} s")
    print(f"overview painted with demo data, median: {result['overview_median_s']:.3f} s")
    print(f"ratio: {result['ratio']:.2f}x (target <= {TARGET:.1f}x)")
    print(f"snow card judged too, median: {result['snow_card_judged_median_s']:.3f} s "
          f"({result['snow_card_judged_ratio']:.2f}x)")
    print(f"first start on an empty database (demo loaded, then painted): {first_start:.3f} s")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
