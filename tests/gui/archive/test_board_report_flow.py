"""Arkiv → the report to the municipal board and the guest-nights import, walked in the
window: the seasons read in a worker, the dialog's choices, the save dialog, the PDF written
in the worker with a message that opens it; the import as one undo step that undo and redo
walk back and forth."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtWidgets import QFileDialog

from destination_norberg.app.guest_nights import norberg_months
from destination_norberg.store.reading import read_with
from tests.gui.conftest import LOAD_TIMEOUT_MS

FILES = Path(__file__).resolve().parents[2] / "exchange" / "guest_nights_files"


def january_2025(url: str) -> int | None:
    return read_with(url, lambda s: norberg_months(s, 2025, 2025))[(2025, 1)].total


def test_the_report_is_chosen_written_and_opened(make_window, load, idle, demo_url,
                                                 monkeypatch, tmp_path: Path, qtbot) -> None:
    saved: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        saved.append(suggested)
        return str(tmp_path / "ks-rapport"), ""  # no ending typed: the format's is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window = make_window(demo_url, language="sv")
    load(window)
    reports = window.archive.reports
    assert reports.report_action.text() == "&Rapport till kommunstyrelsen…"
    reports.report_action.trigger()
    qtbot.waitUntil(lambda: reports.dialog is not None, timeout=LOAD_TIMEOUT_MS)
    dialog = reports.dialog
    assert dialog.windowTitle() == "Rapport till kommunstyrelsen"
    seasons = [dialog.season.itemText(i) for i in range(dialog.season.count())]
    assert "Vinter 2026/27" in seasons and dialog.by_season.isChecked()
    dialog.by_year.setChecked(True)
    assert dialog.year.isEnabled() and not dialog.season.isEnabled()
    dialog.year.setValue(2026)
    assert dialog.language.currentData() == "sv" and dialog.format.currentData() == ".pdf"
    dialog.accept()
    idle(window)
    out = tmp_path / "ks-rapport.pdf"
    assert saved == [str(Path.home() / "Rapport KS 2026.pdf")]
    qtbot.waitUntil(lambda: reports.message is not None, timeout=LOAD_TIMEOUT_MS)
    assert out.is_file()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Rapport till kommunstyrelsen" in " ".join(text.split())
    box = reports.message
    assert str(out) in box.text()
    opened: list[str] = []
    monkeypatch.setattr("destination_norberg.gui.archive.board_report.QDesktopServices."
                        "openUrl", lambda url: opened.append(url.toLocalFile()))
    next(b for b in box.buttons() if b.text() == "&Öppna").click()
    assert opened == [str(out)]
    box.close()


def test_the_guest_nights_import_is_one_undo_step(make_window, load, idle, demo_url,
                                                  monkeypatch, qtbot) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(FILES / "pxweb_wide.csv"), ""))
    window = make_window(demo_url)
    load(window)
    demo_january = january_2025(demo_url)
    assert demo_january is not None and demo_january != 1910
    window.archive.reports.import_action.trigger()
    idle(window)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=LOAD_TIMEOUT_MS)
    assert window.undo_stack.undoText() == "Import guest nights (pxweb_wide.csv)"
    assert "Imported guest nights for 3 months" in window.statusBar().currentMessage()
    assert january_2025(demo_url) == 1910
    window.undo_stack.undo()
    assert january_2025(demo_url) == demo_january  # the demo's figure is back
    window.undo_stack.redo()
    assert january_2025(demo_url) == 1910


def test_a_bad_file_is_refused_in_swedish_and_writes_nothing(make_window, load, idle,
                                                            demo_url, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(FILES / "bad_rows.csv"), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: warned.append(text))
    window = make_window(demo_url, language="sv")
    load(window)
    before = january_2025(demo_url)
    window.archive.reports.import_action.trigger()
    idle(window)
    assert warned == [
        "bad_rows.csv har 4 felaktiga rader, så ingenting importerades. Rad 3: ”Slott” är "
        "ingen boendeform som statistiken räknar. Rad 4: ”tusen” är inget antal gästnätter. "
        "Rad 5: 2025M01 räknas två gånger (även på rad 2). Rad 5: 2025M02 räknas två gånger "
        "(även på rad 2)."]
    assert window.undo_stack.count() == 0
    assert january_2025(demo_url) == before
