"""What the iCalendar writer and reader share: the one error type, TEXT escaping, line folding.

Kept apart so that the reader and the writer agree byte for byte on the rules of RFC 5545 §3.1
(folding at 75 octets) and §3.3.11 (TEXT escaping), and so the GUI has one exception to catch.
"""

from __future__ import annotations

import re

from destination_norberg.core.plain_text import strip_controls
from destination_norberg.core.said import Said

#: The largest file the reader accepts; a real calendar export is a few hundred kilobytes.
MAX_BYTES = 20 * 1024 * 1024

#: Octets per physical line, CRLF not counted (RFC 5545 §3.1).
FOLD_OCTETS = 75


class IcalError(Exception):
    """A calendar that cannot be written or read; the message is one plain English sentence
    meant for the user, so it never carries a traceback or a Python type name."""

    def __init__(self, message: str) -> None:
        # a Said keeps its key for the window (its values are cut to one line where made)
        super().__init__(message if isinstance(message, Said) else one_line(message))

    @property
    def message(self) -> str:
        return str(self.args[0])


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def one_line(text: str) -> str:
    """Control characters become spaces, so a message or a quoted snippet stays on one line."""
    return _CONTROL.sub(" ", text)


def snippet(text: str, limit: int = 40) -> str:
    """A short, printable excerpt of file content for an error message."""
    text = one_line(text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"})
# What escaping changes, control characters included (ESC, BEL, NUL … from an import are
# dropped, core.plain_text: a calendar program would show them or refuse the file).
_NEEDS_ESCAPE = re.compile(r"[\\;,\x00-\x1f\x7f-\x9f]")


def escape_text(value: str) -> str:
    """TEXT value escaping (backslash, semicolon, comma, newline); CR/CRLF count as newline,
    other control characters but tab are left out."""
    if not _NEEDS_ESCAPE.search(value):
        return value
    return strip_controls(value).translate(_ESCAPES)


_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "N": "\n"}


def unescape_text(value: str) -> str:
    """Undo TEXT escaping; an unknown escape such as `\\"` keeps its character (lenient, as
    producers write them), a lone trailing backslash stays."""
    if "\\" not in value:
        return value
    return _UNESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)), value)


def fold_line(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence; continuation
    lines start with one space, which counts toward their 75 octets."""
    if len(line) <= FOLD_OCTETS and line.isascii():
        return line
    raw = line.encode("utf-8")
    if len(raw) <= FOLD_OCTETS:
        return line
    parts: list[str] = []
    start, limit, size = 0, FOLD_OCTETS, len(raw)
    while size - start > limit:
        cut = start + limit
        while raw[cut] & 0xC0 == 0x80:  # never cut inside a multi-byte character
            cut -= 1
        parts.append(raw[start:cut].decode("utf-8"))
        start, limit = cut, FOLD_OCTETS - 1
    parts.append(raw[start:].decode("utf-8"))
    return "\r\n ".join(parts)
