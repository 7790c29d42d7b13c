"""Status page benchmark: 500 trails read from the database and published as a static page.

Builds a temporary SQLite database (the project schema) with 500 trails of 80 vertices each
(a third ski tracks), five reports per trail and a snow-guarantee target over ten loops.
Times `read_status` (through the sqlite3 fast path, as `publish status` reads) plus
`write_status_page` (index.html, status.geojson, status.json), median of --runs, the first
run (imports of pyproj and numpy included) apart, against a baseline of json.dumps of the
same trails' register rows to a file in the same run. Also runs `publish status` once as a
process, for the figure a scheduler sees. Target: the page for 500 trails in at most 1 s.

    python bench/status_page.py [--trails 500] [--runs 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 1.0
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
STATUSES = ["clear", "minor", "significant", "closed"]
CONDITIONS = ["dry", "wet", "muddy", "snow", "icy", "packed"]


def build_database(path: Path, trails: int, seed: int = 1962) -> str:
    from sqlalchemy import insert

    from destination_norberg.core.geometry import Geometry
    from destination_norberg.store import models as m
    from destination_norberg.store.opening import open_database

    rng = random.Random(seed)
    url = f"sqlite:///{path}"
    engine = open_database(url)
    kinds = ["mtb", "classic_ski", "hiking", "skate_ski", "mtb", "snowshoe"]
    trail_rows, report_rows = [], []
    for i in range(trails):
        x, y = 540_000.0 + rng.random() * 20_000, 6_650_000.0 + rng.random() * 20_000
        points = []
        for _ in range(80):
            x += rng.uniform(-40, 40)
            y += rng.uniform(-40, 40)
            points.append((x, y))
        geom = Geometry.line(points)
        kind = kinds[i % len(kinds)]
        trail_rows.append({"id": i + 1, "uid": f"bench-trail-{i}", "version": 1,
                           "name": f"Led {i:03d} vid Kärrgruvan", "kind": kind,
                           "grade_colour": rng.choice(["grön", "blå", "röd", "svart"]),
                           "area": "Kärrgruvan", "geom": geom.to_wkb(),
                           "length_m": geom.length(), "created_at": NOW, "updated_at": NOW})
        for _ in range(5):
            at = NOW - timedelta(hours=rng.randrange(24 * 20))
            ski = kind.endswith("_ski")
            report_rows.append({
                "trail_id": i + 1, "reported_at": at, "status": rng.choice(STATUSES),
                "condition": rng.choice(CONDITIONS),
                "groomed_at": at - timedelta(hours=2) if ski else None,
                "groom_style": "classic" if ski else None,
                "snow_depth_cm": rng.uniform(10, 60) if ski else None,
                "author": "Spårpatrullen", "note": "Fina förhållanden; se upp för is."})
    with engine.begin() as conn:
        conn.execute(insert(m.Trail), trail_rows)
        conn.execute(insert(m.TrailReport), report_rows)
        conn.execute(insert(m.SnowTarget).values(
            id=1, uid="bench-target", version=1, name="Premiär: 4 km",
            deadline=date(2026, 12, 1), required_km=4.0, min_depth_cm=30.0, notes="",
            created_at=NOW, updated_at=NOW))
        conn.execute(insert(m.snow_target_trail), [{"target_id": 1, "trail_id": t}
                                                   for t in range(2, 62, 6)])
    engine.dispose()
    return url


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return time.perf_counter() - begin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trails", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-status-") as tmp:
        folder = Path(tmp)
        url = build_database(folder / "bench.sqlite", args.trails)
        from destination_norberg.app.status_data import read_status
        from destination_norberg.exchange.status_page import write_status_page
        from destination_norberg.store.rows import open_current_sqlite
        from destination_norberg.store.trails_store import register

        source = open_current_sqlite(url)
        assert source is not None

        def page() -> None:
            write_status_page(read_status(source, NOW, 7), folder / "web")

        def baseline(n: int) -> None:
            rows = register(source, NOW, 7)
            (folder / f"base{n}.json").write_text(json.dumps(
                [dataclasses.asdict(r) for r in rows], default=str, ensure_ascii=False),
                encoding="utf-8")

        first = timed(page)
        samples: dict[str, list[float]] = {"json": [], "page": []}
        for n in range(args.runs):
            samples["json"].append(timed(lambda n=n: baseline(n)))
            samples["page"].append(timed(page))
        sizes = {p.name: p.stat().st_size for p in (folder / "web").iterdir()}
        source.close()
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-m", "destination_norberg", "--db", url,
                        "--today", "2026-11-26", "publish", "status", "--out",
                        str(folder / "cli")], check=True, capture_output=True, cwd=ROOT)
        process = time.perf_counter() - begin
    medians = {k: statistics.median(v) for k, v in samples.items()}
    ratio = medians["page"] / medians["json"]
    print(f"{args.trails} trails, {args.trails * 5} reports; files: "
          + ", ".join(f"{k} {v / 1024:.0f} kB" for k, v in sorted(sizes.items()))
          + f"; median of {args.runs} runs")
    print(f"  json.dumps of the register      {medians['json'] * 1000:8.1f} ms")
    print(f"  read_status + write_status_page {medians['page'] * 1000:8.1f} ms   "
          f"({ratio:.1f}× json.dumps)")
    print(f"  first run (imports included)    {first * 1000:8.1f} ms")
    print(f"  `publish status` as a process   {process * 1000:8.1f} ms")
    ok = max(medians["page"], first) <= TARGET_SECONDS
    print(f"  target: 500 trails in at most {TARGET_SECONDS:.0f} s: "
          f"{'met' if ok else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps({"trails": args.trails, "runs": args.runs,
                                         "first_seconds": first, "process_seconds": process,
                                         "median_seconds": medians, "ratio_to_json": ratio},
                                        indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
