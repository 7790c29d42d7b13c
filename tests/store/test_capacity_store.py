"""Accommodation capacity and participant counts in the store (SQLite, and PostgreSQL when
configured): a season's figures win over all-year ones, an import replaces the event's counts
(no duplicates on a second import), and removing a business or an event removes its rows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, func, select

from destination_norberg.core.geometry import Geometry
from destination_norberg.store import capacity_store as store
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines


def seed(engine) -> tuple[int, int, int]:
    with write_session(engine) as s:
        season = m.Season(uid="s1", name="Vinter", kind="vinter", starts_on=date(2026, 11, 1),
                          ends_on=date(2027, 4, 30))
        org = m.Organisation(uid="o1", name="Hotell", category="boende", kommun="Norberg",
                             geom=Geometry.point(551400.0, 6658800.0).to_wkb())
        s.add_all([season, org])
        s.flush()
        event = m.Event(uid="e1", name_sv="Vintervecka", kind="vecka", season_id=season.id,
                        starts_at=datetime(2027, 2, 8, tzinfo=UTC))
        s.add(event)
        s.flush()
        return season.id, org.id, event.id


def test_a_seasons_capacity_wins_over_the_all_year_one(engine) -> None:
    season_id, org_id, _event = seed(engine)
    store.set_capacity(engine, org_id, None, {"beds": 20, "allotment": 5})
    rows = EngineRows(engine)
    assert [(lg.beds, lg.allotment) for lg in store.lodgings(rows, season_id)] == [(20, 5)]
    store.set_capacity(engine, org_id, season_id, {"beds": 30, "pitches": 2})
    found = store.lodgings(rows, season_id)
    assert [(lg.beds, lg.places) for lg in found] == [(30, 34)]
    assert found[0].position == (551400.0, 6658800.0)
    assert [lg.beds for lg in store.lodgings(rows, None)] == [20]
    store.set_capacity(engine, org_id, season_id, None)
    assert [lg.beds for lg in store.lodgings(rows, season_id)] == [20]


def test_an_import_replaces_the_events_counts(engine) -> None:
    _season, _org, event_id = seed(engine)
    counts = [("60 km", "total", "", 3), ("60 km", "lan", "Västmanland", 2),
              ("30 km", "total", "", 1)]
    assert store.replace_participants(engine, event_id, "abc", counts) == 3
    assert store.replace_participants(engine, event_id, "abc", counts) == 3  # again
    rows = EngineRows(engine)
    assert store.participants_by_race(rows, event_id) == {"30 km": 1, "60 km": 3}
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.ParticipantCount)
                            ).scalar_one() == 3
    assert store.participant_counts(rows, event_id, "lan") == [("60 km", "Västmanland", 2)]
    since = datetime(2027, 1, 1, tzinfo=UTC)
    assert [h.event_id for h in store.events_with_participants(rows, since)] == [event_id]
    with pytest.raises(LookupError):
        store.replace_participants(engine, event_id + 99, "abc", counts)


def test_removing_the_business_or_the_event_removes_their_rows(engine) -> None:
    _season, org_id, event_id = seed(engine)
    store.set_capacity(engine, org_id, None, {"beds": 20})
    store.replace_participants(engine, event_id, "abc", [("60 km", "total", "", 3)])
    with write_session(engine) as s:
        s.execute(delete(m.Organisation).where(m.Organisation.id == org_id))
        s.execute(delete(m.Event).where(m.Event.id == event_id))
    with engine.connect() as conn:
        for table in (m.AccommodationCapacity, m.ParticipantCount):
            assert conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
