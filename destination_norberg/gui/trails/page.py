"""The trail register page: every trail with its newest report, a detail card, new reports.

Reads (app.trails) run in the worker through the page's AreaLoader and arrive as a frozen
`TrailsData`; the page never holds a session. A report is saved first and then pushed on the
window's undo stack (gui.trails.commands), so a failed save pushes nothing; after every save
the register is read again and `changed` tells the window (the overview counts trails too).

Selecting one trail shows its grade, description and report history; selecting several makes
"New report…" a bulk update: one status and one note for all of them, saved as one unit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from destination_norberg.app.trails import TrailsData, read_history, read_register
from destination_norberg.core.trail_register import ReportDraft, ReportRecord, TrailRow
from destination_norberg.core.vocab import TrailStatus
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.combos import fill_combo
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.forms.trails_page_ui import Ui_TrailsPage
from destination_norberg.gui.trails.commands import (
    AddReportsCommand,
    insert_reports,
)
from destination_norberg.gui.trails.life import TrailLife, fill_life_filter
from destination_norberg.gui.trails.model import (
    EVERY_STATE,
    LIFE,
    NAME,
    NO_REPORT,
    REPORTED,
    TRAIL_ID_ROLE,
    FittedColumns,
    ReportedDelegate,
    TrailsModel,
    summary_html,
)
from destination_norberg.gui.trails.report_dialog import (
    ReportDialog,
    history_html,
    trail_card_html,
    trails_list_html,
)
from destination_norberg.gui.trails.visitors import VisitorsChart

SEARCH_DELAY_MS = 250  # debounce: filter once the user pauses typing
MUTED = "#5b6670"
ALERT = "#b3261e"


#: How many rows a column's natural width is measured from (QHeaderView precision).
MEASURED_ROWS = 120

class TrailsPage(QWidget):
    """`changed` after a saved report (or its undo/redo); `loaded` after each full read."""

    changed = Signal()
    loaded = Signal()
    show_on_map = Signal(int)  # the one selected trail, asked to be shown on the map
    edit_on_map = Signal(object)  # a trail id: edit its line on the map; None: draw a new one

    def __init__(self, store: PlanningStore, runner: TaskRunner, undo_stack: QUndoStack,
                 clock: Callable[[], datetime], stale_days: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrailsPage()
        self.ui.setupUi(self)
        self.store, self.runner, self.undo_stack = store, runner, undo_stack
        self.clock, self.stale_days = clock, stale_days
        self.data: TrailsData | None = None
        self.language = "sv"
        self.current_id: int | None = None  # the one selected trail, if exactly one is
        self.history_of: int | None = None
        self.history_records: list[ReportRecord] = []
        self.last_author = ""
        # A save during a read: read once more when it is done.
        self.loader: AreaLoader[TrailsData] = AreaLoader(
            runner, self._read_job, self._on_data, on_error=self._on_failed, again=True)
        self._restoring = False
        self._pending_select: int | None = None
        self.model = TrailsModel(self)
        table = self.ui.trailTable
        table.setModel(self.model)
        table.setItemDelegateForColumn(REPORTED, ReportedDelegate(table))
        header = table.horizontalHeader()
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Natural widths from the rows in view and some more, not every row: measuring 500
        # trails' 16 columns took a second of the UI thread at each read.
        header.setResizeContentsPrecision(MEASURED_ROWS)
        self.columns = FittedColumns(table)
        table.verticalHeader().setDefaultSectionSize(26)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self._fill_filters()
        self._connect()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([1000, 300])
        self.setMinimumSize(480, 400)
        # The card's content stays at the top when there is no history to fill it.
        self.ui.detailsLayout.addStretch(0)
        self.ui.detailsLayout.setStretchFactor(self.ui.history, 1)
        self.life = TrailLife(self)
        self.visitors = VisitorsChart(lambda: self.store.url, runner, clock, self.ui.details)
        layout = self.ui.detailsLayout
        layout.insertWidget(layout.indexOf(self.ui.historyHeading), self.visitors)
        self._show_state()
        self._show_details()
        for button in (self.ui.editTrailButton, self.ui.showOnMapButton):
            button.setEnabled(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.search.textChanged.connect(lambda _text: self._search_timer.start())
        for signal in (ui.kindFilter.currentIndexChanged, ui.statusFilter.currentIndexChanged,
                       ui.lifeFilter.currentIndexChanged, ui.staleOnly.toggled):
            signal.connect(lambda *_args: self._apply_filter())
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.newReportButton.clicked.connect(self.new_report)
        ui.editTrailButton.clicked.connect(self.edit_trail)
        ui.showOnMapButton.clicked.connect(
            lambda: self.current_id is not None and self.show_on_map.emit(self.current_id))
        ui.trailTable.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.trailTable.doubleClicked.connect(lambda _index: self.new_report())

    def _fill_filters(self) -> None:
        ui = self.ui
        kept = [(c, c.currentData()) for c in (ui.kindFilter, ui.statusFilter, ui.lifeFilter)]
        for combo, _ in kept:
            combo.blockSignals(True)
        fill_combo(ui.kindFilter, [("mtb", self.tr("MTB trails")),
                                   ("ski", self.tr("Ski tracks")),
                                   ("foot", self.tr("Hiking and snowshoe"))],
                   self.tr("Every kind"))
        statuses = [(s.value, labels.trail_status(s.value)) for s in TrailStatus]
        fill_combo(ui.statusFilter, [*statuses, (NO_REPORT, labels.trail_status(None))],
                   self.tr("Every status"))
        fill_life_filter(ui.lifeFilter)
        for combo, value in kept:
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        ui.staleOnly.setToolTip(self.tr("Trails without a report in the last %n day(s)", "",
                                        self.stale_days()))

    # --- loading ----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def _read_job(self) -> Callable[[], TrailsData]:
        """The register and the selected trail's history; what it needs is read here."""
        return partial(read_register, self.store.url, self.clock(), self.stale_days(),
                       self.current_id)

    def reload(self) -> None:
        """Read the register and the selected trail's history in the worker."""
        self.loader.reload()

    def load_blocking(self) -> None:
        """The same read on this thread: the screenshot command needs the finished view."""
        self.loader.load_blocking()

    def _on_data(self, data: TrailsData) -> None:
        self.data = data
        self.history_of, self.history_records = data.history_of, list(data.history)
        selected = self.selected_ids()
        self.model.set_rows(data.rows, data.now, data.stale_days)
        self._fill_filters()
        self._apply_filter(selected)
        self.columns.measure()
        if self._pending_select is not None:
            trail_id, self._pending_select = self._pending_select, None
            self.select_trail(trail_id)
        if self.loader.pending:  # the loader reads again at once; that one is the result
            return
        self.loaded.emit()

    def _on_failed(self, message: str) -> None:
        self.ui.stateLabel.setText(f"<span style='color:{ALERT}'>{escape(message)}</span>")
        if self.data is None:  # nothing to show but the reason
            self.ui.statePane.show()
            self.ui.trailTable.hide()
        else:  # the register shown is the last one read; say that this read failed
            self.ui.summary.setText(f"<span style='color:{ALERT}'>&nbsp;&nbsp;"
                                    f"{escape(message)}</span>")

    def _load_history(self, trail_id: int) -> None:
        def done(records: list[ReportRecord], wanted: int = trail_id) -> None:
            if wanted == self.current_id:
                self.history_of, self.history_records = wanted, records
                self._show_details()

        def failed(exc: BaseException, wanted: int = trail_id) -> None:
            if wanted == self.current_id:
                self.ui.history.setHtml(f"<span style='color:{ALERT}'>"
                                        f"{escape(user_message(exc))}</span>")

        self.runner.run(partial(read_history, self.store.url, trail_id), done, failed)

    # --- filters and selection --------------------------------------------------------------

    def _apply_filter(self, keep: list[int] | None = None) -> None:
        ui = self.ui
        ids = self.selected_ids() if keep is None else keep
        self._restoring = True
        try:
            self.model.apply_filter(ui.kindFilter.currentData(), ui.statusFilter.currentData(),
                                    ui.staleOnly.isChecked(), ui.search.text(),
                                    ui.lifeFilter.currentData())
            self.columns.show_column(LIFE, self.model.any_not_open())
            self._select_ids(ids)
        finally:
            self._restoring = False
        self._show_state()
        self._selection_changed()

    def clear_filters(self) -> None:
        ui = self.ui
        for widget in (ui.kindFilter, ui.statusFilter, ui.lifeFilter, ui.staleOnly, ui.search):
            widget.blockSignals(True)
        ui.kindFilter.setCurrentIndex(0)
        ui.statusFilter.setCurrentIndex(0)
        ui.lifeFilter.setCurrentIndex(ui.lifeFilter.findData(EVERY_STATE))
        ui.staleOnly.setChecked(False)
        ui.search.clear()
        for widget in (ui.kindFilter, ui.statusFilter, ui.lifeFilter, ui.staleOnly, ui.search):
            widget.blockSignals(False)
        self._apply_filter()

    def _select_ids(self, ids: list[int]) -> None:
        table, model = self.ui.trailTable, self.model
        selection = QItemSelection()
        rows = [r for r in (model.row_of(i) for i in ids) if r is not None]
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        table.selectionModel().select(selection, flags)
        if rows:
            table.selectionModel().setCurrentIndex(
                model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            table.scrollTo(model.index(rows[0], 0))

    def select_trail(self, trail_id: int) -> None:
        """Select one trail (clearing the filters if they hide it); before the first read,
        the trail is selected when the register arrives."""
        if self.data is None:
            self._pending_select = trail_id
            return
        if self.model.trail(trail_id) is None:
            return
        if self.model.row_of(trail_id) is None:
            self.clear_filters()
        self._select_ids([trail_id])

    def selected_ids(self) -> list[int]:
        """The selected trails, in display order."""
        rows = sorted(i.row() for i in self.ui.trailTable.selectionModel().selectedRows())
        return [self.model.index(r, 0).data(TRAIL_ID_ROLE) for r in rows]

    def selected_rows(self) -> list[TrailRow]:
        return [r for r in (self.model.trail(i) for i in self.selected_ids()) if r is not None]

    def _selection_changed(self, *_args: Any) -> None:
        if self._restoring:
            return
        ids = self.selected_ids()
        self.current_id = ids[0] if len(ids) == 1 else None
        if self.current_id is not None and self.history_of != self.current_id:
            self.history_records = []
            self._load_history(self.current_id)
        self.ui.newReportButton.setEnabled(bool(ids))
        self.ui.editTrailButton.setEnabled(len(ids) == 1)
        self.ui.showOnMapButton.setEnabled(len(ids) == 1)
        self.life.sync()
        self.visitors.show_trail(self.current_id)
        self._show_details()

    def set_language(self, language: str) -> None:
        """Descriptions in `language` where the trail has one (Swedish otherwise)."""
        self.language = language
        self._show_details()

    # --- rendering --------------------------------------------------------------------------

    def _show_state(self) -> None:
        ui = self.ui
        total = len(self.model.all_rows())
        shown = self.model.rowCount()
        ui.trailTable.setVisible(shown > 0)
        ui.statePane.setVisible(shown == 0)
        ui.clearFiltersButton.setVisible(total > 0 and shown == 0)
        for widget in (ui.kindFilter, ui.statusFilter, ui.lifeFilter, ui.staleOnly, ui.search):
            widget.setEnabled(total > 0)  # nothing to filter in an empty register
        if self.data is None:
            ui.stateLabel.setText(self.tr("Reading the trail register…"))
        elif total == 0:
            ui.stateLabel.setText(self.tr(
                "There are no trails in the database yet, so the register is empty. The demo "
                "season (File menu) brings trails and reports to try it with."))
        elif shown == 0:
            ui.stateLabel.setText(self.tr("No trail matches the filters."))
        ui.summary.setText(summary_html(self.model.all_rows(), shown))

    def _show_details(self) -> None:
        ui = self.ui
        selected = self.selected_rows()
        if self.data is not None and not self.data.rows:
            ui.detailTitle.setText(self.tr("No trails yet"))
            ui.detailText.setText(self.tr("Nothing to show until the database holds trails."))
            self._set_history(None)
        elif len(selected) > 1:
            ui.detailTitle.setText(self.tr("%n trails selected", "", len(selected)))
            ui.detailText.setText(trails_list_html(selected) + "<br><br>" + escape(self.tr(
                "New report… gives each of them a report with the same status and note.")))
            self._set_history(None)
        elif len(selected) == 1:
            row = selected[0]
            ui.detailTitle.setText(plain(row.name))
            assert self.data is not None
            sv, en, lit = self.data.descriptions.get(row.id, ("", "", False))
            ui.detailText.setText(trail_card_html(
                row, en if self.language == "en" and en else sv, lit, self.data.now,
                self.data.stale_days))
            self._set_history(self.history_records if self.history_of == row.id else [],
                              loading=self.history_of != row.id)
        else:
            ui.detailTitle.setText(self.tr("No trail selected"))
            ui.detailText.setText(self.tr(
                "Choose a trail in the register to see its grade, description and reports. "
                "Select several (Ctrl or Shift) to set their status in one step."))
            self._set_history(None)

    def _set_history(self, records: list[ReportRecord] | None, loading: bool = False) -> None:
        """The history under the card: hidden (None), being read, or the reports."""
        ui = self.ui
        ui.historyHeading.setVisible(records is not None)
        ui.history.setVisible(records is not None)
        ui.detailsLayout.setStretch(ui.detailsLayout.count() - 1, 1 if records is None else 0)
        if records is None:
            return
        reading = self.tr("Reading the reports…")  # outside the f-string: lupdate reads it
        ui.history.setHtml(f"<span style='color:{MUTED}'>{escape(reading)}</span>" if loading else
                           history_html(records, self.data.now if self.data else None))

    # --- reports ----------------------------------------------------------------------------

    def new_report(self) -> None:
        """A report on the selected trail, or one status for all the selected trails."""
        rows = self.selected_rows()
        if not rows:
            return
        dialog = ReportDialog(rows, self.clock, self.last_author, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.drafts:
            return
        self.last_author = dialog.ui.author.text().strip()
        text = (self.tr("Report on %1").replace("%1", rows[0].name) if len(rows) == 1
                else self.tr("Status of %n trail(s)", "", len(rows)))
        self.save_reports(text, dialog.drafts)

    def edit_trail(self) -> None:
        """The selected trail's attributes (name, kind, grades, descriptions), undoable."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        from destination_norberg.app.snow_edit import load_id
        from destination_norberg.gui.snow.commands import RowCommand, step
        from destination_norberg.gui.trails.trail_dialog import TrailDialog

        try:
            before = load_id(self.store.engine, "trail", rows[0].id)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self._report(exc)
            return
        if before is None:
            self.reload()
            return
        dialog = TrailDialog(before, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.values()
        from destination_norberg.app.errors import ConflictError

        try:
            saved = step(self.store.engine, "trail", before, after)
        except ConflictError:
            resolved = self._resolve_conflict(before, after)
            if resolved is None:  # kept theirs: show what is there now
                self._after_edit()
                return
            before, saved = resolved
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self._report(exc)
            return
        self.undo_stack.push(RowCommand(
            self.tr("Edit %1").replace("%1", after["name"]), "trail", before, saved,
            engine=lambda: self.store.engine, changed=self._after_edit, report=self._report))
        self._after_edit()

    def _resolve_conflict(self, before: dict, after: dict) -> tuple[dict, dict] | None:
        """Someone else changed the trail meanwhile: theirs against mine, field by field."""
        from destination_norberg.app.snow_edit import load, update_row
        from destination_norberg.gui.common.conflict_dialog import resolve

        fields = [("name", self.tr("Name")), ("kind", self.tr("Kind")),
                  ("lifecycle", self.tr("Stage")),
                  ("grade_colour", self.tr("Grade (colour)")), ("imba", self.tr("IMBA level")),
                  ("mtb_scale", self.tr("mtb:scale")), ("area", self.tr("Area")),
                  ("lit", self.tr("Lit (floodlights)")),
                  ("description_sv", self.tr("Description (Swedish)")),
                  ("description_en", self.tr("Description (English)"))]
        theirs: list[dict] = []

        def load_theirs() -> dict | None:
            row = load(self.store.engine, "trail", before["uid"])
            theirs[:] = [row] if row is not None else []
            return row

        saved = resolve(self, f"“{after['name']}”", fields, before, after, load_theirs,
                        lambda expected, new: update_row(self.store.engine, "trail", expected,
                                                         new))
        return (theirs[0], saved) if saved is not None else None

    def save_reports(self, text: str, drafts: list[ReportDraft]) -> bool:
        """Save as one unit, then push the undo step; a failure is told and pushes nothing."""
        try:
            ids = insert_reports(self.store.engine, drafts)
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self._report(exc)
            return False
        self.undo_stack.push(AddReportsCommand(
            text, drafts, ids, engine=lambda: self.store.engine, changed=self._after_edit,
            report=self._report))
        self._after_edit()
        return True

    def _after_edit(self) -> None:
        self.history_of = None  # the selected trail's history changed: read it again
        self.reload()
        self.changed.emit()

    def _report(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), plain(user_message(exc)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_filters()
            self.life.retranslate()
            self.model.refresh_labels()
            self.columns.measure()
            self._show_state()
            self._show_details()
        super().changeEvent(event)
