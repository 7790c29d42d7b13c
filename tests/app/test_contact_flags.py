"""Issue 16, one truth: the values an import keeps as written (to review) are the same in the
preview (app.network.flagged_values), in the import's report and on the command line; the
postal-code limit is the column's."""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_norberg.app.network import (
    flagged_values,
    import_contacts_table,
    read_contacts_file,
)
from destination_norberg.cli import main
from destination_norberg.core.contacts import POSTAL_CODE_MAX
from destination_norberg.store import models as m

CSV = ("Organization,Display Name,Email Work,Phone Work,Work Zip,Work Country\n"
       "Raleigh Outfitters,John Doe,john@example.com,905-555-1234,27613-3502,\n"
       "Toronto Trails,Jane Doe,jane@example.com,905-555-1234,M5V 2T6,Canada\n"
       "Norbergs Bageri,Åsa Öberg,asa@example.se,22 100,738 30,Sverige\n"
       "Växeln,Ola Ankn,ola@example.se,300,,\n")


def test_the_postal_code_limit_is_the_column_length() -> None:
    assert m.Organisation.__table__.c.postal_code.type.length == POSTAL_CODE_MAX


def test_preview_report_and_command_line_list_the_same_values(tmp_path: Path, capsys) -> None:
    path = tmp_path / "outlook.csv"
    path.write_text(CSV, encoding="utf-8")
    table = read_contacts_file(path, None, None)
    preview = flagged_values(table)
    assert [n for n, _ in preview] == [2, 2, 4, 5]  # Toronto's number is read in Canada
    report = import_contacts_table(f"sqlite:///{tmp_path / 'a.sqlite'}", table, path.name,
                                   strict=False)
    assert report.flagged == preview and report.errors == []
    assert report.created_persons == 4
    url = f"sqlite:///{tmp_path / 'b.sqlite'}"
    assert main(["--db", url, "import", "contacts", str(path)]) == 0
    out = capsys.readouterr().out
    assert "4 value(s) could not be normalised and were kept as written, to review:" in out
    for number, why in preview:
        assert f"  row {number}: {why.text()}" in out
    assert "Ignored columns: none" in out


@pytest.mark.parametrize(("csv", "listed"), [
    ("Name,Nickname,Email\nAnna,Annie,anna@example.se\n", "Ignored columns (1): Nickname"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nBDAY:1980-01-01\nEND:VCARD\n",
     "Ignored vCard properties (1): BDAY")])
def test_the_command_line_always_lists_what_it_ignored(tmp_path: Path, capsys, csv: str,
                                                       listed: str) -> None:
    path = tmp_path / ("k.vcf" if csv.startswith("BEGIN") else "k.csv")
    path.write_text(csv, encoding="utf-8")
    assert main(["--db", f"sqlite:///{tmp_path / 'c.sqlite'}", "import", "contacts",
                 str(path)]) == 0
    assert listed in capsys.readouterr().out


REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"


def test_real_address_books_keep_every_person(tmp_path: Path) -> None:
    """Issue 16 over ../shared/realdata: before, 13 of the 26 contacts in the 20 CSV and vCard
    files were imported (13 left out for a phone number without area code); now every
    contact is, and only a card holding nothing but a photo is left out."""
    files = sorted([*(REALDATA / "contacts_csv").glob("*"), *(REALDATA / "vcf").glob("*")])
    if not files:
        pytest.skip("../shared/realdata is not here")
    imported = left_out = 0
    for number, path in enumerate(files):
        table = read_contacts_file(path, None, None)
        report = import_contacts_table(f"sqlite:///{tmp_path / f'{number}.sqlite'}", table,
                                       path.name, strict=False)
        assert report.written and report.errors == [], path.name
        imported += len(table.rows)
        left_out += len(table.errors)
    assert (len(files), imported, left_out) == (20, 26, 1)
