"""Fuzzing the contact importer with vCard files: read_contacts on a .vcf file (or on a file
whose content starts with BEGIN:VCARD).

Cases: random bytes; real and hand-written address books mutated; cards generated from a
grammar of 2.1, 3.0 and 4.0 properties with parameters (bare types, quoted lists, CHARSET and
ENCODING of every kind, including codecs that are no text encodings), quoted-printable and
base64 values, groups, folding, nested AGENT cards and missing ENDs. Property: a ContactTable
or a ContactsFileError, in time.
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.conftest import (
    fuzz_settings,
    mutated,
    random_bytes,
    rarely,
    realdata_seeds,
    texts,
)
from tests.fuzz.test_fuzz_contacts_csv import read

SMALL = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna;;;\r\nFN:Anna Berg\r\n"
         "ORG:Kärrgruvans Kafé;Köket\r\nTITLE:Ägare\r\nitem1.EMAIL;TYPE=INTERNET,pref:"
         "anna@karr.example\r\nitem1.X-ABLabel:_$!<Work>!$_\r\n"
         "TEL;TYPE=\"WORK,VOICE\":070-174 06 05\r\nTEL;TYPE=HOME:0223-123 45\r\n"
         "ADR;TYPE=WORK:;;Storgatan 1;Norberg;;738 30;Sverige\r\n"
         "URL:https\\://karr.example\r\nNOTE:Rad ett\\nRad två\\, och tre\r\n"
         "CATEGORIES:sommar,vinter\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ek;P=C3=A4r\r\n"
         "TEL;WORK;VOICE:+46701740606\r\nNOTE;ENCODING=QUOTED-PRINTABLE:L=C3=A5ng =\r\n"
         "rad\r\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQ\r\n AAAQABAAD/2wBD\r\n\r\n"
         "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Mimer AB\r\nORG:Mimer AB\r\n"
         "X-DN-ORGNR:556677-8899\r\nEMAIL:info@mimer.example\r\nEND:VCARD\r\n").encode()
SEEDS = [SMALL, SMALL.decode().encode("utf-16-be"), SMALL.decode().encode("cp1252", "replace"),
         *realdata_seeds("vcf/*.vcf")]
TOKENS = [t.encode() for t in (
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:4.0", "AGENT:BEGIN:VCARD",
    "N;CHARSET=undefined;ENCODING=QUOTED-PRINTABLE:=C3=A5", "FN;ENCODING=BASE64:////",
    "EMAIL;TYPE=\"unclosed:x", "TEL;;;:", "item1.", "=\r\n", "=", "=ZZ", "\\", "\\n",
    ";" * 500, " folded", "\tfolded", "X-DN-ORGNR:0000000000", "KIND:org", "CHARSET=idna")]

CHARSETS = ("UTF-8", "utf-8", "ISO-8859-1", "windows-1252", "UTF-16", "utf-7", "undefined",
            "idna", "punycode", "rot13", "base64", "zlib", "hex", "bogus", "", "ascii\x00",
            "unicode_escape", "raw_unicode_escape", "uu", "quopri", "mbcs", "cp65001", "utf-32")
NAMES = ("FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "ADR", "URL", "NOTE", "CATEGORIES",
         "PHOTO", "LOGO", "KEY", "KIND", "X-ABShowAs", "X-DN-ORGNR", "X-DN-CATEGORY",
         "X-DN-KOMMUN", "LABEL", "BDAY", "GEO", "UID", "REV", "X-ABLabel", "AGENT", "item1.EMAIL",
         "ITEM2.TEL", "a.b.c", "", "BEGIN", "END", "VERSION")
PARAM = st.one_of(
    st.sampled_from(("WORK", "HOME", "CELL", "VOICE", "FAX", "PAGER", "PREF", "INTERNET",
                     "QUOTED-PRINTABLE", "BASE64", "8BIT", "JPEG", "TYPE=work", "TYPE=HOME,pref",
                     'TYPE="WORK,VOICE"', "PREF=1", "ENCODING=b", "ENCODING=QUOTED-PRINTABLE",
                     "ENCODING=BASE64", 'TYPE="a;b:c"', 'TYPE="unclosed', "LANGUAGE=sv",
                     "VALUE=uri", "LABEL=\"^n^'\"", "=", "", "X-FOO=")),
    st.sampled_from(CHARSETS).map(lambda c: f"CHARSET={c}"), texts(10))
VALUE = st.one_of(
    st.sampled_from(("Anna Berg", "Berg;Anna;;;", "Kärrgruvans Kafé;Köket", "anna@karr.example",
                     "070-174 06 05", "tel:+46701740605;ext=12", "mailto:per@ek.example",
                     ";;Storgatan 1;Norberg;;738 30;Sverige", "https\\://x.example", "org",
                     "COMPANY", "556677-8899", "sommar,vinter", "a\\,b\\;c\\nd\\", "BEGIN:VCARD",
                     "VCARD", "=C3=A5=\r\n=C3=A4", "=", "")),
    texts(40),
    texts(40).map(lambda t: quopri.encodestring(t.encode("utf-8")).decode("ascii")),
    st.binary(max_size=60).map(lambda b: base64.b64encode(b).decode("ascii")))
PROP = st.builds(
    lambda group, name, params, value: f"{group}{name}{''.join(';' + p for p in params)}:{value}",
    st.sampled_from(("", "", "", "item1.", "ITEM9.")), st.sampled_from(NAMES),
    st.lists(PARAM, max_size=3), VALUE)
CARD = st.builds(
    lambda version, props, end: ["BEGIN:VCARD", *version, *props, *end],
    st.sampled_from((["VERSION:3.0"], ["VERSION:2.1"], ["VERSION:4.0"], [], ["VERSION:x"])),
    st.lists(st.one_of(PROP, texts(30)), max_size=10),
    st.sampled_from((["END:VCARD"],) * 6 + ([], ["END:VCARD", "END:VCARD"], ["END:VCAR"])))


@st.composite
def vcards(draw: st.DrawFn) -> bytes:
    """An address book from the grammar: cards (some with an AGENT card inside), blank lines
    and junk between them, folded lines, in one of the encodings address books use."""
    lines: list[str] = []
    for _ in range(0 if rarely(draw, 20) else draw(st.integers(1, 5))):
        card = draw(CARD)
        if rarely(draw, 6):  # an embedded 2.1 AGENT card
            at = draw(st.integers(1, len(card)))
            card[at:at] = ["AGENT:BEGIN:VCARD", *draw(CARD)[1:]]
        lines += card
        if rarely(draw, 4):
            lines.append(draw(st.sampled_from(("", "junk", "BEGIN:VCALENDAR", " "))))
    if lines and draw(st.booleans()):  # fold some lines at arbitrary points
        for _ in range(draw(st.integers(1, 4))):
            i = draw(st.integers(0, len(lines) - 1))
            at = draw(st.integers(0, len(lines[i])))
            fold = draw(st.sampled_from(("\r\n ", "\r\n\t", "\n  ", "=\r\n")))
            lines[i] = lines[i][:at] + fold + lines[i][at:]
    eol = draw(st.sampled_from(("\r\n", "\r\n", "\n", "\r")))
    text = eol.join(lines) + draw(st.sampled_from((eol, "")))
    encoding = draw(st.sampled_from(("utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16",
                                     "utf-16-be", "utf-16-le")))
    return text.encode(encoding, errors="replace")


FILE_NAMES = st.sampled_from(("contacts.vcf", "contacts.VCARD", "contacts.txt"))


@fuzz_settings(250)
@given(random_bytes((b"BEGIN:VCARD\r\n", b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=", b"\xfe\xff",
                     b"\x00B\x00E\x00G\x00I\x00N")), FILE_NAMES)
def test_vcard_random_bytes(fuzz_dir: Path, data: bytes, name: str) -> None:
    read(fuzz_dir, data, name, importer="contacts: vCard")


@fuzz_settings(300)
@given(mutated(SEEDS, TOKENS), FILE_NAMES)
def test_vcard_mutated_seeds(fuzz_dir: Path, data: bytes, name: str) -> None:
    read(fuzz_dir, data, name, importer="contacts: vCard")


@fuzz_settings(300)
@given(vcards(), FILE_NAMES)
# Found by the mutations: a quoted-printable value with a CHARSET naming a codec that raises
# UnicodeError (not UnicodeDecodeError) or ValueError escaped contacts_vcard._decode.
@example(b"BEGIN:VCARD\r\nN;CHARSET=undefined;ENCODING=QUOTED-PRINTABLE:=C3=A5\r\nEND:VCARD",
         "contacts.vcf")
@example(b"BEGIN:VCARD\nFN;CHARSET=idna;ENCODING=QUOTED-PRINTABLE:xn--\nEND:VCARD\n", "a.vcf")
@example(b"BEGIN:VCARD\nFN;CHARSET=ascii\x00;QUOTED-PRINTABLE:x\nEND:VCARD\n", "a.vcf")
def test_vcard_grammar(fuzz_dir: Path, data: bytes, name: str) -> None:
    read(fuzz_dir, data, name, importer="contacts: vCard")
