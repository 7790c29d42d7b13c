"""Contact workbook benchmark: read_contacts (python-calamine) on a 10,000- and a 30,000-row
XLSX contact list, against the reader it replaced (the same read with openpyxl's read-only
mode, which contacts_xlsx still uses when calamine cannot open a file).

Median of the runs; the ratio openpyxl / calamine is the figure to watch on a shared, noisy
machine (issue 16 measured 16–30× on such files).

    python bench/contacts_xlsx.py [--rows 10000 30000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from destination_norberg.exchange import contacts_xlsx  # noqa: E402
from destination_norberg.exchange.contacts_read import read_contacts  # noqa: E402

HEADER = ["Företag", "Organisationsnummer", "Namn", "Roll", "E-post", "Telefon", "Adress",
          "Postnummer", "Ort", "Webbplats", "Taggar", "Anteckningar"]
GIVEN = ["Anna", "Erik", "Åsa", "Lars", "Karin", "Örjan", "Maria", "Johan", "Elin", "Per"]
FAMILY = ["Berg", "Öberg", "Lind", "Ström", "Åkesson", "Nilsson", "Holm", "Sjöberg"]


def make_workbook(path: Path, rows: int) -> None:
    import openpyxl

    rng = random.Random(16)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Kontakter")
    sheet.append(HEADER)
    for i in range(rows):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        sheet.append([f"Företag {i // 3}", "", f"{given} {family}", "Ägare",
                      f"{given.lower()}.{i}@example.se", 223_100_00 + i % 9000,
                      f"Storgatan {i % 90 + 1}", "738 30", "Norberg", "https://example.se",
                      "fika, boende", "Vill vara med i december"])
    book.save(path)


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 30_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    real = contacts_xlsx._calamine_sheets
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            path = Path(folder) / f"kontakter-{rows}.xlsx"
            make_workbook(path, rows)
            calamine = median_time(lambda p=path: read_contacts(p), args.runs)
            contacts_xlsx._calamine_sheets = lambda _path: None  # type: ignore[assignment]
            try:
                openpyxl = median_time(lambda p=path: read_contacts(p), args.runs)
            finally:
                contacts_xlsx._calamine_sheets = real
            table = read_contacts(path)
            assert len(table.rows) == rows, len(table.rows)
            print(f"{rows:>7,} rows: calamine {calamine:6.2f} s, openpyxl {openpyxl:6.2f} s, "
                  f"ratio {openpyxl / calamine:5.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
