"""The coordinator's first screen: milestones, snow guarantee, trails, what is due.

The page only renders an `Overview` snapshot (computed in core from store rows in a worker);
it keeps the last snapshot so a change of language re-renders without reloading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableView, QWidget

from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trails import StatusSummary
from destination_norberg.core.vocab import EventStatus, TrailStatus
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.plain import esc
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel
from destination_norberg.gui.forms.overview_page_ui import Ui_OverviewPage

if TYPE_CHECKING:  # the rules it loads are not needed for the first paint
    from destination_norberg.core.overview import Overview

ROW_HEIGHT = 24
MAX_VISIBLE_ROWS = 14
FOLLOW_UP_ROWS = 5  # two-line rows; more scroll inside the card


class OverviewPage(QWidget):
    """Emits `open_area(key)` when a card's Open button is pressed."""

    open_area = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.overview: Overview | None = None
        self.language = "sv"
        self.events_model = SnapshotTableModel(parent=self)
        self.tasks_model = SnapshotTableModel(parent=self)
        self.follow_ups_model = SnapshotTableModel(parent=self)
        for view, model in ((self.ui.eventsTable, self.events_model),
                            (self.ui.tasksTable, self.tasks_model),
                            (self.ui.followUpsTable, self.follow_ups_model)):
            view.setModel(model)
        for card in (self.ui.milestonesCard, self.ui.snowCard, self.ui.trailsCard,
                     self.ui.eventsCard, self.ui.tasksCard, self.ui.followUpsCard):
            card.layout().addStretch(1)  # content at the top when a neighbour is taller
        # ... but the follow-ups table takes that room first, up to all its rows (_fit_rows).
        self.ui.followUpsCard.layout().setStretchFactor(self.ui.followUpsTable, 100)
        for button, area in ((self.ui.milestonesOpen, "events"), (self.ui.snowOpen, "trails"),
                             (self.ui.trailsOpen, "trails"), (self.ui.eventsOpen, "events"),
                             (self.ui.tasksOpen, "events"), (self.ui.followUpsOpen, "network")):
            button.clicked.connect(lambda _=False, a=area: self.open_area.emit(a))
        self._set_headers()
        self.show_loading()

    # --- states -----------------------------------------------------------------------------

    def show_loading(self) -> None:
        self.ui.stateLabel.setText(self.tr("Loading the season…"))
        self.ui.stateLabel.setVisible(True)

    def show_error(self, message: str) -> None:
        self.ui.stateLabel.setText(
            f'<span style="color:#b3261e">{esc(message)}</span>')
        self.ui.stateLabel.setVisible(True)

    def show_overview(self, overview: Overview, language: str | None = None) -> None:
        self.overview = overview
        if language:
            self.language = language
        self._render()

    # --- rendering --------------------------------------------------------------------------

    def _render(self) -> None:
        ov = self.overview
        if ov is None:
            return
        self.ui.dateLabel.setText(labels.fmt_day(ov.today, long=True))
        empty = not any(ov.counts.values())
        self.ui.stateLabel.setVisible(empty)
        if empty:
            self.ui.stateLabel.setText(self.tr(
                "The database is empty. Load the demo season from the File menu to see how "
                "the overview works; adding events, trails and businesses comes with their "
                "areas."))
        self.ui.milestonesBody.setText(self._milestones_html(ov))
        self.ui.snowBody.setText(self._snow_html(ov))
        self.ui.trailsBody.setText(self._trails_html(ov))
        self._fill_events(ov)
        self._fill_tasks(ov)
        self._fill_follow_ups(ov)

    def _name(self, sv: str, en: str) -> str:
        return en if self.language == "en" and en else sv

    def _shortfall_html(self, ov: Overview) -> str:
        """The warning for coming events short of beds (app.capacity's plan)."""
        lines = []
        for plan in ov.shortfalls:
            text = self.tr("Short of beds: %1 expects %2 overnight visitors, %3 more than the "
                           "%4 places within %5 km.")
            for i, value in enumerate((esc(self._name(plan.event_name, plan.event_name_en)),
                                       _int(plan.expected),
                                       _int(plan.shortfall),
                                       _int(plan.places_within),
                                       f"{plan.assumptions.radius_km:g}"), start=1):
                text = text.replace(f"%{i}", value)
            lines.append(f"<p style='color:#b3261e'><b>{text}</b></p>")
        return "".join(lines)

    def _milestones_html(self, ov: Overview) -> str:
        warning = self._shortfall_html(ov)
        if not ov.milestones:
            return warning + self.tr("No milestones ahead: no race, stråk or snow-guarantee "
                                     "deadline is planned after today.")
        lines = []
        for m in ov.milestones:
            name = esc(self._name(m.name, m.name_en))
            if m.ongoing:
                head = self.tr("on now")
            elif m.days_left == 0:
                head = self.tr("today")
            else:
                head = self.tr("%n day(s)", "", m.days_left)
            what = {"race": self.tr("race"), "event": self.tr("event"),
                    "strak": self.tr("stråk starts"),
                    "guarantee": self.tr("snow-guarantee deadline")}.get(m.kind, "")
            lines.append(f"<tr><td style='padding-right:10px'><b>{head}</b></td>"
                         f"<td>{name}<br><span style='color:#5b6670'>{what} · "
                         f"{labels.fmt_day(m.day)}</span></td></tr>")
        return warning + "<table cellspacing='4'>" + "".join(lines) + "</table>"

    def _snow_html(self, ov: Overview) -> str:
        """Each current target as the snow page words it: the same judgement (app.snow.judge)
        and the same sentences (gui.snow.texts)."""
        from destination_norberg.gui.snow import texts

        if ov.snow_pending:  # the first paint: gui.overview.snow_fill judges it right after
            return "<span style='color:#5b6670'>" + esc(self.tr(
                "Judging the snow guarantee…")) + "</span>"
        if not ov.judged:
            return self.tr("No snow-guarantee targets yet.")
        parts = []
        for g, projection in ov.judged:
            level = g.level.value if g.level else None
            colour = labels.LEVEL_COLOURS[level]
            dot = f"<span style='color:{colour}'>●</span>"
            ready = self.tr("%1 of %2 km ready").replace(
                "%1", _km(g.ready_km)).replace("%2", _km(g.target.required_km))
            if g.stale_loops:
                loops = ", ".join(esc(n) for n in g.stale_loops)
                reason_stale = "<br>" + self.tr("Not counted, report too old: %1").replace(
                    "%1", loops)
            else:
                reason_stale = ""
            if g.level is None:
                reason = texts.not_judged(None)
            else:
                reason = texts.projection_reason(projection.reason_code,
                                                 projection.reason_args)
            parts.append(f"<p style='margin:0 0 8px 0'>{dot} <b style='color:{colour}'>"
                         f"{esc(texts.level_name(level))}</b> "
                         f"<b>{esc(g.target.name)}</b>"
                         f"<br>{ready} · {esc(texts.days_left(g.days_left))}<br>"
                         f"<span style='color:#5b6670'>{esc(reason)}"
                         f"{reason_stale}</span></p>")
        return "".join(parts)

    def _summary_line(self, title: str, summary: StatusSummary) -> str:
        if summary.total == 0:
            none = self.tr("none registered")
            return f"<b>{title}</b>: {none}"
        phrases = {
            TrailStatus.CLEAR: lambda n: self.tr("%n clear", "", n),
            TrailStatus.MINOR: lambda n: self.tr("%n with minor issues", "", n),
            TrailStatus.SIGNIFICANT: lambda n: self.tr("%n with significant issues", "", n),
            TrailStatus.CLOSED: lambda n: self.tr("%n closed", "", n),
            None: lambda n: self.tr("%n without a report", "", n),
        }
        bits = []
        for status, phrase in phrases.items():
            n = summary.counts.get(status, 0)
            if n:
                code = status.value if status else None
                bits.append(f"<span style='color:{labels.STATUS_COLOURS[code]}'>●</span>"
                            f"&nbsp;{phrase(n)}")
        return f"<b>{title}</b> ({summary.total})<br>" + " &nbsp; ".join(bits)

    def _trails_html(self, ov: Overview) -> str:
        parts = [self._summary_line(self.tr("MTB trails"), ov.mtb),
                 self._summary_line(self.tr("Ski tracks"), ov.ski)]
        if ov.other.total:
            parts.append(self._summary_line(self.tr("Hiking and snowshoe trails"), ov.other))
        stale = list(ov.mtb.stale) + list(ov.ski.stale) + list(ov.other.stale)
        if stale:
            items = []
            for s in stale[:6]:
                if s.reported_at is None:
                    age = self.tr("never reported")
                else:
                    age = self.tr("%n day(s)", "", (ov.now - s.reported_at).days)
                items.append(f"{esc(s.name)} ({age})")
            more = len(stale) - 6
            tail = " " + self.tr("and %n more", "", more) if more > 0 else ""
            parts.append("<span style='color:#b3261e'>"
                         + self.tr("Reports older than %n day(s):", "", ov.stale_days)
                         + "</span> " + ", ".join(items) + tail)
        elif ov.mtb.total or ov.ski.total or ov.other.total:
            parts.append(self.tr("Every trail has a report from the last %n day(s).", "",
                                 ov.stale_days))
        return "<br><br>".join(parts)

    def _fill_events(self, ov: Overview) -> None:
        rows = []
        for e in ov.events:
            start = to_local(e.starts_at)
            end = to_local(e.ends_at) if e.ends_at else None
            if end and end.date() != start.date():
                when = f"{labels.fmt_short_day(start.date())} – {labels.fmt_short_day(end.date())}"
            else:
                when = labels.fmt_local(e.starts_at)
            tip = self.tr("Part of %1").replace("%1", e.parent) if e.parent else ""
            rows.append(Row(cells=(when, self._name(e.name_sv, e.name_en), e.place or "",
                                   labels.event_status(e.status)), key=e.event_id,
                            tone="alert" if e.status == EventStatus.CANCELLED else None,
                            tooltip=tip))
        self.events_model.set_rows(rows)
        self._toggle(self.ui.eventsTable, self.ui.eventsEmpty, bool(rows),
                     self.tr("No events in the next 14 days."), stretch=(1, 2))

    def _fill_tasks(self, ov: Overview) -> None:
        rows = []
        for task, due in ov.tasks:
            overdue = due < ov.today
            when = labels.fmt_short_day(due, ov.today.year)
            if overdue:
                when = self.tr("%1 (overdue)").replace("%1", when)
            rows.append(Row(cells=(when, task.title, task.event_name, task.responsible or "—"),
                            key=task.task_id, tone="alert" if overdue else None,
                            tooltip=f"{task.title} ({task.event_name})"))
        self.tasks_model.set_rows(rows)
        self._toggle(self.ui.tasksTable, self.ui.tasksEmpty, bool(rows),
                     self.tr("No open tasks due in the next 14 days."), stretch=(1, 2))
        title = self.tr("Tasks due")
        if ov.overdue_tasks:
            title += " · " + self.tr("%n overdue", "", ov.overdue_tasks)
        self.ui.tasksTitle.setText(title)

    def _fill_follow_ups(self, ov: Overview) -> None:
        # Organisation and note share a two-line cell: the card is narrow, the note matters.
        rows = [Row(cells=(labels.fmt_short_day(f.due, ov.today.year),
                           f"{f.organisation}\n{f.note}"),
                    key=f.interaction_id, tone="alert" if f.due < ov.today else None,
                    tooltip=f"{labels.interaction_kind(f.kind)}: {f.note}")
                for f in ov.follow_ups]
        self.follow_ups_model.set_rows(rows)
        self._toggle(self.ui.followUpsTable, self.ui.followUpsEmpty, bool(rows),
                     self.tr("No follow-ups due in the next 7 days."), stretch=(1,), line_rows=2,
                     max_rows=FOLLOW_UP_ROWS, grow=True)
        title = self.tr("Follow-ups due")
        if rows:
            title += f" · {len(rows)}"
        if ov.overdue_follow_ups:
            title += " · " + self.tr("%n overdue", "", ov.overdue_follow_ups)
        self.ui.followUpsTitle.setText(title)

    @staticmethod
    def _toggle(table: QTableView, empty_label: QWidget, has_rows: bool, text: str,
                stretch: tuple[int, ...], line_rows: int = 1,
                max_rows: int = MAX_VISIBLE_ROWS, grow: bool = False) -> None:
        table.setVisible(has_rows)
        empty_label.setVisible(not has_rows)
        empty_label.setText(text)
        if has_rows:
            _fit_columns(table, stretch)
            table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT * line_rows - 4 * (
                line_rows - 1))
            _fit_rows(table, max_rows=max_rows, grow=grow)

    def _set_headers(self) -> None:
        self.events_model.set_headers([self.tr("When"), self.tr("Event"), self.tr("Place"),
                                       self.tr("Status")])
        self.tasks_model.set_headers([self.tr("Due"), self.tr("Task"), self.tr("Event"),
                                      self.tr("Responsible")])
        self.follow_ups_model.set_headers([self.tr("Due"), self.tr("Organisation and note")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._set_headers()
            self._render()
        super().changeEvent(event)


def _km(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def _fit_columns(view: QTableView, stretch: tuple[int, ...]) -> None:
    """Short columns fit their text; the text columns share the rest and elide."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def _fit_rows(view: QTableView, max_rows: int, grow: bool = False) -> None:
    """A card's table is as tall as its rows, up to `max_rows`; beyond that it scrolls.
    With `grow` it is at least that tall and takes the height its card has to spare, up to
    all its rows (a card beside a taller one shows more rows rather than empty space)."""
    per_row = view.verticalHeader().defaultSectionSize()
    count = view.model().rowCount()
    rows = min(count, max_rows)
    height = view.horizontalHeader().height() + rows * per_row + 4
    if not grow:
        view.setFixedHeight(height)
        return
    view.setMinimumHeight(height)
    view.setMaximumHeight(height + (count - rows) * per_row)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


def _int(value: int) -> str:
    """12 000 in Swedish, 12,000 in English."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)
