"""The checks a workbook passes before a reader sees it, and what the readers do not give:
hyperlinks (and merged cells for openpyxl's read-only mode).

A zip bomb would be inflated by any reader, an encrypted workbook cannot be read without its
password, and a zip that is no workbook is something else: each is refused here with a
sentence that says what to do. XLSX (Transitional and Strict), XLS and ODS pass.
"""

from __future__ import annotations

import html
import lzma
import re
import zipfile
import zlib
from pathlib import Path
from urllib.parse import unquote

from destination_norberg.core.said import said
from destination_norberg.core.zipformat import PYTHON_READS, unsupported_member, unsupported_reason

from .contacts_table import ContactsFileError

#: The sum of a workbook's parts unpacked; a 100,000-row contact sheet is about 50 MB.
MAX_UNPACKED = 1024 * 1024 * 1024
#: Sheet XML packs about 13 times (a 100,000-row contact sheet), sparse sheets a few times
#: more; a large part this much smaller than it claims to be unpacked is a zip bomb.
MAX_RATIO = 100
_RATIO_FLOOR = 16 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_MARKER = re.compile(rb"<(?:\w+:)?(?:mergeCells|hyperlinks)\b")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\"")
_LINK = re.compile(rb"<(?:\w+:)?hyperlink\b([^>]*)>")
_REL = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_ATTR = re.compile(rb"([\w:]+)\s*=\s*\"([^\"]*)\"")
_CELL = re.compile(r"([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?")
_MAX_LINKED_CELLS = 100_000

#: What reading a damaged zip raises: a bad CRC or header, a broken deflate stream, a
#: compression method zipfile does not know.
ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError,
              lzma.LZMAError)

SAVE_AS = said("contacts.save_as", "in Excel choose Save As and the type “Excel Workbook "
               "(*.xlsx)”, then import again")


def check_package(path: Path) -> None:
    """ContactsFileError unless the file is a Transitional OOXML zip of a sane size."""
    with open(path, "rb") as handle:
        head = handle.read(8)
        if not head:
            raise ContactsFileError(said("file.empty", "The file is empty."))
        if head == _OLE:
            handle.seek(0)
            encrypted = _ENCRYPTED in handle.read(4 * 1024 * 1024)
            if encrypted:
                raise ContactsFileError(said("contacts.encrypted", "The file is an encrypted "
                                             "Excel workbook; save it without a password and "
                                             "import again."))
            return  # an Excel 97–2003 workbook (.xls): python-calamine reads it
    if not zipfile.is_zipfile(path):
        if head.lstrip()[:1] == b"<":
            raise ContactsFileError(said("contacts.web_page", "The file is a web page or XML "
                                         "saved under an Excel name, not a workbook; open it "
                                         "in Excel, save it as “Excel Workbook (*.xlsx)” and "
                                         "import again."))
        raise ContactsFileError(said("contacts.not_workbook", "The file is not a workbook "
                                     "(.xlsx, .xls or .ods): it is not a zip package, so it is "
                                     "damaged or of another kind."))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive)
    except NotImplementedError as exc:  # "zip file version 6.4": sound, only too new
        raise ContactsFileError(said("contacts.workbook_unsupported", "The workbook cannot be "
                                     "read: {reason}; {save_as}.",
                                     reason=unsupported_reason(exc), save_as=SAVE_AS)) from None
    except ZIP_ERRORS:
        raise ContactsFileError(said("contacts.workbook_zip_damaged", "The workbook is damaged: "
                                     "its zip package cannot be read.")) from None


def _check_archive(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    names = {i.filename for i in infos}
    if any(i.flag_bits & 0x1 for i in infos):
        raise ContactsFileError(said("contacts.password", "The workbook is protected with a "
                                     "password; save it without one and import again."))
    odd = unsupported_member(infos, PYTHON_READS)
    if odd is not None:
        raise ContactsFileError(said("contacts.workbook_packing", "The workbook's zip package is "
                                     "packed with {method}, which the program cannot unpack; "
                                     "{save_as}.", method=odd[1], save_as=SAVE_AS))
    if sum(i.file_size for i in infos) > MAX_UNPACKED or any(
            i.file_size > _RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1)
            for i in infos):
        raise ContactsFileError(said("contacts.zip_bomb", "The workbook unpacks to far more data "
                                     "than a contact list holds (a zip bomb?); it was not "
                                     "opened."))
    if "mimetype" in names and b"opendocument.spreadsheet" in archive.read("mimetype")[:100]:
        return  # OpenDocument (.ods)
    if "[Content_Types].xml" not in names and "_rels/.rels" not in names:
        raise ContactsFileError(said("contacts.zip_not_workbook", "The file is a zip archive but "
                                     "not a workbook (.xlsx or .ods)."))


def sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name -> its worksheet part in an OOXML package ("xl/worksheets/sheet1.xml"),
    found as OPC says: _rels/.rels names the workbook part (not always xl/workbook.xml),
    its rels name each sheet's part. Empty for XLS, ODS or a package that does not say."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            book = "xl/workbook.xml"
            if "_rels/.rels" in names:
                for raw in _REL.findall(archive.read("_rels/.rels")[:64 * 1024]):
                    rel = _attrs(raw)
                    if rel.get("Type", "").endswith("/officeDocument"):
                        book = rel.get("Target", book).lstrip("/")
            if book not in names:
                return {}
            folder = book.rpartition("/")[0]
            rels_part = f"{folder}/_rels/{book.rpartition('/')[2]}.rels".lstrip("/")
            targets = {}
            if rels_part in names:
                for raw in _REL.findall(archive.read(rels_part)):
                    rel = _attrs(raw)
                    target = rel.get("Target", "")
                    targets[rel.get("Id", "")] = (target.lstrip("/") if target.startswith("/")
                                                  else f"{folder}/{target}".lstrip("/"))
            parts = {}
            for raw in _SHEET.findall(archive.read(book)):
                sheet = _attrs(raw)
                if sheet.get("id") in targets:
                    parts[sheet.get("name", "")] = targets[sheet["id"]]
            return parts
    except (*ZIP_ERRORS, KeyError):
        return {}


def column_index(letters: str) -> int:
    """"A" -> 0, "AA" -> 26."""
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def _attrs(raw: bytes) -> dict[str, str]:
    """Attributes by local name (r:id -> id), entities decoded."""
    return {k.decode().rsplit(":", 1)[-1]: html.unescape(v.decode("utf-8", "replace"))
            for k, v in _ATTR.findall(raw)}


def _tail(archive: zipfile.ZipFile, part: str) -> bytes:
    """The sheet XML from its merge/hyperlink lists on (they follow the cell data), read in
    chunks so a large sheet is never held whole. Cell text cannot hold a literal "<"."""
    carry = b""
    with archive.open(part) as handle:
        while chunk := handle.read(1 << 20):
            window = carry + chunk
            found = _MARKER.search(window)
            if found:
                return window[found.start():] + handle.read()
            carry = window[-64:]
    return b""


def sheet_extras(path: Path, part: str | None
                 ) -> tuple[list[tuple[int, int, int]], dict[tuple[int, int], str]]:
    """Merged ranges that span rows as (first row, column, last row), and external hyperlink
    targets by (row, column) — rows from 1, columns from 0 — of one worksheet part."""
    if not part:
        return [], {}
    part = part.lstrip("/")
    with zipfile.ZipFile(path) as archive:
        if part not in archive.namelist():
            return [], {}
        tail = _tail(archive, part)
        if not tail:
            return [], {}
        merges = [(int(r1), column_index(c1.decode()), int(r2))
                  for c1, r1, _c2, r2 in _MERGE.findall(tail) if int(r2) > int(r1)]
        links: dict[tuple[int, int], str] = {}
        found = [_attrs(raw) for raw in _LINK.findall(tail)]
        if any("id" in a for a in found):
            folder, _, name = part.rpartition("/")
            rels_part = f"{folder}/_rels/{name}.rels"
            targets = {}
            if rels_part in archive.namelist():
                for raw in _REL.findall(archive.read(rels_part)):
                    rel = _attrs(raw)
                    if rel.get("TargetMode") == "External" and "Id" in rel:
                        targets[rel["Id"]] = rel.get("Target", "")
            for link in found:
                target = targets.get(link.get("id", ""))
                match = _CELL.fullmatch(link.get("ref", ""))
                if not target or not match:
                    continue
                c1, r1 = column_index(match[1]), int(match[2])
                c2 = column_index(match[3]) if match[3] else c1
                r2 = int(match[4]) if match[4] else r1
                if (c2 - c1 + 1) * (r2 - r1 + 1) > _MAX_LINKED_CELLS:
                    continue
                for row in range(r1, r2 + 1):
                    for col in range(c1, c2 + 1):
                        links[(row, col)] = target
    return merges, links


def link_text(target: str, field: str) -> str | None:
    """The text a hyperlink gives an e-mail or website cell: the address of a mailto: link,
    the URL of a web link; None when the link does not fit the field."""
    low = target.lower()
    if field == "email" and low.startswith("mailto:"):
        return unquote(target[7:].split("?", 1)[0]).strip()
    if field == "website" and low.startswith(("http://", "https://")):
        return target.strip()
    return None
