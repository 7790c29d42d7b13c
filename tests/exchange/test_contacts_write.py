"""Contact export: round trips through our own reader, and exports that are safe to open in a
spreadsheet (no formula injection; phone numbers stay text)."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import openpyxl
import pytest

from destination_norberg.core.contacts import ContactRow, normalise_phone
from destination_norberg.exchange.contacts_read import read_contacts
from destination_norberg.exchange.contacts_write import (
    fold,
    safe_cell,
    write_contacts_csv,
    write_contacts_xlsx,
    write_vcards,
)

HOSTILE = '=HYPERLINK("http://x","y")'


def contacts() -> list[ContactRow]:
    return [
        ContactRow(organisation="Norbergs Bageri", orgnr="556677-8899", category="Café",
                   name="Åsa Öberg", role="Ägare", email="asa@bageri.se", phone="+4622312345",
                   street="Stora gatan 3", postal_code="738 30", city="Norberg",
                   kommun="Norberg", website="https://bageri.se", tags=["Vinterstråket", "fika"],
                   notes="Semla; kardemumma, kaffe\nÖppet lördagar"),
        ContactRow(organisation="Mimerlaven", phone="+46701234567"),
        ContactRow(organisation=HOSTILE, name="@SUM(1+1)", role="-2+3", email="x@y.se",
                   phone="+442079460958", notes="\tflik", tags=["+1"]),
        ContactRow(name="Erik Ek", email="erik@ek.se", role="#N/A",
                   notes="En mycket lång anteckning med å, ä och ö " * 6),
    ]


def comparable(rows: list[ContactRow]) -> list[dict[str, object]]:
    """Rows as fields, phones normalised (exports write them the Swedish way), row numbers
    left out (they are the file's)."""
    out = []
    for row in rows:
        values = dataclasses.asdict(row)
        values.pop("source_row")
        values["phone"] = normalise_phone(row.phone)
        values["notes"] = row.notes.strip()
        out.append(values)
    return out


def write_vcards_3(rows: list[ContactRow], path: Path) -> int:
    return write_vcards(rows, path, "3.0")


@pytest.mark.parametrize(("writer", "name"), [(write_contacts_csv, "k.csv"),
                                              (write_contacts_xlsx, "k.xlsx"),
                                              (write_vcards, "k.vcf"),
                                              (write_vcards_3, "k3.vcf")])
def test_round_trip(tmp_path: Path, writer, name: str) -> None:
    path = tmp_path / name
    assert writer(contacts(), path) == 4
    table = read_contacts(path)
    assert table.errors == []
    assert comparable(table.rows) == comparable(contacts())
    assert not list(tmp_path.glob(".*.part"))  # the temporary file was renamed


def test_safe_cell() -> None:
    assert safe_cell(HOSTILE) == "'" + HOSTILE
    for text in ("+46 70", "-1", "@x", "\tx", "\rx", "＝1+1"):
        assert safe_cell(text).startswith("'")
    for text in ("", "Anna", "0223-123 45", "a=b", " =1"):
        assert safe_cell(text) == text


def test_csv_is_guarded_utf8_with_bom_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    write_contacts_csv(contacts(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfOrganisation;Organisationsnummer;")
    assert b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    header = rows[0]
    hostile = dict(zip(header, rows[3], strict=True))
    assert hostile["Organisation"] == "'" + HOSTILE
    assert hostile["Namn"] == "'@SUM(1+1)" and hostile["Roll"] == "'-2+3"
    assert hostile["Telefon"] == "'+44 20 7946 0958"
    assert hostile["Taggar"] == "'+1"
    assert dict(zip(header, rows[1], strict=True))["Telefon"] == "0223-123 45"
    for row in rows[1:]:
        assert all(not cell or cell[0] not in "=+-@\t\r" for cell in row)


def test_xlsx_cells_are_text_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    write_contacts_xlsx(contacts(), path)
    book = openpyxl.load_workbook(path)  # full mode: data types and styles as stored
    sheet = book["Kontakter"]
    assert sheet.freeze_panes == "A2"
    assert all(c.font.bold for c in sheet[1])
    header = [c.value for c in sheet[1]]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None]
    assert cells and all(c.data_type == "s" for c in cells)
    hostile = dict(zip(header, sheet[4], strict=True))
    assert hostile["Organisation"].value == HOSTILE
    assert hostile["Organisation"].quotePrefix
    assert hostile["Telefon"].value == "+44 20 7946 0958"
    phone = dict(zip(header, sheet[2], strict=True))["Telefon"]
    assert (phone.value, phone.data_type) == ("0223-123 45", "s")
    assert sheet.column_dimensions["A"].width > 10


def test_xlsx_drops_characters_xml_cannot_hold(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    write_contacts_xlsx([ContactRow(name="Anna\x00\x07 Berg")], path)
    assert read_contacts(path).rows[0].name == "Anna Berg"


def test_vcard_40_layout(tmp_path: Path) -> None:
    path = tmp_path / "k.vcf"
    write_vcards(contacts(), path)
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert text.count("BEGIN:VCARD") == 4 and text.endswith("END:VCARD\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    first = text.split("END:VCARD")[0]
    for line in ("VERSION:4.0", "FN:Åsa Öberg", "N:Öberg;Åsa;;;", "ORG:Norbergs Bageri",
                 "TITLE:Ägare", "EMAIL:asa@bageri.se", "TEL;VALUE=uri:tel:+4622312345",
                 "ADR;TYPE=work:;;Stora gatan 3;Norberg;;738 30;", "URL:https://bageri.se",
                 "NOTE:Semla\\; kardemumma\\, kaffe\\nÖppet lördagar",
                 "CATEGORIES:Vinterstråket,fika", "X-DN-ORGNR:556677-8899"):
        assert line + "\r\n" in first
    second = text.split("END:VCARD")[1]
    assert "KIND:org\r\n" in second and "FN:Mimerlaven\r\n" in second
    assert second.count("UID:urn:uuid:") == 1
    again = tmp_path / "again.vcf"
    write_vcards(contacts(), again)
    assert again.read_bytes() == raw  # stable UIDs: a second export matches the first


def test_fold_never_splits_a_character() -> None:
    line = "NOTE:" + "å" * 100
    folded = fold(line)
    parts = folded.split("\r\n ")
    assert "".join(parts) == line
    assert all(len(p.encode("utf-8")) <= 74 for p in parts[1:])
    assert len(parts[0].encode("utf-8")) <= 75
    assert fold("FN:kort") == "FN:kort"


def test_failed_export_leaves_no_file(tmp_path: Path) -> None:
    def broken() -> list[ContactRow]:
        yield ContactRow(name="Anna")
        raise RuntimeError("the database went away")

    path = tmp_path / "k.csv"
    path.write_text("the previous export", encoding="utf-8")
    with pytest.raises(RuntimeError):
        write_contacts_csv(broken(), path)
    assert path.read_text(encoding="utf-8") == "the previous export"
    assert list(tmp_path.iterdir()) == [path]


def test_vcard_30_layout_for_outlook_and_phones(tmp_path: Path) -> None:
    """Issue 16: vCard 3.0 as Outlook and older phones read it: no KIND (the organisation's
    own card is X-ABShowAs:COMPANY, as Apple and Outlook write it), TEL as text with TYPE;
    a number an import kept as written goes out as written and comes back the same."""
    path = tmp_path / "k.vcf"
    rows = [*contacts(), ContactRow(name="Kim Kort", email="kim@example.se", phone="22 100")]
    assert write_vcards(rows, path, "3.0") == 5
    text = path.read_bytes().decode("utf-8")
    assert "VERSION:4.0" not in text and text.count("VERSION:3.0") == 5
    assert "KIND:" not in text and "VALUE=uri" not in text
    first, second = text.split("END:VCARD")[:2]
    for line in ("TEL;TYPE=WORK,VOICE:+4622312345", "EMAIL;TYPE=INTERNET:asa@bageri.se",
                 "ADR;TYPE=WORK:;;Stora gatan 3;Norberg;;738 30;"):
        assert line + "\r\n" in first
    assert "X-ABShowAs:COMPANY\r\n" in second and "FN:Mimerlaven\r\n" in second
    assert "TEL;TYPE=WORK,VOICE:22 100\r\n" in text
    back = read_contacts(path).rows
    assert (back[1].organisation, back[1].name) == ("Mimerlaven", "")
    assert (back[4].name, back[4].phone) == ("Kim Kort", "22 100")
