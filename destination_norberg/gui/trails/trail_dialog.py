"""A trail's attributes: name, kind, its stage in life (planned, under construction, open,
retired), the three gradings, area, lighting and descriptions.

The geometry, and the length computed from it, are not edited here: they come from the
map import or the map's line editor (gui.map.line_editor). A colour and an IMBA level that
disagree by convention are allowed (the trail builder may know better) but said under the
form, as the register's card does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from destination_norberg.core.trail_register import grade_consistent
from destination_norberg.core.vocab import GradeColour, TrailKind, TrailLifecycle
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.forms.trail_dialog_ui import Ui_TrailDialog
from destination_norberg.gui.snow.texts import km
from destination_norberg.gui.trails.life_words import LIFE_ORDER, lifecycle_label
from destination_norberg.gui.trails.report_dialog import kind_label

Values = dict[str, Any]


class TrailDialog(CheckedDialog):
    def __init__(self, values: Values, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrailDialog()
        self.ui.setupUi(self)
        self.before = values
        ui, v = self.ui, values
        self.check_on_ok()
        ui.name.setText(v.get("name") or "")
        for kind in TrailKind:
            ui.kind.addItem(kind_label(kind), str(kind))
        ui.kind.setCurrentIndex(max(ui.kind.findData(v.get("kind")), 0))
        for state in LIFE_ORDER:
            ui.lifecycle.addItem(lifecycle_label(state), state.value)
        ui.lifecycle.setCurrentIndex(max(ui.lifecycle.findData(
            v.get("lifecycle") or TrailLifecycle.OPEN.value), 0))
        ui.grade.addItem(self.tr("(not graded)"), None)
        for colour in GradeColour:
            ui.grade.addItem(str(colour), str(colour))
        ui.grade.setCurrentIndex(max(ui.grade.findData(v.get("grade_colour")), 0))
        ui.imba.addItem(self.tr("(none)"), None)
        for level in range(1, 5):
            ui.imba.addItem(str(level), level)
        ui.imba.setCurrentIndex(max(ui.imba.findData(v.get("imba")), 0))
        ui.mtbScale.addItem(self.tr("(none)"), None)
        for level in range(7):
            ui.mtbScale.addItem(f"S{level}", level)
        ui.mtbScale.setCurrentIndex(max(ui.mtbScale.findData(v.get("mtb_scale")), 0))
        ui.area.setText(v.get("area") or "")
        ui.lit.setChecked(bool(v.get("lit")))
        length = v.get("length_m")
        ui.length.setText(self.tr("%1 km, measured on the map").replace(
            "%1", km(length / 1000.0)) if length else self.tr("no geometry yet"))
        ui.descriptionSv.setPlainText(v.get("description_sv") or "")
        ui.descriptionEn.setPlainText(v.get("description_en") or "")
        for combo in (ui.grade, ui.imba):
            combo.currentIndexChanged.connect(self._show_grade_note)
        self.setWindowTitle(self.tr("Trail: %1").replace("%1", v.get("name") or ""))

    def _show_grade_note(self) -> None:
        ui = self.ui
        if grade_consistent(ui.grade.currentData(), ui.imba.currentData()):
            ui.problem.setVisible(False)
            return
        ui.problem.setText(self.tr("The colour and the IMBA level do not match by the usual "
                                   "convention (green 1, blue 2, red 3, black 4)."))
        ui.problem.setVisible(True)

    def problem(self) -> str:
        if not self.ui.name.text().strip():
            return self.tr("Give the trail a name.")
        return ""

    def values(self) -> Values:
        ui = self.ui
        return {**self.before, "name": ui.name.text().strip(), "kind": ui.kind.currentData(),
                "lifecycle": ui.lifecycle.currentData(),
                "grade_colour": ui.grade.currentData(), "imba": ui.imba.currentData(),
                "mtb_scale": ui.mtbScale.currentData(), "area": ui.area.text().strip(),
                "lit": ui.lit.isChecked(),
                "description_sv": ui.descriptionSv.toPlainText().strip(),
                "description_en": ui.descriptionEn.toPlainText().strip()}
