"""The words, numbers and dates of a package bundle, in Swedish or English.

Files for partners are written outside the window, so Qt's translations are not at hand:
the few labels live here as (Swedish, English) pairs. Amounts are written as partners read
them (`2 203 kr`, `SEK 2,203`); times in Norberg's local time.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal

from destination_norberg.core.package_language import MARK, ONLY_OTHER, Worded
from destination_norberg.core.timeutil import to_local

LABELS: dict[str, tuple[str, str]] = {
    "package": ("Paket", "Package"),
    "valid": ("Gäller", "Valid"),
    "programme": ("Program", "Programme"),
    "components": ("Det här ingår", "What is included"),
    "kind": ("Typ", "Type"),
    "description": ("Beskrivning", "Description"),
    "provider": ("Arrangör", "Provider"),
    "price": ("Pris (kr)", "Price (SEK)"),
    "capacity": ("Kapacitet", "Capacity"),
    "price_basis": ("Pris per", "Priced"),
    "quantity": ("Antal", "Quantity"),
    "amount": ("Belopp (kr)", "Amount (SEK)"),
    "total_for": ("Totalt för {n} personer", "Total for {n} persons"),
    "total": ("Totalt", "Total"),
    "per_person": ("Pris per person", "Price per person"),
    "basis": ("Priset per person gäller vid {n} personer.",
              "The price per person is for {n} persons."),
    "contacts": ("Kontakter", "Contacts"),
    "organisation": ("Organisation", "Organisation"),
    "person": ("Kontaktperson", "Contact person"),
    "role": ("Roll", "Role"),
    "email": ("E-post", "E-mail"),
    "phone": ("Telefon", "Phone"),
    "address": ("Adress", "Address"),
    "website": ("Webbplats", "Website"),
    "number": ("Nr", "No."),
    "when": ("När", "When"),
    "what": ("Vad", "What"),
    "where": ("Var", "Where"),
    "routes": ("Leder och stråk", "Trails and routes"),
    "length": ("Längd", "Length"),
    "grade": ("Svårighetsgrad", "Grade"),
    "version": ("Version {n}", "Version {n}"),
    "made": ("Skapad {when} av Destination Norberg", "Made {when} by Destination Norberg"),
    "for_partner": ("Till {name}", "For {name}"),
    "sheet_components": ("Komponenter", "Components"),
    "sheet_contacts": ("Kontakter", "Contacts"),
    # The mark of a text in the other language (core.package_language) and its footnote.
    "marked": ("Texter markerade med * finns bara på engelska.",
               "Texts marked * are only available in Swedish."),
    "only_other": ONLY_OTHER,
    "route_stop": ("Stråkstopp", "Town walk stop"),
}

#: The bundle's file names after the package's slug, in the bundle's language.
FILE_PARTS: dict[str, tuple[str, str]] = {
    "ics": ("program", "programme"), "components": ("komponenter", "components"),
    "contacts": ("kontakter", "contacts"), "routes": ("leder", "trails"),
    "pdf": ("broschyr", "brochure"), "package": ("paket", "package"),
}

GRADES: dict[str, tuple[str, str]] = {
    "grön": ("grön", "green"), "blå": ("blå", "blue"), "röd": ("röd", "red"),
    "svart": ("svart", "black"),
}

KINDS: dict[str, tuple[str, str]] = {
    "boende": ("Boende", "Accommodation"), "måltid": ("Måltid", "Meal"),
    "skidhyra": ("Skidhyra", "Ski rental"), "aktivitet": ("Aktivitet", "Activity"),
    "transport": ("Transport", "Transport"), "startavgift": ("Startavgift", "Race entry"),
}

TRAIL_KINDS: dict[str, tuple[str, str]] = {
    "mtb": ("MTB-led", "MTB trail"), "classic_ski": ("Skidspår, klassiskt", "Classic ski track"),
    "skate_ski": ("Skidspår, skate", "Skate ski track"), "hiking": ("Vandringsled", "Hiking trail"),
    "snowshoe": ("Snöskoled", "Snowshoe trail"), "strak": ("Stråk", "Town walk"),
}

#: The months as the window writes a day (Qt's CLDR abbreviations, gui.common.labels.fmt_date):
#: one style of "1 dec. 2026" / "1 Dec 2026" on screen, in partner files and on the status page.
_MONTHS = {"sv": ("jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.",
                  "nov.", "dec."),
           "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov",
                  "Dec")}
_WEEKDAYS = {"sv": ("mån", "tis", "ons", "tors", "fre", "lör", "sön"),
             "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}


def check_lang(lang: str) -> str:
    if lang not in ("sv", "en"):
        raise ValueError(f"The language must be 'sv' or 'en', not '{lang}'.")
    return lang


def label(key: str, lang: str, **values: object) -> str:
    sv, en = LABELS[key]
    return (en if lang == "en" else sv).format(**values)


def file_part(key: str, lang: str) -> str:
    sv, en = FILE_PARTS[key]
    return en if lang == "en" else sv


def grade_name(grade: str | None, lang: str) -> str | None:
    """A trail's grade colour as a word of `lang` (`grön` → `green`)."""
    if not grade:
        return None
    pair = GRADES.get(grade)
    return (pair[1] if lang == "en" else pair[0]) if pair else grade


