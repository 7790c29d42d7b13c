"""`destination-norberg bulletin`: the daily bulletin as a PDF from the command line.

The command makes its own QApplication (offscreen without a screen); here the variable is set
first, as tests/gui/conftest.py does, so a developer's display is never used.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pypdf
import pytest

from destination_norberg.cli import main

pytestmark = pytest.mark.both_engines


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.replace("\u00a0", " ").split())


def one_line(err: str) -> str:
    """Exactly one line, worded for a person, with no traceback."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("destination-norberg"), lines[0]
    return lines[0]


def test_the_bulletin_of_the_demo_morning_in_swedish(demo_url: str, tmp_path: Path,
                                                     capsys) -> None:
    out = tmp_path / "anslag.pdf"
    assert main(["--db", demo_url, "--today", "2026-11-26", "bulletin", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote {out}"
    text = pdf_text(out)
    assert "torsdag 26 november 2026" in text
    assert "Engelbrektsslingan 20 km 20,0 km ● stängd torr" in text
    assert "Informationsmöte för Vinterstråkets deltagare" in text
    assert "Snölagringsslingan 4 km" in text and "5 dagar kvar" in text


def test_date_and_language(demo_url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "friday.pdf"
    assert main(["--db", demo_url, "--today", "2026-11-26", "bulletin", "--out", str(out),
                 "--date", "2026-12-04", "--lang", "en"]) == 0
    text = pdf_text(out)
    assert "Friday 4 December 2026" in text
    assert "Vinterstråket 2026/27 is open today, 16–20." in text
    assert "Made Thu 26 Nov" in text  # made on --today, for the day asked


def test_the_global_language_is_the_default(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    assert main(["--db", demo_url, "--lang", "en", "--today", "2026-11-26", "bulletin",
                 "--out", str(out)]) == 0
    assert "Thursday 26 November 2026" in pdf_text(out)


def run_exit(argv: list[str]) -> int:
    """argparse ends with SystemExit; our own failures return a code. Either way, the code."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize(("args", "says"), [
    (["--out", "{tmp}/bulletin.txt"], "give a file ending in .pdf"),
    (["--out", "{tmp}/no-such-folder/b.pdf"], "no-such-folder does not exist"),
    (["--out", "{tmp}/b.pdf", "--date", "2026-02-30"], "a date looks like 2026-11-26"),
    (["--out", "{tmp}/b.pdf", "--lang", "fi"], "invalid choice"),
    ([], "--out"),
])
def test_bad_input_is_one_line_and_exit_code_2(demo_url: str, tmp_path: Path, capsys,
                                               args: list[str], says: str) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert run_exit(["--db", demo_url, "bulletin", *argv]) == 2
    assert says in one_line(capsys.readouterr().err)
    assert not list(tmp_path.glob("**/*.pdf")) and not list(tmp_path.glob("**/*.tmp"))


def test_a_missing_database_is_not_created(tmp_path: Path, capsys) -> None:
    db = tmp_path / "typo.sqlite"
    assert main(["--db", str(db), "bulletin", "--out", str(tmp_path / "b.pdf")]) == 2
    assert "no database at" in one_line(capsys.readouterr().err)
    assert not db.exists() and not (tmp_path / "b.pdf").exists()
