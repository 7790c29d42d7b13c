"""Text for searching and sorting: one fold and one Swedish order for the whole program.

`fold` makes the form a search compares ("ostra" finds "Östra", "aero" finds "Ærø", "kafe"
finds "Café": a few loanwords Swedish spells two ways are one word);
`fold_words` is that form as single-spaced words, with `_` and `-` as spaces, for matching
typed words against names and codes; `swedish_key` sorts names as a Swedish reader expects:
case-insensitive, å ä ö after z (code points would give ä < å < ö), other accents as their
base letter (Émile with E, Über with U), æ and ø as ä and ö.
"""

from __future__ import annotations

import unicodedata


def _accent_table() -> dict[int, str]:
    """Latin letters with diacritics → base letters, for str.translate (C speed)."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(c))
        if base and base != char and base.isascii():
            table[code] = base
    table.update({ord("ß"): "ss", ord("æ"): "ae", ord("ø"): "o", ord("Æ"): "ae",
                  ord("Ø"): "o", ord("đ"): "d", ord("ł"): "l", ord("Ł"): "l"})
    return table


_ACCENTS = _accent_table()

# The three ASCII characters after "z" stand in for å, ä and ö (æ and ø file as ä and ö).
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})
#: Words Swedish writes both ways (café and kafé): a search for one finds the other. Only in
#: `fold`, not in the sort key, so "Café" still sorts under C.
_SPELLINGS = (("cafe", "kafe"),)


def _plain(text: str) -> str:
    """Lower case without accents."""
    folded = text.casefold().translate(_ACCENTS)
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded)
                   if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-free form for searching: "Östra Ängen" → "ostra angen", "Café" →
    "kafe" (as "kafé")."""
    folded = _plain(text)
    for spelling, one in _SPELLINGS:
        if spelling in folded:
            folded = folded.replace(spelling, one)
    return folded


def fold_words(text: str) -> str:
    """`fold` as single-spaced words: 'Stängd ' → 'stangd', 'fallen_trees' → 'fallen trees'."""
    return " ".join(fold(text).replace("_", " ").replace("-", " ").split())


def swedish_key(text: str) -> str:
    """A sort key in Swedish order: … x y z å ä ö, case and other accents ignored."""
    return _plain(text.casefold().translate(_SWEDISH_ORDER))


def sort_key(text: str, language: str) -> str:
    """A sort key for names: the Swedish alphabet for "sv", accents ignored otherwise."""
    return swedish_key(text) if language == "sv" else _plain(text)
