"""Issue 16 in the window: the import preview lists the values kept as written (to review)
and the columns left out, the result says them again; a vCard 3.0 export is a choice of the
save dialog; the network search finds "Café" by "kafe"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.network.page import NetworkPage
from destination_norberg.gui.network.tools import ContactsImportDialog, run_export, run_import
from destination_norberg.store import models as m

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def told(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k:
                        said.append(text))
    return said


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now, told):
    i18n.install(QApplication.instance(), "en")
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    runner.shutdown()


def test_preview_and_result_name_values_to_review_and_ignored_columns(
        page, qtbot, demo_engine, tmp_path: Path, monkeypatch, told) -> None:
    csv = tmp_path / "roundcube.csv"
    csv.write_text("Display Name,Nickname,Email Home,Phone Work,Organization,Work Zip,"
                   "Birthday\n"
                   "Kim Kort,Kimmy,kim@lokomotivet.example,22 100,Café Lokomotivet,"
                   "27613-3502,1990-01-01\n", encoding="utf-8")
    seen: dict[str, str] = {}

    def exec_(dialog: ContactsImportDialog) -> int:
        seen["summary"] = dialog.ui.summary.text()
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(ContactsImportDialog, "exec", exec_)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert run_import(page, csv)
    summary = seen["summary"]
    assert "2 values cannot be normalised and will be kept as written, to review" in summary
    assert "“22 100” has no area code or +country" in summary and "27613-3502" in summary
    assert "Not imported: Nickname, Birthday" in summary
    assert "Kept as written, to review:" in told[-1] and "22 100" in told[-1]
    with demo_engine.connect() as conn:
        kim = conn.execute(select(m.Person.email, m.Person.phone).where(
            m.Person.name == "Kim Kort")).one()
    assert tuple(kim) == ("kim@lokomotivet.example", "22 100")
    org = next(o for o in page.snapshot.organisations if o.name == "Café Lokomotivet")
    page.select_organisation(org.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.organisation.id == org.id,
                    timeout=LOAD_TIMEOUT_MS)
    assert any("22 100 (to review: no area code or country)" in e.spoken()
               for e in page.people.entry_model.entries)
    for typed in ("kafe", "kafé", "Café", "cafe"):  # café and kafé are one word
        page.ui.search.setText(typed)
        page.apply_filter()
        found = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
        assert {"Café Lokomotivet", "Kafé Gruvlyktan", "Gårdscafé Björkhagen"} <= set(found)
        page.ui.search.setText(f"lokomotivet {typed}")
        page.apply_filter()
        assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == \
            "Café Lokomotivet"


def test_vcard_3_is_a_choice_of_the_export(page, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "kontakter.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "vCard 3.0 (Outlook) (*.vcf)"))
    assert run_export(page)
    text = out.read_text(encoding="utf-8")
    assert "VERSION:3.0" in text and "VERSION:4.0" not in text
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "vCard 4.0 (*.vcf)"))
    assert run_export(page)
    assert "VERSION:4.0" in out.read_text(encoding="utf-8")
