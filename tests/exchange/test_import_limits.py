"""Imports that cannot break the program (issue 13): control characters (ESC, BEL, NUL …)
are dropped on the way in and on the way out, and every field is cut to a sensible length
with a note saying so."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl

from destination_norberg.core.contacts import ContactRow
from destination_norberg.core.events import EventRecord
from destination_norberg.core.plain_text import NAME_MAX, TEXT_MAX
from destination_norberg.core.timeutil import parse_local
from destination_norberg.exchange.contacts_read import read_contacts
from destination_norberg.exchange.contacts_write import write_contacts_csv, write_vcards
from destination_norberg.exchange.ical_read import read_calendar
from destination_norberg.exchange.ical_write import write_events
from destination_norberg.exchange.smhi import read_smhi

# NUL is missing: the readers refuse a file with NUL bytes whole, as binary data.
ESCAPES = "\x1b[2J\x1b]2 pwned\x07\x01\x9b31m"  # clear screen, set the title, red
SEEN = "[2J]2 pwned31m"  # what is left of it: harmless text
CONTROLS = {chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F,
                             *range(0x80, 0xA0))}


def controls_in(text: str) -> set[str]:
    return CONTROLS & set(text)


def ics(summary: str, description: str = "", location: str = "") -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
             "UID:a@test", "DTSTART:20270214T080000Z", f"SUMMARY:{summary}"]
    lines += [f"DESCRIPTION:{description}"] if description else []
    lines += [f"LOCATION:{location}"] if location else []
    return ("\r\n".join([*lines, "END:VEVENT", "END:VCALENDAR"]) + "\r\n").encode("utf-8")


def test_an_ics_title_of_200000_characters_is_shortened_and_said() -> None:
    result = read_calendar(ics("Å" * 200_000, description="ord " * 5_000))
    (event,) = result.events
    assert len(event.summary) == NAME_MAX and event.summary.endswith("…")
    assert len(event.description) <= TEXT_MAX
    assert any("shortened" in w for w in result.warnings)


def test_control_characters_in_an_ics_are_dropped() -> None:
    result = read_calendar(ics(f"Nattlopp{ESCAPES}", description=f"a{ESCAPES}\\nb",
                               location=f"Torget{ESCAPES}"))
    (event,) = result.events
    assert event.summary == "Nattlopp" + SEEN
    assert event.description == f"a{SEEN}\nb" and event.location.startswith("Torget")
    assert not any("shortened" in w for w in result.warnings)


def test_contacts_csv_fields_are_cleaned_and_the_shortened_rows_listed(tmp_path: Path) -> None:
    path = tmp_path / "kontakter.csv"
    path.write_text("Organisation;Namn;E-post;Anteckningar\n"
                    f"Bageriet{ESCAPES};Anna;anna@example.com;kort\n"
                    f"{'B' * 300};Erik;erik@example.com;{'n' * 20_000}\n", encoding="utf-8")
    table = read_contacts(path)
    first, second = table.rows
    assert first.organisation == "Bageriet" + SEEN and not controls_in(first.organisation)
    assert len(second.organisation) == NAME_MAX and len(second.notes) == TEXT_MAX
    assert table.shortened == [(3, "organisation, notes")]


def test_a_vcard_with_escapes_and_a_long_name(tmp_path: Path) -> None:
    path = tmp_path / "k.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Greta" + ESCAPES + "\r\n"
                    "ORG:" + "O" * 500 + "\r\nEND:VCARD\r\n", encoding="utf-8")
    table = read_contacts(path)
    (row,) = table.rows
    assert not controls_in(row.name) and row.name.startswith("Greta")
    assert len(row.organisation) == NAME_MAX and table.shortened == [(1, "organisation")]


def test_an_xlsx_cell_of_a_hundred_thousand_characters(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Organisation", "Namn"])
    sheet.append(["Gruvan AB", "N" * 100_000])
    book.save(path)
    table = read_contacts(path)
    (row,) = table.rows
    assert len(row.name) == NAME_MAX and table.shortened == [(2, "name")]


def test_an_smhi_station_name_is_cleaned() -> None:
    from tests.exchange.test_smhi import csv_bytes

    header = ("Stationsnamn;Stationsnummer;Stationsnät;Mäthöjd (meter över marken)\n"
              f"Kiruna{ESCAPES};180960;SMHIs{ESCAPES} stationsnät;0.0\n")
    download = read_smhi(csv_bytes(header=header))
    assert download.station.name == "Kiruna" + SEEN
    assert not controls_in(download.station.network)


def test_the_writers_send_no_control_character_on(tmp_path: Path) -> None:
    event = EventRecord(id=1, uid="u1", name_sv=f"Nattlopp\x00{ESCAPES}", kind="lopp",
                        status="bekräftad", starts_at=parse_local("2027-02-14T18:00"),
                        description_sv=f"a{ESCAPES}", place_name=f"Torget{ESCAPES}")
    text = write_events([event], calendar_name=f"Kal{ESCAPES}",
                        now=datetime(2026, 11, 26, tzinfo=UTC))
    assert not controls_in(text.replace("\r\n", "")) and "Nattlopp" + SEEN in text
    row = ContactRow(organisation=f"Bageriet\x00{ESCAPES}", name=f"Anna{ESCAPES}",
                     notes=f"rad ett{ESCAPES}\r\nrad två")
    write_vcards([row], tmp_path / "k.vcf")
    write_contacts_csv([row], tmp_path / "k.csv")
    for name in ("k.vcf", "k.csv"):
        written = (tmp_path / name).read_text("utf-8-sig").replace("\r\n", "").replace("\n", "")
        assert not controls_in(written), name
