""""Import counter data…" and "Counters…" in the trail register's More menu (issue 20).

The import: a CSV file is chosen, read and checked in the worker pool
(app.counters_edit.read_preview: a bad row refuses the whole file with the rows named, and
nothing is written); the preview lists each counter in the file with its counts, its first
and last interval and a trail to tie it to (the tie it has now; a counter never seen before
suggests none). OK imports in the pool, and the window's undo stack gets ONE step whose undo
puts back what the import replaced (app.counters_edit.undo_import).

"Counters…" lists every counter known with its trail and last count; OK saves the changed
ties as one undo step. The trail page's chart and the board's report read app.counters, so
they follow the ties at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.app.counters_edit import (
    CountersPreview,
    CountersStep,
    KnownCounter,
    Trail,
    import_step,
    read_known_counters,
    read_preview,
    redo_import,
    tie_counters,
    undo_import,
)
from destination_norberg.gui.common.labels import fmt_stamp
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.undo import StoreCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def trail_combo(trails: Sequence[Trail], current: int | None, parent: QWidget) -> QComboBox:
    """A trail to tie a counter to: "no trail" first, then the trails by name (a retired
    trail only when it is the current tie)."""
    combo = QComboBox(parent)
    combo.addItem(translate("CountersDialog", "— no trail —"), None)
    for t in trails:
        if t.retired and t.id != current:
            continue
        combo.addItem(plain(t.name), t.id)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    return combo


def _combo_trail(combo: QComboBox) -> int | None:
    value = combo.currentData()
    return None if value is None else int(value)


def _table(parent: QWidget, headers: Sequence[str], rows: int) -> QTableWidget:
    table = QTableWidget(rows, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(plain(text))
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fit(table: QTableWidget, stretch: int) -> None:
    header = table.horizontalHeader()
    table.resizeColumnsToContents()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setColumnWidth(stretch, max(table.columnWidth(stretch), 200))


class CountersImportDialog(QDialog):
    """The counters of one file, each with a trail to tie it to; `ties()` as chosen."""

    def __init__(self, preview: CountersPreview, year: int, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setObjectName("countersImportDialog")
        self.setWindowTitle(translate("CountersDialog", "Import counter data"))
        self.resize(760, 340)
        layout = QVBoxLayout(self)
        locale = QLocale()
        first = min(c.first for c in preview.counters)
        last = max(c.last for c in preview.counters)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(translate(
            "CountersDialog",
            "{file} holds {n} counts from {k} counter(s), {first} – {last}. Counts these "
            "counters already have in those hours are replaced, so a file imported again "
            "counts nothing twice.").replace("{file}", preview.file)
            .replace("{n}", locale.toString(preview.intervals))
            .replace("{k}", str(len(preview.counters)))
            .replace("{first}", fmt_stamp(first)).replace("{last}", fmt_stamp(last)))
        layout.addWidget(self.summary)
        headers = [translate("CountersDialog", "Counter"),
                   translate("CountersDialog", "Visitors"),
                   translate("CountersDialog", "First"), translate("CountersDialog", "Last"),
                   translate("CountersDialog", "Trail")]
        self.table = _table(self, headers, len(preview.counters))
        self.combos: dict[str, QComboBox] = {}
        new = translate("CountersDialog", "new")
        for row, c in enumerate(preview.counters):
            label = c.code + (f" – {c.name}" if c.name else "") + ("" if c.known
                                                                   else f" ({new})")
            self.table.setItem(row, 0, _item(label))
            self.table.setItem(row, 1, _item(locale.toString(c.total), right=True))
            self.table.setItem(row, 2, _item(fmt_stamp(c.first, year)))
            self.table.setItem(row, 3, _item(fmt_stamp(c.last, year)))
            combo = trail_combo(preview.trails, c.trail_id, self.table)
            self.combos[c.code] = combo
            self.table.setCellWidget(row, 4, combo)
        _fit(self.table, 4)
        layout.addWidget(self.table, 1)
        self.note = QLabel(translate(
            "CountersDialog",
            "A counter left without a trail keeps its counts but is shown on no trail's "
            "chart and not in the board's report until it is tied to one (More → "
            "Counters…)."), self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("CountersDialog", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def ties(self) -> dict[str, int | None]:
        return {code: _combo_trail(combo) for code, combo in self.combos.items()}


class CountersImportCommand(StoreCommand):
    """An import done; undo puts back what it replaced, redo imports again."""

    def __init__(self, text: str, step: CountersStep, **services: Any) -> None:
        super().__init__(text, **services)
        self.step = step

    def apply(self) -> None:
        redo_import(self.engine(), self.step)

    def revert(self) -> None:
        undo_import(self.engine(), self.step)


class TiesCommand(StoreCommand):
    """Counters tied to other trails: (code, before, after) each, one step."""

    def __init__(self, text: str, changes: Sequence[tuple[str, int | None, int | None]],
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.changes = list(changes)

    def apply(self) -> None:
        tie_counters(self.engine(), self.changes)

    def revert(self) -> None:
        tie_counters(self.engine(), [(c, after, before) for c, before, after in self.changes])


def _services(page: Any) -> dict[str, Any]:
    def changed() -> None:
        page._after_edit()
        page.visitors.show_trail(page.current_id)  # the chart follows the counts and ties

    return {"engine": lambda: page.store.engine, "changed": changed, "report": page._report}


def _in_worker(page: Any, fn: Callable[[], Any], label: str) -> Any:
    from destination_norberg.gui.common.jobs import run_and_wait

    return run_and_wait(page.runner, page, lambda _progress: fn(), label, None, maximum=0,
                        min_duration=400)


def import_counters_file(page: Any, path: str | None = None) -> bool:
    """Choose a counter export, read it in the pool, show the preview; on Import write it in
    the pool and push one undo step. True when imported."""
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            page, translate("CountersDialog", "Import counter data"), "",
            translate("CountersDialog", "Counter exports (*.csv *.txt);;All files (*)"))
        if not path:
            return False
    try:
        preview = _in_worker(page, lambda: read_preview(page.store.url, Path(path)),
                             translate("CountersDialog", "Reading the counts…"))
    except Exception as exc:  # noqa: BLE001 - a bad file is told in one sentence
        page._report(exc)
        return False
    dialog = CountersImportDialog(preview, page.clock().year, page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    ties = dialog.ties()
    try:
        step = _in_worker(page, lambda: import_step(page.store.engine, preview, ties),
                          translate("CountersDialog", "Importing the counts…"))
    except Exception as exc:  # noqa: BLE001 - told; nothing was written (one unit)
        page._report(exc)
        return False
    label = translate("CountersDialog", "Import counter data {file}: {n} counts").replace(
        "{file}", preview.file).replace("{n}", str(step.counts))
    services = _services(page)
    page.undo_stack.push(CountersImportCommand(label, step, **services))
    services["changed"]()
    return True


class CountersDialog(QDialog):
    """Every counter known, its trail (editable), its last count; `changes()` after OK."""

    def __init__(self, counters: Sequence[KnownCounter], trails: Sequence[Trail], year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counters = list(counters)
        self.setObjectName("countersDialog")
        self.setWindowTitle(translate("CountersDialog", "Counters"))
        self.resize(880, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "CountersDialog",
            "Each trail counter and the trail its counts are shown on. A counter without "
            "a trail is counted on none."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = [translate("CountersDialog", "Counter"),
                   translate("CountersDialog", "Last counted"),
                   translate("CountersDialog", "Trail")]
        self.table = _table(self, headers, len(self.counters))
        self.combos: list[QComboBox] = []
        locale, none = QLocale(), translate("CountersDialog", "no counts")
        for row, c in enumerate(self.counters):
            self.table.setItem(row, 0, _item(c.code + (f" – {c.name}" if c.name else "")))
            last = (translate("CountersDialog", "{n} in the 24 hours to {time}").replace(
                "{n}", locale.toString(c.last_count or 0)).replace(
                "{time}", fmt_stamp(c.last_at, year)) if c.last_at is not None else none)
            self.table.setItem(row, 1, _item(last))
            combo = trail_combo(trails, c.trail_id, self.table)
            self.combos.append(combo)
            self.table.setCellWidget(row, 2, combo)
        _fit(self.table, 2)
        layout.addWidget(self.table, 1)
        if not self.counters:
            layout.addWidget(QLabel(translate(
                "CountersDialog",
                "No counter yet: import counter data first (More → Import counter data…)."),
                self))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def changes(self) -> list[tuple[str, int | None, int | None]]:
        return [(c.code, c.trail_id, _combo_trail(combo))
                for c, combo in zip(self.counters, self.combos, strict=True)
                if _combo_trail(combo) != c.trail_id]


def edit_counters(page: Any) -> bool:
    """"Counters…": read the counters in the pool, show them; the changed ties saved as one
    undo step. True when something changed."""
    try:
        counters, trails = _in_worker(page, lambda: read_known_counters(page.store.url),
                                      translate("CountersDialog", "Reading the counters…"))
    except Exception as exc:  # noqa: BLE001 - told in one sentence
        page._report(exc)
        return False
    dialog = CountersDialog(counters, trails, page.clock().year, page)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changes():
        return False
    changes = dialog.changes()
    try:
        tie_counters(page.store.engine, changes)
    except Exception as exc:  # noqa: BLE001 - told; nothing was written (one unit)
        page._report(exc)
        return False
    names = {t.id: t.name for t in trails}
    if len(changes) == 1:
        code, _before, after = changes[0]
        label = (translate("CountersDialog", "Counter {code} tied to {trail}").replace(
            "{trail}", names.get(after, "")) if after is not None
            else translate("CountersDialog", "Counter {code} untied")).replace("{code}", code)
    else:
        label = translate("CountersDialog", "Counters: {n} ties changed").replace(
            "{n}", str(len(changes)))
    services = _services(page)
    page.undo_stack.push(TiesCommand(label, changes, **services))
    services["changed"]()
    return True


def add_counter_actions(page: Any) -> tuple[Any, Any]:
    """"Import counter data…" and "Counters…" in the More menu (kept as
    `page.counters_import_action`, `page.counters_action`)."""
    from destination_norberg.gui.trails.zone_dialog import OnLanguageChange

    menu = page.ui.moreButton.menu()
    importing = menu.addAction("")
    importing.setObjectName("countersImportAction")
    editing = menu.addAction("")
    editing.setObjectName("countersAction")

    def name() -> None:
        importing.setText(translate("CountersDialog", "Import counter data…"))
        importing.setToolTip(translate(
            "CountersDialog",
            "Visitors from a trail counter's export (Eco-Counter and similar CSV), each "
            "counter tied to a trail, in one undoable step."))
        editing.setText(translate("CountersDialog", "Counters…"))
        editing.setToolTip(translate(
            "CountersDialog", "The trail counters known and the trail each is tied to."))

    page._counter_names = OnLanguageChange(page, name)
    importing.triggered.connect(lambda: import_counters_file(page))
    editing.triggered.connect(lambda: edit_counters(page))
    page.counters_import_action, page.counters_action = importing, editing
    return importing, editing
