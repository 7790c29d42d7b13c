"""What the events area changes: events, tasks, next year's week, imports, exports, stråk.

Every edit is saved first and pushed on the undo stack only when the save succeeded (see
gui.commands), so a failed save loses nothing and leaves the stack as it was. The EventsPage
owns one EventEditor: the page shows and selects, the editor opens the dialogs, saves, pushes
the undo commands and asks the page to reload. Its texts keep the EventsPage translation
context.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import to_local, to_utc
from destination_norberg.core.vocab import EventKind, EventStatus
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.events.commands import (
    AddEventsCommand,
    SaveEventCommand,
    SaveTaskCommand,
)
from destination_norberg.gui.events.event_dialog import EventDialog


class EventsPage(Protocol):
    """What the editor uses of its page (gui.events.page.EventsPage, a QWidget): named here
    rather than imported, since the page imports the editor."""

    changed: Any
    clock: Any
    language: str
    runner: Any
    selected_id: int | None
    snapshot: Any
    store: Any
    strak_page: Any
    tasks_model: Any
    ui: Any
    undo_stack: Any

    def reload(self) -> None: ...
    def visible_events(self) -> Any: ...
    def window(self) -> Any: ...


class EventEditor:
    """The events area's edits, for its page: what is selected, the season chosen and the
    snapshot are the page's; dialogs open over it and it reloads after every saved edit."""

    def __init__(self, page: EventsPage) -> None:
        from destination_norberg.gui.events.year_editor import YearEditor

        self.page = page
        self.year = YearEditor(self)

    def services(self) -> dict[str, Any]:
        return {
            "engine": lambda: self.page.store.engine,
            "changed": self.after_edit,
            "report": self.report,
        }

    def after_edit(self) -> None:
        self.page.reload()
        self.page.changed.emit()

    def report(self, exc: BaseException) -> None:
        QMessageBox.warning(
            self.page, QCoreApplication.translate("EventsPage", "Not saved"),
            plain(user_message(exc)))

    def save(self, text: str, before: EventRecord | None, after: EventRecord) -> bool:
        """Save, then push: a failed save leaves the undo stack as it was."""
        from destination_norberg.app.errors import ConflictError
        from destination_norberg.app.planning_edit import save_event

        try:
            saved = save_event(self.page.store.engine, after)
        except ConflictError:
            if before is None:
                raise
            resolved = self._resolve_event_conflict(before, after)
            if resolved is None:  # kept theirs: show what is there now
                self.after_edit()
                return False
            before, saved = resolved
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self.report(exc)
            return False
        self.page.undo_stack.push(SaveEventCommand(text, before, saved, **self.services()))
        self.page.selected_id = saved.id
        self.after_edit()
        return True

    def _resolve_event_conflict(self, before: EventRecord, after: EventRecord
                                ) -> tuple[EventRecord, EventRecord] | None:
        """Someone else saved the event meanwhile: theirs against mine (gui.conflict_dialog);
        (their version, the saved one), or None when theirs is kept."""
        from dataclasses import asdict, replace

        from destination_norberg.app.planning_edit import current_event, save_event
        from destination_norberg.gui.common.conflict_dialog import resolve

        fields = [
            ("name_sv",
             QCoreApplication.translate("EventsPage", "Name (Swedish)")),
            ("name_en",
             QCoreApplication.translate("EventsPage", "Name (English)")),
            ("kind",
             QCoreApplication.translate("EventsPage", "Kind")),
            ("status",
             QCoreApplication.translate("EventsPage", "Status")),
            ("starts_at",
             QCoreApplication.translate("EventsPage", "Starts")),
            ("ends_at",
             QCoreApplication.translate("EventsPage", "Ends")),
            ("all_day",
             QCoreApplication.translate("EventsPage", "All day")),
            ("place_id",
             QCoreApplication.translate("EventsPage", "Place")),
            ("organiser_id",
             QCoreApplication.translate("EventsPage", "Organiser")),
            ("outdoor",
             QCoreApplication.translate("EventsPage", "Outdoors")),
            ("milestone",
             QCoreApplication.translate("EventsPage", "Milestone")),
            ("description_sv",
             QCoreApplication.translate("EventsPage", "Description (Swedish)")),
            ("description_en",
             QCoreApplication.translate("EventsPage", "Description (English)")),
            ("parent_id",
             QCoreApplication.translate("EventsPage", "Part of")),
            ("season_id",
             QCoreApplication.translate("EventsPage", "Season")),
        ]
        theirs_record: list[EventRecord] = []

        def load_theirs() -> dict | None:
            row = current_event(self.page.store.engine, before.uid)
            theirs_record[:] = [row] if row is not None else []
            return asdict(row) if row is not None else None

        def save(expected: dict, new: dict) -> EventRecord:
            merged = replace(theirs_record[0], **{k: new[k] for k, _l in fields})
            return save_event(self.page.store.engine, merged)

        saved = resolve(self.page, f"“{after.name_sv}”", fields, asdict(before), asdict(after),
                        load_theirs, save)
        return (theirs_record[0], saved) if saved is not None else None

    def new_event_on(self, day: date | None) -> None:
        snap = self.page.complete_snapshot()  # the pickers' lists
        if snap is None:
            return
        day = day or to_local(self.page.clock()).date()
        start = to_utc(datetime.combine(day, time(10, 0)))
        draft = EventRecord(
            id=None,
            uid=uuid.uuid4().hex,
            name_sv="",
            kind=EventKind.PROGRAMME.value,
            status=EventStatus.PLANNED.value,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            season_id=self.page.ui.season.currentData(),
        )
        dialog = EventDialog(snap, draft, self.page)
        dialog.setWindowTitle(QCoreApplication.translate("EventsPage", "New event"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(QCoreApplication.translate("EventsPage", "New event"), None, dialog.record())

    def edit_event(self, event_id: int | None) -> None:
        snap = self.page.complete_snapshot()  # the pickers' lists
        event = snap.event(event_id) if snap else None
        if event is None:
            return
        dialog = EventDialog(snap, event, self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            after = dialog.record()
            if after != event:
                self.save(
                    QCoreApplication.translate("EventsPage", "Edit %1").replace(
                        "%1", after.name_sv
                    ),
                    event,
                    after,
                )

    def duplicate_selected(self) -> None:
        snap = self.page.snapshot
        event = snap.event(self.page.selected_id) if snap else None
        if event is None:
            return
        copy = replace(
            event,
            id=None,
            uid=uuid.uuid4().hex,
            version=0,
            source_uid=None,
            milestone=False,
            name_sv=QCoreApplication.translate("EventsPage", "%1 (copy)").replace(
                "%1", event.name_sv
            ),
        )
        self.save(
            QCoreApplication.translate("EventsPage", "Duplicate %1").replace("%1", event.name_sv),
            None,
            copy,
        )

    def cancel_selected(self) -> None:
        snap = self.page.snapshot
        event = snap.event(self.page.selected_id) if snap else None
        if event is None or event.status == EventStatus.CANCELLED.value:
            return
        self.save(
            QCoreApplication.translate("EventsPage", "Cancel %1").replace("%1", event.name_sv),
            event,
            replace(event, status=EventStatus.CANCELLED.value),
        )

    # --- tasks ------------------------------------------------------------------------------

    def _selected_task_id(self) -> int | None:
        index = self.page.ui.tasksTable.currentIndex()
        return self.page.tasks_model.row_at(index.row()).key if index.isValid() else None

    def edit_selected_task(self) -> None:
        task_id = self._selected_task_id()
        if task_id is not None:
            self.edit_task(task_id)

    def edit_task(self, task_id: int | None) -> None:
        from destination_norberg.gui.events.task_dialog import TaskDialog

        snap = self.page.complete_snapshot()  # the pickers' lists
        event = snap.event(self.page.selected_id) if snap else None
        if event is None:
            return
        before = next((t for t in snap.tasks if t.id == task_id), None)
        dialog = TaskDialog(
            snap.persons,
            event.id,
            before,
            default_due=to_local(event.starts_at).date() - timedelta(days=7),
            parent=self.page,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_task(before, dialog.record())

    def toggle_task_done(self) -> None:
        snap = self.page.snapshot
        task = (
            next((t for t in snap.tasks if t.id == self._selected_task_id()), None)
            if snap
            else None
        )
        if task is not None:
            self.save_task(task, replace(task, done=not task.done))

    def _event_uid(self, event_id: int) -> str:
        event = self.page.snapshot.event(event_id) if self.page.snapshot else None
        return event.uid if event else ""

    def save_task(self, before: Any, after: Any) -> None:
        from destination_norberg.app.planning_edit import save_task

        try:
            saved = save_task(self.page.store.engine, after)
        except Exception as exc:  # noqa: BLE001
            self.report(exc)
            return
        text = QCoreApplication.translate("EventsPage", "Task %1").replace("%1", saved.title)
        self.page.undo_stack.push(
            SaveTaskCommand(text, before, saved, self._event_uid(saved.event_id),
                            **self.services())
        )
        self.after_edit()

    def copy_last_years_tasks(self) -> None:
        """The checklist of the same event a year earlier (by name without the year)."""
        from destination_norberg.app.planning_edit import save_tasks
        from destination_norberg.core.next_year import copy_tasks, rename_year

        snap = self.page.snapshot
        event = snap.event(self.page.selected_id) if snap else None
        if event is None:
            return
        year = to_local(event.starts_at).year
        last = next(
            (
                e
                for e in snap.events
                if to_local(e.starts_at).year == year - 1
                and rename_year(e.name_sv, year - 1, year) == event.name_sv
            ),
            None,
        )
        if last is None or not snap.tasks_of(last.id):
            QMessageBox.information(
                self.page,
                QCoreApplication.translate("EventsPage", "Copy last year's checklist"),
                QCoreApplication.translate(
                    "EventsPage", "There is no event with this name and tasks in %1."
                ).replace("%1", str(year - 1)),
            )
            return
        tasks = copy_tasks(snap.tasks_of(last.id), last.starts_at, event.starts_at, event.id)
        try:
            saved = save_tasks(self.page.store.engine, tasks)
        except Exception as exc:  # noqa: BLE001
            self.report(exc)
            return
        self.page.undo_stack.beginMacro(
            QCoreApplication.translate("EventsPage", "Copy last year's checklist")
        )
        for task in saved:
            self.page.undo_stack.push(
                SaveTaskCommand(
                    QCoreApplication.translate("EventsPage", "Task %1").replace("%1", task.title),
                    None,
                    task,
                    event.uid,
                    **self.services(),
                )
            )
        self.page.undo_stack.endMacro()
        self.after_edit()

    # --- next year, import, export ----------------------------------------------------------

    def copy_next_year(self) -> None:
        """Next year's week with its season and stråk: gui.events.year_editor."""
        self.year.copy_next_year()

    def import_ics(self, path: str | None = None) -> None:
        from destination_norberg.gui.events.import_dialog import ImportDialog

        snap = self.page.snapshot
        if snap is None:
            return
        dialog = ImportDialog(self.page.store, snap, self.page.ui.season.currentData(), path,
                              runner=self.page.runner, parent=self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
            return
        inserted, updated = dialog.result_
        if inserted or updated:
            self.page.undo_stack.push(
                AddEventsCommand(
                    dialog.undo_label(),
                    inserted,
                    {},
                    updated,
                    **self.services(),
                )
            )
        self.after_edit()

    def export_ics(self, path: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from destination_norberg.app.calendar import export_ics

        snap = self.page.snapshot
        if snap is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.page,
                QCoreApplication.translate("EventsPage", "Export a calendar"),
                "norberg.ics",
                QCoreApplication.translate("EventsPage", "Calendars (*.ics)"),
            )
            if not path:
                return
        events = self.page.visible_events()
        name = self.page.ui.season.currentText()
        try:
            count = export_ics(
                events, Path(path), calendar_name=name, now=self.page.clock(),
                language=self.page.language,
            )
        except Exception as exc:  # noqa: BLE001
            self.report(exc)
            return
        self.page.window().statusBar().showMessage(
            QCoreApplication.translate(
                "EventsPage", "%n event(s) exported to %1.", "", count
            ).replace("%1", path),
            10_000,
        )

    # --- stråk ------------------------------------------------------------------------------

    def save_strak(self, before: Any, after: Any) -> None:
        from destination_norberg.app.planning_edit import save_strak
        from destination_norberg.gui.events.commands import SaveStrakCommand

        try:
            saved = save_strak(self.page.store.engine, after)
        except Exception as exc:  # noqa: BLE001
            self.report(exc)
            return
        self.page.undo_stack.push(
            SaveStrakCommand(
                QCoreApplication.translate("EventsPage", "Edit %1").replace("%1", saved.name),
                before,
                saved,
                **self.services(),
            )
        )
        self.after_edit()

    def export_strak(self, path: str | None = None) -> None:
        """The stråk chosen in the stråk tab, as a weekly repeating calendar entry."""
        from PySide6.QtWidgets import QFileDialog

        from destination_norberg.app.calendar import export_strak_ics

        strak = self.page.strak_page.original
        if strak is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.page,
                QCoreApplication.translate("EventsPage", "Export a calendar"),
                f"{strak.name}.ics",
                QCoreApplication.translate("EventsPage", "Calendars (*.ics)"),
            )
            if not path:
                return
        try:
            export_strak_ics(strak, Path(path), now=self.page.clock(), language=self.page.language)
        except Exception as exc:  # noqa: BLE001
            self.report(exc)
            return
        self.page.window().statusBar().showMessage(
            QCoreApplication.translate("EventsPage", "%1 exported to %2.")
            .replace("%1", strak.name)
            .replace("%2", path),
            10_000,
        )
