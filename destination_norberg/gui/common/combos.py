"""Combo boxes over (value, text) pairs: the pickers of the dialogs and filters, and one
shared list of choices for pickers repeated on every row."""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QListView, QWidget

from destination_norberg.gui.common.plain import tip


def fill_combo(combo: QComboBox, items: Iterable[tuple[object, str]],
               none_text: str | None) -> None:
    """Replace the entries; `none_text` first (with the value None) when given."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for value, text in items:
        combo.addItem(text, value)


def select_data(combo: QComboBox, value: object) -> None:
    """Select the entry holding `value`, or the first one."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def show_start(combo: QComboBox) -> None:
    """An editable drop-down too narrow for its name shows the name's beginning ("Pensionat
    Slagg…", not "…t Slaggstenen"), and all of it on hover; not while the user types in it."""
    edit = combo.lineEdit()
    if edit is None:
        return
    combo.setToolTip(tip(combo.currentText()) if combo.currentText() else "")
    if not edit.hasFocus():
        edit.setCursorPosition(0)


class SharedChoices:
    """One list of (value, text) choices for many pickers (every component row of a package
    picks among all organisations): the texts live once, in C++ (a QStringListModel), the
    values in a list beside them, so a new picker costs no matter how long the list is.
    `none_text` is the first entry, with the value None."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.model = QStringListModel(parent)
        self.values: list[object] = [None]
        self._rows: dict[object, int] = {None: 0}
        self._pickers: list[QComboBox] = []

    def set_choices(self, items: Iterable[tuple[object, str]], none_text: str) -> None:
        """Replace the choices; the pickers keep the values they show (a reread while a
        package is edited must not blank its rows)."""
        pairs = list(items)
        texts = [none_text, *(text for _value, text in pairs)]
        values = [None, *(value for value, _text in pairs)]
        if values == self.values and texts == self.model.stringList():
            return
        self._pickers = [c for c in self._pickers if shiboken6.isValid(c)]
        kept = [self.value_of(c) for c in self._pickers]
        self.values = values
        self._rows = {value: row for row, value in enumerate(values)}
        self.model.setStringList(texts)
        for combo, value in zip(self._pickers, kept, strict=True):
            combo.setCurrentIndex(self.row_of(value))
            show_start(combo)

    def row_of(self, value: object) -> int:
        """The row of `value`; 0 (the none entry) for a value not among the choices."""
        return self._rows.get(value, 0)

    def picker(self, parent: QWidget, value: object) -> QComboBox:
        """An editable drop-down over the shared list, `value` selected; typing any part of
        a name offers the matching ones (a completer), for lists too long to scroll."""
        combo = QComboBox(parent)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setModel(self.model)
        # Every row the same height: under the window's style sheet a list view otherwise
        # measures each of its 100,000 rows when the picker is first shown (a second each).
        view = combo.view()
        if isinstance(view, QListView):
            view.setUniformItemSizes(True)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = QListView()  # before the completer makes its own (which measures every row)
        popup.setUniformItemSizes(True)
        completer.setPopup(popup)
        combo.setCurrentIndex(self.row_of(value))
        show_start(combo)
        combo.currentIndexChanged.connect(lambda _row: show_start(combo))
        combo.lineEdit().editingFinished.connect(lambda: show_start(combo))
        self._pickers.append(combo)
        return combo

    def value_of(self, combo: QComboBox) -> object:
        """The value picked in a `picker`; None when the typed text names no choice."""
        row = combo.currentIndex()
        if row < 0 or combo.currentText() != combo.itemText(row):
            return None
        return self.values[row] if row < len(self.values) else None
