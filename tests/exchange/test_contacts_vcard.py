"""The tolerant vCard reader on small cards written here (2.1, 3.0, 4.0); the real address-book
exports are in test_contacts_realdata.py."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from destination_norberg.exchange.contacts_read import ContactsFileError, read_contacts
from destination_norberg.exchange.contacts_vcard import logical_lines, parse_line

NOKIA_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96berg;=C3=85sa\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85sa =C3=96berg\r\n"
    "ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:K=E4rrgruvans Camping;Reception\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:F=F6rsta raden=0D=0Aandra raden som =\r\n"
    "forts=E4tter\r\n"
    "TEL;WORK;VOICE:0223-123 45\r\n"
    "TEL;CELL;PREF:070-123 45 67\r\n"
    "TEL;WORK;FAX:0223-123 99\r\n"
    "EMAIL;INTERNET:asa@karrgruvan.se\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n"
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwg\r\n"
    "JC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIy\r\n"
    "\r\n"
    "END:VCARD\r\n")

APPLE_30 = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "N:;;;;\n"
    "FN:Norbergs Bageri AB\n"
    "ORG:Norbergs Bageri AB;\n"
    "item1.EMAIL;type=INTERNET;type=pref:info@bageri.se\n"
    "item1.X-ABLabel:_$!<Work>!$_\n"
    "item2.URL;type=pref:http\\://www.bageri.se\n"
    "item3.ADR;type=WORK;type=pref:;;Stora gatan 3\\nBakgården;Norberg;;738 30;Sverige\n"
    "NOTE:Semla\\, kardemumma\\; kaffe\\nÖppet lör\n"
    "CATEGORIES:Vinterstråket,Fika\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQg\n"
    " KDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBD\n"
    "X-ABShowAs:COMPANY\n"
    "END:VCARD\n")

V4 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "KIND:individual\r\n"
    "FN:Erik Ek\r\n"
    "N:Ek;Erik;;;\r\n"
    "ORG:Noraskog Skidklubb\r\n"
    "TITLE:Banchef\r\n"
    "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+46-223-100-00;ext=12\r\n"
    "EMAIL;TYPE=work:erik@noraskog.se\r\n"
    "NOTE:En mycket lång anteckning som viks på flera rader eftersom den är län\r\n"
    " gre än sjuttiofem oktetter.\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "KIND:org\r\n"
    "FN:Mimerlaven\r\n"
    "ORG:Mimerlaven\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "PHOTO:data:image/jpeg;base64,/9j/4AAQ\r\n"
    "BDAY:19800101\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Utan slut\r\n")


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "k.vcf",
          bom: bytes = b"") -> Path:
    path = tmp_path / name
    path.write_bytes(bom + text.encode(encoding))
    return path


def test_vcard_21_quoted_printable_charsets_and_photo(tmp_path: Path) -> None:
    table = read_contacts(write(tmp_path, NOKIA_21))
    assert table.format == "vcard" and table.columns == [] and table.errors == []
    (row,) = table.rows
    assert row.name == "Åsa Öberg"
    assert row.organisation == "Kärrgruvans Camping"
    assert row.phone == "070-123 45 67"  # PREF wins over WORK
    assert row.email == "asa@karrgruvan.se"
    assert row.notes.splitlines() == ["Första raden", "andra raden som fortsätter",
                                      "Telefon (arbete): 0223-123 45",
                                      "Telefon (arbete, fax): 0223-123 99"]
    assert "/9j/" not in repr(row)


def test_apple_organisation_card_with_groups_and_escapes(tmp_path: Path) -> None:
    (row,) = read_contacts(write(tmp_path, APPLE_30)).rows
    assert (row.organisation, row.name) == ("Norbergs Bageri AB", "")
    assert row.email == "info@bageri.se"
    assert row.website == "http://www.bageri.se"
    assert (row.street, row.postal_code, row.city) == ("Stora gatan 3, Bakgården", "738 30",
                                                       "Norberg")
    assert row.notes == "Semla, kardemumma; kaffe\nÖppet lör"
    assert row.tags == ["Vinterstråket", "Fika"]


def test_vcard_40_uri_phone_kind_org_folding_and_errors(tmp_path: Path) -> None:
    table = read_contacts(write(tmp_path, V4))
    erik, laven, no_end = table.rows
    assert erik.phone == "+46-223-100-00 ext 12"  # the extension kept (issue 16)
    assert erik.role == "Banchef"
    assert erik.notes.endswith("längre än sjuttiofem oktetter.")
    assert (laven.organisation, laven.name) == ("Mimerlaven", "")
    assert (no_end.name, no_end.source_row) == ("Utan slut", 4)
    assert table.errors == [(3, "the card has no name, organisation, e-mail or phone number")]


@pytest.mark.parametrize(("codec", "bom"), [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-be", b""), ("utf-16-le", b""), ("cp1252", b""), ("utf-8", codecs.BOM_UTF8)])
def test_encodings(tmp_path: Path, codec: str, bom: bytes) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Örjan Ström\r\nEND:VCARD\r\n"
    table = read_contacts(write(tmp_path, text, codec, bom=bom, name="x.txt"))
    assert table.format == "vcard"
    assert table.rows[0].name == "Örjan Ström"


def test_several_cards_and_nested_agent_card(tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:2.1\nFN:Chef\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistent\n"
            "END:VCARD\nEMAIL:chef@x.se\nEND:VCARD\nBEGIN:VCARD\nVERSION:2.1\nFN:Två\nEND:VCARD\n")
    rows = read_contacts(write(tmp_path, text)).rows
    assert [(r.name, r.email, r.source_row) for r in rows] == [("Chef", "chef@x.se", 1),
                                                                ("Två", "", 2)]


def test_a_vcf_without_cards_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContactsFileError, match="no contact cards"):
        read_contacts(write(tmp_path, "Namn;E-post\nAnna;anna@x.se\n"))


def test_parse_line_parameters() -> None:
    name, params, value = parse_line('item2.TEL;TYPE="HOME,VOICE";X-Y=a:b:205\\;\\,')  # type: ignore[misc]
    assert (name, value) == ("TEL", "b:205\\;\\,")
    assert params == {"TYPE": ["HOME", "VOICE"], "X-Y": ["a"]}
    assert parse_line("no colon here") is None
    assert parse_line("TEL;WORK;QUOTED-PRINTABLE:1")[1] == {  # type: ignore[index]
        "TYPE": ["WORK"], "ENCODING": ["QUOTED-PRINTABLE"]}


def test_soft_line_break_does_not_swallow_the_next_property() -> None:
    lines = logical_lines("NOTE;ENCODING=QUOTED-PRINTABLE:slut=\nTEL:123\nX:=\nY")
    assert lines == ["NOTE;ENCODING=QUOTED-PRINTABLE:slut=", "TEL:123", "X:=", "Y"]


def card_file(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "k.vcf"
    path.write_bytes(text.encode(encoding))
    return path


def test_a_short_adr_is_padded_at_the_end(tmp_path: Path) -> None:
    """Issue 16: ADR parts are positional (PO box; extended; street; locality; region;
    postal code; country); a card with six parts lacks the country, not the PO box."""
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nORG:Kaffestugan\r\n"
            "ADR;TYPE=WORK:;;Storgatan 1;Norberg;;738 30\r\nEND:VCARD\r\n")
    [row] = read_contacts(card_file(tmp_path, card)).rows
    assert (row.street, row.city, row.postal_code, row.country) == (
        "Storgatan 1", "Norberg", "738 30", "")
    full = card.replace(";738 30\r\n", ";738 30;USA\r\n")
    [row] = read_contacts(card_file(tmp_path, full)).rows
    assert (row.street, row.city, row.postal_code, row.country) == (
        "Storgatan 1", "Norberg", "738 30", "USA")


@pytest.mark.parametrize(("name", "organisation", "encoding"), [
    ("Łukasz Żółkiewski", "Przedsiębiorstwo Ślęża", "iso-8859-2"),
    ("Petr Šťastný", "Žižkov s.r.o.", "cp1250"),
    ("Åsa Öberg", "Café Lokomotivet", "cp1252"),
])
def test_a_card_without_charset_in_latin_2_or_windows_1252(tmp_path: Path, name: str,
                                                           organisation: str,
                                                           encoding: str) -> None:
    """Issue 16: a vCard that is not UTF-8 and names no charset; charset-normalizer and the
    letters it gives decide (Swedish stays Windows-1252: å is not read as ĺ)."""
    card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nORG:{organisation}\r\n"
            "END:VCARD\r\n")
    table = read_contacts(card_file(tmp_path, card, encoding))
    [row] = table.rows
    assert (row.name, row.organisation) == (name, organisation)


def test_properties_not_kept_are_listed(tmp_path: Path) -> None:
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple//EN\r\nFN:Anna Berg\r\n"
            "BDAY:1980-01-01\r\nNICKNAME:Annie\r\nEMAIL:anna@example.se\r\n"
            "item1.X-ABLabel:_$!<Other>!$_\r\nEND:VCARD\r\n")
    table = read_contacts(card_file(tmp_path, card))
    assert table.ignored == ["BDAY", "NICKNAME"]


def test_a_tel_uri_keeps_its_extension(tmp_path: Path) -> None:
    card = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Berg\r\n"
            "TEL;VALUE=uri;TYPE=work:tel:+46-223-12345;ext=300\r\nEND:VCARD\r\n")
    [row] = read_contacts(card_file(tmp_path, card)).rows
    assert row.phone == "+46-223-12345 ext 300"
