"""One truth for the board's report: each figure is the one the window shows for it — the
snow targets as app.snow.judge judged them on their deadline, the trail statuses of the
register day by day, the contacts of the organisation cards, the dispatches of each
package's history, the guest nights as imported — and `report board --json` prints them."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from destination_norberg.app.board_report import (
    _deadline_end,
    participants_of,
    read_board_report,
    resolve_period,
)
from destination_norberg.app.errors import AppError
from destination_norberg.app.guest_nights import norberg_months
from destination_norberg.app.snow import judge
from destination_norberg.cli import common, main
from destination_norberg.core.board_report import year_period
from destination_norberg.core.timeutil import local_day_start
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.network_read import interactions_of, network_snapshot
from destination_norberg.store.package_read import package_detail
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.trails_store import register

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)  # the demo's authored day
SEASON = "Vinter 2026/27"


@pytest.fixture
def rows(demo_engine):
    return EngineRows(demo_engine)


def test_snow_targets_are_the_judgement_on_their_deadline(rows) -> None:
    report = read_board_report(rows, resolve_period(rows, SEASON, None), NOW)
    assert [t.name for t in report.targets] == [
        "premiär 1 december: 4 km", "Engelbrektsloppet 2027: 20 km-slinga (3×20 km)"]
    for outcome in report.targets:
        at = min(_deadline_end(outcome.deadline), NOW)
        status = next(s for s, _p in judge(rows, at).judged if s.target.name == outcome.name)
        assert outcome.ready_km == status.ready_km
        assert outcome.required_km == status.target.required_km
        assert outcome.level == (status.level.value if status.level else None)
        assert outcome.margin_km == round(status.ready_km - status.target.required_km, 1)
        assert outcome.due is False  # both deadlines are ahead of the authored day
    # judged on a later day, the premiär's deadline has passed: its outcome is final
    later = read_board_report(rows, resolve_period(rows, SEASON, None),
                              datetime(2026, 12, 20, 12, tzinfo=UTC))
    premiar = later.targets[0]
    assert premiar.due
    status = next(s for s, _p in judge(rows, _deadline_end(date(2026, 12, 1))).judged
                  if s.target.name == premiar.name)
    assert premiar.ready_km == status.ready_km


def test_trail_days_are_the_register_day_by_day(rows) -> None:
    report = read_board_report(rows, resolve_period(rows, SEASON, None), NOW)
    expected: Counter[str] = Counter()
    day = date(2026, 11, 1)
    while day <= NOW.date():
        end = local_day_start(day + timedelta(days=1)) - timedelta(microseconds=1)
        expected.update(str(r.status) for r in register(rows, end)
                        if r.status is not None and r.lifecycle == "oppen")
        day += timedelta(days=1)
    assert report.trail_days == dict(expected)
    assert sum(report.trail_days.values()) > 0


def test_contacts_and_new_establishments_are_the_cards(rows) -> None:
    period = resolve_period(rows, SEASON, None)
    report = read_board_report(rows, period, NOW)
    found = interactions_of(rows, "i.occurred_on >= :a AND i.occurred_on <= :b",
                            a=period.first, b=period.last)
    category = {o.id: o.category for o in network_snapshot(rows).organisations}
    assert report.contacts_by_category == dict(Counter(category[i.organisation_id]
                                                       for i in found))
    assert report.organisations_contacted == len({i.organisation_id for i in found})
    assert "Escape Room Gruvschaktet" in [n for n, _c in report.new_establishments]


def test_packages_sent_are_the_package_history(demo_engine, rows) -> None:
    with write_session(demo_engine) as session:
        package_id = session.execute(select(m.Package.id).order_by(m.Package.id)).scalars().first()
        partner = session.execute(select(m.Organisation.id).order_by(m.Organisation.id)
                                  ).scalars().first()
        session.execute(insert(m.PackageDispatch.__table__).values(
            package_id=package_id, revision=1, partner_id=partner, snapshot="{}",
            sent_at=datetime(2026, 11, 20, 9, tzinfo=UTC)))
        session.execute(insert(m.PackageDispatch.__table__).values(
            package_id=package_id, revision=1, partner_id=partner, snapshot="{}",
            sent_at=datetime(2025, 11, 20, 9, tzinfo=UTC)))  # another season
    report = read_board_report(rows, resolve_period(rows, SEASON, None), NOW)
    history = package_detail(rows, package_id).dispatches
    assert [(d.partner, d.sent_at) for d in report.dispatches] == [
        (h.partner_name, h.sent_at) for h in history if h.sent_at.year == 2026]
    assert len(report.dispatches) == 1


def test_guest_nights_and_events(rows) -> None:
    report = read_board_report(rows, year_period(2026), NOW)
    months = norberg_months(rows, 2025, 2026)
    assert report.nights_rows()[0] == (2026, 1, months[(2026, 1)].total,
                                       months[(2025, 1)].total)
    assert report.nights(2026, 11) is None  # not published yet on the authored day
    assert all(e.starts_at <= NOW for e in report.events)
    assert report.events_coming > 0
    assert participants_of(rows, []) is None and not report.participants_imported
    assert all(e.participants is None for e in report.events)


def test_participants_are_the_imported_totals(rows, demo_engine) -> None:
    from destination_norberg.store.capacity_store import participants_by_race, replace_participants

    report = read_board_report(rows, year_period(2026), NOW)
    held = report.events[0]
    replace_participants(demo_engine, held.event_id, "test.csv",
                         [("60 km", "total", "", 120), ("30 km", "total", "", 45),
                          ("60 km", "country", "Sverige", 100)])
    again = read_board_report(rows, year_period(2026), NOW)
    line = next(e for e in again.events if e.event_id == held.event_id)
    assert line.participants == sum(participants_by_race(rows, held.event_id).values()) == 165
    assert again.participants_imported
    assert all(e.participants is None for e in again.events if e.event_id != held.event_id)


def test_the_period_is_named(rows) -> None:
    with pytest.raises(AppError, match='there is no season "Vinter 1999"'):
        resolve_period(rows, "Vinter 1999", None)
    with pytest.raises(AppError, match="not both"):
        resolve_period(rows, SEASON, 2026)
    assert resolve_period(rows, None, 2025).first == date(2025, 1, 1)


def test_the_command_line_prints_the_same_figures(demo_url, rows, tmp_path, monkeypatch,
                                                  capsys) -> None:
    monkeypatch.setattr(common, "clock_on", lambda _day: lambda: NOW)
    capsys.readouterr()
    out = tmp_path / "rapport.xlsx"
    assert main(["--db", demo_url, "--today", "2026-11-26", "report", "board", "--season",
                 SEASON, "--out", str(out), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    report = read_board_report(rows, resolve_period(rows, SEASON, None), NOW)
    assert printed["trail_days"] == report.trail_days
    assert printed["contacts_by_category"] == report.contacts_by_category
    assert [t["ready_km"] for t in printed["snow_targets"]] == [
        round(t.ready_km, 2) for t in report.targets]
    assert [g["nights"] for g in printed["guest_nights"]] == [
        n for _y, _m, n, _b in report.nights_rows()]
