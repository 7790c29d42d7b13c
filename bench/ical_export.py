"""iCalendar export benchmark: write_events on 5,000 events, against json.dumps of the same data.

Both run in the same process and run, alternated, median of the runs. The machine is shared and
noisy, so the figure to watch is the ratio to the JSON baseline as well as the seconds. Target:
5,000 events well under 1 s. Also times the per-day variant and reading the file back.

    python bench/ical_export.py [--events 5000] [--runs 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from destination_norberg.core.events import EventRecord  # noqa: E402
from destination_norberg.exchange.ical_read import read_calendar  # noqa: E402
from destination_norberg.exchange.ical_write import write_events  # noqa: E402

TARGET_SECONDS = 1.0
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
KINDS = ["vecka", "lopp", "program", "stråk", "marknad", "festival", "möte"]
STATUSES = ["idé", "planerad", "bekräftad", "inställd"]
PLACES = ["Torget", "Engelbrektsgården", "Kärrgruvan", "Noraskog skidstadion", "Mimerlaven"]


def make_events(n: int, seed: int = 1962) -> list[EventRecord]:
    """Realistic events: Swedish text with å/ä/ö, commas and newlines, some long, some
    all-day, some spanning days, a third without an end."""
    rng = random.Random(seed)
    start = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
    events = []
    for i in range(n):
        begins = start + timedelta(minutes=30 * rng.randrange(24 * 2 * 300))
        all_day = rng.random() < 0.1
        length = timedelta(days=rng.randint(1, 4)) if all_day else timedelta(
            minutes=30 * rng.randint(1, 80))
        ends = None if rng.random() < 0.3 and not all_day else begins + length
        name = f"{rng.choice(['Skidlördag', 'Vinterstråket', 'Glöggmingel', 'Åkpass'])} {i}"
        description = ("Välkommen till Torget, Norberg; vi bjuder på glögg, pepparkakor "
                       "och fackeltåg.\nAnmälan på plats. ") * rng.randint(0, 4)
        events.append(EventRecord(
            id=i + 1, uid=f"ev-{i:05d}-{rng.getrandbits(32):08x}", name_sv=name,
            name_en=f"Event {i}", kind=rng.choice(KINDS), status=rng.choice(STATUSES),
            starts_at=begins, ends_at=ends, all_day=all_day, description_sv=description,
            place_name=rng.choice(PLACES), parent_id=rng.randint(1, i) if i and rng.random() < 0.2
            else None, version=rng.randint(0, 9)))
    return events


def as_json(events: list[EventRecord]) -> str:
    return json.dumps([{
        "uid": e.uid, "name_sv": e.name_sv, "name_en": e.name_en, "kind": e.kind,
        "status": e.status, "starts_at": e.starts_at.isoformat(),
        "ends_at": e.ends_at.isoformat() if e.ends_at else None, "all_day": e.all_day,
        "description_sv": e.description_sv, "place": e.place_name, "parent": e.parent_id,
        "version": e.version} for e in events], ensure_ascii=False)


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return time.perf_counter() - begin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    events = make_events(args.events)
    parents = {e.id: e.uid for e in events if e.id is not None}
    text = write_events(events, calendar_name="Bench", now=NOW, parent_uids=parents)
    data = text.encode()

    samples: dict[str, list[float]] = {"json": [], "ical": [], "ical_per_day": [], "read": []}
    for _ in range(args.runs):
        samples["json"].append(timed(lambda: as_json(events)))
        samples["ical"].append(timed(lambda: write_events(
            events, calendar_name="Bench", now=NOW, parent_uids=parents)))
        samples["ical_per_day"].append(timed(lambda: write_events(
            events, calendar_name="Bench", now=NOW, one_entry_per_day=True)))
        samples["read"].append(timed(lambda: read_calendar(data)))
    medians = {k: statistics.median(v) for k, v in samples.items()}
    ratio = medians["ical"] / medians["json"]

    print(f"{args.events} events, {len(data) / 1e6:.2f} MB of iCalendar, "
          f"median of {args.runs} runs")
    print(f"  json.dumps baseline      {medians['json'] * 1000:8.1f} ms")
    print(f"  write_events             {medians['ical'] * 1000:8.1f} ms   "
          f"({ratio:.1f}× json.dumps)")
    print(f"  write_events, per day    {medians['ical_per_day'] * 1000:8.1f} ms")
    print(f"  read_calendar (back)     {medians['read'] * 1000:8.1f} ms")
    ok = medians["ical"] < TARGET_SECONDS
    print(f"  target: export under {TARGET_SECONDS:.0f} s: {'met' if ok else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps({"events": args.events, "runs": args.runs,
                                         "median_seconds": medians, "ratio_to_json": ratio},
                                        indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
