"""One judgement: for one database and one instant, every view shows the same level, reason
and km for each snow target (issue 14). The views are read the way the window and the
command line read them: the overview (app.overview), the snow page and its go/no-go
(app.snow_read), the events warnings (app.planning, through store.planning_read's real
target → event mapping), the bulletin (app.bulletin), the public status page
(app.status_data) and `snow status --json` / `overview --json` through the command line."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import update

from destination_norberg.app.bulletin import read_bulletin
from destination_norberg.app.overview import read_judged, read_overview
from destination_norberg.app.planning import read_planning
from destination_norberg.app.snow import verdict
from destination_norberg.app.snow_read import read_snow
from destination_norberg.app.status_data import read_status
from destination_norberg.cli import common, main
from destination_norberg.core.plan_warning import WarningCode
from destination_norberg.core.timeutil import to_local
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.reading import read_with

pytestmark = pytest.mark.both_engines

STALE = 7  # the destination's default, which the demo keeps
RACE = "Engelbrektsloppet 2027: 20 km-slinga (3×20 km)"


def add_history(engine, temp_c: float) -> None:
    """The demo station's temperature history (the station each demo target uses,
    app.snow_stations) held at `temp_c`: a cold or a mild climate."""
    with write_session(engine) as session:
        session.execute(update(m.TemperatureObservation.__table__).values(temp_c=temp_c))


def cli_json(url: str, words: list[str], now: datetime, monkeypatch, capsys) -> dict:
    """A command's JSON through main(), its clock held at `now`."""
    monkeypatch.setattr(common, "clock_on", lambda _day: lambda: now)
    capsys.readouterr()
    assert main(["--db", url, "--today", to_local(now).date().isoformat(), *words]) == 0
    return json.loads(capsys.readouterr().out)


def km(value: float) -> float:
    return round(value, 2)


def of_judged(judged) -> dict[str, tuple]:
    """name → (level, reason, ready km, projected km), from (status, projection) pairs."""
    found = {}
    for status, projection in judged:
        level, reason, _args = verdict(status, projection)
        found[status.target.name] = (level, reason, km(status.ready_km),
                                     km(projection.projected_km))
    return found


def gonogo_of(report) -> tuple | None:
    g = report.gonogo
    if g is None:
        return None
    return (str(g.recommendation), g.decision_date.isoformat(),
            tuple((d.race.name, d.go, d.variant.name if d.variant else None)
                  for d in g.per_race))


def every_view(url: str, now: datetime, monkeypatch, capsys) -> dict[str, dict[str, tuple]]:
    views: dict[str, dict[str, tuple]] = {}
    _engine, overview, _seeded = read_overview(url, None, now, STALE, False)
    views["overview"] = of_judged(overview.judged)
    # the window's first read paints before judging; gui.overview.snow_fill fills the card
    engine, first, _seeded = read_overview(url, None, now, STALE, False, judge_snow=False)
    assert first.snow_pending and first.judged == []
    filled = first.with_judged(read_judged(url, engine, now))
    assert not filled.snow_pending
    views["overview, first paint then filled"] = of_judged(filled.judged)
    snow = read_snow(url, now, STALE)
    views["snow page"] = of_judged(snow.report.judged)
    bulletin = read_with(url, lambda source: read_bulletin(source, to_local(now).date(), now))
    views["bulletin"] = of_judged(bulletin.snow.judged)
    status = read_with(url, lambda source: read_status(source, now))
    views["status page"] = {g.name: (g.level, g.reason, km(g.ready_km))
                            for g in status.guarantee}
    cli = cli_json(url, ["snow", "status", "--json"], now, monkeypatch, capsys)
    views["snow status --json"] = {t["name"]: (t["level"], t["reason"], km(t["ready_km"]),
                                               km(t["projected_km"]))
                                   for t in cli["targets"]}
    card = cli_json(url, ["overview", "--json"], now, monkeypatch, capsys)
    views["overview --json"] = {t["name"]: (t["level"], t["reason"], km(t["ready_km"]),
                                            km(t["projected_km"])) for t in card["snow"]}
    planning = read_planning(url, now, STALE)
    views["events"] = {g.target.name: (g.level.value if g.level else None, km(g.ready_km))
                       for g in planning.guarantees}
    # go/no-go: the snow page's view, the bulletin's report and the command line agree
    assert gonogo_of(snow.report) == gonogo_of(bulletin.snow) is not None
    assert cli["gonogo"]["recommendation"] == str(snow.report.gonogo.recommendation)
    assert [(r["race"], r["go"], r["variant"]) for r in cli["gonogo"]["races"]] == [
        (d.race.name, d.go, d.variant.name if d.variant else None)
        for d in snow.report.gonogo.per_race]
    today = to_local(now).date()
    views["warnings"] = {w.message_args["target"]: w for w in planning.warnings(today)
                         if w.code == WarningCode.OUTDOOR_RED}
    return views


def assert_agree(views: dict[str, dict]) -> dict[str, tuple]:
    truth = views["snow page"]
    assert truth, "the demo has snow targets"
    for name in ("bulletin", "snow status --json"):
        assert views[name] == truth, name
    # the overview and its --json show the current targets (all of the demo's)
    assert views["overview"] == truth
    assert views["overview, first paint then filled"] == truth
    assert views["overview --json"] == truth
    assert views["status page"] == {n: v[:3] for n, v in truth.items()}
    assert views["events"] == {n: (level, ready) for n, (level, _r, ready, _p) in truth.items()}
    red = {n for n, (level, *_rest) in truth.items() if level == "red"}
    assert set(views["warnings"]) == red
    for name, warning in views["warnings"].items():
        assert warning.message_args["ready_km"] == f"{truth[name][2]:.1f}"
    return truth


def test_the_demo_is_judged_alike_everywhere(demo_url, fixed_now, monkeypatch,
                                             capsys) -> None:
    truth = assert_agree(every_view(demo_url, fixed_now, monkeypatch, capsys))
    assert truth["premiär 1 december: 4 km"][:2] == ("green", "met_now")


@pytest.mark.parametrize(("temp_c", "level", "reason"), [
    (-8.0, "yellow", "met_if_projection_holds"),
    (5.0, "red", "short_by"),
])
def test_imported_temperatures_change_every_view_alike(demo_url, demo_engine, fixed_now,
                                                       monkeypatch, capsys, temp_c, level,
                                                       reason) -> None:
    add_history(demo_engine, temp_c)
    views = every_view(demo_url, fixed_now, monkeypatch, capsys)
    truth = assert_agree(views)
    assert truth[RACE][:2] == (level, reason)
    if level == "red":
        # the outdoor race under the red guarantee is warned of on the events page, found
        # through the store's own target → event mapping
        warning = views["warnings"][RACE]
        planning = read_planning(demo_url, fixed_now, STALE)
        race = next(e for e in planning.events if e.uid == "demo-engelbrektsloppet-2027")
        assert race.id in warning.event_ids
    else:
        assert views["warnings"] == {}


def test_the_store_maps_each_target_to_its_event(demo_url, fixed_now) -> None:
    planning = read_planning(demo_url, fixed_now, STALE)
    by_uid = {e.uid: e.id for e in planning.events}
    names = {g.target.target_id: g.target.name for g in planning.guarantees}
    assert {names[t]: e for t, e in planning.target_events.items()} == {
        "premiär 1 december: 4 km": by_uid["demo-premiar-i-sparen-2026"],
        RACE: by_uid["demo-engelbrektsloppet-2027"]}
