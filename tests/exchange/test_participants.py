"""A registration system's participant export read into counts (exchange.participants):
CSV and XLSX, bad rows reported and kept out, a broken file refused, nothing personal kept,
and postcodes placed in län and kommun by their first three digits."""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_norberg.exchange.participants import (
    ParticipantsFileError,
    guess_mapping,
    place_of,
    read_participants,
)

HEADER = "Förnamn;Efternamn;Födelseår;Kön;Klubb;Nation;Postnummer;Lopp;Startgrupp;Första gången"
GOOD = [
    "Anna;Demo;1980;K;Norbergs SK;SWE;738 30;Engelbrektsloppet 60 km;3;Ja",
    "Bo;Demo;1975;M;Sala SK;SWE;73391;Engelbrektsloppet 60 km;2;Nej",
    "Cai;Demo;1990;M;;NOR;;Engelbrektsloppet 60 km;4;",
    "Dan;Demo;1988;M;Norbergs SK;Sverige;111 22;Engelbrektshalvan 30 km;1;ja",
]
BAD = [
    "Eva;Demo;1985;K;Klubb;SWE;738 30;;2;Nej",          # no race
    "Fia;Demo;nittio;K;Klubb;SWE;738 30;Engelbrektsloppet 60 km;2;Nej",  # no year
    "Gun;Demo;1970;K;Klubb;SWE;7383;Engelbrektsloppet 60 km;2;Nej",      # short postcode
]


def write(tmp_path: Path, lines: list[str], name: str = "anmalda.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def test_counts_by_race_country_lan_kommun_club_and_first_timers(tmp_path: Path) -> None:
    table = read_participants(write(tmp_path, GOOD))
    counts = {(race, dim, key): n for race, dim, key, n in table.rows()}
    race = "Engelbrektsloppet 60 km"
    assert table.by_race() == {race: 3, "Engelbrektshalvan 30 km": 1}
    assert counts[(race, "country", "SWE")] == 2 and counts[(race, "country", "NOR")] == 1
    assert counts[(race, "lan", "Västmanland")] == 2  # Norberg 738, Sala 733
    assert counts[(race, "kommun", "Norberg")] == 1 and counts[(race, "kommun", "Sala")] == 1
    assert counts[("Engelbrektshalvan 30 km", "lan", "Stockholm")] == 1
    assert counts[(race, "club", "Norbergs SK")] == 1
    assert counts[(race, "first", "")] == 1
    assert table.errors == []


def test_no_name_birth_year_postcode_or_start_group_is_kept(tmp_path: Path) -> None:
    table = read_participants(write(tmp_path, GOOD))
    kept = " ".join(f"{r} {d} {k}" for r, d, k, _n in table.rows())
    for personal in ("Anna", "Demo", "1980", "738 30", "73391"):
        assert personal not in kept
    assert {d for _r, d, _k, _n in table.rows()} <= {"total", "country", "lan", "kommun",
                                                      "club", "first"}


def test_bad_rows_are_reported_and_kept_out_the_rest_counted(tmp_path: Path) -> None:
    table = read_participants(write(tmp_path, GOOD + BAD))
    assert [n for n, _why in table.errors] == [6, 7, 8]
    assert "race" in table.errors[0][1]
    assert "nittio" in table.errors[1][1] and "7383" in table.errors[2][1]
    assert table.good_rows == 4 and sum(table.by_race().values()) == 4


def test_a_file_without_a_race_column_or_any_good_row_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "utan_lopp.csv"
    path.write_text("Namn;Klubb\nAnna;Norbergs SK\n", encoding="utf-8")
    with pytest.raises(ParticipantsFileError, match="race"):
        read_participants(path)
    with pytest.raises(ParticipantsFileError, match="No row"):
        read_participants(write(tmp_path, BAD))
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    with pytest.raises(ParticipantsFileError, match="empty"):
        read_participants(empty)


def test_the_mapping_chosen_replaces_the_guess(tmp_path: Path) -> None:
    path = tmp_path / "egen.csv"
    path.write_text("A,B\nEngelbrektsloppet 60 km,Norbergs SK\n", encoding="utf-8")
    with pytest.raises(ParticipantsFileError):
        read_participants(path)
    table = read_participants(path, {"A": "race", "B": "club"})
    assert table.by_race() == {"Engelbrektsloppet 60 km": 1}


def test_without_a_first_time_column_first_timers_are_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "utan.csv"
    path.write_text("Lopp,Klubb\nEngelbrektsloppet 60 km,X\n", encoding="utf-8")
    table = read_participants(path)
    assert "first_time" not in table.mapping.values()
    assert not [r for r in table.rows() if r[1] == "first"]


def test_an_xlsx_export_reads_like_the_csv(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for line in [HEADER, *GOOD, *BAD]:
        sheet.append([int(c) if c.isdigit() and len(c) == 4 else c for c in line.split(";")])
    path = tmp_path / "anmalda.xlsx"
    book.save(path)
    table = read_participants(path)
    assert table.rows() == read_participants(write(tmp_path, GOOD + BAD)).rows()
    assert len(table.errors) == 3


def test_headers_in_swedish_and_english_are_recognised() -> None:
    assert guess_mapping(["Race", "Club", "Nationality", "Zip code", "Year of birth",
                          "First time"]) == {
        "Race": "race", "Club": "club", "Nationality": "nationality", "Zip code": "postcode",
        "Year of birth": "birth_year", "First time": "first_time"}


def test_postcodes_to_lan_and_kommun_by_prefix() -> None:
    assert place_of("738 30") == ("Västmanland", "Norberg")
    assert place_of("77430") == ("Dalarna", "Avesta")
    assert place_of("11122") == ("Stockholm", "Stockholm")
    assert place_of("00000") is None
