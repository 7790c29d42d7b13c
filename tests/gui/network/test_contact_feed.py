"""The organisation's contacts and people as a CRM shows them (issue 17): the next steps on
top with overdue and due-soon follow-ups marked, the history newest first with a kind icon,
edit/remove/done as row buttons, a context menu and the keyboard, each with its undo step;
a contact's text shown as text, never as markup."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.labels import fmt_day
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.network import action_list
from destination_norberg.gui.network.action_list import ENTRY_ROLE, TONES, wrapped
from destination_norberg.gui.network.dialogs import InteractionDialog, PersonDialog
from destination_norberg.gui.network.feed import HEADER, ITEM, OVERDUE, SOON
from destination_norberg.gui.network.page import NetworkPage
from destination_norberg.store import models as m
from destination_norberg.store.network_write import insert_row

LOAD_TIMEOUT_MS = 20_000
HOSTILE = "<b>Fet</b> <img src='file:///etc/passwd'> & <a href='x'>länk</a>"


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now, monkeypatch):
    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    runner.shutdown()


def choose(page: NetworkPage, qtbot, name: str) -> None:
    org = next(o for o in page.snapshot.organisations if o.name == name)
    page.select_organisation(org.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.organisation.id == org.id,
                    timeout=LOAD_TIMEOUT_MS)


def reload(page: NetworkPage, qtbot, name: str, act) -> None:
    """Do `act` and wait until the page and the organisation's detail are read again."""
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        act()
    choose(page, qtbot, name)


def accept_with(monkeypatch, cls: type, fill) -> None:
    def exec_(dialog) -> int:
        fill(dialog)
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(cls, "exec", exec_)


def select_row(view, row: int):
    index = view.entry_model.index(row, 0)
    view.scrollTo(index)
    view.setCurrentIndex(index)  # a selected row shows its buttons
    return index


def click_button(qtbot, view, row: int, button: str) -> None:
    index = select_row(view, row)
    entry = view.entry_model.entries[row]
    rect = dict(view.delegate.buttons(view.visualRect(index), entry, True))[button]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def first_history_row(view) -> int:
    headers = [r for r, e in enumerate(view.entry_model.entries) if e.row == HEADER]
    return headers[1] + 1


def count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_next_steps_come_first_overdue_and_due_soon_marked(page, qtbot, demo_engine) -> None:
    name = "Region Västmanland turism (demo)"
    choose(page, qtbot, name)
    org_id = page.detail.organisation.id
    soon = page.today() + timedelta(days=3)
    insert_row(demo_engine, "interaction", {
        "organisation_id": org_id, "occurred_on": page.today(), "kind": "samtal",
        "note": "Ring om vinterpaketet.", "follow_up_on": soon})
    page.load_blocking()  # written outside the window: read again
    entries = page.feed.entry_model.entries
    assert [e.row for e in entries[:4]] == [HEADER, ITEM, ITEM, HEADER]
    assert entries[0].title == "Next steps (2)" and entries[3].title == "History (5)"
    overdue, due_soon = entries[1], entries[2]  # soonest first
    assert overdue.title == f"Follow up by {fmt_day(date(2026, 9, 10))}"
    assert overdue.tone == OVERDUE
    assert overdue.badge == "Overdue" and overdue.can_finish and overdue.icon == "e-post"
    assert "Björn Nilsson, Maja Falk" in overdue.meta
    assert due_soon.tone == SOON and due_soon.badge == "Due soon" and due_soon.icon == "samtal"
    history = [e for e in entries[4:] if e.row == ITEM]
    days = [i.occurred_on for i in sorted(page.detail.interactions,
                                          key=lambda i: i.occurred_on, reverse=True)]
    assert [e.title for e in history][:2] == [fmt_day(date(2026, 11, 26)),
                                              fmt_day(date(2026, 10, 23))]
    assert len(history) == len(days) == 5 and not any(e.can_finish for e in history)
    assert page.ui.detailTabs.tabText(0) == "Contacts (5)"
    # the overdue row is painted with a stripe in the alert colour
    image = page.feed.viewport().grab().toImage()
    rect = page.feed.visualRect(page.feed.entry_model.index(1, 0))
    assert QColor(image.pixel(rect.left() + 1, rect.center().y())) == QColor(TONES[OVERDUE][0])


