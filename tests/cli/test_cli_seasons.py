"""`events`, `season …`, `plan next-year` and `strak copy` on the command line (SQLite, and
PostgreSQL when DN_TEST_POSTGRES_URL is set): what they print, what they write, and one clear
line for what is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from destination_norberg.cli import main
from destination_norberg.core.timeutil import to_local
from destination_norberg.store import planning_read as read
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def run(url: str, *args: str) -> int:
    return main(["--db", url, *args])


def test_events_of_a_season_as_json_agree_with_the_store(demo_url, demo_engine,
                                                         capsys) -> None:
    assert run(demo_url, "events", "--season", "Sommar 2027", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    source = EngineRows(demo_engine)
    summer = next(s for s in read.seasons(source) if s.name == "Sommar 2027")
    expected = [e for e in read.events(source) if e.season_id == summer.id]
    assert [r["id"] for r in rows] == [e.id for e in expected]
    assert set(rows[0]) == {"id", "title", "kind", "start", "end", "parent"}
    child = next(r for r in rows if r["parent"] is not None)
    assert child["parent"] in {r["id"] for r in rows}
    assert run(demo_url, "events") == 0
    assert capsys.readouterr().out.strip().endswith(f"{len(read.events(source))} event(s)")
    assert run(demo_url, "events", "--season", "Vinter 1999") == 2
    assert "there is no season" in one_line(capsys.readouterr().err)


def test_season_create_rename_archive_and_list(demo_url, capsys) -> None:
    assert run(demo_url, "season", "create", "Vinter 2027/28", "--start", "2027-11-01",
               "--end", "2028-04-30") == 0
    assert "Created the season Vinter 2027/28" in capsys.readouterr().out
    assert run(demo_url, "season", "rename", "vinter 2027/28", "Vinter 27/28") == 0
    assert run(demo_url, "season", "archive", "Sommar 2027") == 0
    capsys.readouterr()
    assert run(demo_url, "season", "list", "--json") == 0
    listed = {s["name"]: s for s in json.loads(capsys.readouterr().out)}
    assert listed["Vinter 27/28"] == {"id": listed["Vinter 27/28"]["id"],
                                      "name": "Vinter 27/28", "kind": "vinter",
                                      "start": "2027-11-01", "end": "2028-04-30",
                                      "archived": False, "events": 0, "strak": 0}
    assert listed["Sommar 2027"]["archived"] and listed["Sommar 2027"]["events"] == 7
    assert run(demo_url, "season", "archive", "Sommar 2027", "--undo") == 0
    assert run(demo_url, "season", "list") == 0
    assert "(archived)" not in capsys.readouterr().out


@pytest.mark.parametrize(("args", "says"), [
    (("create", "Vinter 2026/27", "--start", "2027-11-01", "--end", "2028-04-30"),
     'there is already a season called "Vinter 2026/27"'),
    (("create", "Baklänges", "--start", "2028-11-01", "--end", "2028-04-30"),
     "the season ends before it starts"),
    (("create", "  ", "--start", "2028-11-01", "--end", "2029-04-30"),
     "a season needs a name"),
    (("rename", "Sommar 2027", "VINTER 2026/27"),
     'there is already a season called "VINTER 2026/27"'),
    (("rename", "Höst 2030", "Höst 2031"), 'there is no season "Höst 2030"'),
    (("archive", "Höst 2030"), 'there is no season "Höst 2030"'),
])
def test_season_mistakes_are_one_line_and_write_nothing(demo_url, demo_engine, capsys,
                                                        args, says) -> None:
    before = read.season_list(EngineRows(demo_engine))
    assert run(demo_url, "season", *args) == 2
    assert says in one_line(capsys.readouterr().err)
    assert read.season_list(EngineRows(demo_engine)) == before


def test_plan_next_year_makes_the_season_copies_the_week_and_the_strak(
        demo_url, demo_engine, capsys) -> None:
    assert run(demo_url, "plan", "next-year", "--from", "Vinter 2026/27",
               "--into", "Vinter 2027/28") == 0
    out = capsys.readouterr().out
    assert "Copied 13 event(s) and" in out and "into Vinter 2027/28 (created)" in out
    assert "Copied Vinterstråket 2026/27 to Vinterstråket 2027/28 (2027-12-03 – 2028-02-26)" \
        in out
    source = EngineRows(demo_engine)
    season = next(s for s in read.seasons(source) if s.name == "Vinter 2027/28")
    assert (season.starts_on.isoformat(), season.ends_on.isoformat()) == ("2027-11-01",
                                                                          "2028-04-30")
    copies = [e for e in read.events(source) if e.season_id == season.id]
    race = next(e for e in copies if e.name_sv.startswith("Engelbrektsloppet 60"))
    assert to_local(race.starts_at).date().isoformat() == "2028-02-13"
    strak = next(s for s in read.strak(source) if s.name == "Vinterstråket 2027/28")
    old = next(s for s in read.strak(source) if s.name == "Vinterstråket 2026/27")
    assert strak.season_id == season.id and strak.event_id in {e.id for e in copies}
    assert [(s.organisation_id, s.opening, s.offer_sv, s.offer_en) for s in strak.stops] == [
        (s.organisation_id, s.opening, s.offer_sv, s.offer_en) for s in old.stops]
    assert (strak.weekdays, strak.opens, strak.closes) == (old.weekdays, old.opens, old.closes)
    # Twice is refused: the week is there already, and nothing more is written.
    count = len(read.events(source))
    assert run(demo_url, "plan", "next-year", "--from", "Vinter 2026/27",
               "--into", "Vinter 2027/28") == 2
    assert "already holds" in one_line(capsys.readouterr().err)
    assert len(read.events(source)) == count
    # The season exists now: an import into it works.
    assert run(demo_url, "events", "--season", "Vinter 2027/28") == 0
    assert "14 event(s)" in capsys.readouterr().out


def test_import_ics_into_a_season_created_on_the_command_line(demo_url, tmp_path: Path,
                                                              capsys) -> None:
    ics = tmp_path / "partner.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//EN\r\n"
                   "BEGIN:VEVENT\r\nUID:p-1@example.org\r\nDTSTAMP:20261120T120000Z\r\n"
                   "DTSTART:20280210T150000Z\r\nDTEND:20280210T170000Z\r\n"
                   "SUMMARY:Vallakurs\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    assert run(demo_url, "import", "ics", str(ics), "--season", "Vinter 2027/28") == 2
    assert "there is no season" in one_line(capsys.readouterr().err)
    assert run(demo_url, "season", "create", "Vinter 2027/28", "--start", "2027-11-01",
               "--end", "2028-04-30") == 0
    assert run(demo_url, "import", "ics", str(ics), "--season", "Vinter 2027/28") == 0
    assert "1 new" in capsys.readouterr().out
    assert run(demo_url, "events", "--season", "Vinter 2027/28", "--json") == 0
    assert [r["title"] for r in json.loads(capsys.readouterr().out)] == ["Vallakurs"]


def test_strak_copy_into_a_new_season_on_the_same_weekdays(demo_url, demo_engine,
                                                           capsys) -> None:
    assert run(demo_url, "strak", "copy", "Sommarstråket 2027", "--into", "Sommar 2028") == 0
    assert "Copied Sommarstråket 2027 to Sommarstråket 2028 in Sommar 2028 (season " \
           "created): 2028-06-16 – 2028-08-13, 11 stop(s)" in capsys.readouterr().out
    source = EngineRows(demo_engine)
    copy = next(s for s in read.strak(source) if s.name == "Sommarstråket 2028")
    old = next(s for s in read.strak(source) if s.name == "Sommarstråket 2027")
    assert copy.period_start.isoweekday() == old.period_start.isoweekday()
    assert copy.period_end.isoweekday() == old.period_end.isoweekday()
    assert copy.route == old.route
    assert run(demo_url, "strak", "copy", "Sommarstråket 2027", "--into", "Sommar 2028") == 2
    assert 'already a stråk called "Sommarstråket 2028"' in one_line(capsys.readouterr().err)
    assert run(demo_url, "strak", "copy", "Höststråket", "--into", "Sommar 2028") == 2
    assert "there is no stråk" in one_line(capsys.readouterr().err)
