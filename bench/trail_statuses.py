"""Trail register benchmark: 200 trails with 50,000 reports, newest report per trail.

Builds a temporary SQLite database with the project schema (store.opening.open_database),
200 trails and 50,000 reports (one Core bulk insert), then times `trails_store.register()`
through the sqlite3 fast path and through SQLAlchemy, median of --runs, against a baseline of
`SELECT COUNT(*) FROM trail_report` on the same sqlite3 connection in the same run. The machine
is shared and noisy: the ratio to the baseline travels better than milliseconds.
Target: the register in ≤ 100 ms on the fast path.

    python bench/trail_statuses.py [--trails 200] [--reports 50000] [--runs 7] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from destination_norberg.core.vocab import (  # noqa: E402
    IMBA_FOR_COLOUR,
    Condition,
    GradeColour,
    GroomStyle,
    TrailKind,
    TrailStatus,
)

TARGET_MS = 100.0
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
AUTHORS = ["Spårpatrullen", "Maja Bergman", "Mats Eriksson", "Eva Hellgren", "Torbjörn Sjöberg"]
NOTES = ["Fina förhållanden.", "Blött efter regnet, undvik de lägsta partierna.",
         "Nypreparerat för klassiskt och skate; fint glid.", "Stängt: ingen snö ännu.",
         "Isfläckar på hällarna – dubbdäck rekommenderas.", ""]


def build_database(path: Path, trails: int = 200, reports: int = 50_000,
                   seed: int = 1962) -> str:
    """A migrated SQLite file at `path` holding the generated trails and reports; its URL.

    Kinds are mixed (60 % MTB, 10 % hiking, 30 % ski tracks); reports are spread unevenly
    over the year before NOW, ski reports mostly carry a grooming, a few lie after NOW.
    """
    from sqlalchemy import insert

    from destination_norberg.store import models as m
    from destination_norberg.store.opening import open_database

    rng = random.Random(seed)
    url = f"sqlite:///{path}"
    engine = open_database(url)
    try:
        kinds = ([TrailKind.MTB] * 6 + [TrailKind.HIKING] + [TrailKind.CLASSIC_SKI] * 2
                 + [TrailKind.SKATE_SKI])
        colours = list(GradeColour)
        trail_rows, kind_of = [], {}
        for i in range(1, trails + 1):
            kind = rng.choice(kinds)
            colour = rng.choice(colours)
            kind_of[i] = kind
            trail_rows.append({
                "id": i, "uid": f"bench-{i:04d}", "name": f"Slinga {i:03d} {colour.value}",
                "kind": kind.value, "grade_colour": colour.value,
                "imba": IMBA_FOR_COLOUR[colour],
                "mtb_scale": rng.randint(0, 4) if kind is TrailKind.MTB else None,
                "mtb_scale_imba": IMBA_FOR_COLOUR[colour] if kind is TrailKind.MTB else None,
                "area": rng.choice(["Kärrgruvan", "Klackberg", "Mimerlaven", "Olsbenning"]),
                "length_m": rng.uniform(800, 20_000), "version": 1,
                "created_at": NOW, "updated_at": NOW})
        weights = [rng.uniform(0.2, 2.0) for _ in range(trails)]  # some trails report often
        report_rows = []
        for trail_id in rng.choices(range(1, trails + 1), weights=weights, k=reports):
            at = NOW - timedelta(minutes=rng.randrange(-2 * 24 * 60, 365 * 24 * 60))
            ski = kind_of[trail_id].is_ski
            groomed = ski and rng.random() < 0.7
            report_rows.append({
                "trail_id": trail_id, "reported_at": at,
                "status": rng.choice(list(TrailStatus)).value,
                "condition": rng.choice(list(Condition)).value,
                "groomed_at": at - timedelta(hours=rng.randint(1, 6)) if groomed else None,
                "groom_style": rng.choice(list(GroomStyle)).value if groomed else None,
                "snow_depth_cm": rng.uniform(10, 80) if ski else None,
                "author": rng.choice(AUTHORS), "note": rng.choice(NOTES)})
        with engine.begin() as conn:
            conn.execute(insert(m.Trail.__table__), trail_rows)
            conn.execute(insert(m.TrailReport.__table__), report_rows)
        with engine.connect() as conn:  # one file is the database: fold the WAL in
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return url


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return time.perf_counter() - begin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trails", type=int, default=200)
    parser.add_argument("--reports", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    from destination_norberg.store.database import make_engine
    from destination_norberg.store.rows import EngineRows, open_current_sqlite
    from destination_norberg.store.trails_store import register

    with tempfile.TemporaryDirectory() as folder:
        begin = time.perf_counter()
        url = build_database(Path(folder) / "bench.sqlite", args.trails, args.reports)
        built = time.perf_counter() - begin
        fast = open_current_sqlite(url)
        if fast is None:
            print("the benchmark database is not at the program's schema", file=sys.stderr)
            return 2
        engine = make_engine(url)
        slow = EngineRows(engine)
        try:
            rows = register(fast, NOW)
            assert len(rows) == args.trails, len(rows)
            assert [r.id for r in register(slow, NOW)] == [r.id for r in rows]
            samples: dict[str, list[float]] = {"count": [], "fast": [], "sqlalchemy": [],
                                               "open_and_register": []}

            def open_and_register() -> None:
                src = open_current_sqlite(url)
                assert src is not None
                try:
                    register(src, NOW)
                finally:
                    src.close()

            for _ in range(args.runs):  # alternated, so drift hits every figure alike
                samples["count"].append(timed(
                    lambda: fast.rows("SELECT COUNT(*) FROM trail_report")))
                samples["fast"].append(timed(lambda: register(fast, NOW)))
                samples["sqlalchemy"].append(timed(lambda: register(slow, NOW)))
                samples["open_and_register"].append(timed(open_and_register))
        finally:
            fast.close()
            engine.dispose()
    ms = {k: statistics.median(v) * 1000 for k, v in samples.items()}
    ratio = {k: ms[k] / ms["count"] for k in ms if k != "count"}
    stale = sum(r.stale for r in rows)
    groomed = sum(r.grooming_band is not None for r in rows)

    print(f"{args.trails} trails, {args.reports} reports (built in {built:.1f} s), "
          f"median of {args.runs} runs; {stale} stale, {groomed} with a grooming band")
    print(f"  baseline COUNT(*) of trail_report  {ms['count']:8.2f} ms")
    print(f"  register, sqlite3 fast path        {ms['fast']:8.2f} ms   "
          f"({ratio['fast']:.1f}× COUNT(*))")
    print(f"  register, SQLAlchemy               {ms['sqlalchemy']:8.2f} ms   "
          f"({ratio['sqlalchemy']:.1f}× COUNT(*))")
    print(f"  open + register (what the CLI does){ms['open_and_register']:8.2f} ms")
    ok = ms["fast"] <= TARGET_MS
    print(f"  target: register ≤ {TARGET_MS:.0f} ms on the fast path: "
          f"{'met' if ok else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps({"trails": args.trails, "reports": args.reports,
                                         "runs": args.runs, "median_ms": ms,
                                         "ratio_to_count": ratio, "target_met": ok},
                                        indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
