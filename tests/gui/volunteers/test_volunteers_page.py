"""The Volunteers tab of the events area, walked with qtbot on the demo's winter week: the
gap and the clash highlighted, a shift added, changed and deleted (each one undo step that
undo and redo walk back and forth), the roster PDF and a person's calendar written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from destination_norberg.gui.volunteers.page import VolunteersPage

TIMEOUT_MS = 15_000


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the tab would have shown in a message box (a modal would hang the suite)."""
    said: list[str] = []
    monkeypatch.setattr(VolunteersPage, "report", lambda _self, exc: said.append(str(exc)))
    return said


@pytest.fixture
def tab(make_window, load, demo_url, qtbot, told):
    window = make_window(demo_url, language="sv")
    load(window)
    with qtbot.waitSignal(window.events_page.loaded, timeout=TIMEOUT_MS):
        window.select_area("events")
    page = next(w for w in window.events_page.extra_tabs if w.objectName() == "volunteers")
    window.events_page.ui.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.plan is not None, timeout=TIMEOUT_MS)
    return page


def reload_after(tab, qtbot, action) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT_MS):
        action()
    qtbot.waitUntil(lambda: not tab.loader.loading, timeout=TIMEOUT_MS)


def row_of(tab, place: str, role: str) -> int:
    for row in range(tab.model.rowCount()):
        cells = tab.model.row_at(row).cells
        if cells[1] == place and cells[2] == role:
            return row
    raise AssertionError(f"no row {place} / {role}")


def test_the_gap_and_the_clash_are_highlighted(tab) -> None:
    assert tab.event.currentText() == "Vintervecka 2027"
    assert tab.model.rowCount() == 9
    gap = tab.model.row_at(row_of(tab, "Depå Olsbenning (40 km)", "Depåvärd"))
    assert gap.tone == "alert" and "1 saknas" in gap.cells[3]
    parking = tab.model.row_at(row_of(tab, "Parkering, skolan", "Parkeringsvakt"))
    assert parking.tone == "alert" and "samtidigt" in parking.tooltip
    calm = tab.model.row_at(row_of(tab, "Speaker, Torget", "Speaker"))
    assert calm.tone is None
    warnings = [tab.warnings.item(i).text() for i in range(tab.warnings.count())]
    assert len(warnings) == 2
    assert warnings[0].startswith("Lucka: Depåvärd") and warnings[1].startswith("Krock: Ulf Ek")
    assert "pass: 9" in tab.summary.text() and "krockar: 1" in tab.summary.text()


def test_add_change_and_delete_a_shift_each_one_undo_step(tab, qtbot, told) -> None:
    stack = tab.undo_stack
    start = stack.count()

    def fill(dialog) -> bool:
        dialog.place.setCurrentText("Kontroll Kalkbro")
        dialog.role.setCurrentText("Kontrollant")
        dialog.needed.setValue(2)
        uids = {c.uid for c in dialog.candidates if c.name in ("Elin Gref", "Olle Kvist")}
        dialog.set_people(uids)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    reload_after(tab, qtbot, lambda: tab.edit_shift(None, fill))
    assert told == []
    assert stack.count() == start + 1
    assert stack.undoText() == "Lägg till pass: Kontrollant, Kontroll Kalkbro"
    new = tab.model.row_at(row_of(tab, "Kontroll Kalkbro", "Kontrollant"))
    assert new.cells[3] == "2/2" and "Elin Gref" in new.cells[4]
    reload_after(tab, qtbot, stack.undo)
    assert tab.model.rowCount() == 9
    reload_after(tab, qtbot, stack.redo)
    assert tab.model.rowCount() == 10

    # fill the gap: Maria and Mats get Johan at Olsbenning
    tab.table.selectRow(row_of(tab, "Depå Olsbenning (40 km)", "Depåvärd"))

    def add_johan(dialog) -> bool:
        on = set(dialog.chosen_uids())
        on |= {c.uid for c in dialog.candidates if c.name == "Johan Ahlberg"}
        dialog.set_people(on)
        dialog.accept()
        return True

    reload_after(tab, qtbot, lambda: tab.edit_shift(tab.selected_shift(), add_johan))
    assert stack.undoText() == "Ändra pass: Depåvärd, Depå Olsbenning (40 km)"
    assert tab.plan is not None and tab.plan.gaps == ()
    # Johan is also on Målgång 11:30–16:30, which overlaps Olsbenning 10:30–15:00
    assert {c.person.name for c in tab.plan.clashes} == {"Ulf Ek", "Johan Ahlberg"}
    reload_after(tab, qtbot, stack.undo)
    assert [g.shift.place for g in tab.plan.gaps] == ["Depå Olsbenning (40 km)"]

    tab.table.selectRow(row_of(tab, "Sjukvård, Torget", "Sjukvårdare"))
    reload_after(tab, qtbot, tab.delete_selected)
    assert stack.undoText() == "Ta bort pass: Sjukvårdare, Sjukvård, Torget"
    assert tab.model.rowCount() == 9
    reload_after(tab, qtbot, stack.undo)
    back = tab.model.row_at(row_of(tab, "Sjukvård, Torget", "Sjukvårdare"))
    assert back.cells[4] == "Anna Holm, Sanna Ljung"  # the people came back with the shift
    assert told == []


