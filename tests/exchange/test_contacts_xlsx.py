"""Contact import from workbooks: the sheet, the header row, dates, phone numbers stored as
numbers, merged cells, hyperlinks; Strict OOXML, ODS and a minimal OPC package read (issue
16); the files refused with a sentence (encrypted, not a zip, zip bombs). Workbooks are made
here with openpyxl or written by hand."""

from __future__ import annotations

import time
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from destination_norberg.exchange import contacts_xlsx_package
from destination_norberg.exchange.contacts_read import ContactsFileError, read_contacts


def contact_book(path: Path, *, epoch_1904: bool = False) -> Path:
    book = openpyxl.Workbook()
    if epoch_1904:
        book.epoch = CALENDAR_MAC_1904
    notes = book.active
    notes.title = "Om listan"
    notes["A1"] = "Exporterad ur CRM-systemet"
    sheet = book.create_sheet("Kontakter")
    sheet["A1"] = "Kontaktlista Norberg 2026"
    sheet.append([])
    sheet.append([None, "Företag", "Namn", "E-post", "Telefon", "Senast kontaktad", "Webb"])
    sheet.append([None, "Norbergs Bageri", "Anna Svensson", "Skicka e-post", 46701234567,
                  datetime(2026, 2, 8), "Hemsida"])
    sheet.append([None, None, "Erik Berg", "erik@bageri.se", 22312345,
                  datetime(2026, 2, 9, 10, 30), None])
    sheet.append([])
    sheet.append([None, None, None, None, None, "bara ett datum", None])
    sheet.merge_cells("B4:B5")
    sheet["D4"].hyperlink = "mailto:anna@bageri.se?subject=Hej"
    sheet["G4"].hyperlink = "https://bageri.se"
    hidden = book.create_sheet("Gammal")
    hidden.sheet_state = "hidden"
    hidden.append(["Namn", "E-post"])
    hidden.append(["Gunnar", "gunnar@x.se"])
    book.save(path)
    return path


def test_sheet_header_row_merges_links_and_numbers(tmp_path: Path) -> None:
    table = read_contacts(contact_book(tmp_path / "k.xlsx"), sheet="Kontakter")
    assert table.format == "xlsx"
    assert table.sheet == "Kontakter"
    assert table.sheets == ["Kontakter", "Om listan", "Gammal"]
    assert table.columns == ["Företag", "Namn", "E-post", "Telefon", "Senast kontaktad", "Webb"]
    assert table.mapping == {"Företag": "organisation", "Namn": "name", "E-post": "email",
                             "Telefon": "phone", "Webb": "website"}
    assert table.preview[0] == ["Norbergs Bageri", "Anna Svensson", "Skicka e-post",
                                "46701234567", "2026-02-08", "Hemsida"]
    assert table.preview[1][4] == "2026-02-09 10:30"
    anna, erik = table.rows
    assert (anna.source_row, anna.email, anna.phone, anna.website) == (
        4, "anna@bageri.se", "+46701234567", "https://bageri.se")
    assert (erik.organisation, erik.phone) == ("Norbergs Bageri", "022312345")
    assert table.errors == [(7, "it has no name, organisation, e-mail or phone number in the "
                                "mapped columns")]


def test_default_sheet_is_the_first_visible_with_data(tmp_path: Path) -> None:
    table = read_contacts(contact_book(tmp_path / "k.xlsx"))
    assert table.sheet == "Om listan"
    assert table.rows == [] and table.columns == ["Column 1"]
    hidden = read_contacts(tmp_path / "k.xlsx", sheet="gammal")
    assert [r.name for r in hidden.rows] == ["Gunnar"]


def test_unknown_sheet_names_the_sheets(tmp_path: Path) -> None:
    with pytest.raises(ContactsFileError, match="no sheet named “Nej”; its sheets are: "
                                                "Om listan, Kontakter, Gammal"):
        read_contacts(contact_book(tmp_path / "k.xlsx"), sheet="Nej")


