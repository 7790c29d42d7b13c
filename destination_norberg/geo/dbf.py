"""The character encoding of a shapefile's .dbf, where nothing states it.

GDAL honours a .cpg file and the DBF's language-driver byte (LDID). With neither, it assumes
ISO-8859-1, which turns a UTF-8 "Kärrgruvan" into "KÃ¤rrgruvan". Swedish DBFs are UTF-8 or
Windows-1252 in practice, and UTF-8 is almost never valid by accident, so: try UTF-8 strictly,
else Windows-1252, else ISO-8859-1 (which decodes any byte).
"""

from __future__ import annotations

import struct
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from destination_norberg.geo.zipsafe import read_member

SAMPLE_BYTES = 8 * 1024 * 1024  # enough text to decide; a 2 GB DBF is not read whole


def guess_text_encoding(data: bytes) -> str | None:
    """"UTF-8", "CP1252" or "ISO-8859-1" for bytes with non-ASCII text, None for plain ASCII."""
    if data.isascii():
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        # A sample cut in the middle of a character is still UTF-8.
        if err.start < len(data) - 3 or err.reason != "unexpected end of data":
            return _single_byte(data)
    return "UTF-8"


def _single_byte(data: bytes) -> str:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "ISO-8859-1"
    return "CP1252"


def dbf_text_encoding(header_and_records: bytes) -> str | None:
    """The encoding GDAL needs told, or None when the DBF states its own (LDID) or is ASCII."""
    if len(header_and_records) < 32:
        return None
    if header_and_records[29] != 0:  # language driver id: GDAL maps it to a code page
        return None
    (header_len,) = struct.unpack_from("<H", header_and_records, 8)
    # Field names (11 bytes of each 32-byte descriptor; the rest is binary) and the records
    # are the text to judge.
    names = []
    for start in range(32, min(header_len, len(header_and_records)) - 31, 32):
        if header_and_records[start] == 0x0D:
            break
        names.append(header_and_records[start:start + 11].split(b"\0", 1)[0])
    return guess_text_encoding(b" ".join(names) + b" " + header_and_records[header_len:])


def _sibling(names: list[str], stem: str, suffix: str) -> str | None:
    wanted = (stem + suffix).lower()
    return next((n for n in names if n.lower() == wanted), None)


def shapefile_encoding(shp: Path) -> str | None:
    """Encoding to pass to GDAL for a shapefile on disk, or None to let GDAL decide."""
    names = [p.name for p in shp.parent.iterdir()] if shp.parent.is_dir() else []
    if _sibling(names, shp.stem, ".cpg"):
        return None
    dbf = _sibling(names, shp.stem, ".dbf")
    if dbf is None:
        return None
    with (shp.parent / dbf).open("rb") as stream:
        return dbf_text_encoding(stream.read(SAMPLE_BYTES))


def zipped_shapefile_encoding(archive: Path | BinaryIO, member: str,
                              names: list[str]) -> str | None:
    """The same for a shapefile inside a zip archive (member names as listed)."""
    path = PurePosixPath(member)
    folder = str(path.parent) + "/" if str(path.parent) != "." else ""
    stem = folder + path.stem
    if _sibling(names, stem, ".cpg"):
        return None
    dbf = _sibling(names, stem, ".dbf")
    if dbf is None:
        return None
    return dbf_text_encoding(read_member(archive, dbf, SAMPLE_BYTES))
