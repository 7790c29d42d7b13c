""""Import groomer track…": a GPS track's covered trails, chosen and reported in one undo step.

The file is chosen first, then read and matched in the worker pool (app.groomer_track, the
rule of core.groomer_track); the dialog lists each covered trail with its share and the time
the track left it (Norberg time), checked when it can be reported. OK writes the reports in
one unit and the window's undo stack gets one step that removes exactly those rows. Beside
the list a map (gui.trails.groomer_map) shows the track over the loops around it: the
checked ones strong, a covered one unchecked dashed, the others faint; ticking a trail in
the list redraws it. The worker prepares the map's lines with the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.app.groomer_track import GroomerPreview, read_preview, write_track
from destination_norberg.core.trail_register import ReportDraft
from destination_norberg.gui.common.labels import fmt_stamp
from destination_norberg.gui.common.plain import plain

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

class GroomerDialog(QDialog):
    """The covered trails of one track; `result_` = (drafts, ids) after a successful OK."""

    def __init__(self, preview: GroomerPreview, engine: Callable[[], Any],
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview, self.engine, self.clock = preview, engine, clock
        self.result_: tuple[list[ReportDraft], list[int]] | None = None
        self.setObjectName("groomerDialog")
        self.setWindowTitle(translate("GroomerDialog", "Import groomer track"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([
            translate("GroomerDialog", "Trail"), translate("GroomerDialog", "Covered"),
            translate("GroomerDialog", "Groomed"), translate("GroomerDialog", "Note")])
        from destination_norberg.gui.trails.groomer_map import GroomerMap

        self.map = GroomerMap(self)
        self.split = split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.map)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.author = QLineEdit(self)
        self.author.setPlaceholderText(translate("GroomerDialog", "Who groomed (optional)"))
        layout.addWidget(self.author)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        p = self.preview
        year = self.clock().year
        no_time = translate("GroomerDialog", "no time")
        reported = translate("GroomerDialog", "already reported")
        untimed = translate("GroomerDialog", "the track has no time here")
        for m in p.trails:
            item = QTreeWidgetItem([
                plain(m.name), f"{round(m.share * 100)} %",
                fmt_stamp(m.groomed_at, year) if m.groomed_at else no_time,
                reported if m.already else ("" if m.groomed_at else untimed)])
            item.setData(0, Qt.ItemDataRole.UserRole, m.trail_id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if not m.reportable:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(0, Qt.CheckState.Checked if m.reportable
                               else Qt.CheckState.Unchecked)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        wanted = sum(self.list.columnWidth(c) for c in range(4)) + 2 * self.list.frameWidth() + 24
        self.split.setSizes([wanted, max(self.width() - wanted, 360)])  # the list uncut
        if not p.trails:
            text = translate("GroomerDialog", "The track in {file} covers no ski loop or MTB "
                             "trail (at least 60 % of a trail within 25 m of the track).")
        else:
            text = translate("GroomerDialog", "The track in {file} covers these trails (at "
                             "least 60 % of each within 25 m). Each checked trail gets a "
                             "grooming report at the time the track left it. The style "
                             "(classic or skate) cannot be told from a GPS track and is left "
                             "unknown.")
        self.summary.setText(text.replace("{file}", p.file))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(p.reportable))
        self.map.show_preview(p, self.chosen())
        self.list.itemChanged.connect(lambda _item, _column: self.map.set_checked(
            self.chosen()))

    def chosen(self) -> list[int]:
        return [int(self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole))
                for i in range(self.list.topLevelItemCount())
                if self.list.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def undo_label(self) -> str:
        n = len(self.result_[0]) if self.result_ else 0
        return translate("GroomerDialog", "Groomer track {file}: {n} grooming(s)").replace(
            "{file}", self.preview.file).replace("{n}", str(n))

    def accept(self) -> None:
        from destination_norberg.gui.common.errors import user_message

        chosen = self.chosen()
        if not chosen:
            self.problem.setText(translate("GroomerDialog", "Check at least one trail to report."))
            self.problem.setVisible(True)
            return
        try:
            self.result_ = write_track(self.engine(), self.preview, chosen,
                                       self.author.text(), self.clock())
        except Exception as exc:  # noqa: BLE001 - told in the dialog, nothing written
            self.problem.setText(plain(user_message(exc)))
            self.problem.setVisible(True)
            return
        super().accept()


def import_groomer_track(page: Any, path: str | None = None) -> bool:
    """Choose a GPX, read and match it in the worker pool, show the dialog; on OK push the
    reports as one undo step. True when written."""
    from destination_norberg.core.progress import Cancelled
    from destination_norberg.gui.common.jobs import run_and_wait
    from destination_norberg.gui.trails.commands import AddReportsCommand

    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            page, translate("GroomerDialog", "Import groomer track"), "",
            translate("GroomerDialog", "GPS tracks (*.gpx)"))
        if not path:
            return False
    try:
        preview = run_and_wait(page.runner, page, lambda _progress: read_preview(
            page.store.url, Path(path)), translate("GroomerDialog", "Reading the track…"), None)
    except Cancelled:
        return False
    except Exception as exc:  # noqa: BLE001 - a bad file is told in one sentence
        page._report(exc)
        return False
    dialog = GroomerDialog(preview, lambda: page.store.engine, page.clock, page)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
        return False
    drafts, ids = dialog.result_
    page.undo_stack.push(AddReportsCommand(dialog.undo_label(), drafts, ids,
                                           engine=lambda: page.store.engine,
                                           changed=page._after_edit, report=page._report))
    page._after_edit()
    return True


def add_groomer_action(page: Any) -> Any:
    """"Import groomer track…" in the trail register's More menu (kept as
    `page.groomer_action`); its words follow the window's language."""
    from destination_norberg.gui.trails.zone_dialog import OnLanguageChange

    menu = page.ui.moreButton.menu()
    menu.addSeparator()
    action = menu.addAction("")
    action.setObjectName("groomerTrackAction")

    def name() -> None:
        action.setText(translate("GroomerDialog", "Import groomer track…"))
        action.setToolTip(QCoreApplication.translate(
            "GroomerDialog", "Grooming reports for the ski loops and MTB trails a snow "
            "groomer's or trail crew's GPS track (GPX) covered, after a preview, in one "
            "undoable step."))

    page._groomer_names = OnLanguageChange(page, name)
    action.triggered.connect(lambda: import_groomer_track(page))
    page.groomer_action = action
    return action