def test_edit_and_remove_by_the_row_buttons_with_undo(page, qtbot, demo_engine,
                                                      monkeypatch) -> None:
    choose(page, qtbot, "Gruvbaren")
    row = first_history_row(page.feed)
    uid = page.feed.entry_model.entries[row].uid

    def fill(d: InteractionDialog) -> None:
        d.ui.note.setPlainText("Ändrad via knappen.")
    accept_with(monkeypatch, InteractionDialog, fill)
    reload(page, qtbot, "Gruvbaren", lambda: click_button(qtbot, page.feed, row, "edit"))
    with demo_engine.connect() as conn:
        assert conn.execute(select(m.Interaction.note).where(
            m.Interaction.uid == uid)).scalar_one() == "Ändrad via knappen."
    assert page.undo_stack.undoText() == "Edit contact with Gruvbaren"
    assert page.feed.entry(page.feed.currentIndex()).uid == uid  # read again, still chosen
    before = count(demo_engine, m.Interaction)
    row = page.feed.entry_model.row_of(uid)
    reload(page, qtbot, "Gruvbaren", lambda: click_button(qtbot, page.feed, row, "remove"))
    assert count(demo_engine, m.Interaction) == before - 1
    assert page.undo_stack.undoText().startswith("Remove ")
    assert page.feed.entry_model.row_of(uid) is None
    reload(page, qtbot, "Gruvbaren", page.undo_stack.undo)
    assert count(demo_engine, m.Interaction) == before
    assert page.feed.entry_model.row_of(uid) is not None


def test_enter_edits_and_delete_removes_a_person(page, qtbot, demo_engine,
                                                 monkeypatch) -> None:
    choose(page, qtbot, "Gruvbaren")
    page.ui.detailTabs.setCurrentWidget(page.ui.peopleTab)
    view = page.people
    entry = view.entry_model.entries[0]

    def fill(d: PersonDialog) -> None:
        d.ui.role.setText("Kökschef")
    accept_with(monkeypatch, PersonDialog, fill)
    select_row(view, 0)
    view.setFocus()
    reload(page, qtbot, "Gruvbaren", lambda: qtbot.keyClick(view, Qt.Key.Key_Return))
    with demo_engine.connect() as conn:
        assert conn.execute(select(m.Person.role).where(
            m.Person.uid == entry.uid)).scalar_one() == "Kökschef"
    assert "Kökschef" in view.entry_model.entries[view.entry_model.row_of(entry.uid)].meta
    persons = count(demo_engine, m.Person)
    select_row(view, view.entry_model.row_of(entry.uid))
    reload(page, qtbot, "Gruvbaren", lambda: qtbot.keyClick(view, Qt.Key.Key_Delete))
    assert count(demo_engine, m.Person) == persons - 1
    assert page.undo_stack.undoText() == f"Remove {entry.name}"
    reload(page, qtbot, "Gruvbaren", page.undo_stack.undo)
    assert count(demo_engine, m.Person) == persons


def test_the_context_menu_offers_done_edit_and_remove(page, qtbot, demo_engine,
                                                      monkeypatch) -> None:
    name = "Region Västmanland turism (demo)"
    choose(page, qtbot, name)
    view = page.feed
    index = select_row(view, 1)  # the overdue next step
    uid = view.entry_model.entries[1].uid
    offered: list[str] = []

    def exec_(menu, *_a):
        offered.extend(a.text() for a in menu.actions())
        return next(a for a in menu.actions() if a.data() == "done")
    monkeypatch.setattr(action_list, "run_menu", exec_)
    from PySide6.QtGui import QContextMenuEvent

    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, view.visualRect(index).center(),
                              view.viewport().mapToGlobal(view.visualRect(index).center()))
    reload(page, qtbot, name, lambda: view.contextMenuEvent(event))
    assert offered == ["Done", "Edit…", "Remove"]
    with demo_engine.connect() as conn:
        assert conn.execute(select(m.Interaction.follow_up_done).where(
            m.Interaction.uid == uid)).scalar_one()
    assert page.undo_stack.undoText() == "Follow-up done"
    assert page.feed.entry_model.entries[0].title == "Next steps (0)"


def test_a_contact_text_with_html_is_shown_literally(page, qtbot, demo_engine) -> None:
    choose(page, qtbot, "Gruvbaren")
    insert_row(demo_engine, "interaction", {
        "organisation_id": page.detail.organisation.id, "occurred_on": date(2026, 11, 25),
        "kind": "besök", "note": HOSTILE})
    page.load_blocking()  # written outside the window: read again
    view = page.feed
    row = first_history_row(view)
    entry = view.entry_model.index(row, 0).data(ENTRY_ROLE)
    assert entry.body == HOSTILE
    assert HOSTILE in view.entry_model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    # what the delegate draws, line by line, as text (wide enough for one line)
    assert wrapped(entry.body, view.font(), 2000, 4) == [HOSTILE]
    view.viewport().grab()  # painting it loads nothing and does not fail


def test_every_kind_of_contact_has_its_own_icon(qtbot) -> None:
    from destination_norberg.core.vocab import InteractionKind
    from destination_norberg.gui.network.kind_icons import kind_icon

    images = {kind: kind_icon(kind).toImage() for kind in
              [*map(str, InteractionKind), "person", "not a kind"]}
    assert len({img.cacheKey() for img in images.values()}) == len(images)
    drawn = [bytes(img.constBits()) for img in images.values()]
    assert len(set(drawn)) == len(drawn)  # no two kinds look alike, none is the fallback
