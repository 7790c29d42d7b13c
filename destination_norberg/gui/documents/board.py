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


def _w(text: str) -> str:
    """`text` in the installed language: each is listed in _texts, where lupdate finds it."""
    return _texts().get(text, text)


def title_text() -> str:
    return _w("Report to the municipal board")


def _month(month: int) -> str:
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat).rstrip(".")


def _int(value: int | None) -> str:
    return "–" if value is None else QLocale().toString(int(value))


def _km(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def _accommodation(key: str) -> str:
    return {"hotell": _w("hotels"), "stugby": _w("holiday villages"),
            "vandrarhem": _w("hostels"), "camping": _w("camping"),
            "privat": _w("private cottages and flats")}.get(key, key)


# --- the tables (one per section; the PDF shows them, the workbook holds them) -------------


def sheets(report: BoardReport, lang: str) -> list[ReportSheet]:
    """Every section as a table with its chart, worded in the installed language."""
    r = report
    events: list[list[str | int | float | None]] = [
        [_w("Event"), _w("Date"), _w("Status"), _w("Participants")]]
    for e in r.events:
        events.append([pick(e.name_sv, e.name_en, lang).text, labels.fmt_date(
            to_local(e.starts_at).date()), labels.event_status(e.status), e.participants])
    by_partner: dict[str, int] = {}
    sent: list[list[str | int | float | None]] = [
        [_w("Package"), _w("Version"), _w("Sent to"), _w("Sent on")]]
    for d in r.dispatches:
        who = d.partner or _w("(no partner)")
        by_partner[who] = by_partner.get(who, 0) + 1
        sent.append([pick(d.package_title_sv, d.package_title_en, lang).text, d.revision, who,
                     labels.fmt_date(to_local(d.sent_at).date())])
    partners = [[_w("Sent to"), _w("Packages sent")]] + [
        [k, v] for k, v in sorted(by_partner.items(), key=lambda kv: (-kv[1], kv[0]))]
    contacts: list[list[str | int | float | None]] = [[_w("Category"), _w("Contacts")]] + [
        [labels.org_category(k), v] for k, v in sorted(r.contacts_by_category.items(),
                                                         key=lambda kv: (-kv[1], kv[0]))]
    new: list[list[str | int | float | None]] = [[_w("New establishment"), _w("Category")]] + [
        [name, labels.org_category(cat)] for name, cat in r.new_establishments]
    snow: list[list[str | int | float | None]] = [
        [_w("Target"), _w("Deadline"), _w("Required km"), _w("Ready km"), _w("Margin km"),
         _w("Outcome")]]
    for t in r.targets:
        outcome = (_w("met") if t.met else _w("not met")) if t.due else \
            _w("deadline ahead") + f" ({level_name(t.level)})"
        snow.append([t.name, labels.fmt_date(t.deadline), round(t.required_km, 1),
                     round(t.ready_km, 1), t.margin_km, outcome])
    trails: list[list[str | int | float | None]] = [[_w("Status"), _w("Trail days")]] + [
        [labels.trail_status(s), r.trail_days.get(s, 0)] for s in STATUSES]
    this_year, last_year = _w("Guest nights"), _w("Same month a year before")
    nights: list[list[str | int | float | None]] = [
        [_w("Month"), this_year, last_year, _w("Change %")]]
    for year, month, now_n, before in r.nights_rows():
        change = round((now_n - before) * 100.0 / before, 1) if now_n is not None and \
            before else None
        nights.append([f"{_month(month)} {year}", now_n, before, change])
    kinds = [[_w("Month")] + [_accommodation(k) for k in ACCOMMODATIONS] +
             [_w("from Sweden"), _w("from abroad")]]
    for year, month in r.period.months():
        figure = r.guest_nights.get((year, month))
        kinds.append([f"{_month(month)} {year}"] + [
            figure.by_accommodation.get(k) if figure else None for k in ACCOMMODATIONS] + [
            figure.by_origin.get(o) if figure else None for o in ("sverige", "utlandet")])
    return [
        ReportSheet(_w("Events"), events, "bar", _w("Participants per event"), (4,)),
        ReportSheet(_w("Packages sent"), sent),
        ReportSheet(_w("Packages by partner"), partners, "bar", _w("Packages sent per partner")),
        ReportSheet(_w("Business contacts"), contacts, "bar", _w("Contacts by category")),
        ReportSheet(_w("New establishments"), new),
        ReportSheet(_w("Snow guarantee"), snow, "bar", _w("Required and ready km"), (3, 4)),
        ReportSheet(_w("Trail days"), trails, "bar", _w("Trail days by status")),
        ReportSheet(_w("Guest nights"), nights, "bar",
                    _w("Guest nights by month"), (2, 3)),
        ReportSheet(_w("Guest nights by kind"), kinds),
        _visitors_sheet(r),
    ]


def _visitors_sheet(r: BoardReport) -> ReportSheet:
    """Visitors per month and trail (the trail counters), with a total per month."""
    names = [name for name, _m in r.trail_visitors]
    table: list[list[str | int | float | None]] = [[_w("Month"), *names, _w("Total")]]
    for year, month in r.period.months():
        counts = [months.get((year, month)) for _n, months in r.trail_visitors]
        total = sum(c for c in counts if c is not None) if any(
            c is not None for c in counts) else None
        table.append([f"{_month(month)} {year}", *counts, total])
    return ReportSheet(_w("Trail visitors"), table, "bar", _w("Visitors per month and trail"),
                       tuple(range(2, len(names) + 2)) or (2,))


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


def _table_or(rows: list[list[str | int | float | None]], empty: str,
              numeric_from: int = 1) -> str:
    """The table, or a muted line saying why there is none (a header row alone is none)."""
    return (_table(rows, numeric_from) if len(rows) > 1 else
            f"<p class='muted'>{esc(empty)}</p>")


def _img(name: str, rows: list[list[str | int | float | None]] | None = None,
         column: int = 1) -> str:
    """The section's chart; none when `rows` has no figure in `column` (the section's text
    then says there is nothing, and the page keeps its space for what there is)."""
    if rows is not None and not any(isinstance(r[column], int | float) for r in rows[1:]):
        return ""
    return f"<p><img src='chart:{name}' width='{TEXT_WIDTH_PX}'></p>"


def _charts(report: BoardReport, tables: list[ReportSheet]) -> dict[str, QImage]:
    from destination_norberg.gui.common.labels import STATUS_COLOURS

    nothing = _w("No figures for this period")
    by_name = {i: t for i, t in enumerate(tables)}
    events, partners, contacts = by_name[0].table, by_name[2].table, by_name[3].table
    snow, trails, nights = by_name[5].table, by_name[6].table, by_name[7].table

    def first(rows: list[list[str | int | float | None]]) -> list[str]:
        return [str(r[0]) for r in rows[1:]]

    def column(rows: list[list[str | int | float | None]], i: int) -> list[float | None]:
        return [float(v) if isinstance(v, int | float) else None for v in (r[i] for r in
                                                                           rows[1:])]

    no_participants = _w("No participant figures imported")
    return {
        "events": bar_chart(first(events), [Series(_w("Participants"), column(events, 3))],
                            tables[0].chart_title, empty_text=no_participants),
        "partners": bar_chart(first(partners), [Series(_w("Packages sent"),
                                                       column(partners, 1))],
                              tables[2].chart_title, empty_text=nothing),
        "contacts": bar_chart(first(contacts), [Series(_w("Contacts"), column(contacts, 1),
                                                       PALETTE[3])],
                              tables[3].chart_title, empty_text=nothing),
        "snow": bar_chart(first(snow), [Series(_w("Required km"), column(snow, 2), PALETTE[1]),
                                        Series(_w("Ready km"), column(snow, 3), PALETTE[0])],
                          tables[5].chart_title, empty_text=nothing),
        "trails": bar_chart(first(trails), [Series(_w("Trail days"), column(trails, 1),
                                                   colours=[STATUS_COLOURS[s]
                                                            for s in STATUSES])],
                            tables[6].chart_title, empty_text=nothing),
        "nights": bar_chart([str(r[0]).split(" ")[0] for r in nights[1:]],
                            [Series(_w("Guest nights"), column(nights, 1), PALETTE[0]),
                             Series(_w("Same month a year before"), column(nights, 2),
                                    "#9fb7c4")],
                            tables[7].chart_title, empty_text=nothing),
        "visitors": bar_chart([str(r[0]).split(" ")[0] for r in tables[9].table[1:]],
                              [Series(name, column(tables[9].table, i + 1),
                                      PALETTE[i % len(PALETTE)])
                               for i, (name, _m) in enumerate(report.trail_visitors)]
                              or [Series(_w("Total"), column(tables[9].table, 1))],
                              tables[9].chart_title, empty_text=nothing),
    }


def report_html(report: BoardReport, tables: list[ReportSheet], lang: str) -> str:
    r = report
    period = (_w("Year %1").replace("%1", r.period.name) if r.period.is_year else
              _w("Season %1").replace("%1", r.period.name))
    span = labels.fmt_period(r.period.first, r.period.last)
    made = _w("Made on %1").replace("%1", labels.fmt_date(r.made_at.date()))
    parts = [f"<h1>{esc(title_text())}</h1>",
             f"<p class='lead'>{esc(period)}: {esc(span)} &nbsp;·&nbsp; {esc(made)}</p>",
             f"<h2>{esc(_w('Events held'))}</h2>", _img("events", tables[0].table, 3)]
    if not r.participants_imported:
        parts.append(f"<p class='muted'>{esc(_w('No participant figures imported.'))}</p>")
    if r.events_coming:
        coming = _w("%1 more events are planned in the period.").replace(
            "%1", _int(r.events_coming))
        parts.append(f"<p class='muted'>{esc(coming)}</p>")
    parts.append(_table_or(tables[0].table, _w("No events in this period."), 3))
    parts += [f"<h2>{esc(_w('Packages sent'))}</h2>", _img("partners", tables[2].table),
              _table_or(tables[1].table, _w("No packages were sent in this period."))]
    contacted = _w("%1 contacts with %2 businesses").replace(
        "%1", _int(sum(r.contacts_by_category.values()))).replace(
        "%2", _int(r.organisations_contacted))
    parts += [f"<h2>{esc(_w('Contacts with businesses'))}</h2>",
              _img("contacts", tables[3].table),
              f"<p>{esc(contacted)}</p>", _table(tables[3].table)]
    parts.append(f"<h3>{esc(_w('New establishments'))}</h3>")
    parts.append(_table_or(tables[4].table, _w("None registered in this period."), 2))
    parts += [f"<h2>{esc(_w('Snow guarantee'))}</h2>", _img("snow", tables[5].table, 2),
              _table_or(tables[5].table, _w("No snow-guarantee target in this period."), 2)]
    counted = _w("%1 trails, day by day").replace("%1", _int(r.trails_counted))
    parts += [f"<h2>{esc(_w('Trail days by status'))}</h2>", _img("trails"),
              f"<p class='muted'>{esc(counted)}</p>", _table(tables[6].table)]
    source = _w("Source: Tillväxtverket/SCB. – : no figure.")
    parts += [f"<h2>{esc(_w('Guest nights in Norberg'))}</h2>",
              _img("nights", tables[7].table),
              _table(tables[7].table),
              f"<p class='small' style='color:{MUTED}'>{esc(source)}</p>"]
    visitors = tables[9].table
    parts += [f"<h2>{esc(_w('Trail visitors'))}</h2>",
              _img("visitors", visitors, len(visitors[0]) - 1), _table(visitors)
              if r.trail_visitors else
              f"<p class='muted'>{esc(_w('No trail counter has counts in this period.'))}</p>"]
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


def _texts() -> dict[str, str]:
    return {
        "%1 contacts with %2 businesses":
            QCoreApplication.translate("BoardReport", "%1 contacts with %2 businesses"),
        "%1 more events are planned in the period.":
            QCoreApplication.translate("BoardReport", "%1 more events are planned in the period."),
        "%1 trails, day by day":
            QCoreApplication.translate("BoardReport", "%1 trails, day by day"),
        "(no partner)": QCoreApplication.translate("BoardReport", "(no partner)"),
        "Business contacts": QCoreApplication.translate("BoardReport", "Business contacts"),
        "Category": QCoreApplication.translate("BoardReport", "Category"),
        "Change %": QCoreApplication.translate("BoardReport", "Change %"),
        "Contacts": QCoreApplication.translate("BoardReport", "Contacts"),
        "Contacts by category": QCoreApplication.translate("BoardReport", "Contacts by category"),
        "Contacts with businesses":
            QCoreApplication.translate("BoardReport", "Contacts with businesses"),
        "Date": QCoreApplication.translate("BoardReport", "Date"),
        "Deadline": QCoreApplication.translate("BoardReport", "Deadline"),
        "Event": QCoreApplication.translate("BoardReport", "Event"),
        "Events": QCoreApplication.translate("BoardReport", "Events"),
        "Events held": QCoreApplication.translate("BoardReport", "Events held"),
        "Guest nights": QCoreApplication.translate("BoardReport", "Guest nights"),
        "Trail visitors": QCoreApplication.translate("BoardReport", "Trail visitors"),
        "Total": QCoreApplication.translate("BoardReport", "Total"),
        "Visitors per month and trail":
            QCoreApplication.translate("BoardReport", "Visitors per month and trail"),
        "No trail counter has counts in this period.": QCoreApplication.translate(
            "BoardReport", "No trail counter has counts in this period."),
        "Guest nights by kind": QCoreApplication.translate("BoardReport", "Guest nights by kind"),
        "Guest nights in Norberg":
            QCoreApplication.translate("BoardReport", "Guest nights in Norberg"),
        "Guest nights by month": QCoreApplication.translate("BoardReport",
                                                            "Guest nights by month"),
        "Made on %1": QCoreApplication.translate("BoardReport", "Made on %1"),
        "Margin km": QCoreApplication.translate("BoardReport", "Margin km"),
        "Month": QCoreApplication.translate("BoardReport", "Month"),
        "New establishment": QCoreApplication.translate("BoardReport", "New establishment"),
        "New establishments": QCoreApplication.translate("BoardReport", "New establishments"),
        "No events in this period.":
            QCoreApplication.translate("BoardReport", "No events in this period."),
        "No figures for this period":
            QCoreApplication.translate("BoardReport", "No figures for this period"),
        "No packages were sent in this period.":
            QCoreApplication.translate("BoardReport", "No packages were sent in this period."),
        "No participant figures imported":
            QCoreApplication.translate("BoardReport", "No participant figures imported"),
        "No participant figures imported.":
            QCoreApplication.translate("BoardReport", "No participant figures imported."),
        "No snow-guarantee target in this period.":
            QCoreApplication.translate("BoardReport", "No snow-guarantee target in this period."),
        "None registered in this period.":
            QCoreApplication.translate("BoardReport", "None registered in this period."),
        "Outcome": QCoreApplication.translate("BoardReport", "Outcome"),
        "Package": QCoreApplication.translate("BoardReport", "Package"),
        "Packages by partner": QCoreApplication.translate("BoardReport", "Packages by partner"),
        "Packages sent": QCoreApplication.translate("BoardReport", "Packages sent"),
        "Packages sent per partner":
            QCoreApplication.translate("BoardReport", "Packages sent per partner"),
        "Participants": QCoreApplication.translate("BoardReport", "Participants"),
        "Participants per event":
            QCoreApplication.translate("BoardReport", "Participants per event"),
        "Ready km": QCoreApplication.translate("BoardReport", "Ready km"),
        "Report to the municipal board":
            QCoreApplication.translate("BoardReport", "Report to the municipal board"),
        "Required and ready km":
            QCoreApplication.translate("BoardReport", "Required and ready km"),
        "Required km": QCoreApplication.translate("BoardReport", "Required km"),
        "Same month a year before":
            QCoreApplication.translate("BoardReport", "Same month a year before"),
        "Season %1": QCoreApplication.translate("BoardReport", "Season %1"),
        "Sent on": QCoreApplication.translate("BoardReport", "Sent on"),
        "Sent to": QCoreApplication.translate("BoardReport", "Sent to"),
        "Snow guarantee": QCoreApplication.translate("BoardReport", "Snow guarantee"),
        "Source: Tillväxtverket/SCB. – : no figure.":
            QCoreApplication.translate("BoardReport", "Source: Tillväxtverket/SCB. – : no figure."),
        "Status": QCoreApplication.translate("BoardReport", "Status"),
        "Target": QCoreApplication.translate("BoardReport", "Target"),
        "Trail days": QCoreApplication.translate("BoardReport", "Trail days"),
        "Trail days by status": QCoreApplication.translate("BoardReport", "Trail days by status"),
        "Version": QCoreApplication.translate("BoardReport", "Version"),
        "Year %1": QCoreApplication.translate("BoardReport", "Year %1"),
        "camping": QCoreApplication.translate("BoardReport", "camping"),
        "deadline ahead": QCoreApplication.translate("BoardReport", "deadline ahead"),
        "from Sweden": QCoreApplication.translate("BoardReport", "from Sweden"),
        "from abroad": QCoreApplication.translate("BoardReport", "from abroad"),
        "holiday villages": QCoreApplication.translate("BoardReport", "holiday villages"),
        "hostels": QCoreApplication.translate("BoardReport", "hostels"),
        "hotels": QCoreApplication.translate("BoardReport", "hotels"),
        "met": QCoreApplication.translate("BoardReport", "met"),
        "not met": QCoreApplication.translate("BoardReport", "not met"),
        "private cottages and flats":
            QCoreApplication.translate("BoardReport", "private cottages and flats"),
    }


def first_page_image(report: BoardReport, lang: str, width: int = 1240) -> QImage:
    """Page 1 of the PDF as an image `width` pixels wide (the README's screenshot): the same
    HTML and charts, laid out on a PDF writer as write_pdf does and painted at 300 dpi."""
    import tempfile

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

    from destination_norberg.gui.documents.output import (
        DPI,
        MARGINS_MM,
        _lay_out,
        document,
        keep_headings_with_next,
    )

    with language(lang), tempfile.TemporaryDirectory() as tmp:
        tables = sheets(report, lang)
        images = {f"chart:{k}": v for k, v in _charts(report, tables).items()}
        writer = QPdfWriter(str(Path(tmp) / "page.pdf"))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, MARGINS_MM,
                                         QPageLayout.Unit.Millimeter))
        writer.setResolution(DPI)
        doc = document(report_html(report, tables, lang), images)
        height = _lay_out(doc, writer)
        keep_headings_with_next(doc, height)
        margin = round(MARGINS_MM.left() / 25.4 * DPI)
        page = QImage(int(writer.width()) + 2 * margin, int(height) + 2 * margin,
                      QImage.Format.Format_RGB32)
        page.setDotsPerMeterX(round(DPI / 0.0254))
        page.setDotsPerMeterY(round(DPI / 0.0254))
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.translate(margin, margin)
        doc.drawContents(painter, QRectF(0, 0, writer.width(), height))
        painter.end()
        del writer
    return page.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
