"""`export ics` and `import ics` on the command line: round trip, duplicates, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_norberg.cli import main
from destination_norberg.exchange.ical_read import read_calendar
from destination_norberg.store import planning_read as read
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_export_a_season_then_import_it_into_a_fresh_database(
        demo_url: str, demo_engine, tmp_path: Path, capsys) -> None:
    out = tmp_path / "vinter.ics"
    assert main(["--db", demo_url, "export", "ics", "--out", str(out),
                 "--season", "Vinter 2026/27"]) == 0
    season_events = [e for e in read.events(EngineRows(demo_engine))
                     if e.season_id == read.seasons(EngineRows(demo_engine))[0].id]
    parsed = read_calendar(out.read_bytes())
    assert len(parsed.events) == len(season_events)
    assert "TZID=Europe/Stockholm" in out.read_text(encoding="utf-8")
    fresh = tmp_path / "fresh.sqlite"
    assert main(["--db", str(fresh), "--today", "2026-11-26", "demo"]) == 0
    capsys.readouterr()
    for _ in range(2):  # our own export coming back is recognised by its UIDs: no copies
        assert main(["--db", str(fresh), "import", "ics", str(out), "--season",
                     "Vinter 2026/27"]) == 0
        assert f"0 new, 0 changed, {len(season_events)} unchanged" in capsys.readouterr().out


def test_export_one_event_with_its_programme(demo_url: str, demo_engine, tmp_path: Path) -> None:
    week = next(e for e in read.events(EngineRows(demo_engine))
                if e.uid == "demo-vintervecka-2027")
    children = [e for e in read.events(EngineRows(demo_engine)) if e.parent_id == week.id]
    out = tmp_path / "vecka.ics"
    assert main(["--db", demo_url, "export", "ics", "--out", str(out), "--event",
                 str(week.id), "--per-day"]) == 0
    uids = {e.uid for e in read_calendar(out.read_bytes()).events}
    assert "demo-vintervecka-2027-20270208@destination-norberg" in uids  # one entry per day
    assert len(uids) >= len(children) + 7


def test_stable_uids_across_exports(demo_url: str, tmp_path: Path) -> None:
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    for path, day in ((a, "2026-11-26"), (b, "2026-12-24")):
        assert main(["--db", demo_url, "--today", day, "export", "ics", "--out",
                     str(path)]) == 0
    def lines(p: Path) -> list[str]:
        return [x for x in p.read_text(encoding="utf-8").splitlines()
                if not x.startswith("DTSTAMP")]
    assert lines(a) == lines(b)


def test_dry_run_writes_nothing(demo_url: str, demo_engine, tmp_path: Path, capsys) -> None:
    ics = tmp_path / "one.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
                   "UID:dry@x\r\nDTSTART:20261210T100000Z\r\nSUMMARY:Prov\r\nEND:VEVENT\r\n"
                   "END:VCALENDAR\r\n", encoding="utf-8", newline="")
    before = len(read.events(EngineRows(demo_engine)))
    assert main(["--db", demo_url, "import", "ics", str(ics), "--season", "Vinter 2026/27",
                 "--dry-run"]) == 0
    assert "would import 1 new" in capsys.readouterr().out
    assert len(read.events(EngineRows(demo_engine))) == before


@pytest.mark.parametrize("argv_tail", [
    ["--season", "Höst 2099"],
    [],
])
def test_bad_import_arguments_are_one_line(demo_url: str, tmp_path: Path, capsys,
                                           argv_tail: list[str]) -> None:
    ics = tmp_path / "x.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    try:
        code = main(["--db", demo_url, "import", "ics", str(ics), *argv_tail])
    except SystemExit as exc:  # argparse: the missing --season
        code = exc.code
    assert code == 2
    one_line(capsys.readouterr().err)


def test_a_broken_file_imports_nothing(demo_url: str, demo_engine, tmp_path: Path,
                                       capsys) -> None:
    broken = tmp_path / "cut.ics"
    broken.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261210T100000Z\r\n"
                      "SUMMARY:Halv\r\nEND:VEVENT\r\n", encoding="utf-8")
    before = len(read.events(EngineRows(demo_engine)))
    assert main(["--db", demo_url, "import", "ics", str(broken), "--season",
                 "Vinter 2026/27"]) == 2
    assert "cut off" in one_line(capsys.readouterr().err)
    assert len(read.events(EngineRows(demo_engine))) == before


@pytest.mark.skipif(not (REALDATA / "ics_malformed").is_dir(), reason="no shared/realdata")
@pytest.mark.parametrize("name", sorted(p.name for p in (REALDATA / "ics_malformed").glob("*.ics"))
                         if (REALDATA / "ics_malformed").is_dir() else [])
def test_malformed_real_files_import_all_or_nothing(demo_url: str, demo_engine, name: str,
                                                    capsys) -> None:
    before = len(read.events(EngineRows(demo_engine)))
    code = main(["--db", demo_url, "import", "ics", str(REALDATA / "ics_malformed" / name),
                 "--season", "Vinter 2026/27"])
    captured = capsys.readouterr()
    if code == 2:
        one_line(captured.err)
        assert len(read.events(EngineRows(demo_engine))) == before
    else:
        assert code == 0 and "Imported" in captured.out


def test_export_refuses_a_wrong_suffix(demo_url: str, tmp_path: Path, capsys) -> None:
    assert main(["--db", demo_url, "export", "ics", "--out", str(tmp_path / "x.txt")]) == 2
    assert ".ics" in one_line(capsys.readouterr().err)


def test_export_a_strak_as_a_weekly_entry(demo_url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "strak.ics"
    assert main(["--db", demo_url, "export", "ics", "--out", str(out), "--strak",
                 "Vinterstråket 2026/27"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "RRULE:FREQ=WEEKLY;BYDAY=FR,SA" in text.replace("\r\n ", "")
    (first,) = read_calendar(out.read_bytes()).events
    assert first.recurrence and first.starts_at.isoformat().startswith("2026-12-04T15:00")
    capsys.readouterr()
    assert main(["--db", demo_url, "export", "ics", "--out", str(out), "--strak", "Nej"]) == 2
    assert "no stråk" in one_line(capsys.readouterr().err)


def test_season_and_event_exclude_each_other(demo_url: str, tmp_path: Path, capsys) -> None:
    try:
        code = main(["--db", demo_url, "export", "ics", "--out", str(tmp_path / "x.ics"),
                     "--season", "Vinter 2026/27", "--event", "1"])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    one_line(capsys.readouterr().err)


def ics(*events: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//EN\r\n" + "".join(
        events) + "END:VCALENDAR\r\n"


NO_UID = ("BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Stockholm:20261212T150000\r\n"
          "SUMMARY:Luciakonsert\r\nLOCATION:Kyrkan\r\nEND:VEVENT\r\n")


def test_events_without_uid_import_once_then_are_unchanged(demo_url: str, demo_engine,
                                                           tmp_path: Path, capsys) -> None:
    path = tmp_path / "utan-uid.ics"
    path.write_text(ics(NO_UID, NO_UID), encoding="utf-8", newline="")  # the same one twice
    before = len(read.events(EngineRows(demo_engine)))
    assert main(["--db", demo_url, "import", "ics", str(path), "--season",
                 "Vinter 2026/27"]) == 0
    assert "1 new, 0 changed, 0 unchanged" in capsys.readouterr().out
    assert main(["--db", demo_url, "import", "ics", str(path), "--season",
                 "Vinter 2026/27"]) == 0  # was: UNIQUE constraint failed: event.uid
    assert "0 new, 0 changed, 1 unchanged" in capsys.readouterr().out
    assert len(read.events(EngineRows(demo_engine))) == before + 1


def test_a_series_comes_in_with_its_season_dates_and_the_rest_is_listed(
        demo_url: str, demo_engine, tmp_path: Path, capsys) -> None:
    path = tmp_path / "serie.ics"
    path.write_text(ics(
        "BEGIN:VEVENT\r\nUID:kvall@partner\r\nDTSTART;TZID=Europe/Stockholm:20270416T180000\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Kvällsskidning\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:utan-start@partner\r\nSUMMARY:Trasig\r\nEND:VEVENT\r\n"),
        encoding="utf-8", newline="")
    assert main(["--db", demo_url, "import", "ics", str(path), "--season",
                 "Vinter 2026/27"]) == 0
    out = capsys.readouterr().out  # the season ends 2027-04-30: April 16, 23, 30 are in it
    assert "3 new, 0 changed, 0 unchanged; 1 outside the season's dates left out" in out
    assert "outside the season: 2027-05-07 18:00 Kvällsskidning" in out
    assert "left out: Line 10: the event 'Trasig' has no DTSTART" in out
    assert "1 event(s) refused" in out
    assert main(["--db", demo_url, "import", "ics", str(path), "--season", "Vinter 2026/27",
                 "--include-outside"]) == 0
    assert "1 new, 0 changed, 3 unchanged" in capsys.readouterr().out
