"""`volunteers`, `roster` and `import volunteers` on the demo's winter week: the same gaps and
clashes as the store reads, a roster PDF whose text (å, ä, ö) an independent reader gets
back, a person's calendar, and a volunteer list imported twice without duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from destination_norberg.cli import main
from destination_norberg.store import models as m
from destination_norberg.store.database import make_engine
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.volunteers_store import read_plan


def ids(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            week = conn.execute(select(m.Event.id).where(
                m.Event.name_sv == "Vintervecka 2027")).scalar_one()
            ulf = conn.execute(select(m.Person.id).where(m.Person.name == "Ulf Ek")).scalar_one()
        return week, ulf
    finally:
        engine.dispose()


def test_volunteers_json_shows_what_the_store_reads(demo_url: str, capsys) -> None:
    week, ulf = ids(demo_url)
    assert main(["--db", demo_url, "volunteers", "--event", str(week), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    engine = make_engine(demo_url)
    try:
        plan = read_plan(EngineRows(engine), week)
    finally:
        engine.dispose()
    assert plan is not None
    assert [s["id"] for s in shown["shifts"]] == [s.id for s in plan.shifts]
    assert [(g["shift"], g["missing"]) for g in shown["gaps"]] == [
        (g.shift.id, g.missing) for g in plan.gaps]
    assert shown["clashes"] == [{"person": ulf, "name": "Ulf Ek",
                                 "shifts": [plan.clashes[0].first.id,
                                            plan.clashes[0].second.id]}]
    assert "Sjukvårdare" in shown["roles"] and "Speaker, Torget" in shown["places"]
    assert len(shown["people"]) == len(plan.people())
    assert main(["--db", demo_url, "volunteers", "--event", str(week)]) == 0
    text = capsys.readouterr().out
    assert "1 gaps, 1 clashes" in text and "MISSING 1" in text and "CLASH: Ulf Ek" in text


def test_roster_pdf_per_place_and_per_person_reads_back(demo_url: str, tmp_path: Path,
                                                         capsys) -> None:
    pypdf = pytest.importorskip("pypdf")
    week, ulf = ids(demo_url)
    whole = tmp_path / "bemanning.pdf"
    assert main(["--db", demo_url, "--lang", "sv", "roster", "--event", str(week),
                 "--out", str(whole)]) == 0
    text = " ".join(" ".join(page.extract_text().split())
                    for page in pypdf.PdfReader(whole).pages)
    assert "Bemanningslista: Vintervecka 2027" in text
    for words in ("Depå Olsbenning (40 km)", "Sjukvårdare", "Torbjörn Sjöberg",
                  "Emma Åberg", "fler behövs: 1", "(dubbelbokad)"):
        assert words in text, words
    place = tmp_path / "depa.pdf"
    assert main(["--db", demo_url, "roster", "--event", str(week), "--place",
                 "Sjukvård, Torget", "--out", str(place)]) == 0
    text = " ".join(pypdf.PdfReader(place).pages[0].extract_text().split())
    assert "Sanna Ljung" in text and "Torbjörn" not in text
    person = tmp_path / "ulf.pdf"
    assert main(["--db", demo_url, "--lang", "en", "roster", "--event", str(week),
                 "--person", str(ulf), "--out", str(person)]) == 0
    text = " ".join(pypdf.PdfReader(person).pages[0].extract_text().split())
    assert "Volunteer roster" in text and "Parkeringsvakt" in text and "Målgång" not in text
    capsys.readouterr()


def test_a_persons_calendar(demo_url: str, tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    week, ulf = ids(demo_url)
    out = tmp_path / "ulf.ics"
    assert main(["--db", demo_url, "roster", "--event", str(week), "--person", str(ulf),
                 "--ics", "--out", str(out)]) == 0
    first = out.read_bytes()
    cal = icalendar.Calendar.from_ical(first)
    events = [c for c in cal.walk("VEVENT")]
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "Funktionär start, Start och mål, Torget", "Parkeringsvakt, Parkering, skolan"]
    assert all(e["DTSTART"].params["TZID"] == "Europe/Stockholm" for e in events)
    assert [c for c in cal.walk("VTIMEZONE")]
    start = min(e["DTSTART"].dt for e in events)
    assert (start.hour, start.minute) == (6, 30)
    assert main(["--db", demo_url, "roster", "--event", str(week), "--person", str(ulf),
                 "--ics", "--out", str(out)]) == 0
    again = icalendar.Calendar.from_ical(out.read_bytes())
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(
        str(e["UID"]) for e in events)  # stable: a second export updates, not duplicates


@pytest.mark.parametrize(("args", "says"), [
    (["volunteers", "--event", "999999"], "there is no event with id 999999"),
    (["roster", "--event", "{week}", "--out", "{tmp}/x.txt"], "give a file ending in .pdf"),
    (["roster", "--event", "{week}", "--out", "{tmp}/no/x.pdf"], "does not exist"),
    (["roster", "--event", "{week}", "--ics", "--out", "{tmp}/x.ics"], "--person"),
    (["roster", "--event", "{week}", "--person", "1", "--out", "{tmp}/x.pdf"], "has no shift"),
    (["roster", "--event", "{week}", "--place", "Månen", "--out", "{tmp}/x.pdf"],
     "no shift at"),
])
def test_mistakes_are_one_line_and_write_nothing(demo_url: str, tmp_path: Path, capsys,
                                                 args: list[str], says: str) -> None:
    week, _ulf = ids(demo_url)
    filled = [a.format(week=week, tmp=tmp_path) for a in args]
    assert main(["--db", demo_url, *filled]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1
    assert not list(tmp_path.glob("x.*"))


LIST = ("Namn;Telefon;E-post;Önskad roll;Samtycke\n"
        "Kim Nyberg;070-555 01 99;kim@example.se;Depå;ja\n"
        "Åke Öhman;0223-123 45;;Sjukvård;2026-11-20\n"
        "Nej Tack;070-555 00 00;nej@example.se;Start;nej\n"
        ";070-555 00 01;;Start;ja\n"
        "Ulf Ek;;ulf@gruvbaren.example;Speaker;x\n")


def volunteers(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(m.Volunteer)).scalar_one()
    finally:
        engine.dispose()


def test_import_a_volunteer_list_twice_adds_no_one_twice(demo_url: str, tmp_path: Path,
                                                         capsys) -> None:
    path = tmp_path / "funktionärer.csv"
    path.write_bytes(LIST.encode("cp1252"))  # as Swedish Excel saves it
    before = volunteers(demo_url)
    assert main(["--db", demo_url, "import", "volunteers", str(path), "--dry-run"]) == 0
    assert "Would add 2 new volunteer(s); 1 already known; 2 row(s)" in capsys.readouterr().out
    assert volunteers(demo_url) == before
    assert main(["--db", demo_url, "import", "volunteers", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Added 2 new volunteer(s); 1 already known; 2 row(s) not imported" in out
    assert "row 4: Nej Tack: no consent, not imported" in out and "row 5: no name" in out
    assert volunteers(demo_url) == before + 3
    assert main(["--db", demo_url, "import", "volunteers", str(path)]) == 0
    assert "Added 0 new volunteer(s); 3 already known" in capsys.readouterr().out
    assert volunteers(demo_url) == before + 3
    engine = make_engine(demo_url)
    try:
        with engine.connect() as conn:
            ake = conn.execute(select(m.Person.phone, m.Person.legal_basis).where(
                m.Person.name == "Åke Öhman")).one()
            nej = conn.execute(select(func.count()).select_from(m.Person).where(
                m.Person.name == "Nej Tack")).scalar_one()
    finally:
        engine.dispose()
    assert tuple(ake) == ("+4622312345", "samtycke") and nej == 0


def test_import_an_xlsx_list_and_refuse_a_list_without_consent(demo_url: str, tmp_path: Path,
                                                               capsys) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Förnamn", "Efternamn", "Mobil", "Mejl", "Roll", "GDPR-samtycke"])
    sheet.append(["Sigrid", "Älvdal", 705550142, "sigrid@example.se", "Parkering", "Ja"])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    assert main(["--db", demo_url, "import", "volunteers", str(path)]) == 0
    assert "Added 1 new volunteer(s)" in capsys.readouterr().out
    engine = make_engine(demo_url)
    try:
        with engine.connect() as conn:
            phone = conn.execute(select(m.Person.phone).where(
                m.Person.name == "Sigrid Älvdal")).scalar_one()
    finally:
        engine.dispose()
    assert phone == "+46705550142"  # Excel dropped the 0; the contacts import's repair
    bare = tmp_path / "utan.csv"
    bare.write_text("Namn,Telefon\nKim,0705550199\n", encoding="utf-8")
    before = volunteers(demo_url)
    assert main(["--db", demo_url, "import", "volunteers", str(bare)]) == 2
    assert "no consent column" in capsys.readouterr().err
    assert volunteers(demo_url) == before
