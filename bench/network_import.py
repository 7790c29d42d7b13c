"""Contact import benchmark: 100,000 contact rows into a fresh SQLite file, and the network
snapshot of 100,000 organisations and 200,000 people.

Times `store.network_import.import_contacts` (checks, matching and the one write unit) into
a fresh migrated database, median of --runs, against a baseline of plain sqlite3
`executemany` of the same number of rows into a bare table of as many columns, in the same
run (the machine is shared and noisy: the ratio travels better than seconds). Where the
contact file reader exists (exchange.contacts_read), the whole path is timed too: a CSV of
the rows written by exchange.contacts_write, read and imported. Then a second import adds
100,000 more people to the same organisations, 100,000 interactions go in, and
`network_snapshot` is timed through the sqlite3 fast path.
Targets: import ≤ 5 s including reading the CSV; snapshot ≤ 2 s.

    python bench/network_import.py [--rows 100000] [--runs 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from destination_norberg.core.contacts import ContactRow  # noqa: E402
from destination_norberg.core.orgnr import luhn_check_digit  # noqa: E402

IMPORT_TARGET_S = 5.0
SNAPSHOT_TARGET_S = 2.0
TODAY = date(2026, 11, 26)
FIRST = ["Anna", "Erik", "Maja", "Lars", "Karin", "Johan", "Eva", "Per", "Sara", "Olle",
         "Åsa", "Jörgen", "Märta", "Björn"]
LAST = ["Nilsson", "Berg", "Lind", "Ek", "Holm", "Sjöberg", "Forsberg", "Hellgren", "Ågren"]
KINDS = ["Café", "Hotell", "Butik", "Verkstad", "Gårdsbutik", "Pensionat", "Restaurang"]
CATEGORIES = ["boende", "mat och dryck", "handel", "aktivitet", "kultur", "övrigt"]


def orgnr(i: int) -> str:
    body = f"55{i:07d}"
    return f"{body[:6]}-{body[6:]}{luhn_check_digit(body)}"


def contact_rows(n: int, seed: int = 1962, person_offset: int = 0) -> list[ContactRow]:
    """n rows, each a distinct organisation with one distinct person."""
    rng = random.Random(seed + person_offset)
    rows = []
    for i in range(n):
        j = i + person_offset
        first, last = rng.choice(FIRST), rng.choice(LAST)
        rows.append(ContactRow(  # the organisation depends on i alone: a second batch of
            # people with the same i joins the same organisations
            source_row=i + 2, organisation=f"{KINDS[i % len(KINDS)]} {i:06d} i Bergslagen",
            orgnr=orgnr(i) if i % 3 else "", category=CATEGORIES[i % len(CATEGORIES)],
            name=f"{first} {last} {j}", role=rng.choice(["Ägare", "VD", "Platschef", ""]),
            email=f"{first.lower()}.{j}@foretag{i}.example".replace("å", "a").replace(
                "ö", "o").replace("ä", "a"),
            phone=f"070-{rng.randrange(1000):03d} {rng.randrange(100):02d} "
                  f"{rng.randrange(100):02d}",
            street=f"Storgatan {rng.randrange(1, 200)}", postal_code="738 30",
            city="Norberg", kommun="Norberg", website=f"https://foretag{i}.example",
            tags=["paket"] if i % 5 == 0 else []))
    return rows


def baseline(path: Path, rows: list[ContactRow]) -> float:
    """Plain sqlite3 executemany of the same rows into a bare table (no checks, no ORM)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, organisation TEXT, orgnr TEXT, "
                     "category TEXT, name TEXT, role TEXT, email TEXT, phone TEXT, street TEXT, "
                     "postal_code TEXT, city TEXT, kommun TEXT, website TEXT, tags TEXT)")
        data = [(r.organisation, r.orgnr, r.category, r.name, r.role, r.email, r.phone,
                 r.street, r.postal_code, r.city, r.kommun, r.website, ";".join(r.tags))
                for r in rows]
        begin = time.perf_counter()
        conn.executemany("INSERT INTO t (organisation, orgnr, category, name, role, email, "
                         "phone, street, postal_code, city, kommun, website, tags) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", data)
        conn.commit()
        return time.perf_counter() - begin
    finally:
        conn.close()


def fresh(folder: Path, name: str) -> object:
    from destination_norberg.store.opening import open_database

    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_database(f"sqlite:///{path}")


def time_import(folder: Path, rows: list[ContactRow], run: int) -> float:
    from destination_norberg.store.network_import import import_contacts

    engine = fresh(folder, f"import-{run}.sqlite")
    try:
        begin = time.perf_counter()
        report = import_contacts(engine, rows, "bench.csv", today=TODAY)
        took = time.perf_counter() - begin
    finally:
        engine.dispose()
    assert (report.created_orgs, report.created_persons) == (len(rows), len(rows)), report
    return took


