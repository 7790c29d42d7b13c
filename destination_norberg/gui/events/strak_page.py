"""The stråk editor: Sommarstråket's and Vinterstråket's days, hours, stops and route.

The page edits one `StrakRecord` of a `PlanningSnapshot` and never writes to the database:
Save emits `save_requested(before, after)` and the events area saves it through its undo
stack, then hands the page a fresh snapshot. The rules (who is open, which stops would let a
visitor down, how long the walk is) are core.strak's; the page only words their answers.

The page owns a StrakForm (strak_form: the widgets read as a record, the stop buttons, the
Save/Revert state) and a StrakPanels (strak_panels: who is open, warnings, the route); this
module loads, reloads and saves, and keeps the page's API as one-line delegates.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHeaderView, QMessageBox, QWidget

from destination_norberg.core.events import StrakRecord
from destination_norberg.core.planning import PlanWarning
from destination_norberg.gui.common import date_field
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.events.planning_data import PlanningSnapshot
from destination_norberg.gui.events.strak_form import (
    NOTE_STYLE,
    PROBLEM_STYLE,
    StrakForm,
    record_problems,
    to_qdate,
    to_qtime,
)
from destination_norberg.gui.events.strak_panels import (
    ALERT,
    LOOKAHEAD_DAYS,
    MAX_WARNING_ROWS,
    MUTED,
    OK,
    StrakPanels,
    fill_args,
    first_moment,
)
from destination_norberg.gui.events.strak_stops_model import (
    OFFER_EN,
    OFFER_SV,
    OPENING,
    ORDER,
    ORGANISATION,
    OrganisationDelegate,
    StrakStopsModel,
)
from destination_norberg.gui.forms.strak_page_ui import Ui_StrakPage

__all__ = [
    "ALERT",
    "LOOKAHEAD_DAYS",
    "MAX_WARNING_ROWS",
    "MUTED",
    "NOTE_STYLE",
    "OK",
    "PROBLEM_STYLE",
    "StrakPage",
    "fill_args",
]


class StrakPage(QWidget):
    """`save_requested(before, after)`: two `StrakRecord`s, emitted only for a valid change."""

    save_requested = Signal(object, object)
    new_requested = Signal()
    copy_requested = Signal()
    dirty_changed = Signal(bool)
    show_stop_on_map = Signal(int, int)  # stråk id, stop position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StrakPage()
        self.ui.setupUi(self)
        date_field.setup_all(self)
        self.snapshot: PlanningSnapshot | None = None
        self.language = "sv"
        self._original: StrakRecord | None = None
        self._loading = False
        self._dirty = False
        self._awaiting_save = False  # Save pressed; the button waits for an edit or a reload
        self._pending: int | None = None  # a stråk just made: shown once it is read
        self._list: list[StrakRecord] = []  # the picker's stråk (archived seasons' left out)
        self._days: list[QCheckBox] = [getattr(self.ui, f"day{i}") for i in range(1, 8)]

        ui = self.ui
        self.stops_model = StrakStopsModel(self)
        self.form = StrakForm(ui, self.stops_model, self._days)
        self.panels = StrakPanels(ui, self, self._walk_text, self._open_count_text)
        ui.stopsTable.setModel(self.stops_model)
        ui.stopsTable.setItemDelegateForColumn(ORGANISATION, OrganisationDelegate(self))
        header = ui.stopsTable.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in ((ORDER, QHeaderView.ResizeMode.ResizeToContents),
                             (ORGANISATION, QHeaderView.ResizeMode.Interactive),
                             (OPENING, QHeaderView.ResizeMode.ResizeToContents),
                             (OFFER_SV, QHeaderView.ResizeMode.Stretch),
                             (OFFER_EN, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(ORGANISATION, 210)
        ui.stopsTable.verticalHeader().setDefaultSectionSize(26)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([820, 520])
        ui.problem.setStyleSheet(PROBLEM_STYLE)
        ui.problem.hide()
        ui.stopsHint.setStyleSheet(f"color: {MUTED}")
        ui.saveButton.setDefault(True)

        ui.strakPicker.currentIndexChanged.connect(self._picked)
        for edit in (ui.periodStart, ui.periodEnd):
            edit.dateChanged.connect(self._edited)
        for edit in (ui.opens, ui.closes):
            edit.timeChanged.connect(self._edited)
        for box in self._days:
            box.toggled.connect(self._edited)
        ui.noHours.toggled.connect(self._hours_toggled)
        self.stops_model.stops_changed.connect(self._edited)
        ui.stopsTable.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.addStop.clicked.connect(self.form.add_stop)
        ui.removeStop.clicked.connect(self.form.remove_stop)
        ui.moveUp.clicked.connect(lambda: self.form.move_stop(-1))
        ui.moveDown.clicked.connect(lambda: self.form.move_stop(1))
        ui.showStopOnMap.clicked.connect(self._ask_map)
        ui.saveButton.clicked.connect(self.save)
        ui.newStrakButton.clicked.connect(self.new_requested)
        ui.copyStrakButton.clicked.connect(self._ask_copy)
        ui.revertButton.clicked.connect(self.revert)
        ui.whoDate.dateChanged.connect(self._refresh_who)
        ui.whoTime.timeChanged.connect(self._refresh_who)

        self._retranslate()
        self._show_nothing()

    # --- the form's and the panels' API, on the page ------------------------------------

    def current_record(self) -> StrakRecord:
        """The form as a record: id, uid, version, name, route, season and event as loaded."""
        if self._original is None:
            raise RuntimeError("no stråk is loaded")
        return self.form.record(self._original)

    def problems(self) -> list[str]:
        """What keeps the form from being saved, in the user's words; empty when it is fine."""
        return [] if self._original is None else record_problems(self.current_record())

    def selected_row(self) -> int | None:
        return self.form.selected_row()

    def select_row(self, row: int) -> None:
        self.form.select_row(row)

    def add_stop(self) -> None:
        self.form.add_stop()

    def remove_stop(self) -> None:
        self.form.remove_stop()

    def move_stop(self, step: int) -> None:
        self.form.move_stop(step)

    def who_is_open_list(self) -> list[str]:
        """The organisation names the who-is-open list shows, in walking order."""
        return list(self.panels.open_names)

    def who_is_open_status(self) -> str:
        return self.ui.whoStatus.text()

    def check_who_is_open(self, day: date, at: time) -> list[str]:
        """Set the who-is-open date and time; returns the names then shown."""
        self.ui.whoDate.setDate(to_qdate(day))
        self.ui.whoTime.setTime(to_qtime(at))
        self._refresh_who()
        return self.who_is_open_list()

    def warning_texts(self) -> list[str]:
        return list(self.panels.warnings)

    def route_summary(self) -> str:
        return self.ui.routeLength.text()

    def warning_text(self, warning: PlanWarning) -> str:
        """A stop warning as a sentence in the current language (the stråk is the page's)."""
        return self.panels.warning_text(warning)

    # --- public API ---------------------------------------------------------------------

    def select_stop(self, strak_id: int, position: int) -> bool:
        """Show stråk `strak_id` with its stop at `position` selected (from the map)."""
        if self.snapshot is None:
            return False
        index = next((i for i, s in enumerate(self._list) if s.id == strak_id), None)
        if index is None:
            return False
        self.ui.strakPicker.setCurrentIndex(index)
        row = next((r for r in range(self.stops_model.rowCount())
                    if self.stops_model.stop_at(r).position == position), None)
        if row is None:
            return False
        self.select_row(row)
        return True

    def show_after_load(self, strak_id: int | None) -> None:
        """Show the stråk `strak_id` (just made) once the next snapshot is in."""
        self._pending = strak_id

    def _ask_copy(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        if self._dirty:
            self.revert()
        self.copy_requested.emit()

    def _ask_map(self) -> None:
        row = self.selected_row()
        if row is not None and self._original is not None and self._original.id is not None:
            self.show_stop_on_map.emit(self._original.id, self.stops_model.stop_at(row).position)

    @property
    def dirty(self) -> bool:
        """The form differs from the stråk as loaded."""
        return self._dirty

    @property
    def original(self) -> StrakRecord | None:
        return self._original

    def set_snapshot(self, snapshot: PlanningSnapshot, language: str = "sv") -> None:
        """Show the snapshot's stråk, keeping the one selected (by id) when it is still there.

        Unsaved edits survive a reload that did not change the stråk itself (same version):
        the events area reloads after every edit anywhere, not only after this page's saves.
        """
        self.snapshot = snapshot
        self.language = language
        self.stops_model.set_organisations(snapshot.organisations, _locations(snapshot))
        current = self._original.id if self._original is not None else None
        if self._pending is not None:
            current, self._pending = self._pending, None
            self._dirty = False
        hidden = snapshot.archived_ids()
        self._list = [s for s in snapshot.strak if s.season_id not in hidden]
        ui = self.ui
        ui.strakPicker.blockSignals(True)
        try:
            ui.strakPicker.clear()
            for index, strak in enumerate(self._list):
                ui.strakPicker.addItem(strak.name, self._key(strak, index))
        finally:
            ui.strakPicker.blockSignals(False)
        record = next((s for s in self._list if current is not None and s.id == current),
                      self._list[0] if self._list else None)
        if record is None:
            self._show_nothing()
            return
        ui.strakPicker.blockSignals(True)
        ui.strakPicker.setCurrentIndex(self._list.index(record))
        ui.strakPicker.blockSignals(False)
        if (self._dirty and self._original is not None and record.id == self._original.id
                and record.version == self._original.version):
            self._original = record
            self._awaiting_save = False
            self._edited()
            return
        self._load(record, reset_who=record.id != current or current is None)

    def set_language(self, language: str) -> None:
        """Which offer the who-is-open list shows ("sv" or "en")."""
        self.language = language
        self._refresh_who()

    def select_strak(self, strak_id: int) -> bool:
        """Show the stråk with this id (asking first if edits would be lost); False if absent."""
        if self.snapshot is None:
            return False
        index = next((i for i, s in enumerate(self._list) if s.id == strak_id), -1)
        if index < 0:
            return False
        if self.ui.strakPicker.currentIndex() == index:
            return True
        self.ui.strakPicker.setCurrentIndex(index)
        return self.ui.strakPicker.currentIndex() == index

    def save(self) -> bool:
        """Emit `save_requested` when the form is valid and changed; True if it was emitted."""
        if self._original is None:
            return False
        self.form.commit_open_editor()
        problems = self.problems()
        if problems:
            self.form.show_problems(problems)
            return False
        self.form.show_problems([])
        after = self.current_record()
        if after == self._original:
            return False
        self._awaiting_save = True
        self._update_buttons()
        self.save_requested.emit(self._original, after)
        return True

    def revert(self) -> None:
        """Back to the stråk as loaded."""
        if self._original is not None:
            self._load(self._original, reset_who=False)

    # --- loading ------------------------------------------------------------------------

    @staticmethod
    def _key(strak: StrakRecord, index: int) -> object:
        return strak.id if strak.id is not None else f"new-{index}"

    def _show_nothing(self) -> None:
        """No stråk in the snapshot (an empty database): an empty, disabled form."""
        self._original = None
        self._set_dirty(False)
        self.ui.splitter.setEnabled(False)
        self.ui.strakPicker.setEnabled(False)
        self._loading = True
        self.stops_model.set_stops(())
        self._loading = False
        self.ui.problem.setStyleSheet(NOTE_STYLE)
        self.ui.problem.setText(self.tr("There is no stråk to edit yet. Sommarstråket and "
                                        "Vinterstråket come with the demo season."))
        self.ui.problem.setVisible(self.snapshot is not None)
        self.panels.clear()
        self._update_buttons()

    def _load(self, record: StrakRecord, *, reset_who: bool) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.splitter.setEnabled(True)
            ui.strakPicker.setEnabled(True)
            ui.periodStart.setDate(to_qdate(record.period_start))
            ui.periodEnd.setDate(to_qdate(record.period_end))
            for day, box in enumerate(self._days, 1):
                box.setChecked(day in record.weekdays)
            has_hours = record.opens is not None and record.closes is not None
            ui.noHours.setChecked(not has_hours)
            ui.opens.setTime(to_qtime(record.opens) if record.opens else QTime(16, 0))
            ui.closes.setTime(to_qtime(record.closes) if record.closes else QTime(20, 0))
            self.form.hours_enabled()
            self.stops_model.set_stops(record.stops)
            if reset_who:
                day, at = first_moment(record, self.snapshot.now if self.snapshot else None)
                ui.whoDate.setDate(to_qdate(day))
                ui.whoTime.setTime(to_qtime(at))
        finally:
            self._loading = False
        self._original = record
        self._awaiting_save = False
        ui.stopsTable.clearSelection()
        self.form.show_problems([])
        self._edited()

    def _picked(self, index: int) -> None:
        if self.snapshot is None or not 0 <= index < len(self._list):
            return
        record = self._list[index]
        if self._original is not None and record.id == self._original.id \
                and record.id is not None:
            return
        if self._dirty and not self._confirm_discard():
            previous = next((i for i, s in enumerate(self._list)
                             if self._original is not None and s.id == self._original.id), -1)
            self.ui.strakPicker.blockSignals(True)
            self.ui.strakPicker.setCurrentIndex(previous)
            self.ui.strakPicker.blockSignals(False)
            return
        self._load(record, reset_who=True)

    def _confirm_discard(self) -> bool:
        """Ask before unsaved edits are thrown away; True to go ahead."""
        name = self._original.name if self._original is not None else ""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            plain(self.tr("The changes to %1 are not saved. Throw them away?").replace(
                "%1", name)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # --- reacting to edits --------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading or self._original is None:
            return
        self._awaiting_save = False
        record = self.current_record()
        self._set_dirty(record != self._original)
        self.panels.refresh_route(record, self.form.selected_position())
        self.panels.refresh_warnings(record)
        self._refresh_who()
        self.panels.refresh_titles(record)
        if not self.ui.problem.isHidden():  # a shown problem goes away once it is fixed
            self.form.show_problems(self.problems())
        self._update_buttons()

    def _refresh_who(self, *_args: object) -> None:
        loaded = self._original is not None and not self._loading
        self.panels.refresh_who(self.current_record() if loaded else None, self.language)

    def _selection_changed(self, *_args: object) -> None:
        self.ui.routePreview.set_selected(self.form.selected_position())
        self._update_buttons()

    def _hours_toggled(self, *_args: object) -> None:
        self.form.hours_enabled()
        self._edited()

    def _update_buttons(self) -> None:
        self.form.update_buttons(self._original, self._dirty, self._awaiting_save)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # --- plural texts (lupdate reads %n only from tr(), in this class's context) --------

    def _walk_text(self, minutes: int) -> str:
        return self.tr("%1 km · about %n minute(s) on foot", "", minutes)

    def _open_count_text(self, count: int) -> str:
        return self.tr("%n stop(s) open then.", "", count)

    # --- language -----------------------------------------------------------------------

    def _retranslate(self) -> None:
        locale = QLocale()
        for day, box in enumerate(self._days, 1):
            box.setText(locale.dayName(day, QLocale.FormatType.ShortFormat))
            box.setToolTip(locale.dayName(day, QLocale.FormatType.LongFormat))
        self.stops_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self._original is not None:
                self._edited()
            elif self.snapshot is not None:
                self._show_nothing()
        super().changeEvent(event)


def set_pickers(page: Any, snapshot: PlanningSnapshot) -> None:
    """The snapshot again with the pickers' whole lists: only the stops' organisation list
    changes (StrakPage.set_snapshot would rebuild the whole page for it)."""
    page.snapshot = snapshot
    page.stops_model.set_organisations(snapshot.organisations, _locations(snapshot))


def _locations(snapshot: PlanningSnapshot) -> dict[int, tuple[float, float]]:
    """Every organisation's location, and the stops' own where the snapshot lacks one."""
    found: dict[int, tuple[float, float]] = dict(snapshot.org_locations)
    for strak in snapshot.strak:
        for stop in strak.stops:
            if stop.organisation_id is not None and stop.x is not None and stop.y is not None:
                found[stop.organisation_id] = (stop.x, stop.y)
    return found
