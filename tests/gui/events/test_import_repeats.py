"""The import dialog with a partner's repeating events: every date of the season in the
preview, the dates outside it listed and left out until the user includes them, a broken
event named with its reason; OK imports, one undo removes it all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from .test_events_page import answer_dialog, db_events, page, wait_reload  # noqa: F401

SERIES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//EN\r\n"
    "BEGIN:VEVENT\r\nUID:kvall@partner\r\nDTSTART;TZID=Europe/Stockholm:20270416T180000\r\n"
    "DTEND;TZID=Europe/Stockholm:20270416T200000\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n"
    "SUMMARY:Kvällsskidning i Kvarnbacken\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:kvall@partner\r\nRECURRENCE-ID;TZID=Europe/Stockholm:20270416T180000\r\n"
    "DTSTART;TZID=Europe/Stockholm:20270417T170000\r\nSUMMARY:Kvällsskidning i Kvarnbacken"
    "\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:trasig@partner\r\nSUMMARY:Utan start\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n")
NAME = "Kvällsskidning i Kvarnbacken"


def rows(dialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.index(r, 0).data(Qt.ItemDataRole.DisplayRole),
             model.index(r, 1).data(Qt.ItemDataRole.DisplayRole))
            for r in range(model.rowCount())]


def test_a_series_shows_its_season_dates_and_the_rest_can_be_included(page, qtbot,  # noqa: F811
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "serie.ics"
    path.write_text(SERIES, encoding="utf-8", newline="")
    before = len(db_events(page))
    seen: dict[str, object] = {}

    def look_then_include(dialog) -> None:
        seen["rows"] = rows(dialog)
        seen["summary"] = dialog.ui.summary.text()
        seen["warnings"] = dialog.ui.warnings.text()
        seen["box"] = dialog.ui.includeOutside.isVisible()
        dialog.ui.includeOutside.setChecked(True)
        qtbot.waitUntil(lambda: dialog.ready and dialog.preview is not None
                        and dialog.preview.include_outside, timeout=15_000)
        seen["included"] = rows(dialog)

    answer_dialog(look_then_include)
    page.import_ics(str(path))
    wait_reload(page, qtbot)
    # The season ends 2027-04-30: the moved first date (17 April), 23 and 30 April are in it.
    assert [what for what, _ in seen["rows"]] == ["new"] * 3 + ["left out: outside the season"]
    assert seen["summary"] == ("3 new, 0 changed, 0 unchanged. 1 outside the season's dates, "
                               "left out. 1 cannot be read, left out (see below).")
    assert "'Utan start' has no DTSTART" in str(seen["warnings"]) and seen["box"]
    assert [what for what, _ in seen["included"]] == ["new"] * 4
    imported = sorted(e.starts_at for e in db_events(page) if e.name_sv == NAME)
    assert len(imported) == 4 and len(db_events(page)) == before + 4
    page.undo_stack.undo()  # one step takes the whole import back
    wait_reload(page, qtbot)
    assert not [e for e in db_events(page) if e.name_sv == NAME]


def test_the_swedish_dialog_words_the_readers_notes_and_refusals(page, qtbot, qapp,  # noqa: F811
                                                                 tmp_path: Path) -> None:
    """Issue 17 on issue 16's import: the event left out, its reason and the rule that
    cannot be used reach the Swedish window in Swedish, not in the reader's English."""
    from destination_norberg.gui.common import i18n

    path = tmp_path / "serie.ics"
    path.write_text(SERIES.replace(
        "END:VCALENDAR", "BEGIN:VEVENT\r\nUID:tät@partner\r\nSUMMARY:Varje timme\r\n"
        "DTSTART;TZID=Europe/Stockholm:20270410T100000\r\nRRULE:FREQ=HOURLY;COUNT=3\r\n"
        "END:VEVENT\r\nEND:VCALENDAR"), encoding="utf-8", newline="")
    seen: dict[str, str] = {}

    def look(dialog) -> None:
        seen["summary"] = dialog.ui.summary.text()
        seen["warnings"] = dialog.ui.warnings.text()

    i18n.install(qapp, "sv")
    try:
        answer_dialog(look)
        page.import_ics(str(path))
        wait_reload(page, qtbot)
    finally:
        i18n.install(qapp, "en")
    assert seen["summary"].startswith("4 nya,"), seen["summary"]
    warnings = seen["warnings"]
    assert "evenemanget 'Utan start' saknar DTSTART (starttid). Evenemanget utelämnades." \
        in warnings, warnings
    assert "upprepningsregeln (RRULE) för evenemanget 'Varje timme' kan inte användas (den " \
        "upprepas varje timme, oftare än ett evenemang kan)" in warnings, warnings
    assert "Line " not in warnings and "left out" not in warnings and "Rad " in warnings
