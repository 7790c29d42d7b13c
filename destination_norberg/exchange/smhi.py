"""Read an SMHI open-data download (metobs CSV or the API's JSON) into one `SmhiDownload`.

Snow depth (parameter 8, metres, once a day at 06 UTC), air temperature (1 hourly; 2, 19, 20
the daily mean, minimum and maximum) and relative humidity (6, hourly) are imported; every
other parameter is refused by name. SMHI's point forecast (snow1g JSON) is read by
`read_weather_file`. Nothing here writes: the
store imports a download that was read completely, so a bad file never leaves half an import.

Decisions, for files as they arrive on a coordinator's desk:

- A UTF-8 BOM is dropped; a file that is not UTF-8 is read as Windows-1252 with a warning
  (Swedish Excel saves so); UTF-16 with a BOM is read; gzip is unpacked (up to the size limit).
- A recorded HTTP response (`curl -i`, a browser's "save response") has headers in front of
  the body. With status 200 the headers are skipped with a warning and the body is read as any
  download: they say nothing about the data, and the body is exactly what SMHI sent. Any other
  status is refused, because the body is then an error page, not data.
- Negative snow depths are left out with a warning (one day's slip must not cost 60 years of
  data); a depth above 10 m is refused as a file converted to centimetres.
"""

from __future__ import annotations

import json
import re
import zlib

from destination_norberg.exchange.smhi_csv import read_csv
from destination_norberg.exchange.smhi_forecast import SmhiForecast, is_forecast, read_forecast
from destination_norberg.exchange.smhi_json import read_json
from destination_norberg.exchange.smhi_model import (
    AIR_TEMPERATURE,
    MAX_BYTES,
    PARAMETERS,
    SNOW_DEPTH,
    Reading,
    SmhiDownload,
    SmhiError,
    StationInfo,
    snippet,
)

__all__ = ["AIR_TEMPERATURE", "MAX_BYTES", "PARAMETERS", "SNOW_DEPTH", "Reading",
           "SmhiDownload", "SmhiError", "SmhiForecast", "StationInfo", "read_smhi",
           "read_weather_file"]

_STATUS = re.compile(rb"HTTP/\d(?:\.\d)?\s+(\d{3})\s*([^\r\n]*)")


def read_smhi(data: bytes, *, name: str = "") -> SmhiDownload:
    """Every reading of the download, or SmhiError with one sentence; never half a file.

    `name` is the file's name, if any: SMHI's `smhi-opendata_<parameter>_<station>_…` names
    serve as a cross-check and to name a parameter the content does not number.
    """
    result = read_weather_file(data, name=name)
    if isinstance(result, SmhiForecast):
        raise SmhiError("The file is an SMHI forecast, not observations from a station.")
    return result


def read_weather_file(data: bytes, *, name: str = "") -> SmhiDownload | SmhiForecast:
    """An observation download or a point forecast (snow1g JSON), whichever the file is."""
    try:
        return _read(bytes(data), name)
    except (ValueError, KeyError, IndexError, TypeError, OverflowError, AttributeError,
            RecursionError) as exc:
        # A last guard so no traceback reaches the user; tests assert it never fires.
        raise SmhiError("The file could not be read because of an unexpected problem in this "
                        "program; please report it with the file.") from exc


def _read(data: bytes, name: str) -> SmhiDownload | SmhiForecast:
    if len(data) > MAX_BYTES:
        raise SmhiError(f"The file is {len(data) / 2**20:.1f} MB; an SMHI download may be at "
                        f"most {MAX_BYTES // 2**20} MB.")
    warnings: list[str] = []
    data = _strip_http(data, warnings)
    data = _gunzip(data)
    text = _decode(data, warnings)
    if not text.strip():
        raise SmhiError("The file is empty.")
    start = text.lstrip()[:1]
    if start == "<":
        raise SmhiError("The file is an HTML or XML page, not an SMHI CSV or JSON download.")
    if start in ("{", "["):
        if '"timeSeries"' in text and is_forecast(_json(text)):
            forecast = read_forecast(text)
            forecast.warnings[:0] = warnings
            return forecast
        return read_json(text, warnings)
    return read_csv(text.replace("\r\n", "\n").replace("\r", "\n"), name, warnings)


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _strip_http(data: bytes, warnings: list[str]) -> bytes:
    """The body of a recorded HTTP response; the bytes as they are when there are no headers."""
    head = data.lstrip()
    if not head.startswith(b"HTTP/"):
        return data
    status = _STATUS.match(head)
    code = status.group(1).decode("ascii") if status else "?"
    if code != "200":
        reason = status.group(2).decode("latin-1").strip() if status else ""
        raise SmhiError(f"The file is a recorded HTTP response with status {code} "
                        f"{snippet(reason)}".rstrip() + ", an error page rather than SMHI data.")
    ends = [(i, len(sep)) for sep in (b"\r\n\r\n", b"\n\n") if (i := head.find(sep)) >= 0]
    if not ends:
        raise SmhiError("The file is a recorded HTTP response with headers but no body.")
    at, length = min(ends)
    warnings.append("The file starts with the headers of an HTTP response; they were skipped "
                    "and the body read as the download.")
    return head[at + length:]


def _gunzip(data: bytes) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    unpack = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = unpack.decompress(data, MAX_BYTES + 1)
    except zlib.error:
        raise SmhiError("The file is gzip-compressed but damaged.") from None
    if not unpack.eof and len(out) <= MAX_BYTES:
        raise SmhiError("The file is gzip-compressed but damaged (it ends too early).")
    if len(out) > MAX_BYTES:
        raise SmhiError(f"The file unpacks to more than {MAX_BYTES // 2**20} MB, more than an "
                        "SMHI download may be.")
    return out


def _decode(data: bytes, warnings: list[str]) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SmhiError("The file claims to be UTF-16 text but is damaged.") from None
    if b"\x00" in data:
        raise SmhiError("The file is binary, not an SMHI CSV or JSON download.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise SmhiError("The file is neither UTF-8 nor Windows-1252 text, so it is not an SMHI "
                        "download.") from None
    warnings.append("The file is not UTF-8 as SMHI sends it; it was read as Windows-1252 "
                    "(it was probably saved again by a spreadsheet).")
    return text
