"""Import a partner's .ics: pick the file and season, see what happens, then import.

The file is read and compared with the database in a worker (a large calendar takes a
while; Cancel closes the dialog and the result is dropped); nothing is written until OK,
and then everything is written in one unit (or nothing, if anything fails). The preview
lists every date a repeating event takes in the season, the events whose dates fall outside
the season (greyed, left out unless "Include …" is ticked) and the events the file holds
that cannot be read (with the reason).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from destination_norberg.core.timeutil import to_local
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.combos import fill_combo, select_data
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.messages import words
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel
from destination_norberg.gui.events.planning_data import PlanningSnapshot, PlanningStore
from destination_norberg.gui.forms.import_dialog_ui import Ui_ImportDialog


class ImportDialog(QDialog):
    """After OK, `result_` is (inserted, [(before, after)]) as written."""

    def __init__(self, store: PlanningStore, snapshot: PlanningSnapshot,
                 season_id: int | None, path: str | None = None,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.store = store
        self.runner = runner
        self._reading = 0  # the newest read; an older one that finishes late is dropped
        self.preview: Any = None
        self.result_: Any = None
        self.file_name = ""
        self.season_names = {s.id: s.name for s in snapshot.seasons}
        fill_combo(self.ui.season, [(s.id, s.name) for s in snapshot.seasons
                                    if not s.archived or s.id == season_id], self.tr("(none)"))
        select_data(self.ui.season, season_id)
        self.model = SnapshotTableModel(parent=self)
        self.ui.preview.setModel(self.model)
        self.ui.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.season.currentIndexChanged.connect(self._read)
        self.ui.includeOutside.setVisible(False)
        self.ui.includeOutside.toggled.connect(lambda _checked: self._read())
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a calendar"), "",
                                                  self.tr("Calendars (*.ics *.ical *.ifb)"))
        self.path = Path(path) if path else None
        self._read()

    def _ok(self) -> Any:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _read(self) -> None:
        """Read and compare in the background; the preview appears when it is done."""
        from destination_norberg.app.calendar import preview_import

        self.preview = None
        self.model.set_rows([])
        self._ok().setEnabled(False)
        if self.path is None:
            self.ui.fileName.setText(self.tr("(no file chosen)"))
            return
        self.file_name = self.path.name
        self.ui.fileName.setText(plain(str(self.path)))
        self.ui.summary.setStyleSheet("")
        self.ui.summary.setText(self.tr("Reading the file…"))
        self._reading += 1
        ticket = self._reading
        engine, path, season = self.store.engine, self.path, self.ui.season.currentData()
        include = self.ui.includeOutside.isChecked()

        def job() -> Any:
            return preview_import(engine, path, season, include)

        def done(preview: Any) -> None:
            if ticket == self._reading:
                self._show(preview)

        def failed(exc: BaseException) -> None:
            if ticket == self._reading:
                self.ui.summary.setText(self.tr("This file cannot be imported: %1").replace(
                    "%1", user_message(exc)))
                self.ui.summary.setStyleSheet("color: #b3261e")

        if self.runner is None:  # no pool (tests of the dialog alone): read here
            try:
                done(job())
            except Exception as exc:  # noqa: BLE001 - IcalError, OSError … told alike
                failed(exc)
        else:
            self.runner.run(job, done, failed)

    @property
    def ready(self) -> bool:
        return self._ok().isEnabled()

    def _show(self, preview: Any) -> None:
        self.preview = p = preview
        action_text = {"new": self.tr("new"), "update": self.tr("update"),
                       "same": self.tr("unchanged")}
        self.model.set_headers([self.tr("What happens"), self.tr("When"), self.tr("Event"),
                                self.tr("Place")])
        def what(item: Any) -> str:
            text = action_text[item.action]
            old = item.existing
            if old is not None and old.season_id != item.record.season_id:
                text += " " + self.tr("(moves from %1)").replace(
                    "%1", self.season_names.get(old.season_id, self.tr("no season")))
            return text

        def when(instant: Any) -> str:
            return labels.fmt_local(instant) + f" {to_local(instant):%Y}"

        left_out = self.tr("left out: outside the season")
        self.model.set_rows(
            [Row(cells=(what(i), when(i.record.starts_at), i.record.name_sv,
                        i.record.place_name or ""),
                 tone="muted" if i.action == "same" else None) for i in p.plan]
            + [Row(cells=(left_out, when(e.starts_at), e.summary, e.location), tone="muted")
               for e in p.outside])
        parts = [self.tr("%n new,", "", p.count("new")),
                 self.tr("%n changed,", "", p.count("update")),
                 self.tr("%n unchanged.", "", p.count("same"))]
        if p.outside:
            parts.append(self.tr("%n outside the season's dates, left out.", "",
                                 len(p.outside)))
        if p.refused:
            parts.append(self.tr("%n cannot be read, left out (see below).", "",
                                 len(p.refused)))
        self.ui.summary.setText(" ".join(parts))
        outside = len(p.outside) or (p.include_outside and self.ui.includeOutside.isChecked())
        self.ui.includeOutside.setVisible(bool(outside))
        if p.outside:
            self.ui.includeOutside.setText(self.tr(
                "Import the %n event(s) outside the season's dates too", "", len(p.outside)))
        # the reader's sentences in the window's language (gui/common/messages.py)
        self.ui.warnings.setText("<br>".join(escape(w, quote=False)
                                             for w in words([*p.refused, *p.warnings])))
        self._ok().setEnabled(p.count("new") + p.count("update") > 0)

    def undo_label(self) -> str:
        """What the import's undo step says: how many events, from which file."""
        inserted, updated = self.result_ or ([], [])
        return self.tr("Import %n event(s) from %1", "", len(inserted) + len(updated)) \
            .replace("%1", self.file_name)

    def accept(self) -> None:
        from destination_norberg.app.calendar import apply_import

        if self.preview is None:
            return
        try:
            self.result_ = apply_import(self.store.engine, self.preview)
        except Exception as exc:  # noqa: BLE001
            self.ui.summary.setText(plain(self.tr("Nothing was imported: %1").replace(
                "%1", user_message(exc))))
            self.ui.summary.setStyleSheet("color: #b3261e")
            return
        super().accept()
