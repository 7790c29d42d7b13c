"""Dialogs for the snow log: a storage measurement, a day of production, a guarantee target.

Each edits one plain dict of store.snow_write's columns and hands back the new one from
`values()`; the spin boxes' ranges keep numbers sane, and what a range cannot say (a name,
at least one loop) is checked on OK with the reason shown in the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from destination_norberg.gui.common import labels
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.forms.production_dialog_ui import Ui_ProductionDialog
from destination_norberg.gui.forms.storage_dialog_ui import Ui_StorageDialog
from destination_norberg.gui.forms.target_dialog_ui import Ui_TargetDialog
from destination_norberg.gui.snow import texts as texts

Values = dict[str, Any]
PROBLEM_STYLE = "color: #b3261e"


def _text(edit: Any) -> str:
    return edit.toPlainText().strip() if hasattr(edit, "toPlainText") else edit.text().strip()


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)

    def _wire(self, ui: Any) -> None:
        ui.problem.setStyleSheet(PROBLEM_STYLE)
        ui.problem.setVisible(False)
        ui.buttonBox.accepted.connect(self._try_accept)
        ui.buttonBox.rejected.connect(self.reject)

    def problem(self) -> str:
        return ""

    def _try_accept(self) -> None:
        why = self.problem()
        self.ui.problem.setText(plain(why))
        self.ui.problem.setVisible(bool(why))
        if not why:
            self.accept()


class StorageDialog(_Dialog):
    """A volume measurement of a snow pile; the pile is one of those measured before or new."""

    def __init__(self, values: Values | None, piles: Sequence[str], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StorageDialog()
        self.ui.setupUi(self)
        self._wire(self.ui)
        self.before = values
        ui, v = self.ui, values or {}
        ui.pile.addItems(sorted(set(piles)))
        ui.pile.setCurrentText(v.get("pile") or (piles[0] if piles else ""))
        ui.measuredOn.setDate(labels.qdate(v.get("measured_on") or today))
        ui.volume.setValue(float(v.get("volume_m3") or 0.0))
        ui.method.setText(v.get("method") or "")
        ui.note.setPlainText(v.get("note") or "")
        self.setWindowTitle(self.tr("New storage measurement") if values is None
                            else self.tr("Storage measurement"))

    def problem(self) -> str:
        if not self.ui.pile.currentText().strip():
            return self.tr("Name the snow pile.")
        return ""

    def values(self) -> Values:
        ui = self.ui
        return {**(self.before or {}), "pile": ui.pile.currentText().strip(),
                "measured_on": ui.measuredOn.date().toPython(),
                "volume_m3": float(ui.volume.value()), "method": _text(ui.method),
                "note": _text(ui.note)}


class ProductionDialog(_Dialog):
    """One day of snowmaking: cannons, hours each, the volume and the wet-bulb temperature."""

    def __init__(self, values: Values | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProductionDialog()
        self.ui.setupUi(self)
        self._wire(self.ui)
        self.before = values
        ui, v = self.ui, values or {}
        ui.producedOn.setDate(labels.qdate(v.get("produced_on") or today))
        ui.cannons.setValue(int(v.get("cannons") or 1))
        ui.hours.setValue(float(v.get("hours") or 0.0))
        ui.volume.setValue(float(v.get("volume_m3") or 0.0))
        wet = v.get("wet_bulb_c")
        ui.hasWetBulb.setChecked(wet is not None)
        ui.wetBulb.setValue(float(wet) if wet is not None else -4.0)
        ui.wetBulb.setEnabled(wet is not None)
        ui.hasWetBulb.toggled.connect(ui.wetBulb.setEnabled)
        ui.note.setPlainText(v.get("note") or "")
        self.setWindowTitle(self.tr("New production entry") if values is None
                            else self.tr("Production entry"))

    def problem(self) -> str:
        if self.ui.volume.value() > 0 and self.ui.hours.value() == 0:
            return self.tr("Snow was produced: enter the hours the cannons ran.")
        return ""

    def values(self) -> Values:
        ui = self.ui
        return {**(self.before or {}), "produced_on": ui.producedOn.date().toPython(),
                "cannons": int(ui.cannons.value()), "hours": float(ui.hours.value()),
                "volume_m3": float(ui.volume.value()),
                "wet_bulb_c": float(ui.wetBulb.value()) if ui.hasWetBulb.isChecked() else None,
                "note": _text(ui.note)}


class TargetDialog(_Dialog):
    """A promise: a track of so many km with so much snow by a date, on the loops that count."""

    def __init__(self, values: Values | None, events: Sequence[tuple[int, str, date]],
                 loops: Sequence[tuple[int, str, float]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TargetDialog()
        self.ui.setupUi(self)
        self._wire(self.ui)
        self.before = values
        ui, v = self.ui, values or {}
        ui.name.setText(v.get("name") or "")
        ui.deadline.setDate(labels.qdate(v.get("deadline") or today))
        ui.requiredKm.setValue(float(v.get("required_km") or 4.0))
        ui.minDepth.setValue(round(v.get("min_depth_cm") or 30))
        ui.event.addItem(self.tr("(none)"), None)
        for event_id, name, day in events:
            ui.event.addItem(f"{name} · {labels.fmt_day(day)}", event_id)
        chosen = ui.event.findData(v.get("event_id"))
        ui.event.setCurrentIndex(max(chosen, 0))
        linked = set(v.get("trail_ids") or [])
        for trail_id, name, length_m in loops:
            item = QListWidgetItem(f"{name} ({texts.km(length_m / 1000.0)} km)", ui.loops)
            item.setData(Qt.ItemDataRole.UserRole, trail_id)
            item.setCheckState(Qt.CheckState.Checked if trail_id in linked
                               else Qt.CheckState.Unchecked)
        ui.notes.setPlainText(v.get("notes") or "")
        self.setWindowTitle(self.tr("New snow-guarantee target") if values is None
                            else self.tr("Snow-guarantee target"))

    def checked_loops(self) -> list[int]:
        lw = self.ui.loops
        return [int(lw.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lw.count())
                if lw.item(i).checkState() == Qt.CheckState.Checked]

    def problem(self) -> str:
        if not self.ui.name.text().strip():
            return self.tr("Give the target a name.")
        if not self.checked_loops():
            return self.tr("Tick at least one loop that counts towards the target.")
        return ""

    def values(self) -> Values:
        ui = self.ui
        return {**(self.before or {}), "name": ui.name.text().strip(),
                "deadline": ui.deadline.date().toPython(),
                "required_km": float(ui.requiredKm.value()),
                "min_depth_cm": float(ui.minDepth.value()),
                "event_id": ui.event.currentData(), "notes": _text(ui.notes),
                "trail_ids": self.checked_loops()}
