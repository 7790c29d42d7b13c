"""A 200,000-character event title through the whole path (issue 13): the ICS import keeps
200 characters and says so, and what the overview and the bulletin read is that short title.
(The bulletin once took 300 s and the overview 49 s over a 19 MB title; the assertions are
on the stored length, not on time.)"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from destination_norberg.app.calendar import apply_import, preview_import
from destination_norberg.app.overview import overview as overview_of
from destination_norberg.core.plain_text import NAME_MAX
from destination_norberg.store import models as m
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines

NOW = datetime(2027, 2, 10, 8, 0, tzinfo=UTC)


def test_a_200000_character_title_is_stored_short(demo_engine, tmp_path: Path) -> None:
    title = "Engelbrektsloppet \x1b[2J" + "Å" * 200_000
    path = tmp_path / "lang.ics"
    path.write_bytes(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\n"
                      "UID:lang@test\r\nDTSTART:20270211T080000Z\r\n"
                      f"SUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode())
    preview = preview_import(demo_engine, path, None)
    assert any("shortened" in w for w in preview.warnings)
    inserted, _updated = apply_import(demo_engine, preview)
    (event,) = inserted
    assert len(event.name_sv) == NAME_MAX and event.name_sv.startswith("Engelbrektsloppet [2J")
    with demo_engine.connect() as conn:
        longest = conn.execute(select(func.max(func.length(m.Event.name_sv)))).scalar_one()
    assert longest <= NAME_MAX
    overview = overview_of(EngineRows(demo_engine), NOW)  # the window's and CLI's read
    names = [e.name_sv for e in overview.events]
    assert event.name_sv in names and max(map(len, names)) <= NAME_MAX
    from destination_norberg.gui.documents.bulletin import read_bulletin

    bulletin = read_bulletin(EngineRows(demo_engine), date(2027, 2, 11), NOW)
    shown = [e.name_sv for e in (*bulletin.today, *bulletin.week)]
    assert event.name_sv in shown and max(map(len, shown)) <= NAME_MAX
