"""A region-scale database, built through the program's own imports, cached between runs.

What a whole region's coordinator would hold: 100,000 organisations and 200,000 people (two
contact files read and imported as the import dialog does), 5,000 events (an iCalendar file
imported into the demo season), 500 ski trails (a GeoJSON file) with 50,000 reports (the
report use case, in batches), and a reference layer of 1,000,000 vertices (a GeoJSON file),
on top of the demo season. Every file is generated, then imported with the app/ use cases.

The finished file is cached under the temp folder, keyed by the schema (the migrations) and
this script, so the area benchmark can be re-run in seconds:

    python bench/region_db.py [--force]      # prints the path of the database
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
ORGANISATIONS = 100_000
TRAILS = 500
REPORTS = 50_000
EVENTS = 5_000
LAYER_LINES = 50_000
LAYER_VERTICES = 20  # × LAYER_LINES = 1,000,000 vertices
CENTRE = (15.92, 60.07)  # Norberg, lon/lat


def cache_key() -> str:
    """The schema and this script: another of either builds another database."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted((ROOT / "destination_norberg" / "store" / "migrations").rglob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached_path() -> Path:
    return Path(tempfile.gettempdir()) / "dn-region-db" / f"region-{cache_key()}.sqlite"


def _say(text: str, begin: float) -> None:
    print(f"  {time.perf_counter() - begin:7.1f} s  {text}", flush=True)


def _walk(rng: random.Random, vertices: int, spread: float, step: float) -> list[list[float]]:
    x = CENTRE[0] + rng.uniform(-spread, spread)
    y = CENTRE[1] + rng.uniform(-spread / 2, spread / 2)
    line = []
    for _ in range(vertices):
        line.append([round(x, 6), round(y, 6)])
        x += rng.uniform(-step, step)
        y += rng.uniform(-step / 2, step / 2)
    return line


def _geojson(path: Path, lines: list[list[list[float]]], props: list[dict[str, object]]) -> None:
    features = [{"type": "Feature", "properties": p,
                 "geometry": {"type": "LineString", "coordinates": c}}
                for c, p in zip(lines, props, strict=True)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")


def build(path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from calendar_timeline import generate_season
    from network_import import contact_rows

    from destination_norberg.app import calendar, geodata, network, trails
    from destination_norberg.app.database import load_demo_season
    from destination_norberg.core.trail_register import ReportDraft
    from destination_norberg.core.vocab import Condition, TrailStatus
    from destination_norberg.exchange.contacts_write import write_contacts_csv
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.planning_read import seasons as read_seasons
    from destination_norberg.store.reading import read_with
    from destination_norberg.store.trails_store import register

    begin = time.perf_counter()
    work = path.with_suffix(".building")
    work.mkdir(parents=True, exist_ok=True)
    db = work / "region.sqlite"
    db.unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    load_demo_season(url, reset=True)
    _say("demo season", begin)

    for part, offset in (("a", 0), ("b", ORGANISATIONS)):  # the same organisations twice
        csv = work / f"kontakter-{part}.csv"
        write_contacts_csv(contact_rows(ORGANISATIONS, person_offset=offset), csv)
        table = network.read_contacts(csv)
        network.import_contacts_table(url, table, csv.name, strict=False,
                                      today=TODAY.date())
        _say(f"contacts {part}: {len(table.rows)} rows", begin)

    ics = work / "evenemang.ics"
    events = [e for e in generate_season(EVENTS) if e.parent_id is None]
    events += [e for e in generate_season(EVENTS) if e.parent_id is not None]
    calendar.export_ics(events, ics, calendar_name="Region", now=TODAY)
    seasons = read_with(url, read_seasons)
    calendar.import_ics_into(url, ics, seasons[0].name, dry_run=False,
                             before_writing=lambda preview: None)
    _say(f"events: {len(events)} from an iCalendar file", begin)

    rng = random.Random(1962)
    lines = [_walk(rng, 40, 0.4, 0.004) for _ in range(TRAILS)]
    _geojson(work / "spar.geojson", lines,
             [{"name": f"Regionspår {i:03d}"} for i in range(TRAILS)])
    geodata.import_trails_file(url, work / "spar.geojson", None, "classic_ski", None,
                               existing="add")
    _say(f"trails: {TRAILS} from GeoJSON", begin)

    ids = [row.id for row in read_with(url, lambda s: register(s, TODAY, 7))
           if row.name.startswith("Regionspår")]
    statuses, conditions = list(TrailStatus), list(Condition)
    drafts = []
    for i in range(REPORTS):
        at = TODAY - timedelta(minutes=rng.randrange(60 * 24 * 60))
        drafts.append(ReportDraft(trail_id=ids[i % len(ids)], reported_at=at,
                                  status=rng.choice(statuses),
                                  condition=rng.choice(conditions),
                                  groomed_at=at - timedelta(hours=rng.randrange(48)),
                                  snow_depth_cm=float(rng.randrange(5, 80)),
                                  author="Spårpatrullen"))
    engine = open_database(url)
    try:
        for start in range(0, len(drafts), 5_000):
            trails.insert_reports(engine, drafts[start:start + 5_000])
    finally:
        engine.dispose()
    _say(f"reports: {REPORTS}", begin)

    layer = [_walk(rng, LAYER_VERTICES, 0.6, 0.002) for _ in range(LAYER_LINES)]
    _geojson(work / "vagar.geojson", layer, [{"name": f"Väg {i}"} for i in range(LAYER_LINES)])
    del layer
    geodata.import_layer_file(url, work / "vagar.geojson", "Vägar (region)", None, None)
    _say(f"reference layer: {LAYER_LINES * LAYER_VERTICES} vertices from GeoJSON", begin)

    engine = open_database(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    shutil.move(db, path)
    shutil.rmtree(work, ignore_errors=True)
    _say(f"written {path}", begin)


def region_database(force: bool = False) -> Path:
    """The cached region database, built first when missing (or with `force`)."""
    path = cached_path()
    if force or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build again even when cached")
    args = parser.parse_args()
    print(region_database(args.force))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
