"""Translated display labels for the domain's stored codes (core.vocab), and the window's one
formatter of dates and times (`fmt_*`: the language's month and weekday names, Norberg time).
Files (CSV, iCalendar, JSON) keep ISO dates; a date typed goes through gui.common.date_field.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from destination_norberg.core.basemap import BASEMAP_NAME, basemap_kind
from destination_norberg.core.timeutil import to_local


def event_status(code: str) -> str:
    return {
        "idé": QCoreApplication.translate("Labels", "idea"),
        "planerad": QCoreApplication.translate("Labels", "planned"),
        "bekräftad": QCoreApplication.translate("Labels", "confirmed"),
        "inställd": QCoreApplication.translate("Labels", "cancelled"),
    }.get(code, code)


def event_kind(code: str) -> str:
    return {
        "vecka": QCoreApplication.translate("Labels", "week"),
        "lopp": QCoreApplication.translate("Labels", "race"),
        "program": QCoreApplication.translate("Labels", "programme item"),
        "stråk": QCoreApplication.translate("Labels", "stråk"),
        "marknad": QCoreApplication.translate("Labels", "market"),
        "festival": QCoreApplication.translate("Labels", "festival"),
        "möte": QCoreApplication.translate("Labels", "meeting"),
    }.get(code, code)


def trail_status(code: str | None) -> str:
    return {
        "clear": QCoreApplication.translate("Labels", "clear"),
        "minor": QCoreApplication.translate("Labels", "minor issue"),
        "significant": QCoreApplication.translate("Labels", "significant issue"),
        "closed": QCoreApplication.translate("Labels", "closed"),
        None: QCoreApplication.translate("Labels", "no report"),
    }.get(code, code or "")


def interaction_kind(code: str) -> str:
    return {
        "möte": QCoreApplication.translate("Labels", "meeting"),
        "samtal": QCoreApplication.translate("Labels", "call"),
        "e-post": QCoreApplication.translate("Labels", "e-mail"),
        "besök": QCoreApplication.translate("Labels", "visit"),
        "evenemang": QCoreApplication.translate("Labels", "event"),
    }.get(code, code)


def org_category(code: str) -> str:
    """The network's categories (stored in Swedish, as the issue names them)."""
    return {
        "boende": QCoreApplication.translate("Labels", "accommodation"),
        "mat och dryck": QCoreApplication.translate("Labels", "food and drink"),
        "handel": QCoreApplication.translate("Labels", "shopping"),
        "aktivitet": QCoreApplication.translate("Labels", "activities"),
        "transport": QCoreApplication.translate("Labels", "transport"),
        "kultur": QCoreApplication.translate("Labels", "culture"),
        "övrigt": QCoreApplication.translate("Labels", "other"),
    }.get(code, code)


def legal_basis(code: str) -> str:
    """The GDPR legal basis for holding a person's data."""
    return {
        "samtycke": QCoreApplication.translate("Labels", "consent"),
        "berättigat intresse": QCoreApplication.translate("Labels", "legitimate interest"),
        "avtal": QCoreApplication.translate("Labels", "contract"),
    }.get(code, code)


def demo_step(key: str) -> str:
    """The demo loader's steps (store.demo), as the progress dialog names them."""
    return {
        "clearing": QCoreApplication.translate("Labels", "clearing the database"),
        "seasons": QCoreApplication.translate("Labels", "seasons and places"),
        "organisations": QCoreApplication.translate("Labels", "businesses and people"),
        "events": QCoreApplication.translate("Labels", "events and tasks"),
        "stråk": QCoreApplication.translate("Labels", "stråk"),
        "trails": QCoreApplication.translate("Labels", "trails and reports"),
        "snow": QCoreApplication.translate("Labels", "snow data"),
        "packages": QCoreApplication.translate("Labels", "packages"),
    }.get(key, key)


def area_name(key: str) -> str:
    return {
        "overview": QCoreApplication.translate("Labels", "Overview"),
        "events": QCoreApplication.translate("Labels", "Events"),
        "trails": QCoreApplication.translate("Labels", "Trails and snow"),
        "map": QCoreApplication.translate("Labels", "Map"),
        "network": QCoreApplication.translate("Labels", "Network"),
        "packages": QCoreApplication.translate("Labels", "Packages"),
    }[key]


STATUS_COLOURS = {
    "clear": "#2e7d32",
    "minor": "#c77c02",
    "significant": "#d35400",
    "closed": "#b3261e",
    None: "#7a8591",
}
LEVEL_COLOURS = {"green": "#2e7d32", "yellow": "#c77c02", "red": "#b3261e", None: "#7a8591"}


def basemap_title(kind: str) -> str:
    """A background map layer as the layers panel names it ("Background: land cover" for
    Lantmäteriet's `mark`)."""
    titles = {
        "mark": QCoreApplication.translate("Basemap", "Background: land cover"),
        "hydrolinje": QCoreApplication.translate("Basemap", "Background: streams"),
        "hydroyta": QCoreApplication.translate("Basemap", "Background: water"),
        "vaglinje": QCoreApplication.translate("Basemap", "Background: roads"),
        "byggnad": QCoreApplication.translate("Basemap", "Background: buildings"),
        "text": QCoreApplication.translate("Basemap", "Background: place names"),
    }
    return titles.get(kind) or QCoreApplication.translate(
        "Basemap", "Background: {0}").replace("{0}", kind)


def layer_title(name: str) -> str:
    """A stored map layer's name for a person: a background layer ("basemap:mark") by the
    title the layers panel shows it under, an imported layer by its name."""
    return basemap_title(basemap_kind(name)) if name.startswith(BASEMAP_NAME) else name


def lang() -> str:
    """The window's language as the outputs name it ("sv" or "en"), from the locale i18n set."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def fmt_day(day: date, long: bool = False) -> str:
    """A calendar day in the current language: `sön 14 feb 2027` / `Sun 14 Feb 2027`."""
    pattern = "dddd d MMMM yyyy" if long else "ddd d MMM yyyy"
    return QLocale().toString(qdate(day), pattern)


def fmt_short_day(day: date, this_year: int | None = None) -> str:
    """`fre 4 dec.`; with the year when it is not `this_year` (an old overdue date)."""
    pattern = "ddd d MMM" if this_year in (None, day.year) else "ddd d MMM yyyy"
    return QLocale().toString(qdate(day), pattern)


def fmt_date(day: date) -> str:
    """A day without its weekday, for periods and stamps: `6 dec. 2026` / `6 Dec 2026`."""
    return QLocale().toString(qdate(day), "d MMM yyyy")


def fmt_period(first: date, last: date) -> str:
    """`1 dec. 2026 – 30 apr. 2027`: a season's, a stråk's or a package's days."""
    return f"{fmt_date(first)} – {fmt_date(last)}"


def fmt_stamp(instant: datetime, this_year: int | None = None) -> str:
    """A moment in Norberg time: `6 dec. 2026 14:05` (backups, model runs); `26 nov. 09:00`
    when it falls in `this_year` (a trail report of this winter)."""
    local = to_local(instant)
    stamp = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, "d MMM HH:mm" if this_year == local.year
                              else "d MMM yyyy HH:mm")


def fmt_local_time(instant: datetime) -> str:
    local = to_local(instant)
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def fmt_local(instant: datetime) -> str:
    local = to_local(instant)
    stamp = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, "ddd d MMM HH:mm")
