"""When two coordinators edit the same row: their version against mine, field by field.

A save names the version it started from; when someone saved in between, the store refuses
(ConflictError) and nothing is lost: this dialog shows the fields where their version and
mine differ, with what each had, and lets the user keep theirs, keep mine, or merge by
choosing per field. Fields I changed default to mine, fields only they changed to theirs,
so a plain "Merge" keeps both people's work.

`resolve(...)` runs the whole exchange for a save path: read theirs, ask, save the choice
against their version (which may conflict again, and is asked again).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.common import labels

THEIRS, MINE = "theirs", "mine"
MAX_ROUNDS = 3  # someone saving again and again while the user decides


def shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, datetime):
        return labels.fmt_local(value)
    if isinstance(value, date):
        return labels.fmt_day(value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list | tuple):
        return ", ".join(shown(v) for v in value) or "—"
    return str(value)


class ConflictDialog(QDialog):
    """The differing fields; `choice()` says "theirs", "mine" or "merge", and `merged()`
    the values to save (theirs with the fields the user took from mine)."""

    def __init__(self, what: str, fields: Sequence[tuple[str, str]], base: dict[str, Any],
                 theirs: dict[str, Any], mine: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base, self.theirs, self.mine = base, theirs, mine
        self._choice = THEIRS
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.resize(720, 420)
        intro = QLabel(self.tr(
            "Someone else saved %1 while you were editing it. Nothing has been lost: choose "
            "what to keep, field by field, or all of theirs or all of yours.").replace(
            "%1", what), self)
        intro.setWordWrap(True)
        self.keys = [(k, label) for k, label in fields if theirs.get(k) != mine.get(k)]
        self.table = QTableWidget(len(self.keys), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Theirs"),
                                              self.tr("Yours"), self.tr("Keep")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (key, label) in enumerate(self.keys):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(shown(theirs.get(key))))
            self.table.setItem(row, 2, QTableWidgetItem(shown(mine.get(key))))
            pick = QComboBox(self.table)
            pick.addItem(self.tr("theirs"), THEIRS)
            pick.addItem(self.tr("yours"), MINE)
            # Only they changed it: theirs; I changed it (alone or both did): mine, since
            # that is the edit in hand; the row shows both either way.
            mine_changed = mine.get(key) != base.get(key)
            pick.setCurrentIndex(1 if mine_changed else 0)
            self.table.setCellWidget(row, 3, pick)
        buttons = QDialogButtonBox(self)
        self.theirs_button = QPushButton(self.tr("Keep theirs"), self)
        self.mine_button = QPushButton(self.tr("Keep mine"), self)
        self.merge_button = QPushButton(self.tr("Merge as chosen"), self)
        for button, role, choice in (
                (self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole, THEIRS),
                (self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole, MINE),
                (self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole, "merge")):
            buttons.addButton(button, role)
            button.clicked.connect(lambda _=False, c=choice: self._finish(c))
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)

    def _finish(self, choice: str) -> None:
        self._choice = choice
        if choice == THEIRS:
            self.reject()
        else:
            self.accept()

    def choice(self) -> str:
        return self._choice

    def picks(self) -> dict[str, str]:
        return {key: self.table.cellWidget(row, 3).currentData()
                for row, (key, _label) in enumerate(self.keys)}

    def merged(self) -> dict[str, Any]:
        """Their version with what I keep of mine (all of it for "Keep mine")."""
        out = dict(self.theirs)
        for key, _label in self.keys:
            if self._choice == MINE or (self._choice == "merge"
                                        and self.picks()[key] == MINE):
                out[key] = self.mine.get(key)
        return out


def resolve(parent: QWidget, what: str, fields: Sequence[tuple[str, str]],
            base: dict[str, Any], mine: dict[str, Any],
            load_theirs: Callable[[], dict[str, Any] | None],
            save: Callable[[dict[str, Any], dict[str, Any]], Any],
            ask: Callable[[ConflictDialog], int] | None = None) -> Any:
    """After a ConflictError: show theirs against mine and save what the user keeps.

    `save(expected, new)` writes `new` over `expected` (their version); it may raise
    ConflictError again when someone saved once more, and the user is asked again. Returns
    what `save` returned, or None when the user kept theirs (or the row is gone).
    """
    from destination_norberg.app.errors import ConflictError

    for _round in range(MAX_ROUNDS):
        theirs = load_theirs()
        if theirs is None:
            return None
        dialog = ConflictDialog(what, fields, base, theirs, mine, parent)
        result = ask(dialog) if ask is not None else dialog.exec()
        if result != QDialog.DialogCode.Accepted or dialog.choice() == THEIRS:
            return None
        try:
            return save(theirs, dialog.merged())
        except ConflictError:
            base = theirs
            continue
    return None
