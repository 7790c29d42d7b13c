"""The Volunteers tab's actions: a shift added, changed or deleted as one undo step each, the
roster PDF (the whole plan, one place, one person) and a person's calendar, both written in
a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMainWindow

from destination_norberg.core.volunteers import Shift
from destination_norberg.gui.common.undo import StoreCommand

#: The tab (gui.volunteers.page.VolunteersPage; not imported: no import cycle).
VolunteersPage = Any




def values_of(shift: Shift) -> dict[str, Any]:
    """The shift as the writes take it, from the plan shown (no read on the UI thread)."""
    return {"id": shift.id, "uid": shift.uid, "version": shift.version,
            "event_id": shift.event_id, "place": shift.place, "role": shift.role,
            "starts_at": shift.starts_at, "ends_at": shift.ends_at, "needed": shift.needed,
            "note": shift.note, "people": sorted(p.uid for p in shift.people)}


def _label(values: dict[str, Any]) -> str:
    return f"{values['role']}, {values['place']}"


def _events(page: VolunteersPage) -> list[tuple[int, str]]:
    """The chosen event and its parts (a winter week's races), for the shift's event."""
    chosen = page.event_id()
    return [(e.id, e.name_sv) for e in page.all_events
            if e.id == chosen or e.parent_id == chosen]


def edit_shift(page: VolunteersPage, shift: Shift | None,
               dialog_hook: Callable[[Any], bool] | None = None) -> None:
    """The shift dialog; OK saves the shift (new or changed, its people too) as one step.
    `dialog_hook(dialog)` fills and accepts the dialog instead of showing it (tests)."""
    from destination_norberg.gui.volunteers.shift_dialog import ShiftDialog

    plan = page.plan
    if plan is None:
        return
    before = values_of(shift) if shift is not None else None
    dialog = ShiftDialog(page, events=_events(page), candidates=page.candidates,
                         places=plan.places(), roles=sorted({s.role for s in plan.shifts}),
                         shift=before or {"event_id": page.event_id()},
                         default_day=page.default_day())
    try:
        accepted = (dialog_hook(dialog) if dialog_hook is not None
                    else dialog.exec() == QDialog.DialogCode.Accepted)
        if not accepted:
            return
        after = dialog.values()
    finally:
        dialog.deleteLater()
    if before is None:
        text = QCoreApplication.translate("VolunteersPage", "Add shift: %1")
        text = text.replace("%1", _label(after))
        page.push(text, None, after)
        return
    from destination_norberg.app.volunteers import same_shift

    if same_shift(before, after):
        return
    text = QCoreApplication.translate("VolunteersPage", "Change shift: %1")
    text = text.replace("%1", _label(after))
    page.push(text, before, after)


def delete_shift(page: VolunteersPage, shift: Shift) -> None:
    """Delete the shift and who was on it (undo brings both back)."""
    before = values_of(shift)
    text = QCoreApplication.translate("VolunteersPage", "Delete shift: %1")
    text = text.replace("%1", _label(before))
    page.push(text, before, None)


def _tell(page: VolunteersPage, text: str) -> None:
    page.last_message = text
    window = page.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10_000)


def _language() -> str:
    from destination_norberg.gui.documents.output import current_language

    return current_language() or "sv"


def print_roster(page: VolunteersPage, what: str, path: str | None = None) -> None:
    """`what`: "all", "place" (the selected shift's) or "person" (the selected one)."""
    from destination_norberg.app.errors import AppError
    from destination_norberg.app.volunteers import roster_of, write_roster
    from destination_norberg.gui.documents.roster import write_roster as writer

    plan = page.plan
    if plan is None:
        return
    shift = page.selected_shift()
    try:
        if what == "place" and shift is not None:
            roster = roster_of(plan, place=shift.place)
        elif what == "person" and page.selected_person() is not None:
            roster = roster_of(plan, person_id=page.selected_person())
        else:
            roster = roster_of(plan)
    except AppError as exc:
        page.report(exc)
        return
    name = "-".join(x for x in (plan.event_name, roster.heading) if x)
    suggested = QCoreApplication.translate("VolunteersPage", "roster") + f" {name}.pdf"
    path = path or page.save_name(
        QCoreApplication.translate("VolunteersPage", "Print roster"), suggested,
        QCoreApplication.translate("VolunteersPage", "PDF documents (*.pdf)"))
    if not path:
        return
    out, lang = Path(path), _language()
    done = QCoreApplication.translate("VolunteersPage", "The roster was written to %1.").replace(
        "%1", str(out))
    page.runner.run(lambda: write_roster(roster, out, writer, lang),
                    lambda _r: _tell(page, done), page.report)


def export_calendar(page: VolunteersPage, path: str | None = None) -> None:
    """The selected person's shifts as an .ics file."""
    from destination_norberg.app.volunteers import write_person_calendar

    plan, person = page.plan, page.selected_person()
    if plan is None or person is None:
        return
    name = next((p.name for p in plan.people() if p.person_id == person), "")
    path = path or page.save_name(
        QCoreApplication.translate("VolunteersPage", "Export calendar"), f"{name}.ics",
        QCoreApplication.translate("VolunteersPage", "Calendars (*.ics)"))
    if not path:
        return
    out, now = Path(path), page.clock()
    done = QCoreApplication.translate("VolunteersPage", "%1's shifts were exported to %2.")
    done = done.replace("%1", name).replace("%2", str(out))
    page.runner.run(lambda: write_person_calendar(plan, person, out, now),
                    lambda _r: _tell(page, done), page.report)


class ImportVolunteersCommand(StoreCommand):
    """A volunteer list imported: undo deletes the persons it created and takes those it
    listed off the list; redo imports the same rows again."""

    def __init__(self, text: str, done: Any, today: date, **services: Any) -> None:
        super().__init__(text, **services)
        self.done, self.today = done, today

    def apply(self) -> None:
        from destination_norberg.app.volunteers import add_volunteers

        self.done = add_volunteers(self.engine(), self.done.rows, self.today,
                                   self.done.rejected)

    def revert(self) -> None:
        from destination_norberg.app.volunteers import remove_volunteers

        remove_volunteers(self.engine(), self.done)


def import_list(page: VolunteersPage, path: str | None = None) -> None:
    """A volunteer list (CSV/XLSX) read and stored in a worker, then one undo step."""
    from destination_norberg.app.volunteers import import_volunteers

    path = path or page.open_name(
        QCoreApplication.translate("VolunteersPage", "Import a volunteer list"),
        QCoreApplication.translate("VolunteersPage", "Volunteer lists (*.csv *.xlsx *.txt)"))
    if not path:
        return
    source, today, engine = Path(path), page.clock().date(), page.store.engine

    def done(result: Any) -> None:
        text = QCoreApplication.translate("VolunteersPage", "Import volunteers from %1")
        page.undo_stack.push(ImportVolunteersCommand(
            text.replace("%1", source.name), result, today, engine=lambda: page.store.engine,
            changed=page.after_edit, report=page.report))
        said = QCoreApplication.translate(
            "VolunteersPage", "New on the volunteer list: %1; already known: %2; "
            "not imported: %3.").replace("%1", str(result.added)).replace(
            "%2", str(result.known)).replace("%3", str(len(result.rejected)))
        no_name = QCoreApplication.translate("VolunteersPage", "Row %1: no name.")
        no_consent = QCoreApplication.translate(
            "VolunteersPage", "Row %1: %2 has not given consent and was not imported.")
        lines = [(no_consent if why == "no_consent" else no_name).replace(
            "%1", str(row)).replace("%2", name) for row, why, name in result.rejected[:20]]
        page.tell("\n".join([said, *lines]))
        page.after_edit()

    page.runner.run(lambda: import_volunteers(engine, source, today), done, page.report)