def test_an_ok_without_changes_is_no_undo_step(tab, qtbot) -> None:
    tab.table.selectRow(row_of(tab, "Speaker, Torget", "Speaker"))
    count = tab.undo_stack.count()

    def unchanged(dialog) -> bool:
        dialog.accept()
        return True

    tab.edit_shift(tab.selected_shift(), unchanged)
    assert tab.undo_stack.count() == count


def test_the_shift_dialog_refuses_a_shift_without_a_place(tab) -> None:
    def empty(dialog) -> bool:
        dialog.place.setCurrentText("")
        dialog.role.setCurrentText("Speaker")
        dialog.accept()
        assert dialog.ui.problem.text().startswith("Ange platsen")
        return dialog.result() == QDialog.DialogCode.Accepted

    count = tab.undo_stack.count()
    tab.edit_shift(None, empty)
    assert tab.undo_stack.count() == count


def test_print_the_roster_and_export_a_persons_calendar(tab, qtbot, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "bemanning.pdf"
    tab.print_roster("all", str(out))
    qtbot.waitUntil(lambda: out.exists() and tab.last_message != "", timeout=TIMEOUT_MS)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "Bemanningslista: Vintervecka 2027" in text and "Sjukvårdare" in text
    ulf = next(i for i in range(tab.people.count()) if "Ulf Ek" in tab.people.item(i).text())
    tab.people.setCurrentRow(ulf)
    assert tab.calendar_button.isEnabled()
    ics = tmp_path / "ulf.ics"
    tab.last_message = ""
    tab.export_calendar(str(ics))
    qtbot.waitUntil(lambda: ics.exists() and tab.last_message != "", timeout=TIMEOUT_MS)
    body = ics.read_text(encoding="utf-8")
    assert body.count("BEGIN:VEVENT") == 2 and "TZID=Europe/Stockholm" in body
    assert "Ulf Ek" in tab.last_message


def test_import_a_volunteer_list_then_undo_and_redo(tab, qtbot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(VolunteersPage, "tell", lambda _self, text: said.append(text))
    path = tmp_path / "lista.csv"
    path.write_text("Namn;Mobil;E-post;Önskad roll;Samtycke\n"
                    "Kim Nyberg;0705550199;kim@example.se;Depå;ja\n"
                    "Utan Samtycke;0705550198;;Start;\n", encoding="utf-8")
    pool = {p.name for p in tab.plan.pool}
    tab.import_list(str(path))
    qtbot.waitUntil(lambda: said != [], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: "Kim Nyberg" in {p.name for p in tab.plan.pool},
                    timeout=TIMEOUT_MS)
    assert said[0].startswith("Nya på funktionärslistan: 1; redan kända: 0; ej importerade: 1")
    assert "Rad 3: Utan Samtycke har inte lämnat samtycke och importerades inte." in said[0]
    assert tab.undo_stack.undoText() == "Importera funktionärer från lista.csv"
    reload_after(tab, qtbot, tab.undo_stack.undo)
    assert {p.name for p in tab.plan.pool} == pool
    assert "Kim Nyberg" not in {c.name for c in tab.candidates}  # the person is gone too
    reload_after(tab, qtbot, tab.undo_stack.redo)
    assert "Kim Nyberg" in {p.name for p in tab.plan.pool}