def kind_name(kind: str, lang: str) -> str:
    pair = KINDS.get(kind) or TRAIL_KINDS.get(kind)
    return (pair[1] if lang == "en" else pair[0]) if pair else kind


def kronor(amount: Decimal, lang: str) -> str:
    """`2 203 kr` / `SEK 2,203`; öre only where there are any."""
    whole = amount == amount.to_integral_value()
    text = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    if lang == "en":
        return f"SEK {text}"
    return text.replace(",", "\u00a0").replace(".", ",") + "\u00a0kr"


def plain_amount(amount: Decimal, lang: str) -> str:
    """A number for a CSV cell a spreadsheet of that language reads: `1195,50` / `1195.50`."""
    text = f"{amount:.2f}"
    return text.replace(".", ",") if lang == "sv" else text


def day_text(day: date, lang: str, weekday: bool = False) -> str:
    month = _MONTHS[lang][day.month - 1]
    head = f"{_WEEKDAYS[lang][day.weekday()]} " if weekday else ""
    return f"{head}{day.day} {month} {day.year}"


def period_text(start: date | None, end: date | None, lang: str) -> str:
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return day_text(start or end, lang)  # type: ignore[arg-type]
    return f"{day_text(start, lang)} – {day_text(end, lang)}"


def when_text(starts_at: datetime, ends_at: datetime | None, all_day: bool, lang: str) -> str:
    """`fre 12 feb 2027 12:00–15:00` in Norberg time; an all-day item by its days."""
    start = to_local(starts_at)
    if all_day:
        end_day = to_local(ends_at).date() if ends_at else start.date()
        if ends_at and end_day > start.date() and to_local(ends_at).time() == time.min:
            end_day = date.fromordinal(end_day.toordinal() - 1)  # an exclusive midnight end
        if end_day <= start.date():
            return day_text(start.date(), lang, weekday=True)
        return f"{day_text(start.date(), lang, True)} – {day_text(end_day, lang, True)}"
    text = f"{day_text(start.date(), lang, weekday=True)} {start:%H:%M}"
    if ends_at is None:
        return text
    end = to_local(ends_at)
    if end.date() == start.date():
        return f"{text}–{end:%H:%M}"
    return f"{text} – {day_text(end.date(), lang, weekday=True)} {end:%H:%M}"


def stamp_text(at: datetime, lang: str) -> str:
    local = to_local(at)
    return f"{day_text(local.date(), lang)} {local:%H:%M}"


def slug(text: str, fallback: str = "paket") -> str:
    """A file-name part a partner's computer and any web server take: ascii, lower case,
    hyphens (`Vinterstråket & skidpremiär` → `vinterstraket-skidpremiar`)."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    plain = plain.replace("æ", "ae").replace("ø", "o").replace("ß", "ss")
    out = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return out[:60].rstrip("-") or fallback


class Marks:
    """Keeps count, for one output in `lang`, of the texts it marks as being in the other
    language (core.package_language), so the footnote is written only when one was."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.used = 0

    def __call__(self, worded: Worded) -> bool:
        """True (and counted) when `worded` must be marked in this output."""
        foreign = worded.foreign(self.lang)
        self.used += foreign
        return foreign

    def plain(self, worded: Worded) -> str:
        """The text with ` *` after it when it is marked (a spreadsheet cell)."""
        return f"{worded.text} {MARK}" if self(worded) else worded.text
