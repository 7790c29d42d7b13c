"""Planning warnings read in the user's language (lupdate must find every template)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from destination_norberg.core.planning import PlanWarning, WarningCode
from destination_norberg.gui.common import i18n
from destination_norberg.gui.events.warnings_text import warning_text

ARGS = {"task": "Tillstånd", "event": "Engelbrektsloppet", "due": "2026-11-15",
        "first": "A", "second": "B", "place": "Torget", "starts": "10:00", "ends": "11:00",
        "target": "premiär", "ready_km": "0", "required_km": "4", "deadline": "1 dec",
        "position": "2", "strak": "Vinterstråket", "organisation": "Kafé", "opening": "x",
        "strak_hours": "16–20", "count": "2"}


@pytest.mark.parametrize("code", list(WarningCode))
def test_every_warning_is_translated_to_swedish(qapp, code: WarningCode) -> None:
    warning = PlanWarning(code=code.value, message_args=ARGS)
    try:
        i18n.install(QApplication.instance(), "sv")
        swedish = warning_text(warning)
    finally:
        i18n.install(QApplication.instance(), "en")
    assert swedish != warning.text
    english = warning_text(PlanWarning(code=code.value, message_args=ARGS | {"due": "x"}))
    assert english == PlanWarning(code=code.value, message_args=ARGS | {"due": "x"}).text


def test_days_and_times_read_the_languages_way(qapp) -> None:
    """core hands ISO days and wall-clock times; the window reads them through labels."""
    overdue = PlanWarning(code=WarningCode.TASK_OVERDUE.value, message_args=ARGS)
    overlap = PlanWarning(code=WarningCode.VENUE_OVERLAP.value, message_args=ARGS | {
        "starts": "2027-02-14 09:00", "ends": "2027-02-14 11:30"})
    try:
        i18n.install(QApplication.instance(), "sv")
        assert warning_text(overdue).endswith("sön 15 nov. 2026.")
        assert "sön 14 feb. 2027 09:00" in warning_text(overlap)
    finally:
        i18n.install(QApplication.instance(), "en")
    assert warning_text(overdue) == "The task Tillstånd for Engelbrektsloppet was due on " \
        "Sun 15 Nov 2026."
    assert "from Sun 14 Feb 2027 09:00 to Sun 14 Feb 2027 11:30" in warning_text(overlap)


def test_kilometres_follow_the_users_number_format(qapp) -> None:
    """core hands "2.5" (the CLI prints it); the Swedish window reads "2,5"."""
    warning = PlanWarning(code=WarningCode.OUTDOOR_RED.value,
                          message_args=ARGS | {"ready_km": "2.5", "required_km": "20"})
    try:
        i18n.install(QApplication.instance(), "sv")
        swedish = warning_text(warning)
    finally:
        i18n.install(QApplication.instance(), "en")
    assert "2,5 av 20 km" in swedish
    assert "2.5 of 20 km" in warning_text(warning)


def test_events_are_named_as_the_calendar_names_them(qapp) -> None:
    """In English an event with an English name is called by it, as in the calendar."""
    overlap = PlanWarning(code=WarningCode.VENUE_OVERLAP.value, event_ids=(7, 9),
                          message_args=ARGS | {"first": "Vintervecka 2027",
                                               "second": "Julmarknad"})
    overdue = PlanWarning(code=WarningCode.TASK_OVERDUE.value, event_ids=(7,),
                          message_args=ARGS | {"event": "Vintervecka 2027"})
    names = {7: "Winter Week 2027", 9: "Julmarknad"}  # the market has no English name
    text = warning_text(overlap, names)
    assert text.startswith("Winter Week 2027 and Julmarknad overlap")
    assert "for Winter Week 2027 was due" in warning_text(overdue, names)
    assert "Vintervecka" not in text + warning_text(overdue, names)
    assert warning_text(overdue).startswith("The task Tillstånd for Vintervecka 2027")
