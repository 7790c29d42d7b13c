"""What the board's report reads that no view had read before: every open trail's reports up
to a day (for the trail days by status) and the organisations with their tags, first contact
and registration (for new establishments). Portable SQL over a RowSource (store.rows).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from destination_norberg.store.network_read import day, tag_list
from destination_norberg.store.rows import as_utc

_REPORTS = """
SELECT r.trail_id, r.reported_at, r.status FROM trail_report r
JOIN trail t ON t.id = r.trail_id
WHERE t.lifecycle = 'oppen' AND r.reported_at < :until ORDER BY r.trail_id, r.reported_at, r.id
"""
_ORGS = """
SELECT o.id, o.name, o.category, o.tags, o.created_at, i.first_on FROM organisation o
LEFT JOIN (SELECT organisation_id, MIN(occurred_on) AS first_on FROM interaction
           GROUP BY organisation_id) i ON i.organisation_id = o.id
ORDER BY o.name, o.id
"""


def trail_reports(source: Any, until: datetime) -> list[tuple[int, datetime, str]]:
    """(trail, reported_at UTC, status) of every open trail's reports before `until`."""
    out = []
    for tid, at, status in source.rows(_REPORTS, until=until):
        stamp = as_utc(at)
        if stamp is not None:
            out.append((int(tid), stamp, str(status)))
    return out


def organisations_with_tags(source: Any,
                            ) -> list[tuple[int, str, str, tuple[str, ...], date | None,
                                            date | None]]:
    """(id, name, category, tags, registered on (UTC day), first contact) of every one."""
    out = []
    for oid, name, category, tags, created, first_on in source.rows(_ORGS):
        stamp = as_utc(created)
        out.append((int(oid), str(name), str(category or ""), tag_list(tags),
                    stamp.date() if stamp is not None else None, day(first_on)))
    return out
