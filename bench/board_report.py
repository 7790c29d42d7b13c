"""Board-report benchmark: the time to build the report to the municipal board, at region scale.

What the tourism officer waits for after "Write…": the sections read (events, packages sent,
contacts by category, the snow guarantee judged on each deadline, trail days by status, guest
nights), then the PDF drawn with its charts, or the workbook written. Measured on the
region-scale database (bench/region_db.py: 100,000 organisations, 5,000 events, 500 trails
with 50,000 reports), with the guest nights of every Swedish municipality for two years
imported first (about 290 × 24 months × 7 figures: the import is timed too).

Baseline in the same run: the daily bulletin (the program's one-page PDF made the same way,
gui.documents) on the same database. The machine is shared and noisy: the ratio to the
bulletin travels better than seconds.

The region database is the cached one; when the schema moved on since it was built (a new
migration changes its cache key), the newest cached one is copied and migrated instead of
building anew.

    python bench/board_report.py [--runs 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
SEASON = "Vinter 2026/27"
KINDS = ("Totalt", "Hotell", "Stugbyar", "Vandrarhem", "Camping")


def region_database(work: Path) -> str:
    import region_db

    path = region_db.cached_path()
    if not path.exists():
        older = sorted(path.parent.glob("region-*.sqlite"), key=lambda p: p.stat().st_mtime)
        if older:
            copy = work / "region.sqlite"
            shutil.copyfile(older[-1], copy)
            return f"sqlite:///{copy}"  # opened (migrated) by the first use case
        region_db.build(path)
    copy = work / "region.sqlite"
    shutil.copyfile(path, copy)
    return f"sqlite:///{copy}"


def statistics_file(path: Path) -> int:
    """A PxWeb export of every municipality, two years by month, as Tillväxtverket writes it."""
    import random

    rng = random.Random(19)
    months = [f"{y}M{m:02d}" for y in (2025, 2026) for m in range(1, 13)]
    lines = ['"Gästnätter efter region, boendeform, hemvistland och månad"', '""',
             ";".join(f'"{h}"' for h in ("region", "boendeform", "hemvistland", *months))]
    rows = 0
    for code in range(1, 291):
        region = "1962 Norberg" if code == 1 else f"{1000 + code} Kommun {code}"
        for kind in KINDS:
            values = [str(rng.randint(100, 9000)) if rng.random() > 0.05 else ".."
                      for _m in months]
            lines.append(";".join([f'"{region}"', f'"{kind}"', '"Totalt"',
                                   *(f'"{v}"' for v in values)]))
            rows += len(months)
        for origin in ("Sverige", "Utlandet"):
            values = [str(rng.randint(50, 6000)) for _m in months]
            lines.append(";".join([f'"{region}"', '"Totalt"', f'"{origin}"',
                                   *(f'"{v}"' for v in values)]))
            rows += len(months)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args()

    from destination_norberg.app.board_report import (
        read_board_report,
        resolve_period,
        write_report_file,
    )
    from destination_norberg.app.guest_nights import import_guest_nights_at
    from destination_norberg.gui.documents.board import BoardWriter
    from destination_norberg.gui.documents.output import ensure_app
    from destination_norberg.gui.documents.pdf import write_bulletin
    from destination_norberg.store.reading import read_with

    ensure_app()
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        begin = time.perf_counter()
        url = region_database(work)
        read_with(url, lambda _s: None)  # open (and migrate) once, outside the timings
        result["database_s"] = round(time.perf_counter() - begin, 2)
        stats = work / "gastnatter.csv"
        result["guest_night_figures"] = statistics_file(stats)
        begin = time.perf_counter()
        import_guest_nights_at(url, stats, NOW)
        result["import_s"] = round(time.perf_counter() - begin, 2)
        writer = BoardWriter()
        timings: dict[str, list[float]] = {"read": [], "pdf": [], "xlsx": [], "bulletin": []}
        for run in range(args.runs):
            begin = time.perf_counter()
            report = read_with(url, lambda s: read_board_report(
                s, resolve_period(s, SEASON, None), NOW))
            timings["read"].append(time.perf_counter() - begin)
            begin = time.perf_counter()
            write_report_file(report, work / f"r{run}.pdf", "sv", writer)
            timings["pdf"].append(time.perf_counter() - begin)
            begin = time.perf_counter()
            write_report_file(report, work / f"r{run}.xlsx", "sv", writer)
            timings["xlsx"].append(time.perf_counter() - begin)
            begin = time.perf_counter()
            read_with(url, lambda s, n=run: write_bulletin(s, work / f"b{n}.pdf",
                                                           date(2026, 11, 26), "sv", NOW))
            timings["bulletin"].append(time.perf_counter() - begin)
        medians = {k: round(statistics.median(v), 3) for k, v in timings.items()}
        result.update({f"{k}_s": v for k, v in medians.items()})
        total_pdf = medians["read"] + medians["pdf"]
        result["report_pdf_s"] = round(total_pdf, 3)
        result["report_xlsx_s"] = round(medians["read"] + medians["xlsx"], 3)
        result["pdf_to_bulletin"] = round(total_pdf / medians["bulletin"], 1)
        result["sections"] = {"events": len(report.events), "dispatches": len(report.dispatches),
                              "contacts": sum(report.contacts_by_category.values()),
                              "targets": len(report.targets),
                              "trail_days": sum(report.trail_days.values())}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
