"""The network table's columns, built in the worker pool with the read.

At 100,000 organisations the columns, the folded search text and the sort values took
seconds of Python; built on the UI thread they froze the window after the read came back.
`read_rows` reads and builds them off the UI thread; the page only hands them to its
FastTableModel. Labels come through QCoreApplication.translate and QLocale, both safe to
call from a worker; a date is formatted once, however many organisations share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from destination_norberg.app.network import NetworkSnapshot, read_network
from destination_norberg.core.network import follow_up_due
from destination_norberg.core.orgnr import format_orgnr
from destination_norberg.core.text import fold
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.fast_table import text_rank

NAME_COLUMN = 0


@dataclass(frozen=True)
class NetworkRows:
    snapshot: NetworkSnapshot
    columns: list[list[str]]
    keys: list[int]
    haystack: list[str]
    tones: list[str | None]
    numeric: dict[int, list[int]]
    ranks: dict[int, Any]  # column → fast_table.text_rank: the names' order, made here


def table_rows(snapshot: NetworkSnapshot, today: date) -> NetworkRows:
    """The table's columns (name, category, city, tags, people, last contact, next
    follow-up, organisation number), search text, tones and sort values."""
    orgs = snapshot.organisations
    categories: dict[str, str] = {}
    category = [categories.get(o.category) or categories.setdefault(
        o.category, labels.org_category(o.category)) for o in orgs]
    days: dict[date, str] = {}

    def day(value: date | None, empty: str) -> str:
        if value is None:
            return empty
        text = days.get(value)
        if text is None:
            text = days[value] = labels.fmt_short_day(value, today.year)
        return text

    columns = [
        [o.name for o in orgs], category, [o.city for o in orgs],
        [", ".join(o.tags) for o in orgs], [o.person_names for o in orgs],
        [day(o.last_contact, "—") for o in orgs],
        [day(o.next_follow_up, "") for o in orgs],
        [format_orgnr(o.orgnr) if o.orgnr else "" for o in orgs]]
    hay = [fold(f"{o.name} {c} {o.category} {' '.join(o.tags)} {o.person_names} {o.city} "
                f"{o.orgnr or ''}") for o, c in zip(orgs, category, strict=True)]
    tones: list[str | None] = ["alert" if follow_up_due(o.next_follow_up, False, today)
                               else None for o in orgs]
    never = date.min.toordinal()
    numeric = {5: [o.last_contact.toordinal() if o.last_contact else never for o in orgs],
               6: [o.next_follow_up.toordinal() if o.next_follow_up else 10**7
                   for o in orgs]}
    ranks = {NAME_COLUMN: text_rank(columns[NAME_COLUMN])}  # the table opens sorted by name
    return NetworkRows(snapshot, columns, [o.id for o in orgs], hay, tones, numeric, ranks)


def read_rows(url: str, today: date) -> NetworkRows:
    """Worker: the network and its table, ready to show."""
    return table_rows(read_network(url), today)


__all__ = ["NetworkRows", "read_rows", "table_rows"]
