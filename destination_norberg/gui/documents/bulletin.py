"""The daily bulletin for hotels and shops: trails, snow guarantee, events and stråk of a day.

One A4 page a receptionist can print in the morning and pin up: every trail's status as last
reported (an old report is marked, because a visitor may drive out for it), the ski tracks'
grooming, the snow guarantee in words, what is on today and in the coming week, and whether a
stråk is open tonight and where. `read_bulletin` (app.bulletin, re-exported here) gathers
the day in plain values (no Qt);
`bulletin_html` words it in the installed language, reusing the program's own words for
statuses, conditions, grooming bands and guarantee levels.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from destination_norberg.app.bulletin import (
    PAST_TARGET_DAYS,
    BulletinData,
    StrakDay,
    events_of,
    local_day,
    open_stops,
    read_bulletin,
)
from destination_norberg.core.events import EventRecord, StrakRecord
from destination_norberg.core.hours import format_hours
from destination_norberg.core.package_language import Worded, pick
from destination_norberg.core.strak import strak_hours
from destination_norberg.core.trail_register import TrailRow
from destination_norberg.gui.common import labels
from destination_norberg.gui.documents.output import MUTED, Marks, esc
from destination_norberg.gui.snow import texts as texts
from destination_norberg.gui.trails import report_dialog as words

__all__ = ["BulletinData", "StrakDay", "bulletin_html", "events_of", "open_stops", "read_bulletin"]

# --- words ---------------------------------------------------------------------------------


def _dot(colour: str) -> str:
    return f"<span style='color:{colour}'>●</span>"


def _name(event: EventRecord, lang: str) -> Worded:
    return pick(event.name_sv, event.name_en, lang)


def _hours(start: datetime, end: datetime | None) -> str:
    text = labels.fmt_local_time(start)
    return text + ("–" + labels.fmt_local_time(end) if end is not None else "")


def _status_cell(row: TrailRow) -> str:
    code = str(row.status) if row.status else None
    colour = labels.STATUS_COLOURS.get(code, labels.STATUS_COLOURS[None])
    return f"{_dot(colour)} {esc(labels.trail_status(code))}"


def _reported_cell(row: TrailRow, now: datetime) -> str:
    text = esc(words.local_stamp(row.reported_at, now)) if row.reported_at else esc(
        words.age_text(None))
    if row.stale:
        text += " <span class='alert'>!</span>"
    return text


def _trail_tables(data: BulletinData) -> str:
    ski = [r for r in data.trails if r.kind.is_ski]
    other = [r for r in data.trails if not r.kind.is_ski]
    out = []
    if ski:
        head = (QCoreApplication.translate("Bulletin", "Ski track"),
                QCoreApplication.translate("Bulletin", "Length"),
                QCoreApplication.translate("Bulletin", "Status"),
                QCoreApplication.translate("Bulletin", "Condition"),
                QCoreApplication.translate("Bulletin", "Groomed"),
                QCoreApplication.translate("Bulletin", "Reported"))
        body = []
        for r in ski:
            groomed = words.band_label(r.grooming_band)
            if r.groom_style:
                groomed += f" ({words.style_label(r.groom_style)})"
            km = QLocale().toString(r.length_m / 1000, "f", 1)
            body.append([esc(r.name), f"{km}&nbsp;km", _status_cell(r),
                         esc(words.condition_label(r.condition)), esc(groomed),
                         _reported_cell(r, data.now)])
        out.append(_table(head, body, numeric=(1,)))
    if other:
        head = (QCoreApplication.translate("Bulletin", "Trail"),
                QCoreApplication.translate("Bulletin", "Kind"),
                QCoreApplication.translate("Bulletin", "Status"),
                QCoreApplication.translate("Bulletin", "Condition"),
                QCoreApplication.translate("Bulletin", "Reported"))
        body = [[esc(r.name), esc(words.kind_label(r.kind, short=True)), _status_cell(r),
                 esc(words.condition_label(r.condition)), _reported_cell(r, data.now)]
                for r in other]
        out.append(_table(head, body))
    if not data.trails:
        out.append("<p>" + esc(QCoreApplication.translate("Bulletin", "No trails registered."))
                   + "</p>")
    if any(r.stale for r in data.trails):
        out.append(f"<p class='small'><span class='alert'>!</span> "
                   f"{esc(words.stale_text(data.stale_days))}</p>")
    return "".join(out)


def _table(head: tuple[str, ...], body: list[list[str]], numeric: tuple[int, ...] = (),
           width: dict[int, int] | None = None) -> str:
    """A ruled table; `body` cells are HTML already, `head` plain words; `width` gives some
    columns a share of the width in per cent."""
    widths = {i: f" width='{w}%'" for i, w in (width or {}).items()}
    def cls(i: int) -> str:
        return " class='num'" if i in numeric else ""

    ths = "".join(f"<th{cls(i)}{widths.get(i, '')}>{esc(h)}</th>" for i, h in enumerate(head))
    trs = "".join("<tr>" + "".join(f"<td{cls(i)}>{c}</td>" for i, c in enumerate(row))
                  + "</tr>" for row in body)
    return (f"<table class='grid small' width='100%' cellpadding='2' cellspacing='0'>"
            f"<thead><tr>{ths}</tr></thead>{trs}</table>")


def _snow(data: BulletinData) -> str:
    report = data.snow
    items = []
    for status, projection in report.judged:
        if status.days_left < -PAST_TARGET_DAYS:
            continue
        level = status.level.value if status.level else None
        colour = labels.LEVEL_COLOURS[level]
        if status.level is None:
            reason = texts.not_judged_public(status.ready_km, status.target.required_km)
        else:
            reason = texts.projection_reason(projection.reason_code, projection.reason_args)
        deadline = QCoreApplication.translate("Bulletin", "%1 km by %2, %3").replace(
            "%1", texts.km(status.target.required_km)).replace(
            "%2", labels.fmt_day(status.target.deadline)).replace(
            "%3", texts.days_left(status.days_left))
        items.append(
            f"<p style='margin-bottom:1px'>{_dot(colour)} <b style='color:{colour}'>"
            f"{esc(texts.level_name(level))}</b> &nbsp;<b>{esc(status.target.name)}</b> "
            f"<span class='muted'>· {esc(deadline)}</span></p>"
            f"<p class='small' style='margin-left:14px'>{esc(reason)}</p>")
    if not items:
        items.append("<p>" + esc(QCoreApplication.translate(
            "Bulletin", "No snow-guarantee target is ahead.")) + "</p>")
    return "".join(items)


def _event_rows(events: list[EventRecord], day: date, marks: Marks, with_day: bool) -> str:
    body = []
    for e in events:
        starts_day = local_day(e.starts_at)
        if e.all_day:
            when = QCoreApplication.translate("Bulletin", "all day")
        elif starts_day < day or local_day(e.finish) > starts_day:
            when = QCoreApplication.translate("Bulletin", "until %1").replace(
                "%1", labels.fmt_short_day(local_day(e.finish)))
            if starts_day >= day:
                when = labels.fmt_local_time(e.starts_at) + ", " + when
        else:
            when = _hours(e.starts_at, e.ends_at)
        name = marks(_name(e, marks.lang))
        if e.status == "inställd":
            name = f"<s>{name}</s> <span class='alert'>{esc(labels.event_status(e.status))}" \
                   "</span>"
        row = [esc(labels.fmt_short_day(starts_day))] if with_day else []
        row += [esc(when), f"<b>{name}</b>", esc(e.place_name or "")]
        body.append(row)
    head = ((QCoreApplication.translate("Bulletin", "Day"),) if with_day else ()) + (
        QCoreApplication.translate("Bulletin", "Time"),
        QCoreApplication.translate("Bulletin", "Event"),
        QCoreApplication.translate("Bulletin", "Place"))
    return _table(head, body)


def _events(data: BulletinData, marks: Marks) -> str:
    out = ["<h3>" + esc(QCoreApplication.translate("Bulletin", "Today")) + "</h3>"]
    if data.today:
        out.append(_event_rows(data.today, data.day, marks, with_day=False))
    else:
        out.append("<p>" + esc(QCoreApplication.translate("Bulletin", "No events today."))
                   + "</p>")
    out.append("<h3>" + esc(QCoreApplication.translate(
        "Bulletin", "The coming seven days")) + "</h3>")
    if data.week:
        out.append(_event_rows(data.week, data.day, marks, with_day=True))
    else:
        out.append("<p>" + esc(QCoreApplication.translate(
            "Bulletin", "No events in the coming seven days.")) + "</p>")
    return "".join(out)


def _weekdays(strak: StrakRecord) -> str:
    return ", ".join(QLocale().dayName(d, QLocale.FormatType.ShortFormat)
                     for d in sorted(strak.weekdays))


def _strak_hours_text(strak: StrakRecord) -> str:
    own = strak_hours(strak)
    return format_hours((own,)) if own is not None else QCoreApplication.translate(
        "Bulletin", "each stop its own hours")


def _strak(data: BulletinData, marks: Marks) -> str:
    out = []
    for s in data.strak_today:
        sentence = esc(QCoreApplication.translate("Bulletin", "%1 is open today, %2.")).replace(
            "%2", esc(_strak_hours_text(s.strak))).replace("%1", f"<b>{esc(s.strak.name)}</b>")
        out.append(f"<p>{sentence}</p>")
        head = ("#", QCoreApplication.translate("Bulletin", "Stop"),
                QCoreApplication.translate("Bulletin", "Open"),
                QCoreApplication.translate("Bulletin", "Offer"))
        body = [[str(stop.position), f"<b>{esc(stop.organisation_name or '')}</b>",
                 esc(hours), marks(pick(stop.offer_sv, stop.offer_en, marks.lang))]
                for stop, hours in s.stops]
        out.append(_table(head, body, numeric=(0,), width={0: 4, 2: 10}))
    if not data.strak_today:
        out.append("<p>" + esc(QCoreApplication.translate("Bulletin", "No stråk today."))
                   + "</p>")
    nxt = data.strak_next
    if nxt is not None:
        out.append("<p>" + esc(QCoreApplication.translate(
            "Bulletin", "Next: %1 on %2, %3 (%4, until %5).")
            .replace("%1", nxt.strak.name).replace("%2", labels.fmt_day(nxt.day))
            .replace("%3", _strak_hours_text(nxt.strak))
            .replace("%4", _weekdays(nxt.strak))
            .replace("%5", labels.fmt_day(nxt.strak.period_end))) + "</p>")
    return "".join(out)


def bulletin_html(data: BulletinData, lang: str) -> str:
    """The page, in the installed catalogue's language (`lang` picks names and offers)."""
    title = QCoreApplication.translate("Bulletin", "Norberg today")
    made = QCoreApplication.translate(
        "Bulletin", "Made %1 by Destination Norberg. Trail status as last reported; times "
        "are Norberg local time.").replace("%1", labels.fmt_local(data.now))
    as_of = QCoreApplication.translate("Bulletin", "Status as reported up to %1.").replace(
        "%1", words.local_stamp(data.now, data.now))
    trails = QCoreApplication.translate("Bulletin", "Trails and ski tracks")
    snow = QCoreApplication.translate("Bulletin", "Snow guarantee")
    events = QCoreApplication.translate("Bulletin", "Events")
    strak = QCoreApplication.translate("Bulletin", "Stråk")
    marks = Marks(lang)
    events_html, strak_html = _events(data, marks), _strak(data, marks)
    if marks.used:  # a name or an offer only in the other language
        made = f"{marks.footnote()} {made}"
    return (
        f"<h1>{esc(title)}</h1>"
        f"<p class='lead'>{esc(labels.fmt_day(data.day, long=True))}"
        "</p>"
        f"<h2>{esc(trails)}</h2><p class='small muted'>{esc(as_of)}</p>{_trail_tables(data)}"
        f"<h2>{esc(snow)}</h2>{_snow(data)}"
        f"<h2>{esc(events)}</h2>{events_html}"
        f"<h2>{esc(strak)}</h2>{strak_html}"
        f"<p class='small' style='color:{MUTED}; margin-top:14px'>{esc(made)}</p>"
    )
