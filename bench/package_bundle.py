"""Package bundle benchmark: 20 components and 50 programme items, read and written.

Builds a temporary SQLite database with the demo season, then adds an event with 50
programme items over three days and a package of 20 components with five partners. Times
`package_detail` + `write_bundle` (folder; iCalendar, XLSX, CSV, GeoJSON, GPX, HTML,
JSON-LD; the brochure PDF is the window's Qt writer and not included), median of --runs,
the first run (with the imports of openpyxl and pyproj) reported apart, against a baseline
of json.dumps of the same detail to a file in the same run. Target: ≤ 2 s.

    python bench/package_bundle.py [--runs 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 2.0
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
KINDS = ["boende", "måltid", "skidhyra", "aktivitet", "transport", "startavgift"]


def build_database(folder: Path) -> tuple[object, int]:
    """The demo season plus a 50-item event and a 20-component package; (engine, id)."""
    from sqlalchemy import insert, select

    from destination_norberg.store import models as m
    from destination_norberg.store.demo import load_demo
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.package_write import insert_package

    engine = open_database(f"sqlite:///{folder / 'bench.sqlite'}")
    load_demo(engine)
    with engine.begin() as conn:
        week = conn.execute(select(m.Event.id).where(
            m.Event.name_sv == "Vintervecka 2027")).scalar_one()
        place = conn.execute(select(m.Place.id)).scalars().first()
        start = datetime(2027, 2, 12, 9, 0, tzinfo=UTC)
        conn.execute(insert(m.Event), [{
            "uid": f"bench-item-{i}", "version": 1, "parent_id": week,
            "name_sv": f"Programpunkt {i}: skidskola, fika och föredrag på Torget",
            "name_en": f"Programme item {i}", "kind": "program", "status": "bekräftad",
            "starts_at": start + timedelta(hours=i),
            "ends_at": start + timedelta(hours=i, minutes=90), "place_id": place,
            "description_sv": "Välkommen! Anmälan på plats; glögg och pepparkakor. " * 3,
            "created_at": NOW, "updated_at": NOW} for i in range(50)])
        race = conn.execute(select(m.Event.id).where(
            m.Event.name_sv == "Engelbrektsloppet 60 km klassisk")).scalar_one()
        orgs = list(conn.execute(select(m.Organisation.id).order_by(m.Organisation.id))
                    .scalars())
    row = insert_package(engine, {
        "title_sv": "Bänkpaket: Engelbrektsloppet-vecka med allt", "price_basis_persons": 2,
        "title_en": "Bench package", "text_sv": "Åk, ät, bo och njut i Norberg. " * 20,
        "valid_from": datetime(2027, 2, 12).date(), "valid_to": datetime(2027, 2, 15).date(),
        "event_id": race,
        "components": [{"organisation_id": orgs[i % len(orgs)], "kind": KINDS[i % 6],
                        "description": f"Komponent {i}: natt i dubbelrum med frukost, "
                                       "vallade skidor och transfer",
                        "price_sek": Decimal(95 + 37 * i), "capacity": 10 + i}
                       for i in range(20)],
        "partner_ids": orgs[-5:]})
    return engine, row["id"]


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return time.perf_counter() - begin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    from destination_norberg.exchange.package_bundle import write_bundle
    from destination_norberg.store.package_read import package_detail
    from destination_norberg.store.rows import EngineRows

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        folder = Path(tmp)
        engine, package_id = build_database(folder)
        rows = EngineRows(engine)
        detail = package_detail(rows, package_id)
        sizes = (len(detail.components), len(detail.programme), len(detail.routes))

        written: list[Path] = []

        def bundle(n: int) -> None:
            d = package_detail(rows, package_id)
            written.append(write_bundle(d, folder / f"out{n}", now=NOW))

        def baseline(n: int) -> None:
            d = package_detail(rows, package_id)
            (folder / f"base{n}.json").write_text(json.dumps(
                dataclasses.asdict(d), default=str, ensure_ascii=False), encoding="utf-8")

        first = timed(lambda: bundle(-1))
        samples: dict[str, list[float]] = {"json": [], "bundle": []}
        for n in range(args.runs):
            samples["json"].append(timed(lambda n=n: baseline(n)))
            samples["bundle"].append(timed(lambda n=n: bundle(n)))
        files = sorted(p.name for p in written[-1].iterdir())
        engine.dispose()
    medians = {k: statistics.median(v) for k, v in samples.items()}
    ratio = medians["bundle"] / medians["json"]
    print(f"package of {sizes[0]} components, {sizes[1]} programme items (50 added to the "
          f"demo's), {sizes[2]} routes; {len(files)} files; median of {args.runs} runs")
    print(f"  json.dumps baseline            {medians['json'] * 1000:8.1f} ms")
    print(f"  detail + bundle                {medians['bundle'] * 1000:8.1f} ms   "
          f"({ratio:.1f}× json.dumps)")
    print(f"  first run (imports included)   {first * 1000:8.1f} ms")
    ok = max(medians["bundle"], first) <= TARGET_SECONDS
    print(f"  target: a bundle in at most {TARGET_SECONDS:.0f} s: {'met' if ok else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps({"components": sizes[0], "programme": sizes[1],
                                         "runs": args.runs, "first_seconds": first,
                                         "median_seconds": medians, "ratio_to_json": ratio},
                                        indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