def time_csv(folder: Path, rows: list[ContactRow], run: int) -> float | None:
    """Read a CSV of the rows with the program's reader and import it; None without one."""
    try:
        from destination_norberg.exchange.contacts_read import read_contacts
        from destination_norberg.exchange.contacts_write import write_contacts_csv
    except ImportError:
        return None
    from destination_norberg.store.network_import import import_contacts

    csv_path = folder / "bench.csv"
    if not csv_path.exists():
        write_contacts_csv(rows, csv_path)
    engine = fresh(folder, f"csv-{run}.sqlite")
    try:
        begin = time.perf_counter()
        table = read_contacts(csv_path)
        report = import_contacts(engine, table.rows, csv_path.name, today=TODAY)
        took = time.perf_counter() - begin
    finally:
        engine.dispose()
    assert report.created_persons == len(rows), (report.created_persons, table.errors[:3])
    return took


def time_snapshot(folder: Path, rows: list[ContactRow], runs: int) -> tuple[float, int, int]:
    from destination_norberg.store.network_import import import_contacts
    from destination_norberg.store.network_read import network_snapshot
    from destination_norberg.store.rows import open_current_sqlite

    engine = fresh(folder, "snapshot.sqlite")
    url = engine.url.render_as_string(hide_password=False)
    try:
        import_contacts(engine, rows, "a.csv", today=TODAY)
        more = contact_rows(len(rows), person_offset=len(rows))  # same organisations
        import_contacts(engine, more, "b.csv", today=TODAY)
        rng = random.Random(7)
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO interaction (uid, version, created_at, updated_at, "
                "organisation_id, occurred_on, kind, note, follow_up_on, follow_up_done) "
                "VALUES (?, 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', "
                "?, ?, 'möte', 'Bench', ?, 0)",
                [(f"bench-i{i}", rng.randrange(1, len(rows) + 1),
                  f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                  "2026-12-01" if i % 10 == 0 else None) for i in range(len(rows))])
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    source = open_current_sqlite(url)
    assert source is not None
    samples = []
    try:
        for _ in range(runs):
            begin = time.perf_counter()
            snap = network_snapshot(source)
            samples.append(time.perf_counter() - begin)
    finally:
        source.close()
    return statistics.median(samples), len(snap.organisations), len(snap.persons)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    rows = contact_rows(args.rows)
    samples: dict[str, list[float]] = {"baseline": [], "import": [], "csv_and_import": []}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for run in range(args.runs):  # alternated, so drift hits every figure alike
            samples["baseline"].append(baseline(folder / f"base-{run}.sqlite", rows))
            samples["import"].append(time_import(folder, rows, run))
            took = time_csv(folder, rows, run)
            if took is not None:
                samples["csv_and_import"].append(took)
        snapshot_s, n_orgs, n_persons = time_snapshot(folder, rows, args.runs)
    s = {k: statistics.median(v) for k, v in samples.items() if v}
    ratio = s["import"] / s["baseline"]
    print(f"{args.rows} contact rows (one organisation and one person each), "
          f"median of {args.runs} runs")
    print(f"  baseline sqlite3 executemany       {s['baseline']:7.2f} s")
    print(f"  import_contacts                    {s['import']:7.2f} s   ({ratio:.1f}× baseline)")
    end_to_end = s.get("csv_and_import")
    if end_to_end is not None:
        print(f"  read the CSV + import_contacts     {end_to_end:7.2f} s")
    else:
        print("  read the CSV + import_contacts     (no contact reader in this checkout)")
    print(f"  network_snapshot, {n_orgs} organisations + {n_persons} people, sqlite3 fast "
          f"path {snapshot_s:5.2f} s")
    import_ok = (end_to_end if end_to_end is not None else s["import"]) <= IMPORT_TARGET_S
    snapshot_ok = snapshot_s <= SNAPSHOT_TARGET_S
    print(f"  targets: import ≤ {IMPORT_TARGET_S:.0f} s with reading: "
          f"{'met' if import_ok else 'MISSED'}; snapshot ≤ {SNAPSHOT_TARGET_S:.0f} s: "
          f"{'met' if snapshot_ok else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps({"rows": args.rows, "runs": args.runs, "median_s": s,
                                         "ratio_to_baseline": ratio,
                                         "snapshot_s": snapshot_s,
                                         "targets_met": import_ok and snapshot_ok}, indent=2))
    return 0 if import_ok and snapshot_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
