"""The network area on the demo data: search, filters, the detail, edits with undo, import,
export, duplicates and GDPR erasure from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.network.dialogs import (
    InteractionDialog,
    OrganisationDialog,
    PersonDialog,
)
from destination_norberg.gui.network.page import NetworkPage
from destination_norberg.gui.network.tools import (
    ContactsImportDialog,
    DuplicatesDialog,
    GdprDialog,
    run_export,
    run_import,
)
from destination_norberg.store import models as m

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now, monkeypatch):
    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    runner.shutdown()


def names(page: NetworkPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def choose(page: NetworkPage, qtbot, name: str) -> None:
    """Select the organisation and wait for its detail to be read."""
    org = next(o for o in page.snapshot.organisations if o.name == name)
    page.select_organisation(org.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.organisation.id == org.id,
                    timeout=LOAD_TIMEOUT_MS)


def click_button(view, uid: str, button: str, qtbot) -> None:
    """Click one of a row's action buttons (gui.network.action_list) as a user would."""
    row = view.entry_model.row_of(uid)
    index = view.entry_model.index(row, 0)
    view.scrollTo(index)
    view.setCurrentIndex(index)  # a selected row shows its buttons
    entry = view.entry_model.entries[row]
    rect = dict(view.delegate.buttons(view.visualRect(index), entry, True))[button]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def accept_with(monkeypatch, cls: type, fill) -> None:
    def exec_(dialog) -> int:
        fill(dialog)
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(cls, "exec", exec_)


def test_the_demo_network_sorted_by_name_and_searched(page) -> None:
    assert page.model.total() == 60 and page.model.rowCount() == 60
    shown = names(page)
    assert shown[0] < shown[1] and shown[-1].startswith("Ä")  # Swedish order: Ä after Z
    page.ui.search.setText("lindberg")  # a person's name finds their organisation
    page.apply_filter()
    assert page.model.rowCount() >= 1
    assert all("lindberg" in o.person_names.casefold() or "lindberg" in o.name.casefold()
               for o in page.snapshot.organisations if o.id in page.model.visible_keys())
    page.ui.search.clear()
    page.ui.categoryFilter.setCurrentIndex(page.ui.categoryFilter.findData("boende"))
    assert page.model.rowCount() == 10
    assert "10 of 60 organisations" in page.ui.summary.text()


def test_follow_ups_due_and_not_contacted_filters(page) -> None:
    page.ui.followUpsDue.setChecked(True)
    due = set(page.model.visible_keys())
    today = page.today()
    assert due == {o.id for o in page.snapshot.organisations
                   if o.next_follow_up is not None and o.next_follow_up <= today}
    page.ui.followUpsDue.setChecked(False)
    page.ui.notContacted.setChecked(True)
    page.ui.months.setValue(3)
    quiet = set(page.model.visible_keys())
    assert quiet and all(o.last_contact is None or (today - o.last_contact).days > 80
                         for o in page.snapshot.organisations if o.id in quiet)


def test_the_detail_shows_people_parts_and_contacts(page, qtbot) -> None:
    choose(page, qtbot, "Region Västmanland turism (demo)")
    html = page.ui.details.toPlainText()
    people = " | ".join(e.spoken() for e in page.people.entry_model.entries)
    feed = " | ".join(e.spoken() for e in page.feed.entry_model.entries)
    assert "Björn Nilsson" in people and "070-174 06 96" in people  # E.164 the Swedish way
    assert "Takes part in" in html and "partner" in html
    assert "Follow up by" in feed
    assert page.ui.editOrgButton.isEnabled()


def test_a_person_is_added_edited_and_undone(page, qtbot, demo_engine, monkeypatch) -> None:
    choose(page, qtbot, "Gruvbaren")
    before = count(demo_engine, m.Person)

    def fill(d: PersonDialog) -> None:
        d.ui.name.setText("Test Testsson")
        d.ui.email.setText("test@gruvbaren.example")
        d.ui.phone.setText("0223-555 01")
    accept_with(monkeypatch, PersonDialog, fill)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.ui.newPersonButton.click()
    assert count(demo_engine, m.Person) == before + 1
    with demo_engine.connect() as conn:
        phone = conn.execute(select(m.Person.phone).where(
            m.Person.email == "test@gruvbaren.example")).scalar_one()
    assert phone == "+4622355501"
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    assert count(demo_engine, m.Person) == before


def test_a_bad_email_is_refused_in_the_dialog(qtbot) -> None:
    from datetime import date

    d = PersonDialog(None, [(1, "Gruvbaren")], date(2026, 11, 26))
    qtbot.addWidget(d)
    d.ui.name.setText("X")
    d.ui.email.setText("inte en adress")
    d.ui.buttonBox.accepted.emit()
    assert "is not an e-mail address" in d.ui.problem.text() and not d.result()


