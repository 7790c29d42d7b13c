"""The courses a race can run on, for go/no-go: full course first, then the fallbacks.

A row is one course: the loop length, how many laps, whether it is on the natural-snow
course, and optionally the one loop it must use (the children's race on the floodlit loop).
The name ("3×20 km") follows from the figures, so it cannot disagree with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QSpinBox,
    QWidget,
)

from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.common.plain import esc
from destination_norberg.gui.forms.course_dialog_ui import Ui_CourseDialog

Values = dict[str, Any]
MAX_LAPS = 20


class CourseDialog(CheckedDialog):
    def __init__(self, race_name: str, courses: Sequence[Values],
                 loops: Sequence[tuple[int, str, float]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CourseDialog()
        self.ui.setupUi(self)
        self.loops = list(loops)
        self.before = [dict(c) for c in courses]
        ui = self.ui
        ui.race.setText(f"<b>{esc(race_name)}</b>")
        self.check_on_ok()
        header = ui.courses.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.courses.verticalHeader().setVisible(False)
        for course in self.before:
            self._add_row(course)
        ui.addButton.clicked.connect(lambda: self._add_row(None))
        ui.removeButton.clicked.connect(self._remove_row)
        ui.upButton.clicked.connect(lambda: self._move(-1))
        ui.downButton.clicked.connect(lambda: self._move(1))
        self.setWindowTitle(self.tr("Courses of %1").replace("%1", race_name))

    # --- rows -----------------------------------------------------------------------------

    def _add_row(self, course: Values | None) -> None:
        table = self.ui.courses
        row = table.rowCount()
        table.insertRow(row)
        self._fill_row(row, course or {"loop_km": 10.0, "laps": 1, "natural_course": False,
                                        "trail_id": None})
        table.selectRow(row)

    def _fill_row(self, row: int, course: Values) -> None:
        table = self.ui.courses
        km = QDoubleSpinBox(table)
        km.setRange(0.1, 100.0)
        km.setDecimals(1)
        km.setSingleStep(0.5)
        km.setSuffix(" km")
        km.setValue(float(course.get("loop_km") or 1.0))
        laps = QSpinBox(table)
        laps.setRange(1, MAX_LAPS)
        laps.setValue(int(course.get("laps") or 1))
        natural = QCheckBox(table)
        natural.setChecked(bool(course.get("natural_course")))
        loop = QComboBox(table)
        loop.addItem(self.tr("any ready loop that is long enough"), None)
        for trail_id, name, _length in self.loops:
            loop.addItem(name, trail_id)
        loop.setCurrentIndex(max(loop.findData(course.get("trail_id")), 0))
        natural.toggled.connect(lambda on, box=loop: box.setEnabled(not on))
        loop.setEnabled(not natural.isChecked())
        for column, widget in enumerate((km, laps, natural, loop)):
            table.setCellWidget(row, column, widget)
        table.setRowHeight(row, max(km.sizeHint().height(), loop.sizeHint().height()) + 4)

    def _row_values(self, row: int) -> Values:
        table = self.ui.courses
        km, laps, natural, loop = (table.cellWidget(row, c) for c in range(4))
        return {"loop_km": round(float(km.value()), 3), "laps": int(laps.value()),
                "natural_course": natural.isChecked(),
                "trail_id": None if natural.isChecked() else loop.currentData()}

    def _remove_row(self) -> None:
        row = self.ui.courses.currentRow()
        if row >= 0:
            self.ui.courses.removeRow(row)

    def _move(self, by: int) -> None:
        table = self.ui.courses
        row = table.currentRow()
        other = row + by
        if row < 0 or not 0 <= other < table.rowCount():
            return
        a, b = self._row_values(row), self._row_values(other)
        self._fill_row(row, b)
        self._fill_row(other, a)
        table.selectRow(other)

    # --- result ---------------------------------------------------------------------------

    def courses(self) -> list[Values]:
        """The courses in the order shown (the order of preference)."""
        return [self._row_values(r) for r in range(self.ui.courses.rowCount())]

    def problem(self) -> str:
        courses = self.courses()
        if not courses:
            return self.tr("Add at least one course, or cancel: a race without a course is "
                           "not judged.")
        keys = [(c["loop_km"], c["laps"], c["natural_course"], c["trail_id"]) for c in courses]
        if len(set(keys)) != len(keys):
            return self.tr("The same course is listed twice.")
        return ""

    def changed(self) -> bool:
        keys = ("loop_km", "laps", "natural_course", "trail_id")
        return [tuple(c.get(k) for k in keys) for c in self.before] != \
            [tuple(c.get(k) for k in keys) for c in self.courses()]

