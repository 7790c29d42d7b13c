"""Reading Tillväxtverket/SCB's accommodation statistics: PxWeb's wide CSV with title lines
and footnotes, the long form, labels written once and filled down, XLSX, ".." held back, "-"
zero, and bad rows named by their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_norberg.core.guest_nights import (
    TOTAL,
    GuestNightsError,
    accommodation_key,
    is_norberg,
    month_figures,
    month_of,
    nights_of,
    origin_key,
)
from destination_norberg.exchange.guest_nights_read import bad_rows_text, read_guest_nights

FILES = Path(__file__).resolve().parent / "guest_nights_files"


def cells(found, region: str = "1962 Norberg") -> dict:
    return {(r.year, r.month, r.accommodation, r.origin): r.nights for r in found.rows
            if r.region == region}


def test_pxweb_wide_export_with_title_lines_and_footnotes() -> None:
    found = read_guest_nights(FILES / "pxweb_wide.csv")
    assert found.bad == []
    assert found.months == [(2025, 1), (2025, 2), (2025, 3)]
    assert found.regions == ["1962 Norberg", "1982 Fagersta"]
    got = cells(found)
    assert got[(2025, 1, TOTAL, TOTAL)] == 1910  # "1 910": a space groups thousands
    assert got[(2025, 1, "vandrarhem", TOTAL)] is None  # ".." held back
    assert got[(2025, 2, "camping", TOTAL)] == 0  # "-" is the statistics' zero
    assert got[(2025, 2, TOTAL, "utlandet")] == 1895
    assert len(found.rows) == 8 * 3


def test_long_form_with_a_bom_and_no_origin_column() -> None:
    found = read_guest_nights(FILES / "long_form.csv")
    assert found.bad == []
    got = cells(found)
    assert got == {(2026, 1, "hotell", TOTAL): 900, (2026, 1, "stugby", TOTAL): 700,
                   (2026, 1, "vandrarhem", TOTAL): None, (2026, 2, "hotell", TOTAL): 3100,
                   (2026, 2, "stugby", TOTAL): 1900, (2026, 2, "vandrarhem", TOTAL): 1400}
    figures = month_figures(found.rows)
    # no total in the file: the sum of the kinds, incomplete where one was held back
    assert (figures[(2026, 1)].total, figures[(2026, 1)].complete) == (1600, False)
    assert (figures[(2026, 2)].total, figures[(2026, 2)].complete) == (6400, True)


def test_labels_written_once_are_filled_down_and_other_figures_left_out() -> None:
    found = read_guest_nights(FILES / "filled_down.csv")
    assert found.bad == []
    got = cells(found)
    assert got == {(2025, 1, TOTAL, "sverige"): 1680, (2025, 2, TOTAL, "sverige"): 4210,
                   (2025, 1, TOTAL, "utlandet"): 230, (2025, 2, TOTAL, "utlandet"): 1895,
                   (2025, 1, "hotell", TOTAL): 880, (2025, 2, "hotell", TOTAL): 2950}
    # arrivals ("Ankomster") are another figure of the statistics, not guest nights


def test_bad_rows_are_named_by_line() -> None:
    found = read_guest_nights(FILES / "bad_rows.csv")
    assert [b.line for b in found.bad] == [3, 4, 5, 5]
    text = bad_rows_text(found.bad)
    assert "Line 3: “Slott” is not a kind of accommodation" in text
    assert "Line 4: “tusen” is not a number of guest nights." in text
    assert "Line 5: 2025M01 is counted twice (also on line 2)." in text


def test_xlsx_export(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Gästnätter efter region, boendeform och månad"])
    sheet.append([])
    sheet.append(["region", "boendeform", "2025M11", "2025M12"])
    sheet.append(["1962 Norberg", "Totalt", 1500, 1700])
    sheet.append(["1962 Norberg", "Hotell", 700.0, ".."])
    path = tmp_path / "export.xlsx"
    book.save(path)
    found = read_guest_nights(path)
    assert found.bad == []
    assert cells(found) == {(2025, 11, TOTAL, TOTAL): 1500, (2025, 12, TOTAL, TOTAL): 1700,
                            (2025, 11, "hotell", TOTAL): 700, (2025, 12, "hotell", TOTAL): None}


@pytest.mark.parametrize("text", ["region;kommun\nNorberg;x\n", "hello", ""])
def test_not_an_export(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GuestNightsError, match="no header with months"):
        read_guest_nights(path)


def test_the_words() -> None:
    assert month_of("2025M01") == (2025, 1) and month_of("2025M01 Gästnätter") == (2025, 1)
    assert month_of("2025M13") is None
    assert [nights_of(v) for v in ("1 234", "..", ".", "-", 12.0, "7")] == [
        1234, None, None, 0, 12, 7]
    with pytest.raises(GuestNightsError):
        nights_of("-3")
    assert accommodation_key("Privata stugor och lägenheter") == "privat"
    assert accommodation_key("Stugbyar") == "stugby" and accommodation_key("Slott") is None
    assert origin_key("Utlandet") == "utlandet" and origin_key("Norge") == "norge"
    assert is_norberg("1962 Norberg") and not is_norberg("1982 Fagersta")
