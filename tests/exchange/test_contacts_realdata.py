"""The contact reader against real exports (../shared/realdata: vCards from Android, iPhone,
macOS, Outlook, Gmail, BlackBerry, Nextcloud, Thunderbird; contact CSVs from Google, Outlook,
Thunderbird; XLSX edge cases). Skipped where that folder is absent.

Every file is either read or refused with one sentence; nothing else may escape. Refused on
purpose: the Strict Open XML workbook (openpyxl would find no sheets without a word) and the
workbook whose only sheet is empty.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_norberg.exchange.contacts_read import (
    ContactsFileError,
    ContactTable,
    read_contacts,
)
from tests.conftest import REALDATA

pytestmark = pytest.mark.skipif(not REALDATA.is_dir(),
                                reason="../shared/realdata is absent (a fresh checkout)")
FOLDERS = ("vcf", "contacts_csv", "spreadsheets")
REFUSED = {"calamine__empty_sheet.xlsx": "every sheet is empty"}


def every_file() -> list[Path]:
    if not REALDATA.is_dir():
        return []
    return sorted(p for folder in FOLDERS for p in (REALDATA / folder).iterdir() if p.is_file())


def read(folder: str, name: str, **kwargs: object) -> ContactTable:
    return read_contacts(REALDATA / folder / name, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", every_file(), ids=lambda p: p.name)
def test_every_file_is_read_or_refused_with_a_sentence(path: Path) -> None:
    if path.name in REFUSED:
        with pytest.raises(ContactsFileError, match=REFUSED[path.name]) as caught:
            read_contacts(path)
        message = str(caught.value)
        assert "\n" not in message and message.endswith(".")
        return
    table = read_contacts(path)
    assert table.format == {"vcf": "vcard", "contacts_csv": "csv",
                            "spreadsheets": "xlsx"}[path.parent.name]
    for row in table.rows:
        assert row.source_row >= 1
        assert row.organisation or row.name or row.email or row.phone
        assert "/9j/" not in row.notes  # no photo data anywhere


def test_every_folder_is_covered() -> None:
    names = {p.name for p in every_file()}
    assert len(names) == 30
    assert set(REFUSED) <= names


# --- vCard -----------------------------------------------------------------------------------

def test_android_21_quoted_printable_soft_breaks() -> None:
    table = read("vcf", "ezvcard__John_Doe_ANDROID.vcf")
    assert [r.source_row for r in table.rows] == [1, 2, 3, 4, 5, 6]
    assert table.rows[0].email == "john.doe@company.com"
    assert table.rows[0].tags == []  # Android's "My Contacts" system group is no tag
    assert table.rows[3].name == " ".join(["Ñ"] * 11)  # joined across a soft line break
    assert table.rows[4].email == "bob@company.com"
    assert table.rows[5].organisation.startswith("ÑÑÑÑ")


def test_blackberry_photo_on_one_line() -> None:
    (row,) = read("vcf", "ezvcard__John_Doe_BLACK_BERRY.vcf").rows
    assert (row.name, row.organisation, row.phone) == ("John Doe", "Acme Solutions",
                                                       "+96123456789")
    assert row.notes == ""


def test_gmail_30_escapes_and_folded_note() -> None:
    (row,) = read("vcf", "ezvcard__John_Doe_GMAIL.vcf").rows
    assert row.name == "Mr. John Richter, James Doe Sr."
    assert row.email == "john.doe@ibm.com" and row.phone == "905-555-1234"
    assert row.website == "http://www.ibm.com"
    assert "LIMITED TO, THE IMPLIED" in row.notes  # unfolded mid-word, commas unescaped
    assert row.street.startswith("Crescent moon drive, 555-asd")


def test_iphone_groups_and_photo_continuation() -> None:
    (row,) = read("vcf", "ezvcard__John_Doe_IPHONE.vcf").rows
    assert (row.organisation, row.role, row.email) == ("IBM", "Money Counter",
                                                       "john.doe@ibm.com")
    assert row.phone == "905-555-1234"  # type=pref
    assert (row.street, row.city, row.postal_code) == ("Silicon Alley 5,", "New York", "12345")
    assert "Telefon (fax, hem): 905-888-1234" in row.notes.splitlines()


def test_mac_address_book() -> None:
    (row,) = read("vcf", "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf").rows
    assert row.name == "Mr. John Richter,James Doe Sr."
    assert row.phone == "905-777-1234"  # work;pref


def test_outlook_21_bare_parameters_and_qp_label() -> None:
    (row,) = read("vcf", "ezvcard__John_Doe_MS_OUTLOOK.vcf").rows
    assert (row.phone, row.email, row.role) == ("(905) 555-1234", "john.doe@ibm.cm",
                                                "Money Counter")
    assert (row.street, row.city) == ("Cresent moon drive", "Albaney")


def test_outlook_2003_note_with_soft_breaks_and_key_skipped() -> None:
    (row,) = read("vcf", "ezvcard__outlook-2003.vcf").rows
    assert row.organisation == "Company, The"
    assert row.notes.startswith("This is the note field!!\nSecond line\n\nThird line is empty")
    assert row.email == "jdoe@hotmail.com"
    assert "MIIDITCC" not in row.notes


def test_vcard4_label_with_carets() -> None:
    (row,) = read("vcf", "ezvcard__issue114_vcard4_label_caret.vcf").rows
    assert row.name == "Dummy, Dummy"
    assert (row.city, row.postal_code, row.phone) == ("Bad Homburg", "61352", "+49 1234 56789")


def test_thunderbird_charset_on_30_and_categories() -> None:
    (row,) = read("vcf", "ezvcard__thunderbird-MoreFunctionsForAddressBook-extension.vcf").rows
    assert (row.name, row.organisation, row.email) == ("John Doe", "TheOrganization",
                                                       "doe.john@hotmail.com")
    assert row.tags == ["category1", "category2", "category3"]


def test_nextcloud_escaped_semicolons_in_tel() -> None:
    (row,) = read("vcf", "icaljs__nextcloud_sabre_escape_semicolon.vcf").rows
    assert row.email == "work@gmx.de" and row.tags == ["Test-Kontakte"]
    assert "Telefon (arbete, fax): 205246" in row.notes.splitlines()


def test_vcard4_all_properties() -> None:
    (row,) = read("vcf", "icaljs__vcard4_all_props.vcf").rows
    assert (row.name, row.organisation, row.role) == ("J. Doe", "ABC, Inc.",
                                                      "Research Scientist")
    assert row.phone == "+33-01-23-45-67"  # tel: URI


def test_apple_organisation_card() -> None:
    (row,) = read("vcf", "roundcube__apple_addressbook_zurich.vcf").rows
    assert (row.organisation, row.name) == ("Apple Computer AG", "")
    assert (row.city, row.postal_code) == ("Wallisellen-Zürich", "8304")


def test_utf16_big_endian_without_bom() -> None:
    table = read("vcf", "roundcube__utf16_apple_vcard.vcf")
    assert table.encoding == "utf-16-be"
    (row,) = table.rows
    assert row.name == "Ǽgean ĽdaMonté"
    assert (row.street, row.city) == ("169 Mária Canal", "LaPaz")


def test_vcard21_base64_photo_only_card_is_listed() -> None:
    """The card holds a 27 KB photo and nothing else: no name to import, so it is reported."""
    table = read("vcf", "sabre__vcard21_base64_photo_issue64.vcf")
    assert table.rows == []
    assert table.errors == [(1, "the card has no name, organisation, e-mail or phone number")]


def test_radicale_geo_card() -> None:
    (row,) = read("vcf", "vobject__radicale-1587_geo.vcf").rows
    assert row.name == "Given Family"


# --- CSV -------------------------------------------------------------------------------------

def test_google_export() -> None:
    table = read("contacts_csv", "roundcube__google_contacts_export.csv")
    assert (table.delimiter, table.encoding) == (",", "utf-8")
    (row,) = table.rows
    assert row.source_row == 2
    assert row.name == "Prefix Firstname Middle Lastname Suffix"
    assert row.email == "home@aaa.pl"
    assert (row.organisation, row.role) == ("company", "jobtitle")
    assert (row.street, row.city, row.postal_code) == ("home_street", "home_city", "home_zip")
    assert row.tags == ["Test"]
    assert row.notes.splitlines()[:2] == ['note"note', "E-mail 2 - Value: work@email.pl"]


def test_outlook_email_only() -> None:
    (row,) = read("contacts_csv", "roundcube__outlook_email_only.csv").rows
    assert row.email == "test1@domain.tld"
    assert row.notes == ("E-mail 2 Address: test2@domain.tld\n"
                         "E-mail 3 Address: test3@domain.tld")


def test_thunderbird_export_prefers_the_display_name() -> None:
    table = read("contacts_csv", "roundcube__thunderbird_addressbook_export.csv")
    (row,) = table.rows
    assert (row.name, row.email, row.phone) == ("Displayname", "test@domain.tld", "phone work")
    assert (row.street, row.city, row.postal_code) == ("Addr work", "Wcity", "33-333")


def test_thunderbird_ragged_rows() -> None:
    table = read("contacts_csv", "thunderbird__basic_csv_addressbook.csv")
    assert len(table.columns) == 37
    assert [(r.name, r.email) for r in table.rows] == [("John Doe", "john@doe.invalid"),
                                                       ("Jane Doe", "jane@doe.invalid")]


def test_thunderbird_semicolons() -> None:
    table = read("contacts_csv", "thunderbird__csv_semicolon.csv")
    assert table.delimiter == ";"
    assert table.columns == ["Display Name", "First Name", "Last Name", "Primary Email"]
    assert [(r.name, r.email, r.source_row) for r in table.rows] == [
        ("John Doe", "john@doe.invalid", 2), ("Jane Doe", "jane@doe.invalid", 3)]


# --- XLSX ------------------------------------------------------------------------------------

def test_hidden_sheets_are_offered_but_the_visible_one_is_chosen() -> None:
    table = read("spreadsheets", "calamine__any_sheets.xlsx")
    assert table.sheet == "Visible"
    assert table.sheets[0] == "Visible" and "Hidden" in table.sheets
    assert table.preview[:3] == [["1", "2"], ["3", "4"], ["5", "6"]]


def test_dates_and_durations_as_text() -> None:
    table = read("spreadsheets", "calamine__date.xlsx")
    assert [p[0] for p in table.preview] == ["2021-01-01", "2021-01-02", "255:10:10"]


def test_header_row_found_below_notes() -> None:
    table = read("spreadsheets", "calamine__header-row.xlsx")
    assert table.columns == ["Columns", "Column A", "Column B", "Column C"]
    assert table.preview == [["put data here", "1", "2", "3"]]


def test_no_header_row() -> None:
    table = read("spreadsheets", "calamine__no-header.xlsx")
    assert table.sheet == "Feuille 1"
    assert table.columns == ["Column 1", "Column 2"]
    mapped = read("spreadsheets", "calamine__no-header.xlsx", mapping={"Column 1": "name"})
    assert [(r.name, r.source_row) for r in mapped.rows] == [("a", 3), ("b", 4)]


def test_merged_cells_fill_their_rows() -> None:
    table = read("spreadsheets", "calamine__merge_cells.xlsx")
    assert table.preview == [["Row Merge", "", "Not Merged"],
                             ["Column Merge", "Chunk Merged", ""],
                             ["Column Merge", "Chunk Merged", ""],
                             ["Column Merge", "Chunk Merged", ""]]


def test_hyperlinks_give_addresses_and_urls() -> None:
    table = read("spreadsheets", "calamine__hyperlinks.xlsx",
                 mapping={"Column 1": "website", "Column 2": "email"})
    first, second = table.rows  # B1:C2 is merged and linked as one
    assert (first.website, first.email) == ("https://github.com/tafia/calamine",
                                            "foo@example.com")
    assert (second.website, second.email) == ("https://www.rust-lang.org/", "foo@example.com")
    assert [number for number, _ in table.errors] == [3, 4, 5, 6, 7, 8]  # a website alone
    as_names = read("spreadsheets", "calamine__hyperlinks.xlsx", mapping={"Column 1": "name"})
    assert as_names.rows[2].name == "go to other sheet"  # links change only email/website


def test_entities_and_rich_text() -> None:
    assert read("spreadsheets", "calamine__encoded_entities.xlsx").preview[0] == ["&"]
    rich = read("spreadsheets", "calamine__richtext-namespaced.xlsx")
    assert rich.preview[0][0] == "inline string\nLine 2\nLine 3"
    assert rich.preview[0][-1] == "shared string\nLine 2\nLine 3"
