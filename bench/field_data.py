"""Field-data benchmark (issue 20): a groomer's GPS track matched to the loops, and a year of
trail-counter counts imported.

- **Groomer track**: `app.groomer_track.read_preview` (the preview the import dialog shows:
  the track read and projected to EPSG:3006, every groomed loop's covered share measured with
  a 25 m buffer, earlier groomings looked up) on the region-scale database (500 ski trails,
  bench/region_db.py) for the largest real GPX in ../shared/realdata/gpx. Baseline in the
  same run: reading and projecting the track alone (`geo.groomer_track.read_track`), so the
  ratio is what matching against the loops adds.
- **Trail counters**: a year of hourly counts of 10 counters, in and out (175,200 rows of an
  Eco-Counter export), imported into a copy of the demo (`app.counters.import_counters_at`),
  then the same file again (every count replaced, nothing added twice). Baseline: reading and
  checking the file alone (`app.counters.read_file`).

The machine is shared and noisy: the medians' ratios travel better than the seconds.

    python bench/field_data.py [--runs 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

REALDATA = ROOT.parent / "shared" / "realdata" / "gpx"
COUNTERS = 10
DAYS = 365


def _median(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        begin = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - begin)
    return statistics.median(times), result


def _largest_gpx() -> Path | None:
    files = sorted(REALDATA.glob("*.gpx"), key=lambda p: p.stat().st_size) if \
        REALDATA.is_dir() else []
    return files[-1] if files else None


def groomer(runs: int, work: Path) -> dict[str, Any]:
    from board_report import region_database

    from destination_norberg.app.geodata import pyproj_thread
    from destination_norberg.app.groomer_track import read_preview
    from destination_norberg.geo.groomer_track import read_track

    gpx = _largest_gpx()
    if gpx is None:
        return {"skipped": "no GPX in ../shared/realdata/gpx"}
    url = region_database(work)  # the cached one, migrated by its first use
    base, segments = _median(runs, lambda: pyproj_thread().submit(read_track, gpx).result())
    took, preview = _median(runs, lambda: read_preview(url, gpx))
    points = sum(len(s) for s in segments)
    return {"file": gpx.name, "points": points, "loops_covered": len(preview.trails),
            "read_track_s": round(base, 3), "preview_s": round(took, 3),
            "ratio": round(took / base, 1)}


def _counter_file(path: Path) -> int:
    from destination_norberg.core.trail_counts import STOCKHOLM

    start = datetime(2025, 12, 1, tzinfo=UTC)  # local time, as Eco-Visio writes it: the
    rows = 0                                  # October hour twice, no 02:00 in March
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Counter ID;Counter name;Timestamp;Count;Direction\n")
        for hour in range(DAYS * 24):
            at = (start + timedelta(hours=hour)).astimezone(STOCKHOLM).strftime(
                "%Y-%m-%d %H:%M")
            for c in range(COUNTERS):
                n = (hour * 7 + c * 13) % 23
                out.write(f"NBG-B{c:02d};Räknare {c};{at};{n};IN\n")
                out.write(f"NBG-B{c:02d};Räknare {c};{at};{n // 2};OUT\n")
                rows += 2
    return rows


def counters(runs: int, work: Path) -> dict[str, Any]:
    from destination_norberg.app.counters import import_counters_at, read_file
    from destination_norberg.store.demo import load_demo
    from destination_norberg.store.opening import open_database

    csv = work / "year.csv"
    rows = _counter_file(csv)
    url = f"sqlite:///{work / 'demo.sqlite'}"
    engine = open_database(url)
    load_demo(engine)
    engine.dispose()
    base, _found = _median(runs, lambda: read_file(csv))
    first_began = time.perf_counter()
    import_counters_at(url, csv)
    first = time.perf_counter() - first_began
    again, done = _median(runs, lambda: import_counters_at(url, csv))
    return {"rows": rows, "read_s": round(base, 3), "first_import_s": round(first, 3),
            "again_s": round(again, 3), "replaced": done.replaced,
            "ratio_first": round(first / base, 1), "ratio_again": round(again / base, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        found = {"groomer": groomer(args.runs, Path(tmp)),
                 "counters": counters(args.runs, Path(tmp))}
    for name, figures in found.items():
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    if args.json:
        args.json.write_text(json.dumps(found, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
