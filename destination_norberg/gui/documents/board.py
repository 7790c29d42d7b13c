"""The board's report (Rapport till kommunstyrelsen) worded and drawn: the PDF (HTML laid out
by QTextDocument, printed by QPdfWriter as the brochure and the bulletin are, with a bar chart
per section) and the tables of the workbook, both in the language asked for.

The figures are app.board_report's (each from the function the window shows it with); here
they are only worded. `BoardWriter` is what app.board_report.write_board_report is handed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage

from destination_norberg.core.board_report import BoardReport, ReportSheet
from destination_norberg.core.guest_nights import ACCOMMODATIONS
from destination_norberg.core.package_language import pick
from destination_norberg.core.timeutil import to_local
from destination_norberg.gui.common import labels
from destination_norberg.gui.documents.charts import PALETTE, Series, bar_chart
from destination_norberg.gui.documents.output import (
    MUTED,
    TEXT_WIDTH_PX,
    esc,
    language,
    on_gui_thread,
    write_pdf,
)
from destination_norberg.gui.snow.texts import level_name

STATUSES = ("clear", "minor", "significant", "closed")


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardReport", text)


def title_text() -> str:
    return tr("Report to the municipal board")


def _month(month: int) -> str:
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat).rstrip(".")


def _int(value: int | None) -> str:
    return "–" if value is None else QLocale().toString(int(value))


def _km(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def _accommodation(key: str) -> str:
    return {"hotell": tr("hotels"), "stugby": tr("holiday villages"),
            "vandrarhem": tr("hostels"), "camping": tr("camping"),
            "privat": tr("private cottages and flats")}.get(key, key)


# --- the tables (one per section; the PDF shows them, the workbook holds them) -------------


def sheets(report: BoardReport, lang: str) -> list[ReportSheet]:
    """Every section as a table with its chart, worded in the installed language."""
    r = report
    events: list[list[str | int | float | None]] = [
        [tr("Event"), tr("Date"), tr("Status"), tr("Participants")]]
    for e in r.events:
        events.append([pick(e.name_sv, e.name_en, lang).text, labels.fmt_date(
            to_local(e.starts_at).date()), labels.event_status(e.status), e.participants])
    by_partner: dict[str, int] = {}
    sent: list[list[str | int | float | None]] = [
        [tr("Package"), tr("Version"), tr("Sent to"), tr("Sent on")]]
    for d in r.dispatches:
        who = d.partner or tr("(no partner)")
        by_partner[who] = by_partner.get(who, 0) + 1
        sent.append([pick(d.package_title_sv, d.package_title_en, lang).text, d.revision, who,
                     labels.fmt_date(to_local(d.sent_at).date())])
    partners = [[tr("Sent to"), tr("Packages sent")]] + [
        [k, v] for k, v in sorted(by_partner.items(), key=lambda kv: (-kv[1], kv[0]))]
    contacts: list[list[str | int | float | None]] = [[tr("Category"), tr("Contacts")]] + [
        [labels.org_category(k), v] for k, v in sorted(r.contacts_by_category.items(),
                                                         key=lambda kv: (-kv[1], kv[0]))]
    new: list[list[str | int | float | None]] = [[tr("New establishment"), tr("Category")]] + [
        [name, labels.org_category(cat)] for name, cat in r.new_establishments]
    snow: list[list[str | int | float | None]] = [
        [tr("Target"), tr("Deadline"), tr("Required km"), tr("Ready km"), tr("Margin km"),
         tr("Outcome")]]
    for t in r.targets:
        outcome = (tr("met") if t.met else tr("not met")) if t.due else \
            tr("deadline ahead") + f" ({level_name(t.level)})"
        snow.append([t.name, labels.fmt_date(t.deadline), round(t.required_km, 1),
                     round(t.ready_km, 1), t.margin_km, outcome])
    trails: list[list[str | int | float | None]] = [[tr("Status"), tr("Trail days")]] + [
        [labels.trail_status(s), r.trail_days.get(s, 0)] for s in STATUSES]
    this_year, last_year = tr("Guest nights"), tr("Same month a year before")
    nights: list[list[str | int | float | None]] = [
        [tr("Month"), this_year, last_year, tr("Change %")]]
    for year, month, now_n, before in r.nights_rows():
        change = round((now_n - before) * 100.0 / before, 1) if now_n is not None and \
            before else None
        nights.append([f"{_month(month)} {year}", now_n, before, change])
    kinds = [[tr("Month")] + [_accommodation(k) for k in ACCOMMODATIONS] +
             [tr("from Sweden"), tr("from abroad")]]
    for year, month in r.period.months():
        figure = r.guest_nights.get((year, month))
        kinds.append([f"{_month(month)} {year}"] + [
            figure.by_accommodation.get(k) if figure else None for k in ACCOMMODATIONS] + [
            figure.by_origin.get(o) if figure else None for o in ("sverige", "utlandet")])
    return [
        ReportSheet(tr("Events"), events, "bar", tr("Participants per event"), (4,)),
        ReportSheet(tr("Packages sent"), sent),
        ReportSheet(tr("Packages by partner"), partners, "bar", tr("Packages sent per partner")),
        ReportSheet(tr("Business contacts"), contacts, "bar", tr("Contacts by category")),
        ReportSheet(tr("New establishments"), new),
        ReportSheet(tr("Snow guarantee"), snow, "bar", tr("Required and ready km"), (3, 4)),
        ReportSheet(tr("Trail days"), trails, "bar", tr("Trail days by status")),
        ReportSheet(tr("Guest nights"), nights, "bar",
                    tr("Guest nights per month, against the year before"), (2, 3)),
        ReportSheet(tr("Guest nights by kind"), kinds),
    ]


# --- the PDF -------------------------------------------------------------------------------


def _table(rows: list[list[str | int | float | None]], numeric_from: int = 1) -> str:
    head = "".join(f"<th{' class=num' if i >= numeric_from else ''}>{esc(c)}</th>"
                   for i, c in enumerate(rows[0]))
    body = []
    for row in rows[1:]:
        cells = []
        for value in row:
            if isinstance(value, float):
                text = QLocale().toString(value, "f", 1)
            elif isinstance(value, int):
                text = _int(value)
            else:
                text = "–" if value is None else str(value)
            cells.append(f"<td{' class=num' if isinstance(value, int | float) else ''}>"
                         f"{esc(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<table class='grid' width='100%' cellpadding='3'><tr>{head}</tr>"
            + "".join(body) + "</table>")


def _img(name: str) -> str:
    return f"<p><img src='chart:{name}' width='{TEXT_WIDTH_PX}'></p>"


def _charts(report: BoardReport, tables: list[ReportSheet]) -> dict[str, QImage]:
    from destination_norberg.gui.common.labels import STATUS_COLOURS

    nothing = tr("No figures for this period")
    by_name = {i: t for i, t in enumerate(tables)}
    events, partners, contacts = by_name[0].table, by_name[2].table, by_name[3].table
    snow, trails, nights = by_name[5].table, by_name[6].table, by_name[7].table

    def first(rows: list[list[str | int | float | None]]) -> list[str]:
        return [str(r[0]) for r in rows[1:]]

    def column(rows: list[list[str | int | float | None]], i: int) -> list[float | None]:
        return [float(v) if isinstance(v, int | float) else None for v in (r[i] for r in
                                                                           rows[1:])]

    no_participants = tr("No participant figures imported")
    return {
        "events": bar_chart(first(events), [Series(tr("Participants"), column(events, 3))],
                            tables[0].chart_title, empty_text=no_participants),
        "partners": bar_chart(first(partners), [Series(tr("Packages sent"),
                                                       column(partners, 1))],
                              tables[2].chart_title, empty_text=nothing),
        "contacts": bar_chart(first(contacts), [Series(tr("Contacts"), column(contacts, 1),
                                                       PALETTE[3])],
                              tables[3].chart_title, empty_text=nothing),
        "snow": bar_chart(first(snow), [Series(tr("Required km"), column(snow, 2), PALETTE[1]),
                                        Series(tr("Ready km"), column(snow, 3), PALETTE[0])],
                          tables[5].chart_title, empty_text=nothing),
        "trails": bar_chart(first(trails), [Series(tr("Trail days"), column(trails, 1),
                                                   colours=[STATUS_COLOURS[s]
                                                            for s in STATUSES])],
                            tables[6].chart_title, empty_text=nothing),
        "nights": bar_chart([str(r[0]).split(" ")[0] for r in nights[1:]],
                            [Series(tr("Guest nights"), column(nights, 1), PALETTE[0]),
                             Series(tr("Same month a year before"), column(nights, 2),
                                    "#9fb7c4")],
                            tables[7].chart_title, empty_text=nothing),
    }


def report_html(report: BoardReport, tables: list[ReportSheet], lang: str) -> str:
    r = report
    period = (tr("Year %1").replace("%1", r.period.name) if r.period.is_year else
              tr("Season %1").replace("%1", r.period.name))
    span = labels.fmt_period(r.period.first, r.period.last)
    made = tr("Made on %1").replace("%1", labels.fmt_date(r.made_at.date()))
    parts = [f"<h1>{esc(title_text())}</h1>",
             f"<p class='lead'>{esc(period)}: {esc(span)} &nbsp;·&nbsp; {esc(made)}</p>",
             f"<h2>{esc(tr('Events held'))}</h2>", _img("events")]
    if not r.participants_imported:
        parts.append(f"<p class='muted'>{esc(tr('No participant figures imported.'))}</p>")
    if r.events_coming:
        coming = tr("%1 more events are planned in the period.").replace(
            "%1", _int(r.events_coming))
        parts.append(f"<p class='muted'>{esc(coming)}</p>")
    parts.append(_table(tables[0].table, 3) if len(tables[0].table) > 1 else
                 f"<p class='muted'>{esc(tr('No events in this period.'))}</p>")
    parts += [f"<h2>{esc(tr('Packages sent'))}</h2>", _img("partners"),
              _table(tables[1].table, 1) if len(tables[1].table) > 1 else
              f"<p class='muted'>{esc(tr('No packages were sent in this period.'))}</p>"]
    contacted = tr("%1 contacts with %2 businesses").replace(
        "%1", _int(sum(r.contacts_by_category.values()))).replace(
        "%2", _int(r.organisations_contacted))
    parts += [f"<h2>{esc(tr('Contacts with businesses'))}</h2>", _img("contacts"),
              f"<p>{esc(contacted)}</p>", _table(tables[3].table)]
    parts.append(f"<h3>{esc(tr('New establishments'))}</h3>")
    parts.append(_table(tables[4].table, 2) if len(tables[4].table) > 1 else
                 f"<p class='muted'>{esc(tr('None registered in this period.'))}</p>")
    parts += [f"<h2>{esc(tr('Snow guarantee'))}</h2>", _img("snow"),
              _table(tables[5].table, 2) if len(tables[5].table) > 1 else
              f"<p class='muted'>{esc(tr('No snow-guarantee target in this period.'))}</p>"]
    counted = tr("%1 trails, day by day").replace("%1", _int(r.trails_counted))
    parts += [f"<h2>{esc(tr('Trail days by status'))}</h2>", _img("trails"),
              f"<p class='muted'>{esc(counted)}</p>", _table(tables[6].table)]
    source = tr("Source: Tillväxtverket/SCB, accommodation statistics, as imported. "
                "– : no figure (held back or not imported).")
    parts += [f"<h2>{esc(tr('Guest nights in Norberg'))}</h2>", _img("nights"),
              _table(tables[7].table),
              f"<p class='small' style='color:{MUTED}'>{esc(source)}</p>"]
    return "<body>" + "".join(parts) + "</body>"


class BoardWriter:
    """The window's writer of the board's report, handed to app.board_report."""

    def tables(self, report: BoardReport, lang: str) -> list[ReportSheet]:
        def word() -> list[ReportSheet]:
            with language(lang):
                return sheets(report, lang)

        return on_gui_thread(word)

    def pdf(self, report: BoardReport, path: Path, lang: str) -> None:
        def draw() -> None:
            with language(lang):
                tables = sheets(report, lang)
                images = {f"chart:{k}": v for k, v in _charts(report, tables).items()}
                write_pdf(report_html(report, tables, lang), Path(path),
                          f"{title_text()} – {report.period.name}", images)

        on_gui_thread(draw)
