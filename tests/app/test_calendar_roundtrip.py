"""Every iCalendar file the program writes comes back without changing the database.

Issue 16: an English export must not overwrite the Swedish texts, a `--per-day` export must
not duplicate events, a stråk export must not cut the stråk's period, and a season's export
imported into another season must not silently move its events.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from destination_norberg.app.calendar import (
    apply_import,
    export_ics,
    export_strak_ics,
    preview_import,
    programme,
)
from destination_norberg.store import planning_read as read
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


def snapshot(engine) -> list[tuple]:
    rows = EngineRows(engine)
    events = [(e.uid, e.name_sv, e.name_en, e.description_sv, e.description_en, e.starts_at,
               e.ends_at, e.all_day, e.season_id, e.status, e.place_id, e.parent_id, e.kind,
               e.version) for e in read.events(rows)]
    straks = [(s.uid, s.period_start, s.period_end, s.weekdays, s.opens, s.closes, s.version)
              for s in read.strak(rows)]
    return sorted(events, key=repr) + sorted(straks, key=repr)


def round_trip(engine, path: Path, season_id: int | None) -> None:
    preview = preview_import(engine, path, season_id)
    changes = [(p.action, p.record.name_sv) for p in preview.plan if p.action != "same"]
    assert changes == [] and preview.refused == []
    apply_import(engine, preview)


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("per_day", [False, True])
def test_a_seasons_export_comes_back_unchanged(demo_engine, tmp_path: Path, language: str,
                                               per_day: bool) -> None:
    rows = EngineRows(demo_engine)
    before = snapshot(demo_engine)
    for season in read.seasons(rows):
        events = read.events(rows, season.id)
        out = tmp_path / f"{season.id}-{language}-{per_day}.ics"
        export_ics(events, out, calendar_name=season.name, now=NOW, per_day=per_day,
                   language=language)
        round_trip(demo_engine, out, season.id)
        # The plan names every event of the season as unchanged: none is lost or doubled.
        again = preview_import(demo_engine, out, season.id)
        assert sorted(p.record.uid for p in again.plan) == sorted(e.uid for e in events)
    assert snapshot(demo_engine) == before


def test_a_programme_per_day_in_english_comes_back_unchanged(demo_engine,
                                                             tmp_path: Path) -> None:
    rows = EngineRows(demo_engine)
    week = next(e for e in read.events(rows) if e.uid == "demo-vintervecka-2027")
    before = snapshot(demo_engine)
    out = tmp_path / "vecka.ics"
    export_ics(programme(read.events(rows), week.id or 0), out, calendar_name=week.name_sv,
               now=NOW, per_day=True, language="en")
    round_trip(demo_engine, out, week.season_id)
    assert snapshot(demo_engine) == before


def test_a_strak_export_comes_back_unchanged_and_says_why(demo_engine, tmp_path: Path) -> None:
    rows = EngineRows(demo_engine)
    before = snapshot(demo_engine)
    for strak in read.strak(rows):
        out = tmp_path / f"{strak.uid}.ics"
        export_strak_ics(strak, out, now=NOW, language="en")
        preview = preview_import(demo_engine, out, strak.season_id)
        assert preview.plan == [] and any(strak.name in w and "own stråk" in w
                                          for w in preview.warnings)
        apply_import(demo_engine, preview)
    assert snapshot(demo_engine) == before


def test_the_summer_export_into_the_winter_season_moves_nothing(demo_engine,
                                                                tmp_path: Path) -> None:
    rows = EngineRows(demo_engine)
    seasons = {s.name: s for s in read.seasons(rows)}
    summer, winter = seasons["Sommar 2027"], seasons["Vinter 2026/27"]
    summer_events = read.events(rows, summer.id)
    out = tmp_path / "sommar.ics"
    export_ics(summer_events, out, calendar_name=summer.name, now=NOW)
    before = snapshot(demo_engine)
    preview = preview_import(demo_engine, out, winter.id)
    assert preview.plan == [] and preview.moved() == []
    assert sorted(e.summary for e in preview.outside) == sorted(e.name_sv for e in summer_events)
    apply_import(demo_engine, preview)
    assert snapshot(demo_engine) == before
    # Asked for, they come: the user sees each one move.
    included = preview_import(demo_engine, out, winter.id, include_outside=True)
    assert len(included.moved()) == len(summer_events) and included.outside == []
