"""A person's "no e-mail since" (the opt-out every message offers), edited in the person's
dialog as part of the person's one undoable edit, and shown on the person in the detail."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from destination_norberg.gui.common.labels import qdate
from destination_norberg.gui.network.dialogs import PersonDialog
from destination_norberg.store import models as m
from tests.gui.network.test_network_page import (
    LOAD_TIMEOUT_MS,
    accept_with,
    choose,
    click_button,
    page,
)

__all__ = ["page"]  # the fixture

DAY = date(2026, 11, 20)


def opt_out_of(engine, person_id: int) -> date | None:
    with engine.connect() as conn:
        return conn.execute(select(m.Person.mail_opt_out_on).where(
            m.Person.id == person_id)).scalar_one()


def footer_of(page, uid: str) -> str:
    return next(e.footer for e in page.people.entry_model.entries if e.uid == uid)


def test_the_opt_out_is_part_of_the_persons_undoable_edit(page, qtbot, demo_engine,
                                                           monkeypatch) -> None:
    choose(page, qtbot, "Gruvbaren")
    person = page.detail.persons[0]
    assert opt_out_of(demo_engine, person.id) is None

    def fill(d: PersonDialog) -> None:
        assert not d.ui.optOut.isHidden() and not d.ui.optOut.isChecked()
        assert not d.ui.optOutOn.isEnabled()  # no day until ticked
        d.ui.optOut.setChecked(True)
        d.ui.optOutOn.setDate(qdate(DAY))
        d.ui.role.setText("Kock")
    accept_with(monkeypatch, PersonDialog, fill)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        click_button(page.people, person.uid, "edit", qtbot)
    assert opt_out_of(demo_engine, person.id) == DAY
    assert page.undo_stack.count() == 1  # the role and the opt-out: one step
    assert page.undo_stack.undoText() == f"Edit {person.name}"
    # The detail reads itself again after the list: wait for the new footer, not just any.
    qtbot.waitUntil(lambda: "No e-mail since Fri 20 Nov 2026" in footer_of(page, person.uid),
                    timeout=LOAD_TIMEOUT_MS)

    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    assert opt_out_of(demo_engine, person.id) is None
    qtbot.waitUntil(lambda: "No e-mail" not in footer_of(page, person.uid),
                    timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.redo()
    assert opt_out_of(demo_engine, person.id) == DAY
    qtbot.waitUntil(lambda: "No e-mail since" in footer_of(page, person.uid),
                    timeout=LOAD_TIMEOUT_MS)  # the dialog below opens from the fresh detail

    def untick(d: PersonDialog) -> None:
        assert d.ui.optOut.isChecked()
        assert d.ui.optOutOn.date().toPython() == DAY
        d.ui.optOut.setChecked(False)
    accept_with(monkeypatch, PersonDialog, untick)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.edit_person(person.uid)
    assert opt_out_of(demo_engine, person.id) is None
