"""Slå ihop… for duplicate people, end to end in the window: the duplicates are found, the
merge dialog chooses the survivor and the values, every contact and task ends on the
survivor, and one undo step brings the other record back with its contacts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select, update

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.network.page import NetworkPage
from destination_norberg.gui.network.person_merge import PersonMergeDialog
from destination_norberg.gui.network.tools import DuplicatesDialog
from destination_norberg.store import models as m
from destination_norberg.store.network_write import insert_row, load

LOAD_TIMEOUT_MS = 20_000
EMAIL = "ingrid.malm@exempel-qq.example"


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now, monkeypatch):
    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError(a[2])))
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    yield page
    runner.shutdown()


@pytest.fixture
def twins(demo_engine):
    hotel = load(demo_engine, "organisation", "demo-hotell-hyttgarden")
    old = insert_row(demo_engine, "person", {
        "organisation_id": hotel["id"], "name": "Ingrid Malm", "email": EMAIL,
        "phone": "070-111 22 33"})
    new = insert_row(demo_engine, "person", {
        "organisation_id": hotel["id"], "name": "Ingrid Malm (bokning)", "email": EMAIL,
        "role": "Bokningsansvarig"})
    contacts = [insert_row(demo_engine, "interaction", {
        "organisation_id": hotel["id"], "occurred_on": date(2026, 9, day), "kind": "samtal",
        "note": f"Samtal {day}", "person_ids": [pid]})["id"]
        for day, pid in ((1, old["id"]), (2, new["id"]), (3, new["id"]))]
    with demo_engine.begin() as conn:
        task = conn.execute(select(m.Task.id).order_by(m.Task.id).limit(1)).scalar_one()
        conn.execute(update(m.Task.__table__).where(m.Task.id == task)
                     .values(responsible_id=new["id"]))
    return old, new, contacts, task


def on(engine, contacts) -> set[int]:
    t = m.interaction_person
    with engine.connect() as conn:
        return {r for r, in conn.execute(select(t.c.person_id)
                                         .where(t.c.interaction_id.in_(contacts)))}


def test_find_merge_and_undo_people(page, qtbot, demo_engine, twins, monkeypatch) -> None:
    old, new, contacts, task = twins
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    dialog = DuplicatesDialog(page)
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.list.count())
               if dialog.list.item(i).text().startswith("People: Ingrid Malm"))
    dialog.list.setCurrentRow(row)
    seen: dict[str, object] = {}

    def drive(merge: PersonMergeDialog) -> int:
        qtbot.addWidget(merge)
        seen["keep"] = merge.keep.currentText()
        merge.keep.setCurrentIndex(merge.keep.findData(old["uid"]))  # keep the older one
        # prefilled: the newest value there is (the newer record's name and role)
        assert merge.fields["role"].currentData() == "Bokningsansvarig"
        assert merge.fields["phone"].currentData() == "+46701112233"
        names = merge.fields["name"]
        names.setCurrentIndex(names.findData("Ingrid Malm"))
        merge.fields["email"].setCurrentIndex(0)
        merge.accept()
        return merge.result()

    monkeypatch.setattr(PersonMergeDialog, "exec", drive)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert dialog.merge()
    assert "Ingrid Malm" in str(seen["keep"])
    assert load(demo_engine, "person", new["uid"]) is None
    kept = load(demo_engine, "person", old["uid"])
    assert (kept["name"], kept["role"]) == ("Ingrid Malm", "Bokningsansvarig")
    assert on(demo_engine, contacts) == {old["id"]}  # every contact on the survivor
    assert kept["interaction_ids"] == sorted(contacts) and kept["task_ids"] == [task]
    assert page.undo_stack.count() == 1
    assert page.undo_stack.text(0) == "Merge 2 people into Ingrid Malm"
    assert not any(p.id == new["id"] for p in page.snapshot.persons)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    back = load(demo_engine, "person", new["uid"])
    assert back is not None and back["interaction_ids"] == sorted(contacts[1:])
    assert back["task_ids"] == [task] and on(demo_engine, contacts) == {old["id"], new["id"]}
    assert load(demo_engine, "person", old["uid"])["role"] == ""
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.redo()
    assert load(demo_engine, "person", new["uid"]) is None
    assert on(demo_engine, contacts) == {old["id"]}


def test_a_refused_merge_is_said_in_the_dialog_and_writes_nothing(page, qtbot, demo_engine,
                                                                  twins) -> None:
    old, new, _contacts, _task = twins
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    from destination_norberg.app.network_edit import merge_candidates

    merge = PersonMergeDialog(page, merge_candidates(demo_engine, [old["uid"], new["uid"]]))
    qtbot.addWidget(merge)
    load_row = load(demo_engine, "person", new["uid"])
    # someone else removed the newer record meanwhile
    from destination_norberg.store.network_write import delete_row

    delete_row(demo_engine, "person", load_row)
    merge.accept()
    assert merge.result() != PersonMergeDialog.DialogCode.Accepted
    assert merge.merged is None
    assert merge.ui.problem.isVisibleTo(merge)
    assert merge.ui.problem.text() == ("Someone else changed this meanwhile, so nothing was "
                                       "saved. The view now shows their version; make your "
                                       "change again if it is still needed.")
    assert load(demo_engine, "person", old["uid"])["role"] == ""
