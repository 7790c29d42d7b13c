"""Contact CSV import: encodings, delimiters, headers or none, the mapping, hostile files.

Small fixtures written here, so these run everywhere; the real exports are in
test_contacts_realdata.py.
"""

from __future__ import annotations

import codecs
import json
import time
from pathlib import Path

import pytest

from destination_norberg.exchange import contacts_table
from destination_norberg.exchange.contacts_read import (
    ContactsFileError,
    guess_mapping,
    load_mapping_file,
    read_contacts,
)

SWEDISH = ("Företag;Namn;E-post;Telefon;Adress;Postnummer;Ort;Kommun;Organisationsnummer;"
           "Kategori;Roll;Webbplats;Taggar;Anteckningar\r\n"
           "Norbergs Bageri;Åsa Öberg;asa@bageri.se;0223-123 45;Stora gatan 3;738 30;Norberg;"
           "Norberg;556677-8899;Café;Ägare;https://bageri.se;Vinterstråket, fika;"
           "\"Vill vara med; gärna i december\"\r\n"
           "Kärrgruvans Camping;;info@karrgruvan.se;;;;;;;;;;;\r\n")


def write(tmp_path: Path, text: str, name: str = "kontakter.csv",
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_swedish_excel_semicolons_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeff" + SWEDISH)
    table = read_contacts(path)
    assert (table.format, table.delimiter, table.encoding) == ("csv", ";", "utf-8-sig")
    assert set(table.mapping.values()) == {
        "organisation", "name", "email", "phone", "street", "postal_code", "city", "kommun",
        "orgnr", "category", "role", "website", "tags", "notes"}
    first, second = table.rows
    assert first.organisation == "Norbergs Bageri" and first.name == "Åsa Öberg"
    assert first.phone == "0223-123 45" and first.orgnr == "556677-8899"
    assert first.tags == ["Vinterstråket", "fika"]
    assert first.notes == "Vill vara med; gärna i december"
    assert first.source_row == 2
    assert second.organisation == "Kärrgruvans Camping" and second.name == ""
    assert table.errors == []


def test_windows_1252_is_detected(tmp_path: Path) -> None:
    path = write(tmp_path, SWEDISH, encoding="cp1252")
    table = read_contacts(path)
    assert table.encoding == "cp1252"
    assert table.rows[0].name == "Åsa Öberg"


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    text = SWEDISH.replace(";", "\t").replace('"Vill vara med\t gärna', '"Vill vara med; gärna')
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    table = read_contacts(path)
    assert (table.delimiter, table.encoding) == ("\t", "utf-16-le")
    assert table.rows[0].email == "asa@bageri.se"


def test_excel_sep_line_decides_the_delimiter(tmp_path: Path) -> None:
    path = write(tmp_path, "sep=,\r\nNamn,E-post\r\nAnna;Berg,anna@x.se\r\n")
    table = read_contacts(path)
    assert table.delimiter == ","
    assert [(r.name, r.email, r.source_row) for r in table.rows] == [
        ("Anna;Berg", "anna@x.se", 3)]


def test_no_header_gives_numbered_columns_and_no_guess(tmp_path: Path) -> None:
    path = write(tmp_path, "Anna Berg,anna@x.se,070-123 45 67\nErik Ek,erik@y.se,0223-10000\n")
    table = read_contacts(path)
    assert table.columns == ["Column 1", "Column 2", "Column 3"]
    assert table.mapping == {} and table.rows == [] and table.errors == []
    assert table.preview[1] == ["Erik Ek", "erik@y.se", "0223-10000"]
    mapped = read_contacts(path, mapping={"Column 1": "name", "Column 2": "email",
                                          "Column 3": "phone"})
    assert [(r.name, r.phone, r.source_row) for r in mapped.rows] == [
        ("Anna Berg", "070-123 45 67", 1), ("Erik Ek", "0223-10000", 2)]


def test_header_of_unknown_labels_is_found_above_values(tmp_path: Path) -> None:
    path = write(tmp_path, "Vem,Adressen\nAnna,anna@x.se\n")
    table = read_contacts(path)
    assert table.columns == ["Vem", "Adressen"]
    assert len(table.preview) == 1
    numbered = read_contacts(path, mapping={"Column 1": "name", "Column 2": "email"})
    assert [r.name for r in numbered.rows] == ["Vem", "Anna"]


def test_has_header_can_be_forced_either_way(tmp_path: Path) -> None:
    path = write(tmp_path, "Namn,E-post\nAnna,anna@x.se\n")
    assert read_contacts(path, has_header=False).columns == ["Column 1", "Column 2"]
    text_only = write(tmp_path, "Alfa,Beta\nGamma,Delta\n", "t.csv")
    assert read_contacts(text_only).columns == ["Column 1", "Column 2"]
    assert read_contacts(text_only, has_header=True).columns == ["Alfa", "Beta"]


def test_first_and_last_name_are_joined_and_a_full_name_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "First Name,Last Name,Display Name,Primary Email\n"
                           "Anna,Berg,,anna@x.se\nErik,Ek,Erik Ek (Bageriet),erik@y.se\n")
    table = read_contacts(path)
    assert table.mapping == {"First Name": "name", "Last Name": "name",
                             "Display Name": "name", "Primary Email": "email"}
    assert [r.name for r in table.rows] == ["Anna Berg", "Erik Ek (Bageriet)"]


