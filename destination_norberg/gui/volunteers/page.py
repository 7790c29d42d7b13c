"""The events area's Volunteers tab (Funktionärer): an event's shifts per place, who is on
them, the gaps and the clashes; editing with undo; the roster PDF and a person's calendar.

The plan is read in a worker (app.volunteers: core.volunteers' gaps and clashes, the same the
roster and the command line show). A shift and its people are one row for the undo stack
(gui.common.undo.RowEditCommand over app.volunteers.shift_writes): adding, changing (people
on or off included) and deleting a shift are one step each. The roster PDF and the .ics are
written in a worker; the PDF's drawing itself runs on the GUI thread (gui.documents.output).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.volunteers import Shift, VolunteerPlan
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel
from destination_norberg.gui.common.undo import RowEditCommand, RowWrites

PERSON_ROLE = Qt.ItemDataRole.UserRole


class VolunteersPage(QWidget):
    """`changed` after every saved edit; `loaded` after every read shown."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, store: Any, runner: TaskRunner, undo_stack: QUndoStack,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.undo_stack, self.clock = store, runner, undo_stack, clock
        self.plan: VolunteerPlan | None = None
        self.candidates: list[Any] = []
        self.events: list[EventRecord] = []  # those without a parent: the picker's
        self.all_events: list[EventRecord] = []
        self.last_message = ""  # the last file written, as the status bar said it
        self.lang = "sv"
        self.loader: AreaLoader[tuple[VolunteerPlan, list[Any]] | None] = AreaLoader(
            runner, self._read_job, self._on_data, on_error=self._read_failed, again=True)
        self._build()
        self._connect()
        self.retranslate()

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.event_label = QLabel(self)
        self.event = QComboBox(self)
        self.event.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event.setMinimumContentsLength(18)
        self.event_label.setBuddy(self.event)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.print_button = QToolButton(self)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.print_all = menu.addAction("", lambda: self.print_roster("all"))
        self.print_place = menu.addAction("", lambda: self.print_roster("place"))
        self.print_person = menu.addAction("", lambda: self.print_roster("person"))
        self.print_button.setMenu(menu)
        self.calendar_button = QPushButton(self)
        bar = QHBoxLayout()
        for w in (self.event_label, self.event, self.new_button, self.edit_button,
                  self.delete_button, self.print_button, self.calendar_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.model = SnapshotTableModel(parent=self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.people_heading = QLabel(self)
        self.people_heading.setProperty("cardTitle", True)
        self.people = QListWidget(self)
        self.import_button = QPushButton(self)
        self.warnings_heading = QLabel(self)
        self.warnings_heading.setProperty("cardTitle", True)
        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for w, stretch in ((self.people_heading, 0), (self.people, 3), (self.import_button, 0),
                           (self.warnings_heading, 0), (self.warnings, 2)):
            side_layout.addWidget(w, stretch)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.event.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(lambda: self.edit_shift(None))
        self.edit_button.clicked.connect(lambda: self.edit_shift(self.selected_shift()))
        self.table.doubleClicked.connect(lambda _i: self.edit_shift(self.selected_shift()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.calendar_button.clicked.connect(lambda: self.export_calendar())
        self.import_button.clicked.connect(lambda: self.import_list())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.people.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.warnings.itemActivated.connect(self._warning_activated)

    def title(self) -> str:
        """The tab's title in the events area."""
        return self.tr("Volunteers")

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("Event"))
        self.event.setAccessibleName(self.tr("Event"))
        self.new_button.setText(self.tr("New shift…"))
        self.edit_button.setText(self.tr("Edit shift…"))
        self.delete_button.setText(self.tr("Delete shift"))
        self.print_button.setText(self.tr("Print roster…"))
        self.print_all.setText(self.tr("Whole plan…"))
        self.print_place.setText(self.tr("The selected shift's place…"))
        self.print_person.setText(self.tr("The selected person…"))
        self.calendar_button.setText(self.tr("Export calendar…"))
        self.import_button.setText(self.tr("Import a volunteer list…"))
        self.table.setAccessibleName(self.tr("Shifts"))
        self.people_heading.setText(self.tr("People"))
        self.people.setAccessibleName(self.tr("People"))
        self.warnings_heading.setText(self.tr("Gaps and clashes"))
        self.warnings.setAccessibleName(self.tr("Gaps and clashes"))
        self.model.set_headers([self.tr("When"), self.tr("Place"), self.tr("Role"),
                                self.tr("Staffed"), self.tr("People")])
        if self.plan is not None:
            self._show(self.plan)

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- events and loading -----------------------------------------------------------------

    def set_events(self, events: list[EventRecord], preferred: int | None = None) -> None:
        """The events to choose from (those without a parent: a winter week holds its races'
        shifts); keeps the choice, else takes `preferred`, else the first winter week."""
        self.all_events = list(events)
        tops = [e for e in events if e.parent_id is None]
        ids = [e.id for e in tops]
        if ids == [e.id for e in self.events] and self.event.count():
            return
        keep = self.event.currentData()
        self.events = tops
        self.event.blockSignals(True)
        self.event.clear()
        for e in tops:
            self.event.addItem(plain(e.name_sv), e.id)
        week = next((e.id for e in tops if e.kind == "vecka"), ids[0] if ids else None)
        chosen = next((x for x in (keep, preferred, week) if x in ids), None)
        self.event.setCurrentIndex(ids.index(chosen) if chosen is not None else -1)
        self.event.blockSignals(False)
        self.reload()

    def event_id(self) -> int | None:
        value = self.event.currentData()
        return int(value) if value is not None else None

    def reload(self) -> None:
        self.loader.reload()

    def _read_job(self) -> Callable[[], tuple[VolunteerPlan, list[Any]] | None]:
        event_id, url = self.event_id(), self.store.url

        def read() -> tuple[VolunteerPlan, list[Any]] | None:
            from destination_norberg.app.database import read_with
            from destination_norberg.app.volunteers import read_candidates, read_volunteers

            if event_id is None:
                return None
            return read_with(url, lambda source: (read_volunteers(source, event_id),
                                                  read_candidates(source)))
        return read

    def _on_data(self, data: tuple[VolunteerPlan, list[Any]] | None) -> None:
        if data is None or data[0].event_id != self.event_id():
            if data is None:
                self.plan = None
                self.model.set_rows([])
                self.people.clear()
                self.warnings.clear()
                self.summary.setText(self.tr("Choose an event."))
            self._update_buttons()
            self.loaded.emit()
            return
        self.plan, self.candidates = data
        self._show(self.plan)
        self.loaded.emit()

    def _read_failed(self, message: str) -> None:
        self.summary.setText(plain(message))

    # --- showing ----------------------------------------------------------------------------

    def _when(self, shift: Shift) -> str:
        day = labels.fmt_short_day(to_local(shift.starts_at).date())
        return (f"{day} {labels.fmt_local_time(shift.starts_at)}–"
                f"{labels.fmt_local_time(shift.ends_at)}")

    def _show(self, plan: VolunteerPlan) -> None:
        clashing = plan.clashing_shift_ids()
        rows = []
        for s in plan.shifts:
            staffed = f"{len(s.people)}/{s.needed}"
            why = []
            if s.missing:
                staffed += " " + self.tr("– %1 missing").replace("%1", str(s.missing))
                why.append(self.tr("%1 more people needed").replace("%1", str(s.missing)))
            if s.id in clashing:
                why.append(self.tr("Someone on this shift is on another at the same time"))
            rows.append(Row(cells=(self._when(s), s.place, s.role, staffed,
                                   ", ".join(p.name for p in s.people)),
                            key=s.id, tone="alert" if why else None,
                            tooltip="\n".join(why)))
        current = self.selected_shift()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if current is not None:
            self.select_shift(current.id)
        person = self.selected_person()
        self.people.clear()
        clash_people = {c.person.person_id for c in plan.clashes}
        for p in plan.people():
            n = len(plan.shifts_of(p.person_id))
            text = self.tr("%1 (shifts: %2)").replace("%1", p.name).replace("%2", str(n))
            item = QListWidgetItem(plain(("⚠ " if p.person_id in clash_people else "") + text),
                                   self.people)
            item.setData(PERSON_ROLE, p.person_id)
            if p.person_id == person:
                self.people.setCurrentItem(item)
        self.warnings.clear()
        for g in plan.gaps:
            item = QListWidgetItem(plain(self.tr("Gap: %1, %2 at %3 needs %4 more").replace(
                "%1", g.shift.role).replace("%2", self._when(g.shift)).replace(
                "%3", g.shift.place).replace("%4", str(g.missing))), self.warnings)
            item.setData(PERSON_ROLE, g.shift.id)
        for c in plan.clashes:
            item = QListWidgetItem(plain(self.tr("Clash: %1 is on %2 and %3 at once").replace(
                "%1", c.person.name).replace("%2", f"{c.first.role}, {c.first.place}").replace(
                "%3", f"{c.second.role}, {c.second.place}")), self.warnings)
            item.setData(PERSON_ROLE, c.second.id)
        if not plan.gaps and not plan.clashes:
            QListWidgetItem(self.tr("Every shift is staffed, and no one is double-booked."),
                            self.warnings)
        self.summary.setText(plain(self.tr(
            "%1 · shifts: %2 · places: %3 · people: %4 · gaps: %5 · clashes: %6").replace(
            "%1", plan.event_name).replace("%2", str(len(plan.shifts))).replace(
            "%3", str(len(plan.places()))).replace("%4", str(len(plan.people()))).replace(
            "%5", str(len(plan.gaps))).replace("%6", str(len(plan.clashes)))))
        self._update_buttons()

    def _warning_activated(self, item: QListWidgetItem) -> None:
        shift_id = item.data(PERSON_ROLE)
        if shift_id is not None:
            self.select_shift(int(shift_id))

    def select_shift(self, shift_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).key == shift_id:
                self.table.selectRow(row)
                return

    def selected_shift(self) -> Shift | None:
        index = self.table.currentIndex()
        if self.plan is None or not index.isValid() or index.row() >= self.model.rowCount():
            return None
        key = self.model.row_at(index.row()).key
        return next((s for s in self.plan.shifts if s.id == key), None)

    def selected_person(self) -> int | None:
        item = self.people.currentItem()
        return int(item.data(PERSON_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        has_plan = self.plan is not None
        shift = self.selected_shift() is not None
        self.new_button.setEnabled(has_plan)
        self.edit_button.setEnabled(shift)
        self.delete_button.setEnabled(shift)
        self.print_button.setEnabled(bool(has_plan and self.plan and self.plan.shifts))
        self.print_place.setEnabled(shift)
        self.print_person.setEnabled(self.selected_person() is not None)
        self.calendar_button.setEnabled(self.selected_person() is not None)

    # --- editing (gui.volunteers.edit) ------------------------------------------------------

    def edit_shift(self, shift: Shift | None, dialog_hook: Callable[[Any], bool] | None = None
                   ) -> None:
        from destination_norberg.gui.volunteers.edit import edit_shift

        edit_shift(self, shift, dialog_hook)

    def delete_selected(self) -> None:
        from destination_norberg.gui.volunteers.edit import delete_shift

        shift = self.selected_shift()
        if shift is not None:
            delete_shift(self, shift)

    def push(self, text: str, before: dict[str, Any] | None, after: dict[str, Any] | None
             ) -> None:
        """Save `before` -> `after` (None: create / delete), then push it as one undo step."""
        from destination_norberg.app.volunteers import shift_writes

        writes = RowWrites(*shift_writes())
        try:
            saved = writes.step(self.store.engine, before, after)
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self.report(exc)
            return
        self.undo_stack.push(RowEditCommand(text, writes, before, saved,
                                            engine=lambda: self.store.engine,
                                            changed=self.after_edit, report=self.report))
        self.after_edit()

    def after_edit(self) -> None:
        self.loader.reload(force=True)
        self.changed.emit()

    def report(self, exc: BaseException) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("VolunteersPage", "Not saved"),
                            plain(user_message(exc)))

    # --- the roster and the calendar --------------------------------------------------------

    def print_roster(self, what: str, path: str | None = None) -> None:
        from destination_norberg.gui.volunteers.edit import print_roster

        print_roster(self, what, path)

    def export_calendar(self, path: str | None = None) -> None:
        from destination_norberg.gui.volunteers.edit import export_calendar

        export_calendar(self, path)

    def import_list(self, path: str | None = None) -> None:
        from destination_norberg.gui.volunteers.edit import import_list

        import_list(self, path)

    def open_name(self, title: str, kind: str) -> str | None:
        """The file to read, asked for (a seam the tests patch)."""
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), kind)
        return path or None

    def tell(self, text: str) -> None:
        """What an import did, in a message box (a seam the tests patch)."""
        self.last_message = text
        QMessageBox.information(self, self.tr("Volunteer list"), plain(text))

    def save_name(self, title: str, suggested: str, kind: str) -> str | None:
        """The file to write, asked for (a seam the tests patch)."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), kind)
        return path or None

    def default_day(self) -> date:
        event = next((e for e in self.events if e.id == self.event_id()), None)
        return to_local(event.starts_at).date() if event is not None else self.clock().date()
