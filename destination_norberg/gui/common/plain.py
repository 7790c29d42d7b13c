"""User text shown in the window as text, never as markup, and never so long it stalls it.

Qt guesses: a QLabel, a QMessageBox, a tooltip or a table's tooltip role shows a string as
rich text (HTML) whenever `Qt.mightBeRichText` says it looks like it. An organisation named
`<img src="file:///etc/passwd">` then loaded a local file into the window, and an erase
confirmation could be disguised with `<b>`, `<br>` and colour. Every place that puts user text
into a rich-text surface escapes it (`esc`), every tooltip goes through `tip`, and labels that
only ever show user text are set to Qt.PlainText.

Length: a 200,000-character title (imported before the import limits, core.plain_text) made
each layout of the overview's labels and tables take seconds; what the window shows of one
piece of text is capped at SHOWN_MAX characters (the full text stays in the database).
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import Qt  # mightBeRichText lives in QtGui (qtextdocument.h)

from destination_norberg.core.plain_text import shorten

#: What the window shows of one piece of text (names are far shorter; notes may be longer).
SHOWN_MAX = 1_000
#: What a whole message (an import report, an error) may show.
MESSAGE_MAX = 10_000


def shown(text: object, limit: int = SHOWN_MAX) -> str:
    """`text` as a string cut to `limit` characters ("…"), for a plain-text surface."""
    return shorten("" if text is None else str(text), limit)[0]


def esc(text: object, limit: int = SHOWN_MAX) -> str:
    """`text` for a rich-text surface (HTML in a QLabel, a QMessageBox, a QTextBrowser):
    escaped, so it shows literally, and cut to `limit` characters."""
    return escape(shown(text, limit), quote=True)


def plain(text: object, limit: int = MESSAGE_MAX) -> str:
    """`text` for a surface that guesses its format (a QLabel, a QMessageBox, a tooltip), so
    it shows literally. Text Qt would render as HTML is escaped inside a paragraph that
    keeps its line breaks; other text is passed as it is, so ordinary text looks exactly as
    before. For a whole message only: markup of our own is built with `esc`."""
    text = shown(text, limit)
    if not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{escape(text, quote=False)}</p>"


def tip(text: object) -> str:
    """A tooltip, shown as text (see `plain`) and cut to SHOWN_MAX characters."""
    return plain(text, SHOWN_MAX)
