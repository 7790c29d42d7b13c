"""A safety and sanity pass over GPX and KML files before GDAL sees them.

GDAL reads a broken GPX in part or calls it "not recognised", and its messages name expat
internals. One streaming expat pass (about 60 ms for 5 MB, no Python call per element) refuses
entity declarations (the billion-laughs family, external entities) and says in plain words
where the XML breaks and in which element, so that nothing half-read reaches the store.
"""

from __future__ import annotations

import pyexpat
import re
from typing import IO, NoReturn

_BLOCK = 1 << 20

# The elements a user knows, innermost first wins: "it ends in the middle of a track".
_PLACES = {
    "trkpt": "a track point", "trkseg": "a track segment", "trk": "a track",
    "rtept": "a route point", "rte": "a route", "wpt": "a waypoint", "metadata": "the metadata",
    "Placemark": "a placemark", "Folder": "a folder", "Document": "the document",
    "coordinates": "a list of coordinates",
}

_CODES = pyexpat.errors.codes
_TAG = re.compile(rb"<(/?)(?:[\w.-]+:)?(" + "|".join(_PLACES).encode() + rb")(?=[\s/>])")
_CONTEXT_BYTES = 256 * 1024 * 1024
# What expat reports when the input stops early: in the middle of an element, a tag, a CDATA.
_CUT_OFF = {_CODES[pyexpat.errors.XML_ERROR_NO_ELEMENTS],
            _CODES[pyexpat.errors.XML_ERROR_UNCLOSED_TOKEN],
            _CODES[pyexpat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION]}


class BadXmlError(ValueError):
    """What is wrong with the XML, as the end of a sentence ("it ends too early (line 3)")."""


class _Refused(Exception):  # noqa: N818 - internal signal out of an expat callback
    pass


def _open_elements(stream: IO[bytes]) -> list[str]:
    """The known elements still open where a cut-off file ends (error path only)."""
    try:
        stream.seek(0)
        data = stream.read(_CONTEXT_BYTES)
    except (OSError, ValueError):
        return []
    stack: list[str] = []
    for match in _TAG.finditer(data):
        closing, name = match.group(1), match.group(2).decode()
        if not closing:
            stack.append(name)
        elif name in stack:
            del stack[len(stack) - 1 - stack[::-1].index(name):]
    return stack


def _reason(err: pyexpat.ExpatError, stream: IO[bytes], seen_root: bool, empty: bool) -> str:
    line = err.lineno
    code = err.code
    if empty:
        return "it is empty"
    if code in _CUT_OFF:
        if not seen_root:
            return "it holds no XML elements"
        place = next((_PLACES[n] for n in reversed(_open_elements(stream))), None)
        where = f"in the middle of {place}" if place else "before it is complete"
        return f"it ends {where} (line {line}); it may have been cut off while copying"
    if code == _CODES[pyexpat.errors.XML_ERROR_TAG_MISMATCH]:
        return f"a closing tag does not match the element it closes (line {line})"
    if code in (_CODES[pyexpat.errors.XML_ERROR_INVALID_TOKEN],
                _CODES[pyexpat.errors.XML_ERROR_SYNTAX],
                _CODES[pyexpat.errors.XML_ERROR_BAD_CHAR_REF],
                _CODES[pyexpat.errors.XML_ERROR_PARTIAL_CHAR]):
        return f"it contains characters that are not allowed in XML (line {line})"
    if code == _CODES[pyexpat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]:
        return f"there is more text after the end of the document (line {line})"
    if code in (_CODES[pyexpat.errors.XML_ERROR_UNKNOWN_ENCODING],
                _CODES[pyexpat.errors.XML_ERROR_INCORRECT_ENCODING]):
        return "it declares a character encoding that does not match its content"
    if code == _CODES[pyexpat.errors.XML_ERROR_UNDEFINED_ENTITY]:
        return f"it uses an undefined XML entity (line {line})"
    return f"its XML is broken at line {line} ({pyexpat.errors.messages[code]})"


def check_xml(stream: IO[bytes], *, limit: int | None = None) -> str:
    """Read the whole stream through expat; return the root element's local name.

    Raises BadXmlError with the reason. Entity declarations are refused outright: GPX and KML
    never need them, and they are how XML bombs and external-file reads are built.
    `limit` caps the bytes read (a KML member of a zip whose declared size may lie).
    """
    parser = pyexpat.ParserCreate()
    parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
    root: list[str] = []

    def refuse(*_args: object) -> NoReturn:
        raise _Refused

    def start(name: str, _attrs: object) -> None:
        root.append(name.rsplit(":", 1)[-1])
        parser.StartElementHandler = None  # the root is all we need: no call per element

    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    total = 0
    try:
        while True:
            block = stream.read(_BLOCK)
            total += len(block)
            if limit is not None and total > limit:
                raise BadXmlError("it is far larger than its archive says")
            parser.Parse(block, not block)
            if not block:
                break
    except _Refused:
        raise BadXmlError("it declares XML entities, which such a file never needs "
                         "(it was refused for safety)") from None
    except pyexpat.ExpatError as err:
        raise BadXmlError(_reason(err, stream, bool(root), total == 0)) from None
    except BadXmlError:
        raise
    except (LookupError, ValueError):  # expat asks Python's codecs for an encoding it lacks
        raise BadXmlError("it declares a character encoding the program cannot read") from None
    return root[0]