def test_second_values_go_to_the_notes(tmp_path: Path) -> None:
    path = write(tmp_path, "Name,E-mail Address,E-mail 2 Address,Business Phone,Mobile Phone\n"
                           "Anna,anna@x.se,anna@privat.se,,070-1234567\n")
    row = read_contacts(path).rows[0]
    assert (row.email, row.phone) == ("anna@x.se", "070-1234567")
    assert row.notes == "E-mail 2 Address: anna@privat.se"


def test_google_values_joined_with_triple_colons(tmp_path: Path) -> None:
    path = write(tmp_path, "Name,E-mail 1 - Value,Group Membership\n"
                           "Anna,anna@x.se ::: anna@y.se,* myContacts ::: Kunder ::: Stråket\n")
    row = read_contacts(path).rows[0]
    assert row.email == "anna@x.se"
    assert row.notes == "E-mail 1 - Value: anna@y.se"
    assert row.tags == ["Kunder", "Stråket"]


def test_ragged_rows_and_rows_without_a_contact(tmp_path: Path) -> None:
    path = write(tmp_path, "Name,Email,City\nAnna,anna@x.se,Norberg,\n\n,,Fagersta\nErik\n")
    table = read_contacts(path)
    assert [(r.name, r.source_row) for r in table.rows] == [("Anna", 2), ("Erik", 5)]
    assert table.errors == [(4, "it has no name, organisation, e-mail or phone number in "
                                "the mapped columns")]


def test_reader_does_not_validate(tmp_path: Path) -> None:
    """Validation is the store's: a bad address comes through as written."""
    row = read_contacts(write(tmp_path, "Namn,E-post\nAnna,inte en adress\n")).rows[0]
    assert row.email == "inte en adress"


def test_guarded_cells_of_our_export_lose_the_apostrophe(tmp_path: Path) -> None:
    path = write(tmp_path, "Organisation;Telefon\n'=HYPERLINK(\"http://x\");'+44 20 7946 0958\n")
    row = read_contacts(path).rows[0]
    assert (row.organisation, row.phone) == ('=HYPERLINK("http://x")', "+44 20 7946 0958")


def test_guess_mapping_of_outlook_headers() -> None:
    columns = ["Title", "First Name", "Last Name", "Company", "Job Title", "Business Street",
               "Business City", "Business Postal Code", "Business Phone", "E-mail Address",
               "Web Page", "Categories", "Notes", "Spouse"]
    mapping = guess_mapping(columns)
    assert "Title" not in mapping and "Spouse" not in mapping
    assert mapping["Job Title"] == "role" and mapping["Company"] == "organisation"
    assert mapping["Categories"] == "tags" and mapping["Business Postal Code"] == "postal_code"


def test_mapping_file(tmp_path: Path) -> None:
    good = tmp_path / "m.json"
    good.write_text(json.dumps({"Vem": "name", "Adressen": "email", "Övrigt": None}),
                    encoding="utf-8")
    assert load_mapping_file(good) == {"Vem": "name", "Adressen": "email"}
    bad = tmp_path / "bad.json"
    bad.write_text('{"Vem": "namn"}', encoding="utf-8")
    with pytest.raises(ContactsFileError, match="not a contact field"):
        load_mapping_file(bad)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ContactsFileError, match="not valid JSON"):
        load_mapping_file(broken)
    with pytest.raises(ContactsFileError, match="does not exist"):
        load_mapping_file(tmp_path / "none.json")


def test_mapping_that_names_no_column_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "Namn,E-post\nAnna,anna@x.se\n")
    with pytest.raises(ContactsFileError, match="None of the mapped columns"):
        read_contacts(path, mapping={"Foo": "name"})
    loose = read_contacts(path, mapping={" namn ": "name", "e-post": "email"})
    assert loose.rows[0].email == "anna@x.se"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"\n\n ; ;\n", "no rows"),
    (b"Namn,E-post\x00\x00\x01\x02", "binary"),
])
def test_files_that_are_not_contact_lists(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ContactsFileError, match=message):
        read_contacts(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContactsFileError, match="does not exist"):
        read_contacts(tmp_path / "nej.csv")


