"""The snow guarantee and go/no-go: will each promised track be there on its date?

One card per target (level, why, the km behind it), the four plots below, and the go/no-go
view in a second tab. Everything is read in one worker job (app.snow_read) and handed
over frozen; the page renders it and keeps it, so a change of language re-renders without
reading again. This module imports pyqtgraph (through gui.snow_plots): the trails area
builds it only when first opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from functools import partial
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.app.snow_read import SnowView, read_snow
from destination_norberg.core.snow import GuaranteeStatus
from destination_norberg.core.snow_plan import Projection
from destination_norberg.core.timeutil import to_local
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.snow import texts as texts
from destination_norberg.gui.snow.gonogo_view import GoNoGoView
from destination_norberg.gui.snow.log import SnowLogView
from destination_norberg.gui.snow.plots import (
    ReadyKmPlot,
    ReadyLine,
    SnowDepthPlot,
    StoragePlot,
    TemperaturePlot,
    TimePlot,
)

TABS = ("guarantee", "gonogo", "log")


class SnowPage(QWidget):
    """`loaded` after each view is shown; `failed` with the message when the read failed."""

    loaded = Signal()
    failed = Signal(str)
    changed = Signal()  # the snow log, a target or a race's courses were edited

    def __init__(self, store: PlanningStore, runner: TaskRunner, clock: Callable[[], datetime],
                 stale_days: Callable[[], int], undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.clock, self.stale_days = store, runner, clock, stale_days
        self.view: SnowView | None = None
        self.language = "sv"
        self.cards: list[tuple[str | None, QLabel]] = []  # (level code, the card's text)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._build_guarantee_tab()
        self.gonogo = GoNoGoView(self)
        self.gonogo.courses_requested.connect(self.edit_courses)
        self.tabs.addTab(self.gonogo, "")
        self.undo_stack = undo_stack or QUndoStack(self)
        self.log_view = SnowLogView(lambda: self.store.engine, self.undo_stack,
                                    lambda: to_local(self.clock()).date(), self)
        self.log_view.changed.connect(self._edited)
        self.tabs.addTab(self.log_view, "")
        self._name_tabs()
        self.state.setText(self.tr("Reading the snow data…"))
        self.loader: AreaLoader[SnowView] = AreaLoader(
            runner, self._read_job, self._on_view, state=self.state, failed=self.failed)

    def _build_guarantee_tab(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = self._body = QWidget(scroll)
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 8, 0, 8)
        self.state = QLabel(body)
        self.state.setObjectName("stateLabel")
        self.state.setWordWrap(True)
        self.note = QLabel(body)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.card_row = QHBoxLayout()
        column.addLayout(self._weather_buttons(body))
        column.addWidget(self.state)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        self.settings_button = QPushButton(body)
        self.settings_button.setObjectName("snowSettings")
        self.settings_button.clicked.connect(self.edit_settings)
        top.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addLayout(self.card_row)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.depth_plot, self.ready_plot = SnowDepthPlot(body), ReadyKmPlot(body)
        self.storage_plot, self.temperature_plot = StoragePlot(body), TemperaturePlot(body)
        self.plot_titles: dict[str, QLabel] = {}
        for i, (key, plot) in enumerate(self.plots().items()):
            grid.addWidget(self._plot_card(key, plot, body), i // 2, i % 2)
        column.addLayout(grid, 1)
        self.tabs.addTab(scroll, "")

    def _weather_buttons(self, parent: QWidget) -> QHBoxLayout:
        """Weather in, from files or from SMHI online (gui.snow.weather_dialogs)."""
        row = QHBoxLayout()
        for name, slot in (("import_weather", self.open_weather_import),
                           ("fetch_weather", self.open_smhi_fetch)):
            button = QToolButton(parent)
            button.setObjectName(name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def open_weather_import(self) -> QDialog:
        from destination_norberg.gui.snow.weather_dialogs import WeatherImportDialog

        dialog = WeatherImportDialog(self.store.url, self.runner, self)
        dialog.imported.connect(self._edited)
        dialog.open()
        return dialog

    def open_smhi_fetch(self) -> QDialog:
        from destination_norberg.gui.snow.weather_dialogs import SmhiFetchDialog

        dialog = SmhiFetchDialog(self.store.url, self.runner, self)
        dialog.imported.connect(self._edited)
        dialog.open()
        return dialog

    def _plot_card(self, key: str, plot: TimePlot, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setProperty("card", True)
        box = QVBoxLayout(card)
        box.setContentsMargins(10, 8, 10, 8)
        head = QHBoxLayout()
        title = QLabel(card)
        title.setProperty("cardTitle", True)
        title.setWordWrap(True)  # a long station name wraps rather than widen the page
        self.plot_titles[key] = title
        save = QToolButton(card)
        save.setObjectName(f"save_{key}")
        save.clicked.connect(lambda _=False, p=plot, k=key: self._ask_save(p, k))
        reset = QToolButton(card)
        reset.setObjectName(f"reset_{key}")
        reset.clicked.connect(plot.reset_view)
        head.addWidget(title, 1)
        head.addWidget(reset)
        head.addWidget(save)
        box.addLayout(head)
        box.addWidget(plot, 1)
        plot.setMinimumHeight(260)
        return card

    def plots(self) -> dict[str, TimePlot]:
        return {"depth": self.depth_plot, "ready": self.ready_plot,
                "storage": self.storage_plot, "temperature": self.temperature_plot}

    def _name_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Snow guarantee"))
        self.tabs.setTabText(1, self.tr("Go/no-go"))
        self.tabs.setTabText(2, self.tr("Snow log"))
        for button in self.findChildren(QToolButton):
            if button.objectName().startswith("save_"):
                button.setText(self.tr("Save as PNG…"))
            elif button.objectName().startswith("reset_"):
                button.setText(self.tr("Reset view"))
            elif button.objectName() == "import_weather":
                button.setText(self.tr("Import weather data…"))
            elif button.objectName() == "fetch_weather":
                button.setText(self.tr("Fetch from SMHI…"))
        self.settings_button.setText(self.tr("Snow settings…"))
        self.settings_button.setToolTip(self.tr(
            "The snow planner's figures (cannons, output, losses, the most snow a day) and "
            "the weather station of each target, shared by every coordinator."))

    # --- loading ------------------------------------------------------------------------

    def _read_job(self) -> Callable[[], SnowView]:
        return partial(read_snow, self.store.url, self.clock(), self.stale_days())

    def reload(self) -> None:
        self.loader.reload()

    def load_blocking(self) -> None:
        """The screenshot command needs the finished view."""
        self.loader.load_blocking()

    def _on_view(self, view: SnowView) -> None:
        self.view = view
        self._render()
        self.loaded.emit()

    def set_language(self, language: str) -> None:
        self.language = language
        self._render()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    # --- rendering ----------------------------------------------------------------------

    def _render(self) -> None:
        view = self.view
        if view is None:
            return
        report = view.report
        self.state.setVisible(not report.judged)
        self.state.setText(self.tr("No snow-guarantee targets yet."))
        self.note.setText(self._note_html(view))
        while self.card_row.count():
            item = self.card_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards = []
        for status, projection in report.judged:
            self._add_card(status, projection, view)
        self._fill_plots(view)
        race = next((s.target.name for s, _p in report.judged if s.target.required_km >= 10),
                    None)
        self.gonogo.set_gonogo(report.gonogo, race, report.without_courses)
        self.log_view.set_log(view.log)

    def _note_html(self, view: SnowView) -> str:
        report = view.report
        if report.storage_m3 is None:
            stored = texts.no_storage()
        else:
            stored = self.tr("Stored snow: %1 m³ (measured %2).").replace(
                "%1", texts.m3(report.storage_m3)).replace(
                "%2", labels.fmt_day(report.storage_measured_on))
        if report.temperature_station is None:
            temps = texts.no_temperatures()
        else:
            temps = self.tr("Production projected from the temperature history of %1: for "
                            "each hour of the season, the middle value of its past years."
                            ).replace("%1", texts.station_name(
                                view.station_name or report.temperature_station))
        if report.forecast_used and report.forecast_reference is not None:
            temps += " " + self.tr("The first days use SMHI's forecast for Norberg (model run "
                                   "%1).").replace(
                "%1", labels.fmt_stamp(report.forecast_reference))
        return f"{escape(stored)}<br>{escape(temps)}"

    def _add_card(self, status: GuaranteeStatus, p: Projection, view: SnowView) -> None:
        level = status.level.value if status.level else None
        colour = labels.LEVEL_COLOURS[level]
        if status.level is None:
            reason = texts.not_judged(p.storable_km if view.report.storage_m3 is not None
                                      else None)
        else:
            reason = texts.projection_reason(p.reason_code, p.reason_args)
        figures = [
            (self.tr("Ready / required"), f"{texts.km(status.ready_km)} / "
                                          f"{texts.km(status.target.required_km)} km"),
            (self.tr("Stored snow"), "—" if view.report.storage_m3 is None
             else f"{texts.km(p.storable_km)} km"),
            (self.tr("Producible"), "—" if view.report.temperature_station is None
             else f"{texts.km(p.producible_km)} km"),
            (self.tr("Deadline"), f"{labels.fmt_day(status.target.deadline)} · "
                                  f"{texts.days_left(status.days_left)}"),
            *self._issue14_rows(status, p, view),
        ]
        rows = "".join(f"<tr><td style='color:#5b6670; padding-right:10px'>{escape(k)}</td>"
                       f"<td>{escape(v)}</td></tr>" for k, v in figures)
        chance = view.report.natural.get(status.target.target_id)
        if chance is not None:
            natural = self.tr("Natural snow")  # outside the f-string: lupdate reads it
            rows += ("<tr><td style='color:#5b6670; padding-right:10px'>"
                     f"{escape(natural)}</td>"
                     f"<td>{escape(texts.natural_chance(chance, status.target.min_depth_cm))}"
                     "</td></tr>")
        stale = ""
        if status.stale_loops:
            stale = "<p style='color:#b3261e'>" + escape(self.tr(
                "Not counted, report too old: %1").replace(
                "%1", ", ".join(status.stale_loops))) + "</p>"
        html = (f"<p style='margin:0'><span style='color:{colour}; font-size:16pt'>●</span> "
                f"<b style='color:{colour}'>{escape(texts.level_name(level))}</b> &nbsp; "
                f"<b>{escape(status.target.name)}</b></p>"
                f"<p>{escape(reason)}</p><table cellspacing='2'>{rows}</table>{stale}")
        # A child of the scrolled body from the start, and shown now: a widget reparented by
        # addWidget is shown later, after the layout pass, and then covers the plots.
        card = QFrame(self._body)
        card.setProperty("card", True)
        box = QVBoxLayout(card)
        box.setContentsMargins(14, 10, 14, 10)
        text = QLabel(html, card)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box.addWidget(text)
        self.card_row.addWidget(card, 1)
        card.show()
        self.cards.append((level, text))

    def _issue14_rows(self, status: GuaranteeStatus, p: Projection,
                      view: SnowView) -> list[tuple[str, str]]:
        """Margin and the stations used (issue 14), as (label, value) rows of a card."""
        rows = []
        if status.level is not None and status.days_left >= 0:
            rows.append((self.tr("Margin"), texts.margin(p.margin_days, p.margin_km)))
        choices = view.report.stations.get(status.target.target_id, {})
        if "temperature" in choices:
            rows.append((self.tr("Temperature from"), texts.station(choices["temperature"])))
        if "snow_depth" in choices:
            rows.append((self.tr("Snow depth from"), texts.station(choices["snow_depth"])))
        return rows

    def edit_settings(self) -> None:
        """The settings dialog; saving writes the destination's settings and reads the page
        again (settings are not on the undo stack: the dialog shows what they were)."""
        from destination_norberg.gui.snow.settings_dialog import SnowSettingsDialog

        dialog = SnowSettingsDialog(self.store.url, self.runner, self)
        dialog.saved.connect(self._edited)
        dialog.open()
        self.settings_dialog = dialog

    def _fill_plots(self, view: SnowView) -> None:
        report, s = view.report, view.settings
        targets = [st.target for st, _p in report.judged]
        now = report.now
        today = to_local(now).date()
        self.depth_plot.set_data(
            {texts.station_name(name): rows for name, rows in view.depth.items()},
            [(t.name, t.deadline, t.min_depth_cm) for t in targets],
            span=_season(today, [t.deadline for t in targets]))
        no_temps = report.temperature_station is None
        self.ready_plot.set_data([ReadyLine(
            name=st.target.name, required_km=st.target.required_km,
            deadline=st.target.deadline, history=view.ready_history.get(st.target.target_id, []),
            now=now, projected_km=None if st.days_left < 0 else p.projected_km)
            for st, p in report.judged], stored_only=no_temps)
        self.storage_plot.set_data(view.storage, view.production)
        self.temperature_plot.set_data(view.observed, view.scenario,
                                       threshold_c=s.wet_bulb_threshold_c,
                                       wet_bulb_offset_c=s.dry_to_wet_bulb_offset_c,
                                       forecast=view.forecast)
        station = escape(texts.station_name(view.station_name or ""))
        titles = {"depth": self.tr("Natural snow depth"),
                  "ready": self.tr("Km ready, required and projected"),
                  "storage": self.tr("Snow storage and production"),
                  "temperature": (self.tr("Temperature at %1 and cannon hours").replace(
                      "%1", station) if station else self.tr("Temperature and cannon hours"))}
        for key, title in titles.items():
            self.plot_titles[key].setText(plain(title))
        for plot in self.plots().values():
            plot.remember_view()

    # --- edits ----------------------------------------------------------------------------

    def _edited(self) -> None:
        """Something the guarantee depends on changed: read it all again."""
        self.changed.emit()
        self.loader.reload(force=True)

    def edit_courses(self, row: int) -> None:
        """The courses of the race in go/no-go row `row`, through the course dialog."""
        from destination_norberg.app.snow_edit import read_courses, replace_courses
        from destination_norberg.gui.snow.commands import CoursesCommand
        from destination_norberg.gui.snow.course_dialog import CourseDialog

        view = self.view
        if view is None or view.report.gonogo is None:
            return
        event_id = view.report.race_event_ids[row]
        race = view.report.gonogo.per_race[row].race.name
        try:
            before = read_courses(self.store.engine, event_id)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self.log_view.report_error(exc)
            return
        loops = view.log.ski_loops if view.log else []
        dialog = CourseDialog(race, before, loops, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed():
            return
        try:
            saved = replace_courses(self.store.engine, event_id, before, dialog.courses())
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self.log_view.report_error(exc)
            return
        self.undo_stack.push(CoursesCommand(
            self.tr("Courses of %1").replace("%1", race), event_id, before, saved,
            engine=lambda: self.store.engine, changed=self._edited,
            report=self.log_view.report_error))
        self._edited()

    def _ask_save(self, plot: TimePlot, key: str) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the plot as PNG"), f"{key}.png", self.tr("PNG images (*.png)"))
        if path and not plot.save_png(path):
            self.state.setText(self.tr("Could not write %1.").replace("%1", path))
            self.state.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name_tabs()
            self.gonogo.retranslate()
            self.log_view.retranslate()
            self._render()
        super().changeEvent(event)


def _season(today: date, deadlines: Sequence[date]) -> tuple[date, date]:
    """The winter the page is about: from 1 October (of the season `today` is in) to a week
    after the last deadline, or the end of April."""
    start_year = today.year if today.month >= 7 else today.year - 1
    end = max([d + timedelta(days=7) for d in deadlines] + [date(start_year + 1, 4, 30)])
    return date(start_year, 10, 1), end
