"""The business network: every organisation in one searchable table, one in detail.

The whole network is read in the worker pool (app.network) and shown through a
FastTableModel, so a search over 100,000 organisations and their 200,000 people answers
within a keystroke (debounced) and a sort within a fifth of a second. Choosing a row reads
that organisation's page — its people, where it takes part, its contact timeline — in the
worker again. Every edit is saved, pushed on the window's undo stack, and read back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from html import escape
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from destination_norberg.app.network import (
    NetworkSnapshot,
    OrganisationDetail,
    read_organisation,
)
from destination_norberg.core.network import follow_up_due, not_contacted_since
from destination_norberg.core.text import swedish_key
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import OrgCategory
from destination_norberg.gui.common import labels, table_fit
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.fast_table import KEY_ROLE, FastTableModel
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.forms.network_page_ui import Ui_NetworkPage
from destination_norberg.gui.network.feed import contact_entries, note, people_entries
from destination_norberg.gui.network.mail_history import MailMenu
from destination_norberg.gui.network.table_rows import NetworkRows, read_rows, table_rows

SEARCH_DELAY_MS = 150
COLUMN_WIDTHS = (210, 110, 95, 130, 160, 95, 95, 100)
#: name, category, town, tags, people, last contact, follow-up, org. number: what a narrow
#: table leaves out first; the two dates are always shown whole.
DROP_ORDER = (7, 2, 3, 4, 1)
WHOLE_COLUMNS = (5, 6)
MUTED = "#5b6670"


class NetworkPage(QWidget):
    """`loaded` after each read is shown; `show_on_map(org id)` asks the map to show one;
    `changed` after an edit (the overview's follow-ups follow)."""

    loaded = Signal()
    failed = Signal(str)
    changed = Signal()
    show_on_map = Signal(int)

    def __init__(self, store: PlanningStore, runner: TaskRunner, undo_stack: QUndoStack,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.undo_stack, self.clock = store, runner, undo_stack, clock
        self.ui = ui = Ui_NetworkPage()
        ui.setupUi(self)
        self.snapshot: NetworkSnapshot | None = None
        self.detail: OrganisationDetail | None = None
        self.current_id: int | None = None
        self.loader: AreaLoader[NetworkRows] = AreaLoader(
            runner, lambda: partial(read_rows, self.store.url, self.today()),
            self._on_snapshot,
            state=ui.state, failed=self.failed)
        self.model = FastTableModel(parent=self)
        ui.table.setModel(self.model)
        ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name until the user sorts
        ui.table.verticalHeader().setVisible(False)
        ui.table.verticalHeader().setDefaultSectionSize(26)
        ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The columns fit the table, the name takes the rest; a narrow table leaves out the
        # organisation number, then the town, the tags, the people (the detail shows them).
        self.columns = table_fit.fit_columns(ui.table, COLUMN_WIDTHS, DROP_ORDER,
                                             whole=WHOLE_COLUMNS)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([800, 420])
        self.setMinimumSize(480, 400)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        ui.search.textChanged.connect(lambda _t: self._search_timer.start())
        for signal in (ui.categoryFilter.currentIndexChanged, ui.followUpsDue.toggled,
                       ui.notContacted.toggled, ui.months.valueChanged):
            signal.connect(lambda *_a: self.apply_filter())
        ui.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.table.doubleClicked.connect(lambda _i: self.edit_organisation())
        ui.details.anchorClicked.connect(self._open_link)
        self.feed, self.people = ui.feed, ui.people
        self.feed.triggered.connect(self._act)
        self.people.triggered.connect(self._act)
        ui.newOrgButton.clicked.connect(lambda: self.edit_organisation(new=True))
        ui.editOrgButton.clicked.connect(lambda: self.edit_organisation())
        ui.newPersonButton.clicked.connect(lambda: self.edit_person(None))
        ui.newInteractionButton.clicked.connect(lambda: self.edit_interaction(None))
        ui.showOnMapButton.clicked.connect(
            lambda: self.current_id is not None and self.show_on_map.emit(self.current_id))
        ui.importButton.clicked.connect(self._import)
        ui.exportButton.clicked.connect(self._export)
        ui.duplicatesButton.clicked.connect(self._duplicates)
        ui.gdprButton.clicked.connect(self._gdpr)
        ui.mailButton.setMenu(MailMenu(self))  # write, the mailings, the server
        self._fill_filters()
        self._retranslate()
        self._show_detail()

    def today(self) -> date:
        return to_local(self.clock()).date()

    # --- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.loader.reload()

    def load_blocking(self) -> None:
        self.loader.load_blocking()
        if self.current_id is not None:
            self._on_detail(read_organisation(self.store.url, self.current_id))

    def needs_load(self) -> bool:
        return self.snapshot is None

    def _on_snapshot(self, rows: NetworkRows) -> None:
        """The read with its table built in the worker (gui.network.table_rows): only the
        hand-over to the model runs here."""
        self.snapshot = rows.snapshot
        self.model.set_rows(rows.columns, rows.keys, rows.haystack, rows.tones,
                            rows.numeric, rows.ranks)
        self.columns.refit()  # the dates as long as they are
        self.apply_filter()
        self.ui.state.setVisible(False)
        self._restore_selection()
        self.loaded.emit()

    def _mask(self) -> np.ndarray | None:
        ui, snapshot = self.ui, self.snapshot
        if snapshot is None:
            return None
        orgs, today = snapshot.organisations, self.today()
        mask = np.ones(len(orgs), bool)
        chosen = ui.categoryFilter.currentData()
        if chosen:
            mask &= np.fromiter((o.category == chosen for o in orgs), bool, len(orgs))
        if ui.followUpsDue.isChecked():
            mask &= np.fromiter((follow_up_due(o.next_follow_up, False, today) for o in orgs),
                                bool, len(orgs))
        if ui.notContacted.isChecked():
            months = ui.months.value()
            mask &= np.fromiter((not_contacted_since(o.last_contact, today, months)
                                 for o in orgs), bool, len(orgs))
        return None if mask.all() else mask

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.ui.search.text(), self._mask())
        self._show_summary()
        self._restore_selection()

    def _show_summary(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        people = len(self.snapshot.persons) if self.snapshot else 0
        text = self.tr("%1 of %2 organisations · %3 people").replace("%1", f"{shown:,}")\
            .replace("%2", f"{total:,}").replace("%3", f"{people:,}").replace(",", "\u202f")
        self.ui.summary.setText(f"<span style='color:{MUTED}'>{escape(text)}</span>")

    # --- selection and the detail -----------------------------------------------------------

    def select_most_urgent(self) -> bool:
        """The organisation whose follow-up is most overdue (for the screenshot)."""
        if self.snapshot is None:
            return False
        due = [o for o in self.snapshot.organisations if o.next_follow_up is not None]
        if not due:
            return False
        return self.select_organisation(min(due, key=lambda o: o.next_follow_up).id)

    def select_organisation(self, org_id: int) -> bool:
        row = self.model.row_of_key(org_id)
        if row is None:
            return False
        self.ui.table.selectRow(row)
        self.ui.table.scrollTo(self.model.index(row, 0))
        return True

    def _restore_selection(self) -> None:
        if self.current_id is not None and self.model.row_of_key(self.current_id) is not None:
            self.select_organisation(self.current_id)

    def _selection_changed(self, *_args: Any) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        org_id = rows[0].data(KEY_ROLE) if rows else None
        if org_id == self.current_id and self.detail is not None:
            return
        self.current_id = org_id
        self.detail = None
        self._show_detail()
        if org_id is not None:
            self.runner.run(partial(read_organisation, self.store.url, org_id),
                            self._on_detail, self.loader.fail)

    def _on_detail(self, detail: OrganisationDetail | None) -> None:
        if detail is None or detail.organisation.id != self.current_id:
            return
        self.detail = detail
        self._show_detail()

    def _show_detail(self) -> None:
        from destination_norberg.gui.network.detail import detail_html

        ui, d = self.ui, self.detail
        chosen = self.current_id is not None
        for button in (ui.editOrgButton, ui.newPersonButton, ui.newInteractionButton):
            button.setEnabled(d is not None)
        ui.showOnMapButton.setEnabled(d is not None and d.organisation.has_location)
        self._tab_titles(d)
        if not chosen:
            ui.detailTitle.setText(self.tr("No organisation selected"))
            hint = self.tr("Choose an organisation to see its people, where it takes part and "
                           "every contact with it. Search by name, tag, category or a "
                           "person's name.")
            ui.details.setHtml(escape(hint))
            self.feed.set_entries([note(hint)])
            self.people.set_entries([])
            return
        if d is None:
            reading = self.tr("Reading…")  # outside the f-string: lupdate reads it
            ui.details.setHtml(f"<span style='color:{MUTED}'>{escape(reading)}</span>")
            if self.feed.shown_for != self.current_id:  # after an edit: kept until read
                self.feed.set_entries([note(reading)])
                self.people.set_entries([])
            return
        ui.detailTitle.setText(plain(d.organisation.name))
        ui.details.setHtml(detail_html(d))
        self.feed.set_entries(contact_entries(d, self.today()), d.organisation.id)
        self.people.set_entries(people_entries(d, self.today()), d.organisation.id)

    def _tab_titles(self, d: OrganisationDetail | None) -> None:
        tabs = self.ui.detailTabs
        contacts, people = self.tr("Contacts"), self.tr("People")
        if d is not None:
            contacts = f"{contacts} ({len(d.interactions)})"
            people = f"{people} ({len(d.persons)})"
        tabs.setTabText(tabs.indexOf(self.ui.contactsTab), contacts)
        tabs.setTabText(tabs.indexOf(self.ui.peopleTab), people)

    def _act(self, action: str, what: str, uid: str) -> None:
        """An action on a person or a contact (gui.network.action_list): edit, remove, or
        tick a follow-up off."""
        d = self.detail
        if d is None:
            return
        person = next((p for p in d.persons if p.uid == uid), None)
        contact = next((i for i in d.interactions if i.uid == uid), None)
        if what == "person" and person is not None:
            if action == "edit":
                self.edit_person(person.uid)
            elif action == "remove":
                self.remove("person", person.uid, person.name)
        elif what == "interaction" and contact is not None:
            if action == "edit":
                self.edit_interaction(contact.uid)
            elif action == "remove":
                self.remove("interaction", contact.uid, labels.fmt_day(contact.occurred_on))
            elif action == "done":
                self._save("interaction", self._load("interaction", uid), "done",
                           self.tr("Follow-up done"))

    def _open_link(self, url: QUrl) -> None:
        """The website in the facts opens in the browser; nothing else is a link."""
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    # --- editing ----------------------------------------------------------------------------

    def _load(self, kind: str, uid: str) -> dict | None:
        from destination_norberg.app.network_edit import load

        try:
            return load(self.store.engine, kind, uid)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self.report_error(exc)
            return None

    def edit_organisation(self, new: bool = False) -> None:
        from destination_norberg.app.capacity import capacity_of
        from destination_norberg.gui.common.capacity_fields import save_with_capacity
        from destination_norberg.gui.network.dialogs import OrganisationDialog

        before = None if new else (self.detail and self._load(
            "organisation", self.detail.organisation.uid))
        if not new and before is None:
            return
        dialog = OrganisationDialog(before, self)
        dialog.map_source = self._map_source()
        capacity = capacity_of(self.store.engine, before["id"], None) if before else None
        dialog.capacity.set_figures(capacity)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.values()
        text = (self.tr("New organisation %1") if new else self.tr("Edit %1")).replace(
            "%1", after["name"])
        saved = save_with_capacity(  # the capacity with it, in the same undo step
            self, lambda: self._save("organisation", before, after, text), text, before,
            capacity, dialog.capacity_figures())
        if saved is not None and new:
            self.current_id = saved["id"]

    def _map_source(self) -> Any:
        """The map's layers read in the picker's worker, for orientation (gui.map)."""
        from destination_norberg.app.map import read_map
        from destination_norberg.core.trails import DEFAULT_STALE_DAYS

        return partial(read_map, self.store.url, self.clock(), DEFAULT_STALE_DAYS)

    def edit_person(self, uid: str | None) -> None:
        from destination_norberg.gui.network.dialogs import PersonDialog

        d = self.detail
        if d is None or self.snapshot is None:
            return
        before = self._load("person", uid) if uid else None
        if uid and before is None:
            return
        orgs = sorted(((o.id, o.name) for o in self.snapshot.organisations),
                      key=lambda t: swedish_key(t[1]))
        start = before or {"organisation_id": d.organisation.id}
        dialog = PersonDialog(start, orgs, self.today(), self)
        if before is None:
            dialog.setWindowTitle(self.tr("New person"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.values()
        text = (self.tr("Edit %1") if before else self.tr("New person %1")).replace(
            "%1", after["name"])
        self._save("person", before, after, text)

    def edit_interaction(self, uid: str | None) -> None:
        from destination_norberg.gui.network.dialogs import InteractionDialog

        d = self.detail
        if d is None:
            return
        before = self._load("interaction", uid) if uid else None
        if uid and before is None:
            return
        people = [(p.id, p.name) for p in d.persons]
        dialog = InteractionDialog(before, people, self.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = {**dialog.values(), "organisation_id": d.organisation.id}
        text = (self.tr("Edit contact with %1") if before
                else self.tr("Contact with %1")).replace("%1", d.organisation.name)
        self._save("interaction", before, after, text)

    def remove(self, kind: str, uid: str, what: str) -> None:
        from destination_norberg.app.network_edit import delete_row
        from destination_norberg.gui.network.commands import RemoveRowCommand

        before = self._load(kind, uid)
        if before is None:
            return
        try:
            removed = delete_row(self.store.engine, kind, before)
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self.report_error(exc)
            return
        self.undo_stack.push(RemoveRowCommand(
            self.tr("Remove %1").replace("%1", what), kind, removed,
            engine=lambda: self.store.engine, changed=self._after_edit,
            report=self.report_error))
        self._after_edit()

    def _save(self, kind: str, before: dict | None, after: Any, text: str) -> dict | None:
        """Save now, then push the undo step; a failure is told and pushes nothing."""
        from destination_norberg.gui.network.commands import NetworkRowCommand, step

        if after == "done":  # tick a follow-up off
            if before is None:
                return None
            after = {**before, "follow_up_done": True}
        from destination_norberg.app.errors import ConflictError

        try:
            saved = step(self.store.engine, kind, before, after)
        except ConflictError:
            if before is None:
                raise
            resolved = self._resolve_conflict(kind, before, after)
            if resolved is None:  # kept theirs (or it is gone): show what is there now
                self._after_edit()
                return None
            before, saved = resolved
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self.report_error(exc)
            return None
        self.undo_stack.push(NetworkRowCommand(text, kind, before, saved,
                                               engine=lambda: self.store.engine,
                                               changed=self._after_edit,
                                               report=self.report_error))
        self._after_edit()
        return saved

    def _resolve_conflict(self, kind: str, before: dict, after: dict
                          ) -> tuple[dict, dict] | None:
        """Someone else saved the row meanwhile: theirs against mine, field by field."""
        from destination_norberg.app.network_edit import FIELDS, load, update_row
        from destination_norberg.gui.common.conflict_dialog import resolve
        from destination_norberg.gui.network.tools import field_label

        labels_ = {"opening_hours": self.tr("Opening hours"), "location": self.tr("Location"),
                   "legal_basis": self.tr("Legal basis"), "occurred_on": self.tr("Date"),
                   "kind": self.tr("Kind"), "note": self.tr("Note"),
                   "follow_up_on": self.tr("Follow-up"), "person_ids": self.tr("People"),
                   "organisation_id": self.tr("Organisation")}
        fields = [(k, labels_.get(k) or field_label(k)) for k in FIELDS[kind]]
        theirs: list[dict] = []

        def load_theirs() -> dict | None:
            row = load(self.store.engine, kind, before["uid"])
            theirs[:] = [row] if row is not None else []
            return row

        saved = resolve(self, f"“{after.get('name') or before.get('name') or ''}”", fields,
                        before, after, load_theirs,
                        lambda expected, new: update_row(self.store.engine, kind, expected,
                                                         new))
        return (theirs[0], saved) if saved is not None else None

    def _after_edit(self) -> None:
        self.detail = None
        if self.current_id is not None:
            self._show_detail()
            self.runner.run(partial(read_organisation, self.store.url, self.current_id),
                            self._on_detail, self.loader.fail)
        self.reload()
        self.changed.emit()

    def report_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), plain(user_message(exc)))

    # --- tools (gui.network_tools) ------------------------------------------------------------

    def _import(self) -> None:
        from destination_norberg.gui.network.tools import run_import

        run_import(self)

    def _export(self) -> None:
        from destination_norberg.gui.network.tools import run_export

        run_export(self)

    def _duplicates(self) -> None:
        from destination_norberg.gui.network.tools import DuplicatesDialog

        DuplicatesDialog(self).exec()

    def _gdpr(self) -> None:
        from destination_norberg.gui.network.tools import GdprDialog

        GdprDialog(self).exec()

    # --- language -----------------------------------------------------------------------

    def _fill_filters(self) -> None:
        combo = self.ui.categoryFilter
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All categories"), None)
        for category in OrgCategory:
            combo.addItem(labels.org_category(str(category)), str(category))
        combo.setCurrentIndex(max(combo.findData(kept), 0))
        combo.blockSignals(False)

    def _retranslate(self) -> None:
        self.model.set_headers([self.tr("Name"), self.tr("Category"), self.tr("Town"),
                                self.tr("Tags"), self.tr("People"), self.tr("Last contact"),
                                self.tr("Follow-up"), self.tr("Org. number")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_filters()
            self._retranslate()
            if self.snapshot is not None:
                self._on_snapshot(table_rows(self.snapshot, self.today()))
            self._show_detail()
        super().changeEvent(event)
