"""One volunteer shift: where, what, when, how many, and who (the volunteers tab's dialog).

The dialog edits a plain dict as app.volunteers' writes take it and never writes itself: the
tab saves it as one undo step. People are picked from everyone who may be put on a shift
(the volunteer list and the network's people) in a checkable list with a filter; the tab
warns of clashes once the shift is saved. An end before the start is the next day (a night
watch 22:00–06:00).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core.timeutil import STOCKHOLM, to_local
from destination_norberg.core.volunteers import MAX_NEEDED, USUAL_PLACES, Assignee
from destination_norberg.gui.common import date_field
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.common.plain import plain

UID_ROLE = Qt.ItemDataRole.UserRole


class ShiftDialog(CheckedDialog):
    """`values()` after OK: the shift as the writes take it (times aware, UTC or local)."""

    def __init__(self, parent: QWidget | None, *, events: list[tuple[int, str]],
                 candidates: list[Assignee], places: list[str], roles: list[str],
                 shift: dict[str, Any] | None, default_day: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift") if shift else self.tr("New shift"))
        self.shift = dict(shift or {})
        self.candidates = candidates
        form = QFormLayout()
        self.event = QComboBox(self)
        for event_id, name in events:
            self.event.addItem(plain(name), event_id)
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.addItems(sorted({*places, *USUAL_PLACES}, key=str.casefold))
        self.role = QComboBox(self)
        self.role.setEditable(True)
        self.role.addItems(sorted(set(roles), key=str.casefold))
        self.day = QDateEdit(self)
        date_field.setup(self.day)
        self.start = QTimeEdit(self)
        self.end = QTimeEdit(self)
        self.start.setAccessibleName(self.tr("Starts"))
        self.end.setAccessibleName(self.tr("Ends"))
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end)
        times.addStretch(1)
        self.needed = QSpinBox(self)
        self.needed.setRange(0, MAX_NEEDED)
        self.note = QLineEdit(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter people…"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("People on the shift"))
        self.chosen = QLabel(self)
        form.addRow(self.tr("Event"), self.event)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("People needed"), self.needed)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("People on the shift"), self))
        layout.addWidget(self.filter)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.chosen)
        problem = QLabel(self)
        problem.setWordWrap(True)
        layout.addWidget(problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(buttons)
        self.ui = SimpleNamespace(problem=problem, buttonBox=buttons)
        self.check_on_ok()
        self._fill(default_day)
        self.filter.textChanged.connect(self._filter)
        self.people.itemChanged.connect(lambda _item: self._count())
        self.resize(520, 640)

    def _fill(self, default_day: date) -> None:
        s = self.shift
        if s.get("event_id") is not None:
            self.event.setCurrentIndex(max(0, self.event.findData(s["event_id"])))
        self.place.setCurrentText(s.get("place", ""))
        self.role.setCurrentText(s.get("role", ""))
        start = to_local(s["starts_at"]) if s.get("starts_at") else None
        end = to_local(s["ends_at"]) if s.get("ends_at") else None
        day = start.date() if start else default_day
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.start.setTime(QTime(start.hour, start.minute) if start else QTime(8, 0))
        self.end.setTime(QTime(end.hour, end.minute) if end else QTime(12, 0))
        self.needed.setValue(int(s.get("needed", 2)))
        self.note.setText(s.get("note", ""))
        on = set(s.get("people") or ())
        self.people.blockSignals(True)
        for person in self.candidates:
            where = person.organisation or self.tr("volunteer list")
            item = QListWidgetItem(plain(f"{person.name} — {where}"), self.people)
            item.setData(UID_ROLE, person.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.uid in on
                               else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)
        self._count()

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen_uids(self) -> list[str]:
        return sorted(self.people.item(r).data(UID_ROLE) for r in range(self.people.count())
                      if self.people.item(r).checkState() == Qt.CheckState.Checked)

    def set_people(self, uids: set[str]) -> None:
        """Tick exactly these people (tests and keyboard users alike)."""
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(UID_ROLE) in uids
                               else Qt.CheckState.Unchecked)

    def _count(self) -> None:
        n = len(self.chosen_uids())
        self.chosen.setText(self.tr("%1 of %2 needed").replace("%1", str(n))
                            .replace("%2", str(self.needed.value())))

    def times(self) -> tuple[datetime, datetime]:
        q = self.day.date()
        day = date(q.year(), q.month(), q.day())
        s, e = self.start.time(), self.end.time()
        start = datetime.combine(day, time(s.hour(), s.minute()), STOCKHOLM)
        end = datetime.combine(day, time(e.hour(), e.minute()), STOCKHOLM)
        if end <= start:  # ends after midnight
            end += timedelta(days=1)
        return start, end

    def problem(self) -> str | None:
        if not self.place.currentText().strip():
            return self.tr("Give the place (e.g. Start och mål, Depå 1, Parkering).")
        if not self.role.currentText().strip():
            return self.tr("Give the role (e.g. Funktionär, Speaker, Sjukvårdare).")
        if self.event.currentData() is None:
            return self.tr("Choose the event.")
        return None

    def values(self) -> dict[str, Any]:
        start, end = self.times()
        return {**self.shift, "event_id": int(self.event.currentData()),
                "place": self.place.currentText().strip(),
                "role": self.role.currentText().strip(), "starts_at": start, "ends_at": end,
                "needed": self.needed.value(), "note": self.note.text().strip(),
                "people": self.chosen_uids()}