def test_a_50_mb_line_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(b"Namn,E-post\n" + b"a," * (25 * 1024 * 1024) + b"\n")
    started = time.perf_counter()
    with pytest.raises(ContactsFileError, match=r"Line 2 .* longer than"):
        read_contacts(path)
    assert time.perf_counter() - started < 3


def test_a_huge_cell_or_too_many_columns_is_refused(tmp_path: Path) -> None:
    cell = tmp_path / "cell.csv"
    cell.write_text("Namn,Anteckningar\nAnna,\"" + "x" * 300_000 + "\"\n", encoding="utf-8")
    with pytest.raises(ContactsFileError, match="Row 2 has a cell longer than"):
        read_contacts(cell)
    wide = tmp_path / "wide.csv"
    wide.write_text("Namn,E-post\n" + ",".join(["a"] * 5000) + "\n", encoding="utf-8")
    with pytest.raises(ContactsFileError, match="5000 columns"):
        read_contacts(wide)


def test_a_file_too_large_is_refused_before_reading(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contacts_table, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path, "Namn\n" + "Anna\n" * 400)
    with pytest.raises(ContactsFileError, match="too large"):
        read_contacts(path)


def test_100_000_rows_read_in_time(tmp_path: Path) -> None:
    """The bench measures properly (bench/contacts_csv.py); this catches a gross regression."""
    lines = ["Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,"
             "Organization 1 - Name,Address 1 - City,Group Membership"]
    lines += [f"Anna Berg {i},Anna,Berg,anna{i}@x.se,070-{i:07d},Bageri {i % 50},Norberg,"
              "* myContacts ::: Stråket" for i in range(100_000)]
    path = write(tmp_path, "\n".join(lines) + "\n")
    started = time.perf_counter()
    table = read_contacts(path)
    assert len(table.rows) == 100_000
    assert time.perf_counter() - started < 4


def test_title_lines_above_the_header_are_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "Kontaktlista Norberg 2026\n\nNamn;E-post\nAnna;anna@x.se\n")
    table = read_contacts(path)
    assert table.columns == ["Namn", "E-post"]
    assert [(r.name, r.source_row) for r in table.rows] == [("Anna", 4)]


def test_a_table_without_header_never_loses_its_first_rows(tmp_path: Path) -> None:
    path = write(tmp_path, "Anna,anna@x.se\nErik,erik@x.se\nAlfa,Beta\nGun,gun@x.se\n")
    table = read_contacts(path)
    assert table.columns == ["Column 1", "Column 2"]
    assert [p[0] for p in table.preview] == ["Anna", "Erik", "Alfa", "Gun"]


def test_roundcube_and_outlook_layouts_keep_the_e_mail(tmp_path: Path) -> None:
    """Issue 16: Roundcube's export (Email Home, Email Work, Work Zip, Website Work …) was
    stored without e-mail; every unrecognised column is listed as ignored."""
    text = ("First Name,Last Name,Display Name,Nickname,Email Home,Email Work,Phone Work,"
            "Work Street,Work Zip,Work City,Work Country,Website Work,Birthday\r\n"
            "Anna,Berg,Anna Berg,Annie,anna@home.example,anna@work.example,0223-123 45,"
            "Storgatan 1,738 30,Norberg,Sverige,https://berg.example,1980-01-01\r\n")
    table = read_contacts(write(tmp_path, text))
    [row] = table.rows
    assert (row.name, row.email, row.phone, row.street, row.postal_code, row.city,
            row.country, row.website) == (
        "Anna Berg", "anna@home.example", "0223-123 45", "Storgatan 1", "738 30", "Norberg",
        "Sverige", "https://berg.example")
    assert "Email Work: anna@work.example" in row.notes  # the second address is kept
    assert table.ignored == ["Nickname", "Birthday"]


@pytest.mark.parametrize(("header", "target"), [
    ("Email Home", "email"), ("E-mail 2 Address", "email"), ("Home Email", "email"),
    ("Work Zip", "postal_code"), ("Business Country/Region", "country"),
    ("Website Work", "website"), ("Phone Mobile", "phone"), ("Address 1 - Country", "country"),
    ("Work ZipCode", "postal_code"), ("Land", "country")])
def test_common_header_layouts(header: str, target: str) -> None:
    assert guess_mapping([header]) == {header: target}


def test_latin_2_is_detected(tmp_path: Path) -> None:
    """Issue 16: a CSV (like a vCard) in Latin-2 without a BOM; Swedish stays Windows-1252."""
    text = "Namn;Företag\r\nŁukasz Żółkiewski;Przedsiębiorstwo Ślęża\r\n"
    table = read_contacts(write(tmp_path, text, encoding="iso-8859-2"))
    assert table.encoding == "iso-8859-2"
    assert (table.rows[0].name, table.rows[0].organisation) == (
        "Łukasz Żółkiewski", "Przedsiębiorstwo Ślęża")
