"""Create or edit one event: a form over an EventRecord, checked before it is accepted."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QWidget

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import to_local, to_utc
from destination_norberg.core.vocab import EventKind, EventStatus
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.combos import fill_combo, select_data
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.events.planning_data import PlanningSnapshot
from destination_norberg.gui.forms.event_dialog_ui import Ui_EventDialog

# Kinds that hold other events (a week holds its races and programme items).
PARENT_KINDS = {EventKind.WEEK.value, EventKind.FESTIVAL.value, EventKind.STRAK.value}


def to_qdatetime(instant: datetime) -> QDateTime:
    """Norberg wall-clock time as the editor shows it, whatever the computer's own zone."""
    local = to_local(instant)
    return QDateTime.fromString(local.strftime("%Y-%m-%dT%H:%M:00"), "yyyy-MM-ddTHH:mm:ss")


def from_qdatetime(value: QDateTime) -> datetime:
    """The editor shows Norberg local time; the record holds UTC."""
    text = value.toString("yyyy-MM-ddTHH:mm:00")
    return to_utc(datetime.fromisoformat(text))


class EventDialog(CheckedDialog):
    def __init__(self, snapshot: PlanningSnapshot, record: EventRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        self.snapshot = snapshot
        self.original = record
        self.setWindowTitle(self.tr("Edit event") if record and record.id else self.tr(
            "New event"))
        ui = self.ui
        none = self.tr("(none)")
        fill_combo(ui.kind, [(k.value, labels.event_kind(k.value)) for k in EventKind], None)
        fill_combo(ui.status, [(s.value, labels.event_status(s.value)) for s in EventStatus], None)
        own_season = record.season_id if record else None  # archived: only its own
        fill_combo(ui.season, [(s.id, s.name) for s in snapshot.seasons
                               if not s.archived or s.id == own_season], none)
        own = record.id if record else None
        fill_combo(ui.parent, [(e.id, f"{e.name_sv} ({to_local(e.starts_at):%Y})")
                          for e in snapshot.events if e.kind in PARENT_KINDS and e.id != own],
              none)
        fill_combo(ui.place, [(p.id, p.name) for p in snapshot.places], none)
        fill_combo(ui.organiser, [(o[0], o[1]) for o in snapshot.organisations], none)
        self.check_on_ok()
        if record is not None:
            self.set_record(record)
        self._starts = ui.starts.dateTime()
        ui.starts.dateTimeChanged.connect(self._start_moved)

    def _start_moved(self, starts: QDateTime) -> None:
        """The end moves with the start, keeping the event's length (as a calendar does)."""
        ends = self.ui.ends
        ends.setDateTime(ends.dateTime().addSecs(self._starts.secsTo(starts)))
        self._starts = starts

    def set_record(self, e: EventRecord) -> None:
        ui = self.ui
        ui.nameSv.setText(e.name_sv)
        ui.nameEn.setText(e.name_en)
        select_data(ui.kind, e.kind)
        select_data(ui.status, e.status)
        select_data(ui.season, e.season_id)
        select_data(ui.parent, e.parent_id)
        select_data(ui.place, e.place_id)
        select_data(ui.organiser, e.organiser_id)
        ui.starts.setDateTime(to_qdatetime(e.starts_at))
        ui.ends.setDateTime(to_qdatetime(e.ends_at or e.starts_at))
        ui.allDay.setChecked(e.all_day)
        ui.outdoor.setChecked(e.outdoor)
        ui.milestone.setChecked(e.milestone)
        ui.descriptionSv.setPlainText(e.description_sv)
        ui.descriptionEn.setPlainText(e.description_en)

    def record(self) -> EventRecord:
        """The form as a record: the original's id and version, or a new uid."""
        ui = self.ui
        base = self.original or EventRecord(id=None, uid=uuid.uuid4().hex, name_sv="",
                                            kind=EventKind.PROGRAMME.value,
                                            status=EventStatus.PLANNED.value,
                                            starts_at=from_qdatetime(ui.starts.dateTime()))
        starts = from_qdatetime(ui.starts.dateTime())
        ends = from_qdatetime(ui.ends.dateTime())
        return replace(
            base, name_sv=ui.nameSv.text().strip(), name_en=ui.nameEn.text().strip(),
            kind=ui.kind.currentData(), status=ui.status.currentData(),
            season_id=ui.season.currentData(), parent_id=ui.parent.currentData(),
            place_id=ui.place.currentData(), organiser_id=ui.organiser.currentData(),
            starts_at=starts, ends_at=ends if ends != starts else None,
            all_day=ui.allDay.isChecked(), outdoor=ui.outdoor.isChecked(),
            milestone=ui.milestone.isChecked(),
            description_sv=ui.descriptionSv.toPlainText().strip(),
            description_en=ui.descriptionEn.toPlainText().strip(),
            place_name=ui.place.currentText() if ui.place.currentData() else None)

    def problem(self) -> str | None:
        """What stops the form from being saved, in the user's words."""
        ui = self.ui
        if not ui.nameSv.text().strip():
            return self.tr("The event needs a Swedish name.")
        if from_qdatetime(ui.ends.dateTime()) < from_qdatetime(ui.starts.dateTime()):
            return self.tr("The event ends before it starts.")
        return None
