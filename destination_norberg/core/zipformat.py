"""Naming what a zip archive needs that the program cannot give, instead of calling it damaged.

A zip made by 7-Zip or WinZip may pack members with Deflate64, LZMA, BZIP2, Zstandard or
PPMd, or be marked as needing a newer zip version (6.4 and up) than Python's zipfile reads.
The file is sound; the user needs to hear which method it is and that an ordinary zip works.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable

#: Compression methods by their number in the zip format (APPNOTE 4.4.5).
METHOD_NAMES = {0: "no compression", 8: "Deflate", 9: "Deflate64", 12: "BZIP2", 14: "LZMA",
                19: "IBM LZ77", 93: "Zstandard", 94: "MP3", 95: "XZ", 96: "JPEG",
                97: "WavPack", 98: "PPMd", 99: "AES encryption"}
#: What GDAL's /vsizip/ (and every zip program) unpacks.
ORDINARY = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
#: What Python's zipfile unpacks (openpyxl reads through it).
PYTHON_READS = ORDINARY | {zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def method_name(method: int) -> str:
    return METHOD_NAMES.get(method, f"compression method {method}")


def unsupported_member(infos: Iterable[zipfile.ZipInfo],
                       allowed: frozenset[int] = ORDINARY) -> tuple[str, str] | None:
    """(member name, method name) of the first member packed in a way not `allowed`."""
    for info in infos:
        if info.compress_type not in allowed:
            return info.filename, method_name(info.compress_type)
    return None


def unsupported_reason(exc: NotImplementedError) -> str:
    """What zipfile's NotImplementedError means, in words (without a trailing full stop)."""
    text = str(exc)
    if text.startswith("zip file version"):
        version = text.removeprefix("zip file version").strip()
        return (f"it is marked as needing zip version {version} to unpack, newer than the "
                "program reads")
    if text.startswith("compression type"):
        number = text.removeprefix("compression type").split()[0]
        name = method_name(int(number)) if number.isdigit() else number
        return f"it is packed with {name}, which the program cannot unpack"
    return f"it uses a zip feature the program cannot unpack ({text})"