def test_an_organisation_with_a_wrong_orgnr_is_refused(qtbot) -> None:
    d = OrganisationDialog(None)
    qtbot.addWidget(d)
    d.ui.name.setText("Nya Kaféet")
    d.ui.orgnr.setText("556677-8890")
    d.ui.buttonBox.accepted.emit()
    assert "check digit" in d.ui.problem.text()
    from destination_norberg.core.orgnr import luhn_check_digit

    d.ui.orgnr.setText(f"556677-889{luhn_check_digit('556677889')}")
    d.ui.location.setText("N 6 659 000 E 551 400")
    d.ui.buttonBox.accepted.emit()
    assert d.result()
    assert d.values()["location"] == (551400.0, 6659000.0)
    assert d.values()["orgnr"] == f"556677-889{luhn_check_digit('556677889')}"  # as stored


def test_a_contact_is_logged_and_its_follow_up_ticked(page, qtbot, demo_engine,
                                                      monkeypatch) -> None:
    choose(page, qtbot, "Gruvbaren")
    interactions = count(demo_engine, m.Interaction)

    def fill(d: InteractionDialog) -> None:
        d.ui.note.setPlainText("Pratade om julbordet.")
        d.ui.hasFollowUp.setChecked(True)
    accept_with(monkeypatch, InteractionDialog, fill)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.ui.newInteractionButton.click()
    assert count(demo_engine, m.Interaction) == interactions + 1
    qtbot.waitUntil(lambda: page.detail is not None, timeout=LOAD_TIMEOUT_MS)
    new = next(i for i in page.detail.interactions if i.note == "Pratade om julbordet.")
    assert new.follow_up_on is not None and not new.follow_up_done
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        click_button(page.feed, new.uid, "done", qtbot)  # the next step's "Done"
    with demo_engine.connect() as conn:
        assert conn.execute(select(m.Interaction.follow_up_done).where(
            m.Interaction.uid == new.uid)).scalar_one()


def test_import_maps_previews_writes_and_undoes(page, qtbot, demo_engine, tmp_path: Path,
                                                monkeypatch) -> None:
    csv = tmp_path / "kontakter.csv"
    csv.write_text("Företag;Namn;E-post;Telefon\n"
                   "Nya Stugbyn AB;Kim Berg;kim@stugbyn.example;070-111 22 33\n"
                   "Nya Stugbyn AB;Ali Öberg;ali@stugbyn.example;\n"
                   "Trasiga Raden;Sam;inte-en-adress;\n", encoding="utf-8-sig")
    seen: dict = {}

    def fill(d: ContactsImportDialog) -> None:
        seen["mapping"] = d.mapping()
        seen["preview"] = d.ui.preview.rowCount()
    accept_with(monkeypatch, ContactsImportDialog, fill)
    orgs, persons = count(demo_engine, m.Organisation), count(demo_engine, m.Person)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert run_import(page, csv)
    assert seen["mapping"]["Företag"] == "organisation" and seen["preview"] == 3
    assert count(demo_engine, m.Organisation) == orgs + 1  # the bad row's org is left out
    assert count(demo_engine, m.Person) == persons + 2
    assert page.undo_stack.undoText() == "Import 3 contacts from kontakter.csv"
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    assert (count(demo_engine, m.Organisation), count(demo_engine, m.Person)) == (orgs,
                                                                                  persons)


def test_export_writes_a_workbook_without_formulas(page, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "kontakter.xlsx"
    assert run_export(page, out)
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert len(cells) > 100 and not any(c.data_type == "f" for c in cells)


def test_merge_from_the_duplicates_dialog_keeps_every_contact(page, qtbot, demo_engine,
                                                              monkeypatch) -> None:
    from destination_norberg.store.network_write import insert_row

    insert_row(demo_engine, "organisation", {
        "name": "Gruvbaren i Norberg", "category": "mat och dryck", "tags": [],
        "opening_hours": {}, "location": None})
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    interactions = count(demo_engine, m.Interaction)
    dialog = DuplicatesDialog(page)
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.list.count())
               if "Gruvbaren i Norberg" in dialog.list.item(i).text())
    dialog.list.setCurrentRow(row)
    ids = dialog.list.item(row).data(0x0100)
    keep = next(i for i, org_id in enumerate(ids) if dialog.names[org_id] == "Gruvbaren")
    organisations = count(demo_engine, m.Organisation)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert dialog.merge(keep)
    assert count(demo_engine, m.Organisation) == organisations - 1
    assert count(demo_engine, m.Interaction) == interactions
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    assert count(demo_engine, m.Organisation) == organisations


def test_erasure_from_the_window(page, qtbot, demo_engine) -> None:
    dialog = GdprDialog(page)
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.people.count())
               if dialog.people.item(i).text().startswith("Björn Nilsson"))
    dialog.people.setCurrentRow(row)
    uid = dialog.chosen()
    persons = count(demo_engine, m.Person)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert dialog.erase_person(confirmed=True)
    assert count(demo_engine, m.Person) == persons - 1
    with demo_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Person).where(
            m.Person.uid == uid)).scalar_one() == 0
