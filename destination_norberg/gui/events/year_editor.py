"""The events area's year-to-year edits: next year's winter week with its season and stråk,
the seasons dialog, a new stråk and a stråk copied to the next season.

Each writes one bundle in one unit (app.planning_year) and pushes one undo step that says
what it did; then the page is told which season (or stråk) to show once it has read again.
The EventEditor (gui.events.editor) hands these over; the texts keep the EventsPage context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import EventKind
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.plain import plain


def tell(parent: QWidget, title: str, text: str) -> None:
    """What an action did, in one message (tests replace it)."""
    QMessageBox.information(parent, title, plain(text))


class YearEditor:
    def __init__(self, editor: Any) -> None:
        self.editor = editor  # gui.events.editor.EventEditor
        self.page = editor.page

    def _push(self, text: str, bundle: Any, saved: Any) -> None:
        from destination_norberg.gui.events.commands import BundleCommand

        self.page.undo_stack.push(BundleCommand(text, bundle, saved,
                                                **self.editor.services()))

    def _write(self, bundle: Any) -> Any | None:
        from destination_norberg.app.planning_year import write

        try:
            return write(self.page.store.engine, bundle)
        except Exception as exc:  # noqa: BLE001 - told, nothing pushed
            self.editor.report(exc)
            return None

    # --- next year's week ---------------------------------------------------------------

    def copy_next_year(self) -> None:
        from destination_norberg.gui.events.next_year_dialog import NextYearDialog

        snap = self.page.snapshot
        if snap is None:
            return
        selected = snap.event(self.page.selected_id)
        week = selected.id if selected and selected.kind == EventKind.WEEK.value else None
        dialog = NextYearDialog(snap, week, self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan is None:
            return
        plan = dialog.final_plan()
        saved = self._write(plan.bundle)
        if saved is None:
            return
        week_copy = plan.weeks[0].copies[0].new
        self._push(self._label(plan), plan.bundle, saved)
        self.page.show_after_load(saved.season_id, saved.events[0].id,
                                  to_local(week_copy.starts_at).date())
        if saved.strak:  # the stråk tab opens on the new stråk too
            self.page.strak_page.show_after_load(saved.strak[0].id)
        self.editor.after_edit()
        tell(self.page, QCoreApplication.translate("EventsPage", "Next year's winter week"),
             self._what_it_did(plan, saved))

    @staticmethod
    def _label(plan: Any) -> str:
        """"Kopiera Vintervecka 2027 till Vintervecka 2028 i Vinter 2027/28 med …"."""
        first = plan.weeks[0].copies[0]
        label = QCoreApplication.translate("EventsPage", "Copy %1 to %2 in %3").replace(
            "%1", first.source.name_sv).replace("%2", first.new.name_sv).replace(
            "%3", plan.target.name)
        if plan.strak:
            label += " " + QCoreApplication.translate("EventsPage", "with %1").replace(
                "%1", ", ".join(copy.name for _source, copy in plan.strak))
        return label

    @staticmethod
    def _what_it_did(plan: Any, saved: Any) -> str:
        target, count, tasks = plan.target, plan.event_count, saved.tasks
        lines = [QCoreApplication.translate(
            "EventsPage", "%n event(s) copied into %1.", "", count).replace(
            "%1", target.name)]
        if target.created:
            lines.append(QCoreApplication.translate(
                "EventsPage", "The season %1 was created (%2 – %3).").replace(
                "%1", target.name).replace("%2", labels.fmt_date(target.starts_on)).replace(
                "%3", labels.fmt_date(target.ends_on)))
        else:
            lines.append(QCoreApplication.translate(
                "EventsPage", "The season %1 was there already.").replace("%1", target.name))
        if tasks:
            lines.append(QCoreApplication.translate(
                "EventsPage", "%n task(s) copied, all open again.", "", tasks))
        for _source, copy in plan.strak:
            lines.append(QCoreApplication.translate(
                "EventsPage", "%1 copied: %2 – %3, on the same weekdays.").replace(
                "%1", copy.name).replace("%2", labels.fmt_date(copy.period_start)).replace(
                "%3", labels.fmt_date(copy.period_end)))
        lines.append(QCoreApplication.translate(
            "EventsPage", "Edit → Undo takes all of it back in one step."))
        return "\n".join(lines)

    # --- seasons ------------------------------------------------------------------------

    def open_seasons(self) -> None:
        from destination_norberg.gui.events.seasons_dialog import SeasonsDialog

        dialog = SeasonsDialog(self.editor, self.page)
        dialog.exec()

    # --- stråk --------------------------------------------------------------------------

    def new_strak(self) -> None:
        from destination_norberg.app.errors import AppError
        from destination_norberg.app.planning_year import plan_new_strak
        from destination_norberg.gui.events.strak_dialogs import NewStrakDialog

        snap = self.page.snapshot
        if snap is None:
            return
        dialog = NewStrakDialog(snap, self.page.ui.season.currentData(), self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        season = dialog.season()
        try:
            plan = plan_new_strak(dialog.name(), season, snap.strak)
        except AppError as exc:
            self.editor.report(exc)
            return
        saved = self._write(plan.bundle)
        if saved is None:
            return
        text = QCoreApplication.translate("EventsPage", "New stråk %1 in %2")
        self._push(text.replace("%1", plan.strak.name).replace("%2", season.name),
                   plan.bundle, saved)
        self.page.strak_page.show_after_load(saved.strak[0].id)
        self.editor.after_edit()

    def copy_strak(self) -> None:
        from destination_norberg.gui.events.strak_dialogs import CopyStrakDialog

        snap = self.page.snapshot
        strak = self.page.strak_page.original
        if snap is None or strak is None:
            return
        dialog = CopyStrakDialog(snap, strak, self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan is None:
            return
        plan = dialog.plan
        saved = self._write(plan.bundle)
        if saved is None:
            return
        text = QCoreApplication.translate("EventsPage", "Copy %1 to %2 in %3")
        self._push(text.replace("%1", strak.name).replace("%2", plan.copy.name).replace(
            "%3", plan.target.name), plan.bundle, saved)
        self.page.strak_page.show_after_load(saved.strak[0].id)
        self.editor.after_edit()
