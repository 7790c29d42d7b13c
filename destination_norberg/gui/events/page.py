"""The events area: the season as calendar, timeline or list; editing with undo; stråk.

Reads come as a PlanningSnapshot from a worker. Every edit is saved first, then pushed on
the window's undo stack (gui.commands), then the snapshot is read again: the page's EventEditor
(gui.events.editor) does the editing; the page shows, filters and selects.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QMenu, QWidget

from destination_norberg.app.planning import read_pickers, read_planning
from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import EventKind, EventStatus
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.combos import fill_combo
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel
from destination_norberg.gui.events.calendar_view import CalendarView
from destination_norberg.gui.events.colors import display_name
from destination_norberg.gui.events.editor import EventEditor
from destination_norberg.gui.events.list_model import EventListModel
from destination_norberg.gui.events.planning_data import PlanningSnapshot, PlanningStore
from destination_norberg.gui.events.strak_page import set_pickers
from destination_norberg.gui.events.timeline_view import TimelineView
from destination_norberg.gui.events.warnings_text import warning_text
from destination_norberg.gui.forms.events_page_ui import Ui_EventsPage

SEARCH_DELAY_MS = 250  # debounce: filter once the user pauses typing
VIEWS = ("calendar", "timeline", "list")


class EventsPage(QWidget):
    """`changed` after every saved edit (the overview refreshes too)."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, store: PlanningStore, runner: TaskRunner, undo_stack: QUndoStack,
                 clock: Callable[[], datetime], stale_days: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventsPage()
        self.ui.setupUi(self)
        self.store, self.runner, self.undo_stack = store, runner, undo_stack
        self.clock, self.stale_days = clock, stale_days
        self.snapshot: PlanningSnapshot | None = None
        self.language = "sv"
        self.selected_id: int | None = None
        self.loader: AreaLoader[PlanningSnapshot] = AreaLoader(
            runner, self._read_job, self._on_snapshot,
            on_error=self.ui.detailTitle.setText)
        self._shown_source: tuple[Any, ...] = ()
        self._after_load: tuple[int | None, int | None, date | None] | None = None
        self._pickers: tuple[list[Any], list[Any]] | None = None  # see _read_pickers
        self.editor = EventEditor(self)
        self.calendar = CalendarView(self, clock=clock)
        self.timeline = TimelineView(self, clock=clock)
        self.ui.calendarLayout.addWidget(self.calendar)
        self.ui.timelineLayout.addWidget(self.timeline)
        self.list_model = EventListModel(self)
        self.ui.eventTable.setModel(self.list_model)
        self.ui.eventTable.setSortingEnabled(True)
        self.tasks_model = SnapshotTableModel(parent=self)
        self.ui.tasksTable.setModel(self.tasks_model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self._build_strak_tab()
        self._build_volunteers_tab()
        self._connect()
        self.ui.splitter.setSizes([800, 340])
        # The window may be narrower than every control side by side: they then share less.
        self.setMinimumSize(480, 400)
        self.show_view("calendar")
        self._update_buttons()

    # --- construction -----------------------------------------------------------------------

    def _build_strak_tab(self) -> None:
        from destination_norberg.gui.events.strak_page import StrakPage

        self.strak_page = StrakPage(self)
        self.ui.strakLayout.addWidget(self.strak_page)
        self.strak_page.save_requested.connect(self.editor.save_strak)
        self.strak_page.new_requested.connect(self.editor.year.new_strak)
        self.strak_page.copy_requested.connect(self.editor.year.copy_strak)

    def _build_volunteers_tab(self) -> None:
        """Tabs of other packages (gui.common.event_tabs): Funktionärer, issue 19."""
        from destination_norberg.gui.common.event_tabs import tabs

        self.extra_tabs = [tab.factory(self) for tab in tabs()]
        for widget in self.extra_tabs:
            self.ui.tabs.addTab(widget, widget.title())

    def _connect(self) -> None:
        ui = self.ui
        for name in VIEWS:
            getattr(ui, f"{name}Button").clicked.connect(lambda _=False, v=name: self.show_view(v))
        ui.search.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (ui.kindFilter, ui.statusFilter, ui.placeFilter, ui.organiserFilter):
            combo.currentIndexChanged.connect(self._apply_filter)
        ui.season.currentIndexChanged.connect(self._season_changed)
        for view in (self.calendar, self.timeline):
            view.event_selected.connect(self.select_event)
            view.event_activated.connect(self.edit_event)
        self.calendar.day_activated.connect(self.new_event_on)
        ui.eventTable.selectionModel().currentRowChanged.connect(self._list_row_changed)
        ui.eventTable.doubleClicked.connect(lambda _i: self.edit_event(self.selected_id))
        ui.newButton.clicked.connect(lambda: self.new_event_on(None))
        ui.editButton.clicked.connect(lambda: self.edit_event(self.selected_id))
        ui.duplicateButton.clicked.connect(self.duplicate_selected)
        ui.cancelEventButton.clicked.connect(self.cancel_selected)
        more = QMenu(self)
        self.next_year_action = more.addAction("", self.copy_next_year)
        self.seasons_action = more.addAction("", self.open_seasons)
        self.import_action = more.addAction("", lambda: self.import_ics())
        self.export_action = more.addAction("", lambda: self.export_ics())
        self.export_strak_action = more.addAction("", lambda: self.export_strak())
        ui.moreButton.setMenu(more)
        self._name_menu()
        ui.addTaskButton.clicked.connect(lambda: self.edit_task(None))
        ui.editTaskButton.clicked.connect(self.editor.edit_selected_task)
        ui.toggleDoneButton.clicked.connect(self.toggle_task_done)
        ui.copyTasksButton.clicked.connect(self.copy_last_years_tasks)
        ui.warningsList.itemActivated.connect(self._warning_activated)

    def _name_menu(self) -> None:
        self.next_year_action.setText(self.tr("Next year's winter week…"))
        self.seasons_action.setText(self.tr("Seasons…"))
        self.import_action.setText(self.tr("Import a calendar (.ics)…"))
        self.export_action.setText(self.tr("Export the events shown (.ics)…"))
        self.export_strak_action.setText(self.tr("Export the stråk (.ics)…"))

    # --- loading ----------------------------------------------------------------------------

    def _read_job(self) -> Callable[[], PlanningSnapshot]:
        """The area's read without the pickers' whole lists (every organisation and person:
        most of the read at region scale); those follow in `_read_pickers`."""
        return partial(read_planning, self.store.url, self.clock(), self.stale_days(),
                       pickers=False)

    def _read_pickers(self) -> None:
        """Every organisation and person for the dialogs' pickers, in the pool, after the
        area is shown. A failure is left to `complete_snapshot`, which reads them again."""
        self.runner.run(partial(read_pickers, self.store.url), self._on_pickers,
                        lambda _exc: None)

    def _on_pickers(self, lists: tuple[list[Any], list[Any]]) -> None:
        self._pickers = lists
        if self.snapshot is not None:
            self.snapshot = self.snapshot.with_pickers(*lists)
            set_pickers(self.strak_page, self.snapshot)

    def complete_snapshot(self) -> PlanningSnapshot | None:
        """The snapshot with the pickers' whole lists, read now if they have not come yet
        (a dialog opened within a moment of the area)."""
        if self.snapshot is not None and not self.snapshot.pickers_complete:
            self._on_pickers(read_pickers(self.store.url))
        return self.snapshot

    def reload(self) -> None:
        self.loader.reload()

    def load_blocking(self) -> None:
        """The screenshot command needs the finished view."""
        self.loader.load_blocking()
        self.complete_snapshot()

    @property
    def _loading(self) -> bool:
        return self.loader.loading

    def needs_load(self) -> bool:
        return self.snapshot is None

    def _on_snapshot(self, snapshot: PlanningSnapshot) -> None:
        first = self.snapshot is None
        if not snapshot.pickers_complete:
            self._read_pickers()
            if self._pickers is not None:  # the last lists until the new ones come
                snapshot = snapshot.with_pickers(*self._pickers)
        self.snapshot = snapshot
        self._fill_filters(keep=not first)
        self._apply_filter()
        self.strak_page.set_snapshot(snapshot, self.language)
        for widget in self.extra_tabs:
            widget.set_events(snapshot.events)
        if first:
            self._go_to_today()
        if self._after_load is not None:
            self._show_pending(*self._after_load)
        self._show_details()
        self.loaded.emit()

    def _fill_filters(self, keep: bool) -> None:
        snap = self.snapshot
        assert snap is not None
        ui = self.ui
        kept = {c: c.currentData() for c in (ui.season, ui.kindFilter, ui.statusFilter,
                                             ui.placeFilter, ui.organiserFilter)}
        for combo in kept:
            combo.blockSignals(True)
        fill_combo(ui.season, [(s.id, s.name) for s in snap.open_seasons()],
                   self.tr("All seasons"))
        fill_combo(ui.kindFilter, [(k.value, labels.event_kind(k.value)) for k in EventKind],
              self.tr("Every kind"))
        fill_combo(ui.statusFilter, [(s.value, labels.event_status(s.value)) for s in EventStatus],
              self.tr("Every status"))
        used_places = {e.place_id for e in snap.events}
        fill_combo(ui.placeFilter, [(p.id, p.name) for p in snap.places if p.id in used_places],
              self.tr("Every place"))
        used_orgs = {e.organiser_id for e in snap.events}
        fill_combo(ui.organiserFilter, [(o[0], o[1]) for o in snap.organisations
                                   if o[0] in used_orgs], self.tr("Every organiser"))
        for combo, value in kept.items():
            if keep:
                index = combo.findData(value)
                combo.setCurrentIndex(max(index, 0))
            elif combo is ui.season:
                combo.setCurrentIndex(self._current_season_index())
            combo.blockSignals(False)

    def _current_season_index(self) -> int:
        today = to_local(self.clock()).date()
        snap = self.snapshot
        assert snap is not None
        for s in snap.open_seasons():
            if s.starts_on <= today <= s.ends_on:
                return max(self.ui.season.findData(s.id), 0)
        return 0

    def _season_changed(self) -> None:
        self._apply_filter()
        self._go_to_today()

    # --- filtering and views ----------------------------------------------------------------

    def visible_events(self) -> list[EventRecord]:
        return self.list_model.records()

    def _apply_filter(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        ui = self.ui
        season = ui.season.currentData()
        source = (id(snap), season, self.language)
        if source != self._shown_source:  # new data or season: re-index; filters only filter
            self._shown_source = source
            hidden = snap.archived_ids()  # "All seasons" leaves archived seasons out
            self.list_model.set_events(
                [e for e in snap.events if e.season_id == season] if season is not None
                else [e for e in snap.events if e.season_id not in hidden], self.language)
        self.list_model.apply_filter(
            ui.search.text(), _one(ui.kindFilter.currentData()),
            _one(ui.statusFilter.currentData()), _one(ui.placeFilter.currentData()),
            _one(ui.organiserFilter.currentData()))
        shown = self.list_model.records()
        self.calendar.set_events(shown, self.language)
        self.timeline.set_events(shown, self.language)
        start, end = self._season_range()
        self.timeline.set_range(start, end)
        if self.selected_id is not None:
            self._highlight(self.selected_id)

    def _season_range(self) -> tuple[date, date]:
        snap = self.snapshot
        assert snap is not None
        season = next((s for s in snap.seasons if s.id == self.ui.season.currentData()), None)
        if season is not None:
            return season.starts_on, season.ends_on
        days = [to_local(e.starts_at).date() for e in snap.events] or [
            to_local(self.clock()).date()]
        return min(days), max(days) + timedelta(days=1)

    def _go_to_today(self) -> None:
        today = to_local(self.clock()).date()
        start, end = self._season_range()
        self.calendar.go_to(today if start <= today <= end else start)

    def set_language(self, language: str) -> None:
        """Event names and descriptions in `language` where they have one."""
        self.language = language
        self._shown_source = ()
        if self.snapshot is not None:
            self._apply_filter()
            self._show_details()
        self.strak_page.set_language(language)

    def show_view(self, name: str) -> None:
        self.ui.views.setCurrentIndex(VIEWS.index(name))
        getattr(self.ui, f"{name}Button").setChecked(True)

    def current_view(self) -> str:
        return VIEWS[self.ui.views.currentIndex()]

    # --- selection and details --------------------------------------------------------------

    def select_event(self, event_id: int | None) -> None:
        self.selected_id = event_id
        if event_id is not None:
            self._highlight(event_id)
        self._show_details()

    def _highlight(self, event_id: int) -> None:
        self.calendar.select_event(event_id)
        self.timeline.select_event(event_id)
        row = self.list_model.row_of(event_id)
        if row is not None and row >= 0:
            self.ui.eventTable.blockSignals(True)
            self.ui.eventTable.selectRow(row)
            self.ui.eventTable.blockSignals(False)

    def _list_row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            record = self.list_model.record_at(current.row())
            self.selected_id = record.id
            self.calendar.select_event(record.id)
            self.timeline.select_event(record.id)
            self._show_details()

    def _show_details(self) -> None:
        snap = self.snapshot
        event = snap.event(self.selected_id) if snap else None
        ui = self.ui
        if event is None:
            ui.detailTitle.setText(self.tr("No event selected"))
            ui.detailText.setText(self.tr("Click an event in the calendar, the timeline or "
                                          "the list to see its details and tasks."))
            self.tasks_model.set_rows([])
        else:
            ui.detailTitle.setText(plain(display_name(event, self.language)))
            ui.detailText.setText(self._details_html(event))
            self._fill_tasks(event)
        self._fill_warnings()
        self._update_buttons()

    def _details_html(self, e: EventRecord) -> str:
        from destination_norberg.gui.events.details import details_html

        assert self.snapshot is not None
        return details_html(e, self.snapshot.event(e.parent_id), self.language)

    def _fill_tasks(self, event: EventRecord) -> None:
        from destination_norberg.core.planning import task_due

        snap = self.snapshot
        assert snap is not None
        today = to_local(self.clock()).date()
        rows = []
        for t in sorted(snap.tasks_of(event.id), key=lambda t: (t.done, task_due(
                t, event.starts_at) or date.max)):
            due = task_due(t, event.starts_at)
            due_text = labels.fmt_short_day(due, today.year) if due else "—"
            overdue = due is not None and due < today and not t.done
            if overdue:
                due_text = self.tr("%1 (overdue)").replace("%1", due_text)
            rows.append(Row(cells=("✓" if t.done else "", due_text, t.title,
                                   t.responsible_name or "—"), key=t.id,
                            tone="alert" if overdue else ("muted" if t.done else None)))
        self.tasks_model.set_headers([self.tr("Done"), self.tr("Due"), self.tr("Task"),
                                      self.tr("Responsible")])
        self.tasks_model.set_rows(rows)

    def _fill_warnings(self) -> None:
        snap = self.snapshot
        self.ui.warningsList.clear()
        if snap is None:
            return
        found = snap.warnings(to_local(self.clock()).date())
        if self.selected_id is not None:
            mine = [w for w in found if self.selected_id in w.event_ids]
            found = mine or found
        names = {e.id: display_name(e, self.language) for e in snap.events
                 if e.id is not None}  # each event under the calendar's name for it
        for w in found[:200]:
            item = QListWidgetItem(warning_text(w, names))
            item.setData(256, w.event_ids[0] if w.event_ids else None)
            self.ui.warningsList.addItem(item)
        if not found:
            self.ui.warningsList.addItem(self.tr("No warnings."))

    def _warning_activated(self, item: QListWidgetItem) -> None:
        event_id = item.data(256)
        if event_id is not None:
            self.select_event(event_id)

    def _update_buttons(self) -> None:
        has = self.snapshot is not None and self.snapshot.event(self.selected_id) is not None
        for button in (self.ui.editButton, self.ui.duplicateButton, self.ui.cancelEventButton,
                       self.ui.addTaskButton, self.ui.editTaskButton,
                       self.ui.toggleDoneButton, self.ui.copyTasksButton):
            button.setEnabled(has)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for widget in self.extra_tabs:
                self.ui.tabs.setTabText(self.ui.tabs.indexOf(widget), widget.title())
            self._name_menu()
            if self.snapshot is not None:
                self._fill_filters(keep=True)
                self._apply_filter()
                self._show_details()
        super().changeEvent(event)

    # --- editing: the editor's, under the names the page has always had --------------------

    def new_event_on(self, day: date | None) -> None:
        self.editor.new_event_on(day)

    def edit_event(self, event_id: int | None) -> None:
        self.editor.edit_event(event_id)

    def duplicate_selected(self) -> None:
        self.editor.duplicate_selected()

    def cancel_selected(self) -> None:
        self.editor.cancel_selected()

    def edit_task(self, task_id: int | None) -> None:
        self.editor.edit_task(task_id)

    def toggle_task_done(self) -> None:
        self.editor.toggle_task_done()

    def copy_last_years_tasks(self) -> None:
        self.editor.copy_last_years_tasks()

    def copy_next_year(self) -> None:
        self.editor.copy_next_year()

    def open_seasons(self) -> None:
        self.editor.year.open_seasons()

    def show_after_load(self, season_id: int | None, event_id: int | None = None,
                        day: date | None = None) -> None:
        """Once the next read is in: show the season `season_id` (a season just made or
        filled), select `event_id` and go to `day` in the calendar."""
        self._after_load = (season_id, event_id, day)

    def _show_pending(self, season_id: int | None, event_id: int | None,
                      day: date | None) -> None:
        self._after_load = None
        index = self.ui.season.findData(season_id)
        if index >= 0 and index != self.ui.season.currentIndex():
            self.ui.season.setCurrentIndex(index)  # filters and goes to the season
        if event_id is not None:
            self.select_event(event_id)
        if day is not None:
            self.calendar.go_to(day)

    def import_ics(self, path: str | None = None) -> None:
        self.editor.import_ics(path)

    def export_ics(self, path: str | None = None) -> None:
        self.editor.export_ics(path)

    def export_strak(self, path: str | None = None) -> None:
        self.editor.export_strak(path)

    def _save(self, text: str, before: EventRecord | None, after: EventRecord) -> bool:
        return self.editor.save(text, before, after)


def _one(value: Any) -> set[Any] | None:
    return None if value is None else {value}

