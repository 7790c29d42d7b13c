"""Text from outside (an import, a partner's file) made safe to store, print and pass on.

Two dangers, one place to handle them (every importer calls `clean`, every writer that sends
text on calls `strip_controls`):

- **Control characters.** ESC, BEL, NUL and the rest of C0 (and C1, whose CSI 0x9B some
  terminals obey like ESC [) came in raw from files: printed by the command line they moved
  the cursor, rewrote the screen or set the window title (terminal escape injection), and
  they went on into iCalendar and vCard files. They are removed; a tab stays, and a line
  break stays where the field holds several lines (descriptions, notes), CR LF becoming LF.
- **Length.** A 19 MB event title was stored whole and then cost the bulletin 300 s and the
  overview 49 s. Each field has a limit that no real title or note comes near; longer text
  is cut there (with "…"), and the importer says which fields were shortened.
"""

from __future__ import annotations

import re

#: A name or title: an event, a place, an organisation, a person, a trail, a station.
NAME_MAX = 200
#: A description, a note, an address block: a few pages of text.
TEXT_MAX = 10_000
#: A short code (a UID, a phone number, an e-mail address, a web address).
CODE_MAX = 500

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 but tab and LF, DEL, C1
_CONTROLS_ONE_LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # … and LF
_NEWLINES = re.compile(r"\r\n?")
ELLIPSIS = "…"


def strip_controls(text: str, *, multiline: bool = True) -> str:
    """`text` without control characters: tab kept, line breaks kept (CR LF and CR as LF)
    when `multiline`, else each line break (and any other control) becomes a space."""
    if not text:
        return text
    text = _NEWLINES.sub("\n", text)
    if multiline:
        return _CONTROLS.sub("", text)
    return _CONTROLS_ONE_LINE.sub(lambda m: " " if m.group() == "\n" else "", text)


def shorten(text: str, limit: int) -> tuple[str, bool]:
    """(`text` cut to at most `limit` characters, ending in "…" when cut; whether it was)."""
    if len(text) <= limit:
        return text, False
    return text[:max(limit - 1, 0)].rstrip() + ELLIPSIS, True


def clean(text: str | None, limit: int = NAME_MAX, *,
          multiline: bool | None = None) -> tuple[str, bool]:
    """Imported text as it may be stored: controls removed, cut to `limit`; and whether it
    was shortened. Line breaks are kept in long fields (limit over NAME_MAX) unless
    `multiline` says otherwise. Control characters are removed before the length is
    measured, but the measure is taken on the cleaned text only up to the limit, so a
    19 MB title costs one pass, not more."""
    if not text:
        return "", False
    if multiline is None:
        multiline = limit > NAME_MAX
    # Cut first (with room for what the cleaning removes), so a huge field is never
    # processed whole by the regular expressions.
    head = text[:limit * 2 + 16]
    cleaned = strip_controls(head, multiline=multiline)
    out, cut = shorten(cleaned, limit)
    if not cut and len(head) < len(text):  # the rest was mostly control characters
        out, cut = out[:max(limit - 1, 0)].rstrip() + ELLIPSIS, True
    return out, cut


def clean_value(text: str | None, limit: int = NAME_MAX, *,
                multiline: bool | None = None) -> str:
    """clean()'s text alone, where the caller has no report to note the shortening in."""
    return clean(text, limit, multiline=multiline)[0]