def test_1904_date_system(tmp_path: Path) -> None:
    """A Mac workbook counts days from 1904: the same serial is four years off otherwise."""
    path = contact_book(tmp_path / "mac.xlsx", epoch_1904=True)
    with zipfile.ZipFile(path) as archive:
        assert b'date1904="1"' in archive.read("xl/workbook.xml")
    table = read_contacts(path, sheet="Kontakter")
    assert [p[4] for p in table.preview] == ["2026-02-08", "2026-02-09 10:30",
                                             "bara ett datum"]


def test_formula_cells_are_read_as_their_cached_values(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Namn", "E-post"])
    book.active.append(["Anna", '=LOWER("ANNA@X.SE")'])
    book.save(tmp_path / "f.xlsx")
    row = read_contacts(tmp_path / "f.xlsx").rows[0]
    assert row.email == ""  # never calculated by Excel, so no cached value: not the formula


def test_header_forced_off_and_mapping_by_column_number(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Anna", "anna@x.se"])
    book.active.append(["Erik", "erik@x.se"])
    book.save(tmp_path / "n.xlsx")
    table = read_contacts(tmp_path / "n.xlsx", mapping={"Column 1": "name",
                                                        "Column 2": "email"})
    assert [(r.name, r.source_row) for r in table.rows] == [("Anna", 1), ("Erik", 2)]


def test_empty_workbook(tmp_path: Path) -> None:
    openpyxl.Workbook().save(tmp_path / "e.xlsx")
    with pytest.raises(ContactsFileError, match="every sheet is empty"):
        read_contacts(tmp_path / "e.xlsx")


def test_encrypted_workbook(tmp_path: Path) -> None:
    """Excel saves a password-protected .xlsx as an OLE2 compound file with an
    EncryptionInfo stream (its directory names are UTF-16)."""
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
                     + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1000)
    with pytest.raises(ContactsFileError, match="encrypted Excel workbook; save it without a "
                                                "password"):
        read_contacts(path)


def test_damaged_xls(tmp_path: Path) -> None:
    """An .xls is read (python-calamine); one that is only an OLE2 header is damaged."""
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    with pytest.raises(ContactsFileError, match="damaged"):
        read_contacts(path)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("Namn;E-post\nAnna;anna@x.se\n", encoding="utf-8")
    with pytest.raises(ContactsFileError, match="not a zip package"):
        read_contacts(path)
    html = tmp_path / "export.xls"
    html.write_text("<html><table><tr><td>Anna</td></tr></table></html>", encoding="utf-8")
    with pytest.raises(ContactsFileError, match="web page"):
        read_contacts(html)


_ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:'
    'names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:'
    'xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Kontakter">'
    + "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>'
        for c in row) + "</table:table-row>"
        for row in (["Namn", "E-post"], ["Åsa Öberg", "asa@example.se"]))
    + "</table:table></office:spreadsheet></office:body></office:document-content>")


def test_opendocument_is_read_and_other_zips_refused(tmp_path: Path) -> None:
    ods = tmp_path / "k.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:'
                         'oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                         'manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                         'opendocument.spreadsheet"/></manifest:manifest>')
        archive.writestr("content.xml", _ODS_CONTENT)
    table = read_contacts(ods)
    assert [(r.name, r.email) for r in table.rows] == [("Åsa Öberg", "asa@example.se")]
    assert table.sheets == ["Kontakter"]
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("a.txt", "hej")
    with pytest.raises(ContactsFileError, match="not a workbook"):
        read_contacts(other)


