"""Which language each text of a partner output is in, and which texts lack the partner's.

A partner output (the bundle's files, the brochure) is written wholly in one language. The
program's own words come in both; a user's text comes in the language it was written in.
Where a text has a twin in the other language (a package's title and text, an event's name
and description, a trail's description) the output's own is used and the other only when
the own is empty; a text with no twin (a component's description, a contact's role) is in
Swedish, the language the program is kept in. Such a text is used, never dropped, but
MARKED as being in the other language, so a partner never meets it silently mixed in:
`pick` says which language a text is in, `untranslated` lists what the export dialog warns
about, and each writer marks a text whose language is not the output's.

Names (of organisations, people, places, trails, stråk stops) are names, written as they
are and not marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from destination_norberg.core.packages import PackageDetail

#: The mark after a text in another language; the output's footnote explains it.
MARK = "*"
#: Where there is no footnote (a calendar entry, a GPS track): what a marked text says.
ONLY_OTHER = ("Finns bara på engelska.", "Only available in Swedish.")

#: An event's kind in each language, (Swedish, English) (core.vocab.EventKind), as partner
#: files name it (a calendar's category).
EVENT_KINDS: dict[str, tuple[str, str]] = {
    "vecka": ("vecka", "week"), "lopp": ("lopp", "race"), "program": ("program", "programme"),
    "stråk": ("stråk", "town walk"), "marknad": ("marknad", "market"),
    "festival": ("festival", "festival"), "möte": ("möte", "meeting"),
}


def event_kind_name(kind: str, lang: str) -> str:
    pair = EVENT_KINDS.get(kind)
    return (pair[1] if lang == "en" else pair[0]) if pair else kind


def only_other(lang: str) -> str:
    """`Only available in Swedish.` in an English output (and the converse)."""
    return ONLY_OTHER[1] if lang == "en" else ONLY_OTHER[0]


@dataclass(frozen=True, slots=True)
class Worded:
    """A text and the language it is in ("sv" or "en")."""

    text: str
    lang: str

    def foreign(self, lang: str) -> bool:
        """True when the text is not in `lang` (and there is a text at all)."""
        return bool(self.text.strip()) and self.lang != lang


def pick(sv: str, en: str, lang: str) -> Worded:
    """`lang`'s text, the other's when `lang`'s is empty; with the language it is in."""
    if lang == "en":
        return Worded(en, "en") if en.strip() else Worded(sv, "sv")
    return Worded(sv, "sv") if sv.strip() or not en.strip() else Worded(en, "en")


def swedish(text: str) -> Worded:
    """A user text with no English twin: it is in Swedish."""
    return Worded(text, "sv")


@dataclass(frozen=True, slots=True)
class Untranslated:
    """A text an output in `lang` shows in the other language: what it is (a code the
    front end words: `title`, `text`, `event`, `event_text`, `component`, `trail_text`,
    `role`), whose (an event's or trail's name, a component's number, an organisation) and
    the text itself."""

    what: str
    owner: str
    text: str


def untranslated(detail: PackageDetail, lang: str) -> list[Untranslated]:
    """Every text of the package an output in `lang` has only in the other language, in
    the order a partner meets them; each text once."""
    found: list[Untranslated] = []
    seen: set[tuple[str, str]] = set()

    def add(what: str, owner: str, worded: Worded) -> None:
        if worded.foreign(lang) and (what, worded.text) not in seen:
            seen.add((what, worded.text))
            found.append(Untranslated(what, owner, worded.text))

    add("title", "", pick(detail.title_sv, detail.title_en, lang))
    add("text", "", pick(detail.text_sv, detail.text_en, lang))
    events = list(detail.programme)
    if detail.event is not None and all(e.id != detail.event.id for e in events):
        events.insert(0, detail.event)
    for e in events:
        add("event", "", pick(e.name_sv, e.name_en, lang))
        add("event_text", e.name_sv, pick(e.description_sv, e.description_en, lang))
    for n, c in enumerate(detail.components, start=1):
        add("component", str(n), swedish(c.description))
    for r in detail.routes:
        add("trail_text", r.name, pick(r.description_sv, r.description_en, lang))
    for contact in detail.contacts():
        add("role", contact.name, swedish(contact.role))
    return found
