"""The words of the public status page, Swedish and English, and its stylesheet.

Statuses follow the leading trail-report platforms (Clear / Minor issue / Significant issue /
Closed), grooming ages the track-status services' bands (DESIGN.md §2), the guarantee's
reasons the codes of core.snow_plan (the same sentences `snow status` prints, in both
languages). An unknown code is shown as itself, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, cast

from destination_norberg.exchange.package_texts import day_text

Pair = tuple[str, str]

HEAD: dict[str, Pair] = {
    "title": ("Spår- och snöläge i Norberg", "Trail and snow status, Norberg"),
    "guarantee": ("Snögaranti", "Snow guarantee"),
    "ski": ("Skidspår", "Ski tracks"),
    "mtb": ("MTB-leder", "MTB trails"),
    "other": ("Vandring och snösko", "Hiking and snowshoe"),
    "events": ("Evenemang", "Events"),
}
#: Page sections in order, with the trail kinds each holds.
GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("ski", frozenset({"classic_ski", "skate_ski"})),
    ("mtb", frozenset({"mtb"})),
    ("other", frozenset({"hiking", "snowshoe"})),
)

WORDS: dict[str, Pair] = {
    "updated": ("Uppdaterad", "Updated"),
    "reported": ("Rapport", "Report"),
    "stale": ("Inaktuell rapport: kontrollera läget på plats",
              "Out-of-date report: check conditions on site"),
    "stale_rule": ("En rapport äldre än {n} dagar märks som inaktuell.",
                   "A report older than {n} days is marked out of date."),
    "groomed": ("Preparerat", "Groomed"),
    "depth": ("Snödjup", "Snow depth"),
    "subscribe": ("Prenumerera på kalendern", "Subscribe to the calendar"),
    "cancelled": ("Inställt", "Cancelled"),
    "open_data": ("Öppna data", "Open data"),
    "no_events": ("Inga evenemang är planerade just nu.", "No events are planned just now."),
}
MONTHS: tuple[Pair, ...] = (
    ("januari", "January"), ("februari", "February"), ("mars", "March"), ("april", "April"),
    ("maj", "May"), ("juni", "June"), ("juli", "July"), ("augusti", "August"),
    ("september", "September"), ("oktober", "October"), ("november", "November"),
    ("december", "December"))

STATUS: dict[str | None, Pair] = {
    "clear": ("Öppen", "Clear"), "minor": ("Mindre problem", "Minor issue"),
    "significant": ("Betydande problem", "Significant issue"), "closed": ("Stängd", "Closed"),
    None: ("Ingen rapport", "No report"),
}
CONDITION: dict[str, Pair] = {
    "dry": ("torrt", "dry"), "wet": ("blött", "wet"), "muddy": ("lerigt", "muddy"),
    "snow": ("snö", "snow"), "icy": ("isigt", "icy"), "packed": ("packat", "packed"),
    "frozen": ("fruset", "frozen"), "leaves": ("löv", "leaves"),
    "fallen_trees": ("nedfallna träd", "fallen trees"),
}
GROOMING: dict[str | None, Pair] = {
    "today": ("i dag", "today"), "1-3": ("1–3 dagar sedan", "1–3 days ago"),
    "4-6": ("4–6 dagar sedan", "4–6 days ago"), "7-10": ("7–10 dagar sedan", "7–10 days ago"),
    "11-14": ("11–14 dagar sedan", "11–14 days ago"),
    "older": ("mer än 14 dagar sedan", "more than 14 days ago"),
    None: ("inte rapporterat", "not reported"),
}
STYLE: dict[str, Pair] = {"classic": ("klassiskt", "classic"), "skate": ("skate", "skate"),
                          "both": ("klassiskt och skate", "classic and skate")}
LEVEL: dict[str | None, Pair] = {"green": ("Grön", "Green"), "yellow": ("Gul", "Yellow"),
                                 "red": ("Röd", "Red"), None: ("Ej bedömd", "Not judged")}
REASON: dict[str, Pair] = {
    "met_now": ("Uppfyllt nu: {ready} av {required} km är klara.",
                "Met now: {ready} of {required} km are ready."),
    "met_if_projection_holds": ("Uppfylls till {deadline} om prognosen håller "
                                "({projected} av {required} km).",
                                "Met by {deadline} if the projection holds "
                                "({projected} of {required} km)."),
    "short_by": ("Inte uppfyllt: {short} km saknas till {deadline}.",
                 "Not met: {short} km short by {deadline}."),
    "deadline_passed": ("Inte uppfyllt, och datumet {deadline} har passerat: {short} km "
                        "saknas.", "Not met, and the deadline ({deadline}) has passed: "
                        "{short} km short."),
    # issue 14: the snow that exists meets it; the loops are shorter than the promise
    "met_by_stored": ("Uppfyllt med snön som redan finns: {ready} km klart plus lagrad snö "
                      "räcker till {required} km.",
                      "Met by the snow that already exists: {ready} km ready plus stored "
                      "snow cover {required} km."),
    "loops_too_short": ("Inte uppfyllt: slingorna är {loops} km, kortare än de utlovade "
                        "{required} km.", "Not met: the loops are {loops} km, shorter than "
                        "the {required} km promised."),
    # Visitors are told where the promise stands, never what the coordinators have to do.
    "not_judged": ("Snögarantin är inte bedömd ännu: {ready} av {required} km är klara.",
                   "The snow guarantee is not judged yet: {ready} of {required} km are "
                   "ready."),
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1d2730;background:#f4f6f7}
main{max-width:44rem;margin:0 auto;padding:.8rem}
h1{font-size:1.45rem;line-height:1.2;margin:.3rem 0}
h2{font-size:1.15rem;margin:1.4rem 0 .5rem}
h3{font-size:1.05rem;margin:0 0 .2rem}
h3.month{margin:1rem 0 .4rem;color:#3d4852}
h4{font-size:1rem;margin:0 0 .2rem}
h1,h2,h3,h4,p{overflow-wrap:anywhere}
li.cancelled h4{text-decoration:line-through}
li.cancelled h4 .badge{text-decoration:none}
p{margin:.15rem 0}
.en{color:#5b6670;font-size:.9em}
.muted{color:#5b6670;font-size:.9rem}
ul.cards{list-style:none;margin:0;padding:0}
li.trail{background:#fff;border-radius:.5rem;padding:.6rem .8rem;margin:0 0 .5rem;
border-left:.35rem solid #c9d2d9}
li.stale-card{border-left-color:#b26a00}
.stale{color:#8a4b00;font-weight:600}
.note{font-style:italic}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:.3rem;font-weight:600;
background:#e3e8ec}
.s-clear,.l-green{background:#d8f0dc;color:#14532d}
.s-minor,.l-yellow{background:#fdf1c7;color:#6b4e00}
.s-significant{background:#fde2c7;color:#7a3300}
.s-closed,.l-red{background:#f8d4d4;color:#7f1d1d}
.grade{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.4rem;
vertical-align:baseline;border:1px solid rgba(0,0,0,.2)}
.g-grön{background:#2e7d32}.g-blå{background:#1565c0}.g-röd{background:#c62828}
.g-svart{background:#111}
footer{margin:1.5rem 0 .5rem;color:#5b6670;font-size:.85rem}
a{color:#1f5f8b}
"""