def test_strict_open_xml_is_read(tmp_path: Path) -> None:
    """Strict OOXML: the Transitional namespaces replaced by ISO's purl.oclc.org ones."""
    book = openpyxl.Workbook()
    book.active.append(["Namn", "E-post", "Telefon"])
    book.active.append(["Åsa Öberg", "asa@example.se", "0223-123 45"])
    book.save(tmp_path / "t.xlsx")
    path = tmp_path / "strict.xlsx"
    swap = [(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
             b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
            (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
             b"http://purl.oclc.org/ooxml/officeDocument/relationships")]
    with zipfile.ZipFile(tmp_path / "t.xlsx") as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            for old, new in swap:
                data = data.replace(old, new)
            dst.writestr(info.filename, data)
    assert b"purl.oclc.org/ooxml" in zipfile.ZipFile(path).read("_rels/.rels")
    [row] = read_contacts(path).rows
    assert (row.name, row.email, row.phone) == ("Åsa Öberg", "asa@example.se", "0223-123 45")


def minimal_package(path: Path) -> Path:
    """Like calamine's minimal_package.xlsx: the workbook at the package root (found only
    through _rels/.rels), cells without an `r` attribute, inline strings; and a literal
    `_x000D_`, Excel's escape of a carriage return."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    def row(n: int, cells: list[str]) -> str:
        return f'<row r="{n}">' + "".join(
            f'<c t="inlineStr"><is><t>{c}</t></is></c>' for c in cells) + "</row>"

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                   'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/workbook.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/sheet1'
                   '.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/'
                   'officeDocument" Target="workbook.xml"/></Relationships>')
        z.writestr("workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet '
                   'name="Kontakter" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                   f'Type="{rel}/worksheet" Target="sheet1.xml"/></Relationships>')
        z.writestr("sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>'
                   + row(1, ["Namn", "E-post", "Anteckningar"])
                   + row(2, ["Anna Berg", "anna@example.se", "rad 1_x000D_\nrad 2"])
                   + "</sheetData></worksheet>")
    return path


def test_a_minimal_package_is_read(tmp_path: Path) -> None:
    [row] = read_contacts(minimal_package(tmp_path / "minimal_package.xlsx")).rows
    assert (row.name, row.email, row.notes) == ("Anna Berg", "anna@example.se",
                                                "rad 1\nrad 2")


def test_openpyxl_reads_what_calamine_refuses(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback: an XLSX python-calamine cannot open is read with openpyxl, and its
    literal `_x000D_` decoded all the same."""
    from destination_norberg.exchange import contacts_xlsx

    monkeypatch.setattr(contacts_xlsx, "_calamine_sheets", lambda _path: None)
    [row] = read_contacts(minimal_package(tmp_path / "minimal_package.xlsx")).rows
    assert (row.name, row.notes) == ("Anna Berg", "rad 1\nrad 2")
    table = read_contacts(contact_book(tmp_path / "k.xlsx"), sheet="Kontakter")
    assert [r.name for r in table.rows] == ["Anna Svensson", "Erik Berg"]


def test_damaged_workbook(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook")
    with pytest.raises(ContactsFileError, match="damaged"):
        read_contacts(path)


def test_zip_bomb_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ContactsFileError, match="zip bomb"):
        read_contacts(path)
    assert time.perf_counter() - started < 2


def test_unpacked_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    contact_book(tmp_path / "k.xlsx")
    monkeypatch.setattr(contacts_xlsx_package, "MAX_UNPACKED", 1000)
    with pytest.raises(ContactsFileError, match="far more data"):
        read_contacts(tmp_path / "k.xlsx")


@pytest.mark.parametrize(("method", "name", "version"), [(9, "Deflate64", None),
                                                         (93, "Zstandard", None),
                                                         (None, "zip version 6.4", 64)])
def test_a_workbook_zipped_in_an_unusual_way_is_named(tmp_path: Path, method, name,
                                                      version) -> None:
    from tests.geo.helpers import patch_zip

    book = contact_book(tmp_path / "k.xlsx")
    stored = tmp_path / "lista.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as z:
        for info in src.infolist():
            z.writestr(info.filename, src.read(info))
    with pytest.raises(ContactsFileError, match=name) as caught:
        read_contacts(patch_zip(stored, method=method, version=version))
    assert "damaged" not in str(caught.value) and "Save As" in str(caught.value)
