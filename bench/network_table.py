"""The network table at 100,000 organisations and 200,000 people: search and sort.

Run: QT_QPA_PLATFORM=offscreen python bench/network_table.py

A keystroke is measured from the new search text to the table repainted (the debounce
delay before it is not counted: it is a wait, not work). Baseline in the same run: Qt's
QSortFilterProxyModel over a plain Python table model of the same rows, filtering with
setFilterFixedString on the name column and sorting by name. Resident memory is the
process's peak (ru_maxrss) after both.
"""

from __future__ import annotations

import random
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QTableView

from destination_norberg.gui.common.fast_table import FastTableModel

ORGS, PEOPLE = 100_000, 200_000
WORDS = ("Norberg", "Kärrgruvan", "Mimer", "Engelbrekt", "Gruv", "Hytt", "Skog", "Sjö",
         "Café", "Bageri", "Stuga", "Vandrarhem", "Cykel", "Skidor", "Konst", "Bygg", "Hälsa")
CATS = ("boende", "mat och dryck", "handel", "aktivitet", "transport", "kultur", "övrigt")
FIRST = ("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Åsa", "Örjan")
LAST = ("Andersson", "Berg", "Karlsson", "Lind", "Nilsson", "Ström", "Åberg", "Öhman")


def make_rows() -> tuple[list[list[str]], list[int], list[str]]:
    rng = random.Random(1962)
    names, cats, cities, tags, people = [], [], [], [], []
    for i in range(ORGS):
        names.append(f"{rng.choice(WORDS)} {rng.choice(WORDS).lower()} {i} AB")
        cats.append(rng.choice(CATS))
        cities.append(rng.choice(("Norberg", "Kärrgruvan", "Fagersta", "Avesta")))
        tags.append(rng.choice(("", "stråk", "paket", "vinter", "stråk;paket")))
        people.append(", ".join(f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                                for _ in range(PEOPLE // ORGS)))
    hay = [f"{n} {c} {t} {p}".casefold() for n, c, t, p in zip(names, cats, tags, people,
                                                                strict=True)]
    return [names, cats, cities, tags, people], list(range(ORGS)), hay


class PlainModel(QAbstractTableModel):
    """What a first version would do: Python data() per cell, a proxy on top."""

    def __init__(self, columns: list[list[str]]) -> None:
        super().__init__()
        self.columns = columns

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.columns[0])

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.columns)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()][index.row()]
        return None


def repaint(app: QApplication, view: QTableView) -> None:
    view.viewport().repaint()
    app.processEvents()


def timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    columns, keys, hay = make_rows()
    typed = ["n", "no", "nor", "norb", "norbe", "norber", "norberg", "norberg s", "norberg sk"]

    model = FastTableModel(["Namn", "Kategori", "Ort", "Taggar", "Personer"])
    view = QTableView()
    view.resize(1200, 800)
    view.setModel(model)
    view.show()
    load = timed(lambda: (model.set_rows(columns, keys, hay), repaint(app, view)))
    keystrokes = []
    for _round in range(3):
        for text in [*typed, "", "åberg", "café", ""]:
            keystrokes.append(timed(lambda t=text: (model.set_filter(t), repaint(app, view))))
    first_sort = timed(lambda: (model.sort(0), repaint(app, view)))
    sorts = [timed(lambda c=c: (model.sort(c, Qt.SortOrder.DescendingOrder),
                                repaint(app, view))) for c in (0, 1, 2, 0, 1, 2)]

    plain = PlainModel(columns)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(plain)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(0)
    qview = QTableView()
    qview.resize(1200, 800)
    qview.setModel(proxy)
    qview.show()
    qt_keys = [timed(lambda t=t: (proxy.setFilterFixedString(t), repaint(app, qview)))
               for t in ("n", "no", "nor", "norb", "")]
    qt_sort = timed(lambda: (proxy.sort(0), repaint(app, qview)))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    fast_key = statistics.median(keystrokes)
    fast_sort = max(first_sort, *sorts)
    qt_key = statistics.median(qt_keys)
    print(f"{ORGS:,} organisations, {PEOPLE:,} people (names searched with the organisations)")
    print(f"  load into the model        {load:8.1f} ms")
    print(f"  keystroke → table          {fast_key:8.1f} ms median, {max(keystrokes):.1f} max"
          f"  (target ≤ 50 ms)")
    print(f"  sort, first / worst        {first_sort:8.1f} ms / {fast_sort:.1f} ms"
          f"  (target ≤ 200 ms)")
    print(f"  QSortFilterProxyModel      {qt_key:8.1f} ms a keystroke (median of "
          f"{len(qt_keys)}), sort {qt_sort:.0f} ms")
    print(f"  ratio (proxy / ours)       keystroke {qt_key / fast_key:5.1f}×, "
          f"sort {qt_sort / fast_sort:5.1f}×")
    print(f"  peak resident memory       {rss:8.0f} MB  (target ≤ 500 MB)")
    met = fast_key <= 50 and fast_sort <= 200 and rss <= 500
    print("  targets:", "met" if met else "NOT met")


if __name__ == "__main__":
    main()
