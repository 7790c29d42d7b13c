"""A contact's day and its follow-up picked from the date field's calendar, the follow-up
left out again, each stored as picked and undone in one step."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from destination_norberg.gui.network.dialogs import InteractionDialog
from destination_norberg.store import models as m
from tests.gui.date_pick import pick
from tests.gui.network.test_network_page import LOAD_TIMEOUT_MS, choose
from tests.gui.network.test_network_page import page as page


def answer(monkeypatch, qtbot, fill) -> list[str]:
    """The dialog is shown (its calendar opens over it), filled, and OK pressed."""
    seen: list[str] = []

    def exec_(dialog: InteractionDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog)
        seen.append(dialog.ui.followUpOn.text())
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(InteractionDialog, "exec", exec_)
    return seen


def follow_up(engine, note: str) -> tuple[date, date | None]:
    with engine.connect() as conn:
        return tuple(conn.execute(select(m.Interaction.occurred_on, m.Interaction.follow_up_on)
                                  .where(m.Interaction.note == note)).one())


def test_a_contacts_days_are_picked_and_its_follow_up_left_out(page, qtbot, demo_engine,
                                                               monkeypatch) -> None:
    choose(page, qtbot, "Gruvbaren")

    def fill(d: InteractionDialog) -> None:
        assert d.ui.followUpOn.text() == "no date" and not d.ui.followUpOn.isEnabled()
        d.ui.note.setPlainText("Julbordet bokat.")
        pick(d.ui.occurredOn, date(2026, 11, 24))
        d.ui.hasFollowUp.setChecked(True)
        pick(d.ui.followUpOn, date(2026, 12, 15))
    seen = answer(monkeypatch, qtbot, fill)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.ui.newInteractionButton.click()
    assert seen == ["Tue 15 Dec 2026"]
    assert follow_up(demo_engine, "Julbordet bokat.") == (date(2026, 11, 24), date(2026, 12, 15))

    qtbot.waitUntil(lambda: page.detail is not None, timeout=LOAD_TIMEOUT_MS)
    new = next(i for i in page.detail.interactions if i.note == "Julbordet bokat.")

    def clear(d: InteractionDialog) -> None:
        assert d.ui.hasFollowUp.isChecked() and d.ui.followUpOn.date().toPython() == \
            date(2026, 12, 15)
        d.ui.hasFollowUp.setChecked(False)
    seen = answer(monkeypatch, qtbot, clear)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.edit_interaction(new.uid)
    assert seen == ["no date"]
    assert follow_up(demo_engine, "Julbordet bokat.") == (date(2026, 11, 24), None)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    assert follow_up(demo_engine, "Julbordet bokat.") == (date(2026, 11, 24), date(2026, 12, 15))
