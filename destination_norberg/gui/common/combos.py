"""Combo boxes over (value, text) pairs: the pickers of the dialogs and filters."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


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
