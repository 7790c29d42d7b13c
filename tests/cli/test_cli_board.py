"""`import guest-nights` and `report board` from the command line: the statistics imported in
one transaction (a second import replaces, a bad file writes nothing), the report as PDF
(read back by an independent reader, pypdf: Swedish text with å/ä/ö, a chart image per
section with figures) and as XLSX (a sheet per section, native charts), both owner-only."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import stat
from pathlib import Path

import pypdf
import pytest

from destination_norberg.cli import main

pytestmark = pytest.mark.both_engines

FILES = Path(__file__).resolve().parents[1] / "exchange" / "guest_nights_files"


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.replace("\u00a0", " ").split())


def owner_only(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_report_as_pdf_in_swedish(demo_url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "rapport.pdf"
    assert main(["--db", demo_url, "--today", "2026-11-26", "report", "board", "--year",
                 "2026", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote {out}"
    assert owner_only(out)
    text = pdf_text(out)
    for words in ("Rapport till kommunstyrelsen", "År 2026", "Genomförda evenemang",
                  "Inga deltagarsiffror importerade", "Kontakter med företag",
                  "Nyetableringar", "Escape Room Gruvschaktet", "Snögaranti",
                  "premiär 1 december: 4 km", "Leddagar per status", "Gästnätter i Norberg",
                  "Samma månad året innan", "Källa: Tillväxtverket/SCB"):
        assert words in text, words
    reader = pypdf.PdfReader(out)
    images = sum(len(page.images) for page in reader.pages)
    # contacts, snow, trail days, guest nights and trail visitors (the demo's counter on
    # Gruvrundan, issue 20) have figures (events and packages do not)
    assert images == 5
    assert "Besökare på lederna" in text and "Besökare per månad och led" not in text


def test_the_report_in_english_and_as_a_workbook(demo_url: str, tmp_path: Path,
                                                 capsys) -> None:
    import openpyxl

    pdf = tmp_path / "report.pdf"
    assert main(["--db", demo_url, "--today", "2026-11-26", "report", "board", "--season",
                 "Vinter 2026/27", "--lang", "en", "--out", str(pdf)]) == 0
    assert "Report to the municipal board" in pdf_text(pdf)
    out = tmp_path / "rapport.xlsx"
    assert main(["--db", demo_url, "--today", "2026-11-26", "report", "board", "--season",
                 "Vinter 2026/27", "--out", str(out)]) == 0
    assert owner_only(out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Evenemang", "Skickade paket", "Paket per partner",
                               "Företagskontakter", "Nyetableringar", "Snögaranti",
                               "Leddagar", "Gästnätter", "Gästnätter per boendeform",
                               "Besökare på lederna"]
    visitors = book["Besökare på lederna"]
    assert [c.value for c in visitors[1]] == ["Månad", "Gruvrundan", "Totalt"]
    assert len(visitors._charts) == 1
    nights = book["Gästnätter"]
    assert [c.value for c in nights[1]] == ["Månad", "Gästnätter", "Samma månad året innan",
                                            "Förändring %"]
    assert nights["C3"].value == 1645  # December 2025, the demo's fictional figure
    assert len(nights._charts) == 1 and len(book["Snögaranti"]._charts) == 1
    assert book["Snögaranti"]["A2"].value == "premiär 1 december: 4 km"


def test_mistakes_are_one_line(demo_url: str, tmp_path: Path, capsys) -> None:
    for words, said in (
            (["--season", "Vinter 1999", "--out", str(tmp_path / "r.pdf")],
             'there is no season "Vinter 1999"'),
            (["--year", "2026", "--out", str(tmp_path / "r.docx")], "PDF or XLSX"),
            (["--year", "2026", "--out", str(tmp_path / "no" / "r.pdf")], "does not exist")):
        capsys.readouterr()
        assert main(["--db", demo_url, "report", "board", *words]) == 2
        err = capsys.readouterr().err
        assert said in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("r.*"))


def test_import_guest_nights(demo_url: str, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["--db", demo_url, "import", "guest-nights", str(FILES / "pxweb_wide.csv"),
                 "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    # the months replace the demo's own fictional figures for them (7 a month)
    assert (first["counts"], first["replaced"], first["months"]) == (
        24, 21, ["2025M01", "2025M02", "2025M03"])
    assert main(["--db", demo_url, "import", "guest-nights", str(FILES / "pxweb_wide.csv"),
                 "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["counts"], again["replaced"]) == (24, 24)
    assert main(["--db", demo_url, "import", "guest-nights", str(FILES / "bad_rows.csv")]) == 2
    err = capsys.readouterr().err
    assert "4 bad row(s), so nothing was imported. Line 3:" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["--db", demo_url, "import", "guest-nights", str(FILES / "long_form.csv"),
                 "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("Would import 6 guest-night figures")
