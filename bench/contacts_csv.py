"""Contact CSV import benchmark: read_contacts on a 100,000-row Google Contacts export, against
csv.reader over the same file as the baseline.

The target for the whole import (read + database) is at most 5 s, so the read should stay
well under 2 s. Median of the runs; the ratio to the baseline is the figure to watch on a
shared, noisy machine.

    python bench/contacts_csv.py [--rows 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from destination_norberg.exchange.contacts_read import read_contacts  # noqa: E402

READ_TARGET_SECONDS = 2.0
GOOGLE_HEADER = [
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials",
    "Nickname", "Short Name", "Maiden Name", "Birthday", "Gender", "Location",
    "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby", "Sensitivity",
    "Priority", "Subject", "Notes", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
    "E-mail 2 - Type", "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value",
    "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type", "Address 1 - Formatted",
    "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region",
    "Address 1 - Postal Code", "Address 1 - Country", "Organization 1 - Type",
    "Organization 1 - Name", "Organization 1 - Title", "Website 1 - Type", "Website 1 - Value"]
GIVEN = ["Anna", "Erik", "Åsa", "Lars", "Karin", "Örjan", "Maria", "Johan", "Elin", "Per"]
FAMILY = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Öberg",
          "Ström", "Lindqvist", "Bäckström"]
ORGS = ["Norbergs Bageri", "Kärrgruvans Camping", "Engelbrektsgården", "Mimerlaven AB",
        "Café Torget", "Noraskog Skidklubb", "Hotell Norberg", "Klackbergs Gruvmuseum"]
STREETS = ["Stora gatan", "Kärrgruvevägen", "Torget", "Engelbrekts väg", "Köpingsvägen"]


def make_file(path: Path, rows: int, seed: int = 1962) -> None:
    """A Google-layout CSV with Swedish names, quoted notes with commas and new lines."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(GOOGLE_HEADER)
        index = {name: i for i, name in enumerate(GOOGLE_HEADER)}
        for n in range(rows):
            cells = [""] * len(GOOGLE_HEADER)
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            cells[index["Name"]] = f"{given} {family}"
            cells[index["Given Name"]] = given
            cells[index["Family Name"]] = family
            cells[index["E-mail 1 - Type"]] = "* Work"
            cells[index["E-mail 1 - Value"]] = f"{given.lower()}.{family.lower()}{n}@example.se"
            cells[index["Phone 1 - Type"]] = "Mobile"
            cells[index["Phone 1 - Value"]] = f"070-{rng.randrange(1000000, 9999999)}"
            if rng.random() < 0.3:
                cells[index["Phone 2 - Type"]] = "Work"
                cells[index["Phone 2 - Value"]] = f"0223-{rng.randrange(10000, 99999)}"
            cells[index["Address 1 - Street"]] = f"{rng.choice(STREETS)} {rng.randint(1, 60)}"
            cells[index["Address 1 - City"]] = "Norberg"
            cells[index["Address 1 - Postal Code"]] = f"738 {rng.randint(30, 35)}"
            cells[index["Organization 1 - Name"]] = rng.choice(ORGS)
            cells[index["Organization 1 - Title"]] = rng.choice(["VD", "Ägare", "Bokning", ""])
            cells[index["Group Membership"]] = "* myContacts ::: Vinterstråket"
            if rng.random() < 0.2:
                cells[index["Notes"]] = "Träffades på mässan, vill vara med\ni Sommarstråket."
            writer.writerow(cells)


def median_time(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def baseline(path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "google_contacts.csv"
        make_file(path, args.rows)
        size = path.stat().st_size / 2**20
        table = read_contacts(path)
        assert len(table.rows) == args.rows, (len(table.rows), table.errors[:3])
        del table
        ours = median_time(lambda: read_contacts(path), args.runs)
        base = median_time(lambda: baseline(path), args.runs)
    print(f"{args.rows:,} rows, {size:.1f} MB, {len(GOOGLE_HEADER)} columns "
          f"(median of {args.runs})")
    print(f"read_contacts   {ours:6.3f} s")
    print(f"csv.reader      {base:6.3f} s   (baseline)")
    print(f"ratio           {ours / base:6.1f} x")
    verdict = "OK" if ours <= READ_TARGET_SECONDS else "TOO SLOW"
    print(f"target          {READ_TARGET_SECONDS:6.3f} s   {verdict}")
    return 0 if ours <= READ_TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
