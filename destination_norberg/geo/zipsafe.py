"""Zip archives (zipped shapefiles, KMZ) looked at before GDAL reads inside them.

Nothing is extracted: GDAL reads members through /vsizip/. The archive is still refused whole
when a member name climbs out of its folder, when it claims absurd sizes (a zip bomb) or holds
far more members than any geodata delivery, since such a file was made to hurt, not to share.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from destination_norberg.core.zipformat import unsupported_member, unsupported_reason
from destination_norberg.geo.errors import GeoImportError

MAX_MEMBERS = 2_000
MAX_TOTAL_BYTES = 4 * 1024 ** 3  # uncompressed, all members
MAX_RATIO = 200  # uncompressed / compressed, for members over MIN_RATIO_CHECK
MIN_RATIO_CHECK = 16 * 1024 ** 2
REPACK = "re-pack it as an ordinary zip (Deflate, as every zip program makes by default)"
DATASET_SUFFIXES = {".shp": "ESRI Shapefile", ".gpkg": "GPKG", ".geojson": "GeoJSON",
                    ".json": "GeoJSON", ".gpx": "GPX", ".kml": "KML", ".fgb": "FlatGeobuf"}


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def shown(name: str) -> str:
    """A member's name as a message quotes it: control characters (a line break) as "?"."""
    return _UNPRINTABLE.sub("?", name)


def _unsafe_name(name: str) -> bool:
    if "\x00" in name:
        return True
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return True
    return ".." in PurePosixPath(norm).parts


def checked_members(path: Path | BinaryIO) -> list[zipfile.ZipInfo]:
    """The archive's members, or GeoImportError when the archive is unsafe or unreadable."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except NotImplementedError as exc:  # "zip file version 6.4": sound, only too new
        raise GeoImportError(f"The zip archive cannot be read: {unsupported_reason(exc)}; "
                             f"{REPACK}.") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise GeoImportError("The file is not a readable zip archive: it is damaged or "
                             "incomplete.") from None
    if len(infos) > MAX_MEMBERS:
        raise GeoImportError(f"The zip archive holds {len(infos):,} files, far more than any "
                             "map data; it was refused for safety.")
    bad = next((i.filename for i in infos if _unsafe_name(i.filename)), None)
    if bad is not None:
        raise GeoImportError(f"The zip archive has a file named “{shown(bad)}” that points outside "
                             "the archive; it was refused for safety.")
    total = sum(i.file_size for i in infos)
    bomb = any(i.file_size > MIN_RATIO_CHECK and i.file_size > MAX_RATIO * max(i.compress_size, 1)
               for i in infos)
    if total > MAX_TOTAL_BYTES or bomb:
        raise GeoImportError("The zip archive would unpack to an absurd size (a “zip bomb”); "
                             "it was refused for safety.")
    if any(i.flag_bits & 0x1 for i in infos):
        raise GeoImportError("The zip archive is password-protected: unpack it first.")
    odd = unsupported_member(infos)  # GDAL unpacks stored and Deflate members only
    if odd is not None:
        raise GeoImportError(f"The file “{shown(odd[0])}” in the zip archive is packed with "
                             f"{odd[1]}, which the program cannot unpack: {REPACK}.")
    return infos


def dataset_members(infos: list[zipfile.ZipInfo]) -> list[tuple[str, str]]:
    """(member name, GDAL driver) of every dataset in the archive, Mac resource forks left out."""
    found = []
    for info in infos:
        parts = PurePosixPath(info.filename).parts
        if info.is_dir() or not parts or parts[0] == "__MACOSX" or parts[-1].startswith("."):
            continue
        driver = DATASET_SUFFIXES.get(PurePosixPath(info.filename).suffix.lower())
        if driver is not None:
            found.append((info.filename, driver))
    return found


#: A zip inside the zip (Statistics Sweden packs each coordinate system's shapefile as a zip
#: of its own in one download) is read into memory to be checked; no map delivery's inner
#: zip comes near this.
MAX_INNER_ZIP = 512 * 1024 ** 2


def inner_zips(infos: list[zipfile.ZipInfo]) -> list[str]:
    """The members that are zip archives themselves (one level deep), Mac forks left out."""
    return [i.filename for i in infos
            if not i.is_dir() and i.filename.lower().endswith(".zip")
            and PurePosixPath(i.filename).parts[0] != "__MACOSX"
            and not PurePosixPath(i.filename).name.startswith(".")]


def open_inner_zip(path: Path, member: str) -> io.BytesIO:
    """A zip inside the zip, in memory, or GeoImportError when it is too big to be map data."""
    with zipfile.ZipFile(path) as archive:
        if archive.getinfo(member).file_size > MAX_INNER_ZIP:
            raise GeoImportError(f"The zip archive {shown(member)} inside the zip is too large "
                                 "to be map data; it was refused for safety.")
        with archive.open(member) as stream:
            return io.BytesIO(stream.read())


def read_member(path: Path | BinaryIO, member: str, limit: int) -> bytes:
    """At most `limit` bytes of one member (a .dbf to sniff, a .kml to check)."""
    with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
        return stream.read(limit)
