"""The reads the window's areas render, called as the command line could: no Qt, a URL in,
frozen values out, the connection closed again."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from destination_norberg.app.map import read_map
from destination_norberg.app.network import read_network, read_organisation
from destination_norberg.app.overview import read_overview
from destination_norberg.app.planning import read_pickers, read_planning
from destination_norberg.app.snow_read import READY_HISTORY_DAYS, read_snow
from destination_norberg.app.trails import read_history, read_register

STALE = 7


def test_the_planning_snapshot(demo_url: str, fixed_now: datetime) -> None:
    snap = read_planning(demo_url, fixed_now, STALE)
    assert snap.events and snap.seasons and snap.now == fixed_now
    first = snap.events[0]
    assert snap.event(first.id) is first
    assert all(t.event_id == first.id for t in snap.tasks_of(first.id))


def test_the_events_area_reads_the_pickers_lists_apart(demo_url: str,
                                                       fixed_now: datetime) -> None:
    """Without `pickers`, only the organisations and people in use come with the area's
    read; read_pickers gives the whole lists, and with them the snapshot is the full one."""
    full = read_planning(demo_url, fixed_now, STALE)
    lean = read_planning(demo_url, fixed_now, STALE, pickers=False)
    assert full.pickers_complete and not lean.pickers_complete
    in_use = {e.organiser_id for e in full.events} | {
        s.organisation_id for st in full.strak for s in st.stops}
    assert {o[0] for o in lean.organisations} == in_use - {None}
    assert {p[0] for p in lean.persons} == {t.responsible_id for t in full.tasks} - {None}
    assert len(lean.organisations) < len(full.organisations)
    orgs, persons = read_pickers(demo_url)
    assert (orgs, persons) == (full.organisations, full.persons)
    assert lean.with_pickers(orgs, persons) == full
    assert lean.events == full.events and lean.strak == full.strak


def test_the_register_with_one_trails_history(demo_url: str, fixed_now: datetime) -> None:
    plain = read_register(demo_url, fixed_now, STALE, None)
    assert plain.rows and plain.history_of is None and plain.history == []
    trail = plain.rows[0].id
    data = read_register(demo_url, fixed_now, STALE, trail)
    assert data.history_of == trail
    assert data.history == read_history(demo_url, trail)
    assert set(data.descriptions) == {r.id for r in data.rows}
    assert read_register(demo_url, fixed_now, STALE, -1).history_of is None  # gone: no history


def test_the_snow_view(demo_url: str, fixed_now: datetime) -> None:
    view = read_snow(demo_url, fixed_now, STALE)
    assert view.report.judged
    for line in view.ready_history.values():
        assert len(line) <= READY_HISTORY_DAYS + 1
        assert line[-1][0] <= fixed_now


def test_the_map_and_the_network(demo_url: str, fixed_now: datetime) -> None:
    assert read_map(demo_url, fixed_now, STALE).trails
    network = read_network(demo_url)
    org = network.organisations[0]
    detail = read_organisation(demo_url, org.id)
    assert detail is not None and detail.organisation.id == org.id
    assert read_organisation(demo_url, -1) is None


def test_the_overview_on_a_current_file_needs_no_engine(demo_url: str,
                                                        fixed_now: datetime) -> None:
    engine, overview, seeded = read_overview(demo_url, None, fixed_now, STALE, False)
    if demo_url.startswith("sqlite"):
        assert engine is None  # the sqlite3 fast path
    elif engine is not None:
        engine.dispose()
    assert not seeded and overview.now == fixed_now and any(overview.counts.values())


def test_a_new_file_is_created_and_seeded(tmp_path: Path, fixed_now: datetime) -> None:
    engine, overview, seeded = read_overview(f"sqlite:///{tmp_path / 'new.sqlite'}", None,
                                             fixed_now, STALE, True)
    try:
        assert engine is not None and seeded and overview.counts.get("demo", 0) > 0
    finally:
        engine.dispose()


def test_the_reads_import_no_qt() -> None:
    code = ("import sys, destination_norberg.app.map, destination_norberg.app.network, "
            "destination_norberg.app.overview, destination_norberg.app.planning, "
            "destination_norberg.app.snow_read, destination_norberg.app.trails;"
            "print([m for m in ('PySide6', 'pyqtgraph') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_the_snow_read_does_not_import_sqlalchemy(demo_url: str) -> None:
    """The snow area reads on the sqlite3 fast path: importing SQLAlchemy only to read cost
    the first open of the tab most of a second."""
    code = ("import sys; from datetime import datetime, UTC; "
            "from destination_norberg.app.snow_read import read_snow; "
            f"view = read_snow({demo_url!r}, datetime(2026, 11, 26, 9, tzinfo=UTC), 7); "
            "print(bool(view.report), 'sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == ["True", "False"]


def test_the_packages_list_comes_with_the_package_shown_first(demo_url: str) -> None:
    from destination_norberg.app.database import open_database
    from destination_norberg.app.packages import load_package, read_view_and_package

    view, first, values = read_view_and_package(demo_url, None)
    ids = [row.id for row in view.packages]
    assert len(ids) >= 2 and first == ids[0]
    engine = open_database(demo_url)
    try:
        assert values == load_package(engine, first)
        _view, chosen, chosen_values = read_view_and_package(demo_url, ids[1])
        assert chosen == ids[1] and chosen_values == load_package(engine, ids[1])
    finally:
        engine.dispose()
    assert read_view_and_package(demo_url, -1)[1] == ids[0]  # gone: the first instead