def _pick(table: Mapping[Any, Pair], key: Any, lang: str) -> str:
    pair = table.get(key)
    if pair is None:
        return str(key)
    return pair[1] if lang == "en" else pair[0]


def words(key: str, lang: str) -> str:
    return _pick(WORDS, key, lang)


def status_words(code: str | None, lang: str) -> str:
    return _pick(STATUS, code, lang)


def month_words(month: int, lang: str) -> str:
    """The month's name (1-12), as a heading: `december`, `December`."""
    pair = MONTHS[month - 1]
    return pair[1] if lang == "en" else pair[0]


def condition_words(code: str, lang: str) -> str:
    return _pick(CONDITION, code, lang)


def grooming_words(band: str | None, lang: str) -> str:
    return _pick(GROOMING, band, lang)


def style_words(code: str, lang: str) -> str:
    return _pick(STYLE, code, lang)


def level_words(level: str | None, lang: str) -> str:
    return _pick(LEVEL, level, lang)


def age_words(days: float, lang: str) -> str:
    """How old a report is, in the unit a reader thinks in."""
    if days < 1 / 24:
        return "nyss" if lang == "sv" else "just now"
    if days < 1:
        hours = int(days * 24)
        return f"{hours} tim sedan" if lang == "sv" else f"{hours} h ago"
    whole = int(days)
    if lang == "en":
        return f"{whole} day{'s' if whole != 1 else ''} ago"
    return f"{whole} {'dag' if whole == 1 else 'dagar'} sedan"


def _km(value: Any, lang: str) -> str:
    text = f"{float(value or 0.0):.1f}"
    return text.replace(".", ",") if lang == "sv" else text


def reason_words(line: Any, lang: str) -> str:
    """The guarantee line's reason as a sentence (a GuaranteeLine or anything shaped so)."""
    args = line.reason_args
    deadline = line.deadline if isinstance(line.deadline, date) else None
    values = {"ready": _km(line.ready_km, lang), "required": _km(line.required_km, lang),
              "projected": _km(args.get("projected_km"), lang),
              "short": _km(args.get("short_km"), lang),
              "loops": _km(args.get("loops_km"), lang),
              "deadline": day_text(deadline, lang) if deadline else ""}
    pair = REASON.get(line.reason)
    if pair is None:
        return cast(str, line.reason)
    return (pair[1] if lang == "en" else pair[0]).format(**values)
