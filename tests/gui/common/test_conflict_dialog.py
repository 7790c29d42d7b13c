"""Two coordinators, one row: the second save gets theirs against mine, never a lost update."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.conflict_dialog import MINE, THEIRS, ConflictDialog
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.network.dialogs import OrganisationDialog
from destination_norberg.gui.network.page import NetworkPage
from destination_norberg.store import models as m

FIELDS = [("name", "Name"), ("website", "Website"), ("city", "Town"), ("notes", "Notes")]
BASE = {"name": "Gruvbaren", "website": "", "city": "Norberg", "notes": "a"}
THEIRS_V = {**BASE, "website": "https://www.gruvbaren.se", "notes": "b"}
MINE_V = {**BASE, "name": "Gruvbaren & Kök", "notes": "c"}


def test_only_the_differing_fields_with_sensible_defaults(qtbot) -> None:
    d = ConflictDialog("“Gruvbaren”", FIELDS, BASE, THEIRS_V, MINE_V)
    qtbot.addWidget(d)
    assert [k for k, _l in d.keys] == ["name", "website", "notes"]  # the town is the same
    assert d.table.item(0, 1).text() == "Gruvbaren" and d.table.item(0, 2).text() == \
        "Gruvbaren & Kök"
    # mine where I changed it (also where both did), theirs where only they did
    assert d.picks() == {"name": MINE, "website": THEIRS, "notes": MINE}
    d.merge_button.click()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.merged() == {"name": "Gruvbaren & Kök", "website": "https://www.gruvbaren.se",
                          "city": "Norberg", "notes": "c"}


def test_keep_mine_and_keep_theirs(qtbot) -> None:
    d = ConflictDialog("x", FIELDS, BASE, THEIRS_V, MINE_V)
    qtbot.addWidget(d)
    d.mine_button.click()
    assert d.choice() == MINE and d.merged()["website"] == ""  # all of mine
    d2 = ConflictDialog("x", FIELDS, BASE, THEIRS_V, MINE_V)
    qtbot.addWidget(d2)
    d2.theirs_button.click()
    assert d2.choice() == THEIRS and d2.result() == QDialog.DialogCode.Rejected


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now):
    i18n.install(QApplication.instance(), "en")
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.reload()
    yield page
    runner.shutdown()


def test_a_second_save_is_merged_not_lost(page, qtbot, demo_engine, monkeypatch) -> None:
    from destination_norberg.store.network_write import load, update_row

    org = next(o for o in page.snapshot.organisations if o.name == "Gruvbaren")
    page.select_organisation(org.id)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
    mine_started = load(demo_engine, "organisation", org.uid)

    def someone_else_saves_then_i_edit(dialog: OrganisationDialog) -> int:
        # The other coordinator saves the website while this dialog is open.
        update_row(demo_engine, "organisation", mine_started,
                   {**mine_started, "website": "https://www.gruvbaren.se"})
        dialog.ui.name.setText("Gruvbaren & Kök")
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(OrganisationDialog, "exec", someone_else_saves_then_i_edit)
    asked: list[list[str]] = []

    def merge(dialog: ConflictDialog) -> int:
        asked.append([k for k, _l in dialog.keys])
        dialog.merge_button.click()
        return dialog.result()
    monkeypatch.setattr(ConflictDialog, "exec", merge)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.edit_organisation()
    assert asked == [["name", "website"]]
    with demo_engine.connect() as conn:
        name, website = conn.execute(select(m.Organisation.name, m.Organisation.website)
                                     .where(m.Organisation.uid == org.uid)).one()
    assert (name, website) == ("Gruvbaren & Kök", "https://www.gruvbaren.se")
    # and the step is undoable back to their version, not to the stale one
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.undo_stack.undo()
    with demo_engine.connect() as conn:
        name, website = conn.execute(select(m.Organisation.name, m.Organisation.website)
                                     .where(m.Organisation.uid == org.uid)).one()
    assert (name, website) == ("Gruvbaren", "https://www.gruvbaren.se")


def test_keeping_theirs_writes_nothing_of_mine(page, qtbot, demo_engine,
                                               monkeypatch) -> None:
    from destination_norberg.store.network_write import load, update_row

    org = next(o for o in page.snapshot.organisations if o.name == "Gruvbaren")
    page.select_organisation(org.id)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
    start = load(demo_engine, "organisation", org.uid)

    def edit(dialog: OrganisationDialog) -> int:
        update_row(demo_engine, "organisation", start, {**start, "city": "Kärrgruvan"})
        dialog.ui.city.setText("Olsbenning")
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(OrganisationDialog, "exec", edit)
    monkeypatch.setattr(ConflictDialog, "exec",
                        lambda d: (d.theirs_button.click(), d.result())[1])
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.edit_organisation()
    with demo_engine.connect() as conn:
        assert conn.execute(select(m.Organisation.city).where(
            m.Organisation.uid == org.uid)).scalar_one() == "Kärrgruvan"
    assert page.undo_stack.count() == 0


def test_an_event_edited_twice_is_merged(make_window, demo_url, qtbot, demo_engine,
                                        monkeypatch) -> None:
    from dataclasses import replace

    from destination_norberg.store.planning_write import save_event

    window = make_window(demo_url)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.start()
    window.select_area("events")
    events = window.events_page
    events.load_blocking()
    before = next(e for e in events.snapshot.events if e.name_sv == "Julmarknad på Torget")
    save_event(demo_engine, replace(before, description_sv="Ändrat av en annan."))
    mine = replace(before, name_sv="Julmarknad på Stora torget")
    monkeypatch.setattr(ConflictDialog, "exec",
                        lambda d: (d.merge_button.click(), d.result())[1])
    assert events._save("Edit", before, mine)
    with demo_engine.connect() as conn:
        name, text = conn.execute(select(m.Event.name_sv, m.Event.description_sv)
                                  .where(m.Event.uid == before.uid)).one()
    assert (name, text) == ("Julmarknad på Stora torget", "Ändrat av en annan.")
    assert date(2026, 12, 5)  # the demo's market day; the event kept its dates
